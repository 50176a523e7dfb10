"""Commands that read articles without a library: extract, clean."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quote_miner.cli.common import Progress, UserError, warn
from quote_miner.cli.options import (
    jobs_option,
    metadata_options,
    model_option,
    output_options,
    scheduler_option,
    timeout_option,
)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@output_options
@jobs_option
@metadata_options
@model_option
@timeout_option
@scheduler_option
@click.option(
    "--output",
    "output_dir",
    metavar="DIR",
    default=None,
    help="With --scheduler: the workers write the records to JSONL shards in DIR (new or empty; "
    "a file system every worker sees) with a manifest, instead of sending them back; "
    "`quotes add DIR` imports them.",
)
@click.pass_context
def extract(ctx, paths, fmt, jobs, article_date, title, outlet, model, timeout, scheduler, output_dir):
    """Extract quotes and print them; no library involved. PATHS are files, folders, globs, -
    for stdin, or page URLs (fetched now, not kept).

    JSON Lines and TSV stream: each article's records are written as soon as it is done.

    \b
    Examples:
      quotes extract article.txt
      quotes extract https://example.com/news/story.html
      quotes extract articles/ --jsonl > quotes.jsonl
      quotes extract 's3://bucket/news/*.txt' --scheduler tcp://host:8786 --jsonl
      quotes extract /shared/archive/ --scheduler tcp://host:8786 --output /shared/run1
      pbpaste | quotes extract - --date 2025-04-18
    """
    from quote_miner.api import _tasks
    from quote_miner.cli.render import (
        QUOTES,
        resolve_format,
        write,
        write_jsonl,
        write_tsv_header,
        write_tsv_rows,
    )
    from quote_miner.ingest import read_stdin_bytes, run_tasks

    model = model or ctx.obj.get("model")
    data = read_stdin_bytes(sys.stdin.buffer) if "-" in paths else None
    tasks, problems, (n_urls, failed_urls) = _tasks(
        paths, date=article_date, title=title, outlet=outlet, model=model, stdin_data=data, timeout=timeout
    )
    if output_dir is not None:
        _extract_to_shards(ctx, tasks, problems, failed_urls, n_urls, output_dir, scheduler, jobs, model)
        return
    fmt = resolve_format(fmt)
    streaming = fmt in ("jsonl", "tsv")
    header_due = fmt == "tsv"  # written with the first records (or alone at the end), after any error
    collected = []
    found = 0
    progress = Progress("Extracting", len(tasks))
    with progress.shown():
        for outcome in run_tasks(tasks, jobs=jobs, n_tasks=len(tasks), scheduler=scheduler):
            if outcome.error:
                problems.append(outcome.error)
                progress.advance()
                continue
            for message in outcome.warnings:
                warn(message)
            records = [q.to_dict() for q in outcome.quotes]
            found += len(records)
            progress.advance(len(records))
            if fmt == "jsonl":
                write_jsonl(records)
            elif fmt == "tsv":
                if header_due:
                    write_tsv_header(QUOTES.fields)
                    header_due = False
                write_tsv_rows((QUOTES.flatten(r) for r in records), QUOTES.fields)
                sys.stdout.flush()
            else:
                collected.extend(records)
    if header_due:
        write_tsv_header(QUOTES.fields)
    if not streaming:
        if collected or fmt != "table":
            write(collected, fmt, QUOTES)
        else:
            warn("no quotes found")
    for problem in failed_urls + problems:
        warn(f"skipped {problem}")
    # one page out of several that could not be fetched spoils nothing; files are named on purpose
    if problems or failed_urls and len(failed_urls) == n_urls:
        ctx.exit(2)
    if not found:
        ctx.exit(1)


def _extract_to_shards(ctx, tasks, problems, failed_urls, n_urls, output_dir, scheduler, jobs, model) -> None:
    from quote_miner.cluster import run_to_shards
    from quote_miner.shards import prepare_folder, write_manifest

    if not scheduler:
        raise UserError("--output needs --scheduler (an address, or local)")
    folder = prepare_folder(output_dir)
    shards = []
    progress = Progress("Extracting", len(tasks))
    with progress.shown():
        for summary in run_to_shards(tasks, scheduler, jobs=jobs, folder=str(folder.resolve())):
            shards.append(summary)
            problems.extend(summary["errors"])
            for message in summary["warnings"]:
                warn(message)
            for _ in range(summary["articles"] + len(summary["errors"])):
                progress.advance()
    write_manifest(folder, shards, model=model)
    for problem in failed_urls + problems:
        warn(f"skipped {problem}")
    articles, quotes = sum(s["articles"] for s in shards), sum(s["quotes"] for s in shards)
    warn(
        f"{len(shards)} shards in {output_dir}: {articles} articles, {quotes} quotes; "
        f"`quotes add {output_dir}` puts them in the library"
    )
    if problems or failed_urls and len(failed_urls) == n_urls:
        ctx.exit(2)
    if not quotes:
        ctx.exit(1)


@click.command()
@click.argument("path", type=click.Path(allow_dash=True))
@click.option("--explain", is_flag=True, help="Every line with its label and the reason.")
@metadata_options
def clean(path, explain, article_date, title, outlet):
    """The article text as the cleaner keeps it.

    \b
    Examples:
      quotes clean article.txt
      quotes clean article.html --explain | grep '^-'
    """
    from quote_miner.clean import clean_source
    from quote_miner.cli.render import write_text
    from quote_miner.ingest import folder_recurring, read_stdin_bytes
    from quote_miner.source import read_source

    data = read_stdin_bytes(sys.stdin.buffer) if path == "-" else None
    source = read_source(path, title=title, outlet=outlet, date=article_date, data=data)
    recurring = (
        folder_recurring(_siblings(Path(path))).get(Path(path).parent, frozenset())
        if path != "-"
        else frozenset()
    )
    result = clean_source(source, recurring=recurring)
    if not explain:
        write_text(result.text)
        return
    lines = []
    for key, value in (
        ("title", result.title),
        ("dek", result.dek),
        ("byline", result.byline),
        ("dateline", result.dateline),
    ):
        if value:
            lines.append(f"# {key}: {value}")
    for line in result.lines:
        mark = "+" if line.kept else "-"
        lines.append(f"{mark} {line.label:<11} {line.reason:<45} | {line.text}")
    write_text("\n".join(lines))


def _siblings(path: Path) -> list[Path]:
    try:
        return [p for p in path.parent.iterdir() if p.is_file() and p.suffix.lower() == path.suffix.lower()]
    except OSError:
        return [path]


COMMANDS = [extract, clean]

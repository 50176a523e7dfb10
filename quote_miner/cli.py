"""The ``quotes`` command: parse options, make one library call, render.

Exit codes as grep: 0 found, 1 nothing matched, 2 error (one line on stderr, no traceback).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click

from quote_miner import __version__
from quote_miner.errors import QuoteMinerError
from quote_miner.options import (
    db_option,
    filter_options,
    jobs_option,
    metadata_options,
    model_option,
    output_options,
)


class UserError(click.ClickException):
    exit_code = 2


class QuotesGroup(click.Group):
    """Turns library errors into one-line messages and exit code 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QuoteMinerError as e:
            raise UserError(str(e)) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted; finished articles are saved, run the command again to "
                       "finish the rest", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)
        except Exception as e:
            if (ctx.obj or {}).get("debug"):
                raise
            raise UserError(f"internal error: {type(e).__name__}: {e} (run with --debug for the "
                            f"traceback)") from None


def _open_library(db: str | None):
    from quote_miner.library import Library

    return Library(db)


def _stderr():
    from quote_miner.render import stderr_console

    return stderr_console()


def _warn(message: str) -> None:
    """One plain line on stderr (rich would wrap it at the terminal width)."""
    click.echo(message, err=True)


def _seed_if_empty(lib, model: str | None) -> None:
    if not lib.is_empty():
        return
    from rich.progress import Progress

    from quote_miner.ingest import bundled_seeds, ensure_seeded

    seeds = bundled_seeds()
    with Progress(console=_stderr(), transient=True) as progress:
        task = progress.add_task("First use: adding the bundled seed articles", total=len(seeds))
        ensure_seeded(lib, model=model, on_progress=lambda _p: progress.advance(task))


def _fmt(fmt: str | None) -> str:
    return fmt or "table"


@click.group(cls=QuotesGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@filter_options
@output_options
@db_option
@model_option
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
@click.version_option(__version__, prog_name="quotes")
@click.pass_context
def cli(ctx: click.Context, speakers, keywords, since, until, on_date, kinds, min_confidence,
        sort, limit, all_occurrences, fmt, db, model, debug):
    """Who said what, and when: search the quotes in your library.

    \b
    quotes --speaker Rubio               quotes said by Marco Rubio
    quotes -k "minerals deal" --json     full-text search, as JSON
    quotes add articles/                 add articles to the library
    quotes extract article.txt --jsonl   extract without a library
    """
    ctx.ensure_object(dict)
    ctx.obj.update(db=db, model=model, debug=debug)
    if ctx.invoked_subcommand is not None:
        return
    from quote_miner.query import Filters, parse_date_bound, run_query
    from quote_miner.render import write_records

    lo = parse_date_bound(since, end=False) if since else None
    hi = parse_date_bound(until, end=True) if until else None
    if on_date:
        lo = max(filter(None, [lo, parse_date_bound(on_date, end=False)]))
        hi = min(filter(None, [hi, parse_date_bound(on_date, end=True)]))
    filters = Filters(speakers=tuple(speakers), keywords=tuple(keywords), since=lo, until=hi,
                      kinds=tuple(kinds), min_confidence=min_confidence,
                      sort=sort or ("relevance" if keywords else "date"), limit=limit,
                      all_occurrences=all_occurrences)
    with _open_library(db) as lib:
        _seed_if_empty(lib, model)
        result = run_query(lib, filters)
    for name in result.unmatched_speakers:
        _warn(f"no speaker matches {name!r}; see `quotes speakers`")
    for name, hits in result.ambiguous.items():
        _warn(f"{name!r} matches {len(hits)} speakers: {', '.join(hits)}; showing all")
    if not result.records:
        ctx.exit(1)
    write_records(result.records, _fmt(fmt))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@jobs_option
@metadata_options
@db_option
@model_option
@click.pass_context
def add(ctx, paths, jobs, article_date, title, outlet, db, model):
    """Add articles to the library: files, folders, globs, or - for stdin.

    Adding the same file again changes nothing; a changed file replaces its quotes. Exit code
    2 if any file was skipped (each is named on stderr), 0 otherwise.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from quote_miner.ingest import add_files, read_stdin_bytes
    from quote_miner.source import iter_paths

    db = db or ctx.obj.get("db")
    model = model or ctx.obj.get("model")
    files, problems = iter_paths(list(paths))
    stdin_data = read_stdin_bytes(sys.stdin.buffer) if any(str(f) == "-" for f in files) else None
    progress = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                        MofNCompleteColumn(), console=_stderr(), transient=True)
    with _open_library(db) as lib, progress:
        task = progress.add_task("Adding articles", total=len(files))
        report = add_files(lib, files, jobs=jobs, model=model, title=title, outlet=outlet,
                           date=article_date, stdin_data=stdin_data,
                           on_progress=lambda _p: progress.advance(task))
    for problem in [str(p) for p in problems] + report.problems:
        _warn(f"skipped {problem}")
    _warn(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
          f"{report.quotes} quotes stored")
    if problems or report.problems:
        ctx.exit(2)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@output_options
@jobs_option
@metadata_options
@model_option
@click.pass_context
def extract(ctx, paths, fmt, jobs, article_date, title, outlet, model):
    """Extract quotes and print them; no library involved."""
    from quote_miner.ingest import make_tasks, read_stdin_bytes, run_tasks
    from quote_miner.render import write_jsonl, write_records
    from quote_miner.source import iter_paths

    model = model or ctx.obj.get("model")
    files, problems = iter_paths(list(paths))
    tasks = make_tasks(files, model=model, title=title, outlet=outlet, date=article_date,
                       keep_text=False)
    if any(t.path == "-" for t in tasks):
        data = read_stdin_bytes(sys.stdin.buffer)
        tasks = [replace(t, data=data) if t.path == "-" else t for t in tasks]
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    collected = []
    found = 0
    for outcome in run_tasks(tasks, jobs=jobs, n_tasks=len(tasks)):
        if outcome.error:
            problems.append(outcome.error)
            continue
        records = [q.to_dict() for q in outcome.quotes]
        found += len(records)
        if fmt == "jsonl":
            write_jsonl(records)
        else:
            collected.extend(records)
    if fmt != "jsonl":
        write_records(collected, fmt)
    for problem in problems:
        _warn(f"skipped {problem}")
    if problems:
        ctx.exit(2)
    if not found:
        ctx.exit(1)


@cli.command()
@output_options
@db_option
@model_option
@click.pass_context
def speakers(ctx, fmt, db, model):
    """Who is quoted: how often, roles, aliases, first and last date."""
    from quote_miner.query import speaker_stats
    from quote_miner.render import speakers_table, write_jsonl

    with _open_library(db or ctx.obj.get("db")) as lib:
        _seed_if_empty(lib, model or ctx.obj.get("model"))
        rows = speaker_stats(lib)
    if not rows:
        ctx.exit(1)
    fmt = _fmt(fmt)
    if fmt == "json":
        import json

        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        write_jsonl(rows)
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["speaker", "speaker_type", "quotes", "roles", "aliases", "first_date",
                         "last_date"])
        for r in rows:
            writer.writerow([r["speaker"], r["speaker_type"], r["quotes"], "; ".join(r["roles"]),
                             "; ".join(r["aliases"]), r["first_date"], r["last_date"]])
    else:
        speakers_table(rows)


@cli.command()
@click.argument("quote_id")
@output_options
@db_option
@click.pass_context
def show(ctx, quote_id, fmt, db):
    """One quote in its paragraph, with the speaker and cue highlighted."""
    from quote_miner.query import get_quote
    from quote_miner.render import show_quote, write_records

    with _open_library(db or ctx.obj.get("db")) as lib:
        found = get_quote(lib, quote_id)
    if found is None:
        _warn(f"no quote with id {quote_id!r}")
        ctx.exit(1)
    record, context, context_start = found
    if fmt and fmt != "table":
        write_records([record], fmt)
    else:
        show_quote(record, context, context_start)


@cli.command()
@click.argument("path", type=click.Path(allow_dash=True))
@click.option("--explain", is_flag=True, help="Every line with its label and the reason.")
@metadata_options
def clean(path, explain, article_date, title, outlet):
    """The article text as the cleaner keeps it."""
    from quote_miner.clean import clean_source
    from quote_miner.ingest import folder_recurring, read_stdin_bytes
    from quote_miner.render import write_text
    from quote_miner.source import read_source

    data = read_stdin_bytes(sys.stdin.buffer) if path == "-" else None
    source = read_source(path, title=title, outlet=outlet, date=article_date, data=data)
    recurring = folder_recurring(_siblings(Path(path))).get(Path(path).parent, frozenset()) \
        if path != "-" else frozenset()
    result = clean_source(source, recurring=recurring)
    if not explain:
        write_text(result.text)
        return
    lines = []
    for key, value in (("title", result.title), ("dek", result.dek), ("byline", result.byline),
                       ("dateline", result.dateline)):
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


def main() -> None:
    cli(prog_name="quotes")


if __name__ == "__main__":
    main()

"""Commands that change or describe the library: add, remove, info."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quote_miner.cli.common import Progress, UserError, chosen_db, open_library, warn
from quote_miner.cli.options import (
    db_option,
    jobs_option,
    metadata_options,
    model_option,
    output_options,
    scheduler_option,
    timeout_option,
)


@click.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--feed",
    "feeds",
    multiple=True,
    metavar="URL",
    help="Also add the articles an RSS or Atom feed links to that the library does not hold yet.",
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="With --feed: at most N new articles a feed."
)
@jobs_option
@metadata_options
@db_option
@model_option
@timeout_option
@scheduler_option
@click.pass_context
def add(ctx, paths, feeds, limit, jobs, article_date, title, outlet, db, model, timeout, scheduler):
    """Add articles to the library: files, folders, globs, - for stdin, page URLs, feeds.

    The same text is the same article: adding it again, renamed, moved or copied, changes
    nothing but the path it is shown under (the one added last); new --date/--title/--outlet
    (or manifest) values update it and its quotes' dates. A changed file replaces its quotes.
    A page added by URL is kept in the library's folder (offsets and `quotes show` work
    offline); title, outlet and date come from the page; a page that changed replaces its
    old text. Creates the library if needed. Exit code 2 if a file was skipped or every URL
    failed (each is named on stderr), 0 otherwise.

    \b
    Examples:
      quotes add articles/
      quotes add https://example.com/news/harbor-vote.html
      quotes add --feed https://example.com/politics/rss.xml --limit 20
      quotes add story.txt --date 2025-03-04 --outlet "The Harbor Times"
      quotes add /shared/run1        shards written by `quotes extract --output`
    """
    from quote_miner.fetch import is_url
    from quote_miner.ingest import add_files, library_path_for, read_stdin_bytes
    from quote_miner.shards import is_shard_folder
    from quote_miner.source import iter_paths

    if not paths and not feeds:
        raise click.UsageError("name files, folders, URLs or - to add, or give --feed URL")
    model = model or ctx.obj.get("model")
    stdin_data = read_stdin_bytes(sys.stdin.buffer) if "-" in paths else None
    with open_library(chosen_db(ctx, db), for_query=False) as lib:
        fetcher = _PageFetcher(lib, timeout)
        for url in (p for p in paths if is_url(p)):
            fetcher.page(url)
        for feed_url in feeds:
            fetcher.feed(feed_url, limit=limit)
        shard_folders = [p for p in paths if not is_url(p) and is_shard_folder(Path(p))]
        files, problems = iter_paths([p for p in paths if not is_url(p) and p not in shard_folders])
        files += fetcher.files
        problems += _import_shards(lib, shard_folders)
        progress = Progress("Adding articles", len(files))
        with progress.shown():
            report = add_files(
                lib,
                files,
                jobs=jobs,
                model=model,
                title=title,
                outlet=outlet,
                date=article_date,
                stdin_data=stdin_data,
                urls={library_path_for(f): url for f, url in fetcher.urls.items()},
                scheduler=scheduler,
                on_progress=lambda _path, quotes: progress.advance(quotes),
            )
    for problem in [str(p) for p in problems] + fetcher.failures + report.problems:
        warn(f"skipped {problem}")
    for message in report.warnings:
        warn(message)
    for line in fetcher.summaries:
        warn(line)
    if files or not shard_folders:  # shards alone were summed up as they were imported
        warn(report.summary())
    if problems or report.problems or fetcher.asked and len(fetcher.failures) == fetcher.asked:
        ctx.exit(2)


def _import_shards(lib, folders: list[str]) -> list[str]:
    """Shard folders written by `quotes extract --output`, into the library; their problems."""
    from quote_miner.ingest import add_shards
    from quote_miner.shards import shard_articles

    problems: list[str] = []
    for folder in folders:
        progress = Progress(f"Importing {folder}", shard_articles(Path(folder)))
        with progress.shown():
            imported = add_shards(
                lib, Path(folder), on_progress=lambda _path, n, bar=progress: bar.advance(n)
            )
        for message in imported.warnings:
            warn(message)
        warn(f"{folder} (shards): {imported.summary()}")
        problems += imported.problems
    return problems


class _PageFetcher:
    """Pages by URL into the library's folder (``<library>-pages/``), and feeds' new links."""

    def __init__(self, lib, timeout: float) -> None:
        self.lib = lib
        self.timeout = timeout
        self.folder = lib.path.parent / f"{lib.path.stem}-pages"
        self.files: list = []
        self.urls: dict = {}  # kept file → URL
        self.failures: list[str] = []
        self.summaries: list[str] = []
        self.asked = 0

    def page(self, url: str, *, private_ok: bool = True) -> bool:
        from quote_miner.fetch import FetchError, fetch, keep

        self.asked += 1
        try:
            page = fetch(url, timeout=self.timeout, private_ok=private_ok)
        except FetchError as e:
            self.failures.append(str(e))
            return False
        kept = keep(page, self.folder)
        if kept not in self.urls:
            self.files.append(kept)
            self.urls[kept] = url
        return True

    def feed(self, url: str, *, limit: int | None) -> None:
        from urllib.parse import urlparse

        from quote_miner.fetch import FEED_TYPES, PAGE_TYPES, FetchError, feed_entries, fetch

        self.asked += 1
        try:
            feed = fetch(url, timeout=self.timeout, accept=FEED_TYPES + PAGE_TYPES)
            entries = feed_entries(feed)
        except FetchError as e:
            self.failures.append(str(e))
            return
        links = list(dict.fromkeys(e.url for e in entries))
        new = [link for link in links if not self.lib.knows_url(link)]
        chosen = new[:limit] if limit else new
        # A feed's own site is as trusted as the feed; its links elsewhere must be public.
        home = urlparse(feed.final_url).hostname
        fetched = sum(self.page(link, private_ok=urlparse(link).hostname == home) for link in chosen)
        self.summaries.append(
            f"feed {url}: {len(links)} articles, {len(links) - len(new)} already in the library, "
            f"{fetched} fetched, {len(chosen) - fetched} failed"
            + (
                f", {len(new) - len(chosen)} left for the next run (--limit {limit})"
                if len(new) > len(chosen)
                else ""
            )
        )


@click.command()
@click.argument("refs", nargs=-1, metavar="PATH|ID...")
@click.option("--seeds", is_flag=True, help="Remove the bundled seed articles.")
@db_option
@click.pass_context
def remove(ctx, refs, seeds, db):
    """Take articles out of the library, with their quotes.

    Name an article by a path it was added from or by its id (or the id's first characters,
    as `quotes articles` shows it). Exit code 2 if a name fits no article or several.

    \b
    Examples:
      quotes remove --seeds
      quotes remove articles/old-story.txt
      quotes remove 3fa94c01be27
    """
    from quote_miner.ingest import SEEDS_FACT, library_path_for, seed_articles

    if not refs and not seeds:
        raise click.UsageError("name articles to remove (PATH or ID), or give --seeds")
    with open_library(chosen_db(ctx, db)) as lib:
        ids: list[int] = []
        for ref in refs:
            # A path as the library recorded it (resolved), else an id prefix or stdin name.
            rows = lib.find_articles(library_path_for(Path(ref))) or lib.find_articles(ref)
            if not rows:
                raise UserError(f"{ref}: no article in the library has this path or id")
            if len(rows) > 1:
                names = ", ".join(f"{r['content_hash'][:12]} ({r['path']})" for r in rows[:5])
                raise UserError(f"{ref}: fits {len(rows)} articles: {names}; give more characters")
            ids.append(rows[0]["id"])
        if seeds:
            ids.extend(seed_articles(lib))
            with lib.transaction():
                lib.set_fact(SEEDS_FACT, "removed")
        articles, quotes = lib.remove_articles(ids)
    warn(f"{articles} articles removed ({quotes} quotes)")


@click.command()
@output_options
@db_option
@model_option
@click.pass_context
def info(ctx, fmt, db, model):
    """Where the library is and what it holds.

    \b
    Examples:
      quotes info
      quotes info --json | jq .quotes
    """
    import json

    from quote_miner.cli.render import resolve_format, write_tsv_header, write_tsv_rows
    from quote_miner.nlp import installed_model

    with open_library(chosen_db(ctx, db)) as lib:
        counts = lib.counts()
        facts = {
            "library": str(lib.path.resolve()),
            **counts,
            "schema_version": lib.version(),
            "size_bytes": lib.path.stat().st_size,
        }
    found = installed_model(model or ctx.obj.get("model"))
    facts["spacy_model"] = f"{found[0]} {found[1] or ''}".strip() if found else None
    fmt = resolve_format(fmt)
    if fmt == "json":
        click.echo(json.dumps(facts, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        click.echo(json.dumps(facts, ensure_ascii=False))
    elif fmt in ("tsv", "csv"):
        if fmt == "tsv":
            write_tsv_header(list(facts))
            write_tsv_rows([facts], list(facts))
        else:
            import csv

            writer = csv.DictWriter(sys.stdout, fieldnames=list(facts), lineterminator="\n")
            writer.writeheader()
            writer.writerow(facts)
    else:
        from rich.table import Table

        from quote_miner.cli.render import stdout_console

        table = Table(show_header=False, box=None)
        table.add_column(style="bold")
        table.add_column()
        for key, value in facts.items():
            table.add_row(key.replace("_", " "), str(value))
        stdout_console().print(table)


COMMANDS = [add, remove, info]

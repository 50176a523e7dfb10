"""The Python API, kept stable: ``extract``, ``extract_files`` and ``Library``.

    import quote_miner
    quotes = quote_miner.extract("“We will win,” Kaja Kallas said on Monday.", date="2025-04-14")
    with quote_miner.Library("news.db") as lib:
        lib.add("articles/")
        for record in lib.query(speaker="Kallas", since="2025-04"):
            print(record["date"], record["speaker"], record["text"])

Records are what the command line prints (``Quote.to_dict()``); everything not exported here is
private and may change.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from quote_miner.records import Quote

__all__ = ["Library", "extract", "extract_files"]


def extract(
    text: str,
    *,
    date: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    model: str | None = None,
) -> list[Quote]:
    """Every quotation and claim in one article's text, attributed and dated, in text order.

    ``text`` is the article as copied from a page, or saved HTML; ``date`` (YYYY-MM-DD) dates
    what was said "on Monday". Each quote's ``start``/``end`` index ``text``."""
    from quote_miner.extraction import extract_article
    from quote_miner.nlp import load_nlp
    from quote_miner.source import read_source

    source = read_source("-", data=text.encode("utf-8"), title=title, outlet=outlet, date=date)
    quotes = extract_article(source, nlp=load_nlp(model)).quotes
    return [q.with_(article=replace(q.article, path="<text>")) for q in quotes]


def extract_files(
    paths: str | Path | Iterable[str | Path],
    *,
    jobs: int | None = None,
    date: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    model: str | None = None,
    on_error: Callable[[str], None] | None = None,
) -> Iterator[Quote]:
    """The quotes of files, folders and globs, article by article in path order, names shared
    across the articles (an article's "Rubio" is another's "Marco Rubio"). ``jobs`` worker
    processes (default: the cores this process may use). A file that cannot be read or
    extracted is reported to ``on_error`` (default: a warning) and skipped."""
    from quote_miner.ingest import run_tasks
    from quote_miner.settings import default_jobs

    tasks, problems, (_, failed) = _tasks(paths, date=date, title=title, outlet=outlet, model=model)
    for problem in problems + failed:
        (on_error or _warn)(problem)
    for outcome in run_tasks(tasks, jobs=jobs or default_jobs(), n_tasks=len(tasks)):
        if outcome.error:
            (on_error or _warn)(outcome.error)
            continue
        for message in outcome.warnings:
            _warn(message)
        yield from outcome.quotes


def _warn(message: str) -> None:
    warnings.warn(message, stacklevel=3)


def _tasks(
    paths, *, date, title, outlet, model, stdin_data: bytes | None = None, timeout: float | None = None
):
    """The articles ``paths`` name (files, folders, globs, ``-``, or page URLs, fetched now), as
    extraction tasks; what could not be read; and how many URLs were asked for and failed (the
    command line runs the same)."""
    from quote_miner.cluster import expand_fsspec, is_fsspec_url
    from quote_miner.fetch import TIMEOUT_SECONDS, FetchError, fetch, is_url
    from quote_miner.ingest import Task, make_tasks
    from quote_miner.source import iter_paths

    targets = [str(paths)] if isinstance(paths, (str, Path)) else [str(p) for p in paths]
    files, problems = iter_paths([t for t in targets if not is_url(t) and not is_fsspec_url(t)])
    tasks = make_tasks(files, model=model, title=title, outlet=outlet, date=date, keep_text=False)
    for target in (t for t in targets if is_fsspec_url(t)):
        found = expand_fsspec(target)  # read by whoever runs the task (cluster.py)
        if not found:
            problems.append(f"{target}: no file matches")
        tasks += [
            Task(url, title=title, outlet=outlet, date=date, model=model, keep_text=False) for url in found
        ]
    if stdin_data is not None:
        tasks = [replace(t, data=stdin_data) if t.path == "-" else t for t in tasks]
    urls = [t for t in targets if is_url(t)]
    failed: list[str] = []
    for url in urls:
        try:
            page = fetch(url, timeout=timeout or TIMEOUT_SECONDS)
        except FetchError as e:
            failed.append(str(e))
            continue
        tasks.append(
            Task(
                url,
                data=page.data,
                title=title,
                outlet=outlet,
                date=date,
                model=model,
                keep_text=False,
                url=url,
            )
        )
    return tasks, [str(p) for p in problems], (len(urls), failed)


def _many(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


class Library:
    """A quote library: one SQLite file (made when first added to)."""

    def __init__(self, path: str | Path | None = None, *, create: bool = True) -> None:
        from quote_miner.library import Library as Store

        self._store = Store(path, create=create)
        self.path = self._store.path

    def add(
        self,
        *paths: str | Path,
        date: str | None = None,
        title: str | None = None,
        outlet: str | None = None,
        jobs: int | None = None,
        model: str | None = None,
        on_progress: Callable[[str, int], None] | None = None,
    ):
        """Add files, folders or globs; known text is not extracted again. Returns the report
        (``added``, ``replaced``, ``updated``, ``moved``, ``unchanged``, ``quotes``, ``problems``)."""
        from quote_miner.ingest import add_files
        from quote_miner.settings import default_jobs
        from quote_miner.source import iter_paths

        files, problems = iter_paths([str(p) for p in paths])
        report = add_files(
            self._store,
            files,
            jobs=jobs or default_jobs(),
            model=model,
            title=title,
            outlet=outlet,
            date=date,
            on_progress=on_progress,
        )
        report.problems[:0] = [str(p) for p in problems]
        return report

    def query(
        self,
        *,
        speaker: str | Sequence[str] | None = None,
        keyword: str | Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        on: str | None = None,
        kind: str | Sequence[str] | None = None,
        min_confidence: float = 0.0,
        sort: str | None = None,
        limit: int | None = None,
        all_occurrences: bool = False,
    ) -> list[dict]:
        """The quote records these filters keep, as the command line gives them."""
        from quote_miner.library.query import make_filters, run_query

        filters = make_filters(
            speakers=_many(speaker),
            keywords=_many(keyword),
            since=since,
            until=until,
            on_date=on,
            kinds=_many(kind),
            min_confidence=min_confidence,
            sort=sort,
            limit=limit,
            all_occurrences=all_occurrences,
        )
        return run_query(self._store, filters).records

    def speakers(self) -> list[dict]:
        """Who is quoted: count, roles, aliases, first and last date."""
        from quote_miner.library.query import speaker_stats

        return speaker_stats(self._store)

    def articles(self) -> list[dict]:
        """The articles: id, date, outlet, title, number of quotes, path."""
        from quote_miner.library.query import Filters, list_articles

        return list_articles(self._store, Filters()).records

    def remove(self, *refs: str) -> int:
        """Take out the articles named by a path they were added from or an id; returns how many."""
        from quote_miner.ingest import library_path_for

        ids = set()
        for ref in refs:
            rows = self._store.find_articles(library_path_for(Path(ref))) or self._store.find_articles(ref)
            if len(rows) == 1:
                ids.add(rows[0]["id"])
        return self._store.remove_articles(ids)[0]

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

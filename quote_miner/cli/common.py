"""What the commands share: errors, the library they open, first-use seeding, progress, filters."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import click

from quote_miner.cli.render import stderr_console

# Progress on a pipe or in a log: one line at most this often (seconds).
PROGRESS_LINE_EVERY = 5.0


class UserError(click.ClickException):
    exit_code = 2


def warn(message: str) -> None:
    """One plain line on stderr (rich would wrap it at the terminal width)."""
    click.echo(message, err=True)


def chosen_db(ctx: click.Context, db: str | None) -> str | None:
    """A sub-command's ``--db`` when typed after it, else the one given before the sub-command,
    else ``QUOTE_MINER_DB``."""
    from click.core import ParameterSource

    before = (ctx.obj or {}).get("db")
    if ctx.get_parameter_source("db") == ParameterSource.COMMANDLINE or not before:
        return db
    return before


def open_library(db: str | None, *, for_query: bool = True):
    """The library ``--db`` / ``QUOTE_MINER_DB`` names, which must exist for a query (a typo
    never makes a new one), else the default library, made on first use: made by a query, it
    gets the bundled seeds."""
    from quote_miner.library.store import SEEDS_FACT, Library

    if db:
        return Library(db, create=not for_query)
    lib = Library(None)
    if lib.created and for_query:
        lib.set_fact(SEEDS_FACT, "pending")
    return lib


class Progress:
    """Articles done and quotes found, on stderr only: a bar on a terminal, otherwise a line
    every few seconds once the run has lasted that long."""

    def __init__(self, description: str, total: int) -> None:
        self.description = description
        self.total = total
        self.done = 0
        self.quotes = 0
        self.started = time.monotonic()
        self.last_line = self.started
        self.console = stderr_console()
        self._bar = None
        self._task = None

    def advance(self, quotes: int = 0) -> None:
        self.done += 1
        self.quotes += quotes
        if self._bar is not None:
            self._bar.update(self._task, advance=1, quotes=self.quotes)
            return
        now = time.monotonic()
        if now - self.last_line >= PROGRESS_LINE_EVERY:
            self.last_line = now
            rate = self.done / max(now - self.started, 1e-9)
            warn(
                f"{self.description}: {self.done}/{self.total} articles, {self.quotes} quotes, "
                f"{rate:.1f} articles/s"
            )

    @contextmanager
    def shown(self) -> Iterator[Progress]:
        if not self.console.is_terminal:
            yield self
            return
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        bar = Bar(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[quotes]} quotes"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
        )
        with bar:
            self._bar, self._task = bar, bar.add_task(self.description, total=self.total, quotes=0)
            try:
                yield self
            finally:
                self._bar = None


def seed_if_pending(lib, model: str | None) -> None:
    """First use of a new default library: the bundled seeds, said on stderr."""
    from quote_miner.library.store import SEEDS_FACT

    if lib.fact(SEEDS_FACT) != "pending":
        return
    from quote_miner.ingest import bundled_seeds, ensure_seeded

    seeds = bundled_seeds()
    warn(f"First use: adding the {len(seeds)} bundled seed articles to your new library ({lib.path}) …")
    progress = Progress("Adding seed articles", len(seeds))
    with progress.shown():
        report = ensure_seeded(lib, model=model, on_progress=lambda _path, quotes: progress.advance(quotes))
    if report is not None:
        warn(
            f"Added {report.added} seed articles ({report.quotes} quotes); "
            f"`quotes remove --seeds` takes them out."
        )


def speaker_notes(result) -> None:
    for name in result.unmatched_speakers:
        warn(f"no speaker matches {name!r}; see `quotes speakers`")
    for name, hits in result.ambiguous.items():
        warn(f"{name!r} fits {len(hits)} speakers equally: {', '.join(hits)}; showing all")

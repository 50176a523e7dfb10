"""Errors the library raises; only ``cli.py`` turns them into exit codes."""

from __future__ import annotations

from pathlib import Path


class QuoteMinerError(Exception):
    """Base class: a problem the user can act on, told in one line."""

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class SourceError(QuoteMinerError):
    """An input file that cannot be read as an article (missing, binary, empty, undecodable)."""


class ModelError(QuoteMinerError):
    """No usable spaCy pipeline is installed."""


class LibraryError(QuoteMinerError):
    """The SQLite library is unusable: corrupt, not SQLite, newer schema, locked too long."""


class QueryError(QuoteMinerError):
    """A filter the user gave cannot be understood (bad date, bad sort key)."""

"""The SQLite library: connection, articles and their identity, quotes. Never imports spaCy.

**The same text is the same article.** An article is identified by the hash of its bytes; every
path it was added from points at it, and the path added last (with the metadata given last) is
the one shown. Renaming, moving or copying a file therefore never makes a second article, and
each quote stays visible exactly once. A path whose text changed moves to the new article; the
old one is dropped when no other path that still exists holds it.

One transaction per article, so an interrupted ingest leaves every article all or nothing and
running it again finishes the rest. WAL mode and a busy timeout let two writers and readers
share one library.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quote_miner.errors import LibraryError
from quote_miner.library.schema import MIGRATIONS, statements
from quote_miner.library.speaker_index import SpeakerIndex
from quote_miner.records import Quote

DB_ENV = "QUOTE_MINER_DB"
APP_NAME = "quote-miner"
BUSY_TIMEOUT_MS = 60_000
# Shown to people as an article's id: a prefix of its content hash, stable across libraries.
ARTICLE_ID_CHARS = 12
# Paths of text that came on standard input: they never exist on disk.
STDIN_PREFIX = "stdin-"
METADATA_FIELDS = ("title", "outlet", "date")
# Whether the bundled seeds belong here: "pending" (a new default library, made by a query),
# "added", "removed".
SEEDS_FACT = "seeds"


def default_db_path() -> Path:
    """``library.db`` in the user's data directory (``--db`` / ``QUOTE_MINER_DB`` choose another)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "library.db"


def text_key(text: str) -> str:
    """Quotes that differ only in case, spacing and quote characters are the same quote."""
    text = text.replace("’", "'").replace("‘", "'")  # double marks go with the other punctuation
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


@dataclass(frozen=True)
class IngestResult:
    path: str
    # "added", "replaced" (the path held other text), "updated" (new metadata),
    # "moved" (known text at a new path) or "unchanged"
    status: str
    quotes: int


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _path_is_alive(path: str) -> bool:
    return path.startswith(STDIN_PREFIX) or Path(path).exists()


class Library:
    """A quote library in one SQLite file."""

    def __init__(self, path: str | Path | None = None, *, create: bool = True) -> None:
        self.path = Path(path).expanduser() if path else default_db_path()
        self.created = not self.path.exists()
        self.conn = self._connect(create)
        self.speakers = SpeakerIndex(self.conn)
        self.migrate()

    # -- connection and schema ------------------------------------------------------------

    def _connect(self, create: bool) -> sqlite3.Connection:
        if self.path.exists():
            if self.path.is_dir():
                raise LibraryError("is a folder, not a library file", path=self.path)
            with open(self.path, "rb") as f:
                head = f.read(16)
            if head and head != b"SQLite format 3\x00":
                raise LibraryError("not an SQLite database; refusing to touch it", path=self.path)
        elif not create:
            raise LibraryError("no library here (`quotes add FILES --db PATH` creates one)", path=self.path)
        else:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise LibraryError(f"cannot create folder ({e.strerror or e})", path=self.path) from e
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as e:
            raise LibraryError(f"unusable library ({e})", path=self.path) from e
        return conn

    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        try:
            current = self.version()
            if current > len(MIGRATIONS):
                raise LibraryError(
                    f"library has schema version {current}, newer than this quote-miner "
                    f"understands ({len(MIGRATIONS)}); upgrade quote-miner",
                    path=self.path,
                )
            if current == len(MIGRATIONS):
                self.conn.execute("SELECT count(*) FROM articles").fetchone()
                return
            with self.transaction():
                current = self.version()  # another process may have migrated meanwhile
                for n, script in enumerate(MIGRATIONS[current:], start=current + 1):
                    for statement in statements(script):
                        self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA user_version = {n}")
        except sqlite3.DatabaseError as e:
            raise LibraryError(f"corrupt or unreadable library ({e})", path=self.path) from e

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction that takes the write lock at once (waiting up to the busy
        timeout for another writer) and is rolled back whole on any error or interruption."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            # (an interrupt can land after COMMIT or before BEGIN took effect: nothing to undo,
            # and the interrupt, not "no transaction is active", is what the user must see)
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- facts about the library -----------------------------------------------------------

    def fact(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM library_facts WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_fact(self, key: str, value: str | None) -> None:
        if value is None:
            self.conn.execute("DELETE FROM library_facts WHERE key = ?", (key,))
        else:
            self.conn.execute("INSERT OR REPLACE INTO library_facts (key, value) VALUES (?, ?)", (key, value))

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None

    def counts(self) -> dict[str, int]:
        one = self.conn.execute
        return {
            "articles": one("SELECT count(*) FROM articles").fetchone()[0],
            "quotes": one("SELECT count(*) FROM quotes WHERE primary_occurrence = 1").fetchone()[0],
            "claims": one(
                "SELECT count(*) FROM quotes WHERE primary_occurrence = 1 AND kind = 'indirect'"
            ).fetchone()[0],
            "speakers": one("SELECT count(*) FROM speakers").fetchone()[0],
        }

    # -- articles -----------------------------------------------------------------------------

    def article_hash(self, path: str) -> str | None:
        """The content hash of the article last added from ``path``."""
        row = self.conn.execute(
            "SELECT a.content_hash FROM article_paths p JOIN articles a ON a.id = p.article_id "
            "WHERE p.path = ?",
            (path,),
        ).fetchone()
        return row[0] if row else None

    def article_by_hash(self, content_hash: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()

    def find_articles(self, ref: str) -> list[sqlite3.Row]:
        """Articles ``ref`` names: a path they were added from, or a prefix of their id."""
        rows = self.conn.execute(
            "SELECT a.* FROM article_paths p JOIN articles a ON a.id = p.article_id WHERE p.path = ?", (ref,)
        ).fetchall()
        if rows or not re.fullmatch(r"[0-9a-fA-F]{4,64}", ref):
            return rows
        prefix = ref.lower()
        return self.conn.execute(
            "SELECT * FROM articles WHERE content_hash >= ? AND content_hash < ? ORDER BY content_hash "
            "LIMIT 20",
            (prefix, prefix + "g"),
        ).fetchall()

    def knows_url(self, url: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM articles WHERE url = ? LIMIT 1", (url,)).fetchone() is not None
        )

    def set_url(self, path: str, url: str) -> bool:
        """The article last added from ``path`` came from ``url``; an older text of the same URL
        (the page changed since) gives way to it. True if one did."""
        with self.transaction():
            row = self.conn.execute("SELECT article_id FROM article_paths WHERE path = ?", (path,)).fetchone()
            if row is None:
                return False
            older = [
                r[0]
                for r in self.conn.execute("SELECT id FROM articles WHERE url = ? AND id != ?", (url, row[0]))
            ]
            for article_id in older:
                self._delete_article(article_id)
            self.conn.execute("UPDATE articles SET url = ? WHERE id = ?", (url, row[0]))
            if older:
                self.speakers.drop_unquoted()
            return bool(older)

    def metadata_differs(self, article: sqlite3.Row, given: dict[str, str | None]) -> bool:
        """Whether metadata given now (options, manifest) says something else than stored."""
        return any(given.get(k) and given[k] != article[k] for k in METADATA_FIELDS)

    def attach_known(self, path: str, content_hash: str) -> IngestResult | None:
        """Known text at ``path``: remember the path (it becomes the one shown) without
        extracting again. None when the text is new to the library."""
        with self.transaction():
            article = self.article_by_hash(content_hash)
            if article is None:
                return None
            if article["path"] == path:
                return IngestResult(path, "unchanged", 0)
            self._release_path(path, keep=article["id"])
            self._point(path, article["id"])
            return IngestResult(path, "moved", 0)

    def add_article(
        self,
        quotes: list[Quote],
        *,
        path: str,
        content_hash: str,
        title: str | None,
        outlet: str | None,
        date: str | None,
        source_text: str | None = None,
        byline: str | None = None,
        dek: str | None = None,
    ) -> IngestResult:
        """Store one article's quotes in one transaction (all or nothing)."""
        try:
            with self.transaction():
                return self._add(quotes, path, content_hash, title, outlet, date, source_text, byline, dek)
        except sqlite3.OperationalError as e:
            raise LibraryError(f"cannot write ({e})", path=self.path) from e

    def _add(self, quotes, path, content_hash, title, outlet, date, source_text, byline, dek) -> IngestResult:
        same_text = self.article_by_hash(content_hash)
        meta = (title, outlet, date, outlet, byline, dek)
        if same_text is not None:
            if (same_text["path"], same_text["title"], same_text["outlet"], same_text["date"]) == (
                path,
                title,
                outlet,
                date,
            ):
                return IngestResult(path, "unchanged", 0)
            # The same text with other metadata: its quotes are made again (their dates may move).
            article_id = same_text["id"]
            self._drop_quotes(article_id)
            self._release_path(path, keep=article_id)
            self.conn.execute(
                "UPDATE articles SET title = ?, outlet = ?, date = ?, site = ?, "
                "byline = ?, dek = ? WHERE id = ?",
                (*meta, article_id),
            )
            self._point(path, article_id)
            status = "updated"
        else:
            status = "replaced" if self._release_path(path) else "added"
            cur = self.conn.execute(
                "INSERT INTO articles (path, content_hash, title, outlet, date, site, byline, dek, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (path, content_hash, *meta, _now()),
            )
            article_id = cur.lastrowid
            self._point(path, article_id)
        stored = self._insert_quotes(article_id, quotes, date, source_text)
        return IngestResult(path, status, stored)

    def _insert_quotes(
        self, article_id: int, quotes: list[Quote], date: str | None, source_text: str | None
    ) -> int:
        seen: set[tuple[str, str | None]] = set()
        stored = 0
        for q in quotes:
            key = text_key(q.text)
            if (key, q.speaker) in seen:
                continue  # a quote repeated inside one article is one quote
            seen.add((key, q.speaker))
            speaker_id = self.speakers.speaker_id(q) if q.speaker else None
            canonical = self.speakers.name_of(speaker_id) if speaker_id else q.speaker
            # The same words in another article (a wire story run twice) are shown once.
            primary = (
                self.conn.execute(
                    "SELECT 1 FROM quotes WHERE text_key = ? AND primary_occurrence = 1 LIMIT 1", (key,)
                ).fetchone()
                is None
            )
            context = None
            if source_text is not None and q.context_start is not None:
                context = source_text[q.context_start : q.context_end]
            m = q.speaker_mention
            self.conn.execute(
                "INSERT INTO quotes (id, article_id, speaker_id, text, text_key, kind, "
                "speaker, speaker_type, speaker_role, mention_text, mention_start, mention_end, "
                'cue, date, date_basis, said_on, confidence, start, "end", context, '
                "context_start, primary_occurrence, evidence) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    q.id,
                    article_id,
                    speaker_id,
                    q.text,
                    key,
                    q.kind,
                    canonical,
                    q.speaker_type,
                    q.speaker_role,
                    m.text if m else None,
                    m.start if m else None,
                    m.end if m else None,
                    q.cue,
                    q.date,
                    q.date_basis,
                    q.date or date,
                    q.confidence,
                    q.start,
                    q.end,
                    context,
                    q.context_start,
                    int(primary),
                    json.dumps(list(q.evidence), ensure_ascii=False) if q.evidence else None,
                ),
            )
            stored += 1
        return stored

    def _point(self, path: str, article_id: int) -> None:
        """``path`` now holds this article, and is the path it is shown under."""
        self.conn.execute(
            "INSERT OR REPLACE INTO article_paths (path, article_id, added_at) VALUES (?, ?, ?)",
            (path, article_id, _now()),
        )
        self.conn.execute("UPDATE articles SET path = ? WHERE id = ?", (path, article_id))

    def _release_path(self, path: str, *, keep: int | None = None) -> bool:
        """``path`` no longer holds the article it held (unless that is ``keep``). That article
        is dropped when no other path that still exists holds it; True if one was dropped."""
        row = self.conn.execute("SELECT article_id FROM article_paths WHERE path = ?", (path,)).fetchone()
        if row is None or row[0] == keep:
            return False
        old = row[0]
        self.conn.execute("DELETE FROM article_paths WHERE path = ?", (path,))
        others = [
            r[0]
            for r in self.conn.execute(
                "SELECT path FROM article_paths WHERE article_id = ? ORDER BY added_at DESC, path", (old,)
            )
        ]
        alive = [p for p in others if _path_is_alive(p)]
        if alive:
            # Shown under another path it was added from. Free the old path name first: the
            # article's own path column must stay unique.
            self.conn.execute("UPDATE articles SET path = ? WHERE id = ?", (alive[0], old))
            return False
        self._delete_article(old)
        return True

    def remove_articles(self, article_ids: Iterable[int]) -> tuple[int, int]:
        """Take articles out with their quotes; speakers left with no quote go too. Returns
        how many articles and quotes were taken out."""
        articles = quotes = 0
        with self.transaction():
            for article_id in set(article_ids):
                if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                    continue
                quotes += self.conn.execute(
                    "SELECT count(*) FROM quotes WHERE article_id = ?", (article_id,)
                ).fetchone()[0]
                self._delete_article(article_id)
                articles += 1
            self.speakers.drop_unquoted()
        return articles, quotes

    def _drop_quotes(self, article_id: int) -> None:
        keys = [
            r[0]
            for r in self.conn.execute(
                "SELECT text_key FROM quotes WHERE article_id = ? AND primary_occurrence = 1", (article_id,)
            )
        ]
        self.conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        for key in keys:  # another occurrence becomes the one shown
            self.conn.execute(
                "UPDATE quotes SET primary_occurrence = 1 WHERE rowid = "
                "(SELECT min(rowid) FROM quotes WHERE text_key = ?)",
                (key,),
            )

    def _delete_article(self, article_id: int) -> None:
        self._drop_quotes(article_id)
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    # -- site furniture counts ------------------------------------------------------------

    def recurring_lines(self, site: str, *, min_articles: int = 2) -> set[str]:
        return {
            r[0]
            for r in self.conn.execute(
                "SELECT line FROM site_lines WHERE site = ? AND articles >= ?", (site, min_articles)
            )
        }

    def count_site_lines(self, site: str, lines: Iterable[str]) -> None:
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO site_lines (site, line, articles) VALUES (?, ?, 1) "
                "ON CONFLICT(site, line) DO UPDATE SET articles = articles + 1",
                [(site, line) for line in set(lines)],
            )

"""The SQLite library: migrations, ingest, speakers, FTS5. Never imports spaCy.

One transaction per article, so an interrupted ingest leaves every article all or nothing and
running it again finishes the rest. WAL mode and a busy timeout let two writers and readers
share one library.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quote_miner.errors import LibraryError
from quote_miner.records import Quote

DB_ENV = "QUOTE_MINER_DB"
PRONOUNS = frozenset(["he", "she", "they", "i", "we", "it", "you", "him", "her", "them"])
APP_NAME = "quote-miner"
BUSY_TIMEOUT_MS = 60_000

# Append-only: each entry moves the schema one version forward. Never edit a shipped one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        date TEXT,
        site TEXT,
        byline TEXT,
        dek TEXT,
        added_at TEXT NOT NULL
    );
    CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        folded TEXT NOT NULL,
        type TEXT NOT NULL,
        roles TEXT NOT NULL DEFAULT '[]',
        aliases TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE speaker_names (
        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        surname TEXT NOT NULL,
        PRIMARY KEY (speaker_id, name)
    ) WITHOUT ROWID;
    CREATE INDEX speaker_names_by_surname ON speaker_names(surname);
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        speaker_id INTEGER REFERENCES speakers(id),
        text TEXT NOT NULL,
        text_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        speaker TEXT,
        speaker_type TEXT NOT NULL,
        speaker_role TEXT,
        mention_text TEXT,
        mention_start INTEGER,
        mention_end INTEGER,
        cue TEXT,
        date TEXT,
        date_basis TEXT,
        said_on TEXT,
        confidence REAL NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        context TEXT,
        context_start INTEGER,
        primary_occurrence INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX quotes_by_speaker ON quotes(speaker_id, primary_occurrence, said_on, article_id, start);
    CREATE INDEX quotes_by_date ON quotes(said_on);
    CREATE INDEX quotes_by_article ON quotes(article_id);
    CREATE INDEX quotes_by_text_key ON quotes(text_key);
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker, content='quotes', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.rowid, old.text, old.speaker);
    END;
    CREATE TRIGGER quotes_au AFTER UPDATE OF text, speaker ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.rowid, old.text, old.speaker);
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
    END;
    CREATE TABLE site_lines (
        site TEXT NOT NULL,
        line TEXT NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (site, line)
    ) WITHOUT ROWID;
    """,
]


def default_db_path() -> Path:
    """``--db`` / ``QUOTE_MINER_DB``, else ``library.db`` in the user's data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "library.db"


def text_key(text: str) -> str:
    """Quotes that differ only in case, spacing and quote characters are the same quote."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # "added", "replaced", "unchanged"
    quotes: int


class Library:
    """A quote library in one SQLite file."""

    def __init__(self, path: str | Path | None = None, *, create: bool = True) -> None:
        self.path = Path(path).expanduser() if path else default_db_path()
        self.conn = self._connect(create)
        self._surnames: set[str] | None = None  # distinct surnames, loaded when first needed
        self.migrate()

    # -- connection and schema ------------------------------------------------------------

    def _connect(self, create: bool) -> sqlite3.Connection:
        if self.path.exists():
            with open(self.path, "rb") as f:
                head = f.read(16)
            if head and head != b"SQLite format 3\x00":
                raise LibraryError("not an SQLite database; refusing to touch it", path=self.path)
        elif not create:
            raise LibraryError("no library here", path=self.path)
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
                    f"understands ({len(MIGRATIONS)}); upgrade quote-miner", path=self.path)
            if current == len(MIGRATIONS):
                self.conn.execute("SELECT count(*) FROM articles").fetchone()
                return
            with self.transaction():
                current = self.version()  # another process may have migrated meanwhile
                for n, script in enumerate(MIGRATIONS[current:], start=current + 1):
                    for statement in _statements(script):
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
            self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest -------------------------------------------------------------------------------

    def article_hash(self, path: str) -> str | None:
        row = self.conn.execute("SELECT content_hash FROM articles WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None

    def add_article(self, quotes: list[Quote], *, path: str, content_hash: str,
                    title: str | None, outlet: str | None, date: str | None,
                    source_text: str | None = None, byline: str | None = None,
                    dek: str | None = None) -> IngestResult:
        """Store one article's quotes in one transaction (all or nothing)."""
        try:
            with self.transaction():
                result = self._add(quotes, path, content_hash, title, outlet, date, source_text)
                self.conn.execute("UPDATE articles SET byline = ?, dek = ? WHERE path = ?",
                                  (byline, dek, path))
        except sqlite3.OperationalError as e:
            raise LibraryError(f"cannot write ({e})", path=self.path) from e
        return result

    def _add(self, quotes, path, content_hash, title, outlet, date, source_text) -> IngestResult:
        row = self.conn.execute("SELECT id, content_hash FROM articles WHERE path = ?", (path,)).fetchone()
        status = "added"
        if row is not None:
            if row["content_hash"] == content_hash:
                return IngestResult(path, "unchanged", 0)
            self._delete_article(row["id"])
            status = "replaced"
        now = datetime.now(UTC).isoformat(timespec="seconds")
        cur = self.conn.execute(
            "INSERT INTO articles (path, content_hash, title, outlet, date, site, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (path, content_hash, title, outlet, date, outlet, now),
        )
        article_id = cur.lastrowid
        seen: set[tuple[str, str | None]] = set()
        stored = 0
        for q in quotes:
            key = text_key(q.text)
            if (key, q.speaker) in seen:
                continue  # a quote repeated inside one article is one quote
            seen.add((key, q.speaker))
            speaker_id = self._speaker_id(q) if q.speaker else None
            canonical = self._speaker_name(speaker_id) if speaker_id else q.speaker
            primary = self.conn.execute(
                "SELECT 1 FROM quotes WHERE text_key = ? AND primary_occurrence = 1 LIMIT 1",
                (key,)).fetchone() is None
            context = None
            if source_text is not None and q.context_start is not None:
                context = source_text[q.context_start : q.context_end]
            m = q.speaker_mention
            self.conn.execute(
                'INSERT OR REPLACE INTO quotes (id, article_id, speaker_id, text, text_key, kind, '
                'speaker, speaker_type, speaker_role, mention_text, mention_start, mention_end, '
                'cue, date, date_basis, said_on, confidence, start, "end", context, '
                'context_start, primary_occurrence) '
                'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                (q.id, article_id, speaker_id, q.text, key, q.kind, canonical, q.speaker_type,
                 q.speaker_role, m.text if m else None, m.start if m else None,
                 m.end if m else None, q.cue, q.date, q.date_basis, q.date or date,
                 q.confidence, q.start, q.end, context, q.context_start, int(primary)),
            )
            stored += 1
        return IngestResult(path, status, stored)

    def _delete_article(self, article_id: int) -> None:
        keys = [r[0] for r in self.conn.execute(
            "SELECT text_key FROM quotes WHERE article_id = ? AND primary_occurrence = 1",
            (article_id,))]
        self.conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        for key in keys:  # another occurrence becomes the one shown
            self.conn.execute(
                "UPDATE quotes SET primary_occurrence = 1 WHERE rowid = "
                "(SELECT min(rowid) FROM quotes WHERE text_key = ?)", (key,))

    def _speaker_name(self, speaker_id: int) -> str:
        return self.conn.execute("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()[0]

    def speakers_sharing_surname(self, name: str, *, exact_first: bool = False) -> list[sqlite3.Row]:
        """Speakers one of whose names has (about) the surname of ``name``: id, canonical
        name, type, aliases, roles and the matching name. The fuzzy part runs in rapidfuzz over
        the distinct surnames, so it stays fast with many thousands of speakers."""
        from rapidfuzz import fuzz, process

        from quote_miner.names import SURNAME_MIN, name_words

        words = name_words(name)
        if not words:
            return []
        key = words[-1]
        select = ("SELECT s.id, s.name, s.type, s.aliases, s.roles, sn.name AS matched "
                  "FROM speaker_names sn JOIN speakers s ON s.id = sn.speaker_id ")
        if exact_first:
            # A query: the surname as spelled is enough when someone has it (an index lookup);
            # spelling variants merged at ingest are aliases of the same speaker.
            exact = self.conn.execute(select + "WHERE sn.surname = ?", (key,)).fetchall()
            if exact:
                return exact
        if self._surnames is None:
            self._surnames = {r[0] for r in self.conn.execute(
                "SELECT DISTINCT surname FROM speaker_names")}
        close = {key}
        if len(key) >= 4:
            close |= {m[0] for m in process.extract(key, self._surnames, scorer=fuzz.ratio,
                                                     score_cutoff=SURNAME_MIN, limit=None)}
        marks = ",".join("?" * len(close))
        return self.conn.execute(select + f"WHERE sn.surname IN ({marks})", sorted(close)).fetchall()

    def _remember_name(self, speaker_id: int, name: str) -> None:
        from quote_miner.names import name_words

        words = name_words(name)
        if not words:
            return
        self.conn.execute("INSERT OR IGNORE INTO speaker_names (speaker_id, name, surname) VALUES (?, ?, ?)",
                          (speaker_id, name, words[-1]))
        if self._surnames is not None:
            self._surnames.add(words[-1])

    def _speaker_id(self, q: Quote) -> int:
        from quote_miner.names import fold, match_speaker

        assert q.speaker is not None
        if q.speaker_type == "person":
            rows = [r for r in self.speakers_sharing_surname(q.speaker) if r["type"] == "person"]
        else:
            rows = self.conn.execute(
                "SELECT id, name, type, aliases, roles, name AS matched FROM speakers WHERE name = ?",
                (q.speaker,)).fetchall()
        found = match_speaker(q.speaker, [(r["id"], r["matched"]) for r in rows])
        if found is None:
            # The same name under another type ("Clinton" the campaign and the person): one row.
            same = self.conn.execute("SELECT id FROM speakers WHERE name = ?", (q.speaker,)).fetchone()
            if same is not None:
                return same[0]
        alias_add = [q.speaker]
        if q.speaker_mention and q.speaker_type == "person" and q.speaker_mention.text[:1].isupper() \
                and q.speaker_mention.text.lower() not in PRONOUNS:
            alias_add.append(q.speaker_mention.text)
        if found is None:
            cur = self.conn.execute(
                "INSERT INTO speakers (name, folded, type, roles, aliases) VALUES (?, ?, ?, ?, ?)",
                (q.speaker, fold(q.speaker), q.speaker_type,
                 json.dumps([q.speaker_role] if q.speaker_role else []),
                 json.dumps(sorted(set(alias_add) - {q.speaker}))))
            for alias in alias_add:
                self._remember_name(cur.lastrowid, alias)
            return cur.lastrowid
        row = next(r for r in rows if r["id"] == found)
        aliases = set(json.loads(row["aliases"])) | (set(alias_add) - {row["name"]})
        roles = json.loads(row["roles"])
        if q.speaker_role and q.speaker_role not in roles:
            roles.append(q.speaker_role)
        name = row["name"]
        # Keep the fullest spelling as the canonical name: "Zelensky" → "Volodymyr Zelensky".
        if len(q.speaker.split()) > len(name.split()) and self.conn.execute(
                "SELECT 1 FROM speakers WHERE name = ?", (q.speaker,)).fetchone() is None:
            aliases = (aliases | {name}) - {q.speaker}
            name = q.speaker
            self.conn.execute("UPDATE quotes SET speaker = ? WHERE speaker_id = ?", (name, found))
        self.conn.execute("UPDATE speakers SET name = ?, folded = ?, roles = ?, aliases = ? WHERE id = ?",
                          (name, fold(name), json.dumps(roles), json.dumps(sorted(aliases)), found))
        for alias in alias_add:
            self._remember_name(found, alias)
        return found

    # -- site furniture counts ------------------------------------------------------------

    def recurring_lines(self, site: str, *, min_articles: int = 2) -> set[str]:
        return {r[0] for r in self.conn.execute(
            "SELECT line FROM site_lines WHERE site = ? AND articles >= ?", (site, min_articles))}

    def count_site_lines(self, site: str, lines: Iterable[str]) -> None:
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO site_lines (site, line, articles) VALUES (?, ?, 1) "
                "ON CONFLICT(site, line) DO UPDATE SET articles = articles + 1",
                [(site, line) for line in set(lines)])


def _statements(script: str) -> list[str]:
    """Split a migration into statements (triggers hold semicolons inside BEGIN … END)."""
    out, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf).strip())
    return out

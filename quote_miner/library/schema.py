"""The library's schema: an append-only list of migrations, applied in one transaction.

``PRAGMA user_version`` records how many have run. Never edit a shipped migration: add one.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: articles by path, speakers and their names, quotes with an FTS5 index (porter stems).
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
    # 2: an article is its text. Every path it was added from points at it; libraries of
    # version 1 kept one article per path, so copies and renames are merged here into the one
    # added last, and each quote is shown again exactly once. A second FTS5 index without
    # stemming answers prefixes on the words as written ("negotiat*"). A small key-value table
    # remembers library facts (the pending first-use seeding).
    """
    CREATE TABLE article_paths (
        path TEXT PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        added_at TEXT NOT NULL
    );
    CREATE INDEX article_paths_by_article ON article_paths(article_id);
    INSERT INTO article_paths (path, article_id, added_at)
        SELECT a.path, (SELECT max(b.id) FROM articles b WHERE b.content_hash = a.content_hash),
               a.added_at
        FROM articles a;
    DELETE FROM articles WHERE id NOT IN (SELECT max(id) FROM articles GROUP BY content_hash);
    CREATE UNIQUE INDEX articles_by_hash ON articles(content_hash);
    UPDATE quotes SET primary_occurrence =
        (rowid = (SELECT min(q2.rowid) FROM quotes q2 WHERE q2.text_key = quotes.text_key));
    DELETE FROM speakers WHERE id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL);
    CREATE INDEX speakers_by_folded ON speakers(folded);
    CREATE VIRTUAL TABLE quotes_words USING fts5(
        text, speaker, content='quotes', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    INSERT INTO quotes_words(quotes_words) VALUES ('rebuild');
    CREATE TRIGGER quotes_words_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_words(rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
    END;
    CREATE TRIGGER quotes_words_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_words(quotes_words, rowid, text, speaker)
        VALUES ('delete', old.rowid, old.text, old.speaker);
    END;
    CREATE TRIGGER quotes_words_au AFTER UPDATE OF text, speaker ON quotes BEGIN
        INSERT INTO quotes_words(quotes_words, rowid, text, speaker)
        VALUES ('delete', old.rowid, old.text, old.speaker);
        INSERT INTO quotes_words(rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
    END;
    CREATE TABLE library_facts (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 3: pages added by URL remember it (the page itself is kept in the library's folder).
    """
    ALTER TABLE articles ADD COLUMN url TEXT;
    CREATE INDEX articles_by_url ON articles(url);
    """,
    # 4: why each quote has its speaker (a JSON list of lines; NULL for quotes added before).
    """
    ALTER TABLE quotes ADD COLUMN evidence TEXT;
    """,
]


def statements(script: str) -> list[str]:
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

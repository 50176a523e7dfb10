"""Filters → rows. Never imports spaCy: a query starts and answers in a blink.

User strings reach SQL only as parameters; keyword strings are rebuilt into an FTS5 query
of quoted terms, so no input (O'Brien, U.S., 24/7, a stray quote, a trailing AND) is
ever read as FTS syntax.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from datetime import date

from quote_miner.errors import QueryError
from quote_miner.library import Library

SORT_KEYS = ("date", "speaker", "relevance")


@dataclass(frozen=True)
class Filters:
    speakers: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    since: str | None = None  # inclusive ISO dates
    until: str | None = None
    kinds: tuple[str, ...] = ()
    min_confidence: float = 0.0
    sort: str = "date"
    limit: int | None = None
    all_occurrences: bool = False


@dataclass
class QueryResult:
    records: list[dict]
    # A --speaker value that matched several people, with their names (for a note on stderr).
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    unmatched_speakers: list[str] = field(default_factory=list)


def parse_date_bound(value: str, *, end: bool) -> str:
    """ISO date, year-month or year → the first (or last) day it covers."""
    v = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            return date.fromisoformat(v).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}", v):
            y, m = int(v[:4]), int(v[5:7])
            day = calendar.monthrange(y, m)[1] if end else 1
            return date(y, m, day).isoformat()
        if re.fullmatch(r"\d{4}", v):
            return f"{v}-12-31" if end else f"{v}-01-01"
    except ValueError:
        pass
    raise QueryError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")


def fts_query(keyword: str) -> str:
    """One user keyword string → a safe FTS5 expression (all terms required)."""
    parts: list[str] = []
    pos = 0
    text = keyword.replace("“", '"').replace("”", '"')
    while pos < len(text):
        if text[pos] == '"':
            close = text.find('"', pos + 1)
            phrase = text[pos + 1 : close if close != -1 else len(text)]
            pos = close + 1 if close != -1 else len(text)
            words = _terms(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        m = re.match(r'[^\s"]+', text[pos:])
        if not m:
            pos += 1
            continue
        token = m.group()
        pos += len(token)
        prefix = token.endswith("*")
        words = _terms(token.rstrip("*"))
        if not words:
            continue
        if len(words) == 1:
            parts.append(f'"{words[0]}"' + ("*" if prefix else ""))
        else:  # O'Brien, U.S., 24/7: the pieces the tokenizer makes, as a phrase
            parts.append('"' + " ".join(words) + '"' + ("*" if prefix else ""))
    return " AND ".join(parts)


def _terms(text: str) -> list[str]:
    # The same split unicode61 makes: runs of letters and digits.
    return re.findall(r"\w+", text, flags=re.UNICODE)


def run_query(lib: Library, filters: Filters) -> QueryResult:
    where = []
    params: list = []
    result = QueryResult(records=[])
    if filters.speakers:
        from quote_miner.names import match_query

        ids: list[int] = []
        for s in filters.speakers:
            rows = lib.speakers_sharing_surname(s, exact_first=True)
            by_id: dict[int, tuple[str, list[str]]] = {}
            for r in rows:
                by_id.setdefault(r["id"], (r["name"], []))[1].append(r["matched"])
            found = match_query(s, [(sid, name, names) for sid, (name, names) in by_id.items()])
            if not found:
                result.unmatched_speakers.append(s)
            hit_names = sorted({by_id[i][0] for i in found})
            if len(hit_names) > 1:
                result.ambiguous[s] = hit_names
            ids.extend(found)
        if not ids:
            return result
        where.append(f"q.speaker_id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    join_fts = ""
    if filters.keywords:
        expr = " AND ".join(f"({e})" for e in (fts_query(k) for k in filters.keywords) if e)
        if expr:
            join_fts = "JOIN quotes_fts ON quotes_fts.rowid = q.rowid"
            where.append("quotes_fts MATCH ?")
            params.append(expr)
    if filters.since:
        where.append("q.said_on >= ?")
        params.append(filters.since)
    if filters.until:
        where.append("q.said_on <= ?")
        params.append(filters.until)
    if filters.kinds:
        where.append(f"q.kind IN ({','.join('?' * len(filters.kinds))})")
        params.extend(filters.kinds)
    if filters.min_confidence:
        where.append("q.confidence >= ?")
        params.append(filters.min_confidence)
    if not filters.all_occurrences:
        where.append("q.primary_occurrence = 1")
    # Two steps: pick the rows on narrow index columns, then fetch the few whole rows. Ties go
    # by article and position, so the same library always answers in the same order.
    order = {
        "date": ("q.said_on DESC, q.article_id, q.start", "h.said_on DESC, h.article_id, h.start"),
        "speaker": ("q.speaker COLLATE NOCASE, q.said_on, q.start",
                    "h.speaker COLLATE NOCASE, h.said_on, h.start"),
        "relevance": (("quotes_fts.rank, q.said_on DESC", "h.rank, h.said_on DESC") if join_fts else
                      ("q.confidence DESC, q.said_on DESC", "h.confidence DESC, h.said_on DESC")),
    }.get(filters.sort)
    if order is None:
        raise QueryError(f"unknown sort key {filters.sort!r} (use {', '.join(SORT_KEYS)})")
    # Only the sort keys, so that a speaker filter is answered from its covering index.
    keys = "q.said_on, q.article_id, q.start" + {
        "speaker": ", q.speaker", "relevance": ", quotes_fts.rank AS rank" if join_fts else ", q.confidence",
    }.get(filters.sort, "")
    inner = (f"SELECT q.rowid AS rid, {keys} FROM quotes q {join_fts} "
             f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order[0]}")
    if filters.limit is not None:
        inner += " LIMIT ?"
        params.append(int(filters.limit))
    sql = (f"WITH h AS ({inner}) SELECT q.*, a.path AS a_path, a.title AS a_title, "
           f"a.outlet AS a_outlet, a.date AS a_date FROM h JOIN quotes q ON q.rowid = h.rid "
           f"JOIN articles a ON a.id = q.article_id ORDER BY {order[1]}")
    result.records = [row_to_record(r) for r in lib.conn.execute(sql, params)]
    return result


def row_to_record(r) -> dict:
    """A library row → the DESIGN.md quote record."""
    mention = None
    if r["mention_text"] is not None:
        mention = {"text": r["mention_text"], "start": r["mention_start"], "end": r["mention_end"]}
    return {
        "id": r["id"],
        "text": r["text"],
        "kind": r["kind"],
        "speaker": r["speaker"],
        "speaker_type": r["speaker_type"],
        "speaker_role": r["speaker_role"],
        "speaker_mention": mention,
        "cue": r["cue"],
        "date": r["date"],
        "date_basis": r["date_basis"],
        "confidence": r["confidence"],
        "start": r["start"],
        "end": r["end"],
        "article": {"path": r["a_path"], "title": r["a_title"], "outlet": r["a_outlet"],
                    "date": r["a_date"]},
    }


def get_quote(lib: Library, quote_id: str) -> tuple[dict, str | None, int | None] | None:
    """One quote by id (or unique id prefix), with its paragraph and the paragraph's offset."""
    rows = lib.conn.execute(
        "SELECT q.*, a.path AS a_path, a.title AS a_title, a.outlet AS a_outlet, a.date AS a_date "
        "FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id >= ? AND q.id < ? "
        "LIMIT 2", (quote_id, quote_id + "\uffff")).fetchall()
    if len(rows) != 1:
        return None
    r = rows[0]
    return row_to_record(r), r["context"], r["context_start"]


def speaker_stats(lib: Library) -> list[dict]:
    """Who is quoted: count, roles, aliases, first and last date."""
    rows = lib.conn.execute(
        "SELECT s.name, s.type, s.roles, s.aliases, count(q.rowid) AS n, "
        "min(q.said_on) AS first, max(q.said_on) AS last FROM speakers s "
        "JOIN quotes q ON q.speaker_id = s.id AND q.primary_occurrence = 1 "
        "GROUP BY s.id ORDER BY n DESC, s.name").fetchall()
    return [{"speaker": r["name"], "speaker_type": r["type"], "quotes": r["n"],
             "roles": json.loads(r["roles"]), "aliases": json.loads(r["aliases"]),
             "first_date": r["first"], "last_date": r["last"]} for r in rows]

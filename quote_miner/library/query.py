"""Filters → rows. Never imports spaCy: a query starts and answers in a blink.

User strings reach SQL only as parameters; keyword strings are rebuilt by ``keywords`` into
FTS5 strings of quoted terms, so no input (O'Brien, U.S., 24/7, a stray quote) is read as
FTS syntax.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date

from quote_miner.errors import QueryError
from quote_miner.library.keywords import STEMMED, keywords_sql
from quote_miner.library.speaker_search import find_speakers
from quote_miner.library.store import ARTICLE_ID_CHARS, Library

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

    @property
    def selects_quotes(self) -> bool:
        """Whether anything narrows the quotes down (for `quotes articles`)."""
        return bool(
            self.speakers or self.keywords or self.since or self.until or self.kinds or self.min_confidence
        )


@dataclass
class QueryResult:
    records: list[dict]
    # A --speaker value that several speakers fit equally well, with their names (for stderr).
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


def make_filters(
    *,
    speakers=(),
    keywords=(),
    since=None,
    until=None,
    on_date=None,
    kinds=(),
    min_confidence=None,
    sort=None,
    limit=None,
    all_occurrences=False,
):
    lo = parse_date_bound(since, end=False) if since else None
    hi = parse_date_bound(until, end=True) if until else None
    if on_date:
        lo = max(filter(None, [lo, parse_date_bound(on_date, end=False)]))
        hi = min(filter(None, [hi, parse_date_bound(on_date, end=True)]))
    return Filters(
        speakers=tuple(speakers),
        keywords=tuple(keywords),
        since=lo,
        until=hi,
        kinds=tuple(kinds),
        min_confidence=min_confidence or 0.0,
        sort=sort or ("relevance" if keywords else "date"),
        limit=limit,
        all_occurrences=all_occurrences,
    )


@dataclass
class _Where:
    sql: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)
    rank_join: str = ""  # joins quotes_fts for ranking by relevance
    rank_params: list = field(default_factory=list)
    nothing: bool = False  # a speaker filter that matched nobody

    def clause(self) -> str:
        return f"WHERE {' AND '.join(self.sql)}" if self.sql else ""


def _where(lib: Library, filters: Filters, result: QueryResult, *, ranked: bool) -> _Where:
    w = _Where()
    if filters.speakers:
        ids: list[int] = []
        for s in filters.speakers:
            found, tied = find_speakers(lib, s)
            if not found:
                result.unmatched_speakers.append(s)
            if len(tied) > 1:
                result.ambiguous[s] = tied
            ids.extend(found)
        if not ids:
            w.nothing = True
            return w
        w.sql.append(f"q.speaker_id IN ({','.join('?' * len(ids))})")
        w.params.extend(ids)
    keys = keywords_sql(filters.keywords, ranked=ranked)
    w.sql.extend(keys.where)
    w.params.extend(keys.params)
    if keys.rank_match:
        w.rank_join = f"JOIN {STEMMED} ON {STEMMED}.rowid = q.rowid AND {STEMMED} MATCH ?"
        w.rank_params = [keys.rank_match]
    if filters.since:
        w.sql.append("q.said_on >= ?")
        w.params.append(filters.since)
    if filters.until:
        w.sql.append("q.said_on <= ?")
        w.params.append(filters.until)
    if filters.kinds:
        w.sql.append(f"q.kind IN ({','.join('?' * len(filters.kinds))})")
        w.params.extend(filters.kinds)
    if filters.min_confidence:
        w.sql.append("q.confidence >= ?")
        w.params.append(filters.min_confidence)
    if not filters.all_occurrences:
        w.sql.append("q.primary_occurrence = 1")
    return w


def run_query(lib: Library, filters: Filters, *, with_context: bool = False) -> QueryResult:
    """The records the filters keep, in their order; ``with_context`` adds each one's paragraph
    (``context``, and ``context_start``, its offset in the source)."""
    if filters.sort not in SORT_KEYS:
        raise QueryError(f"unknown sort key {filters.sort!r} (use {', '.join(SORT_KEYS)})")
    result = QueryResult(records=[])
    w = _where(lib, filters, result, ranked=filters.sort == "relevance")
    if w.nothing:
        return result
    ranked = bool(w.rank_join)
    # Two steps: pick the rows on narrow index columns, then fetch the few whole rows. Ties go
    # by article and position, so the same library always answers in the same order.
    order = {
        "date": ("q.said_on DESC, q.article_id, q.start", "h.said_on DESC, h.article_id, h.start"),
        "speaker": (
            "q.speaker COLLATE NOCASE, q.said_on, q.start",
            "h.speaker COLLATE NOCASE, h.said_on, h.start",
        ),
        "relevance": (
            (
                f"{STEMMED}.rank, q.said_on DESC, q.article_id, q.start",
                "h.rank, h.said_on DESC, h.article_id, h.start",
            )
            if ranked
            else (
                "q.confidence DESC, q.said_on DESC, q.article_id, q.start",
                "h.confidence DESC, h.said_on DESC, h.article_id, h.start",
            )
        ),
    }[filters.sort]
    # Only the sort keys, so that a speaker filter is answered from its covering index.
    keys = "q.said_on, q.article_id, q.start" + {
        "speaker": ", q.speaker",
        "relevance": f", {STEMMED}.rank AS rank" if ranked else ", q.confidence",
    }.get(filters.sort, "")
    params = [*w.rank_params, *w.params]
    inner = f"SELECT q.rowid AS rid, {keys} FROM quotes q {w.rank_join} {w.clause()} ORDER BY {order[0]}"
    if filters.limit is not None:
        inner += " LIMIT ?"
        params.append(int(filters.limit))
    sql = (
        f"WITH h AS ({inner}) SELECT q.*, a.path AS a_path, a.title AS a_title, "
        f"a.outlet AS a_outlet, a.date AS a_date, a.url AS a_url FROM h JOIN quotes q ON q.rowid = h.rid "
        f"JOIN articles a ON a.id = q.article_id ORDER BY {order[1]}"
    )
    for r in lib.conn.execute(sql, params):
        record = row_to_record(r)
        if with_context:
            record["context"], record["context_start"] = r["context"], r["context_start"]
        result.records.append(record)
    return result


def count_matching(lib: Library, filters: Filters) -> int:
    """How many quotes the filters keep (no limit)."""
    w = _where(lib, replace(filters, limit=None), QueryResult(records=[]), ranked=False)
    if w.nothing:
        return 0
    return lib.conn.execute(f"SELECT count(*) FROM quotes q {w.clause()}", w.params).fetchone()[0]


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
        "article": {
            "path": r["a_path"],
            "title": r["a_title"],
            "outlet": r["a_outlet"],
            "date": r["a_date"],
            "url": r["a_url"],
        },
    }


@dataclass
class QuoteLookup:
    """A quote found by id or id prefix, or the candidates a prefix fits."""

    record: dict | None = None
    context: str | None = None
    context_start: int | None = None
    candidates: list[dict] = field(default_factory=list)
    # Why the quote has its speaker (None: added by a version that did not record it).
    evidence: list[str] | None = None


def get_quote(lib: Library, quote_id: str, *, max_candidates: int = 10) -> QuoteLookup:
    """One quote by id (or unique id prefix), with its paragraph and the paragraph's offset."""
    prefix = quote_id.strip().lower()
    if not prefix:
        return QuoteLookup()
    rows = lib.conn.execute(
        "SELECT q.*, a.path AS a_path, a.title AS a_title, a.outlet AS a_outlet, a.date AS a_date, "
        "a.url AS a_url FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id >= ? AND q.id < ? "
        "ORDER BY q.id LIMIT ?",
        (prefix, prefix + "\uffff", max_candidates + 1),
    ).fetchall()
    exact = [r for r in rows if r["id"] == prefix]
    if exact:
        rows = exact
    if len(rows) != 1:
        return QuoteLookup(candidates=[row_to_record(r) for r in rows])
    r = rows[0]
    evidence = json.loads(r["evidence"]) if r["evidence"] else None
    return QuoteLookup(row_to_record(r), r["context"], r["context_start"], evidence=evidence)


def speaker_stats(lib: Library) -> list[dict]:
    """Who is quoted: count, roles, aliases, first and last date."""
    rows = lib.conn.execute(
        "SELECT s.name, s.type, s.roles, s.aliases, count(q.rowid) AS n, "
        "min(q.said_on) AS first, max(q.said_on) AS last FROM speakers s "
        "JOIN quotes q ON q.speaker_id = s.id AND q.primary_occurrence = 1 "
        "GROUP BY s.id ORDER BY n DESC, s.name"
    ).fetchall()
    return [
        {
            "speaker": r["name"],
            "speaker_type": r["type"],
            "quotes": r["n"],
            "roles": json.loads(r["roles"]),
            "aliases": json.loads(r["aliases"]),
            "first_date": r["first"],
            "last_date": r["last"],
        }
        for r in rows
    ]


def speaker_aliases(lib: Library) -> dict[str, list[str]]:
    """Every speaker's other names, by canonical name (no counting: one pass over speakers)."""
    return {
        r["name"]: json.loads(r["aliases"]) for r in lib.conn.execute("SELECT name, aliases FROM speakers")
    }


def article_record(r) -> dict:
    return {
        "id": r["content_hash"][:ARTICLE_ID_CHARS],
        "date": r["date"],
        "outlet": r["outlet"],
        "title": r["title"],
        "quotes": r["n"],
        "path": r["path"],
        "url": r["url"],
    }


def list_articles(lib: Library, filters: Filters) -> QueryResult:
    """Articles with the number of their quotes the filters keep (every article when nothing
    narrows the quotes down), newest first. A quote repeated from another article counts in
    both: each article holds it."""
    result = QueryResult(records=[])
    w = _where(lib, replace(filters, all_occurrences=True), result, ranked=False)
    if w.nothing:
        return result
    join = "LEFT JOIN" if not filters.selects_quotes else "JOIN"
    counted = f"SELECT q.article_id, count(*) AS n FROM quotes q {w.clause()} GROUP BY q.article_id"
    sql = (
        f"SELECT a.*, coalesce(c.n, 0) AS n FROM articles a {join} ({counted}) c "
        f"ON c.article_id = a.id ORDER BY a.date IS NULL, a.date DESC, a.path"
    )
    params = list(w.params)
    if filters.limit is not None:
        sql += " LIMIT ?"
        params.append(int(filters.limit))
    result.records = [article_record(r) for r in lib.conn.execute(sql, params)]
    return result

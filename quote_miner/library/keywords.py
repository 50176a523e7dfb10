"""Keyword search syntax → SQL over the two FTS5 indexes. Never imports spaCy.

The syntax (also in ``quotes --help``):

- ``minerals deal``: every word must occur (stemmed: ``deal`` finds "dealing");
- ``"minerals deal"``: the words as a phrase (curly quotes work too);
- ``negotiat*``: words starting so, as written (not stemmed);
- ``war OR peace``: either side (``OR`` in capitals);
- ``-ceasefire`` or ``NOT ceasefire``: leave out quotes with the word;
- possessives match the name (``Zelensky's`` finds "Zelensky"); punctuation inside a word
  (``O'Brien``, ``U.S.``, ``24/7``) makes a phrase of its pieces.

User text reaches FTS5 only as double-quoted strings, so nothing typed is read as FTS syntax.
A keyword with no word to find is an error, never a match-all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quote_miner.errors import QueryError

STEMMED = "quotes_fts"  # porter stems: plain words and phrases
AS_WRITTEN = "quotes_words"  # no stemming: prefixes
_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_POSSESSIVE = re.compile(r"['’]s$", re.I)


@dataclass(frozen=True)
class Term:
    fts: str  # an FTS5 string or prefix: "minerals deal", "negotiat"*
    table: str
    negated: bool = False


@dataclass
class Group:
    """Terms that must all hold (negated ones must not)."""

    terms: list[Term] = field(default_factory=list)


def parse_keyword(keyword: str) -> list[Group]:
    """One ``--keyword`` value → alternatives (``OR``) of term groups."""
    text = keyword.replace("“", '"').replace("”", '"').replace("„", '"')
    groups = [Group()]
    negate_next = False
    for token in _TOKEN.findall(text):
        if token == "OR":
            groups.append(Group())
            continue
        if token == "AND":
            continue
        if token == "NOT":
            negate_next = True
            continue
        negated = negate_next or (token.startswith("-") and len(token) > 1)
        negate_next = False
        body = token[1:] if token.startswith("-") else token
        term = _term(body, negated)
        if term is not None:
            groups[-1].terms.append(term)
    groups = [g for g in groups if g.terms]
    if not groups:
        raise QueryError(f"nothing to search for in keyword {keyword!r}: give a word, a "
                         f'"phrase" or a prefix* (see quotes --help)')
    return groups


def check_something_wanted(keywords: tuple[str, ...]) -> None:
    """Keywords that only leave words out would match nearly everything: an error."""
    if keywords and not any(not t.negated for k in keywords for g in parse_keyword(k) for t in g.terms):
        shown = " ".join(repr(k) for k in keywords)
        raise QueryError(f"keyword {shown} only leaves words out; give a word to find too")


def _term(token: str, negated: bool) -> Term | None:
    if token.startswith('"'):
        words = _words(token.strip('"'))
        return Term('"' + " ".join(words) + '"', STEMMED, negated) if words else None
    prefix = token.endswith("*")
    words = _words(_POSSESSIVE.sub("", token.rstrip("*")))
    if not words:
        return None
    quoted = '"' + " ".join(words) + '"'
    return Term(quoted + "*", AS_WRITTEN, negated) if prefix else Term(quoted, STEMMED, negated)


def _words(text: str) -> list[str]:
    # The same split unicode61 makes: runs of letters and digits.
    return re.findall(r"\w+", text, flags=re.UNICODE)


def group_sql(group: Group) -> tuple[str, list[str]]:
    """One group as an SQL condition on ``q.rowid`` and its parameters."""
    conditions: list[str] = []
    params: list[str] = []
    leftover: dict[str, list[str]] = {}
    for table in (STEMMED, AS_WRITTEN):
        wanted = [t.fts for t in group.terms if t.table == table and not t.negated]
        unwanted = [t.fts for t in group.terms if t.table == table and t.negated]
        if not wanted:
            if unwanted:
                leftover[table] = unwanted
            continue
        expr = " AND ".join(wanted)
        if unwanted:
            expr = f"({expr}) NOT ({' OR '.join(unwanted)})"
        conditions.append(f"q.rowid IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)")
        params.append(expr)
    for table, unwanted in leftover.items():
        conditions.append(f"q.rowid NOT IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)")
        params.append(" OR ".join(unwanted))
    return " AND ".join(conditions), params


def keyword_sql(keyword: str) -> tuple[str, list[str]]:
    """One ``--keyword`` value as an SQL condition on ``q.rowid`` and its parameters."""
    parts, params = [], []
    for group in parse_keyword(keyword):
        sql, p = group_sql(group)
        parts.append(f"({sql})")
        params.extend(p)
    return "(" + " OR ".join(parts) + ")", params


def rank_expression(keywords: tuple[str, ...]) -> str | None:
    """The stemmed-index expression relevance is ranked by: the plain words and phrases of
    the first keyword, when it has no alternatives."""
    if not keywords:
        return None
    groups = parse_keyword(keywords[0])
    if len(groups) != 1:
        return None
    wanted = [t.fts for t in groups[0].terms if t.table == STEMMED and not t.negated]
    return " AND ".join(wanted) or None

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
        raise QueryError(
            f"nothing to search for in keyword {keyword!r}: give a word, a "
            f'"phrase" or a prefix* (see quotes --help)'
        )
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


def _matches(group: Group) -> list[tuple[str, bool, str]]:
    """A group as (table, wanted, FTS5 expression) matches that must all hold."""
    out: list[tuple[str, bool, str]] = []
    for table in (STEMMED, AS_WRITTEN):
        wanted = [t.fts for t in group.terms if t.table == table and not t.negated]
        unwanted = [t.fts for t in group.terms if t.table == table and t.negated]
        if wanted:
            expr = " AND ".join(wanted)
            out.append((table, True, f"({expr}) NOT ({' OR '.join(unwanted)})" if unwanted else expr))
        elif unwanted:
            out.append((table, False, " OR ".join(unwanted)))
    return out


def _sql(matches: list[tuple[str, bool, str]]) -> tuple[str, list[str]]:
    conditions = [
        f"q.rowid {'IN' if wanted else 'NOT IN'} (SELECT rowid FROM {table} WHERE {table} MATCH ?)"
        for table, wanted, _ in matches
    ]
    return " AND ".join(conditions) or "1", [expr for _, _, expr in matches]


@dataclass
class KeywordSQL:
    """The keywords as SQL: conditions on ``q.rowid``, and optionally one stemmed match to
    join and rank by (relevance), which then is not repeated as a condition."""

    where: list[str] = field(default_factory=list)
    params: list[str] = field(default_factory=list)
    rank_match: str | None = None


def keywords_sql(keywords: tuple[str, ...], *, ranked: bool) -> KeywordSQL:
    out = KeywordSQL()
    if not keywords:
        return out
    check_something_wanted(keywords)
    for n, keyword in enumerate(keywords):
        groups = [_matches(g) for g in parse_keyword(keyword)]
        if ranked and n == 0 and len(groups) == 1 and groups[0][0][:2] == (STEMMED, True):
            out.rank_match = groups[0][0][2]
            groups = [groups[0][1:]]
            if not groups[0]:
                continue
        parts = [_sql(g) for g in groups]
        out.where.append("(" + " OR ".join(f"({sql})" for sql, _ in parts) + ")")
        out.params.extend(p for _, ps in parts for p in ps)
    return out

"""``--speaker`` → speaker ids: by name, alias, role, first name or description.

Every speaker the query could mean gets a tier; the best tier wins, and the speakers sharing it
are the answer (several of them are named on stderr by the CLI). From best to weakest:

====  ===========================================================================
tier  evidence
====  ===========================================================================
6     the whole name or an alias, as written (case and accents aside)
5     a role, as written: "Kremlin spokesman", "Secretary of State"
4     the name with titles aside, or first and last name ("Secretary Rubio", "Marco Rubio")
3     the surname alone, or a spelling variant of it ("Zelenskyy")
2     every word of the query inside a role ("spokesman")
1     the first name ("Marco"), or every word inside a description ("senior adviser")
====  ===========================================================================
"""

from __future__ import annotations

import json

from quote_miner.library.store import Library
from quote_miner.names import fold, name_score, name_words, role_key


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _tier(query: str, name: str, stype: str, names: list[str], roles: list[str]) -> int:
    folded = fold(query)
    if any(fold(n) == folded for n in names):
        return 6
    key = role_key(query)
    role_keys = [role_key(r) for r in roles]
    if key and key in role_keys:
        return 5
    best = max((name_score(query, n) for n in names), default=0.0)
    if best >= 90:
        return 4
    if best > 0:
        return 3
    words = folded.split()
    if words and any(all(w in rk.split() for w in words) for rk in role_keys):
        return 2
    own = fold(name).split()
    if stype == "person" and len(words) == 1 and len(own) > 1 and own[0] == words[0]:
        return 1
    if stype != "person" and words and all(w in own for w in words):
        return 1
    return 0


def find_speakers(lib: Library, query: str) -> tuple[list[int], list[str]]:
    """The ids of the speakers ``query`` names best, and their names when more than one."""
    candidates: dict[int, tuple[str, str, set[str], list[str]]] = {}
    for r in lib.speakers.sharing_surname(query, exact_first=True):
        entry = candidates.setdefault(
            r["id"], (r["name"], r["type"], {r["name"], *json.loads(r["aliases"])}, json.loads(r["roles"]))
        )
        entry[2].add(r["matched"])
    words = fold(query).split() or name_words(query)
    if words:
        # Roles, first names and descriptions: one pass over the rows that hold the longest word.
        word = _like(max(words, key=len))
        for r in lib.conn.execute(
            "SELECT id, name, type, aliases, roles FROM speakers "
            "WHERE roles LIKE ? ESCAPE '\\' OR folded LIKE ? ESCAPE '\\'",
            (word, word),
        ):
            candidates.setdefault(
                r["id"],
                (r["name"], r["type"], {r["name"], *json.loads(r["aliases"])}, json.loads(r["roles"])),
            )
    scored = [
        (_tier(query, name, stype, sorted(names), roles), sid, name)
        for sid, (name, stype, names, roles) in candidates.items()
    ]
    top = max((t for t, _, _ in scored), default=0)
    if top == 0:
        return [], []
    best = sorted((name, sid) for t, sid, name in scored if t == top)
    return [sid for _, sid in best], [name for name, _ in best] if len(best) > 1 else []

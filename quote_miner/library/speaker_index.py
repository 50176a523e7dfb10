"""Speakers across the library: one row per person or organisation, whatever the spelling.

At ingest a quote's speaker is merged into an existing speaker when the names agree (a surname
alone only when nobody else has it); the fullest spelling becomes the canonical name.
"""

from __future__ import annotations

import json
import sqlite3

from quote_miner.records import Quote

PRONOUNS = frozenset(["he", "she", "they", "i", "we", "it", "you", "him", "her", "them"])


class SpeakerIndex:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._surnames: set[str] | None = None  # distinct surnames, loaded when first needed

    def forget_cache(self) -> None:
        self._surnames = None

    def sharing_surname(self, name: str, *, exact_first: bool = False) -> list[sqlite3.Row]:
        """Speakers one of whose names has (about) the surname of ``name``: id, canonical
        name, type, aliases, roles and the matching name. The fuzzy part runs in rapidfuzz over
        the distinct surnames, so it stays fast with many thousands of speakers."""
        from rapidfuzz import fuzz, process

        from quote_miner.names import SURNAME_MIN, name_words

        words = name_words(name)
        if not words:
            return []
        key = words[-1]
        select = (
            "SELECT s.id, s.name, s.type, s.aliases, s.roles, sn.name AS matched "
            "FROM speaker_names sn JOIN speakers s ON s.id = sn.speaker_id "
        )
        if exact_first:
            # A query: the surname as spelled is enough when someone has it (an index lookup);
            # spelling variants merged at ingest are aliases of the same speaker.
            exact = self.conn.execute(select + "WHERE sn.surname = ?", (key,)).fetchall()
            if exact:
                return exact
        if self._surnames is None:
            self._surnames = {r[0] for r in self.conn.execute("SELECT DISTINCT surname FROM speaker_names")}
        close = {key}
        if len(key) >= 4:
            close |= {
                m[0]
                for m in process.extract(
                    key, self._surnames, scorer=fuzz.ratio, score_cutoff=SURNAME_MIN, limit=None
                )
            }
        marks = ",".join("?" * len(close))
        return self.conn.execute(select + f"WHERE sn.surname IN ({marks})", sorted(close)).fetchall()

    def _remember_name(self, speaker_id: int, name: str) -> None:
        from quote_miner.names import name_words

        words = name_words(name)
        if not words:
            return
        self.conn.execute(
            "INSERT OR IGNORE INTO speaker_names (speaker_id, name, surname) VALUES (?, ?, ?)",
            (speaker_id, name, words[-1]),
        )
        if self._surnames is not None:
            self._surnames.add(words[-1])

    def name_of(self, speaker_id: int) -> str:
        return self.conn.execute("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()[0]

    def speaker_id(self, q: Quote) -> int:
        """The speaker row for ``q``'s speaker: an existing one it names, or a new one."""
        from quote_miner.names import fold, match_speaker

        assert q.speaker is not None
        if q.speaker_type == "person":
            rows = [r for r in self.sharing_surname(q.speaker) if r["type"] == "person"]
        else:
            rows = self.conn.execute(
                "SELECT id, name, type, aliases, roles, name AS matched FROM speakers WHERE name = ?",
                (q.speaker,),
            ).fetchall()
        found = match_speaker(q.speaker, [(r["id"], r["matched"]) for r in rows])
        if found is None:
            # The same name under another type ("Clinton" the campaign and the person): one row.
            same = self.conn.execute("SELECT id FROM speakers WHERE name = ?", (q.speaker,)).fetchone()
            if same is not None:
                return same[0]
        alias_add = [q.speaker]
        if (
            q.speaker_mention
            and q.speaker_type == "person"
            and q.speaker_mention.text[:1].isupper()
            and q.speaker_mention.text.lower() not in PRONOUNS
        ):
            alias_add.append(q.speaker_mention.text)
        if found is None:
            cur = self.conn.execute(
                "INSERT INTO speakers (name, folded, type, roles, aliases) VALUES (?, ?, ?, ?, ?)",
                (
                    q.speaker,
                    fold(q.speaker),
                    q.speaker_type,
                    json.dumps([q.speaker_role] if q.speaker_role else []),
                    json.dumps(sorted(set(alias_add) - {q.speaker})),
                ),
            )
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
        if (
            len(q.speaker.split()) > len(name.split())
            and self.conn.execute("SELECT 1 FROM speakers WHERE name = ?", (q.speaker,)).fetchone() is None
        ):
            aliases = (aliases | {name}) - {q.speaker}
            name = q.speaker
            self.conn.execute("UPDATE quotes SET speaker = ? WHERE speaker_id = ?", (name, found))
        self.conn.execute(
            "UPDATE speakers SET name = ?, folded = ?, roles = ?, aliases = ? WHERE id = ?",
            (name, fold(name), json.dumps(roles), json.dumps(sorted(aliases)), found),
        )
        for alias in alias_add:
            self._remember_name(found, alias)
        return found

    def drop_unquoted(self) -> None:
        """Speakers left with no quote (their articles were removed) are forgotten."""
        self.conn.execute(
            "DELETE FROM speakers WHERE id NOT IN "
            "(SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)"
        )
        self._surnames = None

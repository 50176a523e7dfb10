"""Comparing people's names: case and accent folding, titles, fuzzy surnames (rapidfuzz).

Shared by ingest (merging speakers across articles) and queries (``--speaker``); never
imports spaCy.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

# The capital and small letters of names, accented ones too: "Renée Thibodeau", "Élise
# Ouellet", "Łukasz Nowak".
NAME_CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
NAME_SMALL_LETTERS = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"

# Small words inside a surname, written in lower case: "Ursula von der Leyen", "Bill de
# Blasio", "Rafael da Silva", "Mohammed bin Salman". ("la" and "le" are left out: "à la Trump".)
NAME_PARTICLES = frozenset("van von der den de del della di da du dos das ter ten bin ibn".split())
# The small words a surname may open on, capitalised in it ("La Flèche", "De Luca", "Van Horne").
SURNAME_PARTICLES = NAME_PARTICLES | {"la", "le"}

# Abbreviated titles spaCy's tokenizer splits from their full stop ("Sgt", "."), which then
# ends a sentence before the name; and joined ones (Canadian Press style: "Lt.-Gov. Edith
# Dumont"), which make the name after them an organisation.
ABBREVIATED_TITLES = (
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Cmdr.",
    "Sgt.",
    "Cpl.",
    "Pte.",
    "Brig.",
    "Det.",
    "Insp.",
    "Supt.",
    "Const.",
    "Coun.",
    "Cllr.",
    "Ald.",
    "Atty.",
    "Amb.",
    "Pres.",
    "Hon.",
    "Msgr.",
    "Lt.-Gov.",
    "Lt.-Col.",
    "Lt.-Gen.",
    "Lt.-Cmdr.",
    "Maj.-Gen.",
    "Brig.-Gen.",
    "Sgt.-Maj.",
)
# Words that stand before a name as its title (the abbreviations above among them).
TITLES = frozenset(
    """mr mrs ms dr sir dame lord lady president vice vp secretary sen senator rep
    representative gov governor minister prime pm premier chancellor spokesman spokeswoman
    spokesperson ambassador envoy special general gen lieutenant lt colonel col major
    captain admiral sergeant chief judge justice mayor king queen prince princess pope rev
    reverend professor prof attorney former state deputy acting press foreign the of us u.s
    councillor councilor councilman councilwoman alderman alderwoman mp mpp mla trustee
    commissioner superintendent inspector detective constable officer sheriff coach bishop
    rabbi imam pastor provost cllr baroness baron viscount duchess warden reeve auditor
    ombudsman ombudsperson coroner registrar treasurer comptroller honourable honorable
    kukpi7 ogimaa okimaw cr""".split()
) | {title.lower().rstrip(".") for title in ABBREVIATED_TITLES}
# Fuzzy thresholds (rapidfuzz ratio, 0–100).
SURNAME_MIN = 88  # "Zelensky" ~ "Zelenskyy"
FIRST_NAME_MIN = 80
MARGIN = 5  # the best match must beat the second by this much to merge on a surname alone


@lru_cache(maxsize=1 << 16)  # the same few hundred names are folded tens of thousands of times
def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").lower()
    return " ".join(re.sub(r"[^\w\s'-]", " ", text).split())


def name_words(name: str) -> list[str]:
    """Folded words of a name without titles or possessives: "Secretary Rubio's" → ["rubio"]."""
    words = [w.removesuffix("'s") for w in fold(name).split()]
    core = [w for w in words if w not in TITLES]
    return core or words


def _same_word(a: str, b: str, threshold: int) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= threshold)


def name_score(query: str, name: str) -> float:
    """0–100: how well ``query`` names the person ``name``.

    A surname alone matches the full name; given names must agree when both are present.
    """
    q, n = name_words(query), name_words(name)
    if not q or not n:
        return 0.0
    if q == n:
        return 100.0
    if not _same_word(q[-1], n[-1], SURNAME_MIN):
        # "Marco" alone, or a single-word organisation: compare whole strings.
        whole = fuzz.ratio(" ".join(q), " ".join(n))
        return whole if whole >= 92 else 0.0
    surname = fuzz.ratio(q[-1], n[-1])
    if len(q) > 1 and len(n) > 1:
        if (
            not _same_word(q[0], n[0], FIRST_NAME_MIN)
            and not (len(q[0]) <= 2 or len(n[0]) <= 2)
            or (len(q[0]) <= 2 and q[0][0] != n[0][0])
        ):
            return 0.0
        return 90.0 + surname / 10 - 1
    return 80.0 + surname / 10 - 1


def match_speaker(name: str, candidates: list[tuple[int, str]]) -> int | None:
    """The existing speaker ``name`` is the same person as, or None for a new one."""
    full = len(name_words(name)) > 1
    best_by_id: dict[int, float] = {}
    for cid, cand in candidates:
        if full and len(name_words(cand)) < 2:
            continue  # a full name never merges through someone's bare surname
        score = name_score(name, cand)
        if score > best_by_id.get(cid, 0):
            best_by_id[cid] = score
    scored = sorted(((score, cid) for cid, score in best_by_id.items()), reverse=True)
    if not scored:
        return None
    best = scored[0]
    if best[0] == 100.0:
        return best[1]
    if len(scored) > 1 and best[0] - scored[1][0] < MARGIN:
        return None  # two people share the surname: do not guess
    # A full name never merges into a different full name on the surname alone.
    return best[1] if best[0] >= 79 else None


# Forms of address, not roles: "Mr.", "Superintendent Dr." → "Superintendent".
HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame".split())
_HONORIFIC_RE = re.compile(r"(?i)(?:^|\s)(?:mr|mrs|ms|miss|mx|dr|sir|dame)\.?(?=\s|$)")


def clean_role(role: str | None) -> str | None:
    """A role without forms of address; None when nothing else is left."""
    if not role:
        return role
    cleaned = " ".join(_HONORIFIC_RE.sub(" ", role).split()).strip(" ,")
    return cleaned or None


def role_key(role: str) -> str:
    """A role compared as words: folded, without forms of address or a leading article."""
    words = [w for w in fold(role).replace(".", " ").split() if w not in HONORIFICS]
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def unescaped(name: str | None) -> str | None:
    """A name as it reads where a scraper left entities in the text: "Tom O'Brien" for "Tom
    O&#39;Brien", "Ontario's nurses" for the parser's "Ontario    's nurses" (an entity written
    as its character, padded to the entity's length)."""
    if not name:
        return name
    if "&" in name:
        name = html.unescape(name)
    if "  " in name:
        name = re.sub(r"\s+(?=['’]s\b)", "", " ".join(name.split()))
    return name

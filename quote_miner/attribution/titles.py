"""The titles and role words written before a name ("Sen.", "Coun.", "Former", "Dr."), and the
role an abbreviated title names: data that names, roles and descriptions read."""

from __future__ import annotations

from quote_miner.names import TITLES

# Words that stand before a name as a title or role: the name matcher's titles (less "of",
# which only joins a title to its office), plus role words and dotted abbreviations.
TITLE_WORDS = (TITLES - {"of"}) | frozenset(
    """adm adviser advisor brother capt ceo chair chairman chairwoman col. commissioner
    defence defense director dr. economy father gen. gov. high interior lawmaker leader
    lt. maj mr. mrs. ms. national official officials prof. rep. representatives security
    sen. sgt sister speaker treasury u.s.""".split()
)


# Abbreviated titles and the role they name: "Prof. Ryan Wise" is who "the professor" means.
TITLE_ABBREVIATIONS = {
    "prof": "professor",
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "cmdr": "commander",
    "adm": "admiral",
    "sgt": "sergeant",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "const": "constable",
    "rev": "reverend",
    "dr": "doctor",
    "atty": "attorney",
    "amb": "ambassador",
    "pres": "president",
    "cllr": "councillor",
    "coun": "councillor",
    "ald": "alderman",
}


# Title words that only modify the title after them ("Former", "Vice", "Deputy"): no role alone.
TITLE_MODIFIERS = frozenset(
    """the former acting state us u.s deputy press foreign national security defence defense
    high interior treasury economy vice special""".split()
)
ROLE_TITLES = TITLE_WORDS - TITLE_MODIFIERS

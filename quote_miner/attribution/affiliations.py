"""Parties, US states and regions: what a description or a role may say of where someone
stands or comes from ("the New York Democrat", "Sen. Marco Rubio (R-Fla.)", "Tourism
Saskatchewan"). Word lists, as ``lexicon`` holds the others."""

from __future__ import annotations

# Parties a description may name without the article having tied the person to one in their
# role ("the Republican nominee"), unless the role names another party.
PARTIES = {
    "republican": "republican", "republicans": "republican", "gop": "republican",
    "democratic": "democratic", "democrat": "democratic", "democrats": "democratic",
    "independent": "independent", "independents": "independent",
    "conservative": "conservative", "conservatives": "conservative",
    "tory": "conservative", "tories": "conservative", "liberal": "liberal",
    "liberals": "liberal", "progressive": "progressive", "progressives": "progressive",
    "labour": "labour", "ndp": "ndp", "green": "green",
}  # fmt: skip
# Members of parties, by the plural a sentence can open with ("Republicans say …").
PARTY_MEMBERS = frozenset(word for word in PARTIES if word.endswith("s"))
# One member of a party, a person a description can name so: "the New York Democrat said".
PARTY_MEMBER_NOUNS = frozenset(
    "republican democrat independent conservative tory liberal progressive".split()
)
# A US lawmaker's party and state in brackets: "Sen. Marco Rubio (R-Fla.)", "(D-NY)".
PARTY_INITIALS = {"r": "republican", "d": "democratic", "i": "independent"}
US_STATES = {
    "ala": "alabama", "al": "alabama", "ak": "alaska", "ariz": "arizona", "az": "arizona",
    "ark": "arkansas", "ar": "arkansas", "calif": "california", "ca": "california",
    "colo": "colorado", "co": "colorado", "conn": "connecticut", "ct": "connecticut",
    "del": "delaware", "de": "delaware", "fla": "florida", "fl": "florida", "ga": "georgia",
    "hi": "hawaii", "id": "idaho", "ill": "illinois", "il": "illinois", "ind": "indiana",
    "in": "indiana", "ia": "iowa", "kan": "kansas", "ks": "kansas", "ky": "kentucky",
    "la": "louisiana", "me": "maine", "md": "maryland", "mass": "massachusetts",
    "ma": "massachusetts", "mich": "michigan", "mi": "michigan", "minn": "minnesota",
    "mn": "minnesota", "miss": "mississippi", "ms": "mississippi", "mo": "missouri",
    "mont": "montana", "mt": "montana", "neb": "nebraska", "ne": "nebraska", "nev": "nevada",
    "nv": "nevada", "n.h": "new hampshire", "nh": "new hampshire", "n.j": "new jersey",
    "nj": "new jersey", "n.m": "new mexico", "nm": "new mexico", "n.y": "new york",
    "ny": "new york", "n.c": "north carolina", "nc": "north carolina", "n.d": "north dakota",
    "nd": "north dakota", "oh": "ohio", "okla": "oklahoma", "ok": "oklahoma", "ore": "oregon",
    "or": "oregon", "pa": "pennsylvania", "r.i": "rhode island", "ri": "rhode island",
    "s.c": "south carolina", "sc": "south carolina", "s.d": "south dakota", "sd": "south dakota",
    "tenn": "tennessee", "tn": "tennessee", "tex": "texas", "tx": "texas", "ut": "utah",
    "vt": "vermont", "va": "virginia", "wash": "washington", "wa": "washington",
    "w.va": "west virginia", "wv": "west virginia", "wis": "wisconsin", "wi": "wisconsin",
    "wyo": "wyoming", "wy": "wyoming",
}  # fmt: skip


# Provinces, states and countries that end the names of organisations but no one's surname
# ("Hockey Eastern Ontario", "Tourism Saskatchewan"; not "Washington" or "Montana", which are).
REGION_NAMES = frozenset(
    """ontario quebec alberta manitoba saskatchewan yukon nunavut canada alabama alaska arizona
    arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa
    kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin
    wyoming america mexico""".split()
)

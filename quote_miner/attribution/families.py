"""Names shared in a family: the surname a relative named by a given name alone takes ("Haddad's
husband, Omar,"; "His daughter, Lucia,"), and the one two given names share ("Carlos and Ana
Mendez"). ``name_finding.build_name_index`` adds them to the article's index.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.lexicon import (
    ELDER_KIN,
    GENERATION_WORD_RE,
    KIN_GROUPS,
    NICKNAMED_NAME_RE,
    SURNAME_KIN,
    YOUNGER_KIN,
)
from quote_miner.attribution.syntax import doc_text, entity_of
from quote_miner.names import NAME_CAPITALS, NAME_SMALL_LETTERS, SURNAME_PARTICLES

if TYPE_CHECKING:
    from quote_miner.attribution.names import NameIndex


def add_relatives(numbered: list[tuple[int, Doc]], index: NameIndex) -> None:
    """A relative named by a given name alone after a named person's kinship noun takes that
    person's surname: "Haddad's husband, Omar, said" is Omar Haddad, and so is "His daughter,
    Lucia," after the last person named as a subject was a Haddad."""
    if not any(
        _named_relative(tok) for _, doc in numbered if doc.has_annotation("DEP") for tok in doc
    ) and not any(RELATIVE_NAMED_RE.search(doc_text(doc)) for _, doc in numbered):
        return  # (most articles: no need to follow who was named last)
    named: list[str] = []  # the people named as subjects so far, the last one last
    for para, doc in numbered:
        if not doc.has_annotation("DEP"):
            # (a paragraph left unparsed: the surname of the person it names last)
            text = doc_text(doc)
            # (not a name after a preposition, no one "his" stands for: "kept the light on Gull
            # Rock")
            found = [
                (m.start(), name.split()[-1])
                for name in index.counts
                for m in re.finditer(rf"\b{re.escape(name.split()[-1])}\b", text)
                if not AFTER_A_PREPOSITION_RE.search(text, 0, _name_start(text, m.start(), name))
            ]
            full_of = {name.split()[-1]: name for name in index.counts}
            for m in RELATIVE_NAMED_RE.finditer(text):
                # "Wise's dad, Peter, drove her …", "Her son, Tyler, 14, came along"
                owner = m.group("owner")
                full = index.lookup(re.sub(r"['’]s$", "", owner)) if owner[:1].isupper() else None
                # (his or her: the one named last before it, in the paragraph or before it —
                # "Rosa Bellini and her son, Marco,")
                before = [full_of.get(name, name) for k, name in sorted(found) if k < m.start()]
                if full:
                    surname = full.split()[-1]
                elif owner.split()[0].lower() in ("the", "their"):
                    surname = _the_family_surname(index)  # "The couple's daughter, Camila,"
                else:
                    pronoun = owner.lower() in ("his", "her")
                    surname = _surname_of_last(named + before, owner) if pronoun else None
                if surname and surname != m.group("given"):
                    # (whose relative they are is their role: "Kowalski's son")
                    role = f"{owner} {m.group('kin')}"
                    index.add(f"{m.group('given')} {surname}", role, para=para)
            named += [full_of.get(name, name) for _, name in sorted(found)]
            continue
        for tok in doc:
            if not _named_relative(tok):
                # (a possessor too: "Hrytsenko's son, Maksym, … Her daughter, Sofia," is a Hrytsenko)
                if (
                    tok.pos_ == "PROPN"
                    and tok.dep_ in ("nsubj", "nsubjpass", "poss")
                    and tok.text[:1].isupper()
                ):
                    full = index.lookup(tok.text)
                    if full:
                        named.append(full)
                continue
            ent = entity_of(tok)
            if any(c.dep_ in ("compound", "prep") for c in tok.children) or (
                ent is not None and ent.label_ != "PERSON" and len(ent) > 1
            ):
                # a full name of its own: "his son, Hunter Biden,", "his father, Hall of Famer
                # Vladimir Guerrero Sr.," (but "Her father, Brad, 39,", and "Her son, [Tyler]GPE,")
                continue
            owner = next((c for c in tok.head.children if c.dep_ == "poss"), None)
            if owner is None or not tok.text[:1].isupper():
                continue
            # (also a surname the tagger took for a common noun: "[Dufresne]NN's wife, Claire,")
            if owner.pos_ == "PROPN" or owner.text[:1].isupper() and index.lookup(owner.text) is not None:
                surname: str | None = _owners_surname(owner.text, numbered, index)
            elif owner.lower_ in ("his", "her") and not any(n.split()[0] == tok.text for n in index.counts):
                # (not when the article gives the name in full elsewhere)
                surname = _surname_of_last(named, owner.lower_)
            elif owner.lower_ in KIN_GROUPS or owner.lower_ == "their":
                # "The sisters' mother, Donna,", "Their daughter, Émilie," after "Marie and Paul Doucet"
                surname = _the_family_surname(index)
            else:
                surname = None
            if surname and surname[:1].isupper() and surname != tok.text:
                index.add(f"{tok.text} {surname}", f"{owner.text} {tok.head.text}", para=para)


def _name_start(text: str, surname_at: int, name: str) -> int:
    """Where ``name`` starts when its surname is at ``surname_at`` (the surname's place when the
    name is not written in full there)."""
    start = surname_at - (len(name) - len(name.split()[-1]))
    return start if start >= 0 and text.startswith(name, start) else surname_at


# A preposition right before the place a name starts.
AFTER_A_PREPOSITION_RE = re.compile(r"\b(?:on|in|at|to|from|off|near|into|onto|of|for|by|with|across)\s+$")


def _surname_of_last(named: list[str], pronoun: str) -> str | None:
    """The surname of the person named last whom "his" or "her" can stand for: not a man's for
    "her" ("… said Dr. Paul Kerrigan. / Her son Kofi said" is Margaret Osei's son)."""
    wanted = "f" if pronoun.lower() == "her" else "m"
    for name in reversed(named):
        gender = given_name_gender(name) if len(name.split()) > 1 else None
        if gender in (None, wanted):
            return name.split()[-1]
    return None


def _owners_surname(owner: str, numbered: list[tuple[int, Doc]], index: NameIndex) -> str | None:
    """The surname of a relative's named possessor: "Haddad" of "Haddad's husband", and the
    surname of the person a given name or a nickname stands for ("Peggy's granddaughter" after
    "Margaret “Peggy” MacLeod"), but no given name of someone the article does not name in full."""
    fulls = list(index.full_names())
    # (a given name the article writes in full is one, however rare: "Amira's brother, Karim,"
    # after "Amira Haddad")
    if not any(full.split()[-1] == owner for full in fulls):
        for full in fulls:
            if full.split()[0] == owner:
                return _surname_with_particles(full)
    if not given_name_gender(owner):
        # (with the small words it opens on: "Van Dyk's daughter, Anneke," is Anneke Van Dyk)
        full = index.lookup(owner)
        return _surname_with_particles(full) if full is not None and full.split()[-1] == owner else owner
    for _, doc in numbered:
        for m in NICKNAMED_NAME_RE.finditer(doc_text(doc)):
            if m.group("nickname") == owner:
                return m.group("surname")
    return owner if index.lookup(owner) is not None else None


def _surname_with_particles(full: str) -> str:
    """The last word of a full name with the particles before it: "Van Dyk" of "Pieter Van Dyk"."""
    words = full.split()
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in SURNAME_PARTICLES:
        k -= 1
    return " ".join(words[k:])


# A relative's given name set off after a kinship noun (or right after it: "his son Eli, 16,"), in
# a paragraph the parser skipped.
RELATIVE_NAMED_RE = re.compile(
    rf"(?:^|(?<=[.;]\s)|(?<=\sand\s)|(?<=\swith\s))(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+['’]s"
    rf"|[Tt]he (?:{'|'.join(sorted(KIN_GROUPS))})['’]s?)\s+(?P<kin>{'|'.join(sorted(SURNAME_KIN))}),?\s+"
    rf"(?P<given>[{NAME_CAPITALS}][{NAME_SMALL_LETTERS}-]+),"
)


def _the_family_surname(index: NameIndex) -> str | None:
    """The one surname two or more people the article names share."""
    counts = Counter(name.split()[-1] for name in index.counts)
    shared = [surname for surname, n in counts.items() if n >= 2]
    return shared[0] if len(shared) == 1 else None


def _named_relative(tok: Token) -> bool:
    """A name in apposition to a kinship noun: "Omar" in "Haddad's husband, Omar,"."""
    return tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.head.lower_ in SURNAME_KIN


# "Carlos and Ana Mendez", "Bill and Hillary Clinton": two given names share the surname.
COUPLE_RE = re.compile(
    rf"\b([{NAME_CAPITALS}][{NAME_SMALL_LETTERS}]+) (?:and|&) ([{NAME_CAPITALS}][{NAME_SMALL_LETTERS}]+) "
    rf"([{NAME_CAPITALS}][\w'’-]+)\b"
)
# A capitalised word and the one after it: the second is no given name ("Barack Obama").
NAME_PAIR_RE = re.compile(rf"([{NAME_CAPITALS}][\w.’'\"-]*) ([{NAME_CAPITALS}][{NAME_SMALL_LETTERS}]+)\b")


def add_couples(numbered: list[tuple[int, Doc]], index: NameIndex) -> None:
    """The first of two given names before a surname is that surname's too, when the article
    names the second in full: "Carlos and Ana Mendez … Carlos said" is Carlos Mendez."""
    couples = [(para, doc, m) for para, doc in numbered for m in COUPLE_RE.finditer(doc_text(doc))]
    if not couples:
        return
    known = set(index.full_names())
    # Not a surname: "Obama and Hillary Clinton" (also "President Obama"), "Fiorina and Ben
    # Carson", nor the end of a name: "Pearl Jam and Tracy Chapman" (not "But Carlos said").
    surnames = {word for name in known for word in name.split()[1:]}
    surnames.update(
        m.group(2)
        for _, doc in numbered
        for m in NAME_PAIR_RE.finditer(doc_text(doc))
        if m.group(1).strip('."').lower() not in STOP_WORDS | KIN_GROUPS  # ("Sisters Laura and …")
    )
    for para, doc, m in couples:
        first, second, surname = m.groups()
        surname = re.sub(r"['’]s$", "", surname)  # "Lorraine and Gilles Bergeron's basement"
        if first.lower() in STOP_WORDS or first in surnames:
            continue
        if f"{second} {surname}" not in known:
            # neither named in full: a family whose surname the article gives others ("Jack and
            # Quinn Hughes" … "their mother, Ellen Hughes"), the first a given name
            if given_name_gender(first) and any(name.split()[-1] == surname for name in known):
                index.add(f"{second} {surname}", para=para)
            else:
                continue
        token = doc.char_span(m.start(1), m.end(1))
        tagged = doc.has_annotation("ENT_IOB") and (token is None or token[0].ent_type_ not in ("PERSON", ""))
        if tagged and not given_name_gender(first):
            continue  # "China and Europe …" (but "[Martin]ORG and Sue Pengelly")
        if not any(name.split()[0] == first for name in known):
            index.add(f"{first} {surname}", para=para)


def one_of_the_family(
    name: str,
    gender: str | None,
    index: NameIndex,
    gender_of: Callable[[str], str | None],
    other: bool = False,
) -> str | None:
    """The one person of ``gender`` the article names with ``name``'s surname (another than
    ``name`` when ``other``): "Mr Pengelly" of "Martin and Sue Pengelly", "her husband"."""
    words = name.split()
    if len(words) < 2 or gender is None:
        return None
    same = [n for n in index.full_names() if n.split()[-1] == words[-1] and not (other and n == name)]
    fitting = [n for n in same if gender_of(n) == gender]
    if len(fitting) == 1:
        return fitting[0]
    # (the only other one of the family, of a given name that tells no gender: "Priya and Sam
    # Okafor … Her husband said")
    return same[0] if other and not fitting and len(same) == 1 and gender_of(same[0]) is None else None


def of_the_generation(text: str, pos: int, full: str, index: NameIndex, docs: list[Doc]) -> str | None:
    """The one of two people with ``full``'s surname that "the younger" or "the elder" right
    before the name at ``pos`` of ``text`` picks out ("Capt. Dave Kowalski, 59, … Kowalski's
    son, Ryan, … / “…,” the younger Kowalski said"): by the ages the article gives them, or by
    the kinship noun of their role; None when the words or the article do not tell."""
    m = GENERATION_WORD_RE.search(text[max(0, pos - 20) : pos])
    if m is None:
        return None  # (most names: nothing more to look at)
    same = [n for n in index.full_names() if n.split()[-1] == full.split()[-1]]
    if len(same) != 2:
        return None
    text = " ".join(doc_text(d) for d in docs)
    ages = {}
    for name in same:
        found = re.search(rf"\b{re.escape(name)},\s+(\d{{1,3}}),", text)
        if found is not None:
            ages[name] = int(found.group(1))
    if len(ages) == 2 and len(set(ages.values())) == 2:
        younger = min(same, key=lambda n: ages[n])
    else:
        kin = {
            n: {w.strip(".,").lower() for r in index.all_roles.get(n, ()) for w in r.split()} for n in same
        }
        young = [n for n in same if kin[n] & YOUNGER_KIN]
        old = [n for n in same if kin[n] & ELDER_KIN]
        if len(young) == 1:
            younger = young[0]
        elif len(old) == 1:
            younger = next(n for n in same if n != old[0])
        else:
            return None
    elder = next(n for n in same if n != younger)
    return younger if m.group(1).lower() == "younger" else elder

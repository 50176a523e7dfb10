"""Gender: the pronoun the article uses for each person it names, and the gender of the nouns
that describe people ("spokeswoman", "his mother, Rosa,"), so that "he" and "she" find them."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.claim_lexicon import (
    ASKING_LEMMAS,
)
from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.lexicon import (
    EITHER_GENDER_ROLES,
    GENDERED_NOUNS,
    GENDERED_TITLES,
    GENDERED_WORDS,
    NOT_MEN,
)
from quote_miner.attribution.names import NameIndex
from quote_miner.attribution.syntax import ancestors, entities, has_child, in_ranges, own_subject, sentence_of
from quote_miner.cues import cue_lemma


def gender_votes(
    docs: list[Doc], quote_ranges: list[list[tuple[int, int]]], index: NameIndex
) -> dict[str, str]:
    """The pronoun the article uses for each person: "Mrs. Clinton", or a pronoun bound by a
    named subject ("Clinton said she would …", "Cruz defended his record"), or, more weakly, a
    given name of one sex ("Kevin")."""
    votes: dict[str, Counter] = {}
    for para, (doc, ranges) in enumerate(zip(docs, quote_ranges, strict=True)):
        if not doc.has_annotation("ENT_IOB"):
            continue
        index.horizon = para
        for ent in entities(doc):
            if ent.label_ != "PERSON" or in_ranges(ent.start_char, ranges):
                continue
            name = index.full_name(ent.text)
            given = given_name_gender(name)
            if given:
                votes.setdefault(name, Counter())[given] += 1
            before = doc[ent.start - 1].lower_ if ent.start else ""
            if before in GENDERED_TITLES:
                votes.setdefault(name, Counter())[GENDERED_TITLES[before]] += 2
            described = described_gender(ent)
            if described:
                votes.setdefault(name, Counter())[described] += 2
            if ent.root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = ent.root.head
            if cue_lemma(verb.text) in ASKING_LEMMAS:
                # "Engel asked whether she had been drinking": the one asked, not the asker
                continue
            for t in sentence_of(ent.root):
                if t.i < ent.end or in_ranges(t.idx, ranges):
                    continue
                if t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.ent_type_ not in NO_ONES_ENTITIES:
                    # someone else named in between, whatever the recogniser took the name for
                    # ("Rice praised [Musharraf]PRODUCT … but brushed aside his criticism"): the
                    # pronoun could be theirs
                    break
                if t.lower_ not in GENDERED_WORDS:
                    continue
                # "X scolded him" is someone else; "X said he …", "X defended his …" is X.
                if (t.dep_ in ("nsubj", "nsubjpass", "poss") or t.lower_.endswith("self")) and _bound_by(
                    t, verb
                ):
                    votes.setdefault(name, Counter())[GENDERED_WORDS[t.lower_]] += 1
    index.horizon = None
    for name in index.full_names():
        if name not in votes and (given := given_name_gender(name)):
            votes[name] = Counter({given: 1})  # (a name only in paragraphs left unparsed)
        # the role the article gives the name, parsed or not: "former city councilman"
        role = (index.role(name) or "").split()
        described = role_gender(role[-1].lower().strip(",.")) if role else None
        if described:
            votes.setdefault(name, Counter())[described] += 2
    genders = {}
    for name, count in votes.items():
        (top, n), *rest = count.most_common()
        if not rest or n >= 3 * rest[0][1]:
            genders[name] = top
    return genders


# Names of what is never anyone, which a pronoun after them cannot stand for: places, bodies, times.
NO_ONES_ENTITIES = frozenset(
    {"GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
)


def _bound_by(pronoun: Token, verb: Token) -> bool:
    """Whether ``pronoun`` lies in ``verb``'s clause with no other name as subject between."""
    clause = pronoun.head
    for head in ancestors(pronoun):
        if head == verb:
            # (not a second "that" clause the parser joined to the subject's own verb, which the
            # one reporting both says: "Bush said Rice could help … and that he himself would not go")
            return not (clause.dep_ == "conj" and clause.head == verb and has_child(clause, "mark", "that"))
        clause = head
        subj = own_subject(head)
        if subj is not None and subj.i != pronoun.i and (subj.pos_ == "PROPN" or subj.ent_type_):
            return False
    return False


def noun_gender(low: str) -> str | None:
    """ "spokeswoman", "actress", "mother" → "f"; "businessman", "uncle" → "m"; else None."""
    if low in GENDERED_NOUNS:
        return GENDERED_NOUNS[low]
    if low.endswith("woman"):
        return "f"
    return "m" if low.endswith("man") and low not in NOT_MEN else None


def role_gender(low: str) -> str | None:
    return None if low in EITHER_GENDER_ROLES else noun_gender(low)


def described_gender(ent: Span) -> str | None:
    """The gender of the noun that describes a name: "city councilman Raymond Tully", "His
    mother, Rosa,", "Lee, a spokeswoman for …"."""
    doc = ent.doc
    nouns = [doc[ent.start - 1]] if ent.start else []
    if ent.root.dep_ == "appos":
        nouns.append(ent.root.head)
    nouns += [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    found = {role_gender(t.lower_) for t in nouns if t.pos_ in ("NOUN", "PROPN")} - {None}
    return found.pop() if len(found) == 1 else None

"""Names the recogniser or the parser read wrong, put right where a mention is built: a person
hung under a place ("Reeve Kam Blight of the Rural Municipality of Portage la Prairie"), taken
into the body of their title ("[Commissioner of] [Competition Matthew Boswell]ORG"), a body's
name read as two subjects ("[Elections] [Nova Scotia] said"), an institution named "of" a place
("The Region of Waterloo")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.lexicon import ORGANISATION_NOUNS
from quote_miner.attribution.names import ends_in_an_institution_noun
from quote_miner.attribution.syntax import entity_of


def person_closing_an_organisation(ent: Span) -> Span | None:
    """A person's name the recogniser took into the organisation of their title, when they
    speak: "[Commissioner of] [Competition Matthew Boswell]ORG said" (a given name and a surname
    close it, after a word that is no given name)."""
    if len(ent) < 3 or ent.root != ent[-1] or ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    given, surname, before = ent[-2], ent[-1], ent[-3]
    if not (given_name_gender(given.text) and surname.pos_ == "PROPN" and surname.is_title):
        return None
    if surname.lower_ in ORGANISATION_NOUNS or ends_in_an_institution_noun(ent.text):
        return None  # "the Trayvon Martin Foundation"
    return None if given_name_gender(before.text) or before.is_punct else ent[-2:]


def name_split_in_two(token: Token) -> Span | None:
    """A body's name the parser read as two subjects side by side: "[Elections] [Nova
    Scotia] said" (the capitalised noun and the place after it are one name)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None or not token.text[:1].isupper() or token.pos_ != "NOUN":
        return None
    ent = entity_of(after)
    if ent is None or ent.start != after.i or ent.root.head != token.head or ent.root.dep_ != token.dep_:
        return None
    return doc[token.i : ent.end]


def person_of_the_place(token: Token) -> Token | None:
    """The person a place or a body hangs from when the parser made the place the head of the
    whole phrase: "Reeve Kam Blight of the Rural Municipality of Portage la Prairie said" (the
    particle in the place's name pulled "Blight" under "Prairie")."""
    ent = entity_of(token)
    if ent is None or ent.label_ not in ("GPE", "ORG", "LOC", "FAC"):
        return None
    return next(
        (
            c
            for c in token.lefts
            if c.dep_ in ("nmod", "compound")
            and c.ent_type_ == "PERSON"
            and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.rights)
        ),
        None,
    )


def of_a_place(name: Token) -> Token | None:
    """The last word of the capitalised name "of …" right after ``name`` ("Region [of
    Waterloo]"), or None."""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].lower_ != "of" or doc[name.i + 1].head != name:
        return None
    end = name.i + 2
    if doc[end].pos_ != "PROPN" or not doc[end].text[:1].isupper():
        return None
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
        end += 1
    return doc[end]

"""What "it" and "the company" stand for: the organisation an article named before."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quote_miner.attribution.lexicon import ORGANISATION_NOUNS
from quote_miner.attribution.names import NameIndex
from quote_miner.attribution.syntax import entities, entity_of, has_article


def lone_name_for_a_company(tok: Token, index: NameIndex) -> bool:
    """A one-word name tagged as a person that names no one in the article ("Shopify"): what
    "it" speaking refers back to is then a company."""
    ent = entity_of(tok)
    return (
        ent is not None
        and ent.label_ == "PERSON"
        and len(ent) == 1
        and tok.text[:1].isupper()
        and index.lookup(tok.text) is None
    )


def described_organisation(tok: Token) -> bool:
    """ "the company", "the agency": a noun for one organisation, with its article."""
    return tok.tag_ == "NN" and tok.lower_ in ORGANISATION_NOUNS and has_article(tok)


def organisation_named_before(docs: list[Doc], para: int, pos: int, back: int) -> str | None:
    """The organisation the nearest sentence before ``pos`` makes its subject, in this
    paragraph or the ``back`` before it: "Lumen Robotics Inc cut its forecast …"."""
    for p in range(para, max(-1, para - back - 1), -1):
        for ent in reversed(entities(docs[p])):
            if p == para and ent.start_char >= pos:
                continue
            if ent.label_ == "ORG" and ent.root.dep_ in ("nsubj", "nsubjpass"):
                start, doc = ent.start, ent.doc
                while (
                    start > 0
                    and doc[start - 1].pos_ == "PROPN"
                    and doc[start - 1].head.i in range(start, ent.end)
                ):
                    start -= 1  # a word of the name the recogniser left out: "Lumen [Robotics Inc]"
                if doc[start].lower_ == "the":
                    start += 1
                return doc[start : ent.end].text
    return None

"""Who a document speaks for: "A statement from Health Minister Jane Philpott said", "X asked
for privacy in a statement", "the Security Council issued a statement calling …"."""

from __future__ import annotations

from spacy.tokens import Token

from quote_miner.attribution.lexicon import (
    ENTITY_TYPES,
    ISSUED_NOUNS,
    ISSUING_PARTICIPLES,
    RECEIVING_VERBS,
)
from quote_miner.attribution.sources import is_named, is_source
from quote_miner.attribution.syntax import entity_of, own_subject


def named_issuer(document: Token) -> Token | None:
    """Who a document that speaks comes from, when it names them: "A statement from Health
    Minister Jane Philpott said: “…”" is Jane Philpott's."""
    if document.lower_ not in ISSUED_NOUNS:
        return None
    # (or "an email sent by Sanders", "a memo signed by the director")
    preps = [c for c in document.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")]
    # (not "a copy of the letter reviewed by The Post", "a memo obtained by CNN": who has it)
    participles = [c for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for participle in (c for c in participles if c.lower_ in ISSUING_PARTICIPLES):
        preps += [c for c in participle.children if c.dep_ == "agent"]
    named_before = any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in document.children)
    owner = next((c for c in document.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and (ent := entity_of(owner)) is not None and ent.label_ in ENTITY_TYPES:
        return owner  # whose it is: "Kim Adair's report, released Tuesday, found …"
    for prep in preps:
        for issuer in prep.children:
            ent = entity_of(issuer) if issuer.dep_ == "pobj" else None
            if ent is not None and ent.label_ in ENTITY_TYPES:
                return issuer
            if (
                issuer.dep_ == "pobj"
                and prep.lower_ == "from"
                and issuer.pos_ == "PROPN"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in issuer.children)
            ):
                return issuer  # a body's name the recogniser missed: "from the Hamilton Tiger-Cats"
            # (or a source named by a noun: "a statement from the company"; not "a poll of
            # voters", whom it asked, nor when the document carries a name: "a New Jersey
            # Watchdog report released by the governor's office")
            if (
                issuer.dep_ == "pobj"
                and not named_before
                and prep.lower_ != "of"
                and issuer.pos_ == "NOUN"
                and issuer.lower_ not in ISSUED_NOUNS
                and is_source(issuer)
            ):
                return issuer
    return None


def issuer_by_verb(document: Token) -> Token | None:
    """The subject of the verb a document was issued "in": "X asked for privacy in a statement"."""
    prep = document.head
    if document.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = own_subject(prep.head)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def issuer_of(document: Token) -> Token | None:
    """Who put out the document that speaks: "the Security Council issued a statement calling
    the test “a clear violation”" is the Council's."""
    received = document.head.lower_ in RECEIVING_VERBS
    if document.lower_ not in ISSUED_NOUNS or document.dep_ != "dobj" or received:
        return None  # ("he received a letter ordering him to …" is not his)
    subj = own_subject(document.head)
    # (a named issuer, or a source described: "His office put out a statement saying …")
    return subj if subj is not None and (is_named(subj) or subj.pos_ == "NOUN" and is_source(subj)) else None

"""Stance nouns: the position a noun carries ("her plan to raise taxes", "warnings from doctors
that …") and whose it is. A claim of its own (claims.py), and the frame of a fragment quoted
inside its clause (frames.py)."""

from __future__ import annotations

from spacy.tokens import Token

from quote_miner.attribution.claim_lexicon import COPULAS, RESPONDING_VERBS
from quote_miner.attribution.mentions import is_vague
from quote_miner.attribution.sources import is_source
from quote_miner.attribution.syntax import has_child, own_subject


def stance(noun: Token) -> tuple[Token, Token] | None:
    """The clause a stance noun carries and its holder, when the words name one: "his claim
    that …", "Sanders voiced concerns that …" (not "attacks on Clinton": no clause; not "driven
    by concerns that …": no holder)."""
    clause = None
    for child in noun.children:
        # Only a clause is a claim: "her plan to raise taxes", not "attacks on Clinton".
        if child.dep_ in ("acl", "relcl", "ccomp") and any(
            k.lower_ in ("to", "that") and k.dep_ in ("aux", "mark") for k in child.children
        ):
            clause = child  # "his reluctance to provide …", "his claim that …"
            break
    if clause is None and noun.dep_ == "nsubj" and noun.head.lower_ in COPULAS:
        # "The mayor's argument is that the fees are too high"
        clause = next(
            (
                c
                for c in noun.head.children
                if c.dep_ == "ccomp" and c.i > noun.head.i and has_child(c, "mark", "that")
            ),
            None,
        )
    if clause is None or noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        return None  # "doubts about Russia’s willingness to …" are someone else's doubts
    if any(c.lower_ == "such" for c in noun.children):
        return None  # a result, not a content: "pose such a threat to the country that …"
    holder = next((c for c in noun.children if c.dep_ == "poss"), None) or _named_source(noun)
    verb = noun.head if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX") else None
    if holder is None and verb is not None and verb.lower_ not in RESPONDING_VERBS:
        holder = own_subject(verb)  # "Sanders voiced concerns about …" (not "fought a proposal to …")
    if (
        holder is None
        and noun.dep_ == "pobj"
        and noun.head.head.pos_ == "VERB"
        and noun.head.lower_ in ("with", "in")
    ):
        # "She peppered him with attacks on …" (not "defended him against claims that …", "amid
        # fears that …": other people's)
        holder = own_subject(noun.head.head)
    if (
        holder is None
        or holder == noun
        or is_vague(holder)
        or holder.lower_ in ("its", "their", "our", "your", "my")
    ):
        return None
    return clause, holder


def _named_source(noun: Token) -> Token | None:
    """Whose a stance noun is when the words say so: "warnings from his attorney that …"."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
        source = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if source is not None and not is_vague(source) and is_source(source):
            return source  # (not "accusations from that era")
    return None

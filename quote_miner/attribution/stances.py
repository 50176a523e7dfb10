"""Stance nouns: the position a noun carries ("her plan to raise taxes", "warnings from doctors
that …") and whose it is. A claim of its own (claims.py), and the frame of a fragment quoted
inside its clause (frames.py): its holder's, unless someone rejects the notion."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from quote_miner.attribution.claim_lexicon import COPULAS, DENYING_LEMMAS, REACTION_LEMMAS, RESPONDING_VERBS
from quote_miner.attribution.groups import group_mention
from quote_miner.attribution.mentions import Attribution, cue_text, is_vague, mention_for
from quote_miner.attribution.sources import is_source
from quote_miner.attribution.syntax import ancestors, has_child, in_ranges, own_subject
from quote_miner.cues import CLAUSE_STANCE_NOUNS, cue_lemma
from quote_miner.settings import CONFIDENCE as CONF


class Stance(NamedTuple):
    clause: Token
    holder: Token
    # The verb whose subject denies the noun's content ("rejected the notion that …"), if any:
    # the cue of the claim, whose words are not the holder's.
    denied_by: Token | None = None


def stance(noun: Token) -> Stance | None:
    """The clause a stance noun carries and its holder, when the words name one: "his claim
    that …", "Sanders voiced concerns that …", "Carson rejected the notion that …" (a denial);
    not "attacks on Clinton": no clause; not "driven by concerns that …", "welcomed the
    announcement that …": no holder."""
    clause = stance_clause(noun)
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
    reaction = verb is not None and cue_lemma(verb.text) in REACTION_LEMMAS
    denied_by = verb if reaction and cue_lemma(verb.text) in DENYING_LEMMAS else None
    if (
        holder is None
        and verb is not None
        and verb.lower_ not in RESPONDING_VERBS
        and (not reaction or denied_by is not None)
    ):
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
    return Stance(clause, holder, denied_by if holder.head == denied_by else None)


def stance_clause(noun: Token) -> Token | None:
    """The clause a noun carries: "his reluctance to provide …", "his claim that …" (only a
    clause: not "attacks on Clinton", "concerns about “legal matters”")."""
    # (a position "to" do something is a chance to, not a stance: "in a strong position to win")
    introducers = ("that",) if noun.lower_ in ("position", "positions") else ("to", "that")
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "ccomp") and any(
            k.lower_ in introducers and k.dep_ in ("aux", "mark") for k in child.children
        ):
            return child
    return None


def _named_source(noun: Token) -> Token | None:
    """Whose a stance noun is when the words say so: "warnings from his attorney that …"."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
        source = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if source is not None and not is_vague(source) and is_source(source):
            return source  # (not "accusations from that era")
    return None


# --- a quoted fragment inside a stance noun's clause (frames.PARTIAL_PATTERNS) ---------------


def notion_reacted_to(q_tokens: list[Token]) -> Token | None:
    """The stance noun whose clause holds a quoted run, when a verb reacts to it: "rejected the
    suggestion that the pair were “stranded”", "mocked Clinton's claim that he was “unfit”" (the
    words of the notion, not of the one who reacts; but "repeated his claim that it was
    “rigged”" and "went with a willingness “to build …”," she wrote" are the cue's)."""
    noun = _stance_above(q_tokens)
    return noun if noun is not None and cue_lemma(noun.head.text) in REACTION_LEMMAS else None


def _stance_above(q_tokens: list[Token]) -> Token | None:
    """The stance noun whose clause holds a quoted run: "warnings from doctors that the health
    service is “running on empty”" (not the words of “grand promises” themselves, nor "concerns
    about “legal matters”")."""
    inside = {t.i for t in q_tokens}
    path = [q_tokens[0], *ancestors(q_tokens[0])]
    for below, head in zip(path, path[1:], strict=False):
        if head.i in inside or head.pos_ != "NOUN" or head.lower_ not in CLAUSE_STANCE_NOUNS:
            continue
        return head if stance_clause(head) == below and not _verb_read_as_stance(head) else None
    return None


def _verb_read_as_stance(noun: Token) -> bool:
    """A verb in the present the tagger took for a plural stance noun: "the spate of shootings
    [demands] that all Americans engage in …", "rails against X and [pledges] to stand firm"
    (not "amid fears that …", "prompted warnings from doctors that …")."""
    if noun.dep_ in ("ROOT", "ccomp"):
        return True
    deps = {c.dep_ for c in noun.children}
    bare = not deps & {"det", "poss", "amod", "compound", "nummod"}
    return noun.tag_ == "NNS" and bare and (noun.dep_ == "conj" or "nsubj" in deps)


def stance_holder_of(q_tokens: list[Token], quote_ranges) -> Attribution | None:
    """Who is credited with a fragment in the clause of a stance noun whose holder the words
    name: "prompting warnings from doctors that the health service is “running on empty”"."""
    noun = _stance_above(q_tokens)
    found = stance(noun) if noun is not None else None
    if (
        found is None
        or found.denied_by is not None
        or in_ranges(found.holder.idx, quote_ranges)
        or found.holder.pos_ != "PRON"
        and not is_source(found.holder)
    ):
        return None  # (a denial's words are those of the notion denied)
    mention = group_mention(found.holder) or mention_for(found.holder)
    return Attribution(mention, cue_text(noun), "cue", CONF.cue, noun.idx) if mention else None

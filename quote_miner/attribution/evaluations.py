"""Evaluations as claims (../shared/gold/CLAIMS.md): the object of a speech or judging verb with
what is said of it — "called the charges unsubstantiated", "described the deal as a mechanism",
"accused the government of attempting …", "called the ruling “judicial activism at its worst”".
A bare object is no claim."""

from __future__ import annotations

from spacy.tokens import Token

from quote_miner.attribution.claim_lexicon import (
    EVALUATION_PAIRS,
    EVALUATION_PREPS,
    EVALUATIVE_LEMMAS,
    EVIDENCE_SUBJECTS,
    ROLE_GIVING_LEMMAS,
)
from quote_miner.attribution.lexicon import DASHES, NAMING_LEMMAS
from quote_miner.attribution.sources import is_time_word
from quote_miner.attribution.syntax import has_child, own_subject, span_of
from quote_miner.cues import OBJECT_LEMMAS
from quote_miner.settings import CONFIDENCE as CONF


def evaluation(tok: Token, lemma: str) -> tuple[tuple[int, int], float] | None:
    """The span of the evaluation the cue ``tok`` (of lemma ``lemma``) makes, and its confidence."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is not None and obj.lower_ in REFLEXIVE_PRONOUNS and lemma in NAMING_LEMMAS and _a_name_after(obj):
        # a name one gives oneself: "residents calling themselves Calgarians for …" (not what one
        # says one is: "called himself pro-choice", "calls himself a democratic socialist")
        return None
    # "dismissed X as Y" whatever the verb; "of", "for", "to", "with" only after the verbs
    # they make an evaluation of: "accused X of", "blamed X for" (not "asked the agency for
    # every document", "discuss the budget for next year").
    said_of = [
        c
        for c in tok.children
        if obj is not None
        and c.i > obj.i
        and (
            c.dep_ in ("oprd", "xcomp", "ccomp")
            # an infinitive says what for: "called an emergency meeting to discuss the test"
            and not has_child(c, "aux", "to")
            # words quoted after the one told are a quotation: "telling him, “Never trust …”"
            and not (
                _opens_on_a_quotation_mark(c)
                and lemma not in EVALUATIVE_LEMMAS
                and any(t.pos_ in ("VERB", "AUX") for t in c.subtree)
            )
            or c.dep_ == "prep"
            and (
                c.lower_ in EVALUATION_PREPS
                and lemma not in ROLE_GIVING_LEMMAS
                or f"{lemma}:{c.lower_}" in EVALUATION_PAIRS
            )
        )
    ]
    if obj is not None:
        # the parser often hangs the complement on the object: "called the proposal
        # reckless" (an adjective after it), "accused the mayor of hiding …" (its preposition)
        said_of += [
            c
            for c in obj.children
            if c.i > obj.i
            and (
                c.dep_ in ("oprd", "acomp", "amod")
                and lemma in EVALUATIVE_LEMMAS
                or c.dep_ == "prep"
                and f"{lemma}:{c.lower_}" in EVALUATION_PAIRS
                # (or set after it in quotation marks: "called Washington's threats “a
                # warning Canada ignores at its peril”", parsed as an apposition)
                or c.dep_ == "appos"
                and lemma in EVALUATIVE_LEMMAS
                and c.left_edge.i > 0
                and c.doc[c.left_edge.i - 1].tag_ == "``"
                # (a participle in them parsed as a clause on it: "called the process
                # “[rushed]acl and unfair”")
                or c.dep_ == "acl"
                and lemma in EVALUATIVE_LEMMAS
                and _opens_on_a_quotation_mark(c)
            )
        ]
    if obj is None and lemma in EVALUATIVE_LEMMAS:
        # the target parsed as the subject of what is said of it: "called [the order]nsubj
        # “deeply [disappointing]oprd”"
        small = next(
            (
                c
                for c in tok.children
                if c.dep_ == "oprd"
                and c.i > tok.i
                # (or its adverb: "called [the death]npadvmod “[unacceptable]oprd”")
                and any(
                    k.i < c.i and (k.dep_ == "nsubj" or k.dep_ == "npadvmod" and _target_noun(k))
                    for k in c.children
                )
            ),
            None,
        )
        span = span_of(list(small.subtree)) if small is not None else None
        if span:
            return span, CONF.claim_object
    closing = _quoted_inside_the_object(obj) if not said_of and lemma in EVALUATIVE_LEMMAS else None
    if closing is not None:
        span = span_of(list(tok.doc[obj.left_edge.i : closing.i + 1]))
        if span:
            return span, CONF.claim_object
    if obj is not None and said_of:
        words = list(obj.subtree) + [t for c in said_of for t in c.subtree]
        quoted = next((c for c in said_of if _opens_on_a_quotation_mark(c)), None)
        if quoted is not None:
            # (the evaluation ends with its quotation before a dash: not "… “the next
            # George Washington” – the Founding Father who Beck idolizes …", the writer's
            # aside; but "“weak” and “disappointing”", "“unfit to serve” as president")
            close = next((t for t in tok.doc[quoted.left_edge.i :] if t.tag_ == "''"), None)
            aside = close is not None and close.i + 1 < len(tok.doc) and tok.doc[close.i + 1].text in DASHES
            # (what the parser hung on a quoted participle is the cue's: "“rushed” on Monday")
            aside = aside or close is not None and quoted.dep_ == "acl"
            words = [t for t in words if not aside or t.i <= close.i]
        span = span_of(sorted(set(words), key=lambda t: t.i))
        if span:
            return span, CONF.claim_listed_object if lemma in OBJECT_LEMMAS else CONF.claim_object
    return None


def _a_name_after(word: Token) -> bool:
    """Whether a proper name follows ``word``: "Asawitiri Media", "Calgarians for Accountable
    Spending" (not a people's name alone: "a Democrat")."""
    doc = word.doc
    if word.i + 1 >= len(doc) or doc[word.i + 1].pos_ != "PROPN":
        return False
    after = doc[word.i + 1]
    nxt = after.i + 1
    runs_on = nxt + 1 < len(doc) and doc[nxt].lower_ in ("for", "of") and doc[nxt + 1].is_title
    return after.ent_type_ != "NORP" or runs_on


REFLEXIVE_PRONOUNS = frozenset(
    "myself yourself himself herself itself ourselves yourselves themselves".split()
)


def _quoted_inside_the_object(obj: Token | None) -> Token | None:
    """The closing mark of an evaluation in quotation marks the parser ran into the object it
    evaluates, the target's head read as a modifier: "called [the ruling “judicial activism]dobj
    at its worst”" (*ruling* as a gerund); None when the quotation closes before the object's
    head ("called the “Buy American” policy …") or no word of the target stands before it."""
    if obj is None:
        return None
    opening = next((t for t in obj.subtree if t.tag_ == "``" and t.i > obj.left_edge.i), None)
    if opening is None or opening.i > obj.i:
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON", "VERB") for t in obj.doc[obj.left_edge.i : opening.i]):
        return None  # "to call a “special meeting”": nothing evaluated
    close = next((t for t in obj.doc[opening.i + 1 : obj.sent.end] if t.tag_ == "''"), None)
    return close if close is not None and close.i > obj.i else None


def _opens_on_a_quotation_mark(phrase: Token) -> bool:
    """Whether a phrase opens on a quotation mark, its own or the one right before it."""
    first = phrase.left_edge
    return first.tag_ == "``" or first.i > 0 and phrase.doc[first.i - 1].tag_ == "``"


def _target_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and not is_time_word(tok)


def finding_shown(tok: Token, lemma: str) -> tuple[tuple[int, int], float] | None:
    """A finding with an object for content, which evidence shows: "Polls show a close contest
    in the state", "The average shows Clinton ahead by 3.7 points", "Video of the incident shows
    him with his hands in the air". Its span: the object and what the verb goes on to say of it."""
    if lemma != "show":
        return None
    subject = own_subject(tok)
    if subject is None or subject.lower_ not in EVIDENCE_SUBJECTS:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None:
        return None
    words = [t for t in tok.subtree if t.i >= obj.left_edge.i]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    span = span_of(words)
    return (span, CONF.claim_object) if span else None

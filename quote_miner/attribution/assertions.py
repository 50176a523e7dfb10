"""Whether a verb reports an assertion at all (CLAIMS.md): not when negated ("did not deny
that P"), refused ("declined to blame"), wished ("hope the talks …"), asked, seen rather than
believed, or passive with no agent. ``claims.find_claims`` asks it of every cue."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quote_miner.attribution.claim_lexicon import (
    CONDITION_PARTICIPLES,
    DIRECTIVE_LEMMAS,
    NON_STATEMENT_VERBS,
    NOT_YET_SAID,
    PERCEPTION_LEMMAS,
    POSSIBILITY_MODALS,
    REFUSAL_FORMS,
    REFUSAL_LEMMAS,
    SAID_THING_PRONOUNS,
    VERDICT_WORDS,
    WISH_LEMMAS,
    YET_TO_HEADS,
)
from quote_miner.attribution.lexicon import SPOKESPERSON_NOUNS
from quote_miner.attribution.syntax import has_child, negated, own_subject, tokens_between
from quote_miner.cues import cue_lemma


def asserts(verb: Token, lemma: str) -> bool:
    """Whether a verb can report an assertion at all: not negated ("did not deny that P"), not
    a refusal or what one refuses ("declined to blame"), not a wish ("hope the talks …"), not a
    passive with no agent ("Russia was accused of …")."""
    if negated(verb) or lemma in REFUSAL_LEMMAS or lemma in WISH_LEMMAS:
        return False
    if verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children):
        return False  # what may be said: "The mayor could announce as early as Friday that …"
    if verb.dep_ == "xcomp" and verb.head.lower_ in YET_TO_HEADS and has_child(verb.head, "advmod", "yet"):
        return False  # not said yet: "The club has yet to comment on reports that the coach will leave"
    if verb.lower_ == "told" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "all":
        return False  # "All told, up to 5 million people could be eligible": a sum, no one told
    if verb.dep_ in ("ccomp", "advcl") and any(
        c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children
    ):
        return False  # asked about, not asserted: "Asked if he believed that …", "whether she thought …"
    if (
        verb.lower_ == "told"
        and verb.dep_ == "advcl"
        and own_subject(verb) is None
        and has_child(verb, "advmod", "when")
    ):
        return False  # the one told: "Arne laughed when told what his son had said"
    if verb.dep_ == "advcl" and has_child(verb, "mark", "unless"):
        return False  # a condition: "… unless the minister says otherwise"
    if verb.dep_ == "advcl" and has_child(verb, "mark", "until") and _requested(verb.head):
        return False  # part of a request: "urged residents not to return until officials said it was safe"
    if verb.lower_ in CONDITION_PARTICIPLES and own_subject(verb) is None:
        return False  # a condition the writer sets: "assuming that any tax avoidance is legal"
    if _a_verdict(verb):
        return False  # a verdict is a decision: "A jury found Jaylen Morris guilty of murder"
    if _says_a_thing_the_writer_judges(verb):
        return False  # "Everything Trump says is a lie": the writer's verdict on what he says
    if lemma in PERCEPTION_LEMMAS and any(_bare_complement(c, lemma) for c in verb.children):
        return False  # "went to see Ayotte speak", "feels a payoff coming": seen, not believed
    head = verb.head
    if verb.dep_ in ("xcomp", "conj") and head != verb:
        head_lemma = cue_lemma(head.text)
        # (what one declined to say; not what one went on to say: "declined to blame Ottawa
        # but said the federal government had let in too many …"; "failed to mention", though
        # "failed" is no cue word)
        refused = verb.dep_ == "xcomp" and (head_lemma in REFUSAL_LEMMAS or head.lower_ in REFUSAL_FORMS)
        # ("declined to comment or confirm that …": the second thing declined)
        refused_too = (
            verb.dep_ == "conj"
            and head.dep_ == "xcomp"
            and (cue_lemma(head.head.text) in REFUSAL_LEMMAS or head.head.lower_ in REFUSAL_FORMS)
        )
        if refused or refused_too:
            return False
        if verb.dep_ == "xcomp" and negated(head):
            return False
        if verb.dep_ == "xcomp" and head.lower_ in NOT_YET_SAID:
            return False  # "is expected to announce that …": nothing said yet
        if (
            verb.dep_ == "xcomp"
            and head_lemma in DIRECTIVE_LEMMAS
            and any(c.dep_ == "dobj" for c in head.children)
        ):
            return False  # what someone was asked to say: "advised schools to insist their suppliers …"
    stopping = head.head if verb.dep_ == "pcomp" else None
    if stopping is not None and stopping.lower_.startswith("stop") and has_child(stopping, "advmod", "short"):
        return False  # "stopped short of saying the deal was dead": a refusal
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    agent = any(c.dep_ == "agent" for c in verb.children)
    if (passive or agent) and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False  # "…, as initially suggested by Trump": what he suggested is not the sentence
    return not passive or agent


def _says_a_thing_the_writer_judges(verb: Token) -> bool:
    """ "Everything Trump says is a lie", "Anything the mayor says is …": the verb's object is the
    pronoun before its subject, and the clause after it has no subject of its own: the main
    clause, about what was said, not what was said (the parser makes it the verb's complement).
    ("Nothing the mayor said was true, the council found" is the council's claim, and "a winning
    streak — something aides argue is possible" the aides'.)"""
    subject = own_subject(verb)
    if subject is None:
        return False
    said_thing = (verb.head if verb.dep_ == "relcl" and verb.head.i < subject.i else None) or next(
        (c for c in subject.lefts if c.dep_ in ("compound", "det", "nmod")), None
    )
    if said_thing is None or said_thing.lower_ not in SAID_THING_PRONOUNS:
        return False
    if any(not t.is_punct for t in verb.doc[verb.sent.start : said_thing.i]):
        return False  # the sentence's subject, not "… a streak — something aides argue is possible"
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in verb.children
    )


def _requested(verb: Token) -> bool:
    """A directive verb or what it asks for: "urged (residents not to return)"."""
    directive = verb.head if verb.dep_ == "xcomp" else verb
    return cue_lemma(directive.text) in DIRECTIVE_LEMMAS


def _a_verdict(verb: Token) -> bool:
    """ "found Jaylen Morris [guilty]ccomp", "found a 27-year-old man [guilty]amod of murder" (the
    parser hangs the verdict on the verb or on the one it is about)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    # (after the one it is about: not "blamed the guilty parties")
    said = (
        [*verb.children, *(c for c in obj.children if c.i > obj.i)]
        if obj is not None
        else list(verb.children)
    )
    return any(
        c.dep_ in ("ccomp", "oprd", "acomp", "amod") and c.lower_ in VERDICT_WORDS and c.i > verb.i
        for c in said
    )


def _bare_complement(clause: Token, lemma: str) -> bool:
    """A clause with a bare or -ing verb: "(see) Ayotte speak" (tagged VBP after a singular
    subject), "(feel) a payoff coming" (but "analysts see the economy growing" is a forecast)."""
    if clause.dep_ != "ccomp" or any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children):
        return False  # ("he feels he can win", "felt they should drop out" are beliefs)
    if clause.tag_ == "VB" or clause.tag_ == "VBG" and lemma != "see":
        return True
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.tag_ == "VBP" and subject is not None and subject.tag_ in ("NN", "NNP")


def says_nothing(doc: Doc, s: int, e: int, speaker: Token) -> bool:
    """Content that says nothing was said: "(said) she couldn't provide more information". Only
    the speaker's own silence: "(said) the FBI has not commented" reports the FBI's."""
    return any(
        (cue_lemma(r.text) in NON_STATEMENT_VERBS and negated(r) or _no_comment(r))
        and r.pos_ in ("VERB", "AUX")
        and all(_the_speakers_side(c, speaker) for c in r.children if c.dep_ in ("nsubj", "nsubjpass"))
        for r in _roots_between(doc, s, e)
    )


def _no_comment(verb: Token) -> bool:
    """ "(said) he would have no comment", "had no further comment"."""
    return verb.lower_ in ("have", "has", "had") and any(
        c.dep_ == "dobj" and c.lower_ in ("comment", "comments") and has_child(c, "det", "no")
        for c in verb.children
    )


def said_after_the_silence(doc: Doc, s: int, e: int) -> int | None:
    """Where a claim the speaker goes on to make after saying nothing begins: "(said) it could
    not comment on individual cases but [that emergency departments were dealing with …]"."""
    roots = _roots_between(doc, s, e)
    # (the "but that" clause on the silent one, or on the cue itself: "said he could not comment
    # on an individual case but that response times had been affected …")
    joined = [more for silent in roots for more in silent.children] + roots[1:]
    for more in joined:
        if more.dep_ == "conj" and more.pos_ in ("VERB", "AUX") and has_child(more, "mark", "that"):
            opening = next(t for t in more.subtree if not (t.dep_ == "mark" and t.head == more))
            return opening.idx if opening.idx < e else None
    return None


def _roots_between(doc: Doc, s: int, e: int) -> list[Token]:
    """The words of ``doc``'s text[s:e] whose heads lie outside it: the content's main verbs."""
    return [t for t in tokens_between(doc, s, e) if t.head.idx < s or t.head.idx >= e or t.head == t]


def _the_speakers_side(subject: Token, speaker: Token) -> bool:
    """Who stays silent on the speaker's behalf: "she", "we", or the body one who is not named
    speaks for, named by its common noun ("a spokesperson said the service would not comment";
    not "Ellis said the government had not disclosed the price", a critic's claim)."""
    if subject.tag_ == "PRP":
        return True
    # (a spokesperson by name too: "Police spokesperson Dan Roy said the service would not …")
    spokesperson = any(t.lower_ in SPOKESPERSON_NOUNS for t in speaker.subtree)
    named = speaker.pos_ == "PROPN" or speaker.ent_type_ == "PERSON"
    return (spokesperson or not named) and subject.pos_ == "NOUN" and has_child(subject, "det", "the")

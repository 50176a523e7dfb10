"""Cues set off inside the sentence they report: "Acts of protest, Mr. Obama said, are …",
"…, police said.", "If, as I've suggested, …" — whether a cue is one, and who it names."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from quote_miner.attribution.claim_lexicon import (
    CONCESSIVE_MARKS,
    SETTING_OFF_MARKS,
)
from quote_miner.attribution.sources import is_source
from quote_miner.attribution.syntax import own_subject


@dataclass(frozen=True)
class SetOff:
    """A parenthetical cue's opening ("," or "as") and the naming words between it and the cue."""

    opening: str
    names: Span


def set_off(cue: Token, sent: Span) -> SetOff | None:
    """Whether a cue with no clause of its own is parenthetical, so the rest of its sentence
    is what was said: "Acts of protest, Mr. Obama said, are …", "…, police said.", "…, said
    Mr. Obama, …", "If, as I've suggested, …". A comma (or dash) comes before the cue and the
    naming words in front of it. Read from the tags alone, since the parser often takes the
    sentence's subject for the cue's ("The source of the attraction to Mr. Trump, union members
    and leaders say, is manifold"). Not "as she called for the ratification", "He interrupted
    constantly with …, only …", "threatened to make Kadzik testify", nor a participle on
    someone else's sentence ("sent a letter …, calling for his dismissal")."""
    doc = cue.doc
    subject_after = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i), None)
    k = cue.i - 1
    named = subject_after is not None
    while k > sent.start and doc[k].text not in SETTING_OFF_MARKS and subject_after is None:
        word = doc[k]
        if word.lower_ == "as" or word.pos_ == "SCONJ":
            break
        if word.pos_ in ("VERB", "AUX") and not (word.head == cue and word.dep_ in ("aux", "neg")):
            return None
        named = named or word.pos_ in ("NOUN", "PROPN", "PRON")
        k -= 1
    if not named or k <= sent.start and doc[k].lower_ != "as":
        return None
    if dash_aside_of_its_own(cue, sent, opening=doc[k : k + 1]):
        return None  # "an ambitious — some say unrealistic — goal": the aside's own words
    names = (
        doc[subject_after.left_edge.i : subject_after.right_edge.i + 1]
        if subject_after is not None
        else doc[k + 1 : cue.i]
    )
    if doc[k].lower_ == "as":
        before = doc[k - 1] if k > sent.start else None
        opened = (
            before is None
            or before.text in SETTING_OFF_MARKS
            or before.dep_ == "cc"  # "But as Clyburn noted", "…, and as Comey noted"
        )
        return SetOff("as", names) if opened else None
    return SetOff(",", names) if doc[k].text in SETTING_OFF_MARKS else None


def named_before(cue: Token, sent: Span, speaker: Token | None) -> Token | None:
    """The one named between the comma and a parenthetical cue, when the parser gave the cue
    another subject ("Voters, Clinton suggested, …" is Clinton's; "To understand the real
    Dred Scott, Chief Justice Roberts said, …" is Roberts's)."""
    aside = set_off(cue, sent)
    if speaker is None or aside is None or aside.names.start <= speaker.i < aside.names.end:
        return speaker
    inside = range(aside.names.start, aside.names.end)
    heads = [t for t in aside.names if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN", "PRON")]
    if (
        not heads
        or heads[0].dep_ == "conj"
        and (
            heads[0].head == speaker
            or heads[0].pos_ == heads[0].head.pos_ == "PROPN"
            and speaker.i < heads[0].head.i <= speaker.right_edge.i
        )
    ):
        # "Only Portugal, Spain and Ireland have said …": one holder of three names; "The
        # mayors of Toronto, Ottawa and Montreal said": names inside the holder's phrase
        return speaker
    return heads[0]


# Dashes that set off an aside (a hyphen, as in "(R-S.C.)", does not).
ASIDE_DASHES = frozenset({"—", "–", "--", "―"})
# What may follow a parenthetical cue before the aside closes: when and where it was said, and
# to whom.
CUE_ADJUNCTS = frozenset({"npadvmod", "prep", "advmod", "agent", "dative"})


def dash_aside_of_its_own(cue: Token, sent: Span, *, opening: Span) -> bool:
    """Whether the cue stands in an aside opened by a dash (one in ``opening``, the words where
    the aside can open) and says something of its own before it closes: "an ambitious — some say
    unrealistic — goal" is about the goal, no frame for the sentence or the clause before it
    (but "— said Mr. Obama on Tuesday —" and "— Mukasey told delegates that …" frame)."""
    if not any(t.text in ASIDE_DASHES for t in opening):
        return False
    allowed = {
        t.i
        for c in cue.children
        # (its own clause frames too: "— Mukasey told delegates that …")
        if c.i > cue.i
        and (c.dep_ in CUE_ADJUNCTS or c.dep_ in ("nsubj", "ccomp") or c.dep_ == "dobj" and is_source(c))
        for t in c.subtree
    }
    for t in cue.doc[cue.i + 1 : sent.end]:
        if t.text in SETTING_OFF_MARKS or t.is_sent_end:
            return False
        if not (t.is_punct or t.is_space or t.i in allowed):
            return True
    return False


def narrated_after(cue: Token, sent: Span) -> bool:
    """Whether the words after a parenthetical cue are the writer's, about the speaker: a
    concession whose subject is the speaker again ("Business has been steady, he says, though he
    worries about who will take over"). The claim is the clause before the cue."""
    speaker = own_subject(cue)
    if speaker is None:
        return False
    own = {t.i for t in cue.subtree}
    rest = [t for t in sent if t.i > max(own) and not (t.is_punct or t.is_space)]
    if not rest or rest[0].lower_ not in CONCESSIVE_MARKS or rest[0].dep_ != "mark":
        return False
    clause = rest[0].head
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    same = subject is not None and (
        subject.lower_ == speaker.lower_ or subject.lower_ in ("he", "she") and speaker.pos_ == "PROPN"
    )
    return same and clause.i not in own and all(t.i in {x.i for x in clause.subtree} for t in rest)

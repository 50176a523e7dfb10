"""Claims reported "according to X" or "per X": whose they are and which words they cover."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quote_miner.attribution.claim_choice import Claim
from quote_miner.attribution.claim_lexicon import MANNER_NOUNS
from quote_miner.attribution.cue_subjects import speaker_token_for_cue
from quote_miner.attribution.mentions import Attribution, is_cue, mention_for
from quote_miner.attribution.syntax import FINITE_TAGS, in_ranges, own_subject
from quote_miner.settings import CONFIDENCE as CONF


def reported_sides(tok: Token, sent: Span, quote_ranges) -> tuple[Token, list[list[Token]]] | None:
    """The source of "according to X" / "per X" and the words it reports: "According to X, P",
    "P, according to X", "P, per X"; a cue inside its clause ("… on Sunday, according to CNN,
    killing 35") reports both sides. What follows "and" or "but" after the cue is another
    statement, not X's. None when there is no source."""
    if tok.lower_ == "per":
        speaker = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if speaker is None or not (
            speaker.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or speaker.pos_ == "PROPN"
        ):
            return None
    else:
        speaker = speaker_token_for_cue(tok)
    if speaker is None:
        return None
    if speaker.lower_ in MANNER_NOUNS and speaker.i == tok.i + 2:
        return None  # a manner, no source: "according to plan", "according to tradition"
    # The source phrase, less a relative clause set off after the source ("according to Al
    # Jazeera, where Moscow returned 175 soldiers" — that is what Al Jazeera reports; but "a
    # report released in March" is the source).
    doc = tok.doc
    reported = {
        t.i
        for c in speaker.children
        if c.dep_ in ("relcl", "acl") and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
        for t in c.subtree
    }
    phrase = [t for t in tok.subtree if t.i not in reported]
    lo, hi = phrase[0].i, phrase[-1].i
    rest = [
        t
        for t in sent
        if (t.i < lo or t.i > hi) and not t.is_punct and not t.is_space and not in_ranges(t.idx, quote_ranges)
    ]
    left = _own_words([t for t in rest if t.i < lo])
    right = _own_words([t for t in rest if t.i > hi])
    if right and (right[0].dep_ == "cc" or not any(t.is_punct for t in doc[hi : right[0].i])):
        # "and …" is another statement; words running on from the source are more of its name
        # ("according to the organizer Alliance to Reclaim Our Schools (AROS)")
        right = []

    def frames_a_quote(side: list[Token]) -> bool:
        # the side opens right after a quotation's closing mark: it is that quotation's frame
        return any(0 <= side[0].idx - close <= 3 for _, close in quote_ranges)

    def clause(side: list[Token]) -> bool:
        return (
            len(side) >= 4
            and not (side[-1].i + 1 < len(doc) and doc[side[-1].i + 1].text == ":")
            # a source inside speaks for itself ("according to Yahoo News, Lehrich said that …",
            # "“…?” O’Malley said at a press conference, according to the Las Vegas Sun")
            and not any(
                is_cue(t)
                and own_subject(t) is not None
                and (any(c.dep_ == "ccomp" for c in t.children) or frames_a_quote(side))
                for t in side
            )
        )

    def finite(side: list[Token]) -> bool:
        # a clause ("Russia is building …"), not a phrase ("at a labor conference last month")
        return any(t.tag_ in FINITE_TAGS for t in side)

    def main_clause(side: list[Token]) -> bool:
        # after the source, not even a phrase with a relative clause ("…, according to Reuters,
        # during an answer aboard the plane, where he visited …"); a present tense the tagger
        # took for a base form counts ("8 in 10 voters feel …")
        inside = {t.i for t in side}
        return any(
            (t.tag_ in FINITE_TAGS or t.tag_ == "VB" and own_subject(t) is not None)
            and not _subordinate_in(t, inside)
            for t in side
        )

    # "Her daughter is in Grade 4 and, according to her mother, now speaks …": the source
    # speaks for the conjunct it opens, not for the writer's words before "and"
    opens_a_conjunct = bool(left) and left[-1].dep_ == "cc" and bool(right)
    if (
        right
        and _subject_of(left, right)
        and main_clause(right)
        and not _about_the_source(right, speaker, True)
    ):
        # the source set inside one clause, after its subject: "The deal, according to two
        # officials, will be signed next week" is one claim, the cue inside it, as "The plan,
        # Stiles argued, would cost more" is
        return speaker, [left + right]
    left = left if clause(left) and finite(left) and not opens_a_conjunct else []
    # after the cue, the rest of the clause it interrupts ("…, killing at least 35 people")
    if not (clause(right) and (main_clause(right) or left)) or _about_the_source(right, speaker, bool(left)):
        right = []
    return speaker, [side for side in (left, right) if side]


def _subject_of(left: list[Token], right: list[Token]) -> bool:
    """Whether the words before the source are only the subject of a verb after it."""
    after = {t.i for t in right}
    subject = next((t for t in left if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in after), None)
    return subject is not None and {t.i for t in left} <= {t.i for t in subject.subtree}


def _subordinate_in(verb: Token, inside: set[int]) -> bool:
    """Whether ``verb`` hangs, within the words ``inside``, on a relative or adverbial clause."""
    tok = verb
    while True:
        if tok.dep_ in ("relcl", "acl", "advcl", "pcomp"):
            return True
        if tok.head == tok or tok.head.i not in inside:
            return False
        tok = tok.head


def _about_the_source(words: list[Token], source: Token, after_claim: bool) -> bool:
    """Whether what follows "according to X," describes X ("…, who was an adviser to the
    campaign", "WKOW, the ABC affiliate") or, after the claim, qualifies it ("…, compared with
    its 25 percent rate", "…, despite winning …"), rather than going on with what X reports
    ("…, killing 35"; "According to Sperry, while …")."""
    first = words[0]
    inside = {t.i for t in words}
    # (a noun phrase whose verbs are all in its relative clauses, whatever the parser hung it on:
    # "according to SITE, a US institute that monitors extremist web forums")
    relatives = {t.i for w in words if w.dep_ in ("relcl", "acl") and w.head.i in inside for t in w.subtree}
    noun_phrase = first.tag_ in ("DT", "PRP$") and all(
        t.i in relatives for t in words if t.pos_ in ("VERB", "AUX")
    )
    describes = (
        first.lower_ in ("who", "whom", "whose", "which", "that")
        or first.dep_ == "appos"
        or any(t.dep_ == "appos" and t.head == source for t in words[:3])
        or noun_phrase
    )
    # (a phrase without a verb qualifies it too: "…, down from 5.6 million tonnes in September")
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in words)
    return describes or after_claim and (first.pos_ in ("ADP", "SCONJ") or first.tag_ == "VBN" or verbless)


def _own_words(words: list[Token]) -> list[Token]:
    """The words up to a cue of someone else's inside them: "Pentagon officials questioned an
    ally …, saying they are “fed up”" — what the officials said is theirs, not the outlet's.
    The cut falls where the phrase holding the cue starts ("…, in addition to saying …")."""
    deps = ("advcl", "xcomp", "conj", "parataxis", "pcomp")
    for k, t in enumerate(words):
        if k < 3 or not (is_cue(t) and t.tag_ == "VBG" and t.dep_ in deps):
            continue
        phrase = t
        while phrase.head != phrase and phrase.head.left_edge.i > words[0].i:
            phrase = phrase.head
        cut = next((n for n, w in enumerate(words) if w.i >= phrase.left_edge.i), k)
        return words[: cut if cut >= 3 else k]
    return words


def according_claims(tok: Token, sent: Span, quote_ranges) -> list[Claim]:
    found = reported_sides(tok, sent, quote_ranges)
    if found is None:
        return []
    speaker, sides = found
    cue = "according to" if tok.lower_ == "according" else "per"
    return [
        Claim(
            side[0].idx,
            side[-1].idx + len(side[-1]),
            Attribution(mention_for(speaker), cue, "according", CONF.according_to, tok.idx),
        )
        for side in sides
    ]

"""Where a claim begins after the writer's lead-in ("The message was clear: …, the mayor said"),
and where it ends because another act begins inside its words: a second cue with words of its
own ("May said the country would leave … and suggested that …"), the speaker's next act joined to
the reported clause ("said it had received complaints but declined to say how many"), a
speaking participle ("…, adding that …"), a concessive clause with its own speaker, the writer's
timeline ("…, hours after Zelensky urged …")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.claim_lexicon import (
    CONCESSIVE_MARKS,
    NON_STATEMENT_VERBS,
    REFUSAL_FORMS,
    SUMMING_UP_NOUNS,
    TARGET_LEMMAS,
)
from quote_miner.attribution.lexicon import ORGANISATION_NOUNS, SPOKESPERSON_NOUNS, TIMELINE_WORDS
from quote_miner.attribution.mentions import is_cue
from quote_miner.attribution.sources import is_source
from quote_miner.attribution.syntax import FINITE_TAGS, has_child, negated, own_subject, span_of
from quote_miner.cues import IRREGULAR_FORMS, cue_lemma, word_forms

# The auxiliary of a negated past or present: "did not give", "does not say".
DO_FORMS = frozenset({"do", "does", "did"})


def other_cue(words: list[Token], cue: Token) -> int | None:
    """Where a second cue verb with its own words starts inside a claim: "May said the country
    would leave … and suggested that it would withdraw …" is two claims, and so is "insisted
    the deal was fair, though he admitted it had flaws" (an adverbial clause with a speaker
    and words of its own)."""
    for k, t in enumerate(words):
        if k >= 3 and _according_to_at_the_end(t, words):
            return _cut_at(words, t)
        if k >= 3 and t.head in words and (_speaker_acts_on(t, cue) or _speaking_participle(t, cue)):
            return _cut_at(words, t)
        if k >= 3 and _writers_timeline(t):
            return _cut_at(words, t)
        if k >= 3 and t.dep_ == "conj" and t.head in words and _holds_a_report(t, cue):
            # "say they do not have a family doctor, and [most of those who do say they wait …]":
            # a conjunct that is others reporting their own words
            return _cut_at(words, t)
        concessive = (
            t.dep_ == "advcl"
            and any(c.dep_ == "nsubj" for c in t.children)
            and any(
                c.dep_ == "mark" and (c.lower_ in CONCESSIVE_MARKS or c.lower_ == "as" and _named_source(t))
                for c in t.children
            )
            and t.left_edge.i > words[0].i
        )
        if (
            k >= 3
            and t != cue
            # (before the cue, a conjunct reports only with a clause of its own: "Condi called
            # me and said a plane had hit the Pentagon, Bush said" is Condi's claim, but "the
            # man barricaded himself inside and threatened to harm himself, police said" is one)
            and (words[-1].i > cue.i or any(c.dep_ == "ccomp" for c in t.children))
            and (
                t.dep_ == "conj"
                and not _content_goes_on(t)
                and (t.head == cue or own_subject(t) is not None or is_cue(t))
                or concessive
            )
            and (t.head == cue or t.head in words)
            and is_cue(t, belief=True)
            # ("…, though others dispute that": someone else's reply, words of its own or not)
            and (
                concessive
                or any(c.dep_ in ("ccomp", "xcomp") for c in t.children)
                or _speaker_goes_on(t, cue)
            )
        ):
            return _cut_at(words, t)
    return None


def _according_to_at_the_end(word: Token, words: list[Token]) -> bool:
    """ "Prosecutors allege the manager falsified records, according to a court filing": where
    the claim was found is no part of it (CLAIMS.md: no cue in the span)."""
    doc = word.doc
    return (
        word.lower_ == "according"
        and word.i + 1 < len(doc)
        and doc[word.i + 1].lower_ == "to"
        and doc[word.i - 1].text == ","
        and all(w.i < word.i or w.is_punct or w in word.subtree for w in words)
    )


def _named_source(verb: Token) -> bool:
    """A clause set off by a comma or a dash, or after "even", whose subject is a source of its
    own, not a pronoun for the speaker: "…, as [officials] reported damage to energy facilities",
    "…, as [analysts] had predicted" (not "as wealthy as Mr. Trump claims to be", "as if …")."""
    first = verb.left_edge
    set_off = first.i > 0 and verb.doc[first.i - 1].text in (",", "-", "–", "—") or first.lower_ == "even"
    subject = own_subject(verb)
    return set_off and subject is not None and subject.pos_ != "PRON" and is_source(subject)


def _writers_timeline(clause: Token) -> bool:
    """A clause set off by a comma that dates the saying against another event: "said it had
    no plans for talks, hours after Zelensky urged allies to …" (the writer's timeline, not the
    speaker's words)."""
    if clause.dep_ != "advcl" or clause.doc[clause.left_edge.i - 1].text != ",":
        return False
    kids = list(clause.children)
    return any(k.dep_ == "mark" and k.lower_ in ("after", "before") for k in kids) and any(
        k.i < clause.i and k.dep_ in ("npadvmod", "advmod") and k.lower_ in TIMELINE_WORDS for k in kids
    )


def _holds_a_report(conj: Token, cue: Token) -> bool:
    """Whether a conjunct that is no verb holds a cue of its own with a clause reported: "most
    of those who do say they wait …" (the cue in a relative clause of its subject)."""
    return conj.pos_ not in ("VERB", "AUX") and any(
        d != cue and d.dep_ == "relcl" and is_cue(d) and any(_clause_with_a_subject(c) for c in d.children)
        for d in conj.subtree
    )


def before_the_writers_summing_up(doc: Doc, start: int, end: int) -> int:
    """Where a claim's words ``doc.text[start:end]`` end when the writer sums them up after them
    (``_writers_summing_up``): before the mark that sets the summing-up off, the closing quotation
    mark of words quoted last kept ("likened the rules to “burning the Constitution” - a charge
    that might have stung")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = list(span) if span is not None else []
    for k, t in enumerate(words):
        if k >= 3 and _writers_summing_up(t, words):
            cut = next(n for n, w in enumerate(words) if w.i >= _summing_up_opening(t).i)
            while cut > 0 and (words[cut - 1].dep_ == "cc" or words[cut - 1].text in SUMMING_UP_MARKS):
                cut -= 1
            return words[cut - 1].idx + len(words[cut - 1]) if cut > 0 else end
    return end


def before_its_own_cue(doc: Doc, start: int, end: int, cue: Token) -> int:
    """Where a claim ends that the parse ran past its own cue set after it: "Chow thinks the
    province asks too much, former mayor John Tory said this week at an event — an apparent
    reversal of …" is Tory's up to the comma before him. (Not a cue set inside the words, "The
    province, Ryan noted, has seen a spike …", whose words before it are no clause.)"""
    first, last = cue.left_edge, cue.right_edge
    if not (start < first.idx and cue.idx < end):
        return end
    # (only a dash after the cue sets the rest off as the writer's: words after a comma go on
    # with what was said, "Many were older, she said, and …" — a second side of one claim)
    mark = last if last.is_punct else doc[last.i + 1] if last.i + 1 < len(doc) else None
    if mark is None or mark.text not in SUMMING_UP_MARKS - {","}:
        return end
    before = [t for t in doc[: first.i] if t.idx >= start]
    if not any(t.tag_ in FINITE_TAGS for t in before):
        return end
    while before and (before[-1].is_punct or before[-1].is_space):
        before.pop()
    return before[-1].idx + len(before[-1]) if before else end


def _writers_summing_up(noun: Token, words: list[Token]) -> bool:
    """ "… said the contest had been “rigged”, a charge that party leaders denied": a noun set off
    after the words that sums them up and says more of them is the writer's (not one between
    dashes with the words going on after: "… — a position he has since modified — and …")."""
    doc = noun.doc
    opening = _summing_up_opening(noun)
    if not (
        noun.lower_ in SUMMING_UP_NOUNS
        and noun.pos_ == "NOUN"
        and noun.left_edge.lower_ in ("a", "an")
        and opening.i > 0
        and doc[opening.i - 1].text in SUMMING_UP_MARKS
        and any(c.i > noun.i for c in noun.children)
    ):
        return False
    dash = doc[opening.i - 1].text != ","
    return not (dash and any(w.i > noun.i and w.text == doc[opening.i - 1].text for w in words))


def _summing_up_opening(noun: Token) -> Token:
    """The first word of a summing-up: its article, or "in" before it ("…, in a move critics
    called …")."""
    opening = noun.left_edge
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.i == opening.i - 1:
        return head
    return opening


# (news sets a dash as one or two hyphens as well)
SUMMING_UP_MARKS = frozenset({",", "—", "–", "-", "--"})


def _clause_with_a_subject(clause: Token) -> bool:
    # (not "who will say whatever makes the most political sense": no report)
    subject = own_subject(clause) if clause.dep_ == "ccomp" else None
    return subject is not None and subject.tag_ not in ("WDT", "WP")


def _cut_at(words: list[Token], verb: Token) -> int:
    cut = next(n for n, w in enumerate(words) if w.i >= verb.left_edge.i)
    while cut > 0 and (words[cut - 1].dep_ == "cc" or words[cut - 1].is_punct):
        cut -= 1
    return cut


def _speaker_acts_on(conj: Token, cue: Token) -> bool:
    """A verb of refusing, judging or pointing to something, with no subject, in the tense of
    the cue, that the parser joined to the reported clause: what the speaker went on to do. A
    refusal after a clause about the speaker ("said it had received complaints but declined to
    say how many"); a judgement after a clause about no source ("said his team's start was “not
    good enough” but credited his players"); what they pointed to ("said recruitment is the top
    priority and pointed to signing bonuses"); what they did not say ("said it remained
    committed to the program but did not give a date"). ("said the agency had refused the request
    and declined to explain" and "said the mayor had failed the city and blamed the council" stay
    whole.)"""
    # (the tense of "did not give" is the auxiliary's)
    tense = next((c.tag_ for c in conj.children if c.dep_ == "aux" and c.lower_ in DO_FORMS), conj.tag_)
    if conj.dep_ != "conj" or conj.head == cue or own_subject(conj) is not None or tense != cue.tag_:
        return False
    subject = own_subject(conj.head)
    if subject is None:
        return False
    if tense == "VBD" and tense != conj.tag_ and negated(conj) and _modal(conj.head):
        # what the speaker did not do, in the past of the cue after words of what may come:
        # "hinted that the city might review its contracts but did not commit to adding money"
        return True
    low = conj.lower_
    if low in REFUSAL_FORMS or cue_lemma(low) in NON_STATEMENT_VERBS and negated(conj):
        return subject.pos_ == "PRON" or _body_spoken_for(subject, cue)
    if low in POINTING_FORMS:
        return True  # "said recruitment is the top priority and pointed to signing bonuses"
    return low in JUDGING_FORMS and subject.pos_ != "PRON" and not is_source(subject)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _body_spoken_for(subject: Token, cue: Token) -> bool:
    """ "A Boeing spokesperson said [the company] was working with NASA and declined to comment":
    the body a spokesperson speaks for is the speaker, as a pronoun would be."""
    speaker = own_subject(cue)
    return (
        speaker is not None
        and speaker.lower_ in SPOKESPERSON_NOUNS
        and subject.lower_ in ORGANISATION_NOUNS
        and has_child(subject, "det", "the")
    )


def _speaking_participle(verb: Token, cue: Token) -> bool:
    """A speaking participle set off by a comma that the parser hung on the reported clause: the
    speaker's next act ("testified that she shredded the records …, telling jurors she did so
    because …", "said sales fell, adding that …"), or what the speaker pointed to ("suggested the
    cyclist may have swerved, pointing to testimony …", "…, citing a poll")."""
    if not (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and verb.head != cue
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and own_subject(verb) is None
    ):
        return False
    if verb.lower_ in POINTING_PARTICIPLES:
        return True
    if not is_cue(verb):
        return False
    # words of its own ("…, explaining that he was unaware …"), or on a clause about the speaker
    # ("he would not seek a recount, conceding the race"); not the manner of others' acts the
    # content tells ("Trump supporters began shoving her, screaming racial slurs")
    subject = own_subject(verb.head)
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or (
        subject is not None and subject.pos_ == "PRON"
    )


JUDGING_FORMS = frozenset(f for lemma in TARGET_LEMMAS for f in word_forms(lemma))
# Citing what backs one's words, an act of the speaker's whatever the clause before is about.
POINTING_FORMS = frozenset(word_forms("point"))
# ... and set off after the claim: "…, pointing to testimony …", "…, citing a new poll".
POINTING_PARTICIPLES = frozenset({"pointing", "citing"})


def _speaker_goes_on(conj: Token, cue: Token) -> bool:
    """A second speech verb with no subject, in the tense of the cue, joined to the reported
    clause by the parser: the speaker's own next act, not the clause's ("said the plan was too
    little and accused the government of …", "said the estimate looked solid but cautioned
    against …", and after a pronoun: "said it was “deeply disappointed” and accused the union
    of …"; dev: Trump's "warned", Rendell's "called" split off as the gold has them), or after a
    passive clause: "said the tax had been eliminated in April and accused Poilievre of …"."""
    return (
        conj.head != cue
        and own_subject(conj) is None
        and (conj.tag_ == cue.tag_ or _past_read_as_participle(conj, cue))
        and is_cue(conj)
        and (own_subject(conj.head) is not None or any(c.dep_ == "nsubjpass" for c in conj.head.children))
    )


def _past_read_as_participle(conj: Token, cue: Token) -> bool:
    """ "said the county had been slow to open shelters and accused officials of …": the parser
    shares the clause's "had" with "accused", but the form is the cue's past as well, and a speech
    verb with no subject of its own goes on from the speaker. ("had been told and written" keeps
    the participle: "written" is no past tense.)"""
    return (
        cue.tag_ == "VBD"
        and conj.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
        # ("said he has not held fundraising dinners and never called a donor": still the clause)
        and not negated(conj)
        and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in conj.head.children)
        and (conj.lower_.endswith("ed") or conj.lower_ in IRREGULAR_FORMS.get(conj.lemma_, "").split()[:1])
    )


def _content_goes_on(conj: Token) -> bool:
    """ "said the wait was unacceptable and that he had written to the family": one claim in
    two clauses — unless the second names another source with words of its own ("… and that
    the Chamber of Commerce thinks more than 6 million jobs rely on trade")."""
    if not has_child(conj, "mark", "that"):
        return False
    subject = own_subject(conj)
    other_source = subject is not None and subject.pos_ != "PRON"
    return not (other_source and any(c.dep_ == "ccomp" for c in conj.children))


# What a cue governs that is its own, not the clause it reports.
CUES_OWN_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl", "neg"})


def clause_after_a_colon(cue: Token, sent: Span) -> tuple[int, int] | None:
    """The words between the last colon before a final cue and the cue's own words, when they
    make a clause: "The message was clear: [the city will not pay], the mayor said"."""
    colon = max((t.i for t in sent if t.text == ":" and t.i < cue.i), default=None)
    subject = own_subject(cue)
    opens = subject.left_edge.i if subject is not None and subject.i < cue.i else cue.i
    if colon is None or cue.dep_ == "relcl" or inside_a_quotation(cue.doc[colon]):
        return None
    words = [t for t in sent if colon < t.i < opens]
    while words and words[-1].is_punct:
        words.pop()
    if (
        not any(t.tag_ in FINITE_TAGS for t in words)
        or words[0].dep_ == "prep"
        or any(t.head == cue and t.dep_ in CUES_OWN_DEPS for t in words)
    ):
        # ("…: In 2009, the two learned of …": the cue's own time, no clause; "…: Women in 46
        # countries have been advised by the WHO to …": the cue's own subject)
        return None
    return span_of(words) if not any(t.text == ";" for t in words) else None


def inside_a_quotation(mark: Token) -> bool:
    """Whether a colon or semicolon stands inside a quotation the finder missed, which says it
    all ("''There's only one way to talk about it: with honor and respect,'' Mr. Kasich said"):
    more opening marks than closing ones before it in the paragraph, or an odd number of marks
    that do both (not "no reference to ''Lyin' Ted'' or ''Crooked Hillary''; he called …")."""
    before = [t.text for t in mark.doc[: mark.i]]
    opened = sum(w in ("“", "``") for w in before) - sum(w == "”" for w in before)
    return opened > 0 or sum(w in ('"', "''") for w in before) % 2 == 1

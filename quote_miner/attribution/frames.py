"""Direct and partial quotes: which cue frames a quotation and whose it is (cue and subject
in either order, inverted cues, colon frames, dash trailers, judgements of a quoted word)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.colon_frames import colon_name, introducer
from quote_miner.attribution.cue_subjects import speaker_token_for_cue
from quote_miner.attribution.groups import group_mention
from quote_miner.attribution.lexicon import (
    FRAME_WINDOW,
    JUDGING_LEMMAS,
    LOOKING_BACK_RE,
    NAMING_LEMMAS,
    QUESTION_FRAME_MAX_TOKENS,
    QUESTION_FRAME_TOKENS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    VAGUE_SUBJECTS,
)
from quote_miner.attribution.mentions import (
    Attribution,
    adds_a_thing,
    cue_text,
    is_cue,
    is_vague,
    mention_for,
)
from quote_miner.attribution.sources import credible_source, is_named, is_source, relative_antecedent
from quote_miner.attribution.stances import notion_reacted_to, stance_holder_of
from quote_miner.attribution.syntax import (
    ancestors,
    article_people,
    doc_text,
    first_conjunct,
    in_ranges,
    is_person,
    negated,
    own_subject,
    run_head,
    sentence_of,
    tokens_between,
)
from quote_miner.attribution.word_order import (
    frame_subject,
    lead_cue_read_as_noun,
    short_frame_after,
    short_frame_before,
    trailer_after,
    trailer_ending_the_paragraph,
)
from quote_miner.cues import SPEECH_LEMMAS, cue_lemma
from quote_miner.nlp import AUX_WORDS
from quote_miner.settings import CONFIDENCE as CONF


def _names_its_speaker(noun: Token) -> bool:
    """A speech noun with its speaker attached: "his words", "the words of one top staffer"."""
    return any(
        c.dep_ == "poss"
        or c.dep_ == "prep"
        and c.lower_ in ("of", "by", "from")
        and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    )


def _governs(cue: Token, q_tokens: list[Token]) -> bool:
    if cue.lower_ == "according" and cue.head != cue:
        # "According to his physician, he had “excellent” results": the clause it hangs on is
        # the source's, with every fragment in it.
        return any(cue.head in ancestors(t) for t in q_tokens)
    return any(cue in ancestors(t) for t in q_tokens)


def _linked(cue: Token, q_tokens: list[Token]) -> bool:
    qs = set(t.i for t in q_tokens)
    for t in q_tokens:
        if cue in ancestors(t):
            return True
    # The quote governs the cue: "“…,” Rubio told reporters" parsed with the quote as root.
    h = cue
    for _ in range(3):
        if h.head == h:
            break
        h = h.head
        if h.i in qs:
            return True
    return False


def _described_below(outer: Token, inner: Token) -> bool:
    """Whether ``inner`` hangs below ``outer`` through a relative clause, participle,
    apposition or coordination: a description inside the outer clause or a second statement
    ("Putney said that …, but he said that “…”"), not what the outer cue reports."""
    cur = inner
    for _ in range(12):
        if cur == outer or cur.head == cur:
            return False
        if cur.dep_ in ("relcl", "acl", "appos", "conj"):
            return outer in ancestors(cur)
        cur = cur.head
    return False


def _subordinate_speaker(cue: Token, q_tokens: list[Token]) -> bool:
    """Whether the quote sits in an adverbial clause with a speaker of its own below ``cue``:
    "Christie described Clinton as a “disgrace” after she blamed shootings on “implicit
    bias”" — the second phrase is hers."""
    head = run_head(q_tokens)
    if head is None:
        return False
    for verb in ancestors(head):
        if verb == cue:
            return False
        clause = verb
        while clause.dep_ == "conj" and clause.head != cue:
            clause = clause.head  # "after she attacked … and blamed … on “…”"
        if (
            clause.dep_ == "advcl"
            # (or further down what the cue reports, when it speaks itself: "told supporters
            # that the election was rigged, while Clinton … accused her rival of hiding his
            # returns because “he has something to hide”")
            and (clause.head == cue or is_cue(clause) and cue in ancestors(clause))
            and verb.pos_ == "VERB"
            and verb.lower_ not in AUX_WORDS
        ):
            subj = own_subject(clause)
            if subj is not None and is_named(subj) and subj.lower_ not in RELATIVE_PRONOUNS:
                return True
    return False


def _introduces(cue: Token, start: int) -> bool:
    """Whether ``cue`` ends a colon frame right before the quote: "Smith told reporters: “…”"."""
    if cue.idx >= start:
        return False
    between = doc_text(cue.doc)[cue.idx + len(cue) : max(cue.idx + len(cue), start - 1)].strip()
    if not between.endswith((":", ",")) or len(between.split()) > 6:
        return False
    # "told reporters:", "said during the debate last week, “…”" — but not a clause of its own
    words = tokens_between(cue.doc, cue.idx + len(cue), start - 1)
    return not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("mark", "ccomp") for t in words)


def _frames(cue: Token, end: int) -> bool:
    """Whether ``cue`` is the frame right after the quote ending at ``end``: "“…,” The Hill
    reported" (a few words, no other verb between)."""
    if cue.idx < end:
        return False
    between = [t for t in tokens_between(cue.doc, end, cue.idx) if not t.is_punct]
    if len(between) > 6 or any(t.pos_ in ("VERB", "AUX") for t in between):
        return False
    if between and between[0].dep_ == "cc":
        return False  # "… was “dead,” and the council disagreed": a clause of its own
    # "“…,” Melanie said yes", "“…,” underscoring growing impatience": the cue has words of
    # its own.
    return not any(
        c.i > cue.i and c.dep_ in ("dobj", "ccomp", "xcomp", "intj", "attr", "oprd") for c in cue.children
    )


def _parenthetical(cue: Token, q_tokens: list[Token]) -> bool:
    """A cue set into the clause that holds the quote: "Biden, Rubio said, had been in the
    Senate for “a thousand years”"."""
    if cue.dep_ not in ("parataxis", "advcl") or cue_lemma(cue.text) not in SPEECH_LEMMAS:
        return False
    if own_subject(cue) is None or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children):
        return False
    host = cue.head
    return any(host == t or host in ancestors(t) for t in q_tokens)


@dataclass(frozen=True)
class QuoteSite:
    """A quoted run and what every pattern reads around it."""

    doc: Doc
    start: int
    end: int
    quote_ranges: list[tuple[int, int]]
    partial: bool
    q_tokens: list[Token]
    sents: list[Span]
    trailing_max_tokens: int


# A pattern that found the quote's frame but no one in it: the search stops there.
NO_ONE = Attribution(None, None, "none", 0.0)


def attribute_quote(
    doc: Doc,
    start: int,
    end: int,
    quote_ranges: list[tuple[int, int]],
    *,
    partial: bool,
    trailing_max_tokens: int = 12,
) -> Attribution | None:
    """Who is credited with the quoted run ``doc.text[start:end]`` in this paragraph: the first
    pattern of ``PATTERNS`` (partial quotes: ``PARTIAL_PATTERNS``) that finds someone."""
    q_tokens = list(tokens_between(doc, start, end))
    if not q_tokens:
        return None
    sents = [sentence_of(q_tokens[0])]
    while sents[-1].end <= q_tokens[-1].i:
        sents.append(sentence_of(doc[sents[-1].end]))
    site = QuoteSite(doc, start, end, quote_ranges, partial, q_tokens, sents, trailing_max_tokens)
    for _, pattern in PARTIAL_PATTERNS if partial else PATTERNS:
        found = pattern(site)
        if found is not None:
            return None if found is NO_ONE else found
    return None


def _by_cue(site: QuoteSite) -> Attribution | None:
    """The best-ranked speech cue among the words of the quote's sentences near it (and a short
    sentence right after): linked to the quote by the parse, framing it, nearest."""
    doc, start, end, quote_ranges, partial = site.doc, site.start, site.end, site.quote_ranges, site.partial
    q_tokens, sents = site.q_tokens, site.sents
    # The frame: words of the quote's sentences outside any quotation, near the quote.
    lo = max(sents[0].start, q_tokens[0].i - FRAME_WINDOW)
    hi = min(sents[-1].end, q_tokens[-1].i + 1 + FRAME_WINDOW)
    frame: list[Token] = [
        t for t in doc[lo:hi] if not in_ranges(t.idx, quote_ranges) and not (start - 1 <= t.idx <= end)
    ]
    # A short sentence right after the quote can carry the cue: "“…” He paused. said…"
    last = sents[-1]
    if last.end < len(doc):
        nxt = sentence_of(doc[last.end])
        if (
            nxt is not None
            and len(nxt) <= site.trailing_max_tokens
            and not any(in_ranges(t.idx, quote_ranges) for t in nxt)
        ):
            frame += list(nxt)
        elif nxt is not None and LOOKING_BACK_RE.match(doc_text(doc), nxt.start_char):
            # a longer sentence that looks back at it, up to the verb after "how": "“Shameful.”
            # That was how Unifor national president Lana Payne described the decision on Tuesday"
            verb = next((t for t in nxt[3:] if t.pos_ == "VERB"), None)
            frame += list(doc[nxt.start : verb.i + 1]) if verb is not None else []
        elif nxt is not None and _split_after_question(doc, end, nxt):
            # "“…, who knows?” Trump told Britain’s ITV …": the parser ends the sentence at the
            # question mark; the frame is the start of the next one, up to its verb when that
            # is a cue (a speaker's name can come with a title, a role, a party).
            verb = nxt.root
            if not is_cue(verb):
                # "“… resign in disgrace!” the presumptive nominee, Donald Trump, tweeted Sunday":
                # the parser took the named subject for the root, its verb for a clause on it
                acl_cues = [t for t in verb.children if t.dep_ == "acl" and is_cue(t) and t.i > verb.i]
                verb = acl_cues[0] if acl_cues else verb
            reach = verb.i - nxt.start + 1
            if not (is_cue(verb) and QUESTION_FRAME_TOKENS < reach <= QUESTION_FRAME_MAX_TOKENS):
                reach = QUESTION_FRAME_TOKENS
            frame += [t for t in nxt[:reach] if not in_ranges(t.idx, quote_ranges)]
    cues = [t for t in frame if is_cue(t) and not _writers_aside(t)]
    notion = notion_reacted_to(q_tokens) if partial else None
    scored = []
    for cue in cues:
        if partial and cue.pos_ == "NOUN" and all(t.i < cue.i and cue in ancestors(t) for t in q_tokens):
            continue  # words describing the noun are no words of it: a “hasty” response
        if notion is not None and notion.head == cue:
            continue  # the notion's words (_by_stance_noun): "rejected the suggestion that the
            # pair were “stranded”" is no word of theirs
        # The frame right after a quote closed with a comma: "— as Moscow denies — “why
        # wouldn’t you …?” asked Dunn"; then one right before it: "O'Malley interjected: “…”".
        # (a noun frames only with its own speaker, "“surprises,” in the words of one top
        # staffer": "saying his campaign doesn’t want “that crap,” in an interview with CNN"
        # is framed by "saying")
        after = (
            (cue.pos_ != "NOUN" or _names_its_speaker(cue))
            and _frames(cue, end)
            and doc_text(doc)[start:end].rstrip("’'\"”")[-1:] in (",", "?", "!")
        )
        framing = after or _introduces(cue, start)
        linked = framing or (
            (_governs(cue, q_tokens) or _parenthetical(cue, q_tokens)) if partial else _linked(cue, q_tokens)
        )
        if partial and not framing and (not linked or _subordinate_speaker(cue, q_tokens) or negated(cue)):
            continue
        dist = min(abs(cue.idx - end), abs(cue.idx - start))
        if framing:
            dist = -2 if after else -1
        elif partial:
            # The outermost speech cue: "Holm said … that the ad “…” suggests" is Holm's; of two
            # joined as one speaker's acts, the nearer: "called him “a crook” and said she hoped
            # he would “rot”" is said's.
            dist = _nesting(cue) + dist / 10_000 if cue_lemma(cue.text) in SPEECH_LEMMAS else 1000 + dist
        speaker = speaker_token_for_cue(cue)
        if speaker is not None and speaker.tag_.startswith("VB") and speaker.is_lower:
            # a verb the parse made the subject: "Trump [supports] “…” … called" (not a name it
            # tagged a verb: "[Husted] continued by saying")
            speaker = None
        if speaker is not None and in_ranges(speaker.idx, quote_ranges):
            # A title in quotation marks parsed as the subject: "on “Morning Joe,” calling …"
            speaker = next(
                (c for c in cue.children if c.dep_ in SUBJECT_DEPS and not in_ranges(c.idx, quote_ranges)),
                None,
            )
        scored.append((not linked, is_vague(speaker), dist, cue, speaker))
    if partial and len(scored) > 1:
        # "said Scott Reed, who added that … “…”": a cue in a relative clause of the outer
        # cue's subject or object reports the quote itself.
        inner = [c for _, _, _, c, _ in scored if (own := own_subject(c)) is not None and not is_vague(own)]
        scored = [
            x for x in scored if _frames(x[3], end) or not any(_described_below(x[3], c) for c in inner)
        ]
    if not scored:
        return None
    scored.sort(key=lambda x: (x[0], x[1], x[2]))
    unlinked, no_speaker, _, cue, speaker = scored[0]
    if cue.lower_ != "according":
        speaker = frame_subject(doc, cue, end, quote_ranges, speaker)
    if speaker is not None and cue.dep_ == "acl" and speaker.i == cue.head.i and not is_source(speaker):
        speaker = None  # the thing a participle describes, not a holder: "a box labeled “…”"
    # (several holders named together are one speaker: "Colleges and Institutes Canada called
    # the decision “devastating”")
    mention = (group_mention(speaker) or mention_for(speaker)) if speaker is not None else None
    if mention is None and partial:
        return NO_ONE
    method = "according" if cue.lower_ == "according" else "cue"
    conf = CONF.cue if not unlinked else CONF.cue_unlinked
    if mention is None:
        conf = CONF.cue_without_speaker
    return Attribution(mention, cue_text(cue), method, conf, cue.idx)


def _nesting(cue: Token) -> int:
    """How deep ``cue`` lies inside what other words report: its heads less the joins of a
    series ("called … and said" are one level)."""
    depth = 0
    for token in [cue, *ancestors(cue, 40)][:-1]:
        depth += token.dep_ != "conj"
    return depth


def _writers_aside(cue: Token) -> bool:
    """ "Trump said, and I quote, “…”": the writer vouching for the words, not a speaker."""
    writer = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in cue.children)
    return writer and cue_lemma(cue.text) == "quote"


def _by_judgement(site: QuoteSite) -> Attribution | None:
    return _judged_by(site.q_tokens, site.quote_ranges)


def _by_stance_noun(site: QuoteSite) -> Attribution | None:
    return stance_holder_of(site.q_tokens, site.quote_ranges)


def _by_short_frame(site: QuoteSite) -> Attribution | None:
    return short_frame_after(site.doc, site.end, site.sents[-1], site.quote_ranges)


def _opens_its_sentence(site: QuoteSite) -> bool:
    first = site.sents[0]
    text = doc_text(site.doc)
    return first.start > 0 and text[first.start_char : site.start].strip(" “\"'‘") == ""


def _by_previous_cue(site: QuoteSite) -> Attribution | None:
    """The sentence before introduces it: "Bruce emphasized the need for … . “President …”"."""
    if not _opens_its_sentence(site):
        return None
    prev = sentence_of(site.doc[site.sents[0].start - 1])
    prev_tokens = [t for t in prev if not in_ranges(t.idx, site.quote_ranges)]
    if len(prev_tokens) != len(prev):
        return None
    cues = [t for t in prev_tokens if is_cue(t, belief=True)]
    # (the outer cue's: "Greene added that the Fed wants to get out of the way." / "“…”" is
    # Greene's, not the Fed's)
    outer = [c for c in cues if not any(a in cues for a in ancestors(c))]
    for cue in reversed(outer):
        speaker = speaker_token_for_cue(cue)
        if speaker is not None:
            return Attribution(
                mention_for(speaker), cue_text(cue), "previous sentence", CONF.previous_sentence_cue, cue.idx
            )
    return None


def reported_at_end(doc: Doc) -> Attribution | None:
    """Whose words the last sentence of a paragraph reports, when its main verb is a speech cue
    with a named subject: "Carter said that for decades critics had predicted a withdrawal, but
    this would not happen." (not "Carter did not say …", not "officials said …"), or a cue set
    inside it: "The rules, Smith said, are a mess."."""
    if len(doc) == 0:
        return None
    last = sentence_of(doc[len(doc) - 1])
    cue = last.root
    if not is_cue(cue) and not any(t.tag_ in ("``", "''") for t in last):
        # (not around words in quotation marks the paragraph's quotes were not found in:
        # "''Our company,'' he added, ''builds …''")
        cue = next((c for c in cue.children if c.dep_ in ("parataxis", "ccomp") and _aside(c)), cue)
    if not is_cue(cue) or negated(cue) or cue_lemma(cue.text) not in SPEECH_LEMMAS:
        return None
    speaker = speaker_token_for_cue(cue)
    # (a name the tagger took for a common noun counts when the article names that person: "Smook")
    named = speaker is not None and (is_named(speaker) or speaker.text in article_people(speaker.doc))
    if speaker is None or is_vague(speaker) or not named:
        return None
    return Attribution(mention_for(speaker), cue_text(cue), "reported before", CONF.continuation, cue.idx)


def _aside(verb: Token) -> bool:
    """A speech cue set inside the sentence it reports, with nothing of its own said."""
    return is_cue(verb) and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)


def _by_colon_lead(site: QuoteSite) -> Attribution | None:
    """ "He also played up his strength: “Who gives us the best chance …”"."""
    # (not the blanks between the colon and the mark: "1992:\xa0“…”")
    lead = [
        t
        for t in site.sents[0]
        if t.idx < site.start - 1 and not in_ranges(t.idx, site.quote_ranges) and t.text.strip()
    ]
    if lead and lead[-1].text == ":" and len(lead) > 2:
        return introducer(lead)
    return None


def _by_short_lead(site: QuoteSite) -> Attribution | None:
    return short_frame_before(site.doc, site.start, site.sents[0], site.quote_ranges)


def _by_lead_read_as_noun(site: QuoteSite) -> Attribution | None:
    return lead_cue_read_as_noun(site.doc, site.sents[0], site.start)


def _by_colon_name(site: QuoteSite) -> Attribution | None:
    """ "X: “…”" — a name and a colon in front of the quote."""
    return colon_name(site.doc, max(0, site.sents[0].start_char), max(0, site.start - 1), CONF.colon_name)


def _by_trailer(site: QuoteSite) -> Attribution | None:
    """ "“…” — X"."""
    return trailer_after(site.doc, site.end)


def _by_trailer_ending_the_paragraph(site: QuoteSite) -> Attribution | None:
    return trailer_ending_the_paragraph(site.doc, site.end)


def _by_subject_after_a_colon(site: QuoteSite) -> Attribution | None:
    """ "“I'm not going anywhere”: Ford brushes off calls to resign" — a quotation that opens
    its sentence, then a colon and a clause whose subject names someone: theirs (a headline's
    way, and a lede's)."""
    doc, text = site.doc, doc_text(site.doc)
    opening = text[site.sents[0].start_char : site.start].strip(" “\"'‘")
    if opening or not COLON_AFTER_RE.match(text, site.end):
        return None
    colon = text.index(":", site.end)
    after = [t for t in doc if t.idx > colon and not in_ranges(t.idx, site.quote_ranges)]
    verb = next((t for t in after if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"), None)
    subject = own_subject(verb) if verb is not None else None
    if subject is None or subject.idx < colon or not is_named(subject) or subject.lower_ in ("he", "she"):
        return None
    return Attribution(mention_for(subject), None, "subject after a colon", CONF.trailer, None)


# The closing mark of a quotation and a colon right after it: "“Not going anywhere”: Ford …".
COLON_AFTER_RE = re.compile(r"[”\"’'»]?[ \t]*:\s")


def _by_previous_subject(site: QuoteSite) -> Attribution | None:
    """The person the sentence before is about: "Sen. Bernie Sanders … identified young voters’
    exhaustion as one of the reasons. “The younger people are …”"."""
    if not _opens_its_sentence(site):
        return None
    root = sentence_of(site.doc[site.sents[0].start - 1]).root
    subj = own_subject(root) if root.pos_ in ("VERB", "AUX") else None
    if subj is None or in_ranges(subj.idx, site.quote_ranges) or not is_person(subj):
        return None
    return Attribution(
        mention_for(subj), root.text, "previous sentence", CONF.previous_sentence_subject, root.idx
    )


# Who said a quotation: the patterns in the order they are tried, the first that finds someone
# wins. (Across paragraphs, extraction.py goes on with a colon-ended paragraph before, then the
# quotation before; transcript turns are attribution/transcripts.py's.)
PATTERNS: tuple[tuple[str, Callable[[QuoteSite], Attribution | None]], ...] = (
    ("a speech cue in the quote's sentence", _by_cue),
    ("a short frame after the quote with a verb outside the lexicon", _by_short_frame),
    ("a speech cue in the sentence before", _by_previous_cue),
    ("a frame ending in a colon in the quote's sentence", _by_colon_lead),
    ("a name and a colon before the quote", _by_colon_name),
    ("a lead before the quote whose cue the tagger took for a noun", _by_lead_read_as_noun),
    ("a short lead before the quote with a verb outside the lexicon", _by_short_lead),
    ("a name after a dash behind the quote", _by_trailer),
    ("a name after a dash that ends a paragraph of quotations", _by_trailer_ending_the_paragraph),
    ("the subject of the clause after a colon behind the quote", _by_subject_after_a_colon),
    ("the person the sentence before is about", _by_previous_subject),
)
# A quoted fragment is credited by a cue that governs it, or by a verb of judgement.
PARTIAL_PATTERNS: tuple[tuple[str, Callable[[QuoteSite], Attribution | None]], ...] = (
    ("a speech cue that governs the fragment", _by_cue),
    ("a verb of judgement", _by_judgement),
    ("the holder of a stance noun whose clause holds the fragment", _by_stance_noun),
)


def _split_after_question(doc: Doc, end: int, nxt: Span) -> bool:
    """Whether ``nxt`` is the rest of the quote's sentence, cut off after a quoted question or
    exclamation: the quote ends in ? or ! and ``nxt`` begins right after its closing mark."""
    text = doc_text(doc)
    return text[max(0, end - 1)] in "?!" and 0 < nxt.start_char - end <= 3


def _judged_by(q_tokens: list[Token], quote_ranges) -> Attribution | None:
    """A quoted phrase someone applies to something: "Reid has gone after Trump as a “human
    leech”", "Japan branded North Korea an “outlaw nation”".

    The subject of the clause that governs the quote is credited when it is a person (any
    verb), or a named institution or a group with a verb of judgement (``JUDGEMENT_LEMMAS``).
    "Europeans formed a “coalition of the willing”" stays a scare quote.
    """
    if notion_reacted_to(q_tokens) is not None:
        return None  # see _by_stance_noun
    inside = {t.i for t in q_tokens}
    head = run_head(q_tokens) or q_tokens[0]
    judging = False
    climbed = False
    for verb in ancestors(head):
        if in_ranges(verb.idx, quote_ranges) or verb.pos_ not in ("VERB", "AUX") or not verb.is_alpha:
            continue
        judging = judging or cue_lemma(verb.text) in JUDGING_LEMMAS and not adds_a_thing(verb)
        subj = own_subject(verb)
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            # "Beck, who has described Trump as “…”": the relative pronoun stands for a name.
            antecedent = relative_antecedent(subj)
            if judging and antecedent is not None and is_named(antecedent):
                return Attribution(mention_for(subj), verb.text, "judgement", CONF.judgement_source, verb.idx)
            return None
        if subj is None or subj.i in inside:
            # "…, comparing him to “…”": the clause above says who.
            if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp"):
                climbed = True
                continue
            return None
        if subj.lower_ in VAGUE_SUBJECTS:
            return None
        if is_person(subj) and (judging or not climbed):
            return Attribution(mention_for(subj), verb.text, "judgement", CONF.judgement, verb.idx)
        if judging and credible_source(subj):
            return Attribution(mention_for(subj), verb.text, "judgement", CONF.judgement_source, verb.idx)
        if verb.dep_ == "ccomp" and not is_person(subj):
            # "Politifact ruled that Trump’s statement is “true”": the clause is the verdict.
            climbed = True
            continue
        return None
    return None


def names_by_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted words are what a verb calls something: its object or complement
    ("called the winner “Miss Piggy”", "cited … as “King James”"), not a place or a title
    mentioned in passing ("said on “Face the Nation”")."""
    q_tokens = list(tokens_between(doc, start, end))
    if not q_tokens:
        return False
    # (the first of coordinated words: "called him a “fascist” and a “Stalinist”" names the second too)
    head = first_conjunct(run_head(q_tokens) or q_tokens[0])
    if head.dep_ in ("oprd", "attr", "acomp"):
        return head.head.pos_ in ("VERB", "AUX")
    if head.dep_ == "appos" and head.head.dep_ == "dobj":
        head = head.head  # "called the pageant winner “Miss Piggy”"
    if head.dep_ in ("dobj", "ccomp", "xcomp"):
        return cue_lemma(head.head.text) in NAMING_LEMMAS
    return head.dep_ == "pobj" and head.head.lower_ in ("as", "like")

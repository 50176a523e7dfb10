"""Who a frame ending in a colon introduces: "He said:", "The New York Times reports:",
"Rep. Trey Gowdy (R-S.C.):" — before a quotation, or before a block of words set without marks."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quote_miner.attribution.cue_subjects import speaker_token_for_cue
from quote_miner.attribution.lexicon import (
    ADDRESSED_NAME_RE,
    ANSWER_LABELS,
    COLON_NAME_RE,
    ENTITY_TYPES,
    HEADLINE_LABELS,
    PERSON_PRONOUNS,
    QUESTION_LABELS,
)
from quote_miner.attribution.mentions import (
    Attribution,
    Mention,
    cue_text,
    is_cue,
    is_vague,
    mention_for,
)
from quote_miner.attribution.names import one_persons_noun
from quote_miner.attribution.sources import credible_source, is_time_word
from quote_miner.attribution.syntax import ancestors, doc_text, in_ranges, own_subject, run_head, sentences
from quote_miner.settings import CONFIDENCE as CONF


def attribute_intro(doc: Doc, quote_ranges: list[tuple[int, int]]) -> Attribution | None:
    """Who a paragraph ending in a colon introduces: "He said:", "The New York Times reports:",
    "Sanders made the following comment:", "Rep. Trey Gowdy (R-S.C.):"."""
    text = doc_text(doc).rstrip()
    sents = sentences(doc)
    if not text.endswith(":") or not sents or in_ranges(len(text) - 1, quote_ranges):
        return None
    sent = sents[-1]
    return introducer([t for t in sent if not in_ranges(t.idx, quote_ranges)])


def introducer(frame: list[Token]) -> Attribution | None:
    """The speaker named by a frame that ends in a colon."""
    if not frame:
        return None
    doc = frame[0].doc
    # The outermost cue: "Breitbart News reported, …, the White House was refusing to call …:"
    cues = sorted((t for t in frame if is_cue(t, belief=True)), key=lambda t: (len(ancestors(t)), -t.i))
    for cue in cues:
        speaker = speaker_token_for_cue(cue)
        if speaker is not None and not is_vague(speaker):
            return Attribution(mention_for(speaker), cue_text(cue), "colon", CONF.colon_cue, cue.idx)
    found = colon_name(doc, frame[0].idx, frame[-1].idx + len(frame[-1]), CONF.colon_frame_name)
    if found is not None:
        return found
    here = next((k for k in range(len(frame) - 1, -1, -1) if frame[k].text == "Here"), None)
    if here is not None:
        # "Here's Clinton in December 1992: “…”": the person the frame presents
        person = next((t for t in frame[here:] if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"), None)
        if person is not None:
            return Attribution(mention_for(person), None, "colon", CONF.colon_frame_name, None)
    root = run_head(frame)
    subj = own_subject(root) if root is not None and root.pos_ in ("VERB", "AUX") else None
    # "Her advice to new nurses is short:", "His answer:": the one whose words they are
    owner = _persons_own(subj if subj is not None else root)
    if owner is not None:
        return Attribution(mention_for(owner), None, "colon", CONF.colon_subject, None)
    if (
        subj is not None
        and subj.i in {t.i for t in frame}
        and not is_vague(subj)
        and (subj.lower_ in PERSON_PRONOUNS or credible_source(subj))
    ):
        return Attribution(mention_for(subj), root.text, "colon", CONF.colon_subject, root.idx)
    return None


def colon_name(doc: Doc, lo: int, hi: int, confidence: float) -> Attribution | None:
    """A name right before a colon in ``doc.text[lo:hi]``: "Rep. Trey Gowdy (R-S.C.):"."""
    frame = doc_text(doc)[lo:hi]
    m = COLON_NAME_RE.search(frame) or ADDRESSED_NAME_RE.match(frame)
    if not m or m.group(1).split()[0].lower() in ("from", "on", "in"):
        return None
    s = lo + m.start(1)
    span = doc.char_span(s, s + len(m.group(1).rstrip()), alignment_mode="expand")
    # (a headline's name alone, which the tagger may take for a common noun: "Carney: “…”")
    opening = (
        m.start(1) == 0
        and span is not None
        and all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") for t in span)
    )
    if span is None or not (opening or any(t.ent_type_ in ENTITY_TYPES or t.pos_ == "PROPN" for t in span)):
        return None
    if m.group(1).lower() in HEADLINE_LABELS or m.start(1) == 0 and m.group(1) in QUESTION_LABELS:
        return None  # "Watch: “…”"; an interview's question is the paper's
    if m.start(1) == 0 and m.group(1) in ANSWER_LABELS:
        # an interview's quoted answer, "A: “…”": the interviewee's (the resolver finds them)
        return Attribution(
            Mention(span.start_char, span.end_char, span.text, "label"), None, "colon", confidence, None
        )
    if all(is_time_word(t) for t in span):
        return None  # "… put it on Tuesday:" (a day is no one)
    mention = mention_for(span.root)
    if opening and mention.text != span.text and len(span) <= 3:
        # (the name alone, not the description the parser made of "Carney to premiers")
        mention = Mention(span.start_char, span.end_char, span.text, "name")
    return Attribution(mention, None, "colon", confidence, None)


def _persons_own(noun: Token | None) -> Token | None:
    """The person whose words a noun in a colon frame is: "Her" in "Her advice …:", "Ortega"
    in "Ortega's answer:" (not a person's own noun: "Her lawyer:")."""
    if noun is None or noun.pos_ != "NOUN" or one_persons_noun(noun.lower_):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    named = owner is not None and (
        owner.ent_type_ == "PERSON" or owner.pos_ == "PROPN" and not owner.ent_type_
    )
    if owner is None or not (owner.lower_ in PERSON_PRONOUNS or named):
        return None
    return owner

"""Who the word order around a quotation names when the parse does not: "“…,” said X", "“…,” X
said", a short frame with a verb outside the lexicon ("“…,” he surmised"), the frame of the
quotation before ("“A,” X said. “B”"). frames.py asks these after the parse has had its say.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.claim_lexicon import (
    TARGET_LEMMAS,
)
from quote_miner.attribution.cue_subjects import aside_between
from quote_miner.attribution.lexicon import (
    NAME_RUN,
    OBJECT_OF_SPEECH,
    TRAILER_RE,
    WIRE_AGENCIES,
)
from quote_miner.attribution.mentions import Attribution, Mention, mention_for
from quote_miner.attribution.syntax import (
    age_description,
    doc_text,
    entities,
    in_ranges,
    is_person,
    own_subject,
    quoted_as_saying,
    sentence_of,
)
from quote_miner.cues import SPEECH_LEMMAS, cue_lemma
from quote_miner.settings import CONFIDENCE as CONF


def short_frame_after(doc: Doc, end: int, sent: Span, quote_ranges) -> Attribution | None:
    """A short frame after the quote whose verb is outside the lexicon: "“…,” he surmised."."""
    after = [t for t in sent if t.idx >= end and not in_ranges(t.idx, quote_ranges)]
    words = [t for t in after if not t.is_punct]
    text = doc_text(doc)
    if not words:
        if text[max(0, end - 1)] == "." and sent.end < len(doc):
            return _beat_between(doc, end, sentence_of(doc[sent.end]), quote_ranges)
        if text[max(0, end - 1)] not in "?!" or sent.end >= len(doc):
            return None
        # A frame of its own right after a question: "“Would it be negotiable?” Hannity pressed."
        words = [t for t in sentence_of(doc[sent.end]) if not t.is_punct]
        if len(words) > 3 or any(in_ranges(t.idx, quote_ranges) for t in words):
            return None
    elif text[max(0, end - 1)] not in ",?!—–…" and text[end + 1 : words[0].idx].strip() != ",":
        return None  # (words broken off are said too: "“We're going to —” Roy paused.")
    elif (aged := _age_said(words[:8], end)) is not None:
        return aged
    elif (described := _cue_read_as_noun(words[:10], end)) is not None:
        return described
    elif len(words) > 8:
        # A longer sentence frames a quotation that opens it when it goes on with its subject
        # and verb: "“Go back to Univision,” Trump barked and a security guard escorted him
        # out." (not a title inside it: "At an event billed as “Hard Hats for Hillary,” Clinton
        # unveiled …")
        opening = next((a for a, b in quote_ranges if a <= end <= b), None)
        first_verb = next((k for k, t in enumerate(words[:4]) if t.pos_ == "VERB"), None)
        if first_verb is None or opening is None or text[sent.start_char : opening].strip(" “\"'‘"):
            return None
        words = words[: first_verb + 1]
    for verb in words:
        if verb.pos_ != "VERB" or not verb.tag_.startswith("VB"):
            continue
        subj = own_subject(verb)
        if subj is None and verb.i > 0 and verb.doc[verb.i - 1].pos_ == "PROPN":
            subj = verb.doc[verb.i - 1]  # the name right before it, the parse lost: "Trump barked"
        if subj is None:
            continue
        named = is_person(subj) or subj.pos_ == "PROPN" or subj.is_title and subj.pos_ == "NOUN"
        if subj.idx > end and named:
            return Attribution(mention_for(subj), verb.text, "cue", CONF.cue_after_subject, verb.idx)
    return None


# The most words of a short lead before a quotation: "A flabbergasted Noah deadpanned, “…”".
SHORT_LEAD_MAX_WORDS = 6


def short_frame_before(doc: Doc, start: int, sent: Span, quote_ranges) -> Attribution | None:
    """A short lead before the quote whose verb is outside the lexicon: "Noah deadpanned, “…”"
    (a subject and its verb, an adverb at most, and a comma)."""
    text = doc_text(doc)
    if not text[sent.start_char : start].rstrip(" “\"‘'").endswith(","):
        return None
    words = [t for t in sent if t.idx < start and not t.is_punct and not in_ranges(t.idx, quote_ranges)]
    if not 2 <= len(words) <= SHORT_LEAD_MAX_WORDS:
        return None
    verb = words[-2] if words[-1].pos_ == "ADV" else words[-1]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ"):
        return None
    subj = own_subject(verb)
    if subj is None or subj.i > verb.i or not (is_person(subj) or subj.pos_ == "PROPN"):
        return None
    return Attribution(mention_for(subj), verb.text, "cue", CONF.cue_after_subject, verb.idx)


# The most words a sentence between two quotations has to be a speaker's beat ("She paused.").
BEAT_MAX_WORDS = 6


def _beat_between(doc: Doc, end: int, beat: Span | None, quote_ranges) -> Attribution | None:
    """ "“It made it harder.” She paused. “I had to learn …”": a short sentence of what someone
    did, with no words of theirs, between two quotations makes both theirs."""
    if beat is None or beat.end >= len(doc) or any(in_ranges(t.idx, quote_ranges) for t in beat):
        return None
    words = [t for t in beat if not t.is_punct]
    if not words or len(words) > BEAT_MAX_WORDS or not in_ranges(doc[beat.end].idx + 1, quote_ranges):
        return None
    subj = words[0]
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.pos_ != "VERB" or not (subj.lower_ in ("he", "she") or is_person(subj)):
        return None
    return Attribution(mention_for(subj), verb.text, "cue", CONF.cue_after_subject, verb.idx)


def _age_said(words: list[Token], end: int) -> Attribution | None:
    """ "“…,” the 41-year-old said, wiping her hands": the tagger took the verb for the noun
    the age describes; the age is the speaker."""
    for verb in words:
        if verb.lower_ in ("said", "says") and verb.pos_ == "NOUN" and verb.i > 0:
            age = age_description(verb.doc[verb.i - 1], alone=False)
            if age is not None and age.start_char > end:
                mention = Mention(age.start_char, age.end_char, age.text, "nominal")
                return Attribution(mention, verb.text, "cue", CONF.cue_after_subject, verb.idx)
    return None


# Words that may open the noun phrase of a frame's speaker: "a voice-over in the ad", "the Saudis".
SPEAKER_OPENING_TAGS = frozenset({"DT", "PRP$", "NNP", "NNPS"})


def _cue_read_as_noun(words: list[Token], end: int) -> Attribution | None:
    """ "“…,” a voice-over in the ad states.", "“…,” the Saudis state in the white paper": the
    tagger took the cue for a noun ending the phrase before it; that phrase is the speaker."""
    for k, cue in enumerate(words):
        if k == 0 or not _speech_read_as_noun(cue):
            continue
        after = words[k + 1] if k + 1 < len(words) else None
        if after is not None and after.pos_ != "ADP" and after.sent == cue.sent:
            return None
        return _noun_phrase_speaking(words[:k], cue)
    return None


def lead_cue_read_as_noun(doc: Doc, sent: Span, start: int) -> Attribution | None:
    """ "A source informs, “…”": the lead before a quotation is a noun phrase and a cue the
    tagger took for a noun, and nothing else."""
    words = [t for t in sent if t.idx < start and not t.is_punct]
    if len(words) < 2 or not _speech_read_as_noun(words[-1]):
        return None
    return _noun_phrase_speaking(words[:-1], words[-1])


def _speech_read_as_noun(word: Token) -> bool:
    return word.pos_ == "NOUN" and word.is_lower and cue_lemma(word.text) in SPEECH_LEMMAS


def _noun_phrase_speaking(speaker: list[Token], cue: Token) -> Attribution | None:
    words = [t for t in speaker if t.tag_ not in ("DT", "PRP$")]  # (not "His remarks, “…”")
    if (
        speaker[0].tag_ not in SPEAKER_OPENING_TAGS
        or not words
        or any(t.pos_ in ("VERB", "AUX", "PRON") or t.ent_type_ in ("DATE", "TIME") for t in words)
    ):
        return None
    start, stop = speaker[0].idx, speaker[-1].idx + len(speaker[-1])
    mention = Mention(start, stop, doc_text(cue.doc)[start:stop], "nominal")
    return Attribution(mention, cue.text, "cue", CONF.cue_after_subject, cue.idx)


def _ends_for_a_frame(text: str, end: int) -> bool:
    """Whether the quotation ending at ``end`` hands over to a frame: “…,” / “…?” / "…", ."""
    inside = text[:end].rstrip()[-1:]
    after = text[end : end + 3].lstrip("”\"’' ")[:1]
    return inside in (",", "?", "!", "—") or after in (",", "—")


def _inverted_subject(cue: Token) -> Token | None:
    """The name right after a cue that follows the quote: "“…,” said Alan Abramowitz"."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or doc[cue.i - 1].text not in (",", "”", '"', "’"):
        return None
    nxt = doc[cue.i + 1]
    if nxt.ent_type_ in ("DATE", "TIME") or not (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"):
        return None
    # "said MSNBC host Chris Matthews", "explained Los Angeles-based attorney Edgar Martirosyan"
    head = nxt
    while (
        head.head.i > head.i
        and head.head.i - nxt.i <= 8
        and head.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss", "case", "punct")
    ):
        head = head.head
    if head.pos_ not in ("PROPN", "NOUN") or head.ent_type_ in ("DATE", "TIME"):
        return None
    return head


def frame_subject(doc: Doc, cue: Token, end: int, quote_ranges, parsed: Token | None) -> Token | None:
    """The speaker in the frame "“…,” X said" or "“…,” said X", read off the word order.

    The parser often hangs the quote and its frame together wrongly; the words between the
    closing mark and the cue (or right after a cue that follows the mark) name the speaker.
    """
    if parsed is not None and quoted_as_saying(cue) == parsed:
        return parsed  # "“…,” Reuters quoted Saeb Erekat as saying": the one quoted, not Reuters
    if (
        cue.idx >= end
        and cue_lemma(cue.text) not in OBJECT_OF_SPEECH
        and (
            parsed is None
            or parsed.i < cue.i
            and not in_ranges(parsed.idx, quote_ranges)
            and parsed.idx < end
        )
    ):
        # The parsed subject stands before the quote: "The promise to “…” appeals to …,
        # said Alan Abramowitz".
        inverted = _inverted_subject(cue)
        if inverted is not None:
            return inverted
    text = doc_text(doc)
    # "knowing each other “casually” from attending the same mosque, said …": the words after
    # the fragment go on with its sentence; only a comma, ? or ! hands over to a frame.
    if (
        cue.idx >= end
        and not _ends_for_a_frame(text, end)
        and any(end <= t.idx < cue.idx and not t.is_punct and not t.is_space for t in doc)
    ):
        return parsed
    if cue.idx < end:
        # "“A,” X said. “B”": the frame of the quote before names the speaker of both.
        before = [
            b
            for a, b in quote_ranges
            if sentence_of(cue).start_char <= b <= cue.idx and b >= 2 and text[b - 2] in ",.?!"
        ]
        if not before:
            return _checked_subject(doc, cue, parsed)
        end = max(before)
    between = [t for t in doc if end <= t.idx < cue.idx and not t.is_punct and not t.is_space]
    if any(in_ranges(t.idx, quote_ranges) for t in between):
        named = _named_before_an_aside(doc, between, cue)
        if named is None:
            # not a frame but a clause with a quotation of its own: "“A,” denounced her record
            # as “B” and said"
            return parsed
        between = named
    if between:
        region = between
    elif cue.tag_ == "VBG":
        return parsed  # "“New York values,” saying the city …": what follows is what was said
    elif cue_lemma(cue.text) in TARGET_LEMMAS or cue.pos_ == "NOUN":
        # (a noun the quoted words describe holds its speaker itself, if at all: an
        # “hasty” response about her pension plan is not her pension plan's)
        return parsed
    else:
        region = []
        for t in doc[cue.i + 1 :]:
            if t.is_punct and t.text in ',.;:!?“”"' or in_ranges(t.idx, quote_ranges):
                break
            region.append(t)
    if not region or len(region) > 25:
        return parsed
    if parsed is not None and region[0].pos_ == "ADP" and not region[0].i <= parsed.i <= region[-1].i:
        # an adjunct, not a speaker: "“…,” in sharp contrast to …, said Dante Scala", "Hemsley,
        # the co-author of “Going Viral,” about the rapid spread of information, said"
        return parsed
    lo, hi = region[0].i, region[-1].i
    for ent in entities(doc):
        if (
            ent.label_ == "PERSON"
            and lo < ent.start
            and ent.end - 1 == hi
            and ent.root.dep_ not in ("pobj", "dobj", "poss")
            and not any(t.pos_ in ("ADP", "VERB", "AUX") for t in doc[lo : ent.start])
            # (of two names, the first: "Ann Lee and Tom Reed wrote")
            and not any(t.ent_type_ == "PERSON" for t in doc[lo : ent.start])
        ):
            # the name that ends the frame, after its titles: "said Port Authority spokesman Navy
            # Capt. Mark Ruiz" (the parser may end a sentence at "Capt.")
            return ent.root
    if parsed is not None and lo <= parsed.i <= hi:
        return parsed
    for chunk in doc.noun_chunks:
        if lo <= chunk.root.i <= hi:
            return chunk.root
    for t in region:
        # (or a name the tagger took for something else: "said Skelly" with Skelly an adverb)
        if t.pos_ in ("PROPN", "PRON", "NOUN") or t.is_title and t.i != t.sent.start:
            return t
    return parsed


def _named_before_an_aside(doc: Doc, between: list[Token], cue: Token) -> list[Token] | None:
    """The words of a frame before an aside set off by commas, when they end in a name: "“…,”
    Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said" (the
    quotation inside belongs to the aside)."""
    if cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    comma = next((t.i for t in doc[between[0].i : cue.i - 1] if t.text == ","), None)
    if comma is None:
        return None
    named = [t for t in between if t.i < comma]
    if named and named[-1].ent_type_ == "PERSON":
        return named
    return None


def _checked_subject(doc: Doc, cue: Token, parsed: Token | None) -> Token | None:
    """A common-noun subject with a person named between it and the cue is a misparse:
    "With 50 days until the election, Minyon Moore, a senior adviser, called …"."""
    if parsed is None or parsed.pos_ != "NOUN" or parsed.i >= cue.i:
        return parsed
    for ent in reversed(entities(doc)):
        # (not a name inside a phrase: "groups granted Mr. Clarke … from a former Patriot mine")
        if (
            ent.label_ == "PERSON"
            and parsed.i < ent.start
            and ent.end <= cue.i
            and ent.root.dep_ not in ("compound", "pobj", "dobj", "dative", "poss")
            and not aside_between(ent.root, cue)
        ):
            return ent.root
    return parsed


def trailer_after(doc: Doc, end: int) -> Attribution | None:
    """ "“…” — X": the name after a dash right behind the quotation."""
    m = TRAILER_RE.match(doc_text(doc)[end + 1 : end + 80])
    return _trailer(doc, end + 1 + m.start(1), m.group(1)) if m else None


def trailer_ending_the_paragraph(doc: Doc, end: int) -> Attribution | None:
    """ "“No double minority … money.” And that's all he has “the root of all evil’.” ― Christina
    Lastra.": a name after a dash that ends a paragraph opening with a quotation signs every
    quotation in it, the writer's words between them or not (readers' comments, vox pops)."""
    text = doc_text(doc)
    if not text.lstrip().startswith(OPENING_MARKS):
        return None
    m = PARAGRAPH_TRAILER_RE.search(text, end)
    return _trailer(doc, m.start(1), m.group(1)) if m else None


def _trailer(doc: Doc, start: int, name: str) -> Attribution | None:
    span = doc.char_span(start, start + len(name.rstrip()), alignment_mode="expand")
    if span is None or span.text.strip(" .") in WIRE_AGENCIES:
        return None  # (a wire's credit: "“…” - Sapa")
    mention = mention_for(span.root)
    if mention.start < span.start_char:
        # (the parser may hang the quotation on the name: the name is the words after the dash)
        mention = Mention(span.start_char, span.end_char, span.text, "name")
    return Attribution(mention, None, "trailer", CONF.trailer, None)


# The marks a quotation opens with.
OPENING_MARKS = ("“", '"', "‘", "'", "«")
# A dash and a name closing the paragraph: "… ― Christina Lastra." (a long dash: "- AP" is a
# hyphen away from a wire's credit, and "-- Jones" is a dash as well).
PARAGRAPH_TRAILER_RE = re.compile(rf"(?:[—–―]|--)\s*({NAME_RUN})\.?\s*$")

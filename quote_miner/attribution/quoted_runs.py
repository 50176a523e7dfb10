"""Which quoted runs are not speech: titles, nicknames and words quoted as words.

One decision, made in one place: ``not_speech`` says whether a quoted run that has been
attributed (or not) is still no quotation — “Morning Joe”, on “Face the Nation,”, Marcia “Cia”
Price, calling someone “she” — while Trump called her “Miss Piggy” is his words, and a short
quotation framed by its cue (“Fine,” said Governor Amy Chu.) is speech however short.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quote_miner.attribution.frames import names_by_verb
from quote_miner.attribution.mentions import Attribution
from quote_miner.cues import SPEECH_FORMS, SPEECH_LEMMAS, cue_lemma
from quote_miner.quotes import QuoteSpan, sentence_start_before

SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as vs nor but".split())
FUNCTION_WORDS = frozenset("he she they it we i you him her them his hers the a an this that".split())
# A handle or an address: the page talking to its reader ("Follow Pam Key on Twitter @pamkeyNEN."),
# not words said.
POINTER_RE = re.compile(r"@\w|https?://|www\.")
# Words a quotation with no speaker needs to count as speech.
SPEECH_MIN_WORDS = 4
SENTENCE_MIN_WORDS = 2
# Mentions too vague to name what a title was called by.
VAGUE_MENTIONS = frozenset({"it", "this", "that", "which"})


def looks_like_title(text: str) -> bool:
    """A show, book or nickname in quotation marks: every word capitalised, a few words."""
    words = re.findall(r"[^\W\d_][\w’'&.-]*", text)
    if not words or len(words) > 6:
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content) and words[0][0].isupper()


def is_function_word(text: str) -> bool:
    """A quoted pronoun or article is talk about a word, not speech: calling someone “she”."""
    words = text.strip(" ,.;:!?").split()
    return len(words) == 1 and words[0].lower() in FUNCTION_WORDS


def is_framed_speech(paragraph: str, span: QuoteSpan, kind: str, att: Attribution | None) -> bool:
    """A quotation that opens its sentence, ends in its own punctuation and has a speech cue
    naming someone: “Fine,” said Governor Amy Chu. / “No,” he said. — or a sentence of its own
    that goes on from the sentence before: “…,” Willis said. “Nobody.” — or the end of a sentence
    its cue hands over to: Trump interjected, “Only Rosie O’Donnell.” (A title or a word quoted as
    a word sits inside a sentence, or has no cue.)"""
    ending = paragraph[span.start : span.end].rstrip()[-1:]
    if _after_its_cue(paragraph, span, kind, att) and ending in (".", "?", "!"):
        return True
    return (
        kind == "direct"
        and span.open_mark is not None
        and sentence_start_before(paragraph, span.open_mark) == span.open_mark
        and att is not None
        and att.mention is not None
        and (
            att.method == "cue"
            and ending in (",", ".", "?", "!", "—", "–", "…")  # (or broken off: “Well —” he paused.)
            # a sentence of its own after the speaker's quote: “…,” Willis said. “Nobody.”
            or att.method == "previous sentence"
            and ending in (".", "?", "!")
        )
    )


# Words listed as examples of words: "banned words and phrases such as “erectile dysfunction,”
# “i-anything” and “awesome.”" (what is listed before it, quoted, too).
LISTED_AS_WORDS_RE = re.compile(
    r"\b(?:words?|phrases?|terms?|expressions?|labels?)\b[^.?!“”\"]{0,40}?\b(?:such as|like|including)"
    r"(?P<listed>(?:\s*[“\"][^”\"]*[”\"]\s*,?\s*(?:and|or)?)*)\s*$",
    re.IGNORECASE,
)


def listed_as_words(paragraph: str, span: QuoteSpan) -> bool:
    """Whether the quoted run is an example in a list of words: "phrases such as “…,” “…”"."""
    if span.open_mark is None:
        return False
    lead = paragraph[sentence_start_before(paragraph, span.open_mark) : span.open_mark]
    return LISTED_AS_WORDS_RE.search(lead) is not None


def not_speech(doc: Doc, paragraph: str, span: QuoteSpan, kind: str, att: Attribution | None) -> bool:
    """Whether the quoted run is a title, a nickname or a word quoted as a word."""
    if is_framed_speech(paragraph, span, kind, att):
        return False
    quoted = paragraph[span.start : span.end]
    if is_function_word(quoted):
        return True
    # (words someone said are theirs, listed or not: "… not wave around speculative words like
    # “maybe” and “perhaps”, he told reporters")
    said = att is not None and att.cue is not None and cue_lemma(att.cue) in SPEECH_LEMMAS
    if listed_as_words(paragraph, span) and not said:
        return True
    named_by_speaker = (
        att is not None
        and att.method in ("cue", "judgement")
        and att.mention is not None
        and att.mention.text.lower() not in VAGUE_MENTIONS
        and names_by_verb(doc, span.start, span.end)
    )
    return looks_like_title(quoted) and not named_by_speaker


# The end of a frame that hands over to a quotation: "Trump interjected, “…”", "…, saying: “…”".
_CUE_BEFORE_RE = re.compile(r"([^\W\d_]+)[,:]\s*$")


def _after_its_cue(paragraph: str, span: QuoteSpan, kind: str, att: Attribution | None) -> bool:
    """A quotation that ends its sentence right after the speech verb that introduces it and
    names someone: Trump interjected, “Only Rosie O’Donnell.” (however much it looks like a
    title)."""
    if (
        kind != "direct"
        or span.open_mark is None
        or att is None
        or att.mention is None
        or att.method != "cue"
    ):
        return False
    before = _CUE_BEFORE_RE.search(paragraph[max(0, span.open_mark - 40) : span.open_mark])
    if before is not None and before.group(1).lower() in SPEECH_FORMS:
        return True
    # (or a colon ends the frame its cue opens: "Kelly said in a post on X: “Finally.”")
    cue = att.cue_pos
    frame = paragraph[cue : span.open_mark] if cue is not None and cue < span.open_mark else ""
    return frame.rstrip().endswith(":") and not re.search(r"[.!?][\s”\"]", frame)


def speech_without_speaker(doc: Doc, paragraph: str, span: QuoteSpan, kind: str) -> bool:
    """A quotation no one is credited with that is still speech, kept with speaker null: a
    clause of a few words or more in marks of its own (“Hello,” he said, with no one for "he"
    to stand for). Shorter quoted runs nobody says are scare quotes, titles and words."""
    quoted = paragraph[span.start : span.end]
    words = quoted.split()
    # (a whole sentence may be shorter: “We’re done here.” — but not a frame between stray
    # marks: ,” Earnest said. ")
    sentence = quoted.rstrip().endswith((".", "!", "?"))
    framing = bool(words) and words[-1].strip(".!?").lower() in SPEECH_FORMS
    least = SENTENCE_MIN_WORDS if sentence and not framing else SPEECH_MIN_WORDS
    if kind != "direct" or len(words) < least or POINTER_RE.search(quoted):
        return False
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") or ()
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)

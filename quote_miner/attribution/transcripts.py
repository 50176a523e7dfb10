"""Transcripts: a paragraph that opens with a speaker's label in capitals (or a person's full name
in title case: "Marcy Markusa: …") is that speaker's words.

    "PENCE: Well, look, Hillary Clinton apparently thinks …
    WALLACE: Do you really see those two as equivalent?

Pages quote interviews this way, each turn a paragraph, often opened by a quotation mark that is
never closed: a turn in a pair of marks is a direct quote, any other turn reported speech. A
paragraph opened by the same mark with no label goes on with the turn before. Without these
rules such turns have no cue and no speaker, and are lost. A label counts when it opens two
paragraphs or more of the article (a transcript has turns), or when it is the surname of a
person the article names; notices in capitals ("UPDATE:", "CORRECTION:") are neither. In an
interview set as "Q: …" / "A: …", each answer is the words of the person interviewed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.lexicon import ANSWER_LABELS, QUESTION_LABELS, TRANSCRIPT_NOTICES
from quote_miner.attribution.mentions import Attribution, Mention
from quote_miner.attribution.names import NameIndex
from quote_miner.attribution.quoted_runs import POINTER_RE
from quote_miner.names import NAME_CAPITALS
from quote_miner.quotes import QA_RE, mask_entities, qa_interview
from quote_miner.settings import CONFIDENCE

# An optional opening quotation mark, then one to three words in capitals and a colon.
# (accented capitals too: "FRANÇOIS-PHILIPPE CHAMPAGNE:")
CAPS = NAME_CAPITALS
LABEL_RE = re.compile(rf"^([\"“‘']?)\s*((?:[{CAPS}][{CAPS}.’'-]*\s){{0,2}}[{CAPS}][{CAPS}’'-]+)\s*:\s+(?=\S)")
# ... or a person's full name in title case, as news sites set interviews: "Marcy Markusa: …"
NAME_LABEL_RE = re.compile(rf"^([\"“‘']?)\s*((?:[{CAPS}][\w’'.-]+\s){{1,2}}[{CAPS}][\w’'-]+)\s*:\s+(?=\S)")
# An interview set as questions and answers (QA_RE): the answers are the words of the person
# interviewed; the questions are the interviewer's.
CLOSING = {"”": "“", "’": "‘", '"': '"', "'": "'"}
OPENING_MARKS = frozenset(CLOSING.values())


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the label's mention and where the words run (paragraph offsets)."""

    attribution: Attribution
    start: int
    end: int
    # In a pair of quotation marks (a direct quote); a mark never closed, as pages often leave
    # it, makes no quotation.
    quoted: bool
    # The mark that opened the turn ("" when none did).
    opening: str = ""


def _label(text: str) -> re.Match[str] | None:
    m = LABEL_RE.match(text) or QA_RE.match(text) or NAME_LABEL_RE.match(text)
    if m is None or m.group(2).replace("’", "'").upper() in TRANSCRIPT_NOTICES:
        return None
    return m


def transcript_labels(paragraphs: list[str], index: NameIndex) -> frozenset[str]:
    """The labels that stand for speakers in this article: the answers' label only when the
    article asks questions too (a paragraph opening "A. J. Smith" is no answer)."""
    counts = Counter(m.group(2) for p in paragraphs if (m := _label(p)) is not None)
    # (a speaker's turns are labelled by the full name first, then the surname: "ANDREW CHANG:"
    # … "CHANG:")
    surnames = Counter(label.split()[-1] for label in counts.elements())
    named = {
        label
        for label, n in counts.items()
        if (n >= 2 or surnames[label.split()[-1]] >= 2 or index.lookup(label.title()) is not None)
        and (label.isupper() or label in QUESTION_LABELS | ANSWER_LABELS or _a_persons_name(label, n, index))
    }
    answers = {label for label in counts if label in ANSWER_LABELS} if qa_interview(paragraphs) else set()
    return frozenset(named - QUESTION_LABELS - ANSWER_LABELS | answers)


def _a_persons_name(label: str, n: int, index: NameIndex) -> bool:
    """A label in title case stands for a speaker when it opens turns and is a person's name the
    article uses or opens with a given name ("Marcy Markusa:"; not "Photo Credit:")."""
    return n >= 2 and (index.lookup(label) is not None or given_name_gender(label.split()[0]) is not None)


def transcript_turn(text: str, labels: frozenset[str]) -> Turn | None:
    """The turn a paragraph holds, when it opens with one of ``labels``."""
    m = _label(text)
    if m is None or m.group(2) not in labels:
        return None
    opens_on = mask_entities(text)[m.end() :].lstrip()[:1]  # (a mark written "&quot;" too)
    if m.group(2) in ANSWER_LABELS and opens_on in OPENING_MARKS:
        return None  # a quoted answer is a quotation, with any cue of its own: "A: “…,” she said."
    start, end = m.end(), len(text.rstrip())
    quoted = bool(m.group(1)) and end > m.end() and _closes_turn(text[m.end() : end])
    if not m.group(1) and _one_quotation(text[start:end]):
        # the turn quoted after its label: MORENO: "Sherrod Brown has voted …"
        start, quoted = start + 1, True
    end -= quoted
    if end <= start:
        return None
    mention = Mention(m.start(2), m.end(2), m.group(2), "label")
    att = Attribution(mention, ":", "transcript", CONFIDENCE.transcript_label, cue_pos=m.end(2))
    return Turn(att, start, end, quoted, m.group(1))


def _one_quotation(words: str) -> bool:
    """Whether ``words`` are one quotation from the first character to the last."""
    if len(words) < 3 or words[0] not in OPENING_MARKS or words[-1] not in CLOSING:
        return False
    opener, close = words[0], words[-1]
    if CLOSING[close] != opener:
        return False
    inside = words[1:-1]
    return close not in inside if opener == close else inside.count(close) == inside.count(opener)


def continued_turn(text: str, before: Turn) -> Turn | None:
    """A paragraph that goes on with the turn before it: opened by the same mark as that turn,
    with no label of its own ("PENCE: …" then "“But the truth is …"). Stage directions
    ("(CROSSTALK.)") and a page's own lines ("Follow … on Twitter @…") are not words said."""
    mark = before.opening
    stripped = text.lstrip()
    if not mark or not stripped.startswith(mark) or _label(text) is not None:
        return None
    words = stripped[len(mark) :].lstrip()
    if not words or words[0] in "([" or POINTER_RE.search(words):
        return None
    start = len(text) - len(words)
    end = len(text.rstrip())
    quoted = _closes_turn(words.rstrip())
    end -= quoted
    if end <= start:
        return None
    att = replace(before.attribution, method="transcript continued")
    return Turn(att, start, end, quoted, mark)


def _closes_turn(words: str) -> bool:
    """Whether the last mark of a quoted turn closes the turn, not a quotation inside it."""
    close = words[-1]
    if close not in CLOSING:
        return False
    opener = CLOSING[close]
    if opener == close:
        return words.count(close) % 2 == 1
    return words.count(close) > words.count(opener)

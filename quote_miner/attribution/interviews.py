"""Interviews set as questions and answers: the paper's question in a paragraph of its own
ending in "?", the answer in quotation marks in the next, with no cue. The answers are the words
of the one person the introduction names:

    Jenni Gibbons, a Canadian Space Agency astronaut, … She spoke with us about …
    Do you expect to fly?
    “I hope so. There are no guarantees in this job.”

Two such pairs make the layout; one question before a quotation is a writer's device, not an
interview.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from quote_miner.attribution.mentions import Attribution, Mention
from quote_miner.attribution.name_finding import capitalised_names
from quote_miner.attribution.names import NameIndex
from quote_miner.attribution.syntax import PEOPLE_KEY, doc_text
from quote_miner.clean import BODY, TITLE
from quote_miner.paragraphs import Paragraph
from quote_miner.quotes import QA_RE, QuoteSpan
from quote_miner.settings import CONFIDENCE


def interview_answer(
    i: int,
    paras: list[Paragraph],
    docs: list[Doc],
    spans_by_para: dict[int, list[QuoteSpan]],
    alone: Callable[[int], bool],
) -> tuple[Attribution, int] | None:
    """The interviewee as the speaker of the quotation alone in paragraph ``i`` (``alone`` tells
    whether a paragraph holds nothing but quotations), and the paragraph that names them."""
    if not _question(i - 1, paras, spans_by_para):
        return None
    answers = [k for k in range(1, len(paras)) if _question(k - 1, paras, spans_by_para) and alone(k)]
    if len(answers) < 2:
        return None
    named: dict[str, tuple[int, int, int, str]] = {}
    for k in range(min(answers) - 1):
        if paras[k].label != BODY:
            continue
        for start, end, name in _people(docs[k]):
            named.setdefault(name.split()[-1], (k, start, end, name))
    if len(named) != 1:
        return None  # (no one, or the interviewer and the interviewee both named)
    [(k, start, end, name)] = named.values()
    return _answered_by(start, end, name), k


def _answered_by(start: int, end: int, name: str) -> Attribution:
    """The interviewee, named at ``start:end`` of their paragraph, as the speaker of an answer."""
    return Attribution(
        Mention(start, end, name, "name"), None, "interview", CONFIDENCE.interview_answer, None
    )


def _question(k: int, paras: list[Paragraph], spans_by_para: dict[int, list[QuoteSpan]]) -> bool:
    """A paragraph of the paper's own words asking a question."""
    if k < 0 or paras[k].label != BODY or spans_by_para.get(k):
        return False
    return paras[k].text.rstrip().endswith("?")


def _people(doc: Doc) -> list[tuple[int, int, str]]:
    """The people a paragraph names: runs of capitals that end in the surname of someone the
    article's name index knows (not "Canadian Space Agency")."""
    surnames = doc.user_data.get(PEOPLE_KEY, frozenset())
    return [
        (end - len(name), end, name)
        for name, _, end in capitalised_names(doc_text(doc))
        if name.split()[-1] in surnames
    ]


def interviewee(intro: str, index: NameIndex) -> str | None:
    """Whom an interview set as "Q: …" / "A: …" is with: of the names its ``intro`` (the text
    before the first question) writes, the one it names most often, surname alone included
    ("Vice President Joe Biden spent Thursday … Biden complained …"); no one when two are named
    as often (the interviewer too: "Chief Ines Varga-Holt spoke with our reporter, Tom Bell")."""
    names = {name.split()[-1]: name for name, _, _ in capitalised_names(intro)}
    counted = sorted(
        ((len(re.findall(rf"\b{re.escape(surname)}\b", intro)), name) for surname, name in names.items()),
        reverse=True,
    )
    if not counted or len(counted) > 1 and counted[0][0] == counted[1][0]:
        return None
    return index.full_name(counted[0][1])


# The note an interview printed as questions and answers carries: "This interview has been
# edited for length and clarity", "… has been condensed and edited".
EDITED_NOTE_RE = re.compile(
    r"\b(?:(?:has|have)\s+been\s+(?:lightly\s+)?(?:edited|condensed)|edited\s+(?:and\s+condensed\s+)?"
    r"for\s+(?:length|clarity|brevity)|condensed\s+and\s+edited|edited\s+and\s+condensed)\b",
    re.I,
)


def unmarked_answers(
    paras: list[Paragraph], docs: list[Doc], spans_by_para: dict[int, list[QuoteSpan]], index: NameIndex
) -> dict[int, tuple[Attribution, int]]:
    """The answers of an interview printed as questions and answers with neither labels nor
    quotation marks, each a paragraph of the interviewee's own words:

        Toronto Mayor Olivia Chow sat down with … This interview has been edited for length.
        You promised to build 25,000 rental homes. How many have been built?
        Construction has started on about 7,000. I know that's not enough. …

    Paragraph → (the interviewee's attribution, the paragraph naming them). Only in an article
    that says it was edited as an interview, with two questions answered or more; a question is a
    paragraph of the paper's own asking, and its answer runs to the next question."""
    body = [k for k, p in enumerate(paras) if p.label == BODY]
    if not any(EDITED_NOTE_RE.search(paras[k].text) for k in body):
        return {}
    if any(QA_RE.match(paras[k].text) for k in body):
        return {}  # (answers labelled "A:" are the labels' business, however the questions look)
    questions = [k for k in body if _question(k, paras, spans_by_para) and len(paras[k].text.split()) <= 80]
    if not questions:
        return {}  # (the note alone, the questions cut: "… has been edited for clarity.")
    answers: list[int] = []
    for q, after in zip(questions, [*questions[1:], len(paras)], strict=True):
        answers += [k for k in body if q < k < after and not EDITED_NOTE_RE.search(paras[k].text)]
    if len({q for q in questions if q + 1 in answers}) < 2:
        return {}
    intro = [k for k in range(questions[0]) if paras[k].label in (BODY, TITLE)]
    full = interviewee(" ".join(paras[k].text for k in intro), index)
    if full is None:
        return {}
    surname = full.split()[-1]
    for k in intro:
        found = next((p for p in _people(docs[k]) if p[2].split()[-1] == surname), None)
        if found is not None:
            att = _answered_by(*found)
            return {a: (att, k) for a in answers}
    return {}

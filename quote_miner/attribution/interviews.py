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
from quote_miner.clean import BODY
from quote_miner.paragraphs import Paragraph
from quote_miner.quotes import QuoteSpan
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
    mention = Mention(start, end, name, "name")
    return Attribution(mention, None, "interview", CONFIDENCE.interview_answer, None), k


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

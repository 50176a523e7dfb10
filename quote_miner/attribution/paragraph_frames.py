"""A quotation whose frame stands in a later paragraph: a quotation that runs on over
paragraphs is framed where it closes, and a paragraph of quotation alone by the quotation that
opens the next one. extraction.py asks these when a quotation's own paragraph names no one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quote_miner.attribution.frames import attribute_quote
from quote_miner.attribution.mentions import Attribution
from quote_miner.clean import BODY
from quote_miner.quotes import QuoteSpan
from quote_miner.settings import CONFIDENCE


def frame_ahead(
    i, paras, docs, spans_by_para, ranges, settings, *, runs_on: bool
) -> tuple[Attribution, int] | None:
    """The frame of a quotation in paragraph ``i`` set in the paragraphs after it.

    ``runs_on``: the quotation runs on (writers close only a quotation's last paragraph and set
    its frame there: “We will build … / “Nobody will stop us,” he said.), so the paragraphs
    that reopen it are looked at, up to three. Otherwise the paragraph is a quotation alone
    and the next one opens with a quotation its own cue frames: “Not only can he win.” /
    “He may be the only one,” Viguerie notes.
    """
    j = i
    for _ in range(3 if runs_on else 1):
        j = next((k for k in range(j + 1, len(paras)) if paras[k].label == BODY), None)
        spans = spans_by_para.get(j, []) if j is not None else []
        if not spans:
            return None
        sp = spans[0]
        # (a quotation alone is framed only by the paragraph right after it: not across a
        # photo credit to the next reader's comment)
        if not (sp.continues if runs_on else j == i + 1 and _opens_paragraph(paras[j].text, sp)):
            return None
        att = attribute_quote(
            docs[j],
            sp.start,
            sp.end,
            ranges[j],
            partial=False,
            trailing_max_tokens=settings.trailing_cue_max_tokens,
        )
        if att is not None and (runs_on or att.method in ("cue", "trailer")):
            method = "runs on" if runs_on else "next quotation"
            return replace(att, method=method, confidence=min(att.confidence, CONFIDENCE.continuation)), j
        if not sp.runs_on:
            return None
    return None


def _opens_paragraph(text: str, span: QuoteSpan) -> bool:
    """Whether the quotation is the first thing in its paragraph."""
    return not text[: span.open_mark if span.open_mark is not None else span.start].strip()


def only_quotations(text: str, spans: list[QuoteSpan]) -> bool:
    """Whether the paragraph holds nothing but its quotations (and their punctuation)."""
    rest = text
    for sp in spans:
        a = sp.open_mark if sp.open_mark is not None else sp.start
        b = sp.close_mark + 1 if sp.close_mark is not None else sp.end
        rest = rest[:a] + " " * (b - a) + rest[b:]
    return not re.sub(r"[\W_]", "", rest)

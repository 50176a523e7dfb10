"""Paragraphs: the pieces of an article the pipeline reads, each mapped back to the source
(plain text, or the raw HTML of a saved page), very long ones cut at sentence ends."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quote_miner.clean import BODY, HEADING, CleanResult, clean_text
from quote_miner.html import VisibleText


@dataclass(frozen=True)
class Paragraph:
    start: int  # raw offsets
    end: int
    text: str  # for text sources raw[start:end]; for HTML, the visible text there
    label: str
    visible: VisibleText | None = None  # HTML only: the page's visible text and its map
    vstart: int = 0  # where ``text`` starts in the visible text
    standfirst: bool = False  # the dek under the headline (extracted like the body)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of ``text[start:end]``."""
        if self.visible is None:
            return self.start + start, self.start + end
        return self.visible.raw_span(self.vstart + start, self.vstart + end)


def pieces(text: str, max_chars: int) -> list[tuple[int, int]]:
    """``text`` cut into pieces of at most ``max_chars``, at a sentence end where one is near."""
    out, pos = [], 0
    while pos < len(text):
        cut = min(len(text), pos + max_chars)
        if cut < len(text):
            ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s+", text[pos:cut])]
            if ends and ends[-1] > max_chars // 2:
                cut = pos + ends[-1]
        out.append((pos, cut))
        pos = cut
    return out


def html_paragraphs(
    raw: str,
    *,
    title: str | None,
    max_chars: int,
) -> tuple[CleanResult, list[Paragraph]]:
    """The article paragraphs of a saved page, each mapped back to the raw HTML."""
    from quote_miner.html import extract_article_text, locate, visible_text

    article_text = extract_article_text(raw)
    cleaned = clean_text(article_text, title=title)
    visible = visible_text(raw)
    kept = [ln for ln in cleaned.lines if ln.label in (BODY, HEADING)]
    paras = []
    for line, where in zip(kept, locate([ln.text for ln in kept], visible), strict=True):
        if where is None:
            continue
        vs, ve = where
        start, end = visible.raw_span(vs, ve)
        paras.append(Paragraph(start, end, visible.text[vs:ve], line.label, visible, vs))
    return cleaned, [q for p in paras for q in (_cut(p, max_chars) if len(p.text) > max_chars else [p])]


def _cut(p: Paragraph, max_chars: int) -> list[Paragraph]:
    return [
        Paragraph(*p.raw_span(a, b), p.text[a:b], p.label, p.visible, p.vstart + a)
        for a, b in pieces(p.text, max_chars)
    ]

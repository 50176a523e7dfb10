"""Saved HTML: trafilatura finds the article, we map its text back to the raw file.

trafilatura (recall-favouring) decides what the article is; its paragraphs are then found in
the page's visible text, which keeps, for every character, where it stands in the raw HTML. So
a quote's ``start``/``end`` index the saved file, and ``text`` is what a reader sees there
(tags dropped, entities decoded).
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass

BLOCK_TAGS = frozenset(
    """p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table article section header footer
    blockquote figcaption figure aside nav main pre hr dd dt dl title""".split()
)
SKIP_CONTENT = ("script", "style", "noscript", "template", "svg", "head")
TOKEN_RE = re.compile(r"<!--.*?-->|<![^>]*>|<\?.*?\?>|<(/?)([a-zA-Z][\w:-]*)[^>]*>|&(#?\w+);?", re.S)


@dataclass(frozen=True)
class VisibleText:
    """The text a browser would show, with each character's place in the raw HTML."""

    text: str
    starts: list[int]  # raw offset where each visible character comes from
    ends: list[int]  # raw offset just past it (an entity spans several raw characters)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of visible characters ``start`` to ``end``."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


def visible_text(raw: str) -> VisibleText:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    skip_until: str | None = None

    def emit(text: str, a: int, b: int) -> None:
        for ch in text:
            chars.append(ch)
            starts.append(a)
            ends.append(b)

    def emit_run(a: int, b: int) -> None:
        for k in range(a, b):
            chars.append(raw[k])
            starts.append(k)
            ends.append(k + 1)

    for m in TOKEN_RE.finditer(raw):
        if skip_until is None:
            emit_run(pos, m.start())
        pos = m.end()
        closing, tag, entity = m.group(1), (m.group(2) or "").lower(), m.group(3)
        if skip_until is not None:
            if tag == skip_until and closing:
                skip_until = None
            continue
        if entity is not None:
            decoded = htmllib.unescape(m.group())
            emit(decoded, m.start(), m.end())
        elif tag in SKIP_CONTENT and not closing and not m.group().endswith("/>"):
            skip_until = tag
        elif tag in BLOCK_TAGS:
            emit("\n", m.start(), m.start())
    if skip_until is None:
        emit_run(pos, len(raw))
    return VisibleText("".join(chars), starts, ends)


def extract_article_text(raw: str) -> str:
    """The article's text as trafilatura sees it (recall first), one paragraph per line."""
    import trafilatura

    try:
        text = trafilatura.extract(
            raw,
            favor_recall=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
            output_format="txt",
        )
    except Exception:  # trafilatura raises assorted errors on broken markup
        text = None
    return text or ""


def locate(lines: list[str], visible: VisibleText) -> list[tuple[int, int] | None]:
    """Where each extracted line stands in the visible text (white space may differ)."""
    out: list[tuple[int, int] | None] = []
    cursor = 0
    for line in lines:
        words = line.split()
        if not words:
            out.append(None)
            continue
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
        m = pattern.search(visible.text, cursor) or pattern.search(visible.text)
        if m is None:
            out.append(None)
            continue
        out.append((m.start(), m.end()))
        cursor = m.end()
    return out

"""Hard-wrapped text: paragraphs broken into lines of a fixed width (a plain-text e-mail, a
wire file, a page saved at 72 columns). The cleaner and the quote finder read a paragraph as
one line, so a wrapped paragraph's lines are put back together; the joined line keeps the
source's own characters (its line breaks included), so records still index the file."""

from __future__ import annotations

import re

from quote_miner.quotes import leaves_quote_open

# Lines wider than this are paragraphs written on one line, not wrapped text.
MAX_WRAP_WIDTH = 120
MIN_WRAP_WIDTH = 30
# How many full lines, and what share of the line breaks inside blocks, make a text wrapped.
MIN_FULL_LINES = 3
MIN_FULL_SHARE = 0.5
# A wrapped line usually ends inside a sentence; a list of short one-line paragraphs does not.
MIN_MID_SENTENCE_SHARE = 0.3

SENTENCE_END_RE = re.compile(r"[.!?:;\"”’')\]]$")

RawLine = tuple[int, int, str]  # (start, end, text) of a trimmed line of the source


def unwrap(raw: str, lines: list[RawLine]) -> list[RawLine]:
    """``lines`` with the lines of each wrapped paragraph joined, when ``raw`` is wrapped text;
    otherwise ``lines`` as they are."""
    pairs = [k for k in range(len(lines) - 1) if _same_block(raw, lines[k], lines[k + 1])]
    width = _wrap_width(lines, pairs)
    if width is not None:
        joins = {k for k in pairs if _joins(raw, lines[k], lines[k + 1], width)}
    else:
        # Unwrapped text can still break a line inside a quotation: "“This plan" / "runs over
        # two lines,” said …" is one sentence.
        joins = _quotation_joins(raw, lines, pairs)
    if not joins:
        return lines
    out: list[RawLine] = []
    for k, line in enumerate(lines):
        if k - 1 in joins:
            start = out[-1][0]
            out[-1] = (start, line[1], raw[start : line[1]])
        else:
            out.append(line)
    return out


def _wrap_width(lines: list[RawLine], pairs: list[int]) -> int | None:
    """The width ``lines`` are wrapped at, or None when they are not wrapped: most line breaks
    inside blocks come where the next word would not fit, mostly inside a sentence."""
    if len(lines) < 4 or len(pairs) < MIN_FULL_LINES:
        return None
    lengths = sorted(len(t) for _, _, t in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    full = [k for k in pairs if _full(lines[k], lines[k + 1], width)]
    mid_sentence = [k for k in full if not SENTENCE_END_RE.search(lines[k][2])]
    if (
        len(full) < MIN_FULL_LINES
        or len(full) < MIN_FULL_SHARE * len(pairs)
        or len(mid_sentence) < MIN_MID_SENTENCE_SHARE * len(full)
    ):
        return None
    return width


def _quotation_joins(raw: str, lines: list[RawLine], pairs: list[int]) -> set[int]:
    """The line breaks inside a quotation that runs on in lower case, over as many lines as it
    takes: "“We debated" / "this for hours and in the end" / "we found a compromise,” she said"."""
    joins: set[int] = set()
    start = None  # where the line being joined began
    for k in pairs:
        if k - 1 not in joins:
            start = lines[k][0]
        so_far = raw[start : lines[k][1]]
        if leaves_quote_open(so_far) and not SENTENCE_END_RE.search(so_far) and lines[k + 1][2][:1].islower():
            joins.add(k)
    return joins


def _same_block(raw: str, a: RawLine, b: RawLine) -> bool:
    """No blank line between ``a`` and ``b``."""
    return raw.count("\n", a[1], b[0]) == 1


def _full(a: RawLine, b: RawLine, width: int) -> bool:
    """``a`` had no room for the first word of ``b``: the line was broken because it was full."""
    first = b[2].split(maxsplit=1)[0]
    return len(a[2]) + 1 + len(first) > width


def _indent(raw: str, line: RawLine) -> int:
    return line[0] - (raw.rfind("\n", 0, line[0]) + 1)


def _joins(raw: str, a: RawLine, b: RawLine, width: int) -> bool:
    """``b`` goes on with ``a``'s paragraph: ``a`` was full, or it stops inside a sentence that
    ``b`` continues in lower case; never when ``b`` is indented as a new paragraph."""
    if _indent(raw, b) > _indent(raw, a):
        return False
    ends_inside = not SENTENCE_END_RE.search(a[2]) and b[2][:1].islower()
    return _full(a, b, width) or ends_inside

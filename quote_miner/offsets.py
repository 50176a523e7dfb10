"""The offset map between a cleaned text and the raw file it was cut from."""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    clean_start: int
    raw_start: int
    length: int


class OffsetMap:
    """Maps positions in a cleaned text (kept pieces joined by separators) to the raw text.

    Every kept piece is a verbatim slice of the raw text, so a span that lies inside one
    piece maps to a raw span with identical characters.
    """

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments
        self._starts = [s.clean_start for s in segments]

    def to_raw(self, clean_pos: int) -> int:
        """Raw position of a cleaned-text position (a separator maps to the next piece's start)."""
        if not self.segments:
            return clean_pos
        i = bisect.bisect_right(self._starts, clean_pos) - 1
        if i < 0:
            return self.segments[0].raw_start
        seg = self.segments[i]
        offset = clean_pos - seg.clean_start
        if offset <= seg.length:
            return seg.raw_start + offset
        return self.segments[i + 1].raw_start if i + 1 < len(self.segments) else seg.raw_start + seg.length

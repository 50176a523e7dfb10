"""Typed records. ``Quote.to_dict()`` is the one JSON shape every output format carries."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Article:
    path: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO publication date
    content_hash: str | None = None
    url: str | None = None  # where a page added by URL came from

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "url": self.url,
        }


@dataclass(frozen=True)
class SpeakerMention:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Quote:
    text: str
    kind: str
    start: int
    end: int
    article: Article
    speaker: str | None = None
    speaker_type: str = "unknown"
    speaker_role: str | None = None
    speaker_mention: SpeakerMention | None = None
    cue: str | None = None
    date: str | None = None
    date_basis: str | None = None
    confidence: float = 0.0
    # The paragraph the quote stands in, as raw offsets (for `quotes show` and the library).
    context_start: int | None = field(default=None, compare=False)
    context_end: int | None = field(default=None, compare=False)
    # Why the speaker is who it is, one line per step (`quotes show ID --why`).
    evidence: tuple[str, ...] = field(default=(), compare=False)

    @property
    def id(self) -> str:
        """Stable across runs and machines: the article's content and the quote's place in it."""
        basis = f"{self.article.content_hash or self.article.path}:{self.start}:{self.end}"
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]

    def with_(self, **changes: Any) -> Quote:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_type": self.speaker_type,
            "speaker_role": self.speaker_role,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue,
            "date": self.date,
            "date_basis": self.date_basis,
            "confidence": round(self.confidence, 3),
            "start": self.start,
            "end": self.end,
            "article": self.article.to_dict(),
        }

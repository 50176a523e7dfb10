"""Every tunable threshold of the extractor, in one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractSettings:
    # A quote-only sentence inherits the speaker of a quote at most this many paragraphs back.
    continuation_paragraphs: int = 1
    # A cue sentence that follows a quote-only sentence is used when it is this short (tokens).
    trailing_cue_max_tokens: int = 12
    # Pronoun antecedents are looked for this many paragraphs back.
    antecedent_paragraphs: int = 4
    # Texts longer than this (characters) are split into pieces for spaCy.
    max_piece_chars: int = 100_000
    # Keep quoted runs no cue credits to anyone (speaker null). Off: most are scare quotes,
    # titles and nicknames, and a quote with no speaker answers no "who said" question.
    keep_unattributed: bool = False
    # Run the parser and entity recogniser only on paragraphs that can hold a quotation or a
    # claim (quotation marks, cue words); the rest get tokens and sentences only.
    selective: bool = True
    # Paragraphs per nlp.pipe batch.
    batch_size: int = 64


DEFAULT_SETTINGS = ExtractSettings()

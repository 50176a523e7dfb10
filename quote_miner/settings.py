"""Every tunable threshold of the extractor, in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractSettings:
    # A quote-only sentence inherits the speaker of a quote at most this many paragraphs back.
    continuation_paragraphs: int = 1
    # A cue sentence that follows a quote-only sentence is used when it is this short (tokens).
    trailing_cue_max_tokens: int = 12
    # A paragraph without quotation marks after one ending in "X said:" is X's words when it has
    # at least this many words (fewer is a time stamp or a label: "2:45 p.m.").
    unmarked_block_min_words: int = 4
    # Pronoun antecedents are looked for this many paragraphs back.
    antecedent_paragraphs: int = 4
    # Texts longer than this (characters) are split into pieces for spaCy.
    max_piece_chars: int = 100_000
    # Keep every quoted run no cue credits to anyone (speaker null). Off, only those that read
    # as speech are kept (a clause of a few words: attribution/quoted_runs.py); the others are
    # mostly scare quotes, titles and nicknames.
    keep_unattributed: bool = False
    # Run the parser and entity recogniser only on paragraphs that can hold a quotation or a
    # claim (quotation marks, cue words); the rest get tokens and sentences only.
    selective: bool = True
    # Paragraphs per nlp.pipe batch.
    batch_size: int = 64
    # Report calibrated confidences (CALIBRATION); off, the raw evidence strengths (for
    # bench/calibrate.py, which measures them).
    calibrate: bool = True


DEFAULT_SETTINGS = ExtractSettings()


@dataclass(frozen=True)
class Confidence:
    """How sure each kind of evidence makes an attribution (0–1), highest first. These are
    the `confidence` of the records; `--min-confidence` filters on them."""

    # Quotations.
    # A speech verb in the quote's sentence whose subject the parse links to the quote.
    cue: float = 0.9
    # A quote-only sentence that goes on from the quote before it (at most this sure).
    continuation: float = 0.8
    # "Name: “…”", a name and a colon in front of the quote.
    colon_name: float = 0.75
    # "PENCE: …", a turn of a transcript under its speaker's label.
    transcript_label: float = 0.75
    # A cue in the sentence the parse does not link to the quote; "X said:" framing the quote;
    # a dash trailer ("“…” — Jane Doe").
    cue_unlinked: float = 0.7
    colon_cue: float = 0.7
    trailer: float = 0.7
    # A cue in the sentence before a quote-only sentence.
    previous_sentence_cue: float = 0.65
    # A name and a colon in a frame sentence; a cue after the quote with its subject after it.
    colon_frame_name: float = 0.6
    # A quotation alone answering the question before it, in an interview set as questions
    # and answers: the one person the introduction names.
    interview_answer: float = 0.6
    cue_after_subject: float = 0.6
    # The subject of the sentence before, or of a colon frame, with no speech verb.
    previous_sentence_subject: float = 0.55
    colon_subject: float = 0.55
    # A partial quote judged by a person ("X called it “…”") or by a credited source.
    judgement: float = 0.5
    judgement_source: float = 0.45
    # A quote whose speaker is unknown is kept, at most this sure (speaker null).
    no_speaker: float = 0.35
    # A cue whose subject could not be found.
    cue_without_speaker: float = 0.3
    # A quoted run no evidence attributes.
    unattributed: float = 0.2

    # Claims (kind indirect).
    # A content clause after a speech verb ("said that P"), a misparsed or sentence-final cue,
    # a long quoted run-on in the two-apostrophe style, an "according to X" statement.
    claim_speech_quoted: float = 0.75
    # A post embedded in the article and signed by the platform: "… — Name (@handle) March 3, 2025".
    signed_post: float = 0.75
    claim_clause: float = 0.7
    according_to: float = 0.7
    claim_quoted: float = 0.6
    # A complement clause of a non-speech verb; a headline claim.
    claim_complement: float = 0.5
    headline: float = 0.5
    # What a verb says of its object ("accused X of Y"), as listed and otherwise.
    claim_listed_object: float = 0.45
    claim_object: float = 0.4
    # A position through a listed verb + preposition pair, otherwise; a stance noun with a clause.
    claim_listed_preposition: float = 0.45
    claim_preposition: float = 0.35
    claim_topic: float = 0.35
    stance_noun: float = 0.35


CONFIDENCE = Confidence()


# The precision measured for each evidence strength on annotated news, for quotations and for
# claims: the `confidence` a record carries is the share of such records the annotations bore
# out (PolNeAR train, 838 articles, 13,191 records: `python bench/calibrate.py GOLD DIR --raw`,
# made monotone; checked on PolNeAR dev, see the README). Only these aggregate shares come from
# the corpus. Claims are judged against annotations that hold more than CLAIMS.md calls a claim
# and miss some that it does, so their values are cautious. Strengths not listed keep their value.
CALIBRATION: dict[str, dict[float, float]] = {
    "quote": {
        0.35: 0.57,
        0.45: 0.63,
        0.5: 0.63,
        0.55: 0.89,
        0.6: 0.89,
        0.65: 0.89,
        0.7: 0.89,
        0.75: 0.89,
        0.8: 0.89,
        0.9: 0.92,
    },
    "claim": {0.35: 0.5, 0.4: 0.61, 0.45: 0.65, 0.5: 0.65, 0.55: 0.65, 0.6: 0.65, 0.7: 0.65, 0.75: 0.78},
}


def calibrated(kind: str, strength: float) -> float:
    table = CALIBRATION["claim" if kind == "indirect" else "quote"]
    return table.get(round(strength, 3), strength)


def default_jobs() -> int:
    """Worker processes by default: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1

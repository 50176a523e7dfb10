"""The pure function (text, metadata) → quotes, and its batched, parallel mapping over files."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quote_miner.attribution import (
    ArticleResolver,
    Attribution,
    attribute_intro,
    attribute_quote,
    build_name_index,
    doc_text,
    find_claims,
    heading_claim,
    sentence_cased,
    sentence_of,
    share_names,
)
from quote_miner.attribution.entity_labels import names_in_apposition
from quote_miner.attribution.evidence import explain
from quote_miner.attribution.interviews import unmarked_answers
from quote_miner.attribution.paragraph_frames import frame_elsewhere
from quote_miner.attribution.posts import embedded_post
from quote_miner.attribution.quoted_runs import not_speech, speech_without_speaker
from quote_miner.attribution.transcripts import Turn, continued_turn, transcript_labels, transcript_turn
from quote_miner.clean import BODY, BOILERPLATE, DEK, HEADING, TITLE, CleanResult, clean_source, clean_text
from quote_miner.cues import might_hold_speech
from quote_miner.dates import QuoteDater, article_date_from_text, full_date
from quote_miner.names import clean_role, fold, unescaped
from quote_miner.paragraphs import Paragraph, html_paragraphs, pieces
from quote_miner.quotes import (
    QuoteSpan,
    closing_mark_first,
    leaves_quote_open,
    mask_entities,
    mask_markup,
    opening_mark,
    quote_kind,
    quote_spans,
    whole_entities,
)
from quote_miner.records import Article, Quote, SpeakerMention
from quote_miner.settings import CONFIDENCE, DEFAULT_SETTINGS, ExtractSettings, calibrated
from quote_miner.source import Source

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Extraction:
    """What one article yields: its quotes, and the full names it uses (for other articles)."""

    quotes: list[Quote]
    names: list[str]
    # What the cleaner recognised around the body: standfirst, byline, dateline.
    dek: str | None = None
    byline: str | None = None
    dateline: str | None = None
    # Said to the user, not an error: "4 passages (2,310 words) … were left out".
    warnings: tuple[str, ...] = ()


def paragraphs_of(cleaned: CleanResult, *, max_chars: int) -> list[Paragraph]:
    """Body and heading lines as paragraphs, very long ones cut at sentence ends; the headline
    first, labelled ``TITLE``."""
    paras = []
    headline = next((ln for ln in cleaned.lines if ln.label == TITLE), None)
    if headline is None:
        body = [ln for ln in cleaned.lines if ln.label == BODY]
        first = next((ln for ln in cleaned.lines if ln.text.strip()), None)
        if (
            first is not None
            and len(body) > 1
            and first is body[0]
            and looks_like_headline(first.text)
            and _title_case(first.text.split())
        ):
            headline = first
    if headline is not None:
        paras.append(Paragraph(headline.start, headline.end, headline.text, TITLE))
    # The standfirst under the headline is article text like the body.
    paras += [
        Paragraph(
            line.start + a,
            line.start + b,
            line.text[a:b],
            BODY if line.label == DEK else line.label,
            # the dek, or a body line repeating the headline ("Rubio: …/ Newslooks/ …")
            standfirst=line.label == DEK or headline is not None and line.text.startswith(headline.text),
        )
        for line in cleaned.lines
        if line.label in (BODY, HEADING, DEK) and line is not headline
        for a, b in pieces(line.text, max_chars)
    ]
    return paras


def looks_like_headline(line: str) -> bool:
    """A first line short enough to be a headline, with no dateline."""
    return 2 <= len(line.split()) <= 20 and not DATELINE_RE.match(line)


def _headline_in_sentence_case(paras: list[Paragraph], docs: list[Doc], text: str) -> bool:
    """Whether the first paragraph is a headline written as a sentence: "De Blasio says
    Chelsea explosion was an ‘intentional act’", "Jill Stein removed from debate site by
    police" — present tense or no tensed verb, where a lede tells in the past."""
    if (
        len(paras) < 2
        or paras[0].label != BODY
        or text[: paras[0].start].strip()
        or not looks_like_headline(paras[0].text)
        or not docs[0].has_annotation("DEP")
    ):
        return False
    roots = [t for t in docs[0] if t.dep_ == "ROOT"]
    return (
        len(roots) == 1
        and (roots[0].tag_ not in ("VBD", "MD") or ":" in paras[0].text)
        and not any(c in paras[0].text for c in '“”"')
    )


# Short words a headline in title case may leave in lower case.
TITLE_CASE_EXCEPTIONS = frozenset(
    """about above after against along amid among around before
    behind below between beyond but during from into like near onto over past since than that
    then through toward towards under until upon versus with within without""".split()
)


def _title_case(words: list[str]) -> bool:
    """ "Sanders Vows To Eliminate Tax Breaks" (but not "Zelensky met European leaders")."""
    content = [w.strip("“”‘’\"'(") for w in words]
    content = [
        w for w in content if len(w) > 3 and w[:1].isalpha() and w.lower() not in TITLE_CASE_EXCEPTIONS
    ]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


# "PARIS (AP)U.S. Secretary …", "WASHINGTON — The …": the place and agency are not the subject.
DATELINE_RE = re.compile(
    # (the capitals end before a word: "JERUSALEM - Israeli …" keeps its "I")
    # (and a wire's date after the place: "OSLO, March 3 (Reuters) -")
    # (a hyphen only inside the place's name, "WILKES-BARRE": not "HONOLULU -- K.J. Choi")
    # (a region and a date both: "RAMALLAH, West Bank, Dec. 5 (AP) —")
    r"^[A-Z](?:[A-Z.'’ ]|-(?![-\s])){2,40}(?![a-z])"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?(?:\s+\d{1,2}(?:,\s*\d{4})?)?){0,2}"
    r"\s*(?:\([A-Za-z.& ]{2,30}\))?\s*[—–-]*\s*"
)


def _dateline(text: str) -> re.Match | None:
    m = DATELINE_RE.match(text)
    return m if m and m.end() >= 4 and re.search(r"\(|[—–-]", m.group()) else None


# A live blog's time stamp opening an entry: "9:42 p.m. — Liberal candidate …", "14:05 GMT -".
TIME_STAMP_RE = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[—–-]+\s*", re.IGNORECASE
)


# Characters the parser reads as a space: line breaks, and C1 control characters (U+0080-U+009F),
# which no text holds but a page decoded with the wrong character set does.
PARSER_BLANKS = {ord("\r"): " ", ord("\n"): " "} | {code: " " for code in range(0x80, 0xA0)}


def mask_dateline(text: str) -> str:
    """The text for the parser, with a leading dateline or time stamp blanked (offsets
    unchanged)."""
    m = _dateline(text) or TIME_STAMP_RE.match(text)
    return text if m is None else " " * m.end() + text[m.end() :]


def dateline_place(text: str) -> str | None:
    """The place a leading dateline names: "Hamilton" for "HAMILTON — …", "Victoria" for
    "VICTORIA, B.C. (CP) - …"."""
    m = _dateline(text)
    if m is None:
        return None
    place = re.split(r"[,(—–]|\s-", m.group())[0].strip(" .-")
    return place.title() if len(place) > 1 else None


def _sentence_at(doc: Doc, char: int):
    """The sentence holding character ``char`` of the doc."""
    if not len(doc):
        return doc[0:0]
    span = doc.char_span(char, min(len(doc_text(doc)), char + 1), alignment_mode="expand")
    return sentence_of(span[0] if span is not None and len(span) else doc[len(doc) - 1])


def _blank(text: str, ranges: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in ranges:
        for i in range(max(0, a), min(len(chars), b)):
            chars[i] = " "
    return "".join(chars)


def extract_text(
    text: str,
    article: Article,
    *,
    nlp: Language | None = None,
    settings: ExtractSettings = DEFAULT_SETTINGS,
    recurring: Iterable[str] = (),
) -> list[Quote]:
    """Every quotation and reported claim in ``text``, attributed and dated, in order.

    ``text`` is the whole source file as decoded; every record's ``start``/``end`` index it.
    """
    cleaned = clean_text(text, title=article.title, recurring=recurring)
    return extract_cleaned(text, cleaned, article, nlp=nlp, settings=settings).quotes


def extract_cleaned(
    text: str,
    cleaned: CleanResult,
    article: Article,
    *,
    nlp: Language | None = None,
    settings: ExtractSettings = DEFAULT_SETTINGS,
) -> Extraction:
    from quote_miner.nlp import load_nlp

    nlp = nlp or load_nlp()
    return extract_paragraphs(
        text,
        paragraphs_of(cleaned, max_chars=settings.max_piece_chars),
        cleaned,
        article,
        nlp=nlp,
        settings=settings,
    )


def extract_paragraphs(
    text: str,
    paras: list[Paragraph],
    cleaned: CleanResult,
    article: Article,
    *,
    nlp: Language,
    settings: ExtractSettings,
) -> Extraction:
    return _extract_prepared(prepare_paragraphs(text, paras, cleaned, article, settings), nlp, settings)


@dataclass(frozen=True)
class Prepared:
    """An article cleaned and cut into paragraphs, before the parser: what it reads (``texts``,
    markup and dateline masked; ``full``: which paragraphs get the whole pipeline) and what
    attribution needs afterwards."""

    text: str
    paras: list[Paragraph]
    cleaned: CleanResult
    article: Article
    spans_by_para: dict[int, list[QuoteSpan]]
    texts: list[str]
    full: list[bool] | None
    # ``texts`` ends with the title-case headline written as a sentence (headlines.sentence_cased)
    title_recased: bool = False


def prepare_paragraphs(
    text: str, paras: list[Paragraph], cleaned: CleanResult, article: Article, settings: ExtractSettings
) -> Prepared:
    if article.title is None and cleaned.title:
        article = replace(article, title=cleaned.title)  # the headline the cleaner recognised
    if article.date is None:
        # Only the article's own lines (body, headings, captions, dateline) may date it:
        # never an appeal's "into 2026" or a teaser.
        stated = full_date(cleaned.dateline) or article_date_from_text(
            [ln.text for ln in cleaned.lines if ln.label != BOILERPLATE]
        )
        if stated:
            article = replace(article, date=stated)
    body_idx = [i for i, p in enumerate(paras) if p.label == BODY]
    spans_by_para: dict[int, list[QuoteSpan]] = {}
    open_before = False
    for n, i in enumerate(body_idx):
        nxt = paras[body_idx[n + 1]].text if n + 1 < len(body_idx) else ""
        open_here = leaves_quote_open(paras[i].text)
        # (a quotation left open runs on into a paragraph that reopens it, or that closes it
        # without reopening: “… diverse needs. / Internet-enabled … offerings.”)
        runs_into = opening_mark(nxt) or (closing_mark_first(nxt) if open_here else None) or False
        spans_by_para[i] = quote_spans(paras[i].text, continues=open_before, next_opens=runs_into)
        open_before = open_here
    # (the line breaks of a wrapped paragraph are spaces to the parser: see wrapping.py)
    # (and the C1 control characters a wrong decoding leaves are no words: "“\x9d said Ashish Arora")
    texts = [mask_markup(mask_dateline(p.text)).translate(PARSER_BLANKS) for p in paras]
    full = [_worth_parsing(p, n == 0) for n, p in enumerate(paras)] if settings.selective else None
    recased = None
    if paras and paras[0].label == TITLE and _title_case(paras[0].text.split()):
        body = "\n".join(p.text for p in paras if p.label == BODY)
        recased = sentence_cased(texts[0], body)
    if recased is not None:
        texts.append(recased)
        full = None if full is None else [*full, True]
    recased_too = recased is not None
    return Prepared(text, paras, cleaned, article, spans_by_para, texts, full, title_recased=recased_too)


def parse_prepared(nlp: Language, articles: list[Prepared], settings: ExtractSettings) -> list[list[Doc]]:
    """The docs of several articles' paragraphs, parsed in one stream (the parser and the
    recogniser run faster on full batches than on one article's few paragraphs)."""
    from quote_miner.nlp import parse_paragraphs

    texts = [t for a in articles for t in a.texts]
    full = [f for a in articles for f in a.full or ()] if settings.selective else None
    docs = parse_paragraphs(nlp, texts, full=full, batch_size=settings.batch_size)
    out, k = [], 0
    for a in articles:
        out.append(docs[k : k + len(a.texts)])
        k += len(a.texts)
    return out


def _extract_prepared(ready: Prepared, nlp: Language, settings: ExtractSettings) -> Extraction:
    return finish_paragraphs(ready, parse_prepared(nlp, [ready], settings)[0], settings)


def finish_paragraphs(ready: Prepared, docs: list[Doc], settings: ExtractSettings) -> Extraction:
    """Attribution over the parsed paragraphs of one article."""
    paras, text, cleaned = ready.paras, ready.text, ready.cleaned
    recased = docs[-1] if ready.title_recased else None
    docs = docs[: len(paras)]
    if _headline_in_sentence_case(paras, docs, text):
        paras = [replace(paras[0], label=TITLE), *paras[1:]]
    found = _attribute(text, paras, docs, ready.spans_by_para, ready.article, settings, recased)
    warnings = found.warnings
    if cleaned.left_out_passages:
        warnings += (
            f"{cleaned.left_out_passages} more passages of prose ({cleaned.left_out_words:,} words) "
            f"stand outside the article and were left out; if the file holds several articles, "
            f"give each its own file",
        )
    return replace(
        found, dek=cleaned.dek, byline=cleaned.byline, dateline=cleaned.dateline, warnings=warnings
    )


def _without_edge_markup(text: str) -> tuple[int, int] | None:
    """Where the words of ``text`` begin and end, past tags of markup around them (an embedded
    post: `<tweet author="…">PREACH!<tweet/>`); None when there are none."""
    masked = mask_markup(text)
    start, end = len(masked) - len(masked.lstrip()), len(masked.rstrip(" \t\n.;"))
    return (start, end) if start < end else None


def _worth_parsing(para: Paragraph, first: bool) -> bool:
    """Whether a paragraph needs the parser: it can hold speech, it is the headline or a first
    line shaped like one (it may turn out to be one), or it ends in a colon that introduces a quote."""
    if para.label == BODY:
        return (first and looks_like_headline(para.text)) or might_hold_speech(para.text)
    if para.label == HEADING and (":" in para.text or might_hold_speech(para.text)):
        return True  # a heading can report a claim: "Kremlin: Russia Open to Talks"
    return para.label == TITLE or para.text.rstrip().endswith(":")


def _attribute(text, paras, docs, spans_by_para, article, settings, recased_title=None) -> Extraction:
    ranges = []
    for i in range(len(paras)):
        rs = []
        for sp in spans_by_para.get(i, []):
            a = sp.open_mark if sp.open_mark is not None else sp.start
            b = sp.close_mark + 1 if sp.close_mark is not None else sp.end
            rs.append((a, b))
        ranges.append(rs)
    for doc in docs:
        names_in_apposition(doc)
    # Title case misleads the entity recogniser ("America Ferrera Sent Donald Trump A Message"):
    # names come from lines written as sentences.
    kept = [i for i, p in enumerate(paras) if not _title_case(p.text.split())]
    index = build_name_index([docs[i] for i in kept], kept, [ranges[i] for i in kept])
    # The city of the dateline is a place wherever the article names it ("Hamilton restaurant
    # owner fights city …" over "HAMILTON — …"), not a woman "she" could stand for.
    index.places.update(fold(place) for p in paras if (place := dateline_place(p.text)))
    share_names(docs, index)
    resolver = ArticleResolver(docs, ranges, index, antecedent_paragraphs=settings.antecedent_paragraphs)
    dater = QuoteDater(article.date)
    quotes: list[Quote] = []
    failed: list[str] = []
    # The last attributed quote: its paragraph, attribution, and where that attribution stands.
    last: tuple[int, Attribution, int] | None = None
    body_text = "\n".join(p.text for p in paras if p.label == BODY)
    labels = transcript_labels([p.text for p in paras if p.label == BODY], index)
    for label in labels:
        if len(label.split()) > 1 and index.lookup(label.title()) is None:
            index.add(label.title())  # a name the article gives in a label only: "ANDREW CHANG:"
    # The last transcript turn: its paragraph, the turn, the paragraph its speaker's label is in.
    last_turn: tuple[int, Turn, int] | None = None
    answers = unmarked_answers(paras, docs, spans_by_para, index) if not labels else {}
    for i, (para, doc) in enumerate(zip(paras, docs, strict=True)):
        done = len(quotes)
        try:
            # (start, end, kind, attribution, paragraph the attribution stands in)
            items: list[tuple[int, int, str, Attribution | None, int]] = []
            headline = None
            if para.label in (TITLE, HEADING) or para.standfirst:
                claim = heading_claim(
                    doc,
                    para.text,
                    recased_title if i == 0 else None,
                    body_text,
                    index,
                    names_a_person=lambda mention, i=i: resolver.resolve(i, mention).type == "person",
                )
                if claim is not None:
                    headline = (claim.start, claim.end, "indirect", claim.attribution, i)
            if para.label == HEADING:
                dater.heading(para.text)
                if headline is None:
                    continue
            turn, label_para = None, i
            if para.label == BODY and labels:
                turn = transcript_turn(para.text, labels)
                if turn is None and last_turn is not None and last_turn[0] == i - 1:
                    turn, label_para = continued_turn(para.text, last_turn[1]), last_turn[2]
            if turn is not None:
                last_turn = (i, turn, label_para)
                # The whole paragraph is the labelled speaker's; quotations and cues inside it are
                # part of their words.
                kind = "direct" if turn.quoted else "indirect"
                items.append((turn.start, turn.end, kind, turn.attribution, label_para))
            elif i in answers:
                # an interview's answer, printed without quotation marks: reported, as a turn is
                items.append((0, len(para.text.rstrip()), "indirect", *answers[i]))
            in_body = para.label not in (TITLE, HEADING) and turn is None and i not in answers
            prev_close = None
            for sp in spans_by_para.get(i, []) if in_body else ():
                sent_start = _sentence_at(doc, sp.start).start_char
                kind = quote_kind(mask_entities(para.text), sp, sent_start, prev_close)
                prev_close = sp.close_mark + 1 if sp.close_mark is not None else None
                att = attribute_quote(
                    doc,
                    sp.start,
                    sp.end,
                    ranges[i],
                    partial=kind == "partial",
                    trailing_max_tokens=settings.trailing_cue_max_tokens,
                )
                src_para = i
                if att is None:
                    att, src_para = frame_elsewhere(
                        i, sp, kind, paras, docs, spans_by_para, ranges, last, settings
                    )
                if (
                    (att is None or att.mention is None)
                    and not settings.keep_unattributed
                    and not speech_without_speaker(doc, para.text, sp, kind)
                ):
                    continue  # a scare quote, a title, or words nobody is credited with
                if not_speech(doc, para.text, sp, kind, att):
                    continue
                items.append((sp.start, sp.end, kind, att, src_para))
                if att is not None:
                    last = (i, att, src_para)
            for claim in find_claims(doc, ranges[i]) if in_body else ():
                items.append((claim.start, claim.end, "indirect", claim.attribution, i))
            if headline is not None and not any(
                kind == "indirect" and start < headline[1] and headline[0] < end
                for start, end, kind, *_ in items
            ):
                items.append(headline)  # (a dek's claim is the body's own when found there too)
            post = embedded_post(text, i, paras, ranges) if para.label == BODY else None
            if post is not None:
                items.append(post)
            if (
                para.label == BODY
                and not ranges[i]
                and turn is None
                and i > 0
                and paras[i - 1].label != TITLE
                and len(para.text.split()) >= settings.unmarked_block_min_words
            ):
                # "Limbaugh added:" / a block of his words the page set without quotation marks
                # (not a time stamp or a label: "2:45 p.m.").
                intro = attribute_intro(docs[i - 1], ranges[i - 1])
                words = _without_edge_markup(para.text)
                if intro is not None and words is not None:
                    items.append((*words, "indirect", intro, i - 1))
            items.sort(key=lambda x: (x[0], x[1]))
            blanked = _blank(para.text, ranges[i])
            for start, end, kind, att, src_para in items:
                # strip white space inside the marks so the record is the words themselves
                while start < end and para.text[start].isspace():
                    start += 1
                while end > start and para.text[end - 1].isspace():
                    end -= 1
                if end <= start:
                    continue
                start, end = whole_entities(para.text, start, end)
                mention = att.mention if att else None
                speaker = resolver.resolve(src_para, mention)
                mention_rec = None
                if mention is not None:
                    m_start, m_end = paras[src_para].raw_span(mention.start, mention.end)
                    # (the source's own characters: a wrapped line's break, where the parser read a space)
                    words = paras[src_para].text[mention.start : mention.end]
                    mention_rec = SpeakerMention(words, m_start, m_end)
                    if src_para == i:
                        resolver.note(i, mention.start, speaker)
                strength = att.confidence if att else CONFIDENCE.unattributed
                if speaker.name is None:
                    strength = min(strength, CONFIDENCE.no_speaker)
                conf = calibrated(kind, strength) if settings.calibrate else strength
                anchor = att.cue_pos if att and att.cue_pos is not None and src_para == i else start
                sent = _sentence_at(doc, anchor)
                context = blanked
                if kind == "indirect":
                    # what a claim says ("talks on May 8") never dates when it was said
                    context = blanked[:start] + " " * (end - start) + blanked[end:]
                sent_text = context[sent.start_char : sent.end_char] if sent else ""
                said = dater.date_for(i, sent_text, context, speaker.name)
                raw_start, raw_end = para.raw_span(start, end)
                quotes.append(
                    Quote(
                        text=para.text[start:end],
                        kind=kind,
                        start=raw_start,
                        end=raw_end,
                        article=article,
                        speaker=unescaped(speaker.name),
                        speaker_type=speaker.type,
                        speaker_role=unescaped(clean_role(speaker.role)),
                        speaker_mention=mention_rec,
                        cue=att.cue if att else None,
                        date=said.date,
                        date_basis=said.basis,
                        confidence=conf,
                        context_start=para.start,
                        context_end=para.end,
                        evidence=explain(att, speaker, strength, conf, src_para),
                    )
                )
        except Exception as exc:  # one paragraph must not cost the article
            # A rule that fails on one paragraph loses that paragraph, not the article, and
            # the user is told which one.
            del quotes[done:]
            why = f"{type(exc).__name__}: {exc}"
            failed.append(f"paragraph {i + 1} could not be attributed ({why}); its quotes are left out")

    quotes.sort(key=lambda q: (q.start, q.end, q.kind))
    quotes = _first_occurrences(quotes)
    assert all(p.visible is not None for p in paras) or all(text[q.start : q.end] == q.text for q in quotes)
    return Extraction(quotes, index.narrated_names(), warnings=tuple(failed))


def _first_occurrences(quotes: list[Quote]) -> list[Quote]:
    """A quotation the article repeats word for word is reported once, where it first stands.
    A claim repeated (the headline in the dek) is a claim at each place it is made."""
    seen: set[tuple[str, str]] = set()
    out = []
    for q in quotes:
        key = (q.kind, " ".join(q.text.split()).lower())
        if q.kind != "indirect" and len(q.text.split()) >= 6 and key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out


def extract_article(
    source: Source,
    *,
    nlp: Language | None = None,
    settings: ExtractSettings = DEFAULT_SETTINGS,
    recurring: Iterable[str] = (),
) -> Extraction:
    """Extract from a source read by ``source.read_source`` (plain text or saved HTML)."""
    from quote_miner.nlp import load_nlp

    return _extract_prepared(
        prepare_article(source, settings=settings, recurring=recurring), nlp or load_nlp(), settings
    )


def prepare_article(
    source: Source, *, settings: ExtractSettings = DEFAULT_SETTINGS, recurring: Iterable[str] = ()
) -> Prepared:
    """A source (plain text or saved HTML) cleaned and cut into paragraphs for the parser."""
    if source.is_html:
        cleaned, paras = html_paragraphs(source.text, title=source.title, max_chars=settings.max_piece_chars)
    else:
        cleaned = clean_source(source, recurring=recurring)
        paras = paragraphs_of(cleaned, max_chars=settings.max_piece_chars)
    return prepare_paragraphs(source.text, paras, cleaned, source.article(), settings)


def extract_source(source: Source, **kwargs) -> list[Quote]:
    return extract_article(source, **kwargs).quotes

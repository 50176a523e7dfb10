"""Site furniture out, article text in, with exact offsets back into the raw file.

The cleaner decides per line, the way a reader does: is this a sentence (length, end
punctuation, function words), is it inside the main run of prose, does it look like a caption
credit, a teaser card, an appeal, a widget label? Phrase lists help, but the main signal is the
shape of the text and where it stands relative to the article's body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from quote_miner.article_edges import fact_box_end, headline_above, headline_lists, separated_items
from quote_miner.article_extent import before_comments, with_closing_sentences, with_interrupted_parts
from quote_miner.dates import full_date
from quote_miner.furniture import (
    ANCHOR_RE,
    ANCHOR_REACH,
    APPEAL_RE,
    APPEAL_WORDS,
    AUTHOR_CONTACT_RE,
    BULLET_RE,
    BYLINE_RE,
    CALL_TO_ACTION_RE,
    COMMENT_META_RE,
    CREDIT_RE,
    DATE_LINE_RE,
    DATED_ITEM_RE,
    END_PUNCT,
    FURNITURE_LINE_RE,
    LEGAL_RE,
    LEGAL_WORDS,
    NOT_A_HEADING_RE,
    PAGE_NOTE_RE,
    REACTION_COUNT_RE,
    READER_RE,
    RUN_ENDING_LABEL_RE,
    SECTION_LABEL_RE,
    STOPWORDS,
    TEASER_END_RE,
    VIDEO_LENGTH_RE,
    WORD_RE,
)
from quote_miner.quotes import (
    QA_RE,
    framed_quote,
    has_quote_mark,
    mask_markup,
    outside_quotes,
    qa_interview,
    quoted_share,
    signs_post_alone,
    signs_quotation,
)
from quote_miner.wrapping import unwrap

BODY = "body"
HEADING = "heading"
TITLE = "title"
DEK = "dek"
BYLINE = "byline"
CAPTION = "caption"
BOILERPLATE = "boilerplate"
KEPT_LABELS = (BODY, HEADING, DEK)  # the standfirst is article text too


@dataclass(frozen=True)
class Line:
    start: int  # raw offsets of the trimmed line
    end: int
    text: str
    label: str
    reason: str

    @property
    def kept(self) -> bool:
        return self.label in KEPT_LABELS


@dataclass
class CleanResult:
    raw: str
    lines: list[Line]
    title: str | None = None
    dek: str | None = None
    byline: str | None = None
    dateline: str | None = None
    # Prose left out around the article: whole passages (other articles pasted into the same
    # file?) and their words, for a warning.
    left_out_passages: int = 0
    left_out_words: int = 0
    text: str = field(init=False)

    def __post_init__(self) -> None:
        # What `quotes clean` prints; extraction maps each kept line to the raw file itself.
        self.text = "\n\n".join(line.text for line in self.kept_lines)

    @property
    def kept_lines(self) -> list[Line]:
        return [ln for ln in self.lines if ln.kept]


@dataclass(frozen=True)
class _Shape:
    words: int
    stop_ratio: float
    cap_ratio: float
    ends_sentence: bool
    bullet: bool

    @property
    def prose(self) -> bool:
        """A sentence a reader would read: long enough, ends like one, has function words."""
        if self.bullet:
            # a list item that reads as a sentence, not a link ("* Warnock expecting good reception")
            return (
                self.words >= 8
                and self.stop_ratio >= 0.1
                and self.cap_ratio < 0.5
                or self.ends_sentence
                and self.words >= 6
            )
        if self.words >= 8 and self.ends_sentence and self.stop_ratio >= 0.12:
            return True
        if self.words >= 12 and self.ends_sentence and self.stop_ratio >= 0.05 and self.cap_ratio < 0.7:
            return True  # a dateline and names crowd out the function words: "MEXICO CITY (UPI) — …"
        return self.words >= 16 and self.stop_ratio >= 0.25 and self.cap_ratio < 0.6

    @property
    def short_sentence(self) -> bool:
        return self.ends_sentence and self.words >= 2 and self.cap_ratio < 0.8


def shape(text: str) -> _Shape:
    text = mask_markup(text)  # a tag left over from the page is no word: "… comes.”</span>"
    words = WORD_RE.findall(text)
    n = len(words)
    stops = sum(w.lower().strip("’'") in STOPWORDS for w in words)
    caps = sum(w[0].isupper() for w in words)
    stripped = text.rstrip()
    return _Shape(
        words=n,
        stop_ratio=stops / n if n else 0.0,
        cap_ratio=caps / n if n else 0.0,
        ends_sentence=bool(stripped) and stripped.endswith(END_PUNCT),
        bullet=bool(BULLET_RE.match(text)),
    )


def split_lines(raw: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as (start, end, text), trimmed of surrounding white space; in hard-wrapped
    text, a paragraph's lines as one (see wrapping.py)."""
    out = []
    for m in re.finditer(r"[^\n]+", raw):
        text = m.group()
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        if body:
            start = m.start() + lead
            out.append((start, start + len(body), body))
    return unwrap(raw, out)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def clean_text(
    raw: str,
    *,
    title: str | None = None,
    recurring: Iterable[str] = (),
    max_gap: int = 4,
) -> CleanResult:
    """Label every line of ``raw`` and keep the article's body and headings.

    ``title``: the known headline (from a manifest or HTML), if any.
    ``recurring``: normalised lines seen in other articles of the same site; they are furniture.
    ``max_gap``: how many non-prose lines may stand between two paragraphs of one article.
    """
    recurring_set = {_norm(r) for r in recurring}
    raw_lines = split_lines(raw)
    shapes = [shape(t) for _, _, t in raw_lines]
    counts: dict[str, int] = {}
    for _, _, t in raw_lines:
        counts[_norm(t)] = counts.get(_norm(t), 0) + 1

    labels: list[tuple[str, str] | None] = [None] * len(raw_lines)
    candidate = [False] * len(raw_lines)  # prose that may belong to the article
    breaker = [False] * len(raw_lines)  # lines after which the article cannot go on

    interview = qa_interview(t for _, _, t in raw_lines)
    for i, (_, _, text) in enumerate(raw_lines):
        sh = shapes[i]
        key = _norm(text)
        # Site furniture recurs; so does wire copy, so a recurring sentence stays unless short.
        low = text.lower()
        if sh.words <= 6 and TEASER_END_RE.search(text):
            labels[i] = (BOILERPLATE, "teaser link text")
            breaker[i] = True
        elif key in recurring_set and (not sh.prose or CALL_TO_ACTION_RE.search(text)):
            labels[i] = (BOILERPLATE, "recurs in other articles of this site")
        elif CREDIT_RE.search(text):
            labels[i] = (CAPTION, "photo credit")
        elif PAGE_NOTE_RE.search(text) and sh.words <= 40:
            labels[i] = (BOILERPLATE, "note about the page")
        elif i > 0 and VIDEO_LENGTH_RE.match(raw_lines[i - 1][2].strip()):
            labels[i] = (CAPTION, "description of a video under its length")
        elif sh.words <= 12 and FURNITURE_LINE_RE.match(text):
            labels[i] = (BOILERPLATE, "navigation or widget label")
            breaker[i] = bool(RUN_ENDING_LABEL_RE.match(text))
        elif REACTION_COUNT_RE.match(text.strip()):
            labels[i] = (BOILERPLATE, "count of readers' reactions")
            breaker[i] = True
        elif sh.words <= 40 and AUTHOR_CONTACT_RE.search(text) and not has_quote_mark(text):
            labels[i] = (BOILERPLATE, "the author's note with how to reach them")
            breaker[i] = True
        elif (
            any(w in low for w in APPEAL_WORDS)
            and APPEAL_RE.search(text)
            # the reader addressed by the page, not a "you" or "our" someone is quoted saying
            and READER_RE.search(outside_quotes(text))
            and not quoted_share(text) > 0.3
        ):
            labels[i] = (BOILERPLATE, "appeal to readers")
            breaker[i] = True
        elif SECTION_LABEL_RE.match(text) and sh.words <= 6:
            labels[i] = (BOILERPLATE, "section label")
        elif (
            sh.words <= 40
            and any(w in low for w in LEGAL_WORDS)
            and LEGAL_RE.search(text)
            and not has_quote_mark(text)
        ):
            labels[i] = (BOILERPLATE, "copyright or legal notice")
            breaker[i] = True
        elif sh.bullet and DATED_ITEM_RE.search(text):
            labels[i] = (BOILERPLATE, "dated link in a list")
        elif sh.prose or (sh.short_sentence and sh.words >= 3 and has_quote_mark(text)):
            candidate[i] = True
        elif interview and sh.words >= 3 and QA_RE.match(text):
            candidate[i] = True  # a short turn of an interview: "A: Twelve firefighters."

    # A list of headlines after the article is of other articles ("Related", "Most read"); before
    # it, it may be the article's own summary ("Quick Look").
    for items in headline_lists(raw_lines, [sh.words for sh in shapes], [sh.bullet for sh in shapes]):
        if sum(candidate[: items.start]) > sum(candidate[items.stop :]):
            for k in items:
                labels[k] = (BOILERPLATE, "list of other articles' headlines after the article")
                candidate[k] = False

    for i in _pull_quotes(raw_lines, candidate):
        labels[i] = (BOILERPLATE, "pull quote repeating the article's words")
        candidate[i] = False

    # Runs of prose separated by at most max_gap other lines and no breaker.
    runs: list[tuple[int, int]] = []
    cur_start = cur_end = None
    gap = 0
    for i in range(len(raw_lines)):
        if candidate[i]:
            if cur_start is None:
                cur_start = i
            cur_end = i
            gap = 0
        elif cur_start is not None:
            gap += 1
            if breaker[i] or gap > max_gap:
                runs.append((cur_start, cur_end))
                cur_start = cur_end = None
                gap = 0
    if cur_start is not None:
        runs.append((cur_start, cur_end))

    def run_words(r: tuple[int, int]) -> int:
        return sum(shapes[k].words for k in range(r[0], r[1] + 1) if candidate[k])

    # The article starts after its byline or date line; readers' comments and teaser lists,
    # however long, do not.
    anchors = [k for k, (_, _, t) in enumerate(raw_lines) if BYLINE_RE.match(t) or ANCHOR_RE.match(t)]
    comment_head = [
        sh.words <= 14 and bool(COMMENT_META_RE.search(t))
        for sh, (_, _, t) in zip(shapes, raw_lines, strict=True)
    ]

    def run_weight(r: tuple[int, int]) -> float:
        weight = float(run_words(r))
        if any(0 < r[0] - a <= ANCHOR_REACH for a in anchors):
            weight *= 2
        span = range(r[0], r[1] + 1)
        if sum(comment_head[k] for k in span) >= 2:
            weight *= 0.3
        # an article's paragraphs follow one another; teaser cards alternate with their links
        return weight * sum(candidate[k] for k in span) / len(span)

    main = max(runs, key=run_weight) if runs else None
    # Teaser cards: the prose right above a "keep reading" link is another article's. In the
    # main run only the last block (after its last non-prose line) is the teaser's.
    for n, run in enumerate(runs):
        nxt = next(
            (
                k
                for k in range(run[1] + 1, min(len(raw_lines), run[1] + 3))
                if labels[k] and labels[k][1] == "teaser link text"
            ),
            None,
        )
        if nxt is None:
            continue
        first = run[0]
        gaps = [k for k in range(run[0], run[1] + 1) if not candidate[k]]
        if gaps:
            first = gaps[-1] + 1
        elif run == main:
            continue
        for k in range(first, run[1] + 1):
            candidate[k] = False
            labels[k] = (BOILERPLATE, "teaser excerpt before a 'keep reading' link")
        if first > run[0]:
            last = max(k for k in range(run[0], first) if candidate[k])
            runs[n] = (run[0], last)
            if run == main:
                main = runs[n]
    left_out = []
    if main is not None:
        main = with_interrupted_parts(main, runs, raw_lines, labels, candidate, shapes)
        main = before_comments(main, comment_head, raw_lines, candidate)
        main = with_closing_sentences(main, raw_lines, labels, shapes)
        for k in range(main[1] + 1, fact_box_end(main, raw_lines, labels, shapes, candidate) + 1):
            labels[k] = (BODY, "fact box naming the article's names")
        # Passages of an article's size outside it: the file may hold several articles.
        left_out = [
            words
            for r in runs
            if (r[1] < main[0] or r[0] > main[1])
            and sum(candidate[k] for k in range(r[0], r[1] + 1)) >= PASSAGE_MIN_PARAGRAPHS
            and (words := run_words(r)) >= PASSAGE_MIN_WORDS
        ]
    lines: list[Line] = []
    found_title = found_dek = found_byline = found_dateline = None
    title_key = _norm(title) if title else None
    headline_at = (
        headline_above(main, raw_lines, labels, shapes, candidate) if main and not title_key else None
    )
    for i, (start, end, text) in enumerate(raw_lines):
        sh = shapes[i]
        key = _norm(text)
        if labels[i] is not None:
            label, reason = labels[i]
        elif main is None:
            if candidate[i] or sh.short_sentence:
                label, reason = BODY, "prose"
            elif framed_quote(text):  # capitals of the names, not of a heading
                label, reason = BODY, "a short quotation and its speaker"
            else:
                label, reason = BOILERPLATE, "not prose"
        elif i == headline_at:
            label, reason = TITLE, "headline: the line above the body that shares its words"
        elif i < main[0]:
            label, reason = _before_body(
                text, sh, key, title_key, headline_at is not None, found_title, counts, main[0] - i
            )
        elif i == main[1] + 1 and signs_quotation(raw_lines[i - 1][2], text):
            label, reason = BODY, "the name signing the quotation above"  # (the article's last words)
        elif i == main[1] + 1 and signs_post_alone(text):
            label, reason = BODY, "the signature of a post embedded above"
        elif i > main[1]:
            label, reason = BOILERPLATE, "after the end of the article"
        elif candidate[i]:
            label, reason = BODY, "prose in the main run"
        elif BYLINE_RE.match(text):
            label, reason = BYLINE, "byline"
        elif sh.short_sentence or (sh.words >= 3 and quoted_share(text) > 0.5 and sh.cap_ratio < 0.6):
            label, reason = BODY, "short sentence in the main run"
        elif framed_quote(text):
            label, reason = BODY, "a short quotation and its speaker"
        elif i > 0 and signs_quotation(raw_lines[i - 1][2], text):
            label, reason = BODY, "the name signing the quotation above"
        elif i > 0 and signs_post_alone(text):
            label, reason = BODY, "the signature of a post embedded above"
        elif (
            2 <= sh.words <= 20
            and (sh.cap_ratio >= 0.5 or text.endswith(":"))
            and not sh.bullet
            and not NOT_A_HEADING_RE.search(text)
            and any(candidate[k] for k in range(i + 1, min(i + 3, main[1] + 1)))
        ):
            label, reason = HEADING, "short title-case line inside the article"
        else:
            label, reason = BOILERPLATE, "fragment inside the article"
        if label == TITLE and found_title is None:
            found_title = " ".join(mask_markup(text).split())  # (Markdown: "# Fares go up")
        elif label == DEK and found_dek is None:
            found_dek = text
        elif label == BYLINE and found_byline is None:
            found_byline = text
        if found_dateline is None and _date_line(text, sh, i, main):
            found_dateline = text
        lines.append(Line(start, end, text, label, reason))
    return CleanResult(
        raw=raw,
        lines=lines,
        title=found_title or title,
        dek=found_dek,
        byline=found_byline,
        dateline=found_dateline,
        left_out_passages=len(left_out),
        left_out_words=sum(left_out),
    )


# A run of prose this long outside the article is worth a warning (another article?).
PASSAGE_MIN_PARAGRAPHS = 4
PASSAGE_MIN_WORDS = 150


# The fewest words a line set apart as a quotation needs to be taken for a pull quote.
PULL_QUOTE_MIN_WORDS = 5


def _pull_quotes(raw_lines, candidate) -> list[int]:
    """Lines that are one quotation repeating words of a longer line of the page: a magazine's
    pull quote ("“I told him his American dream was using 200,000 gallons a year.”" set apart
    after the paragraph that quotes it), which would be a second record of the same words."""
    found = []
    spaced: list[str] | None = None  # (each line with its spaces made single, once, when needed)
    for i, (_, _, text) in enumerate(raw_lines):
        inner = text.strip().strip("\"“”‘’'").strip().rstrip(".,!?;:")
        if not candidate[i] or quoted_share(text) < 0.9 or len(inner.split()) < PULL_QUOTE_MIN_WORDS:
            continue
        spaced = spaced or [" ".join(t.split()) for _, _, t in raw_lines]
        words = " ".join(inner.split())
        if any(j != i and len(t) > len(text) and words in spaced[j] for j, (_, _, t) in enumerate(raw_lines)):
            found.append(i)
    return found


def _date_line(text: str, sh: _Shape, i: int, main: tuple[int, int] | None) -> bool:
    """The line under the headline that dates the article: "Published March 3, 2025", "June
    10, 2025 at 9:15 a.m. EDT", "By Jane Doe | 3 March 2025" — short, above the body, with a
    full date."""
    return sh.words <= 16 and (main is None or i < main[0]) and full_date(text) is not None


def _opening_sentence(text: str) -> bool:
    """A sentence of two words or more ending in a full stop, with a word in small letters (a
    verb, a function word): "Auston Matthews did it again." (not "LEXINGTON, Ky.", "Font
    size:")."""
    words = WORD_RE.findall(mask_markup(text))
    ends = text.rstrip().rstrip("\"”’'").endswith((".", "!"))
    return ends and len(words) >= 2 and any(w[:1].islower() and len(w) > 1 for w in words)


# A headline's length in words: more is a run of links or a paragraph ("canada.com, Newspapers,
# TV, Radio Home News Sports … National Post Victoria Times Colonist …", 90 words).
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 3, 40


def _menu(text: str, sh: _Shape) -> bool:
    """A navigation menu, never a headline: "Local News  Politics  Education  Weather", "Home |
    News | Sport": items apart by wide spaces or bars, or capitalised words with no small ones."""
    if separated_items(text):
        return True
    return sh.words >= 4 and sh.stop_ratio == 0 and sh.cap_ratio == 1 and not sh.ends_sentence


# The standfirst (or an opening paragraph the run missed: "DAVIE — Linebacker Joey Porter
# knew …") stands right above the body: at most this many lines above its first paragraph.
DEK_REACH = 3


def _before_body(
    text, sh, key, title_key, headline_below, found_title, counts, lines_above_body
) -> tuple[str, str]:
    if title_key and key == title_key:
        return (
            (TITLE, "matches the known title") if found_title is None else (BOILERPLATE, "repeated headline")
        )
    if BYLINE_RE.match(text):
        return BYLINE, "byline"
    if DATE_LINE_RE.match(text) and sh.words <= 8:
        return BOILERPLATE, "date line"
    if (
        found_title is None
        and title_key is None
        and not headline_below
        and HEADLINE_MIN_WORDS <= sh.words <= HEADLINE_MAX_WORDS
        and not sh.bullet
        and not _menu(text, sh)
    ):
        return TITLE, "first headline-shaped line"
    if (
        found_title is not None
        and counts.get(key, 0) == 1
        and lines_above_body <= DEK_REACH
        and (
            sh.prose
            or sh.short_sentence
            and sh.words >= 6
            # (a first paragraph the run missed, right above it, short or crowded with names:
            # "It's over.", "New Jersey Gov. Chris Christie endorsed Donald Trump on Friday.")
            or lines_above_body == 1
            and _opening_sentence(text)
        )
    ):
        return DEK, "standfirst between title and body"
    return BOILERPLATE, "short line before the article"


def clean_source(source, *, recurring: Iterable[str] = ()) -> CleanResult:
    """Clean a ``source.Source``: front matter is blanked (offsets unchanged), never body.

    For saved HTML the lines are those of the article trafilatura extracts from the page.
    """
    if source.is_html:
        from quote_miner.html import extract_article_text

        return clean_text(extract_article_text(source.text), title=source.title)
    text = source.text
    if source.body_offset:
        text = " " * source.body_offset + text[source.body_offset :]
    return clean_text(text, title=source.title, recurring=recurring)

"""Where an article starts and ends around its main run of prose: runs cut off by a short
interruption joined back, the closing sentences after it kept, readers' comments cut off."""

from __future__ import annotations

import re

from quote_miner.cues import SPEECH_FORMS
from quote_miner.furniture import (
    APPEAL_RE,
    BYLINE_RE,
    CALL_TO_ACTION_RE,
    DATE_LINE_RE,
    END_OF_ARTICLE_RE,
    OPENING_DATELINE_RE,
    READER_RE,
    TEASER_END_RE,
)
from quote_miner.names import NAME_CAPITALS
from quote_miner.quotes import has_quote_mark

# An article goes on after an interruption (a related link, an advertisement, a caption, a
# share bar, a fact box) of at most this many lines; these lines end it for good.
MAX_INTERRUPTION = 12


OPENING_REACH = 24
# ... and past a table or a photo's captions (lines that are not prose) this far: "HONOLULU --
# K.J. Choi had found …" above a 45-line box of his statistics.
OPENING_REACH_PAST_A_TABLE = 80
# The most prose lines such a stretch may hold (captions).
PROSE_PAST_A_TABLE = 2


def with_interrupted_parts(main, runs, raw_lines, labels, candidate, shapes) -> tuple[int, int]:
    """The main run of prose, with the runs of prose before and after it that an interruption
    of a few lines cut off (not a comment section, a copyright line or a reader appeal)."""

    def substantial(run: tuple[int, int]) -> bool:
        prose = [k for k in range(run[0], run[1] + 1) if candidate[k]]
        near = range(run[0], min(len(raw_lines), run[1] + 3))
        if any(labels[k] and labels[k][1] == "teaser link text" for k in near):
            return False  # teasers for other articles
        if any(ends_article(k) for k in range(run[0], run[1] + 1)):
            return False
        return len(prose) >= 2 or sum(shapes[k].words for k in prose) >= 25

    def ends_article(k: int) -> bool:
        text = raw_lines[k][2]
        reason = labels[k][1] if labels[k] else ""
        return (
            bool(END_OF_ARTICLE_RE.match(text) or TEASER_END_RE.search(text) and shapes[k].words <= 6)
            or reason in ("appeal to readers", "copyright or legal notice")
            or bool(APPEAL_RE.search(text) and READER_RE.search(text))
        )

    lo, hi = main
    at = runs.index(main) if main in runs else None
    if at is None:
        return main
    # An opening paragraph that starts with a dateline ("DAVIE — Linebacker Joey Porter knew …")
    # begins the article, whatever stands between it and the rest.
    # Past a sidebar's end-of-article word ("Latest news") only when the byline or the date
    # line stands right above it.
    crossed_an_end = False
    prose_between = 0
    for k in range(lo - 1, max(-1, lo - 1 - OPENING_REACH_PAST_A_TABLE), -1):
        if END_OF_ARTICLE_RE.match(raw_lines[k][2]):
            crossed_an_end = True
        if lo - k > OPENING_REACH and prose_between > PROSE_PAST_A_TABLE:
            break
        if candidate[k] and OPENING_DATELINE_RE.match(raw_lines[k][2]):
            if not crossed_an_end or _under_byline(raw_lines, k):
                lo = k
            break
        prose_between += bool(candidate[k])

    def before_the_end(run: tuple[int, int]) -> tuple[int, int] | None:
        # the prose of a run after the main one up to a line that ends the article: "… response
        # times to residents." / Photo: … / Sign up for our newsletter / Get the day's top …
        end = next((k for k in range(run[0], run[1] + 1) if ends_article(k)), None)
        prose = [k for k in range(run[0], run[1] + 1 if end is None else end) if candidate[k]]
        return (run[0], prose[-1]) if prose else None

    for step in (1, -1):
        j = at + step
        while 0 <= j < len(runs):
            other = before_the_end(runs[j]) if step == 1 else runs[j]
            if other is None:
                break
            between = range(hi + 1, other[0]) if step == 1 else range(other[1] + 1, lo)
            if (
                len(between) > MAX_INTERRUPTION
                or any(ends_article(k) for k in between)
                or not substantial(other)
            ):
                break
            lo, hi = (lo, other[1]) if step == 1 else (other[0], hi)
            if other != runs[j]:
                break  # (the article ended inside it)
            j += step
    return lo, hi


# A transcript's speaker label opening a line: "CHANG: …", "MÉLANIE LÉVESQUE: …".
TURN_LABEL_RE = re.compile(rf"^[{NAME_CAPITALS}][{NAME_CAPITALS}.’' -]+:\s")
# Short sentences right after the last paragraph that still belong to the article: "No charges
# have been laid.", "Mr Vlahogiannis is banned from the Open."
CLOSING_SENTENCES = 2


def with_closing_sentences(main, raw_lines, labels, shapes) -> tuple[int, int]:
    lo, hi = main
    for k in range(hi + 1, min(len(raw_lines), hi + 1 + CLOSING_SENTENCES)):
        text, sh = raw_lines[k][2], shapes[k]
        if (
            labels[k] is not None
            or not sh.short_sentence
            or sh.bullet
            # (a headline of a teaser has no full stop; a transcript's turn may ask: "CHANG: Cuts?")
            or not text.rstrip().endswith((".", "?") if TURN_LABEL_RE.match(text) else ".")
            or sh.words < 3
            or sh.stop_ratio == 0
            or END_OF_ARTICLE_RE.match(text)
            or CALL_TO_ACTION_RE.search(text)
        ):
            break
        hi = k
    return lo, hi


def _under_byline(raw_lines, k: int) -> bool:
    """Whether a byline or a date line stands at most three lines above line ``k``."""
    above = [raw_lines[j][2].strip() for j in range(max(0, k - 3), k)]
    return any(BYLINE_RE.match(t) or DATE_LINE_RE.match(t) for t in above)


# A live blog's entries carry headers with a time, as comments do ("February 6, 2016 10:42PM"),
# but report what people said: the run goes on past such headers when at least this many of
# the paragraphs after the first one, and this share of them, quote someone with a speech verb.
# Measured: in the two comment sections the cleaner_dev pages end with, 1 of 19 and 0 of 11
# paragraphs do; in the two PolNeAR live blogs cut this way, 12 of 31 and 33 of 74.
REPORTING_MIN = 3
REPORTING_SHARE = 0.2


def before_comments(main: tuple[int, int], comment_head: list[bool], lines, candidate) -> tuple[int, int]:
    """The main run stops where a comment section starts: two comment headers or more, after
    which the paragraphs do not report speech."""
    lo, hi = main
    heads = [k for k in range(lo, hi + 1) if comment_head[k]]
    if len(heads) < 2 or heads[0] <= lo:
        return main
    after = [lines[k][2] for k in range(heads[0] + 1, hi + 1) if candidate[k]]
    reporting = sum(_reports_speech(text) for text in after)
    if reporting >= REPORTING_MIN and reporting >= REPORTING_SHARE * len(after):
        return main
    return lo, heads[0] - 1


def _reports_speech(text: str) -> bool:
    """A paragraph that quotes someone with a speech verb: "“…,” said Rubio."."""
    return has_quote_mark(text) and any(w.strip(',.;:!?"“”') in SPEECH_FORMS for w in text.lower().split())

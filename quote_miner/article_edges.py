"""What stands at the edges of an article's body: its headline above, a fact box after.

The cleaner (clean.py) finds the main run of prose; these two decisions read the lines around it
with the run's own words as evidence: a headline shares words with the opening paragraphs, a fact
box names what the article names. Lines are the cleaner's ``(start, end, text)`` triples, with
its shapes and labels (``None``: not yet decided).
"""

from __future__ import annotations

import re

from quote_miner.furniture import (
    BYLINE_RE,
    CAPITALISED_RE,
    COMMENT_META_RE,
    DATE_LINE_RE,
    DATED_ITEM_RE,
    END_OF_ARTICLE_RE,
    FACT_LINE_RE,
    LOWER_RUN_RE,
    NUMBER_RE,
    STOPWORDS,
    WORD_RE,
)

# A fact box right after the last paragraph (results, a box score, a squad, a schedule, a spec
# list) is the article's when its data lines name what the article names; it ends at the last
# line that does (a site's own lists of data follow it). At most this many lines.
FACT_BOX_MAX = 40
# A data line may end in a full stop when numbers make it ("… 0-0 0. Totals 23-51 4-9 51.").
FACT_LINE_MIN_NUMBERS = 3

# The headline stands at most this many lines above the body (bylines, dates, captions and
# share bars between), has this many words, and shares two of its words with the opening
# paragraphs, or one when it stands this close. Measured on cleaner_dev: the headline right for
# 124 of 167 pages (the first headline-shaped line of the page: 39).
HEADLINE_REACH = 40
HEADLINE_WORDS = (3, 30)
HEADLINE_NEAR = 8
# How many opening paragraphs the headline's words are looked for in.
HEADLINE_OPENING = 4


# A list of other articles' headlines ("Related stories", "Most read"): this many bulleted or
# numbered items in a row or more, of this many words, fewer than half of them ending like a
# sentence (a list an article makes is of sentences, or too short to read as prose).
HEADLINE_LIST_MIN_ITEMS = 3
HEADLINE_LIST_WORDS = (4, 16)


def headline_lists(lines: list[tuple[int, int, str]], words: list[int], bullets: list[bool]) -> list[range]:
    """The lists of headlines among ``lines``: "* Unauthorized book says Cruise lives in dream
    world", "1. Sisters in Pleasanton ripped off in bogus diamond scam" (a headline cut short,
    "… as Apple reportedly mulls...", ends no sentence)."""
    found: list[range] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and _headline_item(lines[end][2], words[end], bullets[end]):
            end += 1
        items = range(k, end)
        sentences = sum(_ends_a_sentence(lines[i][2]) for i in items)
        if len(items) >= HEADLINE_LIST_MIN_ITEMS and 2 * sentences < len(items):
            found.append(items)
        k = max(end, k + 1)
    return found


def _headline_item(text: str, words: int, bullet: bool) -> bool:
    """A list item that may be a headline: a few words, not a menu's ("* Blog This") nor a line
    of data ("1. Bayliss (Ducati) 1'32.2", "* Memory: 512MB DDR2")."""
    return bullet and HEADLINE_LIST_WORDS[0] <= words <= HEADLINE_LIST_WORDS[1] and not fact_line(text)


def _ends_a_sentence(text: str) -> bool:
    stripped = text.rstrip()
    return stripped.endswith((".", "!", "?", "”", '"')) and not stripped.endswith(("...", "…"))


def separated_items(text: str) -> bool:
    """Three or more items apart by wide spaces, tabs, bars or bullets: a menu or a label row."""
    return bool(re.search(r"\S(?:\s{2,}|\t|\s*[|•·»]\s*)\S", text)) and (
        len(re.split(r"\s{2,}|\t|[|•·»]", text)) >= 3
    )


def fact_line(text: str) -> bool:
    """A line of data (a result, a score, "Processor: 1.2GHz"), not a sentence."""
    return (
        bool(FACT_LINE_RE.search(text))
        and not LOWER_RUN_RE.search(text)
        and (
            not text.rstrip().endswith((".", "!", "?"))
            or len(NUMBER_RE.findall(text)) >= FACT_LINE_MIN_NUMBERS
        )
    )


def _names(text: str) -> set[str]:
    return {w.lower() for w in CAPITALISED_RE.findall(text)} - STOPWORDS


def _content_words(text: str) -> set[str]:
    return {w.lower().strip("’'") for w in WORD_RE.findall(text)} - STOPWORDS


def fact_box_end(main, lines, labels, shapes, candidate) -> int:
    """The last line of the fact box after the main run ``main`` (its last paragraph when there
    is none)."""
    hi = main[1]
    article_names = set().union(*(_names(lines[k][2]) for k in range(main[0], hi + 1) if candidate[k]))
    last_named = hi
    for k in range(hi + 1, min(len(lines), hi + 1 + FACT_BOX_MAX)):
        text, sh = lines[k][2], shapes[k]
        if (
            labels[k] is not None
            or END_OF_ARTICLE_RE.match(text)
            or COMMENT_META_RE.search(text)
            or DATED_ITEM_RE.search(text)
            or "|" in text
        ):
            break
        if fact_line(text):
            if _names(text) & article_names:
                last_named = k
        elif sh.words > 5 or sh.ends_sentence and not text.endswith(":"):
            break
    return last_named


def headline_above(main, lines, labels, shapes, candidate) -> int | None:
    """The article's headline: the line above its body that reads as a headline and shares the
    largest part of its words with the opening paragraphs, the nearest on a tie (a menu, a site
    name or a teaser of another story shares few)."""
    opening = [k for k in range(main[0], main[1] + 1) if candidate[k]][:HEADLINE_OPENING]
    body_words = set().union(*(_content_words(lines[k][2]) for k in opening))
    lede_words = _content_words(lines[opening[0]][2]) if opening else set()
    best, best_score = None, 0.0
    for i in range(main[0] - 1, max(-1, main[0] - 1 - HEADLINE_REACH), -1):
        text, sh = lines[i][2], shapes[i]
        if (
            labels[i] is not None
            or not HEADLINE_WORDS[0] <= sh.words <= HEADLINE_WORDS[1]
            or sh.bullet
            or (text.endswith(".") and not text.endswith(".."))  # a sentence, not a headline
            or separated_items(text)
            or BYLINE_RE.match(text)
            or DATE_LINE_RE.match(text)
        ):
            continue
        words = _content_words(text)
        shared = len(words & body_words)
        # (a headline sums up the lede: its words there count twice)
        score = (shared + len(words & lede_words)) / (2 * len(words)) if words else 0.0
        near = main[0] - i <= HEADLINE_NEAR
        if (shared >= 2 or near and shared >= 1) and score > best_score:
            best, best_score = i, score
    return best

"""When each thing was said.

Forms are found with patterns and calendar arithmetic (``datetime``); the resolution is ours:
an explicit date near the attribution, a weekday or "yesterday" resolved against the article's
date, "the day before" against the event just mentioned, a dated section heading, a run of
quotes by one speaker sharing the date of the run, and finally the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# (the abbreviation's full stop stays outside the group: "Sept." gives "sept")
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
MONTH_DAY_RE = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.I,
)
DAY_MONTH_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.I,
)
ISO_RE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
WEEKDAY_RE = re.compile(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
RELATIVE_RE = re.compile(
    r"\b(?P<rel>yesterday|today|tonight|the day before|the previous day|"
    r"the day earlier|a day earlier|earlier today|this morning)\b",
    re.I,
)


@dataclass(frozen=True)
class SaidOn:
    date: str | None
    basis: str | None  # explicit, relative, article or None


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# A month and day with no year lies within half a year of the article ("Feb. 29" in March 2025
# names no day).
HALF_YEAR_DAYS = 183


def month_day(month: int, day: int, year: int | None, article: date | None) -> date | None:
    """A month and day; without a year, the year that puts it nearest the article date ("May 8"
    in an article of 2 May 2025 is 2025-05-08; "Dec. 30" in one of 2 January is last year's)."""
    if year is None:
        if article is None:
            return None
        candidates = [
            d
            for y in (article.year - 1, article.year, article.year + 1)
            if (d := _safe(y, month, day)) and abs((d - article).days) <= HALF_YEAR_DAYS
        ]
        return min(candidates, key=lambda d: (abs((d - article).days), d > article), default=None)
    return _safe(year, month, day)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def last_weekday(weekday: int, article: date) -> date:
    """The latest given weekday on or before the article date."""
    return article - timedelta(days=(article.weekday() - weekday) % 7)


def find_date(
    text: str,
    *,
    article: date | None,
    previous: date | None = None,
) -> tuple[date, str] | None:
    """The first date expression in ``text``, resolved; with its basis. Words are said on or
    before the day the article is dated: a later date ("to ratify the pact on May 8") is an
    event to come, not the day of the saying, and is passed over."""
    for d, basis in _find_dates(text, article, previous):
        if article is None or d <= article:
            return d, basis
    return None


@lru_cache(maxsize=1024)
def _find_dates(text: str, article: date | None, previous: date | None) -> tuple[tuple[date, str], ...]:
    found: list[tuple[int, date, str]] = []
    for m in ISO_RE.finditer(text):
        d = _safe(int(m["year"]), int(m["month"]), int(m["day"]))
        if d:
            found.append((m.start(), d, "explicit"))
    for rx in (MONTH_DAY_RE, DAY_MONTH_RE):
        for m in rx.finditer(text):
            month = MONTHS.get(m["month"].lower())
            day = int(m["day"])
            if month is None or not 1 <= day <= 31:
                continue
            if (
                m["month"].lower() == "may"
                and rx is MONTH_DAY_RE
                and not m["year"]
                and text[max(0, m.start() - 1) : m.start()].isalpha()
            ):
                continue
            d = month_day(month, day, int(m["year"]) if m["year"] else None, article)
            if d:
                found.append((m.start(), d, "explicit"))
    if article is not None:
        for m in WEEKDAY_RE.finditer(text):
            # "on Thursday, April 17" is explicit; the weekday alone is relative.
            if any(abs(pos - m.start()) < 14 for pos, _, _ in found):
                continue
            found.append((m.start(), last_weekday(WEEKDAYS[m["wd"].lower()], article), "relative"))
    for m in RELATIVE_RE.finditer(text):
        rel = m["rel"].lower()
        if rel in ("yesterday",) and article:
            found.append((m.start(), article - timedelta(days=1), "relative"))
        elif rel in ("today", "tonight", "earlier today", "this morning") and article:
            found.append((m.start(), article, "relative"))
        elif rel in ("the day before", "the previous day", "the day earlier", "a day earlier"):
            base = previous or article
            if base:
                found.append((m.start(), base - timedelta(days=1), "relative"))
    found.sort(key=lambda x: x[0])
    return tuple((d, basis) for _, d, basis in found)


def full_date(text: str | None) -> str | None:
    """The first full date (with its year) in ``text``: "March 3, 2025", "3 March 2025",
    "2025-03-03", as ISO; weekdays and dates without a year do not count."""
    if not text:
        return None
    found = []
    for m in ISO_RE.finditer(text):
        if d := _safe(int(m["year"]), int(m["month"]), int(m["day"])):
            found.append((m.start(), d))
    for rx in (MONTH_DAY_RE, DAY_MONTH_RE):
        for m in rx.finditer(text):
            month = MONTHS.get(m["month"].lower())
            if m["year"] and month and (d := _safe(int(m["year"]), month, int(m["day"]))):
                found.append((m.start(), d))
    return min(found)[1].isoformat() if found else None


def article_date_from_text(lines: list[str]) -> str | None:
    """A full date stated in the article's own lines (a dateline, a caption's date)."""
    for line in lines:
        for m in MONTH_DAY_RE.finditer(line):
            if m["year"]:
                d = month_day(MONTHS[m["month"].lower()], int(m["day"]), int(m["year"]), None)
                if d:
                    return d.isoformat()
    return None


class QuoteDater:
    """Dates the quotes of one article in document order."""

    def __init__(self, article_date: str | None) -> None:
        self.article = parse_iso(article_date)
        self.heading_date: date | None = None
        self.last_event: date | None = None
        # speaker → (paragraph index, date, basis) of their last dated quote
        self.runs: dict[str, tuple[int, str | None, str | None]] = {}

    def heading(self, text: str) -> None:
        """A section heading: a dated one dates what follows; any heading ends the last one."""
        found = find_date(text, article=self.article)
        self.heading_date = found[0] if found else None

    def date_for(self, para: int, sentence: str, paragraph: str, speaker: str | None) -> SaidOn:
        """``sentence`` and ``paragraph`` are the attribution text with quoted words blanked."""
        found = find_date(sentence, article=self.article, previous=self.last_event) or find_date(
            paragraph, article=self.article, previous=self.last_event
        )
        if found:
            d, basis = found
            result = SaidOn(d.isoformat(), basis)
        elif self.heading_date:
            result = SaidOn(self.heading_date.isoformat(), "explicit")
        elif speaker and speaker in self.runs and para - self.runs[speaker][0] <= 1 and self.runs[speaker][1]:
            _, d_iso, basis = self.runs[speaker]
            result = SaidOn(d_iso, basis)
        elif self.article:
            result = SaidOn(self.article.isoformat(), "article")
        else:
            result = SaidOn(None, None)
        if result.basis in ("explicit", "relative"):
            self.last_event = parse_iso(result.date)
        if speaker and result.basis in ("explicit", "relative"):
            # Carried on by the next quotes of this speaker in the next paragraphs.
            self.runs[speaker] = (para, result.date, result.basis)
        return result

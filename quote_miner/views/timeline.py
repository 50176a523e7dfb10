"""How many quotes and claims the top speakers made per day, week or month.

Counting is plain Python over query records; drawing is plotext's (a terminal plotting library
that needs no curses and draws to a string, so the chart fits any width and can be tested).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

BY_CHOICES = ("day", "week", "month")
# The automatic period: days for up to two months of dates, weeks up to a year, else months.
DAYS_FOR_DAILY = 62
DAYS_FOR_WEEKLY = 366
OTHERS = "others"
CLAIM_KINDS = frozenset({"indirect"})
# Markers that stay distinguishable without colour, one per series.
PLAIN_MARKERS = ("•", "x", "o", "+", "*", "#", "@", "%", "&", "=")
# Foreground colours only (256-colour codes), on the terminal's own background; others in grey.
SERIES_COLORS = (12, 9, 10, 13, 14, 11, 208, 141, 39, 203)
OTHERS_COLOR = 245


@dataclass
class Timeline:
    """Counts per period: ``counts[speaker][period] = (quotes, claims)``."""

    by: str
    periods: list[str]
    speakers: list[str]
    counts: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    undated: int = 0

    def total(self, speaker: str, period: str) -> int:
        quotes, claims = self.counts.get(speaker, {}).get(period, (0, 0))
        return quotes + claims

    def rows(self) -> list[dict]:
        """One row per period and speaker that said something then (for TSV/JSON)."""
        out = []
        for period in self.periods:
            for speaker in self.speakers:
                quotes, claims = self.counts.get(speaker, {}).get(period, (0, 0))
                if quotes or claims:
                    out.append({"period": period, "speaker": speaker, "quotes": quotes, "claims": claims})
        return out


def choose_by(first: dt.date, last: dt.date) -> str:
    days = (last - first).days
    if days <= DAYS_FOR_DAILY:
        return "day"
    return "week" if days <= DAYS_FOR_WEEKLY else "month"


def period_of(day: dt.date, by: str) -> str:
    if by == "day":
        return day.isoformat()
    if by == "week":  # named by its Monday, so that periods sort as text
        return (day - dt.timedelta(days=day.weekday())).isoformat()
    return day.strftime("%Y-%m")


def _every_period(first: dt.date, last: dt.date, by: str) -> list[str]:
    """Every period from first to last, empty ones included, so gaps show as gaps."""
    periods: list[str] = []
    day = first
    while day <= last:
        p = period_of(day, by)
        if not periods or periods[-1] != p:
            periods.append(p)
        day += dt.timedelta(days=1 if by == "day" else 7 if by == "week" else 28)
    if periods[-1] != period_of(last, by):
        periods.append(period_of(last, by))
    return periods


def _said_on(record: dict) -> dt.date | None:
    value = record.get("date")
    if not value or len(value) < 10:  # undated, or dated to a month or year only
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def build_timeline(records: list[dict], *, by: str | None = None, top: int = 5) -> Timeline:
    """Count records per speaker and period; speakers beyond the ``top`` are grouped as others."""
    dated = [(d, r) for r in records if (d := _said_on(r)) is not None]
    undated = len(records) - len(dated)
    if not dated:
        return Timeline(by=by or "day", periods=[], speakers=[], undated=undated)
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    by = by or choose_by(first, last)
    volume = Counter(r.get("speaker") or "unknown" for _, r in dated)
    leaders = [name for name, _ in sorted(volume.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    chosen = set(leaders)
    counts: dict[str, dict[str, tuple[int, int]]] = {}
    for day, r in dated:
        speaker = r.get("speaker") or "unknown"
        series = speaker if speaker in chosen else OTHERS
        period = period_of(day, by)
        quotes, claims = counts.setdefault(series, {}).get(period, (0, 0))
        if r.get("kind") in CLAIM_KINDS:
            claims += 1
        else:
            quotes += 1
        counts[series][period] = (quotes, claims)
    speakers = leaders + ([OTHERS] if OTHERS in counts else [])
    return Timeline(by, _every_period(first, last, by), speakers, counts, undated)


def _tick_labels(periods: list[str], width: int) -> tuple[list[int], list[str]]:
    """At most one label per ~12 columns, evenly spread, the first and last always shown."""
    room = max(2, (width - 8) // 12)
    step = max(1, -(-len(periods) // room))
    ticks = list(range(0, len(periods), step))
    if ticks[-1] != len(periods) - 1 and len(periods) > 1:
        ticks[-1] = len(periods) - 1
    return ticks, [periods[i] for i in ticks]


def render_chart(timeline: Timeline, *, width: int, height: int = 20, color: bool = True) -> str:
    """The timeline as a line chart string exactly ``width`` columns wide (or less)."""
    import plotext as plt

    plt.clear_figure()
    plt.plotsize(width, height)
    plt.theme("clear")  # plotext's other themes paint a background of their own
    xs = list(range(len(timeline.periods)))
    for i, speaker in enumerate(timeline.speakers):
        ys = [timeline.total(speaker, p) for p in timeline.periods]
        if color:
            hue = OTHERS_COLOR if speaker == OTHERS else SERIES_COLORS[i % len(SERIES_COLORS)]
            plt.plot(xs, ys, label=speaker, marker="hd", color=hue)
        else:
            plt.plot(xs, ys, label=speaker, marker=PLAIN_MARKERS[i % len(PLAIN_MARKERS)])
    ticks, labels = _tick_labels(timeline.periods, width)
    plt.xticks(ticks, labels)
    peak = max((timeline.total(s, p) for s in timeline.speakers for p in timeline.periods), default=1)
    step = max(1, -(-peak // 5))
    plt.yticks(list(range(0, peak + 1, step)))
    plt.title(f"Quotes and claims per {timeline.by}")
    chart = plt.build()
    plt.clear_figure()
    if not color:
        chart = plt.uncolorize(chart)
    return "\n".join(line.rstrip() for line in chart.splitlines())

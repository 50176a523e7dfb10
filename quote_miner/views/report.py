"""The library as one self-contained HTML page.

Jinja2 writes the page (autoescaped, so quoted text can never break it); matplotlib draws the
timeline as inline SVG (text kept as text, no scripts, no fonts to fetch). The page's only
script is a few lines in the template that filter the rows already there: the file works
offline, from any folder, in any browser.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter, defaultdict
from importlib.resources import files

from quote_miner.views.timeline import CLAIM_KINDS, Timeline, build_timeline

CHART_TOP = 8  # speakers drawn one by one in the page's chart
PAGE_SIZE = 300  # rows the page lists at once (more on request)


def highlighted_paragraph(record: dict) -> list[tuple[str, str | None]]:
    """The record's paragraph as (text, mark) pieces: the quote marked "quote", the speaker's
    mention "speaker" (when it lies in the paragraph), the rest unmarked."""
    context, start = record.get("context"), record.get("context_start")
    if not context or start is None:
        return [(record["text"], "quote")]
    marks = [(record["start"] - start, record["end"] - start, "quote")]
    m = record.get("speaker_mention")
    if m and m["start"] - start >= 0 and m["end"] - start <= len(context):
        ms, me = m["start"] - start, m["end"] - start
        if me <= marks[0][0] or ms >= marks[0][1]:  # a mention inside the quote is not marked twice
            marks.append((ms, me, "speaker"))
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for s, e, cls in sorted(marks):
        s, e = max(s, at), min(e, len(context))
        if s >= e:
            continue
        pieces.append((context[at:s], None))
        pieces.append((context[s:e], cls))
        at = e
    pieces.append((context[at:], None))
    return [p for p in pieces if p[0]]


def page_record(record: dict) -> dict:
    """What the page's script needs of a record (it makes the rows itself, as text nodes)."""
    article = record.get("article") or {}
    return {
        "id": record["id"],
        "date": record.get("date") or "",
        "speaker": record.get("speaker") or "unknown",
        "role": record.get("speaker_role") or "",
        "kind": record["kind"],
        "confidence": record["confidence"],
        "text": record["text"],
        "title": article.get("title") or "",
        "outlet": article.get("outlet") or "",
        "pieces": highlighted_paragraph(record),
    }


def chart_svg(timeline: Timeline) -> str:
    """Quotes and claims per period, one line per top speaker, as an inline SVG element."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "quote-miner"}):
        fig, ax = plt.subplots(figsize=(10, 3.6))
        xs = range(len(timeline.periods))
        for speaker in timeline.speakers:
            ys = [timeline.total(speaker, p) for p in timeline.periods]
            style = {"color": "#999", "linestyle": "--"} if speaker == "others" else {}
            ax.plot(xs, ys, marker="o", markersize=3, linewidth=1.5, label=speaker, **style)
        step = max(1, len(timeline.periods) // 10)
        ax.set_xticks(list(xs)[::step], timeline.periods[::step], rotation=30, ha="right", fontsize=8)
        ax.set_ylabel(f"quotes and claims per {timeline.by}")
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        fig.tight_layout()
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None})
        plt.close(fig)
    svg = out.getvalue()
    svg = svg[svg.index("<svg") :]
    # The RDF block only names matplotlib and its licence URLs; the page has no use for it.
    return re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)


def speaker_rows(records: list[dict], aliases: dict[str, list[str]]) -> list[dict]:
    """Each speaker in the records: count, kinds, first and last date, roles, aliases."""
    by_name: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        by_name[r.get("speaker") or "unknown"].append(r)
    rows = []
    for name, said in by_name.items():
        dates = sorted(r["date"] for r in said if r.get("date"))
        roles = Counter(r["speaker_role"] for r in said if r.get("speaker_role"))
        rows.append(
            {
                "name": name,
                "type": next((r["speaker_type"] for r in said if r.get("speaker_type")), ""),
                "role": roles.most_common(1)[0][0] if roles else "",
                "quotes": sum(r["kind"] not in CLAIM_KINDS for r in said),
                "claims": sum(r["kind"] in CLAIM_KINDS for r in said),
                "first": dates[0] if dates else "",
                "last": dates[-1] if dates else "",
                "aliases": [a for a in aliases.get(name, []) if a != name],
            }
        )
    rows.sort(key=lambda s: (-(s["quotes"] + s["claims"]), s["name"]))
    return rows


def render_report(records: list[dict], *, title: str, aliases: dict[str, list[str]] | None = None) -> str:
    """The HTML page for these records (each with ``context`` for its paragraph on demand)."""
    import jinja2

    template_text = files("quote_miner.views").joinpath("templates/report.html.j2").read_text("utf-8")
    env = jinja2.Environment(
        autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined
    )
    timeline = build_timeline(records, top=CHART_TOP)
    dates = sorted(r["date"] for r in records if r.get("date"))
    articles = {(r["article"] or {}).get("path") for r in records}
    speakers = speaker_rows(records, aliases or {})
    return env.from_string(template_text).render(
        title=title,
        generated=dt.date.today().isoformat(),
        glance={
            "articles": len(articles),
            "quotes": sum(r["kind"] not in CLAIM_KINDS for r in records),
            "claims": sum(r["kind"] in CLAIM_KINDS for r in records),
            "speakers": len(speakers),
            "first": dates[0] if dates else "—",
            "last": dates[-1] if dates else "—",
        },
        chart=chart_svg(timeline) if timeline.periods else "",
        speakers=speakers,
        records=[page_record(r) for r in records],
        page_size=PAGE_SIZE,
        kinds=sorted({r["kind"] for r in records}),
    )

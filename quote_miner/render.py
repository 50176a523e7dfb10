"""Table, JSON, JSON Lines, CSV. The only writer to stdout."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from typing import Any

FORMATS = ("table", "json", "jsonl", "csv")
CSV_FIELDS = [
    "id", "text", "kind", "speaker", "speaker_type", "speaker_role", "speaker_mention_text",
    "speaker_mention_start", "speaker_mention_end", "cue", "date", "date_basis", "confidence",
    "start", "end", "article_path", "article_title", "article_outlet", "article_date",
]


def stdout_console():
    from rich.console import Console

    # Piped tables get a fixed, generous width instead of rich's 80 columns.
    width = None if sys.stdout.isatty() else 160
    return Console(soft_wrap=False, highlight=False, width=width)


def stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def write_records(records: list[dict[str, Any]], fmt: str, *, title: str | None = None) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        write_jsonl(records)
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for r in records:
            writer.writerow(flatten(r))
    else:
        quote_table(records, title=title)


def write_jsonl(records: Iterable[dict[str, Any]]) -> None:
    out = sys.stdout
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    out.flush()


def flatten(r: dict[str, Any]) -> dict[str, Any]:
    m = r.get("speaker_mention") or {}
    a = r.get("article") or {}
    flat = {k: r.get(k) for k in CSV_FIELDS if k in r}
    flat.update({
        "speaker_mention_text": m.get("text"), "speaker_mention_start": m.get("start"),
        "speaker_mention_end": m.get("end"), "article_path": a.get("path"),
        "article_title": a.get("title"), "article_outlet": a.get("outlet"),
        "article_date": a.get("date"),
    })
    return flat


def quote_table(records: list[dict[str, Any]], *, title: str | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=True, expand=False)
    table.add_column("Date", no_wrap=True, style="cyan")
    table.add_column("Speaker", style="bold", max_width=24)
    table.add_column("Quote", ratio=1, min_width=30)
    table.add_column("Source", style="dim", max_width=28)
    table.add_column("ID", style="dim", no_wrap=True)
    for r in records:
        speaker = Text(r.get("speaker") or "unknown")
        if r.get("speaker_role"):
            speaker.append(f"\n{r['speaker_role']}", style="dim")
        quote = Text(r["text"] if r["kind"] == "indirect" else f"“{r['text']}”")
        if r["kind"] != "direct":
            quote.append(f"  ({r['kind']})", style="dim italic")
        art = r.get("article") or {}
        source = art.get("outlet") or art.get("title") or (art.get("path") or "").rsplit("/", 1)[-1]
        table.add_row(r.get("date") or "", speaker, quote, source or "", r["id"][:8])
    stdout_console().print(table)


def speakers_table(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    table = Table(show_lines=False)
    table.add_column("Speaker", style="bold")
    table.add_column("Quotes", justify="right")
    table.add_column("Roles", max_width=40)
    table.add_column("Also called", max_width=40)
    table.add_column("First", style="cyan", no_wrap=True)
    table.add_column("Last", style="cyan", no_wrap=True)
    for r in rows:
        table.add_row(r["speaker"], str(r["quotes"]), "; ".join(r["roles"]),
                      "; ".join(r["aliases"]), r["first_date"] or "", r["last_date"] or "")
    stdout_console().print(table)


def show_quote(record: dict[str, Any], context: str | None, context_start: int | None) -> None:
    """One quote in its paragraph, the quote, speaker mention and cue highlighted."""
    from rich.panel import Panel
    from rich.text import Text

    console = stdout_console()
    body = Text(context or record["text"])
    if context is not None and context_start is not None:
        qs, qe = record["start"] - context_start, record["end"] - context_start
        body.stylize("bold yellow", qs, qe)
        m = record.get("speaker_mention")
        if m and context_start <= m["start"] < context_start + len(context):
            body.stylize("bold green underline", m["start"] - context_start, m["end"] - context_start)
        cue = record.get("cue")
        if cue:
            idx = context.find(cue.split()[0])
            if idx != -1:
                body.stylize("magenta", idx, idx + len(cue.split()[0]))
    art = record.get("article") or {}
    meta = Text()
    meta.append(f"{record.get('speaker') or 'unknown speaker'}", style="bold")
    if record.get("speaker_role"):
        meta.append(f", {record['speaker_role']}")
    meta.append(f"  · {record['kind']}  · said {record.get('date') or 'on an unknown date'}")
    if record.get("date_basis"):
        meta.append(f" ({record['date_basis']})")
    meta.append(f"  · confidence {record['confidence']:.2f}\n")
    meta.append(f"{art.get('path')}  [{record['start']}:{record['end']}]", style="dim")
    if art.get("title"):
        meta.append(f"\n{art['title']}", style="dim")
    console.print(Panel(body, title=record["id"], subtitle=None))
    console.print(meta)


def write_text(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")

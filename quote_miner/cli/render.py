"""Table, TSV, CSV, JSON, JSON Lines. The only writer to stdout.

One rule for every command: a rich table when stdout is a terminal; otherwise one line per
record, tab-separated with a header line (tabs, newlines and backslashes inside a field escaped
as ``\\t``, ``\\n``, ``\\\\``), unless a format is asked for. An empty result is ``[]`` in JSON
and the header alone in CSV and TSV.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

QUOTE_FIELDS = [
    "id",
    "text",
    "kind",
    "speaker",
    "speaker_type",
    "speaker_role",
    "speaker_mention_text",
    "speaker_mention_start",
    "speaker_mention_end",
    "cue",
    "date",
    "date_basis",
    "confidence",
    "start",
    "end",
    "article_path",
    "article_title",
    "article_outlet",
    "article_date",
    "article_url",
]
SPEAKER_FIELDS = ["speaker", "speaker_type", "quotes", "roles", "aliases", "first_date", "last_date"]
ARTICLE_FIELDS = ["id", "date", "outlet", "title", "quotes", "path", "url"]
# Below this many columns a quote table leaves out its Source column, so that the quote
# itself keeps room and every row keeps its id and the right border.
NARROW_TABLE = 110
PIPED_TABLE_WIDTH = 120


def resolve_format(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "tsv")


def stdout_console():
    from rich.console import Console

    # A table asked for on a pipe: COLUMNS if set, else a generous fixed width.
    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else PIPED_TABLE_WIDTH
    return Console(highlight=False, width=width)


def stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@dataclass(frozen=True)
class Shape:
    """How one kind of record is written: its flat fields and its table."""

    fields: list[str]
    flatten: Callable[[dict[str, Any]], dict[str, Any]]
    table: Callable[[list[dict[str, Any]]], None]


def write(records: list[dict[str, Any]], fmt: str, shape: Shape) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        write_jsonl(records)
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=shape.fields, lineterminator="\n")
        writer.writeheader()
        for r in records:
            writer.writerow(shape.flatten(r))
    elif fmt == "tsv":
        write_tsv_header(shape.fields)
        write_tsv_rows((shape.flatten(r) for r in records), shape.fields)
    else:
        shape.table(records)
    sys.stdout.flush()


def write_jsonl(records: Iterable[dict[str, Any]]) -> None:
    out = sys.stdout
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    out.flush()


def tsv_field(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def write_tsv_header(fields: list[str]) -> None:
    sys.stdout.write("\t".join(fields) + "\n")


def write_tsv_rows(rows: Iterable[dict[str, Any]], fields: list[str]) -> None:
    for row in rows:
        sys.stdout.write("\t".join(tsv_field(row.get(f)) for f in fields) + "\n")


def flatten_quote(r: dict[str, Any]) -> dict[str, Any]:
    m = r.get("speaker_mention") or {}
    a = r.get("article") or {}
    flat = {k: r.get(k) for k in QUOTE_FIELDS if k in r}
    flat.update(
        {
            "speaker_mention_text": m.get("text"),
            "speaker_mention_start": m.get("start"),
            "speaker_mention_end": m.get("end"),
            "article_path": a.get("path"),
            "article_title": a.get("title"),
            "article_outlet": a.get("outlet"),
            "article_date": a.get("date"),
            "article_url": a.get("url"),
        }
    )
    return flat


def flatten_speaker(r: dict[str, Any]) -> dict[str, Any]:
    return {**r, "roles": "; ".join(r["roles"]), "aliases": "; ".join(r["aliases"])}


def shown_path(path: str | None) -> str:
    """Paths of the bundled seed articles as ``seeds/NAME``; others as they are."""
    if not path:
        return ""
    from pathlib import Path

    p = Path(path)
    if p.parent.name == "seeds" and p.parent.parent.name == "quote_miner":
        return f"seeds/{p.name}"
    return path


def quote_table(records: list[dict[str, Any]]) -> None:
    from rich.table import Table
    from rich.text import Text

    console = stdout_console()
    wide = console.width >= NARROW_TABLE
    table = Table(show_lines=True)  # as wide as its content, not the terminal
    table.add_column("Date", no_wrap=True, style="cyan")
    table.add_column("Speaker", style="bold", max_width=24 if wide else 16, min_width=8)
    table.add_column("Quote", min_width=8)
    if wide:
        table.add_column("Source", style="dim", max_width=28)
    table.add_column("ID", style="dim", no_wrap=True)
    for r in records:
        speaker = Text(r.get("speaker") or "unknown")
        if r.get("speaker_role"):
            speaker.append(f"\n{r['speaker_role']}", style="dim")
        # (a quotation over a wrapped line reads as one run of words; JSON keeps the break)
        words = " ".join(r["text"].split())
        quote = Text(words if r["kind"] == "indirect" else f"“{words}”")
        if r["kind"] != "direct":
            quote.append("  ")
            quote.append(f"({r['kind']})", style="dim italic")
        art = r.get("article") or {}
        source = art.get("outlet") or art.get("title") or (art.get("path") or "").rsplit("/", 1)[-1]
        cells = [r.get("date") or "", speaker, quote] + ([source or ""] if wide else []) + [r["id"][:8]]
        table.add_row(*cells)
    console.print(table)


def speakers_table(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    console = stdout_console()
    wide = console.width >= NARROW_TABLE
    table = Table()
    table.add_column("Speaker", style="bold")
    table.add_column("Quotes", justify="right", no_wrap=True)
    table.add_column("Roles")
    if wide:
        table.add_column("Also called")
    table.add_column("First", style="cyan", no_wrap=True)
    table.add_column("Last", style="cyan", no_wrap=True)
    for r in rows:
        cells = [r["speaker"], str(r["quotes"]), "; ".join(r["roles"])]
        if wide:
            cells.append("; ".join(r["aliases"]))
        table.add_row(*cells, r["first_date"] or "", r["last_date"] or "")
    console.print(table)


def articles_table(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    console = stdout_console()
    wide = console.width >= NARROW_TABLE
    table = Table()
    table.add_column("ID", style="dim", no_wrap=True)
    table.add_column("Date", style="cyan", no_wrap=True)
    table.add_column("Outlet", max_width=18)
    table.add_column("Title")
    table.add_column("Quotes", justify="right", no_wrap=True)
    if wide:
        table.add_column("Path", style="dim")
    for r in rows:
        cells = [r["id"], r["date"] or "", r["outlet"] or "", r["title"] or "", str(r["quotes"])]
        if wide:
            cells.append(shown_path(r["path"]))
        table.add_row(*cells)
    console.print(table)


QUOTES = Shape(QUOTE_FIELDS, flatten_quote, quote_table)
SPEAKERS = Shape(SPEAKER_FIELDS, flatten_speaker, speakers_table)
ARTICLES = Shape(ARTICLE_FIELDS, dict, articles_table)


def write_records(records: list[dict[str, Any]], fmt: str) -> None:
    if any("evidence" in r for r in records):
        # `show --why` on a pipe: the evidence lines as one more column, " | " between them
        shape = Shape(
            [*QUOTE_FIELDS, "evidence"],
            lambda r: {**flatten_quote(r), "evidence": " | ".join(r.get("evidence") or ())},
            quote_table,
        )
        write(records, fmt, shape)
    else:
        write(records, fmt, QUOTES)


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
    meta.append(f"{shown_path(art.get('path'))}  [{record['start']}:{record['end']}]", style="dim")
    if art.get("title"):
        meta.append(f"\n{art['title']}", style="dim")
    console.print(Panel(body, title=record["id"], subtitle=None))
    console.print(meta)
    if record.get("evidence"):
        why = Text("\n")
        why.append("Why this speaker:\n", style="bold")
        for line in record["evidence"]:
            why.append(f"  {line}\n")
        console.print(why, end="")


def write_text(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")

"""The output writer, in process: every format of one record, field by field, and the tables at
a narrow and a wide terminal. (tests/test_cli_output.py runs the same through a real terminal
and a real pipe.)"""

from __future__ import annotations

import csv
import io
import json

import pytest

from quote_miner.cli import render

RECORD = {
    "id": "dbeae1ef8be2730e",
    "text": "We are now reaching a point\twhere we decide,",
    "kind": "direct",
    "speaker": "Marco Rubio",
    "speaker_type": "person",
    "speaker_role": "U.S. Secretary of State",
    "speaker_mention": {"text": "Rubio", "start": 2542, "end": 2547},
    "cue": "told",
    "date": "2025-04-18",
    "date_basis": "relative",
    "confidence": 0.92,
    "start": 2451,
    "end": 2540,
    "article": {
        "path": "/x/quote_miner/seeds/004_0036f894b85e4f95.txt",
        "title": "Rubio: U.S. Will End Talks",
        "outlet": "Newslooks",
        "date": "2025-04-18",
        "url": None,
    },
}
# The same record as one row of scalars: the mention and the article spread into columns.
FLAT = {
    **{k: v for k, v in RECORD.items() if k not in ("speaker_mention", "article")},
    "speaker_mention_text": "Rubio",
    "speaker_mention_start": 2542,
    "speaker_mention_end": 2547,
    "article_path": "/x/quote_miner/seeds/004_0036f894b85e4f95.txt",
    "article_title": "Rubio: U.S. Will End Talks",
    "article_outlet": "Newslooks",
    "article_date": "2025-04-18",
    "article_url": None,
}
SPEAKER = {
    "speaker": "Dmitry Peskov",
    "speaker_type": "person",
    "quotes": 10,
    "roles": ["Kremlin spokesman", "press secretary"],
    "aliases": ["Peskov"],
    "first_date": "2025-04-14",
    "last_date": "2025-04-18",
}
ARTICLE = {
    "id": "0036f894",
    "date": "2025-04-18",
    "outlet": "Newslooks",
    "title": "Rubio: U.S. Will End Talks",
    "quotes": 23,
    "path": "/x/quote_miner/seeds/004_0036f894b85e4f95.txt",
    "url": None,
}


def written(capsys, records, fmt, shape=render.QUOTES) -> str:
    render.write(records, fmt, shape)
    return capsys.readouterr().out


def test_flat_records_carry_every_field_under_its_column_name():
    assert render.flatten_quote(RECORD) == FLAT
    assert sorted(render.flatten_quote(RECORD)) == sorted(render.QUOTE_FIELDS)
    assert render.flatten_quote({"id": "x", "text": "t"}) == {
        "id": "x",
        "text": "t",
        **{k: None for k in FLAT if k.startswith(("speaker_mention", "article"))},
    }
    assert render.flatten_speaker(SPEAKER)["roles"] == "Kremlin spokesman; press secretary"
    assert render.flatten_speaker(SPEAKER)["aliases"] == "Peskov"


def test_json_jsonl_csv_and_tsv(capsys):
    assert json.loads(written(capsys, [RECORD], "json")) == [RECORD]
    assert (
        written(capsys, [RECORD, RECORD], "jsonl").splitlines()
        == [json.dumps(RECORD, ensure_ascii=False)] * 2
    )
    rows = list(csv.DictReader(io.StringIO(written(capsys, [RECORD], "csv"))))
    assert rows == [{k: "" if v is None else str(v) for k, v in FLAT.items()}]
    header, line = written(capsys, [RECORD], "tsv").splitlines()
    assert header.split("\t") == render.QUOTE_FIELDS
    assert line.split("\t")[1] == "We are now reaching a point\\twhere we decide,"
    assert line.split("\t")[render.QUOTE_FIELDS.index("article_url")] == ""


@pytest.mark.parametrize(
    "value, field",
    [(None, ""), (3, "3"), ("a\tb", "a\\tb"), ("a\nb\r", "a\\nb\\r"), ("back\\slash", "back\\\\slash")],
)
def test_tsv_fields_keep_one_record_to_a_line(value, field):
    assert render.tsv_field(value) == field


def test_formats_and_paths():
    assert render.resolve_format("json") == "json"
    assert render.resolve_format(None) == "tsv"  # the tests' stdout is no terminal
    assert render.shown_path(RECORD["article"]["path"]) == "seeds/004_0036f894b85e4f95.txt"
    assert render.shown_path("/home/me/seeds/a.txt") == "/home/me/seeds/a.txt"
    assert render.shown_path(None) == ""


@pytest.mark.parametrize("columns, wide", [("80", False), ("150", True)])
def test_tables_leave_columns_out_when_narrow(capsys, monkeypatch, columns, wide):
    monkeypatch.setenv("COLUMNS", columns)
    partial = {**RECORD, "kind": "partial", "speaker": None, "speaker_role": None}
    out = written(capsys, [RECORD, partial], "table")
    assert "dbeae1ef" in out and "Marco Rubio" in out and "unknown" in out and "(partial)" in out
    assert "“We are now" in out and ("Newslooks" in out) is wide
    assert all(len(line) <= int(columns) for line in out.splitlines())
    out = written(capsys, [SPEAKER], "table", render.SPEAKERS)
    assert "Dmitry Peskov" in out and "10" in out and "2025-04-14" in out and ("Also called" in out) is wide
    out = written(capsys, [ARTICLE], "table", render.ARTICLES)
    assert "0036f894" in out and "23" in out and ("seeds/004_0036f894b85e4f95.txt" in out) is wide
    claim = {**RECORD, "kind": "indirect", "text": "the talks would end"}
    out = written(capsys, [claim], "table")
    assert "the talks would end" in out and "“the talks" not in out and "(indirect)" in out


def test_a_table_on_a_pipe_without_columns_is_120_wide(capsys, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    render.quote_table([RECORD])
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) <= render.PIPED_TABLE_WIDTH


def test_show_why_adds_a_column_on_a_pipe(capsys):
    render.write_records([{**RECORD, "evidence": ["found: a cue", "speaker: named"]}], "tsv")
    header, line = capsys.readouterr().out.splitlines()
    assert header.split("\t")[-1] == "evidence" and line.split("\t")[-1] == "found: a cue | speaker: named"
    render.write_records([RECORD], "tsv")
    assert "evidence" not in capsys.readouterr().out


def test_show_quote_in_its_paragraph(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    context = "Rubio told reporters: “We are now reaching a point\twhere we decide,” he said."
    record = {**RECORD, "start": 100 + context.index("We"), "end": 100 + context.index(",”") + 1}
    record["speaker_mention"] = {"text": "Rubio", "start": 100, "end": 105}
    render.show_quote({**record, "evidence": ["found: a speech verb frames it"]}, context, 100)
    out = capsys.readouterr().out
    assert "Marco Rubio, U.S. Secretary of State" in out
    assert "direct" in out and "said 2025-04-18 (relative)" in out and "confidence 0.92" in out
    assert "seeds/004_0036f894b85e4f95.txt  [" in out and "Rubio: U.S. Will End Talks" in out
    assert "Why this speaker:" in out and "found: a speech verb frames it" in out
    render.show_quote({**RECORD, "speaker": None, "date": None, "date_basis": None}, None, None)
    out = capsys.readouterr().out
    assert "unknown speaker" in out and "said on an unknown date" in out and "Why" not in out


def test_write_text_ends_with_one_newline(capsys):
    render.write_text("a")
    render.write_text("b\n")
    assert capsys.readouterr().out == "a\nb\n"


@pytest.mark.parametrize("columns", ["80", "150"])
def test_tables_in_colour(capsys, monkeypatch, columns):
    # (what a terminal gets: the date in cyan, the speaker in bold, the id and role dimmed)
    monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = written(capsys, [RECORD], "table")
    assert "\x1b[36m2025-04-18" in out and "\x1b[1mMarco Rubio" in out and "\x1b[2mdbeae1ef" in out
    out = written(capsys, [SPEAKER], "table", render.SPEAKERS)
    assert "\x1b[1mDmitry Peskov" in out and "\x1b[36m2025-04-14" in out
    out = written(capsys, [ARTICLE], "table", render.ARTICLES)
    assert "\x1b[2m0036f894" in out and "\x1b[36m2025-04-18" in out
    context = "Rubio told reporters: “We are now reaching a point where we decide,” he said."
    record = {**RECORD, "start": 100 + context.index("We"), "end": 100 + context.index(",”") + 1}
    record["speaker_mention"] = {"text": "Rubio", "start": 100, "end": 105}
    render.show_quote({**record, "evidence": ["found: a cue"]}, context, 100)
    out = capsys.readouterr().out
    assert "\x1b[1;33mWe are now" in out and "\x1b[1;4;32mRubio" in out and "\x1b[35mtold" in out
    assert "\x1b[1mWhy this speaker:" in out


def header(out: str) -> list[str]:
    """The column names of a rich table: the first line with text between the borders."""
    line = next(ln for ln in out.splitlines() if "│" in ln or "┃" in ln)
    return [cell.strip() for cell in line.replace("┃", "│").strip("│").split("│")]


@pytest.mark.parametrize("columns, wide", [("80", False), ("150", True)])
def test_table_layouts(capsys, monkeypatch, columns, wide):
    monkeypatch.setenv("COLUMNS", columns)
    long_name = {**RECORD, "speaker": "Alexandria Ocasio-Cortez", "speaker_role": None}
    out = written(capsys, [RECORD, long_name], "table")
    assert header(out) == ["Date", "Speaker", "Quote", *(["Source"] if wide else []), "ID"]
    # a line between rows (show_lines), a name of 24 letters on one line only when wide
    assert sum(ln.startswith("├") for ln in out.splitlines()) == 1
    assert ("Alexandria Ocasio-Cortez" in out) is wide
    # the table is as wide as it needs, not as the terminal; date and id never wrap
    assert max(len(ln) for ln in out.splitlines()) < 150
    assert "2025-04-18" in out and "dbeae1ef" in out
    out = written(capsys, [SPEAKER], "table", render.SPEAKERS)
    assert header(out) == ["Speaker", "Quotes", "Roles", *(["Also called"] if wide else []), "First", "Last"]
    out = written(capsys, [ARTICLE], "table", render.ARTICLES)
    assert header(out) == ["ID", "Date", "Outlet", "Title", "Quotes", *(["Path"] if wide else [])]

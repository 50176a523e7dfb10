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


def first_lines(out: str) -> list[list[str]]:
    """The cells of each row's first line (the ID column is filled only there)."""
    return [row for row in cells(out) if row[-1].strip()]


def cells(out: str) -> list[list[str]]:
    """The cells of a rich table's text lines, padding kept (so their widths can be read)."""
    return [
        ln.replace("┃", "│").split("│")[1:-1] for ln in out.splitlines() if ln.count("│") + ln.count("┃") > 2
    ]


def widths(out: str) -> list[int]:
    return [len(c) - 2 for c in cells(out)[0]]  # without the padding of one space each side


def test_a_terminal_gets_a_table_and_a_pipe_tsv(monkeypatch):
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert render.resolve_format(None) == "table"
    assert render.resolve_format("csv") == "csv"


def test_a_table_on_a_pipe_uses_all_120_columns_for_a_long_quote(capsys, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    render.quote_table([{**RECORD, "text": "word " * 80}])
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) == render.PIPED_TABLE_WIDTH


LONG = {
    **RECORD,
    "text": "word " * 80,
    "speaker": "Abcdefghijklmnopqrstuvwxyz Abcdefghijklmnopqrstuvwxyz",
    "speaker_role": None,
    "article": {**RECORD["article"], "outlet": "An outlet with a name much longer than most"},
}


@pytest.mark.parametrize(
    "columns, expected",
    [
        # Date, Speaker (at most 24, or 16 when narrow), Quote, Source (at most 28), ID
        ("150", [10, 24, None, 28, 8]),
        ("110", [10, 24, None, None, 8]),  # 110 columns are wide
        ("109", [10, 16, None, 8]),
        ("47", [10, 8, 8, 8]),  # the speaker and the quote keep 8 columns each
    ],
)
def test_quote_table_column_widths(capsys, monkeypatch, columns, expected):
    monkeypatch.setenv("COLUMNS", columns)
    out = written(capsys, [LONG], "table")
    got = widths(out)
    assert [w if e is not None else None for w, e in zip(got, expected, strict=True)] == expected
    assert max(len(line) for line in out.splitlines()) <= int(columns)
    assert "2025-04-18" in out and "dbeae1ef" in out and "dbeae1ef8" not in out  # never wrapped


def test_article_and_speaker_tables_keep_dates_and_counts_whole_and_right_aligned(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "150")
    many = {**SPEAKER, "speaker": "Tammy Bruce", "quotes": 123, "roles": [], "aliases": ["Bruce", "T. Bruce"]}
    out = written(capsys, [SPEAKER, many], "table", render.SPEAKERS)
    rows = [[c.strip() for c in row] for row in cells(out)]
    assert rows[1] == [
        "Dmitry Peskov",
        "10",
        "Kremlin spokesman; press secretary",
        "Peskov",
        "2025-04-14",
        "2025-04-18",
    ]
    assert rows[2][3] == "Bruce; T. Bruce"
    quotes_cells = [row[1] for row in cells(out)[1:]]
    assert quotes_cells[0].endswith(" 10 ") and quotes_cells[0].startswith("  ")  # right-aligned
    undated = {**SPEAKER, "first_date": None, "last_date": None}
    assert [c.strip() for c in cells(written(capsys, [undated], "table", render.SPEAKERS))[1]][-2:] == [
        "",
        "",
    ]
    monkeypatch.setenv("COLUMNS", "40")
    out = written(capsys, [SPEAKER], "table", render.SPEAKERS)
    assert "2025-04-14" in out and "2025-04-18" in out
    bare = {**ARTICLE, "date": None, "outlet": None, "title": None, "quotes": 7}
    long_outlet = {**ARTICLE, "outlet": "An outlet with a name much longer than most", "quotes": 1234}
    monkeypatch.setenv("COLUMNS", "150")
    out = written(capsys, [bare, long_outlet], "table", render.ARTICLES)
    assert "None" not in out and widths(out)[2] == 18  # the outlet wraps at 18 columns
    assert cells(out)[1][4].endswith(" 7 ") and cells(out)[1][4].startswith("  ")
    monkeypatch.setenv("COLUMNS", "40")
    out = written(capsys, [ARTICLE], "table", render.ARTICLES)
    assert "0036f894" in out and "2025-04-18" in out


def test_the_source_column_falls_back_to_title_then_file_name(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "150")
    no_outlet = {**RECORD, "article": {**RECORD["article"], "outlet": None}}
    no_title = {**RECORD, "article": {**RECORD["article"], "outlet": None, "title": None}}
    no_source = {**RECORD, "date": None, "article": {"path": None}}
    source = [
        c[3].strip() for c in first_lines(written(capsys, [no_outlet, no_title, no_source], "table"))[1:]
    ]
    assert source[0] == "Rubio: U.S. Will End Talks"
    assert source[1] == "004_0036f894b85e4f95.txt"
    assert source[2] == ""


def test_json_is_indented_by_two_and_keeps_non_ascii_letters(capsys):
    record = {"text": "Zelenskyy’s café", "n": 1}
    render.write([record], "json", render.QUOTES)
    assert capsys.readouterr().out == '[\n  {\n    "text": "Zelenskyy’s café",\n    "n": 1\n  }\n]\n'
    render.write([record], "jsonl", render.QUOTES)
    assert capsys.readouterr().out == '{"text": "Zelenskyy’s café", "n": 1}\n'


def test_csv_lines_end_in_a_newline_only_and_urls_and_aliases_are_kept(capsys):
    render.write(
        [{**RECORD, "article": {**RECORD["article"], "url": "https://example.org/a"}}], "csv", render.QUOTES
    )
    out = capsys.readouterr().out
    assert "\r" not in out and out.endswith("https://example.org/a\n")
    render.write([SPEAKER], "tsv", render.SPEAKERS)
    assert capsys.readouterr().out.splitlines()[1].split("\t")[3:5] == [
        "Kremlin spokesman; press secretary",
        "Peskov",
    ]


def test_records_with_evidence_make_a_table_too_and_without_it_plain_tsv(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "150")
    render.write_records([{**RECORD, "evidence": ["found: a cue"]}], "table")
    assert "Marco Rubio" in capsys.readouterr().out
    render.write_records([RECORD], "tsv")
    assert capsys.readouterr().out.splitlines()[0] == "\t".join(render.QUOTE_FIELDS)


def colour(monkeypatch, columns="150"):
    monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)


def test_numbers_in_text_are_not_highlighted(capsys, monkeypatch):
    colour(monkeypatch)
    out = written(capsys, [{**RECORD, "text": "We won 25 seats in 2024"}], "table")
    assert "25 seats" in out and "\x1b[1;36m25" not in out
    render.stderr_console().print("3 files left out")
    captured = capsys.readouterr()
    assert captured.out == "" and "3 files left out" in captured.err and "\x1b[1;36m3" not in captured.err


def test_roles_and_kinds_are_dimmed_in_a_terminal(capsys, monkeypatch):
    colour(monkeypatch)
    out = written(capsys, [RECORD, {**RECORD, "kind": "partial"}], "table")
    assert "\x1b[1;2mU.S. Secretary" in out and "\x1b[2;3m(partial)" in out


CONTEXT = "Rubio told reporters: “We are now reaching a point where we decide,” he told them."


def shown(capsys, monkeypatch, record, context=CONTEXT, start=100):
    colour(monkeypatch, "100")
    render.show_quote(record, context, start)
    return capsys.readouterr().out


def test_show_quote_highlights_exactly_the_quote_the_mention_and_the_first_cue(capsys, monkeypatch):
    record = {**RECORD, "start": 100 + CONTEXT.index("We"), "end": 100 + CONTEXT.index(",”") + 1}
    record["speaker_mention"] = {"text": "Rubio", "start": 100, "end": 105}
    out = shown(capsys, monkeypatch, {**record, "evidence": ["found: a cue"]})
    assert "\x1b[1;33mWe are now" in out and "decide,\x1b[0m" in out
    assert "\x1b[35mtold\x1b[0m reporters" in out and "\x1b[35mtold\x1b[0m them" not in out
    assert RECORD["id"] in out.splitlines()[0]  # the panel's title
    assert "\x1b[2mseeds/004_0036f894b85e4f95.txt" in out and "\x1b[1mMarco Rubio" in out
    assert "\n\n\x1b[1mWhy this speaker:" in out and out.endswith("found: a cue\n")
    # a cue word not in the paragraph, no mention, no offset: nothing highlighted that is not there
    plain = shown(capsys, monkeypatch, {**record, "cue": "said", "speaker_mention": None})
    assert "\x1b[35m" not in plain
    assert "We are now" in shown(capsys, monkeypatch, record, start=None)


def test_short_cells_keep_the_columns_minimum_widths(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "150")
    short = {**RECORD, "speaker": "Al", "speaker_role": None, "text": "Yes"}
    assert widths(written(capsys, [short], "table"))[1:3] == [8, 8]  # "Speaker" and "Quote" are shorter


def test_cells_say_unknown_and_nothing_else_for_what_is_missing(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "150")
    unknown = {**RECORD, "speaker": None, "speaker_role": None, "date": None}
    row = [c.strip() for c in first_lines(written(capsys, [unknown], "table"))[1]]
    assert row[0] == "" and row[1] == "unknown" and "(direct)" not in row[2]
    bare = {**ARTICLE, "date": None, "outlet": None, "title": None}
    assert [c.strip() for c in first_lines(written(capsys, [bare], "table", render.ARTICLES))[1]][1:4] == [
        "",
        "",
        "",
    ]


def test_speaker_and_article_tables_are_wide_from_110_columns(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "110")
    assert "Also called" in written(capsys, [SPEAKER], "table", render.SPEAKERS)
    out = written(capsys, [ARTICLE], "table", render.ARTICLES)
    assert "Path" in header(out) and "Rubio: U.S. Will End Talks" in out


def test_aliases_are_joined_by_semicolons_on_a_pipe(capsys):
    render.write([{**SPEAKER, "aliases": ["Peskov", "D. Peskov"]}], "tsv", render.SPEAKERS)
    assert capsys.readouterr().out.splitlines()[1].split("\t")[4] == "Peskov; D. Peskov"


def test_sources_paths_and_last_dates_are_styled_and_numbers_not_highlighted(capsys, monkeypatch):
    colour(monkeypatch)
    out = written(capsys, [RECORD], "table")
    assert "\x1b[2mNewslooks" in out
    out = written(capsys, [SPEAKER], "table", render.SPEAKERS)
    assert "\x1b[36m2025-04-18" in out and "\x1b[1;36m" not in out
    out = written(capsys, [ARTICLE], "table", render.ARTICLES)
    assert "\x1b[2mseeds/004_0036f894b85e4f95.txt" in out and "\x1b[1;36m" not in out
    render.show_quote({**RECORD, "speaker": None}, None, None)
    out = capsys.readouterr().out
    assert "\x1b[1munknown speaker\x1b[0m" in out and "\x1b[2mRubio: U.S. Will End Talks" in out


def test_a_quotation_over_a_wrapped_line_reads_as_one_run_in_the_table(capsys, monkeypatch):
    # the record keeps the source's line break; the table shows the words as one run
    monkeypatch.setenv("COLUMNS", "200")
    wrapped = {**RECORD, "text": "This plan has been a long time\ncoming, and I am proud of it,"}
    out = written(capsys, [wrapped], "table")
    assert "“This plan has been a long time coming, and I am proud of it,”" in out
    assert json.loads(written(capsys, [wrapped], "json"))[0]["text"] == wrapped["text"]

"""The command line as a user meets it: help, exit codes, stdout and stderr kept apart."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quote_miner.cli import cli

from .conftest import SEEDS, gold_count

COMMANDS = ["add", "extract", "speakers", "show", "clean"]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def seeded_db(seeded_data_copy):
    """A library holding the bundled seeds (the first query of a new default library ingests them)."""
    return seeded_data_copy() / "quote-miner" / "library.db"


@pytest.mark.parametrize("command", [[]] + [[c] for c in COMMANDS])
def test_help_for_every_command(runner, command):
    result = runner.invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


def test_rubio_on_an_empty_library(seeded_db, runner):
    result = runner.invoke(cli, ["--db", str(seeded_db), "--speaker", "Rubio", "--json"])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert len(records) >= 5
    for r in records:
        assert r["speaker"] == "Marco Rubio"
        with open(r["article"]["path"], encoding="utf-8", newline="") as f:
            source = f.read()
        assert source[r["start"] : r["end"]] == r["text"]
        assert {
            "id",
            "kind",
            "speaker_mention",
            "cue",
            "date",
            "date_basis",
            "confidence",
            "speaker_type",
            "speaker_role",
        } <= set(r)


def test_first_use_seeds_the_default_library_and_says_so_on_stderr(default_library, runner):
    result = runner.invoke(cli, ["--speaker", "Peskov", "--jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == gold_count("Dmitry Peskov") and {r["speaker"] for r in rows} == {"Dmitry Peskov"}
    assert default_library.exists()
    assert "5 bundled seed articles" in result.stderr and str(default_library) in result.stderr
    assert "quotes remove --seeds" in result.stderr
    # Once only: a second query neither seeds again nor talks about it.
    again = runner.invoke(cli, ["--speaker", "Peskov", "--jsonl"])
    assert again.stdout == result.stdout and again.stderr == ""


def test_nobody_matches_exits_1_with_empty_stdout(seeded_db, runner):
    result = runner.invoke(cli, ["--db", str(seeded_db), "--speaker", "Nobody Atall"])
    assert result.exit_code == 1
    assert result.stdout.startswith("id\ttext\tkind\tspeaker") and result.stdout.count("\n") == 1
    assert result.stderr == "no speaker matches 'Nobody Atall'; see `quotes speakers`\n"


def test_bad_date_exits_2_with_one_line(seeded_db, runner):
    result = runner.invoke(cli, ["--db", str(seeded_db), "--since", "notadate"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_keyword_and_dates(seeded_db, runner):
    result = runner.invoke(
        cli,
        [
            "--db",
            str(seeded_db),
            "-k",
            "minerals deal",
            "--since",
            "2025-04-01",
            "--until",
            "2025-04-30",
            "--jsonl",
        ],
    )
    assert result.exit_code == 0
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert rows and all("2025-04-01" <= r["date"] <= "2025-04-30" for r in rows)
    assert all("mineral" in r["text"].lower() for r in rows)


def test_csv_and_table(seeded_db, runner):
    csv_out = runner.invoke(cli, ["--db", str(seeded_db), "-s", "Bruce", "--csv"])
    assert csv_out.exit_code == 0 and csv_out.stdout.startswith("id,text,kind,speaker")
    table = runner.invoke(cli, ["--db", str(seeded_db), "-s", "Bruce", "--limit", "2"])
    assert table.exit_code == 0 and "Tammy Bruce" in table.stdout


def test_speakers_and_show(seeded_db, runner):
    result = runner.invoke(cli, ["--db", str(seeded_db), "speakers", "--json"])
    assert result.exit_code == 0
    names = [r["speaker"] for r in json.loads(result.stdout)]
    assert "Marco Rubio" in names and "Rubio" not in names
    first = json.loads(runner.invoke(cli, ["--db", str(seeded_db), "-s", "Rubio", "--json"]).stdout)[0]
    shown = runner.invoke(cli, ["--db", str(seeded_db), "show", first["id"]])
    assert shown.exit_code == 0 and "Marco Rubio" in shown.stdout
    assert runner.invoke(cli, ["--db", str(seeded_db), "show", "ffffffffffff"]).exit_code == 1


def test_show_why_gives_the_evidence_behind_the_speaker(seeded_db, runner):
    db = ["--db", str(seeded_db)]
    records = json.loads(runner.invoke(cli, [*db, "-s", "Rubio", "--json", "--min-confidence", "0"]).stdout)
    by_pronoun = next(r for r in records if r["speaker_mention"]["text"] == "he")
    shown = runner.invoke(cli, [*db, "show", by_pronoun["id"], "--why", "--json"])
    evidence = json.loads(shown.stdout)[0]["evidence"]
    assert evidence[0].startswith("found: ")
    assert "mention: “he” (pronoun)" in evidence[1]
    assert (
        evidence[2] == "speaker: “he” refers back to Marco Rubio, the nearest person before it whom “he” fits"
    )
    assert evidence[3].startswith("confidence: evidence strength")
    # the same lines under the paragraph in the terminal view; none without --why
    assert (
        "refers back to Marco Rubio"
        in runner.invoke(cli, [*db, "show", by_pronoun["id"], "--why", "--table"]).stdout
    )
    plain = runner.invoke(cli, [*db, "show", by_pronoun["id"], "--json"]).stdout
    assert "evidence" not in json.loads(plain)[0]


def test_show_why_on_a_quote_added_before_evidence_was_recorded(seeded_db, runner, tmp_path):
    import shutil
    import sqlite3

    db = tmp_path / "older.db"
    shutil.copy(seeded_db, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE quotes SET evidence = NULL")
    quote_id = json.loads(runner.invoke(cli, ["--db", str(db), "-s", "Rubio", "--json"]).stdout)[0]["id"]
    shown = runner.invoke(cli, ["--db", str(db), "show", quote_id, "--why", "--json"])
    assert shown.exit_code == 0
    assert json.loads(shown.stdout)[0]["evidence"] == []
    assert shown.stderr.strip() == (
        "no evidence recorded: an older quote-miner added this quote; remove and add it again"
    )


def test_add_is_idempotent_and_reports_bad_files(tmp_path, runner):
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "good.txt").write_text("“We will win,” Kaja Kallas said on Monday in Brussels.\n")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    db = tmp_path / "l.db"
    first = runner.invoke(cli, ["add", str(folder), "--db", str(db), "--jobs", "1"])
    assert first.exit_code == 2
    assert first.stdout == ""
    assert "empty.txt" in first.stderr and "binary.txt" in first.stderr
    assert "1 added" in first.stderr
    (folder / "empty.txt").unlink()
    (folder / "binary.txt").unlink()
    again = runner.invoke(cli, ["add", str(folder), "--db", str(db)])
    assert again.exit_code == 0 and "1 unchanged" in again.stderr


def test_missing_path_and_empty_glob(tmp_path, runner):
    result = runner.invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "nope.txt" in result.stderr
    result = runner.invoke(cli, ["extract", str(tmp_path / "*.none")])
    assert result.exit_code == 2 and "no file matches" in result.stderr


def test_extract_jsonl_is_verbatim(runner):
    result = runner.invoke(cli, ["extract", str(SEEDS / "004_0036f894b85e4f95.txt"), "--jsonl"])
    assert result.exit_code == 0
    source = (SEEDS / "004_0036f894b85e4f95.txt").read_text(encoding="utf-8")
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert rows
    for r in rows:
        assert source[r["start"] : r["end"]] == r["text"]


def test_extract_from_stdin(runner):
    result = runner.invoke(
        cli, ["extract", "-", "--jsonl"], input="“It is time,” Marco Rubio told reporters on Friday.\n"
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["speaker"] == "Marco Rubio"


def test_clean_and_explain(runner):
    path = str(SEEDS / "004_0036f894b85e4f95.txt")
    kept = runner.invoke(cli, ["clean", path])
    assert kept.exit_code == 0
    assert "How useful was this article?" not in kept.stdout
    assert "Rubio said the Trump administration" in kept.stdout
    explained = runner.invoke(cli, ["clean", path, "--explain"])
    assert "- boilerplate" in explained.stdout and "+ body" in explained.stdout


def test_missing_model_gives_a_one_line_hint(runner, monkeypatch):
    monkeypatch.setenv("QUOTE_MINER_MODEL", "no_such_model_xyz")
    result = runner.invoke(cli, ["extract", str(SEEDS / "004_0036f894b85e4f95.txt")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no_such_model_xyz" in lines[0] and "pip install" in lines[0]


def test_ambiguous_id_prefix_lists_the_candidates(seeded_db, runner):
    records = json.loads(runner.invoke(cli, ["--db", str(seeded_db), "--json"]).stdout)
    first = records[0]["id"][0]
    sharing = sorted(r["id"] for r in records if r["id"].startswith(first))
    assert len(sharing) > 1
    result = runner.invoke(cli, ["--db", str(seeded_db), "show", first])
    assert result.exit_code == 2 and result.stdout == ""
    assert f"{first!r} starts" in result.stderr
    assert all(i in result.stderr for i in sharing[:10])
    whole = runner.invoke(cli, ["--db", str(seeded_db), "show", sharing[0], "--json"])
    assert whole.exit_code == 0 and json.loads(whole.stdout)[0]["id"] == sharing[0]


def test_equal_speaker_fits_are_named_on_stderr(tmp_path, runner):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "1.txt").write_text("Budget\n\n“We need more money,” Mayor John Smith said on Monday.\n")
    (folder / "2.txt").write_text(
        "Schools\n\n“We need more teachers,” said Jane Smith, the school principal.\n"
    )
    db = str(tmp_path / "l.db")
    assert runner.invoke(cli, ["--db", db, "add", str(folder), "-j", "1"]).exit_code == 0
    result = runner.invoke(cli, ["--db", db, "-s", "Smith", "--jsonl"])
    assert result.exit_code == 0
    assert {json.loads(x)["speaker"] for x in result.stdout.splitlines()} == {"John Smith", "Jane Smith"}
    assert result.stderr == "'Smith' fits 2 speakers equally: Jane Smith, John Smith; showing all\n"
    only = runner.invoke(cli, ["--db", db, "-s", "Mayor", "--jsonl"])
    assert [json.loads(x)["speaker"] for x in only.stdout.splitlines()] == ["John Smith"]

"""One output rule: a table on a terminal (a real pseudo-terminal here), TSV on a pipe, a chosen
format otherwise; empty results; completion, --version, examples, progress on stderr."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import re
import select
import struct
import subprocess
import sys
import termios

import pytest
from click.testing import CliRunner

from quote_miner.cli import cli

from .conftest import default_library_env, gold_count

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
QUOTES = [sys.executable, "-m", "quote_miner"]
SUBCOMMANDS = [
    "add",
    "extract",
    "speakers",
    "show",
    "clean",
    "articles",
    "remove",
    "info",
    "completion",
    "timeline",
    "report",
]


@pytest.fixture(scope="module")
def seeded_env(seeded_data_copy):
    env = default_library_env(seeded_data_copy())
    full = {k: v for k, v in os.environ.items() if k not in ("QUOTE_MINER_DB", "COLUMNS")}
    full.update({k: v for k, v in env.items() if v is not None})
    return full


def in_terminal(args, columns, env, extra=None):
    """Run ``quotes ARGS`` with stdout on a pseudo-terminal of ``columns`` columns."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    proc = subprocess.Popen(
        QUOTES + args,
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=subprocess.PIPE,
        env={**env, **(extra or {})},
    )
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    proc.wait(timeout=60)
    return proc.returncode, out.decode("utf-8"), proc.stderr.read().decode("utf-8")


def piped(args, env, **kwargs):
    return subprocess.run(QUOTES + args, capture_output=True, text=True, env=env, timeout=120, **kwargs)


@pytest.mark.parametrize("columns", [80, 200])
def test_table_fits_the_terminal_and_keeps_ids_and_borders(seeded_env, columns):
    code, out, err = in_terminal(["-s", "Peskov"], columns, seeded_env)
    assert code == 0, err
    lines = [ANSI.sub("", line) for line in out.replace("\r", "").splitlines() if line.strip()]
    assert lines[0].startswith("┏") and lines[0].endswith("┓") and lines[-1].endswith("┘")
    assert all(len(line) <= columns for line in lines)
    assert all(line[-1] in "┓┃┩│┤┘" for line in lines)
    ids = [m for line in lines for m in re.findall(r"│ ([0-9a-f]{8}) │$", line)]
    assert len(ids) == gold_count("Dmitry Peskov")  # every Peskov quote keeps its id
    assert ("Source" in lines[1]) == (columns >= 110)
    assert "\x1b[" in out  # a terminal gets styles


def test_no_color_and_dumb_terminals_and_columns(seeded_env):
    _, plain, _ = in_terminal(["-s", "Peskov", "-n", "1"], 80, seeded_env, {"TERM": "dumb"})
    assert "\x1b[" not in plain and "Peskov" in plain
    _, no_color, _ = in_terminal(["-s", "Peskov", "-n", "1"], 80, seeded_env, {"NO_COLOR": "1"})
    assert not re.search(r"\x1b\[[0-9;]*3[0-7]m", no_color)  # no foreground colours
    _, wide, _ = in_terminal(["-s", "Peskov", "-n", "1"], 80, seeded_env, {"COLUMNS": "150"})
    assert max(len(ANSI.sub("", line)) for line in wide.replace("\r", "").splitlines()) > 80


def test_a_pipe_gets_one_tab_separated_line_per_record(seeded_env):
    result = piped(["-s", "Peskov"], seeded_env)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    header = lines[0].split("\t")
    assert header[:4] == ["id", "text", "kind", "speaker"]
    assert len(lines) == 1 + gold_count("Dmitry Peskov") and all(
        len(line.split("\t")) == len(header) for line in lines
    )
    assert "┃" not in result.stdout and "│" not in result.stdout
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    assert {r["speaker"] for r in rows} == {"Dmitry Peskov"}
    for command in (["speakers"], ["articles"], ["show", rows[0]["id"]], ["info"]):
        out = piped(command, seeded_env).stdout.splitlines()
        assert "\t" in out[0] and len(out) >= 2 and "│" not in "".join(out), command


def test_tsv_escapes_tabs_and_newlines_inside_fields(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Talks\n\n“One thing\tand another,” Kaja Kallas said on Monday in Brussels.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["extract", str(article), "--tsv", "--title", "Two\nlines \\ here"])
    assert result.exit_code == 0
    header, row = result.stdout.splitlines()
    fields = dict(zip(header.split("\t"), row.split("\t"), strict=True))
    assert fields["text"] == "One thing\\tand another,"
    assert fields["article_title"] == "Two\\nlines \\\\ here"


@pytest.mark.parametrize(
    "fmt,expected",
    [
        ("--json", "[]\n"),
        ("--jsonl", ""),
        ("--csv", "id,text,kind,speaker"),
        ("--tsv", "id\ttext\tkind\tspeaker"),
    ],
)
def test_empty_results_keep_their_shape_and_exit_1(seeded_env, fmt, expected):
    result = piped(["-k", "zebra", fmt], seeded_env)
    assert result.returncode == 1
    assert result.stdout.startswith(expected) and result.stdout.count("\n") <= 1
    if fmt == "--json":
        assert json.loads(result.stdout) == []
    if fmt == "--csv":
        assert list(csv.reader(io.StringIO(result.stdout)))[0][0] == "id"


def test_empty_table_says_so_on_stderr(seeded_env):
    code, out, err = in_terminal(["-k", "zebra"], 80, seeded_env)
    assert code == 1 and out.strip() == "" and err.strip() == "no quotes match these filters"


@pytest.mark.parametrize("flags", [["--json", "--csv"], ["--format", "tsv", "--jsonl"]])
def test_two_formats_at_once_is_an_error(seeded_env, flags):
    result = piped(["-s", "Rubio", *flags], seeded_env)
    assert result.returncode == 2 and result.stdout == ""
    assert "choose one output format" in result.stderr and "Traceback" not in result.stderr
    assert piped(["-s", "Rubio", "--json", "--format", "json"], seeded_env).returncode == 0


def test_format_option_and_shorthands_agree(seeded_env):
    assert (
        piped(["-s", "Bruce", "--format", "csv"], seeded_env).stdout
        == piped(["-s", "Bruce", "--csv"], seeded_env).stdout
    )


@pytest.mark.parametrize(
    "shell,marker", [("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete --no-files")]
)
def test_completion_scripts(shell, marker):
    result = CliRunner().invoke(cli, ["completion", shell])
    assert result.exit_code == 0 and marker in result.stdout and "_QUOTES_COMPLETE" in result.stdout


def test_version_names_the_model():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert re.match(r"quotes \(quote-miner\) \d+\.\d+\.\d+, spaCy model: en_core_web_sm", result.stdout)


@pytest.mark.parametrize("command", [[]] + [[c] for c in SUBCOMMANDS])
def test_every_help_ends_with_examples(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and "quotes " in result.stdout.split("Examples:")[1]
    if not command:
        assert "negotiat*" in result.stdout and "tab-separated" in result.stdout


def test_progress_lines_on_stderr_when_it_is_not_a_terminal(tmp_path, monkeypatch):
    import quote_miner.cli.common as common

    monkeypatch.setattr(common, "PROGRESS_LINE_EVERY", 0.0)
    for i in range(2):
        (tmp_path / f"a{i}.txt").write_text(
            f"Talks, day {i}\n\n“We will keep talking,” Kaja Kallas said in Brussels on day {i}.\n",
            encoding="utf-8",
        )
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "l.db"), "add", str(tmp_path), "-j", "1"])
    assert result.exit_code == 0 and result.stdout == ""
    assert re.search(r"Adding articles: 2/2 articles, 2 quotes, [\d.]+ articles/s", result.stderr)


def test_a_table_hides_less_certain_records_and_says_how_many(tmp_path):
    from quote_miner.library import Library
    from quote_miner.records import Article, Quote

    db = tmp_path / "c.db"
    lib = Library(db)
    for n, conf in enumerate((0.92, 0.5)):
        art = Article(path=f"{n}.txt", date="2025-04-18", content_hash=f"h{n}")
        q = Quote(
            text=f"Claim number {n} holds.",
            kind="indirect",
            start=0,
            end=22,
            article=art,
            speaker="Kaja Kallas",
            speaker_type="person",
            confidence=conf,
        )
        lib.add_article([q], path=f"{n}.txt", content_hash=f"h{n}", title=None, outlet=None, date=None)
    lib.close()
    runner = CliRunner()
    table = runner.invoke(cli, ["--db", str(db), "-s", "Kallas", "--table"])
    assert table.exit_code == 0 and "number 0" in table.stdout and "number 1" not in table.stdout
    assert "1 less certain records hidden" in table.stderr and "--min-confidence 0" in table.stderr
    everything = runner.invoke(cli, ["--db", str(db), "-s", "Kallas", "--table", "--min-confidence", "0"])
    assert "number 1" in everything.stdout and everything.stderr == ""
    # data formats keep every record with its confidence
    rows = json.loads(runner.invoke(cli, ["--db", str(db), "-s", "Kallas", "--json"]).stdout)
    assert sorted(r["confidence"] for r in rows) == [0.5, 0.92]

"""What the README promises, through the command line: every filter against the records it
must keep, metadata sources, stdin, several processes, exit codes, the unchanged-file skip."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from quote_miner.cli import cli

from .conftest import SEEDS, default_library_env


@pytest.fixture(scope="module")
def seeded(seeded_data_copy):
    env = default_library_env(seeded_data_copy())
    result = CliRunner().invoke(cli, ["--json"], env=env)
    assert result.exit_code == 0
    return env, json.loads(result.stdout)


def query(seeded, *args, code=0):
    env, _ = seeded
    result = CliRunner().invoke(cli, [*args, "--json"], env=env)
    assert result.exit_code == code, result.stderr
    return json.loads(result.stdout)


def ids(records):
    return sorted(r["id"] for r in records)


def said_on(r):
    return r["date"] or r["article"]["date"]


@pytest.mark.parametrize("day", ["2025-04-18", "2025-05-02"])
def test_on_a_day_and_until_includes_its_own_day(seeded, day):
    _, everything = seeded
    on = query(seeded, "--on", day)
    assert on and ids(on) == ids([r for r in everything if said_on(r) == day])
    until = query(seeded, "--until", day)
    assert ids(until) == ids([r for r in everything if said_on(r) <= day])
    since = query(seeded, "--since", day)
    assert ids(since) == ids([r for r in everything if said_on(r) >= day])


def test_on_a_month(seeded):
    _, everything = seeded
    april = query(seeded, "--on", "2025-04")
    assert april and ids(april) == ids([r for r in everything if said_on(r).startswith("2025-04")])


@pytest.mark.parametrize("kinds", [["direct"], ["indirect"], ["direct", "partial"]])
def test_kind(seeded, kinds):
    _, everything = seeded
    args = [a for k in kinds for a in ("--kind", k)]
    assert ids(query(seeded, *args)) == ids([r for r in everything if r["kind"] in kinds])


def test_min_confidence(seeded):
    _, everything = seeded
    kept = query(seeded, "--min-confidence", "0.8")
    assert kept and ids(kept) == ids([r for r in everything if r["confidence"] >= 0.8])
    assert len(kept) < len(everything)


def test_sort_and_limit(seeded):
    by_speaker = query(seeded, "--sort", "speaker")
    names = [(r["speaker"] or "").casefold() for r in by_speaker]
    assert names == sorted(names)
    by_date = query(seeded, "--sort", "date")
    dates = [said_on(r) for r in by_date]
    assert dates == sorted(dates, reverse=True)
    assert query(seeded, "--sort", "date", "--limit", "3") == by_date[:3]


def test_multiprocessing_gives_the_same_records_as_one_process(tmp_path):
    # Eight articles, so that two worker processes really start (four files per worker).
    for name in ("a", "b"):
        shutil.copytree(SEEDS, tmp_path / name)
    one = CliRunner().invoke(cli, ["extract", str(tmp_path), "--jsonl", "-j", "1"])
    two = subprocess.run(
        [sys.executable, "-m", "quote_miner", "extract", str(tmp_path), "--jsonl", "-j", "2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert one.exit_code == 0 and two.returncode == 0
    assert len(one.stdout.splitlines()) > 200
    assert two.stdout == one.stdout


ARTICLE = "Harbor vote\n\n“We will rebuild the harbor,” Mayor Linda Park said on Tuesday.\n"


def extract_first(path, *options):
    result = CliRunner().invoke(cli, ["extract", str(path), "--jsonl", *options])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout.splitlines()[0])


def test_metadata_from_manifest_front_matter_and_options(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "articles.jsonl").write_text(
        json.dumps(
            {"article": "a.txt", "title": "Harbor plan", "outlet": "Harbor Times", "date": "2025-03-04"}
        )
        + "\n"
    )
    r = extract_first(tmp_path / "a.txt")
    assert r["article"] | {"path": None} == {
        "path": None,
        "title": "Harbor plan",
        "outlet": "Harbor Times",
        "date": "2025-03-04",
        "url": None,
    }
    assert r["date"] == "2025-03-04"  # Tuesday 4 March: said that day
    r = extract_first(tmp_path / "a.txt", "--date", "2025-03-06", "--outlet", "Bay News", "--title", "T")
    assert (r["article"]["date"], r["article"]["outlet"], r["article"]["title"]) == (
        "2025-03-06",
        "Bay News",
        "T",
    )
    assert r["date"] == "2025-03-04"  # "on Tuesday" counted back from Thursday 6 March
    fm = tmp_path / "fm" / "b.txt"
    fm.parent.mkdir()
    fm.write_text(
        "---\ntitle: Front matter title\nsite: The Gazette\ndate: 2024-11-05\n---\n" + ARTICLE,
        encoding="utf-8",
    )
    r = extract_first(fm)
    assert (r["article"]["title"], r["article"]["outlet"], r["article"]["date"]) == (
        "Front matter title",
        "The Gazette",
        "2024-11-05",
    )
    assert fm.read_text(encoding="utf-8")[r["start"] : r["end"]] == r["text"]


def test_add_from_stdin_and_again(tmp_path):
    db = str(tmp_path / "l.db")
    first = CliRunner().invoke(cli, ["--db", db, "add", "-", "--date", "2025-03-04"], input=ARTICLE)
    assert first.exit_code == 0 and "1 added" in first.stderr
    again = CliRunner().invoke(cli, ["--db", db, "add", "-", "--date", "2025-03-04"], input=ARTICLE)
    assert again.exit_code == 0 and "1 unchanged" in again.stderr
    (record,) = json.loads(CliRunner().invoke(cli, ["--db", db, "-s", "Park", "--json"]).stdout)
    assert record["article"]["path"].startswith("stdin-") and record["date"] == "2025-03-04"


def test_extract_with_nothing_found_exits_1(tmp_path):
    (tmp_path / "calm.txt").write_text("Weather\n\nThe sun shone all day over the quiet harbor.\n")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "calm.txt"), "--jsonl"])
    assert result.exit_code == 1 and result.stdout == ""


def test_readding_known_text_does_not_load_spacy(tmp_path):
    db = tmp_path / "l.db"
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert CliRunner().invoke(cli, ["--db", str(db), "add", str(folder), "-j", "1"]).exit_code == 0
    shutil.copy(folder / "a.txt", folder / "copy.txt")
    code = (
        f"import sys\nfrom quote_miner.cli import cli\n"
        f"try:\n    cli(['--db', {str(db)!r}, 'add', {str(folder)!r}], prog_name='quotes')\n"
        f"except SystemExit as e:\n    assert e.code in (0, None), e.code\n"
        f"print('spacy' in sys.modules, file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = out.stderr.strip().splitlines()
    assert "1 known under a new path, 1 unchanged" in lines[-2] and lines[-1] == "False"


def test_ctrl_c_exits_130_and_keeps_whole_articles(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    # Enough work that the interrupt lands in the middle: 200 articles of 30 paragraphs.
    for i in range(200):
        paragraphs = [f"“Point {i}.{k} stands,” Kaja Kallas said in Brussels on day {k}." for k in range(30)]
        (folder / f"a{i:03d}.txt").write_text(
            f"Talks {i}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
        )
    db = tmp_path / "l.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "quote_miner", "--db", str(db), "add", str(folder), "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # as from a shell, whatever runs the tests: Ctrl-C is not ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    import sqlite3

    while time.monotonic() < deadline:  # wait until some articles are stored
        time.sleep(0.2)
        try:
            with sqlite3.connect(db) as conn:
                if conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 1:
                    break
        except sqlite3.Error:
            continue
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        per_article = {
            n
            for (n,) in conn.execute(
                "SELECT count(q.rowid) FROM articles a LEFT JOIN quotes q ON q.article_id = a.id "
                "GROUP BY a.id"
            )
        }
    assert 1 <= stored < 200 and min(per_article) >= 30  # whole articles: all 30 quotes each

"""An article is its text: whatever the user does with files, each quote is shown once.

Every move of issue 17 through the real command line: rename, move, copy, re-add, edit,
delete the original, new metadata; and a version-1 library that hid quotes is mended.
"""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from quote_miner.cli import cli
from quote_miner.library import MIGRATIONS, Library

STORY = """A new harbor for the city

“We will rebuild the harbor before the winter storms,” Mayor Linda Park said on Tuesday.

“The money is already in the budget,” said Omar Reyes, the city treasurer.
"""


@pytest.fixture
def run(tmp_path):
    db = tmp_path / "r.db"

    def invoke(*args, ok=(0,)):
        result = CliRunner().invoke(cli, ["--db", str(db), *args])
        assert result.exit_code in ok, (args, result.stdout, result.stderr)
        return result

    return invoke


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "dir"
    d.mkdir()
    (d / "a.txt").write_text(STORY, encoding="utf-8")
    return d


def visible(run, *filters):
    result = run(*filters, "--jsonl", ok=(0, 1))
    return [json.loads(line) for line in result.stdout.splitlines()]


def texts(run):
    return sorted(r["text"] for r in visible(run))


def test_rename_keeps_every_quote_visible_once_under_the_new_path(run, folder):
    run("add", str(folder / "a.txt"), "-j", "1")
    before = texts(run)
    assert len(before) == 2
    (folder / "a.txt").rename(folder / "b.txt")
    result = run("add", str(folder), "-j", "1")
    assert "1 known under a new path" in result.stderr and "0 added" in result.stderr
    assert texts(run) == before
    assert {r["article"]["path"] for r in visible(run)} == {str((folder / "b.txt").resolve())}
    assert len(visible(run, "-s", "Park")) == 1 and len(visible(run, "-k", "harbor")) == 1


def test_copy_of_a_folder_and_deleting_the_original(run, folder, tmp_path):
    run("add", str(folder), "-j", "1")
    before = texts(run)
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    run("add", str(copy), "-j", "1")
    assert texts(run) == before
    shutil.rmtree(folder)
    run("add", str(copy), "-j", "1")
    assert texts(run) == before
    articles = json.loads(run("articles", "--json").stdout)
    assert len(articles) == 1 and articles[0]["path"] == str((copy / "a.txt").resolve())


def test_readding_is_unchanged_and_editing_replaces(run, folder):
    run("add", str(folder), "-j", "1")
    assert "1 unchanged" in run("add", str(folder)).stderr
    (folder / "a.txt").write_text(STORY.replace("winter storms", "spring tides"), encoding="utf-8")
    assert "1 replaced" in run("add", str(folder), "-j", "1").stderr
    found = texts(run)
    assert any("spring tides" in t for t in found) and not any("winter" in t for t in found)
    assert len(found) == 2


def test_editing_one_of_two_copies_keeps_the_other(run, folder):
    shutil.copy(folder / "a.txt", folder / "copy.txt")
    run("add", str(folder), "-j", "1")
    (folder / "copy.txt").write_text(STORY + "\n“A third thing,” Park said.\n", encoding="utf-8")
    run("add", str(folder), "-j", "1")
    found = texts(run)
    # The two quotes once each, and the new one.
    assert len(found) == 3 and len(set(found)) == 3
    assert len(json.loads(run("articles", "--json").stdout)) == 2


def test_new_metadata_updates_the_article_and_its_quotes_dates(run, folder):
    run("add", str(folder), "-j", "1", "--date", "2025-03-04")
    assert {r["date"] for r in visible(run, "-s", "Park")} == {"2025-03-04"}
    result = run("add", str(folder), "-j", "1", "--date", "2025-03-05", "--outlet", "Harbor Times")
    assert "1 updated" in result.stderr
    (park,) = visible(run, "-s", "Park")
    assert park["date"] == "2025-03-04"  # "on Tuesday" before Wednesday 5 March
    assert park["article"]["date"] == "2025-03-05" and park["article"]["outlet"] == "Harbor Times"
    assert len(visible(run)) == 2
    # Saying nothing about metadata changes nothing.
    assert "1 unchanged" in run("add", str(folder)).stderr


def test_remove_by_path_and_by_id(run, folder):
    (folder / "b.txt").write_text(STORY.replace("Park", "Parks"), encoding="utf-8")
    run("add", str(folder), "-j", "1")
    articles = json.loads(run("articles", "--json").stdout)
    assert len(articles) == 2 and all(a["quotes"] == 2 for a in articles)
    result = run("remove", str(folder / "a.txt"))
    assert "1 articles removed (2 quotes)" in result.stderr
    (left,) = json.loads(run("articles", "--json").stdout)
    assert left["path"].endswith("b.txt")
    assert run("remove", "ffffffffffff", ok=(2,)).stderr.count("\n") == 1
    run("remove", left["id"][:6])
    assert run("articles", "--json", ok=(1,)).stdout == "[]\n"
    assert run("speakers", "--json", ok=(1,)).stdout == "[]\n"  # nobody is left quoted


def test_ambiguous_article_id_prefix_is_an_error_naming_the_candidates(run, tmp_path):
    lib = Library(tmp_path / "r.db")
    for h in ("abcd01", "abcd02"):
        lib.add_article([], path=f"{h}.txt", content_hash=h + "0" * 58, title=h, outlet=None, date=None)
    lib.close()
    result = run("remove", "abcd", ok=(2,))
    assert "abcd01" in result.stderr and "abcd02" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _v1_library(path, story_path):
    """A library as version 1 left it after a rename: the old article with no quotes, the new
    one with its quotes all hidden (primary_occurrence 0)."""
    from quote_miner.library.schema import MIGRATIONS, statements

    conn = sqlite3.connect(path)
    for statement in statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    for i, p in enumerate(("old.txt", story_path)):
        conn.execute(
            "INSERT INTO articles (id, path, content_hash, added_at) VALUES (?, ?, 'h', 'now')", (i + 1, p)
        )
    conn.execute(
        "INSERT INTO speakers (id, name, folded, type) VALUES (1, 'Linda Park', 'linda park', 'person')"
    )
    conn.execute(
        "INSERT INTO speakers (id, name, folded, type) VALUES (2, 'Gone Person', 'gone person', 'person')"
    )
    conn.execute(
        "INSERT INTO quotes (id, article_id, speaker_id, text, text_key, kind, speaker, "
        'speaker_type, confidence, start, "end", said_on, primary_occurrence) VALUES '
        "('q1', 2, 1, 'We will rebuild.', 'we will rebuild', 'direct', 'Linda Park', 'person', "
        "0.9, 0, 16, '2025-03-04', 0)"
    )
    conn.commit()
    conn.close()


def test_a_version_1_library_is_migrated_and_shows_its_hidden_quotes(run, tmp_path):
    _v1_library(tmp_path / "r.db", "new.txt")
    assert [r["text"] for r in visible(run)] == ["We will rebuild."]
    with Library(tmp_path / "r.db") as lib:
        assert lib.version() == len(MIGRATIONS)
        assert [r["path"] for r in lib.conn.execute("SELECT path FROM articles")] == ["new.txt"]
        paths = sorted(r[0] for r in lib.conn.execute("SELECT path FROM article_paths"))
        assert paths == ["new.txt", "old.txt"]
        assert [r[0] for r in lib.conn.execute("SELECT name FROM speakers")] == ["Linda Park"]
    assert len(visible(run, "-k", "rebui*")) == 1  # the index of words as written is built too


def test_query_on_a_missing_library_is_an_error_and_add_creates_it(tmp_path, folder):
    db = tmp_path / "no" / "such" / "x.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "-s", "Park"])
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and str(db) in result.stderr
    assert not db.exists() and not db.parent.exists()
    for command in (["articles"], ["speakers"], ["info"], ["show", "abc"]):
        assert CliRunner().invoke(cli, ["--db", str(db), *command]).exit_code == 2
    added = CliRunner().invoke(cli, ["--db", str(db), "add", str(folder), "-j", "1"])
    assert added.exit_code == 0 and db.exists()


def test_seeds_can_be_removed_for_good(default_library):
    runner = CliRunner()
    assert runner.invoke(cli, ["-s", "Rubio", "--jsonl"]).exit_code == 0
    info = json.loads(runner.invoke(cli, ["info", "--json"]).stdout)
    assert info["articles"] == 5 and info["library"] == str(default_library)
    assert info["schema_version"] == len(MIGRATIONS) and info["spacy_model"]
    removed = runner.invoke(cli, ["remove", "--seeds"])
    assert removed.exit_code == 0 and "5 articles removed" in removed.stderr
    # An empty library stays empty: seeds never come back on their own.
    again = runner.invoke(cli, ["-s", "Rubio", "--json"])
    assert again.exit_code == 1 and again.stdout == "[]\n"
    assert "seed" not in again.stderr

"""library/store.py written and read directly (no spaCy): what a library file refuses, how an
article's text, paths, URL and quotes are kept, and the counts `quotes stats` shows."""

from __future__ import annotations

import sqlite3

import pytest

from quote_miner.errors import LibraryError
from quote_miner.library import MIGRATIONS, Library
from quote_miner.library.query import make_filters, run_query
from quote_miner.library.store import text_key
from quote_miner.records import Article, Quote

from .test_library_query import make_quote, store


@pytest.fixture
def lib(tmp_path):
    with Library(tmp_path / "s.db") as library:
        yield library


def shown(lib, **filters):
    return [(r["text"], r["article"]["path"]) for r in run_query(lib, make_filters(**filters)).records]


def error_of(path, **kw) -> str:
    with pytest.raises(LibraryError) as caught:
        Library(path, **kw)
    return str(caught.value)


def test_a_folder_a_missing_file_or_other_bytes_are_refused_with_path_and_reason(tmp_path):
    assert error_of(tmp_path) == f"{tmp_path}: is a folder, not a library file"
    absent = tmp_path / "absent.db"
    assert error_of(absent, create=False) == (
        f"{absent}: no library here (`quotes add FILES --db PATH` creates one)"
    )
    assert not absent.exists()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    target = blocker / "sub" / "lib.db"
    assert error_of(target) == f"{target}: cannot create folder (Not a directory)"
    notes = tmp_path / "notes.db"
    notes.write_text("my notes")
    assert error_of(notes) == f"{notes}: not an SQLite database; refusing to touch it"


def test_an_empty_file_becomes_a_library(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    with Library(empty) as lib:
        assert lib.version() == len(MIGRATIONS) and lib.is_empty()


def test_a_new_library_is_in_wal_mode_with_foreign_keys_and_a_busy_timeout(tmp_path):
    with Library(tmp_path / "w.db") as lib:
        assert lib.created
        assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert lib.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert lib.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 60_000
    with Library(tmp_path / "w.db") as again:
        assert not again.created


def test_a_damaged_library_is_a_clear_error(tmp_path):
    db = tmp_path / "d.db"
    with Library(db):
        pass
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header stays, the schema page is garbage
    db.write_bytes(bytes(data))
    assert error_of(db) == f"{db}: unusable library (database disk image is malformed)"


def test_a_library_missing_its_tables_is_a_clear_error(tmp_path):
    db = tmp_path / "empty-schema.db"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
    conn.close()
    assert error_of(db) == f"{db}: corrupt or unreadable library (no such table: articles)"


def test_a_library_of_a_newer_version_is_refused(tmp_path):
    db = tmp_path / "new.db"
    with Library(db) as lib:
        lib.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    assert error_of(db) == (
        f"{db}: library has schema version {len(MIGRATIONS) + 1}, newer than this quote-miner "
        f"understands ({len(MIGRATIONS)}); upgrade quote-miner"
    )


def test_a_locked_library_is_a_clear_error_and_nothing_is_written(tmp_path):
    db = tmp_path / "locked.db"
    with Library(db) as lib:
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        lib.conn.execute("PRAGMA busy_timeout = 10")
        with pytest.raises(LibraryError) as caught:
            store(lib, [make_quote("It is not our war.", "Marco Rubio")])
        assert str(caught.value) == f"{db}: cannot write (database is locked)"
        other.execute("ROLLBACK")
        other.close()
        assert lib.is_empty()


def test_facts_are_set_replaced_and_removed(lib):
    assert lib.fact("seeds") is None
    lib.set_fact("seeds", "added")
    lib.set_fact("seeds", "removed")
    assert lib.fact("seeds") == "removed"
    lib.set_fact("seeds", None)
    assert lib.fact("seeds") is None


def test_counts_are_of_articles_shown_quotes_claims_and_speakers(lib):
    assert lib.counts() == {"articles": 0, "quotes": 0, "claims": 0, "speakers": 0}
    store(
        lib,
        [
            make_quote("It is not our war.", "Marco Rubio"),
            make_quote("talks would go on", "Marco Rubio", start=40, kind="indirect"),
            make_quote("We are ready.", "Tammy Bruce", start=80),
        ],
    )
    store(lib, [make_quote("It is not our war.", "Marco Rubio", h="h2")], path="b.txt", h="h2")
    assert lib.counts() == {"articles": 2, "quotes": 3, "claims": 1, "speakers": 2}


def test_the_hash_of_a_path_is_that_of_the_text_last_added_there(lib):
    assert lib.article_hash("a.txt") is None
    store(lib, [], path="a.txt", h="h1")
    assert lib.article_hash("a.txt") == "h1"
    store(lib, [], path="a.txt", h="h2")
    assert lib.article_hash("a.txt") == "h2"


def test_a_url_is_remembered_and_a_newer_text_of_it_replaces_the_older(lib):
    store(lib, [make_quote("Old page words.", "Marco Rubio")], path="p1.html", h="h1")
    assert not lib.knows_url("https://example.org/p")
    assert lib.set_url("p1.html", "https://example.org/p") is False  # nothing older to replace
    assert lib.knows_url("https://example.org/p") and not lib.knows_url("https://example.org/q")
    store(lib, [make_quote("New page words.", "Marco Rubio", h="h2")], path="p2.html", h="h2")
    assert lib.set_url("p2.html", "https://example.org/p") is True
    assert shown(lib) == [("New page words.", "p2.html")]
    assert lib.counts()["articles"] == 1
    assert lib.set_url("never-added.html", "https://example.org/r") is False
    assert not lib.knows_url("https://example.org/r")


def test_a_speaker_left_without_quotes_goes_when_their_page_is_replaced(lib):
    store(lib, [make_quote("Old page words.", "Tammy Bruce")], path="p1.html", h="h1")
    lib.set_url("p1.html", "https://example.org/p")
    store(lib, [make_quote("New page words.", "Marco Rubio", h="h2")], path="p2.html", h="h2")
    lib.set_url("p2.html", "https://example.org/p")
    assert [r[0] for r in lib.conn.execute("SELECT name FROM speakers")] == ["Marco Rubio"]


def test_known_text_at_a_new_path_moves_without_extracting(lib, tmp_path):
    first = tmp_path / "first.txt"
    first.write_text("x")
    store(lib, [make_quote("It is not our war.", "Marco Rubio")], path=str(first), h="h1")
    assert lib.attach_known("elsewhere.txt", "h-unknown") is None
    same = lib.attach_known(str(first), "h1")
    assert (same.status, same.quotes) == ("unchanged", 0)
    assert same.path == str(first)
    second = tmp_path / "second.txt"
    second.write_text("x")
    moved = lib.attach_known(str(second), "h1")
    assert (moved.path, moved.status, moved.quotes) == (str(second), "moved", 0)
    assert shown(lib) == [("It is not our war.", str(second))]
    # back to the first path after the second is gone: the article stays, shown there
    second.unlink()
    back = lib.attach_known(str(first), "h1")
    assert (back.status, back.quotes) == ("moved", 0)
    assert shown(lib) == [("It is not our war.", str(first))]


def test_re_adding_reports_added_unchanged_updated_and_replaced(lib):
    q = make_quote("It is not our war.", "Marco Rubio")
    first = lib.add_article([q], path="a.txt", content_hash="h1", title="T", outlet="O", date="2025-04-18")
    assert (first.path, first.status, first.quotes) == ("a.txt", "added", 1)
    again = lib.add_article([q], path="a.txt", content_hash="h1", title="T", outlet="O", date="2025-04-18")
    assert (again.path, again.status, again.quotes) == ("a.txt", "unchanged", 0)
    for changed in ({"title": "T2"}, {"outlet": "O2"}, {"date": "2025-04-19"}):
        meta = {"title": "T", "outlet": "O", "date": "2025-04-18", **changed}
        result = lib.add_article([q], path="a.txt", content_hash="h1", **meta)
        assert (result.status, result.quotes) == ("updated", 1)
        lib.add_article([q], path="a.txt", content_hash="h1", title="T", outlet="O", date="2025-04-18")
    other = make_quote("Other words.", "Marco Rubio", h="h9")
    replaced = lib.add_article([other], path="a.txt", content_hash="h9", title="T", outlet="O", date=None)
    assert (replaced.status, replaced.quotes) == ("replaced", 1)
    assert shown(lib) == [("Other words.", "a.txt")]


def test_new_metadata_updates_the_article_and_its_byline_and_standfirst(lib):
    q = make_quote("It is not our war.", "Marco Rubio", date=None)
    lib.add_article([q], path="a.txt", content_hash="h1", title="T", outlet="O", date="2025-04-18")
    lib.add_article(
        [q],
        path="a.txt",
        content_hash="h1",
        title="T2",
        outlet="O2",
        date="2025-04-19",
        byline="By X",
        dek="D",
    )
    row = lib.conn.execute("SELECT title, outlet, date, site, byline, dek FROM articles").fetchone()
    assert tuple(row) == ("T2", "O2", "2025-04-19", "O2", "By X", "D")
    # the quote carries no date of its own: it is said on the article's new date
    assert run_query(lib, make_filters(on_date="2025-04-19")).records


def test_an_undated_quote_is_said_on_its_article_date(lib):
    store(lib, [make_quote("Undated words.", "Marco Rubio", date=None)], date="2025-02-03")
    (record,) = run_query(lib, make_filters(on_date="2025-02-03")).records
    assert record["date"] is None


def test_a_quote_repeated_in_one_article_is_one_quote_per_speaker(lib):
    result = lib.add_article(
        [
            make_quote("It is not our war.", "Marco Rubio", start=0),
            make_quote("It is NOT our war!", "Marco Rubio", start=40),
            make_quote("It is not our war.", "Tammy Bruce", start=80),
        ],
        path="a.txt",
        content_hash="h1",
        title=None,
        outlet=None,
        date=None,
    )
    assert result.quotes == 2
    every = run_query(lib, make_filters(all_occurrences=True)).records
    assert sorted(r["speaker"] for r in every) == ["Marco Rubio", "Tammy Bruce"]
    assert len(run_query(lib, make_filters()).records) == 1  # the same words are shown once


def test_a_quote_shown_once_comes_back_from_its_other_article_when_the_first_goes(lib, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("a")
    b.write_text("b")
    store(lib, [make_quote("It is not our war.", "Marco Rubio")], path=str(a), h="h1")
    store(lib, [make_quote("It is not our war.", "Marco Rubio", h="h2")], path=str(b), h="h2")
    assert shown(lib) == [("It is not our war.", str(a))]
    # ids no article has (0 comes first in the set) are passed over, not the end of the work
    removed = lib.remove_articles([0, lib.article_by_hash("h1")["id"], 999])
    assert removed == (1, 1)
    assert shown(lib) == [("It is not our war.", str(b))]


def copied(lib, tmp_path):
    """One article added from a.txt and then found again at b.txt (a copy): shown under b."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("a")
    b.write_text("b")
    store(lib, [make_quote("Shared words.", "Marco Rubio")], path=str(a), h="h1")
    lib.attach_known(str(b), "h1")
    return a, b


def test_a_path_whose_text_changed_keeps_the_old_article_only_while_another_path_holds_it(lib, tmp_path):
    a, b = copied(lib, tmp_path)
    store(lib, [make_quote("New words.", "Marco Rubio", h="h2")], path=str(b), h="h2")
    # b holds new text; the old article is still held by a, which exists: shown under a again
    assert sorted(shown(lib)) == [("New words.", str(b)), ("Shared words.", str(a))]


def test_a_path_whose_text_changed_drops_the_old_article_when_its_other_paths_are_gone(lib, tmp_path):
    a, b = copied(lib, tmp_path)
    a.unlink()
    store(lib, [make_quote("New words.", "Marco Rubio", h="h2")], path=str(b), h="h2")
    assert shown(lib) == [("New words.", str(b))]
    assert lib.counts()["articles"] == 1


def test_text_key_ignores_case_spacing_and_quote_characters():
    assert text_key("‘It’s’") == "'it's'"
    assert text_key("“It’s  NOT our war,” he said.") == text_key('"it\'s not our war," he said')
    assert text_key("It is not our war.") != text_key("It is not your war.")
    assert text_key("‘a’ ’b’") == "'a' 'b'"


def test_writes_are_all_or_nothing(lib):
    bad = Quote(text="x", kind="direct", start=0, end=1, article=Article(path="a.txt", content_hash="h1"))
    twin = Quote(text="y", kind="direct", start=0, end=1, article=Article(path="a.txt", content_hash="h1"))
    with pytest.raises(sqlite3.IntegrityError):
        lib.add_article([bad, twin], path="a.txt", content_hash="h1", title=None, outlet=None, date=None)
    assert lib.is_empty() and lib.counts()["quotes"] == 0


def test_removing_articles_counts_every_quote_taken_out(lib):
    store(lib, [make_quote("One.", "Marco Rubio")], path="a.txt", h="h1")
    store(
        lib,
        [make_quote("Two.", "Marco Rubio", h="h2"), make_quote("Three.", "Marco Rubio", start=10, h="h2")],
        path="b.txt",
        h="h2",
    )
    ids = [lib.article_by_hash(h)["id"] for h in ("h1", "h2")]
    assert lib.remove_articles(ids) == (2, 3)
    assert lib.counts() == {"articles": 0, "quotes": 0, "claims": 0, "speakers": 0}


def test_known_text_with_new_metadata_at_another_path_frees_that_path(lib):
    store(lib, [make_quote("Old words.", "Marco Rubio")], path="a.txt", h="h1")
    store(lib, [make_quote("Other words.", "Tammy Bruce", h="h2")], path="b.txt", h="h2")
    # a.txt now holds b's text, with a new title: b's article, shown under a.txt; a's old one goes
    result = lib.add_article(
        [make_quote("Other words.", "Tammy Bruce", h="h2")],
        path="a.txt",
        content_hash="h2",
        title="New title",
        outlet="O",
        date="2025-04-18",
    )
    assert (result.path, result.status) == ("a.txt", "updated")
    assert lib.counts()["articles"] == 1
    assert shown(lib) == [("Other words.", "a.txt")]


def test_a_path_that_looks_like_an_id_finds_its_article(lib):
    store(lib, [], path="deadbeef", h="0123456789abcdef")
    assert [r["path"] for r in lib.find_articles("deadbeef")] == ["deadbeef"]
    assert [r["path"] for r in lib.find_articles("01234567")] == ["deadbeef"]
    assert [r["path"] for r in lib.find_articles("0123ABCD")] == []
    assert lib.find_articles("zz") == []


def test_an_id_prefix_in_capitals_finds_the_article(lib):
    store(lib, [], path="a.txt", h="abcdef0123456789")
    assert [r["path"] for r in lib.find_articles("ABCDEF01")] == ["a.txt"]


def test_a_new_path_for_text_still_held_elsewhere_is_added_not_replaced(lib, tmp_path):
    a, b = copied(lib, tmp_path)
    result = lib.add_article([], path=str(b), content_hash="h2", title=None, outlet=None, date=None)
    assert result.status == "added"  # nothing was dropped: a still holds the old text


def test_lines_seen_on_two_articles_of_a_site_are_its_furniture(lib):
    lib.count_site_lines("example.org", ["Share this", "Only once"])
    lib.count_site_lines("example.org", ["Share this"])
    assert lib.recurring_lines("example.org") == {"Share this"}
    assert lib.recurring_lines("example.org", min_articles=1) == {"Share this", "Only once"}
    assert lib.recurring_lines("other.org") == set()


def test_a_migration_splits_into_statements_keeping_trigger_bodies_whole():
    from quote_miner.library.schema import statements

    script = """
CREATE TABLE t (a);
CREATE TRIGGER tr AFTER INSERT ON t BEGIN
  INSERT INTO t VALUES (1);
  INSERT INTO t VALUES (2);
END;
CREATE INDEX i
  ON t (a)
"""
    assert statements(script) == [
        "CREATE TABLE t (a);",
        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
        "  INSERT INTO t VALUES (1);\n  INSERT INTO t VALUES (2);\nEND;",
        "CREATE INDEX i\n  ON t (a)",
    ]


def test_known_text_at_a_path_that_held_other_text_drops_the_other(lib):
    store(lib, [make_quote("Old words.", "Marco Rubio")], path="a.txt", h="h1")
    store(lib, [make_quote("Other words.", "Tammy Bruce", h="h2")], path="b.txt", h="h2")
    moved = lib.attach_known("a.txt", "h2")  # a.txt now holds b's text
    assert moved.status == "moved"
    assert lib.counts()["articles"] == 1 and shown(lib) == [("Other words.", "a.txt")]


def test_an_interrupt_after_commit_stays_an_interrupt(lib):
    # Ctrl-C can land once COMMIT has run (or before BEGIN took effect): nothing is left to
    # roll back, and the user must see the interrupt (exit 130), not an internal error.
    with pytest.raises(KeyboardInterrupt), lib.transaction():
        lib.conn.execute("INSERT INTO library_facts (key, value) VALUES ('k', 'v')")
        lib.conn.execute("COMMIT")
        raise KeyboardInterrupt
    assert lib.fact("k") == "v"  # what was committed stays
    with pytest.raises(KeyboardInterrupt), lib.transaction():
        lib.conn.execute("INSERT INTO library_facts (key, value) VALUES ('k2', 'v')")
        raise KeyboardInterrupt
    assert lib.fact("k2") is None  # what was not is rolled back whole

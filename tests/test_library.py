from __future__ import annotations

import sqlite3

import pytest

from quote_miner.errors import LibraryError, QueryError
from quote_miner.library import MIGRATIONS, Library
from quote_miner.library.query import Filters, run_query
from quote_miner.records import Article, Quote, SpeakerMention


def quote(text, speaker, *, start=0, path="a.txt", h="h1", date="2025-04-18", stype="person"):
    art = Article(path=path, title="T", outlet="O", date=date, content_hash=h)
    return Quote(
        text=text,
        kind="direct",
        start=start,
        end=start + len(text),
        article=art,
        speaker=speaker,
        speaker_type=stype,
        speaker_mention=SpeakerMention(speaker.split()[-1], 0, 3),
        cue="said",
        date=date,
        date_basis="article",
        confidence=0.9,
    )


def add(lib, quotes, path="a.txt", h="h1", date="2025-04-18"):
    return lib.add_article(quotes, path=path, content_hash=h, title="T", outlet="O", date=date)


def test_blank_database_migrates_to_latest(tmp_path):
    lib = Library(tmp_path / "x.db")
    assert lib.version() == len(MIGRATIONS)
    tables = {r[0] for r in lib.conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "quotes", "speakers", "quotes_fts"} <= tables


def test_ingest_twice_changes_nothing(tmp_path):
    lib = Library(tmp_path / "x.db")
    qs = [quote("We have a minerals deal.", "Donald Trump")]
    assert add(lib, qs).status == "added"
    assert add(lib, qs).status == "unchanged"
    assert lib.conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 1


def test_changed_file_replaces_its_quotes(tmp_path):
    lib = Library(tmp_path / "x.db")
    add(lib, [quote("Old words here.", "Donald Trump")])
    assert add(lib, [quote("New words here.", "Donald Trump", h="h2")], h="h2").status == "replaced"
    texts = [r[0] for r in lib.conn.execute("SELECT text FROM quotes")]
    assert texts == ["New words here."]
    assert run_query(lib, Filters(keywords=("old",))).records == []


def test_repeated_quote_in_one_article_is_stored_once(tmp_path):
    lib = Library(tmp_path / "x.db")
    qs = [
        quote("The good news is, so is peace.", "Tammy Bruce"),
        quote("The good news is, so is peace.", "Tammy Bruce", start=500),
    ]
    assert add(lib, qs).quotes == 1


def test_same_quote_in_two_articles_is_one_quote_with_two_occurrences(tmp_path):
    lib = Library(tmp_path / "x.db")
    add(lib, [quote("It is not our war.", "Marco Rubio")])
    add(lib, [quote("It is not our war.", "Marco Rubio", path="b.txt", h="h2")], path="b.txt", h="h2")
    assert len(run_query(lib, Filters(speakers=("Rubio",))).records) == 1
    assert len(run_query(lib, Filters(speakers=("Rubio",), all_occurrences=True)).records) == 2


def test_speakers_merge_across_articles_but_not_different_people(tmp_path):
    lib = Library(tmp_path / "x.db")
    add(lib, [quote("One thing.", "Volodymyr Zelensky")])
    add(lib, [quote("Two things.", "Zelenskyy")], path="b.txt", h="h2")
    add(lib, [quote("Three things.", "John Smith")], path="c.txt", h="h3")
    add(lib, [quote("Four things.", "Jane Smith")], path="d.txt", h="h4")
    names = sorted(r[0] for r in lib.conn.execute("SELECT name FROM speakers"))
    assert names == ["Jane Smith", "John Smith", "Volodymyr Zelensky"]


QUOTES = [
    ("O'Brien said the U.S. works 24/7 for peace.", "Pat O'Brien"),
    ("We are debating the minerals deal with the U.S. today.", "Marco Rubio"),
    ("The negotiations on a ceasefire go on, and war is not over.", "Dmitry Peskov"),
    ("Zelensky's plan is the only plan for peace.", "Kaja Kallas"),
]


@pytest.fixture
def searchable(tmp_path):
    lib = Library(tmp_path / "k.db")
    for i, (text, who) in enumerate(QUOTES):
        add(lib, [quote(text, who, h=f"h{i}")], path=f"{i}.txt", h=f"h{i}")
    return lib


def found(lib, *keywords):
    return sorted(
        QUOTES.index((r["text"], r["speaker"])) for r in run_query(lib, Filters(keywords=keywords)).records
    )


@pytest.mark.parametrize(
    "keyword,expected",
    [
        ("O'Brien", [0]),
        ("U.S.", [0, 1]),
        ("24/7", [0]),
        ('"unbalanced', []),
        ("peace AND", [0, 3]),
        ("minerals OR", [1]),
        ("col:umn", []),
        ("'; DROP TABLE x", []),
        ('"minerals deal"', [1]),
        ("“minerals deal”", [1]),
        ('"deal minerals"', []),
        ("“deal minerals”", []),
        ("debate", [1]),
        ("negotiat*", [2]),
        ("minera*", [1]),
        ("negotiation*", [2]),
        ("war OR peace", [0, 2, 3]),
        ("peace -war", [0, 3]),
        ("peace NOT war", [0, 3]),
        ("Zelensky's", [3]),
        ("zelensky", [3]),
        ("ceasefire war", [2]),
        ("ceasefire -war", []),
        ("ZELENSKY", [3]),
        ("O", [0]),
        ("war OR -peace", [1, 2]),
        ("“minerals deal” today", [1]),  # the closing curly mark ends the phrase
        ("„minerals deal” today", [1]),
        ("„deal minerals”", []),  # a phrase, not two words
        ('"negotiat*', []),  # an unclosed phrase is a phrase, not a prefix
        ("peace -O", [3]),  # a one-letter word left out
        ("peace AND plan", [3]),
        ("peace NOT plan", [0]),
        ('debate -"minerals deal"', []),
        ("peace -negotiat*", [0, 3]),
        ("war -negotiat*", []),  # a prefix left out, the word wanted from the other index
        ("peace -war -plan", [0]),
        ("peace OR debate -minera* -negotiat*", [0, 3]),
    ],
)
def test_keyword_syntax_finds_what_it_says(searchable, keyword, expected):
    assert found(searchable, keyword) == expected


def test_several_keywords_must_all_match(searchable):
    assert found(searchable, "peace", "O'Brien") == [0]
    assert found(searchable, "war OR peace", "-Zelensky") == [0, 2]


@pytest.mark.parametrize("keyword", ["(", '"', "*", "", "  ", "NOT", "-war", "NOT war", "AND OR"])
def test_keyword_with_nothing_to_find_is_an_error_not_a_match_all(searchable, keyword):
    with pytest.raises(QueryError):
        run_query(searchable, Filters(keywords=(keyword,)))


def test_keyword_errors_say_what_is_wrong(searchable):
    with pytest.raises(QueryError) as nothing:
        run_query(searchable, Filters(keywords=("(",)))
    assert str(nothing.value) == (
        "nothing to search for in keyword '(': give a word, a \"phrase\" or a prefix* (see quotes --help)"
    )
    with pytest.raises(QueryError) as only_out:
        run_query(searchable, Filters(keywords=("-war", "NOT peace")))
    assert str(only_out.value) == "keyword '-war' 'NOT peace' only leaves words out; give a word to find too"


def test_relevance_puts_the_quote_richest_in_the_keyword_first(tmp_path):
    lib = Library(tmp_path / "r.db")
    texts = [
        ("Peace was mentioned once in a long sentence about roads, schools, taxes and the budget.", 0.9),
        ("Peace, peace, peace: we want peace.", 0.5),
        ("No plan for peace and no plan for roads today.", 0.7),
    ]
    for i, (text, conf) in enumerate(texts):
        q = quote(text, "Marco Rubio", h=f"h{i}")
        add(lib, [q.with_(confidence=conf)], path=f"{i}.txt", h=f"h{i}")

    def order(*keywords):
        records = run_query(lib, Filters(keywords=keywords, sort="relevance")).records
        return [[t for t, _ in texts].index(r["text"]) for r in records]

    assert order("peace") == [1, 2, 0]  # not the confidence order 0, 2, 1
    assert order("peace", "plan") == [2]  # the second keyword still narrows
    assert order("peace roads") == [2, 0]
    assert order("peace -plan") == [1, 0]


def test_not_sqlite_is_refused_and_untouched(tmp_path):
    p = tmp_path / "notes.db"
    p.write_bytes(b"these are my notes, not a database")
    with pytest.raises(LibraryError):
        Library(p)
    assert p.read_bytes() == b"these are my notes, not a database"


def test_newer_schema_is_refused(tmp_path):
    p = tmp_path / "new.db"
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(LibraryError, match="newer"):
        Library(p)


def test_same_name_as_person_and_organization_is_one_speaker(tmp_path):
    lib = Library(tmp_path / "x.db")
    add(lib, [quote("The campaign says no.", "Clinton", stype="organization")])
    assert add(lib, [quote("I say yes.", "Clinton")], path="b.txt", h="h2").status == "added"
    assert lib.conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == 1


def test_site_furniture_counts_grow_as_articles_arrive(tmp_path):
    from quote_miner.ingest import add_files

    folder = tmp_path / "site"
    folder.mkdir()
    body = "“We will keep talking,” Kaja Kallas said in Brussels on Monday after the meeting.\n\n"
    for i in range(3):
        (folder / f"a{i}.txt").write_text(f"Share this story\n\n{body}Story {i}.\n", encoding="utf-8")
        lib = Library(tmp_path / "l.db")
        add_files(lib, [folder / f"a{i}.txt"], jobs=1)
        lib.close()
    lib = Library(tmp_path / "l.db")
    assert "share this story" in lib.recurring_lines(str(folder.resolve()))


@pytest.mark.parametrize("sort", ["relevance", "date", "speaker"])
def test_every_sort_finds_the_same_quotes(searchable, sort):
    for keyword in (
        "peace",
        "war OR peace",
        "negotiat* ceasefire",
        "peace -war",
        "war -negotiat*",
        "peace OR debate -minera* -negotiat*",
    ):
        records = run_query(searchable, Filters(keywords=(keyword,), sort=sort)).records
        assert sorted(QUOTES.index((r["text"], r["speaker"])) for r in records) == found(searchable, keyword)


def test_articles_with_a_keyword_are_those_holding_it(searchable):
    from quote_miner.library.query import list_articles

    listed = list_articles(searchable, Filters(keywords=("peace",), sort="relevance")).records
    assert sorted(a["path"] for a in listed) == ["0.txt", "3.txt"]
    assert len(list_articles(searchable, Filters()).records) == 4

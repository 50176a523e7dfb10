"""library/speaker_index.py and the tiers of speaker_search: how speakers of many articles
become one row each, and which row a --speaker value names."""

from __future__ import annotations

import json

import pytest

from quote_miner.library import Library
from quote_miner.library.speaker_search import _like, _tier, find_speakers
from quote_miner.records import SpeakerMention

from .test_library_query import make_quote, store


@pytest.fixture
def lib(tmp_path):
    with Library(tmp_path / "p.db") as library:
        yield library


def speakers(lib) -> dict[str, dict]:
    return {
        r["name"]: {"type": r["type"], "roles": json.loads(r["roles"]), "aliases": json.loads(r["aliases"])}
        for r in lib.conn.execute("SELECT * FROM speakers")
    }


def add_one(lib, n, speaker, *, mention=None, role=None, stype="person"):
    q = make_quote(
        f"Words number {n}.",
        speaker,
        h=f"h{n}",
        mention=SpeakerMention(mention, 0, len(mention)) if mention else None,
        speaker_role=role,
        speaker_type=stype,
    )
    store(lib, [q], path=f"{n}.txt", h=f"h{n}")
    return q


def test_the_fullest_spelling_becomes_the_name_and_the_others_aliases(lib):
    add_one(lib, 1, "Donald Trump", mention="Trump", role="President")
    add_one(lib, 2, "Donald J. Trump", mention="Trump", role="former President")
    add_one(lib, 3, "Trump", role="President")
    assert speakers(lib) == {
        "Donald J. Trump": {
            "type": "person",
            "roles": ["President", "former President"],
            "aliases": ["Donald Trump", "Trump"],
        }
    }
    # quotes stored under a shorter name follow the canonical one
    names = {r[0] for r in lib.conn.execute("SELECT speaker FROM quotes")}
    assert names == {"Donald J. Trump"}


def test_a_full_name_never_merges_through_a_bare_surname_seen_before(lib):
    add_one(lib, 1, "Zelensky")
    add_one(lib, 2, "Volodymyr Zelensky")
    assert sorted(speakers(lib)) == ["Volodymyr Zelensky", "Zelensky"]


def test_a_spelling_variant_of_a_surname_is_the_same_person(lib):
    add_one(lib, 1, "Volodymyr Zelensky")
    add_one(lib, 2, "Volodymyr Zelenskyy")
    assert list(speakers(lib)) == ["Volodymyr Zelensky"]
    assert speakers(lib)["Volodymyr Zelensky"]["aliases"] == ["Volodymyr Zelenskyy"]


@pytest.mark.parametrize(
    "first, second",
    [
        ("Jan Li", "Jan Lu"),  # short surnames are not matched loosely
        ("John Smith", "Jane Smith"),  # different first names
    ],
)
def test_names_that_stay_two_people(lib, first, second):
    add_one(lib, 1, first)
    add_one(lib, 2, second)
    assert sorted(speakers(lib)) == sorted([first, second])


def test_a_pronoun_or_lower_case_mention_is_no_alias(lib):
    add_one(lib, 1, "Tammy Bruce", mention="she")
    add_one(lib, 4, "Tammy Bruce", mention="She")
    add_one(lib, 2, "Tammy Bruce", mention="the spokeswoman")
    add_one(lib, 3, "Tammy Bruce", mention="Bruce")
    assert speakers(lib)["Tammy Bruce"]["aliases"] == ["Bruce"]


def test_organisations_merge_by_exact_name_only(lib):
    add_one(lib, 1, "State Department", stype="organization", mention="State Department")
    add_one(lib, 2, "State Department", stype="organization")
    add_one(lib, 3, "The State Department", stype="organization")
    assert sorted(speakers(lib)) == ["State Department", "The State Department"]
    # an organisation's mention is no alias
    assert speakers(lib)["State Department"]["aliases"] == []


def test_the_same_name_as_person_and_organisation_is_one_row(lib):
    add_one(lib, 1, "Clinton", stype="organization")
    add_one(lib, 2, "Clinton", stype="person")
    assert list(speakers(lib)) == ["Clinton"]


def test_a_role_is_recorded_once(lib):
    add_one(lib, 1, "Marco Rubio", role="Secretary of State")
    add_one(lib, 2, "Marco Rubio", role="Secretary of State")
    add_one(lib, 3, "Marco Rubio")
    assert speakers(lib)["Marco Rubio"]["roles"] == ["Secretary of State"]


def test_speakers_without_quotes_are_forgotten(lib):
    add_one(lib, 1, "Marco Rubio")
    add_one(lib, 2, "Tammy Bruce")
    lib.remove_articles([lib.article_by_hash("h2")["id"]])
    assert list(speakers(lib)) == ["Marco Rubio"]
    # and a later speaker of the same surname is not merged into the forgotten one
    add_one(lib, 3, "Lenny Bruce")
    assert sorted(speakers(lib)) == ["Lenny Bruce", "Marco Rubio"]


def test_surname_lookup_finds_every_spelling_and_exact_first_for_queries(lib):
    add_one(lib, 1, "Volodymyr Zelensky")
    add_one(lib, 2, "Oleksandr Zelenskyy", mention="Zelenskyy")  # another person, another spelling
    loose = {r["name"] for r in lib.speakers.sharing_surname("Zelensky")}
    assert loose == {"Volodymyr Zelensky", "Oleksandr Zelenskyy"}
    exact = {r["name"] for r in lib.speakers.sharing_surname("Zelensky", exact_first=True)}
    assert exact == {"Volodymyr Zelensky"}
    assert lib.speakers.sharing_surname("") == []
    assert lib.speakers.sharing_surname("Nobody") == []


PEOPLE = {
    "Marco Rubio": ("person", ["Marco Rubio", "Rubio"], ["Secretary of State"]),
    "Kremlin": ("organization", ["Kremlin"], []),
    "a senior adviser to Macron": ("unknown", ["a senior adviser to Macron"], []),
}


@pytest.mark.parametrize(
    "query, name, tier",
    [
        ("marco rubio", "Marco Rubio", 6),  # the whole name, case aside
        ("Rubio", "Marco Rubio", 6),  # an alias as written
        ("secretary of state", "Marco Rubio", 5),
        ("Secretary Rubio", "Marco Rubio", 4),
        ("Rubioo", "Marco Rubio", 3),
        ("secretary", "Marco Rubio", 2),
        ("Marco", "Marco Rubio", 1),
        ("Mark", "Marco Rubio", 0),
        ("senior adviser", "a senior adviser to Macron", 1),
        ("junior adviser", "a senior adviser to Macron", 0),
        ("kremlin", "Kremlin", 6),
        ("Kremlin press office", "Kremlin", 0),
    ],
)
def test_each_tier_of_evidence(query, name, tier):
    stype, names, roles = PEOPLE[name]
    assert _tier(query, name, stype, names, roles) == tier


def test_the_best_tier_wins_and_ties_are_named(lib):
    add_one(lib, 1, "Marco Rubio", role="Secretary of State")
    add_one(lib, 2, "Marco Polo", role="explorer")
    add_one(lib, 3, "Rubio Secretary")  # a surname that is a word of the other's role
    ids, tied = find_speakers(lib, "Marco")
    assert len(ids) == 2 and tied == ["Marco Polo", "Marco Rubio"]
    ids, tied = find_speakers(lib, "secretary of state")
    assert tied == [] and lib.speakers.name_of(ids[0]) == "Marco Rubio"
    assert find_speakers(lib, "Nobody At All") == ([], [])
    # a percent sign or underscore in the query is a character, not a pattern
    assert find_speakers(lib, "%") == ([], [])
    assert find_speakers(lib, "_") == ([], [])


def test_an_alias_learnt_later_finds_the_speaker(lib):
    add_one(lib, 1, "Volodymyr Zelensky")
    add_one(lib, 2, "Volodymyr Zelensky", mention="Zelenskyy")
    found = lib.speakers.sharing_surname("Zelenskyy", exact_first=True)
    assert {r["name"] for r in found} == {"Volodymyr Zelensky"}
    add_one(lib, 3, "Volodymyr Zelensky", mention="Ze")  # a nickname like no other name
    assert {r["name"] for r in lib.speakers.sharing_surname("Ze", exact_first=True)} == {"Volodymyr Zelensky"}


def test_surnames_match_by_whole_word_likeness_not_by_containing(lib):
    add_one(lib, 1, "Ann Smith")
    add_one(lib, 2, "Bob Smithers")
    assert {r["name"] for r in lib.speakers.sharing_surname("Jo Smith")} == {"Ann Smith"}


def test_four_letter_surnames_allow_a_spelling_variant(lib):
    add_one(lib, 1, "Anna Musk")
    # "Muskk" is a typo of a four-letter surname; shorter ones are matched only as written
    assert {r["name"] for r in lib.speakers.sharing_surname("Muskk")} == {"Anna Musk"}
    assert {r["name"] for r in lib.speakers.sharing_surname("Musk")} == {"Anna Musk"}
    add_one(lib, 2, "Bea Wuuk")
    assert {r["name"] for r in lib.speakers.sharing_surname("Wuk")} == set()  # three letters: as written
    add_one(lib, 3, "Cy Muskk")
    assert {r["name"] for r in lib.speakers.sharing_surname("Musk")} == {"Anna Musk", "Cy Muskk"}


def test_every_close_spelling_is_found_however_many(lib):
    spellings = ["Zelensky", "Zelenskyy", "Zelenskky", "Zeelensky", "Zelensk", "Zelnsky", "Zlensky"]
    firsts = ["Anna", "Boris", "Carl", "Dora", "Emil", "Fay", "Gus"]
    for n, (first, surname) in enumerate(zip(firsts, spellings, strict=True)):
        add_one(lib, n, f"{first} {surname}")
    assert len(lib.speakers.sharing_surname("Zelensky")) == len(spellings)


def test_the_surname_cache_is_reloaded_after_another_writer(lib, tmp_path):
    add_one(lib, 1, "Anna Musk")
    lib.speakers.sharing_surname("Muskk")  # loads the cache
    with Library(lib.path) as other:
        add_one(other, 2, "Bea Zelensky")
    assert lib.speakers.sharing_surname("Zelenskyy") == []  # the cache does not know yet
    lib.speakers.forget_cache()
    assert {r["name"] for r in lib.speakers.sharing_surname("Zelenskyy")} == {"Bea Zelensky"}


def test_like_patterns_escape_what_like_reads_as_wildcards():
    assert _like("a\\b%c_d") == "%a\\\\b\\%c\\_d%"


def test_a_middle_name_alone_names_nobody(lib):
    add_one(lib, 1, "Marco Antonio Rubio")
    assert _tier("Antonio", "Marco Antonio Rubio", "person", ["Marco Antonio Rubio"], []) == 0
    assert find_speakers(lib, "Antonio") == ([], [])


def test_a_surname_query_takes_the_spelling_as_written_when_someone_has_it(lib):
    add_one(lib, 1, "Volodymyr Zelensky")
    add_one(lib, 2, "Oleksandr Zelenskky")
    ids, tied = find_speakers(lib, "Zelensky")
    assert [lib.speakers.name_of(i) for i in ids] == ["Volodymyr Zelensky"] and tied == []


def test_a_first_name_with_an_accent_finds_its_person(lib):
    add_one(lib, 1, "José Álvarez")
    ids, _ = find_speakers(lib, "José")
    assert [lib.speakers.name_of(i) for i in ids] == ["José Álvarez"]

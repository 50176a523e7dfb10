"""--speaker: names, surnames, first names, roles and descriptions, best tier first."""

from __future__ import annotations

import pytest

from quote_miner.library import Library
from quote_miner.library.speaker_search import find_speakers
from quote_miner.names import clean_role, role_key
from quote_miner.records import Article, Quote, SpeakerMention

PEOPLE = [
    ("Marco Rubio", "person", "Secretary of State", "Rubio"),
    ("Dmitry Peskov", "person", "Kremlin spokesman", "Peskov"),
    ("Kremlin", "organization", None, "Kremlin"),
    ("John Smith", "person", "mayor", "Smith"),
    ("Jane Smith", "person", "council member", "Smith"),
    ("Volodymyr Zelensky", "person", "President", "Zelensky"),
    ("a senior adviser to Macron", "unknown", None, "adviser"),
]


@pytest.fixture
def lib(tmp_path):
    lib = Library(tmp_path / "s.db")
    for i, (name, stype, role, mention) in enumerate(PEOPLE):
        art = Article(path=f"{i}.txt", date="2025-04-18", content_hash=f"h{i}")
        q = Quote(
            text=f"Words number {i}.",
            kind="direct",
            start=0,
            end=15,
            article=art,
            speaker=name,
            speaker_type=stype,
            speaker_role=role,
            speaker_mention=SpeakerMention(mention, 20, 20 + len(mention)),
            confidence=0.9,
        )
        lib.add_article(
            [q], path=f"{i}.txt", content_hash=f"h{i}", title=None, outlet=None, date="2025-04-18"
        )
    return lib


def names(lib, query):
    ids, tied = find_speakers(lib, query)
    found = sorted(lib.speakers.name_of(i) for i in ids)
    return found, tied


@pytest.mark.parametrize(
    "query",
    [
        "rubio",
        "Marco Rubio",
        "Secretary Rubio",
        "RUBIO",
        "Rubio's",
        "Marco",
        "Secretary of State",
        "secretary of state",
    ],
)
def test_every_way_of_naming_rubio_finds_him_alone(lib, query):
    assert names(lib, query) == (["Marco Rubio"], [])


def test_a_role_beats_a_name_inside_it(lib):
    # "Kremlin spokesman" is Peskov's role; the organisation "Kremlin" only shares a word.
    assert names(lib, "Kremlin spokesman") == (["Dmitry Peskov"], [])
    assert names(lib, "Kremlin") == (["Kremlin"], [])


def test_spelling_variant_of_a_surname(lib):
    assert names(lib, "Zelenskyy") == (["Volodymyr Zelensky"], [])


def test_equal_fits_are_all_answered_and_named(lib):
    found, tied = names(lib, "Smith")
    assert found == ["Jane Smith", "John Smith"] and tied == ["Jane Smith", "John Smith"]
    assert names(lib, "John Smith") == (["John Smith"], [])


def test_a_word_of_a_role_and_a_description(lib):
    assert names(lib, "mayor") == (["John Smith"], [])
    assert names(lib, "senior adviser") == (["a senior adviser to Macron"], [])


def test_nobody(lib):
    assert names(lib, "Nobody Atall") == ([], [])
    assert names(lib, "%") == ([], [])


@pytest.mark.parametrize(
    "role,clean",
    [
        ("Mr.", None),
        ("Superintendent Dr.", "Superintendent"),
        ("Kremlin spokesman", "Kremlin spokesman"),
        ("Drummer", "Drummer"),
        ("Mrs. Clinton's aide", "Clinton's aide"),
    ],
)
def test_roles_lose_forms_of_address(role, clean):
    assert clean_role(role) == clean


def test_role_key_compares_words():
    assert role_key("the Secretary of State") == role_key("secretary of  state")

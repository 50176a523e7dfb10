"""Names shared across the articles of one run (quote_miner.ingest.CorpusNames)."""

from __future__ import annotations

import pytest

from quote_miner.ingest import CorpusNames
from quote_miner.records import Article, Quote


def said_by(speaker: str) -> Quote:
    return Quote(
        text="We will win.", kind="direct", start=0, end=12, article=Article(path="b.txt"), speaker=speaker
    ).with_(speaker_type="person")


@pytest.mark.parametrize(
    ("alone", "completed"),
    [
        ("Zelensky", "Volodymyr Zelensky"),
        ("Zelenskyy", "Volodymyr Zelensky"),  # a spelling variant of a long surname
        ("Bill", "Bill"),  # a short name is no variant of "Brill"
        ("Kallas", "Kallas"),  # no one of that name in the run
    ],
)
def test_a_lone_name_takes_the_full_name_an_earlier_article_gives(alone, completed):
    names = CorpusNames()
    names.learn(["Volodymyr Zelensky", "Steven Brill"])
    assert [q.speaker for q in names.complete([said_by(alone)])] == [completed]


def test_a_given_name_alone_is_not_completed_from_another_article():
    # "Linda" in one article is no one another article names "… Linda"
    names = CorpusNames()
    names.learn(["Baba Linda", "Volodymyr Zelensky"])
    assert [q.speaker for q in names.complete([said_by("Linda")])] == ["Linda"]


def test_a_nickname_someone_is_quoted_giving_is_no_name_the_run_learns(nlp):
    from quote_miner.clean import clean_text
    from quote_miner.extraction import extract_cleaned

    text = (
        "Family finds a home in Moncton\n\nLinda Cormier hosted a family from Ukraine for a year.\n\n"
        "“They call me Baba Linda,” Cormier said, laughing.\n"
    )
    names = extract_cleaned(text, clean_text(text), Article(path="a.txt"), nlp=nlp).names
    assert "Linda Cormier" in names and "Baba Linda" not in names

"""Hard-wrapped text: a paragraph broken into lines of a fixed width reads as one paragraph."""

from __future__ import annotations

import textwrap

import pytest

from quote_miner.clean import clean_text, split_lines

STORY = [
    "Council backs new bridge over the Red River",
    "WINNIPEG — The city council voted 7-2 on Tuesday to build a new bridge over the Red "
    "River, ending a decade of debate over where the crossing should go and who should pay.",
    "“This plan has been a long time coming, and I am proud of this council,” said Mayor "
    "Mark Ruiz, who has pushed for the bridge since he was first elected in 2016.",
    "Councillor Ann Lutz, who voted against, said the cost was too high for a city that "
    "still has potholes on half its residential streets.",
    "“We are spending money we do not have,” she said. “Our children will pay for this, and "
    "they will ask us why we did not fix the roads first.”",
    "The bridge is expected to cost $310 million, a third of it from the province, and to "
    "open in 2031. Construction will start next spring, the city's engineering office said.",
    "Residents near the old crossing welcomed the vote. “Twenty years we have waited for "
    "this,” said Gloria Banks, who runs a bakery a block from the river.",
]


def _wrapped(width: int) -> str:
    # (hyphenated words are kept whole, as e-mail and wire software wrap them)
    return "\n\n".join(textwrap.fill(p, width, break_on_hyphens=False) for p in STORY) + "\n"


def _records(extract_one, text: str) -> list[tuple[str, str | None, str]]:
    return [(r["kind"], r["speaker"], " ".join(r["text"].split())) for r in extract_one(text)]


@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_wrapped_article_gives_the_records_of_the_same_article_unwrapped(extract_one, width):
    plain = _records(extract_one, "\n\n".join(STORY) + "\n")
    # (extract_one checks that every record's text is the source's own characters there)
    assert _records(extract_one, _wrapped(width)) == plain
    said = {(speaker, text) for kind, speaker, text in plain if kind == "direct"}
    assert ("Mark Ruiz", "This plan has been a long time coming, and I am proud of this council,") in said
    roads = "Our children will pay for this, and they will ask us why we did not fix the roads first."
    assert ("Ann Lutz", roads) in said


def test_the_cleaner_keeps_a_wrapped_paragraph_as_one_line():
    text = _wrapped(60)
    body = [ln.text for ln in clean_text(text).lines if ln.label == "body"]
    assert len(body) == len(STORY) - 1
    assert body[1].startswith("“This plan") and body[1].endswith("elected in 2016.")


def test_short_paragraphs_one_per_line_are_not_joined():
    # paragraphs set one per line with no blank line between: every line ends a sentence
    text = "\n".join(
        [
            "Police closed the bridge on Friday.",
            "The mayor said it would reopen on Monday after an inspection.",
            "Drivers were sent across the old rail crossing instead.",
            "“It added twenty minutes to my trip,” said one commuter.",
            "The city apologised for the delay.",
        ]
    )
    assert [t for _, _, t in split_lines(text)] == text.split("\n")


def test_paragraphs_written_on_long_lines_are_not_joined():
    text = "\n".join(STORY[1:])
    assert len(split_lines(text)) == len(STORY) - 1


def test_a_line_break_inside_a_quotation_keeps_the_quotation_whole(extract_one):
    text = (
        "Bridge vote\n\n"
        "“Supporters of the other route,” Ruiz added, “have focused on the cost and not on the people\n"
        "who cross the river every day.”\n"
    )
    quotes = [r["text"] for r in extract_one(text) if r["kind"] == "direct"]
    assert quotes[-1] == "have focused on the cost and not on the people\nwho cross the river every day."


def test_a_quotation_broken_over_three_lines_stays_whole(extract_one):
    text = (
        "Council\n\n"
        "Mayor Ann Lee said the vote was close. “We debated\n"
        "this for hours and in the end\n"
        "we found a compromise,” she said.\n"
    )
    quotes = [r["text"] for r in extract_one(text) if r["kind"] == "direct"]
    assert quotes == ["We debated\nthis for hours and in the end\nwe found a compromise,"]

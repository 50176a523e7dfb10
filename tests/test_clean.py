"""The cleaner on furniture patterns written here, and on the seeds' line labels."""

from __future__ import annotations

import json

import pytest

from quote_miner.clean import clean_text

from .conftest import DATA, SEEDS

BODY = [
    "The minister said on Tuesday that the government would present its budget next week, "
    "after months of delay.",
    "Negotiations had stalled after a February meeting, officials said, but resumed quietly.",
    "“We are not going anywhere,” the mayor told reporters outside City Hall.",
    "Critics argue the plan does little to address the housing shortage in the capital.",
]


def article(*middle: str, before=(), after=()) -> str:
    return "\n\n".join([*before, BODY[0], BODY[1], *middle, BODY[2], BODY[3], *after]) + "\n"


@pytest.mark.parametrize(
    "junk",
    [
        "Share on Facebook",
        "Follow us on social",
        "Advertisement",
        "Read more",
        "Menu",
        "Previous Article",
        "Sign up for our newsletter",
        "Photo credit: Jane Doe/Reuters",
    ],
)
def test_furniture_lines_before_and_after_are_dropped(junk):
    raw = article(before=[junk], after=[junk])
    kept = clean_text(raw).text
    assert junk not in kept
    for b in BODY:
        assert b in kept


def test_caption_inside_article_is_dropped():
    cap = (
        "Protesters gather outside the parliament building in the capital on Monday, "
        "March 3, 2025. (John Smith/AP Photo)"
    )
    kept = clean_text(article(cap)).text
    assert cap not in kept and all(b in kept for b in BODY)


def test_teaser_cards_after_the_article_are_dropped():
    teaser = [
        "Why the harbour deal matters",
        "World",
        "Last month the port authority announced a sweeping plan to modernise the docks, "
        "a move that surprised many observers in the region.",
        "keep reading",
    ]
    kept = clean_text(article(after=teaser)).text
    assert "port authority" not in kept


def test_donation_appeal_ends_the_article():
    appeal = (
        "Dear readers: our newsroom depends on you. Please consider making a donation so "
        "that we can continue this coverage into next year."
    )
    trailing = (
        "A long teaser paragraph about something else entirely that follows the appeal, "
        "with plenty of words so that it looks like prose to a naive reader."
    )
    kept = clean_text(article(after=[appeal, trailing])).text
    assert "donation" not in kept and "teaser paragraph" not in kept


def test_one_line_quote_paragraph_and_subheading_are_kept():
    raw = article("Europe Steps In", "“No,” he said.")
    result = clean_text(raw)
    labels = {ln.text: ln.label for ln in result.lines}
    assert labels["“No,” he said."] == "body"
    assert labels["Europe Steps In"] == "heading"


def test_kept_lines_map_back_to_identical_source():
    raw = article("  • A bulleted summary point about the talks", before=["Menu"])
    result = clean_text(raw)
    for line in result.kept_lines:
        assert raw[line.start : line.end] == line.text
    assert result.text == "\n\n".join(line.text for line in result.kept_lines)


def test_recurring_lines_count_as_furniture():
    raw = article(before=["Diplomacy Watch Donald Trump Putin Zelensky"])
    result = clean_text(raw, recurring=["diplomacy watch donald trump putin zelensky"])
    assert "Diplomacy Watch" not in result.text


def test_seed_lines():
    from quote_miner.ingest import folder_recurring

    gold = [json.loads(x) for x in (DATA / "seeds_lines.jsonl").open(encoding="utf-8")]
    files = sorted(SEEDS.glob("*.txt"))
    rec = folder_recurring(files)[SEEDS]
    kept = {
        f.name: {
            " ".join(ln.text.split())
            for ln in clean_text(f.read_text(encoding="utf-8"), recurring=rec).kept_lines
        }
        for f in files
    }
    body = [g for g in gold if g["label"] == "body"]
    junk = [g for g in gold if g["label"] in ("boilerplate", "caption")]
    lost = [g["text"] for g in body if " ".join(g["text"].split()) not in kept[g["article"]]]
    leaked = [g["text"] for g in junk if " ".join(g["text"].split()) in kept[g["article"]]]
    assert lost == []
    assert len(leaked) / len(junk) <= 0.02, leaked


def test_title_byline_and_dateline_are_metadata_not_body():
    raw = (
        "\n\n".join(
            [
                "Rubio warns of an exit from Ukraine talks",
                "By Jane Doe",
                "Friday, April 18, 2025",
                BODY[0],
                BODY[1],
                BODY[2],
            ]
        )
        + "\n"
    )
    result = clean_text(raw)
    assert result.title == "Rubio warns of an exit from Ukraine talks"
    assert result.byline == "By Jane Doe"
    assert result.dateline and result.dateline.startswith("Friday, April 18, 2025")
    assert "Jane Doe" not in result.text and "Rubio warns" not in result.text

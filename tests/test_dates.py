"""When it was said: forms and resolution, on sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from quote_miner.dates import QuoteDater, find_date, last_weekday, month_day

FRI = date(2025, 4, 18)  # a Friday


@pytest.mark.parametrize(
    "text,expected,basis",
    [
        ("Trump said Thursday at a White House meeting", date(2025, 4, 17), "relative"),
        ("Rubio announced Friday that", FRI, "relative"),
        ("he told reporters on Saturday", date(2025, 4, 12), "relative"),
        ("In an April 14 Fox News interview, Witkoff said", date(2025, 4, 14), "explicit"),
        ("on Thursday, April 17, 2025, she said", date(2025, 4, 17), "explicit"),
        ("the spokesman said yesterday", date(2025, 4, 17), "relative"),
        ("she said today", FRI, "relative"),
        ("on 3 March she said", date(2025, 3, 3), "explicit"),
        ("in a 2024-11-05 filing", date(2024, 11, 5), "explicit"),
    ],
)
def test_forms(text, expected, basis):
    assert find_date(text, article=FRI) == (expected, basis)


def test_no_date_in_text():
    assert find_date("Rubio said the talks would continue", article=FRI) is None


def test_month_day_without_year_is_a_real_day_near_the_article_date():
    assert month_day(12, 30, None, date(2025, 1, 2)) == date(2024, 12, 30)
    assert month_day(1, 1, None, date(2025, 1, 2)) == date(2025, 1, 1)
    assert month_day(2, 29, None, date(2025, 3, 1)) is None  # no such day in 2025


def test_weekday_across_a_week_and_year_boundary():
    assert last_weekday(6, date(2025, 1, 1)) == date(2024, 12, 29)  # Sunday before a Wednesday
    assert last_weekday(2, date(2025, 1, 1)) == date(2025, 1, 1)  # the same weekday: that day


def test_the_day_before_is_relative_to_the_last_event():
    assert find_date("comments he made the day before", article=FRI, previous=date(2025, 4, 17)) == (
        date(2025, 4, 16),
        "relative",
    )


def test_a_dated_heading_dates_what_follows_until_the_next_heading():
    dater = QuoteDater("2025-03-21")
    dater.heading("From State Department Press Briefing on March 19:")
    assert dater.date_for(1, "she said", "she said", "Tammy Bruce").date == "2025-03-19"
    dater.heading("Other news")
    assert dater.date_for(2, "he said", "he said", "Someone").basis == "article"


def test_a_run_of_quotes_by_one_speaker_shares_the_date_of_the_run():
    dater = QuoteDater("2025-04-18")
    first = dater.date_for(0, "In an April 14 interview, Witkoff said", "", "Steve Witkoff")
    assert (first.date, first.basis) == ("2025-04-14", "explicit")
    assert dater.date_for(1, "he explained", "he explained", "Steve Witkoff").date == "2025-04-14"
    assert dater.date_for(2, "Witkoff said", "Witkoff said", "Steve Witkoff").date == "2025-04-14"
    # another speaker does not inherit it
    assert dater.date_for(3, "Peskov said", "Peskov said", "Dmitry Peskov").basis == "article"
    # nor does the same speaker after a gap of paragraphs
    assert dater.date_for(6, "Witkoff said", "Witkoff said", "Steve Witkoff").basis == "article"


def test_no_article_date_gives_null():
    said = QuoteDater(None).date_for(0, "he said Thursday", "he said Thursday", "X")
    assert (said.date, said.basis) == (None, None)


def test_donation_appeal_does_not_date_the_article(nlp):
    from quote_miner.extraction import extract_text
    from quote_miner.records import Article

    text = (
        "“We have a minerals deal,” Donald Trump said at the White House.\n\n"
        "Dear readers: please consider a year-end contribution so that we can continue this "
        "coverage into 2026. Subscribe to our newsletter, January 5, 2026.\n"
    )
    quotes = extract_text(text, Article("a.txt"), nlp=nlp)
    assert quotes and quotes[0].date is None


@pytest.mark.parametrize(
    "month,day,article,expected",
    [
        (5, 8, date(2025, 5, 2), date(2025, 5, 8)),  # nearest: six days on, not a year back
        (4, 30, date(2025, 5, 2), date(2025, 4, 30)),
        (12, 30, date(2025, 1, 2), date(2024, 12, 30)),  # across the new year
        (1, 3, date(2024, 12, 28), date(2025, 1, 3)),
    ],
)
def test_month_and_day_take_the_year_nearest_the_article(month, day, article, expected):
    assert month_day(month, day, None, article) == expected


def test_a_date_after_the_article_is_an_event_not_the_saying():
    # "set to ratify the pact on May 8" in an article of 2 May: not when anyone spoke
    assert find_date("parliament is set to ratify the pact on May 8", article=date(2025, 5, 2)) is None
    text = "parliament will vote on May 8, the speaker said on Wednesday"
    assert find_date(text, article=date(2025, 5, 2)) == (date(2025, 4, 30), "relative")


def test_what_a_claim_says_never_dates_when_it_was_said(extract_one):
    text = (
        "Minerals deal\n\nUkraine’s parliament is set to ratify the minerals pact on May 8. Lawmaker "
        "Yaroslav Zheleznyak said the vote would take place on April 30 without a debate.\n"
    )
    (claim,) = [r for r in extract_one(text, date="2025-05-02") if r["kind"] == "indirect"]
    assert claim["text"] == "the vote would take place on April 30 without a debate"
    assert (claim["date"], claim["date_basis"]) == ("2025-05-02", "article")
    urged = [
        r
        for r in extract_one(
            "Aid\n\nKaja Kallas urged the EU to mount another five billion euros in aid on Thursday.\n",
            date="2025-03-21",
        )
        if r["kind"] == "indirect"
    ]
    assert [(r["text"], r["date"]) for r in urged] == [
        ("the EU to mount another five billion euros in aid", "2025-03-20")
    ]

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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Published March 3, 2025", "2025-03-03"),
        ("Published: 3 March 2025", "2025-03-03"),
        ("3rd of March, 2025", "2025-03-03"),
        ("2025-03-03", "2025-03-03"),
        ("June 10, 2025 at 9:15 a.m. EDT", "2025-06-10"),
        ("Sept. 4, 2024", "2024-09-04"),
        # the first one in the line, whatever its form
        ("Updated 2025-03-05, first published March 3, 2025", "2025-03-05"),
        ("first published March 3, 2025, updated 2025-03-05", "2025-03-03"),
        # no year, no real day, or nothing: no full date
        ("March 3", None),
        ("Thursday", None),
        ("February 30, 2025", None),
        ("2025-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_full_date(text, expected):
    from quote_miner.dates import full_date

    assert full_date(text) == expected


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["The council met.", "BRUSSELS, March 3, 2025 — Ministers met."], "2025-03-03"),
        (["Photo taken Feb. 2, 2024 in Kyiv", "March 3, 2025"], "2024-02-02"),
        (["On March 3 the council met."], None),  # no year
        (["February 30, 2025 is no day", "April 1, 2025"], "2025-04-01"),
        ([], None),
    ],
)
def test_article_date_from_text(lines, expected):
    from quote_miner.dates import article_date_from_text

    assert article_date_from_text(lines) == expected


def test_parse_iso():
    from quote_miner.dates import parse_iso

    assert parse_iso("2025-04-18T09:15:00") == FRI
    assert parse_iso("18 April") is None and parse_iso(None) is None and parse_iso("") is None


def test_month_day_takes_the_nearest_year_and_half_a_year_at_most():
    assert month_day(12, 30, None, date(2025, 1, 2)) == date(2024, 12, 30)
    assert month_day(1, 3, None, date(2024, 12, 30)) == date(2025, 1, 3)
    assert month_day(5, 8, None, date(2025, 5, 2)) == date(2025, 5, 8)
    assert month_day(5, 8, 2023, date(2025, 5, 2)) == date(2023, 5, 8)
    assert month_day(2, 29, None, date(2025, 3, 1)) is None  # no such day near it
    assert month_day(5, 8, None, None) is None
    # a tie, half a year either way (2024 is a leap year): the earlier day
    assert month_day(7, 2, None, date(2024, 1, 1)) == date(2023, 7, 2)
    assert month_day(7, 3, None, date(2025, 1, 1)) == date(2024, 7, 3)


def test_the_dater_step_by_step():
    def said_on(*args):
        found = dater.date_for(*args)
        return found.date, found.basis

    dater = QuoteDater("2025-04-18")
    # an explicit date in the sentence
    assert said_on(0, "Rubio said on April 14 that", "", "Marco Rubio") == ("2025-04-14", "explicit")
    # none in the sentence: the paragraph's
    assert said_on(1, "he added", "Later, on April 15, he added", "Marco Rubio") == ("2025-04-15", "explicit")
    # none at all: the speaker's run of quotes in the next paragraph keeps the date
    assert said_on(2, "he said", "he said", "Marco Rubio") == ("2025-04-15", "explicit")
    # ... but not three paragraphs on, nor for someone else: the article's date
    assert said_on(5, "he said", "he said", "Marco Rubio") == ("2025-04-18", "article")
    assert said_on(6, "she said", "she said", "Tammy Bruce") == ("2025-04-18", "article")
    # "the day before" counts back from the last event mentioned
    assert said_on(7, "the day before, she said", "", "Tammy Bruce") == ("2025-04-14", "relative")
    # a dated heading dates what follows, until a heading without a date
    dater.heading("April 16, 2025: the talks")
    assert said_on(8, "she said", "", None) == ("2025-04-16", "explicit")
    dater.heading("Reactions")
    assert said_on(9, "she said", "", None) == ("2025-04-18", "article")
    # a relative date is an event too, and starts a run of its speaker's quotes
    assert said_on(10, "Bruce said yesterday", "", "Tammy Bruce") == ("2025-04-17", "relative")
    assert said_on(11, "she added", "", "Tammy Bruce") == ("2025-04-17", "relative")
    assert said_on(13, "she added", "", "Tammy Bruce") == ("2025-04-18", "article")  # two paragraphs on
    assert said_on(14, "the previous day, officials said", "", None) == ("2025-04-16", "relative")
    dater = QuoteDater(None)
    assert said_on(0, "she said", "", None) == (None, None)
    assert QuoteDater("not a date").article is None

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
        "Social Sharing",
    ],
)
def test_furniture_lines_before_and_after_are_dropped(junk):
    raw = article(before=[junk], after=[junk])
    kept = clean_text(raw).text
    assert junk not in kept
    for b in BODY:
        assert b in kept


def test_the_signature_of_an_embedded_post_is_kept_with_it():
    post = "The border is a disaster and everyone knows it. Time to act. https://t.co/abc123"
    signed = "— Maria Lopez (@SenMariaLopez) March 3, 2025"
    kept = clean_text(article(post, signed)).text
    assert post in kept and signed in kept and all(b in kept for b in BODY)


def test_caption_inside_article_is_dropped():
    cap = (
        "Protesters gather outside the parliament building in the capital on Monday, "
        "March 3, 2025. (John Smith/AP Photo)"
    )
    kept = clean_text(article(cap)).text
    assert cap not in kept and all(b in kept for b in BODY)


def test_a_caption_credited_to_whoever_submitted_the_photo_is_dropped():
    cap = "A turbine is lowered into the water near Parrsboro, N.S., in 2022. (Submitted by FORCE)"
    kept = clean_text(article(cap)).text
    assert cap not in kept and all(b in kept for b in BODY)


def test_a_sharing_widget_label_inside_the_article_is_dropped():
    kept = clean_text(article("Social Sharing")).text
    assert "Social Sharing" not in kept and all(b in kept for b in BODY)


def test_a_newsletter_pitch_after_the_article_is_dropped():
    pitch = "Keep your opinions sharp and informed. Get the Opinion newsletter."
    kept = clean_text(article(after=[pitch])).text
    assert "newsletter" not in kept and all(b in kept for b in BODY)


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


def test_a_paragraph_that_only_quotes_an_appeal_word_is_the_articles():
    # "sign up for" in the writer's words, "our" only inside a quotation: no appeal to readers,
    # and no break that leaves the paragraphs above it out of the article.
    story = (
        "In June, after the company asked workers to sign up for an optional pay cut, thousands "
        'volunteered. As one employee told the weekly, "She wants to put fear in our hearts."'
    )
    kept = clean_text(article(story)).text
    assert story in kept and all(b in kept for b in BODY)


@pytest.mark.parametrize("sign", ["\u00c3\u00a9", "A\u0303\u00a9"])
def test_an_e_decoded_twice_is_no_copyright_sign(sign):
    # "rÃ©sumÃ©" (its "Ã" composed or not) is a mangled "résumé": the paragraph is the
    # article's, and so are the paragraphs above it.
    story = f"Bloomberg has an impressive r{sign}sum{sign}: a billionaire who founded a company."
    kept = clean_text(article(story)).text
    assert story in kept and all(b in kept for b in BODY)


def test_one_line_quote_paragraph_and_subheading_are_kept():
    raw = article("Europe Steps In", "“No,” he said.")
    result = clean_text(raw)
    labels = {ln.text: ln.label for ln in result.lines}
    assert labels["“No,” he said."] == "body"
    assert labels["Europe Steps In"] == "heading"


def test_a_short_quotation_with_a_capitalised_speaker_is_not_a_heading():
    raw = article("“Fine,” said Governor Amy Chu.", "Europe Steps In")
    labels = {ln.text: ln.label for ln in clean_text(raw).lines}
    assert labels["“Fine,” said Governor Amy Chu."] == "body"
    assert labels["Europe Steps In"] == "heading"


@pytest.mark.parametrize("signature", ["- Okafor.", "— Sen. Nadia Okafor"])
def test_a_name_signing_the_quotation_above_it_is_the_articles_and_credits_it(extract_one, signature):
    # A fact-checker's layout: the claim checked, then who made it, then the verdict.
    quotation = "“The plant has never once failed an inspection in its forty years.”"
    raw = article(quotation, signature)
    assert {ln.text: ln.label for ln in clean_text(raw).lines}[signature] == "body"
    text = "Union leader Nadia Okafor spoke at the rally.\n\n" + raw
    quote = [r for r in extract_one(text) if r["text"].startswith("The plant has never")]
    assert [r["speaker"] for r in quote] == ["Nadia Okafor"]


def test_a_pull_quote_ending_the_article_is_signed_with_a_name_and_a_role(extract_one):
    # the signature is the article's last line, with who the speaker is after the name
    quotation = "“Nobody wins when the council is at war with itself.”"
    signature = "— Rita Gomez, president of the Springfield Taxpayers Association"
    raw = "\n\n".join([BODY[0], BODY[1], BODY[2], BODY[3], quotation, signature]) + "\n"
    assert {ln.text: ln.label for ln in clean_text(raw).lines}[signature] == "body"
    quote = [r for r in extract_one(raw) if r["text"].startswith("Nobody wins")]
    assert [(r["speaker"], r["speaker_role"]) for r in quote] == [
        ("Rita Gomez", "president of the Springfield Taxpayers Association")
    ]


def test_a_dash_and_a_name_under_prose_is_no_signature():
    raw = article("The plant has never once failed an inspection in its forty years.", "- Okafor.")
    assert {ln.text: ln.label for ln in clean_text(raw).lines}["- Okafor."] != "body"


def test_a_paragraph_with_a_tag_left_over_from_the_page_is_kept(extract_one):
    line = 'While the council met, Mayor Ray Lee said "we are ready for whatever comes."</span>'
    labels = {ln.text: ln.label for ln in clean_text(article(line)).lines}
    assert labels[line] == "body"
    found = [(r["text"], r["speaker"]) for r in extract_one(article(line))]
    assert ("we are ready for whatever comes.", "Ray Lee") in found


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


MORE_BODY = [
    "The council will vote again in March, and the mayor expects the plan to pass by a wide margin.",
    "Opponents have promised to take the matter to court if the vote goes ahead as planned.",
    "“We will not give up the harbor without a fight,” said Omar Reyes, who leads the residents’ group.",
]


def kept(raw: str) -> str:
    return clean_text(raw).text


@pytest.mark.parametrize(
    "interruption",
    [
        ["Advertisement"],
        ["Related: Harbor plan faces new delay"],
        ["Email to a friend Printer friendly", "Font:", "* *", "* *", "* *", "* *"],
        ["Story continues below", "Photo credit: Jane Doe/Reuters", "Advertisement"],
    ],
)
def test_the_article_goes_on_after_an_interruption(interruption):
    raw = "\n\n".join(["Harbor plan", *BODY, *interruption, *MORE_BODY]) + "\n"
    text = kept(raw)
    assert all(p in text for p in BODY + MORE_BODY)
    assert all(line not in text for line in interruption)


def test_the_article_goes_on_after_an_interruption_up_to_a_newsletter_appeal_right_below_it():
    appeal = [
        "Photo: The harbor at dawn. (Jane Doe/Harbor Times)",
        "Sign up for our newsletter",
        "Get the day's top local stories delivered to your inbox every morning.",
    ]
    raw = "\n\n".join(["Harbor plan", *BODY, "Related: Harbor plan faces new delay", *MORE_BODY[:2], *appeal])
    text = kept(raw + "\n")
    assert all(p in text for p in BODY + MORE_BODY[:2])
    assert "Related" not in text and not any(line in text for line in appeal)


def test_a_video_block_and_a_note_about_the_audio_version_are_not_the_article():
    furniture = [
        "The audio version of this article is generated by text-to-speech, a technology based on "
        "artificial intelligence.",
        "WATCH | Why the harbor plan keeps stalling:",
        "Duration 2:14",
        "Harbor plans have stalled three times in a decade as costs climbed. Our reporter explains.",
    ]
    raw = "\n\n".join(["Harbor plan", furniture[0], *BODY, *furniture[1:], *MORE_BODY]) + "\n"
    text = kept(raw)
    assert all(p in text for p in BODY + MORE_BODY)
    assert not any(line in text for line in furniture)


@pytest.mark.parametrize(
    "note",
    [
        "This report by The Canadian Press was first published Nov. 9, 2026.",
        "This story originally appeared in the Winnipeg Free Press.",
        "— With files from The Canadian Press",
    ],
)
def test_a_wire_services_note_on_where_the_story_ran_is_not_the_article(note):
    text = kept("\n\n".join(["Harbor plan", *BODY, *MORE_BODY, note]) + "\n")
    assert all(p in text for p in BODY + MORE_BODY)
    assert note not in text


def test_reader_comments_after_the_article_are_not_the_article():
    comments = [
        "Posted by: Harbor Fan on 9:55am Wed 2 Jan 08",
        "This is the worst plan I have ever seen, and the council should be ashamed of itself.",
        "Posted by: Dock Worker on 10:12am Wed 2 Jan 08",
        "I for one welcome the new harbor, it is about time somebody did something about it.",
    ]
    text = kept("\n\n".join(["Harbor plan", *BODY, *MORE_BODY, *comments]) + "\n")
    assert MORE_BODY[-1] in text and "worst plan" not in text and "Posted by" not in text


def test_a_live_blog_goes_on_past_its_timed_entry_headers():
    # Entry headers carry a time as comment headers do; the entries report what people said.
    entries = [
        "Jane Roe | Share | February 6, 2016 10:42PM | Christie attacks Rubio",
        "“You have not been involved in a consequential decision,” Christie said of Rubio.",
        "Rubio answered that the governor had left his state during a blizzard last month.",
        "“Here is the bottom line,” Rubio added. “This notion is just not true.”",
        "John Doe | Share | February 6, 2016 10:35PM | Trump on eminent domain",
        "“Jeb wants to be a tough guy tonight,” Trump shot back at the former governor.",
        "“They are booing because I do not want their money,” he said to the crowd.",
    ]
    text = kept("\n\n".join(["Harbor plan", *BODY, *MORE_BODY, *entries]) + "\n")
    assert all(entry in text for entry in entries[1:4] + entries[5:])


def test_an_opening_paragraph_with_a_dateline_is_kept():
    opening = "DAVIE — Linebacker Joey Porter knew as soon as he pulled into the lot that things had changed."
    sidebar = [
        "Your Dolphins source",
        "Dolphins chat",
        "Schedule, game photos",
        "More in Sports",
        "Share This Story",
    ]
    text = kept(
        "\n\n".join(["Dolphins feel a change", "By TIM GRAHAM", opening, *sidebar, *BODY, *MORE_BODY]) + "\n"
    )
    assert opening in text and BODY[0] in text
    assert "Dolphins chat" not in text


def test_an_opening_paragraph_with_a_dateline_is_kept_past_a_long_table():
    opening = (
        "HONOLULU -- K.J. Choi had found the woman he wanted to marry. Trouble was, her parents "
        "were not sure they wanted a professional golfer as a son-in-law."
    )
    caption = "K.J. Choi enjoyed a lot of special support Sunday at Waialae. (Ferrey/WireImage)"
    table = ["Inside the Numbers", "K.J. Choi's Final Stats", "Category", "Total", "Rank"]
    for row in ("Eagles", "Birdies", "Pars", "Bogeys", "Double Bogeys", "Driving Accuracy", "Putts"):
        table += [row, "17", "T5"]
    raw = "\n".join(["Choi chalks up another victory", "By Helen Ross", opening, caption, *table])
    text = kept(raw + "\n\n" + "\n\n".join([*BODY, *MORE_BODY]) + "\n")
    assert opening in text and BODY[0] in text
    # (the photo's caption, credited "(Surname/Agency)", and the table are not)
    assert caption not in text and "Double Bogeys" not in text


def test_an_opening_paragraph_under_the_byline_is_kept_past_a_sidebar_with_latest_news():
    opening = "DAVIE — Linebacker Joey Porter knew as soon as he pulled into the lot that things had changed."
    sidebar = ["Your Dolphins source", "Latest news", "Check headlines, photos and video", "RSS feeds"]
    sidebar += [f"* Dolphins blog entry {n}" for n in range(8)]
    raw = "\n\n".join(
        ["Dolphins feel a change", "By TIM GRAHAM", "Thursday, December 27, 2007", opening, *sidebar]
        + [*BODY, *MORE_BODY]
    )
    text = kept(raw + "\n")
    assert opening in text and BODY[0] in text
    # without the byline and the date line above it, a paragraph past "Latest news" is another story's
    assert opening not in kept("\n\n".join(["Dolphins feel a change", opening, *sidebar, *BODY, *MORE_BODY]))


@pytest.mark.parametrize(
    "closing, is_body",
    [
        ("No charges have been laid.", True),
        ("Mr Vlahogiannis is banned from the Open.", True),
        ("Balls calls for 'highest standards'", False),  # a teaser's headline: no full stop
        ("Source: SBS", False),
    ],
)
def test_a_short_last_sentence_belongs_to_the_article(closing, is_body):
    junk = ["© The Harbor Times 2008", "* Home", "Ads by Google"]
    text = kept("\n\n".join(["Harbor plan", *BODY, *MORE_BODY, closing, *junk]) + "\n")
    assert (closing in text) is is_body and "Ads by Google" not in text


@pytest.mark.parametrize(
    "junk",
    [
        "Copyright 2008 Associated Press. All rights reserved. This material may not be published.",
        "(Copyright 2008 by The Associated Press. All Rights Reserved.)",
        "You've read the piece, now have your say. Email your comments to letters@example.com.",
    ],
)
def test_copyright_and_appeals_are_dropped(junk):
    text = kept("\n\n".join(["Harbor plan", *BODY, *MORE_BODY, junk]) + "\n")
    assert junk not in text and MORE_BODY[-1] in text


def test_a_bulleted_list_of_links_is_dropped_and_a_list_of_sentences_kept():
    links = ["* Blog: Photos from the Open", "* Warnock expecting good reception", "* Selebi still waiting"]
    dated = ["• Obama picking up support in Harlem 1/15/2008, 3:40 a.m. EST"]
    sentences = ["• The council will publish every contract online before the vote in March."]
    text = kept("\n\n".join(["Harbor plan", *BODY, *sentences, *MORE_BODY, *links, *dated]) + "\n")
    assert sentences[0] in text
    assert not any(line in text for line in links + dated)


def test_a_list_of_headlines_after_the_article_is_dropped_and_the_articles_own_lists_kept(extract_one):
    # (the same shape before the article may be its own summary: test_seed_lines)
    related = [
        "* Unauthorized book says Cruise lives in dream world",
        "* Probe should dig into Mulroney's tax records, says NDP",
        "* Tory support plunges in wake of controversies: poll",
        "* Nine Canadians arrested in international child porn probe",
    ]
    points = [
        "* The council will publish every contract online before the vote.",
        "* Residents may comment on the plan until the end of February.",
        "* The mayor says the harbor will stay public for good.",
    ]
    raw = "\n\n".join(["Harbor plan", *BODY, *points, *MORE_BODY, *related]) + "\n"
    text = kept(raw)
    assert all(line in text for line in points)
    assert not any(line in text for line in related)
    assert not [r for r in extract_one(raw) if "Cruise" in r["text"]]


def test_a_short_quote_line_is_kept():
    raw = "\n\n".join(["Harbor plan", *BODY, "“Fine,” said Governor Amy Chu.", *MORE_BODY]) + "\n"
    assert "“Fine,” said Governor Amy Chu." in kept(raw)


@pytest.mark.parametrize(
    "line",
    [
        "Published March 3, 2025",
        "March 3, 2025",
        "2025-03-03",
        "Published: 3 March 2025",
        "June 10, 2025 at 9:15 a.m. EDT",
        "By Jane Doe | March 3, 2025",
    ],
)
def test_the_date_line_under_the_headline_dates_the_article(extract_one, line):
    from quote_miner.dates import full_date

    raw = "\n\n".join(["Harbor plan passes after a long debate", line, *BODY]) + "\n"
    cleaned = clean_text(raw)
    assert cleaned.dateline == line
    expected = "2025-06-10" if line.startswith("June") else "2025-03-03"
    assert full_date(cleaned.dateline) == expected
    records = extract_one(raw, date=None)
    assert records and {r["article"]["date"] for r in records} == {expected}


def test_a_navigation_menu_is_never_the_title():
    raw = "\n\n".join(
        ["Local News  Politics  Education  Weather", "Harbor plan passes after a long debate", *BODY]
    )
    assert clean_text(raw + "\n").title == "Harbor plan passes after a long debate"


@pytest.mark.parametrize(
    "headline",
    [
        "Budget delayed again as minister cites stalled negotiations",
        "Minister Delays Budget After Stalled Negotiations",  # title case, no small words
        "Budget vote postponed",  # short: one shared word, right above the body
    ],
)
def test_the_title_is_the_headline_above_the_body_not_the_site_around_it(headline):
    site = [
        "The Harbor Times - Your community, your news",
        "Weather Traffic Obituaries",
        "Most read: Ferry fares to rise in spring",
        "Sign in",
    ]
    raw = "\n\n".join([*site, headline, "By Jane Doe", "March 3, 2025", *BODY, *MORE_BODY]) + "\n"
    result = clean_text(raw)
    assert result.title == headline
    assert headline not in result.text and "Most read" not in result.text


def test_several_articles_in_one_file_are_not_dropped_without_a_word(tmp_path):
    from click.testing import CliRunner

    from quote_miner.cli import cli

    stories = []
    for n in range(4):
        paragraphs = [
            f"“We will rebuild pier {n}.{k} before the winter storms arrive,” Mayor Linda Park said on "
            f"Tuesday in the town hall, adding that the money was already in the budget."
            for k in range(6)
        ]
        stories.append(
            "\n\n".join(
                [f"Story {n}: harbor news", *paragraphs, "Copyright 2025 The Harbor Times.", "Comments"]
            )
        )
    (tmp_path / "many.txt").write_text("\n\n".join(stories) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "many.txt"), "--jsonl"])
    assert result.exit_code == 0
    assert "3 more passages of prose" in result.stderr and "left out" in result.stderr


RACE = [
    "Dana Okafor won the Harbor 10K on Sunday in 31 minutes, ahead of Lena Marsh and Tomas Ruiz.",
    "Marsh led for the first eight kilometres before Okafor passed her on the climb to the bridge.",
    "“I had nothing left at the end,” Marsh said after the race, which drew 2,400 runners.",
]


@pytest.mark.parametrize(
    "box",
    [
        ["Harbor 10K results", "1. Dana Okafor 31:02", "2. Lena Marsh 31:20", "3. Tomas Ruiz 31:45"],
        ["Squad: Dana Okafor (captain), Lena Marsh, Tomas Ruiz, Ada Bell"],
        [  # a box score: its lines end in full stops, the numbers make them data
            "HARBOR 72, BRIDGE 51",
            "Okafor, Dana 11-17 0-0 22; Marsh, Lena 4-6 2-2 10. Totals 23-51 4-9 51.",
        ],
        ["Key Features:", "* Runners: 2,400 from 31 countries", "* Course record: Okafor, 30:58"],
    ],
)
def test_a_fact_box_after_the_article_is_kept(box):
    junk = ["Ads by Google", "Cheap running shoes for every budget"]
    text = kept("\n\n".join(["Harbor 10K", *RACE, *box, *junk]) + "\n")
    assert all(line in text for line in box) and "Ads by Google" not in text


@pytest.mark.parametrize(
    "after",
    [
        # the site's own data: names none of the article's people or places
        ["Upcoming events", "01/19 7:00 PM City Marathon", "01/22 7:00 PM Winter Relay"],
        # a reader's numbered comment naming the article's people is a sentence, not data
        ["12. Marsh went out far too fast in 2008"],
        ["Lena - USA (12/17/2007 09:03)", "1. Okafor 31:02"],
        # a note about who wrote it, however much it reads like prose
        ["About the Author", "Staff reporters cover Northumberland County for Today's Northumberland."],
    ],
)
def test_lines_after_the_article_that_are_not_its_fact_box_are_dropped(after):
    text = kept("\n\n".join(["Harbor 10K", *RACE, *after]) + "\n")
    assert RACE[-1] in text and not any(line in text for line in after)


def test_a_markdown_headline_is_the_title_without_its_marks():
    text = (
        "# Transit board delays **fare** increase\n\n"
        "The Metro Transit board voted on Wednesday to delay a planned fare increase until next year, "
        "after hundreds of riders packed a public meeting to oppose it.\n\n"
        "The increase would have raised the base fare to $3.25, the board said in a statement.\n"
    )
    assert clean_text(text).title == "Transit board delays fare increase"


def test_a_listed_quotation_signed_after_a_dash_is_the_articles(extract_one):
    # A vox pop: readers' words in a list, each signed after a dash. The first item follows
    # the introduction directly, with no prose line to carry it into the article's run.
    raw = (
        "What voters told us\n\n"
        "We asked readers in Kitchener what matters to them this election. Here is some of what "
        "they said.\n\n"
        '- "Rent. It\'s always rent." — Maya Chen, 27, a barista\n'
        '- "I want a family doctor before I retire." — Gord Philips, 63\n'
    )
    assert [(r["text"], r["speaker"]) for r in extract_one(raw)] == [
        ("Rent. It's always rent.", "Maya Chen"),
        ("I want a family doctor before I retire.", "Gord Philips"),
    ]


def test_a_transcripts_short_closing_turns_are_the_articles():
    transcript = (
        "Budget interview\n\nAn edited transcript of an interview with Premier Mélanie Lévesque.\n\n"
        "ANDREW CHANG: Premier, the deficit has doubled since the spring. What happened?\n\n"
        "MÉLANIE LÉVESQUE: Two floods and a wildfire happened, Andrew, and we paid for them.\n\n"
        "CHANG: Will there be cuts?\n\n"
        "LÉVESQUE: There will be savings.\n"
    )
    kept = clean_text(transcript).text
    assert "CHANG: Will there be cuts?" in kept and "LÉVESQUE: There will be savings." in kept


def test_a_numbered_most_read_list_after_the_article_is_dropped_with_its_quoted_teaser():
    raw = article(
        after=[
            "Most Read",
            "1. Police identify man killed in highway crash",
            "2. 'We were never told': Parents angry over bus cuts",
            "3. New restaurant opens in former bank building",
        ]
    )
    text = kept(raw)
    assert BODY[3] in text and "never told" not in text


def test_the_authors_note_with_how_to_reach_them_is_not_the_article():
    raw = article(
        after=["Megan Holt covers city hall for the Daily Record. Reach her at mholt@record.example."]
    )
    text = kept(raw)
    assert BODY[3] in text and "Megan Holt" not in text
    # (the article's own words about reaching someone stay)
    inside = "Police said they could not reach her at home on Tuesday and were still looking for her."
    assert inside in kept(article(inside))


def test_a_photographers_credit_is_no_heading():
    dek = "When the wells ran dry, a desert suburb tore out its grass. Then something unexpected happened."
    text = kept(
        article(before=["The town that banned lawns", dek, "By Clara Nguyen", "Photographs by Sam Ortiz"])
    )
    assert "Sam Ortiz" not in text and BODY[0] in text


def test_a_pull_quote_repeating_the_articles_words_is_dropped():
    quoted = (
        "“We will not give up the harbor without a fight,” said Omar Reyes, who leads the residents’ group."
    )
    pull = "“We will not give up the harbor without a fight.”"
    text = kept(article(quoted, pull))
    assert quoted in text and pull not in text
    # (a line of its own quoting words said nowhere else stays)
    alone = "“We will not give up the harbor without a fight, not this year and not ever.”"
    assert alone in kept(article(alone))


def test_a_caption_credited_to_a_photographer_and_outlet_is_no_body():
    caption = "Nurses rally outside the legislature on Tuesday. (Jane Robertson/CBC)"
    gallery = [
        "Photo 2 of 6",
        "Children sled down a hill at Riverdale Park East. (Chris Young/The Canadian Press)",
    ]
    text = kept(article(caption, *gallery))
    assert BODY[1] in text and BODY[2] in text
    assert "legislature" not in text and "Photo 2" not in text and "sled" not in text


def test_readers_comments_after_a_count_of_reactions_are_dropped():
    raw = article(
        after=[
            "Thanks for reading The Ledger! Subscribe for free to receive new posts and support my work.",
            "42 Likes",
            "8 Comments",
            "Jen R.",
            "Great piece. “Cripple the economy” is a threat, plain and simple.",
        ]
    )
    text = kept(raw)
    assert BODY[3] in text and "Ledger" not in text and "Cripple" not in text


def test_the_headline_is_the_line_that_sums_up_the_lede_not_the_dek_nearer_the_body():
    raw = "\n".join(
        [
            "Politics",
            "Premier defends hospital cuts as nurses rally",
            "CBC News · Posted: Mar 12, 2025 5:00 AM EDT | Last Updated: 2 hours ago",
            "Health minister says no jobs will be lost",
            "Premier Scott Moe defended his government's plan to close 40 rural hospital beds on "
            "Tuesday, as hundreds of nurses rallied outside the legislature in Regina.",
            '"We are not cutting care. We are moving care to where people are," Moe told reporters.',
            "Saskatchewan Union of Nurses president Tracy Zambory said the plan would leave small "
            'towns without emergency care at night. "People are going to die on the highway," she said.',
            "Health Minister Everett Hindley said no nurses would lose their jobs.",
        ]
    )
    assert clean_text(raw).title == "Premier defends hospital cuts as nurses rally"


@pytest.mark.parametrize(
    "lede",
    [
        "New Jersey Gov. Chris Christie endorsed Donald Trump on Friday.",
        "Auston Matthews did it again.",
        "OTTAWA — It's over.",
    ],
)
def test_a_short_opening_paragraph_right_above_the_body_is_kept(lede):
    text = kept(article(before=["Christie backs Trump", lede]))
    assert lede in text and BODY[0] in text


@pytest.mark.parametrize(
    "line", ["LEXINGTON, Ky.", "Font size:", "Minnesota (5-32) At Phoenix (27-12), 9 P.m."]
)
def test_a_line_of_capitals_right_above_the_body_is_no_opening_paragraph(line):
    assert line not in kept(article(before=["Christie backs Trump", line]))


def test_a_run_of_links_opening_the_page_is_no_headline():
    # (a line of 60 names of sites and sections: its "Regina Leader-Post" gave a claim credited to
    # the newspaper before it, with the cue "Post")
    sites = " ".join(f"Sun{k} Herald{k} Leader-Post{k}" for k in range(20))
    raw = f"canada.com, Newspapers, TV, Radio Home News {sites}\n\n" + "\n\n".join(BODY) + "\n"
    result = clean_text(raw)
    assert result.title is None or "Leader-Post" not in result.title
    assert "Leader-Post" not in result.text


def test_a_read_more_box_inside_the_article_keeps_the_paragraphs_around_it():
    # "Read more:" over a list of links is a box set into the article, not the link that ends a
    # teaser card: the quotation above it is the article's, and so is the paragraph after it.
    page = [
        "Town votes to keep its last rural school open",
        "By Hannah Reimer",
        "PINCHER CREEK, Alta. — Trustees voted 5-2 to keep Beaver Mines School open for at least "
        "three more years, rejecting a staff recommendation to close it.",
        "Superintendent Marla Sorensen had recommended closing the school to save about $600,000 a year.",
        "Parents disagreed.",
        '"My kids would be on a bus for three hours a day," said Jodi Fehr, a rancher with three '
        'children at the school. "That\'s not an option."',
        "Read more:",
        "Alberta rural schools face enrolment crunch",
        "Province announces new funding formula",
        "The division will review enrolment again in 2028, when trustees expect the new housing "
        "development on the east side of the hamlet to bring in more families.",
        "© 2025 Lethbridge News Co. All rights reserved.",
    ]
    kept = clean_text("\n".join(page) + "\n").text
    assert "My kids would be on a bus" in kept
    assert "review enrolment again in 2028" in kept
    assert "Province announces new funding formula" not in kept

"""Quotation marks, paired locally: one behaviour per test, on sentences written here."""

from __future__ import annotations

import pytest

from quote_miner.quotes import leaves_quote_open, opening_mark, quote_spans


def texts(paragraph: str, **kw) -> list[str]:
    return [paragraph[s.start : s.end] for s in quote_spans(paragraph, **kw)]


def test_curly_pair():
    assert texts("“We have a deal,” Trump said.") == ["We have a deal,"]


def test_straight_pairs_in_sequence():
    assert texts('"One," she said. "Two."') == ["One,", "Two."]


def test_mixed_pairs():
    assert texts('"Mixed one,” he said, “and mixed two."') == ["Mixed one,", "and mixed two."]


def test_a_height_in_feet_and_inches_is_no_quotation_mark():
    paragraph = 'He is 6\'3" tall and weighs 236 pounds. "I feel great," he said.'
    assert texts(paragraph) == ["I feel great,"]


@pytest.mark.parametrize(
    "paragraph",
    [
        '<tweet tweet-author=" that the port is closed" tweet-date="a date">Park said the port will '
        "“reopen in June.” The numbers check out<tweet/>.",
        '<span class="lead" data-count="25">Park said the port will “reopen in June.”</span>',
    ],
)
def test_quotation_marks_inside_leftover_markup_are_no_marks(paragraph):
    assert texts(paragraph) == ["reopen in June."]


def test_double_apostrophe_closes():
    assert texts("\"We believe it is risky,'' she explained.") == ["We believe it is risky,"]


def test_two_single_marks_typed_as_a_double_pair():
    assert texts("The film is the European version of ‘‘Before the Devil Knows You’re Dead,’’ he said.") == [
        "Before the Devil Knows You’re Dead,"
    ]


def test_guillemets():
    assert texts("«Nous verrons», a-t-il dit.") == ["Nous verrons"]


def test_single_quotes_nested_in_double_stay_inside():
    got = texts("“There’s ‘no NATO,’ ‘NATO,’ article 5,” he explained.")
    assert got == ["There’s ‘no NATO,’ ‘NATO,’ article 5,"]


def test_apostrophes_are_not_marks():
    assert texts("Voters’ worries about the ’90s don’t matter, he said.") == []


def test_top_level_single_quotes():
    assert texts("He called it ‘a disgrace’ on Monday.") == ["a disgrace"]


@pytest.mark.parametrize(
    "paragraph,expected",
    [
        ("She accused the government of ‘chaos’ and said it had ‘no plan’.", ["chaos", "no plan"]),
        (
            "He called the delays ‘a farce’ on Monday, citing the ‘endless reviews’ that followed.",
            ["a farce", "endless reviews"],
        ),
        ("They visited the ‘Smiths’ farm’ in the spring.", ["Smiths’ farm"]),
        # ... but closes after all when another quotation opens before any other close
        (
            "Voters are wary of what 'Brussels' stands for anyway, and may back the 'leave the E.U.' camp.",
            ["Brussels", "leave the E.U."],
        ),
    ],
)
def test_a_single_mark_after_an_s_closes_unless_a_noun_can_follow(paragraph, expected):
    # (an apostrophe after "s" makes a plural possessive only before what it possesses)
    assert texts(paragraph) == expected


def test_missing_opening_mark_recovers_to_sentence_start():
    p = (
        "This came on the heels of comments he made the day before. The basic legal stuff is "
        "almost finalized,” Zelensky explained."
    )
    spans = quote_spans(p)
    assert [p[s.start : s.end] for s in spans] == ["The basic legal stuff is almost finalized,"]
    assert spans[0].recovered


def test_a_straight_mark_after_a_comma_and_before_a_space_closes():
    # its opener was lost (the page was cut): the quote is the words before it, not those after
    p = 'The mayor met the council again. We cannot wait any longer," Park told the council.'
    assert texts(p) == ["We cannot wait any longer,"]


def test_a_recovered_quotation_leaves_leftover_markup_out():
    p = '</p>\n<p class="story" data-count="25">We cannot wait any longer," Park told the council.</p>'
    assert texts(p) == ["We cannot wait any longer,"]


def test_stray_mark_costs_only_its_own_quote():
    p = "He said “this never closes. Later, “the real quote,” she said."
    assert texts(p) == ["the real quote,"]


def test_unclosed_quote_runs_on_when_next_paragraph_opens_with_a_mark():
    p = "Her full comments were: “We are committed to it."
    spans = quote_spans(p, next_opens=True)
    assert [p[s.start : s.end] for s in spans] == ["We are committed to it."]
    assert spans[0].runs_on
    assert leaves_quote_open(p)


def test_continuation_paragraph_is_flagged():
    p = "“But we are not going to fly around the world."
    spans = quote_spans(p, continues=True, next_opens=True)
    assert spans[0].continues


def test_opening_mark():
    assert opening_mark("  “And now – now is the time.”") == "“"
    assert opening_mark("And now, he said.") is None


def test_thousands_of_marks_do_not_blow_up():
    p = "“a” " * 5000
    assert len(quote_spans(p)) == 5000


def test_a_straight_stray_mark_does_not_run_on_into_a_curly_paragraph():
    p = '"Kevin was snoring.'
    assert quote_spans(p, next_opens="“") == []
    q = "“We are committed."
    assert [q[s.start : s.end] for s in quote_spans(q, next_opens="“")] == ["We are committed."]


def test_word_forms_give_every_inflection_the_cue_tables_need():
    from quote_miner.cues import word_forms

    # The tables of cue words are built from these once, at import: pinned here form by form.
    assert word_forms("say") == {"say", "says", "sayes", "sayed", "sayd", "saying", "said"}
    assert word_forms("Reply") == {
        *("reply", "replys", "replyes", "replyed", "replyd", "replying"),
        *("replies", "replied"),
    }
    assert word_forms("admit") == {
        *("admit", "admits", "admites", "admited", "admitd", "admiting"),
        *("admitted", "admitting"),
    }
    assert word_forms("argue") == {"argue", "argues", "arguees", "argueed", "argued", "argueing", "arguing"}
    assert {"tells", "told", "telling"} <= word_forms("tell")
    assert "saies" not in word_forms("say") and "boies" not in word_forms("boy")


def test_cue_lemmas_and_trigger_words():
    from quote_miner.cues import _lemma_table, _trigger_forms, cue_lemma

    table = _lemma_table()
    assert (table["told"], table["said"], table["replied"], table["admitted"]) == (
        "tell",
        "say",
        "reply",
        "admit",
    )
    assert cue_lemma("Told") == "tell" and cue_lemma("Zebra") == "zebra"
    triggers = _trigger_forms()
    assert {"said", "stated", "reported", "according", "per"} <= triggers
    # forms that are mostly nouns in news wake no parser by themselves
    assert not {"states", "report", "campaign"} & triggers
    # verbs that are no speech verbs count by their -ed and -ing forms and irregular ones only
    assert {"admired", "admiring", "heard", "sought", "spoke", "spoken"} <= triggers
    assert not {"admires", "hears", "seeks"} & triggers
    # stance nouns, with a clause or without
    assert {"accusation", "attack", "attacks"} <= triggers


@pytest.mark.parametrize(
    "text, holds",
    [
        ("The council met on Tuesday to discuss the budget.", False),
        ("The mayor said the budget was fine.", True),
        ("A new poll shows that Clinton leads.", True),
        ("The shows ran late into the night.", False),
        ("“We will win” was on every sign.", True),
        ("According to the police, two people were hurt.", True),
    ],
)
def test_might_hold_speech(text, holds):
    from quote_miner.cues import might_hold_speech

    assert might_hold_speech(text) is holds


@pytest.mark.parametrize(
    "text, framed",
    [
        ("“Fine,” said Governor Amy Chu.", True),
        ('"No," Mayor Ann Lee told reporters.', True),
        ("“Fine,” Governor Amy Chu Of Ohio.", False),  # no speech verb: a heading
        ("Fine, said Governor Amy Chu.", False),  # no quotation marks
    ],
)
def test_framed_quote(text, framed):
    from quote_miner.quotes import framed_quote

    assert framed_quote(text) is framed


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“Then we said “yes” again,” Lee said.", ["Then we said “yes” again,"]),
        ('"Then we said "yes" again," Lee said.', ['Then we said "yes" again,']),
        ('"He told me “no way” and left," she said.', ["He told me “no way” and left,"]),
        # an opener with only one closer after it: the earlier opener was stray
        ("“A stray mark. “We will win,” she said.", ["We will win,"]),
        ("“A,” he said, “B.”", ["A,", "B."]),
        ("“stray “B” here and “C” there", ["B", "C"]),
        ("“Then we said “yes” again,” Lee said, “and again.”", ["Then we said “yes” again,", "and again."]),
    ],
)
def test_a_quotation_inside_a_quotation_stays_inside(paragraph, expected):
    assert texts(paragraph) == expected


def test_small_helpers_of_the_quotation_marks():
    from quote_miner.cues import word_forms
    from quote_miner.quotes import framed_quote, has_quote_mark, quoted_share, same_style

    assert {"spies", "spied"} <= word_forms("spy") and "mies" not in word_forms("my")
    assert framed_quote("“Fine,” Chu said, smiling.")  # the cue with its comma
    assert same_style('"', '"') and same_style("“", "«") and not same_style('"', "“")
    assert has_quote_mark("He said «non».") and not has_quote_mark("X marks the spot")
    line = "He said “abc” today"
    assert quoted_share(line) == len("“abc”") / len(line) and quoted_share("") == 0


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("She said: “We will go on and on", ["We will go on and on"]),
        ("She said, “We will go on and on", ["We will go on and on"]),
        ("She left “We will go on and on", []),  # an unclosed mark nothing introduces
        # a quotation reopened after its frame, its closing mark dropped
        ("“Yes,” he said. “We will go on and on", ["Yes,", "We will go on and on"]),
        ("“Yes,” he said. “We go", ["Yes,"]),  # too short to be more than a stray mark
        ("He said. “We will go on and on", []),  # no quotation before it in the paragraph
        ("“Yes,” he said and “we will go on and on", ["Yes,"]),  # opens no sentence
    ],
)
def test_an_unclosed_quotation_is_kept_when_a_frame_introduces_it(paragraph, expected):
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a quotation of the other typography inside an open one is part of it
        ('He said "we will go to “the place” today" and left.', ["we will go to “the place” today"]),
        ('He said “we will go to "the place" today” and left.', ['we will go to "the place" today']),
        # the outer mark proves stray: the inner quotation is one of its own
        ('He said "we will go and “the place” today.', ["the place"]),
    ],
)
def test_a_quotation_in_the_other_typography_nests(paragraph, expected):
    assert texts(paragraph) == expected


def test_a_quotation_that_runs_on_keeps_a_quotation_of_the_other_typography_inside():
    # `Dr. Ward stated:` / `"The department isn’t about “Equal Justice” anymore. …` / `"The …`
    p = '"The department isn’t about “Equal Justice Under Law” anymore. It is about a vision.'
    assert [p[s.start : s.end] for s in quote_spans(p, next_opens='"')] == [p[1:]]


@pytest.mark.parametrize(
    "text, marks",
    [
        # straight marks take their role from the characters around them
        ('He said "yes" today.', [(8, 1, "open"), (12, 1, "close")]),
        ('"Yes," he said.', [(0, 1, "open"), (5, 1, "close")]),  # after a comma, before a space
        ('a"b', [(1, 1, "either")]),
        ('"', [(0, 1, "either")]),
        ('x "‘a', [(2, 1, "open")]),  # before a single opener
        ('b"’ y', [(1, 1, "close")]),  # before a single closer
        ('b"” y', [(1, 1, "close"), (2, 1, "close")]),
        ('“"yes"” he said', [(0, 1, "open"), (1, 1, "open"), (5, 1, "close"), (6, 1, "close")]),
        # curly marks keep theirs, unless the typist swapped them
        ("“yes”", [(0, 1, "open"), (4, 1, "close")]),
        ("word“ he said", [(4, 1, "close")]),
        ("“Odd,“ said Noble", [(0, 1, "open"), (5, 1, "close")]),  # after the comma, before a space
        ("said,“Odd", [(5, 1, "open")]),
        ("”Mr. Trump is here", [(0, 1, "open")]),
        ("a ”b", [(2, 1, "open")]),
        # two apostrophes close, two backticks open
        ("He said ''yes'' today", [(8, 2, "close-only"), (13, 2, "close-only")]),
        ("``yes'' he said", [(0, 2, "open"), (5, 2, "close-only")]),
        ("x'", []),
    ],
)
def test_the_role_of_each_double_mark(text, marks):
    from quote_miner.quotes import find_marks

    found = find_marks(text)
    assert [(m.pos, m.length, m.role) for m in found] == marks
    assert all(m.family == "double" for m in found)


@pytest.mark.parametrize(
    "paragraph, open_at_end",
    [
        ("“We will go on,” she said.", False),
        ("“We will go on, and on", True),
        ("She said: “We will go on", True),
        ('"We will go on," she said, "and on', True),
        ("He said ''yes'' and left", False),
        ("“A stray “quoted” one goes on", False),  # one closer: the first opener was stray
    ],
)
def test_leaves_quote_open(paragraph, open_at_end):
    assert leaves_quote_open(paragraph) is open_at_end


@pytest.mark.parametrize(
    "text, options, spans",
    [
        # (start, end, open_mark, close_mark, continues, recovered, runs_on)
        (
            "“A,” he said, “B.”",
            {},
            [(1, 3, 0, 3, False, False, False), (15, 17, 14, 17, False, False, False)],
        ),
        ('"Yes," he said.', {}, [(1, 5, 0, 5, False, False, False)]),
        # a closer with no opener: the quote goes back to its sentence's start
        ("We will win,” she said. Then more.", {}, [(0, 12, None, 12, False, True, False)]),
        ("He left. We will win,” she said.", {}, [(9, 21, None, 21, False, True, False)]),
        # a paragraph that goes on with the quotation of the one before
        ("“More words,” he said.", {"continues": True}, [(1, 12, 0, 12, True, False, False)]),
        ("He said: “More words,” and left.", {"continues": True}, [(10, 21, 9, 21, False, False, False)]),
        # a quotation left open runs on when the next paragraph opens with a mark of its style
        ("“Unclosed words go on", {"next_opens": "“"}, [(1, 21, 0, None, False, False, True)]),
        ("“Unclosed words go on", {"next_opens": True}, [(1, 21, 0, None, False, False, True)]),
        ("“Unclosed words go on", {"next_opens": '"'}, []),
        ("She said, “Unclosed words go on", {}, [(11, 31, 10, None, False, False, False)]),
        # single quotation marks outside the double ones; apostrophes are no marks
        ("The sign said 'We will win' today", {}, [(15, 26, 14, 26, False, False, False)]),
        ("It's the voters' choice, 'they say', at last", {}, [(26, 34, 25, 34, False, False, False)]),
        ("Rubio: 'We are done'\nnext 'line", {}, [(8, 19, 7, 19, False, False, False)]),
        (
            "“A” and 'b c d' and “E”",
            {},
            [
                (1, 2, 0, 2, False, False, False),
                (9, 14, 8, 14, False, False, False),
                (21, 22, 20, 22, False, False, False),
            ],
        ),
        ("“”", {}, []),
    ],
)
def test_quote_spans_field_by_field(text, options, spans):
    got = quote_spans(text, **options)
    assert [
        (s.start, s.end, s.open_mark, s.close_mark, s.continues, s.recovered, s.runs_on) for s in got
    ] == spans


@pytest.mark.parametrize(
    "text, holds",
    [
        ("He said ''no'' to the plan", True),  # two apostrophes close a quotation
        ("The Times reports:   ", True),  # a colon at the end introduces what follows
        (": and then nothing happened at all", False),
    ],
)
def test_might_hold_speech_from_marks_and_colons(text, holds):
    from quote_miner.cues import might_hold_speech

    assert might_hold_speech(text) is holds


def test_opening_mark_straight_curly_or_none():
    assert opening_mark('  "We will win," she said.') == '"'
    assert opening_mark("“We will win,” she said.") == "“"
    assert opening_mark("We said “no”.") is None and opening_mark("   ") is None


@pytest.mark.parametrize(
    "text, pos, start",
    [
        ("First one. Second one here.", 20, 11),
        ("First one.   Second one here.", 20, 13),
        ("No end here at all", 10, 0),
        ("First one. Second.", 5, 0),
    ],
)
def test_sentence_start_before(text, pos, start):
    from quote_miner.quotes import sentence_start_before

    assert sentence_start_before(text, pos) == start


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # marks that could open or close (letters on both sides) pair up in turn
        ('x"ab cd"y', ["ab cd"]),
        # a closing pair of apostrophes with no opener is ignored, not a recovered quote
        ("He said it,'' and left.", []),
        # whitespace between two marks is no quotation
        ('He said " " and left.', []),
        # LaTeX pairs anywhere in the paragraph, the closer at its very end
        ("He said ``We go,'' and ``We stay,''", ["We go,", "We stay,"]),
        ('``"', []),
        # a height at the very start of a paragraph
        ('6\'3" tall, "I feel great," he said.', ["I feel great,"]),
        # single quotation marks: at the start, twice, around a plural possessive, over a wrapped
        # line but never over a blank one
        ("'Hello,' he said.", ["Hello,"]),
        ("'One,' he said, 'two.'", ["One,", "two."]),
        ("'The players' union won,' she said.", ["The players' union won,"]),
        # ... and closed after an "s" when punctuation follows it
        ("They should have 'read the risk maps'.", ["read the risk maps"]),
        ("The families' homes were 'a total loss'.", ["a total loss"]),
        ("'Hello\n\nworld'", []),
        ("'Hello\nworld,' he said.", ["Hello\nworld,"]),
        ("He said 'ab' then.", ["ab"]),
        ("He said 'a' then.", []),
    ],
)
def test_quotation_marks_pair_at_their_edges(paragraph, expected):
    assert texts(paragraph) == expected


def test_marks_that_could_open_or_close_leave_a_quotation_open_in_turn():
    assert leaves_quote_open('He wrote x"y') is True
    assert leaves_quote_open('He wrote x"y and z"w') is False
    assert leaves_quote_open("no marks at all") is False
    assert opening_mark('" Quote with a space after the mark') == '"'


def test_single_backticks_and_trailing_marks_are_no_marks():
    from quote_miner.quotes import find_marks

    assert find_marks("x`") == [] and find_marks("it`s") == []
    assert [m.pos for m in find_marks('``"')] == [0, 2]
    assert [m.pos for m in find_marks("a''\"b")] == [1, 3]  # a mark right after a closing pair


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a closer with no opener after a closed quotation: back to that quotation's end only
        ("“A,” he said, and more words” she added.", ["A,", "he said, and more words"]),
        # two closers with no opener in one sentence
        ("We go on” and on” she said.", ["We go on", "and on"]),
        # a recovered quotation needs two characters
        ("Ok” she said.", ["Ok"]),
        ("A” she said.", []),
        ("He left. A” she said.", []),
        # curly marks glued to words keep their roles
        ("He said“Hello there,” and left.", ["Hello there,"]),
        ("“We won”said Tom.", ["We won"]),
        # a closer glued to the name after a comma closes an open quotation, else opens one
        ("“We won,”Tom said. “Again.”", ["We won,", "Again."]),
        ("Tom said,”We won.”", ["We won."]),
        ('"We won,"Tom said. "Again."', ["We won,", "Again."]),
        ('Tom said,"We won."', ["We won."]),
        # an apostrophe followed by a letter does not close a single-quoted run
        ("He said 'rock'n roll' today", ["rock'n roll"]),
    ],
)
def test_recovered_quotations_and_glued_marks(paragraph, expected):
    assert texts(paragraph) == expected


def test_a_paragraph_with_only_latex_closing_marks_may_hold_speech():
    from quote_miner.cues import might_hold_speech

    assert might_hold_speech("We go on,'' and so on for a while")
    assert not might_hold_speech("We go on and so on for a while")


@pytest.mark.parametrize(
    "above, line, signs",
    [
        ("“The plant never failed an inspection.”", "- Okafor.", True),
        ("“The plant never failed an inspection.”", "— Élise Ouellet", True),  # an accented capital
        ("The plant never failed an inspection.", "- Okafor.", False),  # no quotation above
        ("“The plant never failed an inspection.”", "- see page 4", False),
        # a phrase saying who they are after the name; never a sentence
        ("“The plant never failed an inspection.”", "— Nadia Okafor, president of Local 44", True),
        (
            "“The plant never failed an inspection.”",
            "- Okafor, Lee and Diaz voted no. Then they left.",
            False,
        ),
    ],
)
def test_a_dash_and_a_name_sign_the_quotation_above(above, line, signs):
    from quote_miner.quotes import signs_quotation

    assert signs_quotation(above, line) is signs


@pytest.mark.parametrize(
    "text, masked",
    [
        ("board chair **Dana Whitfield** told", "board chair   Dana Whitfield   told"),
        ("said union president *Carl Benton*.", "said union president  Carl Benton ."),
        ("The [Metro Transit](https://example.com/metro) board", "The  Metro Transit" + " " * 29 + "board"),
        ("# Fares go up", "  Fares go up"),
        # not emphasis: arithmetic, a rating, a lone star
        ("a 5*3 grid and 2*4 boards", "a 5*3 grid and 2*4 boards"),
        ("Rated **** by critics", "Rated **** by critics"),
        ("price * 2", "price * 2"),
    ],
)
def test_markdown_marks_are_blanked_for_the_parser_and_the_words_stay(text, masked):
    from quote_miner.quotes import mask_markup

    assert mask_markup(text) == masked and len(masked) == len(text)


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # entities a scraper left in the text are marks where they stand
        ("&ldquo;We will win,&rdquo; said Mayor Ray Lee.", ["We will win,"]),
        ("&quot;We will win,&quot; said Mayor Ray Lee.", ["We will win,"]),
        ("&#8220;We will win,&#8221; she said.", ["We will win,"]),
        ("&lsquo;We will win,&rsquo; she said.", ["We will win,"]),
        # an apostrophe is no mark: in a possessive, inside a name
        ("The city&#8217;s roads and Tom O&#39;Brien&#8217;s shop", []),
    ],
)
def test_html_entities_for_quotation_marks_are_marks(paragraph, expected):
    assert texts(paragraph) == expected


def test_entities_are_written_as_their_characters_beside_their_words():
    from quote_miner.quotes import mask_entities

    text = "&ldquo;Fix the city&#8217;s roads,&rdquo; said O&#39;Brien &amp; Lee."
    masked = mask_entities(text)
    assert len(masked) == len(text)
    assert masked.split() == ["“Fix", "the", "city", "’s", "roads,”", "said", "O&#39;Brien", "&", "Lee."]

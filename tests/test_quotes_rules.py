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


def test_double_apostrophe_closes():
    assert texts("\"We believe it is risky,'' she explained.") == ["We believe it is risky,"]


def test_guillemets():
    assert texts("«Nous verrons», a-t-il dit.") == ["Nous verrons"]


def test_single_quotes_nested_in_double_stay_inside():
    got = texts("“There’s ‘no NATO,’ ‘NATO,’ article 5,” he explained.")
    assert got == ["There’s ‘no NATO,’ ‘NATO,’ article 5,"]


def test_apostrophes_are_not_marks():
    assert texts("Voters’ worries about the ’90s don’t matter, he said.") == []


def test_top_level_single_quotes():
    assert texts("He called it ‘a disgrace’ on Monday.") == ["a disgrace"]


def test_missing_opening_mark_recovers_to_sentence_start():
    p = (
        "This came on the heels of comments he made the day before. The basic legal stuff is "
        "almost finalized,” Zelensky explained."
    )
    spans = quote_spans(p)
    assert [p[s.start : s.end] for s in spans] == ["The basic legal stuff is almost finalized,"]
    assert spans[0].recovered


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
    from quote_miner.quotes import word_forms

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
    from quote_miner.quotes import _lemma_table, _trigger_forms, cue_lemma

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
    from quote_miner.quotes import might_hold_speech

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
    from quote_miner.quotes import framed_quote, has_quote_mark, quoted_share, same_style, word_forms

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
    ],
)
def test_an_unclosed_quotation_is_kept_when_a_colon_or_comma_introduces_it(paragraph, expected):
    assert texts(paragraph) == expected

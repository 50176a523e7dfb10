"""Attribution patterns on sentences written here, run through the real pipeline."""

from __future__ import annotations

import pytest


def only(records, kind=None):
    return [r for r in records if kind is None or r["kind"] == kind]


def test_cue_after_quote(extract_one):
    rs = only(extract_one("“We are very much on track,” Donald Trump said on Tuesday."), "direct")
    assert rs[0]["speaker"] == "Donald Trump" and rs[0]["cue"] == "said"


def test_inverted_cue(extract_one):
    rs = extract_one("“The talks went well,” said Marco Rubio, the secretary of state.")
    assert rs[0]["speaker"] == "Marco Rubio"


def test_pronoun_resolves_to_previous_speaker(extract_one):
    text = ("Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Friday.\n\n"
            "“Russia is open to dialogue,” he said.")
    rs = only(extract_one(text), "direct")
    assert rs[0]["speaker"] == "Dmitry Peskov"
    assert rs[0]["speaker_mention"]["text"] == "he"
    assert rs[0]["speaker_role"] == "Kremlin spokesman"


def test_surname_resolves_to_full_name(extract_one):
    text = ("Ukrainian President Volodymyr Zelensky met European leaders in Paris on Thursday.\n\n"
            "“We are ready to sign the agreement,” Zelensky told reporters.")
    rs = only(extract_one(text), "direct")
    assert rs[0]["speaker"] == "Volodymyr Zelensky"


def test_continuation_inherits_speaker(extract_one):
    text = "“We have a deal,” Trump said. “And I assume they will live up to it.”"
    rs = only(extract_one(text), "direct")
    assert [r["speaker"] for r in rs] == ["Trump", "Trump"]
    assert rs[1]["text"] == "And I assume they will live up to it."


def test_partial_quote_needs_a_cue(extract_one):
    rs = extract_one("Rubio called the Paris meetings “constructive” and left for London.")
    assert [(r["kind"], r["text"], r["speaker"]) for r in only(rs, "partial")] == [
        ("partial", "constructive", "Rubio")]


def test_scare_quotes_are_not_quotes(extract_one):
    rs = extract_one("Europeans formed a “coalition of the willing” to support Ukraine this year.")
    assert only(rs, "partial") == [] and only(rs, "direct") == []


def test_according_to(extract_one):
    rs = extract_one("According to Kaja Kallas, the aid package will be approved next month.")
    assert any(r["kind"] == "indirect" and r["speaker"] == "Kaja Kallas" for r in rs)


def test_indirect_claim_with_that_clause(extract_one):
    rs = extract_one("Zelensky also said on Thursday that a minerals deal could be finalized "
                     "imminently.")
    claims = only(rs, "indirect")
    assert claims and claims[0]["text"] == "a minerals deal could be finalized imminently"


def test_colon_frame(extract_one):
    text = ("Tammy Bruce, a spokesperson for the department, spoke on Thursday. Per the "
            "Telegraph, her full comments were: “We will help and do what we can.”")
    rs = only(extract_one(text), "direct")
    assert rs and rs[0]["speaker"] == "Tammy Bruce"


def test_unnamed_source_keeps_its_description(extract_one):
    text = ("\"What is important is that we have started a process today,\" a senior adviser to "
            "Macron told reporters.")
    rs = only(extract_one(text), "direct")
    assert rs[0]["speaker"] == "a senior adviser to Macron"
    assert rs[0]["speaker_type"] == "unnamed"


@pytest.mark.parametrize("cue", ["warned", "insisted", "acknowledged", "tweeted", "emphasized"])
def test_cue_family(extract_one, cue):
    rs = only(extract_one(f"“The ceasefire will not hold,” Kaja Kallas {cue} on Monday."), "direct")
    assert rs[0]["speaker"] == "Kaja Kallas" and rs[0]["cue"] == cue


def test_quoted_pronouns_and_titles_are_not_quotes(extract_one):
    rs = extract_one("Trump called her “she” on Monday, and Pence told “Face the Nation” on Sunday "
                     "that the race was close.")
    assert [r for r in rs if r["kind"] != "indirect"] == []

"""Headlines: the claim a headline reports, credited to its holder; a lede stays a paragraph."""

from __future__ import annotations

import pytest

BODY = (
    "\n\nMayor Bill de Blasio said on Sunday that the blast in Chelsea was intentional and "
    "that there was no link to terrorism so far."
)


def claims(records):
    return [(r["text"], r["speaker"]) for r in records if r["kind"] == "indirect"]


def test_sentence_headline_with_a_speech_verb(extract_one):
    rs = extract_one("De Blasio says Chelsea explosion was an 'intentional act.'" + BODY)
    assert ("Chelsea explosion was an 'intentional act.'", "Bill de Blasio") in claims(rs) or (
        "Chelsea explosion was an 'intentional act.'",
        "De Blasio",
    ) in claims(rs)
    # the headline's quoted words are not a quote record of their own
    assert not [r for r in rs if r["kind"] != "indirect" and r["start"] < 60]


def test_title_case_headline_with_a_colon(extract_one):
    text = (
        "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp."
        "\n\nMike Pence said on Sunday that the campaign had not invited Gennifer Flowers."
    )
    rs = extract_one(text)
    assert ("Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp", "Mike Pence") in claims(
        rs
    )


@pytest.mark.parametrize(
    "text,claim",
    [
        (  # the source at the end
            "Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says."
            "\n\nSen. Lindsey Graham said Donald Trump could make a deal on clean energy.",
            ("Trump ‘The Dealmaker’ Could Address Clean Energy", "Lindsey Graham"),
        ),
        (  # a label before a colon is not a source
            "The Latest: Trump urges supporters to monitor polling places."
            "\n\nDonald Trump told supporters in Ohio that they should watch the polls.",
            ("supporters to monitor polling places", "Donald Trump"),
        ),
        (  # a source's noun before a colon is its source's
            "FBI report: Agents missed warning signs.\n\n"
            "Agents missed several warning signs, according to a report from the FBI.",
            ("Agents missed warning signs", "FBI"),
        ),
        (  # unnamed sources at the end, whom the body brings in
            "Ottawa to cap international student permits again, sources say\n\nThe government will "
            "announce a further cut next week, according to three sources with knowledge of the plan.",
            ("Ottawa to cap international student permits again", "sources"),
        ),
        (  # unnamed sources opening the headline, in lower case in the body; a passive without its "was"
            "Police say man charged after downtown stabbing\n\nA 27-year-old man has been charged "
            "with aggravated assault after a stabbing outside a bar early Sunday, police said.",
            ("man charged after downtown stabbing", "Police"),
        ),
        (  # a poll by its noun before a colon
            "Poll: Clinton and Trump in dead heat heading into first debate\n\nThe race is tied "
            "nationally, according to a new poll released Sunday.",
            ("Clinton and Trump in dead heat heading into first debate", "Poll"),
        ),
        (  # a study's finding, as the body reports it too
            "Daily walk cuts dementia risk, Canadian study finds\n\nA brisk walk may lower the risk "
            "of dementia, according to a large Canadian study published Tuesday.",
            ("Daily walk cuts dementia risk", "Canadian study"),
        ),
        (  # a minister's announcement at the end
            "Ontario to ban cellphones in classrooms, Lecce announces\n\nOntario will ban cellphones in "
            "classrooms starting in September, Education Minister Stephen Lecce announced Sunday.",
            ("Ontario to ban cellphones in classrooms", "Stephen Lecce"),
        ),
        (  # what the holder at the end expects, not a claim of the one expected to act
            "Bank of Canada expected to hold rates, economists say\n\nMost economists expect the "
            "Bank of Canada to leave its key interest rate unchanged next week.",
            ("Bank of Canada expected to hold rates", "economists"),
        ),
    ],
)
def test_headline_claim_and_its_source(extract_one, text, claim):
    assert claim in claims(extract_one(text))


@pytest.mark.parametrize(
    "headline",
    ["Cricket: Ontong, Morkel in S Africa one day squad", "Tennis: Federer says he is fit to play"],
)
def test_a_section_label_before_a_colon_is_no_source(extract_one, headline):
    text = headline + "\n\nCricket South Africa named its one-day squad on Tuesday."
    assert [s for _, s in claims(extract_one(text)) if s in ("Cricket", "Tennis")] == []


def test_what_a_letter_to_the_editor_answers_is_no_claim(extract_one):
    text = (
        "Letters to the editor: Transit fares, bike lanes and the mayor\n\n"
        "Re: TTC fare hike approved (Jan. 14)\n\n"
        "Another fare increase, and another year of waiting 20 minutes for a streetcar that arrives "
        "full. I would happily pay more if the service got better. It hasn't.\n\n"
        "— Priya Raman, Toronto\n\n"
        "The city keeps telling us transit is a priority. Its budget says otherwise.\n\n"
        "— George Whitfield, Scarborough\n\n"
        "Re: Mayor defends bike lanes (Jan. 13)\n\n"
        "I cycle to work year-round and the Bloor lanes have made my commute safer. The mayor is "
        "right to defend them.\n\n"
        "— Anna Kowalski, Toronto\n"
    )
    assert claims(extract_one(text)) == []


def test_a_short_lede_in_the_past_tense_is_not_a_headline(extract_one):
    text = (
        "Kremlin spokesman Dmitry Peskov said talks with Washington would go on.\n\n"
        "“Russia is open to dialogue,” he said."
    )
    rs = extract_one(text)
    assert ("talks with Washington would go on", "Dmitry Peskov") in claims(rs)


def test_a_lede_with_a_noun_in_the_form_of_a_verb_is_not_a_headline_claim(extract_one):
    text = (
        "He stands on counters and points the gun at cashiers, only a thin rope holding the door."
        "\n\n"
        "“He is going to hurt somebody,” said Paul Martin, a sheriff’s detective."
    )
    rs = extract_one(text)
    assert claims(rs) == []  # not "He stands on" counters that "and points the gun …"
    assert [(r["text"], r["speaker"]) for r in rs] == [("He is going to hurt somebody,", "Paul Martin")]


def test_block_of_words_after_a_colon_frame(extract_one):
    text = (
        "Christie Calls Clinton A Disgrace\n\n"
        "New Jersey Gov. Chris Christie blasted Hillary Clinton on Wednesday during a radio "
        "interview with Laura Ingraham.\n\nThe governor added:\n\n"
        "It’s typical of Hillary Clinton. She knows nothing, but the mouth never stops.\n\n"
        "Clinton’s comments came as the facts surrounding the death are still being gathered."
    )
    rs = extract_one(text)
    assert (  # (a claim's span has no final punctuation: CLAIMS.md; "Gov." is a governor)
        "It’s typical of Hillary Clinton. She knows nothing, but the mouth never stops",
        "Chris Christie",
    ) in claims(rs)
    assert ("Clinton A Disgrace", "Chris Christie") in claims(rs)


def test_an_acronym_holding_a_headline_claim_is_an_organisation(nlp):
    from quote_miner.attribution import headline_claim

    doc = nlp("U.S. Signals It Could Lift Steel Tariffs if Talks Go Well")
    doc.set_ents([])  # a title-case headline the recogniser finds nothing in
    claim = headline_claim(doc)
    assert claim is not None and (claim.attribution.mention.text, claim.attribution.mention.kind) == (
        "U.S.",
        "organization",
    )


@pytest.mark.parametrize(
    "headline",
    [
        "'We were never told': Tenants angry after landlord sold building",  # quoted words
        "Tenants were told building is safe after inspection",  # the ones told, not the teller
    ],
)
def test_a_headline_cue_inside_a_quotation_or_in_the_passive_holds_no_claim(extract_one, headline):
    body = (
        "\n\nHALIFAX — Tenants of a north-end building say they learned of the sale only days ago.\n\n"
        '"We were never told. I read it in the paper," said Mona Little, who has lived there since 1990.'
    )
    assert [c for c in claims(extract_one(headline + body)) if c[0].startswith(("Tenants", "building"))] == []


@pytest.mark.parametrize(
    "headline",
    [
        "Premier won't say whether province will cover transit shortfall",  # a refusal
        "Premier asks whether province can cover transit shortfall",  # a question
    ],
)
def test_what_a_headline_says_someone_did_not_say_or_asked_is_no_claim(extract_one, headline):
    body = (
        "\n\nEDMONTON — Premier Danielle Smith refused Tuesday to say whether the province would "
        "cover the shortfall.\n\nCalgary Mayor Jeromy Farkas said the city had warned the province."
    )
    assert [c for c in claims(extract_one(headline + body)) if "province" in c[0][:20]] == []


def test_a_headline_asking_why_someone_thinks_something_credits_them_not_why(extract_one):
    found = claims(
        extract_one(
            "Why this Winnipeg doctor thinks ERs need a reset\n\nDr. Alecs Chochinov has worked in "
            "Winnipeg emergency rooms for 30 years. He says the system is broken."
        )
    )
    assert ("ERs need a reset", "this Winnipeg doctor") in found


@pytest.mark.parametrize("headline", ["Premier Ford calls snap election", "Mayor calls emergency meeting"])
def test_calling_an_election_or_a_meeting_is_no_evaluation(extract_one, headline):
    body = (
        "\n\nOntario votes Feb. 27.\n\nPremier Doug Ford made it official Wednesday, and Mayor Olivia "
        "Chow said the city would be ready."
    )
    found = claims(extract_one(headline + body))
    assert found and not any(c[0].startswith(("snap", "emergency")) for c in found)


def test_a_thing_unveiled_is_no_claim_when_its_maker_says_what_it_does(extract_one):
    text = (
        "OpenField unveils AI model it says can design new antibiotics\n\n"
        "OpenField, a startup, on Wednesday unveiled a model that it says can design antibiotics "
        "against drug-resistant bacteria."
    )
    assert claims(extract_one(text)) == [
        ("can design antibiotics against drug-resistant bacteria", "OpenField"),
    ]


def test_a_place_that_owns_the_headlines_subject_is_not_its_holder(extract_one):
    text = (
        "Ottawa's new poet laureate says city is full of stories\n\nOTTAWA — Ottawa has a new poet "
        "laureate, and she wants to hear from bus drivers.\n\nIkram Hamoud was named to the post on "
        "Wednesday."
    )
    assert ("city is full of stories", "Ottawa's new poet laureate") in claims(extract_one(text))


def test_a_headline_label_of_an_article_and_adjective_holds_no_claim(extract_one):
    text = (
        "The big reveal: Hamilton's new stadium design unveiled\n\nHAMILTON — The city unveiled the "
        "design for a new stadium on Tuesday.\n\nArchitect Yolanda Pérez said it would be built "
        "from mass timber."
    )
    assert claims(extract_one(text)) == [("it would be built from mass timber", "Yolanda Pérez")]


def test_a_title_case_headline_is_read_as_a_sentence(extract_one):
    # In title case the tagger takes "Hacked" for a name; written as a sentence it is a verb.
    text = (
        "Clinton Says Russians Hacked Party Servers, Calls Putin Remarks Troubling"
        "\n\nHillary Clinton said on Sunday that her campaign had been warned by officials."
    )
    rs = extract_one(text)
    [headline] = [(t, s) for t, s in claims(rs) if t.startswith("Russians")]
    assert headline[1] == "Hillary Clinton"
    assert headline[0].startswith("Russians Hacked Party Servers")
    assert [r["cue"] for r in rs if r["text"] == headline[0]] == ["Says"]


@pytest.mark.parametrize(
    "headline",
    [
        "Harper Said The Eleven Words Everyone Was Thinking",  # a noun object, not a clause
        "Harper Defends Himself Against Claims He Exaggerated His Record",
        # guard: a question; no speech verb at all
        "Harper Just Revealed Who He Would Pick For Minister – It Might Surprise You",
        "Alberta Tories Finally Confirmed A Judge. Is This Harper’s Last One?",
        # guard: a passive without its "be" ("X urged to Y": someone urged X; X said nothing)
        "Ford government urged to scrap bike lane law",
        "Premier Smith asked to explain hospital contract",
        "Bank of Canada expected to hold rates next week",
    ],
)
def test_a_headline_that_reports_no_statement_of_its_subject_is_no_claim(extract_one, headline):
    text = headline + "\n\nStephen Harper said on Sunday that he was glad to be home in Calgary."
    assert [c for c in claims(extract_one(text)) if c[0] in headline] == []


def test_a_headline_of_two_sentences_states_at_most_the_first(nlp):
    from quote_miner.attribution import headline_claim

    two = nlp("TED curator Chris Anderson spoke first. His partner, Ann Lee, followed.")
    assert headline_claim(two) is None
    doc = nlp("Mayor says the bridge will reopen. Crews worked overnight.")
    claim = headline_claim(doc)
    assert claim is not None and doc.text[claim.start : claim.end] == "the bridge will reopen"


def test_a_headline_describing_someone_by_what_they_said_reports_no_claim(extract_one):
    text = (
        "Q&A: The economist who predicted the housing crash on what comes next\n\n"
        "Robert Shiller won the Nobel Prize in economics in 2013. We spoke with him by phone from his "
        "office at Yale. The interview has been edited for length and clarity.\n\n"
        "Q: Are we in a housing bubble?\n\n"
        "A: Prices are very high relative to incomes, and that is not sustainable forever.\n\n"
        "Q: Should young people buy?\n\n"
        "A: That's a personal decision."
    )
    assert [speaker for _, speaker in claims(extract_one(text))] == ["Robert Shiller"] * 2


def test_a_headlines_second_verb_after_a_comma_reports_the_claim(extract_one):
    text = (
        "Pence defends Trump after debate, says he 'won'\n\n"
        "Indiana Gov. Mike Pence said Wednesday that Donald Trump had won the first debate."
    )
    assert ("he 'won'", "Mike Pence") in claims(extract_one(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Housing starts fell 12 per cent in October: Statistics Canada\n\n"
            "Housing starts fell 12 per cent in October from September, Statistics Canada said Monday.",
            ("Housing starts fell 12 per cent in October", "Statistics Canada"),
        ),
        (  # the source by its initials, written out in the body
            "Housing starts fell 12 per cent in October: CMHC\n\n"
            "Housing starts fell in October from September, the Canada Mortgage and Housing Corp. said.",
            ("Housing starts fell 12 per cent in October", "CMHC"),
        ),
    ],
)
def test_a_source_after_a_colon_ending_the_headline_holds_its_claim(extract_one, text, claim):
    assert claim in claims(extract_one(text))


@pytest.mark.parametrize(
    "headline",
    ['Carney: "We need to move faster"', 'Carney to premiers: "We need to move faster"'],
)
def test_a_headlines_quotation_after_a_name_and_a_colon_is_that_persons(extract_one, headline):
    text = (
        f"{headline}\n\nOTTAWA — Prime Minister Mark Carney told the premiers on Monday that Canada "
        "needed to build major projects faster."
    )
    quotes = [(r["text"], r["speaker"]) for r in extract_one(text) if r["kind"] == "direct"]
    assert quotes == [("We need to move faster", "Mark Carney")]


def test_a_relative_clause_on_what_a_headline_seeks_is_no_claim(extract_one):
    text = (
        "Crown seeks 10-year sentence for drunk driver who killed cyclist\n\nHALIFAX — A Crown "
        "prosecutor asked a judge on Monday to send Darren Whitby to prison for 10 years."
    )
    assert [c for c in claims(extract_one(text)) if "sentence" in c[0][:20]] == []


def test_a_claim_in_the_standfirst_is_one_record(extract_one):
    # The line under a headline that opens on a quotation is the standfirst: read as a headline
    # and as body text, its claim was recorded twice.
    rs = extract_one(
        "“We were never told”: Families demand answers after outbreak\n\n"
        "TORONTO — Families say they learned about it.\n\n"
        "“We were never told,” said Priya Raman."
    )
    assert claims(rs) == [("they learned about it", "Families")]


def test_a_headlines_title_is_the_one_the_body_gives_it_short(extract_one):
    text = (
        "Senator says city will not pay for stadium\n\nSen. Claire Ashford said Tuesday that the "
        "city would not pay for the new stadium."
    )
    assert ("city will not pay for stadium", "Claire Ashford") in claims(extract_one(text))


def test_what_a_relative_clause_on_the_object_says_is_no_claim_of_the_subject(extract_one):
    text = (
        "Rivals no more: Mayor Holt endorses Marsh, who says he is grateful\n\nMayor Jan Holt said "
        "Friday that she backs Ken Marsh for the council seat."
    )
    assert ("she backs Ken Marsh for the council seat", "Jan Holt") in claims(extract_one(text))
    assert all("grateful" not in claimed for claimed, _ in claims(extract_one(text)))

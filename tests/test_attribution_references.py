"""Who a reference stands for: a person hung on a place, a relative named by a given name, a
title or a rank used for someone named, a name with a small word in it; written here, run
through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_attribution import only, opening_on, speakers, speakers_and_mentions


def test_a_person_of_a_place_whose_name_has_a_particle_is_the_speaker(extract_one):
    # (the "la" of the place's name makes the parser hang the person's name under the place)
    rs = extract_one(
        "Highway\n\nReeve Kam Blight of the Rural Municipality of Portage la Prairie said the "
        "stretch had seen too many crashes.\n\n“It's the third fatal collision there,” he said."
    )
    assert speakers(rs) == ["Kam Blight", "Kam Blight"]


def test_he_after_one_of_several_unnamed_is_that_one(extract_one):
    rs = extract_one(
        "Verdict\n\nLawyer Dale Brennan argued the memories were shaped by the media.\n\n"
        "Outside court, one of the complainants, who cannot be named because of a publication ban, "
        "said he felt relieved.\n\n“I waited 30 years to hear somebody say they believed me,” he said."
    )
    assert speakers(only(rs, "direct")) == ["one of the complainants"]


def test_her_relative_takes_the_surname_of_a_woman_named_before_not_of_the_man_named_last(extract_one):
    rs = extract_one(
        "Obituary\n\nMargaret Asante worked nights at the hospital for 38 years.\n\n"
        "“She never ran,” said Dr. Paul Kerrigan, who worked with her for two decades.\n\n"
        "Her son Kofi said she was strict but funny."
    )
    assert speakers(opening_on(rs, "she was strict")) == ["Kofi Asante"]


def test_a_title_before_a_name_with_a_role_after_it_is_how_the_article_refers_back(extract_one):
    rs = extract_one(
        "Recruiting\n\nGen. Jennie Carignan, the chief of the defence staff, told the committee "
        "that the shortage was urgent.\n\nAn MP asked how long it takes.\n\n“Months,” the general replied."
    )
    assert speakers(opening_on(rs, "Months")) == ["Jennie Carignan"]


def test_a_lede_that_ranks_someone_is_the_person_named_next(extract_one):
    rs = extract_one(
        "Recruiting\n\nThe forces are short 16,000 members, the country's top soldier said Wednesday.\n\n"
        "Gen. Jennie Carignan, the chief of the defence staff, told the committee that the shortage "
        "was urgent."
    )
    assert speakers(rs) == ["Jennie Carignan", "Jennie Carignan"]


def test_a_surname_opening_on_a_capitalised_particle_keeps_it_in_a_paragraph_without_cues(extract_one):
    rs = extract_one(
        "Grocers\n\nLoblaw Companies chairman Galen Weston, Metro CEO Eric La Flèche and Empire Co. CEO "
        "Michael Medline appeared before the House of Commons agriculture committee.\n\n"
        "“We are not a charity,” La Flèche said."
    )
    assert speakers(rs) == ["Eric La Flèche"]


def test_a_couple_named_with_a_possessive_share_the_surname(extract_one):
    rs = extract_one(
        "Flood\n\nWhen the river spilled into Lorraine and Gilles Bergeron's basement, they assumed "
        "they were covered.\n\n“We paid our premiums for 27 years,” Lorraine said."
    )
    assert speakers(only(rs, "direct")) == ["Lorraine Bergeron"]


def test_a_body_named_for_elections_in_a_province_is_one_name(extract_one):
    rs = extract_one("Vote\n\nElections Nova Scotia said voter turnout was expected to be about 55 per cent.")
    assert speakers(rs) == ["Elections Nova Scotia"]


def test_a_lede_describing_someone_is_the_person_named_in_apposition_next(extract_one):
    rs = extract_one(
        "Inquest\n\nA paramedic who responded to the fire testified Tuesday that crews waited 20 minutes.\n\n"
        "Testifying at the inquest, the paramedic, Jasmine Dhillon, said the crews had waited for the "
        "power to be cut."
    )
    assert speakers(rs) == ["Jasmine Dhillon", "Jasmine Dhillon"]


def test_a_noun_for_what_someone_does_before_an_unrecognised_name_is_their_role(extract_one):
    rs = extract_one(
        "Debate\n\nIncumbent Sandra Masters defended her record.\n\nChallenger Chad Bachynski, a "
        "former city councillor, said residents were paying more.\n\n“He voted for those budgets,” "
        "Masters said.\n\nThe incumbent also accused her opponent of making promises he could not pay for."
    )
    assert speakers(opening_on(rs, "her opponent")) == ["Sandra Masters"]


def test_someone_kept_anonymous_is_not_the_person_with_that_role_named_later(extract_one):
    rs = extract_one(
        "Nurses\n\n“There were 41 patients,” said the nurse, who asked that her name not be used.\n\n"
        "Birgit Umaigba, a critical care nurse, said burnout had become the norm.\n\n"
        "The nurse laughed when she heard the minister's number.\n\n“Where are they?” she asked."
    )
    assert speakers(only(rs, "direct")) == ["the nurse", "the nurse"]


@pytest.mark.parametrize(
    "text, names",
    [
        # the end of a body's name (it gave "Her father, Brad," the surname "Debates")
        (
            "The Commission on Presidential Debates has held fast to its threshold, Roy Hermann said.",
            ["Roy Hermann"],
        ),
        # a place name (it gave "His brother, Wayne," the surname "Race")
        (
            "Cape Race is one of a handful of lights that still has a keeper, Gerald Myrick said.",
            ["Gerald Myrick"],
        ),
        # the tail of a business's name ("Time Video" was a woman "she" could stand for)
        (
            "Behind the counter of Reel Time Video sits Gord Mackenzie.",
            ["Gord Mackenzie"],
        ),
        # a middle name or initial is kept with the given name before it
        (
            "The seat went in 2010 to Morris J. Brooks Jr., and Ruth Bader Ginsburg swore him in.",
            ["Morris J. Brooks Jr", "Ruth Bader Ginsburg"],
        ),
        # initials written together are one word of the name
        (
            "K.J. Choi won in Hawaii, and J.K. Rowling watched.",
            ["K.J. Choi", "J.K. Rowling"],
        ),
    ],
)
def test_no_persons_name_is_found_in_a_place_or_a_body_where_the_parser_did_not_run(text, names):
    from quote_miner.attribution.name_finding import capitalised_names

    assert [name for name, _, _ in capitalised_names(text)] == names


def test_a_description_before_a_name_in_capitals_is_the_role_it_is_referred_back_by(extract_one):
    rs = extract_one(
        "Deficit\n\nThe Parliamentary Budget Officer, Yves Giroux, said the government would miss its "
        "targets.\n\nThe opposition said the same.\n\n"
        "“It's roughly what we expected,” said the budget officer."
    )
    assert speakers(only(rs, "direct")) == ["Yves Giroux"]


def test_a_french_given_name_tells_whose_relative_her_relative_is(extract_one):
    rs = extract_one(
        "Skating\n\nMoncton's Émilie Mailloux and her partner, Luc Gagnon, won the title on Saturday.\n\n"
        "“Some people told me to retire,” Gagnon said.\n\n"
        "The pair's coach, Julie Marcotte, said they were special.\n\n"
        "Mailloux's parents watched from the stands. Her mother, Nathalie, said the family had driven "
        "through a snowstorm."
    )
    assert speakers(opening_on(rs, "the family")) == ["Nathalie Mailloux"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # the noun taken for an adjective
            "Inquest\n\nAt the inquest, the paramedic, Jasmine Dhillon, said the crews had waited for the "
            "power to be cut.",
            "Jasmine Dhillon",
        ),
        (  # … or for an adverb
            "Boy found\n\nThe searcher, Jim Lachance, said he heard a faint voice calling for his mother.",
            "Jim Lachance",
        ),
    ],
)
def test_a_noun_the_tagger_took_for_an_adjective_with_a_name_after_it_speaks(extract_one, text, name):
    assert speakers(extract_one(text)) == [name]


def test_a_person_the_recogniser_took_into_the_body_of_their_title_speaks(extract_one):
    rs = extract_one(
        "Fine\n\n“Canadians deserve to get what they pay for,” Commissioner of Competition Matthew "
        "Boswell said in a statement."
    )
    assert speakers(rs) == ["Matthew Boswell"]


def test_it_stands_for_the_body_that_said_it_of_itself_before(extract_one):
    rs = extract_one(
        "Fine\n\nRogers said it disagreed with the bureau's findings.\n\n"
        "“We have always been transparent about speeds,” it said in a statement."
    )
    assert speakers(rs) == ["Rogers", "Rogers"]


def test_a_description_after_someone_asked_a_question_is_not_the_one_who_asked(extract_one):
    # (the host is a person since the recogniser's "[Fox News Sean Hannity]ORG" is split)
    rs = extract_one(
        "CPAC\n\nAt the conference, Fox News host Sean Hannity asked Kasich to lay out his path.\n\n"
        "The candidate said he does not believe any of his rivals will secure the delegates."
    )
    assert "Sean Hannity" not in speakers(opening_on(rs, "he does not"))


def test_a_noun_for_what_someone_is_before_a_spanish_given_name_is_no_part_of_the_name(extract_one):
    rs = extract_one(
        "Ward 9\n\nIncumbent Alejandra Bravo, 52, is seeking a third term.\n\n"
        "Bravo says the ward needs more affordable housing."
    )
    assert speakers(rs) == ["Alejandra Bravo"]


def test_a_description_by_party_and_state_is_the_lawmaker_the_sentence_before_is_about(extract_one):
    rs = extract_one(
        "Border bill\n\nSenate Majority Leader Chuck Schumer accused Republicans of caving to the "
        "former president.\n\n“They asked for this bill,” the New York Democrat said."
    )
    assert speakers_and_mentions(only(rs, "direct")) == [("Chuck Schumer", "the New York Democrat")]


def test_a_state_before_the_noun_a_title_stands_for_fits_a_role_that_names_no_place(extract_one):
    rs = extract_one(
        "Debate\n\nSen. Elizabeth Warren on Tuesday intensified her attacks on the former mayor.\n\n"
        "“We are not going to win with him,” the Massachusetts senator told supporters."
    )
    assert speakers(only(rs, "direct")) == ["Elizabeth Warren"]


def test_a_place_before_the_noun_must_be_in_a_role_that_names_another(extract_one):
    rs = extract_one(
        "Debate\n\nFlorida Gov. Ron Mercer spoke on Tuesday.\n\n“We will win,” the Ohio governor said."
    )
    assert speakers(only(rs, "direct")) != ["Ron Mercer"]


def test_a_lede_describing_someone_with_a_clause_brings_them_in(extract_one):
    rs = extract_one(
        "Speechwriter says he might vote for Clinton\n\nThe lifelong Republican who wrote the "
        "convention speech says he won't vote for Donald Trump and could vote for Hillary Clinton."
    )
    assert "Hillary Clinton" not in speakers(rs)


def test_the_winner_is_the_candidate_the_lede_names_winning(extract_one):
    # (a guard: "Incumbent" became Brown's role this round, and a role ruled "the winner" out)
    rs = extract_one(
        "Mayor re-elected\n\nIncumbent Patrick Brown narrowly held on to the mayor's chair on Monday "
        "night, defeating former councillor Gurpreet Dhillon.\n\n“Brampton has spoken, and I'm "
        "humbled,” the winner told cheering supporters."
    )
    assert speakers(only(rs, "direct")) == ["Patrick Brown"]


def test_of_two_people_with_one_surname_the_one_quoted_right_before_goes_on(extract_one):
    rs = extract_one(
        "ER death\n\nLinda Beaulieu went to the hospital with chest pain, her son, Marc Beaulieu, said.\n\n"
        "“She kept telling them something was wrong,” he said. “They kept telling her to wait.”\n\n"
        "Beaulieu said his mother collapsed in the waiting room."
    )
    assert speakers(opening_on(rs, "his mother")) == ["Marc Beaulieu"]


def test_an_auditor_or_a_coroner_is_a_title(extract_one):
    rs = extract_one(
        "Audit\n\nThe hospital overspent by $38 million, an audit found.\n\n"
        "“These numbers are alarming,” Provincial Auditor Tara Clemett said in an interview."
    )
    assert speakers(only(rs, "direct")) == ["Tara Clemett"]


def test_the_younger_of_two_with_one_surname_is_the_son(extract_one):
    rs = extract_one(
        "Last shift\n\n“I've been very lucky,” Capt. Dave Kowalski said.\n\n"
        "Kowalski's son, Ryan, joined the department in 2015.\n\n"
        "“Growing up, I thought he was a superhero,” the younger Kowalski said."
    )
    assert speakers(opening_on(rs, "Growing up")) == ["Ryan Kowalski"]


def test_the_elder_of_two_with_one_surname_is_the_older_by_the_ages_given(extract_one):
    rs = extract_one(
        "Clinic\n\nDr. Abel Okafor, 64, and Dr. Chinedu Okafor, 33, opened the clinic this month.\n\n"
        "“We showed up,” the younger Okafor said.\n\n"
        "The elder Okafor practised in Nigeria for 25 years before moving to Manitoba.\n\n"
        "“It was humbling,” he said."
    )
    assert speakers(only(rs, "direct")) == ["Chinedu Okafor", "Abel Okafor"]


def test_a_headlines_title_alone_is_the_one_person_the_article_gives_it(extract_one):
    rs = extract_one(
        "Premier vows to fix emergency rooms\n\nNova Scotia Premier Tim Houston on Wednesday "
        "promised more doctors for rural hospitals."
    )
    assert speakers(opening_on(rs, "to fix")) == ["Tim Houston"]


def test_a_name_the_recogniser_took_for_a_place_is_a_persons_with_an_age_after_it(extract_one):
    rs = extract_one(
        "Phones\n\nThe ban starts in September, the minister said.\n\n"
        "Grade 11 student Aiden Park, 16, was skeptical.\n\n"
        "“Everyone's just going to hide them in their hoodie,” he said, laughing."
    )
    assert speakers(only(rs, "direct")) == ["Aiden Park"]


def test_the_company_is_the_body_the_words_it_reports_are_about(extract_one):
    rs = extract_one(
        "Contract\n\nWaterloo-based Northbeam Analytics has signed a $40-million contract to supply "
        "fleet-tracking software to the federal government, the company announced Tuesday."
    )
    assert speakers(rs) == ["Northbeam Analytics"]


def test_a_body_named_in_apposition_to_its_noun_is_the_speaker(extract_one):
    rs = extract_one(
        "Asphalt\n\nThe company behind the project, Lakeland Aggregates, says the plant would meet "
        "all provincial emissions standards."
    )
    assert speakers(rs) == ["Lakeland Aggregates"]


def test_the_company_is_the_one_body_the_sentence_before_names_as_an_owner(extract_one):
    rs = extract_one(
        "Layoffs\n\nUnion leaders condemned Stellantis's decision on Tuesday to lay off 1,200 workers.\n\n"
        "The automaker said the plant would be idled while it retools."
    )
    assert speakers(opening_on(rs, "the plant")) == ["Stellantis"]


def test_the_health_unit_is_the_one_body_named_before_whose_name_ends_in_its_word(extract_one):
    rs = extract_one(
        "Outbreak\n\nWellington-Dufferin-Guelph Public Health has confirmed two cases of mumps at a "
        "high school.\n\nBoth students were unvaccinated, the health unit said."
    )
    assert speakers(rs) == ["Wellington-Dufferin-Guelph Public Health"]


def test_the_company_is_the_body_whose_name_describes_the_subject_of_the_sentence_before(extract_one):
    rs = extract_one(
        "Earnings\n\nLululemon Athletica Inc. shares fell 9 per cent on Thursday after the Vancouver "
        "retailer cut its outlook.\n\nSales in the Americas were flat, the company said."
    )
    assert speakers(rs) == ["Lululemon Athletica Inc."]


def test_she_after_someone_who_did_not_want_to_be_named_is_them(extract_one):
    rs = extract_one(
        "Strike\n\nHealth Minister Carla Boyd said the offer was fair.\n\n"
        "One nurse in Regina, who did not want to be named, said she planned to picket. "
        "“We are done being polite,” she said."
    )
    assert speakers(only(rs, "direct")) == ["One nurse in Regina"]


def test_the_couples_child_named_by_a_given_name_takes_their_surname(extract_one):
    rs = extract_one(
        "Farm stand\n\nHelen Okafor and her husband, Tunde Okafor, have sold berries here since 1998.\n\n"
        "The couple's son, Emeka, 31, now runs the stand.\n\n“It's a lot of early mornings,” Emeka said."
    )
    assert speakers(only(rs, "direct")) == ["Emeka Okafor"]


def test_a_time_after_an_unnamed_speaker_is_no_part_of_the_description(extract_one):
    rs = extract_one(
        "Ruling\n\nA federal judge on Friday blocked Manitoba from enforcing a law that restricts "
        "protests near clinics, ruling that it was too broad."
    )
    assert speakers_and_mentions(rs) == [("A federal judge", "A federal judge")]


def test_it_after_a_government_without_a_name_is_that_government(extract_one):
    rs = extract_one(
        "Bill\n\nThe provincial government tabled a bill on Monday that it says will halve wait times "
        "for building permits."
    )
    assert speakers(rs) == ["The provincial government"]


def test_a_name_the_recogniser_ran_an_apposition_into_starts_after_the_comma(extract_one):
    rs = extract_one(
        "Trial\n\nFormer councillor Marc Demers testified on Tuesday.\n\n"
        "Under questioning from his lawyer, Isabel Schurman, Demers said the envelopes never existed."
    )
    assert speakers_and_mentions(opening_on(rs, "the envelopes")) == [("Marc Demers", "Demers")]


def test_a_word_inside_a_long_name_the_person_goes_by_is_that_person(extract_one):
    rs = extract_one(
        "Brasilia\n\nPresident Luiz Inácio Lula da Silva said Tuesday that he would not run again.\n\n"
        "“It is time for a new generation,” Lula told reporters."
    )
    assert speakers(rs) == ["Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"]


def test_a_shared_surname_is_the_one_of_the_two_quoted_before(extract_one):
    # (both named once in full; only one of them speaks in the piece)
    rs = extract_one(
        "Family demands answers\n\nThe family of a man shot by police in Regina last week says they "
        "still don't know why officers fired.\n\nKeisha Moreau's cousin, Daniel Moreau, told reporters "
        "on Monday that police had not called the family.\n\n“We read about it online,” he said. "
        "“Like strangers.”\n\nThe province's police watchdog is investigating.\n\n"
        "Moreau said his cousin had just found work."
    )
    assert speakers(opening_on(rs, "his cousin had")) == ["Daniel Moreau"]


def test_a_description_is_the_person_the_next_paragraph_says_is_their_name(extract_one):
    rs = extract_one(
        "Chip truck\n\nThe chip truck outside the Carleton Place arena has one rule.\n\n"
        "“If they're pale, they go back in,” the woman at the window said.\n\n"
        "Her name is Lise Gauthier, and she has run the truck since 2009."
    )
    assert speakers(only(rs, "direct")) == ["Lise Gauthier"]


def test_a_place_the_recogniser_took_for_a_person_is_nobody_he_can_be(extract_one):
    rs = extract_one(
        "Fries\n\nThe fries at the Smiths Falls arena are famous across the valley.\n\n"
        "“They are the best in Ontario,” he said."
    )
    assert speakers(rs) == [None]


def test_one_who_reigns_goes_by_one_name_and_by_the_title(extract_one):
    rs = extract_one(
        "King Charles thanks carers in Christmas message\n\n"
        "The King used his Christmas broadcast to thank unpaid carers, saying their work was "
        "often unseen.\n\n"
        "“They give so much and ask for so little,” Charles said."
    )
    assert speakers(rs) == ["Charles", "Charles"]


def test_their_union_in_a_lede_is_the_union_the_next_paragraph_names(extract_one):
    rs = extract_one(
        "Vote\n\nPostal workers have voted to reject a tentative deal, their union said Sunday.\n\n"
        "The Canadian Union of Postal Workers, which represents 55,000 carriers, said 97 per cent "
        "of members voted."
    )
    assert speakers(rs) == ["Canadian Union of Postal Workers"] * 2


def test_a_description_the_next_sentence_names_with_it_was_is_that_person(extract_one):
    rs = extract_one(
        "Inside the room\n\nIt was nearly 2 a.m. when the phone rang.\n\n"
        "\u201cThey're ready,\u201d said the voice on the other end. It was Chris Green, the "
        "government's chief negotiator."
    )
    assert speakers(rs) == ["Chris Green"]


def test_a_description_refers_back_through_the_description_right_before_it(extract_one):
    # (the sentence right before names no one: its subject describes the man named first)
    rs = extract_one(
        "The last video store\n\nBehind the counter of Reel Time Video on Queen Street, surrounded "
        "by 12,000 DVDs, sits Gord Mackenzie.\n\nThe soft-spoken 68-year-old has run the shop "
        "since 1989, when it rented VHS tapes for $3 a night.\n\n“People tell me I'm crazy,” the "
        "shopkeeper said. “Maybe I am.”"
    )
    assert speakers(only(rs, "direct")) == ["Gord Mackenzie", "Gord Mackenzie"]


def test_an_age_after_hyphenated_words_describing_someone_is_all_one_description(extract_one):
    rs = extract_one(
        "The last video store\n\nGord Mackenzie opened the shop in 1989.\n\n“People tell me I'm "
        "crazy,” the soft-spoken 68-year-old said."
    )
    assert speakers_and_mentions(only(rs, "direct")) == [("Gord Mackenzie", "the soft-spoken 68-year-old")]


def test_the_department_is_the_body_the_words_it_reports_are_about(extract_one):
    rs = extract_one(
        "Funding cut\n\nHealth Canada will cut funding for the program by 10 per cent, the department "
        "said Tuesday.\n\nIn a statement, the department said the cut was needed to balance the budget."
    )
    assert speakers(rs) == ["Health Canada", "Health Canada"]


def test_his_office_is_the_office_of_the_man_his_stands_for(extract_one):
    rs = extract_one(
        "Pipeline\n\nB.C. Premier David Eby has yet to say whether he would accept a pipeline. His "
        "office said only that the premier's position had not changed."
    )
    assert speakers_and_mentions(only(rs, "indirect")) == [("David Eby's office", "His office")]


def test_a_document_named_with_its_owner_speaks_for_the_owner(extract_one):
    rs = extract_one(
        "Dairy\n\nDairy Farmers of Canada said supply management was not up for negotiation. The "
        "group's statement called the threat “unacceptable.”\n\nPresident Donald Trump wrote on social "
        "media that Canada was cheating. Trump's post said the tariffs were coming."
    )
    assert speakers(only(rs, "indirect")) == ["Dairy Farmers of Canada"] * 2 + ["Donald Trump"] * 2


def test_a_role_opening_the_lede_is_the_one_its_description_refers_back_to(extract_one):
    # (the lede has no cue, so the parser skips it; "captain" was tagged a verb)
    rs = extract_one(
        "Senators edge Bruins\n\nOTTAWA — Rookie forward Carter Yakemchuk scored with 38 seconds left "
        "to give the Ottawa Senators a 3-2 win over the Boston Bruins on Tuesday night.\n\nIt was the "
        "first NHL goal for the 20-year-old, who was called up on Sunday.\n\n“I just closed my eyes "
        "and shot,” the rookie said.\n\nSenators captain Brady Tkachuk, who set up the goal, said he was "
        "happy for his teammate.\n\n“He's been working so hard for this,” the captain said."
    )
    assert speakers(only(rs, "direct")) == ["Carter Yakemchuk", "Brady Tkachuk"]


def test_the_report_is_the_one_whose_report_the_article_named(extract_one):
    rs = extract_one(
        "Paving contracts\n\nKim Adair's report, released Tuesday, found that the department awarded "
        "40 per cent of contracts without bids.\n\nThe report said oversight had been “inconsistent "
        "at best.”"
    )
    assert speakers(only(rs, "partial")) == ["Kim Adair"]


def test_a_ledes_officer_of_a_place_is_the_one_the_next_paragraph_has_speak(extract_one):
    # (and what he said "in a report tabled Thursday that …" is his claim: the parser hung the
    # clause on "tabled")
    rs = extract_one(
        "Privacy watchdog\n\nCanada's privacy commissioner says the RCMP broke the law when it used "
        "facial recognition software.\n\nPhilippe Dufresne said in a report tabled Thursday that the "
        "force failed to check whether the software was lawful."
    )
    assert [(r["speaker"], r["text"][:20]) for r in only(rs, "indirect")] == [
        ("Philippe Dufresne", "the RCMP broke the l"),
        ("Philippe Dufresne", "the force failed to "),
    ]

"""Names the recogniser found, mended: ``complete_person_names`` on docs parsed as extraction
parses them, with the entities the recogniser is known to get wrong set by hand."""

from __future__ import annotations

import pytest

from quote_miner.entity_names import complete_person_names
from quote_miner.nlp import parse_paragraphs


def _set(doc, text: str, taken: str, label: str) -> None:
    from spacy.tokens import Span

    start = text.index(taken)
    span = doc.char_span(start, start + len(taken))
    doc.set_ents([Span(doc, span.start, span.end, label=label)], default="outside")


@pytest.mark.parametrize(
    ("text", "taken", "name"),
    [
        # a sentence's first word, a verb, that the recogniser took in: "[Said Okafor]:"
        ("Said Okafor: “Nobody asked us.”", "Said Okafor", "Okafor"),
        # a common word and a dash before the name: "the missing [roof - Lena Marsh] said"
        ("But for the missing roof - Lena Marsh said - it was fine.", "roof - Lena Marsh", "Lena Marsh"),
        # a name's own lower-case particle stays (and the given name left out between the
        # title and the name joins it)
        ("Mayor Bill de Blasio said the city would pay.", "de Blasio", "Bill de Blasio"),
    ],
)
def test_a_word_the_recogniser_took_in_front_of_a_name_is_none_of_it(nlp, text, taken, name):
    [doc] = parse_paragraphs(nlp, [text], full=[True], batch_size=8)
    _set(doc, text, taken, "PERSON")
    complete_person_names(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == [name]


def test_a_person_the_recogniser_took_for_a_body_up_to_of_is_the_person(nlp):
    # the recogniser, reading only the words near names, returns "[Jess Spieker of]ORG"
    text = "“This is a big win,” said Jess Spieker of Friends and Families for Safe Streets."
    [doc] = parse_paragraphs(nlp, [text], full=[True], batch_size=8)
    _set(doc, text, "Jess Spieker of", "ORG")
    complete_person_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Jess Spieker", "PERSON")]


def test_a_body_whose_name_has_of_keeps_it(nlp):
    text = "“It was a fair trial,” said John Jay College of Criminal Justice professor Ann Ruiz."
    [doc] = parse_paragraphs(nlp, [text], full=[True], batch_size=8)
    _set(doc, text, "John Jay College of Criminal Justice", "ORG")
    complete_person_names(doc)
    assert ("John Jay College of Criminal Justice", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_initials_before_a_surname_are_the_given_name(nlp):
    text = "RJ Barrett, who led Toronto with 24 points, said the locker room was quiet."
    [doc] = parse_paragraphs(nlp, [text], full=[True], batch_size=8)
    _set(doc, text, "Barrett", "PERSON")
    complete_person_names(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["RJ Barrett"]

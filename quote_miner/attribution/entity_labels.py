"""Names the recogniser labelled as something else, relabelled on the doc before anything
reads its entities: a person's name taken for a place or a group when the sentence shows a
person ("The Conservative leader, [Kemi Badenoch]GPE, said", "[Jean-François de Grandpré]ORG,
58,", "said [Choi]ORG, who …", "[Sophie Petit-Zeman]ORG of the Association of …", "Local [MSP
Paul Sweeney]ORG", "chief executive [Pablo Vegas]GPE"), a nation's noun taken for a person's
name ("the [Briton]PERSON"), and a "person" written in small letters, which is none."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quote_miner.attribution.gender import noun_gender
from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.lexicon import DEMONYM_NOUNS, ORGANISATION_NOUNS
from quote_miner.attribution.name_finding import AGE_AFTER_NAME_RE
from quote_miner.attribution.names import one_persons_noun
from quote_miner.attribution.syntax import doc_text
from quote_miner.attribution.titles import TITLE_WORDS
from quote_miner.entity_names import COMPANY_NAME_ENDINGS
from quote_miner.names import NAME_PARTICLES


def names_in_apposition(doc: Doc) -> None:
    """A name the recogniser took for a place or a group is a person's when it stands in
    apposition to a noun for one person: "The Conservative leader, [Kemi Badenoch]GPE, said",
    "Her aunt, [Beverly Thomas]GPE, said",
    "Former Hewlett-Packard CEO [Carly Fiorina]ORG named …". (And a "person" in small letters
    is none.)"""
    if not doc.has_annotation("DEP") or not doc.has_annotation("ENT_IOB"):
        return
    ents = list(doc.ents)
    changed = False
    lowercase: list[Span] = []
    for k, ent in enumerate(ents):
        if ent.label_ == "PERSON" and not any(t.text[:1].isupper() for t in ent):
            lowercase.append(ent)  # no name is written in small letters: "after [landlord]PERSON's sale"
            continue
        if ent.label_ == "PERSON" and len(ent) == 1 and ent[0].text in DEMONYM_NOUNS:
            ents[k] = Span(doc, ent.start, ent.end, label="NORP")  # "the 23-year-old [Briton]PERSON"
            changed = True
            continue
        head = ent.root.head
        # ... or a noun for one person in apposition to it: "[Sylvain Charlebois]ORG, director of …"
        described = [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end and c.pos_ == "NOUN"]
        # ... or after a noun for one person, with an age set off after it: "Grade 11 student
        # [Aiden Park]FAC, 16,"
        # (or set off by commas as people's ages are: "[Jean-François de Grandpré]ORG, 58, has
        # worked at the mill …")
        aged = any(c.dep_ == "appos" and c.like_num for c in ent.root.children) and (
            any(
                c.dep_ == "compound" and c.i == ent.start - 1 and one_persons_noun(c.lower_)
                for c in ent.root.children
            )
            or AGE_AFTER_NAME_RE.match(doc_text(doc), ent.end_char) is not None
        )
        # ... or a given name opening it, and the organisation they are of after it: "said
        # [Sophie Petit-Zeman]ORG of [the Association of Medical Research Charities]ORG"
        of_a_body = given_name_gender(ent[0].text) is not None and _of_an_organisation(doc, ent.end)
        # ... or a given name opening it after a noun for one person: "ERCOT chief executive
        # [Pablo Vegas]GPE said"
        after_a_role = (
            given_name_gender(ent[0].text) is not None
            and ent.start > 0
            and doc[ent.start - 1].pos_ == "NOUN"
            and one_persons_noun(doc[ent.start - 1].lower_)
        )
        if ent.label_ == "ORG" and _office_before_a_name(ent):
            # "Local [MSP Paul Sweeney]ORG said": the office's letters and a person's name
            ents[k] = Span(doc, ent.end - 2, ent.end, label="PERSON")
            changed = True
            continue
        if _described_by_who(ent):
            # "said [Choi]ORG, who has gone on to win more than $17 million": a person
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
            continue
        if (
            ent.label_ in ("GPE", "ORG", "NORP", "FAC")
            and ent.root.i == ent.end - 1
            # (a company's name stays one: "The building's new owner, [Crestview Properties]")
            and ent[-1].text.rstrip(".") not in COMPANY_NAME_ENDINGS
            # (a hyphen joins a given name: "Jean-Marc Guillot")
            # (and a particle inside: "Jean-François de Grandpré")
            and 2
            <= len(
                words := [t for t in ent[:-1] if t.text != "-" and t.text not in NAME_PARTICLES] + [ent[-1]]
            )
            <= 3
            # (inner capitals too: "Alasdair MacLeod", "Ron DeSantis")
            and all(len(t) > 1 and t.is_alpha and t.text[0].isupper() and t.text[1].islower() for t in words)
            and (
                ent.root.dep_ == "appos"
                and head.i < ent.start
                and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.lower_ in TITLE_WORDS)
                and (one_persons_noun(head.lower_) or noun_gender(head.lower_) is not None)
                # (not a body's noun: "Their insurer, [Intact Financial],")
                and head.lower_ not in ORGANISATION_NOUNS
                or any(one_persons_noun(c.lower_) for c in described)
                or aged
                or of_a_body
                or after_a_role
            )
        ):
            start = ent.start
            while start < ent.end - 2 and one_persons_noun(doc[start].lower_):
                start += 1  # (not the role that opens the sentence: "Goaltender Connor Hellebuyck")
            ents[k] = Span(doc, start, ent.end, label="PERSON")
            changed = True
    if lowercase:
        doc.set_ents([e for e in ents if e not in lowercase], outside=lowercase, default="unmodified")
    elif changed:
        doc.set_ents(ents, default="unmodified")


def _office_before_a_name(ent: Span) -> bool:
    """Whether a group's name is an office in capitals or a title, then a given name and a
    surname: "MSP Paul Sweeney", "MPP Jill Dunlop" (not "Walt Disney", "Bill Gates Foundation")."""
    if len(ent) < 3 or given_name_gender(ent[-2].text) is None or not ent[-1].is_title:
        return False
    return all(t.is_upper and t.is_alpha and len(t) <= 4 or t.lower_ in TITLE_WORDS for t in ent[:-2])


def _described_by_who(ent: Span) -> bool:
    """A name the recogniser took for a group's, with no article before it, that a "who"
    clause set off by a comma describes."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end + 1 >= len(doc) or ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return False
    who = doc[ent.end + 1]
    # (not a place after a preposition the parser hung the clause on: "Democrats on Capitol
    # Hill, who have argued …")
    return (
        doc[ent.end].text == ","
        and who.lower_ == "who"
        and who.head.head == ent.root
        and ent.root.dep_ != "pobj"
        and ent[0].is_title
    )


def _of_an_organisation(doc: Doc, end: int) -> bool:
    """Whether "of", "at" or "with" and an organisation's name follow token ``end``."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "at", "with"):
        return False
    body = doc[end + 2] if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else doc[end + 1]
    return body.ent_type_ == "ORG"

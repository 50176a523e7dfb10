"""Who can hold a claim or a view: a person, a group, an institution, a document they issued,
a pronoun for one, or the noun a relative pronoun stands for (../shared/gold/CLAIMS.md)."""

from __future__ import annotations

from spacy.tokens import Token

from quote_miner.attribution.affiliations import PARTY_MEMBERS
from quote_miner.attribution.claim_lexicon import (
    COPULAS,
    NEGATIVE_DETERMINERS,
)
from quote_miner.attribution.lexicon import (
    AGENT_SUFFIXES,
    CALENDAR_WORDS,
    ENTITY_TYPES,
    EPITHET_NOUNS,
    NOT_AGENTS,
    OCCUPATIONS,
    PERSON_SUFFIXES,
    QUANTIFIER_SOURCES,
    RELATIVE_PRONOUNS,
    SITUATION_NOUNS,
    SOURCE_NOUNS,
    STANDING_NOUNS,
    TIME_ENTITIES,
)
from quote_miner.attribution.syntax import (
    age_description,
    article_people,
    has_article,
    has_child,
    own_subject,
)
from quote_miner.names import NAME_PARTICLES


def relative_antecedent(token: Token) -> Token | None:
    """What a relative pronoun subject stands for: "Beck, who …", "a sign that read …"."""
    low = token.lower_
    verb = token.head
    if low not in RELATIVE_PRONOUNS or verb.dep_ != "relcl" or verb.head == verb:
        return None
    antecedent = verb.head
    if antecedent.lower_ in RELATIVE_PRONOUNS or antecedent.pos_ not in ("PROPN", "NOUN"):
        return None
    before = token.doc[token.i - 2] if token.i >= 2 and token.doc[token.i - 1].text == "," else None
    if (
        low == "who"
        and before is not None
        and before.ent_type_ == "PERSON"
        and antecedent.ent_type_ != "PERSON"
        and antecedent.i < before.i
        and antecedent in list(before.ancestors)
    ):
        # "who" is a person: the name right before its comma, which the parser hung lower
        # ("talks with Olmert and Israeli President Shimon Peres, who cautioned …")
        return before
    if low == "who" and antecedent.dep_ == "appos" and antecedent.head.ent_type_ == "PERSON":
        return antecedent.head  # the name the role is set beside: "McConnell, now the majority leader, who …"
    return _predicated_of(antecedent) or antecedent


def _predicated_of(noun: Token) -> Token | None:
    """Who a predicate noun describes: in "Trump … is a serial liar, xenophobe and birther who
    has pledged …" the one who pledged is Trump, not "birther"."""
    while noun.dep_ in ("conj", "appos") and noun.head != noun:
        noun = noun.head  # "a serial liar, rampant xenophobe and birther who …"
    copula = noun.head
    if noun.dep_ != "attr" or copula.lower_ not in COPULAS:
        return None
    subject = own_subject(copula)
    while subject is None and copula.dep_ == "conj" and copula.head != copula:
        copula = copula.head  # "… incites violence and is a liar who …"
        subject = own_subject(copula)
    return subject


def credible_source(subj: Token) -> bool:
    """A subject that can hold a view: a name, an institution, people, a publication."""
    if subj.lower_ in ("they", "we", "i"):
        return True
    if subj.ent_type_ in ENTITY_TYPES or subj.pos_ == "PROPN":
        return True
    return subj.pos_ == "NOUN"


def is_time_word(tok: Token) -> bool:
    """A word of a date or a time ("July", "Wednesday", "last week"), not a name the recogniser
    took into one ("[Last week Stumpf]")."""
    return tok.ent_type_ in TIME_ENTITIES and (tok.pos_ != "PROPN" or tok.lower_ in CALENDAR_WORDS)


def is_source(tok: Token, *, speech: bool = False, saying: bool = False) -> bool:
    """Whether ``tok`` can hold a claim: a person, a group, an institution, a document they
    issued, or a pronoun for one ("it" only as the subject of a speech verb: "the company said
    it …"). Not "Photos", "the approach", "violations" (../shared/gold/CLAIMS.md). With a verb
    only people and their papers do (``saying``: "say", "argue"), any noun or count is one:
    "The actress said …", "Mrs. Hill's confidants say …", "Six in 10 say …"."""
    low = tok.lower_
    if low in ("he", "she", "they", "we", "i", "you") or low == "it" and speech:
        return True
    if age_description(tok) is not None:
        return True  # "The 38-year-old said …", a person by age (the recogniser's DATE)
    if is_time_word(tok):
        return False  # "her records in July, which showed …": a date says nothing
    if (
        low in ("nobody", "none")
        or low == "few"
        and not has_child(tok, "det", "a")
        or any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS for c in tok.children)
    ):
        # "No one bothered to tell me …", "neither candidate invokes …": said by nobody; "Few
        # believe the deal will survive": what most do not believe
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN":
        return True
    if any(c.dep_ == "compound" and c.lower_ in NAME_PARTICLES and c.tag_ == "NNP" for c in tok.children):
        return True  # a body's name in another language: "The Bureau de coopération interuniversitaire"
    # members of a party or a people, first in the sentence and untagged: "Republicans say …"
    people = low in PARTY_MEMBERS or len(low) >= 7 and low.endswith("ans")
    if people and tok.tag_ == "NNS" and tok.text[:1].isupper():
        return True
    if tok.text[:1].isupper() and (tok.i > tok.sent.start or tok.text in article_people(tok.doc)):
        return True  # a name the tagger took for a common noun ("Trump" as NN)
    if low in RELATIVE_PRONOUNS:
        antecedent = relative_antecedent(tok)
        return antecedent is not None and is_source(antecedent, speech=speech)
    if low in QUANTIFIER_SOURCES:
        return True
    if low in ("other", "another") and tok.dep_ in ("nsubj", "nsubjpass"):
        return True  # the second of two sources: "one of the officials said … The other said …"
    if low in ("former", "latter") and tok.dep_ in ("nsubj", "nsubjpass") and has_article(tok):
        return True  # one of two named before: "… while the latter said it would …"
    # (also a name in brackets: "The Fédération … du Québec (FIQ) said"; whatever the tagger
    # made of the noun: "the [paramedic]JJ, Jasmine Dhillon, said")
    if any(c.dep_ == "appos" and c.ent_type_ in ("ORG", "PERSON") for c in tok.children):
        return True
    if tok.pos_ not in ("NOUN", "NUM"):
        return False
    if saying:
        return True
    low = low.rsplit("-", 1)[-1]  # "ex-wife", "co-chair"
    if not PEOPLES_NOUNS.isdisjoint(singulars(low)):
        return True
    if any(form.endswith(PERSON_SUFFIXES) for form in singulars(low)):
        return True  # ("politicians", "historians")
    return low.endswith(AGENT_SUFFIXES) and low.rstrip("s") not in NOT_AGENTS and len(low) > 4


# Nouns for people and what they issue, any of which can hold a claim: "a flight attendant told her".
PEOPLES_NOUNS = SOURCE_NOUNS | EPITHET_NOUNS | OCCUPATIONS | SITUATION_NOUNS | STANDING_NOUNS


def singulars(noun: str) -> set[str]:
    """The forms a plural may have in the singular: "officials", "witnesses", "companies"."""
    forms = {noun}
    for plural, singular in (("s", ""), ("es", ""), ("ies", "y")):
        if noun.endswith(plural):
            forms.add(noun[: -len(plural)] + singular)
    return forms


def is_named(tok: Token) -> bool:
    """A subject that names someone: a name, an institution, he or she, "who" after a name."""
    if tok.ent_type_ in ENTITY_TYPES or tok.pos_ == "PROPN" or tok.lower_ in ("he", "she"):
        return True
    antecedent = relative_antecedent(tok)
    return antecedent is not None and (tok.lower_ == "who" or is_named(antecedent))

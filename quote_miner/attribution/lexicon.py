"""Word lists and patterns attribution reads: pronouns, titles, entity types, vague subjects,
headline labels, stance words. Data in one place; the cue verbs and nouns are in ``quotes``."""

from __future__ import annotations

import re

from quote_miner.names import TITLES
from quote_miner.quotes import (
    BELIEF_LEMMAS,
    INTENT_LEMMAS,
    JUDGEMENT_LEMMAS,
    OBJECT_LEMMAS,
    PREP_VERBS,
    SPEECH_LEMMAS,
)

# Words that stand before a name as a title or role: the name matcher's titles (less "of",
# which only joins a title to its office), plus role words and dotted abbreviations.
TITLE_WORDS = (TITLES - {"of"}) | frozenset(
    """adm adviser advisor brother capt ceo chair chairman chairwoman col. commissioner
    defence defense director dr. economy father gen. gov. high interior lawmaker leader
    lt. maj mr. mrs. ms. national official officials prof. rep. representatives security
    sen. sgt sister speaker treasury u.s.""".split()
)


PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


PLURAL_PRONOUNS = {"they", "them", "their"}


RELATIVE_PRONOUNS = {"who", "which", "that"}


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "organization",
    "NORP": "organization",
    "FAC": "organization",
}


TRAILER_RE = re.compile(r"^\s*(?:[—–―-]{1,2}|--)\s*((?:[A-Z][\w.’'-]*\s*){1,4})")


# One to four capitalised words: "Rep. Trey Gowdy", "Pence".
NAME_RUN = r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*"


COLON_NAME_RE = re.compile(rf"({NAME_RUN})(?:\s*\([^()]{{1,30}}\))?\s*:\s*$")


# What someone issues to speak for them: "the Council issued a statement calling …".
DOCUMENT_NOUNS = frozenset(
    """statement statements letter memo memorandum release communique
    note notice report filing declaration proclamation order ruling resolution""".split()
)


DASHES = frozenset({"-", "—", "–", "--", "―"})


# How far from the quotation marks (in tokens) a cue is looked for.
FRAME_WINDOW = 40


VAGUE_SUBJECTS = frozenset(
    {
        "it",
        "this",
        "that",
        "which",
        "who",
        "anybody",
        "anyone",
        "everyone",
        "some",
        "many",
        "others",
        "most",
        "few",
        "nobody",
        "something",
        "what",
    }
)


# Cues whose next word is the person spoken to, not the speaker: "told AFP", "asked Trump".
OBJECT_OF_SPEECH = frozenset(
    "tell ask inform brief remind assure reassure thank urge accuse advise "
    "instruct warn question challenge".split()
)


JUDGING_LEMMAS = JUDGEMENT_LEMMAS | SPEECH_LEMMAS


# Verbs whose object is a name given or words uttered: "called her “Miss Piggy”",
# "chanting “U-S-A!”" (but "told “Good Morning America”" is a show).
NAMING_LEMMAS = frozenset("call dub nickname label brand term name chant sing shout crown".split())


# What a stated position is about: "talked about the plan", "warned of a crisis".
TOPIC_PREPS = frozenset({"about", "of", "for", "on", "against", "over", "regarding"})


# Adjectives that state a position: "critical of", "confident that".
STANCE_ADJECTIVES = frozenset(
    """critical confident concerned worried skeptical sceptical optimistic pessimistic sure
    certain hopeful doubtful supportive opposed convinced adamant insistent wary fearful proud
    angry upset furious happy pleased disappointed aware""".split()
)


# Headline labels that are not sources: "The Latest: …", "Watch: …".
HEADLINE_LABELS = frozenset(
    [
        "the latest",
        "breaking",
        "watch",
        "video",
        "exclusive",
        "update",
        "analysis",
        "opinion",
        "live",
        "editorial",
        "review",
        "commentary",
        "photos",
        "explainer",
        "fact check",
    ]
)


HEADLINE_CUES = SPEECH_LEMMAS | BELIEF_LEMMAS | INTENT_LEMMAS | OBJECT_LEMMAS | JUDGEMENT_LEMMAS | PREP_VERBS


HEADLINE_COLON_RE = re.compile(rf"^\s*({NAME_RUN})\s*:\s+(?=\S)")


HEADLINE_TAIL_RE = re.compile(
    r",\s+((?:[\w.’'-]+\s+){0,5}[\w.’'-]+)\s+(?:[Ss]ays|[Ss]aid|[Ww]arns|[Cc]laims)[.!]?\s*$"
)


# Verbs of being, having and moving: their topic phrases are places and times, not positions.
PLAIN_VERBS = frozenset(
    """is was are were be been being has have had having go goes went gone going come comes came
    coming live lives lived living stay stayed sit sat stand stood move moved travel traveled
    travelled arrive arrived return returned work worked works serve served serving run ran
    running remain remained remains get got gets take took taken meet met""".split()
)


STANCE_PREPS = frozenset({"about", "on", "of", "over", "against", "for"})


CAPITALISED_NAME_RE = re.compile(
    r"\b(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?|[A-Z]\.)){1,3}"
)


GENDERED_WORDS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


GENDERED_TITLES = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}

"""What a name's context says the person is: the title words before it ("Kremlin spokesman
Dmitry Peskov"), an apposition after it ("Ann Wise, a professor at …"), or the description it
stands in apposition to ("The lanky professor, Tom Reed, …")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quote_miner.attribution.affiliations import PARTIES, PARTY_MEMBER_NOUNS
from quote_miner.attribution.description_lexicon import CONTEST_NOUNS, TEAM_STANDING_NOUNS
from quote_miner.attribution.lexicon import (
    EPITHET_NOUNS,
    OCCUPATIONS,
    RELATION_ROLE_NOUNS,
    STANDING_NOUNS,
)
from quote_miner.attribution.syntax import ancestors
from quote_miner.attribution.titles import TITLE_WORDS


def names_what_one_does(word: str) -> bool:
    """A noun the word lists give for what one person does or is: "captain", "rookie" (the
    lists only: a suffix test takes in "for" and "former")."""
    low = word.lower()
    return low in EPITHET_NOUNS or low in OCCUPATIONS or low in STANDING_NOUNS


def role_before(ent: Span) -> str | None:
    """Title words in front of a name: "Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman"."""
    doc = ent.doc
    root = ent.root
    i = ent.start - 1
    while i >= 0:
        t = doc[i]
        # (a role noun the tagger took for a verb is none: "Senators [captain]VBP Brady Tkachuk")
        noun = names_what_one_does(t.text) or t.lower_.rstrip(".") in TITLE_WORDS
        verbal = t.pos_ in ("VERB", "AUX", "ADP") and t.dep_ != "prep" and not noun
        if t.is_punct or t.dep_ in ("det", "poss", "case", "cc") or verbal:
            break
        if not (t.head == root or root in ancestors(t) or t.head.i >= ent.start or t.head.i > t.i):
            break
        i -= 1
    words = doc[i + 1 : ent.start]
    role = words.text.strip(" ,")
    # A role is a few words of one noun phrase ("US Secretary of State"), never a headline.
    if (
        not role
        or len(words) > 6
        or any(c in role for c in "/|\n:()")
        # (a noun for what one does, tagged as a name at the head of a sentence: "Rookie forward")
        or not any(
            t.pos_ == "NOUN" or t.lower_.rstrip(".") in TITLE_WORDS or names_what_one_does(t.text)
            for t in words
        )
    ):
        return None
    return role


def role_appos(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "appos":
            words = [t for t in child.subtree if not t.is_punct]
            if words and words[0].dep_ == "det":
                words = words[1:]
            if all(t.like_num for t in words):
                continue  # an age: "Ikram Hamoud, 34, was named …"
            if words and len(words) <= 12:
                return token.doc[words[0].i : words[-1].i + 1].text
    return None


def role_described(token: Token) -> str | None:
    """The description a name stands in apposition to: "The lanky professor, Tom Reed, …" →
    "lanky professor" (what "the bespectacled professor said" later refers to)."""
    head = token.head
    # (the description is the phrase itself, not a noun inside it: "The author of the book,
    # Mitchell Zuckoff," is no book)
    # (or a title in capitals: "The Parliamentary Budget Officer, Yves Giroux,")
    titled = head.pos_ == "PROPN" and not head.ent_type_ and head.lower_ in TITLE_WORDS
    if token.dep_ != "appos" or head.pos_ != "NOUN" and not titled or head.i > token.i or head.dep_ == "pobj":
        return None
    words = description_words(head)
    if not words or len(words) > 8:
        return None
    return token.doc[words[0].i : words[-1].i + 1].text


def description_words(noun: Token) -> list[Token]:
    """The words of a description up to its noun, its article left out: "The lanky professor" →
    lanky professor."""
    words = [t for t in noun.doc[noun.left_edge.i : noun.i + 1] if not t.is_punct]
    return words[1:] if words and words[0].dep_ == "det" else words


def role_allows(role: str | None, noun: str) -> bool:
    """Whether a person of ``role`` may be described by ``noun``: any, when the article gives
    them none or only whom they stand by."""
    words = role.lower().split() if role else []
    if noun in PARTY_MEMBER_NOUNS:
        # a party's member whatever else they are, unless the role names another party
        parties = {PARTIES[w] for w in words if w in PARTIES}
        return not parties or PARTIES[noun] in parties
    return (
        not words
        or noun in words
        or words[-1] in RELATION_ROLE_NOUNS
        or noun in CONTEST_NOUNS
        or words[-1] in TEAM_STANDING_NOUNS
    )


def person_after_a_role_inside(token: Token) -> Token | None:
    """The person the parser set in apposition to an organisation when the name follows a role
    inside its phrase: "said the Friends of [Medicare's executive director]pobj, Chris Gallaway"
    (the apposition hangs on "Friends"; the name is the director's). None otherwise ("the
    Friends of Medicare, a lobby group")."""
    appos = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if appos is None or appos.i < token.i + 3 or token.doc[appos.left_edge.i - 1].text != ",":
        return None
    role = token.doc[appos.left_edge.i - 2]
    inside = role.i > token.i and token in role.ancestors
    return appos if inside and role.pos_ == "NOUN" and role.lower_ in TITLE_WORDS else None


def person_titled_inside(token: Token) -> Token | None:
    """The person a body's name runs into with a title between, which the parser hung on the
    body's "of": "Assembly of First Nations National Chief Cindy Woodhouse Nepinak welcomed …" is
    hers (the body is her role's). A word of the body's name in another language may be taken
    for the preposition: "Tk'emlúps [te]IN Secwépemc Chief Rosanne Casimir said" (and the name
    for a number)."""
    of = next(
        (
            c
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in ("prep", "nmod") and _foreign_word(c)
        ),
        None,
    )
    name = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    body_types = ("ORG", "") if of is None or of.lower_ == "of" else ("ORG", "", "CARDINAL", "GPE", "NORP")
    if name is None or name.pos_ != "PROPN" or token.ent_type_ not in body_types:
        return None
    start = name.i
    doc = token.doc
    # (a name the recogniser missed too, after its title: "… Nyäk Dun Chief Dawna Hope said")
    while (
        start - 1 > of.i
        and doc[start - 1].head.i <= name.i
        and (
            doc[start - 1].ent_type_ == "PERSON"
            or doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and doc[start - 1].lower_ not in TITLE_WORDS
            # (not a body's name: "the chairman of the U.S. Senate Committee")
            and doc[start - 1].ent_type_ == name.ent_type_ == ""
        )
    ):
        start -= 1
    title = doc[start - 1]
    if start == name.i and name.ent_type_ != "PERSON" or title.i <= of.i + 1:
        return None  # (no person named at the end: "Assembly of First Nations")
    return name if title.text[:1].isupper() and title.lower_ in TITLE_WORDS else None


def _foreign_word(prep: Token) -> bool:
    """A lower-case word the tagger took for a preposition that English has no such word for,
    right inside a proper name (not "Constitutionalists, like Texas Sen. Ted Cruz, consider")."""
    return (
        prep.tag_ == "IN"
        and prep.text.islower()
        and not prep.is_stop
        and prep.head.i == prep.i - 1
        and prep.head.tag_ == "NNP"
    )


def person_before_a_description(token: Token) -> Token | None:
    """The name a subject describes, which the parser hung on the place the sentence opens on:
    "At the Halifax Infirmary, Kelsey Morrison, an emergency nurse for eight years, said …"
    made "nurse" the subject and the name an apposition of "Infirmary"."""
    first = token.left_edge
    if token.pos_ != "NOUN" or first.lower_ not in ("a", "an") or first.i < 2:
        return None
    name = token.doc[first.i - 2]
    if token.doc[first.i - 1].text != "," or name.ent_type_ != "PERSON":
        return None
    return name if name.dep_ == "appos" and name.head.dep_ == "pobj" and name.head.i < name.i else None


def person_named_as(token: Token) -> Token | None:
    """The name someone unnamed gave: "said a man who identified himself only as Dave" (or
    with the name the parser made a second subject of the cue: "A neighbour who identified
    herself as Linda Marsh said …")."""
    doc = token.doc
    for rel in token.children:
        if rel.dep_ != "relcl" or rel.lower_ not in ("identified", "gave", "called"):
            continue
        for prep in rel.children:
            if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i + 1 >= len(doc):
                continue
            after = doc[prep.i + 1]
            if after.ent_type_ == "PERSON" and after.ent_iob_ == "B":
                ent = next(e for e in doc.ents if e.start == after.i)
                return ent.root
    return None


def person_after_a_count(token: Token) -> Token | None:
    """The name after "mother of three", "father of two" that the parser hung on "of": "Calgary
    mother of three Aisha Rahman said" is Aisha Rahman's (not "mother of three children")."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or token.ent_type_ or of.i != token.i + 1 or of.i + 2 >= len(token.doc):
        return None
    count, first = token.doc[of.i + 1], token.doc[of.i + 2]
    if count.tag_ != "CD" or first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    name = first
    while name.dep_ == "compound" and name.head.i == name.i + 1 and name.head.ent_type_ == "PERSON":
        name = name.head
    return name if name.head in (of, count) else None

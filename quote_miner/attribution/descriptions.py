"""Descriptions of people: how far "a senior adviser to Macron" runs, the name set in
apposition to one ("Scott's niece, Marcia Price,"; "the director of Cree programs, Kathleen
Wootton," where the parser hung the name on "programs"), and the name past a title the parser
made the subject ("wrote Coun. Dana Price", "Assembly of First Nations National Chief …")."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from quote_miner.attribution.affiliations import PARTY_MEMBER_NOUNS
from quote_miner.attribution.description_lexicon import CHARGED_WORDS, RANK_WORDS
from quote_miner.attribution.gender import noun_gender
from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.lexicon import (
    ORGANISATION_NOUNS,
    RELATIVE_PRONOUNS,
    SPEAKING_FORMS,
    SPOKESPERSON_NOUNS,
    STAFF_NOUNS,
    SURNAME_KIN,
)
from quote_miner.attribution.names import NameIndex, one_persons_noun, role_head
from quote_miner.attribution.roles import description_words
from quote_miner.attribution.syntax import entity_of, has_child
from quote_miner.attribution.titles import TITLE_ABBREVIATIONS, TITLE_WORDS
from quote_miner.dates import WEEKDAYS
from quote_miner.entity_names import hyphen_inside_a_word


def named_appositive(token: Token) -> Token | None:
    """The person a description names right after it: "Scott's niece, Marcia Price," → Price
    (also a title the tagger took for a name: "The group's CEO, Kim Fritts,", and "One of the
    first patients, Glen Matheson,")."""
    if (
        token.pos_ != "NOUN"
        and not (token.pos_ == "PROPN" and token.lower_ in TITLE_WORDS)
        and not (token.pos_ == "NUM" and token.lower_ == "one")
        # (a noun the tagger took for an adjective or an adverb: "the [paramedic]ADJ, Jasmine
        # Dhillon,", "The [searcher]ADV, Jim Lachance,")
        and not (
            token.pos_ in ("ADJ", "ADV")
            and token.dep_ in ("nsubj", "nsubjpass")
            and one_persons_noun(token.lower_)
        )
    ):
        return None
    for child in token.children:
        if child.dep_ == "appos" and child.i > token.i:
            before = token.doc[child.left_edge.i - 1]
            if not before.is_punct and before != token and child.left_edge.lower_.rstrip(".") in TITLE_WORDS:
                # a name with a title of its own, not set off: the object's, "an aide to
                # Saskatchewan Premier Scott Moe says" (but "Director of Government Affairs Phil
                # Smith said")
                continue
            ent = entity_of(child)
            if ent is not None and ent.label_ == "PERSON":
                return child
            if ent is not None and ent.start > 0 and token.doc[ent.start - 1].text == "(":
                continue  # an affiliation: "state Del. Marcia Price (D-Newport News)"
            if (
                ent is not None
                and ent.label_ == "ORG"
                and (token.lower_ in ORGANISATION_NOUNS or len(ent) > 1 and token.tag_ != "NNS")
            ):
                # a body's name: "The company behind the project, Lakeland Aggregates,", "The
                # landlord, Grovestone Properties," (not one of a list: "Four casinos — Bally's, …")
                return child
            if token.lower_ in ORGANISATION_NOUNS and child.pos_ == "PROPN":
                return child  # one the recogniser took for a place: "The company, [Veltrix]GPE,"
            # a given name alone the recogniser took for a place or a firm: "Ackerman's son,
            # [Tyler]ORG, said" (any name after a relative: "Peggy's granddaughter, [Keira]ORG,")
            alone = ent is None or len(ent) == 1
            named = given_name_gender(child.text) or token.lower_ in SURNAME_KIN
            return child if alone and child.pos_ == "PROPN" and named else None
    return _appositive_hung_on_an_object(token)


DESCRIBING_DETERMINERS = frozenset("the its their".split())


def name_set_before(token: Token) -> Token | None:
    """The name a sentence opens on when the parser made the description after it the subject:
    "FortisBC, the province's main gas utility, said …" (the name left hanging on the verb)."""
    doc = token.doc
    words = [t for t in token.subtree if not t.is_punct]
    first, last = words[0].i, words[-1].i
    if token.dep_ not in ("nsubj", "nsubjpass") or first < 2 or last + 1 >= len(doc):
        return None
    if (
        doc[first - 1].text != ","
        or doc[last + 1].text != ","
        or doc[first].lower_ not in DESCRIBING_DETERMINERS
    ):
        return None
    name = doc[first - 2]
    while name.dep_ == "compound" and name.head.i == name.i + 1:
        name = name.head
    if name.pos_ != "PROPN" or name.head not in (token.head, token) or name.dep_ in ("poss", "compound"):
        return None
    return name if name.left_edge.i == token.sent.start else None


def _appositive_hung_on_an_object(token: Token) -> Token | None:
    """The name after "the director of Cree programs," that the parser set in apposition to
    "programs": the director's, when it closes the subject right before the verb and what it
    hangs on is no person ("The lawyer for the victim's mother, Jane Doe, said" stays the
    lawyer's)."""
    if not one_persons_noun(token.lower_):
        return None
    doc = token.doc
    for t in token.subtree:
        if t.dep_ != "appos" or t.i <= token.i or t.head == token:
            continue
        ent = entity_of(t)
        end = t.right_edge.i
        if (
            ent is not None
            and ent.label_ == "PERSON"
            # (what it hangs on is a thing, a one-word name the appositive does not spell out, or
            # a name no person bears: "A lawyer for Crestline, Andrew Feldman, said", "Nunavut's
            # Minister of Family Services, Margaret Nakashuk, said")
            and (
                t.head.pos_ == "NOUN"
                or t.head.pos_ == "PROPN"
                # ("Rio de Janeiro"; a body: "The professor who studies homelessness at Ryerson,
                # Daniel Okafor, said")
                and (_another_name(t.head, t) or t.head.ent_type_ in ("GPE", "LOC", "ORG", "FAC"))
            )
            and not one_persons_noun(t.head.lower_)
            and noun_gender(t.head.lower_) is None
            and end + 2 < len(doc)
            and doc[end + 1].text == ","
            and doc[end + 2] == token.head
        ):
            return t
    return None


def role_hung_on_an_object(name: Token) -> str | None:
    """The description a name closes when the parser hung the name on a noun inside it: "The
    bespectacled professor who studies homelessness at Ryerson, Daniel Okafor, said" →
    "bespectacled professor" (what "the professor said" later refers to)."""
    if name.dep_ != "appos":
        return None
    for noun in name.ancestors:
        if (
            noun.i < name.i
            and noun.dep_ in ("nsubj", "nsubjpass")
            and _appositive_hung_on_an_object(noun) == name
        ):
            words = description_words(noun)
            return name.doc[words[0].i : words[-1].i + 1].text if words else None
    return None


def _name_run_on(tok: Token) -> bool:
    """A capitalised word the parser set in apposition with no comma before it: the rest of a
    name it could not read ("The Fédération interprofessionnelle de la santé du Québec")."""
    return tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.i > 0 and not tok.doc[tok.i - 1].is_punct


def _a_time(prep: Token) -> bool:
    """ "on Friday", "in March": a preposition whose object is a date or a time."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    # (by the weekday too, where the recogniser did not run)
    return len(objects) == 1 and (objects[0].ent_type_ in ("DATE", "TIME") or objects[0].lower_ in WEEKDAYS)


# Dependents that are clauses of their own, not part of a description.
OWN_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "parataxis"})
# The preposition a relative clause without a pronoun ends on: "the experts we spoke to".
STRANDED_PREPOSITIONS = frozenset({"to", "with", "about", "for"})


def description_span(token: Token) -> Span:
    """A description: "a senior adviser to Macron", "the governor of the Belgorod oblast"."""
    doc = token.doc
    keep = []
    # a time said of the head is no part of it when it ends the phrase: "Trump this week said",
    # "A federal judge on Friday blocked" (but "a study last year by economists at Duke" keeps
    # what follows, which names it)
    times = [
        c.left_edge.i
        for c in token.children
        if (c.dep_ == "npadvmod" or c.dep_ == "prep" and _a_time(c))
        and c.i > token.i
        and c.right_edge.i == token.right_edge.i
    ]
    # (a relative clause without a pronoun is all of it: "Experts we spoke to", "Several people
    # I've spoken with"; but not a clause of its own the parser hung on it: "[said …]")
    relatives = [
        c
        for c in token.children
        if c.dep_ == "relcl"
        and c.i > token.i
        and not any(
            k.tag_ in ("WDT", "WP", "WP$", "WRB") or k.lower_ == "that" for k in c.doc[c.left_edge.i : c.i]
        )
    ]
    clausal = {t.i for c in relatives for k in c.children if k.dep_ in OWN_CLAUSE_DEPS for t in k.subtree}
    contact = {t.i for c in relatives for t in c.subtree} - clausal
    # (a participle's words before it are the participle's: "Other experts [not] involved in …")
    participles = {t.i for c in token.children if c.dep_ == "acl" and c.i > token.i for t in c.subtree}
    for t in token.subtree:
        if times and t.i >= min(times) or t.i in participles:
            break
        if t.i in clausal:
            if t.lower_ in STRANDED_PREPOSITIONS and t.i - 1 in contact:
                keep.append(t)  # the relative clause's own "to", read as an infinitive's
            break
        if t.i in contact and not t.is_punct:
            keep.append(t)
            continue
        if (
            t.i > token.i
            # (a hyphen inside a word is no break: "the former CEO of Hewlett-Packard")
            and not hyphen_inside_a_word(t)
            and not inside_a_listed_name(t)
            and not _name_run_on(t)
            and (
                t.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj")
                or t.is_punct
                or t.lower_ in RELATIVE_PRONOUNS
            )
        ):
            break
        keep.append(t)
    # (not "’s", nor the blanks a masked dateline leaves: "OTTAWA — Federal officials said")
    keep = [
        t for t in keep if not t.is_punct and not t.is_space and not (t.dep_ == "case" and t.head == token)
    ]
    left = [t for t in keep if t.i <= token.i]
    if token.tag_ == "NNS" and left and left[0].lower_ in ("a", "an"):
        # a singular noun and its article that the parser ran into a plural subject: "…, a move
        # [critics] called “a stalling tactic”" (not "a few critics")
        singular = [t for t in left if t.dep_ == "compound" and t.tag_ == "NN"]
        if singular:
            left = [t for t in left if t.i > singular[-1].i]
    # (eight words after the head at most; the hyphens inside "26-year-old" are no words)
    end = keep[-1].i + 1 if keep else token.i + 1
    after = [t for t in doc[token.i + 1 : end] if t.text != "-" and not hyphen_inside_a_word(t)]
    last = after[min(7, len(after) - 1)].i if after else token.i
    if doc[last].dep_ == "poss" and doc[last].head.i > last:
        last = doc[last].head.i  # never a possessor without what it possesses: "of Cruz’s friends"
    kept = {t.i for t in keep}
    for _ in range(3):
        # nor a word that leads into the next: "in northern [Alberta]", "Substance Use and
        # [Addiction]"
        leads_on = doc[last].head.i > last or doc[last].dep_ in ("cc", "prep")
        if not leads_on or last + 1 not in kept:
            break
        last += 1
    ent = entity_of(doc[last])
    if ent is not None and keep and ent.end - 1 <= keep[-1].i:
        last = max(last, ent.end - 1)  # nor part of a name: "Ministry of Children, Community and …"
    right = [t for t in keep if token.i < t.i <= last]
    words = left + right
    if words and words[-1].dep_ == "prep" and not list(words[-1].children):
        # a preposition whose object the parser made a second subject: "[Lawyers] for Alberta
        # Premier Ed [Stelmach]nsubj are accusing …"
        k = words[-1].i + 1
        while k < len(doc) and doc[k].pos_ == "PROPN":
            words.append(doc[k])
            k += 1
    while (
        len(words) > 1
        and words[-1].i > token.i
        and words[-1].i - 1 not in contact  # (a relative clause's own "to": "Experts we spoke to")
        and (words[-1].tag_ in DANGLING_TAGS or words[-1].lower_ in ARTICLES)
    ):
        words.pop()  # a word that led into what was cut: "Many officials on [and off the island]"
    # drop anything before a comma that belongs to a clause in front
    return doc[words[0].i : words[-1].i + 1] if words else doc[token.i : token.i + 1]


# Words a description cannot end on: a preposition, "to", "and", an article (not "those":
# "27 percent of those")
DANGLING_TAGS = frozenset({"IN", "TO", "CC"})
ARTICLES = frozenset({"a", "an", "the"})


def inside_a_listed_name(tok: Token) -> bool:
    """A comma, "and" or proper noun joining the parts of one name: "a spokesperson for
    Immigration, Refugees and Citizenship Canada", "for Fisheries and Oceans Canada"."""
    head = tok.head
    if head.pos_ != "PROPN":
        return False
    if tok.dep_ == "conj":
        return tok.pos_ == "PROPN"
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    joins = (tok.dep_ == "cc" and tok.lower_ in ("and", "&")) or (tok.dep_ == "punct" and tok.text == ",")
    return (
        joins
        and following is not None
        and following.pos_ == "PROPN"
        and "conj" in (following.dep_, following.head.dep_)
    )


def _another_name(name: Token, appositive: Token) -> bool:
    """Whether ``appositive`` names someone else than the ``name`` it is set after: a one-word
    name it does not repeat, or a name of several words the recogniser saw as nobody's (a
    department's: "Family Services") or as a place's or a body's ("Ottawa Street")."""
    ent = entity_of(name)
    if ent is None and any(c.dep_ == "compound" for c in name.children):
        return True
    if ent is not None and ent.label_ == "PERSON" and appositive.text != name.text:
        return True  # a person named already: "A spokeswoman for House Speaker Mike Johnson, Taylor Haulsee,"
    if ent is not None and ent.label_ in ("FAC", "ORG", "GPE", "LOC") and len(ent) > 1:
        return True  # a place or a body: "The manager of the Grand Hotel, Anne Leblanc,"
    one_word = ent is None or len(ent) == 1
    return one_word and not any(c.dep_ == "compound" for c in name.children) and appositive.text != name.text


# A paragraph that opens by giving the name of the person just described.
NAME_REVEALED_RE = re.compile(r"(His|Her) name is (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+)")
# The sentence right after a description that says who it was: "“They're ready,” said the voice
# on the other end. It was Chris Green, the government's chief negotiator."
IT_WAS_NAME_RE = re.compile(r"[^.!?]*[.!?]\s+It was (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+)")


def name_said_right_after(rest_of_paragraph: str, index: NameIndex) -> str | None:
    """The person the sentence right after a description names with "It was …"."""
    m = IT_WAS_NAME_RE.match(rest_of_paragraph)
    return index.lookup(m.group("name")) if m is not None else None


def _gender_of_words(words: list[str]) -> str | None:
    """The gender the first gendered noun among ``words`` gives ("man", "spokeswoman")."""
    return next((g for w in words if (g := noun_gender(w.lower().strip(","))) is not None), None)


def name_revealed_next(description: str, next_paragraph: str, index: NameIndex) -> str | None:
    """The person a description turns out to be when the next paragraph opens by naming them:
    "“…,” the man behind the counter said … / His name is Doug Pelletier, and …"."""
    revealed = NAME_REVEALED_RE.match(next_paragraph)
    if revealed is None:
        return None
    gender = _gender_of_words(description.split())
    return (
        index.lookup(revealed.group("name"))
        if gender in (None, "m" if revealed.group(1) == "His" else "f")
        else None
    )


def lede_named_next(
    description: str,
    next_paragraph: str,
    index: NameIndex,
    gender_of: Callable[[str], str | None],
    said_of_it: str = "",
) -> str | None:
    """The person a lede's "a woman" turns out to be, when the next paragraph opens by naming
    someone of that gender: "A woman who was working at the bar told a jury that she saw … /
    Melissa Dumont, who was a server at the pub, was the Crown's third witness"."""
    words = description.split()
    # (also a body's role: "…, its president said Tuesday" / "“…,” said Nathan Martindale,
    # president of the Manitoba Teachers' Society")
    # (and a place's: "Canada's privacy commissioner says … / Philippe Dufresne said …")
    of_a_place = words[0][:1].isupper() and words[0].endswith(("'s", "’s")) and len(words) >= 2
    if len(words) < 2 or words[0].lower() not in ("a", "an", "the", "its", "their") and not of_a_place:
        return None
    first_sentence = next_paragraph.split(". ")[0]
    verbs = "|".join(sorted(SPEAKING_FORMS))
    # (unless the one it opens on speaks: "Kayla Martin, 24, testified … at the trial of Jordan
    # Pike, who is charged …")
    opener_speaks = any(
        re.match(rf"{re.escape(n)},?(?:\s+[^,.]{{1,60}},){{0,2}}\s+(?:{verbs})\b", first_sentence)
        for n in index.full_names()
    )
    # (unless the lede's description says so itself: "The man accused of stabbing … testified")
    charged_one = any(w in f"{description} {said_of_it}".lower().split() for w in CHARGED_WORDS)
    if not opener_speaks and not charged_one and any(w in first_sentence.lower() for w in CHARGED_WORDS):
        return None  # the accused, not the one who told: "A man told police … / Jon Roe, 34, is charged"
    gender = _gender_of_words(words[1:4])
    noun = role_head(" ".join(words[1:]))  # (not "a team of astronomers", "the family of …")
    if gender is None:
        # "An Edmonton judge has ruled … / In a written decision, Justice Anne Roy said …", "The
        # Winnipeg Transit driver who pulled four passengers from a burning bus says … / “…,”
        # Ravinder Dhaliwal told reporters": the one person the next paragraph names, in the
        # role the lede gives or in none
        named = [n for n in index.full_names() if re.search(rf"\b{re.escape(n)}\b(?!['’])", next_paragraph)]
        in_role = [n for n in named if noun in index.role_nouns(n)]
        if len(in_role) == 1:
            return in_role[0]
        if noun in SPOKESPERSON_NOUNS:
            return None  # ("…, an agency spokesperson said. / “…,” said Raj Patel, who runs a motel")
        one_person = (one_persons_noun(noun) or noun in STAFF_NOUNS) and not noun.endswith("s")
        # (speaking: not "Lawyers for Darren Kowalczyk had argued …" after "An Ontario judge …";
        # of two named, the one who speaks: "Priya Nair, 29, testified at the trial of …")
        speaking = _speaking_in(named, next_paragraph, verbs)
        # (someone the article gives a role of their own is another person, unless the lede
        # ranks them and names no role: "the country's top soldier said … / Gen. Jennie
        # Carignan, the chief of the defence staff, told …")
        ranked = any(w.lower() in RANK_WORDS for w in words[1:-1])
        if len(speaking) != 1 or index.role(speaking[0]) is not None and not ranked or not one_person:
            return None
        return speaking[0]
    # (one related to someone is brought in by "the": "The mother of a 9-year-old boy killed …")
    related = words[0].lower() == "the" and " of " in description
    if words[0].lower() == "the" and not charged_one and not related:
        return None  # (but the lede's accused is one the next paragraph names charged)
    # (by the article's names, not the parse: the paragraph may be one the parser skipped)
    full = next(
        (n for n in index.full_names() if re.match(rf"{re.escape(n)}\b(?!['’])", next_paragraph)), None
    )
    if full is None and related:
        # (or the one who speaks in it: "“Some nights I forget,” Jasmine Tran said")
        named = [n for n in index.full_names() if re.search(rf"\b{re.escape(n)}\b(?!['’])", next_paragraph)]
        speaking = _speaking_in(named, next_paragraph, verbs)
        full = speaking[0] if len(speaking) == 1 else None
    if full is not None and noun in SPOKESPERSON_NOUNS and noun not in index.role_nouns(full):
        return None  # ("…, a party spokesman said. / Andrew Gwynne, the MP for …, was also sacked")
    return full if full is not None and gender_of(full) == gender else None


def _speaking_in(names: list[str], paragraph: str, verbs: str) -> list[str]:
    """Those of ``names`` the paragraph has speak: "Priya Nair, 29, testified", "said Ann Lee"."""
    return [
        n
        for n in names
        if re.search(
            rf"{re.escape(n)},?(?:\s+[^,.]{{1,60}},){{0,2}}\s+(?:{verbs})\b|\b(?:{verbs})\s+{re.escape(n)}",
            paragraph,
        )
    ]


def past_an_organisation_title(tok: Token) -> Token:
    """The person at the end of an organisation's title the parser made the subject's head:
    "[Assembly] of First Nations National Chief Cindy Woodhouse Nepinak said", "[Court] of King's
    Bench Justice Meghan McCreary said" (a capitalised head the recogniser left unnamed)."""
    unnamed_head = not tok.ent_type_ and tok.pos_ in ("NOUN", "PROPN") and tok.text[:1].isupper()
    if tok.ent_type_ != "ORG" and not unnamed_head:
        return tok
    # (an aside set off after the name is no part of the title: "… president Heather Smith — no
    # relation to the premier — said")
    aside = {t.i for c in tok.children if c.dep_ == "appos" and c.i > tok.i for t in c.subtree}
    last = max((t for t in tok.subtree if t.i not in aside and not t.is_punct), key=lambda t: t.i)
    ent = entity_of(last)
    if ent is None or ent.label_ != "PERSON" or ent.end - 1 != last.i or ent.start <= tok.i + 1:
        return tok
    between = tok.doc[tok.i + 1 : ent.start]
    if any(t.is_punct and t.tag_ != "HYPH" for t in between):
        return tok  # an example set off: "Constitutionalists, like Texas Sen. Ted Cruz, consider …"
    if unnamed_head and not all(
        t.lower_ == "of" or t.text[:1].isupper() or t.tag_ in ("POS", "HYPH") for t in between
    ):
        return tok  # who speaks for the person: "Advisers to Mr. Obama say …"
    return ent.root if tok.doc[ent.start - 1].lower_ in TITLE_WORDS else tok


def past_a_cut_title(tok: Token) -> Token:
    """The name after a title the tokenizer cut off at its period: "wrote Coun. Dana Price"
    (the sentence split after "Coun.", leaving the title as the subject)."""
    doc = tok.doc
    if tok.lower_.rstrip(".") not in TITLE_ABBREVIATIONS:
        return tok
    k = tok.i + 1 if tok.text.endswith(".") else tok.i + 2  # ("Coun." one token or two)
    if k >= len(doc) or k == tok.i + 2 and doc[tok.i + 1].text != ".":
        return tok
    while k + 1 < len(doc) and doc[k].pos_ == "PROPN" and doc[k + 1].pos_ == "PROPN":
        k += 1
    return doc[k] if doc[k].pos_ == "PROPN" else tok


def described_by_party(token: Token) -> Span | None:
    """A person described by their party, not the party: "the New York Democrat said" (nor
    the newspaper: "the [Independent]ORG reported")."""
    if token.lower_ not in PARTY_MEMBER_NOUNS or token.ent_type_ not in ("NORP", ""):
        return None
    return description_span(token) if has_child(token, "det", "the") else None

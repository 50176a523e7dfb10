"""Finding the names an article uses: the recogniser's people, and the names it missed, cut
short or took for something else, found by their capitals and by what the name does ("Connor
McDavid didn't need to say much … McDavid said")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.affiliations import PARTIES, REGION_NAMES
from quote_miner.attribution.descriptions import role_hung_on_an_object
from quote_miner.attribution.families import add_couples, add_relatives
from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.lexicon import (
    AT_A_PERSON,
    CAPITALISED_NAME_RE,
    FINITE_WORDS,
    GENERATION_SUFFIXES,
    INSTITUTION_NOUNS,
    NICKNAMED_NAME_RE,
    PERSON_ONLY_VERBS,
    PLACE_NAME_ENDINGS,
    PLACE_NAME_OPENERS,
    PLACE_PREPOSITIONS,
    PREPOSITIONS_BEFORE_NOUN,
)
from quote_miner.attribution.names import (
    NameIndex,
    ends_in_an_institution_noun,
    one_persons_noun,
    only_honorific,
    role_head,
    strip_titles,
)
from quote_miner.attribution.roles import names_what_one_does, role_appos, role_before, role_described
from quote_miner.attribution.sources import relative_antecedent
from quote_miner.attribution.syntax import doc_text, entities, entity_of, in_ranges
from quote_miner.attribution.titles import ROLE_TITLES, TITLE_WORDS
from quote_miner.cues import SPEECH_LEMMAS, cue_lemma
from quote_miner.entity_names import EVENT_NAME_ENDINGS, hyphen_inside_a_word
from quote_miner.names import HONORIFICS, SURNAME_PARTICLES, fold


def _which_follows(ent: Span) -> bool:
    """Whether a name is taken up by "which", as a thing is and a person never: "Dixon Hall,
    which runs three shelters in the east end, said" (the subject of its own clause: not "has not
    been happening for Clinton, which is something that …", a "which" on the whole clause)."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 2]
    return (
        ent.root.dep_ in ("nsubj", "nsubjpass")
        and len(after) == 2
        and after[0].text == ","
        and after[1].lower_ == "which"
        and relative_antecedent(after[1]) == ent.root
    )


def build_name_index(
    docs: list[Doc],
    paragraphs: list[int] | None = None,
    quote_ranges: list[list[tuple[int, int]]] | None = None,
) -> NameIndex:
    """The people the article names; ``paragraphs`` numbers the docs (their paragraph in the
    article), so that a name is known from where it first appears, and ``quote_ranges`` holds
    each doc's quotations, so that a name only quoted ("Crooked Hillary Clinton") is known as such."""
    index = NameIndex()
    people: list[tuple[int, Span, bool]] = []
    subjects: set[str] = set()
    unrecognised: list[tuple[int, Doc]] = []
    people_surnames = _surnames_used_of_people(docs)
    for k, (para, doc) in enumerate(zip(paragraphs or range(len(docs)), docs, strict=True)):
        ranges = quote_ranges[k] if quote_ranges else []
        if not doc.has_annotation("ENT_IOB"):
            # Paragraphs the recogniser skipped: runs of capitalised words stand in for names.
            text = doc_text(doc)
            for name, role, end in capitalised_names(text):
                if names_an_institution(role):
                    index.institutions.add(fold(strip_titles(name)))
                # (not "the Regina Food Bank", but "Gordon Hall climbs … Hall, 63, has kept …",
                # "student Aiden Park, 16,")
                aged = AGE_AFTER_NAME_RE.match(text, end) is not None
                if not ends_in_an_institution_noun(name) or aged or _a_persons_name(name, people_surnames):
                    index.add(name, role, para=para)
            continue
        unrecognised.append((para, doc))
        for ent in entities(doc):
            if ent.label_ == "PERSON":
                people.append((para, ent, in_ranges(ent.start_char, ranges)))
                if _used_as_place(ent):
                    index.places.add(fold(strip_titles(ent.text)))
                if _after_an_institution_noun(doc_text(doc)[: ent.start_char], doc_text(doc)[ent.end_char :]):
                    index.institutions.add(fold(strip_titles(ent.text)))  # "his restaurant, Kouris Taverna,"
                if _which_follows(ent):
                    # "Dixon Hall, which runs three shelters, said"
                    index.institutions.add(fold(strip_titles(ent.text)))
                if fold(ent.text.split()[-1]) in REGION_NAMES and len(ent) > 1:
                    index.institutions.add(fold(strip_titles(ent.text)))  # "Hockey Eastern Ontario"
                # (an apposition the parser and the text both show: not "Bush, the reports show")
                if appositive_role(doc_text(doc)[ent.end_char :]) and names_an_institution(
                    role_appos(ent.root)
                ):
                    index.institutions.add(fold(strip_titles(ent.text)))
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                subjects.add(fold(strip_titles(ent.text)))
        # (a surname the recogniser left untagged is a subject too: "Rhimes declared …")
        subjects.update(
            fold(t.text) for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN" and not t.ent_type_
        )
    # A name that is somewhere the subject of a verb, in full or by its surname ("Rhimes
    # declared"), is a person's.
    surnames = {name.split()[-1] for name in subjects if name}
    index.places = {p for p in index.places if p not in subjects and p.split()[-1] not in surnames}
    named = {fold(ent.text) for _, ent, _ in people}
    for para, ent, quoted in people:
        if not index.is_place(ent.text):
            before = role_before(ent)
            role = (
                role_appos(ent.root)
                or (None if only_honorific(before) else before)
                or role_described(ent.root)
                or role_hung_on_an_object(ent.root)
                or before
            )
            index.add(
                _name_cut_short(ent, named),
                role,
                quoted=quoted,
                para=para,
                title=before if before != role else None,
            )
    for para, doc in unrecognised:
        _add_given_names_untagged(doc, para, index)
    _add_unrecognised_speakers(unrecognised, index)
    numbered = list(zip(paragraphs or range(len(docs)), docs, strict=True))
    _add_nicknamed(numbered, index)
    _add_named_with_age(numbered, index)
    add_couples(numbered, index)
    add_relatives(numbered, index)
    return index


# An age set off after a name, which only a person has: "Hall, 63,", "Ivanka Trump, 34,".
AGE_AFTER_NAME = r", \d{1,3},"
NAME_WITH_AGE_RE = re.compile(rf"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,2}}){AGE_AFTER_NAME}")


def _add_named_with_age(numbered: list[tuple[int, Doc]], index: NameIndex) -> None:
    """A name the recogniser missed, given with an age: a person's."""
    for para, doc in numbered:
        for m in NAME_WITH_AGE_RE.finditer(doc_text(doc)):
            words = m.group(1).split()
            while words and words[0].lower() in STOP_WORDS:
                words = words[1:]  # "But Ivanka Trump, 34, …"
            name = " ".join(words)
            if len(words) > 1 and index.lookup(name) != name and not ends_in_an_institution_noun(name):
                index.add(name, para=para)


def _add_nicknamed(numbered: list[tuple[int, Doc]], index: NameIndex) -> None:
    """A name written with a nickname in quotation marks, which the recogniser splits or leaves
    out: "Dorothy “Dot” Hughes" is Dorothy Hughes (a given name before the nickname)."""
    for para, doc in numbered:
        for m in NICKNAMED_NAME_RE.finditer(doc_text(doc)):
            if given_name_gender(m.group("given")) and index.lookup(m.group("surname")) is None:
                index.add(f"{m.group('given')} {m.group('surname')}", para=para)
            full = index.lookup(f"{m.group('given')} {m.group('surname')}")
            if full is not None:
                index.nicknames.setdefault(fold(m.group("nickname")), full)


# What follows the name in a frame that opens on its cue: "Said Doe: “…”", "Says Smith, “…”".
OPENING_FRAME_END_RE = re.compile(r"\s*(?::|,?\s*[“\"])")


def capitalised_names(text: str) -> Iterator[tuple[str, str | None, int]]:
    """Runs of capitalised words that read as a person's name, with the role written before
    them and where they end."""
    for m in CAPITALISED_NAME_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in '“"':
            continue
        words = m.group().split()
        before = text[max(0, m.start() - 16) : m.start()].lower().split()
        if (
            before[-1:]
            and before[-1] in PLACE_PREPOSITIONS
            and not (before[-1] == "at" and len(before) > 1 and aimed_at_person(before[-2]))
        ):
            continue  # "runs at Dixon Hall", "the line outside Boulangerie Fortin": a place
        if before[-1:] == ["the"]:
            continue  # "at the Bedford Basin wharf", "the Regina Food Bank": no one is "the"
        while words and words[0].lower() in STOP_WORDS:
            words = words[1:]  # "But Perez said": the sentence's first word is no name
        if (
            len(words) > 1
            and cue_lemma(words[0]) in SPEECH_LEMMAS
            and OPENING_FRAME_END_RE.match(text, m.end())
        ):
            words = words[1:]  # "Says Smith: “…”" (not "Said Hamdan, a pharmacist")
        if len(words) < 2:
            continue
        # Given name and surname (and a middle initial): "Ukrainian President Volodymyr
        # Zelensky" → "Volodymyr Zelensky".
        # (and a generation after it: "Vladimir Guerrero Jr")
        middle_initial = re.fullmatch(r"[A-Z]\.", words[-2]) is not None
        generation = fold(words[-1]) in GENERATION_SUFFIXES
        keep = 3 if len(words) >= 3 and (middle_initial or generation) else 2
        while len(words) > keep and words[-keep].lower() in SURNAME_PARTICLES:
            keep += 1  # a surname with a small word first: "Eric La Flèche", "Tom De Luca"
        if words[-keep].lower() in STOP_WORDS:
            continue  # a title-case headline's "… President On Trump: …"
        if words[-keep].lower() in INSTITUTION_NOUNS | PLACE_NAME_OPENERS:
            continue  # "on James Street North", "Cape Race": no one's given name is "Street"
        if words[-1] in EVENT_NAME_ENDINGS:
            continue  # "his season-ending Masters Cup": an event
        in_a_name = re.search(r"\b[A-Z][\w.]*\s+(?:on|of|for)\s+$", text[max(0, m.start() - 40) : m.start()])
        if in_a_name and len(words) == keep and not given_name_gender(words[-keep]):
            continue  # the end of a body's name: "The Commission on Presidential Debates"
        if words[-1].lower().rstrip(".") in TITLE_WORDS and not given_name_gender(words[-keep]):
            continue  # a title: "The Parliamentary Budget Officer" (not "Howard Dean")
        if any(w.endswith(("'s", "’s")) for w in words[-keep:-1]):
            continue  # "the Court of King's Bench", "Queen's Park": something of someone's
        role = unparsed_role(words[:-keep], text[m.end() :], text[: m.start()])
        if len(words) > keep and role is None and not given_name_gender(words[-keep]):
            # a middle name or initial ("Ruth Bader Ginsburg", "Morris J. Brooks Jr."), or the
            # tail of a longer name with no title before it ("Reel Time Video"; but a sentence's
            # first word may be a role in capitals: "Colleague Devinder Grewal")
            if given_name_gender(words[-keep - 1]) or re.fullmatch(r"[A-Z]\.", words[-keep]):
                keep += 1
            elif len(words) == keep + 1 and DEMONYM_RE.fullmatch(words[0]):
                role = words[0]  # a nationality before the name: "ahead of American Nelly Korda"
            elif not _opens_a_sentence(text[: m.start()]):
                continue
        yield " ".join(words[-keep:]), role, m.end()


# A word for where someone is from: "American", "Canadian", "Korean", "Japanese", "British".
DEMONYM_RE = re.compile(r"[A-Z][a-z]+(?:ican|ian|ean|ese|ish)")


def _add_given_names_untagged(doc: Doc, para: int, index: NameIndex) -> None:
    """A given name and a surname the recogniser took for something else, or for nothing:
    "When [Amanda]ORG [Cole]PRODUCT walked onto her first job site" (not a place or a
    building named after someone: "Victoria Park", "Charlotte Hall", nor a GPE's words)."""
    text = doc_text(doc)
    for name, role, end in capitalised_names(text):
        words = name.split()
        if len(words) != 2 or not given_name_gender(words[0]) or ends_in_an_institution_noun(name):
            continue
        span = doc.char_span(end - len(name), end)
        if span is None or any(t.ent_type_ in ("PERSON", "GPE", "LOC", "FAC", "NORP") for t in span):
            continue
        if index.lookup(name) not in (None, name):
            continue  # another spelling of someone named: "Barry Bennetts" for Barry Bennett
        index.add(name, role, para=para)


# A surname used of a person: with an age set off after it ("Hall, 63,"), or saying something
# ("Hall says", "said Hall").
PERSONS_SURNAME_RE = re.compile(
    rf"\b([A-Z][\w'’-]+){AGE_AFTER_NAME}|\b([A-Z][\w'’-]+) (?:said|says|told|added)\b"
    r"|\b(?:said|says) ([A-Z][\w'’-]+)\b"
)


# An age set off after a name: "Aiden Park, 16, was skeptical".
AGE_AFTER_NAME_RE = re.compile(r",\s*\d{1,3},")


def _surnames_used_of_people(docs: list[Doc]) -> set[str]:
    return {
        next(g for g in m.groups() if g) for doc in docs for m in PERSONS_SURNAME_RE.finditer(doc_text(doc))
    }


def _a_persons_name(name: str, surnames: set[str]) -> bool:
    """A given name and a surname the article uses of a person, whatever the surname's word
    otherwise means ("Hall", "Park", "Church")."""
    words = name.split()
    return len(words) == 2 and given_name_gender(words[0]) is not None and words[-1] in surnames


def _add_unrecognised_speakers(numbered: list[tuple[int, Doc]], index: NameIndex) -> None:
    """A name the recogniser missed or took for an organisation ("Substitute Jamal Osei-Bonsu
    scored", "[Woodhouse Nepinak]ORG", "Connor McDavid didn't need to say much") is a
    person's when its surname alone speaks elsewhere ("Osei-Bonsu said", "McDavid said"), so
    that the surname finds the full name."""
    speaking: set[str] = set()
    recognised: set[str] = set()  # (a surname the recogniser did know, alone, not in the full name)
    alone: set[str] = set()  # (speaking with no word before it: "Nefzi said")
    for _, doc in numbered:
        for t in doc:
            if t.dep_ != "nsubj" or t.tag_ != "NNP":
                continue
            if _lone_name_that_speaks(t):
                speaking.add(fold(_with_hyphenated_part(t)))
                if not any(c.dep_ == "compound" for c in t.children):
                    alone.add(fold(_with_hyphenated_part(t)))
            elif _surname_alone_that_speaks(t):
                recognised.add(fold(t.text))
    recognised -= speaking
    speaking |= recognised
    # (a word the article uses as a place elsewhere, and that never speaks alone, ends a body's
    # name: "Hydro Ottawa said" in an article about "Ottawa and much of eastern Ontario")
    places = {fold(e.text) for _, doc in numbered for e in entities(doc) if e.label_ in ("GPE", "LOC")}
    speaking -= places - alone
    if not speaking:
        return
    for para, doc in numbered:
        text = doc_text(doc)
        for name, role, end in capitalised_names(text):
            last = doc.char_span(end - len(name.split()[-1]), end)
            if (
                fold(name.split()[-1]) not in speaking
                or last is None
                or last.root.ent_type_ in ("GPE", "LOC", "NORP", "FAC")
                # (a person the recogniser found in full; but not one it cut short: "Colleague
                # Devinder [Grewal]")
                or last.root.ent_type_ == "PERSON"
                and not _cut_short(last.root, end - len(name))
                # (not the end of a longer name: "the Office of Immigrant Affairs Clinton had …")
                or fold(name.split()[-1]) in recognised
                and _inside_a_longer_entity(last.root, end - len(name))
                or ends_in_an_institution_noun(name)  # "Trump Organization"
                or fold(name.split()[-1]) in REGION_NAMES  # "Health Canada said …"
                or index.lookup(name) is not None
            ):
                continue
            index.add(name, role, para=para)


def _cut_short(tok: Token, start_char: int) -> bool:
    ent = entity_of(tok)
    return ent is not None and len(ent) == 1 and ent.start_char > start_char


def _inside_a_longer_entity(tok: Token, start_char: int) -> bool:
    ent = entity_of(tok)
    return ent is not None and ent.start_char < start_char


def _lone_name_that_speaks(tok: Token) -> bool:
    """A singular proper noun subject (the caller's test), no person's name to the recogniser, of a
    speech verb or of a verb only people do ("Santoro died", "Tatum shrugged"), with at most
    a word before it ("Nefzi said", "Adel Nefzi said", "Osei-Bonsu said"; the recogniser's GPE
    for "Nefzi" too)."""
    ent = entity_of(tok)
    return (
        tok.ent_type_ not in ("PERSON", "NORP")
        and (cue_lemma(tok.head.text) in SPEECH_LEMMAS or tok.head.lower_ in PERSON_ONLY_VERBS)
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i - 2 for c in tok.children)
        # (no word inside an organisation's name: "The Canadian Federation of Students said")
        and (ent is None or ent.end == tok.i + 1)
    )


def _surname_alone_that_speaks(tok: Token) -> bool:
    """A one-word PERSON subject that speaks ("“…,” McDavid said") where the recogniser missed
    the full name it stands for ("Connor McDavid didn't need to say much")."""
    ent = entity_of(tok)
    return (
        ent is not None
        and len(ent) == 1
        and ent.label_ == "PERSON"
        and cue_lemma(tok.head.text) in SPEECH_LEMMAS
    )


def _with_hyphenated_part(tok: Token) -> str:
    """The token's word with a part before a hyphen inside it: "Osei-Bonsu" for "Bonsu"."""
    doc, i = tok.doc, tok.i
    if i > 1 and hyphen_inside_a_word(doc[i - 1]):
        return doc[i - 2 : i + 1].text
    return tok.text


def _name_cut_short(ent: Span, named: set[str]) -> str:
    """A name the recogniser stopped a word short, as the article's other mentions show:
    "[Mario Vargas] Llosa" when it also names "[Vargas Llosa]" (two surnames), or as the role
    before it shows."""
    doc = ent.doc
    if ent.end < len(doc) and len(ent) >= 2:
        word = doc[ent.end]
        if (
            word.pos_ == "PROPN"
            and word.is_title
            and not word.ent_type_
            and fold(f"{ent[-1].text} {word.text}") in named
        ):
            return doc[ent.start : ent.end + 1].text
    if len(ent) == 1 and ent.start >= 2:
        # a given name the recogniser took for something else, after a role or known as one:
        # "chief executive [Therese]NORP [Brisson]PERSON", "guard [Jamal]NORP [Carter]PERSON"
        # (not "the Republican Smith")
        given, role = doc[ent.start - 1], doc[ent.start - 2]
        if (
            given.pos_ == "PROPN"
            and given.is_title
            and given.dep_ == "compound"
            and given.head == ent.root
            and (
                role.is_alpha
                and role.is_lower
                and not role.is_stop
                or given_name_gender(given.text) is not None
                or fold(role.text).rstrip(".") in TITLE_WORDS  # "Coun. [Dipika] [Damerla]PERSON"
            )
            and fold(given.text) not in PARTIES
        ):
            return doc[ent.start - 1 : ent.end].text
    return ent.text


# Titles that make a role, without their full stop: "Prof", "Gen", "President".
ROLE_TITLES_BARE = frozenset(t.rstrip(".") for t in ROLE_TITLES)


# A description set after a name, closed by punctuation: ", a professor at the University of Toronto,"
APPOSITIVE_ROLE_RE = re.compile(r",\s+(?:a|an|the)\s+([a-z][^,.;:()“”\"]{2,60}?)\s*[,.;]")


# The noun a name is set in apposition to, by the text: "his restaurant, " before the name.
NOUN_BEFORE_COMMA_RE = re.compile(r"\b(?:his|her|its|their|our|the|a|an)\s+(?:[a-z]+\s+)?([a-z]+),\s*$")


def _after_an_institution_noun(before: str, after: str) -> bool:
    """Whether a name set off by commas follows an institution's noun and its determiner: "his
    restaurant, Kouris Taverna, was sold" (not "In city after city, Perez lobbies", nor "a
    spokeswoman for the hospital, Jane Doe,", whose noun is the object of a preposition)."""
    m = NOUN_BEFORE_COMMA_RE.search(before[-50:])
    if m is None or m.group(1) not in INSTITUTION_NOUNS or not after.startswith(","):
        return False
    return not set(before[-50:][: m.start()].lower().split()[-2:]) & PREPOSITIONS_BEFORE_NOUN


def names_an_institution(role: str | None) -> bool:
    """Whether a description makes a name a place or an institution: "a shelter in Toronto"."""
    return role is not None and role_head(role) in INSTITUTION_NOUNS


# A description set before a name, the name closed off by a comma: "The lanky professor, Tom
# Reed, teaches …"
# (a form of address may stand between: "The lanky professor, Dr. Tom Reed, …")
DESCRIBED_BEFORE_RE = re.compile(
    # (also after a name it is joined to: "Carla and her daughter, Jess Boudreau,")
    r"(?:^|[.;:]\s+|\s(?:and|with)\s+)(?:[Tt]he|[Aa]n?|(?P<whose>[Hh]is|[Hh]er|[Tt]heir))\s+"
    r"(?P<role>[a-z][a-z’'-]*(?:,?\s+[a-z][a-z’'-]*){0,4})"
    # (and what a relative clause adds: "The lanky professor who led the study, Dr. Ann Reed,")
    r"(?:\s+(?:who|whose)\s+[^,.;:“”\"]{1,60})?,\s+"
    rf"(?:(?:{'|'.join(h.title() for h in sorted(HONORIFICS))})\.?\s+)?$"
)


def unparsed_role(before: list[str], after: str, text_before: str = "") -> str | None:
    """The role of a name found without the parser: title words in front ("Ukrainian
    President"), a description right after it ("Ann Wise, a professor at …, said"), or one
    the name stands in apposition to ("The lanky professor, Tom Reed, said")."""
    # (a title, or a noun for what one person does: "Incumbent Sandra Masters", "Paramedic Dana Roy")
    last = before[-1].lower().rstrip(".") if before else ""
    title = " ".join(before) if last in ROLE_TITLES_BARE or one_persons_noun(last) else None
    if title is not None and not only_honorific(title):
        return title
    m = DESCRIBED_BEFORE_RE.search(text_before) if (not before or title) and after.startswith(",") else None
    if m is not None and not FINITE_WORDS.intersection(m.group("role").replace(",", " ").split()):
        # (whose it is stays with it: "His dad, Tom Wise," is "his dad")
        return f"{m.group('whose').lower()} {m.group('role')}" if m.group("whose") else m.group("role")
    role = appositive_role(after) or title
    return _noun_written_before(text_before) if role is None and not before else role


def _noun_written_before(text_before: str) -> str | None:
    """A role in lower case right before a name where the parser did not run, with the
    capitalised word that opens it: "Rookie forward Carter Yakemchuk scored …"."""
    words = text_before.split()[-3:]
    if not words or not words[-1].islower() or not names_what_one_does(words[-1]):
        return None
    k = len(words) - 1
    while k > 0 and words[k - 1].isalpha() and (words[k - 1].istitle() or names_what_one_does(words[k - 1])):
        k -= 1
    role = " ".join(words[k:])
    # (a sentence that opens on the role, as a lede does; mid-sentence, "… said actress America
    # Ferrera" gives a role the article's other actresses share, and its descriptions no one)
    return role if _opens_a_sentence(text_before.rstrip()[: -len(role)]) else None


def _opens_a_sentence(text_before: str) -> bool:
    """Whether what follows ``text_before`` opens a sentence (or the text after a dateline)."""
    return text_before.rstrip()[-1:] in ("", ".", "!", "?", "—", "–", ":", '"', "”")


def appositive_role(after: str) -> str | None:
    """The description right after a name, ``after`` being the text that follows it."""
    m = APPOSITIVE_ROLE_RE.match(after)
    if m is None or FINITE_WORDS.intersection(m.group(1).split()):
        return None  # (a clause: "Donald Trump, the answer is no.")
    return m.group(1)


def _used_as_place(ent: Span) -> bool:
    """A name the recogniser calls a person that the text uses as a place or an organisation:
    "the program runs at Dixon Hall", "Guelph, Ont." — never a speaker, never an antecedent."""
    doc, root = ent.doc, ent.root
    if ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "GPE":
        return True
    if len(ent) > 1 and ent[-1].lower_ in PLACE_NAME_ENDINGS:
        return True  # "outside the [Smiths Falls]PERSON arena"
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.tag_.startswith("VB") and len(ent) == 1:
        # where something was done: "spoke in Nashua" (not "believes in Trump")
        return not prep.head.lower_.startswith("believ")
    if (
        root.dep_ == "pobj"
        and prep.lower_ == "from"
        and doc[prep.i - 1].text == ","
        and (prep.head.pos_ == "PROPN" or prep.head.like_num or one_persons_noun(prep.head.lower_))
    ):
        return True  # where someone is from, set off after them: "Liam, 12, from Prince Albert,"
    if root.dep_ != "pobj" or prep.lower_ not in PLACE_PREPOSITIONS:
        return False
    # (but "looked at Jane Smith", "took a shot at Trump": at a person)
    return prep.lower_ != "at" or not aimed_at_person(prep.head.lower_)


def aimed_at_person(word: str) -> bool:
    """ "looked at", "a shot at": what comes after "at" is a person, not a place."""
    return word.lower().startswith(AT_A_PERSON)

"""The names an article uses: surnames, first names and titles resolved to the full name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.families import add_couples, add_relatives
from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.lexicon import (
    AGENT_SUFFIXES,
    AT_A_PERSON,
    CAPITALISED_NAME_RE,
    EPITHET_NOUNS,
    FINITE_WORDS,
    INSTITUTION_NOUNS,
    NOT_AGENTS,
    OCCUPATIONS,
    ORGANISATION_NOUNS,
    PARTIES,
    PARTY_INITIALS,
    PERSON_ONLY_VERBS,
    PERSON_SUFFIXES,
    PLACE_PREPOSITIONS,
    PORTFOLIOS,
    POSSESSIVE_PRONOUNS,
    RANKS_SAID_BOTH_WAYS,
    REGION_NAMES,
    ROLE_SYNONYMS,
    ROLE_TITLES,
    SITUATION_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    US_STATES,
)
from quote_miner.attribution.roles import role_appos, role_before, role_described
from quote_miner.attribution.syntax import PEOPLE_KEY, doc_text, entities, entity_of, in_ranges
from quote_miner.names import HONORIFICS, fold
from quote_miner.nlp import hyphen_inside_a_word
from quote_miner.quotes import SPEECH_LEMMAS, cue_lemma


def share_names(docs: list[Doc], index: NameIndex) -> None:
    """Let attribution in each paragraph know the people the whole article names."""
    people = frozenset(w for full in index.full_names() for w in full.split()[1:])
    for doc in docs:
        doc.user_data[PEOPLE_KEY] = people


# --- names across the article ----------------------------------------------------------


def strip_titles(name: str) -> str:
    name = name.replace("[", "").replace("]", "").strip(" ,.;:")
    if name.endswith(("’s", "'s")):
        name = name[:-2]
    words = name.split()
    # a place or a body before the title: "Phoenix Mayor Greg Stanton", "Ward 10 Coun. Ausma Malik"
    titles = [i for i, w in enumerate(words[:-1]) if fold(w).strip(".") in TITLE_WORDS | HONORIFICS]
    rest = words[titles[-1] + 1 :] if titles else []
    if (
        rest
        and all(w[:1].isupper() or w[:1].isdigit() for w in words[: titles[-1]])
        and all(w[:1].isupper() and fold(w).strip(".") not in TITLE_WORDS for w in rest)
    ):
        words = rest
    while len(words) > 1 and fold(words[0]).strip(".") in TITLE_WORDS | HONORIFICS:
        words = words[1:]
        # the title's own "of …": "Secretary of State John Kerry", "Justice of the Peace Karen Ng"
        k = 2 if words[1:2] == ["the"] else 1
        if words[:1] == ["of"] and len(words) >= k + 3 and words[k][:1].isupper():
            words = words[k + 1 :]
    while len(words) > 1 and not words[0][:1].isupper():
        words = words[1:]
    if len(words) >= 3 and fold(words[0]) in OCCUPATIONS | SITUATION_NOUNS:
        words = words[1:]  # "Librarian Sofia Marquez", "Tenant Marguerite Osei": a sentence's first word
    return " ".join(words)


@dataclass
class NameIndex:
    """Full names the article uses, found through their surnames."""

    counts: Counter = field(default_factory=Counter)
    # Names the article itself writes, outside quotations (not a nickname in a tweet it
    # quotes: "Crooked Hillary Clinton").
    in_narration: set[str] = field(default_factory=set)
    # The paragraph each name first appears in, and the paragraph being read: of two people
    # with one surname, "Dick" is the one introduced by then ("Gradey Dick … says Dick" before
    # his mother, Dr. Carla Dick, comes in).
    first_seen: dict[str, int] = field(default_factory=dict)
    horizon: int | None = None
    roles: dict[str, str] = field(default_factory=dict)
    # Names the article uses as places or organisations (folded): "at Dixon Hall".
    places: set[str] = field(default_factory=set)
    # Names the article says are a place or an institution: "Dixon Hall, a shelter in Toronto".
    institutions: set[str] = field(default_factory=set)

    def is_place(self, name: str) -> bool:
        """Used as a place ("runs at Dixon Hall", "Guelph, Ont."), or described as a place or
        an institution ("Dixon Hall, a shelter in Toronto")."""
        return fold(strip_titles(name)) in self.places or self.is_institution(name)

    def is_institution(self, name: str) -> bool:
        return fold(strip_titles(name)) in self.institutions

    def add(self, name: str, role: str | None = None, quoted: bool = False, para: int = 0) -> None:
        raw = " ".join(w for w in name.split() if not w.startswith(("@", "#")))
        name = strip_titles(raw)
        if role is None and raw.endswith(name) and raw != name:
            # a title the recogniser took into the name is the role: "[Cllr Sarah Jones]"
            title = raw[: len(raw) - len(name)].strip(" ,")
            role = None if only_honorific(title) else title or None
        words = name.split()
        if len(words) < 2 or len(words) > 4 or not all(w[:1].isupper() for w in words):
            return
        self.counts[name] += 1
        self.first_seen[name] = min(para, self.first_seen.get(name, para))
        if not quoted:
            self.in_narration.add(name)
        if role and (name not in self.roles or only_honorific(self.roles[name])):
            self.roles[name] = role

    def full_name(self, name: str) -> str:
        """The fullest name the article uses for ``name`` ("Peskov" → "Dmitry Peskov")."""
        return self.lookup(name) or strip_titles(name)

    def lookup(self, name: str) -> str | None:
        """The article's full name for ``name``, or None when it names no such person."""
        name = strip_titles(name)
        words = name.split()
        if not words:
            return None
        surname = fold(words[-1])
        folded = [fold(w) for w in words]
        best, best_key = None, None
        for full, count in self.counts.items():
            fw = full.split()
            fs = fold(fw[-1])
            if fs != surname and fuzz.ratio(fs, surname) < 88:
                continue
            # a surname of two words is the end of the full name: "Peña Nieto" is
            # "Enrique Peña Nieto", not a second person
            extends = (
                len(fw) > len(words) > 1
                and full in self.in_narration
                and [fold(w) for w in fw[-len(words) :]] == folded
            )
            given, other = fold(fw[0]), folded[0]
            if len(words) > 1 and not extends and given != other and fuzz.ratio(given, other) < 80:
                continue
            seen = self.first_seen.get(full, 0)
            introduced = self.horizon is None or seen <= self.horizon
            key = (extends, full in self.in_narration, count, introduced, len(fw))
            if best_key is None or key > best_key:
                best, best_key = full, key
        if best is None and len(words) == 1:
            # A first name on its own: "Chris" for the one Chris Anderson the article names.
            given = [full for full in self.counts if fold(full.split()[0]) == surname]
            if len(given) == 1:
                return given[0]
        return best

    def described_as(self, description: str) -> str | None:
        """The one person the article names whose role is what a definite description calls
        someone: "the Kremlin spokesman" is Dmitry Peskov when the article names him so."""
        found = self.all_described_as(description)
        return found.pop() if len(found) == 1 else None

    def all_described_as(self, description: str) -> set[str]:
        """Everyone the article names whose role a definite description fits."""
        words = description.lower().replace(",", " ").replace("’", "'").split()
        if len(words) < 2:
            return set()
        # A place or party in the description is in the role: "the Ohio governor" is not
        # "former Florida Gov. Ann Lee".
        proper = [w for w in description.replace(",", " ").split()[1:-1] if w[:1].isupper()]
        named = [re.sub(r"['’]s$", "", fold(w)) for w in proper]
        possessor = words[0][:-2] if words[0].endswith("'s") else None
        if words[0] not in ("the", "this", "that", "his", "her", "their") and possessor is None:
            return set()
        found = {
            full
            for full, role in self.roles.items()
            if _role_nouns(role) & set(words[1:])
            and places_agree(named, role)
            # "the governor" is no former governor ("former Gov. Ann Lee"), "the presidential
            # nominee" no vice-presidential one, "the transport secretary" no union's
            # general secretary: a rank or a portfolio must be said on both sides
            and _same_rank_and_portfolio(words, role)
            # "Campbell's partner" is the partner the article names as Campbell's, or as "his
            # partner" when it names a Campbell: "Mark Wise spoke. His dad, Tom Wise, …"
            and (
                possessor is None
                or possessor in fold(role)
                or role.lower().split()[0] in POSSESSIVE_PRONOUNS
                and self.lookup(possessor) is not None
            )
        }
        return found

    def role(self, full: str) -> str | None:
        return self.roles.get(full)

    def has_role_named(self, noun: str) -> bool:
        """Whether someone the article names has a role named by ``noun`` ("professor")."""
        return any(noun in _role_nouns(role) for role in self.roles.values())

    def full_names(self) -> list[str]:
        return sorted(self.counts)


def only_honorific(role: str | None) -> bool:
    """ "Dr.", "Mrs.": a form of address, not a role a description can refer to."""
    return role is not None and all(fold(w).strip(".") in HONORIFICS for w in role.split())


# Endings of the adjectives for a people or a party: "Mexican", "Chinese", "British",
# "Democratic", "Israeli".
PEOPLE_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "i")


PARTY_AND_STATE_RE = re.compile(r"(?<![\w-])([RDI])-([A-Z][A-Za-z.]*[A-Za-z])\.?(?![\w-])")


def role_words(role: str) -> str:
    """A role folded, with a lawmaker's bracketed party and state spelt out: "R-Fla." is
    "republican gop florida", so "the Florida senator" and "the Republican" can find it."""

    def spelt_out(m: re.Match[str]) -> str:
        state = US_STATES.get(m.group(2).lower())
        return f"{PARTY_INITIALS[m.group(1).lower()]} {state}" if state else m.group()

    return fold(PARTY_AND_STATE_RE.sub(spelt_out, role))


def places_agree(named: list[str], role: str) -> bool:
    """Whether the proper words of a description ("the Ohio governor": "ohio") fit a role."""
    if not named or any(w in role_words(role) for w in named):
        return True
    # A place must be in the role ("the Florida senator" is no "Sen. Tom Reed of Vermont"); a
    # nationality or party may be said otherwise ("Mexico's President").
    if any(not w.endswith(PEOPLE_ADJECTIVE_ENDINGS) for w in named):
        return False
    own = [fold(w).strip(".,") for w in role.split() if w[:1].isupper()]
    return not [w for w in own if w not in TITLE_WORDS and w.rstrip(".") not in TITLE_ABBREVIATIONS]


def _same_rank_and_portfolio(words: list[str], role: str) -> bool:
    # (the description's own words, not a possessor's: "the former vice president's spokeswoman")
    own = next((words[k + 1 :] for k in range(len(words) - 1, -1, -1) if words[k].endswith("'s")), words)
    said = set(re.findall(r"[a-z]+", " ".join(own)))
    in_role = set(re.findall(r"[a-z]+", role_words(role)))
    return all((w in said) == (w in in_role) for w in RANKS_SAID_BOTH_WAYS) and all(
        w in in_role for w in said & PORTFOLIOS
    )


def _role_nouns(role: str) -> set[str]:
    """The nouns a role can be referred to by: its head, and what else that is called
    ("Justice Michael Code" is "the judge")."""
    head = _role_head(role)
    return {head, *ROLE_SYNONYMS.get(head, ())}


def _role_head(role: str) -> str:
    """The noun a role is named by: "senior adviser to Macron" → "adviser"."""
    before = re.split(r"\s(?:to|of|for|at|in|with|from)\s", role.lower(), maxsplit=1)[0]
    words = before.replace(",", " ").split()
    if not words:
        return ""
    return TITLE_ABBREVIATIONS.get(words[-1].rstrip("."), words[-1])


def names_in_apposition(doc: Doc) -> None:
    """A name the recogniser took for a place or a group is a person's when it stands in
    apposition to a noun for one person: "The Conservative leader, [Kemi Badenoch]GPE, said",
    "Former Hewlett-Packard CEO [Carly Fiorina]ORG named …"."""
    if not doc.has_annotation("DEP") or not doc.has_annotation("ENT_IOB"):
        return
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        head = ent.root.head
        if (
            ent.label_ in ("GPE", "ORG", "NORP")
            and ent.root.dep_ == "appos"
            and ent.root.i == ent.end - 1
            and 2 <= len(ent) <= 3
            and all(t.pos_ == "PROPN" and t.is_title for t in ent)
            and head.i < ent.start
            and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.lower_ in TITLE_WORDS)
            and one_persons_noun(head.lower_)
        ):
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.set_ents(ents, default="unmodified")


def one_persons_noun(low: str) -> bool:
    """A noun for one person by what they do: "proprietor", "senator", "economist"."""
    return (
        low in EPITHET_NOUNS
        or low in OCCUPATIONS
        or low.endswith(PERSON_SUFFIXES)
        or low.endswith(AGENT_SUFFIXES)
        and low not in NOT_AGENTS
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
    for k, (para, doc) in enumerate(zip(paragraphs or range(len(docs)), docs, strict=True)):
        ranges = quote_ranges[k] if quote_ranges else []
        if not doc.has_annotation("ENT_IOB"):
            # Paragraphs the recogniser skipped: runs of capitalised words stand in for names.
            for name, role, _ in _capitalised_names(doc_text(doc)):
                if _names_an_institution(role):
                    index.institutions.add(fold(strip_titles(name)))
                index.add(name, role, para=para)
            continue
        unrecognised.append((para, doc))
        for ent in entities(doc):
            if ent.label_ == "PERSON":
                people.append((para, ent, in_ranges(ent.start_char, ranges)))
                if _used_as_place(ent):
                    index.places.add(fold(strip_titles(ent.text)))
                if fold(ent.text.split()[-1]) in REGION_NAMES and len(ent) > 1:
                    index.institutions.add(fold(strip_titles(ent.text)))  # "Hockey Eastern Ontario"
                # (an apposition the parser and the text both show: not "Bush, the reports show")
                if _appositive_role(doc_text(doc)[ent.end_char :]) and _names_an_institution(
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
                or before
            )
            index.add(_name_cut_short(ent, named), role, quoted=quoted, para=para)
    for para, doc in unrecognised:
        _add_given_names_untagged(doc, para, index)
    _add_unrecognised_speakers(unrecognised, index)
    numbered = list(zip(paragraphs or range(len(docs)), docs, strict=True))
    add_couples(numbered, index)
    add_relatives(numbered, index)
    return index


def _capitalised_names(text: str) -> Iterator[tuple[str, str | None, int]]:
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
            and not (before[-1] == "at" and len(before) > 1 and _aimed_at_person(before[-2]))
        ):
            continue  # "runs at Dixon Hall", "the line outside Boulangerie Fortin": a place
        while words and words[0].lower() in STOP_WORDS:
            words = words[1:]  # "But Perez said": the sentence's first word is no name
        if len(words) < 2:
            continue
        # Given name and surname (and a middle initial): "Ukrainian President Volodymyr
        # Zelensky" → "Volodymyr Zelensky".
        keep = 3 if len(words) >= 3 and re.fullmatch(r"[A-Z]\.", words[-2]) else 2
        if words[-keep].lower() in STOP_WORDS:
            continue  # a title-case headline's "… President On Trump: …"
        if words[-keep].lower() in INSTITUTION_NOUNS:
            continue  # "on James Street North": no one's given name is "Street"
        role = _unparsed_role(words[:-keep], text[m.end() :], text[: m.start()])
        yield " ".join(words[-keep:]), role, m.end()


def _add_given_names_untagged(doc: Doc, para: int, index: NameIndex) -> None:
    """A given name and a surname the recogniser took for something else, or for nothing:
    "When [Amanda]ORG [Cole]PRODUCT walked onto her first job site" (not a place or a
    building named after someone: "Victoria Park", "Charlotte Hall", nor a GPE's words)."""
    text = doc_text(doc)
    for name, role, end in _capitalised_names(text):
        words = name.split()
        if len(words) != 2 or not given_name_gender(words[0]) or ends_in_an_institution_noun(name):
            continue
        span = doc.char_span(end - len(name), end)
        if span is None or any(t.ent_type_ in ("PERSON", "GPE", "LOC", "FAC", "NORP") for t in span):
            continue
        if index.lookup(name) not in (None, name):
            continue  # another spelling of someone named: "Barry Bennetts" for Barry Bennett
        index.add(name, role, para=para)


def _add_unrecognised_speakers(numbered: list[tuple[int, Doc]], index: NameIndex) -> None:
    """A name the recogniser missed or took for an organisation ("Substitute Jamal Osei-Bonsu
    scored", "[Woodhouse Nepinak]ORG") is a person's when its surname alone speaks elsewhere
    ("Osei-Bonsu said"), so that the surname finds the full name."""
    speaking = {
        fold(_with_hyphenated_part(t)) for _, doc in numbered for t in doc if _lone_name_that_speaks(t)
    }
    if not speaking:
        return
    for para, doc in numbered:
        text = doc_text(doc)
        for name, role, end in _capitalised_names(text):
            last = doc.char_span(end - len(name.split()[-1]), end)
            if (
                fold(name.split()[-1]) not in speaking
                or last is None
                or last.root.ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "FAC")
                or ends_in_an_institution_noun(name)  # "Trump Organization"
                or index.lookup(name) is not None
            ):
                continue
            index.add(name, role, para=para)


def _lone_name_that_speaks(tok: Token) -> bool:
    """A singular proper noun, no person's name to the recogniser, that is the subject of a
    speech verb or of a verb only people do ("Santoro died", "Tatum shrugged"), with at most
    a word before it ("Nefzi said", "Adel Nefzi said", "Osei-Bonsu said"; the recogniser's GPE
    for "Nefzi" too)."""
    ent = entity_of(tok)
    return (
        tok.dep_ == "nsubj"
        and tok.tag_ == "NNP"
        and tok.ent_type_ not in ("PERSON", "NORP")
        and (cue_lemma(tok.head.text) in SPEECH_LEMMAS or tok.head.lower_ in PERSON_ONLY_VERBS)
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i - 2 for c in tok.children)
        # (no word inside an organisation's name: "The Canadian Federation of Students said")
        and (ent is None or ent.end == tok.i + 1)
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
            )
            and fold(given.text) not in PARTIES
        ):
            return doc[ent.start - 1 : ent.end].text
    return ent.text


# Titles that make a role, without their full stop: "Prof", "Gen", "President".
ROLE_TITLES_BARE = frozenset(t.rstrip(".") for t in ROLE_TITLES)
# A description set after a name, closed by punctuation: ", a professor at the University of Toronto,"
APPOSITIVE_ROLE_RE = re.compile(r",\s+(?:a|an|the)\s+([a-z][^,.;:()“”\"]{2,60}?)\s*[,.;]")


def ends_in_an_institution_noun(name: str) -> bool:
    """ "Trump Organization", "Dixon Hall": a name whose last word says it is no person's."""
    words = name.split()
    return bool(words) and fold(words[-1]) in ORGANISATION_NOUNS | INSTITUTION_NOUNS


def _names_an_institution(role: str | None) -> bool:
    """Whether a description makes a name a place or an institution: "a shelter in Toronto"."""
    return role is not None and _role_head(role) in INSTITUTION_NOUNS


# A description set before a name, the name closed off by a comma: "The lanky professor, Tom
# Reed, teaches …"
# (a form of address may stand between: "The lanky professor, Dr. Tom Reed, …")
DESCRIBED_BEFORE_RE = re.compile(
    r"(?:^|[.;:]\s+)(?:[Tt]he|[Aa]n?|(?P<whose>[Hh]is|[Hh]er|[Tt]heir))\s+"
    r"(?P<role>[a-z][a-z’'-]*(?:,?\s+[a-z][a-z’'-]*){0,4}),\s+"
    rf"(?:(?:{'|'.join(h.title() for h in sorted(HONORIFICS))})\.?\s+)?$"
)


def _unparsed_role(before: list[str], after: str, text_before: str = "") -> str | None:
    """The role of a name found without the parser: title words in front ("Ukrainian
    President"), a description right after it ("Ann Wise, a professor at …, said"), or one
    the name stands in apposition to ("The lanky professor, Tom Reed, said")."""
    title = " ".join(before) if before and before[-1].lower().rstrip(".") in ROLE_TITLES_BARE else None
    if title is not None and not only_honorific(title):
        return title
    m = DESCRIBED_BEFORE_RE.search(text_before) if (not before or title) and after.startswith(",") else None
    if m is not None and not FINITE_WORDS.intersection(m.group("role").replace(",", " ").split()):
        # (whose it is stays with it: "His dad, Tom Wise," is "his dad")
        return f"{m.group('whose').lower()} {m.group('role')}" if m.group("whose") else m.group("role")
    return _appositive_role(after) or title


def _appositive_role(after: str) -> str | None:
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
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.tag_.startswith("VB") and len(ent) == 1:
        # where something was done: "spoke in Nashua" (not "believes in Trump")
        return not prep.head.lower_.startswith("believ")
    if root.dep_ != "pobj" or prep.lower_ not in PLACE_PREPOSITIONS:
        return False
    # (but "looked at Jane Smith", "took a shot at Trump": at a person)
    return prep.lower_ != "at" or not _aimed_at_person(prep.head.lower_)


def _aimed_at_person(word: str) -> bool:
    """ "looked at", "a shot at": what comes after "at" is a person, not a place."""
    return word.lower().startswith(AT_A_PERSON)


def looks_like_person_name(text: str) -> bool:
    words = strip_titles(text).split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


# Words of letters (a hyphen, an apostrophe or an initial's period inside): "Karen Ng", "Marie
# Ouellet-Roy", "J. O’Brien".
PLAIN_NAME_RE = re.compile(r"[^\W\d_][\w.’'-]*(?: [^\W\d_][\w.’'-]*)+")


def titled_name_unrecognised(text: str) -> tuple[str, str] | None:
    """A person's name after a title, which the recogniser did not take for one, with the
    title: "Justice of the Peace Karen Ng said" is Karen Ng, not an unnamed justice (not "the
    White House press secretary", whose capitals name an institution)."""
    name = strip_titles(text)
    words = name.split()
    if name == text or len(words) < 2 or not looks_like_person_name(name):
        return None
    if words[0].lower() == "the" or ends_in_an_institution_noun(name):
        return None
    title = text[: len(text) - len(name)].strip(" ,")
    # (a title in capitals, "of the" inside it; not "advisers to Mr. Obama", "a report in the Des
    # Moines Register", "The Email That Makes Benghazi")
    title_words = title.split()
    if not title_words or title_words[0].lower() in ("the", "a", "an") or not PLAIN_NAME_RE.fullmatch(name):
        return None
    if not all(w[:1].isupper() or w in ("of", "the") for w in title_words):
        return None
    return name, title

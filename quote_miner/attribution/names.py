"""The names an article uses: surnames, first names and titles resolved to the full name."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from quote_miner.attribution.affiliations import PARTIES, PARTY_INITIALS, US_STATES
from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.lexicon import (
    AGENT_SUFFIXES,
    EPITHET_NOUNS,
    GENERATION_SUFFIXES,
    INSTITUTION_NOUNS,
    KIN_GROUPS,
    NOT_AGENTS,
    OCCUPATIONS,
    ORGANISATION_NOUNS,
    ORIGIN_SUFFIXES,
    PERSON_SUFFIXES,
    PORTFOLIOS,
    POSSESSIVE_PRONOUNS,
    QUOTED_NICKNAME_RE,
    RANKS_SAID_BOTH_WAYS,
    ROLE_SYNONYMS,
    SITUATION_NOUNS,
    STANDING_NOUNS,
    SURNAME_KIN,
)
from quote_miner.attribution.roles import names_what_one_does
from quote_miner.attribution.syntax import PEOPLE_KEY, doc_text
from quote_miner.attribution.titles import TITLE_ABBREVIATIONS, TITLE_WORDS
from quote_miner.entity_names import COMPANY_NAME_ENDINGS
from quote_miner.names import HONORIFICS, NAME_PARTICLES, fold


def share_names(docs: list[Doc], index: NameIndex) -> None:
    """Let attribution in each paragraph know the people the whole article names."""
    people = frozenset(w for full in index.full_names() for w in full.split()[1:])
    for doc in docs:
        doc.user_data[PEOPLE_KEY] = people


# --- names across the article ----------------------------------------------------------


def strip_titles(name: str) -> str:
    name = QUOTED_NICKNAME_RE.sub(" ", name.replace("[", "").replace("]", "")).strip(" ,.;:")
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
    if len(words) >= 3 and fold(words[0]) in OCCUPATIONS | SITUATION_NOUNS | STANDING_NOUNS:
        words = words[1:]  # "Librarian Sofia Marquez", "Tenant Marguerite Osei": a sentence's first word
    elif len(words) == 3 and _what_someone_is(words[0]) and given_name_gender(words[1]):
        # any other trade or a paper's name opening the sentence, before a given name:
        # "Millwright Andre Gauthier", "Billionaire Donald Trump", "Commentary’s Noah Rothman"
        words = words[1:]
    elif len(words) == 3 and fold(words[0]) in EPITHET_NOUNS and not given_name_gender(words[0]):
        # a role's last word, before a given name of either sex: "Chief [Executive Kelly Ortberg]"
        words = words[1:]
    if len(words) >= 2 and fold(words[0]) in KIN_GROUPS:
        words = words[1:]  # "[Sisters Laura] and Dana Wilson grew up …"
    return " ".join(words)


def _what_someone_is(word: str) -> bool:
    """A word before a name that says what or whose the person is, and is no given name."""
    if given_name_gender(word):
        return False
    low = fold(word)
    return low.endswith(("'s", "’s")) or one_persons_noun(low) or low in PARTIES


# Titles of those who go by one name: "King Charles", "Pope Leo".
REIGNING_TITLES = frozenset("king queen pope emperor empress sultan emir".split())
# A name this long has a word inside it that can stand for the person: "Luiz Inácio Lula da Silva".
LONG_NAME_WORDS = 4


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
    # Every role the article gives a name, the first included: "Singer Tate McRae" in the
    # headline and "Pop star Tate McRae" in the text are both "the singer".
    all_roles: dict[str, set[str]] = field(default_factory=dict)
    # The titles before names that have a role of another kind: "Gen." of "Gen. Jennie Carignan,
    # the chief of the defence staff," (what "the general" may refer back to).
    titles: dict[str, set[str]] = field(default_factory=dict)
    # Names the article uses as places or organisations (folded): "at Dixon Hall".
    places: set[str] = field(default_factory=set)
    # Names the article says are a place or an institution: "Dixon Hall, a shelter in Toronto".
    institutions: set[str] = field(default_factory=set)
    # Nicknames written inside a full name (folded → full name): "Peggy" of
    # "Margaret “Peggy” Doyle".
    nicknames: dict[str, str] = field(default_factory=dict)

    def is_place(self, name: str) -> bool:
        """Used as a place ("runs at Dixon Hall", "Guelph, Ont."), or described as a place or
        an institution ("Dixon Hall, a shelter in Toronto")."""
        return fold(strip_titles(name)) in self.places or self.is_institution(name)

    def is_institution(self, name: str) -> bool:
        return fold(strip_titles(name)) in self.institutions

    def add(
        self,
        name: str,
        role: str | None = None,
        quoted: bool = False,
        para: int = 0,
        title: str | None = None,
    ) -> None:
        """Count ``name``, with its ``role`` (the apposition or the words in front), and the
        ``title`` in front too when the role is another ("Gen. Jennie Carignan, the chief of the
        defence staff," is also "the general")."""
        raw = " ".join(w for w in name.split() if not w.startswith(("@", "#")))
        # (the recogniser may take a possessive's apostrophe in: "[Brendan Rodgers']PERSON side")
        raw = POSSESSIVE_END_RE.sub("", raw)
        name = strip_titles(raw)
        if role is None and raw.endswith(name) and raw != name:
            # a title the recogniser took into the name is the role: "[Cllr Sarah Jones]"
            title = raw[: len(raw) - len(name)].strip(" ,")
            role = None if only_honorific(title) else title or None
        words = name.split()
        # (small words inside a surname count for nothing: "Ursula von der Leyen")
        inner = [w for i, w in enumerate(words) if 0 < i < len(words) - 1 and w in NAME_PARTICLES]
        # (a sovereign or a pope goes by one name: "King Charles", "Pope Leo")
        role_words = (role or "").lower().split()
        reigning = len(words) == 1 and bool(role_words) and role_words[-1] in REIGNING_TITLES
        if not (reigning or 2 <= len(words) - len(inner) <= 4) or not all(
            w[:1].isupper() for w in words if w not in inner
        ):
            return
        if words[-1].rstrip(".,") in COMPANY_NAME_ENDINGS:
            return  # a company's name: "Chip maker Veltrix Inc said"
        self.counts[name] += 1
        self.first_seen[name] = min(para, self.first_seen.get(name, para))
        if not quoted:
            self.in_narration.add(name)
        if role and (name not in self.roles or only_honorific(self.roles[name])):
            self.roles[name] = role
        if role and not only_honorific(role):
            self.all_roles.setdefault(name, set()).add(role)
        if title and not only_honorific(title):
            self.titles.setdefault(name, set()).add(title)
        # ("Dr." is a form of address, but "the doctor" refers back to the one so called)
        for given in {title, role} - {None}:
            if fold(given).strip(".") == "dr":
                self.titles.setdefault(name, set()).add(given)

    def full_name(self, name: str) -> str:
        """The fullest name the article uses for ``name`` ("Peskov" → "Dmitry Peskov")."""
        return self.lookup(name) or strip_titles(name)

    def lookup(self, name: str) -> str | None:
        """The article's full name for ``name``, or None when it names no such person."""
        name = strip_titles(name)
        words = name.split()
        if not words:
            return None
        surname = fold(_surname(words))
        folded = [fold(w) for w in words]
        best, best_key = None, None
        for full, count in self.counts.items():
            fw = full.split()
            fs = fold(_surname(fw))
            if fs != surname and fuzz.ratio(fs, surname) < 88:
                continue
            # a surname of two words is the end of the full name: "Peña Nieto" is
            # "Enrique Peña Nieto", not a second person
            extends = (
                len(fw) > len(words) > 1
                and full in self.in_narration
                and [fold(w) for w in fw[-len(words) :]] == folded
            )
            if _generation(words) and _generation(words) != _generation(fw):
                continue  # "Donald Trump Jr" is not "Donald J. Trump"
            given, other = fold(fw[0]), folded[0]
            if len(words) > 1 and not extends and given != other and fuzz.ratio(given, other) < 80:
                continue
            seen = self.first_seen.get(full, 0)
            introduced = self.horizon is None or seen <= self.horizon
            key = (extends, full in self.in_narration, introduced, count, len(fw))
            if best_key is None or key > best_key:
                best, best_key = full, key
        if best is not None and len(words) == 1:
            # a given name among a family the article names: "Elena" is Elena Costa beside Maria
            # and Giuseppe Costa, not the bakery "Forno Elena" ("James" is still LeBron James
            # beside a James Harden, whose surname no one else has)
            given = [full for full in self.counts if full != best and fold(full.split()[0]) == surname]
            if len(given) == 1 and self._of_a_family(given[0]):
                return given[0]
        if best is None and len(words) == 1 and surname in self.nicknames:
            return self.nicknames[surname]  # "Peggy said" after "Margaret “Peggy” Doyle"
        if best is None and len(words) == 1:
            # A first name on its own: "Chris" for the one Chris Anderson the article names.
            given = [full for full in self.counts if fold(full.split()[0]) == surname]
            if len(given) == 1:
                return given[0]
            # ... or a word inside one long name, by which the person is known: "Lula" for
            # "Luiz Inácio Lula da Silva"
            inside = [full for full in self.counts if surname in (fold(w) for w in full.split()[1:-1])]
            if not given and len(inside) == 1 and len(inside[0].split()) >= LONG_NAME_WORDS:
                return inside[0]
        return best

    def _of_a_family(self, full: str) -> bool:
        """Whether someone else the article names has the surname of ``full``."""
        surname = fold(_surname(full.split()))
        return any(other != full and fold(_surname(other.split())) == surname for other in self.counts)

    def role_nouns(self, name: str) -> set[str]:
        """The nouns the article's role for ``name`` lets a description use ("judge" for
        "Justice Anne Roy")."""
        role = self.role(name)
        return _role_nouns(role) if role else set()

    def described_as(self, description: str, by_then: bool = False) -> str | None:
        """The one person the article names whose role is what a definite description calls
        someone: "the Kremlin spokesman" is Dmitry Peskov when the article names him so."""
        found = self.all_described_as(description, by_then)
        return found.pop() if len(found) == 1 else None

    def all_described_as(self, description: str, by_then: bool = False) -> set[str]:
        """Everyone the article names whose role a definite description fits (``by_then``: of
        those named by the paragraph read, for a description that can only refer back)."""
        words = description.lower().replace(",", " ").replace("’", "'").split()
        if len(words) == 1 and description[:1].isupper() and words[0] in TITLE_WORDS:
            words = ["the", words[0]]  # a headline's title alone: "Premier vows to fix ERs"
        if len(words) < 2:
            return set()
        # A place or party in the description is in the role: "the Ohio governor" is not
        # "former Florida Gov. Ann Lee".
        # (where someone comes from is no part of a role: "the Calgary-born singer")
        proper = [
            w
            for w in description.replace(",", " ").split()[1:-1]
            if w[:1].isupper() and not w.lower().endswith(ORIGIN_SUFFIXES)
        ]
        named = [re.sub(r"['’]s$", "", fold(w)) for w in proper]
        possessor = words[0][:-2] if words[0].endswith("'s") else None
        if _headline_role(description):
            words = ["the", *words]  # "Quebec premier says …": a headline drops the article
        elif words[0] not in ("the", "this", "that", "his", "her", "their") and possessor is None:
            return set()
        roles_of = self.all_roles
        if by_then:
            roles_of = {full: roles for full, roles in roles_of.items() if self._named_by_then(full)}
        found = self._fitting(roles_of, words, named, possessor)
        if not found:
            # the titles before the names, of the people introduced by then: "Gen. Jennie
            # Carignan, the chief of the defence staff, … the general replied"
            introduced = {
                full: titles
                for full, titles in self.titles.items()
                if self.horizon is None or self.first_seen.get(full, 0) <= self.horizon
            }
            found = self._fitting(introduced, words, named, possessor)
        return found

    def _fitting(
        self, roles_of: dict[str, set[str]], words: list[str], named: list[str], possessor: str | None
    ) -> set[str]:
        """The people whose role, in ``roles_of``, the description's ``words`` fit."""
        return {
            full
            for full, roles in roles_of.items()
            for role in roles
            # (the description's own noun: "the Republican nominee" is no "Jon Husted, a Republican")
            if _said_both_ways(role_head(" ".join(words[1:]))) & _role_nouns(role)
            and places_agree(named, role)
            # "the governor" is no former governor ("former Gov. Ann Lee"), "the presidential
            # nominee" no vice-presidential one, "the transport secretary" no union's
            # general secretary: a rank or a portfolio must be said on both sides
            and same_rank_and_portfolio(words, role)
            # "Campbell's partner" is the partner the article names as Campbell's, or as "his
            # partner" when it names a Campbell: "Mark Wise spoke. His dad, Tom Wise, …"
            and (
                possessor is None
                or possessor in fold(role)
                or role.lower().split()[0] in POSSESSIVE_PRONOUNS
                and self.lookup(possessor) is not None
            )
        }

    def role(self, full: str) -> str | None:
        return self.roles.get(full)

    def has_role_named(self, noun: str, by_then: bool = False) -> bool:
        """Whether someone the article names (``by_then``: by the paragraph read) has a role
        named by ``noun`` ("professor")."""
        return any(
            noun in _role_nouns(role)
            for full, role in self.roles.items()
            if not by_then or self._named_by_then(full)
        )

    def _named_by_then(self, full: str) -> bool:
        """Whether the article has named ``full`` by the paragraph read (``horizon``), or the
        paragraph is the lede, whose descriptions may name someone later."""
        return self.horizon is None or self.horizon == 0 or self.first_seen.get(full, 0) <= self.horizon

    def full_names(self) -> list[str]:
        return sorted(self.counts)

    def narrated_names(self) -> list[str]:
        """The full names the article uses in its own words: not a nickname someone is quoted
        giving ("They call me Baba Linda"), which another article's "Linda" must not take."""
        return sorted(n for n in self.counts if n in self.in_narration)


def _headline_role(description: str) -> bool:
    """A place or body and one role, as headlines write them: "Quebec premier", "Kremlin
    spokesman" (not "Local fishermen", "Protesters")."""
    words = description.split()
    return (
        2 <= len(words) <= 3
        and words[0][:1].isupper()
        # (not an unnamed one: "One Clinton spokesman", "Another Labour MP")
        and words[0].lower() not in STOP_WORDS
        and words[-1].islower()
        and not words[-1].endswith("s")
    )


def _generation(words: list[str]) -> str | None:
    last = fold(words[-1]).rstrip(".") if len(words) > 1 else ""
    return last if last in GENERATION_SUFFIXES else None


def _surname(words: list[str]) -> str:
    """The last word of a name that is a surname: "Guerrero" of "Vladimir Guerrero Jr"."""
    if len(words) > 1 and fold(words[-1]).rstrip(".") in GENERATION_SUFFIXES:
        return words[-2]
    return words[-1]


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


def same_rank_and_portfolio(words: list[str], role: str) -> bool:
    """Whether a description's words and a role say the same rank and portfolio: "the
    presidential nominee" is no vice-presidential one, "the transport secretary" no general
    secretary."""
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
    head = role_head(role)
    # (and a noun for one person before it: "Rookie forward Carter Yakemchuk" is "the rookie")
    before = re.split(r"\s(?:to|of|for|at|in|with|from)\s", role.lower(), maxsplit=1)[0].split()[:-1]
    named_by = {w for w in before if names_what_one_does(w)}
    return {head, *ROLE_SYNONYMS.get(head, ()), *named_by}


def role_head(role: str) -> str:
    """The noun a role is named by: "senior adviser to Macron" → "adviser", "Lebanese man
    visiting Nice with his family" → "man" (not "managing editor")."""
    role = re.split(r"\s\w+ing\s(?=[A-Z]|(?:the|a|an|his|her|their)\s)", role, maxsplit=1)[0]
    before = re.split(r"\s(?:to|of|for|at|in|with|from)\s", role.lower(), maxsplit=1)[0]
    words = before.replace(",", " ").split()
    if not words:
        return ""
    return TITLE_ABBREVIATIONS.get(words[-1].rstrip("."), words[-1])


# A possessive's ending left on a name: "Rodgers'", "Rodgers’s".
POSSESSIVE_END_RE = re.compile(r"(?<=[a-z])\s?['’]s?$")


def one_persons_noun(low: str) -> bool:
    """A noun for one person by what they do: "proprietor", "senator", "economist"."""
    return (
        low in EPITHET_NOUNS
        or low in OCCUPATIONS
        or low in STANDING_NOUNS
        or low.endswith(PERSON_SUFFIXES)
        or low.endswith(AGENT_SUFFIXES)
        and low not in NOT_AGENTS
    )


def ends_in_an_institution_noun(name: str) -> bool:
    """ "Trump Organization", "Dixon Hall": a name whose last word says it is no person's."""
    words = name.split()
    return bool(words) and fold(words[-1]) in ORGANISATION_NOUNS | INSTITUTION_NOUNS


# One of kin by the family's word and by the formal one: "Wise's dad" is "his father, Brian Wise".
KIN_WORDS = {
    "dad": "father",
    "mom": "mother",
    "mum": "mother",
    "grandpa": "grandfather",
    "grandma": "grandmother",
}


def _said_both_ways(noun: str) -> set[str]:
    """A noun with the other word for the same kin: {"dad", "father"}."""
    formal = KIN_WORDS.get(noun, noun)
    return {noun, formal} | {word for word, same in KIN_WORDS.items() if same == formal}


def looks_like_person_name(text: str) -> bool:
    raw = text.split()
    first = next((k for k, w in enumerate(raw) if w[:1].isupper() and w not in ("The", "A", "An")), 0)
    lead = [w for w in raw[:first] if w.lower() not in ("the", "a", "an", "both", "former")]
    if lead[-1:] and lead[-1] in ("of", "for", "to", "with", "by", "close"):
        # someone of a person's, not the person: "supporters of Democrat Hillary Clinton", "a
        # spokesman for Bernie Sanders", "a person close to the Clintons" (but "father of three
        # Brian Kostiuk")
        return False
    words = strip_titles(text).split()
    # (small particles inside: "Osama bin Laden", "Ali al-Dabbagh", "al-Shahristani")
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() or w in NAME_PARTICLES or JOINED_ARTICLE_RE.match(w) for w in words)
        and words[-1] not in NAME_PARTICLES
        and (len(words) == 1 or words[-1].rstrip(".,") not in COMPANY_NAME_ENDINGS)  # "Veltrix Inc"
    )


# An Arabic article joined to a name: "al-Maliki", "el-Sisi".
JOINED_ARTICLE_RE = re.compile(r"(?:al|el|ad|ash|as|at|az|ar)-[A-Z]")


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


def called_by_first_name(name: str, docs: list[Doc]) -> bool:
    """Whether the article calls ``name`` by the first name alone somewhere ("Tom told …"; not
    where it gives the name set off after a noun, "her son, Daniel,", or right after one of kin:
    "with her brother Daniel")."""
    first = re.escape(name.split()[0])
    for d in docs:
        text = doc_text(d)
        for m in re.finditer(rf"(?<!, )\b{first}\b(?!\s+[A-Z])", text):
            before = text[max(0, m.start() - 20) : m.start()].split()
            if not (before and before[-1].lower() in SURNAME_KIN):
                return True
    return False

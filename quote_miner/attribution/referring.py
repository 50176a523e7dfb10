"""What a definite description of one person refers back to: "the affable proprietor", "the
54-year-old nurse", "the Florida senator" — the person named before whom it fits."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from quote_miner.attribution.affiliations import PARTIES, PARTY_MEMBER_NOUNS
from quote_miner.attribution.description_lexicon import (
    AGE_ADJECTIVES,
    AGE_NOUNS,
    CHARGED_WORDS,
    DECADE_NOUNS,
    DEFENDANT_NOUNS,
    OFFICE_ADJECTIVES,
    OTHER_WORDS,
    RANKED_NOUNS,
    SEXED_NOUNS,
)
from quote_miner.attribution.families import COUPLE_RE
from quote_miner.attribution.gender import noun_gender
from quote_miner.attribution.lexicon import (
    ANONYMOUS_NOUNS,
    BODY_WORDS,
)
from quote_miner.attribution.mentions import Mention, Speaker
from quote_miner.attribution.names import one_persons_noun, role_words, same_rank_and_portfolio
from quote_miner.attribution.roles import role_allows
from quote_miner.attribution.syntax import age_description, doc_text, nationality_description
from quote_miner.attribution.titles import TITLE_ABBREVIATIONS, TITLE_WORDS
from quote_miner.names import fold

if TYPE_CHECKING:
    from quote_miner.attribution.resolve import ArticleResolver

# The tags a subject's noun may wrongly get: "the German [forward]RB said".
MISREAD_NOUN_TAGS = frozenset({"RB", "JJ", "VB", "VBP", "VBZ"})

# The words of a plain description before its noun: "the lanky, bespectacled professor".
DESCRIBING_DEPS = frozenset({"amod", "compound", "nmod", "punct", "cc", "conj", "advmod"})


def refers_back_only(resolver: ArticleResolver, para: int, mention: Mention) -> bool:
    """Whether a description describes the person rather than their office ("the lanky,
    bespectacled professor", "the affable proprietor"), and so stands for someone the article
    has named by then, not someone it names later in that role."""
    span = resolver.docs[para].char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].lower_ != "the":
        return False
    modifiers = span[1:-1]
    return any(t.text == "," for t in modifiers) or any(
        t.tag_ == "JJ" and t.is_lower and t.lower_ not in OFFICE_ADJECTIVES for t in modifiers
    )


def person_referred_back_to(resolver: ArticleResolver, para: int, mention: Mention) -> Speaker | None:
    """The named person a description of one person refers back to, as a pronoun would:
    "Chris Anderson has run the café for 22 years. … “I was stunned,” said the affable
    proprietor." The description has a word of its own before the noun, which names what
    someone does ("the billionaire businessman", "the Florida senator"); a place or party
    in it must be in the person's role ("Florida Sen. Tom Reed"). Not the nouns of
    unnamed sources ("the senior official"), nor "the second aide", nor a noun that is someone's
    role; the person must be the only one of either gender the pronoun search would find."""
    span = resolver.docs[para].char_span(mention.start, mention.end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    if len(words) == 4 and words[1].lower_ in PARENT_NOUNS and words[2].lower_ == "of" and words[3].like_num:
        words = words[:2]  # "the mother of two": a parent, by the count of children
    # "the teenager", and one by nationality alone, for whom no role can tell: "the American"
    # (with an age too: "the 23-year-old Briton")
    nation = nationality_description(words[-1]) if words else None
    by_age_and_sex = len(words) == 3 and words[1].lower_ in AGE_ADJECTIVES and words[2].lower_ in SEXED_NOUNS
    by_age = (
        len(words) == 2
        and words[1].lower_ in AGE_NOUNS
        or by_age_and_sex
        or (nation is not None and nation.start_char == mention.start)
    )
    # (a bare noun only for the one the sentence right before is about: "Hansen said the
    # project taught them more. / “…,” the teacher said.")
    bare = len(words) == 2 and not by_age
    if len(words) < 2 or words[0].lower_ != "the":
        return None
    head, modifiers = words[-1], words[1:-1]
    if _brought_in_unnamed(resolver, para, mention.start, head.lower_):
        return None  # "When a nurse who had treated Ebola patients returned, the governor ordered a
        # quarantine. The nurse later sued": the one brought in as "a nurse", no one named
    if para <= 1 and any(c.dep_ == "relcl" for c in head.children):
        return None  # a lede's "The lifelong Republican who wrote the speech says …" brings someone in
    if any(t.ent_type_ == "PERSON" for c in head.children if c.dep_ in ("relcl", "appos") for t in c.subtree):
        return None  # it names someone itself: "The Toronto rapper, whose legal name is Aubrey Graham,"
    low = head.lower_
    age = age_description(head, alone=False)  # (the mention ends with it: no noun follows)
    aged: set[int] = set()
    if by_age or age is not None and age.start_char == mention.start:
        # "the 38-year-old", "the teenager": a person by age alone; "the old man" by sex too
        gender = noun_gender(head.lower_) if by_age_and_sex else None
        aged = {t.i for t in age} if age is not None else {head.i}
    else:
        party_member = low in PARTY_MEMBER_NOUNS  # "the New York Democrat"
        title = head.tag_ == "NNP" and low in TITLE_WORDS and head.is_upper  # "the Lakeland MP"
        # (a subject's noun the tagger read as another word: "the German [forward]RB said")
        misread = head.dep_ == "nsubj" and head.tag_ in MISREAD_NOUN_TAGS
        if head.tag_ != "NN" and not misread and not party_member and not title or low in ANONYMOUS_NOUNS:
            return None
        if any(t.lower_ in OTHER_WORDS and low not in RANKED_NOUNS for t in modifiers) or not (
            one_persons_noun(low) or party_member or title
        ):
            return None
        # (an age is a plain word of it too: "the 54-year-old nurse")
        aged = {
            t.i for m in modifiers if m.like_num and (run := age_description(m, alone=False)) for t in run
        }
        if any(t.dep_ not in DESCRIBING_DEPS and t.i not in aged and not _hyphened(t) for t in modifiers):
            return None  # a clause or a phrase of its own: not a plain description
        if resolver.index.has_role_named(low, by_then=refers_back_only(resolver, para, mention)):
            # the roles decide ("described_as"): two professors, no guess — but when they find
            # no one, a team's name need not be in the role of the one the sentence right before
            # is about: "Toronto
            # quarterback Nick Arbuckle … Arbuckle took responsibility. / “…,” the Argos
            # quarterback said" (a place must: not "the Ohio governor" for a Florida one)
            return _the_one_just_named_in_role(resolver, para, mention, low, modifiers)
        gender = noun_gender(low)
    if by_age or aged:
        # the one person whose age the article gives and the description's words fit: "Walter
        # Kaminski, 76, … Frank Osei said … / the septuagenarian laughed"
        of_age = _of_the_age_said(resolver, para, words)
        if of_age is not None:
            return of_age
    searches = [(para, mention.start, g) for g in ((gender,) if gender else ("m", "f"))]
    if gender is None and (pronoun := resolver._pronoun_subject_right_before(para, mention.start)):
        # "Woll stopped 27 shots. Asked about the goal, he shrugged. “…,” the 26-year-old
        # said.": whom the pronoun right before stands for, not a man named further back
        searches = [pronoun]
    # (someone named: "A bylaw officer told Moretti … / “…,” the 58-year-old said" is not the
    # officer the article never names)
    found = {
        s.name: s
        for p, pos, g in searches
        if (s := resolver._antecedent(p, pos, g)) is not None and s.name and s.type == "person"
    }
    if not found and (by_age or aged):
        # the one person the sentence right before names, when whoever it is about goes unnamed
        named_there = _the_one_named_right_before(resolver, para, mention.start)
        if named_there is not None:
            found = {named_there.name: named_there}
    # the one an earlier description by the same noun stood for: "the American comedian announced
    # …" (Joan Rivers) … "Housemate Emilia Arata burst into tears. / The age-defying comedian
    # then ended her stint"
    earlier = resolver.described_by.get(low, set()) & set(found)
    described_before = len(earlier) == 1
    if described_before:
        found = {name: found[name] for name in earlier}
    named = resolver._named_subject_right_before(para, mention.start) if found else None
    if (bare or aged) and named is None and found:
        named = described_subject_right_before(resolver, para, mention.start)
    if (
        named is not None
        and named.name in found
        and (aged or role_allows(named.role, low))
        and not described_before
    ):
        # "… Brenda Mah said she had been “terrified” …. / “…,” the 54-year-old nurse said.",
        # "Lashing out, Trump said Ginsburg's “mind is shot.” / “…,” the Republican nominee
        # wrote": a man and a woman fit; the one the sentence right before is about is meant
        # (unless the article gives them another role: "Mayor Bill de Blasio" is no candidate)
        found = {named.name: named}
    if bare and (
        named is None
        or set(found) != {named.name}
        or not role_allows(named.role, low)
        or resolver._quotes_right_before(para, mention.start)
        or low not in DEFENDANT_NOUNS
        and _charged_right_before(resolver, para, mention.start)
    ):
        return None  # (in an exchange the next to speak is the other: "“…?” Borger asked. /
        # “…,” the senator said.")
    if len(found) != 1:
        return None
    speaker = next(iter(found.values()))
    if len(speaker.name.split()) < 2:
        return None  # someone the article introduced by their full name, not "Condi"
    if _under_its_own_mention(head, speaker.name):
        return None
    # A place or nationality must be in the person's role ("the Romanian hacker" is not
    # the Hillary Clinton a headline named); a party may go unsaid, unless the role names
    # another ("the Republican nominee" is Donald Trump, not "Sen. Harry Reid (D-Nev.)").
    # (A person the article gives no role, whom the sentence right before is about, may be
    # "the Florida senator": "Marco Rubio still believes … “…,” the Florida senator told …")
    just_before = named is not None and named.name == speaker.name
    just_named = just_before or _named_before_in_its_paragraph(resolver, para, mention.start, speaker.name)
    unsaid = just_before and _placeless(speaker.role)
    role = role_words(speaker.role or "")
    role_party = {PARTIES[w] for w in role.split() if w in PARTIES}
    for t in modifiers:
        if t.pos_ != "PROPN" and t.ent_type_ not in ("GPE", "NORP"):
            continue
        party = PARTIES.get(t.lower_)
        # (a show's or a team's name need not be in the role of one just named: "BBC presenter
        # Jeremy Clarkson … Clarkson insisted … “…,” the Top Gear host wrote"; a place must)
        other = just_named and party is None and t.ent_type_ not in ("GPE", "NORP", "LOC")
        if (
            party is not None
            and role_party - {party}
            or party is None
            and t.lower_ not in role
            and not (unsaid or other)
        ):
            return None
    return replace(
        speaker,
        basis=f"“{mention.text}” refers back to {speaker.name}, the nearest person it can describe",
    )


def _under_its_own_mention(head: Token, name: str) -> bool:
    """Whether a description sits in a clause under a verb whose subject already names or
    describes the person it would refer back to: "the South Carolina senator [Graham] called on
    Republicans to unendorse Trump after the billionaire estate mogul claimed …" — one sentence
    does not name someone twice, the second time by another noun."""
    surname = fold(name.split()[-1])
    for verb in head.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i >= head.i or subject == head or head in subject.subtree:
            continue
        words = list(subject.subtree)
        if any(fold(t.text) == surname for t in words):
            return True
        other_noun = subject.lower_ != head.lower_ and one_persons_noun(subject.lower_)
        if other_noun and words[0].lower_ == "the":
            return True
    return False


def _the_one_named_right_before(resolver: ArticleResolver, para: int, pos: int) -> Speaker | None:
    """The one person the sentence right before ``pos`` names: "A bylaw officer … told Moretti the
    patio violated new rules. / “…,” the 58-year-old said"."""
    before = resolver._sentence_before_the_quotation(para, resolver._sent_index(para, pos))
    if before is None:
        return None
    p, k = before
    sent = resolver._sents[p][k][2]
    # (by its name's last word, whatever the recogniser took the name for: "Moretti" a PRODUCT)
    people = {
        s.name: s
        for t in sent
        if t.pos_ == "PROPN"
        and t.dep_ != "compound"
        and (s := resolver._person_from_token(t)) is not None
        and s.name
    }
    return next(iter(people.values())) if len(people) == 1 else None


def _named_before_in_its_paragraph(resolver: ArticleResolver, para: int, pos: int, name: str) -> bool:
    """Whether the paragraph of ``pos`` names ``name`` (by surname at least) before it: "Clarkson
    insisted …: “…,” the Top Gear host wrote"."""
    before = doc_text(resolver.docs[para])[:pos]
    return re.search(rf"\b{re.escape(name.split()[-1])}\b", before) is not None


def _brought_in_unnamed(resolver: ArticleResolver, para: int, pos: int, noun: str) -> bool:
    """Whether the paragraph of ``pos`` or the one before brings someone in by ``noun`` with
    "a" or "an" before ``pos`` ("a nurse who had been treating Ebola patients")."""
    for p in (para - 1, para):
        for t in resolver.docs[p] if p >= 0 else ():
            if p == para and t.idx >= pos:
                break
            if t.lower_ == noun and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                return True
    return False


def _charged_right_before(resolver: ArticleResolver, para: int, pos: int) -> bool:
    """Whether the sentence right before says its subject is charged or accused: "Marc
    Tessier, 29, is charged with murder. / “…?” the prosecutor asked." is not Tessier."""
    found = resolver._subject_right_before(para, pos)
    return found is not None and any(t.lower_ in CHARGED_WORDS for t in found[1])


def _of_the_age_said(resolver: ArticleResolver, para: int, words: list[Token]) -> Speaker | None:
    """The one person named by ``para`` whose age, given as "Walter Kaminski, 76," or
    "Kaminski, 76,", is in the years the description gives ("the 76-year-old", "the
    septuagenarian", "the teenager"); None unless exactly one such age is given."""
    years = _years_described(words)
    if years is None:
        return None
    text = "\n".join(doc_text(d) for d in resolver.docs[: para + 1])
    fitting = set()
    for m in AGE_GIVEN_RE.finditer(text):
        full = resolver.index.lookup(m.group("name"))
        if full is not None and years[0] <= int(m.group("age")) <= years[1]:
            fitting.add(full)
    if len(fitting) != 1:
        return None
    full = fitting.pop()
    return Speaker(
        full, "person", resolver.index.role(full), basis=f"the article gives {full} the age it describes"
    )


def _years_described(words: list[Token]) -> tuple[int, int] | None:
    """The ages a description of someone by age covers: 76 for "the 76-year-old", 70 to 79
    for "the septuagenarian", 13 to 19 for "the teenager"."""
    for t in words:
        if t.like_num and t.text.isdigit() and age_description(t, alone=False) is not None:
            return int(t.text), int(t.text)
    low = words[-1].lower_ if words else ""
    if low in ("teenager", "teen"):
        return 13, 19
    decade = DECADE_NOUNS.get(low)
    return (decade, decade + 9 if decade < 100 else 120) if decade is not None else None


# A name and the age set after it: "Walter Kaminski, 76,", "Kaminski, 76,".
AGE_GIVEN_RE = re.compile(r"\b(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}),\s+(?P<age>\d{1,3}),")


def described_subject_right_before(resolver: ArticleResolver, para: int, pos: int) -> Speaker | None:
    """The person the subject right before refers back to when it describes them in turn:
    "Behind the counter sits Gord Mackenzie. / The soft-spoken 68-year-old has run the shop
    since 1989. / “…,” the shopkeeper said." """
    found = resolver._subject_right_before(para, pos)
    if found is None:
        return None
    p, _, subject = found
    first = subject.left_edge
    named = subject.pos_ in ("PROPN", "PRON") or subject.ent_type_
    if first.lower_ != "the" or named and nationality_description(subject) is None:
        return None  # (but "The 23-year-old Briton" describes)
    start, end = first.idx, subject.idx + len(subject.text)
    described = Mention(start, end, doc_text(subject.doc)[start:end], "nominal")
    return person_referred_back_to(resolver, p, described)


def _the_one_just_named_in_role(
    resolver: ArticleResolver, para: int, mention: Mention, noun: str, modifiers: list[Token]
) -> Speaker | None:
    """The person the sentence right before is about, when the description's noun is in their
    role and the roles themselves find no one: "Toronto quarterback Nick Arbuckle … Arbuckle
    took responsibility. / “…,” the Argos quarterback said" (a team's name need not be in the
    role; a place, a rank or a portfolio must)."""
    named = resolver._named_subject_right_before(para, mention.start)
    described = resolver.index.all_described_as(mention.text)
    introduced = {full for full in described if resolver.index.first_seen.get(full, 0) <= para}
    if described and not (named is not None and introduced == {named.name}):
        # (the roles decide: two professors, no guess — but of three premiers, only one
        # introduced by then, "the premier" is the one the sentence right before is about)
        return None
    if named is None:
        return None
    role = role_words(named.role or "")
    if not role and not described and noun in TITLE_WORDS:
        # one the article gives no role takes an office no one else holds, when named by name
        # right before: "Mulroney has admitted … The former prime minister has apologized", with
        # Prime Minister Harper named (not "When a nurse … returned, the governor ordered a
        # quarantine. The nurse later sued")
        subject = resolver._subject_right_before(para, mention.start)
        if subject is not None and subject[2].pos_ == "PROPN":
            return replace(named, basis=f"“{mention.text}” refers back to {named.name}, named right before")
    if noun not in role.split() and noun not in resolver.index.role_nouns(named.name):
        return None  # (the noun a title stands for counts: "Sen." is "the senator")
    if not same_rank_and_portfolio(mention.text.lower().split(), named.role or ""):
        return None
    if any(t.ent_type_ in ("GPE", "LOC") and t.lower_ not in role for t in modifiers) and not _placeless(
        named.role
    ):
        return None  # (unless the role names no place: "Sen. Elizabeth Warren … the Massachusetts senator")
    return replace(
        named, basis=f"“{mention.text}” refers back to {named.name}, whom the sentence before is about"
    )


def _placeless(role: str | None) -> bool:
    """Whether a role names no place of its own, so that a description may add one: "Sen.",
    "Senate Majority Leader" (not "Ohio Gov.", "R-Fla.")."""
    words = [fold(w).strip(".,()") for w in (role or "").split() if w[:1].isupper()]
    return all(w in TITLE_WORDS or w in TITLE_ABBREVIATIONS or w in BODY_WORDS for w in words)


def _hyphened(tok: Token) -> bool:
    """The first piece of a hyphenated adjective the tokenizer split: "self" of "the
    self-described democratic socialist"."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and not tok.whitespace_


# Parents described by how many children they have: "the mother of two".
PARENT_NOUNS = frozenset("mother father mom dad grandmother grandfather".split())


# "the former" and "the latter": the first and the last of people named together before.
ORDINAL_REFERENCES = {"the former": 0, "the latter": -1}


def one_of_two_named_before(resolver: ArticleResolver, para: int, mention: Mention) -> Speaker | None:
    """Whom "the former" or "the latter" stands for: the first or the last person of the
    nearest sentence before that names two or more ("Coun. Maria Santos and Coun. Derek Olsen
    disagreed … The former called the levy “overdue,” while the latter said …")."""
    which = ORDINAL_REFERENCES.get(mention.text.lower())
    if which is None:
        return None
    for p in range(para, max(-1, para - 2), -1):
        for start, _, sent in reversed(resolver._sents[p]):
            if p == para and start >= mention.start:
                continue
            people = [e for e in sent.ents if e.label_ == "PERSON"]
            names = list(dict.fromkeys(resolver.index.full_name(e.text) for e in people))
            if len(names) >= 2:
                name = names[which]
                place = "first" if which == 0 else "last"
                basis = f"“{mention.text}” refers to {name}, the {place} of those named before"
                return Speaker(name, "person", resolver.index.role(name), basis=basis)
    return None


def couple_named_before(resolver: ArticleResolver, para: int, mention: Mention) -> Speaker | None:
    """Whom "the couple" stands for: the two people named together by one surname nearest
    before it ("Ron and Linda Stewart lost everything. … Now, the couple says, …")."""
    if mention.text.lower() != "the couple":
        return None
    for p in range(para, max(-1, para - 4), -1):
        text = doc_text(resolver.docs[p])
        found = [m for m in COUPLE_RE.finditer(text) if p < para or m.end() <= mention.start]
        if found:
            m = found[-1]
            return resolver._resolve(p, Mention(m.start(), m.end(), m.group(), "group"))
    return None


def brought_in_unnamed_by(doc: Doc, mention: Mention) -> str | None:
    """The noun an indefinite description brings an unnamed source in by: "A Department of
    Health spokesperson" and "a spokeswoman for the hospital" by "spokesperson", "spokeswoman"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].lower_ not in ("a", "an") or span.root.pos_ != "NOUN":
        return None  # ("a source" says no more than "the source")
    noun = span.root.lower_
    return noun if noun in ANONYMOUS_NOUNS or one_persons_noun(noun) else None


def unnamed_source_referred_back_to(resolver: ArticleResolver, para: int, mention: Mention) -> Speaker | None:
    """The unnamed source "the spokesperson" stands for when the article brought in one by that
    noun and no other: "A Department of Health spokesperson said … “…,” the spokesperson added."
    (Two spokesmen before, or none: no guess.)"""
    words = mention.text.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    described = resolver.unnamed_by.get(words[1].lower(), set())
    if len(described) != 1:
        return None
    name = next(iter(described))
    return Speaker(name, "unnamed", None, basis=f"“{mention.text}” refers back to {name}, brought in before")

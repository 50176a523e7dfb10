"""Clues a sentence gives about whom a pronoun stands for: who it is about, whether it names
anyone, whether it calls an unnamed source "he" or "she". The antecedent search of
``resolve.ArticleResolver`` reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.claim_lexicon import ASKING_LEMMAS
from quote_miner.attribution.gender import noun_gender
from quote_miner.attribution.lexicon import (
    ANONYMOUS_NOUNS,
    ASKER_NOUNS,
    OCCUPATIONS,
    PERSON_ONLY_VERBS,
    PERSON_PRONOUNS,
    SITUATION_NOUNS,
    UNNAMED_KIN,
)
from quote_miner.attribution.mentions import Speaker, is_cue
from quote_miner.attribution.names import one_persons_noun, role_head
from quote_miner.attribution.sources import singulars
from quote_miner.attribution.syntax import doc_text, entity_of, has_article, in_ranges
from quote_miner.cues import cue_lemma

if TYPE_CHECKING:
    from quote_miner.attribution.resolve import ArticleResolver


def subject_it_names(tok: Token) -> Token:
    """The word a name stands for in its sentence: itself, or the noun it is in apposition to
    ("His neighbour, Terri Wiebe, runs a farm" names the subject "neighbour")."""
    return tok.head if tok.dep_ == "appos" else tok


def subject_read_as_modifier(tok: Token) -> bool:
    """A name the parser hung on the verb after it, which the tagger took for a plural noun:
    "Youssef shrugs when this is repeated to him" has "Youssef" for its subject all the same."""
    head = tok.head
    return (
        tok.dep_ == "compound"
        and tok.tag_ == "NNP"
        and head.tag_ == "NNS"
        and head.lower_ in PERSON_ONLY_VERBS
        and all(t.dep_ == "compound" and t.head == head for t in tok.doc[tok.i : head.i])
    )


def someone_unnamed(speaker: Speaker) -> bool:
    """An unnamed person brought in as such: "A neighbour", "One witness", "Another parent" (not "the
    businessman", a description of someone named, nor "A video")."""
    words = (speaker.name or "").lower().split()
    if len(words) < 2 or speaker.type != "unnamed" or words[0] not in ("a", "an", "one", "another"):
        return False
    # (one picked out of many: "one of the complainants")
    nouns = singulars(words[-1]) if words[:2] == ["one", "of"] else [words[-1]]
    # (or by the work they do: "One emergency-room nurse, who asked not to be named, …", or
    # by a noun for one person: "One investor", "A juror")
    return any(
        noun in ANONYMOUS_NOUNS
        or noun in OCCUPATIONS
        or noun in UNNAMED_KIN
        or noun in SITUATION_NOUNS
        or one_persons_noun(noun)
        and noun not in ASKER_NOUNS
        for noun in nouns
    )


def unnamed_source_fits(speaker: Speaker, sent: Span, gender: str, right_before: bool) -> bool:
    """Whether "he" or "she" can be the unnamed source the sentence credited: right before the
    pronoun, a noun of that gender ("One mother said …", "The boy's mother said …"); or an
    unnamed person brought in as such (``someone_unnamed``) whom the sentence calls so
    (``called_so_there``), or who is the only one it names right before ("Another parent said
    the coach had thrown a bottle. “…,” he said.")."""
    if speaker.type != "unnamed":
        return False
    # (the noun before "of" when there is one: "the mother of one of the children")
    noun = noun_gender(role_head(speaker.name or ""))
    if noun is not None:
        if noun != gender:
            return False
        if right_before:
            return True
    return someone_unnamed(speaker) and (
        called_so_there(sent, gender) or right_before and not names_someone(sent)
    )


def names_someone(sent: Span) -> bool:
    """Whether the sentence names a person (a newsroom it cites is none: "told CBC News",
    "told The Age"; nor is where someone is from: "a retired teacher from Surrey")."""
    return any(
        (t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and not t.ent_type_ and not has_article(t))
        and not _where_one_is_from(t)
        for t in sent
    )


def _where_one_is_from(t: Token) -> bool:
    """A name after "from" that follows a noun for a person: the place they come from."""
    return t.dep_ == "pobj" and t.head.lower_ == "from" and one_persons_noun(t.head.head.lower_)


def called_so_there(sent: Span, gender: str) -> bool:
    """Whether the sentence has a subject pronoun of ``gender`` and names no person who could
    be it ("A neighbour who did not want to be named said she heard shouting"; a newsroom it
    told is no such person: "… told CBC News she saw …")."""
    return not names_someone(sent) and any(
        t.dep_ in ("nsubj", "nsubjpass") and PERSON_PRONOUNS.get(t.lower_) == gender for t in sent
    )


def about_the_same(sent, subjects: list[Token], gender: str) -> bool:
    """Whether the sentence's own subject is a pronoun of ``gender`` (a paragraph read without
    the parser: the sentence opens with it)."""

    def same(t: Token) -> bool:
        return t.lower_ in PERSON_PRONOUNS and PERSON_PRONOUNS[t.lower_] == gender

    if any(same(t) and t.head == sent.root for t in subjects):
        return True
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return first is not None and not first.dep_ and same(first)


def opens_with(sent: Span, subject: Token) -> bool:
    """Whether the sentence opens with its subject's name, whatever the parser hung it on:
    "Tatum, asked about the winning shot, shrugged." is about Tatum."""
    words = [t for t in sent if t.i <= subject.i and not t.is_punct and not t.is_space]
    return all(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in words)


def lone_name_speaking(tok: Token) -> bool:
    """A one-word name the recogniser did not call a person, as the subject of a cue: "Burton
    explained from a podium" (not a place, not an acronym, not "the Post")."""
    ent = entity_of(tok)
    return not (
        tok.pos_ != "PROPN"
        or not tok.is_alpha
        or tok.text.isupper()
        or (ent is not None and (len(ent) > 1 or ent.label_ not in ("ORG", "NORP", "PRODUCT")))
        or has_article(tok)
        or not is_cue(tok.head)
    )


def name_opening(words: list[Token]) -> list[Token]:
    """The capitalised words a sentence opens with, which may be the name of the one it brings
    in ("Lavoie, who lives near Kapuskasing, waited …"), or that follow a phrase setting the
    scene and a role in small letters ("At the Filipino pavilion, volunteer Marites Santos has
    spent weeks …")."""
    return _name_run(words, 0) or _name_run(words, _after_the_scene(words))


def _name_run(words: list[Token], start: int) -> list[Token]:
    """The capitalised words from ``start`` on that may be a name (not "The Cruz campaign …")."""
    run: list[Token] = []
    for t in words[start : start + 4]:
        # (capitals inside a name too: "MacNeil", "DeSantis")
        if not (t.text[:1].isupper() and t.is_alpha and not t.is_stop or t.text in ("-", "’", "'") and run):
            break
        run.append(t)
    return run


def _after_the_scene(words: list[Token]) -> int:
    """Where the words after a phrase that sets the scene, and a role in small letters, begin:
    the name in "At the Filipino pavilion, volunteer Marites Santos has spent weeks …"; 0
    when the sentence opens otherwise."""
    comma = next((k for k, t in enumerate(words[:8]) if t.text == ","), None)
    if comma is None or not words[0].is_stop:
        return 0
    k = comma + 1
    while k < len(words) and words[k].is_lower and words[k].is_alpha and k - comma <= 3:
        k += 1
    return k


def one_of_whom(one: Token) -> str:
    """The noun "one of the …" picks someone out of, in the singular ("victim"), or "" when
    it picks out no person ("one of the reasons")."""
    for prep in one.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNS"), None)
            if noun is not None:
                forms = singulars(noun.lower_)
                return next((f for f in forms if one_persons_noun(f) or f in ANONYMOUS_NOUNS), "")
    return ""


def introduced_right_before(resolver: ArticleResolver, para: int, si: int, pos: int) -> Speaker | None:
    """The person the paragraph before brings in, when the pronoun's paragraph opens with a
    quotation: "Lavoie, who lives near Kapuskasing, waited five weeks for an ultrasound. /
    “Five weeks of not knowing,” he said." — its last sentence opens with their name."""
    if para == 0 or not resolver._sents[para - 1]:
        return None
    text = doc_text(resolver.docs[para])
    first = len(text) - len(text.lstrip())
    if not any(a <= first + 1 and b < pos for a, b in resolver.quote_ranges[para]):
        return None
    if not resolver._opens_paragraph(para, si):
        return None
    sent = resolver._sents[para - 1][-1][2]
    words = [t for t in sent if not t.is_space]
    run = name_opening(words)
    end = words.index(run[-1]) + 1 if run else len(words)
    # (the relative named after it: "Maggie's mother, Jennifer MacNeil, drove her …")
    relative = _name_run(words, end + 3) if [t.text for t in words[end : end + 3 : 2]] == ["'s", ","] else []
    if relative and words[end + 1].is_lower:
        run, end = relative, words.index(relative[-1]) + 1
    after = words[end] if end < len(words) else None
    if not run or after is None or in_ranges(run[0].idx, resolver.quote_ranges[para - 1]):
        return None
    full = resolver.index.lookup(sent.doc[run[0].i : run[-1].i + 1].text)
    if full is None or resolver.index.is_place(full):
        return None
    # (a verb or a clause after the name: not "Trump’s grasp of policy …"; but someone whose
    # gender the article does not tell may be the possessor: "Amira Sadiq's first project …")
    possessor = after.text in ("'s", "’s") and resolver._gender_of(full) is None
    if not (after.text == "," or after.is_alpha and after.is_lower or possessor):
        return None
    if after.is_lower and after.dep_ == "compound" and after.head.pos_ == "PROPN" and after.head.i > after.i:
        return None  # the name opens a description of someone else: "McConnell spokesman Don Stewart"
    if one_asked(run[-1]) is not None:
        return None  # the one asked answers: "Hannity asked Trump how high …"
    last = (para - 1, len(resolver._sents[para - 1]) - 1)
    credited = [spk.name for _, spk in resolver.credited.get(last, [])]
    if credited and full not in credited:
        return None  # the words of someone else: "Cruz electrified the crowds, Stovall said."
    return Speaker(full, "person", resolver.index.role(full))


def one_asked(name: Token) -> Token | None:
    """The one a name (any word of it) asks, when it is the subject of "ask": whoever answers
    next is the one asked ("Scott Conroy asked Sanders whether … / “…,” he said")."""
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    verb = name.head
    if name.dep_ != "nsubj" or cue_lemma(verb.text) not in ASKING_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


def unnamed_of_gender(sent: Span, gender: str) -> Token | None:
    """The subject of a sentence when it is an unnamed person its own words give ``gender``:
    "The victim, a 45-year-old woman who cannot be identified," (not a name, nor "The victim"
    alone); in a sentence the parser skipped, by its words: the noun after the article, or the
    last word of the phrase set off after it."""
    if any(t.ent_type_ == "PERSON" for t in sent):
        return None  # (someone named in it: "The woman who started it all … named Caroline.")
    if not sent.doc.has_annotation("DEP"):
        words = [t for t in sent if not t.is_space]
        if any(t.is_title and t.i > sent.start and t.pos_ != "PRON" for t in words):
            return None  # (a name, maybe, the recogniser did not read)
        if len(words) < 3 or words[0].lower_ not in ("the", "a", "an") or not words[1].is_lower:
            return None
        nouns = [words[1]]
        if words[2].text == ",":
            aside = []
            for t in words[3:]:
                if t.text == "," or t.lower_ in ("who", "that", "whose"):
                    break
                aside.append(t)
            nouns += aside[-1:]
        return words[1] if any(noun_gender(n.lower_) == gender for n in nouns) else None
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):
        return None  # (named in apposition: "His neighbour, Terri Wiebe,")
    nouns = [subject] + [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if any(noun_gender(n.lower_) == gender for n in nouns):
        return subject
    if any(noun_gender(n.lower_) for n in nouns):
        return None
    # (or the pronouns of the "who" clause that describes it, wherever the parser hung it: "A
    # nurse at a Montreal hospital, who spoke on condition she not be named, said …")
    described = [t for c in _who_clauses(subject) for t in c.subtree]
    if any(PERSON_PRONOUNS.get(t.lower_) == gender for t in described):
        return subject
    # (or, for someone kept anonymous, the pronoun their reported words open on: "One head in
    # Leeds, who did not want to be named, said she expected to close her school")
    reported = [s for c in sent.root.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    if kept_anonymous(subject) and any(PERSON_PRONOUNS.get(s.lower_) == gender for s in reported):
        return subject
    return None


def _who_clauses(subject: Token) -> list[Token]:
    return [
        t
        for t in subject.subtree
        if t.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_ == "nsubj" for c in t.children)
    ]


def kept_anonymous(subject: Token) -> bool:
    """Whether the words describing ``subject`` say it is someone the article will not name:
    "who asked not to be named", "who spoke on condition she not be identified", "who asked
    that her name not be used", "who spoke on condition of anonymity"."""
    for clause in _who_clauses(subject):
        words = list(clause.subtree)
        negated = [t for t in words if any(a.dep_ == "neg" for a in t.children)]
        # (the wish denied too: "who did not want to be named", "who declined to be identified")
        unwilling = [t for t in words if t.lower_ in ("named", "identified") and t.head in negated]
        if (
            any(t.lower_ in ("anonymity", "anonymously") for t in words)
            or any(t.lower_ in ("named", "identified") for t in negated)
            or unwilling
            or any(t.lower_ == "name" for t in words)
            and (negated or any(t.lower_ == "withheld" for t in words))
        ):
            return True
    return False


def anonymous_mention(doc: Doc, start: int, end: int) -> bool:
    """Whether the description at ``start``–``end`` is of someone the article keeps unnamed
    ("said the nurse, who asked that her name not be used"): no one it names later."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc.has_annotation("DEP") else None
    return span is not None and kept_anonymous(span.root)

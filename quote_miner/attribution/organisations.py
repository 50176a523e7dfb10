"""What "it" and "the company" stand for: the organisation an article named before."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.lexicon import (
    CIVIC_NOUNS,
    GOVERNING_NOUNS,
    INSTITUTION_NOUNS,
    ISSUED_NOUNS,
    ORGANISATION_NOUNS,
    ORIGIN_SUFFIXES,
    OUTLET_SHORT_NAMES,
    SELF_REPORTING_NOUNS,
)
from quote_miner.attribution.mentions import Mention, Speaker, body_called_it, is_cue, mention_for
from quote_miner.attribution.names import NameIndex, one_persons_noun
from quote_miner.attribution.sources import PEOPLES_NOUNS, singulars
from quote_miner.attribution.syntax import doc_text, entities, entity_of, has_article, in_ranges

if TYPE_CHECKING:
    from quote_miner.attribution.resolve import ArticleResolver


def lone_name_for_a_company(tok: Token, index: NameIndex) -> bool:
    """A one-word name tagged as a person that names no one in the article ("Shopify"): what
    "it" speaking refers back to is then a company."""
    ent = entity_of(tok)
    return (
        ent is not None
        and ent.label_ == "PERSON"
        and len(ent) == 1
        and tok.text[:1].isupper()
        and index.lookup(tok.text) is None
    )


def described_organisation(tok: Token) -> bool:
    """ "the company", "the agency": a noun for one organisation, with its article."""
    return tok.tag_ == "NN" and tok.lower_ in ORGANISATION_NOUNS and has_article(tok)


def organisation_named_before(
    docs: list[Doc], para: int, pos: int, back: int, quote_ranges: list[list[tuple[int, int]]] | None = None
) -> str | None:
    """The organisation the nearest sentence before ``pos`` makes its subject, in this
    paragraph or the ``back`` before it, outside ``quote_ranges``: "Lumen Robotics Inc cut its
    forecast …"."""
    for p in range(para, max(-1, para - back - 1), -1):
        for ent in reversed(entities(docs[p])):
            if p == para and ent.start_char >= pos:
                continue
            if quote_ranges is not None and in_ranges(ent.start_char, quote_ranges[p]):
                continue
            # (or set in apposition to the subject: "The building's new owner, Crestview
            # Properties, served notices")
            subject = ent.root.head if ent.root.dep_ == "appos" else ent.root
            if ent.label_ == "ORG" and subject.dep_ in ("nsubj", "nsubjpass"):
                start, doc = ent.start, ent.doc
                while (
                    start > 0
                    and doc[start - 1].pos_ == "PROPN"
                    and doc[start - 1].head.i in range(start, ent.end)
                ):
                    start -= 1  # a word of the name the recogniser left out: "Lumen [Robotics Inc]"
                if doc[start].lower_ == "the":
                    start += 1
                return doc[start : ent.end].text
    return None


def organisation_before(resolver: ArticleResolver, para: int, pos: int) -> Speaker | None:
    """What "it" speaking stands for: the nearest thing before it, in its paragraph or the
    one before, that "it" can stand for, when that is an organisation ("The Youth Councils
    of Ontario has called for an inquiry. “…,” it said in a statement.") or a document.
    People and plurals are passed over, another "it" goes on with the same one; anything
    else ("That agreement gave the firm a discount. … It did, however, require …"), or nothing in
    its sentence and the one before, is no speaker."""
    si = resolver._sent_index(para, pos)
    p, k = para, si
    budget = 2  # its sentence and the one before
    while budget > 0:
        if k < 0:
            p -= 1
            if p < 0:
                break
            k = len(resolver._sents[p]) - 1
        if (p, k) != (para, si) and _all_quoted(resolver, p, k):
            # a sentence all quoted names no one "it" stands for, nor counts among the two: the
            # quotation's first sentence in "“… ... (but) sadly …,” it said."
            k -= 1
            continue
        budget -= 1
        credited = _bodies_credited_at(resolver, (p, k))
        if credited:
            return credited[-1]
        rng = resolver.quote_ranges[p]
        if p == para and k == si and doc_text(resolver.docs[p])[:pos].rstrip().endswith(","):
            # a frame after what it reports: "The rest would go on deployment costs, it said." (the
            # subjects before it are the report's)
            k -= 1
            continue
        sent = resolver._sents[p][k][2]
        subjects = [
            t
            for t in sent
            if t.dep_ in ("nsubj", "nsubjpass") and not in_ranges(t.idx, rng) and (p < para or t.idx < pos)
        ]
        # (the main clause's subject first: "BECTA warned schools … the benefits Microsoft claims
        # for the format. It called on schools …" is BECTA)
        main = [t for t in reversed(subjects) if t.head == sent.root]
        for t in main + [t for t in reversed(subjects) if t not in main]:
            if t.lower_ == "it":
                named = _saying_it_of_itself(t)
                known = named is not None and resolver.index.lookup(named.text) is not None
                if named is not None and named.ent_type_ != "PERSON" and not known:
                    # "Rogers said it disagreed …": what "it" stood for there, it stands for here
                    basis = f"“it” refers back to {named.text}, which said “it” of itself before"
                    return Speaker(named.text, "organization", None, basis=basis)
                reporter = _reporter_of(t)
                if reporter is not None and named is None:
                    # "Their insurer, Intact Financial, said that it does not comment …": whom that
                    # "it" stood for, when a body
                    found = resolver._resolve(p, mention_for(reporter))
                    if found.type == "organization":
                        return replace(
                            found, basis=f"“it” refers back to {found.name}, which said “it” before"
                        )
                break  # the same "it" again: look further back
            if t.tag_ in ("WDT", "WP") or t.lower_ in ("that", "which"):
                continue  # a relative pronoun: "subsidies, which it says it passes on"
            if lone_name_for_a_company(t, resolver.index):
                # "Shopify said … It added": a one-word name no person in the article has
                found = Speaker(t.text, "organization", None)
                return replace(
                    found, basis=f"“it” refers back to {t.text}, the nearest organisation before it"
                )
            if t.ent_type_ != "ORG" and (
                t.ent_type_ == "PERSON" or t.pos_ == "PRON" or t.tag_ in ("NNS", "NNPS")
            ):
                continue  # no "it"
            found = resolver._resolve(p, mention_for(t))
            if found.type == "organization" or t.lower_ in ISSUED_NOUNS:
                basis = f"“it” refers back to {found.name}, the nearest organisation before it"
                return replace(found, basis=basis)
            if found.type == "unnamed" and t.lower_ in GOVERNING_NOUNS and has_article(t):
                # "The federal government introduced a bill that it says will …"
                return replace(found, basis=f"“it” refers back to “{found.name}”")
            if found.type == "unnamed" and described_organisation(t):
                # "Lumen Robotics cut its forecast. The company … It said …"
                named = organisation_named_before(resolver.docs, p, t.idx, resolver.back)
                basis = f"“it” refers back to “{found.name}”" + (f", {named}" if named else "")
                return Speaker(named or found.name, "organization" if named else "unnamed", basis=basis)
            return None
        k -= 1
    return None


def organisation_referred_back_to(resolver: ArticleResolver, para: int, mention: Mention) -> Speaker | None:
    """ "the group", "the company": the organisation a sentence before made its subject ("The
    Youth Councils of Ontario has called for an inquiry. “…,” the group said.")."""
    words = mention.text.lower().split()
    if words in (["police"], ["the", "police"]):
        # the one police force the article named before: "…, Peel Regional Police say. … Police
        # say three suspects …"
        force = _the_police_force_named(resolver, para, mention.start)
        return Speaker(force, "organization", None) if force else None
    if len(words) == 2 and words[0] in ("their", "its") and words[1] in ORGANISATION_NOUNS:
        # a lede's "…, their union said" is the union the next paragraph names
        name = _named_in_the_paragraph_after(resolver, para, words[1])
        return Speaker(name, "organization", None) if name else None
    if len(words) >= 3 and words[0] == "the" and any(w.endswith(ORIGIN_SUFFIXES) for w in words[1:-1]):
        # where it is from and what it does: "the Ottawa-based e-commerce firm" is "the firm"
        words = [words[0], words[-1]]
    if _ranked_in_a_place(words):
        # "the country's largest grocer", "Canada's second-biggest bank" is "the grocer"
        words = ["the", words[-1]]
    if len(words) == 2 and words[0] == "the" and words[1] in CIVIC_NOUNS:
        # "the city said" is the city's government, when the article named it: "The City of Regina"
        name = _named_with_the_noun(resolver, para, mention.start, words[1])
        return Speaker(name.strip(), "organization", None) if name else None
    if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in ORGANISATION_NOUNS:
        return None
    if len(words) == 3:
        # "the health authority": the one name with the noun that has the word before it too
        # ("Saskatchewan Health Authority"), else the one name with the word before it: "the
        # health unit" after "Toronto Public Health has confirmed a case"
        name = _named_with_the_noun(resolver, para, mention.start, words[-1]) or _named_ending_in(
            resolver, para, mention.start, words[1]
        )
        ok = name and words[1] in name.lower().split() and resolver.index.lookup(name) is None
        return Speaker(name.strip(), "organization", None) if ok else None
    # (the paragraph before at most; not a name quoted, nor a person's the recogniser took
    # for a group's: "Gen Nakatani")
    # (a sentence before: "Canada Post will raise prices, the union said" is not Canada Post's)
    sentence_start = resolver._sents[para][resolver._sent_index(para, mention.start)][0]
    name = (
        _named_as(resolver.docs, para, mention.start, words[1])
        # the body the words it reports are about, set before it: "Waterloo-based Northbeam
        # Analytics has signed a $40-million contract …, the company announced Tuesday"
        or (
            _subject_reported(resolver, para, sentence_start, mention.start)
            if words[1] in SELF_REPORTING_NOUNS
            else None
        )
        # (the one body whose name has the noun, before whichever body was named last: "the
        # agency" is the British Educational Communications and Technology Agency, not ODF)
        or _named_with_the_noun(resolver, para, mention.start, words[1])
        # (the body the noun stood for before: "…, the hospital announced" is London Health
        # Sciences Centre, and so is "A statement from the hospital" after another body spoke)
        or _described_before(resolver, para, words[1])
        or _credited_right_before(resolver, para, mention.start)
        or organisation_named_before(resolver.docs, para, sentence_start, 1, resolver.quote_ranges)
        or _body_called_it_before(resolver.docs, para, sentence_start)
        or (_owner_right_before(resolver, para, sentence_start) if words[1] in SELF_REPORTING_NOUNS else None)
    )
    if not name and words[1] in SELF_REPORTING_NOUNS:
        name = _body_a_paragraph_opens_on(resolver, para)
        return Speaker(name, "organization", None) if name else None
    if not name or resolver.index.lookup(name) is not None:
        return None
    return Speaker(name.strip(), "organization", None)


def outlet_named_in_full(resolver: ArticleResolver, para: int, mention: Mention) -> str | None:
    """ "the Post reported" is the one paper the article named before as "The Washington Post"."""
    words = mention.text.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1] not in OUTLET_SHORT_NAMES:
        return None
    name = _named_ending_in(resolver, para, mention.start, words[1])
    # (from its "The" on: "Enter The Washington Post" is a line's words before the name)
    return re.sub(r"^.*?\bThe\s+", "", name) if name else None


def _body_a_paragraph_opens_on(resolver: ArticleResolver, para: int) -> str | None:
    """The body the paragraph right before opens on, where the recogniser found none there or
    did not run (no cue in it): "MONTREAL — Air Canada cancelled 200 flights …" / "The airline
    said …", "Shopify has laid off …" / "The company said …". No further back, as for a body the
    recogniser found; not a person ("Sarah Chen has run …"), nor people by a plural noun
    ("Analysts have cut …"). (The name index, built from capitalised runs where the recogniser
    did not run, may hold "Air Canada" all the same: it is not asked.)"""
    if para == 0:
        return None
    doc = resolver.docs[para - 1]
    m = OPENING_BODY_RE.match(doc_text(doc))  # (the dateline blanked for the parser)
    if m is None:
        return None
    name = m.group("name")
    opening = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
    if opening is not None and any(t.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") for t in opening):
        return None  # (a name the recogniser read as a person's or a place's)
    first = name.split()[0]
    if given_name_gender(first) or first.lower() in STOP_WORDS or _people_by_a_plural(name):
        return None
    return name


def _people_by_a_plural(name: str) -> bool:
    """A plural noun for people, capitalised as a sentence's first word: "Analysts", "Investors",
    "Police" (the nouns the project knows people by, as mentions._people_noun_opening_a_sentence)."""
    forms = singulars(name.lower())
    return not PEOPLES_NOUNS.isdisjoint(forms) or any(one_persons_noun(f) for f in forms)


# A paragraph opening on a capitalised name followed by a verb: "Shopify has laid off …".
OPENING_BODY_RE = re.compile(
    r"\s*(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) (?:has|have|had|is|are|was|were|will|"
    r"plans|cancelled|canceled|announced|reported|posted|cut|laid|fired|closed|raised|lost)\b"
)


def _described_before(resolver: ArticleResolver, para: int, noun: str) -> str | None:
    """The one body the article's earlier "the <noun>" stood for, named in the last few
    paragraphs (not "the company" of a firm a long list named far back)."""
    earlier = resolver.described_by.get(noun, set())
    if len(earlier) != 1:
        return None
    name = next(iter(earlier))
    recent = "\n".join(doc_text(d) for d in resolver.docs[max(0, para - RECENT_PARAGRAPHS) : para + 1])
    return name if name in recent else None


# How far back a body named counts as still in view.
RECENT_PARAGRAPHS = 3


def _credited_right_before(resolver: ArticleResolver, para: int, pos: int) -> str | None:
    """The one body the sentence right before gives words to, however it named it: "According
    to Alberta Health Services, the rooms will close. The agency said …"."""
    before = resolver._sentence_before(para, resolver._sent_index(para, pos))
    if before is None:
        return None
    bodies = {s.name for s in _bodies_credited_at(resolver, before) if s.name}
    # (not a party or a people, which no "agency" or "institute" stands for: "Democrats and
    # independent voters who said …. …, according to the institute")
    bodies = {name for name in bodies if " " in name or not name.endswith("s")}
    return bodies.pop() if len(bodies) == 1 else None


def _credited_before(resolver: ArticleResolver, para: int, pos: int) -> list[str]:
    """The organisations the article gave words to before ``pos``, in order."""
    here = (para, resolver._sent_index(para, pos))
    return [
        body.name
        for at in sorted(k for k in resolver.credited if k < here)
        for body in _bodies_credited_at(resolver, at)
        if body.name
    ]


def _bodies_credited_at(resolver: ArticleResolver, at: tuple[int, int]) -> list[Speaker]:
    """The organisations given words in sentence ``at`` (paragraph, sentence), in order."""
    return [s for _, s in resolver.credited.get(at, []) if s.type == "organization"]


def _all_quoted(resolver: ArticleResolver, p: int, k: int) -> bool:
    """Whether every word of sentence ``k`` of paragraph ``p`` is inside a quotation."""
    start, end, _ = resolver._sents[p][k]
    text = doc_text(resolver.docs[p])
    return all(in_ranges(i, resolver.quote_ranges[p]) for i in range(start, end) if text[i].isalnum())


def _ranked_in_a_place(words: list[str]) -> bool:
    """ "the country's largest grocer", "Canada's second-biggest bank": a place's and a rank
    before a noun for one organisation."""
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
    if owner is None or words[-1] not in ORGANISATION_NOUNS or words[:owner] not in ([], ["the"]):
        return False
    ranks = words[owner + 1 : -1]
    return len(ranks) == 1 and ranks[0].endswith("est")


def _body_called_it_before(docs: list[Doc], para: int, pos: int) -> str | None:
    """A body named by a word the recogniser missed, in the paragraph before ``pos`` or the one
    before it: "Sobeys said … that it had co-operated. The company said …"."""
    for p in range(para, max(-1, para - 2), -1):
        found = [t for t in docs[p] if (p < para or t.idx < pos) and body_called_it(t)]
        if found:
            return found[-1].text
    return None


def _named_in_the_paragraph_after(resolver: ArticleResolver, para: int, noun: str) -> str | None:
    """The one organisation with ``noun`` in its name that the paragraph after a lede's names:
    "…, their union said Saturday. / The Canadian Union of Public Employees, which …"."""
    if para > 2 or para + 1 >= len(resolver.docs):
        return None
    text = doc_text(resolver.docs[para + 1])
    name = _one_name((text, m) for m in _name_with_noun_re(noun).finditer(text))
    if name is None and re.search(rf"\bthe {re.escape(noun)}\b", text, re.IGNORECASE):
        # (or whose name does not say what it is, when the paragraph then calls its subject so:
        # "The Ontario Secondary School Teachers' Federation said … , the union said.")
        name = organisation_named_before(resolver.docs, para + 1, len(text), 0, resolver.quote_ranges)
    return name if name is not None and resolver.index.lookup(name) is None else None


def _owner_right_before(resolver: ArticleResolver, para: int, sentence_start: int) -> str | None:
    """The one organisation the sentence right before names as an owner: "… described
    Stellantis's decision to lay off 1,200 workers. / The automaker said …", or whose name
    describes its subject: "Shopify Inc. shares rose 12 per cent … / Revenue climbed …, the
    company said"."""
    before = resolver._sentence_before(para, resolver._sent_index(para, sentence_start))
    if before is None:
        return None
    p, k = before
    owners = [
        ent
        for ent in entities(resolver.docs[p])
        if ent.label_ == "ORG"
        and (ent.root.dep_ == "poss" or ent.root.dep_ == "compound" and ent.root.head.dep_ == "nsubj")
        and resolver._sents[p][k][0] <= ent.start_char < resolver._sents[p][k][1]
        and not in_ranges(ent.start_char, resolver.quote_ranges[p])
    ]
    return re.sub(r"['’]s$", "", owners[0].text) if len(owners) == 1 else None


def _subject_reported(resolver: ArticleResolver, para: int, sentence_start: int, pos: int) -> str | None:
    """The organisation that is the first subject of the sentence's words before the cue that
    closes it ("X has signed …, the company announced"; not a second one: "The Queen of Oak Bay
    was pulled …, and the Coastal Renaissance followed …, the company said")."""
    found = organisation_named_before(resolver.docs, para, pos, 0, resolver.quote_ranges)
    text = doc_text(resolver.docs[para])
    if not text[:pos].rstrip().endswith(","):
        return None
    first = next(
        (
            t
            for t in resolver.docs[para]
            if sentence_start <= t.idx < pos and t.dep_ in ("nsubj", "nsubjpass")
        ),
        None,
    )
    if first is not None and first.left_edge.ent_iob_ == "B" and first.left_edge.ent_type_ == "ORG":
        # the subject opens with the body's name: "Shopify Inc. president Harley Finkelstein is
        # leaving the company, the Ottawa-based e-commerce firm said"
        opening = entity_of(first.left_edge)
        if opening is not None and opening.end <= first.i:
            return opening.text
    if first is not None and first.pos_ in ("PROPN", "NOUN") and first.text[:1].isupper():
        # the short name of a body the article gave words to before: "Veltrix now expects …,
        # the company said" after "Chip maker Veltrix Inc … said"
        short = doc_text(resolver.docs[para])[first.left_edge.idx : first.idx + len(first)]
        credited = _credited_before(resolver, para, pos)
        named = [name for name in credited if name == short or name.startswith(short + " ")]
        if named:
            return named[-1]
    if (
        first is not None
        and first.pos_ == "PROPN"
        and not first.ent_type_
        and first.lower_ in INSTITUTION_NOUNS
    ):
        # a body's name the recogniser missed: "London Health Sciences Centre will stop …, the
        # hospital announced"
        words = [c for c in first.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [first]
        return first.doc[min(w.i for w in words) : first.i + 1].text
    if found is None:
        return None
    at = text.find(found, sentence_start, pos)
    return found if first is not None and at >= 0 and at <= first.idx < at + len(found) else None


def _named_as(docs: list[Doc], para: int, pos: int, noun: str) -> str | None:
    """The name the article set "the <noun>" after, before ``pos`` in this paragraph or the one
    before: "Cohere, the Toronto-based artificial intelligence company, has laid off …, the
    company confirmed" — whatever the recogniser made of the name."""
    for p in range(para, max(-1, para - 2), -1):
        described = [
            t
            for t in docs[p]
            if t.dep_ == "appos"
            and t.lower_ == noun
            and t.head.pos_ == "PROPN"
            and t.head.i < t.i
            and (p < para or t.idx < pos)
        ]
        if described:
            name = described[-1].head
            words = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [name]
            return name.doc[min(w.i for w in words) : name.i + 1].text
    return None


def _named_with_the_noun(resolver: ArticleResolver, para: int, pos: int, noun: str) -> str | None:
    """The one organisation named before whose name has the noun: "the union" after "talks with
    the Canadian Union of Postal Workers broke down", "the association" after "a survey by the
    Canadian Snowbird Association" (none when two such are named). By the words, as paragraphs
    the parser skipped have no entities."""
    return _one_name(_matches_before(resolver, para, pos, _name_with_noun_re(noun)))


def _named_ending_in(resolver: ArticleResolver, para: int, pos: int, word: str) -> str | None:
    """The one organisation named before whose name ends in ``word`` (not "Senate Budget" of
    "Senate Budget Committee" for "the budget office")."""
    pattern = re.compile(rf"(?:[A-Z][\w&'’.-]*\s+)+{word.title()}\b(?![\s-]+[A-Z])")
    return _one_name(_matches_before(resolver, para, pos, pattern))


def _one_name(matches: Iterable[tuple[str, re.Match[str]]]) -> str | None:
    """The one name of several words the matches give (each with the text it is in), without
    "The" or the sentence's full stop, and not opening a quotation; None for none or several."""
    found: set[str] = set()
    for text, m in matches:
        name = re.sub(r"^The\s+", "", m.group())
        if name.endswith(".") and not re.search(r"\b(?:Inc|Ltd|Co|Corp)\.$", name):
            name = name[:-1]  # (the sentence's full stop)
        if len(name.split()) > 1 and (m.start() == 0 or text[m.start() - 1] not in '“"'):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _matches_before(
    resolver: ArticleResolver, para: int, pos: int, pattern: re.Pattern[str]
) -> Iterator[tuple[str, re.Match[str]]]:
    """``pattern``'s matches before ``pos``, outside quotations, in the paragraphs a mention may
    look back on (with the text of the paragraph each is in)."""
    for p in range(max(0, para - resolver.back), para + 1):
        text = doc_text(resolver.docs[p])
        for m in pattern.finditer(text):
            if not (p == para and m.start() >= pos or in_ranges(m.start(), resolver.quote_ranges[p])):
                yield text, m


# A police force by its name: "Peel Regional Police", "the Toronto Police Service", "Halifax
# police" (a place before the word written small counts as a second force, not a name; no
# full stop inside: not "… said Chief Ng. Police …").
POLICE_FORCE_RE = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+)+)(Police(?:\s+(?:Service|Services|Department|Force))?\b|police\b)"
)


def _the_police_force_named(resolver: ArticleResolver, para: int, pos: int) -> str | None:
    """The one police force named before ``pos``, in the paragraphs a mention may look back on."""
    found: set[str] = set()
    for _, m in _matches_before(resolver, para, pos, POLICE_FORCE_RE):
        words = re.sub(r"^(?:The|But|And)\s+", "", m.group(1)).split()
        if words:
            found.add(" ".join([*words, m.group(2)]))
    named = {f for f in found if not f.endswith(" police")}
    return named.pop() if len(found) == 1 and len(named) == 1 else None


@lru_cache(maxsize=64)
def _name_with_noun_re(noun: str) -> re.Pattern[str]:
    """Capitalised words around the noun as a name's word: "Canadian Union of Postal Workers"."""
    word = noun.title()
    # (its plural too: "the company" after "Loblaw Companies Ltd.")
    word = f"(?:{word}|{word[:-1]}ies)" if word.endswith("y") else f"{word}s?"
    # (and "and" between its capitalised words: "British Educational Communications and
    # Technology Agency")
    return re.compile(
        rf"(?:[A-Z][\w&'’.-]*\s+(?:and\s+(?=[A-Z]))?)*{word}\b"
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
        r"(?:,?\s+(?:Inc|Ltd|Corp|Co|LLC)\.)?"
    )


def _reporter_of(it: Token) -> Token | None:
    """The subject of the cue whose reported words open on "it": "Rogers said it disagreed"."""
    clause = it.head
    verb = clause.head
    if clause.dep_ != "ccomp" or not is_cue(verb) or verb.i > it.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None


def _saying_it_of_itself(it: Token) -> Token | None:
    """The named subject of the cue whose reported words open on "it": "Rogers said it
    disagreed" (a name the recogniser missed or took for a person's is a body's all the same)."""
    subject = _reporter_of(it)
    if subject is None or not subject.text[:1].isupper():
        return None
    return subject if len(list(subject.subtree)) == 1 else None

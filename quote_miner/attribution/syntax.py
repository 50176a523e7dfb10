"""Plain helpers over a spaCy parse: entities, sentences, ancestors, spans, subjects."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.affiliations import PARTIES
from quote_miner.attribution.lexicon import DEMONYM_NOUNS
from quote_miner.cues import SPEECH_LEMMAS, cue_lemma

# --- mentions -------------------------------------------------------------------------


PEOPLE_KEY = "qm_people"
# Tags of a verb with a tense of its own: what makes words a clause.
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
# Tenses a verb shows itself, without a modal; the parser never hangs these on a noun as a
# reduced relative ("the man called John" is VBN).
TENSED_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def article_people(doc: Doc) -> frozenset[str]:
    """The surnames (and later words) of the people the whole article names, as
    ``names.share_names`` left them on each paragraph: "Tully" when it names Ray Tully."""
    return doc.user_data.get(PEOPLE_KEY, frozenset())


def entities(doc: Doc) -> list[Span]:
    """The doc's entities, computed once per doc (``Doc.ents`` rebuilds them on each call)."""
    cached = doc.user_data.get("qm_ents")
    if cached is None:
        ents = list(doc.ents)
        cached = (ents, {i: ent for ent in ents for i in range(ent.start, ent.end)})
        doc.user_data["qm_ents"] = cached
    return cached[0]


def entity_of(token: Token) -> Span | None:
    if not token.ent_type_:
        return None
    entities(token.doc)
    return token.doc.user_data["qm_ents"][1].get(token.i)


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once per doc (``Doc.text`` joins every token on each call)."""
    cached = doc.user_data.get("qm_text")
    if cached is None:
        cached = doc.user_data["qm_text"] = doc.text
    return cached


def is_tagged(doc: Doc) -> bool:
    cached = doc.user_data.get("qm_tagged")
    if cached is None:
        cached = doc.user_data["qm_tagged"] = doc.has_annotation("TAG")
    return cached


def is_person(tok: Token) -> bool:
    """He, she, or a name the recogniser or the article (``share_names``) says is a person's:
    "as Trump went on about “…”" with Trump tagged as an organisation."""
    if tok.lower_ in ("he", "she") or tok.ent_type_ == "PERSON":
        return True
    # (never with an article: "The Post sent …" is the paper, whoever is named … Post)
    return tok.pos_ == "PROPN" and tok.text in article_people(tok.doc) and not has_article(tok)


def own_subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        # The parser gave the verb two: a place is the end of an opening phrase ("Speaking in
        # Salem, [New Hampshire], [Trump] went after Bush").
        subjects = [c for c in subjects if c.ent_type_ not in ("GPE", "LOC", "FAC")] or subjects
        # ... or a role the tagger did not read as a noun: "Paramedic union [steward] [Dave
        # Martin] warned" — the person named is the subject
        named = [c for c in subjects if c.ent_type_ == "PERSON"]
        if len(named) == 1 and any(c.i + 1 == named[0].left_edge.i for c in subjects):
            subjects = named
        # ... or the name set off after a description: "The union representing library workers,
        # [CUPE Local 932], said" (an apposition read as a second subject)
        doc = verb.doc
        named = [c for c in subjects if c.ent_type_ in ("PERSON", "ORG")]
        set_off = [
            c
            for c in subjects
            if len(named) == 1
            and c != named[0]
            and c.pos_ == "NOUN"
            and c.right_edge.i + 2 == named[0].left_edge.i
            and doc[c.right_edge.i + 1].text == ","
        ]
        if set_off:
            subjects = named
        # ... or the subject of the sentence an "as X put it" aside interrupts: "Yanukovych, who
        # owed his election to, as an American diplomat put it, an “extreme makeover”, bolted …"
        # (not another aside's: "Spicer -- as Clinton's campaign noted -- has taunted …" is Spicer's)
        aside = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
        if (
            aside is not None
            and verb.lower_ in ("put", "puts")
            and any(c.lower_ == "it" for c in verb.children)
        ):
            subjects = [c for c in subjects if aside.i < c.i < verb.i] or subjects
    if subjects:
        return subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            for gc in child.children:
                if gc.dep_ == "pobj":
                    return gc
    return None


def contact_relative_subject(verb: Token) -> Token | None:
    """The subject of a past-tense verb the parser read as an infinitive after a relative clause
    without "who" or "that" that ends on a preposition: "Experts we spoke to said …" ("to
    said" as if "to say"; the speakers are the experts, not "we")."""
    doc = verb.doc
    if verb.tag_ != "VBD" or verb.dep_ != "advcl" or verb.i < 3 or doc[verb.i - 1].lower_ != "to":
        return None
    clause = verb.head
    subject = own_subject(clause)
    if subject is None or not clause.i < verb.i or subject.i > clause.i:
        return None
    if (
        clause.dep_ == "relcl"
        and clause.head.i < subject.left_edge.i
        and clause.head.pos_ in ("NOUN", "PROPN")
    ):
        return clause.head  # ([Experts] [we spoke to]relcl said …)
    before = [
        c
        for c in clause.children
        if c.i < subject.left_edge.i
        and c.pos_ in ("NOUN", "PROPN")
        and c.dep_ in ("npadvmod", "nsubj", "dep")
    ]
    return before[-1] if before else None


def reduced_relative_subject(verb: Token) -> Token | None:
    """The subject of a verb the parser cut from it, taking a participle after the subject for a
    clause of its own reported by a subjectless verb: "Nurses [interviewed outside the hospital]
    said …", "Dubé, [asked whether hospitals were ready], said …". The participle's clause must
    close right before the verb (or before the comma that sets it off), the participle be a
    past form, and with no comma the participle takes no object and its subject is a common
    noun (not "He lied, said …", a clause with its own speaker)."""
    if own_subject(verb) is not None:
        return None
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "ccomp" or child.i > verb.i or child.tag_ not in ("VBD", "VBN"):
            continue
        subj = own_subject(child)
        if subj is None or subj.left_edge.i != child.left_edge.i:
            continue
        last = subj.right_edge.i
        while last > subj.i and doc[last].is_punct:
            last -= 1  # (the parser may hang the comma after the subject on it)
        set_off = (
            doc[last + 1].text == ","
            and child.i == last + 2
            and doc[verb.i - 1].text == ","
            and child.right_edge.i in (verb.i - 2, verb.i - 1)
            and subj.pos_ in ("NOUN", "PROPN")
        )
        run_in = (
            child.right_edge.i == verb.i - 1
            and child.lower_.endswith("ed")
            and subj.pos_ == "NOUN"
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in child.children)
        )
        if set_off or run_in:
            return subj
    return None


def quoted_as_saying(verb: Token) -> Token | None:
    """The one a report quotes, speaker of what they are quoted as saying: "CNN quoted a
    witness as saying he saw one person" is the witness's; "Braynard is quoted as saying" his.
    ``verb`` is "saying" or the "quoted" it hangs from."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        quoting = verb.head.head
    elif any(
        c.lower_ == "as" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    ):
        quoting = verb
    else:
        return None
    if cue_lemma(quoting.text) not in ("quote", "cite"):
        return None
    return next((c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")), None)


def token_at(words: Doc | Span, pos: int) -> Token | None:
    """The word of ``words`` (a paragraph's doc or a sentence of it) that starts at character
    ``pos`` of the paragraph."""
    return next((t for t in words if t.idx == pos), None)


def first_conjunct(token: Token) -> Token:
    """The first of the coordinated words ``token`` belongs to: "defused" in "… would not receive
    any money but Blakemore quickly defused …" is a conjunct of "emerged", the main verb."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def series_subject(verb: Token) -> Token | None:
    """The subject of a series of verbs the parser broke at its first comma, taking the first
    verb for a clause reported by the second: "Cole backs higher fees, opposes cuts and
    recalled the freeze: …" hangs "backs" (with Cole) under a subjectless "opposes". The first
    verb must be in the same form as the one it hangs from and end at the comma before it."""
    head = verb
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if own_subject(head) is not None or own_subject(verb) is not None:
        return None
    doc = verb.doc
    reports = any(_reports_right_after(head, c) for c in head.children)
    if cue_lemma(head.text) in SPEECH_LEMMAS and not reports:
        return None  # the clause before is what the cue reports: "He had a say, said a spokesman"
    for child in head.children:
        if child.dep_ != "ccomp" or child.i > head.i or child.tag_ != head.tag_:
            continue
        subj = own_subject(child)
        first = child.left_edge.i
        if any(t.tag_ in ("``", "''") or t.is_quote for t in doc[max(0, first - 1) : first + 1]):
            continue  # a quotation the verb reports: "“They were rivals,” said of …"
        end = child.right_edge.i
        while end > child.i and doc[end].is_punct:
            end -= 1
        comma = next((t for t in doc[end + 1 : head.i] if not t.is_punct or t.text == ","), None)
        if (
            subj is not None
            and subj.i < child.i
            and comma is not None
            and comma.text == ","
            and not any(
                t.is_punct and t.text != "," and t.tag_ not in ("``", "''") for t in doc[end + 1 : head.i]
            )
        ):
            return subj
    return None


def _reports_right_after(cue: Token, clause: Token) -> bool:
    """The cue's reported clause follows it: "says she warned …", "suggested that …" (not an
    inverted speaker the parser took for a clause's subject: "said a spokesman who … helped")."""
    if clause.dep_ != "ccomp" or not cue.i < clause.left_edge.i <= cue.i + 2:
        return False
    subject = own_subject(clause)
    return has_child(clause, "mark", "that") or subject is not None and subject.pos_ == "PRON"


# --- attribution of quotation marks --------------------------------------------------------


def in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``ranges`` (sorted, non-overlapping): a binary search."""
    i = bisect.bisect_right(ranges, (pos, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def ancestors(token: Token, limit: int = 12) -> list[Token]:
    """The token's heads, nearest first, at most ``limit`` (a runaway parse can chain a whole
    paragraph)."""
    out = []
    while token.head != token and len(out) < limit:
        token = token.head
        out.append(token)
    return out


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, computed once per doc (``Token.sent`` rescans the whole doc)."""
    cached = doc.user_data.get("qm_sents")
    if cached is None:
        spans = list(doc.sents) if len(doc) else []
        cached = (spans, [sp.start for sp in spans])
        doc.user_data["qm_sents"] = cached
    return cached[0]


def sentence_of(token: Token) -> Span:
    spans = sentences(token.doc)
    starts = token.doc.user_data["qm_sents"][1]
    return spans[bisect.bisect_right(starts, token.i) - 1]


def has_child(token: Token, dep: str, word: str) -> bool:
    """Whether ``token`` governs ``word`` with relation ``dep``: a clause marked by "that"
    (``has_child(verb, "mark", "that")``), an infinitive (``has_child(verb, "aux", "to")``)."""
    return any(c.dep_ == dep and c.lower_ == word for c in token.children)


def tokens_between(doc: Doc, start: int, end: int) -> Span:
    """The tokens starting inside ``doc.text[start:end]``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc[0:0]
    lo, hi = span.start, span.end
    while lo < hi and doc[lo].idx < start:
        lo += 1
    return doc[lo:hi]


def run_head(tokens: list[Token]) -> Token | None:
    """The token of a run whose head lies outside it: the run's own root."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head == t), None)


def negated(verb: Token) -> bool:
    """ "for not calling the attack “radical Islamic terrorism”" credits nobody with the words."""
    return any(c.dep_ == "neg" for c in verb.children)


def has_article(tok: Token) -> bool:
    """ "The Post", "the Kremlin": a name with an article is no person's."""
    return any(c.dep_ == "det" for c in tok.children)


def _verb_right_after(noun: Token) -> bool:
    after = noun.right_edge.i + 1
    return after < len(noun.doc) and noun.doc[after].pos_ in ("VERB", "AUX")


def span_of(words: list[Token]) -> tuple[int, int] | None:
    # (blanks stand where markup was: never an end of a span)
    # (not "that" as the clause's own subject: "said that was not enough"; but "said that,
    # among voters, …" is the parser's mistake)
    # (a subordinator opening the content is its own: "said that [once the Senate goes on
    # recess, he would campaign]")
    while (
        words
        and (
            words[0].dep_ == "mark"
            and not _opens_a_clause_inside(words)
            or words[0].is_punct
            or words[0].is_space
            or words[0].lower_ in ("that", "to")
            # (but a determiner of an object: "called [that remark] “extremely wrong”"; before
            # a subject, or an "object" a verb follows, it is as often a misread conjunction:
            # "said that trade is …", "emphasize [that]det [trade]dobj is …")
            and not (
                words[0].dep_ == "det"
                and words[0].head.dep_ in ("dobj", "pobj", "attr")
                and not _verb_right_after(words[0].head)
            )
            and (
                words[0].dep_ not in ("nsubj", "nsubjpass")
                # (but a sentence's own first word is no cue's: "That, Walsh explained, is by design")
                or words[1:2]
                and words[1].text == ","
                and not words[0].is_sent_start
            )
            # (an infinitive keeps its "to": "vowed [to cut taxes]", as CLAIMS.md spans it)
            and not (words[0].lower_ == "to" and words[0].dep_ == "aux")
        )
    ):
        words = words[1:]
    while words and (words[-1].is_punct or words[-1].is_space):
        opened = sum(t.text == "(" for t in words) > sum(t.text == ")" for t in words[:-1])
        if words[-1].text == ")" and opened:
            break  # the bracket the span opened: "Bakkies Botha (ankle)"
        words = words[:-1]
    if len(words) < 2:
        return None
    return words[0].idx, _rest_of_the_word(words[-1])


def _rest_of_the_word(last: Token) -> int:
    """Where the written word ``last`` is part of ends: a span never stops inside one ("30
    km/h." cut by the tokenizer into "km", "/" and "h.", with the last two hung elsewhere)."""
    doc, end = last.doc, last.sent.end
    k = last.i
    while (
        not doc[k].whitespace_
        and k + 1 < end
        and not doc[k + 1].is_space  # (a no-break space is a token of its own)
        and doc[k + 1].text[0] not in WORD_ENDS
    ):
        k += 1
    return doc[k].idx + len(doc[k])


# What may follow a word with no space and is no part of it.
WORD_ENDS = frozenset(",.;:?!\"”’')]}—–…")


def _opens_a_clause_inside(words: list[Token]) -> bool:
    """Whether the leading subordinator opens a clause set off before the main clause the words
    go on with: "once the Senate goes on recess, he would …" (not the "that" of the content
    clause itself)."""
    mark = words[0]
    if mark.lower_ in ("that", "whether"):
        return False
    clause_end = mark.head.right_edge.i
    doc = mark.doc
    # (set off by a comma before the main clause: not the writer's "after he admitted …")
    return (
        clause_end + 1 < len(doc)
        and doc[clause_end + 1].text == ","
        and any(t.i > clause_end + 1 and not t.is_punct for t in words)
    )


def sentence_span(sent: Span) -> tuple[int, int] | None:
    return span_of(list(sent))


def age_description(token: Token, *, alone: bool = True) -> Span | None:
    """The phrase "the 38-year-old" (a person by age alone) that ``token`` is a word of, with
    its article; None when it is none, or, when ``alone``, when a noun follows ("the 38-year-old
    keeper")."""
    doc = token.doc
    for end in range(token.i, min(token.i + 5, len(doc))):
        if doc[end].lower_ != "old":
            continue
        start = end - 4
        if start < 0 or start > token.i or not doc[start].like_num:
            return None
        if [t.lower_ for t in doc[start + 1 : end]] != ["-", "year", "-"]:
            return None
        if alone and end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN"):
            return None
        # (words describing the person go with it: "the wiry 41-year-old", "the soft-spoken
        # 68-year-old", "the lanky, bespectacled 41-year-old")
        article = start - 1
        while article >= max(0, start - 7) and (
            doc[article].tag_ in ("JJ", "HYPH", ",") or doc[article - 1].tag_ == "HYPH"
        ):
            article -= 1
        if article >= 0 and doc[article].lower_ in ("the", "a", "an"):
            start = article
        return doc[start : end + 1]
    return None


def nationality_description(token: Token) -> Span | None:
    """The phrase "the American" (one person by nationality alone, as sports and foreign news
    write: "“…,” the American said") that ``token`` heads; None when a noun follows ("the
    American player") or it is a party's word."""
    doc = token.doc
    alone = token.i + 1 >= len(doc) or doc[token.i + 1].pos_ not in ("NOUN", "PROPN")
    # (a demonym the recogniser may take for a name: "the 23-year-old [Briton]PERSON")
    nationality = token.ent_type_ == "NORP" or token.text in DEMONYM_NOUNS
    if not nationality or token.tag_ not in ("NNP", "NN", "JJ") or not alone or token.i == 0:
        return None
    if token.lower_ in PARTIES:
        return None  # (a party's word: "the Republican" is PARTY_MEMBER_NOUNS' business)
    if doc[token.i - 1].lower_ == "the":
        return doc[token.i - 1 : token.i + 1]
    # ... or with an age: "the 23-year-old Briton"
    age = age_description(doc[token.i - 1], alone=False)
    if age is not None and age.end == token.i and age[0].lower_ == "the":
        return doc[age.start : token.i + 1]
    return None


def name_after_opening_cue(cue: Token) -> Token | None:
    """The name a sentence opens on after its cue, right before a colon or the quotation: "Said
    Doe: “…”", "Said Mayor Jane Doe, “…”" (the parser reads "Said" as a name or an adjective;
    not "Said Hamdan, a pharmacist, …", a man named Said). ``cue`` is the sentence's first word."""
    if cue.i != cue.sent.start or not cue.text[:1].isupper() or cue.text.isupper():
        return None
    doc, name = cue.doc, None
    for t in doc[cue.i + 1 : cue.sent.end]:
        opens = t.tag_ == "``" or t.text in ("“", '"')
        if t.text == ":" or opens or t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "``":
            return name
        if not t.text[:1].isupper():
            return None
        name = t
    return None


def opens_on_a_name(token: Token) -> bool:
    """ "Said Doe: “…”" with "Said" read as a name: a cue all the same."""
    return cue_lemma(token.text) in SPEECH_LEMMAS and name_after_opening_cue(token) is not None

"""Attribution over the parse, and in-article resolution of speakers to full names.

Attribution is a cascade of plain functions over a spaCy ``Doc`` (one paragraph):
the cue verb linked to the quote in the parse and its subject (either order, inverted, via
participles and relative clauses), "according to X", colon frames, dash trailers. Resolution
turns the mention at the attribution site ("he", "Peskov", "Secretary Rubio") into the full
name the article uses ("Dmitry Peskov"), with the role where the article gives one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from quote_miner.names import TITLES, fold
from quote_miner.nlp import AUX_WORDS
from quote_miner.quotes import (
    BELIEF_LEMMAS,
    INTENT_LEMMAS,
    JUDGEMENT_LEMMAS,
    OBJECT_LEMMAS,
    PHRASAL_SPEECH,
    PREP_CLAIMS,
    PREP_VERBS,
    SPEECH_LEMMAS,
    SPEECH_NOUNS,
    STANCE_NOUNS,
    cue_lemma,
)
from quote_miner.settings import CONFIDENCE as CONF

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


@dataclass(frozen=True)
class Mention:
    """The words at the attribution site that name the speaker (paragraph offsets)."""

    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun", "nominal", "organization", "relative"
    role: str | None = None
    gender: str | None = None
    # A relative pronoun ("Beck, who has described Trump as …") stands for its antecedent.
    antecedent: Mention | None = None


@dataclass(frozen=True)
class Attribution:
    mention: Mention | None
    cue: str | None
    method: str  # "cue", "according", "colon", "trailer", "continuation", "nearest"
    confidence: float
    cue_pos: int | None = None


# --- mentions -------------------------------------------------------------------------


def entities(doc: Doc) -> list[Span]:
    """The doc's entities, computed once per doc (``Doc.ents`` rebuilds them on each call)."""
    cached = doc.user_data.get("qm_ents")
    if cached is None:
        ents = list(doc.ents)
        cached = (ents, {i: ent for ent in ents for i in range(ent.start, ent.end)})
        doc.user_data["qm_ents"] = cached
    return cached[0]


def _entity_of(token: Token) -> Span | None:
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


def _role_before(ent: Span) -> str | None:
    """Title words in front of a name: "Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman"."""
    doc = ent.doc
    root = ent.root
    i = ent.start - 1
    while i >= 0:
        t = doc[i]
        verbal = t.pos_ in ("VERB", "AUX", "ADP") and t.dep_ != "prep"
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
        or not any(t.pos_ == "NOUN" or t.lower_ in TITLE_WORDS for t in words)
    ):
        return None
    return role


def _role_appos(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "appos":
            words = [t for t in child.subtree if not t.is_punct]
            if words and words[0].dep_ == "det":
                words = words[1:]
            if words and len(words) <= 12:
                return token.doc[words[0].i : words[-1].i + 1].text
    return None


def relative_antecedent(token: Token) -> Token | None:
    """What a relative pronoun subject stands for: "Beck, who …", "a sign that read …"."""
    low = token.lower_
    verb = token.head
    if low not in RELATIVE_PRONOUNS or verb.dep_ != "relcl" or verb.head == verb:
        return None
    antecedent = verb.head
    if antecedent.lower_ in RELATIVE_PRONOUNS or antecedent.pos_ not in ("PROPN", "NOUN"):
        return None
    return antecedent


def mention_for(token: Token) -> Mention:
    """The mention headed by ``token`` (a subject, a possessor, the object of "according to")."""
    doc = token.doc
    low = token.lower_
    antecedent = relative_antecedent(token)
    if antecedent is not None:
        ante = mention_for(antecedent)
        if ante.kind != "relative":
            return Mention(
                token.idx, token.idx + len(token), token.text, "relative", role=ante.role, antecedent=ante
            )
    if token.pos_ == "PRON" or low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS:
        return Mention(
            token.idx, token.idx + len(token), token.text, "pronoun", gender=PERSON_PRONOUNS.get(low)
        )
    ent = _entity_of(token)
    if ent is not None and ent.label_ in ENTITY_TYPES:
        kind = "name" if ent.label_ == "PERSON" else "organization"
        # "the Kremlin", "The Post": keep the article with the name for organizations.
        start_tok = ent.start
        if kind == "organization" and ent.start > 0 and doc[ent.start - 1].lower_ == "the":
            start_tok = ent.start - 1
        role = _role_appos(token) or (_role_before(ent) if kind == "name" else None)
        span = doc[start_tok : ent.end]
        text = span.text
        if text.endswith(("’s", "'s")):
            text = text[:-2]
        return Mention(span.start_char, span.start_char + len(text), text, kind, role=role)
    if token.pos_ == "PROPN":
        # A name the entity recogniser missed: the run of proper nouns around the head.
        lo = token.i
        while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in (token.i, lo):
            lo -= 1
        span = doc[lo : token.i + 1]
        role = _role_appos(token)
        return Mention(span.start_char, span.end_char, span.text, "name", role=role)
    # A description: "a senior adviser to Macron", "the governor of the Belgorod oblast".
    keep = []
    for t in token.subtree:
        if t.i > token.i and (
            t.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj")
            or t.is_punct
            or t.lower_ in RELATIVE_PRONOUNS
        ):
            break
        keep.append(t)
    keep = [t for t in keep if not t.is_punct]
    left = [t for t in keep if t.i <= token.i]
    right = [t for t in keep if t.i > token.i and t.i - token.i <= 8]
    words = left + right
    # drop anything before a comma that belongs to a clause in front
    span = doc[words[0].i : words[-1].i + 1] if words else doc[token.i : token.i + 1]
    return Mention(span.start_char, span.end_char, span.text, "nominal")


def _own_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            for gc in child.children:
                if gc.dep_ == "pobj":
                    return gc
    return None


def _subject_of(verb: Token) -> Token | None:
    """The speaker of a cue: its subject, or the subject of the clause it hangs from."""
    own = _own_subject(verb)
    if own is not None:
        return own
    # Up through participles and coordinations: "confirmed …, saying …", "… and stated:".
    # A coordination the parser hung on the wrong verb is mended by preferring a cue above.
    if verb.tag_ == "VBG" and verb.i > 0:
        shown = verb.doc[verb.i - 1]
        of = shown.head if shown.dep_ == "pobj" else verb if shown.head == verb else None
        if (
            of is not None
            and shown.pos_ in ("PROPN", "PRON")
            and (of.lower_ == "of" or of.dep_ == "pobj" and of.head.lower_ == "of")
        ):
            return shown  # "footage of Hillary Clinton asking, “…”"
    if verb.tag_ == "VBG" and _after_comma(verb) and is_cue(verb):
        # "Sanders said the process could be “messy,” adding, “…”": a speaking participle
        # goes on for the speaker of the cue above, whatever clause the parser hung it on.
        for head in ancestors(verb)[1:]:
            subj = _own_subject(head) if is_cue(head) and head.i < verb.i else None
            if subj is not None and not _vague(subj):
                return subj
    main = _main_clause_of_participle(verb)
    if main is not None:
        found = _subject_of(main)
        if found is not None:
            return found
    cur = verb
    fallback = None
    for _ in range(5):
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return _issuer(cur.head) or cur.head
        if (
            cur.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "acl", "dep", "ccomp", "prep", "pobj")
            or cur.head == cur
        ):
            break
        cur = cur.head
        if cur.pos_ == "ADP" and cur.head != cur:
            cur = cur.head
        # (the clause's subject, also a passive one: "After saying …, she was whisked off")
        subj = _own_subject(cur) or next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
        if subj is None or _aside_between(subj, verb):
            continue
        if is_cue(cur) or verb.dep_ != "conj":
            return subj
        fallback = fallback or subj
    return fallback or _adjacent_subject(verb)


# What someone issues to speak for them: "the Council issued a statement calling …".
DOCUMENT_NOUNS = frozenset(
    """statement statements letter memo memorandum release communique
    note notice report filing declaration proclamation order ruling resolution""".split()
)


def _issuer(document: Token) -> Token | None:
    """Who put out the document that speaks: "the Security Council issued a statement calling
    the test “a clear violation”" is the Council's."""
    if document.lower_ not in DOCUMENT_NOUNS or document.dep_ != "dobj":
        return None
    subj = _own_subject(document.head)
    return subj if subj is not None and _named(subj) else None


DASHES = frozenset({"-", "—", "–", "--", "―"})


def _aside_between(subj: Token, verb: Token) -> bool:
    """Whether ``subj`` stands in a dashed aside that closes before ``verb``: "protesters
    looped the streets - where the Panthers played - while chanting, “…”"."""
    doc = subj.doc
    # (a dash set off by spaces, not the hyphen of "pro-growth")
    dashes = [
        t
        for t in doc[subj.i : verb.i]
        if t.text in DASHES and t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_
    ]
    return len(dashes) % 2 == 1


def _after_comma(verb: Token) -> bool:
    """ ", saying …", also after a closing mark: "“messy,” adding …"."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].text in ("”", '"', "’", "'"):
        i -= 1
    return i >= 0 and (doc[i].text == "," or doc[i].text.endswith(","))


def _main_clause_of_participle(verb: Token) -> Token | None:
    """The clause a ", saying …" participle belongs to when the parser hung it on a relative
    clause in between: "… defend not paying an architect who said he was stiffed, saying, “…”"
    is said by the one defending."""
    rel = verb.head
    if verb.tag_ != "VBG" or not _after_comma(verb) or rel.dep_ != "relcl":
        return None
    subj = _own_subject(rel)
    if subj is None or subj.lower_ not in RELATIVE_PRONOUNS:
        return None  # "…, when protesters interrupted her, shouting “…”" is the protesters'
    governor = rel.head.head
    if governor.pos_ == "ADP":
        governor = governor.head
    return governor if governor.pos_ in ("VERB", "AUX") and governor != rel.head else None


def _adjacent_subject(verb: Token) -> Token | None:
    """A name right next to the cue when the parse lost the link: "…administration” Peskov noted."""
    doc = verb.doc
    for j in (verb.i - 1, verb.i + 1):
        k = j
        while 0 <= k < len(doc) and doc[k].pos_ == "ADV":
            k += -1 if j < verb.i else 1
        if 0 <= k < len(doc):
            t = doc[k]
            if (
                t.pos_ in ("PROPN", "PRON")
                and t.lower_ not in ("it", "this", "that")
                and not t.is_punct
                and t.dep_ != "poss"
            ):
                return t
    return None


def speaker_token_for_cue(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        for child in cue.children:
            if child.lower_ == "to":
                for gc in child.children:
                    if gc.dep_ == "pobj":
                        return gc
        nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
        if nxt is not None and nxt.lower_ == "to":
            for gc in nxt.children:
                if gc.dep_ == "pobj":
                    return gc
        return None
    if cue.pos_ in ("NOUN", "PROPN") and cue.lower_ in SPEECH_NOUNS:
        poss = next((c for c in cue.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in ("its", "their"):
            # "The piece used one of her quotes as its headline:" — "its" is the piece
            holder = cue.head.head if cue.head.pos_ == "ADP" else cue.head
            owner = _own_subject(holder) if holder.pos_ in ("VERB", "AUX") else None
            if owner is not None and not _vague(owner):
                return owner
        if poss is not None:
            return poss
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                for gc in child.children:
                    if gc.dep_ == "pobj":
                        return gc
        head = cue.head
        if cue.dep_ == "pobj" and head.head != head:
            return _subject_of(head.head)
        if cue.dep_ in SUBJECT_DEPS:
            return None
        return None
    return _subject_of(cue)


def speaks_with_particle(verb: Token) -> bool:
    """ "Hillary shot back, “…”", "as experts have pointed out, …"."""
    return any(
        c.dep_ in ("prt", "advmod") and f"{cue_lemma(verb.text)}:{c.lower_}" in PHRASAL_SPEECH
        for c in verb.children
    )


def is_cue(token: Token, *, belief: bool = False) -> bool:
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        return True
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        lemma = cue_lemma(token.text)
        return lemma in SPEECH_LEMMAS or (belief and lemma in BELIEF_LEMMAS) or speaks_with_particle(token)
    return token.pos_ == "NOUN" and token.lower_ in SPEECH_NOUNS


# --- attribution of quotation marks --------------------------------------------------------


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
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


def tokens_between(doc: Doc, start: int, end: int) -> Span:
    """The tokens starting inside ``doc.text[start:end]``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc[0:0]
    lo, hi = span.start, span.end
    while lo < hi and doc[lo].idx < start:
        lo += 1
    return doc[lo:hi]


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


def _governs(cue: Token, q_tokens: list[Token]) -> bool:
    return any(cue in ancestors(t) for t in q_tokens)


def _linked(cue: Token, q_tokens: list[Token]) -> bool:
    qs = set(t.i for t in q_tokens)
    for t in q_tokens:
        if cue in ancestors(t):
            return True
    # The quote governs the cue: "“…,” Rubio told reporters" parsed with the quote as root.
    h = cue
    for _ in range(3):
        if h.head == h:
            break
        h = h.head
        if h.i in qs:
            return True
    return False


def _run_head(tokens: list[Token]) -> Token | None:
    """The token of a run whose head lies outside it: the run's own root."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head == t), None)


def _is_person(tok: Token) -> bool:
    """He, she, or a name the recogniser or the article (``share_names``) says is a person's:
    "as Trump went on about “…”" with Trump tagged as an organisation."""
    if tok.lower_ in ("he", "she") or tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "PROPN" and tok.text in tok.doc.user_data.get("qm_people", ())


def share_names(docs: list[Doc], index: NameIndex) -> None:
    """Let attribution in each paragraph know the people the whole article names."""
    people = frozenset(w for full in index.full_names() for w in full.split()[1:])
    for doc in docs:
        doc.user_data["qm_people"] = people


def _colon_name(doc: Doc, lo: int, hi: int, confidence: float) -> Attribution | None:
    """A name right before a colon in ``doc.text[lo:hi]``: "Rep. Trey Gowdy (R-S.C.):"."""
    m = COLON_NAME_RE.search(doc_text(doc)[lo:hi])
    if not m or m.group(1).split()[0].lower() in ("from", "on", "in"):
        return None
    s = lo + m.start(1)
    span = doc.char_span(s, s + len(m.group(1).rstrip()), alignment_mode="expand")
    if span is None or not any(t.ent_type_ in ENTITY_TYPES or t.pos_ == "PROPN" for t in span):
        return None
    return Attribution(mention_for(span.root), None, "colon", confidence, None)


def _vague(speaker: Token | None) -> bool:
    if speaker is None:
        return True
    antecedent = relative_antecedent(speaker)
    if antecedent is not None:
        # "who" stands for the name it follows; "a voice that said" names nobody.
        return not (speaker.lower_ == "who" or _named(antecedent))
    return speaker.lower_ in VAGUE_SUBJECTS


def _named(tok: Token) -> bool:
    """A subject that names someone: a name, an institution, he or she, "who" after a name."""
    if tok.ent_type_ in ENTITY_TYPES or tok.pos_ == "PROPN" or tok.lower_ in ("he", "she"):
        return True
    antecedent = relative_antecedent(tok)
    return antecedent is not None and (tok.lower_ == "who" or _named(antecedent))


def _described_below(outer: Token, inner: Token) -> bool:
    """Whether ``inner`` hangs below ``outer`` through a relative clause, participle,
    apposition or coordination: a description inside the outer clause or a second statement
    ("Putney said that …, but he said that “…”"), not what the outer cue reports."""
    cur = inner
    for _ in range(12):
        if cur == outer or cur.head == cur:
            return False
        if cur.dep_ in ("relcl", "acl", "appos", "conj"):
            return outer in ancestors(cur)
        cur = cur.head
    return False


def _subordinate_speaker(cue: Token, q_tokens: list[Token]) -> bool:
    """Whether the quote sits in an adverbial clause with a speaker of its own below ``cue``:
    "Christie described Clinton as a “disgrace” after she blamed shootings on “implicit
    bias”" — the second phrase is hers."""
    head = _run_head(q_tokens)
    if head is None:
        return False
    for verb in ancestors(head):
        if verb == cue:
            return False
        clause = verb
        while clause.dep_ == "conj" and clause.head != cue:
            clause = clause.head  # "after she attacked … and blamed … on “…”"
        if (
            clause.dep_ == "advcl"
            and clause.head == cue
            and verb.pos_ == "VERB"
            and verb.lower_ not in AUX_WORDS
        ):
            subj = _own_subject(clause)
            if subj is not None and _named(subj) and subj.lower_ not in RELATIVE_PRONOUNS:
                return True
    return False


def _negated(verb: Token) -> bool:
    """ "for not calling the attack “radical Islamic terrorism”" credits nobody with the words."""
    return any(c.dep_ == "neg" for c in verb.children)


def _introduces(cue: Token, start: int) -> bool:
    """Whether ``cue`` ends a colon frame right before the quote: "Smith told reporters: “…”"."""
    if cue.idx >= start:
        return False
    between = doc_text(cue.doc)[cue.idx + len(cue) : max(cue.idx + len(cue), start - 1)].strip()
    if not between.endswith((":", ",")) or len(between.split()) > 6:
        return False
    # "told reporters:", "said during the debate last week, “…”" — but not a clause of its own
    words = tokens_between(cue.doc, cue.idx + len(cue), start - 1)
    return not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("mark", "ccomp") for t in words)


def _frames(cue: Token, end: int) -> bool:
    """Whether ``cue`` is the frame right after the quote ending at ``end``: "“…,” The Hill
    reported" (a few words, no other verb between)."""
    if cue.idx < end:
        return False
    between = [t for t in tokens_between(cue.doc, end, cue.idx) if not t.is_punct]
    if len(between) > 6 or any(t.pos_ in ("VERB", "AUX") for t in between):
        return False
    # "“…,” Melanie said yes", "“…,” underscoring growing impatience": the cue has words of
    # its own.
    return not any(
        c.i > cue.i and c.dep_ in ("dobj", "ccomp", "xcomp", "intj", "attr", "oprd") for c in cue.children
    )


def _parenthetical(cue: Token, q_tokens: list[Token]) -> bool:
    """A cue set into the clause that holds the quote: "Biden, Rubio said, had been in the
    Senate for “a thousand years”"."""
    if cue.dep_ not in ("parataxis", "advcl") or cue_lemma(cue.text) not in SPEECH_LEMMAS:
        return False
    if _own_subject(cue) is None or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children):
        return False
    host = cue.head
    return any(host == t or host in ancestors(t) for t in q_tokens)


def attribute_quote(
    doc: Doc,
    start: int,
    end: int,
    quote_ranges: list[tuple[int, int]],
    *,
    partial: bool,
    trailing_max_tokens: int = 12,
) -> Attribution | None:
    """Who is credited with the quoted run ``doc.text[start:end]`` in this paragraph."""
    q_tokens = list(tokens_between(doc, start, end))
    if not q_tokens:
        return None
    sents = [sentence_of(q_tokens[0])]
    while sents[-1].end <= q_tokens[-1].i:
        sents.append(sentence_of(doc[sents[-1].end]))
    # The frame: words of the quote's sentences outside any quotation, near the quote.
    lo = max(sents[0].start, q_tokens[0].i - FRAME_WINDOW)
    hi = min(sents[-1].end, q_tokens[-1].i + 1 + FRAME_WINDOW)
    frame: list[Token] = [
        t for t in doc[lo:hi] if not _inside(t.idx, quote_ranges) and not (start - 1 <= t.idx <= end)
    ]
    # A short sentence right after the quote can carry the cue: "“…” He paused. said…"
    last = sents[-1]
    if last.end < len(doc):
        nxt = sentence_of(doc[last.end])
        if (
            nxt is not None
            and len(nxt) <= trailing_max_tokens
            and not any(_inside(t.idx, quote_ranges) for t in nxt)
        ):
            frame += list(nxt)
    cues = [t for t in frame if is_cue(t)]
    scored = []
    for cue in cues:
        # The frame right after a quote closed with a comma: "— as Moscow denies — “why
        # wouldn’t you …?” asked Dunn"; then one right before it: "O'Malley interjected: “…”".
        after = _frames(cue, end) and doc_text(doc)[start:end].rstrip("’'\"”")[-1:] in (",", "?", "!")
        framing = after or _introduces(cue, start)
        linked = framing or (
            (_governs(cue, q_tokens) or _parenthetical(cue, q_tokens)) if partial else _linked(cue, q_tokens)
        )
        if partial and not framing and (not linked or _subordinate_speaker(cue, q_tokens) or _negated(cue)):
            continue
        dist = min(abs(cue.idx - end), abs(cue.idx - start))
        if framing:
            dist = -2 if after else -1
        elif partial:
            # The outermost speech cue: "Holm said … that the ad “…” suggests" is Holm's.
            dist = len(ancestors(cue, 40)) if cue_lemma(cue.text) in SPEECH_LEMMAS else 1000 + dist
        speaker = speaker_token_for_cue(cue)
        if speaker is not None and _inside(speaker.idx, quote_ranges):
            # A title in quotation marks parsed as the subject: "on “Morning Joe,” calling …"
            speaker = next(
                (c for c in cue.children if c.dep_ in SUBJECT_DEPS and not _inside(c.idx, quote_ranges)), None
            )
        scored.append((not linked, _vague(speaker), dist, cue, speaker))
    if partial and len(scored) > 1:
        # "said Scott Reed, who added that … “…”": a cue in a relative clause of the outer
        # cue's subject or object reports the quote itself.
        inner = [c for _, _, _, c, _ in scored if (own := _own_subject(c)) is not None and not _vague(own)]
        scored = [
            x for x in scored if _frames(x[3], end) or not any(_described_below(x[3], c) for c in inner)
        ]
    if scored:
        scored.sort(key=lambda x: (x[0], x[1], x[2]))
        unlinked, no_speaker, _, cue, speaker = scored[0]
        if cue.lower_ != "according":
            speaker = _frame_subject(doc, cue, end, quote_ranges, speaker)
        mention = mention_for(speaker) if speaker is not None else None
        if mention is None and partial:
            return None
        method = "according" if cue.lower_ == "according" else "cue"
        conf = CONF.cue if not unlinked else CONF.cue_unlinked
        if mention is None:
            conf = CONF.cue_without_speaker
        return Attribution(mention, _cue_text(cue), method, conf, cue.idx)
    if partial:
        return _judged_by(q_tokens, quote_ranges)
    found = _short_frame_after(doc, end, sents[-1], quote_ranges)
    if found is not None:
        return found
    text = doc_text(doc)
    # The sentence before introduces it: "Bruce emphasized the need for … . “President …”"
    first = sents[0]
    if first.start > 0 and text[first.start_char : start].strip(" “\"'‘") == "":
        prev = sentence_of(doc[first.start - 1])
        prev_tokens = [t for t in prev if not _inside(t.idx, quote_ranges)]
        if len(prev_tokens) == len(prev):
            for cue in reversed([t for t in prev_tokens if is_cue(t, belief=True)]):
                speaker = speaker_token_for_cue(cue)
                if speaker is not None:
                    return Attribution(
                        mention_for(speaker),
                        _cue_text(cue),
                        "previous sentence",
                        CONF.previous_sentence_cue,
                        cue.idx,
                    )
    # "He also played up his strength: “Who gives us the best chance …”"
    lead = [t for t in sents[0] if t.idx < start - 1 and not _inside(t.idx, quote_ranges)]
    if lead and lead[-1].text == ":" and len(lead) > 2:
        found = _introducer(lead)
        if found is not None:
            return found
    # "X: “…”" — a name and a colon in front of the quote.
    found = _colon_name(doc, max(0, sents[0].start_char), max(0, start - 1), CONF.colon_name)
    if found is not None:
        return found
    # "“…” — X"
    after = text[end + 1 : end + 80]
    m = TRAILER_RE.match(after)
    if m:
        s = end + 1 + m.start(1)
        span = doc.char_span(s, s + len(m.group(1).rstrip()), alignment_mode="expand")
        if span is not None:
            return Attribution(mention_for(span.root), None, "trailer", CONF.trailer, None)
    # The person the sentence before is about: "Sen. Bernie Sanders … identified young voters’
    # exhaustion as one of the reasons. “The younger people are …”"
    if first.start > 0 and text[first.start_char : start].strip(" “\"'‘") == "":
        root = sentence_of(doc[first.start - 1]).root
        subj = _own_subject(root) if root.pos_ in ("VERB", "AUX") else None
        if subj is not None and not _inside(subj.idx, quote_ranges) and _is_person(subj):
            return Attribution(
                mention_for(subj),
                root.text,
                "previous sentence",
                CONF.previous_sentence_subject,
                root.idx,
            )
    return None


def _short_frame_after(doc: Doc, end: int, sent: Span, quote_ranges) -> Attribution | None:
    """A short frame after the quote whose verb is outside the lexicon: "“…,” he surmised."."""
    after = [t for t in sent if t.idx >= end and not _inside(t.idx, quote_ranges)]
    words = [t for t in after if not t.is_punct]
    text = doc_text(doc)
    if (
        not words
        or len(words) > 8
        or text[max(0, end - 1)] not in ",?!"
        and text[end + 1 : words[0].idx].strip() != ","
    ):
        return None
    for verb in words:
        if verb.pos_ != "VERB" or not verb.tag_.startswith("VB"):
            continue
        subj = _own_subject(verb)
        if subj is not None and subj.idx > end and (_is_person(subj) or subj.pos_ == "PROPN"):
            return Attribution(mention_for(subj), verb.text, "cue", CONF.cue_after_subject, verb.idx)
    return None


def attribute_intro(doc: Doc, quote_ranges: list[tuple[int, int]]) -> Attribution | None:
    """Who a paragraph ending in a colon introduces: "He said:", "The New York Times reports:",
    "Sanders made the following comment:", "Rep. Trey Gowdy (R-S.C.):"."""
    text = doc_text(doc).rstrip()
    sents = sentences(doc)
    if not text.endswith(":") or not sents or _inside(len(text) - 1, quote_ranges):
        return None
    sent = sents[-1]
    return _introducer([t for t in sent if not _inside(t.idx, quote_ranges)])


def _introducer(frame: list[Token]) -> Attribution | None:
    """The speaker named by a frame that ends in a colon."""
    if not frame:
        return None
    doc = frame[0].doc
    # The outermost cue: "Breitbart News reported, …, the White House was refusing to call …:"
    cues = sorted((t for t in frame if is_cue(t, belief=True)), key=lambda t: (len(ancestors(t)), -t.i))
    for cue in cues:
        speaker = speaker_token_for_cue(cue)
        if speaker is not None and not _vague(speaker):
            return Attribution(mention_for(speaker), _cue_text(cue), "colon", CONF.colon_cue, cue.idx)
    found = _colon_name(doc, frame[0].idx, frame[-1].idx + len(frame[-1]), CONF.colon_frame_name)
    if found is not None:
        return found
    root = _run_head(frame)
    subj = _own_subject(root) if root is not None and root.pos_ in ("VERB", "AUX") else None
    if (
        subj is not None
        and subj.i in {t.i for t in frame}
        and not _vague(subj)
        and (subj.lower_ in PERSON_PRONOUNS or _credible_source(subj))
    ):
        return Attribution(mention_for(subj), root.text, "colon", CONF.colon_subject, root.idx)
    return None


def _inverted_subject(cue: Token) -> Token | None:
    """The name right after a cue that follows the quote: "“…,” said Alan Abramowitz"."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or doc[cue.i - 1].text not in (",", "”", '"', "’"):
        return None
    nxt = doc[cue.i + 1]
    if nxt.ent_type_ in ("DATE", "TIME") or not (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"):
        return None
    # "said MSNBC host Chris Matthews", "explained Los Angeles-based attorney Edgar Martirosyan"
    head = nxt
    while (
        head.head.i > head.i
        and head.head.i - nxt.i <= 8
        and head.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss", "case", "punct")
    ):
        head = head.head
    if head.pos_ not in ("PROPN", "NOUN") or head.ent_type_ in ("DATE", "TIME"):
        return None
    return head


# Cues whose next word is the person spoken to, not the speaker: "told AFP", "asked Trump".
OBJECT_OF_SPEECH = frozenset(
    "tell ask inform brief remind assure reassure thank urge accuse advise "
    "instruct warn question challenge".split()
)


def _frame_subject(doc: Doc, cue: Token, end: int, quote_ranges, parsed: Token | None) -> Token | None:
    """The speaker in the frame "“…,” X said" or "“…,” said X", read off the word order.

    The parser often hangs the quote and its frame together wrongly; the words between the
    closing mark and the cue (or right after a cue that follows the mark) name the speaker.
    """
    if (
        cue.idx >= end
        and cue_lemma(cue.text) not in OBJECT_OF_SPEECH
        and (
            parsed is None or parsed.i < cue.i and not _inside(parsed.idx, quote_ranges) and parsed.idx < end
        )
    ):
        # The parsed subject stands before the quote: "The promise to “…” appeals to …,
        # said Alan Abramowitz".
        inverted = _inverted_subject(cue)
        if inverted is not None:
            return inverted
    if cue.idx < end:
        # "“A,” X said. “B”": the frame of the quote before names the speaker of both.
        text = doc_text(doc)
        before = [
            b
            for a, b in quote_ranges
            if sentence_of(cue).start_char <= b <= cue.idx and b >= 2 and text[b - 2] in ",.?!"
        ]
        if not before:
            return _checked_subject(doc, cue, parsed)
        end = max(before)
    between = [t for t in doc if end <= t.idx < cue.idx and not t.is_punct and not t.is_space]
    if between:
        region = between
    elif cue.tag_ == "VBG":
        return parsed  # "“New York values,” saying the city …": what follows is what was said
    else:
        region = []
        for t in doc[cue.i + 1 :]:
            if t.is_punct and t.text in ',.;:!?“”"' or _inside(t.idx, quote_ranges):
                break
            region.append(t)
    if not region or len(region) > 25:
        return parsed
    lo, hi = region[0].i, region[-1].i
    if parsed is not None and lo <= parsed.i <= hi:
        return parsed
    for chunk in doc.noun_chunks:
        if lo <= chunk.root.i <= hi:
            return chunk.root
    for t in region:
        if t.pos_ in ("PROPN", "PRON", "NOUN"):
            return t
    return parsed


def _checked_subject(doc: Doc, cue: Token, parsed: Token | None) -> Token | None:
    """A common-noun subject with a person named between it and the cue is a misparse:
    "With 50 days until the election, Minyon Moore, a senior adviser, called …"."""
    if parsed is None or parsed.pos_ != "NOUN" or parsed.i >= cue.i:
        return parsed
    for ent in reversed(entities(doc)):
        # (not a name inside a phrase: "groups granted Mr. Clarke … from a former Patriot mine")
        if (
            ent.label_ == "PERSON"
            and parsed.i < ent.start
            and ent.end <= cue.i
            and ent.root.dep_ not in ("compound", "pobj", "dobj", "dative", "poss")
            and not _aside_between(ent.root, cue)
        ):
            return ent.root
    return parsed


JUDGING_LEMMAS = JUDGEMENT_LEMMAS | SPEECH_LEMMAS


def _judged_by(q_tokens: list[Token], quote_ranges) -> Attribution | None:
    """A quoted phrase someone applies to something: "Reid has gone after Trump as a “human
    leech”", "Japan branded North Korea an “outlaw nation”".

    The subject of the clause that governs the quote is credited when it is a person (any
    verb), or a named institution or a group with a verb of judgement (``JUDGEMENT_LEMMAS``).
    "Europeans formed a “coalition of the willing”" stays a scare quote.
    """
    inside = {t.i for t in q_tokens}
    head = _run_head(q_tokens) or q_tokens[0]
    judging = False
    climbed = False
    for verb in ancestors(head):
        if _inside(verb.idx, quote_ranges) or verb.pos_ not in ("VERB", "AUX") or not verb.is_alpha:
            continue
        judging = judging or cue_lemma(verb.text) in JUDGING_LEMMAS
        subj = _own_subject(verb)
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            # "Beck, who has described Trump as “…”": the relative pronoun stands for a name.
            antecedent = relative_antecedent(subj)
            if judging and antecedent is not None and _named(antecedent):
                return Attribution(mention_for(subj), verb.text, "judgement", CONF.judgement_source, verb.idx)
            return None
        if subj is None or subj.i in inside:
            # "…, comparing him to “…”": the clause above says who.
            if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp"):
                climbed = True
                continue
            return None
        if subj.lower_ in VAGUE_SUBJECTS:
            return None
        if _is_person(subj) and (judging or not climbed):
            return Attribution(mention_for(subj), verb.text, "judgement", CONF.judgement, verb.idx)
        if judging and _credible_source(subj):
            return Attribution(mention_for(subj), verb.text, "judgement", CONF.judgement_source, verb.idx)
        if verb.dep_ == "ccomp" and not _is_person(subj):
            # "Politifact ruled that Trump’s statement is “true”": the clause is the verdict.
            climbed = True
            continue
        return None
    return None


def _credible_source(subj: Token) -> bool:
    """A subject that can hold a view: a name, an institution, people, a publication."""
    if subj.lower_ in ("they", "we", "i"):
        return True
    if subj.ent_type_ in ENTITY_TYPES or subj.pos_ == "PROPN":
        return True
    return subj.pos_ == "NOUN"


def names_by_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted words are what a verb calls something: its object or complement
    ("called the winner “Miss Piggy”", "cited … as “King James”"), not a place or a title
    mentioned in passing ("said on “Face the Nation”")."""
    q_tokens = list(tokens_between(doc, start, end))
    if not q_tokens:
        return False
    head = _run_head(q_tokens) or q_tokens[0]
    if head.dep_ in ("oprd", "attr", "acomp"):
        return head.head.pos_ in ("VERB", "AUX")
    if head.dep_ == "appos" and head.head.dep_ == "dobj":
        head = head.head  # "called the pageant winner “Miss Piggy”"
    if head.dep_ in ("dobj", "ccomp", "xcomp"):
        return cue_lemma(head.head.text) in NAMING_LEMMAS
    return head.dep_ == "pobj" and head.head.lower_ in ("as", "like")


# Verbs whose object is a name given or words uttered: "called her “Miss Piggy”",
# "chanting “U-S-A!”" (but "told “Good Morning America”" is a show).
NAMING_LEMMAS = frozenset("call dub nickname label brand term name chant sing shout crown".split())


def _cue_text(cue: Token) -> str:
    if cue.lower_ == "according":
        return "according to"
    return cue.text


# --- indirect claims --------------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    attribution: Attribution


# What a stated position is about: "talked about the plan", "warned of a crisis".
TOPIC_PREPS = frozenset({"about", "of", "for", "on", "against", "over", "regarding"})
# Adjectives that state a position: "critical of", "confident that".
STANCE_ADJECTIVES = frozenset(
    """critical confident concerned worried skeptical sceptical optimistic pessimistic sure
    certain hopeful doubtful supportive opposed convinced adamant insistent wary fearful proud
    angry upset furious happy pleased disappointed aware""".split()
)


def _span_of(words: list[Token]) -> tuple[int, int] | None:
    while words and (words[0].dep_ == "mark" or words[0].is_punct or words[0].lower_ in ("that", "to")):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    if len(words) < 2:
        return None
    return words[0].idx, words[-1].idx + len(words[-1])


def _sentence_span(sent: Span) -> tuple[int, int] | None:
    return _span_of(list(sent))


def find_claims(doc: Doc, quote_ranges: list[tuple[int, int]]) -> list[Claim]:
    """Reported speech and stated positions without quotation marks.

    In order of confidence: a speech or belief verb with a content clause ("said that …",
    "…, sources said"), "according to X, …", a parenthetical cue ("X, he said, Y"), a verb of
    intent with its infinitive ("vowed to …"), and verbs of judgement with their object
    ("criticized the plan", "called for a ban").
    """
    claims: list[Claim] = []
    sents = sentences(doc)
    for si, sent in enumerate(sents):
        for tok in sent:
            if _inside(tok.idx, quote_ranges):
                continue
            if tok.lower_ == "according" and is_cue(tok):
                claim = _according_claim(tok, sent, quote_ranges)
                if claim:
                    claims.append(claim)
                continue
            if tok.pos_ == "NOUN" and tok.lower_ in STANCE_NOUNS:
                claim = _noun_claim(tok, quote_ranges)
                if claim:
                    claims.append(claim)
                continue
            if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
                continue
            lemma = cue_lemma(tok.text)
            speech = lemma in SPEECH_LEMMAS or speaks_with_particle(tok)
            found = _verb_claim(tok, lemma, speech, sent, sents[si + 1 :], quote_ranges)
            if found is None:
                continue
            (s, e), conf = found
            words = [t for t in sent if s <= t.idx < e]
            if words and sum(_inside(t.idx, quote_ranges) for t in words) > len(words) * 0.5:
                continue
            if _inside(s, quote_ranges) != _inside(e - 1, quote_ranges):
                # A claim that runs into a quotation stops before it ("said he has supported
                # legislation …, which he called “a cartel”"); the quote is its own record.
                cut = _cut_before_quote(doc_text(doc), s, e, quote_ranges)
                if cut is None:
                    continue
                s, e = cut
            speaker = speaker_token_for_cue(tok)
            if speaker is None or s <= speaker.idx < e and conf < CONF.claim_clause:
                continue
            claims.append(Claim(s, e, Attribution(mention_for(speaker), tok.text, "claim", conf, tok.idx)))
    return claims


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


def headline_claim(doc: Doc) -> Claim | None:
    """The claim a headline reports and who holds it: "Pence: Gennifer Flowers Won’t Be at
    Debate", "De Blasio says Chelsea explosion was an ‘intentional act’", "Trump Could Address
    Clean Energy, Lindsey Graham Says"."""
    text = doc_text(doc)
    end = len(text.rstrip().rstrip(".;!"))
    m = HEADLINE_COLON_RE.match(text)
    if (
        m
        and m.group(1).lower() not in HEADLINE_LABELS
        and m.group(1).split()[0].lower() not in ("the", "a", "an")
    ):
        return _headline(doc, m.start(1), m.end(1), m.end(), end, ":")
    words = [t for t in doc if not t.is_space and not t.is_punct or t.text in (",", ";", ":")]
    for k, verb in enumerate(words):
        if k == 0 or cue_lemma(verb.text) not in HEADLINE_CUES or not verb.is_alpha:
            continue
        j = k
        while j > 0 and words[j - 1].text not in (",", ";", ":"):
            j -= 1
        subject = words[j:k]
        if not subject or not (subject[0].text[:1].isupper() or subject[0].like_num):
            continue
        if k + 1 < len(words) and len(text[words[k + 1].idx : end].split()) >= 1:
            return _headline(
                doc, subject[0].idx, subject[-1].idx + len(subject[-1]), words[k + 1].idx, end, verb.text
            )
        break
    m = HEADLINE_TAIL_RE.search(text)
    if m and len(text[: m.start()].split()) >= 2:
        return _headline(doc, m.start(1), m.end(1), 0, m.start(), "says")
    return None


def _headline(doc: Doc, s0: int, s1: int, c0: int, c1: int, cue: str) -> Claim | None:
    """A headline claim ``text[c0:c1]`` held by whoever ``text[s0:s1]`` names."""
    text = doc_text(doc)
    while c0 < c1 and text[c0].isspace():
        c0 += 1
    if c1 - c0 < 3:
        return None
    ents = [e for e in entities(doc) if e.label_ in ENTITY_TYPES and s0 <= e.start_char and e.end_char <= s1]
    # ("New Poll", "Black Lawmakers": a description, not a name)
    mention = mention_for(ents[-1].root) if ents else Mention(s0, s1, text[s0:s1], "nominal")
    return Claim(c0, c1, Attribution(mention, cue, "headline", CONF.headline, s0))


def _cut_before_quote(text: str, s: int, e: int, quote_ranges) -> tuple[int, int] | None:
    if _inside(s, quote_ranges):
        return None
    mark = next(a for a, b in quote_ranges if a <= e - 1 < b)
    comma = text.rfind(",", s, mark)
    if comma > s and len(text[comma:mark].split()) <= 6:
        mark = comma
    end = mark
    while end > s and (text[end - 1].isspace() or text[end - 1] in ",;:—–-("):
        end -= 1
    if len(text[s:end].split()) < 3:
        return None
    return s, end


def _noun_claim(noun: Token, quote_ranges) -> Claim | None:
    """A position carried by a noun: "Trump’s attacks on Clinton", "her plan to raise taxes",
    "Sanders voiced concerns about the deal"."""
    links = STANCE_NOUNS[noun.lower_].split()
    target = None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in links:
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        elif child.dep_ in ("acl", "relcl", "ccomp") and any(
            k.lower_ in links and k.lower_ in ("to", "that") and k.dep_ in ("aux", "mark")
            for k in child.children
        ):
            target = child  # "her plan to raise taxes", "his claim that …"
        if target is not None:
            break
    if target is None:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        holder = _own_subject(noun.head)  # "Sanders voiced concerns about …"
    if holder is None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        holder = _own_subject(noun.head.head)  # "She peppered him with attacks on …"
    if holder is None or _vague(holder) or holder.lower_ in ("its", "their", "our", "your", "my"):
        return None
    span = _span_of(list(target.subtree))
    if span is None or _inside(span[0], quote_ranges) or _inside(span[1] - 1, quote_ranges):
        return None
    return Claim(
        span[0],
        span[1],
        Attribution(mention_for(holder), noun.text, "claim", CONF.stance_noun, noun.idx),
    )


def _according_claim(tok: Token, sent: Span, quote_ranges) -> Claim | None:
    speaker = speaker_token_for_cue(tok)
    if speaker is None:
        return None
    phrase = list(tok.subtree)
    lo, hi = phrase[0].i, phrase[-1].i
    rest = [t for t in sent if (t.i < lo or t.i > hi) and not t.is_punct and not _inside(t.idx, quote_ranges)]
    left = [t for t in rest if t.i < lo]
    right = [t for t in rest if t.i > hi]
    side = right if len(right) >= len(left) else left
    if len(side) < 4:
        return None
    return Claim(
        side[0].idx,
        side[-1].idx + len(side[-1]),
        Attribution(mention_for(speaker), "according to", "according", CONF.according_to, tok.idx),
    )


def _verb_claim(
    tok: Token, lemma: str, speech: bool, sent: Span, following: list[Span], quote_ranges
) -> tuple[tuple[int, int], float] | None:
    belief = lemma in BELIEF_LEMMAS
    if (speech or belief) and any(
        c.dep_ == "xcomp" and cue_lemma(c.text) in SPEECH_LEMMAS for c in tok.children
    ):
        return None  # "continues to insist that …": the inner verb is the cue
    if speech or belief:
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        # "…fireworks on Friday: Republicans said they're convinced …" — the clause after it.
        clause = next((c for c in clauses if c.i > tok.i), clauses[0] if clauses else None)
        if clause is not None and clause.i < tok.i and any(k.dep_ == "mark" for k in tok.children):
            clause = None  # "…, that he wants to …": the cue is itself a subordinate clause
        if clause is None:
            clause = _misattached_clause(tok)
        if clause is None:
            found = _clause_above(tok, sent)
            if found is not None:
                return found, CONF.claim_clause
        if clause is not None and clause.i < tok.i and _goes_on_after(tok, sent):
            # "The middle fifth paid 8.9 percent, the agency said, and the bottom fifth …"
            span = _sentence_span(sent)
            if span:
                return span, CONF.claim_clause
        if clause is not None and len(list(clause.subtree)) >= 3:
            words = list(clause.subtree)
            # "said that A, and that B" / "said A, but that B": one claim in two clauses.
            for more in tok.children:
                if more.i > clause.i and (
                    more.dep_ == "ccomp"
                    or more.dep_ == "conj"
                    and any(k.dep_ == "mark" and k.lower_ == "that" for k in more.children)
                ):
                    words = [t for t in sent if words[0].i <= t.i <= max(x.i for x in more.subtree)]
            span = _span_of(words)
            if span:
                # A quotation in the two-apostrophe style runs on into the next sentences.
                span = _run_on(span, sent, following)
                return span, CONF.claim_speech_quoted if speech else CONF.claim_quoted
        # (also "…, a USA TODAY analysis of the reports shows.", "…, the study found.")
        doc = tok.doc
        frames_quote = any(_inside(t.idx, quote_ranges) for t in doc[tok.i + 1 : tok.i + 4])
        if (
            (speech or lemma in ("show", "find"))
            and tok.dep_ in ("parataxis", "advcl", "ccomp", "ROOT")
            and not frames_quote
            and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr") for c in tok.children)
        ):
            # "Acts of protest, Mr. Obama said, are acts of patriotism."
            own = {x.i for x in tok.subtree}
            others = [t for t in sent if not t.is_punct and t.i not in own]
            if len(others) >= 5:
                span = _sentence_span(sent)
                if span:
                    return _run_on(span, sent, following), CONF.claim_clause
            # "…, a girl was pepper-sprayed by a bystander, police said." with the clause
            # parsed as hanging from the cue.
            before = _clause_before_final_cue(tok, sent)
            if before is not None:
                return before, CONF.claim_clause
    if lemma in INTENT_LEMMAS:
        comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if comp is not None:
            span = _span_of(list(comp.subtree))
            if span:
                return span, CONF.claim_complement
    if speech or belief or lemma in OBJECT_LEMMAS or lemma in JUDGEMENT_LEMMAS:
        # What the verb takes: "called the charges unsubstantiated", "want policies that …",
        # "mentioned remarks Trump had made as examples of …", "admitted using the tax code".
        # … and what it says of the object: "accused the Saudi government of attempting to
        # intimidate the families", "polls show Clinton with a lead".
        obj = next((c.i for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        linking = (
            ("as", "of", "for", "with", "to")
            if lemma in ("compare", "liken")
            else ("as", "of", "for", "with")
        )
        parts = [
            c
            for c in tok.children
            if c.i > tok.i
            and (
                c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "dative")
                or c.dep_ == "prep"
                and (c.lower_ == "as" or obj is not None and c.i > obj and c.lower_ in linking)
            )
        ]
        if parts and any(c.dep_ != "prep" for c in parts):
            words = [t for c in parts for t in c.subtree]
            if len(words) >= 2:
                span = _span_of(sorted(words, key=lambda t: t.i))
                if span:
                    return (
                        span,
                        CONF.claim_listed_object if lemma in OBJECT_LEMMAS else CONF.claim_object,
                    )
    known = speech or belief or lemma in INTENT_LEMMAS or lemma in OBJECT_LEMMAS
    # Any verb with someone named as its subject takes a position through a topic phrase:
    # "Trump didn’t apologize for his statements", "leaders found little unity on …".
    stance = not known and tok.lower_ not in PLAIN_VERBS and _named_subject(tok)
    for child in tok.children:
        pair = f"{lemma}:{child.lower_}"
        if child.dep_ == "prep" and (
            pair in PREP_CLAIMS
            or known
            and child.lower_ in TOPIC_PREPS
            or stance
            and child.lower_ in STANCE_PREPS
        ):
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                span = _span_of(list(obj.subtree))
                if span:
                    return span, (
                        CONF.claim_listed_preposition if pair in PREP_CLAIMS else CONF.claim_preposition
                    )
    # "X is critical of the plan", "she is confident that …"
    for child in tok.children:
        if child.dep_ == "acomp" and child.lower_ in STANCE_ADJECTIVES:
            for grand in child.children:
                target = None
                if grand.dep_ == "prep" and grand.lower_ in TOPIC_PREPS:
                    target = next((c for c in grand.children if c.dep_ in ("pobj", "pcomp")), None)
                elif grand.dep_ == "ccomp":
                    target = grand
                if target is not None:
                    span = _span_of(list(target.subtree))
                    if span:
                        return span, CONF.claim_topic
    return None


def _clause_above(verb: Token, sent: Span) -> tuple[int, int] | None:
    """A "that" clause the parser made the head of the cue: "The nominee continues to insist,
    most recently in an interview, that he wants to release his taxes"."""
    for head in ancestors(verb):
        if head.i <= verb.i or head.pos_ not in ("VERB", "AUX"):
            continue
        mark = next(
            (k for k in head.children if k.dep_ == "mark" and k.lower_ == "that" and verb.i < k.i < head.i),
            None,
        )
        if mark is None:
            return None
        return _span_of([t for t in head.subtree if t.i > mark.i and t.i < sent.end])
    return None


def _goes_on_after(verb: Token, sent: Span) -> bool:
    """Whether the sentence carries on past a parenthetical cue with words of its own."""
    own_end = max(
        [verb.i]
        + [
            t.i
            for c in verb.children
            if c.i > verb.i and c.dep_ in ("prep", "npadvmod", "advmod", "agent", "nsubj")
            for t in c.subtree
        ]
    )
    rest = [t for t in sent if t.i > own_end and not t.is_punct]
    return len(rest) >= 4 and any(t.dep_ in ("conj", "cc") for t in rest)


def _misattached_clause(verb: Token) -> Token | None:
    """A content clause the parser hung on a noun after the cue: "said in one of a series of
    Twitter messages that the truck was carrying arms" (``that`` as a complementiser, with a
    subject of its own)."""
    for t in verb.subtree:
        if t.i <= verb.i or t.dep_ not in ("relcl", "acl") or t.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(t.children)
        if any(k.lower_ == "that" and k.dep_ == "mark" for k in kids) and any(
            k.dep_ in ("nsubj", "nsubjpass") and k.lower_ != "that" for k in kids
        ):
            return t
    return None


def _clause_before_final_cue(cue: Token, sent: Span) -> tuple[int, int] | None:
    """The words before ", police said." when the cue and its own words end the sentence."""
    doc = cue.doc
    subj = _own_subject(cue)
    if subj is None or subj.i > cue.i or subj.i == sent.start:
        return None
    first = min(t.i for t in subj.subtree)
    comma = doc[first - 1] if first - 1 >= sent.start else None
    if comma is None or comma.text != ",":
        return None
    for t in doc[cue.i + 1 : sent.end]:
        if t.is_punct:
            continue
        # only the cue's own adverbials may follow: "police said Tuesday", "in a statement"
        if not (
            t.head == cue
            and t.dep_ in ("prep", "npadvmod", "advmod", "agent")
            or cue in ancestors(t)
            and any(
                a.head == cue and a.dep_ in ("prep", "npadvmod", "advmod", "agent")
                for a in [t, *ancestors(t)]
            )
        ):
            return None
    return _span_of(list(doc[sent.start : comma.i]))


# Verbs of being, having and moving: their topic phrases are places and times, not positions.
PLAIN_VERBS = frozenset(
    """is was are were be been being has have had having go goes went gone going come comes came
    coming live lives lived living stay stayed sit sat stand stood move moved travel traveled
    travelled arrive arrived return returned work worked works serve served serving run ran
    running remain remained remains get got gets take took taken meet met""".split()
)
STANCE_PREPS = frozenset({"about", "on", "of", "over", "against", "for"})


def _named_subject(verb: Token) -> bool:
    subj = _own_subject(verb)
    return subj is not None and (
        subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.lower_ in ("he", "she", "they", "we", "i")
    )


def _run_on(span: tuple[int, int], sent: Span, following: list[Span]) -> tuple[int, int]:
    s, e = span
    if "''" not in sent.text:
        return span
    for nxt in following:
        if not nxt.text.lstrip().startswith("''"):
            break
        inner = _sentence_span(nxt)
        if inner:
            e = inner[1]
    return s, e


# --- names across the article ----------------------------------------------------------


def strip_titles(name: str) -> str:
    name = name.replace("[", "").replace("]", "").strip(" ,.;:")
    if name.endswith(("’s", "'s")):
        name = name[:-2]
    words = name.split()
    while len(words) > 1 and fold(words[0]).strip(".") in TITLE_WORDS | {"mr", "mrs", "ms", "dr"}:
        words = words[1:]
    while len(words) > 1 and not words[0][:1].isupper():
        words = words[1:]
    return " ".join(words)


@dataclass
class NameIndex:
    """Full names the article uses, found through their surnames."""

    counts: Counter = field(default_factory=Counter)
    roles: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, role: str | None = None) -> None:
        name = strip_titles(" ".join(w for w in name.split() if not w.startswith(("@", "#"))))
        words = name.split()
        if len(words) < 2 or len(words) > 4 or not all(w[:1].isupper() for w in words):
            return
        self.counts[name] += 1
        if role and name not in self.roles:
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
        best, best_key = None, None
        for full, count in self.counts.items():
            fw = full.split()
            fs = fold(fw[-1])
            if fs != surname and fuzz.ratio(fs, surname) < 88:
                continue
            given, other = fold(fw[0]), fold(words[0])
            if len(words) > 1 and given != other and fuzz.ratio(given, other) < 80:
                continue
            key = (count, len(fw))
            if best_key is None or key > best_key:
                best, best_key = full, key
        return best

    def role(self, full: str) -> str | None:
        return self.roles.get(full)

    def full_names(self) -> list[str]:
        return sorted(self.counts)


CAPITALISED_NAME_RE = re.compile(
    r"\b(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?|[A-Z]\.)){1,3}"
)


def build_name_index(docs: list[Doc]) -> NameIndex:
    index = NameIndex()
    for doc in docs:
        if not doc.has_annotation("ENT_IOB"):
            # Paragraphs the recogniser skipped: runs of capitalised words stand in for names.
            text = doc_text(doc)
            for m in CAPITALISED_NAME_RE.finditer(text):
                if m.start() > 0 and text[m.start() - 1] in '“"':
                    continue
                words = m.group().split()
                # Given name and surname (and a middle initial): "Ukrainian President Volodymyr
                # Zelensky" → "Volodymyr Zelensky".
                keep = 3 if len(words) >= 3 and re.fullmatch(r"[A-Z]\.", words[-2]) else 2
                index.add(" ".join(words[-keep:]))
            continue
        for ent in entities(doc):
            if ent.label_ == "PERSON":
                role = _role_appos(ent.root) or _role_before(ent)
                index.add(ent.text, role)
    return index


def looks_like_person_name(text: str) -> bool:
    words = strip_titles(text).split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


# --- in-article resolution -----------------------------------------------------------------


@dataclass(frozen=True)
class Speaker:
    name: str | None
    type: str  # person, organization, unnamed, unknown
    role: str | None = None


UNKNOWN = Speaker(None, "unknown")


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


def gender_votes(
    docs: list[Doc], quote_ranges: list[list[tuple[int, int]]], index: NameIndex
) -> dict[str, str]:
    """The pronoun the article uses for each person: "Mrs. Clinton", or a pronoun bound by a
    named subject ("Clinton said she would …", "Cruz defended his record")."""
    votes: dict[str, Counter] = {}
    for doc, ranges in zip(docs, quote_ranges, strict=True):
        if not doc.has_annotation("ENT_IOB"):
            continue
        for ent in entities(doc):
            if ent.label_ != "PERSON" or _inside(ent.start_char, ranges):
                continue
            name = index.full_name(ent.text)
            before = doc[ent.start - 1].lower_ if ent.start else ""
            if before in GENDERED_TITLES:
                votes.setdefault(name, Counter())[GENDERED_TITLES[before]] += 2
            if ent.root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = ent.root.head
            for t in sentence_of(ent.root):
                if t.i < ent.end or _inside(t.idx, ranges):
                    continue
                if t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and not t.ent_type_:
                    break  # someone else named in between: the pronoun could be theirs
                if t.lower_ not in GENDERED_WORDS:
                    continue
                # "X scolded him" is someone else; "X said he …", "X defended his …" is X.
                if (t.dep_ in ("nsubj", "nsubjpass", "poss") or t.lower_.endswith("self")) and _bound_by(
                    t, verb
                ):
                    votes.setdefault(name, Counter())[GENDERED_WORDS[t.lower_]] += 1
    genders = {}
    for name, count in votes.items():
        (top, n), *rest = count.most_common()
        if not rest or n >= 3 * rest[0][1]:
            genders[name] = top
    return genders


def _bound_by(pronoun: Token, verb: Token) -> bool:
    """Whether ``pronoun`` lies in ``verb``'s clause with no other name as subject between."""
    for head in ancestors(pronoun):
        if head == verb:
            return True
        subj = _own_subject(head)
        if subj is not None and subj.i != pronoun.i and (subj.pos_ == "PROPN" or subj.ent_type_):
            return False
    return False


class ArticleResolver:
    """Resolves mentions to speakers, paragraph by paragraph, in document order.

    It remembers who was credited in each sentence, so that "he explained" finds the speaker
    of the sentence before, and what each pronoun resolved to, so that chains hold.
    """

    def __init__(
        self,
        docs: list[Doc],
        quote_ranges: list[list[tuple[int, int]]],
        index: NameIndex,
        *,
        antecedent_paragraphs: int = 4,
    ) -> None:
        self.docs = docs
        self.quote_ranges = quote_ranges
        self.index = index
        self.back = antecedent_paragraphs
        self.credited: dict[tuple[int, int], list[tuple[int, Speaker]]] = {}
        self.genders: dict[str, str] = gender_votes(docs, quote_ranges, index)
        self._sents = [[(s.start_char, s.end_char, s) for s in sentences(d)] for d in docs]
        self._starts = [[a for a, _, _ in sents] for sents in self._sents]

    def _sent_index(self, para: int, pos: int) -> int:
        k = bisect.bisect_right(self._starts[para], pos) - 1
        return min(max(0, k), max(0, len(self._sents[para]) - 1))

    def note(self, para: int, pos: int, speaker: Speaker) -> None:
        """Record that ``speaker`` was credited at ``pos`` (their sentence becomes an antecedent)."""
        if speaker.name:
            self.credited.setdefault((para, self._sent_index(para, pos)), []).append((pos, speaker))

    def resolve(self, para: int, mention: Mention | None) -> Speaker:
        if mention is None:
            return UNKNOWN
        if mention.kind == "relative":
            return self.resolve(para, mention.antecedent)
        if mention.kind == "pronoun":
            return self._pronoun(para, mention)
        full = (
            self.index.lookup(mention.text)
            if mention.kind == "organization" and not mention.text.lower().startswith("the ")
            else None
        )
        if full is not None and full != mention.text:
            # A surname the entity recogniser took for an organisation: "Rubio said" (but
            # "The Hill reported" is the paper, whoever else is called Hill).
            return Speaker(full, "person", mention.role or self.index.role(full))
        if mention.kind == "organization":
            name = re.sub(r"^(?i:the)\s+", "", mention.text).strip()
            return Speaker(name or mention.text, "organization", None)
        if mention.kind == "name" and looks_like_person_name(mention.text):
            full = self.index.full_name(mention.text)
            return Speaker(full, "person", mention.role or self.index.role(full))
        if mention.kind == "name":
            return Speaker(mention.text, "organization", mention.role)
        full = self.index.lookup(mention.text) if looks_like_person_name(mention.text) else None
        if full is not None:
            return Speaker(full, "person", self.index.role(full))  # a headline's "Pence:"
        return Speaker(mention.text, "unnamed", None)

    def _person_from_token(self, tok: Token) -> Speaker | None:
        ent = _entity_of(tok)
        if ent is not None and ent.label_ == "PERSON":
            full = self.index.full_name(ent.text)
            return Speaker(full, "person", self.index.role(full))
        untagged = not is_tagged(tok.doc)
        if (untagged or tok.pos_ in ("PROPN", "NOUN")) and tok.text[:1].isupper():
            # A surname the recogniser tagged otherwise ("Rubio" as ORG) but the article names.
            full = self.index.lookup(tok.text)
            if full is not None and full != tok.text:
                return Speaker(full, "person", self.index.role(full))
        return None

    def _pronoun(self, para: int, mention: Mention) -> Speaker:
        low = mention.text.lower()
        if low not in PERSON_PRONOUNS:
            return Speaker(None, "unknown", None)
        gender = PERSON_PRONOUNS[low]
        found = self._antecedent(para, mention.start, gender)
        if found is None:
            return Speaker(None, "unknown", None)
        self.genders.setdefault(found.name, gender)
        return found

    def _fits(self, speaker: Speaker | None, gender: str) -> bool:
        return (
            speaker is not None
            and speaker.type == "person"
            and speaker.name is not None
            and self.genders.get(speaker.name, gender) == gender
        )

    def _antecedent(self, para: int, pos: int, gender: str) -> Speaker | None:
        ranges = self.quote_ranges[para]
        si = self._sent_index(para, pos)
        sent = self._sents[para][si][2]
        # The same sentence, before the pronoun: "Despite Rubio’s warnings, he called …"
        same = [t for t in sent if t.idx < pos and not _inside(t.idx, ranges)]
        # Who the article is known to call so goes first here: "Christie described Clinton as
        # a “disgrace” after she blamed …" is Clinton when she is "she" elsewhere.
        fitting = [
            c
            for c in chain(
                (spk for _, spk in reversed(self.credited.get((para, si), []))),
                (self._person_from_token(t) for t in reversed(same)),
            )
            if self._fits(c, gender)
        ]
        known = [c for c in fitting if self.genders.get(c.name) == gender]
        if known or fitting:
            return (known or fitting)[0]
        unknown: Speaker | None = None
        p, k = para, si - 1
        while p >= 0 and para - p <= self.back:
            if k < 0:
                p -= 1
                if p < 0:
                    break
                k = len(self._sents[p]) - 1
                continue
            sent = self._sents[p][k][2]
            rng = self.quote_ranges[p]
            words = [t for t in sent if not _inside(t.idx, rng)]
            subjects = [t for t in words if t.dep_ in ("nsubj", "nsubjpass")]
            # The speaker credited last goes first here, whatever else the article knows:
            # "…, with Marco Rubio warning: “…” / He added …" is Rubio even after Putin.
            for found in (s for _, s in reversed(self.credited.get((p, k), []))):
                if self._fits(found, gender) and (unknown is None or self.genders.get(found.name) == gender):
                    return found
            for found in (self._person_from_token(t) for t in subjects + words):
                if not self._fits(found, gender):
                    continue
                if self.genders.get(found.name) == gender:
                    return found
                # Merely named, and never called "she" or "he": a fit, but a weak one. Someone
                # the article does call so, a little further back, is the better antecedent
                # ("Clinton said she … Trump spoke … “…,” she said" is Clinton).
                unknown = unknown or found
            k -= 1
        return unknown

"""Where a claim's clause is when the parse does not say it plainly: a clause the parser hung
above the cue or on a noun after it, the words before a final "police said", a two-apostrophe
quotation running on, a clause that says when rather than what, whom a request addresses. (Where
a second cue starts another claim is in ``claim_ends``.)"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quote_miner.attribution.claim_lexicon import (
    ADDRESSING_PREPS,
    AUDIENCE_NOUNS,
    SUBORDINATORS,
    WRITERS_LINKS,
)
from quote_miner.attribution.lexicon import (
    AUDIENCE_VERBS,
    JUDGING_LEMMAS,
)
from quote_miner.attribution.mentions import is_cue
from quote_miner.attribution.sources import is_source
from quote_miner.attribution.syntax import (
    FINITE_TAGS,
    ancestors,
    has_child,
    own_subject,
    sentence_span,
    span_of,
)
from quote_miner.cues import SPEECH_LEMMAS, cue_lemma

# Tags a clause cannot end on: possessive, determiner, preposition, conjunction, "to".
DANGLING_TAGS = frozenset({"POS", "DT", "IN", "CC", "TO", "PRP$"})


def subordinate(verb: Token) -> bool:
    """A cue in a clause of its own inside the sentence ("when she said", "the deal, which he
    signed"), or in a comparison ("a deficit larger than she promised"): the rest of the
    sentence is not what it reports."""
    return any(
        c.dep_ in ("mark", "advmod") and (c.lower_ in SUBORDINATORS or c.lower_ == "than")
        for c in verb.children
    ) or (verb.dep_ in ("relcl", "acl") and verb.head.i < verb.i)


# A day at the end of what someone urged or vowed is the day they said it: "urged the EU to
# mount … aid on Thursday" (what is urged lies ahead; Thursday is when it was urged).
DAY_OF_THE_CUE_RE = re.compile(
    r"(?:,?\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"last\s+week|this\s+week|earlier\s+this\s+week))\s*$",
    re.I,
)


def without_day_of_the_cue(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    m = DAY_OF_THE_CUE_RE.search(text, s, e)
    return (s, m.start()) if m and m.start() > s else span


def clause_above(verb: Token, sent: Span) -> tuple[int, int] | None:
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
        return span_of([t for t in head.subtree if t.i > mark.i and t.i < sent.end])
    return None


def goes_on_after(verb: Token, sent: Span) -> bool:
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
    if rest and rest[0].lower_ in WRITERS_LINKS:
        return False  # the writer's own clause after the cue: "…, the company said, as demand fell"
    if (
        rest
        and rest[0].tag_ == "VBG"
        and rest[0].head == verb
        and rest[0].dep_ == "advcl"
        and rest[0].doc[rest[0].i - 1].text == ","
    ):
        return False  # the speaker's participle: "…, Lecce announced Sunday, saying students are …"
    if rest and rest[0].dep_ == "cc" and rest[0].head == verb:
        more = next((c for c in verb.children if c.dep_ == "conj" and c.i > rest[0].i), None)
        # (not the quotation going on: "…,'' she continued, ''and what I am proposing is …")
        quoted = any(t.is_quote or t.text == "''" for t in sent if own_end < t.i <= rest[0].i)
        if (
            more is not None
            and not quoted
            and not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for k in more.children)
        ):
            return False  # the speaker's next act: "…, he added, but would not elaborate"
    return len(rest) >= 4 and any(t.dep_ in ("conj", "cc") for t in rest)


def clause_before_final_cue(cue: Token, sent: Span) -> tuple[int, int] | None:
    """The words before ", police said." when the cue and its own words end the sentence."""
    doc = cue.doc
    subj = own_subject(cue)
    if subj is None or subj.i > cue.i or subj.i == sent.start:
        return None
    first = min(t.i for t in subj.subtree)
    comma = doc[first - 1] if first - 1 >= sent.start else None
    if comma is None or comma.text != ",":
        return None
    # (and the writer's context set off after it: "…, the minister announced Thursday, as
    # several small hospitals have been forced to close", or a participle: "…, researchers
    # reported Wednesday, raising new questions about …")
    context = {
        t.i
        for c in cue.children
        if c.dep_ == "advcl"
        and c.i > cue.i
        and doc[c.left_edge.i - 1].text == ","
        and (
            any(k.dep_ == "mark" and k.lower_ in WRITERS_LINKS for k in c.children)
            or c.tag_ == "VBG"
            and c.left_edge == c
        )
        for t in c.subtree
    }
    for t in doc[cue.i + 1 : sent.end]:
        if t.is_punct or t.i in context:
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
    words = list(doc[sent.start : comma.i])
    return span_of(words) if _main_clause(words) else None


def _main_clause(words: list[Token]) -> bool:
    """Whether the words before ", X said" make a clause that can be said: a finite verb, not
    a time ("In July, …"), a participle ("Speaking to students …, …") or a subordinate clause
    ("Because Congress cut funding …, …", "But when Congress cut funding …, Mexico said enough")."""
    inside = {t.i for t in words}
    for verb in (t for t in words if t.pos_ in ("VERB", "AUX")):
        finite = verb.tag_ in FINITE_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
        )
        top = verb.head.i not in inside or verb.head == verb or verb.dep_ in ("ccomp", "conj")
        if finite and top and not any(c.dep_ == "mark" for c in verb.children) and not subordinate(verb):
            return True
    return False


def run_on(span: tuple[int, int], sent: Span, following: list[Span]) -> tuple[int, int]:
    s, e = span
    if "''" not in sent.text:
        return span
    for nxt in following:
        if not nxt.text.lstrip().startswith("''"):
            break
        inner = sentence_span(nxt)
        if inner:
            e = inner[1]
    return s, e


# What opens a clause about when or why something was said, not what.
TIME_AND_CAUSE_MARKS = SUBORDINATORS - {"if"} | {"as"}


def others_words(clause: Token, cue: Token) -> bool:
    """A clause after the cue that names what someone else called a thing: "rejected [what their
    leaders called an 'insulting' offer]" is the leaders' evaluation, not the members'. Not
    "condemned what he called a “brazen breach”", his own; nor "said what he wanted was peace",
    where "what" opens the subject of a clause. (Other clauses that name a thing, "know what
    you mean", PolNeAR annotates as content, and they stay.)"""
    opens = clause.doc[clause.left_edge.i]
    if (
        clause.i < cue.i
        or opens.lower_ not in ("what", "whatever")
        or opens.head != clause
        or opens.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr", "dative")
    ):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return cue_lemma(clause.text) in JUDGING_LEMMAS and subject is not None and subject.tag_ != "PRP"


def about_the_saying(clause: Token) -> bool:
    """A clause the parser hung on the cue that says when or how, not what: "said before he
    died", "“…,” Rivard said, her voice breaking" (a participle with no subject of its own, set
    off by a comma)."""
    opening = clause.left_edge
    if opening.dep_ == "mark" and opening.head == clause and opening.lower_ in TIME_AND_CAUSE_MARKS:
        return True
    return (
        clause.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and opening.i > 0
        and clause.doc[opening.i - 1].text == ","
    )


def called_on(cue: Token, comp: Token) -> bool:
    """ "called on Congress to …", "called for the president to resign", "called to ban …" (a
    request), not "called Sanders to congratulate him" (a telephone call)."""
    return any(c.dep_ == "prep" and c.lower_ in ADDRESSING_PREPS for c in cue.children) or not any(
        c.dep_ == "dobj" and c.i < comp.i for c in cue.children
    )


def addressees(cue: Token, comp: Token) -> list[Token]:
    """Whom a directive addresses, before its infinitive: "urged the EU to …", "called on
    Congress to …", "called for the coalition to …"."""
    found = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]  # "called for X to resign"
    for c in cue.children:
        if not cue.i < c.i < comp.i:
            continue  # (not "On Sunday, …")
        if c.dep_ in ("dobj", "dative"):
            found.append(c)
        elif c.dep_ in ("prep", "prt") and c.lower_ in ADDRESSING_PREPS:
            # (not a day: "vowed on Monday to press ahead")
            found.extend(g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"))
    return found


def joined_without_comma(conj: Token, last: Token) -> bool:
    """A clause the parser hung on the cue, joined to the content by "and" with no comma and
    no cue of its own: "Voters said the mayor has no plan and it's time for a change" — the
    content goes on."""
    cc = conj.doc[last.i + 1] if last.i + 1 < len(conj.doc) else None
    k = last.i
    while k > 0 and conj.doc[k].is_quote:
        k -= 1  # a comma inside the closing mark is a comma: "the plan was “dead,” and …"
    return (
        cc is not None
        and conj.doc[k].text != ","
        and cc.dep_ == "cc"
        and cc.lower_ in ("and", "or")
        and cc.head.i == conj.head.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        and not is_cue(conj, belief=True)
    )


def that_read_as_a_determiner(conj: Token) -> bool:
    """ "…, and that council needed clear numbers": the complementiser the tagger took for the
    subject's determiner, right after "and" (after "but" it points back as often: "…, but that
    pattern is simply a correlation")."""
    first = conj.left_edge
    return (
        first.lower_ == "that"
        and first.dep_ == "det"
        and first.i > 0
        and conj.doc[first.i - 1].lower_ == "and"
    )


def content_start(cue: Token, clause: Token) -> Token | None:
    """The clause's subject, when the parser took the cue's own time or place into the clause
    right after the cue: "said on Tuesday he was ready", "said after the vote the council had
    erred", "said only that …" — the content begins at the subject (../shared/gold/CLAIMS.md:
    time adjuncts of the cue stay out). None when nothing of the cue's stands before the subject."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    start = clause.left_edge.i
    if subject is None or start != cue.i + 1 or subject.left_edge.i <= start:
        return None
    lead = [c for c in clause.children if c.i < subject.left_edge.i]
    # (also an adverb of the cue's before "that": "said only that the matter was under review")
    that = next((c for c in lead if c.dep_ == "mark" and c.lower_ == "that"), None)
    allowed = ("prep", "npadvmod") if that is None else ("prep", "npadvmod", "advmod", "mark")
    if not lead or any(c.dep_ not in allowed or that is not None and c.i > that.i for c in lead):
        return None  # (what follows "that" is the content's own: "that in 2000 it would …")
    if that is not None and subject.left_edge.i != that.i + 1:
        return None
    covered = {t.i for c in lead for t in c.subtree}
    if any(i not in covered for i in range(start, subject.left_edge.i)):
        return None
    return subject


def audience_before(cue: Token, subject_words: list[Token]) -> int | None:
    """Where the listeners of "told" end, when the parser ran them into the subject of what was
    told ("told [reporters] salt trucks would be out", "told [CBC News] the plan"): the index of
    their last word, or None when the cue has its own object or nothing plainly names listeners."""
    if cue_lemma(cue.text) != "tell" or any(c.dep_ in ("dobj", "dative") for c in cue.children):
        return None
    if not subject_words or subject_words[0].i != cue.i + 1:
        return None
    doc = cue.doc
    i = cue.i + 1
    if doc[i].pos_ in ("DET", "PRON") and doc[i].dep_ in ("det", "poss"):
        i += 1
    end = None
    if doc[i].pos_ == "PROPN":
        while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
            i += 1
        end = i
    elif doc[i].lower_ in AUDIENCE_NOUNS:
        end = i
    if end is None:
        return None
    rest = [t for t in subject_words if t.i > end]
    # (what is left must still open a clause with a noun of its own: "salt trucks would be out")
    if len(rest) < 3 or rest[0].pos_ not in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON"):
        return None
    return end


def acts_on_an_object(verb: Token) -> bool:
    """A cue with a thing of its own as object ("declared war", "would assume office") reports no
    clause before it; one that names whom it addressed ("told reporters") may."""
    if verb.lower_ in AUDIENCE_VERBS:
        return False  # "told an audience at the Brookings Institution"
    doc = verb.doc
    # (one believes to no one: "assume office" is taking it, whatever "office" can name)
    addressed = cue_lemma(verb.text) in SPEECH_LEMMAS
    # (not words after a colon, which the parser may take for the object: "…, insiders said:
    # Trump's overwhelming lead in the polls, …")
    return any(
        c.dep_ == "dobj"
        and c.i > verb.i
        and c.pos_ == "NOUN"
        and not (addressed and is_source(c))
        and not any(t.is_punct for t in doc[verb.i + 1 : c.left_edge.i])
        for c in verb.children
    )


def ease_of_doing(clause: Token) -> bool:
    """ "(will find) it difficult to repeat his attacks": how hard a thing is to do for the
    subject, no judgement reported (unlike "found it outrageous that …")."""
    return (
        clause.tag_ in ("JJ", "JJR")
        and has_child(clause, "nsubj", "it")
        and any(c.dep_ in ("xcomp", "advcl") and has_child(c, "aux", "to") for c in clause.children)
    )


def verb_read_as_noun(tok: Token) -> bool:
    """A cue in the present tense the tagger took for a noun, which the parser still gave a
    subject and a clause: "But Trump claims that he should be the exception", or made the head
    of its subject, with the clause hung on it: "RCMP allege that Doucette used a fake company"."""
    return read_as_noun_subject(tok) is not None


def read_as_noun_subject(tok: Token) -> Token | None:
    """The subject of a cue the tagger took for a noun (``verb_read_as_noun``), or None."""
    if tok.tag_ not in ("NNS", "NN") or cue_lemma(tok.text) not in SPEECH_LEMMAS:
        return None
    if tok.tag_ == "NNS":
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        clause = any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
        return subject if clause else None
    # (a base form: "allege", "say"; its subject a name or a plural right before it)
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head != tok or before.tag_ not in ("NNP", "NNS"):
        return None
    that_clause = any(
        c.dep_ in ("ccomp", "relcl")
        and c.i > tok.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in tok.children
    )
    return before if that_clause else None


def frames_a_quotation(clause: Token) -> bool:
    """A speech verb with a subject of its own, opening its clause right after a quotation that
    ends on a comma, a question or an exclamation: "“You winning?” she said, but …" (the frame
    of that quotation, not words another cue later in the sentence reports)."""
    subject = own_subject(clause)
    left = clause.left_edge
    if not is_cue(clause) or subject is None or subject != left or left.i < 2:
        return False
    doc = clause.doc
    return doc[left.i - 1].is_quote and doc[left.i - 2].text in (",", "?", "!")


def up_to_a_gap(words: list[Token], clause: Token) -> list[Token]:
    """The clause's words up to the first word after its verb that is another's: "said Trump is
    responsible for what happens at his events and accused him of “inciting …, that I think is
    very dangerous”" ends at "events" though the parser hung the last clause on "is"."""
    words = sorted(words, key=lambda t: t.i)  # (a subtree is walked, not ordered, when arcs cross)
    for k in range(1, len(words)):
        skipped = words[k - 1].doc[words[k - 1].i + 1 : words[k].i]
        if words[k - 1].i >= clause.i and any(not (t.is_punct or t.is_space) for t in skipped):
            return words[:k]
    return words

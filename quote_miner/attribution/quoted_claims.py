"""A claim against the quotations in and around it: a quoted fragment stays in the claim, a
quotation that carries most of it is the record itself, a quoted last conjunct is the
quotation's, and words that only lead into a quotation are no claim of their own."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quote_miner.attribution.claim_lexicon import (
    CONDITION_OPENERS,
    COPULAS,
)
from quote_miner.attribution.mentions import is_cue
from quote_miner.attribution.syntax import doc_text, in_ranges, tokens_between


def leads_into_quote(doc: Doc, s: int, e: int, cue: Token, quote_ranges) -> bool:
    """Words without a verb of their own that run up to a quotation in the same
    sentence lead into it ("In past campaigns, “we felt …”", "…, said on CBS's ''Face the
    Nation''"); they are no claim of their own."""
    text = doc_text(doc)
    k = e
    while k < len(text) and text[k] in " ,\u00a0":
        k += 1
    if not any(0 <= open_ - k <= 2 for open_, _ in quote_ranges):
        return False
    words = tokens_between(doc, s, e)
    # (not a participle set off after the content: "… the book titled “…,” explaining, “…”")
    if (
        len(words) > 1
        and is_cue(words[-1], belief=True)
        and not words[-2].is_punct
        and any(c in ",:" for c in text[e:k])
    ):
        return True  # "Lynch said she recalled thinking, “…”": the quotation is what she thought
    return not any(
        (t.tag_.startswith("VB") or t.tag_ == "MD") and t != cue for t in tokens_between(doc, s, e)
    )


# A quoted fragment inside a claim stays in it (the claim ends at its closing mark when the
# fragment ends it); a longer quotation that completes the content is the record itself.
FRAGMENT_MAX_WORDS = 12


# ", which he called “…”": the quotation has a frame of its own, and the claim stops before it.
RELATIVE_FRAME_RE = re.compile(r",\s*(?:which|who|whom|what|as)\b")


# A claim whose words are mostly the speaker's own quoted words is reported as those quotes.
MAX_QUOTED_SHARE = 1 / 3


# The fewest words a claim goes on with after its last quotation for the quotation to be a
# phrase inside the writer's clause ("… “a substantial likelihood” of reoffending").
WORDS_AFTER_AN_INNER_QUOTATION = 2


def _quotation_inside_own_clause(doc: Doc, s: int, e: int, quote_ranges) -> bool:
    """Whether the quotations are phrases of a clause in the writer's words: its own verb
    stands outside them, and words of its own follow the last one or outnumber the quoted.
    "Marchetti posed “a substantial likelihood” of reoffending", "Ottawa would not hit its goal
    of 3.87 million homes by 2031 without “a fundamental change in how we build”" are claims
    (CLAIMS.md: "the situation is “difficult.”"); in "Democrats were “more interested in a
    campaign message than a law”" the quotation carries the claim and is the record."""
    text = doc_text(doc)
    last = max((b for a, b in quote_ranges if s <= a < e), default=None)
    after = text[last:e] if last is not None else ""
    if re.match(r"\s*[—–(;]", after):
        return False  # the writer's aside after it: "Bush is “not smart enough to win” — and more"
    quoted = sum(
        len(re.findall(r"\w+", text[max(a, s) : min(b, e)])) for a, b in quote_ranges if a < e and b > s
    )
    own = len(re.findall(r"\w+", text[s:e])) - quoted
    # the content's head, the first of its words hung outside it ("touted her husband's record
    # —“…”— and promised …" is a noun object, with a verb of the cue's after it)
    head = next((t for t in tokens_between(doc, s, e) if not s <= t.head.idx < e or t.head == t), None)
    if head is None or not head.tag_.startswith("VB") or head.dep_ in ("aux", "auxpass"):
        return False
    if in_ranges(head.idx, quote_ranges):
        return False
    if len(re.findall(r"\w+", after)) >= WORDS_AFTER_AN_INNER_QUOTATION:
        return True
    # ending on the quotation: the writer's words must carry the clause, "be" with a quoted
    # complement ("it was “deeply disappointed”") is the quotation's, and a quoted last conjunct
    # is left to _before_a_closing_conjunct ("… but that Israel had “added new conditions …”")
    opening = min((a for a, b in quote_ranges if s <= a < e), default=e)
    coordinated = re.search(r"\b(?:and|but)\b", text[s:opening]) is not None
    return own >= quoted and head.lower_ not in COPULAS and not coordinated


def quote_bounds(doc: Doc, s: int, e: int, quote_ranges, *, target: bool = False) -> tuple[int, int] | None:
    """The claim's span against the quotations in it, or None when it is a quotation's. With
    ``target``, the content is an evaluation of a target the writer names: "called the study
    “well designed”" is a claim however much of it is quoted (CLAIMS.md)."""
    text = doc_text(doc)
    if in_ranges(s, quote_ranges):
        return None  # the claim is the quotation itself
    inside = next(((a, b) for a, b in quote_ranges if a <= e - 1 < b), None)
    if inside is not None:
        a, b = inside
        if text[s:a].rstrip(" \"“‘'").endswith((".", "!", "?")) and len(text[a:b].split()) > 2:
            # a quotation that opens a sentence of its own the tokenizer did not end ("… by 10
            # p.m. “We had nowhere to send them,” said …"): the cue frames it, not the words before
            return None
        comma = text.rfind(",", s, a)
        framed = comma > s and RELATIVE_FRAME_RE.match(text, comma) is not None
        if (target or len(text[a:b].split()) <= FRAGMENT_MAX_WORDS) and not framed:
            e = b
        else:
            cut = _cut_before_frame(text, s, a)
            if cut is None:
                return None
            s, e = cut
    before = text[max(0, s - 12) : s].split()
    subordinate = any(w.lower() in CONDITION_OPENERS for w in [*before[-1:], *text[s:e].split()[:1]])
    for a, b in quote_ranges:
        if s < a and b < e and text[b - 2 : b - 1] == "," and len(text[b:e].split()) >= 2 and not subordinate:
            # words quoted up to a comma end what was said: "said the plan was “dead,” and
            # others disagreed" (the parser took the next clause in); not when the content
            # opens with a clause of condition or time, whose main clause follows: "unless
            # there is a breakthrough “very soon,” Trump would have to decide …"
            e = b
            break
    words = len(text[s:e].split())
    quoted = sum(len(text[max(a, s) : min(b, e)].split()) for a, b in quote_ranges if a < e and b > s)
    own_words = _goes_on_in_own_words(text, s, e, quote_ranges)
    if (
        quoted > MAX_QUOTED_SHARE * words
        and not target
        and not own_words
        and not _quotation_inside_own_clause(doc, s, e, quote_ranges)
    ):
        return _before_a_closing_conjunct(text, s, e, quote_ranges) or _after_an_opening_conjunct(
            text, s, e, quote_ranges
        )
    return s, e


# The least a conjunct after a quotation needs to carry the claim in the writer's words.
OWN_WORDS_CONJUNCT_WORDS = 4


def _goes_on_in_own_words(text: str, s: int, e: int, quote_ranges) -> bool:
    """ "said it “takes all maintenance requests seriously” and would defend itself in court":
    a claim whose last conjunct is the writer's own words is a claim, quotation and all."""
    last = max((b for a, b in quote_ranges if s <= a < e and b <= e), default=None)
    if last is None:
        return False
    m = re.match(r"[\s,]*(?:and|but)\s+(?!that\b)", text[last:e])  # ("and that P": P alone)
    return m is not None and len(text[last + m.end() : e].split()) >= OWN_WORDS_CONJUNCT_WORDS


# The least a clause before "and “…”" needs to stand as a claim of its own.
CLAIM_BEFORE_QUOTED_CONJUNCT_WORDS = 6
# ... and the most words the quoted conjunct may open with before its quotation ("that Israel had").
QUOTED_CONJUNCT_LEAD_WORDS = 4


def _before_a_closing_conjunct(text: str, s: int, e: int, quote_ranges) -> tuple[int, int] | None:
    """A claim whose last conjunct is quoted stops before it: "said the authority has hired 900
    nurses and “expects most departments to remain open.”" is the hiring; the rest is the
    quotation's."""
    last = next(((a, b) for a, b in quote_ranges if s < a and b >= e), None)
    if last is None:
        return None
    # (the quoted conjunct may open on a clause's first words: "… but that Israel had “added …”",
    # "… but said “the question is …”"; not "17 and 20, “…”", "Trump and others “do nothing …”")
    m = next(
        (
            m
            for m in reversed(list(re.finditer(r"[\s,]+(?:and|but)\s+", text[s : last[0]])))
            if _opens_a_clause(text[s + m.end() : last[0]].split())
        ),
        None,
    )
    end = s + m.start() if m is not None else s
    if len(text[s:end].split()) < CLAIM_BEFORE_QUOTED_CONJUNCT_WORDS or any(
        a < end and b > s for a, b in quote_ranges
    ):
        return None  # (its own words, not another quotation: "Guns are “…” and “…”")
    return s, end


def _after_an_opening_conjunct(text: str, s: int, e: int, quote_ranges) -> tuple[int, int] | None:
    """A claim whose first conjunct is mostly quoted goes on in its last, in the writer's words:
    "said that processed foods “play an important role in a healthy diet” and that the study
    relied on self-reported data" is the study's data; the rest is the quotation's."""
    last = max((b for a, b in quote_ranges if s <= a < e), default=None)
    if last is None:
        return None
    m = re.search(r"[\s,]+(?:and|but)\s+that\s+", text[last:e])
    if m is None:
        return None
    start = last + m.end()
    # ("and that" opens a clause by itself: "… and that service levels would be protected")
    if len(text[start:e].split()) < OWN_WORDS_CONJUNCT_WORDS or any(
        a < e and b > start for a, b in quote_ranges
    ):
        return None
    return start, e


# Words a quoted conjunct's lead ends on when it is a clause: an auxiliary or a speech verb.
CLAUSE_LEAD_ENDINGS = frozenset(
    "had has have was were is are would will could should said says added".split()
)


def _opens_a_clause(lead: list[str]) -> bool:
    """Whether the words between "and"/"but" and a quotation open a clause ("that Israel had",
    "said"), or there are none."""
    if not lead:
        return True  # "and “…”"
    if len(lead) > QUOTED_CONJUNCT_LEAD_WORDS:
        return False
    return lead[0].lower() == "that" or lead[-1].lower() in CLAUSE_LEAD_ENDINGS


def _cut_before_frame(text: str, s: int, mark: int) -> tuple[int, int] | None:
    """A claim that runs into a quotation framed by a clause of its own stops before that
    clause: "said he has supported legislation …, which he called “a cartel”"."""
    comma = text.rfind(",", s, mark)
    if comma <= s or len(text[comma:mark].split()) > 6:
        return None
    end = comma
    while end > s and (text[end - 1].isspace() or text[end - 1] in ",;:—–-("):
        end -= 1
    if len(text[s:end].split()) < 3:
        return None
    return s, end

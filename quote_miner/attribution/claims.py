"""Claims (kind ``indirect``): the proposition a speech or belief verb, a stance noun or
"according to" attributes, with its holder."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.lexicon import PLAIN_VERBS, STANCE_ADJECTIVES, STANCE_PREPS, TOPIC_PREPS
from quote_miner.attribution.mentions import (
    Attribution,
    is_cue,
    is_vague,
    mention_for,
    speaker_token_for_cue,
    speaks_with_particle,
)
from quote_miner.attribution.syntax import (
    ancestors,
    doc_text,
    in_ranges,
    own_subject,
    sentence_span,
    sentences,
    span_of,
)
from quote_miner.quotes import (
    BELIEF_LEMMAS,
    INTENT_LEMMAS,
    JUDGEMENT_LEMMAS,
    OBJECT_LEMMAS,
    PREP_CLAIMS,
    SPEECH_LEMMAS,
    STANCE_NOUNS,
    cue_lemma,
)
from quote_miner.settings import CONFIDENCE as CONF

# --- indirect claims --------------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    attribution: Attribution


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
            if in_ranges(tok.idx, quote_ranges):
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
            if words and sum(in_ranges(t.idx, quote_ranges) for t in words) > len(words) * 0.5:
                continue
            if in_ranges(s, quote_ranges) != in_ranges(e - 1, quote_ranges):
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


def _cut_before_quote(text: str, s: int, e: int, quote_ranges) -> tuple[int, int] | None:
    if in_ranges(s, quote_ranges):
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
        holder = own_subject(noun.head)  # "Sanders voiced concerns about …"
    if holder is None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        holder = own_subject(noun.head.head)  # "She peppered him with attacks on …"
    if holder is None or is_vague(holder) or holder.lower_ in ("its", "their", "our", "your", "my"):
        return None
    span = span_of(list(target.subtree))
    if span is None or in_ranges(span[0], quote_ranges) or in_ranges(span[1] - 1, quote_ranges):
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
    rest = [
        t for t in sent if (t.i < lo or t.i > hi) and not t.is_punct and not in_ranges(t.idx, quote_ranges)
    ]
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
            span = sentence_span(sent)
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
            span = span_of(words)
            if span:
                # A quotation in the two-apostrophe style runs on into the next sentences.
                span = _run_on(span, sent, following)
                return span, CONF.claim_speech_quoted if speech else CONF.claim_quoted
        # (also "…, a USA TODAY analysis of the reports shows.", "…, the study found.")
        doc = tok.doc
        frames_quote = any(in_ranges(t.idx, quote_ranges) for t in doc[tok.i + 1 : tok.i + 4])
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
                span = sentence_span(sent)
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
            span = span_of(list(comp.subtree))
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
                span = span_of(sorted(words, key=lambda t: t.i))
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
                span = span_of(list(obj.subtree))
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
                    span = span_of(list(target.subtree))
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
        return span_of([t for t in head.subtree if t.i > mark.i and t.i < sent.end])
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
    subj = own_subject(cue)
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
    return span_of(list(doc[sent.start : comma.i]))


def _named_subject(verb: Token) -> bool:
    subj = own_subject(verb)
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
        inner = sentence_span(nxt)
        if inner:
            e = inner[1]
    return s, e

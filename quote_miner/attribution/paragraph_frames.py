"""Who a quotation is credited to when its own sentence names no one: the paragraph before
ending in a colon, the paragraph that closes a quotation running on, the quotation before it,
the quotation opening the next paragraph, the next paragraph looking back at it, the person
named on both sides of it. extraction.py asks ``frame_elsewhere``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quote_miner.attribution.clues import name_opening
from quote_miner.attribution.colon_frames import attribute_intro
from quote_miner.attribution.frames import attribute_quote, reported_at_end
from quote_miner.attribution.interviews import interview_answer
from quote_miner.attribution.lexicon import LOOKING_BACK_RE
from quote_miner.attribution.mentions import Attribution, Mention
from quote_miner.attribution.syntax import doc_text
from quote_miner.clean import BODY
from quote_miner.cues import SPEECH_LEMMAS, cue_lemma
from quote_miner.quotes import SIGNATURE_RE, QuoteSpan
from quote_miner.settings import CONFIDENCE


def frame_elsewhere(
    i, span: QuoteSpan, kind: str, paras, docs, spans_by_para, ranges, last, settings
) -> tuple[Attribution | None, int]:
    """The attribution of the quotation ``span`` of paragraph ``i`` found outside its sentence,
    and the paragraph it stands in; the first of these, top to bottom, that finds someone:

    1. the paragraph before ends in a colon: "He said:" / "“We have …”";
    2. the quotation runs on, and the paragraph that closes it has its frame;
    3. the paragraph is quotation alone, and the next one signs it: “I went to Wall Street
       before the crash.” / - Clinton.  (a fact-checker's layout);
    4. the paragraph before, free of quotations, ends by reporting someone's words, and the
       quotation opens this one: "Carter said the region would not be abandoned." / "“That's
       because …”" (the writer gives the gist, then the words);
    5. it goes on from the quotation before it (``last``: its paragraph, attribution and the
       paragraph that attribution stands in), at most ``continuation_paragraphs`` back;
    6. the paragraph is quotation alone, and the quotation opening the next one has a frame;
    7. the paragraph is quotation alone, and the next one looks back at it: "That's how X put it";
    8. the paragraph is quotation alone, the answer to the question the paragraph before asks,
       in an interview set as questions and answers (see interviews.py);
    9. the paragraph is quotation alone between a paragraph that opens on a person's name and
       one, after the paragraphs it runs on into, that opens on that name again.
    """
    text = paras[i].text
    if kind == "direct" and i > 0 and text[: span.start].strip(" “\"'‘") == "":
        intro = attribute_intro(docs[i - 1], ranges[i - 1])
        if intro is not None:
            return intro, i - 1
    if span.runs_on:
        ahead = _frame_ahead(i, paras, docs, spans_by_para, ranges, settings, runs_on=True)
        if ahead is not None:
            return ahead
    if kind == "direct" and _only_quotations(text, spans_by_para[i]):
        signed = _signed_below(i, paras, docs)
        if signed is not None:
            return signed
    if kind == "direct" and i > 0 and not ranges[i - 1] and _opens_paragraph(text, span):
        reported = reported_at_end(docs[i - 1])
        if reported is not None and paras[i - 1].label == BODY:
            return reported, i - 1
    beat = i - 1 if last is not None and i - last[0] == 2 and _a_beat(docs[i - 1], ranges[i - 1]) else None
    if kind == "direct" and last is not None and (i - last[0] <= settings.continuation_paragraphs or beat):
        # (also past a beat between them: "“…,” he said. / He paused. / “But on a clear night …”")
        _, before, src_para = last
        return replace(
            before, method="continuation", confidence=min(before.confidence, CONFIDENCE.continuation)
        ), src_para
    if kind == "direct" and _only_quotations(text, spans_by_para[i]):
        ahead = _frame_ahead(i, paras, docs, spans_by_para, ranges, settings, runs_on=False)
        if ahead is not None:
            return ahead
    # (a dateline before it is blanked in the parser's text: "TORONTO — “I was one of these kids.”")
    if kind == "direct" and _only_quotations(doc_text(docs[i]), spans_by_para[i]):
        looked_back = _frame_looking_back(i, paras, docs)
        if looked_back is not None:
            return looked_back
    if kind == "direct" and _only_quotations(text, spans_by_para[i]):

        def alone(k: int) -> bool:
            return bool(spans_by_para.get(k)) and _only_quotations(paras[k].text, spans_by_para[k])

        answer = interview_answer(i, paras, docs, spans_by_para, alone)
        if answer is not None:
            return answer
        named = _named_around(i, paras, docs, spans_by_para, ranges)
        if named is not None:
            return named
    return None, i


def _named_around(i, paras, docs, spans_by_para, ranges) -> tuple[Attribution, int] | None:
    """The person the paragraph before a quotation alone brings in as its subject, when the
    paragraph after the quotation (and the paragraphs it runs on into) opens on that person
    again: "Maria Lopez was three hours into her shift when the water came in. / “It started as
    a trickle …” / “…” / Lopez, 41, has worked at St. Joseph's for 15 years."""
    if i == 0 or ranges[i - 1] or paras[i - 1].label != BODY:
        return None

    def _opens_on_quote(k: int) -> bool:
        return bool(spans_by_para.get(k)) and _opens_paragraph(paras[k].text, spans_by_para[k][0])

    # (by the words, which a paragraph free of speech has, left unparsed; not "The Toronto
    # Raptors lost …": a run of names opens on no small word)
    run = name_opening([t for t in docs[i - 1] if not t.is_space])
    if len(run) < 2:
        return None
    # (the first paragraph after the quotation and those it runs on into)
    after = next(
        (k for k in range(i + 1, len(paras)) if paras[k].label == BODY and not _opens_on_quote(k)), None
    )
    if after is None or after - i > 3:
        return None
    name = docs[i - 1][run[0].i : run[-1].i + 1]
    again = rf"(?:{re.escape(name.text)}|{re.escape(run[-1].text)})\b(?!['’])"
    if not re.match(again, paras[after].text.lstrip()):
        return None
    mention = Mention(name.start_char, name.end_char, name.text, "name")
    return Attribution(mention, None, "named around", CONFIDENCE.continuation, None), i - 1


# Whose a quotation was, after "That quote from": a run of capitalised words after at most five
# words of description ("from Alabama Securities Commissioner Thomas Krebs", "by coach Ida Brandt").
NAME_AFTER_NOUN_RE = re.compile(r"\s+(?:[a-z][\w.-]*\s+){0,5}?(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+)")
# Who: a run of capitalised words after at most five words of description, then the verb
# ("how former Toronto Raptors guard Jamal Carter described", "what coach Ida Brandt called").
NAME_AFTER_HOW_RE = re.compile(
    r"\s+(?:[\w.-]+\s+){0,5}?(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})"
    # (who they are may come between: "That was how Jenna Morrison, a nurse for nine years,
    # described a recent shift.")
    r"(?:,\s+[^,]{1,120},)?"
    r"\s+(?P<verb>[a-z]+ed|[a-z]+s|put|told|said|wrote|spoke|saw|sees)\b"
)


def _frame_looking_back(i, paras, docs) -> tuple[Attribution, int] | None:
    """The frame of a quotation alone in its paragraph set in the next one, which looks back
    at it: “I was one of these kids.” / That's how former guard Jamal Carter described himself."""
    j = i + 1
    if j >= len(paras) or paras[j].label != BODY:
        return None
    text = doc_text(docs[j])
    opening = LOOKING_BACK_RE.match(text.lstrip())
    if opening is None:
        return None
    offset = len(text) - len(text.lstrip()) + opening.end()
    noun = opening.group("noun")
    named = (NAME_AFTER_NOUN_RE if noun else NAME_AFTER_HOW_RE).match(text, offset)
    if named is None:
        return None
    mention = Mention(named.start("name"), named.end("name"), named.group("name"), "name")
    if noun:  # "That quote from coach Ida Brandt ran …": the noun is the cue
        cue_at = len(text) - len(text.lstrip()) + opening.start("noun")
        return Attribution(mention, noun, "looked back", CONFIDENCE.continuation, cue_at), j
    verb = named.group("verb")
    return Attribution(mention, verb, "looked back", CONFIDENCE.continuation, named.start("verb")), j


def _signed_below(i, paras, docs) -> tuple[Attribution, int] | None:
    """The name that signs a quotation alone in its paragraph from the paragraph right after."""
    j = i + 1
    if j >= len(paras) or paras[j].label != BODY:
        return None
    text = doc_text(docs[j])
    signature = SIGNATURE_RE.fullmatch(text)  # (quotes.signs_quotation kept it as body)
    if signature is None:
        return None
    # (a paragraph of a name alone is not parsed: the words are the mention)
    name, role = signature.group("name"), signature.group("role")
    mention = Mention(signature.start("name"), signature.end("name"), name, "name", role=role)
    return Attribution(mention, None, "signed", CONFIDENCE.trailer, None), j


def _frame_ahead(
    i, paras, docs, spans_by_para, ranges, settings, *, runs_on: bool
) -> tuple[Attribution, int] | None:
    """The frame of a quotation in paragraph ``i`` set in the paragraphs after it.

    ``runs_on``: the quotation runs on (writers close only a quotation's last paragraph and set
    its frame there: “We will build … / “Nobody will stop us,” he said.), so the paragraphs
    that reopen it are looked at, up to three. Otherwise the paragraph is a quotation alone
    and the next one opens with a quotation its own cue frames: “Not only can he win.” /
    “He may be the only one,” Viguerie notes.
    """
    j = i
    for _ in range(3 if runs_on else 1):
        j = next((k for k in range(j + 1, len(paras)) if paras[k].label == BODY), None)
        spans = spans_by_para.get(j, []) if j is not None else []
        if not spans:
            return None
        sp = spans[0]
        # (a quotation alone is framed only by the paragraph right after it: not across a
        # photo credit to the next reader's comment)
        if not (sp.continues if runs_on else j == i + 1 and _opens_paragraph(paras[j].text, sp)):
            return None
        att = attribute_quote(
            docs[j],
            sp.start,
            sp.end,
            ranges[j],
            partial=False,
            trailing_max_tokens=settings.trailing_cue_max_tokens,
        )
        if att is not None and (runs_on or att.method in ("cue", "trailer")):
            method = "runs on" if runs_on else "next quotation"
            return replace(att, method=method, confidence=min(att.confidence, CONFIDENCE.continuation)), j
        if not sp.runs_on:
            if runs_on and _only_quotations(paras[j].text, spans):
                # (the paragraph after the one closing it looks back at the whole: "… because I
                # knew I had missed things.” / That was how Jenna Morrison described a shift.)
                return _frame_looking_back(j, paras, docs)
            return None
    return None


def _opens_paragraph(text: str, span: QuoteSpan) -> bool:
    """Whether the quotation is the first thing in its paragraph."""
    return not text[: span.open_mark if span.open_mark is not None else span.start].strip()


def _only_quotations(text: str, spans: list[QuoteSpan]) -> bool:
    """Whether the paragraph holds nothing but its quotations (and their punctuation)."""
    rest = text
    for sp in spans:
        a = sp.open_mark if sp.open_mark is not None else sp.start
        b = sp.close_mark + 1 if sp.close_mark is not None else sp.end
        rest = rest[:a] + " " * (b - a) + rest[b:]
    return not re.sub(r"[\W_]", "", rest)


def _a_beat(doc, quote_ranges) -> bool:
    """A paragraph of one short sentence in which the speaker, called "he" or "she", does
    something between two quotations: "He paused.", "She shook her head." (no words of theirs)."""
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if quote_ranges or not words or len(words) > 8 or sum(t.text in ".!?" for t in doc) > 1:
        return False
    # (such a paragraph is often left unparsed: its words, the pronoun first and no speech verb)
    return words[0].lower_ in ("he", "she") and not any(cue_lemma(t.text) in SPEECH_LEMMAS for t in words)

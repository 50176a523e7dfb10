"""Quotation spans in a paragraph, and the cue words that introduce speech.

Marks are paired locally, paragraph by paragraph, so one stray mark costs at most its own
quote. Everything here is plain string work; attribution over the parse is in ``speakers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Speech and report verbs, matched by lemma. Attribution accepts any of them as a cue.
SPEECH_LEMMAS = frozenset(
    """say tell explain note warn write tweet add assert state confirm emphasize emphasise echo
    acknowledge insist commend announce argue claim declare describe call conclude admit comment
    report reply respond answer ask suggest stress observe recall remark predict promise vow
    pledge caution complain contend maintain deny reiterate repeat urge demand mention
    testify concede agree disagree post quip joke boast lament muse reveal disclose estimate
    allege charge counter retort continue tout praise criticize criticise blast slam accuse
    dismiss hail signal indicate express inform brief proclaim recount characterize
    characterise label dub term advise cite quote summarize summarise chime shout yell
    whisper exclaim cry mutter concur speculate threaten propose recommend instruct
    pronounce assure reassure remind tell told wonder predict counsel elaborate clarify
    specify underscore underline highlight stipulate affirm attest swear reckon opine posit
    theorize observe lecture boast brag scoff sneer snap rant rail decry denounce condemn
    applaud thank welcome rebut refute dispute question challenge concur explain acknowledge
    conclude chant read interject interrupt gush fume snipe tease taunt plead implore beg
    confide scold chide rebuke admonish berate grumble marvel gloat relay""".split()
)
# Verb + particle that speak: "shot back, “…”", "pointed out that …".
PHRASAL_SPEECH = frozenset(
    """shoot:back fire:back hit:back push:back point:out spell:out
    lay:out speak:out lash:out weigh:in chime:in sound:off put:it""".split()
)
# Verbs of belief and knowledge that report a claim without quotation marks.
BELIEF_LEMMAS = frozenset(
    """believe think feel expect hope fear worry know suspect doubt consider find learn
    understand assume reckon estimate figure guess realize realise recognize recognise show
    imagine contend see view want prefer decide discover""".split()
)
# Verbs that apply a quoted label or phrase to something: "likened the refugees to a “vicious
# snake”", "branded North Korea an “outlaw nation”", "rated the claim “false”". With one of
# these an institution, too, is credited with the words; other verbs need a person.
JUDGEMENT_LEMMAS = frozenset(
    """liken compare brand rate rank call dub label term nickname name describe characterize
    characterise portray paint cast frame depict deem judge consider regard refer
    reference invoke cite quote chant shout read headline title promise vow pledge
    attack mock deride ridicule lampoon lambaste blast slam pound hammer criticize criticise
    praise laud hail tout admire accuse blame charge condemn denounce decry dismiss reject warn
    predict find conclude rule declare""".split()
)
# Nouns that stand for an utterance: "her full comments were:", "in a statement".
SPEECH_NOUNS = frozenset(
    """comment comments statement statements remark remarks words interview tweet post response
    message letter testimony speech briefing release op-ed editorial column claim claims
    assertion description warning promise pledge phrase slogan headline quote""".split()
)

# Verbs whose infinitive states the claim: "vowed to repeal the law", "urged Congress to act".
INTENT_LEMMAS = frozenset(
    """vow promise pledge plan want intend urge ask call refuse decline threaten agree propose
    expect hope seek demand push aim offer insist encourage warn advise order instruct
    predict claim pretend""".split()
)
# Verbs whose object is what was said or judged: "cited the poll", "criticized the plan".
OBJECT_LEMMAS = frozenset(
    """cite question criticize criticise mention discuss endorse reject acknowledge praise attack
    blame defend support oppose describe dispute deny condemn denounce applaud welcome slam
    blast accuse charge highlight stress emphasize emphasise tout propose recommend announce
    confirm report reveal disclose predict estimate show indicate suggest express raise voice
    admit concede demand release unveil recount recall repeat reiterate echo characterize
    characterise dismiss hail ridicule mock challenge contest""".split()
)
# Verb + preposition whose object is the claim: "called for a ban", "warned of a crisis".
PREP_CLAIMS = frozenset(
    """call:for talk:about ask:about speak:about speak:of warn:of warn:about warn:against
    complain:about complain:of argue:for argue:against write:about comment:on testify:about
    worry:about joke:about boast:about brag:about rail:against push:for advocate:for
    lobby:for campaign:for campaign:against say:about say:of think:about know:about
    hear:about learn:about remark:on reflect:on elaborate:on express:concern insist:on
    criticize:for blame:for praise:for accuse:of charge:with refer:to respond:to reply:to
    point:to focus:on vote:for vote:against object:to agree:with side:with look:for
    speak:out""".split()
)
# The verbs of the two-word cues above, by themselves: "call" of "call:for", "point" of
# "point:out".
PREP_VERBS = frozenset(p.split(":")[0] for p in PREP_CLAIMS)
PHRASAL_VERBS = frozenset(p.split(":")[0] for p in PHRASAL_SPEECH)
# Every verb a cue or a claim can turn on, for spotting forms and mapping them to lemmas.
CUE_LEXICON = (
    SPEECH_LEMMAS
    | BELIEF_LEMMAS
    | INTENT_LEMMAS
    | OBJECT_LEMMAS
    | JUDGEMENT_LEMMAS
    | PREP_VERBS
    | PHRASAL_VERBS
)
# Nouns that carry a position, with the word that introduces what it is about: "his attacks on
# Clinton", "questions about the foundation", "her plan to raise taxes".
STANCE_NOUNS = {
    "attack": "on against",
    "attacks": "on against",
    "question": "about over",
    "questions": "about over",
    "support": "for of",
    "opposition": "to",
    "criticism": "of",
    "criticisms": "of",
    "critique": "of",
    "endorsement": "of",
    "call": "for",
    "calls": "for",
    "comment": "about on",
    "comments": "about on",
    "concern": "about over",
    "concerns": "about over",
    "view": "of on",
    "views": "of on",
    "position": "on",
    "positions": "on",
    "response": "to",
    "reference": "to",
    "references": "to",
    "complaint": "about",
    "complaints": "about",
    "praise": "for",
    "defense": "of",
    "rejection": "of",
    "mention": "of",
    "claim": "that",
    "claims": "that",
    "plan": "to",
    "plans": "to",
    "promise": "to",
    "promises": "to",
    "pledge": "to",
    "vow": "to",
    "decision": "to",
    "refusal": "to",
    "push": "for",
    "demand": "for",
    "demands": "for",
}

# Nouns whose clause is a claim of their holder's: "his reluctance to provide guarantees",
# "her claim that …", "the assurance that …" (not plans, decisions or refusals: actions).
_STANCE_NOUNS_SINGULAR = """claim belief view assertion contention argument insistence conviction
    assurance reluctance willingness readiness determination commitment promise pledge vow threat
    warning demand call proposal suggestion fear concern allegation accusation suspicion
    expectation prediction estimate admission denial confirmation announcement statement message
    position stance acknowledgment acknowledgement assessment conclusion observation
    recommendation guarantee explanation""".split()
# ... and their plurals: "persisted in arguments that …"
CLAUSE_STANCE_NOUNS = frozenset(_STANCE_NOUNS_SINGULAR + [f"{noun}s" for noun in _STANCE_NOUNS_SINGULAR])


IRREGULAR_FORMS = {
    "say": "said",
    "tell": "told",
    "write": "wrote written",
    "think": "thought",
    "feel": "felt",
    "know": "knew known",
    "find": "found",
    "hear": "heard",
    "speak": "spoke spoken",
    "understand": "understood",
    "show": "shown",
    "learn": "learnt",
    "swear": "swore sworn",
    "fight": "fought",
    "seek": "sought",
    "mean": "meant",
    "forecast": "forecast",
    "withdraw": "withdrew withdrawn",
    "foresee": "foresaw foreseen",
    "give": "gave given",
    "take": "took taken",
    "go": "went gone",
    "shoot": "shot",
    "hit": "hit",
    "lay": "laid",
}


def word_forms(lemma: str) -> set[str]:
    """The inflected forms of an English verb or noun, enough to spot it in raw text."""
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms.add(w[:-1] + "ing")
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if re.fullmatch(r"[a-z]*[^aeiou][aeiou][bdgklmnprt]", w):
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    forms |= set(IRREGULAR_FORMS.get(w, "").split())
    return forms


# Surface forms that can introduce speech or a claim: a paragraph with none of them and no
# quotation mark holds nothing for the parser to find. Forms that are mostly nouns in news
# ("states", "campaign", "report") are left out; their verb uses come with -ed or -ing.
NOUN_LIKE_FORMS = frozenset(
    """state states post posts charge charges report reports question questions answer answers
    comment comments call calls signal signals brief briefs counter counters cry cries
    continue release releases show shows support supports plan plans attack attacks campaign
    campaigns contest contests order orders offer offers demand demands hope hopes aim aims
    push pushes challenge challenges""".split()
)


def _trigger_forms() -> frozenset[str]:
    forms: set[str] = {"according"}
    for lemma in SPEECH_LEMMAS | BELIEF_LEMMAS:
        forms |= word_forms(lemma)
    for lemma in CUE_LEXICON - SPEECH_LEMMAS - BELIEF_LEMMAS:
        forms |= {
            f
            for f in word_forms(lemma)
            if f.endswith(("ed", "ing")) or f in IRREGULAR_FORMS.get(lemma, "").split()
        }
    # Nouns that carry a position count even where their verb forms would be too common.
    return frozenset(forms - NOUN_LIKE_FORMS) | frozenset(STANCE_NOUNS) | CLAUSE_STANCE_NOUNS | {"per"}


TRIGGER_WORDS = _trigger_forms()
# Every form of the verbs that report speech: "said", "says", "told", "added", "replied" …
SPEECH_FORMS = frozenset(f for lemma in SPEECH_LEMMAS for f in word_forms(lemma))

# “Fine,” said Governor Amy Chu. — the quotation first, with its own punctuation, then a frame.
FRAMED_QUOTE_RE = re.compile(
    r"""\s*(?:``|[“"‘'])[^“”"]{1,120}?[,.?!](?:''|[”"’'])\s+(?P<frame>[^“”"`]{3,80}?)[.?!]?\s*$"""
)


# A line that is a dash and a name, signing the quotation above it: "- Clinton.", "— Sen.
# Bernie Sanders" (a fact-checker's layout).
SIGNATURE_RE = re.compile(r"\s*(?:[—–―-]{1,2})\s*(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*?)\.?\s*")
# A line that is one quotation: its marks open and close it.
QUOTATION_LINE_RE = re.compile(r"""\s*(?:``|[“"‘'])[^\n]*[,.?!…]?(?:''|[”"’'])[.]?\s*""")


def signs_quotation(above: str, line: str) -> bool:
    """Whether ``line`` signs the quotation that is the whole of the line ``above``."""
    return SIGNATURE_RE.fullmatch(line) is not None and QUOTATION_LINE_RE.fullmatch(above) is not None


def framed_quote(text: str) -> bool:
    """A short quotation and its speaker, however many capitals the names bring (not a heading)."""
    m = FRAMED_QUOTE_RE.match(text)
    return bool(m) and any(w.strip(",;") in SPEECH_FORMS for w in m.group("frame").lower().split())


def _lemma_table() -> dict[str, str]:
    """Form → lemma, the same in every process (no set order decides): a shorter lemma wins a
    regular form two lemmas share; an irregular form belongs to its verb ("told" is "tell"'s,
    though "told" is listed too)."""
    table: dict[str, str] = {}
    for lemma in sorted(CUE_LEXICON, key=lambda w: (-len(w), w)):
        for form in sorted(word_forms(lemma)):
            table[form] = lemma
    for lemma, forms in sorted(IRREGULAR_FORMS.items()):
        if lemma in CUE_LEXICON:
            for form in forms.split():
                table[form] = lemma
    return table


# Form → lemma for every cue word: cheaper and steadier than a lemmatizer for this one job.
CUE_LEMMAS = _lemma_table()


def cue_lemma(word: str) -> str:
    """The lemma of a cue word ("told" → "tell"), or the word itself, lower-cased."""
    low = word.lower()
    return CUE_LEMMAS.get(low, low)


QUOTE_CHARS = set('“”"«»„')
WORD_RE = re.compile(r"[a-z]+")


# "A new poll shows that …", "Polling averages show Clinton with a lead": "show" is too
# often a noun to count by itself.
SHOWS_RE = re.compile(r"\b(?:show|shows|showed|shown)\s+(?:that\b|[A-Z])")


def might_hold_speech(text: str) -> bool:
    """Cheap test: could this paragraph hold a quotation or a reported claim?"""
    if QUOTE_CHARS.intersection(text) or "''" in text or text.rstrip().endswith(":"):
        return True  # a colon at the end introduces what follows: "The Times reports:"
    if SHOWS_RE.search(text):
        return True
    return any(w in TRIGGER_WORDS for w in WORD_RE.findall(text.lower()))


DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
BEFORE_OPEN = set(" \t\n([{—–-/:;,") | {"\u00a0"}
AFTER_CLOSE_PUNCT = set(".,;:!?)]}—–-…/")
SENTENCE_END_RE = re.compile(r"[.!?…][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Mark:
    pos: int
    length: int
    role: str  # "open", "close" or "either"
    family: str  # "double" or "single"


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted run inside one paragraph; offsets are relative to the paragraph text."""

    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_mark: int | None  # None when the opening mark was missing and the start recovered
    close_mark: int | None  # None when the quote runs on past the paragraph's end
    recovered: bool = False
    runs_on: bool = False
    # True when the paragraph continues a quote opened in the previous paragraph.
    continues: bool = False


def _double_role(text: str, i: int, ch: str) -> str:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    opens_ctx = prev in BEFORE_OPEN or prev in DOUBLE_OPEN or prev in SINGLE_OPEN
    closes_ctx = nxt.isspace() or nxt in AFTER_CLOSE_PUNCT or nxt in DOUBLE_CLOSE or nxt in SINGLE_CLOSE
    if ch in DOUBLE_OPEN:
        # A curly opener used as a closer: `word“ he said`, `unusual,“ said Noble` (a comma
        # may come before an opener, but an opener is followed by its first word).
        ends_words = not opens_ctx or prev in ",.?!"
        return "close" if (ends_words and closes_ctx and not nxt.isalnum()) else "open"
    if ch in DOUBLE_CLOSE:
        if not (opens_ctx and not closes_ctx and nxt.isalnum()):
            return "close"
        # `said,”Look` opens, `paranoia,”Clinton said` closes: a space is missing either way,
        # and whether a quotation is open decides
        return "either" if prev in ",;:" else "open"
    if prev in ",;:" and nxt.isalnum():
        return "either"  # `audiences,"Katie Packer said` or `said,"Look`: whether one is open decides
    if opens_ctx and not closes_ctx:
        return "open"
    if closes_ctx and not opens_ctx:
        return "close"
    if prev in ",;:" and nxt.isspace():
        # `any longer," Park told the council`: an opener is followed by its first word
        return "close"
    return "either"


# A tag of markup left in the text: `<tweet tweet-author="…" tweet-date="…">`, `</span>`, `<br/>`.
# The quotation marks of its attribute values are no quotation marks.
MARKUP_TAG_RE = re.compile(
    r"""</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"\n]{0,2000}"|'[^'\n]{0,2000}'|[^\s"'>]+))?)*\s*/?>"""
)


def mask_markup(text: str) -> str:
    """``text`` with its tags of markup blanked (offsets unchanged): for the marks and the parser."""
    return MARKUP_TAG_RE.sub(lambda m: " " * len(m.group()), text) if "<" in text else text


def find_marks(text: str) -> list[Mark]:
    """Double quotation marks (and ``''``/`````` pairs), with their likely role."""
    marks: list[Mark] = []
    # Marks are looked for outside tags of markup; their roles are read from the text as it is.
    visible = mask_markup(text)
    i, n = 0, len(text)
    while i < n:
        ch = visible[i]
        if ch == "'" and i + 1 < n and visible[i + 1] == "'":
            # Two apostrophes close a quote another mark opened; they never open one.
            marks.append(Mark(i, 2, "close-only", "double"))
            i += 2
            continue
        if ch == "`" and i + 1 < n and visible[i + 1] == "`":
            marks.append(Mark(i, 2, "open", "double"))
            i += 2
            continue
        if ch == '"' and INCHES_BEFORE_RE.search(text, max(0, i - 5), i):
            pass  # a height, 6'3"
        elif ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch == '"':
            marks.append(Mark(i, 1, _double_role(text, i, ch), "double"))
        i += 1
    return marks


# A height in feet and inches, not a quotation mark: 6'3" tall.
INCHES_BEFORE_RE = re.compile(r"\d['’]\d{1,2}$")


def _single_marks(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Top-level single-quoted runs in text[lo:hi] (apostrophes are never marks)."""
    spans = []
    i = lo
    while i < hi:
        ch = text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if (ch in SINGLE_OPEN or ch == "'") and (prev in BEFORE_OPEN) and nxt.isalpha():
            j = i + 1
            while j < hi:
                cj = text[j]
                after = text[j + 1] if j + 1 < len(text) else " "
                before = text[j - 1]
                closes = not after.isalnum() and not before.isspace() and before != "s"
                if (cj in SINGLE_CLOSE or cj == "'") and closes:
                    break
                if cj == "\n":
                    j = hi
                    break
                j += 1
            if j < hi and j - i > 2:
                spans.append((i, j))
                i = j + 1
                continue
        i += 1
    return spans


def sentence_start_before(text: str, pos: int, floor: int = 0) -> int:
    """Start of the sentence that holds ``pos``, not before ``floor``."""
    start = floor
    # (the pattern looks two characters past a sentence's end: a mark and a capital at ``pos``)
    for m in SENTENCE_END_RE.finditer(text, floor, min(len(text), pos + 2)):
        if m.end() <= pos:
            start = m.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


def quote_spans(text: str, *, continues: bool = False, next_opens: bool | str = False) -> list[QuoteSpan]:
    """Quoted runs of one paragraph, in order.

    ``continues``: the previous paragraph left a quote open (so a leading mark reopens it).
    ``next_opens``: the next paragraph starts with an opening mark (``True`` or the mark), so a
    quote left open here runs on to the end of this paragraph (a multi-paragraph quotation)
    when the marks match in style.
    """
    marks = find_marks(text)
    spans: list[QuoteSpan] = []
    opened: Mark | None = None
    floor = 0
    skip = 0
    # Quotations inside the open one: its words if it closes, quotations of their own if the
    # open mark proves stray.
    inner: list[QuoteSpan] = []
    for k, m in enumerate(marks):
        if skip:
            skip -= 1
            continue
        role = m.role
        if role == "close-only":
            if opened is None:
                continue
            role = "close"
        if role == "either":
            role = "close" if opened is not None else "open"
        if role == "open":
            if opened is not None and (_nested(marks, k) or _inner_style(text, opened, marks, k)):
                # “Then we said “yes” again,”: a quotation inside the open one is part of it.
                closer = marks[k + 1]
                inner.append(QuoteSpan(m.pos + m.length, closer.pos, m.pos, closer.pos))
                skip = 1
                continue
            # An opener while one is open: the earlier one was stray and costs only itself.
            spans += _worded(text, inner)
            inner = []
            opened = m
            continue
        if opened is not None:
            s, e = opened.pos + opened.length, m.pos
            if e > s and text[s:e].strip():
                spans.append(
                    QuoteSpan(
                        s, e, opened.pos, m.pos, continues=continues and opened.pos == _first_char(text)
                    )
                )
            opened = None
            inner = []
            floor = m.pos + m.length
        else:
            # A closer with no opener: recover the quote back to its sentence start (tags of
            # markup left in the text are no words of it).
            s = sentence_start_before(mask_markup(text), m.pos, floor)
            if m.pos - s > 1 and text[s : m.pos].strip():
                spans.append(QuoteSpan(s, m.pos, None, m.pos, recovered=True))
            floor = m.pos + m.length
    if opened is not None:
        s = opened.pos + opened.length
        e = len(text.rstrip())
        if isinstance(next_opens, str):
            next_opens = same_style(text[opened.pos], next_opens)
        if e > s and (
            next_opens or _frames_open_quote(text, opened.pos) or _resumes_quote(text, opened.pos, spans)
        ):
            spans.append(
                QuoteSpan(
                    s,
                    e,
                    opened.pos,
                    None,
                    runs_on=next_opens,
                    continues=continues and opened.pos == _first_char(text),
                )
            )
            inner = []
    spans += _worded(text, inner)
    # Single-quoted runs outside every double-quoted one (headline style, some outlets).
    covered = [
        (
            sp.open_mark if sp.open_mark is not None else sp.start,
            (sp.close_mark + 1) if sp.close_mark is not None else sp.end,
        )
        for sp in spans
    ]
    gaps, cur = [], 0
    for a, b in sorted(covered):
        gaps.append((cur, a))
        cur = max(cur, b)
    gaps.append((cur, len(text)))
    for lo, hi in gaps:
        for o, c in _single_marks(text, lo, hi):
            spans.append(QuoteSpan(o + 1, c, o, c))
    spans.sort(key=lambda sp: sp.start)
    return spans


def _nested(marks: list[Mark], k: int) -> bool:
    """Whether the opener ``marks[k]``, met while a quotation is open, starts a quotation inside
    it: two closers follow before any other opener (its own, then the outer one's)."""
    after = marks[k + 1 : k + 3]
    return len(after) == 2 and all(m.role != "open" for m in after)


def _worded(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    return [sp for sp in spans if text[sp.start : sp.end].strip()]


def _inner_style(text: str, opened: Mark, marks: list[Mark], k: int) -> bool:
    """Whether the opener ``marks[k]`` starts a quotation inside the open one because it is
    of the other typography and its own closer follows: `"… about “Equal Justice” anymore.`"""
    if k + 1 >= len(marks) or same_style(text[opened.pos], text[marks[k].pos]):
        return False
    closer = marks[k + 1]
    return closer.role != "open" and same_style(text[closer.pos], text[marks[k].pos])


def _first_char(text: str) -> int:
    return len(text) - len(text.lstrip())


def _frames_open_quote(text: str, pos: int) -> bool:
    """An unclosed quote is kept when a colon or comma introduces it (``she said: “…``)."""
    before = text[:pos].rstrip()
    return before.endswith((":", ","))


def _resumes_quote(text: str, pos: int, spans: list[QuoteSpan]) -> bool:
    """An unclosed quote is kept when it opens a sentence after a quotation of the same
    paragraph and runs four words or more: `“…,” said Baron. “His candidacy … depth.` whose
    closing mark the writer dropped. A stray mark after the last quote opens no sentence."""
    before = text[:pos].rstrip()
    opens_sentence = before.endswith((".", "?", "!", "”", '"'))
    return bool(spans) and opens_sentence and len(text[pos + 1 :].split()) >= 4


def opening_mark(text: str) -> str | None:
    """The quotation mark a paragraph opens with, if it opens with one."""
    stripped = text.lstrip()
    if not stripped:
        return None
    marks = find_marks(stripped[:2])
    if marks and marks[0].pos == 0 and marks[0].role in ("open", "either"):
        return stripped[0]
    return None


def same_style(a: str, b: str) -> bool:
    """Curly with curly, straight with straight: a quotation that runs over paragraphs keeps
    its typography; a mismatch means a stray mark."""
    return (a == '"') == (b == '"')


def leaves_quote_open(text: str) -> bool:
    """Whether the paragraph ends inside an open double quotation."""
    opened = False
    for m in find_marks(text):
        # a mark that can open or close closes an open quotation, else opens one
        opened = not opened if m.role == "either" else m.role == "open"
    return opened


def has_quote_mark(text: str) -> bool:
    """A double quotation mark, a guillemet or a two-backtick opening anywhere in the line."""
    return any(c in text for c in '“”"«»') or "``" in text


QUOTED_RUN_RE = re.compile(r"[“\"][^”\"]*[”\"]")


def quoted_share(text: str) -> float:
    """The share of the line inside double quotation marks."""
    inside = sum(len(m.group()) for m in QUOTED_RUN_RE.finditer(text))
    return inside / max(1, len(text))


def outside_quotes(text: str) -> str:
    """The line with its runs in double quotation marks blanked: the writer's own words."""
    return QUOTED_RUN_RE.sub(lambda m: " " * len(m.group()), text)

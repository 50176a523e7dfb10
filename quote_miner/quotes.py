"""Quotation spans in a paragraph, and the shapes of lines built around quotations.

Marks are paired locally, paragraph by paragraph, so one stray mark costs at most its own
quote. Everything here is plain string work; the cue words are in ``cues``, attribution over
the parse in ``attribution/``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from quote_miner.cues import SPEECH_FORMS, cue_lemma
from quote_miner.names import NAME_CAPITALS

# “Fine,” said Governor Amy Chu. — the quotation first, with its own punctuation, then a frame.
FRAMED_QUOTE_RE = re.compile(
    r"""\s*(?:[-*•–]\s+)?(?:``|[“"‘'])[^“”"]{1,120}?[,.?!](?:''|[”"’'])\s+(?P<frame>[^“”"`]{3,80}?)[.?!]?\s*$"""
)


# A line that is a dash and a name, signing the quotation above it: "- Clinton.", "— Sen.
# Bernie Sanders" (a fact-checker's layout), "— Rita Gomez, president of the taxpayers'
# association" (a pull quote's): one phrase after the name, no sentence.
SIGNATURE_RE = re.compile(
    rf"\s*(?:[—–―-]{{1,2}})\s*(?P<name>(?:[{NAME_CAPITALS}][\w.’'-]*\s+){{0,3}}[{NAME_CAPITALS}][\w.’'-]*?)"
    r"(?:,\s+(?P<role>(?:(?:[^\s.!?]+|[A-Z][a-z]{0,3}\.)\s+){0,13}[^\s.!?]+))?\.?\s*"
)
# A turn of an interview set as questions and answers: "Q: …", "A: …" (or "Q. …", "Answer: …").
QA_RE = re.compile(r"^([\"“‘']?)\s*(Q|A|Question|Answer|QUESTION|ANSWER)\s*[:.]\s+(?=\S)")


def qa_interview(paragraphs: Iterable[str]) -> bool:
    """Whether a text is an interview set as questions and answers: it has both (a paragraph
    opening "A. J. Smith" alone is no answer), or two answers labelled with a colon, the
    questions' labels lost ("QLast October, President Obama …" from a bold "Q")."""
    labels = [m for p in paragraphs if (m := QA_RE.match(p)) is not None]
    answers = [m for m in labels if m.group(2)[0] == "A"]
    return {m.group(2)[0] for m in labels} == {"Q", "A"} or sum(":" in m.group(0) for m in answers) >= 2


# A line that is one quotation: its marks open and close it.
QUOTATION_LINE_RE = re.compile(r"""\s*(?:``|[“"‘'])[^\n]*[,.?!…]?(?:''|[”"’'])[.]?\s*""")


# The signature of a post embedded in an article (see attribution/posts.py): a dash, the name,
# the handle in brackets, the date; at the end of the post's paragraph or as a paragraph of its
# own (markup of the page around it allowed: "</tweet>").
POST_SIGNATURE_RE = re.compile(
    r"[—–-]{1,2}\s*(?P<name>[^\s()—–@][^()\n—–@]{0,60}?)\s*\(@\w{1,15}\)\s*"
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\s*(?:</\w+>)?\s*\.?\s*$"
)


def post_signature(text: str) -> re.Match | None:
    """The platform's signature ending ``text``, if it ends with one."""
    return POST_SIGNATURE_RE.search(text)


def signs_post_alone(text: str) -> bool:
    """Whether the paragraph is a signature and nothing else."""
    found = post_signature(text)
    return found is not None and not mask_markup(text[: found.start()]).strip()


def signs_quotation(above: str, line: str) -> bool:
    """Whether ``line`` signs the quotation that is the whole of the line ``above``."""
    return SIGNATURE_RE.fullmatch(line) is not None and QUOTATION_LINE_RE.fullmatch(above) is not None


def framed_quote(text: str) -> bool:
    """A short quotation and its speaker, however many capitals the names bring (not a heading)."""
    m = FRAMED_QUOTE_RE.match(text)
    if m is None:
        return False
    # (the speaker after a dash: "- “Rent. It's always rent.” — Maya Chen, 27, a barista")
    frame = m.group("frame")
    cued = any(w.strip(",;") in SPEECH_FORMS for w in frame.lower().split())
    return cued or SIGNATURE_RE.fullmatch(frame) is not None


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


# Markdown (a page saved by a read-later tool, notes): emphasis around words, "**Dana
# Whitfield**", a link's target, "[Metro Transit](https://…)", a heading's "# ". The words
# stay; the marks go.
MARKDOWN_EMPHASIS_RE = re.compile(r"(?<![\w*])(\*\*|\*|__)(?=[^\s*])[^*\n]{1,300}?(?<=[^\s*])(\1)(?![\w*])")
MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}(?= )")
MARKDOWN_LINK_RE = re.compile(r"(\[)[^\[\]\n]{1,300}(\]\((?:https?://|/|#)[^()\s]{0,1000}\))")


# HTML entities a scraper left in the text ("&ldquo;We will,&rdquo; said …"): the character
# they stand for (html.unescape), padded to the entity's length on the side away from the words
# it belongs to. Only marks, apostrophes, dashes, ellipses, ampersands and spaces: a letter
# ("r&eacute;sum&eacute;") stays as written, where padding would cut its word.
ENTITY_RE = re.compile(r"&(?:#\d{2,5}|#[xX][0-9a-fA-F]{2,4}|[a-zA-Z]{2,8});")
OPENING_CHARS = "“‘"  # set right before the word they open on
EITHER_CHARS = "\"'’"  # an opener before a word, else a closer (or an apostrophe)
CLOSING_CHARS = "”…—–&\xa0"  # set right after the word they close


def mask_entities(text: str) -> str:
    """``text`` with the HTML entities for quotation marks, apostrophes, dashes and spaces written
    as their characters, offsets unchanged: an opening mark right before the word it opens on,
    a closing one right after the word it closes."""
    if "&" not in text:
        return text

    def one(m: re.Match) -> str:
        char, width = html.unescape(m.group()), len(m.group())
        if len(char) != 1:
            return m.group()  # (not an entity html knows)
        if char in OPENING_CHARS:
            return char.rjust(width)
        after = text[m.end() : m.end() + 2]
        if char in EITHER_CHARS and after[:1].isalnum():
            possessive = after[:1] == "s" and not after[1:].isalnum()
            if text[m.start() - 1 : m.start()].isalnum() and not possessive:
                return m.group()  # inside a word, where padding would split it: "O&#39;Brien"
            return char.rjust(width)  # (a possessive's "’s" is a word of its own)
        if char in EITHER_CHARS + CLOSING_CHARS:
            return char.replace("\xa0", " ").ljust(width)
        return m.group()

    return ENTITY_RE.sub(one, text)


def whole_entities(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` widened to the whole of an entity it cuts ("… emergency.&rdquo;"
    ends after the entity its closing mark stands in, not inside it)."""
    if "&" not in text:
        return start, end
    for m in ENTITY_RE.finditer(text, max(0, start - 10), end + 10):
        if m.start() < start < m.end():
            start = m.start()
        if m.start() < end < m.end():
            end = m.end()
    return start, end


def mask_markup(text: str) -> str:
    """``text`` with its tags of markup and its Markdown marks blanked and its HTML entities
    written as characters (offsets unchanged): for the marks and the parser."""
    return _mask_tags_and_markdown(mask_entities(text))


def _mask_tags_and_markdown(text: str) -> str:
    if "<" in text:
        text = MARKUP_TAG_RE.sub(lambda m: " " * len(m.group()), text)
    if "*" in text or "__" in text:
        text = _blank_groups(MARKDOWN_EMPHASIS_RE, text)
    if "](" in text:
        text = _blank_groups(MARKDOWN_LINK_RE, text)
    if text.startswith("#"):
        text = MARKDOWN_HEADING_RE.sub(lambda m: " " * len(m.group()), text)
    return text


def _blank_groups(pattern: re.Pattern, text: str) -> str:
    chars = list(text)
    for m in pattern.finditer(text):
        for g in (1, 2):
            chars[m.start(g) : m.end(g)] = " " * (m.end(g) - m.start(g))
    return "".join(chars)


def find_marks(text: str) -> list[Mark]:
    """Double quotation marks (and ``''``/``````/``‘‘ ’’`` pairs), with their likely role."""
    marks: list[Mark] = []
    # Marks are looked for outside tags of markup; their roles are read from the text as it is
    # (with its entities as characters).
    text = mask_entities(text)
    visible = _mask_tags_and_markdown(text)
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
        if ch in "‘’" and i + 1 < n and visible[i + 1] == ch:
            # two single marks typed as one double: ‘‘Cassandra’s Dream,’’
            marks.append(Mark(i, 2, "open" if ch == "‘" else "close", "double"))
            i += 2
            continue
        if ch == '"' and INCHES_BEFORE_RE.search(text, max(0, i - 5), i):
            pass  # a height, 6'3"
        elif ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch == '"':
            marks.append(Mark(i, 1, _double_role(text, i, ch), "double"))
        i += 1
    return marks


# Words that never follow a plural's apostrophe ("the families' homes"): after "s'" they show
# the mark closes a quotation ("accused the government of 'chaos' and said …").
NOT_POSSESSED_WORDS = frozenset(
    """and or but nor to in of on at by for from with as than that is are was were will would
    could should said says the a an because when while if""".split()
)


# A height in feet and inches, not a quotation mark: 6'3" tall.
INCHES_BEFORE_RE = re.compile(r"\d['’]\d{1,2}$")


def _closes_single(text: str, j: int) -> bool:
    """Whether the single mark at ``j`` closes a quotation: not before a letter, not after a
    blank, and not a plural's apostrophe ("the families' homes"; but "of 'chaos' and said",
    "'read the risk maps'.")."""
    after = text[j + 1] if j + 1 < len(text) else " "
    before = text[j - 1]
    if after.isalnum() or before.isspace():
        return False
    if before != "s" or j + 1 >= len(text) or after in ".,;:!?)\n":
        return True
    following = text[j + 1 : j + 16].split(maxsplit=1)[:1]
    return bool(following) and following[0].lower() in NOT_POSSESSED_WORDS


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
            possessive = None  # the last mark read as a plural's apostrophe ("the families' homes")
            while j < hi:
                cj = text[j]
                if (cj in SINGLE_CLOSE or cj == "'") and _closes_single(text, j):
                    break
                if cj in SINGLE_CLOSE or cj == "'":
                    if text[j - 1] == "s" and j + 1 < len(text) and text[j + 1] == " ":
                        possessive = j
                    elif (
                        possessive is not None
                        and text[j - 1] in BEFORE_OPEN
                        and text[j + 1 : j + 2].isalpha()
                    ):
                        # another quotation opens before this one closed: the "apostrophe" closed
                        # it ("skeptical of what 'Brussels' stands for … the 'leave the E.U.' camp")
                        j = possessive
                        break
                if cj == "\n" and not text[j + 1 : hi].split("\n", 1)[0].strip():
                    j = hi  # (a blank line ends the paragraph; a wrapped line goes on)
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
    marked = mask_entities(text)
    for lo, hi in gaps:
        for o, c in _single_marks(marked, lo, hi):
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


def closing_mark_first(text: str) -> str | None:
    """The quotation mark that closes a quotation the paragraph goes on with, when its first
    mark is a closer: “… diverse needs. / Internet-enabled innovations … offerings.” (the writer
    broke the paragraph without reopening the quotation)."""
    marks = find_marks(text)
    if not marks or marks[0].role not in ("close", "close-only"):
        return None
    said = text[: marks[0].pos]
    if len(said.split()) < CONTINUED_MIN_WORDS or NAME_AND_ROLE_RE.match(said):
        return None  # a pull quote's signature inside its marks: “… tax cuts. / Dean Baker, CEPR.”
    return text[marks[0].pos]


# The fewest words of a quotation's last paragraph that opens without a mark (fewer are the
# signature of a pull quote: "Republican National Committee member.”), and a name with a role.
CONTINUED_MIN_WORDS = 9
NAME_AND_ROLE_RE = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*,")


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


def _after_speech_verb(prefix: str) -> bool:
    """Whether the words before a quotation end with a speech verb, or one and its addressee
    ("she said", "Mark told Jacob")."""
    words = [w.strip(",;").lower() for w in prefix.split()[-2:]]
    return bool(words) and (words[-1] in SPEECH_FORMS or len(words) == 2 and cue_lemma(words[0]) == "tell")


# The words of a frame that splits one quotation in two: any, or with a speech verb among them.
SPLIT_FRAME_WORDS = 6
SPLIT_FRAME_MAX_WORDS = 16


# Dashes that break off a quotation and set off a pause in its frame.
DASHES = "—–"


def quote_kind(text: str, span: QuoteSpan, sent_start: int, prev_close: int | None = None) -> str:
    """ "direct" for a quotation that is a sentence of its own or set off after its frame (or
    split by it); "partial" for words quoted inside the writer's sentence. ``sent_start``: where
    the sentence holding the quotation starts; ``prev_close``: just after the quotation before
    it in the paragraph, if any."""
    if span.recovered or span.continues:
        return "direct"
    mark = span.open_mark if span.open_mark is not None else span.start
    prefix = text[sent_start:mark].strip()
    if prev_close is not None and prev_close <= mark:
        between = text[prev_close:mark].strip()
        # A quotation split by its frame: "“That,” he added, “promises to …”" (a longer frame
        # with its speech verb: "“…,” said Ryan Deshpande of the Hamilton Encampment Support
        # Network, “but …”")
        words = between.split()
        framing = len(words) <= SPLIT_FRAME_WORDS or (
            len(words) <= SPLIT_FRAME_MAX_WORDS
            and any(w.strip(",").lower() in SPEECH_FORMS for w in words)
            and not re.search(r"[.!?]\s", between)  # (one frame, not a sentence and the next)
        )
        if between.endswith(",") and framing and text[prev_close - 2] == ",":
            return "direct"
        # ... or by the speaker's pause between dashes: "“The plan —” she paused — “is dead,”"
        broken = text[prev_close - 2] in DASHES and between[-1:] in DASHES
        if broken and framing:
            return "direct"
    content = text[span.start : span.end].strip()
    if not prefix or prefix.endswith(":"):
        return "direct"
    first = content[:1]
    ending = content.rstrip('”"’ ')
    sentence_like = (
        ending.endswith((".", "?", "!", ","))
        and len(content.split()) >= 4
        # however short, right after its speech verb: She said "I support you."
        or ending.endswith((".", "?", "!"))
        and _after_speech_verb(prefix)
    )
    if (first.isupper() or first in "[(") and (prefix.endswith(",") or sentence_like):
        return "direct"
    return "partial"

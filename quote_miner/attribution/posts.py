"""Posts embedded in an article: a tweet or a post set as text, signed the way the platforms
sign them, "— Maria Lopez (@SenMariaLopez) March 3, 2025". The words are the signer's, and
the signature names them (PolNeAR annotates such posts as its authors' claims)."""

from __future__ import annotations

import re

from quote_miner.attribution.mentions import Attribution, Mention
from quote_miner.clean import BODY
from quote_miner.paragraphs import Paragraph
from quote_miner.quotes import mask_markup, post_signature, signs_post_alone
from quote_miner.settings import CONFIDENCE

# What follows a post's words before its signature: links to it and to its pictures.
TRAILING_LINKS_RE = re.compile(r"(?:\s*(?:https?://|pic\.twitter\.com/)\S+)+\s*$")
# The fewest words of a post worth a record ("pic.twitter.com/…" alone is a picture).
POST_MIN_WORDS = 3


def posted(text: str, end: int, signed: re.Match) -> tuple[int, int, Attribution] | None:
    """The words of the post that ``text[:end]`` holds, and their attribution to the signer of
    ``signed`` (a match in this paragraph or in the one after it)."""
    masked = mask_markup(text[:end])  # (an opening "<tweet …>" tag is no word of it)
    start = len(masked) - len(masked.lstrip())
    words = TRAILING_LINKS_RE.sub("", masked[start:]).rstrip()
    if len(words.split()) < POST_MIN_WORDS:
        return None
    name = signed.group("name")
    mention = Mention(signed.start("name"), signed.start("name") + len(name), name, "name")
    attribution = Attribution(mention, "—", "signed post", CONFIDENCE.signed_post, signed.start())
    return start, start + len(words), attribution


def embedded_post(
    raw: str, i: int, paras: list[Paragraph], ranges
) -> tuple[int, int, str, Attribution, int] | None:
    """A post embedded in paragraph ``i``, signed at its end or in the paragraph right after it:
    its words as its signer's, as a record of the article (start, end, kind, attribution and the
    paragraph of the signature); not when quotations in it are records, nor when lines the cleaner
    dropped stand between it and the signature (the post's own words)."""
    text = paras[i].text
    if ranges[i] or signs_post_alone(text):
        return None
    signed, src = post_signature(text), i
    end = signed.start() if signed is not None else len(text)
    below = paras[i + 1] if i + 1 < len(paras) else None
    if signed is None and below is not None and below.label == BODY and signs_post_alone(below.text):
        a, b = paras[i], below
        between = (
            raw[a.end : b.start] if a.visible is None else a.visible.text[a.vstart + len(a.text) : b.vstart]
        )
        if not mask_markup(between).strip():
            signed, src = post_signature(below.text), i + 1
    found = posted(text, end, signed) if signed is not None else None
    return None if found is None else (found[0], found[1], "indirect", found[2], src)

"""Posts embedded in an article: a tweet or a post set as text, signed the way the platforms
sign them, "— Maria Lopez (@SenMariaLopez) March 3, 2025". The words are the signer's, and
the signature names them (PolNeAR annotates such posts as its authors' claims)."""

from __future__ import annotations

import re

from quote_miner.attribution.mentions import Attribution, Mention
from quote_miner.quotes import mask_markup
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

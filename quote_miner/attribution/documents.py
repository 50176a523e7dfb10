"""Whose words a document is when the article quotes it: "“…,” the statement read." is the
statement of whoever put it out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quote_miner.attribution.issuers import issuer_by_verb, named_issuer
from quote_miner.attribution.lexicon import ISSUED_NOUNS, OWN_WORDS_NOUNS
from quote_miner.attribution.mentions import POSSESSED_RE, Mention, Speaker, mention_for
from quote_miner.attribution.name_finding import ends_in_an_institution_noun
from quote_miner.attribution.syntax import doc_text, in_ranges

if TYPE_CHECKING:
    from quote_miner.attribution.resolve import ArticleResolver

# The name a sentence opens on, and the verb after it, in a paragraph the parser skipped:
# "The Regina General Hospital has apologized …" (an organisation's name may open on "The",
# which clues.name_opening, looking for a person's, passes over).
OPENING_NAME_RE = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.&’'-]*){0,6})"
    r"\s+(?:has|have|had|is|was|were|will|would|\w+ed)\b"
)


def issuer_named_before(resolver: ArticleResolver, para: int, mention: Mention) -> Speaker | None:
    """Who "the statement" came from: the one the article said it came from when it first
    cited it ("A statement from the company said … “…,” the statement said."), or, cited for
    the first time, the one the sentence right before is about."""
    owned = POSSESSED_RE.fullmatch(mention.text)
    if owned is not None and owned.group("rest") in ISSUED_NOUNS:
        # whose it is, said with it: "The group's statement called the threat “unacceptable.”"
        owner = owned.group("owner")
        kind = "nominal" if owner.split()[0].lower() in ("the", "a", "an") else "name"
        speaker = resolver._resolve(para, Mention(mention.start, mention.start + len(owner), owner, kind))
        return speaker if speaker.name and speaker.type in ("person", "organization") else None
    words = mention.text.lower().split()
    if len(words) != 2 or words[0] not in ("the", "that", "this") or words[1] not in ISSUED_NOUNS:
        return None
    for p in range(para, max(-1, para - resolver.back - 1), -1):
        for tok in reversed(resolver.docs[p]):
            if tok.lower_ == words[1] and (p < para or tok.idx < mention.start):
                # the nearest one it can refer back to, from whom it says or from who put
                # it out: "The man's family asked for privacy in a statement …"
                issuer = named_issuer(tok) or issuer_by_verb(tok)
                return resolver._resolve(para, mention_for(issuer)) if issuer is not None else None
    return _issuer_right_before(resolver, para, mention.start) if words[1] in OWN_WORDS_NOUNS else None


def _issuer_right_before(resolver: ArticleResolver, para: int, pos: int) -> Speaker | None:
    """The organisation or person named as the subject of the sentence right before ``pos``:
    "The hospital has apologized to the family. / “We are deeply sorry …,” the statement read."
    (not "he", not "officials": a document is not credited to a description)."""
    before = resolver._sentence_before(para, resolver._sent_index(para, pos))
    if before is None:
        return None
    p, k = before
    start, _, sent = resolver._sents[p][k]
    if in_ranges(start, resolver.quote_ranges[p]):
        return None
    if sent.doc.has_annotation("DEP"):
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        named = subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ in ("ORG", "PERSON"))
        return resolver._resolve(p, mention_for(subject)) if named else None
    # (a paragraph the parser skipped: the capitalised name it opens on)
    m = OPENING_NAME_RE.match(doc_text(sent.doc), start)
    if m is None or len(m.group("name").split()) < 2:
        return None
    name = m.group("name")
    person = resolver.index.lookup(name)
    if person is not None and not ends_in_an_institution_noun(name):
        return Speaker(person, "person", resolver.index.role(person))
    return Speaker(name, "organization", None)

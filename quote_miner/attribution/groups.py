"""Several holders named together as one speaker: "Kyiv and Moscow", "officials and analysts"."""

from __future__ import annotations

from spacy.tokens import Token

from quote_miner.attribution.mentions import Mention


def group_mention(token: Token) -> Mention | None:
    """Several holders named together: "Kyiv and Moscow", "Britain, France and Sweden", "Kyiv
    and its allies" — one mention for all of them, or None when ``token`` heads no such list."""
    members = [token, *(c for c in token.conjuncts if c.i > token.i)]
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "&") for m in members for c in m.children)
    if len(members) < 2 or not joined:  # ("Britain, France, Sweden and Australia": "and" hangs low)
        return None
    doc = token.doc
    # without "only" or "both" in front: "only Britain, France and Sweden"
    leading = [t.i for t in token.subtree if t.i <= token.i and not t.is_punct]
    start = min((i for i in leading if doc[i].dep_ not in ("advmod", "preconj")), default=token.i)
    last = members[-1]
    end = max(
        (t.i for t in last.subtree if t.dep_ not in ("relcl", "acl", "appos") and not t.is_punct),
        default=last.i,
    )
    span = doc[start : end + 1]
    named = any(m.ent_type_ in ("ORG", "GPE", "NORP") for m in members)
    return Mention(span.start_char, span.end_char, span.text, "group", role="organization" if named else None)

"""Several holders named together as one speaker: "Kyiv and Moscow", "officials and analysts"."""

from __future__ import annotations

from spacy.tokens import Token

from quote_miner.attribution.descriptions import named_appositive
from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.lexicon import COLLECTIVE_NOUNS
from quote_miner.attribution.mentions import Mention, mention_for
from quote_miner.attribution.names import one_persons_noun
from quote_miner.attribution.syntax import has_child

# What the second and later holders of a group are: names, plurals, pronouns ("Kyiv and its
# allies", "officials and analysts", "she and other Democrats").
GROUP_MEMBER_TAGS = frozenset({"NNP", "NNPS", "NNS", "PRP"})


def group_mention(token: Token) -> Mention | None:
    """Several holders named together: "Kyiv and Moscow", "Britain, France and Sweden", "Kyiv
    and its allies" — one mention for all of them, or None when ``token`` heads no such list."""
    couple = _couple_by_one_surname(token)
    if couple is not None:
        return couple
    members = [token, *(c for c in token.conjuncts if c.i > token.i)]
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "&") for m in members for c in m.children)
    if len(members) < 2 or not joined:  # ("Britain, France, Sweden and Australia": "and" hangs low)
        return None
    if all(m.text.islower() for m in members[1:]) and named_appositive(token) is not None:
        return None  # "Henderson's sister and caddie, Brittany,": one person, named after it
    if _roles_of_one_person(token, members[-1]):
        # "Resident and retired biologist Carol Haig said": her two descriptions, then her name
        return mention_for(members[-1])
    if any(not _another_holder(m) for m in members[1:]):
        # one person by two descriptions: "the Florida senator and Republican presidential
        # candidate", "Steve Bell, …, and a Republican who headed the committee staff",
        # "China, Pyongyang's only ally and its economic lifeline"
        return None
    doc = token.doc
    # without "only" or "both" in front: "only Britain, France and Sweden"
    leading = [t.i for t in token.subtree if t.i <= token.i and not t.is_punct]
    start = min((i for i in leading if doc[i].dep_ not in ("advmod", "preconj")), default=token.i)
    last = members[-1]
    # (not what a relative clause or an apposition adds: "Colleges and Institutes Canada, which
    # represents public colleges,")
    added = {t.i for c in last.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    end = max(
        (t.i for t in last.subtree if t.i not in added and not t.is_punct and not t.is_space), default=last.i
    )
    span = doc[start : end + 1]
    if any(t.tag_ in ("VBD", "VBZ", "VBP") for t in span):
        return None  # a clause, not a list of names: "a group of rabbis called for …, and the …"
    named = any(m.ent_type_ in ("ORG", "GPE", "NORP") for m in members)
    return Mention(span.start_char, span.end_char, span.text, "group", role="organization" if named else None)


def _couple_by_one_surname(surname: Token) -> Mention | None:
    """ "Ryan and Michelle Torres say …", parsed with "Ryan" a modifier of "Torres": two people
    by their given names and the surname they share."""
    doc = surname.doc
    first = doc[surname.left_edge.i]
    if surname.ent_type_ != "PERSON" or first.head != surname or first.dep_ not in ("nmod", "compound"):
        return None
    if first.i + 3 != surname.i or doc[first.i + 1].lower_ not in ("and", "&"):
        return None
    if given_name_gender(first.text) is None or given_name_gender(doc[first.i + 2].text) is None:
        return None
    span = doc[first.i : surname.i + 1]
    return Mention(span.start_char, span.end_char, span.text, "group")


def _roles_of_one_person(first: Token, last: Token) -> bool:
    """Whether a list is one person's descriptions and then the name: a first member that is a
    bare noun for one person (no article, no name: "Lawyer and activist Dana Reed"; "Resident",
    which a sentence's capital makes look like a name, before "retired biologist Carol Haig")
    and a last member that is a person's name."""
    described = any(c.dep_ == "compound" and one_persons_noun(c.lower_) for c in last.children)
    return (
        first.tag_ in ("NN", "NNP")
        and not first.ent_type_
        and not any(c.dep_ in ("det", "poss") for c in first.children)
        and (one_persons_noun(first.lower_) or described and first.i == first.sent.start)
        and last.ent_type_ == "PERSON"
    )


def _another_holder(member: Token) -> bool:
    """A name, a plural, a pronoun, or a definite noun ("the Gannett newspaper chain", "another
    reporter"); not a second description of the first ("and a Republican who …")."""
    if has_child(member, "det", "a") or has_child(member, "det", "an"):
        return False
    return (
        member.tag_ in GROUP_MEMBER_TAGS
        or member.lower_ in COLLECTIVE_NOUNS  # "She and her team"
        or any(c.dep_ == "det" and c.lower_ in ("the", "another") for c in member.children)
    )

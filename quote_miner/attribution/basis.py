"""The speaker's basis in words: how a mention at the attribution site became the name on the
record ("“he” refers back to Marco Rubio, the nearest person before it whom “he” fits")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quote_miner.attribution.lexicon import ANSWER_LABELS, ISSUED_NOUNS, PERSON_PRONOUNS
from quote_miner.attribution.mentions import Mention

if TYPE_CHECKING:
    from quote_miner.attribution.mentions import Speaker


def basis_in_words(mention: Mention | None, speaker: Speaker, back: int) -> str:
    """How the words at the attribution site became the speaker, for `quotes show ID --why`."""
    if mention is None:
        return "nothing in the text names who said it"
    said = f"“{mention.text}”"
    if mention.kind == "relative" and mention.antecedent is not None:
        return f"{said} stands for “{mention.antecedent.text}” before it; " + basis_in_words(
            mention.antecedent, speaker, back
        )
    if mention.kind == "pronoun":
        if speaker.name is None:
            if mention.text.lower() in PERSON_PRONOUNS:
                return f"{said} refers to no one the {back} paragraphs before it name"
            return f"{said} is not resolved to a name"
        return f"{said} refers back to {speaker.name}, the nearest person before it whom {said} fits"
    if mention.kind == "label" and mention.text in ANSWER_LABELS:
        if speaker.name is None:
            return f"an answer ({said}) in an interview that names no one before its questions"
        return (
            f"an answer ({said}) in the interview with {speaker.name}, "
            "the person the article names most before its questions"
        )
    if mention.kind == "label":
        return f"the transcript's label {said}" + (
            f", {speaker.name} in the article" if speaker.name != mention.text.title() else ""
        )
    last_word = (mention.text.lower().split() or [""])[-1]
    if speaker.name and speaker.name != mention.text and last_word in ISSUED_NOUNS:
        return f"{said} came from {speaker.name}, as the article says where it first cites it"
    if speaker.type == "person" and mention.kind == "nominal":
        return f"{said} is what the article calls {speaker.name} ({speaker.role})"
    if speaker.type == "person" and speaker.name != mention.text:
        return f"{said} is {speaker.name}, the fullest form of the name in the article"
    return {
        "organization": f"{said}, an organisation",
        "unnamed": f"{said}, a source the article does not name",
        "unknown": f"{said} is not resolved to a name",
    }.get(speaker.type, f"{said}, named at the attribution")

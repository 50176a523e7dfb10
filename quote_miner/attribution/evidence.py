"""Why a record has its speaker, in words: what `quotes show ID --why` prints.

Each attribution names the pattern that found it (``Attribution.method``); the resolver says
how the words at the attribution site became a name (``Speaker.basis``). The lines below put
them together with the evidence strength and the confidence it was calibrated to.
"""

from __future__ import annotations

from quote_miner.attribution.mentions import Attribution, Speaker

# The patterns, as a reader would describe them.
METHODS = {
    "cue": "a speech verb frames it",
    "according": "an “according to” names the source",
    "colon": "a frame ending in a colon introduces it",
    "trailer": "a name after a dash follows it",
    "signed": "it stands alone; the next paragraph is a dash and the speaker's name",
    "previous sentence": "the sentence before it introduces it",
    "continuation": "it goes on from the quotation before it, whose speaker it keeps",
    "reported before": "it opens a paragraph after one that reports the speaker's words",
    "runs on": "its quotation runs on into the next paragraph, whose frame names the speaker",
    "next quotation": "it stands alone; the quotation opening the next paragraph names the speaker",
    "looked back": "it stands alone; the next paragraph looks back at it and names the speaker",
    "interview": "it answers the question before it, in an interview with the one person introduced",
    "named around": "it stands alone between two paragraphs that open on the speaker's name",
    "judgement": "a verb of judgement credits the quoted words",
    "claim": "a speech, belief or position verb takes it as its content",
    "headline": "the headline states it with its source",
    "signed post": "it is a post embedded in the article, signed with its author's name and handle",
    "transcript": "a transcript's speaker label opens the paragraph",
    "transcript continued": "it goes on with the transcript turn before it",
}


# Patterns that take a speaker found elsewhere: the cue they name is not the record's own.
CARRIED_OVER = ("continuation", "reported before", "runs on", "next quotation", "transcript continued")


def explain(
    att: Attribution | None, speaker: Speaker, strength: float, confidence: float, paragraph: int
) -> tuple[str, ...]:
    """The evidence behind a record's speaker, one line per step."""
    if att is None:
        found = "nothing attributes it: kept because it reads as speech"
    else:
        found = METHODS.get(att.method, att.method)
        if att.cue and att.method not in CARRIED_OVER:
            found += f" (cue “{att.cue}”)"
    lines = [f"found: {found}"]
    mention = att.mention if att else None
    if mention is not None:
        where = f"paragraph {paragraph + 1} of the article"
        lines.append(f"mention: “{mention.text}” ({mention.kind}) in {where}")
    lines.append(f"speaker: {speaker.basis or 'unknown'}")
    calibrated = "" if abs(confidence - strength) < 1e-9 else f"; {confidence:.2f} after calibration"
    lines.append(f"confidence: evidence strength {strength:.2f}{calibrated}")
    return tuple(lines)

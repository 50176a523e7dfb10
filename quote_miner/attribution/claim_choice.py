"""Which claims found in a paragraph stay: one record per stretch of text, the surest, and the
source inside an outlet's "according to" over the outlet (CLAIMS.md: nested sources)."""

from __future__ import annotations

from dataclasses import dataclass

from quote_miner.attribution.mentions import Attribution


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    attribution: Attribution


def one_claim_per_stretch(claims: list[Claim], text: str) -> list[Claim]:
    """One record per stretch of text: of overlapping claims the surest stays (the longer on a
    tie), in text order."""
    kept: list[Claim] = []
    # (an outlet's "according to" yields to the source inside it that makes the claim:
    # "According to documents obtained by CP, [auditors found] P" is the auditors' — CLAIMS.md's
    # nested sources)
    claims = [
        c for c in claims if not (c.attribution.method == "according" and _holds_a_source(c, claims, text))
    ]
    ranked = sorted(claims, key=lambda c: (-c.attribution.confidence, -(c.end - c.start), c.start))
    for claim in ranked:
        if all(claim.end <= k.start or claim.start >= k.end for k in kept):
            kept.append(claim)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _holds_a_source(outer: Claim, claims: list[Claim], text: str) -> bool:
    """Whether ``outer`` is all another source's claim: that source's speaker opens it, its cue
    comes right after ("auditors found", "the minister told colleagues that"), and its words run
    to the end. (Not a claim inside only part of it: "…, voters are more likely to describe
    Clinton's policies as realistic"; nor one whose speaker comes after a lead: "In overnight
    messages, Trump's advisers called …".)"""
    for c in claims:
        mention = c.attribution.mention
        if (
            c is outer
            or c.attribution.method == "according"
            or mention is None
            or c.attribution.cue_pos is None
            or not outer.start <= mention.start < c.attribution.cue_pos < c.start
            or not outer.end - 2 <= c.end <= outer.end
        ):
            continue
        lead, between = text[outer.start : mention.start], text[mention.end : c.attribution.cue_pos]
        if len(lead.split()) <= 1 and len(between.split()) <= 2 and "," not in lead + between:
            return True
    return False

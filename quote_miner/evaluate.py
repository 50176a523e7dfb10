"""Scoring quote records against hand annotations (the project's measuring stick).

The definitions follow the team's scorer (``shared/tools/score.py``) so that ``quotes eval``
prints the same figures: a predicted direct/partial quote matches a gold one when it covers
half of it or more; the speaker is right when the predicted mention overlaps the annotated one
or, for named speakers, the names agree (surname, or every name word for the full-name figure);
indirect gold rows are scored for recall, precision (indirect_P) and end to end (indirect_e2e_R);
dates on the gold rows that carry one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path, PurePath
from typing import Any

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them"}
TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "secretary",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "minister",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "the",
    "former",
    "vice",
    "vp",
}
QUOTE_KINDS = ("direct", "partial", "quote", "continuation")


def load_rows(path: str | Path) -> list[dict]:
    text = Path(path).read_text(encoding="utf-8").strip()
    if not text:
        return []
    if text[0] == "[":
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[^\w\s']", " ", s.lower()).split())


def _name_tokens(s: str) -> list[str]:
    return [t for t in _norm(s).split() if t not in TITLES and t != "'s"]


def _close(a: str, b: str) -> bool:
    return a == b or (len(a) > 4 and len(b) > 4 and (a.startswith(b) or b.startswith(a)))


def is_named(s: str | None) -> bool:
    words = (s or "").split()
    return (
        bool(words)
        and s.lower() not in PRONOUNS
        and any(w[:1].isupper() for w in words[-2:])
        and not s.lower().startswith(("a ", "an ", "the "))
    )


def speaker_agrees(gold: str | None, pred: str | None, *, full: bool = False) -> bool:
    if not gold or not pred:
        return False
    g, p = _name_tokens(gold), _name_tokens(pred)
    if not g or not p:
        return False
    if full:
        if len(g) == len(p) and all(_close(a, b) for a, b in zip(g, p, strict=True)):
            return True
    elif _close(g[-1], p[-1]) or any(_close(g[-1], t) for t in p):
        return True
    common = set(g) & set(p)
    return len(common) / len(set(g)) >= 0.6 and len(common) / len(set(p)) >= 0.5


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _coverage(g: dict, p: dict) -> float:
    if g.get("start") is not None and p.get("start") is not None:
        return _overlap(g["start"], g["end"], p["start"], p["end"]) / max(1, g["end"] - g["start"])
    gt, pt = _norm(g["text"]), _norm(p["text"])
    if not gt or not pt:
        return 0.0
    if gt in pt or pt in gt:
        return min(len(gt), len(pt)) / len(gt)
    gw, pw = set(gt.split()), set(pt.split())
    return len(gw & pw) / max(1, len(gw))


def prediction(record: dict) -> dict:
    """A quote record reduced to what scoring reads."""
    article = record.get("article")
    path = article.get("path") if isinstance(article, dict) else article
    mention = record.get("speaker_mention") or {}
    return {
        "article": PurePath(str(path)).name if path else "",
        "text": record.get("text") or "",
        "speaker": record.get("speaker"),
        "kind": str(record.get("kind") or "direct").lower(),
        "start": record.get("start"),
        "end": record.get("end"),
        "date": record.get("date"),
        "m0": mention.get("start"),
        "m1": mention.get("end"),
    }


def score(gold: list[dict], records: list[dict], *, min_words: int = 0) -> dict[str, Any]:
    preds = [prediction(r) for r in records]
    articles = {g["article"] for g in gold}
    preds = [p for p in preds if p["article"] in articles]
    quotes = [g for g in gold if g["kind"] in ("direct", "partial") and len(g["text"].split()) >= min_words]
    indirect = [g for g in gold if g["kind"] == "indirect"]
    qp = [p for p in preds if p["kind"] in QUOTE_KINDS and len(p["text"].split()) >= min_words]
    ip = [p for p in preds if p["kind"] not in QUOTE_KINDS]
    by_article: dict[str, list[int]] = {}
    for i, p in enumerate(qp):
        by_article.setdefault(p["article"], []).append(i)
    used: set[int] = set()
    pairs = []
    for g in quotes:
        best, best_i = 0.0, None
        for i in by_article.get(g["article"], []):
            if i not in used and (c := _coverage(g, qp[i])) > best:
                best, best_i = c, i
        if best >= 0.5:
            used.add(best_i)
            pairs.append((g, qp[best_i]))
    duplicates = false_pos = 0
    for i, p in enumerate(qp):
        if i in used:
            continue
        if any(_coverage(g, p) >= 0.5 for g in quotes if g["article"] == p["article"]):
            duplicates += 1
        else:
            false_pos += 1

    def mention_hits(g, p):
        return p["m0"] is not None and _overlap(g["speaker_start"], g["speaker_end"], p["m0"], p["m1"]) > 0

    def right(g, p):
        if g.get("speaker_start") is not None:
            named_right = is_named(g["speaker"]) and speaker_agrees(g["speaker"], p["speaker"])
            return mention_hits(g, p) or named_right
        return speaker_agrees(g["speaker"], p["speaker"])

    def f1(p, r):
        return round(2 * p * r / max(1e-9, p + r), 3)

    tp = len(pairs)
    precision, recall = tp / max(1, tp + false_pos), tp / max(1, len(quotes))
    named = [(g, p) for g, p in pairs if is_named(g["speaker"])]
    name_ok = [speaker_agrees(g["speaker"], p["speaker"]) for g, p in named]
    full_ok = [
        speaker_agrees(g["speaker"], p["speaker"], full=True)
        for g, p in named
        if len(_name_tokens(g["speaker"])) > 1
    ]
    with_mention = [(g, p) for g, p in pairs if g.get("speaker_start") is not None]
    mention_ok = [mention_hits(g, p) for g, p in with_mention]
    e2e = sum(right(g, p) for g, p in pairs)
    ep, er = e2e / max(1, tp + false_pos), e2e / max(1, len(quotes))
    ind_hits = sum(
        any(p["article"] == g["article"] and _coverage(g, p) >= 0.5 for p in ip + qp) for g in indirect
    )
    # A predicted claim is right when at least half of it lies inside one gold unit of its
    # article; end to end, a gold claim is found with its speaker right.
    units = [g for g in gold if g.get("start") is not None]

    def inside_a_unit(p) -> bool:
        if p.get("start") is None:
            return any(_coverage(p, g) >= 0.5 for g in gold if g["article"] == p["article"])
        return any(
            g["article"] == p["article"]
            and _overlap(g["start"], g["end"], p["start"], p["end"]) >= 0.5 * max(1, p["end"] - p["start"])
            for g in units
        )

    ind_right = sum(inside_a_unit(p) for p in ip)
    ind_e2e = sum(
        any(p["article"] == g["article"] and _coverage(g, p) >= 0.5 and right(g, p) for p in ip + qp)
        for g in indirect
    )
    dated = [(g, p) for g, p in pairs if g.get("date")]
    return {
        "articles": len(articles),
        "quotes_gold": len(quotes),
        "quotes_pred": len(qp),
        "duplicates": duplicates,
        "span_P": round(precision, 3),
        "span_R": round(recall, 3),
        "span_F1": f1(precision, recall),
        "speaker_name_acc": round(sum(name_ok) / max(1, len(name_ok)), 3),
        "speaker_fullname_acc": round(sum(full_ok) / max(1, len(full_ok)), 3),
        "speaker_mention_acc": round(sum(mention_ok) / max(1, len(mention_ok)), 3) if with_mention else None,
        "e2e_P": round(ep, 3),
        "e2e_R": round(er, 3),
        "e2e_F1": f1(ep, er),
        "indirect_gold": len(indirect),
        "indirect_pred": len(ip),
        "indirect_recall": round(ind_hits / max(1, len(indirect)), 3),
        "indirect_P": round(ind_right / len(ip), 3) if indirect and ip else None,
        "indirect_e2e_R": round(ind_e2e / max(1, len(indirect)), 3) if indirect else None,
        "date_acc": round(
            sum(str(p["date"] or "")[:10] == g["date"] for g, p in dated) / max(1, len(dated)), 3
        )
        if dated
        else None,
    }


def _speaker_right(g: dict, p: dict) -> bool:
    mention = g.get("speaker_start") is not None and p["m0"] is not None
    if mention and _overlap(g["speaker_start"], g["speaker_end"], p["m0"], p["m1"]) > 0:
        return True
    return speaker_agrees(g.get("speaker"), p["speaker"])


def record_correct(gold: list[dict], records: list[dict]) -> list[bool]:
    """For each record, whether the annotations bear it out: a quotation covers half or more of
    an annotated quotation and names its speaker; a claim lies at least half inside an annotated
    unit of its article whose speaker it names."""
    units: dict[str, list[dict]] = {}
    for g in gold:
        units.setdefault(g["article"], []).append(g)
    out = []
    for r in records:
        p = prediction(r)
        candidates = units.get(p["article"], [])
        if p["kind"] in QUOTE_KINDS:
            hit = any(
                g["kind"] in ("direct", "partial") and _coverage(g, p) >= 0.5 and _speaker_right(g, p)
                for g in candidates
            )
        else:
            hit = any(
                g.get("start") is not None
                and p.get("start") is not None
                and _overlap(g["start"], g["end"], p["start"], p["end"])
                >= 0.5 * max(1, p["end"] - p["start"])
                and _speaker_right(g, p)
                for g in candidates
            )
        out.append(hit)
    return out

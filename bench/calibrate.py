"""How far each confidence can be trusted: precision by confidence on annotated news.

    python bench/calibrate.py ../shared/polnear/dev/gold.jsonl ../shared/polnear/dev/text
    python bench/calibrate.py GOLD DIR --raw      # the evidence strengths before calibration,
                                                  # and the calibration table they give

A record is right when the annotations bear it out (``evaluate.record_correct``): a quotation
covers an annotated one and names its speaker; a claim lies mostly inside an annotated unit
and names its speaker. With ``--raw`` the extractor's evidence strengths are measured instead of
the calibrated confidences, and a monotone table (pool-adjacent-violators over the strengths,
separately for quotations and claims) is printed for ``settings.CALIBRATION``.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BANDS = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def extract(folder: str, *, raw: bool, jobs: int) -> list[dict]:
    import quote_miner.ingest as ingest
    from quote_miner.source import iter_paths

    if raw:  # read by the worker processes, which fork from this one
        ingest.DEFAULT_SETTINGS = replace(ingest.DEFAULT_SETTINGS, calibrate=False)
    files, _ = iter_paths([folder])
    records = []
    for outcome in ingest.run_tasks(ingest.make_tasks(files), jobs=jobs, n_tasks=len(files)):
        records += [q.to_dict() for q in outcome.quotes]
    return records


def pav(points: list[tuple[float, int, int]]) -> list[tuple[float, float, int]]:
    """Pool adjacent violators: (strength, right, total) in rising strength → a precision per
    strength that never falls as the strength rises."""
    pools: list[list] = []
    for strength, right, total in sorted(points):
        pools.append([[strength], right, total])
        while len(pools) > 1 and pools[-2][1] / pools[-2][2] > pools[-1][1] / pools[-1][2]:
            last = pools.pop()
            pools[-1][0] += last[0]
            pools[-1][1] += last[1]
            pools[-1][2] += last[2]
    return [(s, right / total, total) for strengths, right, total in pools for s in strengths]


def main() -> None:
    from quote_miner.evaluate import load_rows, record_correct

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("folder")
    ap.add_argument("--raw", action="store_true", help="measure the evidence strengths before calibration")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    gold = load_rows(args.gold)
    records = extract(args.folder, raw=args.raw, jobs=args.jobs)
    correct = record_correct(gold, records)
    by_value: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0, 0])
    for r, ok in zip(records, correct, strict=True):
        cls = "claim" if r["kind"] == "indirect" else "quote"
        by_value[(cls, r["confidence"])][0] += ok
        by_value[(cls, r["confidence"])][1] += 1
    print(f"{len(records)} records, {sum(correct)} borne out by the annotations")
    print("\nconfidence band   precision   records   (quotes / claims)")
    for lo, hi in BANDS:
        right = [
            sum(v[0] for (c, x), v in by_value.items() if lo <= x < hi and c == cls)
            for cls in ("quote", "claim")
        ]
        total = [
            sum(v[1] for (c, x), v in by_value.items() if lo <= x < hi and c == cls)
            for cls in ("quote", "claim")
        ]
        if sum(total):
            print(
                f"{lo:.1f}–{min(hi, 1.0):.1f}          {sum(right) / sum(total):8.3f} {sum(total):9d}   "
                f"({total[0]} / {total[1]})"
            )
    if args.raw:
        print("\nCALIBRATION = {")
        for cls in ("quote", "claim"):
            points = [(x, v[0], v[1]) for (c, x), v in by_value.items() if c == cls]
            table = ", ".join(f"{s}: {p:.2f}" for s, p, _ in pav(points))
            counts = ", ".join(f"{x}: {v[1]}" for (c, x), v in sorted(by_value.items()) if c == cls)
            print(f'    "{cls}": {{{table}}},  # records: {counts}')
        print("}")


if __name__ == "__main__":
    main()

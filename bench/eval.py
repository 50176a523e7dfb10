"""Extract a folder and score it against annotations — the figures of shared/tools/score.py.

python bench/eval.py ../shared/gold/seeds_quotes.jsonl seeds
python bench/eval.py ../shared/polnear/dev/gold.jsonl ../shared/polnear/dev/text
python bench/eval.py GOLD.jsonl PREDICTIONS.jsonl      # score records made elsewhere
python bench/eval.py GOLD DIR --full                   # parse every paragraph (no gating)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def extract_folder(folder: str, *, jobs: int, full: bool) -> list[dict]:
    from quote_miner.ingest import make_tasks, run_tasks
    from quote_miner.source import iter_paths

    files, problems = iter_paths([folder])
    for p in problems:
        print(f"skipped {p}", file=sys.stderr)
    records = []
    for outcome in run_tasks(make_tasks(files, selective=not full), jobs=jobs, n_tasks=len(files)):
        if outcome.error:
            print(f"skipped {outcome.error}", file=sys.stderr)
        records += [q.to_dict() for q in outcome.quotes]
    return records


def main() -> None:
    from quote_miner.evaluate import load_rows, score

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("target", help="folder of articles to extract, or a file of records")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--full", action="store_true", help="run the whole pipeline on every paragraph")
    args = ap.parse_args()
    gold = load_rows(args.gold)
    t0 = time.perf_counter()
    if Path(args.target).is_dir():
        records = extract_folder(args.target, jobs=args.jobs, full=args.full)
        print(f"extracted {len(records)} records in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    else:
        records = load_rows(args.target)
    res = score(gold, records)
    res4 = score(gold, records, min_words=4)
    res["e2e_F1_4w"], res["span_F1_4w"] = res4["e2e_F1"], res4["span_F1"]
    print(" ".join(f"{k}={v}" for k, v in res.items()))


if __name__ == "__main__":
    main()

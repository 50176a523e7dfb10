"""Cleaning speed: every line of a folder of pages labelled, in process, against a baseline.

    python bench/clean.py ../shared/cleaner_dev/text            # median of 5 passes
    python bench/clean.py DIR --compare REV                      # also an older checkout's clean.py

The cleaner runs on every article, so it must stay cheap next to spaCy.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(clean_text, texts: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for text in texts:
            clean_text(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def load_clean_at(rev: str):
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:quote_miner/clean.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "clean_at_rev.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("clean_at_rev", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module.clean_text


def main() -> None:
    from quote_miner.clean import clean_text

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--compare", metavar="REV", help="a git revision whose cleaner to time too")
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(Path(args.folder).glob("*.txt"))]
    lines = sum(t.count("\n") for t in texts)
    now = timed(clean_text, texts, args.runs)
    print(f"{len(texts)} pages, {lines} lines: {now * 1000:.0f} ms ({now / len(texts) * 1000:.2f} ms a page)")
    if args.compare:
        before = timed(load_clean_at(args.compare), texts, args.runs)
        print(f"at {args.compare}: {before * 1000:.0f} ms; now/before = {now / before:.2f}")


if __name__ == "__main__":
    main()

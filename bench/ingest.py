"""Throughput of extraction against bare spaCy, in one run over the same texts.

    python bench/ingest.py                     # PolNeAR train if ../shared/polnear is there
    python bench/ingest.py --texts DIR --limit 200 --repeat 3

Accuracy of the gated pipeline against parsing everything: bench/eval.py GOLD DIR [--full].

Reports tokens per second for
  (a) bare ``nlp.pipe`` with the same model (its default pipeline) over the raw texts,
  (b) ``quotes extract`` end to end in one process,
  (c) ``quotes extract --jobs 2``,
each in a fresh process (model loading included), repeated with the order rotated, medians
reported, with the ratios b/a and c/b and each run's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
POLNEAR = ROOT.parent / "shared" / "polnear"


def child(mode: str, folder: str, model: str | None) -> None:
    """Runs in a fresh process: do the work, print the peak memory as JSON."""
    files = sorted(p for p in Path(folder).iterdir() if p.suffix == ".txt")
    if mode == "bare":
        import spacy

        from quote_miner.nlp import model_candidates

        nlp = None
        for name in model_candidates(model):
            try:
                nlp = spacy.load(name)
                break
            except OSError:
                continue
        texts = (f.read_text(encoding="utf-8") for f in files)
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    else:
        from quote_miner.cli import cli

        jobs = "2" if mode == "jobs2" else "1"
        args = ["extract", folder, "--jsonl", "--jobs", jobs] + (["--model", model] if model else [])
        with open(os.devnull, "w") as sink:
            sys.stdout = sink
            try:
                cli(args, prog_name="quotes", standalone_mode=False)
            finally:
                sys.stdout = sys.__stdout__
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    print(json.dumps({"rss_mb": round(peak / 1024, 1)}))


def count_tokens(folder: Path) -> int:
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    return sum(len(tokenizer(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.txt")))


def corpus(args) -> tuple[Path, str]:
    tmp = Path(tempfile.mkdtemp(prefix="qm-bench-"))
    if args.texts:
        src = sorted(Path(args.texts).glob("*.txt"))
        label = str(args.texts)
    elif (POLNEAR / "train" / "text").is_dir():
        src = sorted((POLNEAR / "train" / "text").glob("*.txt"))
        label = "PolNeAR train"
    else:
        seeds = sorted((ROOT / "quote_miner" / "seeds").glob("*.txt"))
        src = [seeds[i % len(seeds)] for i in range(100)]
        label = "the seeds, repeated"
    if args.limit:
        src = src[: args.limit]
    for i, f in enumerate(src):
        shutil.copy(f, tmp / f"{i:05d}_{f.name}")
    return tmp, f"{label} ({len(src)} articles)"


def run(mode: str, folder: Path, model: str | None) -> tuple[float, float]:
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(folder)] + (["--model", model] if model else []),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - t0
    rss = json.loads(out.stdout.strip().splitlines()[-1])["rss_mb"]
    return seconds, rss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", help="folder of .txt articles (default: PolNeAR train, else seeds)")
    ap.add_argument("--limit", type=int, default=300, help="articles to use (default 300)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", default=None)
    ap.add_argument("--child", nargs=2, metavar=("MODE", "DIR"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.model)
        return
    folder, label = corpus(args)
    try:
        tokens = count_tokens(folder)
        modes = ["bare", "extract", "jobs2"]
        times: dict[str, list[float]] = {m: [] for m in modes}
        rss: dict[str, float] = {m: 0.0 for m in modes}
        for r in range(args.repeat):
            for m in modes[r % 3 :] + modes[: r % 3]:  # rotate so no mode always goes first
                s, peak = run(m, folder, args.model)
                times[m].append(s)
                rss[m] = max(rss[m], peak)
        med = {m: statistics.median(v) for m, v in times.items()}
        print(f"corpus: {label}, {tokens:,} tokens; {args.repeat} runs each, medians, {os.cpu_count()} cores")
        names = {
            "bare": "(a) bare spaCy nlp.pipe",
            "extract": "(b) quotes extract",
            "jobs2": "(c) quotes extract --jobs 2",
        }
        for m in modes:
            print(
                f"{names[m]:<30} {med[m]:7.1f} s  {tokens / med[m]:9,.0f} tokens/s  peak RSS {rss[m]:7.1f} MB"
            )
        # Each round's own ratios too: this machine's speed drifts between rounds, and runs of
        # one round are next to each other in time.
        per_round_ba = statistics.median(a / b for a, b in zip(times["bare"], times["extract"], strict=True))
        per_round_cb = statistics.median(b / c for b, c in zip(times["extract"], times["jobs2"], strict=True))
        print(
            f"ratio b/a (extract vs bare spaCy, higher is faster): {med['bare'] / med['extract']:.2f}"
            f"  (median of rounds {per_round_ba:.2f})"
        )
        print(
            f"ratio c/b (--jobs 2 vs one process):                {med['extract'] / med['jobs2']:.2f}"
            f"  (median of rounds {per_round_cb:.2f})"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

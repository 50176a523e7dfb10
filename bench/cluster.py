"""A Dask LocalCluster against local worker processes, on the same articles, in one run.

    python bench/cluster.py ../shared/polnear/train/text --articles 300

Times `quotes extract DIR --jsonl --jobs 2` and `quotes extract DIR --jsonl --jobs 2 --scheduler
local` (2 single-threaded worker processes), each as a fresh process, and checks that both print
the same records.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(args: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "quote_miner", *args], capture_output=True, text=True, check=True
    )
    return time.perf_counter() - t0, out.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="qm-cluster-"))
    for f in sorted(Path(args.folder).glob("*.txt"))[: args.articles]:
        shutil.copy(f, work / f.name)
    local_s, local_out = run(["extract", str(work), "--jsonl", "--jobs", "2"])
    cluster_s, cluster_out = run(["extract", str(work), "--jsonl", "--jobs", "2", "--scheduler", "local"])
    same = hashlib.sha256(local_out.encode()).digest() == hashlib.sha256(cluster_out.encode()).digest()
    n = len(local_out.splitlines())
    print(f"{args.articles} articles, {n} records; same records: {same}")
    if not same:
        (work / "local.jsonl").write_text(local_out, encoding="utf-8")
        (work / "cluster.jsonl").write_text(cluster_out, encoding="utf-8")
        print(f"the two outputs: {work}/local.jsonl {work}/cluster.jsonl")
    print(f"--jobs 2                    {local_s:6.1f} s")
    print(f"--jobs 2 --scheduler local  {cluster_s:6.1f} s   cluster/local = {cluster_s / local_s:.2f}")


if __name__ == "__main__":
    main()

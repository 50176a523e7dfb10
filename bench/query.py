"""Query speed on a large library, against the start-up of Python with click, rich and sqlite3.

    python bench/query.py                    # 1,000,000 quotes, generated once into a temp dir
    python bench/query.py --quotes 200000 --db /tmp/big.db --runs 7

The library is generated from real extracted records (the bundled seeds, plus PolNeAR dev when
``../shared/polnear`` is there): their texts, speakers, cues and kinds, spread over 100,000
articles, ten years of dates and some 20,000 speakers. Then, in the same run, each command is
timed end to end as a fresh process (median of --runs):

    python -c "import click, rich, sqlite3"                     (the baseline)
    quotes --speaker Rubio --jsonl --limit 100
    quotes --keyword "minerals deal" --jsonl --limit 100
    (and --speaker by role and first name, --keyword by prefix and with OR / -word)
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
POLNEAR_DEV = ROOT.parent / "shared" / "polnear" / "dev" / "text"


def real_records() -> list[dict]:
    from quote_miner.ingest import make_tasks, run_tasks
    from quote_miner.source import iter_paths

    targets = [str(ROOT / "quote_miner" / "seeds")]
    if POLNEAR_DEV.is_dir():
        targets.append(str(POLNEAR_DEV))
    files, _ = iter_paths(targets)
    records = []
    for outcome in run_tasks(make_tasks(files), jobs=2, n_tasks=len(files)):
        records += [q.to_dict() for q in outcome.quotes if q.speaker]
    return records


def generate(db: Path, n: int, seed: int = 7) -> None:
    from quote_miner.library import Library, text_key
    from quote_miner.names import name_words

    rng = random.Random(seed)
    base = real_records()
    print(f"generating {n:,} quotes from {len(base):,} real records …", file=sys.stderr)
    lib = Library(db)
    conn = lib.conn
    speakers: dict[str, int] = {}

    def speaker_id(name: str, stype: str) -> int:
        if name not in speakers:
            cur = conn.execute(
                "INSERT INTO speakers (name, folded, type) VALUES (?, ?, ?)", (name, name.lower(), stype)
            )
            speakers[name] = cur.lastrowid
            conn.execute(
                "INSERT INTO speaker_names (speaker_id, name, surname) VALUES (?, ?, ?)",
                (cur.lastrowid, name, (name_words(name) or [""])[-1]),
            )
        return speakers[name]

    conn.execute("BEGIN")
    n_articles = max(1, n // 10)
    conn.executemany(
        "INSERT INTO articles (id, path, content_hash, title, outlet, date, site, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01')",
        (
            (
                i + 1,
                f"/corpus/{i:07d}.txt",
                f"h{i}",
                f"Article {i}",
                f"Outlet {i % 50}",
                f"{2015 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                f"Outlet {i % 50}",
            )
            for i in range(n_articles)
        ),
    )
    rows = []
    for i in range(n):
        r = base[i % len(base)]
        # Half the rows keep their real speaker; the others go to one of 20,000 synthetic ones.
        if rng.random() < 0.5:
            name, stype = r["speaker"], r["speaker_type"]
        else:
            name, stype = f"Person{rng.randrange(20000)} Example", "person"
        text = f"{r['text']} [{i}]"
        year = 2015 + rng.randrange(10)
        said = f"{year}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        rows.append(
            (
                f"{i:016x}",
                1 + i // 10,
                speaker_id(name, stype),
                text,
                text_key(text),
                r["kind"],
                name,
                stype,
                r["speaker_role"],
                r["cue"],
                said,
                said,
                r["confidence"],
                r["start"],
                r["end"],
            )
        )
        if len(rows) == 50_000:
            _insert(conn, rows)
            rows = []
    _insert(conn, rows)
    conn.execute("COMMIT")
    conn.execute("PRAGMA optimize")
    lib.close()


def _insert(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO quotes (id, article_id, speaker_id, text, text_key, kind, speaker, "
        'speaker_type, speaker_role, cue, date, said_on, confidence, start, "end", date_basis) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'explicit')",
        rows,
    )


def timed(cmd: list[str], runs: int) -> tuple[float, str]:
    times, out = [], ""
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        out = proc.stdout
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.strip()}")
    return statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quotes", type=int, default=1_000_000)
    ap.add_argument("--db", help="library file to (re)use; generated when missing")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    db = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="qm-query-")) / "big.db"
    if not db.exists():
        t0 = time.perf_counter()
        generate(db, args.quotes)
        print(f"generated in {time.perf_counter() - t0:.0f} s: {db}", file=sys.stderr)
    count = sqlite3.connect(db).execute("SELECT count(*) FROM quotes").fetchone()[0]
    py = sys.executable
    quotes = [py, "-m", "quote_miner", "--db", str(db)]
    base, _ = timed([py, "-c", "import click, rich, sqlite3"], args.runs)
    print(f"library: {count:,} quotes; medians of {args.runs} runs")
    print(f"baseline  python -c 'import click, rich, sqlite3'   {base * 1000:6.0f} ms")
    for label, extra in (
        ("--speaker Rubio", ["--speaker", "Rubio"]),
        ('--speaker "Kremlin spokesman"', ["--speaker", "Kremlin spokesman"]),
        ("--speaker Marco", ["--speaker", "Marco"]),
        ('--keyword "minerals deal"', ["--keyword", "minerals deal"]),
        ("--keyword 'negotiat*'", ["--keyword", "negotiat*"]),
        ("--keyword 'war OR peace -Russia'", ["--keyword", "war OR peace -Russia"]),
    ):
        seconds, out = timed(quotes + extra + ["--jsonl", "--limit", "100"], args.runs)
        n = len(out.splitlines())
        first = json.loads(out.splitlines()[0])["speaker"] if n else None
        print(
            f"quotes {label:<34} {seconds * 1000:6.0f} ms  = {seconds / base:.2f}x baseline "
            f"({n} records, first by {first})"
        )


if __name__ == "__main__":
    main()

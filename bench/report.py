"""How long `quotes report` takes on a library of 10,000 quotes, and a browser to open the page.

    python bench/report.py                  # 10,000 quotes, Chromium from the system
    python bench/report.py --records 50000

The library is generated as the tests generate it (articles written from the seeds' quoted words,
300 speakers, three years). `quotes report` runs end to end as a fresh process (median of --runs);
the page is then opened in headless Chromium (playwright driving the system's `chromium`), the
load time being the browser's own navigation timing (loadEventEnd). The yardstick, in the same
run: bare spaCy (`nlp.pipe`) over the 5 seed articles.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from quote_miner.nlp import load_nlp
    from quote_miner.source import read_source

    seeds = sorted((ROOT / "quote_miner" / "seeds").glob("*.txt"))
    texts = [read_source(path).text for path in seeds]
    nlp = load_nlp()
    t0 = time.perf_counter()
    sentences = sorted({s.text for doc in nlp.pipe(texts) for s in doc.sents if 20 < len(s.text) < 200})
    spacy_s = time.perf_counter() - t0

    from tests.test_views import generate_library

    folder = Path(tempfile.mkdtemp())
    db, page_path = folder / "library.db", folder / "report.html"
    generate_library(db, args.records, sentences)
    writes = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "quote_miner", "report", "--db", str(db), "-o", str(page_path)],
            check=True,
            capture_output=True,
        )
        writes.append(time.perf_counter() - t0)
    write_s = statistics.median(writes)
    size = page_path.stat().st_size
    print(
        f"{args.records} quotes: `quotes report` {write_s:.2f} s end to end, a {size / 1e6:.1f} MB page "
        f"({write_s / spacy_s:.2f}x bare spaCy over the 5 seeds, {spacy_s:.2f} s)"
    )

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("no Chromium: page load not measured")
        return
    from playwright.sync_api import sync_playwright

    loads = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for _ in range(args.runs):
            page = browser.new_page()
            page.goto(page_path.as_uri(), wait_until="load")
            loads.append(
                page.evaluate(
                    "() => { const t = performance.getEntriesByType('navigation')[0];"
                    " return t.loadEventEnd - t.startTime; }"
                )
                / 1000
            )
            t0 = time.perf_counter()
            page.select_option("#f-speaker", "Speaker 7")
            filter_s = time.perf_counter() - t0
            page.close()
        browser.close()
    print(
        f"page load in Chromium: {statistics.median(loads):.2f} s (median of {args.runs}); "
        f"one filter change: {filter_s * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()

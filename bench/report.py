"""How long `quotes report` takes to write a page of 10,000 quotes, and a browser to open it.

    python bench/report.py                  # 10,000 records, Chromium from the system
    python bench/report.py --records 50000

Records are the seeds' own extracted records, spread over 300 speakers and three years. The page
is written by the same function `quotes report` uses, then opened in headless Chromium
(playwright driving the system's `chromium`); the load time is the browser's own navigation
timing (loadEventEnd), median of --runs. The seeds' extraction, in the same run, is the yardstick
the write time is given against.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
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

    from quote_miner.api import extract_files
    from quote_miner.views.report import render_report

    seeds = sorted((ROOT / "quote_miner" / "seeds").glob("*.txt"))
    t0 = time.perf_counter()
    seed_records = [q.to_dict() for q in extract_files(seeds, jobs=1)]
    extract_s = time.perf_counter() - t0

    from tests.test_views import generated_records

    many = generated_records(args.records, seed_records)
    writes = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        html = render_report(many, title="bench")
        writes.append(time.perf_counter() - t0)
    write_s = statistics.median(writes)
    folder = Path(tempfile.mkdtemp())
    page_path = folder / "report.html"
    page_path.write_text(html, encoding="utf-8")
    print(
        f"{args.records} records: page {len(html) / 1e6:.1f} MB, written in {write_s:.2f} s "
        f"({write_s / extract_s:.2f}x extracting the 5 seeds, {extract_s:.2f} s)"
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

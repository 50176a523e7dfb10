"""Pictures of the library: the terminal timeline (through click's runner at 80 and 200
columns) and the HTML report (parsed, and opened in a real headless Chromium)."""

from __future__ import annotations

import json
import random
import re
import shutil
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from quote_miner.cli import cli
from quote_miner.views.report import highlighted_paragraph, render_report
from quote_miner.views.timeline import build_timeline, choose_by, period_of

from .conftest import default_library_env


@pytest.fixture(scope="module")
def seeded(seeded_data_copy):
    """A default library holding the seeds (seeded by its first query)."""
    env = default_library_env(seeded_data_copy())
    done = CliRunner().invoke(cli, ["--json", "--min-confidence", "0"], env=env)
    assert done.exit_code == 0, done.output
    return env, json.loads(done.stdout)


def run(args, env, **kw):
    return CliRunner().invoke(cli, args, env=env, **kw)


# --- timeline ---------------------------------------------------------------------------------


def test_periods_and_automatic_choice():
    import datetime as dt

    day = dt.date(2025, 4, 17)  # a Thursday
    assert period_of(day, "day") == "2025-04-17"
    assert period_of(day, "week") == "2025-04-14"  # its Monday
    assert period_of(day, "month") == "2025-04"
    assert choose_by(day, day + dt.timedelta(days=30)) == "day"
    assert choose_by(day, day + dt.timedelta(days=200)) == "week"
    assert choose_by(day, day + dt.timedelta(days=900)) == "month"


def test_counts_split_quotes_from_claims_and_group_the_rest():
    records = [
        {"speaker": "A", "kind": "direct", "date": "2025-04-01"},
        {"speaker": "A", "kind": "indirect", "date": "2025-04-01"},
        {"speaker": "A", "kind": "partial", "date": "2025-04-03"},
        {"speaker": "B", "kind": "direct", "date": "2025-04-03"},
        {"speaker": "C", "kind": "direct", "date": "2025-04-03"},
        {"speaker": "C", "kind": "direct", "date": None},
    ]
    line = build_timeline(records, top=1)
    assert line.by == "day"
    assert line.periods == ["2025-04-01", "2025-04-02", "2025-04-03"]  # the empty day is there
    assert line.speakers == ["A", "others"]
    assert line.counts["A"] == {"2025-04-01": (1, 1), "2025-04-03": (1, 0)}
    assert line.counts["others"] == {"2025-04-03": (2, 0)}
    assert line.undated == 1


def test_timeline_tsv_on_a_pipe_counts_every_record(seeded):
    env, records = seeded
    done = run(["timeline", "--by", "month"], env)
    assert done.exit_code == 0, done.output
    lines = done.stdout.splitlines()
    assert lines[0] == "period\tspeaker\tquotes\tclaims"
    rows = [line.split("\t") for line in lines[1:]]
    dated = [r for r in records if r["date"] and len(r["date"]) >= 10]
    assert sum(int(q) + int(c) for _, _, q, c in rows) == len(dated)
    rubio = {p: (int(q), int(c)) for p, s, q, c in rows if s == "Marco Rubio"}
    expected_claims = sum(r["speaker"] == "Marco Rubio" and r["kind"] == "indirect" for r in dated)
    assert sum(c for _, c in rubio.values()) == expected_claims


def test_timeline_follows_the_query_filters(seeded):
    env, records = seeded
    done = run(["timeline", "-s", "Peskov", "--kind", "direct", "--json"], env)
    assert done.exit_code == 0, done.output
    rows = json.loads(done.stdout)
    assert {r["speaker"] for r in rows} == {"Dmitry Peskov"}
    assert all(r["claims"] == 0 for r in rows)
    direct = sum(r["speaker"] == "Dmitry Peskov" and r["kind"] == "direct" for r in records)
    assert sum(r["quotes"] for r in rows) == direct


@pytest.mark.parametrize("columns", [80, 200])
def test_timeline_chart_fits_the_terminal_with_a_legend(seeded, columns):
    env, _ = seeded
    done = run(["timeline", "--table", "--top", "3"], {**env, "COLUMNS": str(columns), "NO_COLOR": "1"})
    assert done.exit_code == 0, done.output
    lines = done.stdout.splitlines()
    assert "\x1b" not in done.stdout
    assert max(len(line) for line in lines) <= columns
    assert max(len(line) for line in lines) >= columns - 4  # it uses the room it has
    head = "\n".join(lines[:8])
    legend = [line for line in lines[:8] if "Marco Rubio" in line or "others" in line]
    assert len(legend) == 2, head  # the top speaker and the rest, in the legend
    assert "per week" in lines[0]  # two months and a bit of seeds: weeks
    assert "2025-02-24" in done.stdout and "2025-04-28" in done.stdout  # first and last period


def test_timeline_with_nothing_to_draw(seeded):
    env, _ = seeded
    done = run(["timeline", "-k", "zzyzx"], env)
    assert done.exit_code == 1
    assert "no dated quotes match" in done.stderr


# --- report -----------------------------------------------------------------------------------


class PageParser(HTMLParser):
    """What the page holds: its records (the JSON its script lists), the speakers table's
    names, and every reference to something outside the text."""

    def __init__(self):
        super().__init__()
        self.records: list[dict] = []
        self.references: list[str] = []
        self.speaker_cells: list[str] = []
        self._text: list[str] = []
        self._table: str | None = None
        self._script: str | None = None
        self._cell = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href", "xlink:href", "srcset", "action", "data"):
            if a.get(key):
                self.references.append(a[key])
        if tag == "table":
            self._table = a.get("id")
        if tag == "tr":
            self._cell = 0
        if tag == "td":
            self._cell += 1
        if tag in ("td", "script"):
            self._text = []
        if tag == "script":
            self._script = a.get("id")

    def handle_data(self, data):
        self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "td" and self._table == "speakers" and self._cell == 1:
            self.speaker_cells.append("".join(self._text))
        if tag == "script" and self._script == "records":
            self.records = json.loads("".join(self._text))
        if tag == "table":
            self._table = None

    def marks(self, kind: str) -> list[str]:
        return [text for r in self.records for text, mark in r["pieces"] if mark == kind]


def external(references: list[str]) -> list[str]:
    """References that leave the page (the chart's SVG points inside it, to "#id")."""
    return [ref for ref in references if not ref.startswith("#")]


def parse(html: str) -> PageParser:
    page = PageParser()
    page.feed(html)
    return page


def test_report_of_the_seeds_holds_every_speaker_and_quote_and_nothing_external(seeded, tmp_path):
    env, records = seeded
    out = tmp_path / "seeds.html"
    done = run(["report", "-o", str(out)], env)
    assert done.exit_code == 0, done.output
    html = out.read_text(encoding="utf-8")
    page = parse(html)
    assert [r["id"] for r in page.records] == [r["id"] for r in records]
    assert [r["text"] for r in page.records] == [r["text"] for r in records]
    assert set(page.speaker_cells) == {r["speaker"] or "unknown" for r in records}
    assert page.marks("quote") == [r["text"] for r in records]
    mentions = page.marks("speaker")
    for r in records:
        m = r["speaker_mention"]
        if m and not (r["start"] <= m["start"] < r["end"]):
            assert m["text"] in mentions
    assert page.references and external(page.references) == []  # nothing to fetch, nowhere to go
    # Namespace names (xmlns="http://www.w3.org/2000/svg") are identifiers, never fetched.
    assert not re.search(r"https?://", re.sub(r'xmlns(:\w+)?="[^"]*"', "", html))
    assert "<svg" in html and "Marco Rubio" in html.split("<svg", 1)[1]  # the chart's legend
    assert f"<b>{len(records)}</b>" not in html  # quotes and claims are counted apart
    claims = sum(r["kind"] == "indirect" for r in records)
    assert f"<b>{claims}</b>claims" in html and f"<b>{len(records) - claims}</b>quotes" in html


def test_report_follows_the_filters_and_says_when_empty(seeded, tmp_path):
    env, records = seeded
    out = tmp_path / "peskov.html"
    assert run(["report", "-s", "Peskov", "-o", str(out)], env).exit_code == 0
    page = parse(out.read_text(encoding="utf-8"))
    assert {r["speaker"] for r in page.records} == {"Dmitry Peskov"}
    assert len(page.records) == sum(r["speaker"] == "Dmitry Peskov" for r in records)
    done = run(["report", "-k", "zzyzx", "-o", str(tmp_path / "none.html")], env)
    assert done.exit_code == 1 and "no quotes match" in done.stderr
    assert not (tmp_path / "none.html").exists()


def test_quoted_markup_is_text_not_html():
    record = {
        "id": "x1",
        "text": "<script>alert(1)</script> & more",
        "kind": "direct",
        "speaker": "A <b>",
        "speaker_type": "person",
        "speaker_role": None,
        "speaker_mention": None,
        "date": "2025-01-02",
        "confidence": 0.9,
        "start": 0,
        "end": 32,
        "article": {"path": "a", "title": "T", "outlet": None},
        "context": "<script>alert(1)</script> & more",
        "context_start": 0,
    }
    html = render_report([record], title="<i>t</i>")
    assert "<script>alert(1)" not in html and "</script> & more" not in html
    assert "<i>t</i>" not in html and "A <b>" not in html
    assert parse(html).records[0]["text"] == record["text"]  # and the text itself survives


def test_paragraph_marks_quote_and_mention():
    context = "Later, Peskov said: “We are ready.” He left."
    record = {
        "text": "We are ready.",
        "start": 121,
        "end": 134,
        "context": context,
        "context_start": 100,
        "speaker_mention": {"text": "Peskov", "start": 107, "end": 113},
    }
    assert highlighted_paragraph(record) == [
        ("Later, ", None),
        ("Peskov", "speaker"),
        (" said: “", None),
        ("We are ready.", "quote"),
        ("” He left.", None),
    ]


def generated_records(n: int, seed_records: list[dict]) -> list[dict]:
    """n records made from the seeds' own, spread over 300 speakers and three years of dates."""
    rng = random.Random(7)
    out = []
    for i in range(n):
        base = dict(rng.choice(seed_records))
        base.update(
            id=f"{i:016x}",
            speaker=f"Speaker {i % 300}",
            speaker_mention=None,
            date=f"{2023 + i % 3}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            context=base["text"],
            context_start=base["start"],
        )
        out.append(base)
    return out


def generate_library(db, n: int, sentences: list[str], *, per_article: int = 25) -> None:
    """A real library of n quotes: articles written here, each paragraph one speaker's quote
    (words from the seeds, numbered so that no two are the same quote), stored as ingest does."""
    from quote_miner.library import Library
    from quote_miner.records import Article, Quote, SpeakerMention

    rng = random.Random(7)
    lib = Library(db)
    try:
        for a in range(-(-n // per_article)):
            date = f"{2023 + a % 3}-{1 + a % 12:02d}-{1 + a % 28:02d}"
            article = Article(
                path=f"/generated/{a:05d}.txt",
                title=f"Article {a}",
                outlet=f"Outlet {a % 7}",
                date=date,
                content_hash=f"generated-{a}",
            )
            text, quotes = "", []
            for i in range(a * per_article, min(n, (a + 1) * per_article)):
                speaker = f"Speaker {i % 300}"
                lead = f"{speaker} said: “"
                words = f"{rng.choice(sentences)} ({i})"
                at = len(text)
                start = at + len(lead)
                text += f"{lead}{words}”\n\n"
                quotes.append(
                    Quote(
                        text=words,
                        kind=("direct", "partial", "indirect")[i % 3],
                        start=start,
                        end=start + len(words),
                        article=article,
                        speaker=speaker,
                        speaker_type="person",
                        speaker_mention=SpeakerMention(speaker, at, at + len(speaker)),
                        cue="said",
                        date=date,
                        date_basis="article",
                        confidence=0.9,
                        context_start=at,
                        context_end=len(text) - 2,
                    )
                )
            lib.add_article(
                quotes,
                path=article.path,
                content_hash=article.content_hash,
                title=article.title,
                outlet=article.outlet,
                date=date,
                source_text=text,
            )
    finally:
        lib.close()


@pytest.fixture(scope="module")
def big_report(seed_gold, tmp_path_factory):
    """`quotes report` on a generated library of 10,000 quotes (sentences of the seeds)."""
    folder = tmp_path_factory.mktemp("big")
    db, path = folder / "big.db", folder / "big.html"
    generate_library(db, 10_000, sorted({r["text"] for r in seed_gold}))
    done = run(["report", "--db", str(db), "-o", str(path)], {})
    assert done.exit_code == 0, done.output
    return path


def test_report_of_ten_thousand_quotes_is_complete(big_report):
    page = parse(big_report.read_text(encoding="utf-8"))
    assert len(page.records) == 10_000
    assert len({r["text"] for r in page.records}) == 10_000
    assert page.marks("quote") == [r["text"] for r in page.records]
    assert len(page.marks("speaker")) == 10_000
    assert len(set(page.speaker_cells)) == 300
    assert external(page.references) == []


# --- in a real browser ------------------------------------------------------------------------


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium on this machine (Debian: apt-get install chromium; .ci/run does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=["--no-sandbox"])
        yield b
        b.close()


def open_page(browser, path):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
    page.goto(path.resolve().as_uri(), wait_until="load")
    return page, errors, requests


def listed_rows(page) -> int:
    return page.locator("#quotes tbody tr").count()


def matching(page) -> int:
    return int(page.inner_text("#shown").split()[0])


def test_report_in_a_browser_renders_and_filters(browser, seeded, tmp_path):
    env, records = seeded
    out = tmp_path / "seeds.html"
    assert run(["report", "-o", str(out)], env).exit_code == 0
    page, errors, requests = open_page(browser, out)
    assert listed_rows(page) == matching(page) == len(records)
    page.select_option("#f-speaker", "Dmitry Peskov")
    peskov = sum(r["speaker"] == "Dmitry Peskov" for r in records)
    assert listed_rows(page) == peskov < len(records)
    assert page.inner_text("#shown") == f"{peskov} of {len(records)} match"
    assert set(page.locator("#quotes tbody tr").evaluate_all("rows => rows.map(r => r.dataset.speaker)")) == {
        "Dmitry Peskov"
    }
    page.select_option("#f-speaker", "")
    page.fill("#f-words", "minerals")
    wanted = sum("minerals" in r["text"].lower() for r in records)
    assert 0 < listed_rows(page) == wanted
    page.fill("#f-words", "")
    page.select_option("#f-kind", "indirect")
    assert listed_rows(page) == sum(r["kind"] == "indirect" for r in records)
    page.select_option("#f-kind", "")
    page.fill("#f-since", "2025-04-18")
    assert listed_rows(page) == sum(bool(r["date"]) and r["date"] >= "2025-04-18" for r in records)
    first = page.locator("#quotes tbody tr").first
    first.locator("button.context").click()
    assert first.locator("mark.quote").is_visible()
    assert first.locator("mark.quote").inner_text() == first.locator("td.text").inner_text().split("\n")[0]
    page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    assert errors == [] and requests == []


def test_report_of_ten_thousand_quotes_in_a_browser(browser, big_report, tmp_path):
    from quote_miner.views.report import PAGE_SIZE

    page, errors, requests = open_page(browser, big_report)
    assert matching(page) == 10_000 and listed_rows(page) == PAGE_SIZE
    page.click("#more")
    assert listed_rows(page) == 2 * PAGE_SIZE
    page.select_option("#f-speaker", "Speaker 7")
    seven = 10_000 // 300 + 1  # quotes 7, 307, 607, … 9907
    assert matching(page) == seven and listed_rows(page) == min(seven, PAGE_SIZE)
    page.screenshot(path=str(tmp_path / "big.png"))
    assert errors == [] and requests == []


def test_report_open_hands_the_file_to_the_browser(seeded, tmp_path):
    import shlex
    import sys

    env, _ = seeded
    out, opened = tmp_path / "r.html", tmp_path / "opened.txt"
    record = f"import sys, pathlib; pathlib.Path({str(opened)!r}).write_text(sys.argv[1])"
    browser = f"{shlex.quote(sys.executable)} -c {shlex.quote(record)} %s"
    done = run(["report", "-o", str(out), "--open"], {**env, "BROWSER": browser})
    assert done.exit_code == 0, done.output
    assert opened.read_text() == out.resolve().as_uri()


def test_report_to_a_folder_that_does_not_exist_is_one_line(seeded, tmp_path):
    env, _ = seeded
    done = run(["report", "-o", str(tmp_path / "no" / "such" / "r.html")], env)
    assert done.exit_code == 2
    assert "cannot write" in done.stderr and len(done.stderr.strip().splitlines()) == 1

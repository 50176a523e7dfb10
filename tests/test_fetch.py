"""Pages and feeds by URL, against a real HTTP server on 127.0.0.1 that the tests run and stop.

No test reaches any other address.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from quote_miner.cli import cli

PAGE = """<!doctype html>
<html><head><title>Harbor vote passes</title>
<meta property="og:site_name" content="The Harbor Times">
<meta property="article:published_time" content="2025-03-05T09:00:00Z">
</head><body><article>
<h1>Harbor vote passes</h1>
<p>The council approved the harbor plan on Tuesday after a long debate in the town hall.</p>
<p>“We will rebuild the harbor before the winter storms,” Mayor Linda Park said on Tuesday.</p>
<p>“The money is already in the budget,” said Omar Reyes, the city treasurer.</p>
</article></body></html>"""


class Site:
    """What the test server serves; the changing page moves on with each request for it."""

    def __init__(self) -> None:
        self.version = 1
        self.base = ""

    def route(self, path: str) -> tuple[int, str, bytes, dict[str, str]]:
        if path == "/story.html":
            return 200, "text/html; charset=utf-8", PAGE.encode(), {}
        if path == "/other.html":
            return 200, "text/html", PAGE.replace("Linda Park", "Dana White").encode(), {}
        if path == "/changing.html":
            body = PAGE.replace("winter storms", f"storms of year {self.version}")
            return 200, "text/html", body.encode(), {}
        if path == "/moved":
            return 302, "text/plain", b"", {"Location": f"{self.base}/story.html"}
        if path == "/report.pdf":
            return 200, "application/pdf", b"%PDF-1.4 " + b"x" * 200, {}
        if path == "/slow.html":
            time.sleep(2.5)
            return 200, "text/html", PAGE.encode(), {}
        if path == "/feed.xml":
            items = "".join(
                f"<item><title>{name}</title><link>{self.base}/{name}</link></item>"
                for name in ("story.html", "other.html", "missing.html", "story.html")
            )
            rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>H</title>{items}</channel></rss>'
            return 200, "application/rss+xml", rss.encode(), {}
        return 404, "text/html", b"<html><body>Not found</body></html>", {}


@pytest.fixture
def site():
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            status, kind, body, headers = state.route(self.path)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)  # (the client may have given up waiting: the timeout test)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def run(db: Path, *args: str, code: int = 0):
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == code, (args, result.stdout, result.stderr)
    return result


def test_a_page_by_url_is_kept_dated_and_shown_offline(site, tmp_path):
    db = tmp_path / "news.db"
    url = f"{site.base}/story.html"
    added = run(db, "add", url, "-j", "1")
    assert "1 added" in added.stderr
    records = json.loads(run(db, "-s", "Park", "--json").stdout)
    (park,) = records
    article = park["article"]
    assert article["url"] == url and article["title"] == "Harbor vote passes"
    assert article["outlet"] == "The Harbor Times" and article["date"] == "2025-03-05"
    assert park["date"] == "2025-03-04"  # "on Tuesday", before Wednesday 5 March
    kept = Path(article["path"])
    assert kept.parent == tmp_path / "news-pages" and kept.read_bytes() == PAGE.encode()
    assert kept.read_text(encoding="utf-8")[park["start"] : park["end"]] == park["text"]
    # offline: the server is not asked again to show the quote in its paragraph
    shown = run(db, "show", park["id"], "--table")
    assert "rebuild the harbor" in shown.stdout
    # the same page again: unchanged, like a file
    assert "1 unchanged" in run(db, "add", url).stderr


def test_a_redirect_is_followed(site, tmp_path):
    out = run(tmp_path / "r.db", "add", f"{site.base}/moved", "-j", "1")
    assert "1 added" in out.stderr


@pytest.mark.parametrize(
    "path,problem",
    [("/missing.html", "HTTP 404"), ("/report.pdf", "not a web page (application/pdf)")],
)
def test_errors_are_one_line_per_url_and_the_rest_goes_on(site, tmp_path, path, problem):
    db = tmp_path / "e.db"
    mixed = run(db, "add", f"{site.base}{path}", f"{site.base}/story.html", "-j", "1")  # exit 0: one worked
    assert f"skipped {site.base}{path}: {problem}" in mixed.stderr and "1 added" in mixed.stderr
    only_bad = run(db, "add", f"{site.base}{path}", code=2)
    assert only_bad.stderr.count("skipped") == 1 and "Traceback" not in only_bad.stderr


def test_a_slow_page_times_out(site, tmp_path):
    started = time.monotonic()
    result = run(tmp_path / "t.db", "add", f"{site.base}/slow.html", "--timeout", "1", code=2)
    assert "timed out" in result.stderr.lower() and time.monotonic() - started < 20


def test_a_page_that_changed_replaces_its_old_text(site, tmp_path):
    db = tmp_path / "c.db"
    url = f"{site.base}/changing.html"
    run(db, "add", url, "-j", "1")
    site.version = 2
    second = run(db, "add", url, "-j", "1")
    assert "1 replaced" in second.stderr
    texts = [r["text"] for r in json.loads(run(db, "-s", "Park", "--json").stdout)]
    assert texts == ["We will rebuild the harbor before the storms of year 2,"]
    assert len(json.loads(run(db, "articles", "--json").stdout)) == 1


def test_a_feed_adds_new_articles_once(site, tmp_path):
    db = tmp_path / "f.db"
    feed = f"{site.base}/feed.xml"
    first = run(db, "add", "--feed", feed, "--limit", "1", "-j", "1")
    assert "feed " in first.stderr and "1 fetched" in first.stderr and "left for the next run" in first.stderr
    second = run(db, "add", "--feed", feed, "-j", "1")
    assert "1 already in the library" in second.stderr and "skipped" in second.stderr  # missing.html
    third = run(db, "add", "--feed", feed, "-j", "1")  # from cron: nothing new, nothing doubled
    assert "2 already in the library" in third.stderr and "0 added" in third.stderr
    urls = sorted(a["url"] for a in json.loads(run(db, "articles", "--json").stdout))
    assert urls == [f"{site.base}/other.html", f"{site.base}/story.html"]


def test_extract_a_url_without_a_library(site, tmp_path):
    result = CliRunner().invoke(cli, ["extract", f"{site.base}/story.html", "--jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["speaker"] for r in rows} == {"Linda Park", "Omar Reyes"}
    assert all(r["article"]["url"] == f"{site.base}/story.html" for r in rows)
    bad = CliRunner().invoke(cli, ["extract", f"{site.base}/missing.html"])
    assert bad.exit_code == 2 and bad.stderr.strip() == f"skipped {site.base}/missing.html: HTTP 404"

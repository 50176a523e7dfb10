"""Saved HTML: the article found by trafilatura, offsets into the raw file."""

from __future__ import annotations

import html
import json
import re

from click.testing import CliRunner

from quote_miner.cli import cli
from quote_miner.html import visible_text

from .conftest import DATA

PAGE = DATA / "page.html"


def visible(raw_slice: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", raw_slice))


def test_visible_text_maps_every_character_back():
    raw = "<p>Tom &amp; Jerry said &ldquo;hi&rdquo;</p><script>x = '“no”'</script>"
    vt = visible_text(raw)
    assert vt.text.strip() == "Tom & Jerry said “hi”"
    i = vt.text.index("&")
    assert raw[vt.starts[i] : vt.ends[i]] == "&amp;"
    assert "no" not in vt.text


def test_quotes_from_html_point_into_the_raw_file():
    result = CliRunner().invoke(cli, ["extract", str(PAGE), "--jsonl"])
    assert result.exit_code == 0, result.stderr
    raw = PAGE.read_text(encoding="utf-8")
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    direct = [r for r in rows if r["kind"] == "direct"]
    assert [r["speaker"] for r in direct] == ["Marco Rubio", "Marco Rubio"]
    for r in rows:
        assert visible(raw[r["start"] : r["end"]]) == r["text"]
        assert r["article"]["outlet"] == "Example News"
        assert r["date"] == "2025-04-18"
    # navigation, teasers in <aside>, scripts and the footer are not the article
    assert not any("Teasers" in r["text"] or "not a quote" in r["text"] for r in rows)


def test_clean_html_prints_the_article():
    out = CliRunner().invoke(cli, ["clean", str(PAGE)]).stdout
    assert "Kremlin spokesman Dmitry Peskov" in out
    assert "All rights reserved" not in out and "Subscribe" not in out

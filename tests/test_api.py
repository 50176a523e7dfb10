"""The public Python API, used only as the README shows it."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings

import pytest

import quote_miner

from .conftest import SEEDS, gold_count

ARTICLE = "Harbor vote\n\n“We will rebuild the harbor,” Mayor Linda Park said on Tuesday.\n"


def test_extract_text():
    (quote,) = quote_miner.extract(ARTICLE, date="2025-03-05", outlet="The Harbor Times")
    # Once more: the first call loads the pipeline's modules, which must not hide the function
    # behind a module of the same name (quote_miner.extract was one).
    assert quote_miner.extract(ARTICLE, date="2025-03-05", outlet="The Harbor Times") == [quote]
    assert (quote.text, quote.speaker, quote.date) == (
        "We will rebuild the harbor,",
        "Linda Park",
        "2025-03-04",
    )
    assert ARTICLE[quote.start : quote.end] == quote.text
    record = quote.to_dict()
    assert record["article"]["outlet"] == "The Harbor Times" and record["kind"] == "direct"


def test_extract_files_streams_in_path_order_and_reports_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Linda Park", "Omar Reyes"), encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01" * 50)
    errors: list[str] = []
    quotes = list(quote_miner.extract_files(tmp_path, jobs=1, on_error=errors.append))
    assert [q.speaker for q in quotes] == ["Linda Park", "Omar Reyes"]
    assert len(errors) == 1 and "c.txt" in errors[0]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        list(quote_miner.extract_files([tmp_path / "c.txt"], jobs=1))
    assert any("binary" in str(w.message) for w in caught)


def test_library_add_query_speakers_articles_remove(tmp_path):
    with quote_miner.Library(tmp_path / "news.db") as lib:
        report = lib.add(SEEDS, jobs=1)
        assert report.added == 5 and not report.problems
        peskov = lib.query(speaker="Peskov")
        assert len(peskov) == gold_count("Dmitry Peskov")
        assert {r["speaker"] for r in peskov} == {"Dmitry Peskov"}
        april = lib.query(speaker=["Rubio", "Bruce"], since="2025-04-01", until="2025-04-30", kind="direct")
        assert april and all(r["kind"] == "direct" and "2025-04" in r["date"] for r in april)
        assert all("mineral" in r["text"].lower() for r in lib.query(keyword="minerals deal"))
        assert lib.speakers()[0]["speaker"] == "Marco Rubio"
        articles = lib.articles()
        assert len(articles) == 5
        assert lib.remove(articles[0]["id"]) == 1 and len(lib.articles()) == 4
        assert lib.add(SEEDS, jobs=1).added == 1  # the removed one comes back, the rest are known


def test_the_cli_gives_the_same_records(tmp_path):
    db = tmp_path / "same.db"
    with quote_miner.Library(db) as lib:
        lib.add(SEEDS / "004_0036f894b85e4f95.txt", jobs=1)
        api_records = lib.query(speaker="Rubio")
    out = subprocess.run(
        [sys.executable, "-m", "quote_miner", "--db", str(db), "-s", "Rubio", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout) == api_records


def test_importing_the_package_loads_no_model():
    code = "import sys, quote_miner; quote_miner.Library; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_private_names_are_not_exported():
    assert set(quote_miner.__all__) == {"Library", "extract", "extract_files", "__version__"}
    with pytest.raises(AttributeError):
        quote_miner.extract_source  # noqa: B018

from __future__ import annotations

import subprocess
import sys

import pytest

from quote_miner.errors import QueryError
from quote_miner.library.query import parse_date_bound
from quote_miner.names import name_score


def test_spelling_variants():
    assert name_score("Zelenskyy", "Volodymyr Zelensky") > 0
    assert name_score("Jane Smith", "John Smith") == 0


@pytest.mark.parametrize(
    "value,end,expected",
    [
        ("2025-04-18", False, "2025-04-18"),
        ("2025-04", False, "2025-04-01"),
        ("2025-02", True, "2025-02-28"),
        ("2024", True, "2024-12-31"),
        ("2025-11", False, "2025-11-01"),
        ("2025-11", True, "2025-11-30"),
        ("2024-02", True, "2024-02-29"),
        ("2024", False, "2024-01-01"),
        (" 2024-03-05 ", True, "2024-03-05"),
    ],
)
def test_date_bounds(value, end, expected):
    assert parse_date_bound(value, end=end) == expected


@pytest.mark.parametrize("bad", ["notadate", "2025-13-01", "April"])
def test_bad_dates_raise(bad):
    with pytest.raises(QueryError):
        parse_date_bound(bad, end=False)


def test_query_path_never_imports_spacy(tmp_path):
    db = tmp_path / "lib.db"
    code = f"""
import sys
from quote_miner.library import Library
from quote_miner.records import Article, Quote
lib = Library({str(db)!r})
art = Article(path="a.txt", date="2025-04-18", content_hash="h")
q = Quote(text="It is not our war.", kind="direct", start=0, end=18, article=art,
          speaker="Marco Rubio", speaker_type="person", confidence=0.9)
lib.add_article([q], path="a.txt", content_hash="h", title=None, outlet=None, date=None)
lib.close()
from quote_miner.cli import cli
try:
    cli(["--db", {str(db)!r}, "--speaker", "Rubio", "--jsonl"], prog_name="quotes")
except SystemExit as e:
    assert e.code in (0, None), e.code
print("spacy" in sys.modules, file=sys.stderr)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "It is not our war." in out.stdout
    assert out.stderr.strip().splitlines()[-1] == "False"

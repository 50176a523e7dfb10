from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parent.parent / "quote_miner" / "seeds"


@pytest.fixture(autouse=True)
def private_library(tmp_path, monkeypatch):
    """Never touch the user's library: every test gets its own."""
    db = tmp_path / "library.db"
    monkeypatch.setenv("QUOTE_MINER_DB", str(db))
    return db


@pytest.fixture(scope="session")
def nlp():
    from quote_miner.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def extract_one(nlp):
    """Extract from a text written in the test: returns the records as dicts."""
    from quote_miner.extraction import extract_text
    from quote_miner.records import Article

    def run(text: str, date: str | None = "2025-04-18") -> list[dict]:
        quotes = extract_text(text, Article(path="t.txt", date=date), nlp=nlp)
        for q in quotes:
            assert text[q.start : q.end] == q.text
            m = q.speaker_mention
            assert m is None or text[m.start : m.end] == m.text
        return [q.to_dict() for q in quotes]

    return run


@pytest.fixture(scope="session")
def seed_gold() -> list[dict]:
    return [json.loads(line) for line in (DATA / "seeds_quotes.jsonl").open(encoding="utf-8")]


@pytest.fixture
def default_library(tmp_path, monkeypatch):
    """The user's default library (no --db, no QUOTE_MINER_DB), in a data folder of the test's."""
    monkeypatch.delenv("QUOTE_MINER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "quote-miner" / "library.db"


def default_library_env(folder: Path) -> dict[str, str | None]:
    """Environment for a CliRunner.invoke that uses a default library in ``folder``."""
    return {"QUOTE_MINER_DB": None, "XDG_DATA_HOME": str(folder)}


@pytest.fixture(scope="session")
def _seeded_data(tmp_path_factory) -> Path:
    """A data folder whose default library holds the seeds, made once per pytest worker the
    way a user's is: by the first query of a new default library."""
    from click.testing import CliRunner

    from quote_miner.cli import cli

    data = tmp_path_factory.mktemp("seeded")
    done = CliRunner().invoke(cli, ["speakers", "--json"], env=default_library_env(data))
    assert done.exit_code == 0, done.stderr
    return data


@pytest.fixture(scope="session")
def seeded_data_copy(_seeded_data, tmp_path_factory):
    """A function giving a new data folder with its own copy of the seeded default library."""

    def copy() -> Path:
        folder = tmp_path_factory.mktemp("data")
        shutil.copytree(_seeded_data, folder, dirs_exist_ok=True)
        return folder

    return copy


def gold_count(speaker: str) -> int:
    """How many quotes and claims the seeds' hand annotations give ``speaker``."""
    rows = [json.loads(line) for line in (DATA / "seeds_quotes.jsonl").open(encoding="utf-8")]
    return sum(r["speaker"] == speaker for r in rows)

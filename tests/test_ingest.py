"""Articles parsed together in chunks: the same records as one by one, failures kept apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from quote_miner import extraction
from quote_miner.ingest import CHUNK_ARTICLES, Task, run_chunk, run_task, run_tasks

SEEDS = sorted((Path(__file__).resolve().parent.parent / "quote_miner" / "seeds").glob("*.txt"))


def _records(outcome):
    return [q.to_dict() for q in outcome.quotes]


@pytest.fixture(scope="module")
def one_by_one(nlp):
    return {str(p): _records(run_task(Task(str(p)))) for p in SEEDS}


def test_a_chunk_gives_each_article_the_records_it_gets_alone(one_by_one, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    tasks = [Task(str(SEEDS[0])), Task(str(binary)), *(Task(str(p)) for p in SEEDS[1:])]
    outcomes = run_chunk(tasks)
    assert [o.path for o in outcomes] == [t.path for t in tasks]
    assert outcomes[1].error and "photo.txt" in outcomes[1].error and not outcomes[1].quotes
    for outcome in outcomes[:1] + outcomes[2:]:
        assert outcome.error is None
        assert _records(outcome) == one_by_one[outcome.path]
        for q in outcome.quotes:
            assert outcome.source.text[q.start : q.end] == q.text


def test_when_the_pooled_parse_fails_each_article_is_parsed_alone(one_by_one, monkeypatch):
    pooled = extraction.parse_prepared

    def fails_when_pooled(nlp, articles, settings):
        if len(articles) > 1:
            raise MemoryError("a pooled parse too big")
        return pooled(nlp, articles, settings)

    monkeypatch.setattr(extraction, "parse_prepared", fails_when_pooled)
    outcomes = run_chunk([Task(str(p)) for p in SEEDS])
    assert [o.error for o in outcomes] == [None] * len(SEEDS)
    assert {o.path: _records(o) for o in outcomes} == one_by_one


def test_a_run_longer_than_a_chunk_keeps_the_order_of_its_files(one_by_one):
    paths = [str(SEEDS[i % len(SEEDS)]) for i in range(CHUNK_ARTICLES + 3)]
    outcomes = list(run_tasks([Task(p) for p in paths], jobs=1))
    assert [o.path for o in outcomes] == paths
    assert all(o.quotes for o in outcomes)

"""The real model on the bundled seeds, against the hand annotations, with floors."""

from __future__ import annotations

import pytest

from quote_miner.evaluate import score
from quote_miner.extract import extract_source
from quote_miner.source import read_source

from .conftest import SEEDS


@pytest.fixture(scope="module")
def seed_records(nlp):
    from quote_miner.ingest import folder_recurring

    files = sorted(SEEDS.glob("*.txt"))
    recurring = folder_recurring(files)[SEEDS]
    out = []
    for f in files:
        source = read_source(f)
        for q in extract_source(source, nlp=nlp, recurring=recurring):
            assert source.text[q.start : q.end] == q.text, q
            out.append(q.to_dict())
    return out


def test_every_record_is_verbatim_and_complete(seed_records):
    fields = {"id", "text", "kind", "speaker", "speaker_type", "speaker_role", "speaker_mention",
              "cue", "date", "date_basis", "confidence", "start", "end", "article"}
    assert seed_records
    for r in seed_records:
        assert set(r) == fields
        assert r["kind"] in ("direct", "partial", "indirect")
        assert 0 <= r["confidence"] <= 1


def test_seed_accuracy_floor(seed_records, seed_gold):
    res = score(seed_gold, seed_records)
    # The targets (0.97 / 0.95 / 0.8 / 1.0); today the seeds score 1.0 on each.
    assert res["e2e_F1"] >= 0.97, res
    assert res["span_F1"] >= 0.97, res
    assert res["speaker_fullname_acc"] >= 0.95, res
    assert res["indirect_recall"] >= 0.8, res
    assert res["date_acc"] == 1.0, res


def test_same_input_same_output(nlp, seed_records):
    again = []
    for f in sorted(SEEDS.glob("*.txt")):
        from quote_miner.ingest import folder_recurring

        rec = folder_recurring(sorted(SEEDS.glob("*.txt")))[SEEDS]
        again += [q.to_dict() for q in extract_source(read_source(f), nlp=nlp, recurring=rec)]
    assert again == seed_records

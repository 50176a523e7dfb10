"""The real model on the bundled seeds, against the hand annotations, with floors."""

from __future__ import annotations

import json

import pytest

from quote_miner.evaluate import score

from .conftest import SEEDS


def extract_seeds() -> list[dict]:
    """The seeds as `quotes extract seeds` reads them: one run, names shared across articles."""
    from quote_miner.ingest import make_tasks, run_tasks

    out = []
    for outcome in run_tasks(make_tasks(sorted(SEEDS.glob("*.txt"))), jobs=1):
        assert outcome.error is None, outcome.error
        for q in outcome.quotes:
            assert outcome.source.text[q.start : q.end] == q.text, q
            m = q.speaker_mention
            if m is not None:  # the words at the attribution site, verbatim too
                assert outcome.source.text[m.start : m.end] == m.text, q
            out.append(q.to_dict())
    return out


@pytest.fixture(scope="module")
def seed_records(nlp):
    return extract_seeds()


def test_every_record_is_verbatim_and_complete(seed_records):
    fields = {
        "id",
        "text",
        "kind",
        "speaker",
        "speaker_type",
        "speaker_role",
        "speaker_mention",
        "cue",
        "date",
        "date_basis",
        "confidence",
        "start",
        "end",
        "article",
    }
    assert seed_records
    assert sum(r["speaker_mention"] is not None for r in seed_records) > 100
    for r in seed_records:
        assert set(r) == fields
        assert r["kind"] in ("direct", "partial", "indirect")
        assert 0 <= r["confidence"] <= 1


def test_seed_accuracy_floor(seed_records, seed_gold):
    res = score(seed_gold, seed_records)
    # Quotations: the targets of issue 4 (today 1.0 each). Claims (the gold holds every claim,
    # ../shared/gold/CLAIMS.md): issue 14's targets; today 1.0 / 0.964 / 0.945.
    assert res["e2e_F1"] >= 0.97, res
    assert res["span_F1"] >= 0.97, res
    assert res["speaker_fullname_acc"] >= 0.95, res
    assert res["date_acc"] == 1.0, res
    assert res["indirect_P"] >= 0.95, res
    assert res["indirect_recall"] >= 0.95, res
    assert res["indirect_e2e_R"] >= 0.90, res


def test_same_input_same_output(seed_records):
    assert extract_seeds() == seed_records


def test_the_same_in_every_process_whatever_the_hash_seed(tmp_path):
    import os
    import subprocess
    import sys

    # "told" was "tell"'s or its own lemma by set order: "Ramos, 58, told AFP" then went to AFP
    # in one process out of two.
    (tmp_path / "a.txt").write_text(
        "Anchor speaks\n\n“We were tremendously wrong to not have confronted him from the beginning,” "
        "Ramos, 58, told AFP in an interview in Mexico City on Monday.\n",
        encoding="utf-8",
    )
    command = [
        sys.executable,
        "-m",
        "quote_miner",
        "extract",
        str(tmp_path / "a.txt"),
        str(SEEDS / "004_0036f894b85e4f95.txt"),
        "--jsonl",
        "-j",
        "1",
    ]
    # the four processes at once: each spends its time loading the model
    runs = [
        subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in ("0", "1", "2", "3")
    ]
    outputs = set()
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        outputs.add(out)
    assert len(outputs) == 1
    first = json.loads(next(iter(outputs)).splitlines()[0])
    assert first["speaker_mention"]["text"] == "Ramos"

"""Our scorer gives the team scorer's figures (checked when shared/tools is beside the repo)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quote_miner.evaluate import score, speaker_agrees

SHARED_SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"


def test_speaker_agreement_rules():
    assert speaker_agrees("Marco Rubio", "Secretary Rubio")
    assert speaker_agrees("Marco Rubio", "Marco Rubio", full=True)
    assert not speaker_agrees("Marco Rubio", "Rubio", full=True)
    assert not speaker_agrees("Marco Rubio", "Dmitry Peskov")


def test_perfect_and_empty_predictions(seed_gold):
    quotes = [dict(g, article={"path": g["article"]}, speaker_mention=None) for g in seed_gold]
    res = score(seed_gold, quotes)
    assert res["e2e_F1"] == 1.0 and res["span_F1"] == 1.0
    assert score(seed_gold, [])["e2e_F1"] == 0.0


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="shared/tools/score.py not beside the repo")
def test_same_figures_as_the_team_scorer(tmp_path, seed_gold, nlp):
    from quote_miner.extraction import extract_source
    from quote_miner.ingest import folder_recurring
    from quote_miner.source import read_source

    from .conftest import DATA, SEEDS

    files = sorted(SEEDS.glob("*.txt"))
    rec = folder_recurring(files)[SEEDS]
    records = [q.to_dict() for f in files for q in extract_source(read_source(f), nlp=nlp, recurring=rec)]
    preds = tmp_path / "p.jsonl"
    preds.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(DATA / "seeds_quotes.jsonl"), str(preds), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(out.stdout)
    ours = score(seed_gold, records)
    for key in ("span_F1", "e2e_F1", "speaker_fullname_acc", "indirect_recall", "date_acc"):
        assert ours[key] == theirs[key], key

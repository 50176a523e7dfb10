"""Extraction on a real Dask cluster: a LocalCluster of worker processes on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from click.testing import CliRunner

from quote_miner.cli import cli

from .conftest import SEEDS

distributed = pytest.importorskip("distributed")


def articles(folder, n: int = 24) -> None:
    """Generated articles; the first names Marco Rubio in full, the others only "Rubio"."""
    folder.mkdir()
    for i in range(n):
        who = "Secretary of State Marco Rubio" if i == 0 else "Rubio"
        (folder / f"a{i:02d}.txt").write_text(
            f"Talks, day {i}\n\n“We will keep talking on point {i},” {who} said on Tuesday in Paris.\n\n"
            f"“Point {i} is not settled yet,” Kaja Kallas told reporters in Brussels on day {i}.\n",
            encoding="utf-8",
        )


def extract(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["extract", *args, "--jsonl"])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_cluster_gives_a_local_runs_records_in_order(tmp_path):
    articles(tmp_path / "news")
    local = extract(str(tmp_path / "news"), "-j", "1")
    assert local and all(r["speaker"] in ("Marco Rubio", "Kaja Kallas") for r in local)
    on_cluster = extract(str(tmp_path / "news"), "--scheduler", "local", "-j", "2")
    assert on_cluster == local  # names shared across articles included: "Rubio" is Marco Rubio
    seeds_local = extract(str(SEEDS), "-j", "1")
    assert extract(str(SEEDS), "--scheduler", "local", "-j", "2") == seeds_local


def test_fsspec_memory_urls(tmp_path):
    import fsspec

    articles(tmp_path / "news", n=4)
    fs = fsspec.filesystem("memory")
    for f in sorted((tmp_path / "news").iterdir()):
        fs.pipe(f"/corpus/{f.name}", f.read_bytes())
    local = extract(str(tmp_path / "news"), "-j", "1")
    remote = extract("memory://corpus/*.txt", "--scheduler", "local", "-j", "2")
    assert [r["text"] for r in remote] == [r["text"] for r in local]
    assert all(r["article"]["path"].startswith("memory://") for r in remote)


def test_a_worker_killed_mid_run_costs_a_retry_not_a_record(tmp_path):
    from quote_miner.api import _tasks
    from quote_miner.ingest import run_tasks

    articles(tmp_path / "news", n=96)
    tasks, _, _ = _tasks(tmp_path / "news", date=None, title=None, outlet=None, model=None)
    local = [q.to_dict() for o in run_tasks(tasks, jobs=1) for q in o.quotes]
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    try:
        victim = next(iter(cluster.workers.values())).process.pid
        records = []
        for n, outcome in enumerate(run_tasks(tasks, jobs=2, scheduler=cluster.scheduler_address)):
            if n == 0:  # the first batch is back, the others are queued or running
                os.kill(victim, signal.SIGKILL)
            records += [q.to_dict() for q in outcome.quotes]
    finally:
        cluster.close()
    assert records == local  # nothing lost, nothing doubled, the same order


def test_add_on_a_cluster_stores_what_a_local_add_stores(tmp_path):
    articles(tmp_path / "news", n=10)

    def stored(db, *extra):
        assert (
            CliRunner().invoke(cli, ["--db", str(db), "add", str(tmp_path / "news"), *extra]).exit_code == 0
        )
        out = CliRunner().invoke(cli, ["--db", str(db), "--json", "--sort", "date"])
        return sorted((r["id"], r["speaker"], r["text"], r["date"]) for r in json.loads(out.stdout))

    assert stored(tmp_path / "c.db", "--scheduler", "local", "-j", "2") == stored(
        tmp_path / "l.db", "-j", "1"
    )


def test_without_dask_the_option_says_what_to_install(tmp_path):
    code = (
        "import sys; sys.modules['distributed'] = None\n"
        "from quote_miner.cli import main\n"
        f"sys.argv = ['quotes', 'extract', {str(SEEDS)!r}, '--scheduler', 'local']\n"
        "main()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().splitlines() == [
        "Error: --scheduler needs Dask: pip install 'quote-miner[dask]'"
    ]

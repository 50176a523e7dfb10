"""Extraction on a real Dask cluster: a LocalCluster of worker processes on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from contextlib import contextmanager

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


@pytest.fixture(scope="module")
def cluster():
    """One cluster for the module (a cluster takes seconds to start and each worker loads the
    model); `--scheduler local`, which starts its own where the command runs, is tested below."""
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    yield cluster
    cluster.close()


@pytest.fixture
def address(cluster):
    cluster.wait_for_workers(2)  # a worker killed by a test before is replaced by its nanny
    return cluster.scheduler_address


@contextmanager
def killing_a_busy_worker(cluster):
    """While the block runs, the first worker the scheduler sees processing a batch is killed
    (SIGKILL): its batches are lost mid-run. Fails if none was ever seen busy."""
    cluster.wait_for_workers(2)  # a worker killed before is replaced by its nanny
    killed: list[str] = []
    done = threading.Event()
    with distributed.Client(cluster.scheduler_address) as watcher:
        pids = watcher.run(os.getpid)  # worker address -> its process

        def watch() -> None:
            while not done.is_set():
                busy = [a for a, keys in watcher.processing().items() if keys and a in pids]
                if busy:
                    os.kill(pids[busy[0]], signal.SIGKILL)
                    killed.append(busy[0])
                    return
                done.wait(0.005)

        watching = threading.Thread(target=watch)
        watching.start()
        try:
            yield
        finally:
            done.set()
            watching.join()
    assert killed, "no worker was seen holding a batch: nothing was lost"


def extract(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["extract", *args, "--jsonl"])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_cluster_gives_a_local_runs_records_in_order(tmp_path, address):
    articles(tmp_path / "news")
    local = extract(str(tmp_path / "news"), "-j", "1")
    assert local and all(r["speaker"] in ("Marco Rubio", "Kaja Kallas") for r in local)
    on_cluster = extract(str(tmp_path / "news"), "--scheduler", address, "-j", "2")
    assert on_cluster == local  # names shared across articles included: "Rubio" is Marco Rubio
    assert extract(str(SEEDS), "--scheduler", address, "-j", "2") == extract(str(SEEDS), "-j", "1")


def test_fsspec_memory_urls(tmp_path, address):
    import fsspec

    articles(tmp_path / "news", n=4)
    fs = fsspec.filesystem("memory")
    for f in sorted((tmp_path / "news").iterdir()):
        fs.pipe(f"/corpus/{f.name}", f.read_bytes())
    local = extract(str(tmp_path / "news"), "-j", "1")
    remote = extract("memory://corpus/*.txt", "--scheduler", address, "-j", "2")
    assert [r["text"] for r in remote] == [r["text"] for r in local]
    assert all(r["article"]["path"].startswith("memory://") for r in remote)


def test_a_worker_killed_mid_run_costs_a_retry_not_a_record(tmp_path, cluster, monkeypatch):
    from quote_miner import cluster as on_cluster
    from quote_miner.api import _tasks
    from quote_miner.ingest import run_tasks

    monkeypatch.setattr(on_cluster, "BATCH_ARTICLES", 4)  # six batches, two per worker in flight
    articles(tmp_path / "news", n=24)
    tasks, _, _ = _tasks(tmp_path / "news", date=None, title=None, outlet=None, model=None)
    local = [q.to_dict() for o in run_tasks(tasks, jobs=1) for q in o.quotes]
    records = []
    with killing_a_busy_worker(cluster):
        for outcome in run_tasks(tasks, jobs=2, scheduler=cluster.scheduler_address):
            records += [q.to_dict() for q in outcome.quotes]
    assert records == local  # nothing lost, nothing doubled, the same order


def test_add_on_a_cluster_stores_what_a_local_add_stores(tmp_path, address):
    articles(tmp_path / "news", n=10)

    def stored(db, *extra):
        assert (
            CliRunner().invoke(cli, ["--db", str(db), "add", str(tmp_path / "news"), *extra]).exit_code == 0
        )
        out = CliRunner().invoke(cli, ["--db", str(db), "--json", "--sort", "date"])
        return sorted((r["id"], r["speaker"], r["text"], r["date"]) for r in json.loads(out.stdout))

    assert stored(tmp_path / "c.db", "--scheduler", address, "-j", "2") == stored(
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


def library_records(db) -> list[dict]:
    out = CliRunner().invoke(cli, ["--db", str(db), "--json", "--min-confidence", "0", "--sort", "speaker"])
    assert out.exit_code == 0, out.stderr
    return json.loads(out.stdout)


def test_shards_written_by_the_workers_import_as_a_local_add(tmp_path, monkeypatch):
    articles(tmp_path / "news", n=40)  # three batches; "Rubio" completed from the first article
    monkeypatch.chdir(tmp_path)  # relative paths, resolved at import as where the run started
    shards = tmp_path / "run1"
    # (`--scheduler local`: its workers start here, where the relative paths are)
    done = CliRunner().invoke(cli, ["extract", "news", "--scheduler", "local", "-j", "2", "--output", "run1"])
    assert done.exit_code == 0, done.stderr
    assert done.stdout == ""  # the records went to the shards, not through the client
    manifest = json.loads((shards / "manifest.json").read_text())
    assert [s["file"] for s in manifest["shards"]] == [
        "part-000000.jsonl",
        "part-000001.jsonl",
        "part-000002.jsonl",
    ]
    assert manifest["articles"] == 40 and manifest["quotes"] == 80
    assert sorted(p.name for p in shards.iterdir()) == ["manifest.json"] + [
        s["file"] for s in manifest["shards"]
    ]
    assert "40 articles, 80 quotes" in done.stderr and "quotes add run1" in done.stderr

    imported = CliRunner().invoke(cli, ["add", "run1", "--db", str(tmp_path / "s.db")])
    assert imported.exit_code == 0, imported.stderr
    assert "40 added" in imported.stderr
    local = CliRunner().invoke(cli, ["add", "news", "-j", "1", "--db", str(tmp_path / "l.db")])
    assert local.exit_code == 0
    from_shards = library_records(tmp_path / "s.db")
    assert from_shards == library_records(tmp_path / "l.db")  # paths, names, contexts and all
    assert {r["speaker"] for r in from_shards} == {"Marco Rubio", "Kaja Kallas"}
    again = CliRunner().invoke(cli, ["add", "run1", "--db", str(tmp_path / "s.db")])
    assert "40 unchanged" in again.stderr


def test_shards_refuse_a_used_folder_and_need_a_cluster(tmp_path):
    articles(tmp_path / "news", n=2)
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "notes.txt").write_text("mine")
    done = CliRunner().invoke(
        cli, ["extract", str(tmp_path / "news"), "--scheduler", "local", "--output", str(tmp_path / "used")]
    )
    assert done.exit_code == 2 and "not empty" in done.stderr
    assert sorted(p.name for p in (tmp_path / "used").iterdir()) == ["notes.txt"]
    done = CliRunner().invoke(cli, ["extract", str(tmp_path / "news"), "--output", str(tmp_path / "new")])
    assert done.exit_code == 2 and "--output needs --scheduler" in done.stderr


def test_a_damaged_shard_folder_is_one_line_and_stores_nothing(tmp_path):
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "manifest.json").write_text(
        '{"format": "quote-miner-shards", "version": 1, '
        '"articles": 1, "errors": [], "shards": [{"file": "part-000000.jsonl"}]}'
    )
    (tmp_path / "run" / "part-000000.jsonl").write_text("{not json\n")
    done = CliRunner().invoke(cli, ["add", str(tmp_path / "run"), "--db", str(tmp_path / "x.db")])
    assert done.exit_code == 2
    assert (
        len(done.stderr.strip().splitlines()) == 1 and "part-000000.jsonl:1: not a shard line" in done.stderr
    )


def test_a_worker_killed_while_writing_shards_loses_and_doubles_nothing(tmp_path, cluster, monkeypatch):
    from quote_miner import cluster as on_cluster
    from quote_miner.api import _tasks
    from quote_miner.ingest import complete_names, run_tasks
    from quote_miner.shards import prepare_folder, read_shards, write_manifest

    monkeypatch.setattr(on_cluster, "BATCH_ARTICLES", 4)
    articles(tmp_path / "news", n=24)
    tasks, _, _ = _tasks(tmp_path / "news", date=None, title=None, outlet=None, model=None)
    local = [q.to_dict() for o in run_tasks(tasks, jobs=1) for q in o.quotes]
    folder = prepare_folder(str(tmp_path / "run"))
    with killing_a_busy_worker(cluster):
        shards = list(on_cluster.run_to_shards(tasks, cluster.scheduler_address, jobs=2, folder=str(folder)))
    write_manifest(folder, shards, model=None)
    records = [q.to_dict() for o in complete_names(read_shards(folder)) for q in o.quotes]
    assert records == local
    listed = {s["file"] for s in shards}
    assert listed == {f"part-{i:06d}.jsonl" for i in range(6)}  # 24 articles, batches of 4
    leftovers = {p.name for p in folder.iterdir()} - listed - {"manifest.json"}
    assert all(name.endswith(".partial") for name in leftovers)  # a killed writer's, never read

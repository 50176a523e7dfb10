"""Extraction on a Dask cluster (the optional extra ``quote-miner[dask]``).

The extractor is a pure function of (text, metadata): the cluster runs ``ingest.run_chunk`` on
batches of articles and the client takes the outcomes back in the order of the articles, so the
output is a local run's, record for record (names shared across articles are completed on the
client, as locally). Each worker loads the spaCy model once (a worker plugin); a few batches a
worker are in flight at a time, so the client never holds a corpus; a batch whose worker dies is
run again elsewhere, and its outcomes are taken once.

``--scheduler local`` starts a ``LocalCluster`` of ``--jobs`` single-threaded worker processes
on 127.0.0.1; any other value is a scheduler address (``tcp://host:8786``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from quote_miner.errors import QuoteMinerError
from quote_miner.ingest import Outcome, Task, chunks, run_chunk

SCHEDULER_ENV = "QUOTE_MINER_SCHEDULER"
INSTALL_HINT = "--scheduler needs Dask: pip install 'quote-miner[dask]'"
# Articles a task: enough that scheduling costs little beside spaCy, few enough to spread.
BATCH_ARTICLES = 16
# Batches ahead of the next to yield, for each worker: enough to keep every worker busy.
IN_FLIGHT_PER_WORKER = 3
# A batch is run again this many times when its worker dies or it fails.
RETRIES = 3


class ClusterError(QuoteMinerError):
    """No Dask installed, or no scheduler at the address."""


def _distributed():
    try:
        import distributed
    except ImportError as e:
        raise ClusterError(INSTALL_HINT) from e
    return distributed


@contextmanager
def connect(address: str, *, jobs: int) -> Iterator[object]:
    """A client of the scheduler at ``address``, or of a new local cluster ("local")."""
    distributed = _distributed()
    import dask

    cluster = None
    try:
        if address == "local":
            # Our workers allocate and free a lot (spaCy): glibc trimming its heap after every
            # 64 KiB freed, as Dask asks by default, and the workers' sampling profiler cost a
            # fifth of their time. A cluster of one's own is tuned by its own configuration.
            dask.config.set(
                {
                    "distributed.worker.profile.enabled": False,
                    "distributed.admin.tick.interval": "500ms",
                    "distributed.admin.system-monitor.interval": "2s",
                    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 128 * 2**20,
                }
            )
            cluster = distributed.LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(address, timeout=30)
    except OSError as e:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"no Dask scheduler answers at {address} ({e})") from e
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run_batch(tasks: list[Task]) -> list[Outcome]:
    return [o for chunk in chunks([_with_bytes(t) for t in tasks]) for o in run_chunk(chunk)]


def is_fsspec_url(path: str) -> bool:
    return "://" in path and not path.startswith(("http://", "https://"))


def _with_bytes(task: Task) -> Task:
    """An fsspec URL (``s3://…``, ``gcs://…``, ``memory://…``) read where the task runs."""
    if task.data is not None or not is_fsspec_url(task.path):
        return task
    import fsspec

    with fsspec.open(task.path, "rb") as f:
        return replace(task, data=f.read())


def _on_client(task: Task) -> Task:
    # memory:// lives in one process: the client reads it and ships the bytes.
    return _with_bytes(task) if task.path.startswith("memory://") else task


def run_on_cluster(tasks: Iterable[Task], address: str, *, jobs: int) -> Iterator[Outcome]:
    """Outcomes in the order of ``tasks``, extracted on the cluster at ``address``."""
    for _, outcomes in _ordered_batches(list(tasks), address, jobs=jobs, run=_run_batch):
        yield from outcomes


def run_to_shards(tasks: Iterable[Task], address: str, *, jobs: int, folder: str) -> Iterator[dict]:
    """Each batch's outcomes written by its worker as a shard in ``folder`` (a shared file
    system); what each shard holds, in the order of ``tasks``."""
    for _, summary in _ordered_batches(list(tasks), address, jobs=jobs, run=_shard_batch, folder=folder):
        yield summary


def _shard_batch(tasks: list[Task], *, batch: int, folder: str) -> dict:
    from quote_miner.shards import write_shard

    return write_shard(folder, batch, _run_batch(tasks))


def _ordered_batches(
    tasks: list[Task], address: str, *, jobs: int, run, **extra
) -> Iterator[tuple[int, object]]:
    """``run(batch_of_tasks, …)`` on the cluster for every batch, results in batch order.

    A new batch goes out as soon as any batch is back (no worker waits for the slowest), and
    never more than a window of batches past the one to be yielded next, so the client holds
    a bounded number of results. With ``extra`` (writing shards), ``run`` also gets ``batch=i``."""
    distributed = _distributed()
    if not tasks:
        return
    with connect(address, jobs=jobs) as client:
        from quote_miner.worker_plugin import LoadModel

        plugin = LoadModel({t.model for t in tasks})
        client.register_plugin(plugin, name=plugin.name)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = IN_FLIGHT_PER_WORKER * workers
        starts = list(range(0, len(tasks), BATCH_ARTICLES))
        index: dict = {}
        done: dict[int, object] = {}
        running = distributed.as_completed()
        submitted = yielded = 0

        def submit_more() -> None:
            nonlocal submitted
            while submitted < len(starts) and submitted - yielded < window:
                batch = [_on_client(t) for t in tasks[starts[submitted] : starts[submitted] + BATCH_ARTICLES]]
                kwargs = {"batch": submitted, **extra} if extra else {}
                future = client.submit(run, batch, pure=False, retries=RETRIES, **kwargs)
                index[future.key] = submitted
                running.add(future)
                submitted += 1

        submit_more()
        for future in running:
            done[index.pop(future.key)] = future.result()
            future.release()
            while yielded in done:
                yield yielded, done.pop(yielded)
                yielded += 1
            submit_more()


def expand_fsspec(target: str) -> list[str]:
    """The files an fsspec URL or glob names, as URLs."""
    try:
        import fsspec
    except ImportError as e:
        raise ClusterError(f"{target}: reading it needs fsspec: pip install 'quote-miner[dask]'") from e
    fs, path = fsspec.core.url_to_fs(target)
    if any(c in path for c in "*?["):
        found = fs.glob(path)
    elif fs.isdir(path):
        found = [p for p in fs.find(path) if p.rsplit(".", 1)[-1].lower() in ARTICLE_SUFFIXES]
    else:
        found = [path]
    return [fs.unstrip_protocol(p) for p in sorted(found)]


ARTICLE_SUFFIXES = ("txt", "text", "md", "html", "htm")

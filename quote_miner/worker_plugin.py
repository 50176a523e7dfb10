"""The Dask worker plugin that loads the spaCy pipeline once per worker (imported only where
Dask is: ``cluster.run_on_cluster`` and the workers)."""

from __future__ import annotations

from distributed import WorkerPlugin


class LoadModel(WorkerPlugin):
    name = "quote-miner-model"

    def __init__(self, models: set[str | None]) -> None:
        self.models = models

    def setup(self, worker) -> None:
        from quote_miner.nlp import load_nlp

        for model in self.models:
            load_nlp(model)

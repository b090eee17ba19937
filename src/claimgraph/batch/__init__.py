"""Batch jobs on Dask: many documents into Parquet tables, then into a corpus.

>>> summary = run_batch(["feed.jsonl"], "out/", workers=2)    # doctest: +SKIP
>>> load_dir("out/", "news.db")                              # doctest: +SKIP

Modules: :mod:`.partitions` (inputs into named partitions), :mod:`.tasks`
(the worker's task), :mod:`.tables` (records to Arrow tables and back),
:mod:`.job` (the run and its manifest), :mod:`.dedup` (near-duplicate
stories), :mod:`.load` (into the store).
"""

from __future__ import annotations

from .job import DEFAULT_PARTITION_SIZE, BatchSummary, read_manifest, run_batch
from .load import LoadSummary, load_dir

__all__ = ["DEFAULT_PARTITION_SIZE", "BatchSummary", "LoadSummary", "load_dir", "read_manifest", "run_batch"]

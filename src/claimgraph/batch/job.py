"""Run a batch job on Dask and keep its manifest.

``run_batch`` splits the inputs into partitions, skips those already
finished (listed in ``manifest.json`` or with a ``_done`` marker), submits
the rest to a Dask cluster (a :class:`~distributed.LocalCluster` of worker
processes with one thread each, or an existing scheduler), retries a failed
partition ``retries`` times and then records it by name with its reason.
The manifest is rewritten (atomically) after every partition, so a crash of
the client loses nothing finished. At the end near-duplicate documents are
grouped (:mod:`claimgraph.batch.dedup`) into the ``duplicates`` and
``stories`` tables.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..nlp import DEFAULT_MODEL
from .partitions import Partition, make_partitions
from .tasks import DONE, atomic_write, run_partition

__all__ = ["DEFAULT_PARTITION_SIZE", "MANIFEST", "BatchSummary", "read_manifest", "run_batch"]

DEFAULT_PARTITION_SIZE = 250
MANIFEST = "manifest.json"
FORMAT = 1


@dataclass
class BatchSummary:
    """What one run did."""

    partitions: int = 0
    skipped: int = 0
    finished: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (partition, reason)
    documents: int = 0
    statements: int = 0
    errors: int = 0
    seconds: float = 0.0
    workers: int = 0
    peak_mb: dict[str, float] = field(default_factory=dict)  # per worker process
    duplicate_groups: int = 0
    duplicate_documents: int = 0

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"partitions": self.partitions, "skipped": self.skipped, "finished": self.finished,
                "failed": [{"partition": p, "reason": r} for p, r in self.failed], "documents": self.documents,
                "statements": self.statements, "errors": self.errors, "seconds": round(self.seconds, 2),
                "docs_per_second": round(self.docs_per_second, 2), "workers": self.workers,
                "peak_mb": self.peak_mb, "duplicate_groups": self.duplicate_groups,
                "duplicate_documents": self.duplicate_documents}


def read_manifest(out: str | Path) -> dict[str, Any]:
    """The manifest of an output folder; [CG073] when there is none."""
    path = Path(out) / MANIFEST
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"[CG073] {out}: not a batch output folder (no {MANIFEST})") from exc
    except (OSError, ValueError) as exc:
        raise ConfigError(f"[CG073] {path}: cannot read the manifest ({exc})") from exc
    return data


def _write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    manifest["updated"] = datetime.now(UTC).isoformat(timespec="seconds")
    atomic_write(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))


def _client(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            return Client(scheduler, timeout="20s"), None
        except OSError as exc:
            raise ConfigError(f"[CG072] cannot connect to the Dask scheduler at {scheduler}: {exc}") from exc
    cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                           dashboard_address=":0")
    return Client(cluster), cluster


def run_batch(inputs: Iterable[str], out: str | Path, *, scheduler: str | None = None,
              workers: int | None = None, partition_size: int = DEFAULT_PARTITION_SIZE, retries: int = 2,
              progress: bool = True, model: str = DEFAULT_MODEL, fields: Mapping[str, str] | None = None,
              max_bytes: int = 50_000_000, client: Any = None, dedup: bool = True) -> BatchSummary:
    """Analyse ``inputs`` on Dask into Parquet tables under ``out``.

    ``client``: a ready :class:`distributed.Client` to use instead of
    ``scheduler``/``workers`` (left open)."""
    from distributed import as_completed

    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise ConfigError(f"[CG070] workers must be a positive integer, got {workers!r}")
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise ConfigError(f"[CG070] retries must be 0 or more, got {retries!r}")
    inputs = [inputs] if isinstance(inputs, str) else list(inputs)
    if not inputs:
        raise ConfigError("[CG070] no inputs: give files, folders, globs or URLs")
    root = Path(out)
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        manifest = read_manifest(root)
    except ConfigError:
        manifest = {"format": FORMAT, "created": datetime.now(UTC).isoformat(timespec="seconds"),
                    "model": model, "partition_size": partition_size, "partitions": {}, "finished": [],
                    "failures": []}
    if manifest.get("partition_size") != partition_size or manifest.get("model") != model:
        raise ConfigError(f"[CG074] {root} was made with partition size {manifest.get('partition_size')} and "
                          f"model {manifest.get('model')!r}: run again with the same, or use another --out")
    parts = list(make_partitions(inputs, partition_size, fields=fields, max_bytes=max_bytes))
    finished = set(manifest["finished"])
    finished |= {p.stem for p in (root / DONE).glob("*.json")}
    summary = BatchSummary(partitions=len(parts))
    todo: list[Partition] = []
    for p in parts:
        manifest["partitions"].setdefault(p.name, p.describe())
        if p.name in finished:
            summary.skipped += 1
        else:
            todo.append(p)
    manifest["finished"] = [p.name for p in parts if p.name in finished] + \
        [n for n in manifest["finished"] if n not in {p.name for p in parts}]
    manifest["failures"] = []
    _write_manifest(root, manifest)
    bar: Any = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(total=len(parts), initial=summary.skipped, unit="part", file=sys.stderr, dynamic_ncols=True,
                   desc="batch")
    own = None
    if todo:
        if client is None:
            client, own = _client(scheduler, workers)
            close = True
        else:
            close = False
        try:
            summary.workers = len(client.scheduler_info().get("workers", {}))
            futures = {}
            for p in todo:
                fut = client.submit(run_partition, p, str(root.resolve()), model, max_bytes=max_bytes,
                                    key=f"claimgraph-batch-{p.name}-{time.time_ns()}", retries=retries,
                                    pure=False)
                futures[fut] = p.name
            for fut in as_completed(list(futures)):
                name = futures[fut]
                if fut.status == "finished":
                    counts = fut.result()
                    summary.finished += 1
                    summary.documents += counts["documents"]
                    summary.statements += counts["statements"]
                    summary.errors += counts["errors"]
                    worker = counts["worker"]
                    summary.peak_mb[worker] = max(summary.peak_mb.get(worker, 0.0), counts["peak_mb"])
                    manifest["finished"].append(name)
                    manifest["partitions"][name]["counts"] = counts
                else:
                    exc = fut.exception()
                    reason = f"[CG071] failed after {retries + 1} attempts: {type(exc).__name__}: {exc}"
                    summary.failed.append((name, reason))
                    manifest["failures"].append({"partition": name, "reason": reason})
                _write_manifest(root, manifest)
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix(docs=summary.documents, failed=len(summary.failed), refresh=False)
                fut.release()
        finally:
            if close:
                client.close()
                if own is not None:
                    own.close()
    if bar is not None:
        bar.close()
    summary.seconds = time.perf_counter() - started
    if dedup:
        from .load import write_duplicates

        summary.duplicate_groups, summary.duplicate_documents = write_duplicates(root, manifest["finished"])
    manifest["summary"] = summary.to_dict()
    _write_manifest(root, manifest)
    return summary

"""The task a Dask worker runs: read one partition, analyse it, write its tables.

It lives in an importable module so a worker imports it once: the spaCy
model (``claimgraph.nlp.load_model``, cached per process) is then loaded once
per worker, not once per task. Documents are parsed with one ``nlp.pipe``
pass over the partition.

Files are written atomically: each table to a temporary name in its folder,
then renamed over ``<out>/<table>/<partition>.parquet``; last comes the
``<out>/_done/<partition>.json`` marker with the counts. A worker killed
half-way leaves temporary files only (or a full set without marker), and the
task run again elsewhere writes the same names: nothing is lost or doubled.
"""

from __future__ import annotations

import json
import os
import resource
import socket
import time
import uuid
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..corpus import ENGLISH
from ..errors import DocumentError
from ..model import Analysis, Document
from .partitions import Partition

__all__ = ["DONE", "atomic_write", "read_partition", "run_partition"]

DONE = "_done"


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_partition(part: Partition, max_bytes: int = 50_000_000) -> Iterator[Document | DocumentError]:
    """The documents (and read errors) of a partition, in order."""
    for source, reason in part.errors:
        yield DocumentError(reason, source)
    if part.kind == "docs":
        yield from part.docs
    elif part.kind == "files":
        from ..ingest import read_documents

        yield from read_documents(list(part.paths), fields=part.fields or None, max_bytes=max_bytes)
    else:
        yield from _read_lines(part, max_bytes)


def _read_lines(part: Partition, max_bytes: int) -> Iterator[Document | DocumentError]:
    from ..ingest.jsonl import line_document, resolve_fields
    from ..inputs import _NUL, _UTF8_BOM, _binary_reason

    path = part.paths[0]
    fields = resolve_fields(part.fields or None)
    if part.count == 0:
        try:
            Path(path).stat()
        except OSError as exc:
            yield DocumentError(f"[CG021] cannot read: {exc.strerror or type(exc).__name__}", path)
            return
        yield DocumentError("[CG024] empty: no JSON lines", path)
        return
    try:
        fh = Path(path).open("rb")
    except OSError as exc:
        yield DocumentError(f"[CG021] cannot read: {exc.strerror or type(exc).__name__}", path)
        return
    with fh:
        fh.seek(part.offset)
        n = part.first_line - 1
        left = part.count
        while left > 0:
            raw = fh.readline()
            if not raw:
                break
            n += 1
            if n == 1:
                raw = raw.removeprefix(_UTF8_BOM)
            if not raw.strip():
                continue
            left -= 1
            where = f"{path}:{n}"
            if len(raw) > max_bytes:
                yield DocumentError(f"[CG025] too large: line over the limit of {max_bytes:,} bytes "
                                    f"(raise it with --max-bytes)", where)
                continue
            if _NUL in raw:
                yield DocumentError(_binary_reason(raw), where)
                continue
            yield line_document(raw, where, fields)


# spaCy's string store only grows (every new word, name and number of every
# document); past this resident size the worker drops its cached model after
# the partition in hand, so the next partition loads it afresh and memory
# per worker stays bounded whatever the number of partitions.
RELOAD_MB = float(os.environ.get("CLAIMGRAPH_BATCH_RELOAD_MB", "1200"))


def memory_mb() -> float:
    """This process's resident memory now, in MiB."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024**2
    except (OSError, ValueError, IndexError):
        return 0.0


def peak_memory_mb() -> float:
    """This process's peak resident memory in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_partition(part: Partition, out: str, model: str, *, batch_size: int = 16,
                  max_bytes: int = 50_000_000) -> dict[str, Any]:
    """Analyse one partition and write its tables; returns its counts."""
    import pyarrow.parquet as pq

    from ..nlp import parse_many
    from ..pipeline import analyze_doc
    from .dedup import signature
    from .tables import to_tables

    started = time.perf_counter()
    errors: list[tuple[str, str]] = []
    docs: list[Document] = []
    seen: set[str] = set()
    for item in read_partition(part, max_bytes):
        if isinstance(item, DocumentError):
            errors.append((item.source or part.name, item.reason))
        elif item.id not in seen:  # the same text twice in one partition is one document
            seen.add(item.id)
            docs.append(item)
    english = deque(d for d in docs if d.language in ENGLISH)
    analyses: dict[str, Analysis] = {}
    for parsed in parse_many((d.text for d in list(english)), model, batch_size=batch_size):
        doc = english.popleft()
        try:
            analyses[doc.id] = analyze_doc(parsed, published=doc.published, title=doc.title, url=doc.url,
                                           meta={"id": doc.id})
        except Exception as exc:  # one document's extraction bug must not cost the partition
            errors.append((doc.origin or doc.id, f"[CG058] extraction failed: {type(exc).__name__}: {exc}"))
    rows = []
    for doc in docs:
        count, minhash = signature(doc.text)
        rows.append((doc, analyses.get(doc.id), count, minhash))
    tables = to_tables(part.name, rows, errors)
    root = Path(out)
    for name, table in tables.items():
        target = root / name / f"{part.name}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        pq.write_table(table, tmp)
        os.replace(tmp, target)
    counts = {"partition": part.name, "documents": len(docs), "analysed": len(analyses),
              "statements": tables["statements"].num_rows, "actors": tables["actors"].num_rows,
              "figures": tables["figures"].num_rows, "dates": tables["dates"].num_rows, "errors": len(errors),
              "seconds": round(time.perf_counter() - started, 3), "peak_mb": round(peak_memory_mb(), 1),
              "worker": f"{socket.gethostname()}:{os.getpid()}"}
    atomic_write(root / DONE / f"{part.name}.json", json.dumps(counts).encode())
    if memory_mb() > RELOAD_MB:
        import gc

        from ..nlp import load_model

        del tables, rows, analyses
        load_model.cache_clear()
        gc.collect()
    return counts

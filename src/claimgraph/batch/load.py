"""Batch output into the corpus store, and the near-duplicate tables.

:func:`load_dir` reads the finished partitions in manifest order and adds
each document with its analysis (rebuilt exactly from the ``analysis``
column) through :meth:`claimgraph.store.db.Store.add`, one transaction per
partition; documents already stored (same text) are skipped, a changed text
at a known URL becomes a new version, as in ``claimgraph ingest``. Then
actors and threads are relinked over the whole corpus.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError

__all__ = ["LoadSummary", "load_dir", "write_duplicates"]


@dataclass
class LoadSummary:
    loaded: int = 0
    unchanged: int = 0
    partitions: int = 0
    missing: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    actors: int = 0
    threads: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"loaded": self.loaded, "unchanged": self.unchanged, "partitions": self.partitions,
                "missing": self.missing, "failed": self.failed, "actors": self.actors, "threads": self.threads}


def _table(root: Path, table: str, name: str, columns: Sequence[str] | None = None) -> Any:
    import pyarrow.parquet as pq

    path = root / table / f"{name}.parquet"
    try:
        return pq.read_table(path, columns=list(columns) if columns else None)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"[CG075] {path}: cannot read this Parquet file ({exc})") from exc


def _finished(root: Path) -> tuple[list[str], list[str]]:
    from .job import read_manifest

    manifest = read_manifest(root)
    done = set(manifest.get("finished", ()))
    ordered = [n for n in manifest.get("partitions", {}) if n in done]  # input order, not completion order
    names = [n for n in ordered if (root / "documents" / f"{n}.parquet").exists()]
    missing = [n for n in ordered if n not in set(names)]
    return names, missing


def documents(root: str | Path) -> Iterator[tuple[Any, Any]]:
    """(Document, Analysis or None) for every document of the finished partitions, in order."""
    from .tables import analysis_of, document_of, rows

    base = Path(root)
    names, _ = _finished(base)
    for name in names:
        for row in rows(_table(base, "documents", name)):
            yield document_of(row), analysis_of(row)


def load_dir(out: str | Path, db: str | Path, *, relink: bool = True) -> LoadSummary:
    """Put a batch output folder into the corpus database ``db``."""
    from ..corpus import Corpus
    from .job import read_manifest
    from .tables import analysis_of, document_of, rows

    root = Path(out)
    manifest = read_manifest(root)
    names, missing = _finished(root)
    summary = LoadSummary(missing=missing, failed=[f["partition"] for f in manifest.get("failures", ())])
    with Corpus(db) as corpus:
        store = corpus.store
        admission = store.admission()
        for name in names:
            table = _table(root, "documents", name)
            with store.transaction():
                for row in rows(table):
                    doc = document_of(row)
                    admitted = admission.admit(doc)
                    if admitted is None:
                        summary.unchanged += 1
                        continue
                    version, supersedes = admitted
                    store.add(doc, analysis_of(row), version=version, supersedes=supersedes)
                    summary.loaded += 1
                store.set_meta("links_dirty", "1")
            summary.partitions += 1
        if relink:
            summary.actors, summary.threads = corpus.relink()
    return summary


def write_duplicates(root: str | Path, finished: Sequence[str]) -> tuple[int, int]:
    """Group near-duplicate documents of the finished partitions; write the
    ``duplicates`` table (one row per document in a group: story, doc_id,
    source, canonical) and the ``stories`` table (each statement once per
    story, from its canonical document, with every outlet that carried the
    story). Returns (groups, documents in groups)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .dedup import find_groups
    from .tasks import atomic_write

    base = Path(root)
    names, _ = _finished(base)
    names = [n for n in names if n in set(finished)]
    info: list[tuple[str, int, list[int]]] = []
    source: dict[str, str | None] = {}
    for name in names:
        t = _table(base, "documents", name, ["doc_id", "source", "shingles", "minhash"])
        for d, s, n, m in zip(*(t.column(c).to_pylist() for c in ("doc_id", "source", "shingles", "minhash")),
                              strict=True):
            source.setdefault(d, s)
            if m is not None:
                info.append((d, n or 0, m))
    groups = find_groups(info)
    story_of = {d: g for g in groups for d in g.members}
    dup_rows = [{"story": g.id, "doc_id": d, "source": source.get(d), "canonical": d == g.canonical}
                for g in groups for d in g.members]
    schema = pa.schema([("story", pa.string()), ("doc_id", pa.string()), ("source", pa.string()),
                        ("canonical", pa.bool_())])
    _write(base / "duplicates.parquet", pa.Table.from_pylist(dup_rows, schema=schema), pq, atomic_write)
    story_rows: list[dict[str, Any]] = []
    for name in names:
        t = _table(base, "statements", name, ["doc_id", "id", "content", "speaker", "act"])
        for row in t.to_pylist():
            g = story_of.get(row["doc_id"])
            if g is not None and g.canonical != row["doc_id"]:
                continue  # counted once, in the story's canonical document
            members = g.members if g is not None else (row["doc_id"],)
            outlets = sorted({s for s in (source.get(m) for m in members) if s})
            story_rows.append({"story": g.id if g else f"story-{row['doc_id'][:12]}", "doc_id": row["doc_id"],
                               "statement_id": row["id"], "content": row["content"], "speaker": row["speaker"],
                               "act": row["act"], "outlets": outlets, "documents": list(members)})
    sschema = pa.schema([("story", pa.string()), ("doc_id", pa.string()), ("statement_id", pa.string()),
                         ("content", pa.string()), ("speaker", pa.string()), ("act", pa.string()),
                         ("outlets", pa.list_(pa.string())), ("documents", pa.list_(pa.string()))])
    _write(base / "stories.parquet", pa.Table.from_pylist(story_rows, schema=sschema), pq, atomic_write)
    return len(groups), len(dup_rows)


def _write(path: Path, table: Any, pq: Any, atomic_write: Any) -> None:
    import io

    buf = io.BytesIO()
    pq.write_table(table, buf)
    atomic_write(path, buf.getvalue())

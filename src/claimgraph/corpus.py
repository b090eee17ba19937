"""A corpus: many documents in one store, speakers linked across them, claims
in threads.

>>> with Corpus("news.db") as corpus:                      # doctest: +SKIP
...     summary = corpus.ingest(["articles/", "feed.jsonl"], n_process=2)
...     corpus.said("Wang Wenbin", act="denies")

Ingest reads documents (:mod:`claimgraph.ingest`), skips those already
stored (same text = same id), analyses the English ones in batches with one
spaCy pass each, and commits every batch, so an interrupted run loses at
most the batch in hand and the next run resumes where it stopped. Actors and
threads (:mod:`claimgraph.link`) are then rebuilt over the whole corpus,
replaying the user's merges and splits.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, DocumentError, ModelError, StoreError
from .model import Analysis, Document
from .nlp import DEFAULT_MODEL
from .store import queries
from .store.db import Rows, Store

__all__ = ["DEFAULT_DB", "THREAD_METHODS", "Corpus", "IngestSummary", "print_summary"]

DEFAULT_DB = "claimgraph.db"
# How claims are grouped into threads (see claimgraph.link.build_threads); the store
# remembers the last one used, so later ingests and corrections keep it.
THREAD_METHODS = ("lexical", "story", "embed")
ENGLISH = {"en", None}


@dataclass
class IngestSummary:
    """What one ingest did."""

    ingested: int = 0
    new_versions: int = 0
    unchanged: int = 0
    not_english: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    seconds: float = 0.0
    interrupted: bool = False
    linked: bool = False

    @property
    def docs_per_second(self) -> float:
        done = self.ingested + self.unchanged
        return done / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "new_versions": self.new_versions, "unchanged": self.unchanged,
                "not_english": self.not_english, "failed": [{"source": s, "reason": r} for s, r in self.failed],
                "seconds": round(self.seconds, 2), "interrupted": self.interrupted, "linked": self.linked}


class Corpus:
    """The corpus in one SQLite file (created when missing)."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, readonly: bool = False,
                 model: str = DEFAULT_MODEL) -> None:
        self.store = Store(path, readonly=readonly)
        self.model = model

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- ingest ---------------------------------------------------------------------------

    def ingest(self, sources: Iterable[str], *, n_process: int = 1, batch_size: int = 32,
               fields: Mapping[str, str] | None = None, max_bytes: int = 50_000_000,
               on_error: Callable[[DocumentError], None] | None = None,
               progress: Callable[[int, int], None] | None = None, relink: bool = True,
               threads: str | None = None) -> IngestSummary:
        """Read, analyse and store documents; then relink actors and threads.

        ``progress(done, skipped)`` is called after every document; ``on_error``
        for every document that could not be read or analysed. ``threads``
        picks the thread method (see :meth:`relink`); a new one relinks even
        when no document is new.
        """
        if threads is not None:
            _check_method(threads)
        from .ingest import read_documents
        from .ingest.workers import Analyser

        summary = IngestSummary()
        started = time.perf_counter()
        admission = self.store.admission()
        plain: list[tuple[Document, int, str | None]] = []

        def fail(err: DocumentError) -> None:
            summary.failed.append((err.source or "-", err.reason))
            if on_error is not None:
                on_error(err)

        def fresh() -> Iterator[list[tuple[Document, int, str | None]]]:
            """New English documents in chunks of 16 (the others go to ``plain``)."""
            chunk: list[tuple[Document, int, str | None]] = []
            for item in read_documents(sources, fields=fields, max_bytes=max_bytes):
                if isinstance(item, DocumentError):
                    fail(item)
                    continue
                admitted = admission.admit(item)
                if admitted is None:
                    summary.unchanged += 1
                    if progress is not None:
                        progress(summary.ingested, summary.unchanged)
                    continue
                version, supersedes = admitted
                summary.new_versions += supersedes is not None
                if item.language not in ENGLISH:
                    plain.append((item, version, supersedes))  # stored and flagged, not parsed as English
                    continue
                chunk.append((item, version, supersedes))
                if len(chunk) >= 16:
                    yield chunk
                    chunk = []
            if chunk:
                yield chunk

        batch: list[tuple[Document, Rows, int, str | None]] = []

        def flush() -> None:
            with self.store.transaction():
                for doc, rows, version, supersedes in batch:
                    self.store.add_rows(doc, rows, version=version, supersedes=supersedes)
                for doc, version, supersedes in plain:
                    self.store.add_rows(doc, None, version=version, supersedes=supersedes)
                if batch or plain:
                    self.store.set_meta("links_dirty", "1")
            summary.ingested += len(batch) + len(plain)
            summary.not_english += len(plain)
            batch.clear()
            plain.clear()

        def take(chunk: list[tuple[Document, int, str | None]], results: list[Rows | str]) -> None:
            for (doc, version, supersedes), rows in zip(chunk, results, strict=True):
                if isinstance(rows, str):
                    fail(DocumentError(rows, source=doc.origin or doc.id))
                    continue
                batch.append((doc, rows, version, supersedes))
                if len(batch) >= batch_size:
                    flush()
                if progress is not None:
                    progress(summary.ingested + len(batch), summary.unchanged)

        def keep_finished() -> None:
            """After an interrupt or a dead worker: store every document already
            analysed, whatever state the last write was left in."""
            self._abandon_transaction()
            summary.ingested += self._drop_committed(batch, plain)
            flush()

        analyser: Analyser[list[tuple[Document, int, str | None]]] = Analyser(self.model, n_process)
        try:
            with analyser:
                for chunk in fresh():
                    for done in analyser.put(chunk, [doc for doc, _, _ in chunk]):
                        take(*done)
                for done in analyser.drain():
                    take(*done)
            flush()
        except KeyboardInterrupt:
            keep_finished()
            summary.interrupted = True
        except ModelError:
            keep_finished()  # a worker died: keep what is finished, then say so
            raise
        summary.seconds = time.perf_counter() - started
        changed = threads is not None and threads != self.thread_method
        if relink and not summary.interrupted and (self.store.get_meta("links_dirty") == "1" or changed):
            from .ingest.language import unload

            unload()
            self.relink(threads=threads)
            summary.linked = True
        return summary

    def _drop_committed(self, *pending: list[Any]) -> int:
        """Take out of the pending lists the documents already stored: an interrupt
        landing in COMMIT, after SQLite committed, leaves the batch uncleared, and
        writing it again would fail on the documents' ids."""
        dropped = 0
        for items in pending:
            kept = [it for it in items if self.store.conn.execute(
                "SELECT 1 FROM documents WHERE id = ?", (it[0].id,)).fetchone() is None]
            dropped += len(items) - len(kept)
            items[:] = kept
        return dropped

    def _abandon_transaction(self) -> None:
        """Roll back a transaction an interrupt left open (one landing between BEGIN
        and the block that would roll it back), so the batch can be written again."""
        if self.store.conn.in_transaction:
            self.store.conn.execute("ROLLBACK")

    # --- linking --------------------------------------------------------------------------

    @property
    def thread_method(self) -> str:
        """The thread method the last relink used ("lexical" for a new store)."""
        return self.store.get_meta("thread_method") or "lexical"

    def relink(self, *, threads: str | None = None,
               progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
        """Rebuild corpus actors and threads over every analysed document.

        ``threads`` is "lexical" (rare shared words; the default), "story"
        or "embed" (sentence embeddings; needs ``claimgraph[embed]``), as
        :func:`claimgraph.link.build_threads`; None keeps the store's last.
        BENCHMARKS.md compares them. ``progress(done, total)`` follows the
        embedding of statements, the long part of an "embed" relink."""
        from .link import build_threads, link_actors

        method = _check_method(threads) if threads is not None else self.thread_method

        # Two passes over the store, each keeping a few features per document and none of the
        # analyses or texts: holding the analyses took 161 MB at 5,000 documents, and grew with them.
        merges = [(a, b) for kind, a, b in self.store.corrections() if kind == "merge"]
        splits = [(a, b) for kind, a, b in self.store.corrections() if kind == "split"]
        actors = link_actors(self.store.analysed(slim=True), merges=merges, splits=splits)
        actor_of = {member: a.id for a in actors for member in a.members}
        found = build_threads(self.store.analysed(slim=True), actor_of, text_of=self.store.text, method=method,
                              progress=progress)
        del actor_of  # not kept while saving
        with self.store.transaction():
            self.store.save_links(actors, found)
            self.store.set_meta("links_dirty", "0")
            self.store.set_meta("thread_method", method)
        # Fresh statistics let SQLite pick indexes for the per-actor queries
        # (an actor page went from 345 ms to 22 ms on 5,000 documents).
        self.store.conn.execute("ANALYZE")
        return len(actors), len(found)

    def merge_actors(self, a: str, b: str) -> None:
        """Record that corpus actors ``a`` and ``b`` are one, and relink."""
        first, second = self._actor_id(a), self._actor_id(b)
        with self.store.transaction():
            self.store.add_correction("merge", first, second)
        self.relink()

    def split_actor(self, actor: str, member: str) -> None:
        """Record that ``member`` (a "doc_id/actor_id" key) is not part of ``actor``, and relink."""
        actor_id = self._actor_id(actor)
        doc_id, _, local = member.partition("/")
        row = self.store.conn.execute("SELECT corpus_actor FROM actors WHERE doc_id = ? AND id = ?",
                                      (doc_id, local)).fetchone()
        if row is None or row[0] != actor_id:
            raise StoreError(f"[CG059] {member!r} is not a member of actor {actor_id!r}: "
                             "see `claimgraph actors show ACTOR`")
        with self.store.transaction():
            self.store.add_correction("split", actor_id, member)
        self.relink()

    def _actor_id(self, ref: str) -> str:
        return str(queries.actor(self.store.conn, ref)["id"])

    # --- asking ---------------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        return queries.stats(self.store.conn)

    def documents(self, **kw: Any) -> list[dict[str, Any]]:
        return queries.documents(self.store.conn, **kw)

    def document(self, doc_id: str) -> tuple[Document, Analysis | None]:
        return self.store.document(doc_id)

    def actors(self, **kw: Any) -> list[dict[str, Any]]:
        return queries.actors(self.store.conn, **kw)

    def actor(self, ref: str, *, limit: int | None = None) -> dict[str, Any]:
        return queries.actor(self.store.conn, ref, limit=limit)

    def said(self, actor: str, *, act: str | None = None, since: str | None = None,
             until: str | None = None, **kw: Any) -> list[dict[str, Any]]:
        return queries.said(self.store.conn, actor, act=act, since=since, until=until, **kw)

    def said_per_month(self, actor: str) -> list[tuple[str, int]]:
        return queries.said_per_month(self.store.conn, actor)

    def threads(self, *, contested: bool = False, **kw: Any) -> list[dict[str, Any]]:
        return queries.threads(self.store.conn, contested=contested, **kw)

    def thread(self, thread_id: str, **kw: Any) -> dict[str, Any]:
        return queries.thread(self.store.conn, thread_id, **kw)

    def search(self, text: str, **kw: Any) -> list[dict[str, Any]]:
        return queries.search(self.store.conn, text, **kw)


def _check_method(method: str) -> str:
    if method not in THREAD_METHODS:
        raise ConfigError(f"[CG014] unknown thread method {method!r}: use one of {', '.join(THREAD_METHODS)}")
    return method


def print_summary(summary: IngestSummary, out: Any = sys.stderr) -> None:
    """The end-of-run lines a person reads."""
    rate = f", {summary.docs_per_second:.1f} documents/s" if summary.seconds else ""
    out.write(f"ingested {summary.ingested} ({summary.new_versions} new versions, {summary.not_english} "
              f"not English, stored unanalysed), unchanged {summary.unchanged}, failed {len(summary.failed)}"
              f" in {summary.seconds:.1f} s{rate}\n")
    for source, reason in summary.failed:
        out.write(f"  failed: {source}: {reason}\n")
    if summary.interrupted:
        out.write("interrupted: everything finished before the interrupt is stored; run again to go on\n")


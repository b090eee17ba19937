"""Analysing an ingest's documents: in this process, or in worker processes
that each load the spaCy model once, parse, extract and build the store's rows
(:func:`claimgraph.store.db.analysis_rows`), so the ingesting process only
reads and writes.

Why not ``nlp.pipe(n_process=N)``: its workers send back parsed Docs, which the
ingesting process must deserialise and then run extraction on, on the same
cores as the parses. Here a worker sends back plain rows, a few kilobytes a
document, and the ingesting process never loads the model.

:class:`Analyser` keeps a bounded number of chunks in flight (reading never
runs far ahead of analysis) and hands results back in input order. A worker
ignores SIGINT (the ingesting process handles Ctrl-C and stores what is done)
and, on Linux, is killed when the ingesting process dies, kill -9 included.
A worker that dies (killed, out of memory) takes its chunk with it: the
ingest stops with [CG017] instead of waiting for it forever.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterator, Sequence
from multiprocessing import pool as mp_pool
from multiprocessing.pool import AsyncResult, Pool
from typing import Generic, TypeVar

from ..errors import ModelError
from ..model import Document
from ..store.db import Rows, analysis_rows

__all__ = ["Analyser", "analyse"]

T = TypeVar("T")

Result = Rows | str  # the rows, or why extraction failed (a [CG058] reason)

# A worker is replaced after this many chunks: spaCy's string store only grows
# (every new word, name and number), so a fresh worker keeps memory flat
# however many documents an ingest reads.
MAX_CHUNKS_PER_WORKER: int | None = None


def analyse(docs: Sequence[Document], model: str) -> list[Result]:
    """Parse and extract ``docs`` (one ``nlp.pipe`` pass); the store's rows for
    each, or the reason its extraction failed."""
    from ..nlp import parse_many
    from ..pipeline import analyze_doc

    out: list[Result] = []
    for doc, parsed in zip(docs, parse_many([d.text for d in docs], model, batch_size=16), strict=True):
        try:
            analysis = analyze_doc(parsed, published=doc.published, title=doc.title, url=doc.url,
                                   meta={"id": doc.id})
            out.append(analysis_rows(doc, analysis))
        except Exception as exc:  # one document's extraction bug must not stop the corpus
            out.append(f"[CG058] extraction failed: {type(exc).__name__}: {exc}")
    return out


def _die_with_parent() -> None:
    """Linux: have the kernel kill this process when its parent dies."""
    try:
        import ctypes
        import os

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before the call
            os._exit(1)
    except (OSError, AttributeError):
        pass


def _start_worker(model: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    from ..nlp import load_model

    load_model(model)


def _abandon(pool: Pool) -> None:
    """Stop a pool one of whose workers died, without ``terminate()``: the dead
    worker may have held the task queue's read lock (an idle worker waits for a
    task holding it) or the result queue's write lock (it was sending a result),
    and terminate() takes both, so it can wait forever. No worker is replaced
    from here on, every worker is killed, and the pool's threads (daemons) are
    left to the end of the process."""
    handler = getattr(pool, "_worker_handler", None)
    if handler is not None:
        handler._state = mp_pool.TERMINATE  # no more replacement workers
        notifier = getattr(pool, "_change_notifier", None)
        if notifier is not None:
            notifier.put(None)  # wake it to see that
        handler.join(10)
    for proc in list(getattr(pool, "_pool", ())):
        proc.kill()
        proc.join(10)
    finalizer = getattr(pool, "_terminate", None)
    if finalizer is not None:
        finalizer.cancel()  # it would run terminate() at exit
    pool._state = mp_pool.TERMINATE  # type: ignore[attr-defined]


class Analyser(Generic[T]):
    """``put`` chunks of documents, get ``(chunk, results)`` back in order.

    With ``n_process`` 1 each chunk is analysed on the spot; with more, in a
    pool of that many workers with at most ``ahead`` chunks per worker in flight.
    """

    def __init__(self, model: str, n_process: int = 1, *, ahead: int = 2) -> None:
        self.model = model
        self.pool: Pool | None = None
        self.limit = max(1, n_process * ahead)
        self.pending: deque[tuple[T, AsyncResult[list[Result]]]] = deque()
        self.pids: set[int | None] = set()
        self.broken = False
        if n_process > 1:
            # fork where there is one: a spawned worker re-runs the calling script's
            # top level, which a script without ``if __name__ == "__main__"`` cannot take.
            # The ingesting process has not loaded the model, so a forked worker starts small.
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            ctx = multiprocessing.get_context(method)
            self.pool = ctx.Pool(n_process, initializer=_start_worker, initargs=(model,),
                                 maxtasksperchild=MAX_CHUNKS_PER_WORKER)
            self.pids = self._worker_pids()

    def put(self, chunk: T, docs: Sequence[Document]) -> Iterator[tuple[T, list[Result]]]:
        """Submit ``docs`` (tagged ``chunk``); yields the chunks finished meanwhile, oldest first."""
        if self.pool is None:
            yield chunk, analyse(docs, self.model)
            return
        self.pending.append((chunk, self.pool.apply_async(analyse, (list(docs), self.model))))
        while len(self.pending) >= self.limit:
            yield self._next()

    def drain(self) -> Iterator[tuple[T, list[Result]]]:
        """Every chunk still in flight, in order."""
        while self.pending:
            yield self._next()

    def _next(self) -> tuple[T, list[Result]]:
        chunk, result = self.pending[0]
        while not result.ready():
            result.wait(1.0)
            if not result.ready() and self._worker_pids() != self.pids:
                self.broken = True
                raise ModelError("[CG017] an analysis worker process died (killed, or out of memory?); "
                                 "what was stored is kept: run the ingest again to go on")
        out = result.get()
        self.pending.popleft()
        return chunk, out

    def _worker_pids(self) -> set[int | None]:
        # Pool replaces a dead worker silently and the dead one's task never completes; with
        # no task limit a worker never leaves on its own, so a changed set means one died.
        if MAX_CHUNKS_PER_WORKER is not None:
            return set()
        return {proc.pid for proc in getattr(self.pool, "_pool", ())}

    def close(self) -> None:
        """Stop the workers (work in flight is dropped)."""
        self.pending.clear()
        if self.pool is not None:
            if self.broken:
                _abandon(self.pool)
            else:
                self.pool.terminate()
                self.pool.join()
            self.pool = None

    def __enter__(self) -> Analyser[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

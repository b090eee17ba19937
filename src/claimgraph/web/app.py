"""The FastAPI application: a pool of read-only connections, error handling in
one shape, request limits, security headers, the API and the pages.

Read-only unless ``allow_write``: then ingest and actor merge/split are served
too, each only with ``Authorization: Bearer TOKEN``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from .. import __version__
from ..corpus import Corpus
from ..errors import ConfigError
from . import api, pages
from .errors import install_error_handlers
from .security import LimitsMiddleware

__all__ = ["CorpusPool", "app_from_environment", "create_app"]

HERE = Path(__file__).resolve().parent
MIN_TOKEN = 16


class CorpusPool:
    """One read-only :class:`Corpus` per worker thread; with writes allowed, one
    writable corpus used under a lock (SQLite has one writer at a time)."""

    def __init__(self, path: str | Path, *, allow_write: bool = False) -> None:
        self.path = Path(path)
        self.write_lock = threading.Lock()
        self.writer = Corpus(self.path) if allow_write else None  # creates the file when missing
        self._local = threading.local()
        self._opened: list[Corpus] = []
        self._lock = threading.Lock()
        self.reader().stats()  # fail now, not on the first request, when the file is not a store

    def reader(self) -> Corpus:
        corpus: Corpus | None = getattr(self._local, "corpus", None)
        if corpus is None:
            corpus = Corpus(self.path, readonly=True)
            self._local.corpus = corpus
            with self._lock:
                self._opened.append(corpus)
        return corpus

    def close(self) -> None:
        with self._lock:
            for corpus in self._opened:
                corpus.close()
            self._opened.clear()
        if self.writer is not None:
            self.writer.close()


def create_app(db_path: str | Path, *, allow_write: bool = False, token: str | None = None,
               max_body: int = 2 * 1024 * 1024) -> FastAPI:
    """The web app over the store at ``db_path`` (which must exist unless ``allow_write``)."""
    if allow_write and (not token or len(token) < MIN_TOKEN):
        raise ConfigError(f"[CG067] writes over HTTP need a token of at least {MIN_TOKEN} characters")
    pool = CorpusPool(db_path, allow_write=allow_write)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="claimgraph", version=__version__,
                  summary="Attributed statements, actors and claim threads in a news corpus.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan)
    app.state.pool = pool
    app.state.allow_write = allow_write
    app.state.token = token if allow_write else None
    app.add_middleware(LimitsMiddleware, max_body=max_body)
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    pages.mount_static(app, HERE / "static")

    return app


def app_from_environment() -> FastAPI:
    """A read-only app for ``claimgraph serve --workers N``: each worker process
    builds its own from ``CLAIMGRAPH_SERVE_DB`` and ``CLAIMGRAPH_SERVE_MAX_BODY``."""
    return create_app(os.environ["CLAIMGRAPH_SERVE_DB"],
                      max_body=int(os.environ.get("CLAIMGRAPH_SERVE_MAX_BODY", 2 * 1024 * 1024)))

"""The web app over a corpus store: HTML pages and a JSON API (``claimgraph serve``).

:func:`create_app` builds the FastAPI application; the pages (:mod:`.pages`)
and the API (:mod:`.api`) are thin over :class:`claimgraph.corpus.Corpus` and
:mod:`claimgraph.store.queries`, shaped by :mod:`.views`.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]

"""JSON-able views shared by the pages and the API: a document with its
statements resolved (speaker, act, certainty, figures, dates), an analysis of
pasted text, pagination."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from ..corpus import Corpus
from ..model import Analysis, Document, Statement

__all__ = ["analysis_view", "analyze_text", "document_view", "page", "statement_view"]

_ANALYZE = threading.Lock()  # one spaCy pipeline, used by one request at a time


def page(fetch: Callable[[int, int], list[dict[str, Any]]], limit: int, offset: int,
         total: int | None = None) -> dict[str, Any]:
    """One page of rows: fetches ``limit + 1`` to know whether there is a next page."""
    rows = fetch(limit + 1, offset)
    out: dict[str, Any] = {"items": rows[:limit], "limit": limit, "offset": offset,
                           "next_offset": offset + limit if len(rows) > limit else None}
    if total is not None:
        out["total"] = total
    return out


def statement_view(analysis: Analysis, st: Statement, corpus_ids: dict[str, str] | None = None) -> dict[str, Any]:
    text = analysis.text
    actor = analysis.speaker_of(st)
    figures = {f.id: f for f in analysis.figures}
    dates = {d.id: d for d in analysis.dates}
    return {
        "id": st.id, "kind": st.kind, "start": st.start, "end": st.end,
        "content": " … ".join(s.text(text) for s in st.content),
        "content_spans": [s.to_list() for s in st.content],
        "cue": None if st.cue is None else st.cue.text(text),
        "cue_span": None if st.cue is None else st.cue.to_list(),
        "speaker_mention": None if st.speaker is None else st.speaker.text(text),
        "speaker_span": None if st.speaker is None else st.speaker.to_list(),
        "actor": None if actor is None else {
            "id": actor.id, "name": actor.name, "type": actor.type, "roles": list(actor.roles),
            "corpus_id": (corpus_ids or {}).get(actor.id)},
        "act": st.act, "negated": st.negated, "carried": st.carried, "certainty": st.certainty,
        "markers": [{"text": m.span.text(text), "type": m.type, "level": m.level} for m in st.markers],
        "figures": [{"text": f.span.text(text), "value": f.value, "unit": f.unit, "counts": f.counts,
                     "approximate": f.approximate} for f in (figures.get(x) for x in st.figures) if f],
        "dates": [{"text": d.span.text(text), "value": d.value, "anchor": d.anchor}
                  for d in (dates.get(x) for x in st.dates) if d],
    }


def analysis_view(analysis: Analysis, corpus_ids: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "statements": [statement_view(analysis, st, corpus_ids) for st in analysis.statements],
        "actors": [{"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases), "roles": list(a.roles),
                    "affiliations": list(a.affiliations), "corpus_id": (corpus_ids or {}).get(a.id)}
                   for a in analysis.actors],
        "notices": [{"code": n.code, "message": n.message} for n in analysis.notices],
    }


def _meta(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "title": doc.title, "source": doc.source, "url": doc.url, "author": doc.author,
            "published": doc.published, "language": doc.language, "format": doc.format}


def document_view(corpus: Corpus, doc_id: str) -> dict[str, Any]:
    """A stored document, its text, and its statements with their speakers' corpus actors."""
    doc, analysis = corpus.document(doc_id)
    out = _meta(doc) | {"text": doc.text, "analysed": analysis is not None}
    if analysis is None:
        return out | {"statements": [], "actors": [], "notices": []}
    corpus_ids = {local: ca for local, ca in corpus.store.conn.execute(
        "SELECT id, corpus_actor FROM actors WHERE doc_id = ? AND corpus_actor IS NOT NULL", (doc.id,))}
    return out | analysis_view(analysis, corpus_ids)


def analyze_text(text: str, *, published: str | None = None, title: str | None = None) -> tuple[Analysis, dict]:
    """Analyse text without storing it: the Analysis and its view."""
    from ..pipeline import analyze

    with _ANALYZE:
        analysis = analyze(text, published=published, title=title)
    return analysis, {"text": text, "title": title, "published": published} | analysis_view(analysis)

"""The JSON API under ``/api``: the same data as the pages, paginated
(``limit``, ``offset``; each list answers ``items``, ``next_offset``).

Writes (ingest, actor merge and split) need the server started with
``--allow-write`` and ``Authorization: Bearer TOKEN``.
"""

from __future__ import annotations

import json
import os
import tempfile
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field

from ..corpus import Corpus
from ..model import ACTOR_TYPES, ACTS
from .errors import WebError
from .security import require_write
from .views import analyze_text, document_view, page

__all__ = ["DOC_ID", "MAX_TEXT", "THREAD_ID", "router"]

router = APIRouter(prefix="/api", tags=["api"])

MAX_TEXT = 500_000  # characters of one analysed or ingested text
DOC_ID = r"^[0-9a-f]{1,64}$"  # a SHA-256 hex id or a prefix of one: never LIKE wildcards or path parts
THREAD_ID = r"^t-[0-9a-f]{1,40}$"
STATEMENT_ID = r"^s[0-9]{1,7}$"
ISO_DATE = r"^\d{4}-\d{2}-\d{2}"

Limit = Annotated[int, Query(ge=1, le=200, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
DocId = Annotated[str, Path(pattern=DOC_ID, description="document id (a unique prefix is enough)")]
ActorRef = Annotated[str, Path(min_length=1, max_length=200, description="actor id, name or alias")]
ThreadId = Annotated[str, Path(pattern=THREAD_ID)]


def corpus(request: Request) -> Corpus:
    """A read-only corpus for the calling thread."""
    reader: Corpus = request.app.state.pool.reader()
    return reader


async def _reader(request: Request) -> Corpus:
    return corpus(request)


# The reads below are async and query SQLite on the event loop's own connection: each takes a
# millisecond or two on 5,000 documents, less than handing the request to a worker thread and back
# three times (dependency, endpoint, response check), which was most of a request's cost under load.
Reader = Annotated[Corpus, Depends(_reader)]


@router.get("/stats", summary="How much the corpus holds")
async def stats(c: Reader) -> dict[str, int]:
    return c.stats()


@router.get("/documents", summary="Documents, oldest first")
async def documents(c: Reader, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return page(lambda n, o: c.documents(limit=n, offset=o), limit, offset, c.stats()["documents"])


@router.get("/documents/{doc_id}", summary="One document: text, statements (resolved), actors")
async def document(c: Reader, doc_id: DocId) -> dict[str, Any]:
    return document_view(c, doc_id)


@router.get("/documents/{doc_id}/statements/{statement_id}", summary="One statement of a document")
async def statement(c: Reader, doc_id: DocId,
              statement_id: Annotated[str, Path(pattern=STATEMENT_ID)]) -> dict[str, Any]:
    view = document_view(c, doc_id)
    for st in view["statements"]:
        if st["id"] == statement_id:
            return st | {"doc_id": view["id"]}
    raise WebError(404, "CG060", f"no statement {statement_id!r} in document {view['id']}")


@router.get("/actors", summary="Corpus actors, most statements first")
async def actors(c: Reader, limit: Limit = 50, offset: Offset = 0,
           type: Annotated[str | None, Query(pattern="^(" + "|".join(ACTOR_TYPES) + ")$")] = None
           ) -> dict[str, Any]:
    return page(lambda n, o: c.actors(limit=n, offset=o, type_=type), limit, offset)


@router.get("/actors/{ref}", summary="One actor: aliases, roles, affiliations, acts, threads and sides, "
            "and the first `limit` of its members and link reasons (`n_members`, `n_why`: how many in all)")
async def actor(c: Reader, ref: ActorRef, limit: Limit = 50) -> dict[str, Any]:
    return c.actor(ref, limit=limit)


@router.get("/actors/{ref}/statements", summary="What one actor said, in time order")
async def said(c: Reader, ref: ActorRef, limit: Limit = 50, offset: Offset = 0,
         act: Annotated[str | None, Query(pattern="^(" + "|".join(ACTS) + ")$")] = None,
         since: Annotated[str | None, Query(pattern=ISO_DATE, max_length=32)] = None,
         until: Annotated[str | None, Query(pattern=ISO_DATE, max_length=32)] = None) -> dict[str, Any]:
    return page(lambda n, o: c.said(ref, act=act, since=since, until=until, limit=n, offset=o), limit, offset)


@router.get("/threads", summary="Claim threads, most contested first")
async def threads(c: Reader, limit: Limit = 50, offset: Offset = 0, contested: bool = False) -> dict[str, Any]:
    """A page of threads; ``method`` is the linker that grouped them (lexical, story or embed)."""
    return {**page(lambda n, o: c.threads(contested=contested, limit=n, offset=o), limit, offset),
            "method": c.thread_method}


@router.get("/threads/{thread_id}",
            summary="One thread: its proposition, side counts and a page of members with their sides")
async def thread(c: Reader, thread_id: ThreadId, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return c.thread(thread_id, limit=limit, offset=offset)


@router.get("/search", summary="Full-text search over statements")
async def search(c: Reader, q: Annotated[str, Query(min_length=1, max_length=500)], limit: Limit = 50,
           offset: Offset = 0) -> dict[str, Any]:
    return page(lambda n, o: c.search(q, limit=n, offset=o), limit, offset) | {"q": q}


class AnalyzeIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    published: str | None = Field(default=None, pattern=ISO_DATE, max_length=32)
    title: str | None = Field(default=None, max_length=1000)


@router.post("/analyze", summary="Analyse a text without storing it")
def analyze(body: AnalyzeIn) -> dict[str, Any]:
    if not body.text.strip():
        raise WebError(400, "CG068", "nothing to analyse: the text is blank")
    _, view = analyze_text(body.text, published=body.published, title=body.title)
    return view


class DocumentIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)
    published: str | None = Field(default=None, pattern=ISO_DATE, max_length=32)


class IngestIn(BaseModel):
    documents: list[DocumentIn] = Field(min_length=1, max_length=100)


@router.post("/ingest", summary="Store and analyse documents (needs --allow-write and the token)",
             dependencies=[Depends(require_write)])
def ingest(request: Request, body: IngestIn) -> dict[str, Any]:
    pool = request.app.state.pool
    fd, name = tempfile.mkstemp(suffix=".jsonl", prefix="claimgraph-web-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for d in body.documents:
                out.write(json.dumps(d.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
        with pool.write_lock:
            summary = pool.writer.ingest([name])
    finally:
        os.unlink(name)
    out_d: dict[str, Any] = summary.to_dict()
    for f in out_d["failed"]:
        f["source"] = "document " + f["source"].rpartition(":")[2]  # line number, not the temporary path
    return out_d


class MergeIn(BaseModel):
    a: str = Field(min_length=1, max_length=200)
    b: str = Field(min_length=1, max_length=200)


class SplitIn(BaseModel):
    actor: str = Field(min_length=1, max_length=200)
    member: str = Field(min_length=3, max_length=200, description='a "doc_id/actor_id" key')


WRITE = [Depends(require_write)]


@router.post("/actors/merge", summary="Record that two actors are one, and relink", dependencies=WRITE)
def merge(request: Request, body: MergeIn) -> dict[str, Any]:
    pool = request.app.state.pool
    with pool.write_lock:
        pool.writer.merge_actors(body.a, body.b)
    return {"ok": True, "merged": [body.a, body.b]}


@router.post("/actors/split", summary="Take a member out of an actor, and relink", dependencies=WRITE)
def split(request: Request, body: SplitIn) -> dict[str, Any]:
    pool = request.app.state.pool
    with pool.write_lock:
        pool.writer.split_actor(body.actor, body.member)
    return {"ok": True, "actor": body.actor, "member": body.member}

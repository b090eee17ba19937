"""The HTML pages, rendered on the server with Jinja2 (autoescape on; document
text is only ever printed through it, never marked safe)."""

from __future__ import annotations

from pathlib import Path as FsPath
from typing import Annotated, Any
from urllib.parse import urlsplit

import jinja2
from fastapi import APIRouter, FastAPI, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..model import ACTS
from . import charts
from .api import DOC_ID, MAX_TEXT, THREAD_ID, corpus
from .errors import WebError
from .highlight import segments
from .views import analyze_text, document_view, page

__all__ = ["mount_static", "render", "router"]

router = APIRouter(include_in_schema=False)
PER_PAGE = 50
HOME_ROWS = 15

_env = jinja2.Environment(loader=jinja2.PackageLoader("claimgraph.web", "templates"),
                          autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links leave the app: no javascript:, data: or relative tricks."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


_env.filters["safe_url"] = _safe_url
_env.globals["version"] = __version__


def render(request: Request, name: str, **context: Any) -> str:
    return _env.get_template(name).render(request_path=request.url.path, **context)


def _html(request: Request, name: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(render(request, name, **context))


def mount_static(app: FastAPI, folder: FsPath) -> None:
    app.mount("/static", StaticFiles(directory=folder), name="static")


Offset = Annotated[int, Query(ge=0, le=10_000_000)]


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    c = corpus(request)
    contested = c.threads(contested=True, limit=10)
    chart = charts.sides([(t["proposition"], t["supports"], t["disputes"], t["reports"]) for t in contested],
                         "Support and dispute in the most contested threads")
    return _html(request, "home.html", stats=c.stats(), documents=c.documents(limit=HOME_ROWS),
                 actors=c.actors(limit=HOME_ROWS), threads=contested, chart=chart)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, offset: Offset = 0) -> HTMLResponse:
    c = corpus(request)
    rows = page(lambda n, o: c.documents(limit=n, offset=o), PER_PAGE, offset)
    return _html(request, "documents.html", page=rows)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: Annotated[str, Path(pattern=DOC_ID)]) -> HTMLResponse:
    view = document_view(corpus(request), doc_id)
    return _html(request, "document.html", doc=view, segments=segments(view["text"], view["statements"]))


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, offset: Offset = 0) -> HTMLResponse:
    c = corpus(request)
    rows = page(lambda n, o: c.actors(limit=n, offset=o), PER_PAGE, offset)
    return _html(request, "actors.html", page=rows)


@router.get("/actors/{ref}", response_class=HTMLResponse)
def actor(request: Request, ref: Annotated[str, Path(min_length=1, max_length=200)],
          offset: Offset = 0) -> HTMLResponse:
    c = corpus(request)
    info = c.actor(ref, limit=20)
    rows = page(lambda n, o: c.said(info["id"], limit=n, offset=o), 200, offset)
    chart = charts.bars(c.said_per_month(info["id"]), f"Statements by {info['name']} per month")
    acts = [(a, info["acts"].get(a, 0)) for a in (*ACTS, "-") if info["acts"].get(a)]
    return _html(request, "actor.html", actor=info, page=rows, chart=chart, acts=acts)


@router.get("/threads", response_class=HTMLResponse)
def threads(request: Request, offset: Offset = 0, contested: bool = False) -> HTMLResponse:
    c = corpus(request)
    rows = page(lambda n, o: c.threads(contested=contested, limit=n, offset=o), PER_PAGE, offset)
    chart = charts.sides([(t["proposition"], t["supports"], t["disputes"], t["reports"]) for t in rows["items"]],
                         "Support and dispute per thread")
    return _html(request, "threads.html", page=rows, contested=contested, chart=chart, method=c.thread_method)


@router.get("/threads/{thread_id}", response_class=HTMLResponse)
def thread(request: Request, thread_id: Annotated[str, Path(pattern=THREAD_ID)]) -> HTMLResponse:
    t = corpus(request).thread(thread_id)
    by_side: dict[str, list[dict[str, Any]]] = {"supports": [], "disputes": [], "reports": []}
    for m in t["members"]:
        by_side.setdefault(m["side"], []).append(m)
    chart = charts.timeline([(m["published"], m["side"]) for m in t["members"]], "Thread timeline")
    return _html(request, "thread.html", thread=t, sides=by_side, chart=chart)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=500)] = "", offset: Offset = 0) -> HTMLResponse:
    c = corpus(request)
    rows = page(lambda n, o: c.search(q, limit=n, offset=o), PER_PAGE, offset) if q.strip() else None
    return _html(request, "search.html", q=q, page=rows)


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request) -> HTMLResponse:
    return _html(request, "analyze.html", result=None, text="", segments=[])


@router.post("/analyze", response_class=HTMLResponse)
async def analyze(request: Request, text: Annotated[str, Form(max_length=MAX_TEXT)] = "",
                  file: Annotated[UploadFile | None, File()] = None) -> HTMLResponse:
    if file is not None and file.filename:
        data = await file.read(MAX_TEXT * 4 + 1)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise WebError(400, "CG068", f"{file.filename}: not UTF-8 text") from None
        if len(text) > MAX_TEXT:
            raise WebError(413, "CG063", f"text over {MAX_TEXT} characters")
    if not text.strip():
        raise WebError(400, "CG068", "nothing to analyse: paste a text or choose a file")
    from starlette.concurrency import run_in_threadpool

    _, view = await run_in_threadpool(analyze_text, text)
    return _html(request, "analyze.html", result=view, text=text, segments=segments(text, view["statements"]))


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("pattern") or ""}
                      for p in op.get("parameters", [])]
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "params": params, "body": "requestBody" in op})
    return _html(request, "docs.html", spec=spec, endpoints=endpoints)

"""One error shape for every failure: ``{"error": {"code": "CGnnn", "message": "..."}}``.

API paths (``/api/...``, ``/openapi.json``) and clients that do not ask for
HTML get that JSON; a browser on a page gets the same code and message in an
HTML page. Codes: CG060 not found, CG061 method not allowed, CG062 invalid
request, CG063 too large, CG064 writes disabled, CG065 bad token, CG066
internal error, CG068 nothing to analyse; a :class:`ClaimgraphError` keeps its
own code.
"""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ClaimgraphError, InputError, StoreError

__all__ = ["WebError", "error_response", "install_error_handlers"]

log = logging.getLogger("claimgraph.web")
_CODE = re.compile(r"^\[(CG\d{3})\]\s*")
_NOT_FOUND = {"CG054", "CG056", "CG057"}
_SERVER_SIDE = {"CG050", "CG051", "CG052", "CG058"}  # the store itself is broken: not the client's fault
_BY_STATUS = {404: "CG060", 405: "CG061", 413: "CG063", 401: "CG065", 403: "CG064"}


class WebError(Exception):
    """An HTTP failure with a claimgraph code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def split_code(text: str, default: str) -> tuple[str, str]:
    m = _CODE.match(text)
    return (m.group(1), text[m.end():]) if m else (default, text)


def wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path == "/openapi.json":
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    if wants_html(request):
        from .pages import render  # the pages import this module

        return HTMLResponse(render(request, "error.html", status=status, code=code, message=message),
                            status_code=status, headers=headers)
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _status_of(exc: ClaimgraphError, code: str) -> int:
    if code in _NOT_FOUND:
        return 404
    if code == "CG053":
        return 403
    if isinstance(exc, StoreError) and code in _SERVER_SIDE:
        return 500
    if isinstance(exc, (InputError, StoreError)):
        return 400
    return 500


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def _web(request: Request, exc: WebError) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return error_response(request, exc.status, exc.code, exc.message, headers)

    @app.exception_handler(ClaimgraphError)
    async def _claimgraph(request: Request, exc: ClaimgraphError) -> Response:
        code, message = split_code(str(exc), "CG066")
        return error_response(request, _status_of(exc, code), code, message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = _BY_STATUS.get(exc.status_code, "CG062" if exc.status_code < 500 else "CG066")
        message = {404: "no such page or endpoint", 405: "method not allowed"}.get(exc.status_code, str(exc.detail))
        return error_response(request, exc.status_code, code, message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors()[:5]:
            where = ".".join(str(x) for x in err.get("loc", ()))
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        return error_response(request, 422, "CG062", "invalid request: " + "; ".join(parts))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return error_response(request, 500, "CG066", "internal error")

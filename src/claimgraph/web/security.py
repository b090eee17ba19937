"""Request limits, security headers and the write token.

:class:`LimitsMiddleware` refuses bodies over ``max_body`` bytes (413, checked
on the Content-Length header and again on the bytes received) and adds
headers that stop a page from running anything but its own script file: a
strict Content-Security-Policy (no inline script, no inline handlers, nothing
from elsewhere), ``nosniff``, no framing, no referrer.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import Request

from .errors import WebError

__all__ = ["CSP", "LimitsMiddleware", "require_write"]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]


class LimitsMiddleware:
    """Pure ASGI: body size limit and security headers."""

    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._too_large(scope, send_with_headers)
            return
        # Read the body (bounded) before the app sees it: a chunked body cannot slip past the limit.
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_body:
                await self._too_large(scope, send_with_headers)
                return
            chunks.append(body)
            more = message.get("more_body", False)
        data = b"".join(chunks)
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": data, "more_body": False}
            return await receive()

        await self.app(scope, replay, send_with_headers)

    async def _too_large(self, scope: dict[str, Any], send: Any) -> None:
        body = json.dumps({"error": {"code": "CG063", "message": f"request body over {self.max_body} bytes"}})
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body.encode()})


def require_write(request: Request) -> None:
    """Dependency of every write endpoint: writes allowed, and the right bearer token."""
    if not request.app.state.allow_write:
        raise WebError(403, "CG064", "writes are disabled: start the server with --allow-write and a token")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    token: str = request.app.state.token
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise WebError(401, "CG065", "missing or wrong token: send Authorization: Bearer TOKEN")

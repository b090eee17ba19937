"""Pages named by URL on the command line, fetched over HTTP(S) with urllib.

A page must answer 200 (redirects are followed) with an HTML or plain-text
content type, within ``timeout`` seconds per network operation and at most
``max_bytes`` long. HTML goes through :func:`~.html.html_document`; plain
text is taken as it is. The document's ``format`` is ``"url"``, its
``origin`` the URL as given and its ``url`` the final one (after redirects).
Anything else is [CG037], naming the URL and the reason: the HTTP status,
the network error, a timeout, the size, or the content type.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request

from ..errors import DocumentError
from ..model import Document
from .html import HTML_CONTENT_TYPES, html_document, parse_content_type
from .text import text_document

__all__ = ["TEXT_CONTENT_TYPES", "USER_AGENT", "fetch_document"]

TEXT_CONTENT_TYPES = ("text/plain", "text/markdown")
USER_AGENT = "claimgraph (news statement extractor)"


def fetch_document(url: str, *, max_bytes: int, timeout: float) -> Document | DocumentError:
    """The page at ``url`` as a document, or the reason it could not be had."""
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = response.status
            if status != 200:
                return _failed(url, f"HTTP {status} {response.reason}")
            final_url = response.geturl()
            mime, charset = parse_content_type(response.headers.get("Content-Type", ""))
            if mime not in HTML_CONTENT_TYPES + TEXT_CONTENT_TYPES:
                return _failed(url, f"not HTML or text but {mime or 'no content type'}")
            length = response.headers.get("Content-Length")
            if length is not None and length.isdigit() and int(length) > max_bytes:
                return _failed(url, f"too large: {int(length):,} bytes, over the limit of {max_bytes:,}")
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        return _failed(url, f"HTTP {exc.code} {exc.reason}")
    except urllib.error.URLError as exc:
        return _failed(url, _network_reason(exc.reason, timeout))
    except TimeoutError:
        return _failed(url, f"timed out after {timeout:g} s")
    except (http.client.HTTPException, OSError, ValueError) as exc:
        return _failed(url, _network_reason(exc, timeout))
    if len(data) > max_bytes:
        return _failed(url, f"too large: over the limit of {max_bytes:,} bytes")
    if mime in HTML_CONTENT_TYPES:
        return html_document(data, url, format="url", url=final_url, charset=charset)
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii", "ascii"):
        try:
            data = data.decode(charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError) as exc:
            return DocumentError(f"[CG023] undecodable: not {charset} as declared ({type(exc).__name__})", url)
    return text_document(data, url, format="url", url=final_url)


def _failed(url: str, reason: str) -> DocumentError:
    return DocumentError(f"[CG037] fetch failed: {reason}", url)


def _network_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, BaseException):
        detail = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
        return f"{type(reason).__name__}: {detail}" if str(reason) else type(reason).__name__
    return str(reason)

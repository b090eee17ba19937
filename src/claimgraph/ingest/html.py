"""HTML pages: the main text (no navigation, scripts, styles or reader
comments) plus title, author, date and site name, with trafilatura.

Nothing is fetched: trafilatura only parses the bytes it is given. The
character set is, in order: a byte-order mark, the HTTP ``charset`` (from a
WARC record or a fetched page), a ``<meta charset>`` in the first 4 KB, else
UTF-8; bytes that do not decode with it are [CG023], not guessed at.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from ..errors import DocumentError
from ..inputs import _NUL, _binary_reason, _undecodable_reason
from ..model import Document
from .document import make_document

__all__ = ["HTML_CONTENT_TYPES", "decode_html", "html_document", "parse_content_type"]

HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# What browsers do (WHATWG Encoding): these labels mean windows-1252.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1"}


def decode_html(data: bytes, origin: str, charset: str | None = None) -> str:
    """The text of an HTML page; raises :class:`DocumentError` [CG022]/[CG023]."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(_undecodable_reason(exc).replace("not UTF-8", f"not {encoding}"),
                                    origin) from exc
    if _NUL in data:
        raise DocumentError(_binary_reason(data), origin)
    encoding = _known(charset) or _known(_sniff_meta(data)) or "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        reason = _undecodable_reason(exc)
        if encoding != "utf-8":
            reason = reason.replace("not UTF-8", f"not {encoding} as declared")
        raise DocumentError(reason, origin) from exc


def html_document(data: bytes, origin: str, *, format: str = "html", url: str | None = None,
                  charset: str | None = None) -> Document | DocumentError:
    """One document from an HTML page, or the reason there is none."""
    try:
        html = decode_html(data, origin, charset)
    except DocumentError as err:
        return err
    if not html.strip():
        return DocumentError("[CG024] empty: no text to analyse", origin)
    try:
        found = _extract(html, url)
    except Exception as exc:  # a parser failing on hostile markup is this document's problem only
        return DocumentError(f"[CG034] no main text: the HTML could not be parsed ({type(exc).__name__})", origin)
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        return DocumentError("[CG034] no main text: nothing but markup, scripts or navigation", origin)
    return make_document(text, format=format, origin=origin, url=url or getattr(found, "url", None),
                         title=getattr(found, "title", None), author=getattr(found, "author", None),
                         published=getattr(found, "date", None), source=getattr(found, "sitename", None))


def parse_content_type(value: str) -> tuple[str, str | None]:
    """``("text/html", "utf-8")`` from ``"text/html; charset=UTF-8"``."""
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return mime.strip().lower(), charset


def _extract(html: str, url: str | None) -> Any:
    import trafilatura  # imported late: it takes a while, and only HTML needs it

    return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                       include_tables=True, include_images=False, include_links=False)


def _sniff_meta(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def _known(label: str | None) -> str | None:
    """A Python codec for a declared charset label, or ``None`` if unknown."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None

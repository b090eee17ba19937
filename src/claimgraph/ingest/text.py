"""Plain text and Markdown: the whole file is one document.

The checks are those of :mod:`claimgraph.inputs`: NUL bytes [CG022], not
UTF-8 [CG023], no text [CG024]. A Markdown document's title is its first
``# `` heading (outside code fences); plain text has no title.
"""

from __future__ import annotations

import re

from ..errors import DocumentError
from ..inputs import _NUL, _binary_reason, _decode, _undecodable_reason
from ..model import Document
from .document import make_document

__all__ = ["decode_text", "markdown_title", "text_document"]

_H1 = re.compile(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def decode_text(data: bytes, origin: str) -> str:
    """UTF-8 text (a BOM is dropped), or a :class:`DocumentError` raised for
    binary, undecodable or blank data."""
    if _NUL in data:
        raise DocumentError(_binary_reason(data), origin)
    try:
        text = _decode(data)
    except UnicodeDecodeError as exc:
        raise DocumentError(_undecodable_reason(exc), origin) from exc
    if not text.strip():
        raise DocumentError("[CG024] empty: no text to analyse", origin)
    return text


def text_document(data: bytes, origin: str, *, format: str = "txt",
                  url: str | None = None) -> Document | DocumentError:
    """One document from the bytes of a ``.txt`` or (``format="md"``) ``.md`` file."""
    try:
        text = decode_text(data, origin)
    except DocumentError as err:
        return err
    title = markdown_title(text) if format == "md" else None
    return make_document(text, format=format, origin=origin, title=title, url=url)


def markdown_title(text: str) -> str | None:
    """The first level-1 ATX heading (``# Title``), ignoring fenced code."""
    fenced = False
    for line in text.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced and (m := _H1.match(line)):
            return m.group(1).strip()
    return None

"""Building a :class:`~claimgraph.model.Document`: content-hash id, language,
metadata trimmed (blank values become ``None``)."""

from __future__ import annotations

import hashlib

from ..model import Document
from .language import detect_language

__all__ = ["make_document", "text_id"]


def text_id(text: str) -> str:
    """The document id: SHA-256 (hex) of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_document(text: str, *, format: str, origin: str, title: str | None = None, url: str | None = None,
                  source: str | None = None, author: str | None = None,
                  published: str | None = None) -> Document:
    return Document(id=text_id(text), text=text, title=_clean(title), url=_clean(url), source=_clean(source),
                    author=_clean(author), published=_clean(published), language=detect_language(text),
                    format=format, origin=origin)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None

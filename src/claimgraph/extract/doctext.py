"""A parsed document's text, built once.

spaCy rebuilds ``Doc.text`` from its tokens on every access; the extractors
read it hundreds of times per document, so they share one copy, kept in
``doc.user_data`` while the document is analysed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["doc_text", "forget_text"]

_KEY = "claimgraph.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def forget_text(doc: Doc) -> None:
    """Drop the copy (and anything else the extractors kept on the Doc), so a
    Doc the caller keeps carries no extra data."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("claimgraph.")]:
        del doc.user_data[key]

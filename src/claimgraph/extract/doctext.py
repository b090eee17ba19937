"""What the extractors read of a parsed document many times, built once.

spaCy rebuilds ``Doc.text`` from its tokens on every access, and ``Token.sent``
scans the whole document for sentence starts on every call (about 2.4 µs on an
article, fifty times a token lookup). The extractors read both hundreds of times
per document, so they share one copy of the text, kept in ``doc.user_data``, and
a sentence lookup over the sentence starts read once, installed as spaCy's own
``sent`` hooks while the document is analysed. ``forget_text`` takes both away.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.attrs import SENT_START

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["doc_text", "forget_text", "remember_sentences"]

_KEY = "claimgraph.text"
_HOOKED = "claimgraph.sent_hooks"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def remember_sentences(doc: Doc) -> None:
    """Make ``Token.sent`` and ``Span.sent`` a lookup in the sentence starts read
    once. The same sentences as spaCy's: a hook the caller set is left alone, and
    a document without sentence boundaries keeps spaCy's error."""
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks \
            or not doc.has_annotation("SENT_START"):
        return
    flags = doc.to_array(SENT_START).tolist()
    starts = [0] + [i for i in range(1, len(flags)) if flags[i] == 1]
    ends = [*starts[1:], len(doc)]
    made: dict[int, Span] = {}  # (making a Span costs half of spaCy's scan: one per sentence)

    def sentence_at(i: int) -> Span:
        k = bisect_right(starts, i) - 1
        sent = made.get(k)
        if sent is None:
            sent = made[k] = doc[starts[k] : ends[k]]
        return sent

    def token_sent(tok: Token) -> Span:
        return sentence_at(tok.i)

    def span_sent(span: Span) -> Span:
        # (spaCy's answer for a span is the sentence of its first token)
        return sentence_at(span.start) if span.start < len(doc) else span.doc[span.start : span.start]

    doc.user_token_hooks["sent"] = token_sent
    doc.user_span_hooks["sent"] = span_sent
    doc.user_data[_HOOKED] = True


def forget_text(doc: Doc) -> None:
    """Drop the copy, the sentence hooks and anything else the extractors kept
    on the Doc, so a Doc the caller keeps carries no extra data."""
    if doc.user_data.get(_HOOKED):
        doc.user_token_hooks.pop("sent", None)
        doc.user_span_hooks.pop("sent", None)
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("claimgraph.")]:
        del doc.user_data[key]

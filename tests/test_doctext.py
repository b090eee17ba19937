"""The per-document caches the extractors share: the text, and sentence lookups
that must give exactly spaCy's sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.extract.doctext import doc_text, forget_text, remember_sentences
from claimgraph.nlp import parse

SAMPLE = (Path(__file__).parent / "fixtures" / "orvena_lookalike.txt").read_text(encoding="utf-8")


def _spacy_sentences(doc):  # type: ignore[no-untyped-def]
    return [(t.sent.start, t.sent.end) for t in doc], [
        (doc[i : i + 3].sent.start, doc[i : i + 3].sent.end) for i in range(len(doc) - 3)]


@pytest.mark.parametrize("text", [
    SAMPLE,
    "One sentence without a full stop",
    "GENEVA - The panel said A.\n\nThe ministry said B. \"No,\" he said.",
])
def test_sentence_hooks_give_spacys_sentences_and_go_away(text: str) -> None:
    doc = parse(text)
    expected = _spacy_sentences(doc)
    remember_sentences(doc)
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
    assert _spacy_sentences(doc) == expected
    assert doc_text(doc) == text
    forget_text(doc)
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks
    assert not any(str(k).startswith("claimgraph.") for k in doc.user_data)
    assert _spacy_sentences(doc) == expected


def test_a_callers_own_sentence_hook_is_kept() -> None:
    doc = parse("A short one. Another one.")

    def mine(tok):  # type: ignore[no-untyped-def]
        return tok.doc[:]

    doc.user_token_hooks["sent"] = mine
    remember_sentences(doc)
    forget_text(doc)
    assert doc.user_token_hooks["sent"] is mine
    assert doc[0].sent.end == len(doc)

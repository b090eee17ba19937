"""Language of a text, as an ISO 639-1 code (``"en"``, ``"fr"``), with py3langid.

The model loads once, on the first call. Texts with fewer than
:data:`MIN_LETTERS` letters get ``None``: too little to tell. Only the first
:data:`SAMPLE_CHARS` characters are looked at, which is plenty for a language
and keeps long documents cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

__all__ = ["MIN_LETTERS", "SAMPLE_CHARS", "detect_language", "unload"]

MIN_LETTERS = 20
SAMPLE_CHARS = 5_000


@cache
def _classifier() -> Callable[[str], Any]:
    import py3langid  # imported late: loading it costs time the CLI's other commands need not pay

    classify: Callable[[str], Any] = py3langid.classify  # keeps its model in a module global
    classify("warm up")  # load the model now, once
    return classify


def detect_language(text: str) -> str | None:
    """The language code of ``text``, or ``None`` when it has too few letters."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    lang, _score = _classifier()(sample)
    return str(lang)


def unload() -> None:
    """Let go of the model (about 70 MB resident): an ingest calls this before
    relinking, which needs the memory and no language detection. The next
    :func:`detect_language` loads it again."""
    if _classifier.cache_info().currsize == 0:
        return
    _classifier.cache_clear()
    try:
        import py3langid.langid

        py3langid.langid.IDENTIFIER = None  # where py3langid keeps its loaded model
    except (ImportError, AttributeError):
        pass

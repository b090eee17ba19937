"""Scorer for ``tests/gold/dates.jsonl``: the dates extractor against hand-made gold.

An item is ``{"text", "published", "dates": [{"surface", "value", "occurrence"?}], "genre"}``.
``surface`` locates the gold mention in the text (its ``occurrence``-th match,
0-based); a prediction matches a gold mention when their spans overlap.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import EvalError
from ..extract.dates import find_dates
from ..model import DateMention
from ..nlp import parse_many

__all__ = ["gold_spans", "score_dates"]


def gold_spans(item: dict[str, Any]) -> list[tuple[int, int, str | None]]:
    """``(start, end, value)`` of each gold date of one item."""
    text = item["text"]
    out = []
    for g in item.get("dates") or ():
        surface, nth = g.get("surface"), int(g.get("occurrence", 0))
        if not isinstance(surface, str) or not surface:
            raise EvalError(f"[CG044] gold date without a surface in {text[:60]!r}")
        at = -1
        for _ in range(nth + 1):
            at = text.find(surface, at + 1)
            if at < 0:
                raise EvalError(f"[CG044] gold surface {surface!r} (occurrence {nth}) not in {text[:60]!r}")
        out.append((at, at + len(surface), g.get("value")))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_dates(items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Counts and rates over gold items; ``errors`` lists every miss for reading.

    ``value_exact`` = gold dates whose overlapping prediction has the gold value
    / n_gold; ``exact_rate`` = those / (n_gold + spurious).
    """
    items = list(items)
    n_gold = n_pred = found = exact = spurious = 0
    errors: list[dict[str, Any]] = []
    docs = parse_many(it["text"] for it in items)
    for item, doc in zip(items, docs, strict=True):
        preds: tuple[DateMention, ...] = find_dates(doc, item.get("published"))
        gold = gold_spans(item)
        n_gold += len(gold)
        n_pred += len(preds)
        text = item["text"]
        for start, end, value in gold:
            hits = [p for p in preds if _overlaps((start, end), (p.span.start, p.span.end))]
            found += bool(hits)
            if any(p.value == value for p in hits):
                exact += 1
            else:
                errors.append({"text": text, "gold": text[start:end], "value": value,
                               "got": [(p.span.text(text), p.value) for p in hits]})
        for p in preds:
            if not any(_overlaps((s, e), (p.span.start, p.span.end)) for s, e, _ in gold):
                spurious += 1
                errors.append({"text": text, "spurious": p.span.text(text), "got": p.value})
    return {
        "items": len(items),
        "n_gold": n_gold,
        "n_pred": n_pred,
        "found": found,
        "value_exact": round(exact / n_gold, 4) if n_gold else 1.0,
        "spurious": spurious,
        "exact_rate": round(exact / (n_gold + spurious), 4) if n_gold + spurious else 1.0,
        "errors": errors,
    }

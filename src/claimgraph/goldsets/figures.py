"""Score ``find_figures`` against a figures gold set (``tests/gold/figures.jsonl``).

Each item is ``{"text", "figures": [{"surface", "value", "unit", "counts",
"approximate", "part_of", "occurrence"?}], "genre"}``; ``surface`` is located
in the text (its ``occurrence``-th match, 0-based) and a gold figure is matched
to the unmatched prediction whose span overlaps it most. Every rate is over
all gold figures, so a missed figure counts as wrong.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from ..errors import EvalError
from ..extract.figures import find_figures
from ..model import Figure
from ..nlp import parse_many

__all__ = ["locate", "score_figures"]


def locate(text: str, surface: str, occurrence: int = 0) -> tuple[int, int]:
    """The character span of the ``occurrence``-th ``surface`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(surface, start + 1)
        if start < 0:
            raise EvalError(f"[CG042] gold surface {surface!r} (occurrence {occurrence}) not in {text[:60]!r}")
    return start, start + len(surface)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").lower() == (b or "").lower()


def score_figures(items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Metrics of ``find_figures`` on gold items: counts, rates and the misses.

    ``value_exact``: the value is right; ``unit_exact``: value, unit and (when
    gold gives it) counts are right; ``approximate``: the flag is right;
    ``part_of``: the whole it links to is the gold's (or both have none);
    ``exact_rate``: all of these right, over ``n_gold + spurious``.
    """
    items = list(items)
    docs = parse_many(item["text"] for item in items)
    n_gold = n_pred = spurious = value_ok = unit_ok = approx_ok = part_ok = full_ok = 0
    errors: list[dict[str, Any]] = []
    for item, doc in zip(items, docs, strict=True):
        text = item["text"]
        preds = find_figures(doc)
        n_pred += len(preds)
        golds = item.get("figures", [])
        spans = [locate(text, g["surface"], int(g.get("occurrence", 0))) for g in golds]
        taken: dict[int, Figure] = {}
        used: set[str] = set()
        for k, span in enumerate(spans):
            best = max((p for p in preds if p.id not in used and _overlap(span, (p.span.start, p.span.end)) > 0),
                       key=lambda p: _overlap(span, (p.span.start, p.span.end)), default=None)
            if best is not None:
                taken[k] = best
                used.add(best.id)
        by_surface = {g["surface"]: taken.get(k) for k, g in enumerate(golds)}
        extra = [p for p in preds if p.id not in used]
        spurious += len(extra)
        for p in extra:
            errors.append({"text": text, "spurious": text[p.span.start:p.span.end], "value": p.value})
        for k, g in enumerate(golds):
            n_gold += 1
            if k not in taken:
                errors.append({"text": text, "missed": g["surface"]})
                continue
            p = taken[k]
            v = math.isclose(p.value, float(g["value"]), rel_tol=1e-3)
            u = v and _same(p.unit, g.get("unit")) and (g.get("counts") is None or _same(p.counts, g["counts"]))
            a = p.approximate == bool(g.get("approximate", False))
            whole = by_surface.get(g["part_of"]) if g.get("part_of") is not None else None
            w = p.part_of == (whole.id if whole is not None else None) if g.get("part_of") is not None \
                else p.part_of is None
            value_ok += v
            unit_ok += u
            approx_ok += a
            part_ok += w
            full_ok += u and a and w
            if not (u and a and w):
                errors.append({"text": text, "surface": g["surface"], "gold": g,
                               "pred": {**p.to_dict(), "surface": text[p.span.start:p.span.end]}})
    rate = (lambda x: x / n_gold) if n_gold else (lambda x: 0.0)
    return {
        "n_items": len(items), "n_gold": n_gold, "n_pred": n_pred, "spurious": spurious,
        "value_exact": rate(value_ok), "unit_exact": rate(unit_ok), "approximate": rate(approx_ok),
        "part_of": rate(part_ok),
        "exact_rate": full_ok / (n_gold + spurious) if n_gold + spurious else 0.0,
        "errors": errors,
    }

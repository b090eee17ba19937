"""Scoring the certainty assessor on ``tests/gold/certainty.jsonl``.

Each item is one sentence with one attributed statement: ``{"text", "level",
"markers": [surface, ...], "genre"}``. The whole text is assessed as one span,
so this measures the lexicon and the combination rule, not the statement
frames the pipeline cuts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..extract.certainty import assess
from ..model import LEVELS, Span
from ..nlp import parse_many

__all__ = ["score_certainty"]


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    low, needle = text.lower(), surface.lower()
    out, at = [], low.find(needle)
    while at >= 0 and needle:
        out.append((at, at + len(needle)))
        at = low.find(needle, at + 1)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def score_certainty(items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Level accuracy, per-level P/R/F1, and marker precision/recall by surface overlap.

    A predicted marker is right when it overlaps an occurrence of a gold
    surface; a gold surface is found when one of its occurrences overlaps a
    predicted marker. ``confusion[gold][predicted]`` counts items.
    """
    items = list(items)
    confusion = {g: dict.fromkeys(LEVELS, 0) for g in LEVELS}
    right = m_tp_pred = m_pred = m_tp_gold = m_gold = 0
    for item, doc in zip(items, parse_many(it["text"] for it in items), strict=True):
        text: str = item["text"]
        level, markers = assess(doc, [Span(0, len(text))])
        gold_level = item["level"]
        confusion[gold_level][level] += 1
        right += level == gold_level
        found = [(m.span.start, m.span.end) for m in markers]
        gold = [_occurrences(text, s) for s in item.get("markers", ())]
        flat = [occ for occs in gold for occ in occs]
        m_pred += len(found)
        m_tp_pred += sum(any(_overlaps(f, g) for g in flat) for f in found)
        m_gold += len(gold)
        m_tp_gold += sum(any(_overlaps(f, g) for f in found for g in occs) for occs in gold)
    n = len(items)
    per_level = {}
    for lv in LEVELS:
        tp = confusion[lv][lv]
        per_level[lv] = {**_prf(tp, sum(confusion[g][lv] for g in LEVELS), sum(confusion[lv].values())),
                         "support": sum(confusion[lv].values())}
    return {
        "n": n,
        "level_accuracy": round(right / n, 4) if n else 0.0,
        "levels": per_level,
        "marker_precision": round(m_tp_pred / m_pred, 4) if m_pred else 1.0,
        "marker_recall": round(m_tp_gold / m_gold, 4) if m_gold else 1.0,
        "confusion": confusion,
    }

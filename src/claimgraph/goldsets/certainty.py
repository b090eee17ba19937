"""Scoring the certainty assessor on ``tests/gold/certainty.jsonl``.

Each item is one sentence with one attributed statement: ``{"text", "level",
"markers": [surface, ...], "genre"}``. By default the whole text is assessed
as one span, which measures the lexicon and the combination rule; with
``through="statement"`` the full pipeline runs and its statement's own level
counts (content plus frame, as users get it), and a text where no statement
is found counts as wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Literal

from ..extract.certainty import assess
from ..model import LEVELS, Analysis, Level, Marker, Span, Statement
from ..nlp import parse_many
from ..pipeline import analyze_many

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


def _statement(a: Analysis) -> Statement | None:
    reported = [st for st in a.statements if st.kind != "stance"]
    candidates = reported or list(a.statements)
    return candidates[0] if candidates else None


def _assessed(items: list[dict[str, Any]], through: str) -> Iterator[tuple[Level | None, tuple[Marker, ...]]]:
    if through == "statement":
        for a in analyze_many(it["text"] for it in items):
            st = _statement(a)
            yield (None, ()) if st is None else (st.certainty, st.markers)
        return
    for item, doc in zip(items, parse_many(it["text"] for it in items), strict=True):
        yield assess(doc, [Span(0, len(item["text"]))])


def score_certainty(items: Iterable[dict[str, Any]],
                    through: Literal["sentence", "statement"] = "sentence") -> dict[str, Any]:
    """Level accuracy, per-level P/R/F1, and marker precision/recall by surface overlap.

    A predicted marker is right when it overlaps an occurrence of a gold
    surface; a gold surface is found when one of its occurrences overlaps a
    predicted marker. ``confusion[gold][predicted]`` counts items.
    """
    items = list(items)
    confusion = {g: dict.fromkeys(LEVELS, 0) for g in LEVELS}
    right = m_tp_pred = m_pred = m_tp_gold = m_gold = missing = 0
    for item, (level, markers) in zip(items, _assessed(items, through), strict=True):
        text: str = item["text"]
        gold_level = item["level"]
        if level is None:
            missing += 1  # no statement found: wrong, and in no confusion cell
        else:
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
        support = sum(1 for it in items if it["level"] == lv)
        per_level[lv] = {**_prf(tp, sum(confusion[g][lv] for g in LEVELS), support), "support": support}
    return {
        "n": n,
        "level_accuracy": round(right / n, 4) if n else 0.0,
        "levels": per_level,
        "marker_precision": round(m_tp_pred / m_pred, 4) if m_pred else 1.0,
        "marker_recall": round(m_tp_gold / m_gold, 4) if m_gold else 1.0,
        "confusion": confusion,
        "no_statement": missing,
    }

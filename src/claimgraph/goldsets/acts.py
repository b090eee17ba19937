"""Score speech acts on a gold set of sentences, each holding one statement.

An item is ``{"text", "cue", "act", "negated", "target"}``; ``cue`` is the
word or phrase in the text that carries the act. The statement scored is the
one whose cue overlaps that phrase, else the one whose cue is nearest to it;
a text where no statement is found counts as a wrong act ("none").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..model import ACTS, Analysis, Statement
from ..pipeline import analyze_many

__all__ = ["pick_statement", "score_acts"]

_WORD = re.compile(r"\w+")


def _locate(text: str, surface: str | None) -> tuple[int, int] | None:
    if not surface:
        return None
    start = text.find(surface)
    return None if start < 0 else (start, start + len(surface))


def pick_statement(analysis: Analysis, cue: tuple[int, int] | None) -> Statement | None:
    """The statement a gold item is about: the one whose cue overlaps the gold cue,
    else the nearest cued one, else the first."""
    if not analysis.statements:
        return None
    if cue is None:
        return analysis.statements[0]
    lo, hi = cue
    for st in analysis.statements:
        if st.cue is not None and st.cue.start < hi and lo < st.cue.end:
            return st
    cued = [st for st in analysis.statements if st.cue is not None]
    if not cued:
        return analysis.statements[0]
    return min(cued, key=lambda st: abs(st.cue.start - lo) if st.cue else 0)


def _overlap50(text: str, gold: tuple[int, int], pred: tuple[int, int]) -> bool:
    g = {m.start() for m in _WORD.finditer(text, *gold)}
    p = {m.start() for m in _WORD.finditer(text, *pred)}
    shared = len(g & p)
    return bool(g) and bool(p) and shared >= 0.5 * len(g) and shared >= 0.5 * len(p)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "n_gold": n_gold}


def score_acts(items: Iterable[dict[str, Any]], *, n_process: int = 1) -> dict[str, Any]:
    """Accuracy, macro-F1 and per-act P/R/F1 of acts; negation accuracy; target
    overlap rate (overlap50) on denials and rejections that name one."""
    items = list(items)
    analyses = analyze_many([it["text"] for it in items], n_process=n_process)
    gold_n: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    right = negation_right = targets = targets_right = no_statement = 0
    errors: list[dict[str, Any]] = []
    for it, a in zip(items, analyses, strict=True):
        text = it["text"]
        st = pick_statement(a, _locate(text, it.get("cue")))
        act = "none" if st is None or st.act is None else st.act
        gold = it["act"]
        gold_n[gold] += 1
        pred_n[act] += 1
        if act == gold:
            tp[gold] += 1
            right += 1
        else:
            errors.append({"text": text, "gold": gold, "pred": act,
                           "cue": None if st is None or st.cue is None else st.cue.text(text)})
        no_statement += st is None
        negation_right += st is not None and st.negated == bool(it.get("negated"))
        where = _locate(text, it.get("target"))
        if where is not None and gold in ("denies", "rejects"):
            targets += 1
            targets_right += st is not None and st.target is not None and _overlap50(
                text, where, (st.target.start, st.target.end))
    per_act = {act: _prf(tp[act], pred_n[act], gold_n[act]) for act in ACTS if gold_n[act]}
    n = len(items)
    return {
        "n": n,
        "accuracy": round(right / n, 4) if n else 0.0,
        "macro_f1": round(sum(v["f1"] for v in per_act.values()) / len(per_act), 4) if per_act else 0.0,
        "per_act": per_act,
        "negation_accuracy": round(negation_right / n, 4) if n else 0.0,
        "target_overlap50": round(targets_right / targets, 4) if targets else 0.0,
        "n_targets": targets,
        "no_statement": no_statement,
        "errors": errors,
    }

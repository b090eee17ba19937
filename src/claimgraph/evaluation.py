"""Scoring quotation detection and speaker attribution against gold data.

The measure is the one of the project's reference scorer (see the evaluation
README beside the gold data): quote spans matched one-to-one, greedily, under
four criteria, and attribution = quote matched and speaker right.

- ``exact``: same (start, end).
- ``trim``: same after trimming whitespace, quote marks and ``.,;:!?`` from
  both ends.
- ``overlap50``: shared word tokens are at least half of the gold span's
  tokens and at least half of the predicted span's (tokens are ``\\w+`` runs
  of the gold text; a span without any falls back to its characters).
- ``any``: at least one shared token (same fallback).

A speaker is right when the spans overlap, or the speaker texts are equal
case-insensitively (whitespace-normalised), or both have no speaker;
``attr_loose`` also accepts one name's words being a subset of the other's.
With ``kinds``, gold quotes of other kinds are "don't care": a prediction
matched to one is neither a true nor a false positive.

Codes: CG040 unreadable file, CG041 bad JSON, CG042 bad document, CG043
duplicate id, CG044 bad quote item, CG045 unknown kind, CG046 cannot write.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import EvalError
from .model import KINDS
from .nlp import DEFAULT_MODEL

__all__ = [
    "CRITERIA",
    "TASKS",
    "EvalDoc",
    "EvalRun",
    "Metric",
    "QuoteItem",
    "Scores",
    "doc_from_dict",
    "evaluate",
    "format_table",
    "load_docs",
    "parse_kinds",
    "predict",
    "score",
    "write_jsonl",
]

CRITERIA = ("exact", "trim", "overlap50", "any")
TASKS = ("quote", "attr", "attr_loose")
WARNINGS = ("pred_docs_unknown", "gold_docs_without_pred", "pred_docs_text_differs",
            "pred_quotes_invalid_dropped")

_WORD = re.compile(r"\w+")
_TRIM = " \t\r\n\"“”‘’'«».,;:!?"


# --- records -----------------------------------------------------------------


@dataclass(frozen=True)
class QuoteItem:
    """One quote item of the evaluation format (only the fields scored)."""

    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None
    kind: str | None = None

    @property
    def has_speaker(self) -> bool:
        return self.speaker_start is not None or bool(self.speaker)


@dataclass(frozen=True)
class EvalDoc:
    """One line of a gold or prediction file.

    ``invalid`` counts prediction items whose offsets are missing or not
    integers; they are dropped, as are items outside the gold text.
    """

    id: str
    text: str | None
    quotes: tuple[QuoteItem, ...]
    invalid: int = 0


@dataclass(frozen=True)
class Metric:
    """Counts for one task and criterion, micro-averaged over documents."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def p(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "n_pred": self.n_pred}


@dataclass(frozen=True)
class Scores:
    """Everything one scoring run measured.

    ``metrics`` is keyed ``"task.criterion"``, e.g. ``"attr.overlap50"``.
    """

    n_gold_docs: int
    n_gold_quotes: int
    metrics: Mapping[str, Metric]
    gold_by_kind: Mapping[str, int]
    found_by_kind: Mapping[str, int]
    warnings: Mapping[str, int]
    kinds: tuple[str, ...] | None = None

    def metric(self, task: str, criterion: str) -> Metric:
        return self.metrics[f"{task}.{criterion}"]

    @property
    def recall_by_kind(self) -> dict[str, float]:
        """Quote recall under overlap50, per counted gold kind."""
        return {k: self.found_by_kind.get(k, 0) / n for k, n in sorted(self.gold_by_kind.items())}

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, key for key the reference scorer's."""
        out: dict[str, Any] = {"n_gold_docs": self.n_gold_docs,
                               "n_gold_quotes": self.n_gold_quotes}
        out.update({key: m.to_dict() for key, m in self.metrics.items()})
        out["recall_by_kind.overlap50"] = {k: round(v, 4) for k, v in self.recall_by_kind.items()}
        out.update({k: n for k, n in self.warnings.items() if n})
        if self.kinds is not None:
            out["kinds"] = list(self.kinds)
        return out


# --- reading -----------------------------------------------------------------


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _quote_item(q: Any) -> QuoteItem | None:
    """A quote item, or None when its content offsets are not integers."""
    if not isinstance(q, dict):
        return None
    start, end = _int_or_none(q.get("quote_start")), _int_or_none(q.get("quote_end"))
    if start is None or end is None:
        return None
    speaker, kind = q.get("speaker"), q.get("kind")
    return QuoteItem(start=start, end=end, speaker_start=_int_or_none(q.get("speaker_start")),
                     speaker_end=_int_or_none(q.get("speaker_end")),
                     speaker=speaker if isinstance(speaker, str) else None,
                     kind=kind if isinstance(kind, str) else None)


def doc_from_dict(d: Any, *, gold: bool, where: str = "document") -> EvalDoc:
    """An :class:`EvalDoc` from one parsed line. Gold needs ``text`` and valid
    quotes; predictions need only ``id``."""
    if not isinstance(d, dict):
        raise EvalError(f"[CG042] {where}: not a JSON object")
    doc_id, text, raw = d.get("id"), d.get("text"), d.get("quotes", [])
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool):
        raise EvalError(f'[CG042] {where}: "id" must be a string or an integer')
    if not (isinstance(text, str) or (text is None and not gold)):
        raise EvalError(f'[CG042] {where}: "text" must be a string')
    if not isinstance(raw, list):
        raise EvalError(f'[CG044] {where}: "quotes" must be a list')
    items = [_quote_item(q) for q in raw]
    if isinstance(text, str) and gold:
        for k, item in enumerate(items):
            if item is None or not 0 <= item.start <= item.end <= len(text):
                raise EvalError(f"[CG044] {where}: quote {k} needs integer offsets "
                                f"0 <= quote_start <= quote_end <= {len(text)}")
    quotes = tuple(q for q in items if q is not None)
    return EvalDoc(id=str(doc_id), text=text, quotes=quotes, invalid=len(items) - len(quotes))


def load_docs(path: str | Path, *, gold: bool) -> dict[str, EvalDoc]:
    """The documents of an evaluation-format JSON Lines file, by id."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(f"[CG040] {path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise EvalError(f"[CG040] {path}: cannot read: not UTF-8 (offset {exc.start})") from exc
    docs: dict[str, EvalDoc] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"[CG041] {path}:{n}: bad JSON ({exc.msg} at column {exc.colno})"
                            ) from exc
        doc = doc_from_dict(obj, gold=gold, where=f"{path}:{n}")
        if doc.id in docs:
            raise EvalError(f"[CG043] {path}:{n}: duplicate id {doc.id!r}")
        docs[doc.id] = doc
    return docs


def parse_kinds(value: str | Iterable[str] | None) -> frozenset[str] | None:
    """``"direct,mixed"`` (or an iterable of kinds) as a set; None or empty = all."""
    if value is None:
        return None
    kinds = frozenset(k.strip() for k in (value.split(",") if isinstance(value, str) else value))
    kinds -= {""}
    unknown = sorted(kinds - set(KINDS))
    if unknown:
        raise EvalError(f"[CG045] unknown kind(s) {', '.join(unknown)}: use {', '.join(KINDS)}")
    return kinds or None


# --- matching ----------------------------------------------------------------


class _TextIndex:
    """Word tokens of the gold text, and the units each span covers."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [m.span() for m in _WORD.finditer(text)]
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]
        self._memo: dict[tuple[int, int], frozenset[int]] = {}

    def units(self, start: int, end: int) -> frozenset[int]:
        """Indices of the word tokens overlapping ``[start, end)``; for a span
        without any, its characters, as ``-(offset + 1)``."""
        key = (start, end)
        found = self._memo.get(key)
        if found is None:
            first = bisect.bisect_right(self._ends, start)
            last = bisect.bisect_left(self._starts, end)
            if first < last:
                found = frozenset(range(first, last))
            else:
                found = frozenset(-(i + 1) for i in range(start, end))
            self._memo[key] = found
        return found

    def trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] in _TRIM:
            start += 1
        while end > start and self.text[end - 1] in _TRIM:
            end -= 1
        return start, end


def _spans_match(index: _TextIndex, g: QuoteItem, p: QuoteItem, criterion: str) -> bool:
    if criterion == "exact":
        return (g.start, g.end) == (p.start, p.end)
    if criterion == "trim":
        return index.trim(g.start, g.end) == index.trim(p.start, p.end)
    gu, pu = index.units(g.start, g.end), index.units(p.start, p.end)
    shared = len(gu & pu)
    if criterion == "any":
        return shared > 0
    if criterion == "overlap50":
        return shared >= 0.5 * len(gu) and shared >= 0.5 * len(pu)
    raise ValueError(f"unknown criterion {criterion!r}")


def _norm_words(name: str | None) -> str:
    return " ".join(_WORD.findall((name or "").lower()))


def _speaker_ok(g: QuoteItem, p: QuoteItem, *, loose: bool) -> bool:
    if not g.has_speaker:
        return not p.has_speaker
    if not p.has_speaker:
        return False
    if (g.speaker_start is not None and g.speaker_end is not None
            and p.speaker_start is not None and p.speaker_end is not None
            and p.speaker_start < g.speaker_end and g.speaker_start < p.speaker_end):
        return True
    gw, pw = _norm_words(g.speaker), _norm_words(p.speaker)
    if not (gw and pw):
        return False
    if " ".join((g.speaker or "").lower().split()) == " ".join((p.speaker or "").lower().split()):
        return True
    return loose and _subset_either(set(gw.split()), set(pw.split()))


def _subset_either(a: set[str], b: set[str]) -> bool:
    return a <= b or b <= a


def _candidates(index: _TextIndex, gold: list[QuoteItem], pred: list[QuoteItem],
                criterion: str) -> list[tuple[int, int, float]]:
    """(gold index, pred index, Jaccard of their units) for every matching pair."""
    out = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if p.start > g.end or g.start > p.end:
                continue
            if not _spans_match(index, g, p, criterion):
                continue
            gu, pu = index.units(g.start, g.end), index.units(p.start, p.end)
            out.append((gi, pi, len(gu & pu) / max(1, len(gu | pu))))
    return out


def _greedy(cands: list[tuple[int, int, float]],
            speaker_ok: Callable[[int, int], bool] | None) -> list[tuple[int, int, bool]]:
    """One-to-one pairs, best first: right speaker (when asked), then higher
    Jaccard, then earlier gold, then earlier prediction."""
    ranked = sorted(
        ((speaker_ok(gi, pi) if speaker_ok else False, jac, gi, pi) for gi, pi, jac in cands),
        key=lambda c: (not c[0], -c[1], c[2], c[3]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for ok, _, gi, pi in ranked:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, ok))
    return pairs


# --- scoring -----------------------------------------------------------------


def score(gold_docs: Mapping[str, EvalDoc], pred_docs: Mapping[str, EvalDoc],
          kinds: Iterable[str] | None = None) -> Scores:
    """Score predictions against gold, both keyed by document id."""
    wanted = None if kinds is None else frozenset(kinds)
    tally = _Tally()
    tally.warnings["pred_docs_unknown"] = sum(1 for pid in pred_docs if pid not in gold_docs)
    for doc_id, gd in gold_docs.items():
        _score_doc(gd, pred_docs.get(doc_id), wanted, tally)
    metrics = {f"{t}.{c}": Metric(tp=tally.tp[f"{t}.{c}"], n_pred=tally.n_pred[f"{t}.{c}"],
                                  n_gold=tally.n_gold)
               for c in CRITERIA for t in TASKS}
    return Scores(n_gold_docs=len(gold_docs), n_gold_quotes=tally.n_gold, metrics=metrics,
                  gold_by_kind=dict(tally.gold_by_kind), found_by_kind=dict(tally.found_by_kind),
                  warnings={k: tally.warnings[k] for k in WARNINGS},
                  kinds=None if wanted is None else tuple(sorted(wanted)))


@dataclass
class _Tally:
    """Counts summed over documents."""

    n_gold: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    n_pred: Counter[str] = field(default_factory=Counter)
    gold_by_kind: Counter[str] = field(default_factory=Counter)
    found_by_kind: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)


def _score_doc(gd: EvalDoc, pd: EvalDoc | None, wanted: frozenset[str] | None,
               tally: _Tally) -> None:
    if gd.text is None:
        raise EvalError(f"[CG042] gold document {gd.id!r} has no text")
    index = _TextIndex(gd.text)
    gold = list(gd.quotes)
    pred: list[QuoteItem] = []
    if pd is None:
        tally.warnings["gold_docs_without_pred"] += 1
    else:
        if pd.text is not None and pd.text != gd.text:
            tally.warnings["pred_docs_text_differs"] += 1
        pred = [q for q in pd.quotes if 0 <= q.start < q.end <= len(gd.text)]
        tally.warnings["pred_quotes_invalid_dropped"] += pd.invalid + len(pd.quotes) - len(pred)
    counted = [wanted is None or g.kind in wanted for g in gold]
    tally.n_gold += sum(counted)
    tally.gold_by_kind.update(str(g.kind) for g, c in zip(gold, counted, strict=True) if c)

    def strict(gi: int, pi: int) -> bool:
        return _speaker_ok(gold[gi], pred[pi], loose=False)

    def loose(gi: int, pi: int) -> bool:
        return _speaker_ok(gold[gi], pred[pi], loose=True)

    checks: dict[str, Callable[[int, int], bool] | None] = {
        "quote": None, "attr": strict, "attr_loose": loose}
    for criterion in CRITERIA:
        cands = _candidates(index, gold, pred, criterion)
        for task, check in checks.items():
            pairs = _greedy(cands, check)
            key = f"{task}.{criterion}"
            ignored = sum(1 for gi, _, _ in pairs if not counted[gi])
            tally.tp[key] += sum(1 for gi, _, ok in pairs if counted[gi] and (ok or check is None))
            tally.n_pred[key] += len(pred) - ignored
            if key == "quote.overlap50":
                tally.found_by_kind.update(str(gold[gi].kind) for gi, _, _ in pairs if counted[gi])


# --- running the extractor ---------------------------------------------------


@dataclass(frozen=True)
class EvalRun:
    """Scores of one extractor run, and the predictions it scored."""

    scores: Scores
    predictions: tuple[dict[str, Any], ...]


def predict(gold_docs: Mapping[str, EvalDoc], *, n_process: int = 1,
            model: str = DEFAULT_MODEL) -> list[dict[str, Any]]:
    """Evaluation-format prediction lines for the gold texts, in gold order."""
    from .pipeline import analyze_many
    from .spans import to_spans

    ids = list(gold_docs)
    texts = [gold_docs[i].text or "" for i in ids]
    analyses = analyze_many(texts, n_process=n_process, model=model)
    return [to_spans(a, doc_id) for doc_id, a in zip(ids, analyses, strict=True)]


def evaluate(gold_path: str | Path, *, kinds: Iterable[str] | None = None, n_process: int = 1,
             model: str = DEFAULT_MODEL) -> EvalRun:
    """Run the extractor over a gold file's texts and score it."""
    gold = load_docs(gold_path, gold=True)
    lines = predict(gold, n_process=n_process, model=model)
    preds = {d.id: d for d in (doc_from_dict(line, gold=False) for line in lines)}
    return EvalRun(scores=score(gold, preds, kinds), predictions=tuple(lines))


def write_jsonl(path: str | Path, lines: Iterable[Mapping[str, Any]]) -> None:
    """Write one JSON object per line (UTF-8)."""
    try:
        with Path(path).open("w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise EvalError(f"[CG046] {path}: cannot write: {exc.strerror or exc}") from exc


# --- report ------------------------------------------------------------------


def format_table(scores: Scores) -> str:
    """A table for a person: P/R/F1 for quotes and attribution, per criterion."""
    kinds = "all kinds" if scores.kinds is None else "kinds " + ", ".join(scores.kinds)
    head = (f"gold: {scores.n_gold_docs} documents, {scores.n_gold_quotes} quotes ({kinds})")
    rows = [head, "",
            f"{'':10}  {'quote':^23}  {'attribution':^23}  {'loose attr.':>11}",
            f"{'criterion':10}  {'P':>7}{'R':>8}{'F1':>8}  {'P':>7}{'R':>8}{'F1':>8}  {'F1':>11}"]
    for c in CRITERIA:
        q, a, lo = (scores.metric(t, c) for t in TASKS)
        rows.append(f"{c:10}  {q.p:7.3f} {q.r:7.3f} {q.f1:7.3f}  "
                    f"{a.p:7.3f} {a.r:7.3f} {a.f1:7.3f}  {lo.f1:11.3f}")
    q50 = scores.metric("quote", "overlap50")
    rows += ["", f"predicted quotes scored: {q50.n_pred}; "
             f"matched (overlap50): {q50.tp}"]
    if scores.gold_by_kind:
        rows.append("quote recall by gold kind (overlap50): " + ", ".join(
            f"{k} {v:.3f}" for k, v in scores.recall_by_kind.items()))
    rows += [f"warning: {k.replace('_', ' ')}: {n}" for k, n in scores.warnings.items() if n]
    return "\n".join(rows)

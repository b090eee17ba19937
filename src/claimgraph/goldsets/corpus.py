"""Score the link layer on a gold corpus (``tests/corpus``).

``articles.jsonl`` holds one article a line: ``{"id", "title", "source",
"url", "published", "text"}``. ``expected.json`` holds::

    {"actors": [{"name", "type", "mentions": [[doc, surface], [doc, surface, occurrence]]}],
     "threads": [{"proposition", "members": [{"doc", "phrase", "side"}]}],
     "duplicates": [[doc ids]]}

Actors: a gold mention is found in its article (``occurrence`` counts from
0, the default), mapped to the per-document actor with a mention
or a statement speaker span overlapping it, then to its corpus actor. Over
every pair of gold mentions, precision is the share of pairs put in one
corpus actor that gold puts in one actor, recall the reverse; a gold
mention that maps to no actor is in no predicted pair.

Threads: a gold member is the statement whose content holds its phrase;
pairwise precision and recall as for actors, over pairs of gold members
(statements outside gold threads are not scored). Sides: the share of
gold members found in a predicted thread whose side there is gold's side.
Opposed: pairwise precision and recall of "on opposite sides", over pairs of
gold members in one gold thread and one predicted thread that support or
dispute in both; unlike sides it does not depend on which statement a thread
takes for its proposition (a thread headed by the denial flips every side).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..link import build_threads, link_actors
from ..model import Analysis, Document, Statement
from ..pipeline import analyze_many

__all__ = ["analyse_corpus", "load_corpus", "pairwise", "score_corpus", "score_linked"]


def load_corpus(corpus_dir: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The articles and the expected links of a gold corpus folder."""
    try:
        lines = (corpus_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        expected = json.loads((corpus_dir / "expected.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"[CG040] cannot read gold corpus {corpus_dir}: {exc}") from exc
    articles = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                articles.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EvalError(f"[CG041] {corpus_dir / 'articles.jsonl'}:{n}: bad JSON ({exc.msg})") from exc
    return articles, expected


def pairwise(gold: Sequence[str], pred: Sequence[str | None]) -> dict[str, float]:
    """Pairwise precision and recall of a clustering: item i is in gold cluster
    ``gold[i]`` and predicted cluster ``pred[i]`` (None: alone)."""
    both = g_pairs = p_pairs = 0
    for i, j in combinations(range(len(gold)), 2):
        same_g = gold[i] == gold[j]
        same_p = pred[i] is not None and pred[i] == pred[j]
        g_pairs += same_g
        p_pairs += same_p
        both += same_g and same_p
    p = both / p_pairs if p_pairs else 1.0
    r = both / g_pairs if g_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "gold_pairs": g_pairs, "pred_pairs": p_pairs}


def _find(text: str, surface: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(surface, start + 1)
        if start < 0:
            return None
    return start, start + len(surface)


def _actor_at(a: Analysis, lo: int, hi: int) -> str | None:
    best, best_overlap = None, 0
    for actor in a.actors:
        for m in actor.mentions:
            ov = min(hi, m.end) - max(lo, m.start)
            if ov > best_overlap:
                best, best_overlap = actor.id, ov
    if best is None:
        for st in a.statements:
            if st.speaker is not None and st.actor_id and st.speaker.start < hi and lo < st.speaker.end:
                return st.actor_id
    return best


def _statement_with(a: Analysis, phrase: str) -> Statement | None:
    lo = a.text.find(phrase)
    if lo < 0:
        return None
    hi = lo + len(phrase)
    inside = [s for s in a.statements if any(c.start <= lo and hi <= c.end for c in s.content)]
    if inside:
        return inside[0]
    overlap = [s for s in a.statements if any(c.start < hi and lo < c.end for c in s.content)]
    return overlap[0] if overlap else None


def score_linked(docs: dict[str, tuple[Document, Analysis]], expected: dict[str, Any],
                 details: bool = False, thread_method: str = "lexical") -> dict[str, Any]:
    """Score actor and thread links over analysed documents keyed by gold id
    (``thread_method``: see :func:`~claimgraph.link.build_threads`)."""
    pairs = list(docs.values())
    corpus = link_actors(pairs)
    actor_of = {m: ca.id for ca in corpus for m in ca.members}
    threads = build_threads(pairs, actor_of, method=thread_method)

    gold_a: list[str] = []
    pred_a: list[str | None] = []
    misses: list[Any] = []
    for n, ga in enumerate(expected.get("actors", ())):
        for mention in ga.get("mentions", ()):
            doc, surface = mention[0], mention[1]
            occ = int(mention[2]) if len(mention) > 2 else 0
            got = None
            if doc in docs:
                d, a = docs[doc]
                span = _find(a.text, surface, occ)
                aid = None if span is None else _actor_at(a, *span)
                got = None if aid is None else actor_of.get((d.id, aid))
            gold_a.append(f"{n}")
            pred_a.append(got)
            if got is None:
                misses.append([ga.get("name"), doc, surface])

    in_thread: dict[tuple[str, str], tuple[str, str]] = {}
    for t in threads:
        for m in t.members:
            in_thread[(m.doc_id, m.statement_id)] = (t.id, m.side)
    gold_t: list[str] = []
    pred_t: list[str | None] = []
    sides_ok = sides_n = unmatched = 0
    side_errors: list[Any] = []
    placed: list[tuple[int, Any, str, str]] = []  # (gold thread, gold side, predicted thread, side there)
    for n, gt in enumerate(expected.get("threads", ())):
        for gm in gt.get("members", ()):
            got = None
            if gm.get("doc") in docs:
                d, a = docs[gm["doc"]]
                st = _statement_with(a, gm.get("phrase", ""))
                if st is not None and (d.id, st.id) in in_thread:
                    tid, side = in_thread[(d.id, st.id)]
                    got = tid
                    placed.append((n, gm.get("side"), tid, side))
                    sides_n += 1
                    sides_ok += side == gm.get("side")
                    if side != gm.get("side"):
                        side_errors.append([gm["doc"], gm.get("phrase"), gm.get("side"), side])
                elif st is None:
                    unmatched += 1
            gold_t.append(f"{n}")
            pred_t.append(got)

    out: dict[str, Any] = {
        "documents": len(docs),
        "statements": sum(len(a.statements) for _, a in pairs),
        "corpus_actors": len(corpus),
        "threads_found": len(threads),
        "actors": {**pairwise(gold_a, pred_a), "mentions": len(gold_a),
                   "unmatched": sum(p is None for p in pred_a)},
        "threads": {**pairwise(gold_t, pred_t), "members": len(gold_t), "no_statement": unmatched,
                    "not_threaded": sum(p is None for p in pred_t)},
        "sides": {"accuracy": round(sides_ok / sides_n, 4) if sides_n else 0.0, "n": sides_n},
        "opposed": _opposed_pairs(placed),
    }
    if details:
        out["actor_misses"] = misses
        out["side_errors"] = side_errors
        out["_corpus"] = corpus
        out["_threads"] = threads
    return out


def _opposed_pairs(placed: Sequence[tuple[int, Any, str, str]]) -> dict[str, Any]:
    """Pairwise precision and recall of "on opposite sides" over pairs of gold members
    that share a gold thread and a predicted thread, both supporting or disputing in
    each: who disputes whom, whichever statement the thread calls its proposition."""
    camps = ("supports", "disputes")
    gold_n = pred_n = tp = 0
    for (g1, gs1, t1, ps1), (g2, gs2, t2, ps2) in combinations(placed, 2):
        if g1 != g2 or t1 != t2 or gs1 not in camps or gs2 not in camps or ps1 not in camps or ps2 not in camps:
            continue
        gold, pred = gs1 != gs2, ps1 != ps2
        gold_n += gold
        pred_n += pred
        tp += gold and pred
    p = tp / pred_n if pred_n else 0.0
    r = tp / gold_n if gold_n else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "gold_pairs": gold_n, "pred_pairs": pred_n}


def analyse_corpus(corpus_dir: Path) -> tuple[dict[str, tuple[Document, Analysis]], dict[str, Any]]:
    """Analyse a gold corpus folder: its documents keyed by gold id, and its expected links."""
    articles, expected = load_corpus(Path(corpus_dir))
    analyses = analyze_many([{"text": x["text"], "published": x.get("published"), "title": x.get("title"),
                              "url": x.get("url")} for x in articles])
    docs: dict[str, tuple[Document, Analysis]] = {}
    for x, a in zip(articles, analyses, strict=True):
        doc = Document(id=hashlib.sha256(x["text"].encode("utf-8")).hexdigest(), text=x["text"],
                       title=x.get("title"), url=x.get("url"), source=x.get("source"), published=x.get("published"),
                       format="jsonl")
        docs[str(x["id"])] = (doc, a)
    return docs, expected


def score_corpus(corpus_dir: Path, *, details: bool = False, thread_method: str = "lexical") -> dict[str, Any]:
    """Analyse a gold corpus folder, link it, and score the links (see module doc)."""
    docs, expected = analyse_corpus(corpus_dir)
    return score_linked(docs, expected, details=details, thread_method=thread_method)

"""Claim threads by story and sentence embedding: ``build_threads(..., method="embed")``.

The story linker (:mod:`.story_threads`) with its proposition step done on
meaning as well as words. Steps 1-2 (terms, stories), 5 (rejections of a
report join its main finding) and 6 (sides) are the story linker's; its
step 3 (continuations) only carries a side here ("going on from a dispute"),
it joins no groups: a speaker going on from one claim to the next had merged
the two claims. Step 4 here:

4. Propositions. Inside a story, every statement's content is embedded with
   all-MiniLM-L6-v2 (:mod:`.embeddings`), without the capitalised names that
   recur in the story (in at least two statements and ``_NAME_SHARE`` of
   them: "Ombelian", "Kestria"): every claim of the story is about them, and
   left in they made "eleven Ombelian soldiers died" and "Ombelian troops
   crossed the river" look alike. Two statements are as similar as
   ``(1 - lexical_weight) * cosine of their embeddings + lexical_weight *
   cosine of their story-weighted terms`` (the story linker's term vectors:
   idf times rarity inside the story). Two statements citing an amount of
   one thing of about one size ("at least 43 injured people", "nine", "52
   people": same unit, the same counted noun or one of them none, at most
   ``_QUANTITY_RATIO`` apart) are ``quantity_weight`` more similar: a
   story's figures about one question belong to one claim however
   differently they are worded. The matrix is cut into groups by
   :mod:`.communities` (Louvain communities of the ``neighbours``-nearest-
   neighbour graph at ``resolution``, edges under ``min_edge`` left out,
   agreed over several runs). Before, groups merged by average linkage while
   their mean similarity was at least 0.25, and a story's claims came out
   in pieces: on the tuning set threads P 0.73 / R 0.56, now P 0.74 / R 0.87.

Every member's ``link`` names why it is there: the member of another
document it is most similar to, with both cosines ("similar content (cosine
0.71, shared terms 0.30) to s3 of document 1f2e..."), the statement of the
same speaker it goes on from, or the report it rejects.

Cost: statements of documents that share a story with no other document are
never embedded. A story's statements are grouped on an n x n matrix
(float32), in chronological blocks (``story_threads.blocks``, at most 3,000
statements), so a story costs O(n^2) time and memory and the corpus is
handled a story at a time.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from ..model import Analysis, Document, Thread
from . import story_threads as st
from .embeddings import encode

__all__ = ["build_embed_threads"]

_NAME_SHARE = 0.05  # a name in this share of a story's statements is the story's, not a claim's
_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*")
_EMBED_CHUNK = 2048  # statements embedded at once, over several stories
# Amounts under five are mostly incidental ("two men", "one gate"); two amounts of one
# thing more than six times apart are different claims' ("nine injured", "14,200 tickets").
_MIN_QUANTITY = 5.0
_QUANTITY_RATIO = 6.0


def _offset(progress: Callable[[int, int], None], before: int, total: int) -> Callable[[int], None]:
    """A chunk's progress as progress over every statement to embed."""
    return lambda n: progress(before + n, total)


def _masked(texts: Sequence[str]) -> list[str]:
    """A story's statements without the names many of them share ("Ombelian",
    "Kestria", "the Sarn river"): every claim of the story is about them, so
    they pull its different claims together; what is left is what each claims."""
    names = [{m.group().lower() for m in _NAME.finditer(t)} - st._STOP for t in texts]
    df = Counter(w for ws in names for w in ws)
    common = {w for w, k in df.items() if k >= max(2.0, _NAME_SHARE * len(texts))}
    if not common:
        return list(texts)
    return [_NAME.sub(lambda m: "" if m.group().lower() in common else m.group(), t) for t in texts]


def _quantities(docs: Sequence[tuple[Document, Analysis]], c: st._Cand) -> list[tuple[str | None, str | None, float]]:
    """The amounts a statement cites: (unit, what it counts, value)."""
    return [(f.unit, st._singular(f.counts.lower()) if f.counts else None, f.value)
            for f in st._figures_in(docs[c.doc][1], c.st) if f.part_of is None and f.value >= _MIN_QUANTITY]


def _quantity_matrix(qs: Sequence[Sequence[tuple[str | None, str | None, float]]]) -> np.ndarray:
    """1 where two statements cite an amount of one thing of about one size
    ("47 people injured", "nine", "52 people"), else 0."""
    n = len(qs)
    out = np.zeros((n, n), dtype=np.float32)
    by_unit: dict[str | None, list[tuple[float, str | None, int]]] = defaultdict(list)
    for i, q in enumerate(qs):
        for unit, noun, value in q:
            by_unit[unit].append((value, noun, i))
    for amounts in by_unit.values():
        amounts.sort(key=lambda x: x[0])
        for k, (va, na, i) in enumerate(amounts):
            # sorted by size: only the next few can be close enough
            for vb, nb, j in amounts[k + 1:]:
                if vb > _QUANTITY_RATIO * va:
                    break
                if i != j and (na == nb or (na is None) != (nb is None)):
                    out[i, j] = out[j, i] = 1.0
    return out


def _cluster(group: Sequence[st._Cand], emb: np.ndarray, vecs: Sequence[dict[str, float]], idf: Mapping[str, float],
             dsu: st._DSU, neighbours: int, min_edge: float, resolution: float, lexical_weight: float,
             qs: Sequence[Sequence[tuple[str | None, str | None, float]]], quantity_weight: float) -> None:
    """Step 4 for one story (its statements in chronological order)."""
    for lo, block, block_vecs in st.blocks(group, vecs, idf):
        e = emb[lo:lo + len(block)]
        sim = (1.0 - lexical_weight) * (e @ e.T)
        if lexical_weight:
            sim += lexical_weight * st.lexical_matrix(block_vecs)
        if quantity_weight:
            sim += quantity_weight * _quantity_matrix(qs[lo:lo + len(block)])
        st.group_claims(block, sim, dsu, neighbours, min_edge, resolution)


def _why(cands: Sequence[st._Cand], docs: Sequence[tuple[Document, Analysis]], emb: Mapping[int, np.ndarray],
         vecs: Mapping[int, dict[str, float]], dsu: st._DSU, why: dict[int, str],
         lexical_weight: float) -> None:
    """Each clustered member's link: its most similar member of another document."""
    for members in st.spanning_groups(cands, dsu):
        for c in members:
            if c.n in why or c.n not in emb:
                continue
            best, best_s, best_e, best_l = None, -2.0, 0.0, 0.0
            for o in members:
                if o.doc == c.doc or o.n not in emb:
                    continue
                e = float(emb[c.n] @ emb[o.n])
                va, vb = vecs.get(c.n, {}), vecs.get(o.n, {})
                lex = sum(x * vb.get(t, 0.0) for t, x in va.items())
                s = (1 - lexical_weight) * e + lexical_weight * lex
                if s > best_s:
                    best, best_s, best_e, best_l = o, s, e, lex
            if best is not None:
                why[c.n] = (f"similar content (cosine {best_e:.2f}, shared terms {best_l:.2f}) to "
                            f"{best.st.id} of document {docs[best.doc][0].id[:12]}")


def build_embed_threads(docs: Sequence[tuple[Document, Analysis]], actor_of: Mapping[tuple[str, str], str], *,
                        neighbours: int = 12, min_edge: float = 0.15, resolution: float = 0.55,
                        lexical_weight: float = 0.2, story_similarity: float = 0.12, quantity_weight: float = 0.2,
                        progress: Callable[[int, int], None] | None = None) -> list[Thread]:
    """Claim threads over ``docs``, most contested first (see the module doc).

    ``actor_of`` maps (document id, per-document actor id) to a corpus actor
    id (from :func:`~claimgraph.link.link_actors`); statements whose actor is
    missing from it still join threads but count as their own actor. Raises
    :class:`~claimgraph.errors.ModelError` ``[CG013]`` when the embedding
    model is not installed. ``progress(embedded, to_embed)`` is called as
    statements are embedded (about 100 a second on two cores).
    """
    cands = st._candidates(docs, actor_of)
    if not cands:
        return []
    story = st._stories(docs, cands, story_similarity)
    df: Counter[str] = Counter()
    for c in cands:
        df.update(c.terms)
    idf = {t: math.log((len(cands) + 1) / k) + 1.0 for t, k in df.items()}
    dsu = st._DSU(len(cands))
    why: dict[int, str] = {}
    # Continuations only carry sides here: joined before grouping, an official going on from
    # one claim to the next ("... It also said the notice was sent on time") merged the two
    # claims' groups (tuning threads P 0.670 -> 0.762, held-out 0.747 -> 0.763).
    cont = st._continuations(docs, cands)
    stories: dict[int, list[st._Cand]] = defaultdict(list)
    for c in cands:
        stories[story[c.doc]].append(c)
    multi = [sorted(g, key=lambda c: (c.day if c.day is not None else 10**9, c.doc, c.st.start))
             for g in stories.values() if len({c.doc for c in g}) > 1]
    # Embedded a chunk of stories at a time; only vectors of threaded statements are kept (for the links).
    kept: dict[int, np.ndarray] = {}
    vecs: dict[int, dict[str, float]] = {}
    k = 0
    total, before = sum(len(g) for g in multi), 0
    while k < len(multi):
        chunk = [multi[k]]
        k += 1
        while k < len(multi) and sum(len(g) for g in chunk) + len(multi[k]) <= _EMBED_CHUNK:
            chunk.append(multi[k])
            k += 1
        texts = [t for g in chunk for t in _masked([" ".join(docs[c.doc][1].text[s.start:s.end] for s in c.st.content)
                                                    for c in g])]
        emb = encode(texts, progress=None if progress is None else _offset(progress, before, total))
        before += len(texts)
        off = 0
        for group in chunk:
            e = emb[off:off + len(group)]
            off += len(group)
            tv = st.term_vectors(group, idf)
            _cluster(group, e, tv, idf, dsu, neighbours, min_edge, resolution, lexical_weight,
                     [_quantities(docs, c) for c in group], quantity_weight)
            roots = Counter(dsu.find(c.n) for c in group)
            for i, c in enumerate(group):
                if roots[dsu.find(c.n)] > 1:
                    kept[c.n] = e[i]
                    vecs[c.n] = tv[i]
    st._attach_rejections(docs, actor_of, cands, story, dsu, why)
    _why(cands, docs, kept, vecs, dsu, why, lexical_weight)
    return st._threads(docs, actor_of, cands, dsu, why, cont, story)

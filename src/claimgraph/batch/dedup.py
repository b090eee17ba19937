"""Near-duplicate documents: wire copy republished by many outlets.

Each document gets a MinHash signature of its word 5-gram shingles (made in
the worker, kept in the ``documents`` table). Candidates come from LSH
(:class:`datasketch.MinHashLSH`, Jaccard threshold :data:`LSH_THRESHOLD`);
a candidate pair is kept when the estimated containment of the smaller
document in the larger, ``|A ∩ B| / min(|A|, |B|)``, reaches
:data:`CONTAINMENT`: a copy with a new headline, a few edited words or its
last paragraphs trimmed keeps most of its shingles, while another article on
the same story, even quoting the same people, shares few. Kept pairs are
joined into groups (union-find); each group is one story, and its
``canonical`` document the one whose statements count for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["CONTAINMENT", "LSH_THRESHOLD", "NUM_PERM", "Group", "find_groups", "shingles", "signature"]

NUM_PERM = 128
SCHEME = "affine32"  # datasketch 2.0 wants it named when rebuilding from stored values
SHINGLE = 5
LSH_THRESHOLD = 0.3
CONTAINMENT = 0.6
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    """Word 5-grams, lower-cased; a text shorter than that is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> tuple[int, list[int]]:
    """(number of shingles, MinHash signature) of a text."""
    from datasketch import MinHash

    found = shingles(text)
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    if found:
        m.update_batch([s.encode("utf-8") for s in found])
    return len(found), [int(v) for v in m.hashvalues]


@dataclass(frozen=True)
class Group:
    """Documents carrying one story; ``canonical`` is the first of them in input order."""

    id: str
    canonical: str
    members: tuple[str, ...]


def _containment(a: np.ndarray, b: np.ndarray, na: int, nb: int) -> float:
    if not na or not nb:
        return 0.0
    j = float(np.mean(a == b))
    inter = j / (1 + j) * (na + nb)
    return inter / min(na, nb)


def find_groups(docs: Iterable[tuple[str, int, Sequence[int]]], *, threshold: float = LSH_THRESHOLD,
                containment: float = CONTAINMENT) -> list[Group]:
    """Groups of two or more near-duplicate documents from (doc id, shingle
    count, signature), in input order. A document id seen twice counts once."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sig: dict[str, np.ndarray] = {}
    size: dict[str, int] = {}
    order: list[str] = []
    pos: dict[str, int] = {}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc_id, count, values in docs:
        if doc_id in sig or not count:
            continue
        hv = np.asarray(values, dtype=np.uint64)
        m = MinHash(num_perm=NUM_PERM, seed=1, hashvalues=hv, scheme=SCHEME)
        sig[doc_id], size[doc_id] = hv, count
        parent[doc_id] = doc_id
        pos[doc_id] = len(order)
        order.append(doc_id)
        for other in lsh.query(m):
            if _containment(hv, sig[other], count, size[other]) >= containment:
                ra, rb = find(doc_id), find(other)
                if ra != rb:
                    # the earlier document stays the root
                    if pos[ra] < pos[rb]:
                        parent[rb] = ra
                    else:
                        parent[ra] = rb
        lsh.insert(doc_id, m)
    members: dict[str, list[str]] = {}
    for doc_id in order:
        members.setdefault(find(doc_id), []).append(doc_id)
    return [Group(id=f"story-{root[:12]}", canonical=root, members=tuple(ms))
            for root, ms in members.items() if len(ms) > 1]

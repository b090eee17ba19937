"""The document text cut into segments for highlighting.

Each segment is plain text with the role it plays (``speaker``, ``cue``,
``content`` or None) and the statement it belongs to. The template prints
every segment through autoescaping, so the text is never trusted as HTML.
Where spans overlap, speaker wins over cue, and cue over content.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

__all__ = ["Segment", "segments"]

_RANK = {"speaker": 3, "cue": 2, "content": 1}


@dataclass(frozen=True)
class Segment:
    text: str
    role: str | None = None
    statement: str | None = None


def segments(text: str, statements: list[dict[str, Any]]) -> list[Segment]:
    """``statements`` as :func:`claimgraph.web.views.statement_view` gives them."""
    spans: list[tuple[int, int, str, str | None]] = []
    for st in statements:
        for start, end in st.get("content_spans") or ():
            spans.append((start, end, "content", st["id"]))
        for key, role in (("cue_span", "cue"), ("speaker_span", "speaker")):
            if st.get(key):
                spans.append((st[key][0], st[key][1], role, st["id"]))
    n = len(text)
    cuts = sorted({0, n, *(min(max(s, 0), n) for s, _, _, _ in spans), *(min(max(e, 0), n) for _, e, _, _ in spans)})
    best: list[tuple[int, int, str | None, str | None]] = [(0, 0, None, None)] * (len(cuts) - 1)
    for order, (start, end, role, sid) in enumerate(spans):
        i = bisect.bisect_left(cuts, max(start, 0))
        while i < len(cuts) - 1 and cuts[i + 1] <= min(end, n):
            rank = _RANK[role]
            have = best[i]
            if rank > have[0] or (rank == have[0] and have[2] is not None and -order > have[1]):
                best[i] = (rank, -order, role, sid)
            i += 1
    out: list[Segment] = []
    for i in range(len(cuts) - 1):
        piece = text[cuts[i]:cuts[i + 1]]
        if not piece:
            continue
        _, _, kind, owner = best[i]
        if out and out[-1].role == kind and out[-1].statement == owner:
            out[-1] = Segment(out[-1].text + piece, kind, owner)
        else:
            out.append(Segment(piece, kind, owner))
    return out

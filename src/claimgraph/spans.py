"""The evaluation line format (``../shared/eval/README.md``) for an Analysis."""

from __future__ import annotations

from typing import Any

from .model import Analysis

__all__ = ["to_spans"]


def to_spans(analysis: Analysis, doc_id: str) -> dict[str, Any]:
    """One JSON-able line: ``id``, ``text`` and one quote item per content span.
    Stances carry no reported content, so they have no quote item."""
    quotes: list[dict[str, Any]] = []
    text = analysis.text
    for st in analysis.statements:
        if st.kind == "stance":
            continue
        actor = analysis.speaker_of(st)
        for part, span in enumerate(st.content):
            quotes.append({
                "quote_start": span.start,
                "quote_end": span.end,
                "speaker_start": None if st.speaker is None else st.speaker.start,
                "speaker_end": None if st.speaker is None else st.speaker.end,
                "speaker": None if st.speaker is None else st.speaker.text(text),
                "cue_start": None if st.cue is None else st.cue.start,
                "cue_end": None if st.cue is None else st.cue.end,
                "cue": None if st.cue is None else st.cue.text(text),
                "cue_lemma": st.cue_lemma,
                "kind": st.kind,
                "attribution_id": st.id,
                "part": part,
                "n_parts": len(st.content),
                "speaker_name": None if actor is None else actor.name,
                "speaker_type": None if actor is None else actor.type,
                "act": st.act,
                "certainty": st.certainty,
            })
    return {"id": doc_id, "text": text, "quotes": quotes}

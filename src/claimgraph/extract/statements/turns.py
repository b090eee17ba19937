"""Transcripts: a paragraph opened by a speaker's label ("JAKE TAPPER: ...",
"Fallin: ...") is that speaker's turn, all of it.

A label is one to four capitalised words and a colon at the start of a
paragraph. Only a dialogue counts: at least two labelled paragraphs and one
speaker heard twice ("TAPPER" after "JAKE TAPPER"), so a lone "Senator Lee:
..." headline or a list of "Update:" notes is left to the colon cue. An
interview's "Q:" and "A:" have their own handling (:mod:`.other_cues`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["TURN_ROLES", "Turn", "transcript_turns"]

_WORD = r"[A-Z][A-Za-z.'\u2019-]*"
_LABEL = re.compile(rf"(?m)^[ \t]*({_WORD}(?:[ \t]+{_WORD}){{0,3}}):[ \t]+(?=\S)")
# Labels that head a note, not a turn ("UPDATE: ...", "Editor's note: ...").
_NOT_SPEAKERS = frozenset({
    "update", "updated", "correction", "clarification", "editor's note", "note", "byline", "email", "source",
    "sources", "photo", "video", "watch", "read more", "related", "breaking", "exclusive", "look", "boom",
    "busted", "analysis", "opinion", "background", "context", "summary", "transcript", "warning", "disclaimer",
    "pros", "cons", "verdict", "claim", "rating", "the claim", "the facts", "q", "a",
})
# Labels naming the turn's speaker by a role ("HOST: ..."): the interviewer of a transcript.
TURN_ROLES = frozenset({"host", "moderator", "interviewer", "presenter", "anchor", "reporter", "question"})


@dataclass(frozen=True)
class Turn:
    """One labelled paragraph: the label's token range, the colon's token and
    the character span of what was said."""

    label_start: int
    label_end: int
    colon: int
    start: int
    end: int


def transcript_turns(doc: Doc) -> list[Turn]:
    """The speakers' turns of a transcript, in order; none when ``doc`` is no dialogue."""
    text = doc_text(doc)
    cands: list[tuple[int, int, int, int, str]] = []
    for m in _LABEL.finditer(text):
        label = m.group(1)
        if label.lower().rstrip(".") in _NOT_SPEAKERS or len(label) < 2:
            continue
        stop = text.find("\n", m.end())
        stop = len(text) if stop < 0 else stop
        end = m.end() + len(text[m.end():stop].rstrip())
        cands.append((m.start(1), m.end(1), m.end(), end, label.split()[-1].upper().rstrip(".")))
    heard = Counter(c[4] for c in cands)
    if len(cands) < 2 or max(heard.values()) < 2:
        return []
    out = []
    for ls, le, cs, ce, _ in cands:
        label = doc.char_span(ls, le, alignment_mode="expand")
        colon = doc.char_span(le, le + 1, alignment_mode="expand")
        if label is None or colon is None or colon.text != ":" or ce <= cs:
            continue
        out.append(Turn(label.start, label.end, colon.start, cs, ce))
    return out

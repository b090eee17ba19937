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
# "JAKE TAPPER:", "The Minister for Health (Ann Lee):", "Mr Dan Reyes (Northside) (Labour):"
_LABEL = re.compile(rf"(?m)^[ \t]*({_WORD}(?:[ \t]+(?:{_WORD}|of|for|the|and))*?(?:[ \t]+{_WORD})?)"
                    rf"((?:[ \t]*\([^()\n]{{1,60}}\))*):[ \t]+(?=\S)")
_PAREN_NAME = re.compile(rf"\(({_WORD}(?:[ \t]+{_WORD}){{1,3}})\)")
# Labels that head a note, not a turn ("UPDATE: ...", "Editor's note: ...").
_NOT_SPEAKERS = frozenset({
    "update", "updated", "correction", "clarification", "editor's note", "note", "byline", "email", "source",
    "sources", "photo", "video", "watch", "read more", "related", "breaking", "exclusive", "look", "boom",
    "busted", "analysis", "opinion", "background", "context", "summary", "transcript", "warning", "disclaimer",
    "pros", "cons", "verdict", "claim", "rating", "the claim", "the facts", "q", "a",
})
# Offices a record names its holder after, in brackets: "The Prime Minister (Jane Okafor):".
_OFFICES = frozenset({"minister", "secretary", "speaker", "chair", "chairman", "chairwoman", "president", "premier",
                      "leader", "mayor", "governor", "attorney-general", "deputy", "whip"})
# Labels naming the turn's speaker by a role ("HOST: ..."): the interviewer of a transcript.
TURN_ROLES = frozenset({"host", "moderator", "interviewer", "presenter", "anchor", "reporter", "question"})


@dataclass(frozen=True)
class Turn:
    """One labelled paragraph: the label's token range, the token range of the
    name in it (the name in brackets after an office: "The Prime Minister (Jane
    Okafor)"), the colon's token and the character span of what was said."""

    label_start: int
    label_end: int
    name_start: int
    name_end: int
    colon: int
    start: int
    end: int


def transcript_turns(doc: Doc) -> list[Turn]:
    """The speakers' turns of a transcript, in order; none when ``doc`` is no dialogue."""
    text = doc_text(doc)
    cands: list[tuple[int, int, int, int, int, int, str]] = []
    for m in _LABEL.finditer(text):
        label = m.group(1)
        if label.lower().rstrip(".") in _NOT_SPEAKERS or len(label) < 2 or len(label.split()) > 7:
            continue
        stop = text.find("\n", m.end())
        stop = len(text) if stop < 0 else stop
        end = m.end() + len(text[m.end():stop].rstrip())
        ns, ne = m.start(1), m.end(1)
        named = _PAREN_NAME.search(m.group(2))
        if named is not None and (label.lower().startswith("the ") or label.split()[-1].lower() in _OFFICES):
            ns, ne = m.start(2) + named.start(1), m.start(2) + named.end(1)
        cands.append((m.start(1), m.end(2), ns, ne, m.end(), end, label.split()[-1].upper().rstrip(".")))
    heard = Counter(c[6] for c in cands)
    if len(cands) < 2 or max(heard.values()) < 2:
        return []
    out = []
    for ls, le, ns, ne, cs, ce, _ in cands:
        # (the tokenizer may keep a bracket with the colon: "Okafor):")
        label = doc.char_span(ls, le, alignment_mode="contract")
        name = doc.char_span(ns, ne, alignment_mode="contract")
        colon = doc.char_span(le, le + 1, alignment_mode="expand")
        if not label or not name or colon is None or not colon.text.endswith(":") or ce <= cs:
            continue
        out.append(Turn(label.start, label.end, name.start, name.end, colon.start, cs, ce))
    return out

"""A readable table of one Analysis: who did what with their words, how sure,
and what they said.

>>> from claimgraph.model import Actor, Analysis, Span, Statement
>>> text = '"No," said Ana Ruiz.'
>>> a = Analysis(text=text, actors=(Actor("a1", "Ana Ruiz", "person"),),
...              statements=(Statement("s1", "direct", (Span(0, 5),), cue=Span(6, 10),
...                                    speaker=Span(11, 19), actor_id="a1", act="denies",
...                                    certainty="high"),))
>>> print(render_text(a, "doc1"))
doc1
  #  who       act     sure  kind    what
  1  Ana Ruiz  denies  high  direct  "No,"
"""

from __future__ import annotations

import re

from .model import Analysis, Statement

__all__ = ["UNKNOWN_SPEAKER", "render_text", "shorten", "who"]

UNKNOWN_SPEAKER = "(unknown)"
_SPACE = re.compile(r"\s+")


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = _SPACE.sub(" ", text).strip()
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def who(analysis: Analysis, statement: Statement, width: int = 1000) -> str:
    """The resolved actor's name, with the mention as written when it differs;
    the mention is shortened first to fit ``width``."""
    actor = analysis.speaker_of(statement)
    mention = "" if statement.speaker is None else statement.speaker.text(analysis.text)
    mention = _SPACE.sub(" ", mention).strip()
    if actor is None:
        return shorten(f'"{mention}"' if mention else UNKNOWN_SPEAKER, width)
    name = shorten(actor.name, width)
    room = width - len(name) - len(' ("")')
    if not mention or mention.casefold() == actor.name.casefold() or room < 4:
        return name
    return f'{name} ("{shorten(mention, room)}")'


def _what(analysis: Analysis, statement: Statement) -> str:
    return " … ".join(_SPACE.sub(" ", s.text(analysis.text)).strip() for s in statement.content)


def _act(statement: Statement) -> str:
    act: str = statement.act or "-"
    if statement.negated:
        act += " (negated cue)"
    return act + (" (continues)" if statement.carried else "")


def _sure(analysis: Analysis, statement: Statement) -> str:
    level: str = statement.certainty or "-"
    if statement.markers:
        words = ", ".join(dict.fromkeys(_SPACE.sub(" ", m.span.text(analysis.text)) for m in statement.markers))
        level += f" ({words})"
    return level


def render_text(analysis: Analysis, doc_id: str, *, title: str | None = None,
                who_width: int = 34, act_width: int = 26, sure_width: int = 30, what_width: int = 72) -> str:
    """The document's id (and title), then one row per statement and any notices."""
    head = doc_id if not title else f"{doc_id}  {shorten(title, 80)}"
    lines = [head]
    if not analysis.statements:
        lines.append("  no attributed statements found")
    else:
        rows = [(str(n), who(analysis, st, who_width), shorten(_act(st), act_width),
                 shorten(_sure(analysis, st), sure_width), st.kind, shorten(_what(analysis, st), what_width))
                for n, st in enumerate(analysis.statements, 1)]
        header = ("#", "who", "act", "sure", "kind", "what")
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(5)]
        for r in [header, *rows]:
            cells = [r[0].rjust(widths[0])] + [c.ljust(w) for c, w in zip(r[1:5], widths[1:],
                                                                          strict=True)]
            lines.append(("  " + "  ".join(cells) + "  " + r[5]).rstrip())
    for notice in analysis.notices:
        lines.append(f"  note: [{notice.code}] {notice.message}")
    return "\n".join(lines)

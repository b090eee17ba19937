"""Quotation marks: pair them into quoted strings, paragraph by paragraph.

Handles straight and curly double quotes, two apostrophes and two backticks
(the style of some wire copy), guillemets, and single quotes where a text
uses them as its primary marks. A quote whose opening mark repeats at the
start of the next paragraph with no closing mark continues there. An
unbalanced or stray mark is settled inside its paragraph and reported as a
Notice; it never costs the rest of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Notice, Span

__all__ = ["Quoted", "find_quotes", "paragraphs"]

_DOUBLE_OPEN = {"“": "”", "«": "»", "„": "“", "``": "''"}
_SINGLE_OPEN = {"‘": "’", "‹": "›"}
# Marks tokenised as one unit; two-character marks first.
_MARK_RE = re.compile(r"``|''|[\"“”«»„]")
_SINGLE_RE = re.compile(r"[‘’‹›']")
_PARA_RE = re.compile(r"\n\s*\n|\n(?=[ \t]*[\"“«‘'`])")


@dataclass(frozen=True)
class Quoted:
    """A quoted string: ``span`` includes its marks; ``pieces`` has one span per
    paragraph for a quote that runs over several; ``closed`` is false when the
    closing mark was missing and the quote was cut at its paragraph's end."""

    span: Span
    inner: Span
    pieces: tuple[Span, ...]
    closed: bool = True


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans: split on blank lines, and on single newlines."""
    out: list[Span] = []
    start = 0
    for m in re.finditer(r"\n+", text):
        if m.start() > start:
            out.append(Span(start, m.start()))
        start = m.end()
    if start < len(text):
        out.append(Span(start, len(text)))
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _flanks(text: str, i: int, j: int) -> tuple[bool, bool]:
    """(can_open, can_close) for a straight mark at text[i:j]."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    can_open = not after.isspace() and (before.isspace() or before in "([{—–-/:;,") and after not in ",.;:!?)"
    can_close = not before.isspace() and (after.isspace() or not _is_word(after))
    if not can_open and not can_close:
        if i > 0 and (before.isspace() and after.isspace() or before in ".!?" and after.isupper()):
            # Spaces on both sides ('... a "rush for safety," " she said'), or a missing
            # space ('said one owner."We were deceived."'): it closes the quote that is
            # open, else it opens one.
            return True, True
        can_open = before.isspace() or i == 0
        can_close = not can_open
    return can_open, can_close


def _uses_single_primary(text: str) -> bool:
    """True when a text quotes with single marks: it has no double ones, or far fewer
    (the British style nests double marks inside single ones: 'They say we "provoked"
    them,' she said)."""
    opens = len(re.findall(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=\w)", text))
    doubles = len(_MARK_RE.findall(text))
    if doubles:
        return opens >= 3 and opens > doubles
    pairs = re.search(r"(?:^|(?<=\s))['‘]\w[^\n]*?[\w.,!?]['’](?=\s|$|[.,;:!?])", text)
    return (opens >= 1 and "‘" in text) or opens >= 2 or (opens >= 1 and pairs is not None)


def _marks(text: str, single: bool) -> list[tuple[int, int, str]]:
    """(start, end, role) for each mark: role is 'open', 'close' or 'both'."""
    out: list[tuple[int, int, str]] = []
    pattern = _SINGLE_RE if single else _MARK_RE
    for m in pattern.finditer(text):
        i, j, ch = m.start(), m.end(), m.group()
        if ch in ("''", '"', "'"):
            if ch == "'" and 0 < i and j < len(text) and _is_word(text[i - 1]) and _is_word(text[j]):
                continue  # apostrophe inside a word: don't, Xi'an
            if ch == "'" and i > 0 and text[i - 1] in "sS" and (j >= len(text) or not _is_word(text[j])):
                # plural possessive (the states' laws) unless a quote is open
                out.append((i, j, "close_weak"))
                continue
            can_open, can_close = _flanks(text, i, j)
            role = "both" if can_open and can_close else ("open" if can_open else "close")
            out.append((i, j, role))
        elif ch in _DOUBLE_OPEN or ch in _SINGLE_OPEN:
            if ch == "“" and i > 0 and not text[i - 1].isspace() and (j >= len(text) or text[j].isspace()):
                out.append((i, j, "close"))  # a mis-typed closing mark
            else:
                out.append((i, j, "open"))
        elif ch == "’":
            if i > 0 and j < len(text) and _is_word(text[i - 1]) and _is_word(text[j]):
                continue
            out.append((i, j, "close_weak" if i > 0 and text[i - 1] in "sS" else "close"))
        else:
            out.append((i, j, "close"))
    return out


def find_quotes(text: str) -> tuple[list[Quoted], list[Notice]]:
    """Pair the quotation marks of ``text`` into quoted strings."""
    found, notices = _find_quotes(text)
    return list(found), list(notices)


@lru_cache(maxsize=4)
def _find_quotes(text: str) -> tuple[tuple[Quoted, ...], tuple[Notice, ...]]:
    # (cached: the statement finder and the speaker resolver both read one document's quotes)
    single = _uses_single_primary(text)
    notices: list[Notice] = []
    found: list[Quoted] = []
    # An unclosed quote at a paragraph's end waits here for the next paragraph.
    pending: tuple[int, int, list[Span]] | None = None  # (open start, piece start, pieces)
    for para in paragraphs(text):
        marks = [(i + para.start, j + para.start, r) for i, j, r in _marks(para.text(text), single)]
        open_at: tuple[int, int] | None = None
        pieces: list[Span] = []
        if pending is not None:
            first = marks[0] if marks else None
            if first is not None and first[0] == para.start and first[2] in ("open", "both"):
                open_at = (pending[0], first[0])
                pieces = pending[2]
                marks = marks[1:]
            else:
                _cut(text, pending, found, notices)
            pending = None
        for i, j, role in marks:
            if open_at is None:
                if role in ("open", "both"):
                    open_at = (i, i)
                    pieces = []
                elif role == "close":
                    notices.append(Notice("CG101", "stray closing quotation mark ignored", Span(i, j)))
            else:
                if role == "open" and text[open_at[0]] == "„" and text[i:j] == "“":
                    role = "close"  # German-style „...“
                if role in ("close", "both", "close_weak"):
                    start, piece_start = open_at
                    pieces.append(Span(piece_start, j))
                    # (a doubled mark read as one opening mark: the inner span may not start
                    # after it ends)
                    inner_start = min(start + _mark_len(text, start), i)
                    found.append(Quoted(Span(start, j), Span(inner_start, i), tuple(pieces)))
                    open_at = None
                elif role == "open":
                    # A second opening mark while one is open: the first was never closed.
                    notices.append(
                        Notice("CG102", "unclosed quotation mark; cut at the next one", Span(open_at[0], i))
                    )
                    open_at = (i, i)
                    pieces = []
        if open_at is not None:
            pieces.append(Span(open_at[1], _rstrip(text, para.end)))
            pending = (open_at[0], open_at[1], pieces)
    if pending is not None:
        _cut(text, pending, found, notices)
    if not single:
        found.extend(_headline_quotes(text, found))
    found.sort(key=lambda q: q.span.start)
    return tuple(found), tuple(notices)


# "Ruiz: ‘Cruel Posters Belong Nowhere In Our Race.’": a headline's quotation, in single marks
# whatever marks the article's text uses.
_HEADLINE_QUOTE = re.compile(r"(?m)^[^\n\"“”‘’:]{2,80}: (‘[^\n‘’]*(?:’\w[^\n‘’]*)*’)[ \t]*$")


def _headline_quotes(text: str, found: list[Quoted]) -> list[Quoted]:
    out = []
    for m in _HEADLINE_QUOTE.finditer(text):
        s, e = m.span(1)
        if any(q.span.start < e and s < q.span.end for q in found):
            continue
        out.append(Quoted(Span(s, e), Span(s + 1, e - 1), (Span(s, e),)))
    return out


def _mark_len(text: str, i: int) -> int:
    return 2 if text[i : i + 2] in ("``", "''") else 1


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _cut(text: str, pending: tuple[int, int, list[Span]], found: list[Quoted], notices: list[Notice]) -> None:
    """Close an unclosed quote at the end of its last paragraph."""
    start, _, pieces = pending
    end = pieces[-1].end
    inner_start = start + _mark_len(text, start)
    if end - inner_start < 2:
        notices.append(Notice("CG103", "stray opening quotation mark ignored", Span(start, end)))
        return
    notices.append(Notice("CG104", "quotation mark never closed; quote ends with its paragraph", Span(start, end)))
    found.append(Quoted(Span(start, end), Span(inner_start, end), tuple(pieces), closed=False))

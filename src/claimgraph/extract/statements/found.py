"""A statement under construction and its spans: the record, which quotation
each token sits in, and content and speaker spans from tokens.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...model import Kind, Span
from ..doctext import doc_text
from ..quotes import Quoted
from .subjects import in_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokSpan


__all__ = ["CLOCK", "Found", "named_apposition"]


_SUBJ = ("nsubj", "nsubjpass", "csubj")
_REL_PRONOUNS = {"who", "which", "that", "whom"}

_PUNCT_TRIM = " \t\n,.;:—–-"
_DOUBLE_MARKS = ('"', "\u201c", "\u201d", "''", "``", "\u00ab", "\u00bb")


@dataclass
class Found:
    """A statement under construction (token indices into the Doc)."""

    kind: Kind
    content: list[Span]
    cue: Span | None
    cue_lemma: str | None
    speaker: Span | None
    speaker_head: int | None  # token index of the speaker mention's head
    carried: bool = False
    quotes: list[int] = field(default_factory=list)  # indices of quoted strings inside
    cue_token: int | None = None
    relative: bool = False  # cue in a relative clause: "a report that concluded ..."

    @property
    def start(self) -> int:
        return min(s.start for s in self.content)

    @property
    def end(self) -> int:
        return max(s.end for s in self.content)


class _Index:
    """Which quoted string each token sits in."""

    def __init__(self, doc: Doc, quotes: list[Quoted]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.tok_quote: list[int] = [-1] * len(doc)
        if quotes:
            # Token offsets read once as an array: iterating the Doc builds a Token per word.
            starts = doc.to_array("IDX").tolist()
            for qi in range(len(quotes) - 1, -1, -1):  # where two overlap, the earlier quote wins
                span = quotes[qi].span
                lo, hi = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
                self.tok_quote[lo:hi] = [qi] * (hi - lo)

    def quote_of(self, tok: Token) -> int:
        return self.tok_quote[tok.i]


def _tok_span(toks: list[Token]) -> Span:
    return Span(min(t.idx for t in toks), max(t.idx + len(t) for t in toks))


def named_apposition(head: Token) -> Token | None:
    """"the state rail operator Norvail": the name right after a description,
    with no comma between, that the parse made its apposition."""
    if head.pos_ != "NOUN":
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.i == head.i + 1 and c.pos_ == "PROPN"), None)


CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d$")  # a time stamp: "09:40"


def _speaker_span(head: Token) -> Span:
    """The mention as written: the subject's phrase, without relative clauses
    or a dateline ("TARESH - Kaldora")."""
    keep = [head]
    for child in head.lefts:
        if child.dep_ == "predet" and child.lower_ == "all" and head.head.dep_ == "csubj":
            continue  # "all the mayor could do was ...": the mayor
        keep.extend(child.subtree)
    dash = [t.i for t in keep if (t.text in ("-", "—", "–") and t.whitespace_ or t.text in _DOUBLE_MARKS)
            and t.i < head.i]
    if dash:
        keep = [t for t in keep if t.i > max(dash)]  # (or a quotation the parse hung on the name)
    name = named_apposition(head)
    for child in head.rights:
        if name is not None and child.i == name.i:
            keep.extend(child.subtree)  # "the state rail operator Norvail": the name, no comma between
            continue
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj", "appos", "prep", "advcl", "dobj"):
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "at", "by", "from", "for") \
                    and head.pos_ in ("NOUN", "PROPN"):
                keep.extend(child.subtree)
                continue
            if child.dep_ in ("cc", "conj"):
                keep.extend(child.subtree)
                continue
            break
        keep.extend(child.subtree)
    keep = [t for t in keep if (not t.is_punct and not t.is_space) or t.i == head.i]
    sent = head.sent
    keep = [t for t in keep if sent.start <= t.i < sent.end]
    # "09:40 Power company Nordlys says": a live blog's time stamp is no part of the mention
    keep.sort(key=lambda t: t.i)
    while len(keep) > 1 and keep[0].i < head.i and CLOCK.match(keep[0].text):
        keep = keep[1:]
    span = _tok_span(keep)
    text = doc_text(head.doc)
    marks = sum(text.count(m, span.start, span.end) for m in _DOUBLE_MARKS)
    if marks % 2 and span.end < len(text) and text[span.end] in _DOUBLE_MARKS:
        span = Span(span.start, span.end + 1)  # 'Residents of the "green zone"': the closing mark too
    if text.count("(", span.start, span.end) > text.count(")", span.start, span.end) \
            and span.end < len(text) and text[span.end] == ")":
        span = Span(span.start, span.end + 1)  # "the Albion Supporters' Trust (AST)": its bracket too
    return span


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _PUNCT_TRIM or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _PUNCT_TRIM or text[end - 1].isspace()):
        end -= 1
    return start, end


def _content_from_tokens(doc: Doc, toks: list[Token], idx: _Index) -> Span | None:
    """Span over tokens, trimmed of outer punctuation, grown to whole quotes."""
    if not toks:
        return None
    # "said the plan is wrong and": a conjunction left at the end by a cut after it
    while len(toks) > 1 and toks[-1].dep_ == "cc" and idx.quote_of(toks[-1]) < 0 and toks[-1].i > toks[-2].i:
        toks = toks[:-1]
    # "LINDOR - Bacteria ... are identical ..., the institute said": the dateline is where the
    # story was filed, no part of what was said (and the dash after it goes with it)
    dateline = [t.i for t in toks if in_dateline(t)]
    if dateline and len(dateline) < len(toks):
        rest = [t for t in toks if t.i not in dateline]
        first = min(t.i for t in rest)
        if max(dateline) < first:
            toks = [t for t in rest if not (t.i == first and t.text in ("-", "\u2014", "\u2013"))] or rest
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t) for t in toks)
    start, end = _clean_span(doc_text(doc), start, end)
    if end <= start:
        return None
    # A quote cut by the clause boundary is taken whole (to its closing mark).
    for q in idx.quotes:
        if q.span.start < end and start < q.span.end:
            if q.span.start < start and start < q.inner.start + 1:
                start = q.span.start
            if q.span.end > end:
                end = q.span.end
    return Span(start, end)


def _subtree_minus(head: Token, exclude: Token) -> list[Token]:
    """The head's subtree without ``exclude``'s, kept to the run around the head."""
    skip = {t.i for t in exclude.subtree}
    return _contiguous([t for t in head.subtree if t.i not in skip], head)


def _classify(doc: Doc, span: Span, idx: _Index) -> tuple[Kind, Span, list[int]]:
    """direct when the content is one quoted string, mixed when partly quoted."""
    inside: list[int] = []
    words_in = 0
    words_out = 0
    for qi, q in enumerate(idx.quotes):
        if q.span.start >= span.end:
            break
        if q.span.end > span.start and q.span.start < span.end:
            inside.append(qi)
    if not inside:
        return "indirect", span, inside
    text = doc_text(doc)
    covered = [False] * (span.end - span.start)
    for qi in inside:
        q = idx.quotes[qi]
        for c in range(max(q.span.start, span.start), min(q.span.end, span.end)):
            covered[c - span.start] = True
    # Count words outside the quotes, ignoring a leading "that".
    for word_start, word in _words(text, span.start, span.end):
        if covered[word_start - span.start]:
            words_in += 1
        elif not (words_out == 0 and words_in == 0 and word.lower() in ("that", "and", "but")):
            words_out += 1
    if words_out == 0 and len(inside) == 1:
        return "direct", idx.quotes[inside[0]].span, inside
    return "mixed", span, inside


def _words(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out = []
    i = start
    while i < end:
        if text[i].isalnum():
            j = i
            while j < end and (text[j].isalnum() or text[j] in "'’-"):
                j += 1
            out.append((i, text[i:j]))
            i = j
        else:
            i += 1
    return out


def _statement(doc: Doc, idx: _Index, span: Span, cue: list[Token], lemma: str, subj: Token | None) -> Found:
    """A statement from its content, cue words and speaker, its kind read from
    the quotation marks in the content."""
    kind, span, qs = _classify(doc, span, idx)
    speaker = None if subj is None else _speaker_span(subj)
    return Found(kind, [span], _tok_span(cue), lemma, speaker, None if subj is None else subj.i, quotes=qs,
                 cue_token=cue[0].i)


def _contiguous(toks: list[Token], head: Token) -> list[Token]:
    members = {t.i for t in toks}
    if head.i not in members:
        return toks
    lo = hi = head.i
    while lo - 1 in members:
        lo -= 1
    while hi + 1 in members:
        hi += 1
    return [t for t in toks if lo <= t.i <= hi]


def _whole_quote(toks: list[Token], idx: _Index) -> bool:
    """The tokens are one quotation and the punctuation around it."""
    inside = {idx.quote_of(t) for t in toks if not t.is_punct or idx.quote_of(t) >= 0}
    return len(inside) == 1 and -1 not in inside


def _sentence_of(doc: Doc, char: int) -> TokSpan:
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or len(tok) == 0:
        return doc[-1:].sent if len(doc) else doc[:]
    return tok[0].sent

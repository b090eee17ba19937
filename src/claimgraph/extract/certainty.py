"""Certainty: the hedges and boosters of a statement and the level they give.

The lexicon is data (``claimgraph/data/certainty.tsv``): one word or phrase a
line with its type (hedge, booster, or none for a phrase that blocks the
entries inside it, such as "could not"), the FactBank level it signals, a
part-of-speech condition and what a negation before it makes of it. Extending
it needs no code.

``assess(doc, spans)`` finds the entries whose tokens lie inside ``spans``
(a statement's content plus its frame, the stretch of the sentence around the
cue) and returns a level and the markers. Matching runs left to right; at
each token the longest entry wins and its tokens are consumed, so "no doubt"
is one booster, never the hedge "doubt".

How markers combine:

- no marker: ``high`` (a statement presented as fact);
- any hedge: the lowest hedge level (low < medium). Boosters never raise a
  hedged statement: "could clearly spread" is low and "firmly believes" is
  medium, because the booster intensifies the tone while the hedge still
  marks the proposition as possible or probable;
- only boosters: ``high``.

Negation flips epistemic boosters into hedges: "not clear", "isn't sure",
"not entirely certain" are low hedges (they leave the proposition open, which
FactBank calls uncommitted; possible is the nearest of our three levels); the
marker's span then starts at the negation and its entry reads "not clear".
A negated hedge keeps its level ("not likely" is still medium) unless the
lexicon says otherwise ("did not doubt" is a booster). A negated
intensifier ("not fully secured") is no marker at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal, cast

from ..model import LEVELS, Level, Marker, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["POS_CONDITIONS", "CertaintyLexicon", "Entry", "assess", "load_certainty_lexicon"]

POS_CONDITIONS = ("-", "MD", "VERB", "NOUN", "ADJ", "ADV", "AMOD", "PRED")
_TYPES = ("hedge", "booster", "none")
_NEGATED = ("-", "drop", *LEVELS)
_RANK = {"low": 0, "medium": 1, "high": 2}
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_MAX_GAP = 2  # adverbs allowed between the words of a phrase
_NEG_REACH = 4  # tokens a negation may stand before its entry


@dataclass(frozen=True)
class Entry:
    """One lexicon row; ``words`` are what tokens are matched against."""

    text: str
    words: tuple[str, ...]
    hashes: tuple[int, ...]  # of ``words``, as spaCy stores a token's lower form and lemma
    type: Literal["hedge", "booster", "none"]
    level: Level | None
    pos: str
    negated: str


@dataclass(frozen=True)
class CertaintyLexicon:
    entries: tuple[Entry, ...]
    # hash of a one-word entry -> its entries (a word may have several, by pos)
    words: dict[int, tuple[Entry, ...]]
    # hashes of a phrase's first two words -> its phrases: "in" alone starts twenty, so the
    # second word must be checked before any phrase is tried
    pairs: dict[tuple[int, int], tuple[Entry, ...]]
    starts: frozenset[int]

    def __len__(self) -> int:
        return sum(1 for e in self.entries if e.type != "none")


def _words(entry: str) -> tuple[str, ...]:
    # spaCy splits "cannot" into "can" + "not" and a hyphen into its own token
    text = entry.lower().replace("cannot", "can not").replace("n't", " not")
    return tuple(re.findall(r"[^\s-]+|-", text))


def _row(line: str, n: int) -> Entry:
    cols = line.split("\t")
    if len(cols) != 5:
        raise ValueError(f"certainty.tsv:{n}: need 5 tab-separated columns, got {len(cols)}")
    text, typ, level, pos, negated = (c.strip() for c in cols)
    if typ not in _TYPES or pos not in POS_CONDITIONS or negated not in _NEGATED:
        raise ValueError(f"certainty.tsv:{n}: bad type, pos or negated in {line!r}")
    if (typ == "none") != (level == "-") or (level != "-" and level not in LEVELS):
        raise ValueError(f"certainty.tsv:{n}: bad level {level!r} for a {typ}")
    from spacy.strings import get_string_id  # spaCy's own hash, so keys equal Token.lower/.lemma

    words = _words(text)
    return Entry(text, words, tuple(get_string_id(w) for w in words), cast(Literal["hedge", "booster", "none"], typ),
                 None if level == "-" else cast(Level, level), pos, negated)


@lru_cache(maxsize=1)
def load_certainty_lexicon() -> CertaintyLexicon:
    """The lexicon, read once and indexed by first word for one dict look-up per token."""
    text = resources.files("claimgraph").joinpath("data/certainty.tsv").read_text(encoding="utf-8")
    entries = tuple(_row(line, n) for n, line in enumerate(text.splitlines(), 1)
                    if line.strip() and not line.startswith("#"))
    words: dict[int, list[Entry]] = {}
    pairs: dict[tuple[int, int], list[Entry]] = {}
    for e in entries:
        if len(e.hashes) == 1:
            words.setdefault(e.hashes[0], []).append(e)
        else:
            pairs.setdefault((e.hashes[0], e.hashes[1]), []).append(e)
    return CertaintyLexicon(entries, {k: tuple(v) for k, v in words.items()},
                            {k: tuple(v) for k, v in pairs.items()}, frozenset(e.hashes[0] for e in entries))


def _fits(doc: Doc, tok: Token, pos: str) -> bool:
    if pos == "-":
        return True
    if pos == "MD":
        # Only an epistemic modal before its verb: the small model tags "military might" and
        # sometimes "May" as MD, but neither is followed by a bare verb.
        if tok.tag_ != "MD":
            return False
        for nxt in doc[tok.i + 1 : tok.i + 4]:
            if nxt.pos_ in ("ADV", "PART") or nxt.dep_ == "neg":
                continue
            return nxt.tag_ == "VB"
        return False
    if pos == "AMOD":
        return tok.dep_ in ("amod", "compound")
    if pos == "PRED":
        return tok.pos_ == "ADJ" and tok.dep_ != "amod"
    if pos == "VERB":
        return tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod"
    return bool(tok.pos_ == pos)


# A window token as matched: (lower hash, lemma hash, is a non-negating adverb that may stand in a gap).
_Key = tuple[int, int, bool]


def _match(keys: list[_Key], i: int, entry: Entry) -> int:
    """The window index after ``entry`` matched at window index ``i``, or -1."""
    j = i + 1
    for h in entry.hashes[1:]:
        gap = 0
        while j < len(keys) and h != keys[j][0] and h != keys[j][1] and gap < _MAX_GAP and keys[j][2]:
            j += 1
            gap += 1
        if j >= len(keys) or (h != keys[j][0] and h != keys[j][1]):
            return -1
        j += 1
    return j


def _candidates(lex: CertaintyLexicon, keys: list[_Key], i: int) -> list[Entry]:
    """Entries that may start at ``i``, longest first."""
    firsts = (keys[i][0],) if keys[i][0] == keys[i][1] else keys[i][:2]
    found: list[Entry] = []
    j = i + 1
    while j < len(keys) and j - i <= _MAX_GAP + 1:
        for first in firsts:
            for second in keys[j][:2]:
                found.extend(lex.pairs.get((first, second), ()))
        if not keys[j][2]:
            break
        j += 1
    if len(found) > 1:
        found = sorted(set(found), key=lambda e: (-len(e.words), e.text))
    for first in firsts:
        found.extend(lex.words.get(first, ()))
    return found


def _negation(doc: Doc, i: int, lo: int) -> int:
    """The index of a negation governing token ``i`` (same clause, no earlier than ``lo``), or -1."""
    k = i - 1
    while k >= lo and i - k <= _NEG_REACH:
        t = doc[k]
        if t.lower_ in _NEGATIONS or t.dep_ == "neg":
            return k
        if t.is_punct or t.is_sent_start or not (t.pos_ in ("ADV", "AUX", "PART") or t.lemma_ in ("be", "do")):
            return -1
        k -= 1
    return -1


def _scan(doc: Doc, lo: int, hi: int, lex: CertaintyLexicon, out: list[Marker]) -> None:
    # Hashes, not strings: reading ``lower_``/``lemma_`` for every token costs more than the matching.
    adv, negs = _symbols()
    keys = [(t.lower, t.lemma, t.pos == adv and t.lower not in negs) for t in doc[lo:hi]]
    starts = lex.starts
    i = 0
    while i < len(keys):
        if keys[i][0] not in starts and keys[i][1] not in starts:
            i += 1
            continue
        tok = doc[lo + i]
        for entry in _candidates(lex, keys, i):
            end = _match(keys, i, entry) if len(entry.hashes) > 1 else i + 1
            if end < 0 or not _fits(doc, tok, entry.pos):
                continue
            i = end - 1
            if entry.type == "none":
                break
            start, name, typ, level = tok.idx, entry.text, entry.type, entry.level
            neg = -1 if entry.negated == "-" else _negation(doc, tok.i, lo)
            if neg >= 0:
                if entry.negated == "drop":
                    break
                level = cast(Level, entry.negated)
                typ = "booster" if level == "high" else "hedge"
                name = f"not {entry.text}"
                before = doc[neg - 1] if neg > lo else None
                # "isn't sure": start at "is", not inside the word at "n't"
                glued = before is not None and not before.whitespace_ and doc[neg].lower_ == "n't"
                start = before.idx if glued and before is not None else doc[neg].idx
                while out and out[-1].span.start >= start:
                    out.pop()  # "not entirely clear" replaces the booster "entirely"
            last = doc[lo + end - 1]
            assert level is not None
            out.append(Marker(Span(start, last.idx + len(last.text)), name, typ, level))
            break
        i += 1


@lru_cache(maxsize=1)
def _symbols() -> tuple[int, frozenset[int]]:
    from spacy.strings import get_string_id
    from spacy.symbols import ADV

    return int(ADV), frozenset(get_string_id(w) for w in _NEGATIONS)


def _merged(spans: Sequence[Span]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s in sorted(spans):
        if out and s.start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], s.end))
        elif s.end > s.start:
            out.append((s.start, s.end))
    return out


def assess(doc: Doc, spans: Sequence[Span]) -> tuple[Level, tuple[Marker, ...]]:
    """The certainty level and the markers found inside ``spans`` of ``doc``.

    For "The ministry said the figures may be incomplete." over the whole text:
    ``("low", (Marker(Span(29, 32), "may", "hedge", "low"),))``. A marker lies
    wholly inside one span (overlapping or touching spans are joined first);
    no spans, or spans without markers, give ``("high", ())``.
    """
    lex = load_certainty_lexicon()
    markers: list[Marker] = []
    for start, end in _merged(spans):
        window = doc.char_span(start, end, alignment_mode="contract")
        if window is not None and len(window):
            _scan(doc, window.start, window.end, lex, markers)
    hedges = [m.level for m in markers if m.type == "hedge"]
    level: Level = min(hedges, key=_RANK.__getitem__) if hedges else "high"
    return level, tuple(markers)

"""Dates: temporal expressions, normalised against the publication date.

Rules, not a model: a handful of regular expressions find candidates in the
text, the parse decides the doubtful ones (the modal "May", "1990 votes"),
and the publication date resolves the relative ones. Every regex is made of
fixed words and bounded gaps, so the work is linear in the text.

Conventions (values are ISO 8601 at the grain the text gives):

* "on Thursday" -> the latest such day on or before publication (the same
  day when published on a Thursday); forward instead when the verb is future
  ("will meet on Friday", "plan to march on Saturday"). "last"/"next" move
  strictly back/forward.
* A month or day without a year ("in May", "Sept. 15"): past verb -> the
  latest on or before publication, future verb -> the earliest on or after,
  otherwise (present tense, no verb) the nearest one.
* Weeks are ISO weeks ("2022-W35"); decades are year ranges ("the 1990s" ->
  "1990/1999"); ranges join two values ("2017/2019", "2022-12-05/2022-12-16").
* "since 2014", "by 2030", "mid-2020", "late 2019" keep the named value:
  the qualifier stays in the text, not the value.
* A year modifying a noun ("a 2019 report", "the 2014 annexation") is a
  date; a number counting a plural noun ("1990 votes") is not, nor is a year
  after a name ("Trump 2020", "Vision 2030").
* Times of day are ignored ("at 5 p.m. on Monday" gives only "Monday"), and
  so are slashed dates ("12/31/2019"): day/month order is a guess.
* Relative expressions with no publication date keep their span with
  ``value`` None and ``anchor`` None; fully named dates are still resolved.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from spacy.attrs import IDX

from ..errors import InputError
from ..model import DateMention, Span
from .doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_dates", "parse_published"]

Anchor = Literal["absolute", "published"]
Direction = Literal["past", "future", "any"]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_MONTH_NO = {m: i for i, m in enumerate(_MONTHS, 1)} | {m[:3]: i for i, m in enumerate(_MONTHS, 1)} | {"sept": 9}
# Months that are also common words or names; they need a temporal cue.
_AMBIGUOUS = {"march", "april", "may", "june", "august"}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}

_S = r"[ \t\u00a0]{1,3}"
_MON_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = rf"(?:(?:{_MON_FULL})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
_DAY = r"(?<![\d.,])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d]|[.,:]\d)"
_YEAR_CORE = r"(?:1[5-9]\d\d|20\d\d)(?!\d|[.,]\d|%|-\d|/\d|s\b)"
_YEAR_LEFT = r"(?<![\d.,$£€#/\w-])"
_YEAR = _YEAR_LEFT + _YEAR_CORE
_QUAL = r"(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|" + _S + ")"
_MOD = r"(?:[Ll]ast|[Nn]ext|[Tt]his)"


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


# (kind, regex); overlapping candidates are settled longest-first.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p)) for k, p in (
    ("iso", r"(?<![\d\w-])(?P<y>1[5-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"),
    ("mdy", rf"\b{_g('mon', _MON)}{_S}{_g('d', _DAY)}(?:,{_S}|{_S}){_g('y', _YEAR)}"),
    ("dmy", rf"\b(?:the{_S})?{_g('d', _DAY)}{_S}(?:of{_S})?{_g('mon', _MON)},?{_S}{_g('y', _YEAR)}"),
    ("md", rf"\b{_g('mon', _MON)}{_S}{_g('d', _DAY)}"),
    ("dm", rf"\b(?:the{_S})?{_g('d', _DAY)}{_S}(?:of{_S})?{_g('mon', _MON)}"),
    ("myrel", rf"\b{_g('mon', _MON)}{_S}(?:of{_S})?(?P<mod>last|this|next){_S}year\b"),
    ("my", rf"\b{_g('mon', _MON)},?{_S}(?:of{_S})?{_g('y', _YEAR)}"),
    ("drange", rf"\b(?:(?:[Ff]rom|[Bb]etween){_S})?{_g('d', _DAY)}[ \t]{{0,3}}(?:[-–]|to|and|until|through)"
               rf"[ \t]{{0,3}}{_g('d2', _DAY)}{_S}(?:of{_S})?{_g('mon', _MON)}(?:,?{_S}{_g('y', _YEAR)})?"),
    ("mdrange", rf"\b{_g('mon', _MON)}{_S}{_g('d', _DAY)}[ \t]{{0,3}}(?:[-–]|to|and|through)[ \t]{{0,3}}"
                rf"{_g('d2', _DAY)}(?:,?{_S}{_g('y', _YEAR)})?"),
    ("yrange", r"(?<![\d.,\w/])(?P<y>1[5-9]\d\d|20\d\d)(?:[ ]?[-–][ ]?|/)"
               r"(?P<y2>1[5-9]\d\d|20\d\d|\d\d)(?![\d\w-]|[.,]\d)"),
    ("decade", rf"\b(?:[Tt]he{_S})?(?:{_QUAL})?(?P<y>1[5-9]\d0|20\d0)s\b"),
    ("year", rf"(?:\b{_QUAL}|{_YEAR_LEFT})(?P<y>{_YEAR_CORE})"),
    ("month", rf"\b(?:(?P<mod>{_MOD}){_S}|{_QUAL})?(?P<mon>{_MON_FULL})\b"),
    ("weekday", rf"\b(?:(?P<mod>{_MOD}){_S})?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("word", r"\b(?P<w>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast night"
             rf"|[Tt]his{_S}(?:morning|afternoon|evening))\b"),
    ("rel", rf"\b(?:(?:[Ee]arlier|[Ll]ater){_S})?(?P<mod>{_MOD}){_S}(?P<unit>week|month|year)\b"),
    ("rel", rf"\b(?:[Tt]he{_S})?(?:end|beginning|start|middle){_S}of{_S}(?P<mod>the|this|last|next){_S}"
            r"(?P<unit>week|month|year)\b"),
    ("ago", rf"\b(?P<n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten)|\d{{1,3}}){_S}"
            rf"(?P<unit>day|week|month|year)s?{_S}ago\b"),
))
_RANGE_GAP = re.compile(r"[ \t]{0,3}(?:[-–—]|(?i:to|and|through|until|till))[ \t]{0,3}")
_RANGE_PREFIX = re.compile(r"\b(?:[Ff]rom|[Bb]etween)(?:[ \t]+at[ \t]+least)?[ \t]{1,3}$")
_WEEKDAY_GAP = re.compile(r",?[ \t]{0,3}(?:the[ \t]{1,3})?")

_TEMPORAL_PREPS = {"in", "since", "by", "until", "till", "through", "during", "before", "after", "from", "to",
                   "between", "of", "and", "around", "circa", "throughout", "within", "early", "late", "mid",
                   "last", "next", "this", "-", "–", "each", "every"}
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "'s", "’s"}
_NOT_YEAR_BEFORE = {"$", "£", "€", "#", "no", "no.", "page", "article", "resolution", "paragraph", "rule", "room",
                    "flight", "route", "number", "section", "chapter", "item", "vision", "agenda", "expo",
                    "horizon", "windows", "at"}
_NOT_YEAR_AFTER = {"%", "percent", "per", "km", "kg", "mm", "cm", "m", "mph", "ft", "feet", "metres", "meters"}
_HOLIDAY = {"black", "good", "super", "bloody", "cyber", "holy", "ash", "palm", "easter", "giving"}
_PAPERS = {"times", "telegraph", "express", "mirror", "post", "herald", "observer", "mail", "tribune"}
_FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo", "would", "to"}
_TEMPORAL_NOUNS = {"night", "morning", "afternoon", "evening", "hours", "week", "weekend"}


@dataclass
class _Atom:
    start: int
    end: int
    kind: str  # day, days, month, relmonth, year, years, weekday, rel
    y: int | None = None
    m: int = 0
    d: int = 0
    d2: int = 0  # last day of a day range, or last year of a year range
    n: int = 0  # weekday index, or shift for "rel"
    mod: str = ""  # last/next/this, or the unit of a "rel"
    wd: int | None = None  # weekday named next to a day ("Thursday, 1 September")


def parse_published(published: date | str | None) -> date | None:
    """A publication date from a date, "YYYY-MM-DD" or an ISO timestamp."""
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    s = published.strip() if isinstance(published, str) else ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?", s):
        try:
            return datetime.fromisoformat(s).date()
        except ValueError:
            pass
    raise InputError(f"[CG030] bad publication date {published!r}: want YYYY-MM-DD or an ISO timestamp")


class _Tokens:
    """Token lookup by character offset, built once per document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._starts: list[int] | None = None  # most documents have no candidate at all

    def at(self, char: int) -> Token | None:
        if self._starts is None:
            self._starts = [int(x) for x in self.doc.to_array([IDX]).reshape(-1).tolist()]
        i = bisect_right(self._starts, char) - 1
        return self.doc[i] if 0 <= i < len(self._starts) else None

    def root(self, start: int, end: int) -> Token | None:
        first = self.at(start)
        if first is None:
            return None
        # The head of the expression is the first token whose head lies outside it.
        for t in self.doc[first.i : min(len(self.doc), first.i + 12)]:
            if t.idx >= end:
                break
            if not (start <= t.head.idx < end):
                return t
        return first


def _near(tok: Token, k: int) -> Token | None:
    i = tok.i + k
    return tok.doc[i] if 0 <= i < len(tok.doc) else None


def _year_ok(tok: Token | None, y: int, qualified: bool) -> bool:
    """Whether a bare four-digit number is a year here (the parse decides)."""
    if qualified or tok is None:
        return qualified or y >= 1900
    prev, nxt = _near(tok, -1), _near(tok, 1)
    p = prev.lower_ if prev is not None else ""
    if y < 1900 and p not in _TEMPORAL_PREPS:
        return False
    if p in _NOT_YEAR_BEFORE or (nxt is not None and nxt.lower_ in _NOT_YEAR_AFTER):
        return False
    if prev is not None and prev.tag_ == "NNP" and prev.is_title and prev.lower_ not in _MONTH_NO:
        return False  # "Vision 2030", "Euro 2024"
    if tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.i > tok.i and p not in _DETERMINERS:
        # "In 2019 protests erupted" opens with the year; "1990 votes" counts.
        return p in _TEMPORAL_PREPS and prev is not None and bool(prev.is_sent_start)
    return True


def _month_ok(tok: Token | None, name: str, cued: bool) -> bool:
    if cued or tok is None:
        return True
    prev, nxt = _near(tok, -1), _near(tok, 1)
    if tok.tag_ == "MD" or tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT", "FAC"):
        return False
    if prev is not None and prev.lower_ in _TEMPORAL_PREPS:
        return True
    if name.lower() not in _AMBIGUOUS:
        return True
    if prev is not None and prev.pos_ == "PROPN" and prev.is_title:
        return False  # "Theresa May"
    if nxt is not None and nxt.is_title and nxt.is_alpha and nxt.lower_ not in _WEEKDAYS:
        return False  # "the May Fourth Movement", "April Ryan"
    if nxt is not None and nxt.pos_ == "ADP" and nxt.lower_ != "of":
        return False  # "March for Our Lives"
    return tok.tag_ == "NNP"


def _weekday_ok(tok: Token | None) -> bool:
    if tok is None:
        return True
    prev, nxt = _near(tok, -1), _near(tok, 1)
    return not ((prev is not None and prev.lower_ in _HOLIDAY and prev.is_title)
                or (nxt is not None and nxt.lower_ in _PAPERS and nxt.is_title))


def _atom(kind: str, m: re.Match[str], toks: _Tokens) -> _Atom | None:
    """One candidate, or None when the context says it is not a date."""
    g = m.groupdict()
    start, end = m.span()
    y = int(g["y"]) if g.get("y") else None
    name = (g.get("mon") or "").lower().rstrip(".")
    mon = _MONTH_NO.get(name) or _MONTH_NO.get(name[:3], 0)
    day = int(re.sub(r"\D", "", g["d"])) if g.get("d") and kind != "iso" else 0
    if kind == "iso":
        return _Atom(start, end, "day", y, int(g["m"]), int(g["d"]))
    if kind in ("mdy", "dmy", "md", "dm"):
        tok = toks.at(m.start("d"))
        nxt = _near(tok, 1) if tok is not None else None
        if kind == "md" and nxt is not None and nxt.tag_ == "NNS":
            return None  # "May 5 people"
        return _Atom(start, end, "day", y, mon, day)
    if kind in ("drange", "mdrange"):
        d2 = int(re.sub(r"\D", "", g["d2"]))
        return _Atom(start, end, "days", y, mon, day, d2) if day < d2 else None
    if kind == "myrel":
        return _Atom(start, end, "relmonth", None, mon, n={"last": -1, "next": 1}.get(g["mod"], 0))
    if kind == "my":
        return _Atom(start, end, "month", y, mon)
    y0 = y or 0
    if kind == "yrange":
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else y0 // 100 * 100 + int(g["y2"])
        return _Atom(start, end, "years", y, d2=y2) if y0 < y2 else None
    if kind == "decade":
        return _Atom(start, end, "years", y, d2=y0 + 9)
    if kind == "year":
        return _Atom(start, end, "year", y) if _year_ok(toks.at(m.start("y")), y0, start < m.start("y")) else None
    if kind == "month":
        if not _month_ok(toks.at(m.start("mon")), g["mon"], cued=start < m.start("mon")):
            return None
        return _Atom(start, end, "month", None, mon, mod=(g.get("mod") or "").lower())
    if kind == "weekday":
        if not _weekday_ok(toks.at(m.start("wd"))):
            return None
        return _Atom(start, end, "weekday", n=_WEEKDAYS.index(g["wd"].lower()), mod=(g.get("mod") or "").lower())
    if kind == "word":
        w = " ".join(g["w"].lower().split())
        return _Atom(start, end, "rel", n={"yesterday": -1, "tomorrow": 1, "last night": -1}.get(w, 0), mod="day")
    if kind == "rel":
        return _Atom(start, end, "rel", n={"last": -1, "next": 1}.get(g["mod"].lower(), 0), mod=g["unit"])
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUMBERS[g["n"].lower()]
        return _Atom(start, end, "rel", n=-n, mod=g["unit"])
    return None


# Every match of a pattern holds one of its trigger's hits, and no match is longer
# than _REACH characters, so scanning only near the hits finds the same matches
# as scanning the whole text, in a fraction of the time.
_REACH = 64
# A trigger may hit where its pattern cannot match (windows only grow), so triggers
# are plain alternatives of literals: a leading \b or (?i:) makes the engine try
# every position, at ten times the cost. Years' four digits or months' names, not
# any number: news texts are full of numbers, whose windows would cover most of the text.
_YEARISH = re.compile(r"(?:1[5-9]|20)\d\d")
_MONTH_WORD = re.compile(rf"(?:{_MON_FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b")
_TRIGGERS: dict[str, re.Pattern[str]] = {
    "iso": _YEARISH, "yrange": _YEARISH, "decade": _YEARISH, "year": _YEARISH,
    "mdy": _MONTH_WORD, "dmy": _MONTH_WORD, "md": _MONTH_WORD, "dm": _MONTH_WORD, "drange": _MONTH_WORD,
    "mdrange": _MONTH_WORD, "myrel": _MONTH_WORD, "my": _MONTH_WORD, "month": _MONTH_WORD,
    "weekday": re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
    "word": re.compile(r"oday|esterday|omorrow|night|orning|fternoon|vening"),
    "rel": re.compile(r"week|month|year"),
    "ago": re.compile(r"ago"),
}


def _windows(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in trigger.finditer(text):
        lo, hi = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _candidates(text: str, toks: _Tokens) -> list[_Atom]:
    found: list[tuple[int, int, str, re.Match[str]]] = []
    windows: dict[int, list[tuple[int, int]]] = {}
    seen: set[tuple[int, int, str]] = set()
    for kind, rx in _PATTERNS:
        trigger = _TRIGGERS[kind]
        if id(trigger) not in windows:
            windows[id(trigger)] = _windows(text, trigger)
        for lo, hi in windows[id(trigger)]:
            for m in rx.finditer(text, lo, hi):
                key = (m.start(), m.end(), kind)
                if key not in seen:  # the two "rel" patterns share a kind; windows do not overlap
                    seen.add(key)
                    found.append((m.start(), -m.end(), kind, m))
    found.sort(key=lambda f: (f[0], f[1]))
    atoms: list[_Atom] = []
    last_end = -1
    for start, neg_end, kind, m in found:
        if start < last_end:
            continue
        a = _atom(kind, m, toks)
        if a is not None:
            atoms.append(a)
            last_end = -neg_end
    return atoms


_Mention = tuple[int, int, _Atom, "_Atom | None"]


def _join(atoms: list[_Atom], text: str) -> list[_Mention]:
    """Weekday + date ("Thursday, 1 September") becomes one mention; two
    dates of one grain joined by "to", "and" or a dash become a range."""
    out: list[_Mention] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        gap = text[a.end : b.start] if b is not None else ""
        if b is not None and a.kind == "weekday" and not a.mod and b.kind == "day" and _WEEKDAY_GAP.fullmatch(gap):
            b.wd = a.n
            b.start = a.start
            i += 1
            continue
        if b is not None and a.kind == b.kind and a.kind in ("day", "month", "year") and _RANGE_GAP.fullmatch(gap):
            pre = _RANGE_PREFIX.search(text, max(0, a.start - 24), a.start)
            word = gap.strip().lower()
            # Without "from"/"between", "to" joins only when the second end names its year.
            joins = pre or (word != "and" and b.y is not None)
            ordered = a.y is None or b.y is None or (a.y, a.m, a.d) < (b.y, b.m, b.d)
            if joins and ordered:
                if a.kind != "month" or not (a.mod or b.mod):
                    out.append((pre.start() if pre else a.start, b.end, a, b))
                    i += 2
                    continue
        out.append((a.start, a.end, a, None))
        i += 1
    return out


def _direction(tok: Token | None) -> Direction:
    """Past, future or unknown, from the verb the expression hangs on."""
    h = tok
    for _ in range(4):
        if h is None or h.head is h:
            break
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            break
        if not (h.pos_ in ("ADP", "SCONJ") or h.dep_ == "acomp" or h.lower_ in _TEMPORAL_NOUNS):
            return "any"
    if h is None or h.pos_ not in ("VERB", "AUX"):
        return "any"
    # Auxiliaries sit just before their verb; a fixed window keeps this O(1) per mention.
    auxes = [t for t in h.doc[max(0, h.i - 4) : h.i] if t.head.i == h.i and t.dep_ in ("aux", "auxpass")]
    if h.lower_ in _FUTURE_AUX or any(c.lower_ in _FUTURE_AUX for c in auxes):
        return "future"
    if h.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" or c.lower_ in ("has", "have") for c in auxes):
        return "past"
    return "any"


def _iso(y: int, m: int = 0, d: int = 0) -> str:
    if not 1 <= y <= 9999:
        raise ValueError(y)  # ISO years need four digits
    return f"{y:04d}-{m:02d}-{d:02d}" if d else f"{y:04d}-{m:02d}" if m else f"{y:04d}"


def _pick_day(a: _Atom, pub: date, way: Direction) -> date | None:
    days = [date(y, a.m, a.d) for y in (pub.year - 1, pub.year, pub.year + 1)
            if 1 <= y <= 9999 and a.d <= monthrange(y, a.m)[1]]
    if a.wd is not None:  # "Wednesday, 31 August" picks the year where that is a Wednesday
        days = [d for d in days if d.weekday() == a.wd] or days
    if not days:
        return None  # 29 February in no nearby year
    if way == "past":
        return max([d for d in days if d <= pub] or days[:1])
    if way == "future":
        return min([d for d in days if d >= pub] or days[-1:])
    return min(days, key=lambda d: (abs((d - pub).days), d))


def _pick_month(a: _Atom, pub: date, way: Direction) -> int:
    """Month number since year 0 of the month named without a year."""
    now = pub.year * 12 + pub.month - 1
    cands = [(pub.year + k) * 12 + a.m - 1 for k in (-1, 0, 1)]
    if a.mod == "this":
        return pub.year * 12 + a.m - 1
    if a.mod == "last" or (not a.mod and way == "past"):
        return max(c for c in cands if c < now or (c == now and not a.mod))
    if a.mod == "next" or way == "future":
        return min(c for c in cands if c > now or (c == now and not a.mod))
    return min(cands, key=lambda c: (abs(c - now), c))


def _resolve(a: _Atom, pub: date | None, way: Direction) -> tuple[str | None, Anchor | None]:
    if a.kind == "years":
        return f"{_iso(a.y or 0)}/{_iso(a.d2)}", "absolute"
    if a.kind in ("year", "month", "day", "days") and a.y is not None:
        if a.kind in ("day", "days") and not 1 <= max(a.d, a.d2) <= monthrange(a.y, a.m)[1]:
            return None, None  # "29 February 2019", "31 April": found as a date, but no such day
        if a.kind == "days":
            return f"{_iso(a.y, a.m, a.d)}/{_iso(a.y, a.m, a.d2)}", "absolute"
        return _iso(a.y, a.m, a.d), "absolute"
    if pub is None:
        return None, None
    if a.kind in ("day", "days"):
        day = _pick_day(a, pub, way)
        if day is None:
            return None, None
        if a.kind == "days":
            if a.d2 > monthrange(day.year, a.m)[1]:
                return None, None
            return f"{_iso(day.year, a.m, a.d)}/{_iso(day.year, a.m, a.d2)}", "published"
        return day.isoformat(), "published"
    if a.kind == "relmonth":
        return _iso(pub.year + a.n, a.m), "published"
    if a.kind == "month":
        k = _pick_month(a, pub, way)
        return _iso(k // 12, k % 12 + 1), "published"
    if a.kind == "weekday":
        back = (pub.weekday() - a.n) % 7
        if a.mod == "last" or (a.mod != "next" and way != "future"):
            day = pub - timedelta(days=back or (7 if a.mod == "last" else 0))
        else:
            ahead = (a.n - pub.weekday()) % 7
            day = pub + timedelta(days=ahead or (7 if a.mod == "next" else 0))
        return day.isoformat(), "published"
    if a.mod == "day":
        return (pub + timedelta(days=a.n)).isoformat(), "published"
    if a.mod == "week":
        iy, iw, _ = (pub + timedelta(weeks=a.n)).isocalendar()
        return f"{iy:04d}-W{iw:02d}", "published"
    if a.mod == "month":
        k = pub.year * 12 + pub.month - 1 + a.n
        return _iso(k // 12, k % 12 + 1), "published"
    return _iso(pub.year + a.n), "published"


def _borrow_year(a: _Atom, b: _Atom, b_value: str | None) -> None:
    """"from 5 May to 16 June 2022": the first end takes the second's year."""
    if a.y is not None or b_value is None or a.kind not in ("day", "month"):
        return
    by, bm = int(b_value[:4]), int(b_value[5:7]) if len(b_value) >= 7 else 12
    bd = int(b_value[8:10]) if len(b_value) >= 10 else 31
    a.y = by - 1 if (a.m, a.d) > (bm, bd) else by


def find_dates(doc: Doc, published: date | str | None) -> tuple[DateMention, ...]:
    """Temporal expressions in ``doc``, in text order, ids "d1", "d2", ...

    ``published`` may be a date, "YYYY-MM-DD" or an ISO timestamp; a
    malformed string raises InputError [CG030].
    """
    pub = parse_published(published)
    text = doc_text(doc)
    toks = _Tokens(doc)
    out: list[DateMention] = []
    for start, end, a, b in _join(_candidates(text, toks), text):
        try:
            way = _direction(toks.root(start, end)) if a.y is None or (b is not None and b.y is None) else "any"
            if b is None:
                value, anchor = _resolve(a, pub, way)
            else:
                b_value, b_anchor = _resolve(b, pub, way)
                _borrow_year(a, b, b_value)
                a_value, a_anchor = _resolve(a, pub, way)
                both = a_value is not None and b_value is not None
                value = f"{a_value}/{b_value}" if both else None
                anchor = ("absolute" if a_anchor == b_anchor == "absolute" else "published") if both else None
        except (OverflowError, ValueError):
            value, anchor = None, None  # a publication date at the edge of the calendar
        out.append(DateMention(id=f"d{len(out) + 1}", span=Span(start, end), value=value, anchor=anchor))
    return tuple(out)

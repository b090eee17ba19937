"""Figures: every number in a document, its value, measure and what it counts.

Conventions (the gold set ``tests/gold/figures.jsonl`` follows them):

* ``span`` covers the number with its currency sign or code, multiplier,
  percent word and measure unit ("$2.4 million", "40 per cent", "48-page",
  "2.3 km", "45-year-old", "minus 12 degrees"); never the qualifier
  ("about") nor the counted noun.
* A figure either measures or counts, never both. ``unit`` is an ISO
  currency code, "percent", "percentage point", "fraction" or a noun from a
  closed list of measures, singular as written ("page", "year", "km",
  "kilometre", "tonne"); ``counts`` is the head noun the number enumerates,
  as written ("people"; "officers" in "500 police officers"; "member" in
  "27-member bloc"), and None whenever there is a unit: "48-page report" is
  48, unit "page", counts None; "4,000 tonnes of wheat" is unit "tonne".
* ``approximate`` is true for approximators ("about", "nearly", "some", "an
  estimated") and for bounds ("more than", "at least", "up to", "over",
  "18 and over"): neither gives the exact value. ``qualifier`` is the word
  as written.
* A range ("20 to 30 people", "between 20 and 30", "3-18 months") is two
  figures, low and high, both approximate (each is a bound), sharing the
  unit and counted noun. "Rose from 3 to 5 per cent" is two exact values.
* Ages are figures in years: "aged 45", "a 45-year-old", "Mr Patel, 58,".
* Fractions ("half of", "a third", "two-thirds") have unit "fraction" and a
  value in [0, 1]; vague plurals ("hundreds of", "dozens") are not figures.
* Not figures: years and dates ("2017", "May 3", "the 1990s", "a 2019
  report", "three years ago"), times ("5 p.m."), ordinals, phone numbers,
  identifiers ("paragraph 45", "Boeing 737", "Covid-19"), list numbering,
  and "one" as a pronoun ("one of them", "the one who").
* ``part_of``: "26 of these interviewees" is part of the latest earlier
  figure, within two sentences, that counts more things; "three of the
  five judges" of "five"; "Of the 58 facilities visited, 17 ..." of "58".
* "m" after a number is million ("£3m", "2m members"), as in British news;
  "lakh" and "crore" are 10^5 and 10^7.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.attrs import IDX, LOWER

from ..model import Figure, Span
from .doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_figures"]

_NUM = re.compile(r"(?P<sign>[-−])?(?P<cur>[A-Z]{0,2}\$|£|€|¥|₹)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                  r"(?P<mult>k|m|mn|bn|tn|trn)?")
# Three or more digit groups, or a leading "+": phone numbers, not quantities.
_PHONE = re.compile(r"\+\d[\d \-().]{5,}\d|\(?\b\d{2,5}\)?(?:[ \-.]\d{2,5}){2,}\b")

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_SMALL.update({w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)})
_SCALE = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12.0,
          "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7}
_FRACTION = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
             "fifths": 5, "tenth": 10, "tenths": 10}
_CUR_SIGN = {"$": "USD", "US$": "USD", "USD": "USD", "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR",
             "¥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "Rs": "INR", "Rs.": "INR", "INR": "INR",
             "₹": "INR", "HK$": "HKD", "HKD": "HKD", "S$": "SGD", "SGD": "SGD", "A$": "AUD", "AU$": "AUD",
             "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "NZ$": "NZD", "CHF": "CHF", "R$": "BRL",
             "₩": "KRW", "₽": "RUB", "RUB": "RUB"}
_CUR_WORD = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
             "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR",
             "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "franc": "CHF", "francs": "CHF"}
_TIME_UNITS = {"second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
               "month": "month", "year": "year", "decade": "decade", "century": "century"}
_UNITS = dict(_TIME_UNITS)
for _w in ("page km kilometre kilometer mile metre meter cm mm kg kilogram gram tonne ton litre liter gallon "
           "barrel hectare acre degree foot inch ounce knot mph mw gw kw kwh gwh twh watt megawatt gigawatt").split():
    _UNITS[_w] = _w
_UNITS.update({w + "s": u for w, u in list(_UNITS.items())})
_UNITS.update({"feet": "foot", "inches": "inch", "centuries": "century", "kms": "km", "kgs": "kg"})
_MONTHS = set("january february march april may june july august september october november december jan feb "
              "mar apr jun jul aug sep sept oct nov dec".split())
_CLOCK = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "o’clock", "gmt", "bst", "utc", "cet", "et", "hrs", "h"}
_ID_WORDS = {"no.", "nos.", "para", "para.", "paras", "art.", "p.", "pp.", "vol.", "fig.", "sec.", "§", "#"}
_PHONE_VERBS = {"call", "dial", "phone", "telephone", "ring", "text", "fax", "tel", "tel.", "hotline"}
_QUALIFIERS = sorted((tuple(q.split()) for q in (
    "more than|less than|fewer than|at least|at most|up to|as many as|as much as|as few as|close to|"
    "upwards of|in excess of|an estimated|just over|just under|well over|well under|nearly|almost|about|"
    "around|approximately|roughly|some|over|under|estimated|circa|c.|approx.|above|below").split("|")),
    key=len, reverse=True)
_NAMED = {"FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "ORG", "PERSON", "GPE", "LOC"}
_CHANGE = {"rise", "fall", "increase", "decrease", "drop", "grow", "climb", "decline", "jump", "cut", "raise",
           "reduce", "go", "surge", "slip", "slide", "up", "down", "move"}
# after the number: "aged 18 and over", "40 or more"
_POST_BOUNDS = {("and", "over"), ("or", "over"), ("or", "more"), ("and", "above"), ("or", "older"), ("and", "older")}
_ANAPHORA = {"these", "those", "them", "whom", "which"}
_STREETS = {"street", "st", "st.", "road", "rd", "avenue", "ave", "lane", "boulevard", "drive", "square", "place"}


@dataclass(frozen=True)
class _Raw:
    lo: int  # first token of the span
    hi: int  # one past its last token
    core: tuple[int, int]  # the number's own tokens
    value: float
    unit: str | None
    qualifier: str | None
    drop: str | None  # why this is no figure ("date", "time", ...); a range partner inherits it
    counts: int | None = None
    ranged: bool = False


def _core(doc: Doc, i: int) -> tuple[int, float, str | None, bool] | None:
    """The number starting at token i: (end, value, glued currency, is fraction), or None."""
    tok, n = doc[i], len(doc)
    low = tok.lower_
    first = tok.text[0]
    if first.isdigit() or first in "$£€¥₹-−" or (first.isupper() and "$" in tok.text):
        m = _NUM.fullmatch(tok.text)
        if m is None:
            return None
        value = float(m["num"].replace(",", "")) * (-1 if m["sign"] else 1)
        j = i + 1
        if m["mult"]:
            value *= _SCALE[m["mult"]]
        elif j < n and doc[j].lower_ in _SCALE and (not tok.whitespace_ or len(doc[j]) > 3):
            value *= _SCALE[doc[j].lower_]
            j += 1
        return j, value, _CUR_SIGN.get(m["cur"] or ""), False
    if low == "half":
        ok = i + 1 < n and doc[i + 1].lower_ == "of" and (i == 0 or doc[i - 1].pos_ not in ("DET", "ADJ", "NUM"))
        return (i + 1, 0.5, None, True) if ok else None
    if low in ("a", "an"):
        if i + 1 < n and doc[i + 1].lower_ in _FRACTION and doc[i + 1].lower_ != "half" and i + 2 < n \
                and doc[i + 2].lower_ in ("of", "in", "on", "from", "since", "to", "."):
            return i + 2, 1 / _FRACTION[doc[i + 1].lower_], None, True
        if not (i + 1 < n and doc[i + 1].lower_ in ("hundred", "thousand", "million", "billion", "dozen")):
            return None
    elif low not in _SMALL:
        return None
    total, current, j = 0.0, 0.0, i
    while j < n:
        w = doc[j].lower_
        if w in _SMALL and (j == i or doc[j - 1].lower_ in _SCALE or doc[j - 1].text in ("-", "and")):
            current += _SMALL[w]
        elif w in ("a", "an") and j == i:
            current = 1
        elif w in ("hundred", "dozen") and j > i:
            current = (current or 1) * _SCALE[w]
        elif w in ("thousand", "million", "billion", "trillion") and j > i:
            total, current = total + (current or 1) * _SCALE[w], 0.0
        elif w in _FRACTION and w not in ("half", "halves") and j > i and doc[j - 1].lower_ in _SMALL.keys() | {"-"}:
            return j + 1, (total + current) / _FRACTION[w], None, True
        elif w == "-" and not doc[j - 1].whitespace_ and j + 1 < n and (
                doc[j + 1].lower_ in _SMALL or doc[j + 1].lower_ in _FRACTION) and doc[j - 1].lower_ in _SMALL:
            pass
        elif w == "and" and doc[j - 1].lower_ == "hundred" and j + 1 < n and doc[j + 1].lower_ in _SMALL:
            pass
        else:
            break
        j += 1
    return j, total + current, None, False


def _unit_after(doc: Doc, k: int) -> tuple[int, str | None, str | None]:
    """(end token, unit, currency) of what follows the number at token k."""
    n = len(doc)
    if k >= n:
        return k, None, None
    w = doc[k].lower_
    nxt = doc[k + 1].lower_ if k + 1 < n else ""
    if w in ("%", "percent", "pct"):
        return k + 1, "percent", None
    if w == "per" and nxt == "cent":
        return k + 2, "percent", None
    if w == "percentage" and nxt in ("point", "points"):
        return k + 2, "percentage point", None
    if w in _CUR_WORD and not (w.startswith("pound") and nxt == "of"):
        return k + 1, None, _CUR_WORD[w]
    if w == "-" and not doc[k - 1].whitespace_ and nxt in _UNITS:
        end = k + 2
        if end + 1 < n and doc[end].text == "-" and doc[end + 1].lower_ == "old":
            end += 2
        return end, _UNITS[nxt], None
    if w in _UNITS:
        return k + 1, _UNITS[w], None
    return k, None, None


def _qualifier(doc: Doc, lo: int, unit: str | None) -> str | None:
    """The approximator or bound right before the span, as written."""
    words = [t.lower_ for t in doc[max(0, lo - 3):lo]]
    for q in _QUALIFIERS:
        if tuple(words[-len(q):]) == q and len(words) >= len(q):
            start = lo - len(q)
            # "over two days" is a stretch of time, "for over ten years" a bound
            if q[0] in ("over", "under") and unit in _TIME_UNITS.values() and (
                    start == 0 or doc[start - 1].lower_ != "for"):
                return None
            return doc[start:lo].text
    return None


def _why_not(doc: Doc, lo: int, c0: int, c1: int, hi: int, value: float, unit: str | None,
             cur: str | None, phones: list[tuple[int, int]]) -> str | None:
    """Why the number is no figure (a date, a time ...), or None when it is one."""
    tok, n = doc[c0], len(doc)
    prev = doc[lo - 1] if lo > 0 else None
    nxt = doc[hi] if hi < n else None
    plain = c1 - c0 == 1 and tok.text[0].isdigit() and unit is None and cur is None
    if any(s <= tok.idx < e for s, e in phones):
        return "phone"
    if plain and tok.text[0] == "0" and len(tok.text) > 1 and tok.text[1].isdigit():
        return "code"
    if prev is not None and prev.lemma_.lower() in _PHONE_VERBS and plain:
        return "phone"
    if nxt is not None and nxt.lower_ in _CLOCK and cur is None:
        return "time"
    if nxt is not None and nxt.lower_ in ("ago", "earlier", "later") and unit in _TIME_UNITS.values():
        return "date"  # "three years ago" is a relative date, the dates extractor's business
    if plain and value == int(value) and 1 <= value <= 31 and (
            (nxt is not None and nxt.lower_ in _MONTHS and nxt.text[0].isupper())
            or (prev is not None and prev.lower_ in _MONTHS and prev.text[0].isupper())):
        return "date"
    if plain and len(tok.text) == 4 and 1000 <= value <= 2100:
        head = tok.head
        counted = head.i == hi and head.tag_ in ("NNS", "NNPS") and tok.dep_ == "nummod"
        if not counted or (prev is not None and prev.pos_ in ("DET", "ADP", "PRON")):
            return "year"
    if tok.lower_ == "one" and c1 - c0 == 1 and unit is None and not (
            tok.dep_ == "nummod" and tok.head.i > tok.i
            and (prev is None or prev.lower_ not in ("the", "this", "that", "no", "every", "any"))):
        return "pronoun"
    if nxt is not None and nxt.pos_ == "PROPN" and any(
            t.lower_ in _STREETS for t in doc[hi + 1:hi + 3] if t.pos_ == "PROPN"):
        return "address"
    counting = _counted(doc, c0, c1, hi) == hi
    if prev is not None and unit is None:
        if not counting and (prev.lower_ in _ID_WORDS or (
                prev.pos_ in ("NOUN", "PROPN") and prev.lower_ not in ("age", "aged") and prev.text[0] != "$")):
            return "identifier"  # "paragraph 45", "Boeing 737", "Day 1"
        if prev.text == "-" and not prev.whitespace_ and lo > 1 and doc[lo - 2].is_alpha \
                and doc[lo - 2].lower_ not in _SMALL:
            return "identifier"  # "Covid-19", "high-five"
    if tok.ent_type_ in _NAMED:
        for j in (c0 - 1, hi):
            if 0 <= j < n and doc[j].ent_type_ == tok.ent_type_ and doc[j].is_alpha and doc[j].text[0].isupper() \
                    and doc[j].lower_ not in _SMALL and doc[j].lower_ not in _SCALE:
                return "name"
    if plain and (prev is None or "\n" in prev.whitespace_ or prev.is_space) and nxt is not None \
            and nxt.text in (".", ")"):
        return "numbering"
    return None


def _counted(doc: Doc, c0: int, c1: int, hi: int) -> int | None:
    """The noun the number enumerates, when the parse has it right after the number."""
    for t in doc[c0:c1]:
        h = t.head
        if hi <= h.i <= hi + 4 and h.pos_ in ("NOUN", "PROPN") and t.dep_ in (
                "nummod", "quantmod", "compound", "amod", "nmod") and h.lower_ not in _UNITS:
            return h.i
    return None


def _of_noun(doc: Doc, lo: int, hi: int) -> Token | None:
    """The noun after "of" in "26 of these interviewees" / "half of the 600 staff"."""
    for t in doc[lo:hi]:
        for child in t.rights:
            if child.lower_ == "of" and child.dep_ == "prep":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
    return None


def _ranges(raws: list[_Raw], doc: Doc) -> list[_Raw]:
    """Pair "20 to 30", "between 20 and 30", "3-18": share unit, counts and drop reasons."""
    out = list(raws)
    for a in range(len(out) - 1):
        x, y = out[a], out[a + 1]
        if y.lo - x.hi != 1 or y.qualifier is not None:
            continue
        link = doc[x.hi].lower_
        before = doc[x.lo - 1] if x.lo > 0 else None
        if link in ("and", "or", ",", "to", "-", "–") and (x.drop or y.drop) in ("date", "year", "time"):
            drop = x.drop or y.drop  # "25 and 26 December", "from 4 to 15 March", "2024-25"
            out[a], out[a + 1] = replace(x, drop=drop), replace(y, drop=drop)
            continue
        if link == "and" and (before is None or before.lower_ != "between"):
            continue
        if link not in ("to", "-", "–", "and"):
            continue
        if link == "to" and (doc[x.hi].head.lemma_ in _CHANGE or (
                before is not None and before.lower_ == "from" and before.head.lemma_ in _CHANGE)):
            continue  # "rose from 3 to 5 per cent", "fell 4.5% to $12.30": two values, not a range
        if x.unit is not None and y.unit is not None and x.unit != y.unit:
            continue
        drop = x.drop or y.drop
        if drop is None and y.value < x.value and y.unit is None:
            continue  # "won 52 to 48": a tally, not a range
        unit, counts = x.unit or y.unit, x.counts if x.counts is not None else y.counts
        scale, bare = doc[y.core[1] - 1].lower_, _NUM.fullmatch(doc[x.core[0]].text)
        if x.core[1] - x.core[0] == 1 and y.core[1] - y.core[0] > 1 and scale in _SCALE and bare and not bare["mult"]:
            x = replace(x, value=x.value * _SCALE[scale])  # "$2-3 million": the multiplier is shared
        out[a] = replace(x, unit=unit, counts=counts if unit is None else None, drop=drop, ranged=True)
        out[a + 1] = replace(y, unit=unit, counts=counts if unit is None else None, drop=drop, ranged=True)
    return out


_START_CHARS = frozenset("0123456789$£€¥₹-−")


def _starts(doc: Doc, text: str) -> list[int]:
    """Tokens where a number may start, found from offsets and word hashes so that
    the other tokens (nineteen in twenty) never become Python objects."""
    strings = doc.vocab.strings
    words = {strings.add(w) for w in ("half", "a", "an", *_SMALL)}
    rows = doc.to_array([IDX, LOWER]).tolist()
    out = []
    for k, (idx, low) in enumerate(rows):
        end = rows[k + 1][0] if k + 1 < len(rows) else len(text)
        if text[idx] in _START_CHARS or low in words or (text[idx].isupper() and "$" in text[idx:end]):
            out.append(k)
    return out


def find_figures(doc: Doc) -> tuple[Figure, ...]:
    """Every figure in ``doc``, in text order, ids "f1", "f2", ..."""
    text = doc_text(doc)
    phones = [m.span() for m in _PHONE.finditer(text)]
    raws: list[_Raw] = []
    done = 0
    for i in _starts(doc, text):
        if i < done:
            continue
        core = _core(doc, i)
        if core is None:
            continue
        c1, value, cur, fraction = core
        lo = i - 1 if i > 0 and cur is None and doc[i - 1].text in _CUR_SIGN else i
        if lo < i:
            cur = _CUR_SIGN[doc[lo].text]
        hi, unit, word_cur = (c1, None, None) if fraction else _unit_after(doc, c1)
        cur = cur or word_cur
        unit = "fraction" if fraction else (cur or unit)
        prev = doc[lo - 1] if lo > 0 else None
        if unit is None and prev is not None and (prev.lower_ in ("aged", "age") or (
                prev.text == "," and doc[hi:hi + 1].text in (",", ".") and lo > 1
                and doc[lo - 2].pos_ in ("NOUN", "PROPN") and value == int(value) and value < 120)):
            unit = "year"
        if lo > 0 and doc[lo - 1].lower_ == "minus":
            lo, value = lo - 1, -value
        qualifier = _qualifier(doc, lo, unit)
        if qualifier is None and tuple(t.lower_ for t in doc[hi:hi + 2]) in _POST_BOUNDS:
            qualifier = doc[hi:hi + 2].text
        drop = _why_not(doc, lo, i, c1, hi, value, unit, cur, phones)
        counts = _counted(doc, i, c1, hi) if unit is None else None
        raws.append(_Raw(lo, hi, (i, c1), value, unit, qualifier, drop, counts))
        done = max(hi, i + 1)
    raws = [r for r in _ranges(raws, doc) if r.drop is None]
    raws.sort(key=lambda r: r.lo)
    ids = {r.lo: f"f{k}" for k, r in enumerate(raws, 1)}
    by_token = {t: r for r in raws for t in range(r.core[0], r.core[1])}
    figures: list[Figure] = []
    for r in raws:
        counts = r.counts
        part: _Raw | None = None
        obj = _of_noun(doc, r.lo, r.hi)
        if obj is not None:
            if r.unit is None and counts is None and obj.pos_ in ("NOUN", "PROPN"):
                counts = obj.i
            part = next((by_token[c.i] for c in obj.children if c.i in by_token and c.dep_ == "nummod"), None)
            if part is None and (obj.lower_ in _ANAPHORA or any(
                    c.dep_ == "det" and c.lower_ in _ANAPHORA for c in obj.children)):
                part = _antecedent(raws, r, doc)
            elif part is None and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
                # "the workers" refers back only when an earlier figure counts workers
                part = _antecedent(raws, r, doc, obj.lemma_.lower())
        else:
            part = _fronted_of(doc, r, by_token)
        if part is None and r.lo >= 2 and doc[r.lo - 2].lower_ == "of" and doc[r.lo - 1].lower_ in ("whom", "which"):
            part = _antecedent(raws, r, doc)
        cs = doc[counts] if counts is not None else None
        figures.append(Figure(
            id=ids[r.lo], span=Span(doc[r.lo].idx, doc[r.hi - 1].idx + len(doc[r.hi - 1])), value=r.value,
            unit=r.unit, counts=None if cs is None else cs.text,
            counts_span=None if cs is None else Span(cs.idx, cs.idx + len(cs)),
            approximate=r.qualifier is not None or r.ranged, qualifier=r.qualifier,
            part_of=None if part is None else ids[part.lo]))
    return tuple(figures)


def _antecedent(raws: list[_Raw], r: _Raw, doc: Doc, lemma: str | None = None) -> _Raw | None:
    """The latest earlier figure, within two sentences, that counts more things than ``r``."""
    sent_start = doc[r.lo].sent.start
    floor = doc[sent_start - 1].sent.start if sent_start > 0 else 0
    floor = doc[floor - 1].sent.start if floor > 0 else 0
    for cand in reversed(raws):
        if cand.lo >= r.lo or cand.lo < floor:
            continue
        if cand.unit is None and cand.value > r.value and (
                lemma is None or (cand.counts is not None and doc[cand.counts].lemma_.lower() == lemma)):
            return cand
    return None


def _fronted_of(doc: Doc, r: _Raw, by_token: dict[int, _Raw]) -> _Raw | None:
    """"Of the 58 facilities visited, 17 lacked ...": the "of" hangs on the verb, left of the figure."""
    head = doc[r.core[1] - 1].head
    for child in head.lefts:
        if child.lower_ == "of" and child.dep_ == "prep" and child.i < r.lo:
            for obj in child.children:
                for c in obj.children:
                    if c.i in by_token and c.dep_ == "nummod":
                        return by_token[c.i]
    return None

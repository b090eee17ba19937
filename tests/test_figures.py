"""Figures (issue #3): a table of texts and the figures they must give, a
property test on well-formedness, and a gate on the figures gold set."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.extract.figures import find_figures
from claimgraph.goldsets import read_gold
from claimgraph.goldsets.figures import locate, score_figures
from claimgraph.nlp import load_model

GOLD = Path(__file__).parent / "gold" / "figures.jsonl"

NUMBER_WORDS = set(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion dozen half third thirds quarter quarters fifth fifths tenth tenths".split())


@pytest.fixture(scope="module")
def nlp():
    return load_model()


# text -> [(surface, value, unit, counts, approximate, qualifier, part_of surface)]
TABLE = [
    ("Ms Bachelet's office held interviews with 40 people. It said 26 of these interviewees had been detained.",
     [("40", 40, None, "people", False, None, None), ("26", 26, None, "interviewees", False, None, "40")]),
    ("China has about 11 million Uighurs in Xinjiang.",
     [("11 million", 11e6, None, "Uighurs", True, "about", None)]),
    ("The strongly worded 48-page report was released late.", [("48-page", 48, "page", None, False, None, None)]),
    ("The project cost $2.4 million.", [("$2.4 million", 2.4e6, "USD", None, False, None, None)]),
    ("Prices rose 3 per cent last year.", [("3 per cent", 3, "percent", None, False, None, None)]),
    ("Inflation hit 40% in the spring.", [("40%", 40, "percent", None, False, None, None)]),
    ("The ministry raised 1.5bn from the sale.", [("1.5bn", 1.5e9, None, None, False, None, None)]),
    ("The club paid £3m for the striker.", [("£3m", 3e6, "GBP", None, False, None, None)]),
    ("A ticket costs €40.", [("€40", 40, "EUR", None, False, None, None)]),
    ("There were 1,200 complaints.", [("1,200", 1200, None, "complaints", False, None, None)]),
    ("Forty soldiers were hurt.", [("Forty", 40, None, "soldiers", False, None, None)]),
    ("Two dozen houses burned down.", [("Two dozen", 24, None, "houses", False, None, None)]),
    ("Between 20 and 30 people were hurt.",
     [("20", 20, None, "people", True, None, None), ("30", 30, None, "people", True, None, None)]),
    ("Three of the five judges agreed.",
     [("Three", 3, None, "judges", False, None, "five"), ("five", 5, None, "judges", False, None, None)]),
    ("Ms Bachelet's four-year term ended.", [("four-year", 4, "year", None, False, None, None)]),
    ("The man, aged 45, was released.", [("45", 45, "year", None, False, None, None)]),
    ("More than 200 people fled.", [("200", 200, None, "people", True, "More than", None)]),
    ("At least 12 people died.", [("12", 12, None, "people", True, "At least", None)]),
    ("The fund will pay up to $5,000 per family.", [("$5,000", 5000, "USD", None, True, "up to", None)]),
    ("An estimated 3,000 children are missing.", [("3,000", 3000, None, "children", True, "An estimated", None)]),
    ("A third of the staff quit.", [("A third", 1 / 3, "fraction", None, False, None, None)]),
    ("The ministry will spend 5 billion yuan.", [("5 billion yuan", 5e9, "CNY", None, False, None, None)]),
    ("Voters gave the measure 2.5 percentage points more.",
     [("2.5 percentage points", 2.5, "percentage point", None, False, None, None)]),
    ("Shares fell 4.5% to $12.30.",
     [("4.5%", 4.5, "percent", None, False, None, None), ("$12.30", 12.3, "USD", None, False, None, None)]),
    ("Prices rose from 3 to 5 per cent.",
     [("3", 3, None, None, False, None, None), ("5 per cent", 5, "percent", None, False, None, None)]),
    ("Temperatures fell to minus 12 degrees.", [("minus 12 degrees", -12, "degree", None, False, None, None)]),
    ("The state set aside Rs 4,500 crore.", [("Rs 4,500 crore", 4.5e10, "INR", None, False, None, None)]),
    ("The survey covered adults aged 18 and over.", [("18", 18, "year", None, True, "and over", None)]),
    ("Police held 43 people, 11 of whom were charged.",
     [("43", 43, None, "people", False, None, None), ("11", 11, None, None, False, None, "43")]),
    ("Of the 58 facilities visited, 17 lacked water.",
     [("58", 58, None, "facilities", False, None, None), ("17", 17, None, None, False, None, "58")]),
    ("Roughly 70% of the 3,000 workers are women.",
     [("70%", 70, "percent", None, True, "Roughly", "3,000"), ("3,000", 3000, None, "workers", False, None, None)]),
    ("The repairs will cost $2-3 million.",
     [("$2", 2e6, "USD", None, True, None, None), ("3 million", 3e6, "USD", None, True, None, None)]),
    ("The office is closed on 25 and 26 December.", []),
    ("The visit ran from 4 to 15 March.", []),
    ("The plan covers 2024-25.", []),
    ("He spoke outside 10 Downing Street.", []),
    ("The scheme began three years ago.", []),
    ("It was published in 2019.", []),
    ("The meeting is on May 3.", []),
    ("He was the second speaker.", []),
    ("He finished 1st in the race.", []),
    ("The talks began at 5 p.m. on Friday.", []),
    ("Growth was strong in the 1990s.", []),
    ("A 2019 report found otherwise.", []),
    ("One of them was arrested.", []),
    ("The one who spoke first left.", []),
    ("Call 020 7946 0321 for details.", []),
    ("Hundreds of people gathered and dozens were arrested.", []),
    ("The second half of the year was calmer.", []),
    ("Paragraph 45 of the report refers to Covid-19.", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t[:40] or "empty" for t, _ in TABLE])
def test_table(nlp, text, expected):
    figures = find_figures(nlp(text))
    got = [(text[f.span.start:f.span.end], f.value, f.unit, f.counts, f.approximate, f.qualifier, f.part_of)
           for f in figures]
    by_id = {f.id: text[f.span.start:f.span.end] for f in figures}
    want = [(s, pytest.approx(v), u, c, a, q, None if p is None else next(i for i, x in by_id.items() if x == p))
            for s, v, u, c, a, q, p in expected]
    assert got == want, [f.to_dict() for f in figures]
    for f in figures:
        if f.counts is not None:
            assert f.counts_span is not None and text[f.counts_span.start:f.counts_span.end] == f.counts


FRAGMENTS = ["The report said", "about", "more than", "40 people", "26 of them", "in 2019", "on May 3",
             "$2.4 million", "£3m", "3 per cent", "a 48-page report", "forty", "two dozen", "at 5 p.m.",
             "the second", "one of them", "1,200", "1.5bn", "20 to 30", "aged 45", "a third of", "half of",
             "call 020 7946 0321", "the 1990s", "were detained", ",", ".", "and", "\n", "Beijing", "US$", "%",
             "Article 5", "-", "year", "a", "one", "million", "0", "99th", "€", "per cent of the"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14))
def test_figures_are_well_formed(nlp, parts):
    text = " ".join(parts)
    figures = find_figures(nlp(text))
    ids = [f.id for f in figures]
    assert ids == [f"f{k}" for k in range(1, len(figures) + 1)]
    starts = [f.span.start for f in figures]
    assert starts == sorted(starts)
    for f in figures:
        assert 0 <= f.span.start < f.span.end <= len(text)
        surface = text[f.span.start:f.span.end]
        assert re.search(r"\d", surface) or set(re.findall(r"[a-z]+", surface.lower())) & NUMBER_WORDS, surface
        assert f.part_of is None or f.part_of in ids
        if f.counts_span is not None:
            assert text[f.counts_span.start:f.counts_span.end] == f.counts


def test_gold_surfaces_locate():
    for item in read_gold(GOLD):
        for g in item["figures"]:
            start, end = locate(item["text"], g["surface"], int(g.get("occurrence", 0)))
            assert item["text"][start:end] == g["surface"]
            assert g["part_of"] is None or g["part_of"] in item["text"]
        assert item["genre"] in ("news", "report", "press")


def test_gold_gate():
    metrics = score_figures(read_gold(GOLD))
    assert metrics["n_gold"] >= 120 and metrics["n_items"] >= 80
    # measured 1.000 and 0.986 on 157 items / 215 figures; floors leave room for harder gold
    assert metrics["value_exact"] >= 0.95, metrics["errors"]
    assert metrics["exact_rate"] >= 0.95, metrics["errors"]

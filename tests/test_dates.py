"""The dates extractor: a table of expressions, the traps that are not dates,
publication-date handling, properties on arbitrary text, and the gold-set gate."""

from __future__ import annotations

import json
import re
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.errors import InputError
from claimgraph.extract.dates import find_dates, parse_published
from claimgraph.goldsets import read_gold
from claimgraph.goldsets.dates import score_dates
from claimgraph.nlp import load_model, parse

GOLD = Path(__file__).parent / "gold" / "dates.jsonl"
THU = "2022-09-01"  # a Thursday


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    load_model()


def _found(text: str, published: object) -> list[tuple[str, str | None]]:
    return [(m.span.text(text), m.value) for m in find_dates(parse(text), published)]  # type: ignore[arg-type]


TABLE = [
    # a day that no calendar has is found but given no value
    ("The talks ended on 29 February 2019, officials said.", THU, [("29 February 2019", None)]),
    ("The audit covered 30-31 April 2021.", THU, [("30-31 April 2021", None)]),
    ("The vote was held on 29 February 2020.", THU, [("29 February 2020", "2020-02-29")]),
    # weekdays: back to the latest such day, the same day included; forward when future
    ("The ministry said on Thursday that talks had failed.", THU, [("Thursday", "2022-09-01")]),
    ("The report was released on Wednesday.", THU, [("Wednesday", "2022-08-31")]),
    ("The court will rule on Friday.", THU, [("Friday", "2022-09-02")]),
    ("Last Thursday, the court adjourned.", THU, [("Last Thursday", "2022-08-25")]),
    ("The minister travels to Rome next Thursday.", THU, [("next Thursday", "2022-09-08")]),
    ("The strikes began on Sunday, Aug. 28, and go on.", THU, [("Sunday, Aug. 28", "2022-08-28")]),
    ("The minister spoke at 5 p.m. on Monday.", THU, [("Monday", "2022-08-29")]),
    # months without a year: past verb back, future verb forward, otherwise nearest
    ("The commissioner visited Xinjiang in May.", THU, [("May", "2022-05")]),
    ("The agency will publish its findings in October.", THU, [("October", "2022-10")]),
    ("Protests erupted in December.", "2023-01-11", [("December", "2022-12")]),
    ("The deadline is Sept. 15, officials said.", THU, [("Sept. 15", "2022-09-15")]),
    ("In May of last year the plant closed.", THU, [("May of last year", "2021-05")]),
    ("May was the deadliest month so far.", THU, [("May", "2022-05")]),
    # absolute forms
    ("The bill was signed on September 1, 2022.", None, [("September 1, 2022", "2022-09-01")]),
    ("It was signed on 1 September 2022.", None, [("1 September 2022", "2022-09-01")]),
    ("Figures were published on 2022-08-15.", None, [("2022-08-15", "2022-08-15")]),
    ("The talks began in March 2021.", None, [("March 2021", "2021-03")]),
    ("The company was founded in 1887.", None, [("1887", "1887")]),
    ("A 2019 report reached the same view.", None, [("2019", "2019")]),
    ("Since mid-2020 prices have risen.", None, [("mid-2020", "2020")]),
    ("Displacement peaked in late 2019.", None, [("late 2019", "2019")]),
    ("Prices have doubled since 2014.", None, [("2014", "2014")]),
    ("Unemployment in the 1990s was high.", None, [("the 1990s", "1990/1999")]),
    # ranges
    ("Camps operated from at least 2017 to 2019.", None, [("from at least 2017 to 2019", "2017/2019")]),
    ("Detentions rose between 2015 and 2018.", None, [("between 2015 and 2018", "2015/2018")]),
    ("The inquiry covers the years 2015-2018.", None, [("2015-2018", "2015/2018")]),
    ("The 2019/20 season was cut short.", None, [("2019/20", "2019/2020")]),
    ("The mission visited from 5 to 16 December 2022.", None,
     [("from 5 to 16 December 2022", "2022-12-05/2022-12-16")]),
    ("The report covers January to June 2022.", None, [("January to June 2022", "2022-01/2022-06")]),
    # relative to publication
    ("Exports fell last year.", THU, [("last year", "2021")]),
    ("The bank said yesterday that rates would rise.", THU, [("yesterday", "2022-08-31")]),
    ("Today, the Government announced measures.", THU, [("Today", "2022-09-01")]),
    ("Earlier this month, the mayor promised reforms.", THU, [("Earlier this month", "2022-09")]),
    ("Officials expect a decision next month.", THU, [("next month", "2022-10")]),
    ("The airline resumes flights next week.", "2019-12-29", [("next week", "2020-W01")]),
    ("Two years ago, the council cut the budget.", THU, [("Two years ago", "2020")]),
    ("Negotiators hope for a deal by the end of the year.", THU, [("the end of the year", "2022")]),
    # no publication date: relative expressions kept, unresolved
    ("The talks resumed on Wednesday.", None, [("Wednesday", None)]),
    ("In May, the board approved the merger.", None, [("May", None)]),
    # not dates
    ("The president may announce sanctions.", THU, []),
    ("Her four-year term ended.", THU, []),
    ("Police said 2,017 people had been detained.", THU, []),
    ("The opposition won 1990 votes in the district.", THU, []),
    ("Theresa May told reporters she had no regrets.", THU, []),
    ("May I remind everyone that the vote is binding?", THU, []),
    ("The May Fourth Movement is commemorated in China.", THU, []),
    ("Trump 2020 banners lined the road.", THU, []),
    ("The fourth session met on 5th Avenue.", THU, []),
    ("The march began at noon.", THU, []),
    ("The Sunday Times reported the talks had failed.", THU, []),
    ("Shares fell 2.3 percent to 1,995 pence.", THU, []),
    ("Rainfall of 1950 millimetres was recorded.", THU, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), TABLE, ids=[t[0][:40] for t in TABLE])
def test_table(text: str, published: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text, published) == expected


def test_unresolved_keeps_span_and_absolute_still_resolves() -> None:
    text = "The treaty was ratified in 1998; talks resumed on Wednesday."
    ms = find_dates(parse(text), None)
    assert [(m.span.text(text), m.value, m.anchor, m.resolved) for m in ms] == [
        ("1998", "1998", "absolute", True), ("Wednesday", None, None, False)]
    assert [m.id for m in ms] == ["d1", "d2"]
    assert [m.anchor for m in find_dates(parse(text), THU)] == ["absolute", "published"]


@pytest.mark.parametrize("published", [date(2022, 9, 1), datetime(2022, 9, 1, 17, 5), THU,
                                       "2022-09-01T17:05:00Z", "2022-09-01T17:05:00+02:00", " 2022-09-01 "])
def test_published_forms(published: object) -> None:
    assert parse_published(published) == date(2022, 9, 1)  # type: ignore[arg-type]
    assert _found("It happened on Wednesday.", published) == [("Wednesday", "2022-08-31")]


@pytest.mark.parametrize("bad", ["2022-13-01", "01/09/2022", "yesterday", "", "2022-09-01Tnoon", 20220901])
def test_bad_published(bad: object) -> None:
    with pytest.raises(InputError, match=r"^\[CG030\]"):
        find_dates(parse("It happened on Wednesday."), bad)  # type: ignore[arg-type]


_VALUE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])")


def _valid(value: str) -> bool:
    parts = value.split("/")
    if len(parts) > 2 or not all(_VALUE.fullmatch(p) for p in parts):
        return False
    for p in parts:
        if len(p) == 10:
            date.fromisoformat(p)  # raises on 2022-02-30
    return len(parts) == 1 or parts[0] <= parts[1]


FRAGMENTS = ["May", "may", "March", "on Monday", "last", "next", "week", "year", "2019", "1990s", "2,017", "1 ",
             "-", "to", "and", "between", "from", "Sept.", "15,", "2022-09-01", "29 February", "ago", "three",
             "the end of", "of", "\n", ", ", ". ", "Theresa", "four-year", "31", "2017-19", "yesterday", "since"]
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=25).map(" ".join)
PUBS = st.one_of(st.none(), st.dates(min_value=date(1, 1, 8), max_value=date(9999, 12, 24)))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=PUBS)
def test_properties(text: str, published: date | None) -> None:
    ms = find_dates(parse(text), published)
    assert len({m.id for m in ms}) == len(ms)
    assert [m.id for m in ms] == [f"d{i}" for i in range(1, len(ms) + 1)]
    assert [m.span.start for m in ms] == sorted(m.span.start for m in ms)
    for m in ms:
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert (m.value is None) == (m.anchor is None)
        if m.value is not None:
            assert _valid(m.value), m.value


def _scanned(text: str, whole: bool) -> list[object]:
    """Date candidates found near their triggers' hits, or by scanning the whole text."""
    import claimgraph.extract.dates as dates

    saved = dates._windows
    if whole:
        dates._windows = lambda text, trigger: [(0, len(text))]
    try:
        return list(dates._candidates(text, dates._Tokens(parse(text))))
    finally:
        dates._windows = saved


SAMPLES = [json.loads(line)["text"] for line in (Path(__file__).parents[1] / "src" / "claimgraph" / "samples"
                                                  / "articles.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_trigger_windows_find_what_a_whole_scan_finds(text: str) -> None:
    assert _scanned(text, whole=False) == _scanned(text, whole=True)


@pytest.mark.parametrize("n", range(len(SAMPLES)))
def test_trigger_windows_on_the_samples(n: int) -> None:
    found = _scanned(SAMPLES[n], whole=False)
    assert found == _scanned(SAMPLES[n], whole=True)


def test_bounded_on_odd_text() -> None:
    odd = ("January " * 400 + "1 " * 3000 + "May may 2019 1990s - to and between " * 300
           + "\u00a0" * 2000 + "Monday, " * 500 + "9" * 5000)
    doc = parse(odd)
    t0 = time.perf_counter()
    ms = find_dates(doc, THU)
    assert time.perf_counter() - t0 < 2.0
    assert all(m.span.end <= len(odd) for m in ms)


def test_gold_gate() -> None:
    metrics = score_dates(read_gold(GOLD))
    assert metrics["n_gold"] >= 80 and metrics["items"] >= 50
    assert metrics["value_exact"] >= 0.95, metrics["errors"]
    assert metrics["exact_rate"] >= 0.95, metrics["errors"]


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31)])
def test_calendar_edges(published: date) -> None:
    text = "Ten years ago, last month, next week, yesterday, tomorrow, in May, on Friday and on 31 December."
    for m in find_dates(parse(text), published):
        assert m.value is None or _valid(m.value), m.value

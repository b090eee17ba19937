"""The worked example of DESIGN.md, on the real article in ../shared/examples.

The article is copyrighted and never copied here: the test reads it from
``../shared`` and skips when that folder is absent. Each row names a short
distinctive phrase of a statement's content and the speaker DESIGN.md's
table expects for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimgraph

ARTICLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "un-xinjiang-report.txt"

pytestmark = [
    pytest.mark.evaluation,
    pytest.mark.skipif(not ARTICLE.exists(), reason="../shared/examples is absent (CI and developers have it)"),
]

# (phrase in the content, expected actor name, expected actor type)
EXPECTED = [
    ("completely illegal and invalid", "Wang Wenbin", "person"),
    ("hodgepodge of false information to serve", "Wang Wenbin", "person"),
    ("naturally completely rejects", "Wang Wenbin", "person"),
    ("as a farce", "China's mission in Geneva", "organisation"),
    ("have been committed against", "United Nations report", "document"),
    ("are credible", "United Nations report", "document"),
    ("painstaking efforts", "China response", "document"),
    ("Xinjiang now enjoys", "China response", "document"),
    ("part of its strategy to deradicalise", "China", "government"),
]


@pytest.fixture(scope="module")
def analysis() -> claimgraph.Analysis:
    return claimgraph.analyze(ARTICLE.read_text(encoding="utf-8"), published="2022-09-01")


@pytest.mark.parametrize(("phrase", "name", "type_"), EXPECTED, ids=[e[0][:24] for e in EXPECTED])
def test_speaker_as_in_design(analysis: claimgraph.Analysis, phrase: str, name: str, type_: str) -> None:
    text = analysis.text
    hits = [s for s in analysis.statements if any(phrase in c.text(text) for c in s.content)]
    assert hits, f"no statement holds {phrase!r}"
    actor = analysis.speaker_of(hits[0])
    assert actor is not None, f"{phrase!r}: no speaker resolved"
    assert (actor.name, actor.type) == (name, type_)


def test_pronoun_and_short_name_are_one_actor(analysis: claimgraph.Analysis) -> None:
    wang = [a for a in analysis.actors if a.name == "Wang Wenbin"]
    assert len(wang) == 1
    assert "Mr Wang" in wang[0].aliases
    assert "spokesman" in wang[0].roles
    assert any("Foreign Ministry" in x for x in wang[0].affiliations)


def test_metonym_keeps_its_surface_form(analysis: claimgraph.Analysis) -> None:
    china = next(a for a in analysis.actors if a.name == "China" and a.type == "government")
    assert "Beijing" in china.aliases


# --- #3: acts, certainty, figures and dates of DESIGN.md's table --------------------------

# (phrase in the content, act)
ACTS = [
    ("completely illegal and invalid", "rejects"),
    ("naturally completely rejects", "rejects"),
    ("as a farce", "rejects"),
    ("have been committed against", "concludes"),
    ("prompt steps to release", "recommends"),
    ("draw firm conclusions", "acknowledges"),
    ("concentration camps", "denies"),
]


@pytest.mark.parametrize(("phrase", "act"), ACTS, ids=[a[0][:24] for a in ACTS])
def test_act_as_in_design(analysis: claimgraph.Analysis, phrase: str, act: str) -> None:
    text = analysis.text
    hits = [s for s in analysis.statements if any(phrase in c.text(text) for c in s.content)]
    assert hits, f"no statement holds {phrase!r}"
    assert hits[0].act == act


@pytest.mark.parametrize(("marker", "level"), [
    ("reasonable to conclude", "medium"), ("credible", "medium"),
    ("lack of information to draw firm conclusions", "low"), ("naturally", "high"), ("completely", "high"),
])
def test_certainty_markers_as_in_design(analysis: claimgraph.Analysis, marker: str, level: str) -> None:
    text = analysis.text
    found = [s for s in analysis.statements for m in s.markers if m.span.text(text) == marker]
    assert found, f"no marker {marker!r}"
    assert found[0].certainty == level


@pytest.mark.parametrize(("surface", "value", "unit", "counts", "approximate"), [
    ("48-page", 48, "page", None, False),
    ("131-page", 131, "page", None, False),
    ("40", 40, None, "people", False),
    ("26", 26, None, "interviewees", False),
    ("11 million", 11_000_000, None, None, True),
])
def test_figures_as_in_design(analysis: claimgraph.Analysis, surface: str, value: float, unit: str | None,
                              counts: str | None, approximate: bool) -> None:
    text = analysis.text
    got = [f for f in analysis.figures if f.span.text(text) == surface]
    assert got, f"no figure {surface!r}"
    f = got[0]
    assert (f.value, f.unit, f.counts, f.approximate) == (value, unit, counts, approximate)


def test_part_of_figure(analysis: claimgraph.Analysis) -> None:
    by_surface = {f.span.text(analysis.text): f for f in analysis.figures}
    assert by_surface["26"].part_of == by_surface["40"].id


@pytest.mark.parametrize(("surface", "value"), [
    ("Wednesday", "2022-08-31"), ("Thursday", "2022-09-01"), ("May", "2022-05"),
    ("from at least 2017 to 2019", "2017/2019"),
])
def test_dates_as_in_design(analysis: claimgraph.Analysis, surface: str, value: str) -> None:
    text = analysis.text
    got = {d.value for d in analysis.dates if d.span.text(text) == surface}
    assert got == {value}

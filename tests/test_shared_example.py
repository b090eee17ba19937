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

"""The worked example of DESIGN.md, on an original article of the same shape.

``fixtures/orvena_lookalike.txt`` is written for this project (invented
country, people and places): a UN rights office's assessment of detention
centres, the country's foreign ministry spokesperson rebutting it, its mission
in Geneva, the country's own response report, capital-city metonyms, an
uncued quote paragraph and photo captions. ``orvena_lookalike.expected.json``
holds what a careful annotator would mark.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import claimgraph
from attribution_checks import best_match, describe, describe_all, pieces
from claimgraph import Analysis

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = (FIXTURES / "orvena_lookalike.txt").read_text(encoding="utf-8")
EXPECTED: dict[str, Any] = json.loads(
    (FIXTURES / "orvena_lookalike.expected.json").read_text(encoding="utf-8")
)
# The JSON nests the actor fields under "actor"; the checks read them flat.
SPECS: dict[str, dict[str, Any]] = {
    s["key"]: {**{k: v for k, v in s.items() if k != "actor"}, **s.get("actor", {})}
    for s in EXPECTED["statements"]
}


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return claimgraph.analyze(TEXT)


def test_fixture_is_consistent() -> None:
    fields = {"key", "has", "not_has", "kind", "cue", "speaker", "carried", "same_as",
              "different_from", "actor"}
    actor_fields = {"type", "name", "name_has", "roles_has", "affiliations_has", "aliases_has"}
    for raw in EXPECTED["statements"]:
        assert set(raw) <= fields, raw["key"]
        assert set(raw.get("actor", {})) <= actor_fields, raw["key"]
    for spec in SPECS.values():
        assert TEXT.count(spec["has"]) >= 1, spec["key"]
        for other in [spec.get("same_as"), *spec.get("different_from", ())]:
            assert other is None or other in SPECS, (spec["key"], other)


@pytest.mark.parametrize("key", list(SPECS))
def test_expected_statement(analysis: Analysis, key: str) -> None:
    spec = SPECS[key]
    st, problems = best_match(analysis, spec)
    if st is not None:
        mine = analysis.speaker_of(st)
        if spec.get("same_as"):
            other, _ = best_match(analysis, SPECS[spec["same_as"]])
            theirs = None if other is None else analysis.speaker_of(other)
            if mine is None or theirs is None or mine.id != theirs.id:
                problems.append(
                    f"actor {getattr(mine, 'name', None)!r} should be the same actor as "
                    f"{spec['same_as']!r}'s ({getattr(theirs, 'name', None)!r})"
                )
        for key2 in spec.get("different_from", ()):
            other, _ = best_match(analysis, SPECS[key2])
            theirs = None if other is None else analysis.speaker_of(other)
            if mine is not None and theirs is not None and mine.id == theirs.id:
                problems.append(f"actor {mine.name!r} should differ from {key2!r}'s")
    found = describe(analysis, st) if st is not None else "nothing"
    assert not problems, (
        f"{key}: " + "; ".join(problems) + f"\n best candidate: {found}\n all:\n"
        + describe_all(analysis)
    )


@pytest.mark.parametrize(
    "rule", EXPECTED["forbidden"], ids=[f"rule{n}" for n in range(len(EXPECTED["forbidden"]))]
)
def test_forbidden(analysis: Analysis, rule: dict[str, Any]) -> None:
    text = analysis.text
    bad = []
    for st in analysis.statements:
        actor = analysis.speaker_of(st)
        speaker = None if st.speaker is None else st.speaker.text(text)
        cue = None if st.cue is None else st.cue.text(text)
        if "actor_name_has" in rule and actor is not None and rule["actor_name_has"].lower() in (
            actor.name.lower() + " " + " ".join(actor.aliases).lower()
        ):
            bad.append(st)
        if "speaker_has" in rule and speaker is not None and rule["speaker_has"] in speaker:
            bad.append(st)
        if "content_overlaps" in rule:
            start = text.index(rule["content_overlaps"])
            end = start + len(rule["content_overlaps"])
            if any(s.start < end and start < s.end for s in st.content):
                bad.append(st)
        if ("cue_text" in rule and cue == rule["cue_text"]
                and (speaker or "").lower() == rule["speaker_text"]):
            bad.append(st)
    assert not bad, rule["why"] + ":\n" + "\n".join("  " + describe(analysis, st) for st in bad)


def test_every_span_is_inside_the_text(analysis: Analysis) -> None:
    n = len(analysis.text)
    for st in analysis.statements:
        for span in [*st.content, st.cue, st.speaker]:
            assert span is None or 0 <= span.start <= span.end <= n
        assert all(p.strip() for p in pieces(analysis, st))


def test_round_trips_through_json(analysis: Analysis) -> None:
    assert Analysis.from_json(analysis.to_json()) == analysis

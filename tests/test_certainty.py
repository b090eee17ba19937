"""Certainty (issue #3): hedges and boosters with their spans, and the level
they give a statement. A table of sentences and traps, properties of
``assess`` over arbitrary spans, the lexicon's shape, and a floor on the gold
set ``tests/gold/certainty.jsonl``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.extract.certainty import POS_CONDITIONS, _row, assess, load_certainty_lexicon
from claimgraph.goldsets import read_gold
from claimgraph.goldsets.certainty import score_certainty
from claimgraph.model import LEVELS, Span
from claimgraph.nlp import load_model, parse

if TYPE_CHECKING:
    from spacy.tokens import Doc

GOLD = Path(__file__).resolve().parent / "gold" / "certainty.jsonl"
TSV = Path(__file__).resolve().parents[1] / "src" / "claimgraph" / "data" / "certainty.tsv"


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    load_model()  # once per module; parse() reuses it


def _assess(text: str) -> tuple[str, list[str]]:
    level, markers = assess(parse(text), [Span(0, len(text))])
    return level, [text[m.span.start : m.span.end] for m in markers]


TABLE = [
    # hedges: low
    ("The agency said the dam may have been damaged.", "low", ["may"]),
    ("Officials said the convoy might have been hit by a mine.", "low", ["might"]),
    ("The report said the policy could amount to persecution.", "low", ["could"]),
    ("The ministry said the toll was possibly higher.", "low", ["possibly"]),
    ("Witnesses said the alleged beatings happened at night.", "low", ["alleged"]),
    ("The minister reportedly told aides he was tired.", "low", ["reportedly"]),
    ("Police said they cannot rule out sabotage.", "low", ["cannot rule out"]),
    ("The board said it could not confirm the figures.", "low", ["could not confirm"]),
    ("The panel cited a lack of information to draw firm conclusions, the report said.", "low",
     ["lack of information to draw firm conclusions"]),
    # negated boosters are low hedges; the negation joins the span
    ("The ministry said it was not clear whether talks would resume.", "low", ["not clear"]),
    ("He said it was unclear whether the vote would count.", "low", ["unclear"]),
    ("She said she wasn't sure the deal would hold.", "low", ["wasn't sure"]),
    ("The army said it was not entirely certain who fired.", "low", ["not entirely certain"]),
    ("Investigators said it is not known whether anyone survived.", "low", ["not known"]),
    # medium
    ("The report said it was \"reasonable to conclude\" that abuses occurred.", "medium", ["reasonable to conclude"]),
    ("The commission said there was credible evidence of torture.", "medium", ["credible"]),
    ("The study suggests that the reform worked.", "medium", ["suggests"]),
    ("Police believe the attacker acted alone.", "medium", ["believe"]),
    ("The agency said the ship appears to have sunk.", "medium", ["appears to"]),
    ("The minister said the bill would probably pass.", "medium", ["probably"]),
    ("The report said the camps were likely expanded.", "medium", ["likely"]),
    ("Officials said the fire was apparently deliberate.", "medium", ["apparently"]),
    # high: boosters
    ("The court said the evidence clearly showed intent.", "high", ["clearly"]),
    ("The spokesman said the report was completely illegal.", "high", ["completely"]),
    ("The ministry said there was no doubt about the outcome.", "high", ["no doubt"]),
    ("The government categorically denied the claims.", "high", ["categorically"]),
    ("The minister said he firmly rejected the findings.", "high", ["firmly"]),
    ("The statement said the delay was naturally regrettable.", "high", ["naturally"]),
    ("The minister said he did not doubt the figures.", "high", ["not doubt"]),
    # combination: the lowest hedge wins over boosters
    ("The union said the strike could clearly spread.", "low", ["could", "clearly"]),
    ("The ministry said it firmly believes the plan will fail.", "medium", ["firmly", "believes"]),
    ("The report said the deaths were likely but possibly also accidental.", "low", ["likely", "possibly"]),
    # high: no marker, and traps
    ("Police said two men had been arrested.", "high", []),
    ("The company said it would close the plant in May.", "high", []),
    ("In May, the ministry said the programme had ended.", "high", []),
    ("May was the hottest month on record, the agency said.", "high", []),
    ("The president said he would resign.", "high", []),
    ("The government said aid will arrive on Friday.", "high", []),
    ("The spokeswoman said residents can return home.", "high", []),
    ("The minister said the firm could not pay its debts.", "high", []),
    ("The witness said she could see the fire from her window.", "high", []),
    ("The spokesman claimed that protesters attacked first.", "high", []),
    ("The lawsuit alleged that the company hid the defects.", "high", []),
    ("The general said the country's military might was unmatched.", "high", []),
    ("The report said certain officials ignored the warnings.", "high", []),
    ("Police said the suspect had been released.", "high", []),
    ("The ministry said the rumours were false.", "high", []),
    ("The spokesman said police had not fully secured the area.", "high", []),
    ("The minister said the government would make sure the aid arrived.", "high", []),
    ("The minister said the aid would be delivered as soon as possible.", "high", []),
    ("The firm said it was talking to potential buyers.", "high", []),
    ("Police said they had ruled out the possibility of foul play.", "high", []),
    ("The minister said the country faced uncertain times.", "high", []),
    ("The minister said voters should think about the people paying mortgages.", "high", []),
    ("The minister said he thinks the bank will cut rates.", "medium", ["thinks"]),
]


@pytest.mark.parametrize(("text", "level", "surfaces"), TABLE)
def test_table(text: str, level: str, surfaces: list[str]) -> None:
    assert _assess(text) == (level, surfaces)


def test_marker_records() -> None:
    text = "The army said it wasn't entirely sure the missile may have come from the north."
    level, markers = assess(parse(text), [Span(0, len(text))])
    assert level == "low"
    assert [(m.entry, m.type, m.level) for m in markers] == [("not sure", "hedge", "low"), ("may", "hedge", "low")]


def test_only_the_given_spans_count() -> None:
    text = "The office said it was reasonable to conclude that the figures may be wrong."
    doc = parse(text)
    frame = Span(0, text.index("that") + 4)
    level, markers = assess(doc, [frame])
    assert (level, [text[m.span.start : m.span.end] for m in markers]) == ("medium", ["reasonable to conclude"])
    content = Span(text.index("the figures"), len(text))
    assert assess(doc, [content])[0] == "low"
    assert assess(doc, [frame, content])[0] == "low"


PROPERTY_TEXTS = [
    "The ministry said it was not clear whether the figures, published in May, may be incomplete.",
    "\"It is clearly and undoubtedly false,\" the spokesman said, adding that the report could not be verified.",
    "Police believe the men were probably armed; it remains unclear who fired first, officials said.",
    "The report said it was reasonable to conclude that the alleged abuses had apparently occurred.",
    "He said he would resign in May. She said she can't rule out a second vote, which will not happen.",
]


@lru_cache(maxsize=1)
def _docs() -> list[tuple[str, Doc]]:
    return [(t, parse(t)) for t in PROPERTY_TEXTS]


@st.composite
def doc_and_spans(draw: st.DrawFn) -> tuple[str, Doc, list[Span]]:
    text, doc = draw(st.sampled_from(_docs()))
    bounds = st.integers(0, len(text))
    pairs = draw(st.lists(st.tuples(bounds, bounds), max_size=4))
    return text, doc, [Span(min(a, b), max(a, b)) for a, b in pairs]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc_and_spans())
def test_markers_lie_inside_the_spans(case: tuple[str, Doc, list[Span]]) -> None:
    text, doc, spans = case
    level, markers = assess(doc, spans)
    assert level in LEVELS
    for m in markers:
        # inside the union: touching spans (a frame and its content) are read as one stretch
        assert all(any(s.start <= c < s.end for s in spans) for c in range(m.span.start, m.span.end))
        assert m.span.end > m.span.start and text[m.span.start : m.span.end].strip() == text[m.span.start : m.span.end]
        assert m.level in LEVELS and m.type in ("hedge", "booster")
    if not markers:
        assert level == "high"
    assert assess(doc, []) == ("high", ())


def test_lexicon_shape() -> None:
    lex = load_certainty_lexicon()
    assert len(lex) >= 150
    rows = [line for line in TSV.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    assert len(rows) == len(lex.entries)
    keys = set()
    for line in rows:
        entry, typ, level, pos, negated = line.split("\t")
        assert entry == entry.strip().lower() and entry, line
        assert pos in POS_CONDITIONS, line
        assert (typ, level) in {("booster", "high"), ("hedge", "low"), ("hedge", "medium"), ("none", "-")}, line
        assert negated in ("-", "drop", *LEVELS), line
        assert (entry, pos) not in keys, f"duplicate {line!r}"
        keys.add((entry, pos))
    words = {e.text for e in lex.entries}
    assert {"may", "might", "could", "alleged", "reasonable to conclude", "credible", "clearly", "no doubt"} <= words
    assert not {"can", "will", "would", "claim", "say"} & words  # never certainty markers here


def test_a_bad_row_is_refused() -> None:
    with pytest.raises(ValueError, match="certainty.tsv:7"):
        _row("maybe\thedge\tsomewhat\t-\t-", 7)
    with pytest.raises(ValueError, match="5 tab-separated"):
        _row("maybe\thedge\tlow", 3)


def test_gold_gate() -> None:
    items = list(read_gold(GOLD))
    assert len(items) >= 120
    assert all(sum(i["level"] == lv for i in items) >= 30 for lv in LEVELS)
    scores = score_certainty(items)
    assert scores["n"] == len(items)
    assert scores["level_accuracy"] >= 0.95, scores
    assert scores["marker_recall"] >= 0.95 and scores["marker_precision"] >= 0.95, scores
    assert all(scores["levels"][lv]["f1"] >= 0.9 for lv in LEVELS), scores


def test_gold_gate_through_the_pipeline() -> None:
    """The level users get: each gold text through analyze(), its statement's own
    certainty from content and frame (a text with no statement found counts wrong)."""
    scores = score_certainty(read_gold(GOLD), through="statement")
    assert scores["level_accuracy"] >= 0.97, scores
    assert scores["no_statement"] <= 3

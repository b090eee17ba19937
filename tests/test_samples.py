"""The bundled sample articles are what a new user sees first (the quick
start): who says what in them must stay right."""

from __future__ import annotations

import json
from importlib import resources

import pytest

import claimgraph

# (sample id, the start of the statement's content, act, the speaker's actor name or None)
EXPECTED = [
    ("sample/marovia-dam-report", "that at least 4,300 people had been moved", "concludes",
     "international panel of experts report"),
    ("sample/marovia-dam-report", "\"We stand by every page", "asserts", "Ingrid Sallinen"),
    # The lede's "A former deputy director of the Port of Calderon" is named in the next paragraph.
    ("sample/calderon-port-trial", "charges that he accepted bribes", "denies", "Tomas Ferreira"),
    ("sample/calderon-port-trial", "that he accepted bribes from shipping companies in exchange", "accuses", None),
    ("sample/brightwell-heater-recall", "Brightwell Appliances is recalling", "asserts", "Brightwell Appliances"),
    ("sample/brightwell-heater-recall", "no one had been seriously injured", "asserts", "Brightwell Appliances"),
    ("sample/brightwell-heater-recall", "Brightwell had been warned about overheating", "asserts", "Fair Trade Watch"),
    # "..., a claim the company denied."
    ("sample/brightwell-heater-recall", "Brightwell had been warned about overheating", "denies",
     "Brightwell Appliances"),
]


@pytest.fixture(scope="module")
def samples() -> dict[str, claimgraph.Analysis]:
    text = resources.files("claimgraph").joinpath("samples/articles.jsonl").read_text(encoding="utf-8")
    docs = [json.loads(line) for line in text.splitlines() if line.strip()]
    return {d["id"]: a for d, a in zip(docs, claimgraph.analyze_many([d["text"] for d in docs]), strict=True)}


@pytest.mark.parametrize(("doc", "has", "act", "speaker"), EXPECTED, ids=[f"{e[0][7:]}:{e[2]}" for e in EXPECTED])
def test_sample_statements(samples: dict[str, claimgraph.Analysis], doc: str, has: str, act: str,
                           speaker: str | None) -> None:
    a = samples[doc]
    found = [s for s in a.statements if s.content[0].text(a.text).startswith(has) and s.act == act]
    assert found, [(s.act, c.text(a.text)) for s in a.statements for c in s.content]
    who = a.speaker_of(found[0])
    assert (None if who is None else who.name) == speaker

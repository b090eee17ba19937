"""Data checks for the tuning corpus (tests/corpus_dev) and the held-out corpus
(tests/corpus_holdout): the files parse, ids are unique, every thread phrase
occurs exactly once in its document, every actor mention is found at its
occurrence, and duplicates name known documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SIDES = {"supports", "disputes", "reports"}
KEYS = {"id", "title", "source", "url", "published", "text"}


@pytest.fixture(scope="module", params=["corpus_dev", "corpus_holdout"])
def data(request: pytest.FixtureRequest) -> tuple[dict[str, dict], dict]:
    folder = HERE / request.param
    lines = [x for x in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    articles = [json.loads(x) for x in lines]
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return {a["id"]: a for a in articles}, expected


def test_articles_have_fields(data: tuple[dict[str, dict], dict]) -> None:
    arts, _ = data
    for a in arts.values():
        assert KEYS <= set(a), a["id"]
        assert len(a["published"]) == 10 and a["published"][4] == "-", a["id"]
        assert a["text"].strip() and "\n\n\n" not in a["text"], a["id"]


def test_thread_phrases_occur_once(data: tuple[dict[str, dict], dict]) -> None:
    arts, exp = data
    seen = set()
    for t in exp["threads"]:
        assert t["proposition"] not in seen
        seen.add(t["proposition"])
        assert len({m["doc"] for m in t["members"]}) >= 2, t["proposition"]
        for m in t["members"]:
            assert m["doc"] in arts, m
            assert m["side"] in SIDES, m
            assert arts[m["doc"]]["text"].count(m["phrase"]) == 1, m


def _find(text: str, surface: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(surface, start + 1)
        if start < 0:
            return -1
    return start


def test_actor_mentions_found(data: tuple[dict[str, dict], dict]) -> None:
    arts, exp = data
    names = [a["name"] for a in exp.get("actors", ())]
    assert len(names) == len(set(names)), "duplicate actor names"
    spans: set[tuple[str, int]] = set()
    for a in exp.get("actors", ()):
        assert a["type"] in {"person", "organisation", "government", "document", "group"}, a["name"]
        for m in a["mentions"]:
            doc, surface = m[0], m[1]
            occ = int(m[2]) if len(m) > 2 else 0
            assert doc in arts, m
            at = _find(arts[doc]["text"], surface, occ)
            assert at >= 0, (a["name"], m)
            assert (doc, at) not in spans, ("mention listed twice", m)
            spans.add((doc, at))


def test_duplicates_known(data: tuple[dict[str, dict], dict]) -> None:
    arts, exp = data
    listed = [d for group in exp["duplicates"] for d in group]
    assert len(listed) == len(set(listed))
    assert all(d in arts for d in listed) and all(len(g) >= 2 for g in exp["duplicates"])

"""The records: every one round-trips through its dict and JSON forms, and bad
input is refused with an InputError."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph import Actor, Analysis, InputError, Notice, Span, Statement
from claimgraph.model import (
    ACTOR_TYPES,
    ACTS,
    ENTITY_LABELS,
    KINDS,
    LEVELS,
    SIDES,
    CorpusActor,
    DateMention,
    Document,
    Entity,
    Figure,
    Marker,
    Thread,
    ThreadMember,
)

# --- strategies -------------------------------------------------------------------------

offsets = st.integers(min_value=0, max_value=100_000)
spans = st.tuples(offsets, offsets).map(lambda p: Span(min(p), max(p)))
words = st.text(max_size=30)
optional_words = st.none() | words
json_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | words | st.floats(
    allow_nan=False, allow_infinity=False
)

actors = st.builds(
    Actor,
    id=words,
    name=words,
    type=st.sampled_from(ACTOR_TYPES),
    aliases=st.lists(words, max_size=4).map(tuple),
    roles=st.lists(words, max_size=3).map(tuple),
    affiliations=st.lists(words, max_size=3).map(tuple),
    mentions=st.lists(spans, max_size=5).map(tuple),
)
markers = st.builds(Marker, span=spans, entry=words, type=st.sampled_from(("hedge", "booster")),
                    level=st.sampled_from(LEVELS))
finite = st.floats(allow_nan=False, allow_infinity=False)
figures = st.builds(Figure, id=words, span=spans, value=finite, unit=optional_words, counts=optional_words,
                    counts_span=st.none() | spans, approximate=st.booleans(), qualifier=optional_words,
                    part_of=optional_words)
dates = st.builds(DateMention, id=words, span=spans, value=optional_words,
                  anchor=st.sampled_from((None, "absolute", "published")))
entities = st.builds(Entity, id=words, name=words, label=st.sampled_from(ENTITY_LABELS),
                     mentions=st.lists(spans, max_size=4).map(tuple), actor_id=optional_words)
statements = st.builds(
    Statement,
    id=words,
    kind=st.sampled_from(KINDS),
    content=st.lists(spans, min_size=1, max_size=4).map(tuple),
    cue=st.none() | spans,
    cue_lemma=optional_words,
    speaker=st.none() | spans,
    actor_id=optional_words,
    carried=st.booleans(),
    act=st.none() | st.sampled_from(ACTS),
    negated=st.booleans(),
    target=st.none() | spans,
    certainty=st.none() | st.sampled_from(LEVELS),
    markers=st.lists(markers, max_size=3).map(tuple),
    figures=st.lists(words, max_size=3).map(tuple),
    dates=st.lists(words, max_size=3).map(tuple),
)
notices = st.builds(Notice, code=words, message=words, span=st.none() | spans)
analyses = st.builds(
    Analysis,
    text=st.text(max_size=200),
    statements=st.lists(statements, max_size=4).map(tuple),
    actors=st.lists(actors, max_size=4).map(tuple),
    notices=st.lists(notices, max_size=3).map(tuple),
    figures=st.lists(figures, max_size=3).map(tuple),
    dates=st.lists(dates, max_size=3).map(tuple),
    entities=st.lists(entities, max_size=3).map(tuple),
    title=optional_words,
    url=optional_words,
    published=optional_words,
    meta=st.dictionaries(words, json_scalars | st.lists(json_scalars, max_size=3), max_size=4),
)


def through_json(d: dict[str, Any]) -> dict[str, Any]:
    """The dict form must be JSON-safe: pass it through real JSON."""
    return json.loads(json.dumps(d, ensure_ascii=False))


# --- round trips ------------------------------------------------------------------------

@given(spans)
def test_span_round_trip(span: Span) -> None:
    assert Span.from_list(span.to_list()) == span
    assert Span.from_list(json.loads(json.dumps(span.to_list()))) == span


@given(actors)
def test_actor_round_trip(actor: Actor) -> None:
    assert Actor.from_dict(actor.to_dict()) == actor
    assert Actor.from_dict(through_json(actor.to_dict())) == actor


@given(statements)
def test_statement_round_trip(statement: Statement) -> None:
    assert Statement.from_dict(statement.to_dict()) == statement
    assert Statement.from_dict(through_json(statement.to_dict())) == statement


@given(markers)
def test_marker_round_trip(marker: Marker) -> None:
    assert Marker.from_dict(through_json(marker.to_dict())) == marker


@given(figures)
def test_figure_round_trip(figure: Figure) -> None:
    assert Figure.from_dict(figure.to_dict()) == figure
    assert Figure.from_dict(through_json(figure.to_dict())) == figure


@given(dates)
def test_date_round_trip(date: DateMention) -> None:
    assert DateMention.from_dict(through_json(date.to_dict())) == date
    assert date.resolved == (date.value is not None)


@given(entities)
def test_entity_round_trip(entity: Entity) -> None:
    assert Entity.from_dict(through_json(entity.to_dict())) == entity


@given(notices)
def test_notice_round_trip(notice: Notice) -> None:
    assert Notice.from_dict(notice.to_dict()) == notice
    assert Notice.from_dict(through_json(notice.to_dict())) == notice


@settings(max_examples=150)
@given(analyses)
def test_analysis_round_trip(analysis: Analysis) -> None:
    assert Analysis.from_dict(analysis.to_dict()) == analysis
    assert Analysis.from_json(analysis.to_json()) == analysis
    assert Analysis.from_json(analysis.to_json(indent=2)) == analysis
    assert Analysis.from_dict(through_json(analysis.to_dict())) == analysis


def test_round_trip_examples() -> None:
    text = '"We reject it," said Foreign Minister Ana Ruiz.\n\nBeijing said \u201cno\u201d.'
    actor = Actor("a1", "Ana Ruiz", "person", aliases=("Foreign Minister Ana Ruiz",),
                  roles=("Foreign Minister",), mentions=(Span(38, 46),))
    gov = Actor("a2", "China", "government", aliases=("Beijing",), mentions=(Span(49, 56),))
    s1 = Statement("s1", "direct", (Span(0, 15),), cue=Span(16, 20), cue_lemma="say",
                   speaker=Span(21, 46), actor_id="a1")
    s2 = Statement("s2", "mixed", (Span(62, 66),), cue=Span(57, 61), cue_lemma="say",
                   speaker=Span(49, 56), actor_id="a2")
    s3 = Statement("s3", "direct", (Span(0, 5), Span(20, 30)), speaker=Span(21, 46),
                   actor_id="a1", carried=True)
    a = Analysis(text=text, statements=(s1, s2, s3), actors=(actor, gov),
                 notices=(Notice("CG104", "never closed", Span(1, 2)), Notice("CG999", "x")),
                 title="T\u00eftle", url="https://example.org/a", published="2024-05-01",
                 meta={"id": "doc-1", "n": 3, "tags": ["a", "b"], "none": None})
    assert Analysis.from_json(a.to_json()) == a
    assert Analysis.from_dict(through_json(a.to_dict())) == a
    assert a.speaker_of(s1) == actor and a.speaker_of(s2) == gov
    assert a.actor(None) is None and a.actor("nope") is None
    assert (s3.start, s3.end) == (0, 30)
    assert s1.speaker is not None and s1.speaker.text(text) == "Foreign Minister Ana Ruiz"
    assert s2.content[0].text(text) == "\u201cno\u201d"
    assert Span(38, 46).text(text) == "Ana Ruiz"
    # Unicode survives JSON unescaped and escaped.
    assert "\u201c" in a.to_json()
    assert Analysis.from_json(json.dumps(a.to_dict(), ensure_ascii=True)) == a


def test_empty_analysis_round_trip() -> None:
    a = Analysis(text="")
    assert Analysis.from_json(a.to_json()) == a
    assert Analysis.from_dict({"text": ""}) == a


# --- refusals ---------------------------------------------------------------------------

@pytest.mark.parametrize(("start", "end"), [(-1, 0), (5, 4), (-3, -1)])
def test_bad_span_is_refused(start: int, end: int) -> None:
    with pytest.raises(InputError):
        Span(start, end)


@pytest.mark.parametrize("value", [None, 3, "ab", [1], [1, 2, 3], ["a", "b"], [5, 2], [-1, 2]])
def test_bad_span_list_is_refused(value: Any) -> None:
    with pytest.raises(InputError):
        Span.from_list(value)


def test_unknown_actor_type_is_refused() -> None:
    d = Actor("a1", "X", "person").to_dict()
    d["type"] = "planet"
    with pytest.raises(InputError):
        Actor.from_dict(d)


def test_unknown_kind_and_empty_content_are_refused() -> None:
    d = Statement("s1", "direct", (Span(0, 3),)).to_dict()
    with pytest.raises(InputError):
        Statement.from_dict({**d, "kind": "rumour"})
    with pytest.raises(InputError):
        Statement.from_dict({**d, "content": []})


@pytest.mark.parametrize("data", ["", "not json", "{", "[]", "null", '{"statements": []}',
                                  '{"text": 3}'])
def test_bad_analysis_json_is_refused(data: str) -> None:
    with pytest.raises(InputError):
        Analysis.from_json(data)


@pytest.mark.parametrize(("record", "key", "bad"), [
    (Statement("s1", "direct", (Span(0, 3),)), "act", "shouts"),
    (Statement("s1", "direct", (Span(0, 3),)), "certainty", "certain"),
    (Marker(Span(0, 3), "may", "hedge", "low"), "type", "softener"),
    (Marker(Span(0, 3), "may", "hedge", "low"), "level", "very"),
    (DateMention("d1", Span(0, 3), "2022", "absolute"), "anchor", "moon"),
    (Entity("e1", "X", "place"), "label", "planet"),
    (Figure("f1", Span(0, 2), 40.0), "value", "forty"),
])
def test_unknown_labels_are_refused(record: Any, key: str, bad: str) -> None:
    d = record.to_dict()
    with pytest.raises(InputError, match="CG008"):
        type(record).from_dict({**d, key: bad})


documents = st.builds(Document, id=words, text=st.text(max_size=100), title=optional_words, url=optional_words,
                      source=optional_words, author=optional_words, published=optional_words,
                      language=optional_words, format=st.sampled_from(("txt", "html", "jsonl", "warc", "url")),
                      origin=optional_words)
corpus_actors = st.builds(CorpusActor, id=words, name=words, type=st.sampled_from(ACTOR_TYPES),
                          aliases=st.lists(words, max_size=3).map(tuple), roles=st.lists(words, max_size=2).map(tuple),
                          affiliations=st.lists(words, max_size=2).map(tuple),
                          members=st.lists(st.tuples(words, words), max_size=3).map(tuple),
                          why=st.lists(words, max_size=3).map(tuple))
members = st.builds(ThreadMember, doc_id=words, statement_id=words, side=st.sampled_from(SIDES), reason=words,
                    link=words, evidence=st.none() | spans)
threads = st.builds(Thread, id=words, proposition=words, doc_id=words, span=spans,
                    members=st.lists(members, max_size=3).map(tuple), score=finite)


@given(documents)
def test_document_round_trip(document: Document) -> None:
    assert Document.from_dict(through_json(document.to_dict())) == document


@given(corpus_actors)
def test_corpus_actor_round_trip(actor: CorpusActor) -> None:
    assert CorpusActor.from_dict(through_json(actor.to_dict())) == actor


@given(threads)
def test_thread_round_trip(thread: Thread) -> None:
    assert Thread.from_dict(through_json(thread.to_dict())) == thread


def test_bad_corpus_records_are_refused() -> None:
    with pytest.raises(InputError, match="CG009"):
        Document.from_dict({"id": "x"})
    m = ThreadMember("d", "s1", "supports", "asserts", "same claim").to_dict()
    with pytest.raises(InputError, match="CG008"):
        ThreadMember.from_dict({**m, "side": "maybe"})

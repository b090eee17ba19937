"""The records every layer speaks: spans, actors, statements, analyses.

All records are frozen dataclasses. Every extracted item carries character
spans into the analysed text (end exclusive), so ``text[start:end]`` is its
evidence. ``to_dict``/``from_dict`` give a JSON-safe form that round-trips.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from .errors import InputError

__all__ = [
    "ACTOR_TYPES",
    "ACTS",
    "ENTITY_LABELS",
    "KINDS",
    "LEVELS",
    "Act",
    "Actor",
    "ActorType",
    "Analysis",
    "SIDES",
    "CorpusActor",
    "DateMention",
    "Document",
    "Entity",
    "EntityLabel",
    "Figure",
    "Kind",
    "Level",
    "Marker",
    "Notice",
    "Side",
    "Span",
    "Statement",
    "Thread",
    "ThreadMember",
]

# A stance is a speech act aimed at a thing, not a proposition: "condemned the attack".
Kind = Literal["direct", "mixed", "indirect", "stance"]
KINDS: tuple[Kind, ...] = ("direct", "mixed", "indirect", "stance")
ActorType = Literal["person", "organisation", "government", "document", "group"]
ACTOR_TYPES: tuple[ActorType, ...] = ("person", "organisation", "government", "document", "group")
Act = Literal["asserts", "concludes", "denies", "rejects", "accuses", "condemns", "recommends",
              "acknowledges", "warns", "promises", "asks", "declines"]
ACTS: tuple[Act, ...] = ("asserts", "concludes", "denies", "rejects", "accuses", "condemns", "recommends",
                         "acknowledges", "warns", "promises", "asks", "declines")
# FactBank-style: high = stated as certain, medium = probable, low = possible.
Level = Literal["low", "medium", "high"]
LEVELS: tuple[Level, ...] = ("low", "medium", "high")
EntityLabel = Literal["person", "organisation", "place", "group"]
ENTITY_LABELS: tuple[EntityLabel, ...] = ("person", "organisation", "place", "group")
Side = Literal["supports", "disputes", "reports"]
SIDES: tuple[Side, ...] = ("supports", "disputes", "reports")


@dataclass(frozen=True, order=True)
class Span:
    """Character offsets ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise InputError(f"[CG001] bad span ({self.start}, {self.end}): need 0 <= start <= end")

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def to_list(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: Any) -> Span:
        try:
            start, end = value
            return cls(int(start), int(end))
        except (TypeError, ValueError) as exc:
            raise InputError(f"[CG002] a span must be [start, end], got {value!r}") from exc


def _span_or_none(value: Any) -> Span | None:
    return None if value is None else Span.from_list(value)


@dataclass(frozen=True)
class Actor:
    """Someone or something that speaks or is spoken of, within one document.

    ``name`` is the canonical name; ``aliases`` are the other surface forms
    seen (short names, metonyms such as "Beijing"); ``mentions`` are the
    spans of every mention resolved to this actor.
    """

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "affiliations": list(self.affiliations),
            "mentions": [m.to_list() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        if d.get("type") not in ACTOR_TYPES:
            raise InputError(f"[CG003] unknown actor type {d.get('type')!r}")
        return cls(
            id=str(d["id"]),
            name=str(d["name"]),
            type=d["type"],
            aliases=tuple(d.get("aliases", ())),
            roles=tuple(d.get("roles", ())),
            affiliations=tuple(d.get("affiliations", ())),
            mentions=tuple(Span.from_list(m) for m in d.get("mentions", ())),
        )


def _choice(value: Any, allowed: tuple[str, ...], code: str, what: str) -> Any:
    if value not in allowed:
        raise InputError(f"[{code}] unknown {what} {value!r}; expected one of {', '.join(allowed)}")
    return value


@dataclass(frozen=True)
class Marker:
    """A hedge or booster: ``entry`` is the lexicon entry it matched."""

    span: Span
    entry: str
    type: Literal["hedge", "booster"]
    level: Level

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_list(), "entry": self.entry, "type": self.type, "level": self.level}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Marker:
        return cls(span=Span.from_list(d["span"]), entry=str(d["entry"]),
                   type=_choice(d.get("type"), ("hedge", "booster"), "CG008", "marker type"),
                   level=_choice(d.get("level"), LEVELS, "CG008", "certainty level"))


@dataclass(frozen=True)
class Figure:
    """A number and what it counts: "about 11 million Uighurs" is 11000000,
    approximate, counting Uighurs; "$2.4 million" is 2400000 with unit USD.

    ``unit`` is a measure (a currency code, "percent", "page", "km") or None;
    ``counts`` the thing counted as written ("people", "interviewees");
    ``part_of`` the id of the figure this one is a part of ("26 of these
    interviewees" out of 40).
    """

    id: str
    span: Span
    value: float
    unit: str | None = None
    counts: str | None = None
    counts_span: Span | None = None
    approximate: bool = False
    qualifier: str | None = None
    part_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "span": self.span.to_list(),
            "value": self.value,
            "unit": self.unit,
            "counts": self.counts,
            "counts_span": None if self.counts_span is None else self.counts_span.to_list(),
            "approximate": self.approximate,
            "qualifier": self.qualifier,
            "part_of": self.part_of,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        try:
            value = float(d["value"])
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"[CG008] figure {d.get('id')!r} needs a numeric value") from exc
        return cls(
            id=str(d["id"]),
            span=Span.from_list(d["span"]),
            value=value,
            unit=d.get("unit"),
            counts=d.get("counts"),
            counts_span=_span_or_none(d.get("counts_span")),
            approximate=bool(d.get("approximate", False)),
            qualifier=d.get("qualifier"),
            part_of=d.get("part_of"),
        )


@dataclass(frozen=True)
class DateMention:
    """A temporal expression and its normalised value.

    ``value`` is ISO 8601 at the grain the text gives: "2022-09-01",
    "2022-05", "2021", or a range "2017/2019". ``anchor`` says what it was
    resolved against: "absolute" (the text names it), "published" (relative
    to the publication date), or None when it could not be resolved
    (``value`` is then None and the surface form is the evidence).
    """

    id: str
    span: Span
    value: str | None = None
    anchor: Literal["absolute", "published"] | None = None

    @property
    def resolved(self) -> bool:
        return self.value is not None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "span": self.span.to_list(), "value": self.value, "anchor": self.anchor}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DateMention:
        anchor = d.get("anchor")
        if anchor is not None:
            _choice(anchor, ("absolute", "published"), "CG008", "date anchor")
        return cls(id=str(d["id"]), span=Span.from_list(d["span"]), value=d.get("value"), anchor=anchor)


@dataclass(frozen=True)
class Entity:
    """A person, organisation, place or group named in the document, with
    every mention and, when it also speaks or is spoken of, its actor."""

    id: str
    name: str
    label: EntityLabel
    mentions: tuple[Span, ...] = ()
    actor_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "label": self.label,
                "mentions": [m.to_list() for m in self.mentions], "actor_id": self.actor_id}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(id=str(d["id"]), name=str(d["name"]),
                   label=_choice(d.get("label"), ENTITY_LABELS, "CG008", "entity label"),
                   mentions=tuple(Span.from_list(m) for m in d.get("mentions", ())),
                   actor_id=d.get("actor_id"))


@dataclass(frozen=True)
class Statement:
    """One attributed statement.

    ``content`` holds one span per piece: a quote split by its attribution
    (``"A," he said, "B."``) is one statement with two content spans.
    ``speaker`` is the mention as written ("he", "Mr Wang", "Beijing");
    ``actor_id`` the actor it resolves to. ``carried`` is true when the
    statement has no cue of its own and continues the previous attribution.

    ``act`` is the speech act its cue and frame signal; ``negated`` is true
    when the cue is negated ("did not deny"), and ``target`` is what a
    rejection or denial is about when the sentence says it. ``certainty``
    is the level its hedges and boosters (``markers``) give; ``figures``
    and ``dates`` are the ids of those inside its content.
    """

    id: str
    kind: Kind
    content: tuple[Span, ...]
    cue: Span | None = None
    cue_lemma: str | None = None
    speaker: Span | None = None
    actor_id: str | None = None
    carried: bool = False
    act: Act | None = None
    negated: bool = False
    target: Span | None = None
    certainty: Level | None = None
    markers: tuple[Marker, ...] = ()
    figures: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        return min(s.start for s in self.content)

    @property
    def end(self) -> int:
        return max(s.end for s in self.content)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "content": [s.to_list() for s in self.content],
            "cue": None if self.cue is None else self.cue.to_list(),
            "cue_lemma": self.cue_lemma,
            "speaker": None if self.speaker is None else self.speaker.to_list(),
            "actor_id": self.actor_id,
            "carried": self.carried,
            "act": self.act,
            "negated": self.negated,
            "target": None if self.target is None else self.target.to_list(),
            "certainty": self.certainty,
            "markers": [m.to_dict() for m in self.markers],
            "figures": list(self.figures),
            "dates": list(self.dates),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        if d.get("kind") not in KINDS:
            raise InputError(f"[CG004] unknown statement kind {d.get('kind')!r}")
        content = tuple(Span.from_list(s) for s in d.get("content", ()))
        if not content:
            raise InputError(f"[CG005] statement {d.get('id')!r} has no content span")
        return cls(
            id=str(d["id"]),
            kind=d["kind"],
            content=content,
            cue=_span_or_none(d.get("cue")),
            cue_lemma=d.get("cue_lemma"),
            speaker=_span_or_none(d.get("speaker")),
            actor_id=d.get("actor_id"),
            carried=bool(d.get("carried", False)),
            act=None if d.get("act") is None else _choice(d["act"], ACTS, "CG008", "speech act"),
            negated=bool(d.get("negated", False)),
            target=_span_or_none(d.get("target")),
            certainty=None if d.get("certainty") is None else _choice(d["certainty"], LEVELS, "CG008",
                                                                        "certainty level"),
            markers=tuple(Marker.from_dict(m) for m in d.get("markers", ())),
            figures=tuple(str(f) for f in d.get("figures", ())),
            dates=tuple(str(x) for x in d.get("dates", ())),
        )


@dataclass(frozen=True)
class Notice:
    """Something odd met while reading, kept instead of failing the document."""

    code: str
    message: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "span": None if self.span is None else self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Notice:
        return cls(code=str(d["code"]), message=str(d["message"]), span=_span_or_none(d.get("span")))


@dataclass(frozen=True)
class Analysis:
    """Everything claimgraph found in one text."""

    text: str
    statements: tuple[Statement, ...] = ()
    actors: tuple[Actor, ...] = ()
    notices: tuple[Notice, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[Entity, ...] = ()
    title: str | None = None
    url: str | None = None
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=True, hash=False)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        if actor_id is None:
            return None
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def speaker_of(self, statement: Statement) -> Actor | None:
        return self.actor(statement.actor_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "statements": [s.to_dict() for s in self.statements],
            "actors": [a.to_dict() for a in self.actors],
            "notices": [n.to_dict() for n in self.notices],
            "figures": [f.to_dict() for f in self.figures],
            "dates": [x.to_dict() for x in self.dates],
            "entities": [e.to_dict() for e in self.entities],
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        if not isinstance(d, dict) or not isinstance(d.get("text"), str):
            raise InputError("[CG006] an Analysis needs a 'text' string")
        return cls(
            text=d["text"],
            title=d.get("title"),
            url=d.get("url"),
            published=d.get("published"),
            statements=tuple(Statement.from_dict(s) for s in d.get("statements", ())),
            actors=tuple(Actor.from_dict(a) for a in d.get("actors", ())),
            notices=tuple(Notice.from_dict(n) for n in d.get("notices", ())),
            figures=tuple(Figure.from_dict(f) for f in d.get("figures", ())),
            dates=tuple(DateMention.from_dict(x) for x in d.get("dates", ())),
            entities=tuple(Entity.from_dict(e) for e in d.get("entities", ())),
            meta=dict(d.get("meta") or {}),
        )

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_json(cls, data: str) -> Analysis:
        try:
            return cls.from_dict(json.loads(data))
        except json.JSONDecodeError as exc:
            raise InputError(f"[CG007] not an Analysis: bad JSON ({exc.msg} at {exc.pos})") from exc


# --- corpus records: documents, actors across documents, claim threads ---------------------


@dataclass(frozen=True)
class Document:
    """One ingested document. ``id`` is the SHA-256 of its text (hex), so the same
    text is the same document wherever it came from; ``origin`` says where this
    copy was read (a path, ``path:line``, a WARC record or a URL)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the site or outlet
    author: str | None = None
    published: str | None = None
    language: str | None = None
    format: str = "txt"  # txt, md, html, jsonl, warc, url
    origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "title": self.title, "url": self.url, "source": self.source,
                "author": self.author, "published": self.published, "language": self.language,
                "format": self.format, "origin": self.origin}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        if not isinstance(d, dict) or not isinstance(d.get("text"), str) or not isinstance(d.get("id"), str):
            raise InputError("[CG009] a Document needs 'id' and 'text' strings")
        return cls(id=d["id"], text=d["text"], title=d.get("title"), url=d.get("url"), source=d.get("source"),
                   author=d.get("author"), published=d.get("published"), language=d.get("language"),
                   format=str(d.get("format") or "txt"), origin=d.get("origin"))


@dataclass(frozen=True)
class CorpusActor:
    """One speaker across documents. ``members`` are the per-document actors
    merged into it, as ``(document id, actor id)``; ``why`` says, for each merge,
    what made it ("same full name", "short name of", "capital of", "user merge")."""

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    members: tuple[tuple[str, str], ...] = ()
    why: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases),
                "roles": list(self.roles), "affiliations": list(self.affiliations),
                "members": [list(m) for m in self.members], "why": list(self.why)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CorpusActor:
        return cls(id=str(d["id"]), name=str(d["name"]),
                   type=_choice(d.get("type"), ACTOR_TYPES, "CG003", "actor type"),
                   aliases=tuple(d.get("aliases", ())), roles=tuple(d.get("roles", ())),
                   affiliations=tuple(d.get("affiliations", ())),
                   members=tuple((str(a), str(b)) for a, b in d.get("members", ())), why=tuple(d.get("why", ())))


@dataclass(frozen=True)
class ThreadMember:
    """A statement in a claim thread: which side it takes and why. ``evidence``
    is the span (in its document) that decided the side, usually the cue or a
    negation; ``reason`` says it in words ("denies", "cue 'rejected'", "same
    claim: violations, Xinjiang"); ``link`` why it joined the thread."""

    doc_id: str
    statement_id: str
    side: Side
    reason: str
    link: str
    evidence: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "statement_id": self.statement_id, "side": self.side,
                "reason": self.reason, "link": self.link,
                "evidence": None if self.evidence is None else self.evidence.to_list()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ThreadMember:
        return cls(doc_id=str(d["doc_id"]), statement_id=str(d["statement_id"]),
                   side=_choice(d.get("side"), SIDES, "CG008", "thread side"), reason=str(d.get("reason", "")),
                   link=str(d.get("link", "")), evidence=_span_or_none(d.get("evidence")))


@dataclass(frozen=True)
class Thread:
    """Statements from any documents about one proposition. ``proposition`` is
    the claim as first stated (``doc_id`` and ``span`` point to it); ``score`` is
    how contested it is (higher: more distinct actors on both sides, more
    documents, a longer time span)."""

    id: str
    proposition: str
    doc_id: str
    span: Span
    members: tuple[ThreadMember, ...] = ()
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "proposition": self.proposition, "doc_id": self.doc_id,
                "span": self.span.to_list(), "members": [m.to_dict() for m in self.members], "score": self.score}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Thread:
        return cls(id=str(d["id"]), proposition=str(d["proposition"]), doc_id=str(d["doc_id"]),
                   span=Span.from_list(d["span"]),
                   members=tuple(ThreadMember.from_dict(m) for m in d.get("members", ())),
                   score=float(d.get("score", 0.0)))

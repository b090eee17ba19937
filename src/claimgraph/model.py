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
    "KINDS",
    "Actor",
    "ActorType",
    "Analysis",
    "Kind",
    "Notice",
    "Span",
    "Statement",
]

Kind = Literal["direct", "mixed", "indirect"]
KINDS: tuple[Kind, ...] = ("direct", "mixed", "indirect")
ActorType = Literal["person", "organisation", "government", "document", "group"]
ACTOR_TYPES: tuple[ActorType, ...] = ("person", "organisation", "government", "document", "group")


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


@dataclass(frozen=True)
class Statement:
    """One attributed statement.

    ``content`` holds one span per piece: a quote split by its attribution
    (``"A," he said, "B."``) is one statement with two content spans.
    ``speaker`` is the mention as written ("he", "Mr Wang", "Beijing");
    ``actor_id`` the actor it resolves to. ``carried`` is true when the
    statement has no cue of its own and continues the previous attribution.
    """

    id: str
    kind: Kind
    content: tuple[Span, ...]
    cue: Span | None = None
    cue_lemma: str | None = None
    speaker: Span | None = None
    actor_id: str | None = None
    carried: bool = False

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

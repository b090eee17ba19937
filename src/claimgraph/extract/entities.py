"""Named people, organisations, places and groups, one entity per thing named.

spaCy's named entities are grouped within the document: a person's later
short mention ("Wang", "Ms Ruiz") joins the fullest name ending in it, other
names join on their lower-cased form. An entity is linked to the actor of #2
whose name or alias it carries (or, for a person's short name, whose mention
it sits in), so "Beijing" the place points to the Chinese government that
speaks through it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Actor, Entity, EntityLabel, Span
from .doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_entities"]

_LABELS: dict[str, EntityLabel] = {
    "PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
    "NORP": "group",
}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "prof."}


def _clean(name: str) -> str:
    name = " ".join(name.split())
    for suffix in ("'s", "\u2019s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.lower().startswith("the "):
        name = name[4:]
    words = name.split()
    while words and words[0].lower() in _TITLES:
        words = words[1:]
    return " ".join(words).strip(" ,.;:\"'\u201c\u201d")


def _overlaps(a: Span, spans: Sequence[Span]) -> bool:
    return any(a.start < s.end and s.start < a.end for s in spans)


def find_entities(doc: Doc, actors: Sequence[Actor] = ()) -> tuple[Entity, ...]:
    """Every named entity of ``doc``, grouped, in order of first mention."""
    text = doc_text(doc)
    groups: dict[tuple[str, str], dict] = {}  # (label, key) -> {"name", "mentions"}
    order: list[tuple[str, str]] = []
    surnames: dict[str, tuple[str, str]] = {}
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        name = _clean(text[ent.start_char : ent.end_char])
        if not name or not any(ch.isalpha() for ch in name):
            continue
        span = Span(ent.start_char, ent.end_char)
        words = name.split()
        if label == "person" and len(words) == 1 and words[0].lower() in surnames:
            key = surnames[words[0].lower()]
        else:
            key = (label, name.lower())
        if key not in groups:
            groups[key] = {"name": name, "label": label, "mentions": []}
            order.append(key)
        groups[key]["mentions"].append(span)
        if label == "person" and len(words) > 1:
            surnames.setdefault(words[-1].lower(), key)
    entities = []
    for n, key in enumerate(order, 1):
        g = groups[key]
        mentions = tuple(g["mentions"])
        actor_id = _actor_for(g["name"], g["label"], mentions, actors)
        entities.append(Entity(f"e{n}", g["name"], g["label"], mentions, actor_id))
    return tuple(entities)


def _actor_for(name: str, label: str, mentions: Sequence[Span], actors: Sequence[Actor]) -> str | None:
    low = name.lower()
    for a in actors:
        names = [a.name.lower(), *(x.lower() for x in a.aliases)]
        if low in names:
            return a.id
        # A short name inside a speaker's mention is that speaker: "Wang" in "Mr Wang said".
        if label == "person" and a.type == "person" and any(_overlaps(s, a.mentions) for s in mentions) \
                and any(x.endswith(" " + low) for x in names):
            return a.id
    return None

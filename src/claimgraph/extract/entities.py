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
from .statements import in_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as TokSpan

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


def _pieces(ent: TokSpan) -> list[tuple[int, int, EntityLabel | None]]:
    """An entity's character span(s) and label: "MERIN - Yuri Dalen", a
    dateline's city run into the name after it, is a place and a person; a
    dateline's city alone is a place."""
    label = _LABELS.get(ent.label_)
    if not in_dateline(ent[0]):
        return [(ent.start_char, ent.end_char, label)]
    if all(in_dateline(t) for t in ent):  # "ALMONT -", whatever the tagger called it
        return [(ent.start_char, ent.end_char, "place" if label is not None else None)]
    city = [t for t in ent if in_dateline(t) and t.is_alpha]
    rest = [t for t in ent if not in_dateline(t) and not t.is_punct]
    while rest and rest[0].pos_ == "DET":
        rest = rest[1:]
    out: list[tuple[int, int, EntityLabel | None]] = []
    if city:
        out.append((city[0].idx, city[-1].idx + len(city[-1]), "place"))
    if rest:
        out.append((rest[0].idx, rest[-1].idx + len(rest[-1]), label))
    return out


def find_entities(doc: Doc, actors: Sequence[Actor] = ()) -> tuple[Entity, ...]:
    """Every named entity of ``doc``, grouped, in order of first mention."""
    text = doc_text(doc)
    groups: dict[tuple[str, str], dict] = {}  # (label, key) -> {"name", "mentions"}
    order: list[tuple[str, str]] = []
    surnames: dict[str, tuple[str, str]] = {}
    for start, end, label in (p for ent in doc.ents for p in _pieces(ent)):
        if label is None:
            continue
        name = _clean(text[start:end])
        if not name or not any(ch.isalpha() for ch in name):
            continue
        span = Span(start, end)
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

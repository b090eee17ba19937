"""Helpers both linkers share: name normalisation, dates, and what story a
document belongs to (its dated named entities)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from ..extract.gazetteer import ORG_NOUNS, ROLE_NOUNS
from ..model import Analysis, Document

__all__ = ["dateline_place", "day_of", "doc_entities", "fold", "member_key", "ministry_field", "named_entities", "slug",
           "story_close"]

_PUNCT = re.compile(r"[^\w\s-]+")
_DATELINE_END = re.compile(r"[ \t]*(?:,|\(|-|\u2014|\u2013)")
_SPACE = re.compile(r"\s+")


def member_key(doc_id: str, actor_id: str) -> str:
    """The stable key of a per-document actor: ``"<document id>/<actor id>"``."""
    return f"{doc_id}/{actor_id}"


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, possessives and a leading
    "the" removed: "The UN's" and "the un" are one key."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"'s\b", "", text)
    text = _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()
    return text[4:] if text.startswith("the ") else text


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def day_of(doc: Document, analysis: Analysis) -> int | None:
    """The publication day as an ordinal, or None when unknown or malformed."""
    raw = doc.published or analysis.published
    if not raw or len(raw) < 10:
        return None
    try:
        return date.fromisoformat(raw[:10]).toordinal()
    except ValueError:
        return None


def dateline_place(analysis: Analysis) -> str | None:
    """The folded place a document's text opens with ("ALMONT - ...",
    "MERIN, 4 May - ..."), if any."""
    text = analysis.text
    lead = len(text) - len(text.lstrip())
    for e in analysis.entities:
        if e.label == "place" and e.mentions and e.mentions[0].start == lead \
                and _DATELINE_END.match(text, e.mentions[0].end):
            return fold(e.name)
    return None


def doc_entities(analysis: Analysis) -> frozenset[str]:
    """The folded names of the places, organisations and people a document
    names: two documents sharing some are likely about one story. A dateline's
    place only counts when named again: two stories filed from one city are
    not one story."""
    dateline = dateline_place(analysis)
    return frozenset(f for e in analysis.entities
                     if len(f := fold(e.name)) > 2 and (f != dateline or len(e.mentions) > 1))


def story_close(day_a: int | None, day_b: int | None, ents_a: frozenset[str], ents_b: frozenset[str], *,
                window: int, min_shared: int) -> bool:
    """Same story: published within ``window`` days (unknown dates pass) and
    sharing at least ``min_shared`` named entities."""
    if day_a is not None and day_b is not None and abs(day_a - day_b) > window:
        return False
    return len(ents_a & ents_b) >= min_shared


_MINISTRY_FIELDS = {"foreign affairs": "foreign", "the interior": "interior", "home affairs": "interior",
                    "defense": "defence", "internal affairs": "interior"}


def ministry_field(folded: str) -> str | None:
    """"foreign" for "the foreign ministry" and "ministry of foreign affairs"."""
    m = re.search(r"\bministry of ((?:the )?[a-z-]+(?: affairs)?)\b", folded)
    if m:
        f = m.group(1)
        return _MINISTRY_FIELDS.get(f, f.removeprefix("the "))
    m = re.search(r"\b([a-z-]+) ministry$", folded)
    if m and m.group(1) not in ("the", "a", "s"):
        return _MINISTRY_FIELDS.get(m.group(1), m.group(1))
    return None


_GENERIC_NAME_WORDS = frozenset(ORG_NOUNS | ROLE_NOUNS | {
    "of", "the", "for", "and", "finance", "foreign", "affairs", "interior", "defence", "defense", "justice", "health",
    "education", "trade", "economy", "environment", "energy", "transport", "labour", "labor", "agriculture",
    "national", "state", "federal", "central", "public", "chief", "deputy", "minister", "office", "bureau"})


def named_entities(ents: frozenset[str]) -> frozenset[str]:
    """The folded names of ``ents`` that name one thing: not "ministry of finance" or
    "statistician", which every story of their kind has."""
    return frozenset(e for e in ents if not set(e.split()) <= _GENERIC_NAME_WORDS)

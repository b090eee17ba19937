"""An actor as the speaker resolver builds it, and what it asks of one."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import ActorType, Span
from .lexicon import GENDERED_NOUNS, NGO_ENDINGS, TITLE_WORDS
from .names import given_names

__all__ = ["DocActor", "gender_of", "is_government", "is_ngo", "make_person"]


@dataclass
class DocActor:
    """An actor of one document while its mentions are gathered (becomes a
    :class:`~claimgraph.model.Actor` when the document is done)."""

    key: str
    name: str
    type: ActorType
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    nouns: set[str] = field(default_factory=set)  # documents: what the text called them
    words: list[str] = field(default_factory=list)  # persons: name words, lower case
    gender: str | None = None  # "f" or "m" when a title says so (Mr, Ms)
    # Named as the subject of a verb ("Velamed Pharmaceuticals wishes to ..."): kept
    # as mentions when the actor speaks somewhere in the document.
    subject_mentions: list[Span] = field(default_factory=list)
    # A one-word name typed an organisation only for want of a second word ("Lind said"):
    # a "he" or "she" that goes back to it shows it is a person.
    bare: bool = False

    def add_role(self, role: str) -> None:
        # "Sen." is a senator: the role is what "the senator" later goes back to.
        role = " ".join(TITLE_WORDS.get(w.rstrip("."), w) for w in role.split())
        if role and role not in self.roles:
            self.roles.append(role)

    def add_affiliation(self, aff: str) -> None:
        if aff and aff not in self.affiliations:
            self.affiliations.append(aff)


def is_government(a: DocActor) -> bool:
    return a.type == "government"


def gender_of(a: DocActor) -> str | None:
    if a.gender is not None:
        return a.gender
    if a.type == "person" and len(a.words) > 1:
        return given_names().get(a.words[0])
    # "his mother", "the spokeswoman": a description that says it
    last = a.name.lower().split()[-1] if a.type == "person" and a.name.strip() else ""
    return GENDERED_NOUNS.get(last)


def make_person(a: DocActor, gender: str) -> None:
    """A one-word name first taken for an organisation, shown by a pronoun to be a person."""
    a.type = "person"
    a.bare = False
    a.words = [a.name.lower()]
    a.gender = a.gender or gender


def is_ngo(a: DocActor) -> bool:
    """An organisation named as associations, alliances and watchdogs are ("Estuary Action",
    "Committee for Civil Liberties"): what "the group" can stand for."""
    words = a.name.lower().split()
    return a.type == "organisation" and len(words) > 1 and a.name[:1].isupper() and (
        words[-1] in NGO_ENDINGS or words[0] in ("committee", "alliance", "coalition", "association", "league")
        and len(words) > 2 and words[1] in ("for", "to", "of", "against"))

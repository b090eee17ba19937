"""Who the speaker is: mentions resolved to actors within one document.

Resolution is rule-based (no offline coreference model exists for spaCy 3.8):
- pronouns (he, she, it, they, who) go back to the nearest fitting
  antecedent, preferring earlier speakers over passing mentions, except a
  name in the pronoun's own sentence or the subject of the sentence before
  when named after that speaker; names inside someone's quoted words are no
  antecedents; "they" prefers people named in the plural as a subject
  ("Military analysts say ...") in this sentence or the one before;
- short names ("Mr Wang", "Bachelet") go to the full name that contains them
  (of two people sharing a surname, the one named last);
- "the minister", "the senator" go to the person last named or heard with
  that role ("Interior Minister Dorit Vallen"), not to a deputy's;
- capitals and countries as speakers ("Beijing", "China") are governments,
  the surface form kept as an alias; a capital the text introduces
  ("Taresh, the Kaldoran capital") is learnt from it;
- "the company", "the commission", "the port authority" go to the one
  organisation the text names with that noun (a company by its suffix);
  where several companies were named before it, "the company" is the one
  named last nearby as a subject, object or owner ("a company" never is);
  a one-word business the tagger took for a person ("Dalrail said ... The
  company said") is an organisation;
  "the government" to the government that last spoke or was last a
  subject; "the Government of Marovia" and a name used with its demonym
  ("Marovia", "Marovian") make a country;
- "the report" goes to the document the text spoke of last, and "the
  assessment" to the last document called that, so two documents sharing
  a name resolve by what the text last spoke of; "a report" is a new one
  (owned by the speaker in "In a report, X said" and by the publisher in
  "X released a report"), and one first named in quoted words is not what
  the narrator's "the report" goes back to;
- a dateline ("TARESH, 4 May -") is never the speaker;
- roles and affiliations are read from the words around a name
  ("Chinese Foreign Ministry spokesman Wang Wenbin", "X, a lawyer at Y").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Actor
from ..doctext import doc_text
from ..gazetteer import PERSON_NOUNS, ROLE_NOUNS
from .actor import DocActor
from .lexicon import ORG_SUFFIXES, PRONOUNS
from .names import norm
from .resolver import Resolver

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..statements import Found

__all__ = ["resolve_speakers"]


_HEADLINE_MAX = 160  # characters: a first line longer than this is a paragraph, not a headline


def _headline_speakers(doc: Doc, r: Resolver, used: list[str], merged: dict[str, str]) -> None:
    """"Senator denies taking money ..." over a story about Senator Lucia Varga: a speaker
    named in the headline only by a description is the one body or person of the story
    that the description's last word names ("senator" among the roles, "authority" in the
    name "Dovra Port Authority"), or the one document of that kind ("..., study finds" over "A
    large study published on Wednesday found"). Merged into that actor, the description kept as
    an alias."""
    text = doc_text(doc)
    end = text.find("\n")
    if end <= 0 or end > _HEADLINE_MAX or text[:end].rstrip().endswith((".", "?", "!")):
        return
    for k in used:
        a = r.actors[k]
        if k in merged or a.type not in ("person", "organisation", "document") or not a.mentions \
                or any(m.start >= end for m in a.mentions) or len(a.name.split()) > 3:
            continue
        words = a.name.split()
        if any(w[:1].isupper() for w in words[1:]):
            continue  # a proper name ("Lucia Varga"), not a description
        last = words[-1].lower()
        fits = [b for kb in used if kb != k and kb not in merged and ((b := r.actors[kb]).type == a.type or a.bare
                                                                      or b.type == "person" and last in PERSON_NOUNS)
                and any(m.start > end for m in b.mentions)
                and (last in b.name.lower().split() or any(last in role.lower().split() for role in b.roles))]
        if len(fits) == 1:
            b = fits[0]
            b.mentions.extend(m for m in a.mentions if m not in b.mentions)
            b.aliases.add(a.name)
            b.aliases |= a.aliases
            merged[k] = b.key


_OWNED = re.compile(r"^(?:[Tt]he\s+)?(.+?)['\u2019]s\s+\S")


def _possessive_owners(actors: list[DocActor]) -> None:
    """"Ulmeria's Foreign Ministry": an organisation named as another's (a
    government's, a body's) belongs to it (its affiliation, so its side is the owner's)."""
    named = {n.lower(): a.name for a in actors if a.type in ("government", "organisation")
             for n in (a.name, *a.aliases)}
    for a in actors:
        if a.type != "organisation":
            continue
        for name in (a.name, *sorted(a.aliases)):
            m = _OWNED.match(name)
            owner = None if m is None else named.get(m.group(1).lower())
            if owner is not None and owner != a.name:
                a.add_affiliation(owner)
                break


# "Ayodele Sturridge, who replaced Stelios Mavrides as Torvane's chief executive", "Yusra Belhaj has
# been chief executive of the ...", "Ornella Arrighi would serve as interim chief executive": a
# post the text gives a person after the name ("was moved up from deputy to transport minister").
_TAKES_POST = re.compile(
    r",?\s+(?:who\s+(?:replaced|succeeded)\s+[^,.;]{1,60}?\s+as|who\s+(?:took over|took office|was appointed|"
    r"was named|became|has been|is now)(?:\s+as)?|(?:has been|had been|was named|was appointed|became|took over as|"
    r"will serve as|would serve as|will take over as|was promoted to)(?:\s+as)?|"
    # "Dilnoza Qadiri was moved up from deputy to transport minister"
    r"(?:was\s+|has been\s+|had been\s+)?(?:moved up|promoted|elevated)\s+from\s+[^,.;]{1,40}?\s+to)\s+")
_NAMED_TO_POST = re.compile(r"\b(?:named|appointed|promoted)\s+$")
_POST_STOP = re.compile(r"[,.;:()\"\u201c\u201d]")


def _appointed_roles(text: str, actors: list[DocActor]) -> None:
    """Posts a text gives a named person in so many words: the person holds that role,
    and the owner named with it ("Torvane's", "of the Horizon Cup Organising Committee") is
    the affiliation."""
    for a in actors:
        if a.type != "person" or " " not in a.name or not a.name[:1].isupper():
            continue
        at = text.find(a.name)
        while at >= 0:
            end = at + len(a.name)
            after = _TAKES_POST.match(text, end)
            start = after.end() if after else (end + 1 if _NAMED_TO_POST.search(text, max(0, at - 12), at)
                                                and text[end:end + 1] == " " else None)
            at = text.find(a.name, end)
            if start is None:
                continue
            stop = _POST_STOP.search(text, start, start + 120)
            words = text[start:stop.start() if stop else start + 120].split()[:10]
            owner = words[0][:-2] if words and words[0].endswith(("'s", "\u2019s")) else None
            words = [w for w in words[1 if owner else 0:] if w.lower() not in ("the", "a", "an")]
            # the role ends at its last role word among the first few ("chief executive from Monday")
            k = max((i for i, w in enumerate(words[:5]) if w.islower() and (w in ROLE_NOUNS or w in _POST_ENDS)),
                    default=-1)
            if k < 0 or not all(w.islower() for w in words[:k + 1]):
                continue
            a.add_role(" ".join(words[:k + 1]))
            if owner is None and words[k + 1:k + 2] == ["of"]:
                rest = [w for w in words[k + 2:] if w.lower() != "the"]
                named = []
                for w in rest:
                    if not w[:1].isupper():
                        break
                    named.append(w)
                owner = " ".join(named) or None
            if owner:
                a.add_affiliation(owner)


_POST_ENDS = frozenset({"executive", "officer", "director", "chairman", "chairwoman", "chair", "head", "minister",
                        "president", "commissioner", "secretary", "governor", "premier", "spokesman", "spokeswoman"})


_LINK_WORDS = frozenset({"a", "an", "the", "at", "of", "in", "for", "former", "senior", "new"})


def _proper(name: str) -> bool:
    """A name with a proper noun in it, not only a description ("Tirasia's chief statistician")."""
    return any(w[:1].isupper() and not w.endswith(("'s", "\u2019s")) for w in name.split())


def _lede_description(text: str, r: Resolver, found: list[Found], keys: list[str | None],
                      merged: dict[str, str]) -> None:
    """"Patients died at three times the national rate, a senior doctor at the hospital has
    said." opening a story, and "Dr Roswitha Kael, a consultant anaesthetist ..., told the
    Herald" opening the next paragraph: the person a story's first statement describes is the
    one whose name opens the next paragraph as a speaker (news writing's delayed naming), when
    the description is heard only in the first paragraph and the named person not at all there."""
    spoken = sorted((f.speaker.start, k) for f, k in zip(found, keys, strict=True)
                    if k is not None and f.speaker is not None)
    if not spoken:
        return
    first_at, first_key = spoken[0]
    a = r.actors[merged.get(first_key, first_key)]
    lede_end = text.find("\n", first_at)
    if a.type != "person" or _proper(a.name) or lede_end < 0 or any(m.start > lede_end for m in a.mentions):
        return
    start = len(text) - len(text[lede_end:].lstrip())
    second_end = text.find("\n", start)
    second_end = len(text) if second_end < 0 else second_end
    at, key = next(((at, k) for at, k in spoken if at > lede_end), (None, None))
    if at is None or key is None or at >= second_end or text[start:at].strip():
        # (the name opens the next paragraph: "Dr Roswitha Kael, a consultant ..., told"; not
        # '"This video puts him on the defensive," said Karl Dunn' after "a veteran diplomat said")
        return
    b = r.actors[merged.get(key, key)]
    if b is a or b.type != "person" or not _proper(b.name) or any(m.start < lede_end for m in b.mentions):
        return
    # (not when the named one holds another known role: "a former researcher at the laboratory"
    # is not "Dr Fiona Ashdown, the journal's editor-in-chief")
    described = {w for n in (a.name, *a.aliases) for w in re.split(r"[\s-]+", n.lower())} - _LINK_WORDS
    words = {w for role in b.roles for w in re.split(r"[\s-]+", role.lower())}
    if words & ROLE_NOUNS - {"head"} and not words & described:  # ("head of the office" says nothing)
        return
    b.mentions.extend(m for m in a.mentions if m not in b.mentions)
    b.aliases |= {a.name, *a.aliases}
    merged[a.key] = b.key


def resolve_speakers(doc: Doc, found: list[Found]) -> tuple[list[Actor], list[str | None]]:
    """Actors of the document and, for each statement, its speaker's actor id."""
    r = Resolver(doc, frozenset(f.speaker_head for f in found if f.speaker_head is not None))
    keys: list[str | None] = []
    prior: list[tuple[int, str]] = r.prior
    for f in found:
        if f.speaker is None or f.speaker_head is None:
            keys.append(None)
            continue
        head = doc[f.speaker_head]
        a = r.speaker(head, f.speaker, prior, f.content)
        if a is None:
            keys.append(None)
            continue
        if f.speaker not in a.mentions:
            a.mentions.append(f.speaker)
        surface = norm(f.speaker.text(doc_text(doc)))
        if surface and surface.lower() not in PRONOUNS and surface != a.name and a.type != "document":
            a.aliases.add(surface)
        keys.append(a.key)
        prior.append((f.speaker_head, a.key))
        prior.sort()
    # A speaker mention is its statement's actor's alone: the name scan may have given
    # "Clinton" to Hillary Clinton where the statement's resolution says Bill.
    spoken = {f.speaker: k for f, k in zip(found, keys, strict=True) if k is not None and f.speaker is not None}
    for key, a in r.actors.items():
        a.mentions = [m for m in a.mentions if spoken.get(m) == key or not any(
            owner != key and s.start <= m.start and m.end <= s.end for s, owner in spoken.items())]
    # Speakers, people named, and governments and organisations named as a subject
    # ("Velamed Pharmaceuticals wishes to ...", "Marovia gave a different account").
    taken = [m for a in r.actors.values() for m in a.mentions]
    for a in r.actors.values():
        a.mentions.extend(m for m in a.subject_mentions
                          if not any(t.start < m.end and m.start < t.end for t in taken))
    used = [k for k in r.order if r.actors[k].mentions and r.actors[k].name.strip()]
    _possessive_owners([r.actors[k] for k in used])
    _appointed_roles(doc_text(doc), [r.actors[k] for k in used])
    # One named person or organisation per name: "Hillary Clinton" reached by the name scan
    # and again through "Hillary Clinton, who ..." is one actor (documents and groups keep
    # theirs: two reports may share a name).
    first_of: dict[tuple[str, str], str] = {}
    merged: dict[str, str] = {}
    person_names = {r.actors[k].name for k in used if r.actors[k].type == "person"}
    for k in used:
        a = r.actors[k]
        if a.type in ("document", "group") or not any(w[:1].isupper() for w in a.name.split()):
            continue
        words = a.name.split()
        type_ = a.type
        if type_ == "organisation" and a.name in person_names and len(words) == 2 and not any(
                w.isupper() or w.lower() in ORG_SUFFIXES or w.endswith(("'s", "’s")) for w in words):
            type_ = "person"  # "Lena Holt" tagged once as an organisation is the person Lena Holt
            a.type = "person"
        into = first_of.setdefault((a.name, type_), k)
        if into != k:
            b = r.actors[into]
            b.mentions.extend(m for m in a.mentions if m not in b.mentions)
            b.aliases |= a.aliases
            for role in a.roles:
                b.add_role(role)
            for aff in a.affiliations:
                b.add_affiliation(aff)
            merged[k] = into
    _headline_speakers(doc, r, used, merged)
    _lede_description(doc_text(doc), r, found, keys, merged)
    used = [k for k in used if k not in merged]

    def final(k: str) -> str:
        while k in merged:  # (an actor merged into one merged later itself)
            k = merged[k]
        return k

    keys = [None if k is None else final(k) for k in keys]
    key_to_id = {k: f"a{n}" for n, k in enumerate(used, 1)}
    actors = []
    for k in used:
        a = r.actors[k]
        actors.append(Actor(
            id=key_to_id[k], name=a.name, type=a.type,
            aliases=tuple(sorted(x for x in a.aliases if x and x != a.name)),
            roles=tuple(a.roles), affiliations=tuple(a.affiliations),
            mentions=tuple(sorted(set(a.mentions))),
        ))
    ids = [None if k is None else key_to_id.get(k) for k in keys]
    return actors, ids

"""Actors across documents: per-document actors grouped into corpus actors.

Every rule is a blocking key or an index lookup, so linking is linear in the
number of per-document actors (no all-pairs comparison):

- persons: the same full name (titles dropped, accents folded) is one person;
  a surname alone ("Wang", "Mr Wang") joins a full name holding it only when
  that full name is the only one with the surname in the same story (a
  document within ``window`` days sharing a named entity), or else the only
  one in the corpus; a title's gender must not clash; titles and roles
  inside a name are dropped ("UN spokesperson Ana Ruiz"). A role with no
  name ("the health minister", "Marovia's prime minister") stays in its
  document, where it is the one person given that role (a deputy health
  minister is not the health minister), or, in a first paragraph that
  names no one for it, the first person without a role to speak after it:
  the same role at two times may be two people;
- governments: one per country; capitals, "the X government", "the
  government of X" and the country are one (surface forms kept as aliases);
  a capital a document teaches ("Taresh, the Marovian capital") is learnt
  for the whole corpus, and so is a place that speaks ("Taresh rejected
  the call") where every document it speaks in names one country's
  government and no other;
- organisations: the same folded name, the short forms of
  ``gazetteer.ORG_ALIASES`` (OHCHR is the UN human rights office), an
  acronym defined in parentheses, or an acronym matching exactly one
  multi-word name in the corpus; a name that starts or ends the only longer
  name of its story ("Velamed" for "Velamed Pharmaceuticals", "the Red
  Cross" for "the Velmoran Red Cross"); "Ms X's office" is the organisation person
  X is affiliated with, or one office per person; "the union" is the one
  union its document, or else its story, names; "an environmental group"
  opening a document is the first named organisation to speak after it; a
  description ("the health office") is the only longer one of its document
  ending with it ("the regional health office"), and the same description
  in two documents of one story is one organisation (not a state's bodies:
  "the interior ministry" of two countries); a one-word name the tagger
  read as a person ("Dalrail said") is the organisation of that name in its
  story, unless someone in the corpus has it as a surname;
- documents: one owner and one kind ("United Nations report", "China
  response") in the same story; "the report" with no owner stays in its
  document;
- groups ("critics", "residents") stay in their document.

User corrections are keyed by per-document actor keys ``"<document
id>/<actor id>"`` (stable for a document and extractor version) or by corpus
actor ids. ``merges=[(a, b)]`` says a and b are one actor; ``splits=[(m,
c)]`` says per-document actor m is not part of c (a corpus actor id or
another member key). Corpus ids in corrections refer to the automatic
linking of the same corpus, so they survive new documents. A split wins over
a merge that would contradict it.

Corpus actor ids are ``"<type>:<slug of the canonical name>"``
(``person:wang-wenbin``, ``government:china``); when two corpus actors would
share one, the one with the earliest member (by publication date, then
document id) keeps it and the others get ``~`` and six hex digits of a hash
of their earliest member key.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..extract.gazetteer import (
    CAPITALS,
    COMPANY_SUFFIXES,
    COUNTRY_ADJECTIVES,
    ORG_ALIASES,
    ORG_ENDINGS,
    ORG_NOUNS,
    ROLE_NOUNS,
    TITLES,
    title_gender,
)
from ..extract.speakers.names import given_names
from ..model import ActorType, Analysis, CorpusActor, Document
from ._common import (
    dateline_place,
    day_of,
    doc_entities,
    fold,
    member_key,
    ministry_field,
    named_entities,
    slug,
    story_close,
)

__all__ = ["link_actors", "member_key"]

STORY_WINDOW = 45  # days: two mentions of one surname further apart are not one story
_FOLLOW_UP_DAYS = 180  # a later document of a story, further than STORY_WINDOW ...
_FOLLOW_UP_NAMES = 4  # ... when it shares this many names with the earlier one
# Posts one person holds at a time (a company has many spokeswomen, one chief executive).
_POSTS = frozenset({"executive", "officer", "director", "head", "chief", "president", "chairman", "chairwoman", "chair",
                    "premier", "chancellor", "commander",
                    "chairperson", "commissioner", "minister", "governor", "mayor", "general", "secretary", "leader",
                    "rector", "dean", "editor", "ombudsman", "coroner", "prosecutor"})
_COMPANY_POSTS = frozenset({"executive", "officer", "director"})
# Posts a story usually has one holder of, named with no owner ("the premier said").
_LONE_POSTS = frozenset({"premier", "mayor", "governor", "coroner", "ombudsman"})
# The top posts of a body: its "head".
_TOP_POSTS = frozenset({"director-general", "director general", "director", "chief executive", "president",
                        "chairman", "chairwoman", "chair", "chairperson", "commissioner", "governor",
                        "secretary-general", "secretary general", "executive director", "head"})
_HOLDER_DAYS = 180  # days: a role description is its holder within this of a document naming them
_GENERIC_DOC_DAYS = 10  # "the report" in two articles of one story this close is one report
_SHORT_NAME_FALLBACK_DAYS = 400  # the only full name in the corpus still needs to be of that era
_TYPE_RANK: dict[str, int] = {"government": 0, "organisation": 1, "person": 2, "document": 3, "group": 4}
_GOV_WORDS = {"government", "administration", "authorities", "regime", "cabinet", "state"}
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_MINOR_WORDS = {"of", "the", "for", "and", "on", "in", "to", "de", "des", "du", "la", "le", "a", "an", "at"}
_HEAD_WORDS = ("chief", "head", "commissioner", "director", "chair", "president", "spokesman", "spokeswoman",
               "spokesperson")
_FOLDED_TITLES = {fold(t) for t in TITLES}
_ROLE_WORDS = _FOLDED_TITLES | {fold(t) for t in ROLE_NOUNS} | {"spokesperson", "spokeswoman"}
# Words that do not change whose role it is ("the new chief executive" is the chief executive).
_PASSING = {"new", "interim", "acting", "current", "incoming", "main"}
_CHANGE_WORDS = _PASSING - {"current", "main"}  # a post that has just changed hands
# A deputy health minister is not the health minister.
_NOT_THE = {"deputy", "vice", "assistant", "junior", "former", "shadow", "under", "associate", "ex"}
# Organisations named by a common noun: which one is meant depends on the document.
_GENERIC_ORGS = {fold(x) for x in ORG_NOUNS} | {"company", "firm", "agency", "authority", "commission", "ministry",
                                                "mission", "party", "union", "association", "regulator", "inquiry",
                                                "observers", "operator", "manufacturer", "alliance", "chamber"}
_COMPANY_NOUNS = {"company", "firm", "manufacturer", "operator"}
# What a kind of business is called, and how its names end: "the airline" of "Halcyra Airways".
_KIND_ENDINGS = {"airline": {"airways", "airlines", "air"}, "carrier": {"airways", "airlines", "air"},
                 "bank": {"bank", "bancorp"}, "lender": {"bank", "bancorp"}, "insurer": {"insurance", "assurance"},
                 "miner": {"mining", "minerals", "resources"}, "drugmaker": {"pharmaceuticals", "pharma"},
                 "broadcaster": {"broadcasting", "tv", "television", "radio"}, "railway": {"rail", "railways"},
                 "hospital": {"general", "infirmary"}}  # ("Ambrey General": a general hospital's short name)
_REGULATOR_NOUNS = frozenset({"regulator", "watchdog"})
_ANY_KIND = frozenset({"group", "organisation", "organization", "body", "campaign"})
# Owners a description names by a common noun ("the company's chief executive").
_GENERIC_OWNERS = _GENERIC_ORGS | {"city", "hospital", "bank", "airline", "service", "board", "council", "group",
                                   "university", "court", "team", "club", "newspaper", "paper", "country", "region"}
_STATE_BODIES = _GOV_WORDS | {"ministry", "department", "army", "military", "police", "embassy", "parliament"}
# Governments that are not one country's: a place speaking beside them is not their capital.
# Officials whose words place their country's seat: ministers, spokespeople, state bodies.
_OFFICIAL = re.compile(r"\b(?:minister|ministry|spokes(?:man|woman|person)|president|prime|premier|chancellor|"
                       r"secretary|governor|general|colonel|commander|chief)\b", re.I)
_MINISTER_ROLE = re.compile(r"\bminister\b", re.I)
_GOVERNMENT_IN = re.compile(r"^(?:the\s+)?(?:government|authorities|administration)\s+in\s+([A-Z][\w-]+)$", re.I)
_NOT_COUNTRIES = {fold(x) for x in ORG_ALIASES.values()} | {"european union", "united nations", "african union"}
_COUNTRY_OF: dict[str, str] = {fold(k): v for k, v in {**CAPITALS, **COUNTRY_ADJECTIVES}.items()}
_COUNTRY_OF.update({fold(v): v for v in CAPITALS.values()})
# Document kinds that name the same thing: a body's "assessment" of a situation is its report.
_DOC_KIND = {"assessment": "report", "findings": "report", "study": "report", "review": "report",
             "inquiry": "report", "investigation": "report", "dossier": "report"}


@dataclass(frozen=True, slots=True)
class _Actor:
    """What linking reads of a per-document actor: its mentions only as where
    the first one is and, when that is in the first paragraph, the text there
    (so that no document text is held while linking)."""

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    affiliations: tuple[str, ...]
    first: int | None  # start of its first mention
    lede: str | None  # text[first:first + max(3, len(name))] when first is in the first paragraph
    pronoun: str | None = None  # "f" or "m" when its pronoun mentions all say so ("she said")


@dataclass(frozen=True, slots=True)
class _Doc:
    """What linking reads of a document. The statements' speakers (actor id and
    where the speaker mention starts, in statement order) are kept only for a
    document with an actor in its first paragraph: the role and lede rules
    read them there alone."""

    id: str
    day: int | None
    ents: frozenset[str]
    speaker_ids: tuple[str, ...]
    speaker_starts: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class _Item:
    key: str
    doc: int  # index into the document list
    actor: _Actor
    order: tuple[str, str, int]
    folded: str
    words: tuple[str, ...]


class _Groups:
    """Union-find over member keys with cannot-link constraints (user splits)."""

    def __init__(self, keys: Iterable[str], forbid: Sequence[tuple[str, set[str]]]) -> None:
        self.parent = {k: k for k in keys}
        self.why: dict[str, list[str]] = defaultdict(list)
        # tag ("a", i) on the split member, ("b", i) on what it must stay apart from.
        self.tags: dict[str, set[tuple[str, int]]] = defaultdict(set)
        for i, (m, others) in enumerate(forbid):
            if m in self.parent:
                self.tags[m].add(("a", i))
            for o in others:
                if o in self.parent and o != m:
                    self.tags[o].add(("b", i))

    def find(self, k: str) -> str:
        root = k
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[k] != root:
            self.parent[k], k = root, self.parent[k]
        return root

    def union(self, a: str, b: str, reason: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        ta, tb = self.tags.get(ra), self.tags.get(rb)
        if ta and tb:
            for side, i in ta:
                if (("b" if side == "a" else "a"), i) in tb:
                    return False
        if len(self.why[ra]) < len(self.why[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.why[ra].extend(self.why.pop(rb, []))
        self.why[ra].append(f"{a} + {b}: {reason}")
        if tb:
            self.tags[ra] |= self.tags.pop(rb)
        return True


def _name_words(name: str, person: bool = False) -> list[str]:
    words = fold(name).split()
    while len(words) > 1 and words[0] in _FOLDED_TITLES:
        words = words[1:]
    if person:
        # "UN spokesperson Ana Ruiz": the name is what follows the last title or role.
        cut = max((i for i, w in enumerate(words[:-1]) if w in _ROLE_WORDS), default=-1)
        words = words[cut + 1:]
    return words


def _bare_role(role: str) -> str:
    """"The new chief executive" -> "chief executive"."""
    return " ".join(w for w in fold(role).split() if w not in ("a", "an", "the") and w not in _PASSING)


def _role_phrase(actor: _Actor) -> str | None:
    """"Ombelia's prime minister", "Halvorsen Minerals' new chief executive": a
    person named by a role, not a name; the role's words, or None."""
    if actor.type != "person":
        return None
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", actor.name)
    if len(words) < 2 or fold(words[-1]) not in _ROLE_WORDS or not any(w.islower() for w in words):
        return None
    tail: list[str] = []
    for w in reversed(words):
        if not w.islower() or w in _MINOR_WORDS:
            break
        tail.insert(0, w)
    return " ".join(w for w in tail if w not in _PASSING) or None


def _is_named(name: str) -> bool:
    """A proper name has a capitalised word: "the health minister" has none."""
    return any(w[:1].isupper() for w in re.findall(r"[^\W\d_][\w'-]*", name) if fold(w) not in _MINOR_WORDS)


def _story_or_follow_up(day_a: int | None, day_b: int | None, ents_a: frozenset[str], ents_b: frozenset[str], *,
                        min_shared: int) -> bool:
    """One story: within ``STORY_WINDOW`` days sharing ``min_shared`` names, or a follow-up
    within ``_FOLLOW_UP_DAYS`` sharing ``_FOLLOW_UP_NAMES``."""
    return story_close(day_a, day_b, ents_a, ents_b, window=STORY_WINDOW, min_shared=min_shared) or story_close(
        day_a, day_b, ents_a, ents_b, window=_FOLLOW_UP_DAYS, min_shared=_FOLLOW_UP_NAMES)


def _field_minister(role: Sequence[str]) -> bool:
    """"health minister": a post each country has one of, the one of its story when it names one."""
    return len(role) == 2 and role[1] == "minister" and role[0] in _FIELDS


_FIELDS = frozenset({"health", "finance", "foreign", "interior", "defence", "defense", "justice", "education",
                     "trade", "economy", "environment", "energy", "transport", "agriculture", "labour", "labor",
                     "culture", "tourism", "housing", "water", "mining", "fisheries", "industry"})


def _gender(actor: _Actor) -> str | None:
    for form in (actor.name, *actor.aliases):
        first = fold(form).split()[:1]
        if first and (gender := title_gender(first[0])) is not None:
            return gender
    return actor.pronoun


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def _demonym_forms(f: str) -> set[str]:
    """The demonyms a folded place name may have: "kestrian" for "kestria", "belcaran" for "belcaro"."""
    return {f + "n", f + "an", f + "ian", f + "ese", f + "i", f[:-1] + "an", f[:-1] + "ian"}


def _acronym(name: str) -> str | None:
    """OHCHR for "Office of the High Commissioner for Human Rights"."""
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", name) if w.lower() not in _MINOR_WORDS]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).lower()


def _org_keys(name: str) -> tuple[set[str], str | None]:
    """The folded names an organisation goes by, and the acronym it defines in
    parentheses ("... Human Rights (OHCHR)")."""
    keys: set[str] = set()
    defined = None
    m = re.match(r"^(.*?)\s*\(\s*([A-Za-z.]{2,10})?\s*\)?\s*$", name)
    if m and "(" in name:
        name = m.group(1)
        if m.group(2):
            defined = fold(m.group(2))
            keys.add(fold(ORG_ALIASES.get(defined, defined)))
    f = fold(name)
    if f:
        keys.add(fold(ORG_ALIASES.get(f, f)))
    return keys, defined


def _country(name: str, capitals: dict[str, str]) -> str | None:
    """The country a government-like name stands for, or None."""
    f = fold(name)
    if f in capitals:
        return capitals[f]
    words = [w for w in f.split() if w not in _GOV_WORDS and w not in ("of", "central", "national")]
    rest = " ".join(words)
    if rest and rest != f or f in capitals:
        return capitals.get(rest)
    return None


def _display(name: str) -> str:
    name = re.sub(r"\s*\(\s*[A-Za-z.]*\s*\)?\s*$", "", name).strip(" ,;:")
    return name[4:] if name.lower().startswith("the ") else name


_SELF_NAMED = re.compile(r",?\s+(?:calling (?:itself|themselves|himself|herself)|called|named|known as)\s+[A-Z]")
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_SAID_IN = re.compile(r"(?:\s+(?:reporters|journalists|parliament|lawmakers|a (?:news|press) conference|a briefing"
                      r"|state (?:television|radio|media)))?(?:\s+on\s+[A-Z][a-z]+day)?"
                      r"\s+in\s+([A-Z][\w'-]+)\b(?!\s+[A-Z])")
_IN_PLACE_BEFORE = re.compile(r"(?:^|[.!?\"\u201d]\s+|\n\s*)(?:In|Speaking(?: to [\w ]{1,30}?)? in) ([A-Z][\w'-]+)"
                              r"(?: [a-z]+)?,\s*(?:[Tt]he\s+)?$")


def _spoke_in(text: str, cue_start: int, cue_end: int, speaker_start: int) -> str | None:
    """The place a statement was made, as the text says it: "said in Lumbe", "told
    reporters in Vantis", "In Kesh, the Ministry of Defence said"."""
    m = _SAID_IN.match(text, cue_end, min(len(text), cue_end + 70)) if speaker_start < cue_start else None
    if m is None:
        m = _IN_PLACE_BEFORE.search(text, max(0, speaker_start - 60), speaker_start)
    if m is None or m.group(1).lower() in _MONTHS:
        return None
    return m.group(1)


_SKETCH = 64  # hashes kept per document
_COPY_SHARE = 0.5  # share of the smaller sketch two wire copies have in common


def _sketch(text: str) -> frozenset[int]:
    """The smallest hashes of a text's word 5-grams (a bottom-k MinHash sketch): two
    copies of one wire story share most of them, two articles on one story few."""
    words = re.findall(r"\w+", text.lower())
    grams = {" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4))}
    hashes = sorted(int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams)
    return frozenset(hashes[:_SKETCH])


def _has_words(o: _Item, words: Iterable[str]) -> bool:
    """Whether every one of ``words`` is in ``o``'s name, by its first four letters ("fishers" in
    "Kandri Fishing Cooperative")."""
    return all(any(m[:4] == w[:4] for w in o.words) for m in words)


# Kinds of body a description names ("a regulator"), and the name endings of each: a
# description is no body of another kind ("a regulator" is not "The AST").
_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"regulator", "watchdog", "authority", "agency", "commission", "inspectorate", "office", "board",
               "council", "directorate", "ombudsman", "tribunal", "court"}),
    frozenset({"group", "alliance", "coalition", "network", "trust", "association", "union", "federation", "centre",
               "center", "watch", "society", "forum", "campaign", "movement", "international", "initiative",
               "foundation", "charity", "organisation", "organization", "monitor", "action", "collective"}),
)


def _same_kind(noun: str, o: _Item) -> bool:
    """Whether a body may be what a description naming it ``noun`` means: a description of one
    kind is no body whose name is of another kind, or gives no kind at all (an acronym)."""
    kind = next((k for k in _KINDS if noun in k), None)
    words = set(o.words)
    if kind is None or noun in words or words & kind:
        return True
    if any(words & other for other in _KINDS if other is not kind):
        return False
    return len(words) > 1  # a name that says no kind ("Brightwater Telecom"), not an acronym


class _Linker:
    def __init__(self, docs: Iterable[tuple[Document, Analysis]]) -> None:
        self.docs: list[_Doc] = []
        self.items: list[_Item] = []
        self._words: dict[int, frozenset[str]] = {}
        # Gathered while reading, for the corpus-wide rules (countries, capitals, speaking places).
        self._places: dict[str, str] = {}  # folded place name -> as first written
        self._demonyms: set[str] = set()
        self._place_like: set[str] = set()  # places, and names written after "in" or "from"
        self._datelines: dict[int, str] = {}  # document -> the folded place its text opens with
        self._spoke_in: list[tuple[str, str]] = []  # (member key, folded place): "X said in Lanz"
        self._sketches: list[frozenset[int]] = []  # per document: the smallest hashes of its word 5-grams
        self._name_words: dict[tuple[str, bool], tuple[str, ...]] = {}  # one tuple per distinct name
        # One pass, keeping only the features above: docs may be read from a store as they come.
        for d, a in docs:
            self._read(d, a)
        self.days = [d.day for d in self.docs]
        self.by_key = {it.key: it for it in self.items}
        self.capitals = dict(_COUNTRY_OF)
        self._learn_countries()
        self.governments: set[str] = set()
        self._learn_capitals()
        self._learn_seats()
        self._learn_speaking_places()

    def _read(self, d: Document, a: Analysis) -> None:
        n = len(self.docs)
        text = a.text
        # "\n" in text[:start].lstrip() without slicing: the first paragraph ends at the first
        # newline after the leading blanks.
        lead = len(text) - len(text.lstrip())
        para_end = text.find("\n", lead)
        in_lede = False
        for actor in a.actors:
            first = min((m.start for m in actor.mentions), default=None)
            lede = None
            if first is not None and (para_end < 0 or para_end >= first):
                lede = text[first:first + max(3, len(actor.name))]
                if lede == actor.name:
                    lede = actor.name  # one object, not a copy per document
                in_lede = True
                end = min(m.end for m in actor.mentions if m.start == first)
                if _SELF_NAMED.match(text, end, end + 40):
                    lede = None  # "A group calling itself Coldharbour": named there, by no one later
            num = int(actor.id[1:]) if actor.id[1:].isdigit() else 0
            person = actor.type == "person"
            words = self._name_words.get((actor.name, person))
            if words is None:
                words = self._name_words[(actor.name, person)] = tuple(_name_words(actor.name, person=person))
            said = {g for m in actor.mentions if m.end - m.start <= 3
                    and (g := _PRONOUN_GENDER.get(text[m.start:m.end].lower())) is not None} if person else set()
            self.items.append(_Item(
                member_key(d.id, actor.id), n,
                _Actor(actor.id, actor.name, actor.type, actor.aliases, actor.roles, actor.affiliations, first, lede,
                       said.pop() if len(said) == 1 else None),
                (d.published or a.published or "~", d.id, num), fold(actor.name), words))
        speakers = [(st.actor_id, st.speaker.start) for st in a.statements
                    if in_lede and st.actor_id and st.speaker is not None]
        self.docs.append(_Doc(d.id, day_of(d, a), named_entities(doc_entities(a)), tuple(x for x, _ in speakers),
                              tuple(x for _, x in speakers)))
        if (dateline := dateline_place(a)) is not None:
            self._datelines[n] = dateline
        self._sketches.append(_sketch(text))
        for st in a.statements:
            if st.actor_id and st.cue is not None and st.speaker is not None:
                place = _spoke_in(text, st.cue.start, st.cue.end, st.speaker.start)
                if place is not None:
                    self._spoke_in.append((member_key(d.id, st.actor_id), fold(place)))
        for e in a.entities:
            f = fold(e.name)
            if e.label == "place":
                self._places.setdefault(f, e.name)
            elif e.label == "group":
                self._demonyms.add(f)
            if e.label == "place" or any(
                    re.search(r"\b(?:in|from)\s+$", text[max(0, m.start - 6):m.start]) for m in e.mentions):
                self._place_like.add(f)

    def ents(self, n: int) -> frozenset[str]:
        return self.docs[n].ents

    def name_words(self, n: int) -> frozenset[str]:
        """The words of the names a document mentions, but the common nouns in
        them: "Ms Brecke" and "Hannah Brecke" share "brecke"."""
        got = self._words.get(n)
        if got is None:
            # Copied from a set, a frozenset is sized for it (from a generator, up to twice that).
            got = self._words[n] = frozenset({
                w for e in self.ents(n) for w in e.split()
                if len(w) > 3 and w not in _GENERIC_ORGS and w not in _GOV_WORDS and w not in _ROLE_WORDS})
        return got

    def actor_words(self, n: int) -> frozenset[str]:
        """The words of the names of document ``n``'s actors ("the Pravelian Tax Office" it
        names as a speaker, though the tagger named no such body)."""
        cached: dict[int, frozenset[str]] | None = getattr(self, "_actor_words", None)
        if cached is None:
            built: dict[int, set[str]] = defaultdict(set)
            for it in self.items:
                built[it.doc].update(it.folded.split())
            cached = self._actor_words = {k: frozenset(v) for k, v in built.items()}
        return cached.get(n, frozenset())

    def _learn_countries(self) -> None:
        """A place named with its demonym somewhere in the corpus ("Kestria" and
        "Kestrian") is a country: as a speaker it is its government."""
        # (the tagger reads a demonym as a place as often as a nationality: "Khedaran")
        demonyms = self._demonyms | set(self._places)
        for f, name in self._places.items():
            if " " in f or f in self.capitals:
                continue
            if _demonym_forms(f) & demonyms:
                self.capitals[f] = name
        # "Belcaro said" (read as an organisation) and "the Belcaran government": Belcaro is a country.
        governed = {it.words[0] for it in self.items if len(it.words) == 2 and it.words[1] in _GOV_WORDS}
        for it in self.items:
            f = it.folded
            if " " in f or f in self.capitals or it.actor.type not in ("organisation", "government") \
                    or not it.actor.name[:1].isupper() or len(f) < 4:
                continue
            if _demonym_forms(f) & governed:
                self.capitals[f] = it.actor.name

    def _learn_capitals(self) -> None:
        """A government's one-word alias that is not its country ("Taresh" for
        Marovia) is its capital everywhere in the corpus."""
        for it in self.items:
            a = it.actor
            if a.type != "government":
                continue
            country = self.capitals.get(it.folded, a.name)
            self.capitals.setdefault(fold(country), country)
            for alias in a.aliases:
                f = fold(alias)
                if f and " " not in f and f not in self.capitals and alias[:1].isupper() and not (
                        f in _GOV_WORDS or f in _GENERIC_ORGS or f in _ROLE_WORDS):  # "The Government"
                    self.capitals[f] = country

    def _learn_seats(self) -> None:
        """Where a country's officials speak ("Tessaran Foreign Minister Amaya Roscoe
        said in Lumbe", "In Kesh, the Ministry of Defence said") is its capital, when
        the corpus places that country's officials there and no other country's."""
        # "Estland's defence minister": a place with ministers is a country.
        for it in self.items:
            a = it.actor
            if a.type != "person" or not any(_MINISTER_ROLE.search(r) for r in a.roles):
                continue
            for aff in a.affiliations:
                f = fold(aff)
                if (f and " " not in f and f not in self.capitals and aff[:1].isupper()
                        and any(x.startswith((f"{aff}'s ", f"{aff}\u2019s ")) for x in a.aliases)):
                    self.capitals[f] = aff
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for key, place in self._spoke_in:
            speaker = self.by_key.get(key)
            if (speaker is None or place in self.capitals or " " in place or place in _GOV_WORDS
                    or place not in self._place_like):
                continue
            country = self._country_of_official(speaker) or self._named_official_country(speaker)
            if country is not None and fold(country) not in _NOT_COUNTRIES and fold(country) != place:
                votes[place][country] += 1
        for place, by_country in votes.items():
            if len(by_country) == 1:
                self.capitals[place] = next(iter(by_country))

    def _named_official_country(self, it: _Item) -> str | None:
        """"In Selmir, Valentin Cosmescu, the defence ministry's spokesman, ...": the one country
        the same full name speaks for elsewhere in the corpus ("a spokesman for Arventa's
        defence ministry")."""
        if it.actor.type != "person" or len(it.words) < 2:
            return None
        found = {c for o in self.items if o.words == it.words and o.key != it.key
                 and (c := self._country_of_official(o)) is not None}
        return next(iter(found)) if len(found) == 1 else None

    def _country_of_official(self, it: _Item) -> str | None:
        """The country a minister, ministry, spokesman or state body speaks for, when a
        form of its name or its affiliation says it ("Askavian Customs Service",
        "Keldara's water minister", "Tessaran Foreign Minister")."""
        a = it.actor
        if a.type == "government":
            return self._government_of(it)
        if a.type not in ("person", "organisation"):
            return None
        official = a.type == "organisation" or any(_OFFICIAL.search(r) for r in a.roles)
        if not official:
            return None
        for form in (*a.affiliations, a.name, *a.aliases):
            f = fold(form)
            if not f:
                continue
            head = f.split()[0]
            country = self.capitals.get(f) if " " not in f else None
            country = country or self.capitals.get(head) or self._demonym(head)
            if country is not None:
                return country
        # "Keldara's water minister": a one-word place the official belongs to.
        return next((self._places[f] for f in map(fold, a.affiliations) if f in self._places and " " not in f), None)

    def _learn_speaking_places(self) -> None:
        """A place that speaks ("Lanz has asked for an inquiry") stands for a
        government: its capital's, when every document where it speaks names
        one country's government and no other, and no one has it as a surname."""
        # Places: named as one, or after "in" and "from" ("said in Lanz", "troops from Lanz").
        places = self._place_like
        surnames = {it.words[-1] for it in self.items if it.actor.type == "person" and len(it.words) > 1}
        by_doc: dict[int, set[str]] = defaultdict(set)
        for it in self.items:
            if it.actor.type != "document" and it.actor.type != "group":
                country = self._government_of(it)
                if country is not None and fold(country) not in _NOT_COUNTRIES:
                    by_doc[it.doc].add(country)
        votes: dict[str, set[str]] = defaultdict(set)
        for it in self.items:
            f = it.folded
            if (" " in f or f not in places or f in surnames or f in self.capitals or it.actor.type == "document"
                    or f in _GOV_WORDS or f in _GENERIC_ORGS or f in _ROLE_WORDS or not it.actor.name[:1].isupper()):
                continue
            countries = by_doc.get(it.doc, set())
            votes[f].add(next(iter(countries)) if len(countries) == 1 else "")
        # "SANTEL - Ulmeria said ...": a place that heads another country's news is not this one's capital.
        for n, f in self._datelines.items():
            countries = by_doc.get(n, set())
            if f in votes and len(countries) == 1:
                votes[f] |= countries
        for f, countries in votes.items():
            if len(countries) == 1 and "" not in countries:
                self.capitals[f] = next(iter(countries))

    # -- the rules ------------------------------------------------------------
    def edges(self) -> list[tuple[int, str, str, str]]:
        """(priority, member, member, reason) for every automatic link but documents'."""
        out: list[tuple[int, str, str, str]] = []
        blocks: dict[str, list[_Item]] = defaultdict(list)
        self.full: dict[str, list[_Item]] = defaultdict(list)  # full person name -> its mentions
        short: list[_Item] = []
        acr_of: dict[str, set[str]] = defaultdict(set)  # acronym -> org name keys
        acr_items: list[tuple[_Item, str]] = []
        self.org_first: dict[str, _Item] = {}
        self.first_word: dict[str, set[str]] = defaultdict(set)  # "velamed" -> {"velamed pharmaceuticals"}
        self.tail_of: dict[str, set[str]] = defaultdict(set)  # "red cross" -> {"velmoran red cross"}
        tails: list[_Item] = []
        stemmed: list[_Item] = []  # names of two words or more
        offices: list[_Item] = []
        generic: list[_Item] = []
        roles_only: list[_Item] = []
        ministries: list[tuple[_Item, str, str | None]] = []  # (item, field, country key or None)
        for it in self.items:
            a = it.actor
            if a.type == "document" or a.type == "group":
                continue
            country = self._government_of(it)
            if country is not None:
                blocks["gov:" + fold(country)].append(it)
                self.governments.add(it.key)
                continue
            if not _is_named(a.name) or (len(it.words) == 1 and it.words[0] in _GENERIC_ORGS) or _role_phrase(a) \
                    or self._described(it):
                # "the health minister", "the company": resolved in its document only.
                (roles_only if a.type == "person" else generic).append(it)
                continue
            if len(it.words) >= 2:
                stemmed.append(it)
            if a.type == "person" or (len(it.words) == 1 and not a.name.strip().isupper()):
                if len(it.words) >= 2:
                    self.full[" ".join(it.words)].append(it)
                    blocks["name:" + " ".join(it.words)].append(it)
                    if len(it.words) >= 3 and (acr := _acronym(a.name)):
                        acr_of[acr].add("name:" + " ".join(it.words))
                    self.first_word[it.words[0]].add(" ".join(it.words))
                    continue
                if it.words:
                    short.append(it)
                    if a.type == "person":
                        continue
            # organisations
            keys, defined = _org_keys(a.name)
            field = next((f for x in (a.name, *a.aliases) if (f := ministry_field(fold(x))) is not None), None)
            if field is not None:
                # "the Foreign Ministry" of two countries is two ministries: keyed by country, or,
                # with no country in any of its forms, linked only inside its story (below).
                qualified = self._ministry_key(it, field)
                ministries.append((it, field, qualified))
                if qualified is None:
                    continue
                keys = {qualified}
            for alias in a.aliases:  # "(OHCHR)" defined in the text
                if re.fullmatch(r"[A-Z]{2,8}", alias.strip()):
                    keys.add(fold(ORG_ALIASES.get(alias.lower(), alias)))
            if re.match(r"^(?:the\s+)?(?:\w+\s+)?[\w-]+['\u2019]s\s+office$|^(?:the\s+)?office\s+of\s+(?!the\b)",
                        a.name, re.IGNORECASE) and _is_named(a.name):
                offices.append(it)
            for k in keys:
                blocks["name:" + k].append(it)
                self.org_first.setdefault(k, it)
            if len(it.words) >= 2:
                self.first_word[it.words[0]].add(fold(_display(a.name)))
                shown = _display(a.name).split()
                if len(it.words) >= 3 and shown[0][:1].isupper() and it.words[0] not in ORG_NOUNS or (
                        len(it.words) == 2 and it.words[0] in self._demonyms and it.words[1] not in ORG_NOUNS):
                    # "Velmoran Red Cross" is what "the Red Cross" means, if it is the only one;
                    # "the Clarion" the "Tarvonian Clarion".
                    self.tail_of[" ".join(it.words[1:])].add(fold(_display(a.name)))
                tails.append(it)
            acr = _acronym(_display(a.name))
            if acr and len(acr) >= 3:
                acr_of[acr].add("name:" + fold(_display(a.name)))
            if defined is not None:
                acr_of[defined].add("name:" + fold(_display(a.name)))
            if len(keys) == 1 and re.fullmatch(r"[A-Z]{2,8}", a.name.strip()):
                acr_items.append((it, fold(a.name)))
        for key, members in blocks.items():
            first = members[0]
            if key.startswith("gov:"):
                reason = f"one government: {first.actor.name}"
            else:
                reason = f"same name: {key[5:]}"
            for it in members[1:]:
                if it.key != first.key:
                    out.append((1, first.key, it.key, reason))
        for it, acr in acr_items:
            names = acr_of.get(acr, set())
            if len(names) == 1:
                (target,) = names
                other = blocks[target][0]
                out.append((2, other.key, it.key, f"acronym: {acr.upper()} of {other.actor.name}"))
        for it in short:
            hit = self.resolve_surname(it) or self.resolve_prefix(it, blocks) or self.resolve_org_word(it, blocks) \
                or (self.resolve_suffix(it, blocks) if it.actor.type == "organisation" else None)
            if hit is not None:
                out.append((3, hit[0].key, it.key, hit[1]))
        # "Orvanne Gold" (read as a person or an organisation) for "Orvanne Gold Mining Ltd":
        # the one company of its story whose name is it and business words after it.
        company_stem: dict[str, set[str]] = defaultdict(set)
        for it in stemmed:
            if it.actor.type != "organisation":
                continue
            words = list(it.words)
            while len(words) > 2 and words[-1] in COMPANY_SUFFIXES:
                words.pop()
            if len(words) < len(it.words):
                company_stem[" ".join(words)].add(fold(_display(it.actor.name)))
        for it in stemmed:
            names = company_stem.get(" ".join(it.words), set()) - {fold(_display(it.actor.name))}
            if names and not (it.actor.type == "person" and it.words[0] in given_names()):
                hit = self._only_in_story(names, it, self.ents(it.doc), blocks)
                if hit is not None:
                    out.append((3, hit[0].key, it.key, f"{hit[1].split(':')[0]}, without its business words"))
        for it in tails:
            hit = self.resolve_suffix(it, blocks)
            if hit is not None:
                out.append((3, hit[0].key, it.key, hit[1]))
        out.extend(self._ministry_links(ministries))
        out.extend(self.in_document(generic, roles_only))
        out.extend(self.copy_edges())
        by_person: dict[str, _Item] = {}
        for it in offices:
            office = self.office_of(it)
            if office is None:
                continue
            if office[0] is not None:
                out.append((2, office[0].key, it.key, office[1]))
            elif office[1] in by_person:  # one office per person, when nothing says whose organisation it is
                out.append((2, by_person[office[1]].key, it.key, f"office of {office[1].title()}"))
            else:
                by_person[office[1]] = it
        return out

    def _described(self, it: _Item) -> bool:
        """"A Tavrenian rights group", "Norvassa's data protection regulator": an
        organisation described by its country and a kind of body, not named."""
        a = it.actor
        if a.type != "organisation":
            return False
        owned = re.fullmatch(r"([A-Z][\w-]*)['\u2019]s\s+([a-z][a-z -]*)", a.name.strip())
        if owned is not None:
            last = owned.group(2).split()[-1]
            owner = fold(owned.group(1))
            if last in _STATE_BODIES or ministry_field(fold(a.name)) is not None:
                return False  # "Ulmeria's interior ministry": a ministry is keyed by its country and field
            return last in _REGULATOR_NOUNS or (owner in self.capitals or owner in self._place_like) and (
                last in _GENERIC_ORGS or last in ORG_ENDINGS)
        if a.lede is None or not re.match(r"(?i)an?\s", a.lede[:3]):
            return False
        caps = [w for w in re.findall(r"[^\W\d_][\w'-]*", a.name) if w[:1].isupper()]
        last = fold(a.name).split()[-1:]
        return bool(caps) and bool(last) and (last[0] in _GENERIC_ORGS or last[0] in ORG_ENDINGS) and all(
            fold(w) in self._demonyms or self._demonym(fold(w)) is not None for w in caps)

    def _government_of(self, it: _Item) -> str | None:
        """The country a speaker stands for: a government, a capital, a country
        named as a speaker, a place the document names, "the X government"."""
        a = it.actor
        f = it.folded
        country = self.capitals.get(f) or self.capitals.get(fold(ORG_ALIASES.get(f, "")) or "-")
        if country is not None and (a.type != "person" or " " not in f):
            return country
        if a.type == "government" or set(f.split()) & _GOV_WORDS:
            got = _country(a.name, self.capitals) or self._demonym(f)
            if got is not None or a.type != "government" or set(f.split()) <= _GOV_WORDS | {"the", "central"}:
                return got  # "the government" alone: which one depends on the document
            return a.name
        return None

    def _ministry_key(self, it: _Item, field: str) -> str | None:
        """A ministry goes by its country and its field: "Ulmeria's Foreign Ministry",
        "the Ulmerian Foreign Ministry" and "Ulmeria's Ministry of Foreign Affairs" are one,
        and "Askavia's Foreign Ministry" another. None when no form of it names its country."""
        # (folded forms have no "the" and no possessive: "ulmeria foreign ministry")
        for x in (fold(x) for x in (it.actor.name, *it.actor.aliases)):
            if not x:
                continue
            head = x.split()[0]
            country = self.capitals.get(head) or self._demonym(head)
            if country is None and " of " in x:
                # "the Ministry of Defence of the Republic of Koruvia"
                tail = x.rsplit(" of ", 1)[1]
                country = self.capitals.get(tail) if " " not in tail else None
            if country is not None:
                return f"{fold(country)} {field} ministry"
        return None

    def _ministry_links(self, ministries: list[tuple[_Item, str, str | None]]) -> list[tuple[int, str, str, str]]:
        """A ministry that names no country ("the Ministry of Defence") is the one ministry
        of its field that its story names with a country, or else the same ministry
        named so in another document of its story."""
        out: list[tuple[int, str, str, str]] = []
        by_field: dict[str, list[tuple[_Item, str | None]]] = defaultdict(list)
        for it, field, qualified in ministries:
            by_field[field].append((it, qualified))
        for it, field, qualified in sorted(ministries, key=lambda m: m[0].order):
            if qualified is not None:
                continue
            day, ents = self.days[it.doc], self.ents(it.doc)
            # (a story may run for months: its words, over the time a post is held)
            near = [(o, q) for o, q in by_field[field] if o.key != it.key and (story_close(
                day, self.days[o.doc], ents, self.ents(o.doc), window=STORY_WINDOW, min_shared=2) or story_close(
                day, self.days[o.doc], self.name_words(it.doc), self.name_words(o.doc), window=_HOLDER_DAYS,
                min_shared=3))]
            known = {q: o for o, q in near if q is not None}
            if len(known) == 1:
                (q, o), = known.items()
                out.append((3, o.key, it.key, f"the {field} ministry of its story: {o.actor.name}"))
            elif not known:
                plain = [o for o, q in near if q is None and o.order < it.order]
                if plain:
                    # the one of its own story: most names in common, then nearest in time (a
                    # finance ministry of another country's story may share "national statistics")
                    best = min(plain, key=lambda o: (-len(ents & self.ents(o.doc)),
                                                     abs((day or 0) - (self.days[o.doc] or 0)), o.order))
                    out.append((3, best.key, it.key, f"the {field} ministry of its story"))
        return out

    def _demonym(self, folded: str) -> str | None:
        """"valdorian government" -> Valdoria, when Valdoria is a known country."""
        words = [w for w in folded.split() if w not in _GOV_WORDS and w not in ("of", "republic", "the")]
        if len(words) != 1:
            return None
        w = words[0]
        for cut in (0, 1, 2, 3):
            stem = w[:-cut] if cut else w
            if stem in self.capitals:
                return self.capitals[stem]
            if stem + "a" in self.capitals:
                return self.capitals[stem + "a"]
            if cut and stem + "o" in self.capitals:
                return self.capitals[stem + "o"]  # "belcaran" for Belcaro
        return None

    def resolve_prefix(self, it: _Item, blocks: dict[str, list[_Item]]) -> tuple[_Item, str] | None:
        """"Velamed" for "Velamed Pharmaceuticals": the only name starting with it in the story."""
        names = self.first_word.get(it.words[0], set())
        ents = frozenset(e for e in self.ents(it.doc) if it.words[0] not in e.split())
        return self._only_in_story(names, it, ents, blocks)

    def resolve_org_word(self, it: _Item, blocks: dict[str, list[_Item]]) -> tuple[_Item, str] | None:
        """"Dalrail" read as a person in one article is the organisation Dalrail
        of another in its story, when no person of the story has that name."""
        if it.actor.type != "person" or len(it.words) != 1 or it.words[0] in self._by_surname():
            return None  # (a surname of someone in the corpus: "Ford" may be a person after all)
        orgs = [o for o in blocks.get("name:" + it.words[0], ()) if o.actor.type == "organisation"]
        if not orgs or not self._in_story(orgs, self.days[it.doc], self.ents(it.doc)):
            return None
        return orgs[0], f"the organisation {orgs[0].actor.name}, read as a person here"

    def resolve_suffix(self, it: _Item, blocks: dict[str, list[_Item]]) -> tuple[_Item, str] | None:
        """"The Red Cross" for "the Velmoran Red Cross": the only longer name ending
        with it in the story."""
        names = self.tail_of.get(" ".join(it.words), set())
        return self._only_in_story(names, it, self.ents(it.doc), blocks) if names else None

    def _only_in_story(self, names: set[str], it: _Item, ents: frozenset[str],
                       blocks: dict[str, list[_Item]]) -> tuple[_Item, str] | None:
        """The one of ``names`` (folded org names) in the story of ``it``'s document."""
        fits = [n for n in names if self._in_story(blocks["name:" + n], self.days[it.doc], ents)]
        if len(fits) == 1:
            target = blocks["name:" + fits[0]][0]
            return target, f"short name of {target.actor.name}: the only one in the story"
        return None

    def copies(self) -> list[tuple[int, int]]:
        """Pairs of documents that are copies of one wire story (most of the smaller
        one's sketch in the other's)."""
        holders: dict[int, list[int]] = defaultdict(list)
        for n, sk in enumerate(self._sketches):
            for h in sk:
                holders[h].append(n)
        shared: Counter[tuple[int, int]] = Counter()
        for docs in holders.values():
            if 1 < len(docs) <= 50:  # (a boilerplate line in every document says nothing)
                for i, a in enumerate(docs):
                    for b in docs[i + 1:]:
                        shared[(a, b)] += 1
        # (two one-line texts that differ in a word are no wire story: articles only)
        out = []
        for (a, b), k in shared.items():
            smaller = min(len(self._sketches[a]), len(self._sketches[b]))
            if smaller >= _SKETCH // 2 and k >= _COPY_SHARE * smaller:
                out.append((a, b))
        return out

    def copy_edges(self) -> list[tuple[int, str, str, str]]:
        """In two copies of one wire story, actors of one name and type are one ("A company
        spokesman", "Jibon", "Residents" in both)."""
        out: list[tuple[int, str, str, str]] = []
        by_doc: dict[int, dict[tuple[str, str], _Item]] = defaultdict(dict)
        for it in self.items:
            by_doc[it.doc].setdefault((it.folded, it.actor.type), it)
        for a, b in self.copies():
            for key, it in by_doc[a].items():
                other = by_doc[b].get(key)
                if other is not None:
                    out.append((1, it.key, other.key, f"the {it.actor.name} of a copy of the same wire story"))
        return out

    def in_document(self, generic: list[_Item], roles_only: list[_Item]) -> list[tuple[int, str, str, str]]:
        """"The commission" is the one commission its document names; "the
        health minister" the one person its document gives that role."""
        out: list[tuple[int, str, str, str]] = []
        by_doc: dict[int, list[_Item]] = defaultdict(list)
        for it in self.items:
            if it.actor.type in ("organisation", "person", "government") and _is_named(it.actor.name):
                by_doc[it.doc].append(it)
        described_in: dict[int, list[_Item]] = defaultdict(list)
        for it in self.items:
            if it.actor.type == "organisation" and len(it.words) > 1 and not _is_named(it.actor.name):
                described_in[it.doc].append(it)
        by_noun: dict[str, list[_Item]] = defaultdict(list)
        for items in by_doc.values():
            for o in items:
                if len(o.words) > 1 and o.actor.type == "organisation":
                    for w in set(o.words):
                        by_noun[w].append(o)
                    if o.words[-1] in COMPANY_SUFFIXES:
                        for noun in _COMPANY_NOUNS:
                            by_noun[noun].append(o)
        for it in generic:
            noun = it.words[-1] if it.words else ""
            fits = [o for o in by_doc.get(it.doc, ()) if o.key != it.key and noun in o.folded.split()
                    and len(o.words) > 1]
            field = ministry_field(it.folded) if noun == "ministry" else None
            if field is not None:
                # "the health ministry" is not the Ministry of Education its document names
                fits = [o for o in fits if ministry_field(o.folded) in (field, None)]
            if noun in _ANY_KIND:
                # "A supporters' group" is not the Sarvaxa Group: its other words must be in the name
                kinds = self._kind_words(it)
                fits = [o for o in fits if _has_words(o, kinds)]
            if not fits and noun in _KIND_ENDINGS:
                # "the airline" is the Halcyra Airways its document names
                fits = [o for o in by_doc.get(it.doc, ()) if o.actor.type == "organisation" and len(o.words) > 1
                        and o.words[-1] in _KIND_ENDINGS[noun]]
            if not fits and noun in _COMPANY_NOUNS:
                fits = [o for o in by_doc.get(it.doc, ()) if o.words and o.words[-1] in COMPANY_SUFFIXES]
            if not fits and noun not in _GOV_WORDS and noun not in _ANY_KIND:
                # "the agency" after "the civil protection agency" in one document: the one body its
                # document describes with that head noun, named or not
                fits = [o for o in described_in.get(it.doc, ()) if o.key != it.key and o.words[-1] == noun]
            if not fits and (lede := self.lede_org(it, by_doc.get(it.doc, []))) is not None:
                out.append((2, lede.key, it.key, f"the {it.actor.name} of its first paragraph: {lede.actor.name}, "
                                                 "the first organisation to speak after it"))
            elif len({o.folded for o in fits}) == 1:
                out.append((2, fits[0].key, it.key, f"the {noun} its document names: {fits[0].actor.name}"))
            elif not fits and noun in _GOV_WORDS and (seat := self._seat_government(it)) is not None:
                out.append((3, seat[0].key, it.key, f"the government in {seat[1]}: {seat[0].actor.name}"))
            elif not fits and noun in _GOV_WORDS and set(it.folded.split()) <= _GOV_WORDS | {"the"}:
                # "The government" in a document that names no country: the one its story has
                gov = self._one_government(it)
                if gov is not None:
                    out.append((3, gov.key, it.key, f"the government of its story: {gov.actor.name}"))
            elif not fits and noun not in _GOV_WORDS:
                # The document names none: the one its story names (a story may have two governments).
                # (with the description's other words, or their stems, in the name: "the prosecutor
                # general's office" is not the UN human rights office; "the fishers' cooperative"
                # is the Kandri Fishing Cooperative)
                day, words = self.days[it.doc], self.name_words(it.doc)
                mods = set(it.words[:-1]) - _MINOR_WORDS
                pool: Iterable[_Item] = by_noun.get(noun, ())
                if noun in _ANY_KIND and mods:
                    # "a supporters' group": a body of any kind whose name has those words
                    # ("the Albion Supporters' Trust")
                    pool = [o for items in by_doc.values() for o in items
                            if o.actor.type == "organisation" and len(o.words) > 1]
                proper = {w for x in it.actor.name.split() if x[:1].isupper() for w in fold(x).split()}
                if self._described(it) and noun not in _REGULATOR_NOUNS:
                    # "Mirevia's food safety agency": the words of the kind of body, not its owner
                    mods -= proper
                if noun in _REGULATOR_NOUNS:
                    # "Norvassa's data protection regulator": the body its story names with those
                    # words, whatever kind of body its name says it is ("Data Protection Authority")
                    mods -= set(self.capitals) | proper
                    pool = [o for k in _REGULATOR_NOUNS | {"authority", "agency", "commission", "office",
                                                           "board", "inspectorate"} for o in by_noun.get(k, ())]
                    if not mods:
                        pool = []
                fits = [o for o in pool if o.key != it.key and o.folded != it.folded
                        and _has_words(o, mods)
                        and story_close(
                    day, self.days[o.doc], words, self.name_words(o.doc), window=STORY_WINDOW, min_shared=2)]
                if len({o.folded for o in fits}) == 1:
                    out.append((3, fits[0].key, it.key, f"the {noun} its story names: {fits[0].actor.name}"))
        out.extend(self._descriptions(generic))
        holders = [o for items in by_doc.values() for o in items if o.actor.type == "person" and len(o.words) > 1
                   and o.actor.roles and not _role_phrase(o.actor)]
        unnamed: dict[str, list[_Item]] = defaultdict(list)
        spokes = [it for it in roles_only if len(it.words) > 1 and it.words[-1] in _SPOKES]
        placed: set[str] = set()
        for it in roles_only:
            hit = self.role_holder(it, by_doc.get(it.doc, []))
            if hit is None:
                hit = self.holder_at_the_time(it, holders)
            if hit is not None:
                out.append((2, hit[0].key, it.key, hit[1]))
                placed.add(it.key)
            elif _is_named(it.actor.name):
                unnamed[it.folded].append(it)
        out.extend(self._same_spokesperson(spokes, placed))
        # "A Sablewave spokesman" in two articles of one story, no one named for it in either:
        # one unnamed speaker (a body's spokesman, not "a senior doctor").
        for same in unnamed.values():
            same.sort(key=lambda x: x.order)
            for k, it in enumerate(same[1:], 1):
                earlier = next((o for o in same[:k] if o.doc != it.doc and self._same_story(it.doc, o.doc)), None)
                if earlier is not None:
                    out.append((3, earlier.key, it.key, f"the same unnamed {it.actor.name} in its story"))
        return out

    def _same_spokesperson(self, spokes: list[_Item], placed: set[str]) -> list[tuple[int, str, str, str]]:
        """"A Commission spokesperson" and "a European Commission spokesperson", "a trust
        spokeswoman" and "a Wexholm Health Trust spokeswoman", in one story, no one named
        for them: one unnamed speaker, when every such speaker of the story whose body's
        words include the other's or are included in them names one body, one within the
        other ("a ministry spokesman" beside finance and health ministry spokesmen is
        neither)."""
        out: list[tuple[int, str, str, str]] = []
        spokes = sorted(spokes, key=lambda x: x.order)

        def owner(x: _Item) -> frozenset[str]:
            return frozenset(x.words[:-1]) - _MINOR_WORDS

        for it in spokes:
            mine = owner(it)
            if not mine or it.key in placed:
                continue
            near = [o for o in spokes if o is not it and o.doc != it.doc and o.words[-1] == it.words[-1]
                    and (owner(o) <= mine or mine <= owner(o)) and owner(o) and self._same_story(it.doc, o.doc)]
            sets = {owner(o) for o in near} | {mine}
            if not near or any(not (x <= y or y <= x) for x in sets for y in sets):
                continue
            earlier = [o for o in near if o.order < it.order and o.key not in placed]
            if earlier:
                out.append((3, earlier[0].key, it.key, f"the same unnamed {it.words[-1]} of "
                                                       f"{' '.join(sorted(mine))} in its story"))
        return out

    def _same_story(self, a: int, b: int) -> bool:
        """Documents ``a`` and ``b`` are of one story (two names in common, or a follow-up)."""
        return _story_or_follow_up(self.days[a], self.days[b], self.ents(a), self.ents(b), min_shared=2)

    def _seat_government(self, it: _Item) -> tuple[_Item, str] | None:
        """"The government in Tazir", where the corpus knows Tazir for Qasreen's capital: the
        government of Qasreen (and the place it was written with)."""
        for form in (it.actor.name, *it.actor.aliases):
            m = _GOVERNMENT_IN.match(form.strip())
            country = self.capitals.get(fold(m.group(1))) if m else None
            if m is None or country is None:
                continue
            gov = next((o for o in self.items if o.actor.type == "government"
                        and fold(self._government_of(o) or "") == fold(country)), None)
            if gov is not None:
                return gov, m.group(1)
        return None

    def _one_government(self, it: _Item) -> _Item | None:
        """The government item of the one country that ``it``'s document and the other
        documents of its story speak for, if there is exactly one."""
        by_doc = self._countries_by_doc()
        own = {c for o, c in by_doc.get(it.doc, ()) if o.key != it.key}
        if len(own) > 1:
            return None
        day, ents = self.days[it.doc], self.ents(it.doc)
        found: dict[str, _Item] = {}
        for n, pairs in by_doc.items():
            if n == it.doc or not story_close(day, self.days[n], ents, self.ents(n), window=STORY_WINDOW,
                                              min_shared=2):
                continue
            for o, country in pairs:
                if o.actor.type in ("government", "organisation") and fold(country) not in _NOT_COUNTRIES:
                    found.setdefault(fold(country), o)
        if len(found) == 1 and (not own or {fold(c) for c in own} == set(found)):
            return next(iter(found.values()))
        return None

    def _countries_by_doc(self) -> dict[int, list[tuple[_Item, str]]]:
        """Per document, its items that stand for a country, with the country (read once)."""
        cached: dict[int, list[tuple[_Item, str]]] | None = getattr(self, "_by_country", None)
        if cached is None:
            cached = defaultdict(list)
            for o in self.items:
                if (c := self._government_of(o)) is not None:
                    cached[o.doc].append((o, c))
            self._by_country = cached
        return cached

    def holder_at_the_time(self, it: _Item, holders: list[_Item]) -> tuple[_Item, str] | None:
        """"Estrel's chief executive" in a document that names no holder of that post: the
        person its story last gave that role before it ("Chief executive Bertil
        Ravnsholt" in March; "interim chief executive Corinne Lavault" from April),
        or first after it, when no one else held it then."""
        words = fold(it.actor.name).split()
        if len(words) == 1:
            # "head", said as "The head of the tax office": the post and its owner
            words = next((f.split() for x in it.actor.aliases if (f := fold(x)).startswith(f"{words[0]} of ")),
                         words)
        if not words or words[0] in ("a", "an") or words[-1] not in _POSTS and "of" not in words \
                and "chief" not in words[:-1]:
            return None  # "a Quintrell spokeswoman": one of several, not a post one person holds
        words = [w for w in words if w != "the"]
        # "the hospital's new acting chief executive" is not the one before: only a holder
        # named as new, acting or interim fits it.
        changed = bool(set(words) & _CHANGE_WORDS)
        if "of" in words:
            at = words.index("of")
            if words[at - 1] not in _POSTS:
                return None
            role_words, owner = [w for w in words[:at] if w not in _PASSING], set(words[at + 1:]) - _MINOR_WORDS
        else:
            role_words, owner = [w for w in words if w not in _PASSING], set()
        day = self.days[it.doc]
        if day is None or not role_words:
            return None
        names = self.name_words(it.doc)
        # (one named in this document with another role is not the holder here: "Deputy
        # Interior Minister Bakhyt Ormanov" beside "Drusenia's interior minister")
        here = {o.words for o in holders if o.doc == it.doc}
        best: dict[tuple[str, ...], tuple[int, _Item]] = {}
        for o in holders:
            oday = self.days[o.doc]
            if oday is None or abs(oday - day) > _HOLDER_DAYS or len(names & self.name_words(o.doc)) < 2 \
                    or o.doc != it.doc and o.words in here:
                continue
            for raw in o.actor.roles:
                if changed and not set(fold(raw).split()) & _CHANGE_WORDS:
                    continue
                rw = _bare_role(raw).split()
                if oday <= day and any(f"former {' '.join(rw)}" in fold(x) for x in o.actor.aliases):
                    continue  # "Former chief statistician Svanhild Brekke": no longer (but before, she was)
                if not rw or rw[0] in _NOT_THE:
                    continue
                if owner:
                    # "the head of the tax office": whoever holds the top post of it
                    if rw != role_words and not (role_words == ["head"] and " ".join(rw) in _TOP_POSTS):
                        continue
                    mine = owner
                else:
                    n = len(rw)
                    # ("the chief statistician": a country's one post, no owner needed; not "the
                    # chief executive", which every company of a story has)
                    alone = role_words == rw and (rw[0] == "chief" and rw[-1] not in _COMPANY_POSTS
                                                  or rw == [rw[-1]] and rw[-1] in _LONE_POSTS
                                                  or _field_minister(rw))
                    if not alone and (len(role_words) <= n or role_words[-n:] != rw or role_words[-n - 1] in _NOT_THE):
                        continue
                    mine = set(role_words[:-n]) - _MINOR_WORDS
                affs = {w for x in (*o.actor.affiliations, *o.actor.aliases) for w in fold(x).split()}
                # "the prison service's director" and the director of the National Prison Service;
                # "the head of Teskara's electoral council" needs "electoral council", not "Teskara".
                core = {w for w in mine if w not in self.capitals and w not in _GENERIC_OWNERS}
                if o.actor.affiliations and not core <= affs:
                    continue  # someone else's
                if core and not o.actor.affiliations and not core <= self.name_words(o.doc) | self.actor_words(o.doc):
                    continue  # "Chief executive Bertil Ravnsholt" fits "Estrel's" where Estrel Airways is named
                if not mine & affs and any(w in self.capitals for w in mine) and not (
                        mine & self.name_words(o.doc) and not self.name_words(o.doc) & set(self.capitals) - mine):
                    continue  # "Zeravin's prime minister": every country has one (its article's, if one only)
                # the latest day before this one that the person held it, else how soon after
                rank = day - oday if oday <= day else _HOLDER_DAYS + oday - day
                if o.doc == it.doc:
                    return None  # its document names a holder: role_holder's to tell
                if o.words not in best or rank < best[o.words][0]:
                    best[o.words] = (rank, o)
        if not best or len(best) > 1 and (role_words == [role_words[-1]] and role_words[-1] in _LONE_POSTS
                                          or _field_minister(role_words)):
            return None  # ("the premier" with two premiers in its story: which one, the text must say)
        ranked = sorted(best.values(), key=lambda x: x[0])
        if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            return None
        o = ranked[0][1]
        return o, f"the {' '.join(role_words)} at the time in its story: {o.actor.name}"

    def _descriptions(self, generic: list[_Item]) -> list[tuple[int, str, str, str]]:
        """Organisations named by a description of two words or more ("the
        regional health office", "the drivers' union"): a shorter one is the
        only longer one of its document that ends with it ("the health
        office"); the same description in two documents of one story is one
        organisation. Descriptions of a state's bodies ("the interior
        ministry", "the state agency") are left out: a story may have two."""
        out: list[tuple[int, str, str, str]] = []
        descs = [it for it in generic if it.actor.type == "organisation" and len(it.words) >= 2
                 and not set(it.words) & _STATE_BODIES]
        by_doc: dict[int, list[_Item]] = defaultdict(list)
        for it in descs:
            by_doc[it.doc].append(it)
        for it in descs:
            n = len(it.words)
            longer = {o.words: o for o in by_doc[it.doc] if len(o.words) > n and o.words[-n:] == it.words}
            if len(longer) == 1:
                (o,) = longer.values()
                out.append((2, o.key, it.key, f"short form of the {o.actor.name} in its document"))
        seen: dict[tuple[str, ...], list[_Item]] = defaultdict(list)
        for it in sorted(descs, key=lambda x: x.order):
            earlier = [o for o in seen[it.words] if o.doc != it.doc and story_close(
                self.days[it.doc], self.days[o.doc], self.ents(it.doc), self.ents(o.doc),
                window=STORY_WINDOW, min_shared=2)]
            if earlier:
                out.append((3, earlier[0].key, it.key, f"the {it.actor.name} of its story"))
            seen[it.words].append(it)
        # "the civil protection agency" in one article, "the provincial civil protection agency"
        # in another of its story, and no other description ending so: one body.
        by_tail: dict[tuple[str, ...], list[_Item]] = defaultdict(list)  # (an index, not a scan per description)
        for o in sorted(descs, key=lambda x: x.order):
            for k in range(2, len(o.words)):
                by_tail[o.words[-k:]].append(o)
        for it in descs:
            in_story: dict[tuple[str, ...], _Item] = {}
            for o in by_tail.get(it.words, ()):
                if o.doc != it.doc and story_close(self.days[it.doc], self.days[o.doc], self.ents(it.doc),
                                                   self.ents(o.doc), window=STORY_WINDOW, min_shared=2):
                    in_story.setdefault(o.words, o)
            if len(in_story) == 1:
                (o,) = in_story.values()
                out.append((3, o.key, it.key, f"short form of the {o.actor.name} in its story"))
        return out

    def _kind_words(self, it: _Item) -> set[str]:
        """A description's words before its noun that say what the body is for ("supporters"
        in "a supporters' group"), not whose it is (a country, a people)."""
        return {w for w in it.words[:-1] if w not in _MINOR_WORDS and w not in self.capitals
                and w not in self._demonyms and self._demonym(w) is None}

    def lede_org(self, it: _Item, in_doc: list[_Item]) -> _Item | None:
        """"An environmental group said ..." opening a document, and no
        organisation it names is called that: the first named organisation to
        speak after it ("..., RiverWatch Alliance said")."""
        start, lede = it.actor.first, it.actor.lede
        if start is None or lede is None or not re.match(r"(?i)an?\s", lede[:3]):
            return None
        doc = self.docs[it.doc]
        speaks: dict[str, int] = {}
        for aid, at in zip(doc.speaker_ids, doc.speaker_starts, strict=True):
            if at > start:
                speaks.setdefault(aid, at)
        # (a group, a charity or a watchdog is no ministry: "A press-freedom group said ...
        # Brevany's Foreign Ministry said ...")
        state = bool(set(it.words) & _STATE_BODIES)
        # (what the description says the body is for must be in the name: "A supporters' group" is
        # not the Sarvaxa Group that speaks next)
        mods = self._kind_words(it)
        named = [(speaks[o.actor.id], o) for o in in_doc if o.actor.id in speaks and o.key not in self.governments
                 and (o.actor.type == "organisation" or o.actor.type == "person" and len(o.words) > 1
                      and o.words[-1] in ORG_ENDINGS)
                 and (state or not (set(o.words) & _STATE_BODIES or ministry_field(o.folded) is not None))
                 and (not mods or o.words[-1] != it.words[-1] or _has_words(o, mods))
                 and _same_kind(it.words[-1], o)]
        # '"...," said Celia Nwosu, advocacy director of Pressline International': the body of
        # the first person to speak after it, when that body is named as a speaker in the corpus
        for o in in_doc:
            if o.actor.id in speaks and o.actor.type == "person" and not state:
                body = next((b for x in o.actor.affiliations if (b := self.org_first.get(fold(_display(x))))), None)
                if body is not None and body.key != it.key and (not named or speaks[o.actor.id] < min(
                        at for at, _ in named)):
                    named.append((speaks[o.actor.id], body))
        return min(named, key=lambda x: x[0])[1] if named else None

    def role_holder(self, it: _Item, in_doc: list[_Item]) -> tuple[_Item, str] | None:
        """"The health minister" is the one person its document gives that role
        (a deputy health minister is not the health minister); a role in the
        first paragraph that no one holds ("Marovia's new chief executive said
        ...") is the first person without a role who speaks after it."""
        phrase = _role_phrase(it.actor)
        role = _bare_role(phrase or it.folded)
        if not role:
            return None
        people = [o for o in in_doc if o.actor.type == "person" and o.key != it.key and not _role_phrase(o.actor)]
        # "Torvane's chief executive" is not "Cornelis Vrijhof, chief executive of Callistra"
        owner = {w for w in fold(it.actor.name).split() if w not in role.split() and w not in _MINOR_WORDS
                 and w not in _PASSING and w not in self.capitals and w not in _GENERIC_OWNERS}
        people = [o for o in people if not owner or not o.actor.affiliations
                  or owner <= {w for x in o.actor.affiliations for w in fold(x).split()}]
        exact = {o.key: o for o in people if any(_bare_role(r) == role for r in o.actor.roles)}
        fits = exact or {o.key: o for o in people if any(
            (r := _bare_role(x)).endswith(" " + role) and r.split()[-len(role.split()) - 1] not in _NOT_THE
            for x in o.actor.roles)}
        if not fits and role == "head":
            # "The head of the tax office" beside "Director-General Thandeka Mirvoll": the one
            # person its document gives a body's top post
            fits = {o.key: o for o in people if any(_bare_role(r) in _TOP_POSTS for r in o.actor.roles)}
        if len(fits) == 1:
            (o,) = fits.values()
            return o, f"the {role} in its document: {o.actor.name}"
        start, lede = it.actor.first, it.actor.lede
        if fits or start is None:
            return None
        if lede is None:
            return None  # not in the first paragraph
        doc = self.docs[it.doc]
        speaks: dict[str, int] = {}
        for aid, at in zip(doc.speaker_ids, doc.speaker_starts, strict=True):
            if at > start:
                speaks[aid] = min(speaks.get(aid, at), at)
        owner = set(fold(lede[:len(it.actor.name)]).split()) - set(role.split()) - _PASSING
        later = sorted((speaks[o.actor.id], o.order, o) for o in people if o.actor.id in speaks
                       and o.actor.first is not None and o.actor.first > start)
        for _, _, o in later:
            roles = [r for r in o.actor.roles if fold(r) not in ("mr", "ms", "mrs", "dr")]
            affs = {w for x in o.actor.affiliations for w in fold(x).split()}
            if roles or (owner and affs and not owner & affs):
                continue  # someone else's role
            return o, f"the {role} its first paragraph names no one for: {o.actor.name}, who speaks next"
        return None

    def resolve_surname(self, it: _Item) -> tuple[_Item, str] | None:
        """The one full name a surname stands for in its story, if unambiguous."""
        surname = it.words[-1]
        cands = [(k, v) for k, v in self._by_surname().get(surname, {}).items()]
        if not cands:
            return None
        gender = _gender(it.actor)
        if gender is not None:
            cands = [(k, v) for k, v in cands if _gender_of(v) in (gender, None)]
        day, ents = self.days[it.doc], self.ents(it.doc)
        ents = frozenset(e for e in ents if surname not in e.split())
        in_story = [(k, v) for k, v in cands if self._in_story(v, day, ents)]
        if len(in_story) > 1 and gender is not None:
            # "Ms Qadiri" with Sevara Qadiri ("she said") and Behzod Qadiri (nothing said of him)
            known = [(k, v) for k, v in in_story if _gender_of(v) == gender]
            in_story = known if len(known) == 1 else in_story
        if len(in_story) == 1:
            k, v = in_story[0]
            return v[0], f"short name of {v[0].actor.name}: the only {surname.title()} in the story"
        if not in_story and len(cands) == 1:
            k, v = cands[0]
            days = [self.days[x.doc] for x in v if self.days[x.doc] is not None]
            if day is None or not days or min(abs(day - d) for d in days if d is not None) <= _SHORT_NAME_FALLBACK_DAYS:
                return v[0], f"short name of {v[0].actor.name}: the only {surname.title()} in the corpus"
        return None

    def _by_surname(self) -> dict[str, dict[str, list[_Item]]]:
        cached: dict[str, dict[str, list[_Item]]] | None = getattr(self, "_surnames", None)
        if cached is None:
            cached = defaultdict(dict)
            for name, members in self.full.items():
                words = name.split()
                cached[words[-1]][name] = members
            # Family name first ("Wang Wenbin" is Mr Wang) when no one has it last.
            for name, members in self.full.items():
                first = name.split()[0]
                if first not in cached:
                    cached.setdefault("^" + first, {})[name] = members
            for k in [k for k in cached if k.startswith("^")]:
                if k[1:] not in cached:
                    cached[k[1:]] = cached[k]
                del cached[k]
            self._surnames = cached
        return cached

    def _in_story(self, members: list[_Item], day: int | None, ents: frozenset[str]) -> bool:
        # The nearest mentions in time are enough to tell: check a bounded number.
        near = sorted(members, key=lambda x: abs((self.days[x.doc] or 0) - (day or 0)))[:40]
        return any(_story_or_follow_up(day, self.days[x.doc], ents, self.ents(x.doc), min_shared=1) for x in near)

    def office_of(self, it: _Item) -> tuple[_Item | None, str] | None:
        """"Ms Bachelet's office" is the organisation Bachelet is affiliated with
        or heads ("UN human rights chief" heads the UN human rights office)."""
        name = re.sub(r"['\u2019]s\s+office$|^(?:the\s+)?office\s+of\s+", "", it.actor.name, flags=re.IGNORECASE)
        words = _name_words(name)
        if not words:
            return None
        person: list[_Item] | None = None
        if len(words) >= 2:
            person = self.full.get(" ".join(words))
        if person is None:
            probe = _Item(it.key, it.doc, it.actor, it.order, "", tuple(words[-1:]))
            hit = self.resolve_surname(probe)
            if hit is not None:
                person = self.full.get(" ".join(hit[0].words))
        if not person:
            return None
        # What the person heads first ("UN human rights chief" heads the UN human
        # rights office), then what they belong to.
        for p in person:
            prefixes = [""] + [fold(ORG_ALIASES.get(x.lower(), x)) + " " for x in p.actor.affiliations] + [
                fold(x) + " " for x in p.actor.affiliations]
            for role in p.actor.roles:
                words_r = fold(role).split()
                for n in range(len(words_r) - 1, 0, -1):
                    if words_r[n] not in _HEAD_WORDS:
                        continue
                    for pre in prefixes:
                        office = pre + " ".join([*words_r[:n], "office"])
                        for k in (office, "office of " + pre + " ".join(words_r[:n + 1])):
                            if k in self.org_first:
                                return self.org_first[k], f"office of {p.actor.name}, {role}"
        for p in person:
            for aff in p.actor.affiliations:
                for k in _org_keys(aff)[0]:
                    if k in self.org_first:
                        return self.org_first[k], f"office of {p.actor.name}, of {aff}"
        return None, " ".join(person[0].words)

    def document_edges(self, groups: _Groups) -> list[tuple[int, str, str, str]]:
        """Documents with one owner and one kind, in one story."""
        out: list[tuple[int, str, str, str]] = []
        blocks: dict[tuple[str, str], list[_Item]] = defaultdict(list)
        generic: dict[str, list[_Item]] = defaultdict(list)
        for it in self.items:
            a = it.actor
            if a.type != "document":
                continue
            words = it.folded.split()
            if a.name.lower().startswith("the ") or len(words) < 2:
                # "the report": the one its story speaks of, if any.
                if words:
                    generic[_DOC_KIND.get(words[-1], words[-1])].append(it)
                continue
            kind = _DOC_KIND.get(words[-1], words[-1])
            owner = a.affiliations[0] if a.affiliations else " ".join(a.name.split()[:-1])
            blocks[(self._owner_root(owner, groups), kind)].append(it)
        for (owner, kind), members in blocks.items():
            members.sort(key=lambda x: (self.days[x.doc] or 0, x.order))
            for i, it in enumerate(members[1:], 1):
                # Compare with the latest few of the block: a story's documents are near in time.
                for prev in reversed(members[max(0, i - 12):i]):
                    if story_close(self.days[it.doc], self.days[prev.doc], self.ents(it.doc), self.ents(prev.doc),
                                   window=STORY_WINDOW, min_shared=2):
                        by = prev.actor.affiliations[0] if prev.actor.affiliations else owner
                        out.append((4, prev.key, it.key, f"same owner and kind: {kind} by {by}, same story"))
                        break
        for kind, members in generic.items():
            members.sort(key=lambda x: (self.days[x.doc] or 0, x.order))
            for i, it in enumerate(members[1:], 1):
                for prev in reversed(members[max(0, i - 12):i]):
                    if prev.doc != it.doc and story_close(self.days[it.doc], self.days[prev.doc], self.ents(it.doc),
                                                          self.ents(prev.doc), window=_GENERIC_DOC_DAYS, min_shared=3):
                        out.append((5, prev.key, it.key, f"the {kind} of one story, within {_GENERIC_DOC_DAYS} days"))
                        break
        return out

    def _owner_root(self, owner: str, groups: _Groups) -> str:
        country = self.capitals.get(fold(owner)) or _country(owner, self.capitals)
        if country is not None:
            return "gov:" + fold(country)
        for k in sorted(_org_keys(owner)[0]):
            if k in self.org_first:
                return groups.find(self.org_first[k].key)
        words = _name_words(owner)
        if len(words) >= 2 and " ".join(words) in self.full:
            return groups.find(self.full[" ".join(words)][0].key)
        return "name:" + fold(owner)


def _gender_of(members: list[_Item]) -> str | None:
    """What most of a person's mentions say of their gender (one misread "Ms" among three
    "he"s does not make a man a woman)."""
    votes = Counter(g for it in members if (g := _gender(it.actor)) is not None)
    if not votes:
        return None
    (top, n), *rest = votes.most_common()
    return None if rest and rest[0][1] == n else top


def _cluster(linker: _Linker, merges: list[tuple[str, str]], forbid: list[tuple[str, set[str]]]) -> _Groups:
    groups = _Groups((it.key for it in linker.items), forbid)
    edges = sorted(linker.edges(), key=lambda e: e[0])
    for a, b in merges:
        groups.union(a, b, "user merge")
    for _, a, b, reason in edges:
        groups.union(a, b, reason)
    for _, a, b, reason in linker.document_edges(groups):
        groups.union(a, b, reason)
    return groups


def _build(linker: _Linker, groups: _Groups) -> list[CorpusActor]:
    members: dict[str, list[_Item]] = defaultdict(list)
    for it in linker.items:
        members[groups.find(it.key)].append(it)
    drafts: list[tuple[str, ActorType, list[_Item], str]] = []
    for root, its in members.items():
        its.sort(key=lambda x: x.order)
        types = Counter(it.actor.type for it in its)
        type_: ActorType = max(types, key=lambda t: (types[t], -_TYPE_RANK[t]))
        if any(it.key in linker.governments for it in its):
            type_ = "government"  # "Valdoria" tagged an organisation, linked as a government
        name = _canonical(its, type_, linker)
        drafts.append((name, type_, its, root))
    drafts.sort(key=lambda d: d[2][0].order)
    taken: set[str] = set()
    out: list[CorpusActor] = []
    for name, type_, its, root in drafts:
        cid = f"{type_}:{slug(name)}"
        if cid in taken:
            # Six hex digits keep ids short; thousands of namesakes in a large corpus can still
            # collide on them, so a taken suffix grows until it is free.
            digest = hashlib.sha1(its[0].key.encode()).hexdigest()
            width = 6
            while f"{cid}~{digest[:width]}" in taken and width < len(digest):
                width += 2
            cid = f"{cid}~{digest[:width]}"
        taken.add(cid)
        forms: dict[str, str] = {}
        for it in its:
            for form in (it.actor.name, *it.actor.aliases):
                d = _display(form)
                if d and d != name:
                    forms.setdefault(d.lower(), d)
        roles = Counter(r for it in its for r in it.actor.roles if r not in ("mr", "ms", "mrs"))
        affs = Counter(x for it in its for x in it.actor.affiliations)
        out.append(CorpusActor(
            id=cid, name=name, type=type_,
            aliases=tuple(sorted(forms.values(), key=str.lower)),
            roles=tuple(r for r, _ in roles.most_common()),
            affiliations=tuple(x for x, _ in affs.most_common()),
            members=tuple((linker.docs[it.doc].id, it.actor.id) for it in its),
            why=tuple(groups.why.get(root, ())),
        ))
    return out


def _canonical(its: list[_Item], type_: ActorType, linker: _Linker) -> str:
    if type_ == "government":
        for it in its:
            c = linker.capitals.get(it.folded) or _country(it.actor.name, linker.capitals)
            if c is not None:
                return c
    names = Counter(_display(it.actor.name) for it in its if it.actor.type == type_ or type_ == "organisation")
    roles = {_display(it.actor.name) for it in its if _role_phrase(it.actor) or not _is_named(it.actor.name)}
    # A name over a role ("the former engineer") and over a titled name ("UN spokesperson
    # Ana Ruiz"); the most used; a full name over a surname, a name over an acronym.
    return max(names, key=lambda n: (n not in roles, type_ != "person" or _name_words(n, True) == fold(n).split(),
                                     len(n.split()) > 1, names[n], len(n), n))


def link_actors(docs: Iterable[tuple[Document, Analysis]], *, merges: Sequence[tuple[str, str]] = (),
                splits: Sequence[tuple[str, str]] = ()) -> list[CorpusActor]:
    """Group every per-document actor of ``docs`` into exactly one corpus actor.

    ``merges`` and ``splits`` are user corrections (see the module docstring
    for their keys); corpus actors come out ordered by their earliest member.
    ``docs`` is read once, and only a few features of each actor and
    document are kept (no text or analysis), so it may be a generator
    reading a store: ``link_actors(store.analysed(slim=True))``.
    """
    linker = _Linker(docs)
    auto: dict[str, list[str]] | None = None
    if any(not _is_member(x, linker) for pair in (*merges, *splits) for x in pair):
        # Corrections naming corpus ids refer to the automatic linking.
        first = _build(linker, _cluster(linker, [], []))
        auto = {ca.id: [member_key(d, a) for d, a in ca.members] for ca in first}

    def resolve(x: str) -> list[str]:
        if _is_member(x, linker):
            return [x]
        return (auto or {}).get(x, [])

    merge_pairs: list[tuple[str, str]] = []
    for a, b in merges:
        ra, rb = resolve(a), resolve(b)
        if ra and rb:
            merge_pairs.append((ra[0], rb[0]))
    forbid = [(m, set(resolve(other))) for m, other in splits if _is_member(m, linker)]
    return _build(linker, _cluster(linker, merge_pairs, forbid))


def _is_member(x: str, linker: _Linker) -> bool:
    return x in linker.by_key

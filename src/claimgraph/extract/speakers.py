"""Who the speaker is: mentions resolved to actors within one document.

Resolution is rule-based (no offline coreference model exists for spaCy 3.8):
- pronouns (he, she, it, they, who) go back to the nearest fitting
  antecedent, preferring earlier speakers over other mentions;
- short names ("Mr Wang", "Bachelet") go to the full name that contains them;
- capitals and countries as speakers ("Beijing", "China") are governments,
  the surface form kept as an alias;
- "the report" goes to the most recent document mentioned, so that two
  documents sharing a name resolve by what the text last spoke of;
- roles and affiliations are read from the words around a name
  ("Chinese Foreign Ministry spokesman Wang Wenbin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Actor, ActorType, Span
from .gazetteer import CAPITALS, COUNTRY_ADJECTIVES, DOCUMENT_NOUNS, GROUP_NOUNS, ORG_NOUNS, ROLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .statements import Found

__all__ = ["resolve_speakers"]

_HONORIFICS = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame",
    "lord", "lady", "gen", "gen.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "president",
    "senator", "governor", "judge", "justice", "minister", "secretary", "chancellor",
    "mayor", "rev", "rev.", "pope", "king", "queen", "prince", "princess", "general", "colonel",
    "col", "col.", "lt", "lt.", "capt", "capt.", "sgt", "sgt.", "officer", "chairman", "chairwoman",
    "commissioner", "ambassador", "speaker", "leader", "premier", "prime", "vice", "candidate",
    "professor", "attorney", "director", "spokesman", "spokeswoman", "spokesperson", "former",
}
_PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "me", "we", "us"}
_THING_PRONOUNS = {"it", "its"}
_PLURAL_PRONOUNS = {"they", "them", "their"}
_RELATIVE = {"who", "which", "that", "whom"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


@dataclass
class _Actor:
    key: str
    name: str
    type: ActorType
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    last_seen: int = -1


class _Registry:
    def __init__(self) -> None:
        self.actors: dict[str, _Actor] = {}
        self.order: list[str] = []

    def get(self, key: str, name: str, type_: ActorType) -> _Actor:
        a = self.actors.get(key)
        if a is None:
            a = _Actor(key, name, type_)
            self.actors[key] = a
            self.order.append(key)
        return a


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(" \t\n,.;:'\"“”‘’")).strip()


def _strip_det(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    return tokens


def _person_name_tokens(ent_tokens: list[Token]) -> list[str]:
    words = [t.text for t in ent_tokens if t.tag_ != "POS" and not t.is_punct]
    while words and words[0].lower() in _HONORIFICS:
        words = words[1:]
    return words


class _Resolver:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.reg = _Registry()
        # Mentions in text order: (token index, actor key) for antecedent search.
        self.history: list[tuple[int, str]] = []
        self.persons: list[_Actor] = []
        self._scan_mentions()

    # -- mentions seen anywhere in the text ------------------------------
    def _scan_mentions(self) -> None:
        doc = self.doc
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                words = _person_name_tokens(list(ent))
                if not words:
                    continue
                a = self._person(words)
                a.mentions.append(Span(ent.start_char, ent.end_char))
                a.aliases.add(_norm(ent.text))
                self.history.append((ent.root.i, a.key))
                self._roles(a, ent.root, ent.start)
            elif ent.label_ in ("GPE",):
                a = self._government(ent.text)
                if a is not None:
                    self.history.append((ent.root.i, a.key))
            elif ent.label_ == "ORG":
                a = self.reg.get("org:" + _norm(ent.text).lower(), _norm(ent.text), "organisation")
                self.history.append((ent.root.i, a.key))
        for tok in doc:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENT_NOUNS and tok.dep_ != "compound":
                # "response to the UN report": the outer document is the salient one.
                if tok.head.lemma_.lower() == "to" and tok.head.head.lemma_.lower() in DOCUMENT_NOUNS:
                    continue
                a = self._document(tok)
                self.history.append((tok.i, a.key))
        self.history.sort()

    def _person(self, words: list[str]) -> _Actor:
        full = " ".join(words)
        # A short name ("Wang", "Mr Bachelet") joins the full name that holds it.
        lowered = [w.lower() for w in words]
        for p in reversed(self.persons):
            pw = [w.lower() for w in p.name.split()]
            if len(pw) > len(lowered) and all(w in pw for w in lowered):
                return p
        for p in self.persons:
            pw = [w.lower() for w in p.name.split()]
            if len(lowered) > len(pw) and all(w in lowered for w in pw):
                # The full name comes after the short one: upgrade.
                p.aliases.add(p.name)
                p.name = full
                return p
        key = "person:" + full.lower()
        a = self.reg.get(key, full, "person")
        if a not in self.persons:
            self.persons.append(a)
        return a

    def _government(self, surface: str) -> _Actor | None:
        name = _norm(surface)
        low = name.lower()
        low = re.sub(r"^the\s+", "", low)
        country = CAPITALS.get(low) or COUNTRY_ADJECTIVES.get(low)
        if country is None:
            country = name[4:] if name.lower().startswith("the ") else name
        a = self.reg.get("gov:" + country.lower(), country, "government")
        if name != country:
            a.aliases.add(name)
        return a

    def _document(self, tok: Token) -> _Actor:
        """A document actor, told apart by its owner ("China's report", "the UN report")."""
        owner = None
        for child in tok.children:
            if child.dep_ == "poss":
                owner = self._owner_name(child)
            elif child.dep_ in ("compound", "amod", "nmod") and (child.ent_type_ in ("ORG", "GPE", "NORP")):
                owner = owner or self._owner_name(child)
        noun = tok.lemma_.lower()
        if owner is None:
            # "the report" is whichever document the text spoke of last.
            prev = self._last(tok.i, lambda a: a.type == "document")
            if prev is not None:
                prev.mentions.append(self._np_span(tok))
                return prev
            key = f"doc:{noun}"
            return self.reg.get(key, f"the {noun}", "document")
        a = self.reg.get(f"doc:{owner.lower()}", f"{owner} {noun}", "document")
        a.affiliations = a.affiliations or [owner]
        a.mentions.append(self._np_span(tok))
        return a

    def _owner_name(self, tok: Token) -> str:
        low = tok.lower_
        if low in ("its", "their", "his", "her"):
            prev = self._last(tok.i, lambda a: a.type != "document" and (a.type != "person" or low in ("his", "her")))
            if prev is not None:
                return prev.name
            return tok.text
        if tok.ent_type_ == "GPE":
            g = self._government(tok.text if not tok.ent_iob_ == "B" else tok.doc[tok.i : tok.i + 1].text)
            if g is not None:
                return g.name
        words = [t.text for t in tok.subtree if t.tag_ != "POS" and t.lower_ not in _DETERMINERS]
        name = " ".join(words)
        return COUNTRY_ADJECTIVES.get(name.lower(), CAPITALS.get(name.lower(), name))

    def _np_span(self, tok: Token) -> Span:
        left = tok.left_edge
        return Span(left.idx, tok.idx + len(tok))

    def _last(self, before: int, pred) -> _Actor | None:  # type: ignore[no-untyped-def]
        best = None
        for i, key in self.history:
            if i >= before:
                break
            a = self.reg.actors[key]
            if pred(a):
                best = a
        return best

    def _roles(self, a: _Actor, root: Token, ent_start: int) -> None:
        """"Chinese Foreign Ministry spokesman Wang Wenbin", "Wang, a spokesman for X"."""
        doc = self.doc
        i = ent_start - 1
        role_words: list[str] = []
        while i >= 0 and doc[i].lower_ in ROLE_NOUNS | {"high", "deputy", "chief", "vice", "senior", "foreign",
                                                        "prime", "general"} and doc[i].ent_type_ != "PERSON":
            role_words.insert(0, doc[i].text)
            i -= 1
        if role_words:
            # Trim adjectives that came before the role noun itself.
            a.roles.append(" ".join(role_words)) if " ".join(role_words) not in a.roles else None
            aff: list[str] = []
            j = i
            while j >= 0 and (doc[j].ent_type_ in ("ORG", "NORP", "GPE") or doc[j].pos_ == "PROPN"):
                aff.insert(0, doc[j].text)
                j -= 1
            if aff and doc[j + 1 : i + 1].text not in a.affiliations:
                a.affiliations.append(doc[j + 1 : i + 1].text)
        for child in root.children:
            if child.dep_ == "appos" and child.lemma_.lower() in ROLE_NOUNS:
                if child.lemma_ not in a.roles:
                    a.roles.append(child.lemma_.lower())
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
                        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                        if obj is not None:
                            aff_text = _norm(" ".join(t.text for t in _strip_det(list(obj.subtree))))
                            if aff_text and aff_text not in a.affiliations:
                                a.affiliations.append(aff_text)

    # -- speakers ---------------------------------------------------------
    def speaker(self, head: Token, span: Span, prior_speakers: list[tuple[int, str]]) -> _Actor | None:
        low = head.lower_
        doc = self.doc
        if low in _RELATIVE and head.head.i != head.i:
            # "China, which has denied ...": the noun the clause hangs on.
            noun = head.head.head if head.head.dep_ == "relcl" else head.head
            if noun.i != head.i and noun.i < head.i:
                return self.speaker(noun, Span(noun.idx, noun.idx + len(noun)), prior_speakers)
        if low in _PERSON_PRONOUNS:
            want_person = low not in ("we", "us")
            a = self._antecedent(head.i, prior_speakers,
                                 lambda x: x.type == "person" if want_person else x.type != "document")
            return a
        if low in _THING_PRONOUNS:
            return self._antecedent(head.i, prior_speakers, lambda x: x.type != "person")
        if low in _PLURAL_PRONOUNS:
            return self._antecedent(head.i, prior_speakers, lambda x: x.type in ("group", "organisation", "government"))
        ent = self._entity_at(head)
        if ent is not None and ent.label_ in ("ORG", "FAC", "GPE", "PERSON"):
            bare = re.sub(r"^the\s+", "", _norm(ent.text).lower())
            if bare in CAPITALS:
                return self._government(ent.text)
            if ent.label_ == "ORG" and ent.start > 0 and doc[ent.start - 1].lower_ in ROLE_NOUNS | _HONORIFICS:
                words = _person_name_tokens(list(ent))
                if words:
                    return self._person(words)
        if ent is None and re.sub(r"^the\s+", "", _norm(span.text(doc.text)).lower()) in CAPITALS:
            return self._government(span.text(doc.text))
        if ent is not None:
            if ent.label_ == "PERSON":
                words = _person_name_tokens(list(ent))
                if words:
                    return self._person(words)
            if ent.label_ == "GPE":
                return self._government(ent.text)
            if ent.label_ in ("NORP",) and head.pos_ in ("PROPN", "NOUN") and head.ent_type_ == "NORP":
                g = self._government(ent.text)
                return g
        lemma = head.lemma_.lower()
        if lemma in DOCUMENT_NOUNS:
            a = self._document(head)
            return a
        toks = _strip_det([t for t in doc[span_tokens(doc, span)]])
        name = _norm(" ".join(t.text_with_ws for t in toks).replace(" 's", "'s")) if toks else _norm(head.text)
        if lemma in ("government", "administration", "regime", "authorities", "ministry", "cabinet"):
            country = None
            for t in toks:
                if t.ent_type_ in ("GPE", "NORP"):
                    country = CAPITALS.get(t.lower_) or COUNTRY_ADJECTIVES.get(t.lower_) or t.text
            if country is not None and lemma != "ministry":
                g = self.reg.get("gov:" + country.lower(), country, "government")
                g.aliases.add(name)
                return g
        if ent is not None and ent.label_ == "ORG":
            return self.reg.get("org:" + _norm(ent.text).lower(), _norm(ent.text), "organisation")
        if lemma in GROUP_NOUNS or head.tag_ in ("NNS", "NNPS") and lemma not in ORG_NOUNS:
            type_: ActorType = "group"
        elif lemma in ROLE_NOUNS:
            type_ = "person"
        elif lemma in ORG_NOUNS:
            type_ = "organisation"
        else:
            type_ = "person" if head.pos_ == "PROPN" else "group"
        a = self.reg.get(f"{type_}:{name.lower()}", name, type_)
        if type_ == "person" and a not in self.persons:
            self.persons.append(a)
        return a

    def _entity_at(self, tok: Token):  # type: ignore[no-untyped-def]
        if not tok.ent_type_:
            return None
        for ent in self.doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent
        return None

    def _antecedent(self, before: int, prior_speakers: list[tuple[int, str]], pred) -> _Actor | None:  # type: ignore[no-untyped-def]
        """Nearest fitting mention; an earlier speaker wins over a passing mention
        in the same or the previous sentence."""
        sent_start = self.doc[before].sent.start
        best_speaker = None
        for i, key in prior_speakers:
            if i >= before:
                break
            a = self.reg.actors.get(key)
            if a is not None and pred(a):
                best_speaker = (i, a)
        best_mention = None
        for i, key in self.history:
            if i >= before:
                break
            a = self.reg.actors[key]
            if pred(a):
                best_mention = (i, a)
        if best_mention is None:
            return None if best_speaker is None else best_speaker[1]
        if best_speaker is None:
            return best_mention[1]
        # A mention in the same sentence beats an older speaker.
        if best_mention[0] >= sent_start and best_speaker[0] < sent_start:
            return best_mention[1]
        return best_speaker[1]


def span_tokens(doc: Doc, span: Span) -> slice:
    cs = doc.char_span(span.start, span.end, alignment_mode="expand")
    if cs is None:
        return slice(0, 0)
    return slice(cs.start, cs.end)


def resolve_speakers(doc: Doc, found: list[Found]) -> tuple[list[Actor], list[str | None]]:
    """Actors of the document and, for each statement, its speaker's actor id."""
    r = _Resolver(doc)
    ids: list[str | None] = []
    keys: list[str | None] = []
    prior: list[tuple[int, str]] = []
    for f in found:
        if f.speaker is None or f.speaker_head is None:
            keys.append(None)
            continue
        head = doc[f.speaker_head]
        a = r.speaker(head, f.speaker, prior)
        if a is None:
            keys.append(None)
            continue
        if f.speaker not in a.mentions:
            a.mentions.append(f.speaker)
        surface = _norm(f.speaker.text(doc.text))
        if surface and surface.lower() not in ("he", "she", "it", "they", "who", "which", "we", "i"):
            if surface != a.name:
                a.aliases.add(surface)
        keys.append(a.key)
        prior.append((f.speaker_head, a.key))
        prior.sort()
    used = [k for k in r.reg.order if r.reg.actors[k].mentions]
    key_to_id = {k: f"a{n}" for n, k in enumerate(used, 1)}
    actors = []
    for k in used:
        a = r.reg.actors[k]
        actors.append(Actor(
            id=key_to_id[k], name=a.name, type=a.type,
            aliases=tuple(sorted(x for x in a.aliases if x and x != a.name)),
            roles=tuple(a.roles), affiliations=tuple(a.affiliations),
            mentions=tuple(sorted(set(a.mentions))),
        ))
    ids = [None if k is None else key_to_id.get(k) for k in keys]
    return actors, ids

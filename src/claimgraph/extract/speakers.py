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

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.attrs import POS, TAG
from spacy.parts_of_speech import NOUN as _NOUN_POS

from ..model import Actor, ActorType, Span
from .doctext import doc_text
from .gazetteer import (
    BUSINESS_ENDINGS,
    CAPITALS,
    COMPANY_SUFFIXES,
    COUNTRY_ADJECTIVES,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    MEDIA_NAMES,
    ORG_ALIASES,
    ORG_ENDINGS,
    ORG_NOUNS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    TITLES,
    title_gender,
)
from .quotes import find_quotes
from .statements import CLOCK, in_dateline, named_apposition, subject_of
from .statements.turns import TURN_ROLES, Turn, transcript_turns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokSpan

    from .statements import Found

__all__ = ["resolve_speakers"]

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "i", "me", "my"}
_WE = {"we", "us", "our"}
_THING_PRONOUNS = {"it", "its"}
_PLURAL_PRONOUNS = {"they", "them", "their"}
_RELATIVE = {"who", "which", "that", "whom"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_GOVERNMENT_NOUNS = {"government", "administration", "regime", "authorities", "cabinet"}
# Speak for someone else: "a spokesman said ... Minister X said" names two people.
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "source", "aide", "representative"}
_OFFICE_NOUNS = {"office", "mission", "embassy", "delegation", "secretariat", "spokesman's office"}
# "report" and "document" name any document; "assessment" names one kind.
_GENERIC_DOCUMENTS = {"report", "document", "statement", "paper", "study", "release"}
_ROLE_MODIFIERS = {
    "finance", "foreign", "interior", "defence", "defense", "justice", "health", "education", "trade",
    "economy", "environment", "energy", "transport", "home", "prime", "deputy", "vice", "chief",
    "senior", "general", "high", "acting", "former", "state", "attorney", "press", "executive",
    "majority", "minority", "local",
}
# Abbreviated titles, as roles: "Sen. Mark Okafor" is a senator.
_TITLE_WORDS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
                "col": "colonel", "capt": "captain", "sgt": "sergeant", "prof": "professor", "maj": "major",
                "cpl": "corporal", "adm": "admiral", "cmdr": "commander", "supt": "superintendent",
                "atty": "attorney", "sec": "secretary", "amb": "ambassador"}
# Last words that make a name an organisation's (with the business words of gazetteer.BUSINESS_ENDINGS).
_ORG_SUFFIXES = {
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "group", "bank", "foods", "labs",
    "airlines", "airways", "university", "council", "ministry", "agency", "institute", "foundation",
    "party", "company", "co", "co.", "holdings", "motors", "systems", "technologies", "news", "times",
} | BUSINESS_ENDINGS | ORG_ENDINGS | COMPANY_SUFFIXES
_PRONOUNS = _PERSON_PRONOUNS | _WE | _THING_PRONOUNS | _PLURAL_PRONOUNS | _RELATIVE
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
# "O'Donnell", "D'Souza": a surname, whatever the tagger makes of it.
_APOSTROPHE_SURNAME = re.compile(r"^(?:O|D)['\u2019][A-Z][a-z]+$")
# Writings that speak for someone ("the email says", "a sign read"); documents when they speak.
_WRITINGS = {"email", "e-mail", "tweet", "sign", "placard", "banner", "ad", "advertisement", "post", "message",
             "website", "op-ed", "column", "text", "caption", "headline", "flyer", "leaflet", "mailer"}
# Heads that count people: "a number of readers", "a majority of voters".
_QUANTITY_HEADS = {"number", "majority", "minority", "plurality", "third", "half", "quarter", "percent", "most",
                   "share", "handful", "dozen", "fraction", "bulk"}
_COUNTRY_PHRASE = re.compile(r"\b(?:[Gg]overnment|Republic|Kingdom) of (?:the (?:Republic|Kingdom) of )?"
                             r"([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\b")
_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(?:government|administration|authorities|cabinet)\s+of\s+(?:the\s+)?"
                            r"(?:(?:republic|kingdom|state|federation|commonwealth|principality)\s+of\s+)?"
                            r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$", re.IGNORECASE)
# Document nouns that, as speakers, are the body doing the work: "a UN inquiry said".
_BODY_NOUNS = {"inquiry"}
_PUBLISH_VERBS = {"publish", "release", "issue", "present", "submit", "unveil", "produce", "launch", "file"}
_STATE_WORDS = {"republic", "kingdom", "state", "federation", "commonwealth", "principality"}
# Organisations named by a common noun: "the commission" is the one commission the text names.
_GENERIC_ORG_NOUNS = (ORG_NOUNS - _GOVERNMENT_NOUNS - _OFFICE_NOUNS - {"house", "paper", "police", "army", "military",
                                                                        "group", "team"}) | {"alliance", "firm"}
_COMPANY_NOUNS = {"company", "firm"}
# "state rail operator Dalrail": a kind of business right before a one-word name.
_BUSINESS_NOUNS = {"operator", "company", "firm", "carrier", "maker", "retailer", "airline", "insurer", "lender",
                   "manufacturer", "producer", "supplier", "utility", "broadcaster", "developer", "conglomerate",
                   "chain", "brand", "startup", "giant"}
# "Dalrail's freight division": parts only a business has.
_BUSINESS_PARTS = {"division", "subsidiary", "shares", "shareholder", "depot", "plant", "factory", "fleet"}
# Last words of names of bodies that are not companies: "Fair Trade Watch", "River Alliance".
_NOT_COMPANIES = {"association", "alliance", "watch", "coalition", "network", "forum", "trust", "initiative",
                  "federation", "league", "union", "campaign", "movement", "society", "hospital", "clinic",
                  "school", "church", "museum", "court", "institution", "center", "centre", "foundation", "fund",
                  "college", "academy", "council", "committee", "commission", "party", "club"}


@dataclass
class _Actor:
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
        role = " ".join(_TITLE_WORDS.get(w.rstrip("."), w) for w in role.split())
        if role and role not in self.roles:
            self.roles.append(role)

    def add_affiliation(self, aff: str) -> None:
        if aff and aff not in self.affiliations:
            self.affiliations.append(aff)


# Modifiers of "the commission" that do not say which commission it is.
_PLAIN_MODIFIERS = frozenset({"new", "former", "same", "own", "other", "main", "local", "regional", "national",
                              "provincial", "federal", "state", "central", "independent", "city", "country"})

_WHEN = ("DATE", "TIME")

def _is_government(a: _Actor) -> bool:
    return a.type == "government"


# Words of a ministry's name that say nothing of whose it is ("Foreign Ministry").
_MINISTRY_WORDS = frozenset({"the", "foreign", "defence", "defense", "interior", "finance", "justice", "health",
                             "home", "trade", "economy", "ministry", "affairs", "of"})
# Titles that say how to address someone, not what they do.
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "former"})


# Kin, whose names in apposition ("her husband, Ty Woods") are not taken as mentions.
_KIN = frozenset({"mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece", "widow", "mom", "father",
                  "husband", "son", "brother", "grandfather", "uncle", "nephew", "widower", "dad", "cousin",
                  "child", "parent", "grandson", "granddaughter", "spouse", "partner", "fiancee", "fiance"})


def _after_business_kind(toks: list[Token]) -> list[Token] | None:
    """The name after a lower-case kind of business ("Power company Nordlys", "state rail
    operator Dalrail" -> "Nordlys", "Dalrail"), when only proper nouns follow it."""
    kind = [k for k, t in enumerate(toks[:-1]) if t.is_lower and t.lemma_ in _BUSINESS_NOUNS]
    if kind and all(t.pos_ == "PROPN" for t in toks[kind[-1] + 1:]):
        return toks[kind[-1] + 1:]
    return None


def _trimmed(ent: TokSpan) -> TokSpan:
    """An entity without the small words the tagger left at its end ("the Ministry of
    Foreign Affairs of" before "the Republic of Ombelia"), or a live blog's time stamp
    and a kind of business before it ("09:40 Power company Nordlys")."""
    start, end = ent.start, ent.end
    # (a name does not run over a line break: "the Panel of Experts on Marovia\n\nSummary")
    end = next((t.i for t in ent.doc[start + 1 : end] if t.is_space and "\n" in t.text), end)
    while end - start > 1 and ent.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT", "SPACE"):
        end -= 1
    while end - start > 1 and CLOCK.match(ent.doc[start].text):
        start += 1
    named = _after_business_kind(list(ent.doc[start:end]))
    if named is not None:
        start = named[0].i
    if (start, end) == (ent.start, ent.end):
        return ent
    span = ent.doc[start:end]
    span.label_ = ent.label_
    return span


# Small words inside an organisation's proper name ("Ministry of Foreign Affairs").
_NAME_LINKS = frozenset({"of", "the", "and", "for", "on", "in", "de", "&"})


def _untagged_names(doc: Doc, ents: list[TokSpan]) -> list[TokSpan]:
    """Names the tagger missed in an apposition to a person's role ("Her deputy, Ana
    Ruiz, went further"): two or three capitalised proper nouns, as PERSON spans, so
    that a "she" in the next sentence can go back to them."""
    tagged = {i for e in ents for i in range(e.start, e.end)}
    out = []
    appos = doc.vocab.strings["appos"]
    for i, dep in enumerate(doc.to_array("DEP").tolist()):  # (a Token only for appositions)
        if dep != appos:
            continue
        tok = doc[i]
        if tok.pos_ != "PROPN" or tok.i in tagged or tok.head.pos_ != "NOUN" \
                or tok.head.lemma_.lower() not in PERSON_NOUNS or tok.head.lemma_.lower() in _KIN:
            continue  # (not "her husband, Ty Woods": kin share the surname of the one who speaks)
        first = tok.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == tok.i \
                and doc[first - 1].pos_ == "PROPN" and first - 1 not in tagged:
            first -= 1
        words = doc[first : tok.i + 1]
        if 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) \
                and not any(t.lower_ in _ORG_SUFFIXES or t.lower_ in ORG_NOUNS for t in words):
            name = doc[first : tok.i + 1]
            name.label_ = "PERSON"
            out.append(name)
    return out


def _person_named(ent: TokSpan) -> bool:
    """An organisation tag on a person's name: two or three proper nouns, no
    organisation word, and a given name first ("Sophie Marlow") or a person's
    role around it ("Bogdan Serat, the chairman of ...", "her spokesman, Ivo Kral")."""
    if not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" for t in ent) or any(
            t.lower_ in _ORG_SUFFIXES or t.lower_ in ORG_NOUNS for t in ent):
        return False
    if ent[0].lower_ in _given_names():
        return True
    if ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in PERSON_NOUNS:
        return True  # "Her spokesman, Ivo Kral, said"
    return any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in ent.root.children)


def _after_titles(toks: list[Token]) -> list[Token]:
    """"Former Mayor Ines Ovell" -> "Ines Ovell"."""
    return list(itertools.dropwhile(lambda t: t.lower_ in TITLES or t.lower_ in ROLE_NOUNS, toks))


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """First name -> "f" or "m", from the package's small list."""
    out: dict[str, str] = {}
    data = resources.files("claimgraph").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            gender, *names = line.split()
            for n in names:
                out.setdefault(n, gender)
    return out


_GENDERED_NOUNS = {
    "mother": "f", "wife": "f", "daughter": "f", "sister": "f", "woman": "f", "girl": "f", "grandmother": "f",
    "aunt": "f", "niece": "f", "widow": "f", "actress": "f", "businesswoman": "f", "spokeswoman": "f",
    "chairwoman": "f", "congresswoman": "f", "councilwoman": "f", "queen": "f", "princess": "f", "mom": "f",
    "father": "m", "husband": "m", "son": "m", "brother": "m", "man": "m", "boy": "m", "grandfather": "m",
    "uncle": "m", "nephew": "m", "widower": "m", "businessman": "m", "spokesman": "m", "chairman": "m",
    "congressman": "m", "councilman": "m", "king": "m", "prince": "m", "dad": "m",
}


def _gender(a: _Actor) -> str | None:
    if a.gender is not None:
        return a.gender
    if a.type == "person" and len(a.words) > 1:
        return _given_names().get(a.words[0])
    # "his mother", "the spokeswoman": a description that says it
    last = a.name.lower().split()[-1] if a.type == "person" and a.name.strip() else ""
    return _GENDERED_NOUNS.get(last)


def _make_person(a: _Actor, gender: str) -> None:
    """A one-word name first taken for an organisation, shown by a pronoun to be a person."""
    a.type = "person"
    a.bare = False
    a.words = [a.name.lower()]
    a.gender = a.gender or gender


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(" \t\n,.;:'\"“”‘’")).strip()


def _text(doc: Doc, toks: list[Token]) -> str:
    """The words as written, hyphens and spacing kept ("Park Ji-hoon")."""
    if not toks:
        return ""
    return _norm(doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1])])


def _strip_det(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS" or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


# Words that make a role another office than the bare noun: "the minister" is not the deputy one.
_LESSER_ROLES = frozenset({"deputy", "vice", "assistant", "former", "junior", "shadow", "ex", "under", "associate",
                           "acting", "interim", "outgoing", "incoming"})


def _person_like(tok: Token) -> bool:
    """A token that can be what "who" stands for: a person's name, a person or group noun."""
    low = tok.lemma_.lower()
    return tok.ent_type_ in ("PERSON", "NORP") or low in PERSON_NOUNS or tok.lower_ in GROUP_NOUNS \
        or low in GROUP_NOUNS or tok.pos_ == "PRON"


# Not the state's bodies (committee, council, commission, agency, ministry) nor parties.
_NGO_ENDINGS = ORG_ENDINGS - {"committee", "council", "commission", "authority", "agency", "ministry", "party"}


def _ngo(a: _Actor) -> bool:
    """An organisation named as associations, alliances and watchdogs are ("Estuary Action",
    "Committee for Civil Liberties"): what "the group" can stand for."""
    words = a.name.lower().split()
    return a.type == "organisation" and len(words) > 1 and a.name[:1].isupper() and (
        words[-1] in _NGO_ENDINGS or words[0] in ("committee", "alliance", "coalition", "association", "league")
        and len(words) > 2 and words[1] in ("for", "to", "of", "against"))


def _people_noun(name: str) -> bool:
    """"Military analysts", "Former prosecutors": a plural of people, not of things."""
    last = name.lower().split()[-1] if name.split() else ""
    return last in GROUP_NOUNS or last.removesuffix("s") in PERSON_NOUNS or last.removesuffix("es") in PERSON_NOUNS


def _company_of(word: str, name: list[str]) -> bool:
    """Whether the lower-case words ``name`` are a company's full name that ``word``
    shortens: "norvane" of "norvane chemicals"."""
    return len(name) > 1 and name[0] == word and name[-1] in COMPANY_SUFFIXES


def _interview_marker(tok: Token) -> bool:
    """An interview transcript's "Q:" or "A:"."""
    return tok.text in ("Q", "A") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"


def _indefinite(tok: Token) -> bool:
    """"a report", "an official": the noun has an indefinite article."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


_WANTING = frozenset({"recommend", "urge", "demand", "propose", "seek", "want", "request", "order", "call",
                      "need", "require", "promise", "plan"})


def _wanted(tok: Token) -> bool:
    """Whether ``tok`` is what someone asks or plans for: "recommends an independent
    review", "called for an inquiry"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _WANTING


def _head_phrase(tok: Token) -> list[Token]:
    """``tok``'s phrase without the clauses hung on it: "a panel of experts that
    accused it of ..." names "a panel of experts"."""
    cut = [t.left_edge.i for t in tok.subtree
           if t.i > tok.i and (t.dep_ in ("relcl", "acl", "appos", "advcl") or t.is_punct)]
    end = min(cut, default=tok.right_edge.i + 1)
    return [t for t in tok.subtree if t.i < end]


def _org_key(text: str) -> str:
    low = re.sub(r"^the\s+", "", _norm(text).lower())
    return ORG_ALIASES.get(low, ORG_ALIASES.get("the " + low, _norm(text))).lower()


def _after_dateline(ent: TokSpan) -> TokSpan:
    """"TARESH - Kaldora" read as one entity: the part after the dash."""
    for t in ent:
        if t.text in ("-", "—", "–") and t.i > ent.start and (ent[0].is_upper or in_dateline(ent[0])) \
                and t.whitespace_:
            return ent.doc[t.i + 1 : ent.end] if t.i + 1 < ent.end else ent
    return ent


def _dateline_name(ent: TokSpan) -> TokSpan:
    """"12 March 2024 - The Kaldoran Press Council" read as one date: the
    name after the dash, as an organisation."""
    if ent.label_ != "DATE":
        return ent
    for t in ent:
        if t.text in ("-", "\u2014", "\u2013") and t.whitespace_ and t.i + 1 < ent.end:
            toks = [x for x in ent.doc[t.i + 1 : ent.end]]
            while toks and toks[0].pos_ == "DET":
                toks = toks[1:]
            while toks and toks[-1].pos_ != "PROPN":
                toks = toks[:-1]
            if len(toks) >= 2 and toks[0].pos_ == "PROPN" and toks[0].ent_iob_ != "" and not any(
                    x.like_num for x in toks):
                name = ent.doc.char_span(toks[0].idx, toks[-1].idx + len(toks[-1]), label="ORG")
                return ent if name is None else name
    return ent


# Agencies a story credits or quotes ("(Reuters) -", "told AFP"): never "the company" of the story.
_NEWS_AGENCIES = frozenset({"reuters", "afp", "ap", "associated press", "the associated press", "agence france-presse",
                            "xinhua", "tass", "dpa", "efe", "ansa", "kyodo", "bloomberg news", "interfax"})
# What kind of body a name is, written before it: "environmental group Earthwatch Africa".
_BODY_DESCRIPTORS = frozenset({"group", "charity", "watchdog", "organisation", "organization", "coalition", "alliance",
                               "network", "ngo", "union", "association", "agency", "institute", "foundation",
                               "movement", "party", "regulator", "broadcaster", "newspaper", "magazine", "tank"})


def _described_as_body(ent: TokSpan) -> bool:
    """A name the tagger called a person right after a lower-case word for a kind of
    body ("environmental group Earthwatch Africa", "think tank Civitas")."""
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    return prev is not None and prev.is_lower and prev.lemma_ in _BODY_DESCRIPTORS


# A byline: "By Marta Kovac" on a line of its own.
_BYLINE = re.compile(r"(?m)^[ \t]*[Bb]y[ \t]+([A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3})[ \t]*$")
# A first line that says who issued the text: "Statement by the Ministry of ...".
_ISSUED = re.compile(r"\b(?:statement|press release|communiqu[eé]|declaration|announcement|open letter)\b", re.I)
# Small words inside a surname: "Ursula von der Leyen", "Charles de Gaulle", "Abdel Fattah al-Sisi".
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la", "ten", "ter",
                        "bin", "ibn", "al", "el", "dos", "das"})


def _particle_names(doc: Doc, ents: list[TokSpan]) -> list[TokSpan]:
    """Names the tagger cut at a particle, whole: "Ursula von der" + "Leyen" is the
    person Ursula von der Leyen; a later "Von der Leyen" (tagged as anything) is that
    name's surname, a person too."""
    out: list[TokSpan] = []
    surnames: set[str] = set()
    skip_to = -1
    for ent in ents:
        if ent.start < skip_to:
            continue
        start = ent.start
        while start > 0 and (p := doc[start - 1]).lower_ in _PARTICLES and p.pos_ != "DET" \
                and (p.is_lower or p.text[:1].isupper() and p.i == p.sent.start):
            start -= 1  # "Van der Berg added": the particles opening the sentence are the name's
        if start < ent.start and doc[start].text[:1].isupper() and ent.label_ in ("PERSON", "ORG", "GPE"):
            ent = doc[start : ent.end]
            widened = doc.char_span(ent.start_char, ent.end_char, label="PERSON")
            if widened is not None:
                ent = widened
        end = ent.end
        if ent.label_ == "PERSON" and (ent[-1].lower_ in _PARTICLES or ent.end < len(doc)
                                       and doc[ent.end].lower_ in _PARTICLES and doc[ent.end].is_lower):
            j = ent.end
            while j < len(doc) and (doc[j].lower_ in _PARTICLES and doc[j].is_lower
                                    or doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()):
                j += 1
                if doc[j - 1].text[:1].isupper():
                    end = j
        elif ent.label_ in ("PERSON", "ORG", "GPE", "NORP") and (
                " ".join(t.lower_ for t in ent) in surnames):
            out.append(doc.char_span(ent.start_char, ent.end_char, label="PERSON") or ent)
            continue
        if end == ent.end:
            out.append(ent)
            continue
        span = doc[ent.start : end]
        merged = doc.char_span(span.start_char, span.end_char, label="PERSON")
        if merged is None:
            out.append(ent)
            continue
        words = [t.lower_ for t in merged]
        first = next((k for k, w in enumerate(words) if w in _PARTICLES), len(words))
        surnames.add(" ".join(words[first:]))
        out.append(merged)
        skip_to = end
    return out


# Last words that make a "person" the tagger found a place: "Trump Tower", "Trump Shuttle".
_PLACE_ENDINGS = frozenset({"tower", "towers", "shuttle", "hotel", "plaza", "casino", "resort", "airport",
                            "stadium", "turnberry"})


def _person_name(ent: TokSpan) -> TokSpan | None:
    """A person's name as the tagger found it, cleaned of a headline around it: "Ben Carson
    Slams Hillary" is Ben Carson, "Weak - Rubio" is Rubio; "Trump Tower" is no person. None
    for a dateline's city the tagger called a person or an organisation."""
    if ent.label_ not in ("PERSON", "ORG"):
        return ent
    first = next((t.i for t in ent.doc if not t.is_space), 0)
    if ent.start == first and ent[0].is_upper and all(in_dateline(t) for t in ent):
        return None  # "ALMONT - ...", "TARSK, Sept 22 -": a dateline's city, neither person nor body
    if ent.label_ != "PERSON" or len(ent) < 2:
        return ent
    if ent[-1].lower_ in _PLACE_ENDINGS:
        return None
    if ent[0].tag_ in ("VBZ", "VBD", "VBP"):
        return None  # "Pastor Wants Girl Scout Leaders ...": a headline's verb and object, no name
    start, end = ent.start, ent.end
    dash = next((t.i for t in ent if t.text in ("-", "\u2014", "\u2013", ":") and t.whitespace_ and t.i > start), None)
    if dash is not None and dash + 1 < end:
        start = dash + 1
    verb = next((t.i for t in ent.doc[start:end] if t.tag_ in ("VBZ", "VBD", "VBP") and t.i > start), None)
    if verb is not None:
        end = verb
    if (start, end) == (ent.start, ent.end):
        return ent
    if not all(t.pos_ == "PROPN" or t.is_punct for t in ent.doc[start:end]):
        return ent
    return ent.doc.char_span(ent.doc[start].idx, ent.doc[end - 1].idx + len(ent.doc[end - 1]), label="PERSON")


class _Resolver:
    def __init__(self, doc: Doc, speaker_heads: frozenset[int] = frozenset()) -> None:
        self.doc = doc
        self.actors: dict[str, _Actor] = {}
        self.order: list[str] = []
        # Mentions in text order: (token index, actor key), for antecedents.
        self.history: list[tuple[int, str]] = []
        self._outside: tuple[int, list[tuple[int, str]]] = (-1, [])
        self._interview: tuple[str | None] | None = None  # the interviewee's key, worked out once
        self._markers: list[tuple[int, str]] | None = None  # an interview's "Q:"/"A:" tokens
        self._turn_list: list[Turn] | None = None  # a transcript's labelled turns
        self._turn_starts: list[int] = []  # their labels' first tokens, for bisect
        self.persons: list[_Actor] = []
        self._lower_words: frozenset[str] | None = None
        # Descriptions a name was set off after ("The regulator, the National Food Safety Agency"):
        # the later "the regulator" is that body.
        self.described: dict[str, _Actor] = {}
        self.capitals = dict(CAPITALS)
        self.countries = {c.lower() for c in CAPITALS.values()} | {
            c.lower() for c in COUNTRY_ADJECTIVES.values()
        }
        self.demonyms = dict(COUNTRY_ADJECTIVES)
        self.doc_by_owner: dict[str, _Actor] = {}
        self.ents = [e for ent in _particle_names(doc, list(doc.ents))
                     if (e := _person_name(_dateline_name(_trimmed(ent)))) is not None]
        self.ents = sorted(self.ents + _untagged_names(doc, self.ents), key=lambda e: e.start)
        self.ent_of = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.prior: list[tuple[int, str]] = []  # earlier speakers, for "the government"
        self.speaker_heads = speaker_heads  # token index of every statement's speaker
        self._learn_capitals()
        self._learn_countries()
        self._learn_dateline_capital()
        self.org_names = self._learn_org_names()
        self._scan_mentions()

    def lower_words(self) -> frozenset[str]:
        """Words the text writes in lower case somewhere: "Research suggests" opens a
        sentence with a common noun, not a surname."""
        if self._lower_words is None:
            self._lower_words = frozenset(re.findall(r"\b[a-z][\w'-]*", doc_text(self.doc)))
        return self._lower_words

    def get(self, key: str, name: str, type_: ActorType) -> _Actor:
        a = self.actors.get(key)
        if a is None:
            a = _Actor(key, name, type_)
            self.actors[key] = a
            self.order.append(key)
        return a

    # -- what the text itself teaches ------------------------------------
    def _learn_capitals(self) -> None:
        """"Taresh, the Kaldoran capital": Taresh stands for Kaldora."""
        doc = self.doc
        if "capital" not in doc_text(doc).lower():
            return  # most texts: no need to walk every token twice
        names = {t.text.lower(): t.text for t in doc if t.pos_ == "PROPN"}
        for tok in doc:
            if tok.lemma_.lower() != "capital" or tok.dep_ != "appos":
                continue
            place = tok.head
            for mod in tok.children:
                if mod.dep_ not in ("amod", "compound", "poss", "nmod"):
                    continue
                low = mod.text.lower()
                country = COUNTRY_ADJECTIVES.get(low) or (names.get(low) if mod.dep_ == "poss" else None)
                if country is None:
                    # A demonym the lists lack: "Kaldoran" -> "Kaldora".
                    for cut in (1, 2, 3):
                        if low[:-cut] in names:
                            country = names[low[:-cut]]
                            break
                if country:
                    self.capitals[place.text.lower()] = country
                    self.countries.add(country.lower())
                    self.demonyms[low] = country

    def _learn_org_names(self) -> frozenset[str]:
        """One-word names the tagger took for people that the text treats as a
        business: "state rail operator Dalrail", "Dalrail's freight division",
        "Dalrail said ... The company said ..." (no other name in that sentence).
        Not a given name, nor the surname of a person named in full."""
        doc = self.doc
        if not any(ent.label_ == "PERSON" and len(ent) == 1 for ent in self.ents):
            return frozenset()
        company_follows = re.search(r"\b[Tt]he (?:company|firm)\b", doc_text(doc)) is not None
        given = _given_names()
        surnames = {ent[-1].lower_ for ent in self.ents if ent.label_ in ("PERSON", "ORG") and len(ent) > 1
                    and (ent.label_ == "PERSON" or _person_named(ent))}
        business_compounds = {t.lower_ for t in doc if t.dep_ == "compound" and t.head.tag_ == "NNS"
                              and (t.head.lower_ in _BUSINESS_PARTS or t.head.lemma_.lower() in _BUSINESS_PARTS)}
        out = set()
        for ent in self.ents:
            low = ent.text.lower()
            if ent.label_ != "PERSON" or len(ent) != 1 or low in surnames or ent.text in given:
                continue
            if low in MEDIA_NAMES:
                out.add(low)  # "Politico reported", "on Twitter"
                continue
            if any(_company_of(low, [t.lower_ for t in e]) for e in self.ents if e.label_ in ("ORG", "PERSON")):
                out.add(low)  # "Norvane" after "Norvane Chemicals"
                continue
            tok = ent[0]
            prev = doc[tok.i - 1] if tok.i > 0 else None
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if prev is not None and prev.lemma_.lower() in _BUSINESS_NOUNS and prev.dep_ == "compound":
                out.add(low)
            elif nxt is not None and nxt.tag_ == "POS" and tok.head.lemma_.lower() in _BUSINESS_PARTS:
                out.add(low)
            elif low in business_compounds:
                out.add(low)  # "Velair shares fell", "at Carrier plants"
            elif company_follows and tok.dep_ == "nsubj" and tok.sent.end < len(doc):
                sent = tok.sent
                after = doc[sent.end].sent
                the_company = any(t.dep_ == "nsubj" and t.lemma_.lower() in _COMPANY_NOUNS and t.i > 0
                                  and doc[t.i - 1].lower_ == "the" and not any(c.dep_ == "compound" for c in t.children)
                                  for t in after)
                if the_company and not any(e.label_ in ("ORG", "PERSON") and e.text.lower() != low
                                           for e in self.ents if e.start >= sent.start and e.end <= after.start):
                    out.add(low)
        return frozenset(out)

    def _learn_countries(self) -> None:
        """A proper name the text also uses as a demonym ("Kestria" and "Kestrian
        troops") is a country, and the demonym stands for it."""
        names: dict[str, str] = {}
        for m in _COUNTRY_PHRASE.finditer(doc_text(self.doc)):
            # "the Government of Marovia", "the Republic of Marovia": Marovia is a country.
            self.countries.add(m.group(1).lower())
        for ent in self.ents:
            ent = _after_dateline(ent)
            if ent.label_ in ("GPE", "ORG", "PERSON", "LOC") and len(ent) == 1 and ent[0].pos_ == "PROPN":
                names.setdefault(ent.text.lower(), ent.text)
        lowered = doc_text(self.doc).lower()
        adjectives: set[str] | None = None  # built only when a demonym's form occurs in the text at all
        for low, name in names.items():
            if low in self.countries or low in self.capitals or len(low) < 4:
                continue
            forms = {low + "n", low + "an", low + "ian", low + "ese", low[:-1] + "an", low[:-1] + "ian"}
            if not any(f in lowered for f in forms):
                continue
            if adjectives is None:
                adjectives = {t.lower_ for t in self.doc if t.text[:1].isupper() and t.lower_ not in names
                              and (t.ent_type_ == "NORP" or t.pos_ in ("ADJ", "PROPN"))}
            hits = forms & adjectives
            if hits:
                self.countries.add(low)
                for h in hits:
                    self.demonyms.setdefault(h, name)

    def _learn_dateline_capital(self) -> None:
        """"DORNEC - ... Dornec dismissed the statements": a dateline's city that
        speaks is the seat of government of the one country the text is about
        (named at least twice, twice as often as any other)."""
        doc = self.doc
        first = next((t for t in doc if not t.is_space), None)
        if first is None or not in_dateline(first) or not first.is_upper:
            return
        city = first.text.lower()
        if city in self.capitals or city in self.countries or not any(
                doc[i].lower_ == city and not in_dateline(doc[i]) for i in self.speaker_heads):
            return
        counts: Counter[str] = Counter()
        # (not a name the tagger also reads as a person's: "Serat, 67, had led the board")
        places = {t.lower_ for t in doc if t.ent_type_ == "GPE"} - {city} - {
            t.lower_ for e in self.ents
            if e.label_ == "PERSON" or e.label_ == "ORG" and _person_named(_after_dateline(e)) for t in e}
        for t in doc:
            if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper() and not in_dateline(t):
                low = t.text.lower().removesuffix("'s").removesuffix("’s")
                country = self.capitals.get(low) or (t.text if low in self.countries or low in places
                                                     else self.demonyms.get(low))
                if country:
                    counts[country.lower()] += 1
        top = counts.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
            self.capitals[city] = next((t.text for t in doc if t.lower_ == top[0][0]), top[0][0].title())

    def _country_of(self, text: str) -> str | None:
        m = _GOVERNMENT_OF.match(_norm(text))
        if m is not None and m.group(1).lower() in self.countries:
            return m.group(1)  # "the Government of the Republic of Marovia"
        low = re.sub(r"^the\s+", "", _norm(text).lower())
        if low in self.capitals:
            return self.capitals[low]
        if low in self.countries:
            return _norm(text)[4:] if _norm(text).lower().startswith("the ") else _norm(text)
        if low in ORG_ALIASES and ORG_ALIASES[low].lower() in self.countries:
            return ORG_ALIASES[low]  # "the EU" is the European Union
        return self.demonyms.get(low)

    # -- mentions seen anywhere in the text ------------------------------
    def _scan_mentions(self) -> None:
        doc = self.doc
        # Entities and noun mentions in text order: a document's antecedent
        # is whatever the text spoke of before it.
        events: list[tuple[int, TokSpan | None, Token | None]] = [(ent.start, ent, None) for ent in self.ents]
        quoted = find_quotes(doc_text(doc))[0]
        self.quoted = sorted((q.inner.start, q.inner.end) for q in quoted)
        # Only nouns and plural nouns can be mentions: pick them from the tag arrays
        # rather than make a Token of every word (the slowest part of this pass).
        strings = doc.vocab.strings
        pos_tag = doc.to_array([POS, TAG])
        wanted = [i for i, (p, t) in enumerate(pos_tag.tolist()) if p == _NOUN_POS or t == strings["NNS"]]
        for i in wanted:
            tok = doc[i]
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENT_NOUNS and tok.dep_ != "compound":
                # "response to the UN report": the outer document is the salient one.
                if tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in DOCUMENT_NOUNS:
                    continue
                # "reports of mass arrests", "any complaints": no one document.
                if tok.tag_ == "NNS" and not any(c.dep_ == "poss" or c.lower_ in ("the", "these", "those")
                                                 for c in tok.children):
                    continue
                # "a full response", in someone's quoted words: not what the narrator's
                # "the report" goes back to.
                if _indefinite(tok) and any(
                        q.inner.start <= tok.idx < q.inner.end for q in quoted):
                    continue
                # "It recommends an independent review", "called for an inquiry": a document
                # that does not exist yet is no antecedent of "the report".
                if _indefinite(tok) and _wanted(tok):
                    continue
                # "A UN inquiry said ...": the body, resolved as a speaker.
                if tok.lemma_.lower() in _BODY_NOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
                    continue
                events.append((tok.i, None, tok))
            elif tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass") and tok.ent_type_ == "":
                events.append((tok.i, None, tok))
        events.sort(key=lambda e: e[0])
        for _, ent, noun in events:
            if ent is not None:
                self._entity_mention(ent)
            elif noun is not None:
                if noun.lemma_.lower() in DOCUMENT_NOUNS:
                    a = self._document(noun)
                else:
                    a = self._np(noun, _strip_det(list(doc[noun.left_edge.i : noun.i + 1])))
                self.history.append((noun.i, a.key))

    def _entity_mention(self, ent: TokSpan) -> None:
        a: _Actor | None = None
        ent = _after_dateline(ent)
        if ent.label_ == "GPE" and ent[0].is_upper and all(in_dateline(t) for t in ent):
            return  # "WASHINGTON -": where the story was filed, not a mention of the government
        if ent.label_ == "PERSON" and (len(ent) == 1 and ent.text.lower() in self.org_names
                                       or len(ent) > 1 and ent[-1].lower_ in _ORG_SUFFIXES
                                       or _described_as_body(ent)):
            # "Dalrail Railways" read as a name: the organisation its speaker mentions resolve to
            a = self._organisation(ent.text)
        elif ent.label_ == "PERSON" and not (len(ent) == 1 and self._country_of(ent.text)):
            a = self._person_entity(ent)
        elif ent.label_ in ("GPE", "ORG", "FAC", "NORP", "PERSON"):
            country = self._country_of(ent.text)
            if country is not None and (ent.label_ != "NORP" or ent.root.pos_ == "PROPN"):
                a = self._government(ent.text, country)
            elif len(ent) == 1 and (person := self._by_surname(ent[0])) is not None:
                a = person  # "Serat, 67, had led the board" read as a place: "he" is still Serat
            elif ent.label_ == "ORG" and _person_named(ent):
                a = self._person_entity(ent)
            elif ent.label_ == "ORG":
                a = self._organisation(ent.text)
        if a is not None:
            self.history.append((ent.root.i, a.key))
            if a.type != "person" and ent.root.dep_ in ("nsubj", "nsubjpass"):
                a.subject_mentions.append(Span(ent.start_char, ent.end_char))

    def _titled(self, toks: list[Token]) -> _Actor:
        """A name the tagger missed, after its titles: "Mayor Ines Ovell"."""
        rest = _after_titles(toks)
        titles = toks[: len(toks) - len(rest)]
        a = self._person(rest)
        self._title_roles(a, titles)
        return a

    def _title_roles(self, a: _Actor, titles: list[Token]) -> None:
        if titles and (gender := title_gender(titles[0].lower_.rstrip("."))) is not None:
            a.gender = gender
        role_titles = [t.text for t in titles if t.lower_ not in _HONORIFICS]
        if role_titles:
            a.add_role(" ".join(role_titles).lower())

    def _person_entity(self, ent: TokSpan) -> _Actor | None:
        toks = [t for t in ent if not t.is_space]
        titles: list[Token] = []
        while toks and (toks[0].lower_ in TITLES or toks[0].lower_ in ROLE_NOUNS or toks[0].is_lower):
            titles.append(toks[0])
            toks = toks[1:]
        while toks and (toks[-1].tag_ == "POS" or toks[-1].is_punct):
            toks = toks[:-1]
        if not toks:
            return None
        a = self._person(toks)
        if not titles and ent.start > 0 and (gender := title_gender(ent.doc[ent.start - 1].lower_.rstrip("."))):
            a.gender = gender
        a.mentions.append(Span(ent.start_char, ent.end_char))
        surface = _norm(ent.text.removesuffix("'s").removesuffix("’s"))
        if surface != a.name:
            a.aliases.add(surface)
        self._title_roles(a, titles)
        self._roles(a, ent)
        return a

    def _headline_words(self, name: str, keep: int) -> bool:
        """Whether the words of ``name`` after the first ``keep`` include one the text
        never capitalises elsewhere, as a headline's verb ("Address", "Slams") and unlike
        a surname ("Dena Minning Grayson", Grayson named on her own too)."""
        text = doc_text(self.doc)
        return any(len(re.findall(r"\b" + re.escape(w) + r"\b", text)) < 2 for w in name.split()[keep:])

    def _person(self, toks: list[Token]) -> _Actor:
        words = [t.lower_ for t in toks if not t.is_punct]
        full = _text(self.doc, toks)
        # A short name ("Wang", "Mr Bachelet") joins the full name that holds it: of several
        # ("Ms Mwangale" with Grace and Joseph Mwangale in the text), one its title allows,
        # the last named before it.
        holders = [p for p in reversed(self.persons) if len(p.words) > len(words) and all(w in p.words for w in words)]
        if holders:
            title = self.doc[toks[0].i - 1].lower_.rstrip(".") if toks[0].i > 0 else ""
            gender = title_gender(title)
            fits = [p for p in holders if gender is None or _gender(p) in (gender, None)] or holders
            pos = toks[0].idx
            for p in fits:
                if len(words) > 1 and p.words[: len(words)] == words and self._headline_words(p.name, len(words)):
                    # "Chris Christie" after a headline's "Chris Christie Address Heroin": the
                    # clean name is the name.
                    p.aliases.add(p.name)
                    p.name, p.words = full, words
            before = [(max(m.start for m in p.mentions if m.start < pos), n) for n, p in enumerate(fits)
                      if any(m.start < pos for m in p.mentions)]
            if not before:
                return fits[0]
            last_at, last = max(before)
            # Named in this sentence or the one before: that one ("former president Bill
            # Clinton said ... Clinton said"); else the one the text has named most so far.
            sent = toks[0].sent
            near = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else 0
            if last_at >= near or len(before) < 2:
                return fits[last]
            named = [(sum(1 for m in fits[n].mentions if m.start < pos), at, n) for at, n in before]
            return fits[max(named)[2]]
        for p in self.persons:
            if len(words) > len(p.words) and all(w in words for w in p.words):
                # The full name comes after the short one: take it as the name.
                p.aliases.add(p.name)
                p.name, p.words = full, words
                return p
        a = self.get("person:" + " ".join(words), full, "person")
        if not a.words:
            a.words = words
            self.persons.append(a)
        return a

    def _government(self, surface: str, country: str) -> _Actor:
        a = self.get("gov:" + country.lower(), country, "government")
        name = _norm(surface)
        if name.lower() != country.lower():
            a.aliases.add(name)
        return a

    def _short_company(self, word: str) -> _Actor | None:
        """"Norvane" after "Norvane Chemicals": the one company named so far whose
        name is that word and a business ending."""
        low = word.lower()
        fits = [a for k in self.order if (a := self.actors[k]).type == "organisation"
                and _company_of(low, a.name.lower().split())]
        return fits[0] if len(fits) == 1 else None

    def _organisation(self, text: str) -> _Actor:
        key = _org_key(text)
        if "org:" + key not in self.actors and " " not in _norm(text) and (
                short := self._short_company(_norm(text))) is not None:
            short.aliases.add(_norm(text))
            return short
        a = self.get("org:" + key, _norm(re.sub(r"^[Tt]he\s+", "", _norm(text))), "organisation")
        if _norm(text) != a.name:
            a.aliases.add(_norm(text))
        return a

    def _roles(self, a: _Actor, ent: TokSpan) -> None:
        """Words before the name and appositions after it."""
        doc = self.doc
        pre: list[Token] = []
        i = ent.start - 1
        inside = set(range(ent.start, ent.end))
        while i >= 0 and doc[i].head.i in inside and doc[i].dep_ in ("compound", "amod", "nmod") \
                and not doc[i].is_punct:
            pre.insert(0, doc[i])
            inside.add(i)
            i -= 1
        # "Kaldoran Foreign Ministry spokesperson": the role is the trailing run of
        # lower-case words and titles, the affiliation what comes before it.
        j = len(pre)
        while j > 0 and (pre[j - 1].is_lower or pre[j - 1].lower_ in TITLES or pre[j - 1].lower_ in ROLE_NOUNS
                         or pre[j - 1].lower_ in _ROLE_MODIFIERS):
            j -= 1
        role = [t for t in pre[j:] if t.lower_ not in _HONORIFICS]
        if role:
            a.add_role(_text(doc, role).lower())
        if pre[:j]:
            a.add_affiliation(_text(doc, pre[:j]))
            self._whose_ministry(a, pre[:j], ent.start)
        elif role:
            # "Amnesty International's researcher Lea Vos": whose researcher.
            owner = next((c for c in role[-1].children if c.dep_ == "poss"), None)
            aff = None if owner is None else self._owner_of_role(owner)
            if aff:
                a.add_affiliation(aff)
        for child in ent.root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                self._appos_role(a, child)

    def _appos_role(self, a: _Actor, role: Token) -> None:
        """"an epidemiologist at Kellner University", "the company's founder"."""
        doc = self.doc
        words = [t for t in doc[role.left_edge.i : role.i + 1]
                 if t.dep_ not in ("det", "poss", "case") and t.tag_ != "POS" and not t.is_punct
                 and t.head.i == role.i or t.i == role.i]
        words = [t for t in words if t.ent_type_ == "" and t.dep_ != "poss"
                 # "a Syrian-born, London-based investor": the places go, and "-born", "-based" with them
                 and not (t.lower_ in ("born", "based") and t.i > 1 and doc[t.i - 1].text == "-"
                          and doc[t.i - 2].ent_type_)]
        if words:
            a.add_role(_text(doc, words).lower())
            self._whose_ministry(a, words, role.i)
        for child in role.children:
            if child.dep_ == "poss" and (aff := self._owner_of_role(child)):
                a.add_affiliation(aff)
            if child.dep_ == "compound" and child.ent_type_ in ("ORG", "NORP") and child.i < role.i:
                # "a Green Party MP", "a Labour councillor": the party
                ent = self._entity_at(child)
                if ent is not None and ent.end <= role.i:
                    a.add_affiliation(_text(self.doc, _strip_det(list(ent))))
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with", "in"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                # "director for Europe", "head of research in Asia": the role's region, no body
                region = child.lower_ in ("for", "in") and obj is not None and obj.ent_type_ in ("GPE", "LOC")
                if obj is not None and (obj.ent_type_ or obj.pos_ == "PROPN") and not region:
                    # "Human Rights Watch in Geneva": the body, not where it sits
                    where = {t.i for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                             and any(g.ent_type_ in ("GPE", "LOC") for g in p.children) for t in p.subtree}
                    a.add_affiliation(_text(doc, _strip_det([t for t in obj.subtree if t.i not in where])))

    def _whose_ministry(self, a: _Actor, words: list[Token], at: int) -> None:
        """"Ombelia gave a different account. Foreign Ministry spokeswoman Selin Arda
        said ...": a ministry named without its country is the government named or
        heard last (so her side is Ombelia's)."""
        low = [t.lower_ for t in words]
        if "ministry" not in low or any(t.ent_type_ in ("GPE", "NORP") for t in words) \
                or not set(low) <= _MINISTRY_WORDS | ROLE_NOUNS | TITLES:
            return
        since = self._sentence_before(at)
        hits = [h for h in (self._latest(self.history, at, _is_government),
                            self._latest(self.prior, at, _is_government)) if h is not None and h[0] >= since]
        if hits:  # (only a government named in this sentence or the one before)
            a.add_affiliation(max(hits, key=lambda h: h[0])[1].name)

    def _owner_of_role(self, poss: Token) -> str | None:
        """Whose the role is: "Amnesty International's" researcher; "her" spokesman is no
        one's organisation."""
        if poss.lower_ in ("its", "their"):
            # "The Federation said ... Its president, Karl Wendt,": the body named last
            org = self._last_named_or_heard(poss.i, lambda x: x.type in ("organisation", "government")
                                            and x.name[:1].isupper())
            return None if org is None else org.name
        if not poss.ent_type_ and poss.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in poss.children):
            # "Bogdan Serat, the board's chairman": the body named last by that word
            noun = poss.lemma_.lower()
            org = self._last_named_or_heard(poss.i, lambda x: x.type == "organisation" and x.name[:1].isupper()
                                            and noun in x.name.lower().split())
            return None if org is None else org.name
        if not poss.ent_type_:
            return None
        # "GENEVA - Valdoria's Deputy Foreign Minister": the dateline is no part of the owner
        name = _text(self.doc, _strip_det([t for t in poss.subtree if t.tag_ != "POS" and not in_dateline(t)]))
        return name.removesuffix("'s").removesuffix("\u2019s")

    # -- documents -----------------------------------------------------------
    def _document(self, tok: Token) -> _Actor:
        """A document actor, told apart by its owner ("China's report", "the UN report")."""
        owner = None
        national = False  # owned by a nationality adjective: "the Kestrian statement"
        for child in tok.children:
            if child.dep_ == "poss":
                owner = self._owner_name(child)
            elif child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ("ORG", "GPE", "NORP"):
                national = owner is None and child.pos_ == "ADJ"
                owner = owner or self._owner_name(child)
            elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.tag_ == "NNS" and not obj.ent_type_:
                    # "a study by researchers at Kellner University": the university's
                    at = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ in ("at", "from", "of")
                               for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "ORG"), None)
                    obj = at if at is not None else obj
                if obj is not None and (obj.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or
                                        obj.lemma_.lower() in ORG_NOUNS):
                    ent = self._entity_at(obj)
                    owner = owner or (_text(self.doc, _strip_det(list(_after_dateline(ent))))
                                      if ent is not None and ent.root.i == obj.i
                                      else _text(self.doc, _strip_det(_head_phrase(obj))))
        noun = tok.lemma_.lower()
        indefinite = _indefinite(tok)
        if owner is None and indefinite:
            # "In a 74-page report, the panel said ...": the speaker's document; "the
            # panel released a report", "... released Clean Water, a report on ...": the
            # publisher's.
            subj = self._fronted_subject(tok)
            obj = tok.head if tok.dep_ == "appos" else tok
            if subj is None and obj.dep_ == "dobj" and obj.head.lemma_.lower() in _PUBLISH_VERBS:
                subj = subject_of(obj.head)
            if subj is not None and (subj.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or subj.pos_ == "PROPN"
                                     or subj.lemma_.lower() in ORG_NOUNS):
                owner = self._owner_name(subj)
        if owner is None:
            # "a report" is one not spoken of before; "the report" the last one.
            prev = None if indefinite else self._previous_document(tok.i, noun)
            if prev is not None:
                prev.mentions.append(self._np_span(tok))
                prev.nouns.add(noun)
                return prev
            a = self.get(f"doc:{noun}:{tok.i}", f"the {noun}", "document")
        else:
            display = ORG_ALIASES.get(owner.lower(), owner)
            okey = self._owner_key(owner)
            found = self.doc_by_owner.get(okey)
            by_pronoun = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
            definite = any(c.lower_ == "the" for c in tok.children) and noun in _GENERIC_DOCUMENTS
            if found is None and (definite or by_pronoun) and self._country_of(owner) is None and not national:
                # "the report by the office of X", "(the office said) its
                # assessment": the report already spoken of, its author now named.
                found = self._last(tok.i, lambda d: d.type == "document"
                                   and not any(self._country_of(x) for x in d.affiliations))
            a = found or self.get(f"doc:{okey}", f"{display} {noun}", "document")
            a.add_affiliation(display)
            self.doc_by_owner[okey] = a
        a.nouns.add(noun)
        a.mentions.append(self._np_span(tok))
        return a

    def _owner_key(self, owner: str) -> str:
        """One key per author: "Ms Bachelet's office" and "the office of UN High
        Commissioner Michelle Bachelet" are one owner; "UN" is "United Nations"."""
        words = set(re.findall(r"\w+", owner.lower().replace("'s", "").replace("’s", "")))
        if words & {"office", "spokesman", "spokesperson", "aides", "staff", "team"}:
            for p in self.persons:
                if p.words and p.words[-1] in words:
                    return "office:" + p.key
        country = self._country_of(owner)
        return country.lower() if country else _org_key(owner)

    def _previous_document(self, before: int, noun: str) -> _Actor | None:
        """The last document spoken of; for a specific noun ("assessment"), the
        last one called that, when there is one."""
        last = self._last(before, lambda a: a.type == "document")
        if noun in _GENERIC_DOCUMENTS:
            return last
        # "the indictment" after "her opening statement" is another document.
        return self._last(before, lambda a: a.type == "document" and noun in a.nouns)

    def _owner_name(self, tok: Token) -> str:
        low = tok.lower_
        if low in ("its", "their", "his", "her"):
            want = ("person",) if low in ("his", "her") else ("organisation", "government")
            # "Ms Bachelet's office said its assessment ...": the clause's subject.
            subj = self._clause_subject(tok)
            if subj is not None:
                a = self.speaker(subj, self._np_span(subj), [])
                if a is not None and a.type in want:
                    return a.name
            prev = self._last(tok.i, lambda a: a.type in want)
            return prev.name if prev is not None else tok.text
        words = [t for t in tok.subtree if t.tag_ != "POS"]
        dash = [n for n, t in enumerate(words) if t.text in ("-", "\u2014", "\u2013") and t.whitespace_ and t.i < tok.i]
        words = _strip_det(words[dash[-1] + 1:] if dash else words)  # "6 May - RiverWatch Alliance"
        name = _text(self.doc, words) or tok.text
        return self._country_of(name) or name

    def _clause_subject(self, tok: Token) -> Token | None:
        """The subject of the verb whose object holds ``tok``, if it comes before."""
        node = tok.head
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        for verb in (node, node.head):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not in_dateline(c)), None)
            if subj is not None and subj.i < tok.i and not (subj.left_edge.i <= tok.i <= subj.right_edge.i):
                return subj
        return self._fronted_subject(tok)

    def _fronted_subject(self, tok: Token) -> Token | None:
        """"In its 74-page report, the panel said ...": the subject of the verb a
        fronted phrase holding ``tok`` belongs to."""
        node = tok
        while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
            node = node.head
        verb = node.head
        if node.dep_ != "prep" or verb.i == node.i or verb.i < node.i:
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not in_dateline(c)), None)
        if subj is None or not node.i < subj.i < verb.i or subj.lower_ in _PRONOUNS:
            return None
        return subj

    def _np_span(self, tok: Token) -> Span:
        left = tok.left_edge
        while left.i < tok.i and (left.is_punct or left.is_space):
            left = self.doc[left.i + 1]
        return Span(left.idx, tok.idx + len(tok))

    def _latest(self, entries: list[tuple[int, str]], before: int,
                pred: Callable[[_Actor], bool]) -> tuple[int, _Actor] | None:
        """The last (token index, actor) of ``entries`` before ``before`` that fits."""
        best = None
        for i, key in entries:
            if i >= before:
                break
            a = self.actors.get(key)
            if a is not None and pred(a):
                best = (i, a)
        return best

    def _last_named_or_heard(self, before: int, pred: Callable[[_Actor], bool]) -> _Actor | None:
        """The fitting actor mentioned or speaking last before token ``before``."""
        hits = [h for h in (self._latest(self.history, before, pred), self._latest(self.prior, before, pred))
                if h is not None]
        return max(hits, key=lambda h: h[0])[1] if hits else None

    def _last(self, before: int, pred: Callable[[_Actor], bool]) -> _Actor | None:
        hit = self._latest(self.history, before, pred)
        return None if hit is None else hit[1]

    def _after_label(self, tok: Token) -> bool:
        """``tok`` follows a colon on its line ("Rubio: I Still Believe ..."): a label's words."""
        text = doc_text(self.doc)
        line = text.rfind("\n", 0, tok.idx) + 1
        return ":" in text[line : tok.idx]

    def _author(self) -> _Actor:
        """Who writes "I" outside quotations: the person of a byline near the top ("By
        Marta Kovac"), else an actor "the writer"."""
        text = doc_text(self.doc)
        m = _BYLINE.search(text[:600])
        if m is None:
            return self.get("writer", "the writer", "person")
        name = m.group(1)
        words = name.lower().split()
        a = self.get("person:" + " ".join(words), name, "person")
        if not a.words:
            a.words = words
            self.persons.append(a)
        a.add_role("writer")
        return a

    def _issuer(self) -> _Actor | None:
        """The one organisation or government a document's first line names: who a
        statement's "we" is ("Statement by the Ministry of Foreign Affairs")."""
        text = doc_text(self.doc)
        end = text.find("\n")
        end = len(text) if end < 0 else end
        if not _ISSUED.search(text[:end]):
            return None
        named = {k for i, k in self.history if self.doc[i].idx < end
                 and self.actors[k].type in ("organisation", "government")}
        return self.actors[next(iter(named))] if len(named) == 1 else None

    # -- transcripts -------------------------------------------------------
    def _turns(self) -> list[Turn]:
        if self._turn_list is None:
            self._turn_list = transcript_turns(self.doc)
            self._turn_starts = [t.label_start for t in self._turn_list]
        return self._turn_list

    def _turn_of(self, i: int) -> Turn | None:
        """The transcript turn token ``i`` is in (its label or what was said)."""
        turns = self._turns()
        k = bisect.bisect_right(self._turn_starts, i) - 1
        if k < 0:
            return None
        turn = turns[k]
        return turn if i < turn.label_end or self.doc[i].idx < turn.end else None

    def _turn_speaker(self, turn: Turn) -> _Actor:
        """Who a turn's label names: "HOST" the interviewer, "FALLIN" the Mary Fallin
        named before, "JAKE TAPPER" a person of that name."""
        doc = self.doc
        toks = [t for t in doc[turn.name_start : turn.name_end] if not t.is_space]
        label = _text(doc, toks)
        if label.isupper():
            label = label.title()
        words = [w.rstrip(".").lower() for w in label.split()]
        shown = _norm(" ".join(w for w in label.split() if w.rstrip(".").lower() not in TITLES) or label)
        if len(words) == 1 and words[0] in TURN_ROLES:
            role = "questioner" if words[0] == "question" else words[0]
            a = self.get(f"turn:{role}", role, "person")
            a.add_role(role)
            return a
        office = [t for t in doc[turn.label_start : turn.name_start] if not t.is_space and t.text != "("]
        if words[0] == "the":
            # "The Prime Minister:" after "The Prime Minister (Jane Okafor):": the office's holder
            holder = self._role_holder(toks[-1], toks) or next(
                (p for p in reversed(self.persons) if " ".join(words[1:]) in p.roles), None)
            if holder is not None:
                return holder
        rest = [w for w in words if w not in TITLES]
        known = next((p for p in reversed(self.persons) if rest and p.words and p.words[-1] == rest[-1]
                      and (len(rest) == 1 or p.words[0] == rest[0])), None)
        if known is not None:
            a = known
            if a.name.isupper() and len(a.name) > 1:
                a.aliases.add(a.name)  # "LEE" as the tagger found it: named as a person writes it
                a.name = shown
            if _norm(label) != a.name:
                a.aliases.add(_norm(label))
        else:
            a = self.get("person:" + " ".join(rest or words), shown, "person")
            if not a.words:
                a.words = rest or words
                self.persons.append(a)
        if office:
            a.add_role(_text(doc, _strip_det(office)).lower())
        return a

    # -- speakers ---------------------------------------------------------
    def speaker(self, head: Token, span: Span, prior: list[tuple[int, str]]) -> _Actor | None:
        turn = self._turn_of(head.i)
        if turn is not None and turn.name_start <= head.i < turn.name_end:
            return self._turn_speaker(turn)
        name = named_apposition(head)
        if name is not None and span.start <= name.idx < span.end:
            head = name  # "the state rail operator Norvail said": Norvail speaks
        body = self._named_body(head)
        if body is not None:
            return body
        named = self._name_in_description(head)
        if named is not None:
            return named
        low = head.lower_
        doc = self.doc
        if low in _RELATIVE and head.head.i != head.i:
            # "China, which has denied ...": the noun the clause hangs on.
            noun = head.head.head if head.head.dep_ == "relcl" else head.head
            if low in ("who", "whom"):
                # "Ivo Marsh, a strategist for Ms Ruiz's campaign who ...": "who" is a
                # person, so not the campaign the clause was hung on but the strategist.
                up = noun
                while up.dep_ == "pobj" and up.head.dep_ == "prep" and not _person_like(up) \
                        and up.pos_ in ("NOUN", "PROPN"):
                    up = up.head.head
                if up is not noun and up.pos_ in ("NOUN", "PROPN") and _person_like(up):
                    noun = up.head if up.dep_ == "appos" and up.head.ent_type_ == "PERSON" else up
            if noun.i != head.i and noun.i < head.i:
                return self.speaker(noun, Span(noun.idx, noun.idx + len(noun)), prior)
        if low in ("you", "yourself"):
            return None  # the reader or someone addressed: no actor the text names
        if _interview_marker(head):
            # An interview's "Q:" is the interviewer, unnamed; its "A:" the person interviewed.
            return None if head.text == "Q" else self._interviewee()
        if low in ("i", "me", "my", *_WE) and turn is not None and not self._in_quote(head.i):
            return self._turn_speaker(turn)  # "RUTH ALVES: I don't reject it": the one whose turn it is
        if low in ("i", "me", "my") and self._answering(head.i):
            return self._interviewee()  # "A: I think ...": the one answering, not the last name asked about
        if low in _WE and self._answering(head.i) and (answering := self._interviewee()) is not None:
            return answering  # "A: We have always said ...": the one answering, for their side
        if low in ("i", "me", "my") and head.pos_ == "PRON" and not self._in_quote(head.i) \
                and not self._answering(head.i) and not self._after_label(head):
            return self._author()  # "I think he means it", in a column: its writer, not the last man named
        if low in _PERSON_PRONOUNS:
            want = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(low)
            if want is not None:
                a = self._antecedent(head.i, prior, lambda x: (x.type == "person" or x.bare)
                                     and _gender(x) in (want, None))
                if a is not None and a.bare:
                    # "Brankov said ... He added": Brankov is a man (the one named in full, if
                    # any), unless a person is named in this sentence or the one before.
                    person = self._antecedent(head.i, prior, lambda x: x.type == "person"
                                              and _gender(x) in (want, None))
                    if person is not None and any(
                            t.lower_ in person.words and t.is_title
                            for t in self.doc[self._sentence_before(head.i) : head.i]):
                        return person
                    named = next((p for p in reversed(self.persons) if len(p.words) > 1
                                  and p.words[-1] == a.name.lower()), None)
                    if named is not None:
                        return named
                    _make_person(a, want)
                if a is not None:
                    return a
            # Of the rest, not one a title gives the other gender ("she" is no "Mr. Trump").
            return self._antecedent(head.i, prior, lambda x: x.type == "person"
                                    and (want is None or x.gender in (want, None)))
        if low in _WE and head.pos_ == "PRON":
            if self._in_quote(head.i):
                return self._antecedent(head.i, prior, lambda x: x.type != "document")
            # "We call on the authorities ...", outside any quotation: the writers (for the body
            # the headline names, "Statement by the Ministry of ..."), never the last ones
            # mentioned ("Their lawyers say ... We believe the charges are politically motivated").
            return self._issuer() or self.get("writers", "the writers", "group")
        if low in _THING_PRONOUNS:
            return self._antecedent(head.i, prior, lambda x: x.type != "person")
        if low in _PLURAL_PRONOUNS:
            # "Military analysts say ... Russia's successes in Syria, they said": people named in
            # the plural as a subject in this sentence or the one before, over a country or a body.
            since = self._sentence_before(head.i)
            near = self._latest([(i, k) for i, k in self._outside_quotes() if i >= since
                                 and doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.dep_ == "ROOT"],
                                head.i, lambda x: x.type == "group" and _people_noun(x.name))
            if near is not None:
                return near[1]
            return self._antecedent(head.i, prior, lambda x: x.type in ("group", "organisation", "government"))
        if low in ("copy", "version", "excerpt"):
            # "a copy of a Dalrail duty roster shows": the document copied speaks
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
            if inner is not None and inner.lemma_.lower() in DOCUMENT_NOUNS:
                return self._document(inner)
        last = next((t for t in reversed(doc[head.i : head.right_edge.i + 1]) if span.start <= t.idx < span.end
                     and not t.is_punct), head)
        owned = any(t.tag_ == "POS" for t in doc[head.i + 1 : last.i])
        if owned and not (last.pos_ == "NOUN" and last.lemma_.lower() in DOCUMENT_NOUNS):
            # "... Health's final report on the outbreak in Sorvik": the report, not the last word
            pos = next(t for t in doc[head.i + 1 : last.i] if t.tag_ == "POS")
            last = next((t for t in doc[pos.i + 1 : last.i + 1] if t.pos_ == "NOUN"), last)
        if head.pos_ == "PROPN" and last.pos_ == "NOUN" and last.lemma_.lower() in DOCUMENT_NOUNS and owned:
            # "The Kerevian Institute of Public Health's final report concludes": the parse took
            # the owner for the subject and hung the report on it; the report is the speaker.
            return self._document(last)
        ent = self._entity_at(head)
        if ent is not None:
            a = self._entity_speaker(ent, head)
            if a is not None:
                return a
        toks = _strip_det([t for t in doc[head.left_edge.i : head.i + 1] if span.start <= t.idx < span.end])
        country = self._country_of(span.text(doc_text(doc))) or self._country_of(head.text)
        if country is not None and head.pos_ == "PROPN":
            return self._government(span.text(doc_text(doc)), country)
        return self._np(head, toks or [head])

    def _entity_speaker(self, ent: TokSpan, head: Token) -> _Actor | None:
        ent = _after_dateline(ent)
        if len(ent) == 1 and ent.label_ in ("PERSON", "NORP") and head.pos_ == "PROPN" and (
                country := self._country_of(ent.text)) is not None:
            return self._government(ent.text, country)  # "Ombelia said" read as a name
        if ent.label_ == "PERSON" and (ent[-1].lower_ in _ORG_SUFFIXES or _described_as_body(ent)
                                       or len(ent) == 1 and ent.text.lower() in self.org_names):
            return self._organisation(ent.text)  # "Nexora Labs", "Dalrail" read as a name
        if ent.label_ == "PERSON":
            return self._person_entity(ent)
        if len(ent) == 1 and (person := self._by_surname(ent[0])) is not None:
            return person  # "Brankov added" read as a place
        country = self._country_of(ent.text)
        if country is not None and ent.label_ in ("GPE", "ORG", "FAC", "LOC") or (
                ent.label_ == "NORP" and country is not None and head.tag_ == "NNP"):
            return self._government(ent.text, country)  # type: ignore[arg-type]
        if ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in _GOVERNMENT_NOUNS:
            return self._generic_government(ent.start)  # "The Government states"
        if ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in _GENERIC_ORG_NOUNS:
            named = self._named_org(ent[0], [ent[0]])  # "The Commission regrets"
            if named is not None:
                named.aliases.add(ent.text)
                return named
        if ent.label_ == "ORG":
            doc = self.doc
            if ent.start > 0 and (doc[ent.start - 1].lower_ in TITLES or doc[ent.start - 1].lower_ in PERSON_NOUNS):
                # "farmer Elif Demir" tagged as an organisation.
                return self._person_entity(doc[ent.start - 1 : ent.end])
            if _person_named(ent):
                return self._person_entity(ent)  # "Sophie Marlow" tagged as an organisation
            if head.i == ent.root.i:
                return self._organisation(ent.text)
        return None

    def _interview_markers(self) -> list[tuple[int, str]]:
        """The document's "Q:" and "A:" markers in order, (token index, "Q" or "A"), found once."""
        if self._markers is None:
            self._markers = [(t.i, t.text) for t in self.doc if _interview_marker(t)]
        return self._markers

    def _answering(self, i: int) -> bool:
        """Whether token ``i`` is in an interview's answer: after an "A:", before the next "Q:"."""
        markers = self._interview_markers()
        k = bisect.bisect_left(markers, (i, "")) - 1
        return k >= 0 and markers[k][1] == "A"

    def _interviewee(self) -> _Actor | None:
        """The person an interview's introduction (before its first "Q:" or "A:") names most."""
        if self._interview is None:
            first = self._interview_markers()[0][0]
            named = Counter(k for i, k in self.history if i < first and self.actors[k].type == "person")
            key = named.most_common(1)[0][0] if named else None
            if key is None:
                # "Harbour Minister Ana Ruiz spoke to ...": a name the tagger missed, as the
                # subject of a sentence of the introduction
                for t in self.doc[:first]:
                    if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.is_title \
                            and t.i > t.left_edge.i and self.doc[t.i - 1].pos_ == "PROPN":
                        a = self._np(t, _strip_det(list(self.doc[t.left_edge.i : t.i + 1])))
                        if a.type == "person":
                            key = a.key
                            break
            self._interview = (key,)
        key = self._interview[0]
        return None if key is None else self.actors[key]

    def _appos_name(self, head: Token) -> TokSpan | None:
        """The person's name set beside a description: "the airline's chief operating
        officer, Hanna Lindqvist" (however the tagger labels the name), and "a
        spokeswoman for the company, Irena Vance", where the parse hangs the name on
        the company."""
        cands = [c for c in head.children if c.dep_ == "appos"]
        if head.lemma_.lower() in PERSON_NOUNS:
            cands += [g for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                      and o.lemma_.lower() not in PERSON_NOUNS for g in o.children
                      if g.dep_ == "appos" and g.i > o.i and g.right_edge.i == o.right_edge.i]
        for c in cands:
            # (a name the tagger missed is among the entities as a person: "the union's
            # leader, Ana Ruiz,")
            if c.ent_type_ not in ("PERSON", "ORG", "") or c.pos_ != "PROPN":
                continue
            ent = self.ent_of.get(c.i)
            if ent is not None and (ent.label_ == "PERSON" or c.head.i == head.i and _person_named(ent)):
                return ent
        return None

    def _np(self, head: Token, toks: list[Token]) -> _Actor:
        """A speaker that is a phrase, not a name: "the airline", "aid agencies"."""
        doc = self.doc
        lemma = head.lemma_.lower()
        if lemma == "old" and any(c.lower_ in ("year", "years") for c in head.children) and any(
                c.lower_ == "the" for c in head.children):
            # "Ms Novak dismissed that. The 52-year-old told reporters ...": the subject of
            # the sentence before, when a person; else a person of its own.
            start = doc[head.i].sent.start
            subj = next((t for t in doc[self._sentence_before(head.i):start]
                         if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None) if start else None
            person = None if subj is None else self.speaker(subj, self._np_span(subj), self.prior)
            if person is not None and person.type == "person":
                return person
            name = _text(doc, _strip_det(toks)) if toks else head.text
            return self.get(f"person:{name.lower()}", name, "person")
        # "Amnesty International's regional director, Joan Kariuki": the name.
        ent = self._appos_name(head)
        if ent is not None:
            a = self._person_entity(ent)
            if a is not None:
                self._appos_role(a, head)
                return a
        if lemma in DOCUMENT_NOUNS and lemma not in _BODY_NOUNS:
            return self._document(head)
        name = _text(doc, toks) if toks else head.text
        if lemma in _GOVERNMENT_NOUNS:
            # "the Chinese government", "the government of Marovia", "the Government of
            # the Republic of Marovia", "the authorities in Taresh"
            of = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                  for g in c.children if g.dep_ == "pobj"]
            of += [g for t in of if t.lower_ in _STATE_WORDS for c in t.children
                   if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            for t in toks + of:
                country = self._country_of(t.text) or (
                    t.text if t in of and t.head.lower_ == "of" and t.lower_ not in _STATE_WORDS
                    and (t.ent_type_ == "GPE" or t.pos_ == "PROPN" and t.ent_type_ in ("", "ORG", "LOC"))
                    else None)
                if country is not None:
                    return self._government(name if t in toks else f"{name} {t.head.lower_} {t.text}", country)
            if all(t.lower_ in _GOVERNMENT_NOUNS or t.lower_ in ("central", "national", "federal") for t in toks):
                gov = self._generic_government(head.i)
                if gov is not None:
                    return gov
        if lemma in _OFFICE_NOUNS:
            owner = self._office_owner(head)
            if owner is not None:
                name = _text(doc, _strip_det([t for t in doc[head.left_edge.i : head.right_edge.i + 1]
                                              if t.dep_ not in ("relcl", "acl") and not t.is_space]))
                if name.split()[0].lower() in ("his", "her") and owner[:1].isupper():
                    name = f"{owner}'s {head.text}"  # "his office": named for whose it is
                a = self.get("org:office:" + owner.lower(), name, "organisation")
                if name != a.name:
                    a.aliases.add(name)
                return a
        if lemma == "group" and head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # "The rights group said" after "the Committee for Civil Liberties said": the
            # association, alliance, watch ... last named or heard.
            ngo = self._last_named_or_heard(head.i, _ngo)
            if ngo is not None:
                if name != ngo.name:
                    ngo.aliases.add(name)
                return ngo
        if (head.pos_ == "NOUN" or head.pos_ == "PROPN" and len(toks) == 1) and head.tag_ not in ("NNS", "NNPS") \
                and (lemma in _GENERIC_ORG_NOUNS or lemma in _BODY_NOUNS):
            named = self._named_org(head, toks)
            if named is not None:
                if name != named.name:
                    named.aliases.add(name)
                return named
        if len(toks) == 1 and (person := self._by_surname(head)) is not None:
            return person
        if len(toks) == 1 and head.pos_ == "PROPN" and head.text[1:].islower() and head.lower_ in _given_names():
            return self._person([head])  # "Isabelle said": the Isabelle named before, or a person of her own
        if len(toks) == 1 and _APOSTROPHE_SURNAME.match(head.text):
            return self.get(f"person:{name.lower()}", name, "person")  # "O'Donnell said", "D'Souza wrote"
        if head.pos_ == "PROPN" and head.lower_.endswith("s") and (
                head.lower_ in GROUP_NOUNS or head.lower_[:-1] in PERSON_NOUNS):
            type_: ActorType = "group"  # "Villagers" opening a sentence
        elif head.pos_ == "PROPN":
            last = toks[-1].lower_ if toks else head.lower_
            company = _after_business_kind(toks)
            business = company is not None
            if company is not None:
                toks = company  # "Power company Nordlys says": the company is named by what follows
                name = _text(doc, toks)
            type_ = ("organisation" if business or head.tag_ == "NNPS" or last in _ORG_SUFFIXES
                     or last in ORG_NOUNS or len(toks) == 1 else "person")
            if type_ == "organisation":
                # "the Independent Commission of Inquiry on Valdoria": the name runs on.
                right = [t for t in doc[head.i + 1 : head.right_edge.i + 1]]
                # (not "on Friday": a date is no part of a name)
                cut = next((n for n, t in enumerate(right) if not (
                    t.pos_ == "PROPN" and t.ent_type_ not in _WHEN or t.lower_ in ("of", "on", "for", "the", "and")
                    and n + 1 < len(right) and right[n + 1].pos_ in ("PROPN", "DET")
                    and right[n + 1].ent_type_ not in _WHEN)), len(right))
                while cut and right[cut - 1].pos_ != "PROPN":
                    cut -= 1
                if cut:
                    name = _text(doc, [*toks, *right[:cut]])
            elif toks[0].lower_ in TITLES and (rest := _after_titles(toks)) and all(t.pos_ == "PROPN" for t in rest):
                # "Mayor Ines Ovell" with no name tag: the title is a role, not part of the name.
                return self._titled(toks)
            elif len(toks) >= 3 and toks[0].ent_type_ == "NORP" and all(t.pos_ == "PROPN" for t in toks[1:]):
                # "Democrat Ines Ovell" with no name tag: the party is an affiliation.
                person = self._person(toks[1:])
                person.add_affiliation(toks[0].text)
                return person
        elif lemma in _WRITINGS:
            type_ = "document"  # "the letter then says", "the ad says"
        elif head.tag_ == "NNS" or lemma in GROUP_NOUNS or lemma in _QUANTITY_HEADS \
                or head.pos_ in ("PRON", "DET", "NUM") and head.lower_ not in ("you", "i", "me", "one", "this",
                                                                            "these", *_RELATIVE):
            type_ = "group"  # "those who said", "most of them", "both", "a number of readers"
        elif lemma in PERSON_NOUNS:
            type_ = "person"
            holder = self._role_holder(head, toks)
            if holder is not None:
                holder.aliases.add(name)
                return holder
            named = self._named_later(head)
            if named is not None:
                self._appos_role(named, head)
                return named
        else:
            type_ = "organisation"
        if type_ == "organisation" and head.pos_ == "PROPN" and len(toks) == 1 \
                and f"{type_}:{name.lower()}" not in self.actors and (short := self._short_company(name)) is not None:
            short.aliases.add(name)
            return short
        fresh = f"{type_}:{name.lower()}" not in self.actors
        a = self.get(f"{type_}:{name.lower()}", name, type_)
        if fresh and type_ == "organisation" and len(toks) == 1 and head.pos_ == "PROPN" and head.tag_ != "NNPS" \
                and head.ent_type_ not in ("ORG", "NORP") and head.text[:1].isupper() and head.text[1:].islower() \
                and head.lower_ not in _ORG_SUFFIXES and head.lower_ not in ORG_NOUNS \
                and not any(c.dep_ == "det" for c in head.children) and head.i in self.speaker_heads \
                and head.lower_ not in self.lower_words():
            a.bare = True
        if type_ == "person" and a not in self.persons:
            a.words = [name.lower()]
        if type_ == "person" and head.pos_ == "PROPN":
            # A name the tagger missed keeps its apposition: "Ana Ruiz, a lawyer for the group,".
            for child in head.children:
                if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in PERSON_NOUNS:
                    self._appos_role(a, child)
        return a

    def _role_holder(self, head: Token, toks: list[Token]) -> _Actor | None:
        """"The minister said" after "Interior Minister Dorit Vallen": the person last
        named or heard before it whose role ends with that noun and has its other
        words ("the interior minister"), if the description is definite."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        words = {t.lower_ for t in toks if t.i != head.i and not t.is_punct and t.lower_ != "the"}
        lemma = head.lemma_.lower()

        def fits(a: _Actor) -> bool:
            # "Deputy Health Minister Olof Berg" is not "the health minister".
            return a.type == "person" and " " in a.name and any(
                r.split()[-1] in (lemma, head.lower_) and words <= set(r.split())
                and not (set(r.split()) & _LESSER_ROLES) - words for r in a.roles)

        return self._last_named_or_heard(head.i, fits)

    def _named_later(self, head: Token) -> _Actor | None:
        """A lede that names its subject later: "A former deputy director of the
        port pleaded not guilty ... / Prosecutors say Tomas Ferreira received
        ...". The description opens the document, the first person named in
        the next two sentences speaks nowhere, and the text comes back to that
        name afterwards: the story is about them."""
        if head.lemma_.lower() in _SPOKESPEOPLE or not _indefinite(head):
            return None
        if head.head.lower_ == "to" and head.head.head.lower_ == "according":
            return None  # "..., according to a senior official": a source, not the subject
        doc = self.doc
        sents = list(doc.sents)
        lede = next((k for k, s in enumerate(sents[:2]) if s.start <= head.i < s.end), None)
        if lede is None or lede + 1 >= len(sents):
            return None
        lo, hi = sents[lede].end, sents[min(lede + 2, len(sents) - 1)].end
        ent = next((e for e in self.ents if lo <= e.start < hi and e.label_ == "PERSON"), None)
        if ent is None or any(ent.start <= i < ent.end for i in self.speaker_heads):
            return None
        if ent[-1].text not in doc_text(doc)[ent.end_char:]:
            return None
        return self._person_entity(ent)

    def _by_surname(self, tok: Token) -> _Actor | None:
        """"Brankov added": the one person of the text named with that surname, or of
        two ("Noemi Karadi" and "Captain Levente Karadi"), the one named last before it."""
        # (a surname that is also a word, "Trump said", may be tagged as a noun)
        if not (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text[:1].isupper()) \
                or self._country_of(tok.text) is not None:
            return None
        people = {p.key: p for p in self.persons if len(p.words) > 1 and p.words[-1] == tok.lower_}
        if not people:
            # "Brent Bozell III", "Luther Stan Pate IV": the surname before a generational suffix
            people = {p.key: p for p in self.persons if len(p.words) > 2 and p.words[-2] == tok.lower_
                      and p.words[-1].rstrip(".") in _NAME_SUFFIXES}
        if len(people) > 1:
            hit = self._latest(self.history, tok.i, lambda a: a.key in people)
            return None if hit is None else hit[1]
        return next(iter(people.values())) if people else None

    def _generic_government(self, before: int) -> _Actor | None:
        """"The government" with no country: the government that last spoke, or
        the one that a sentence before had as its subject."""
        hit = self._latest(self.prior, before, lambda a: a.type == "government")
        if hit is not None:
            return hit[1]
        # "The Government of Marovia rejects ...": the one government the text has
        # made the subject of a sentence so far.
        start = self.doc[before].idx
        subjects = {a.key: a for a in self.actors.values()
                    if a.type == "government" and any(m.start < start for m in a.subject_mentions)}
        if not subjects:
            # "Comments by the Government of Valdoria ... The Government rejects": the one
            # government the text has named at all
            subjects = {k: self.actors[k] for i, k in self.history
                        if i < before and self.actors[k].type == "government"}
        return next(iter(subjects.values())) if len(subjects) == 1 else None

    def _named_org(self, head: Token, toks: list[Token]) -> _Actor | None:
        """"The commission", "the port authority", "a UN-mandated inquiry": the one
        organisation the text names with that noun ("the Independent Electoral
        Commission"); "the company": the one company it names."""
        lemma = head.lemma_.lower()
        mods = {t.lower_ for t in toks if t.i != head.i and t.pos_ in ("NOUN", "PROPN")}
        orgs = {a.key: a for _, k in self.history if (a := self.actors[k]).type == "organisation"}
        for _, k in self.prior:
            if self.actors[k].type == "organisation":
                orgs.setdefault(k, self.actors[k])

        def words(a: _Actor) -> list[str]:
            return re.findall(r"[\w-]+", a.name.lower().replace("'s", "").replace("\u2019s", ""))

        named = [a for a in orgs.values() if len(words(a)) > 1 and a.name[:1].isupper()]
        if lemma in _COMPANY_NOUNS:
            before = [(i, k) for i, k in (*self.history, *self.prior) if i < head.i]
            named_before = {k for _, k in before}
            suffixed = [a for a in named if words(a)[-1] in COMPANY_SUFFIXES and a.key in named_before]
            # A brand name that names no kind of body ("Velamed said ...").
            # (not one named only in a dateline: "SAN FRANCISCO (Reuters) -" is no company the story is about)
            in_story = {k for i, k in before if not in_dateline(self.doc[i])}
            # (nor a news agency the story quotes or credits: "told Reuters", "(Reuters) -")
            fits = suffixed + [a for a in orgs.values() if a.name[:1].isupper() and not a.name.isupper()
                               and a.key in in_story and a.name.lower() not in _NEWS_AGENCIES
                               and not set(words(a)) & (ORG_NOUNS | _ORG_SUFFIXES | _NOT_COMPANIES)]
        else:
            fits = [a for a in named if lemma in words(a)]
            if len(fits) > 1 and mods:
                fits = [a for a in fits if mods <= set(words(a))]
            # "the interior ministry" is not "the Foreign Ministry": a word saying which one
            # the name does not have.
            kinds = {t.lower_ for t in toks if t.i != head.i and t.dep_ in ("compound", "amod")
                     and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in _PLAIN_MODIFIERS}
            fits = [a for a in fits if kinds <= set(words(a))]
        if len(fits) > 1:
            # "Brightwell" after "Brightwell Appliances" is the same company, named short.
            fits = [a for a in fits if not any(b is not a and len(words(b)) > len(words(a))
                                               and words(b)[:len(words(a))] == words(a) for b in fits)]
        if len(fits) > 1 and lemma not in _COMPANY_NOUNS:
            # "the authority" after a headline's "Harbour authority" and "the Dovra Port
            # Authority": the body named by its proper name, not the description.
            proper = [a for a in fits if all(w[:1].isupper() for w in a.name.split() if w.lower() not in _NAME_LINKS)]
            fits = proper or fits
        if len(fits) > 1 and lemma in _COMPANY_NOUNS:
            # Several companies named: "the company" is the one named last, in its sentence
            # or the two before, as a subject, object or owner (not "the Osterby laboratory",
            # "a pitchman for the Oreo"), and not a person's surname the tagger took for one.
            if any(c.dep_ == "det" and c.lower_ != "the" for c in head.children) or any(
                    c.lower_ in ("one", "another", "any") for c in head.children):
                return None
            first = head.sent
            for _ in range(2):
                if first.start > 0:
                    first = self.doc[first.start - 1].sent
            since = first.start
            keys = {a.key for a in fits}
            surnames = {p.name.split()[-1].lower() for p in self.persons if " " in p.name}
            near = sorted({(i, k) for i, k in before if i >= since})
            heads = [(i, key) for i, key in near
                     if self.doc[i].dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "appos", "conj")
                     and self.actors[key].name.lower().removesuffix("'s").removesuffix("\u2019s") not in surnames]
            last = self._latest(heads, head.i, lambda a: a.key in keys)
            if last is not None:
                return last[1]
            # None named nearby: the one company the text names with a company suffix.
            return suffixed[0] if len(suffixed) == 1 else None
        return fits[0] if len(fits) == 1 else None

    def _office_owner(self, head: Token) -> str | None:
        """Whose office: "Ms Solvang's office" -> her organisation, "the UN office" -> UN."""
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in ("his", "her"):
                # "his office said", after "Interior Minister Pavel Horak": the minister's office
                want = "m" if child.lower_ == "his" else "f"
                p = self._last_named_or_heard(head.i, lambda x, g=want: x.type == "person"  # type: ignore[misc]
                                              and _gender(x) in (g, None))
                if p is None:
                    return None
                return _org_key(p.affiliations[0]) if p.affiliations else p.name
            if child.dep_ == "poss":
                ent = self._entity_at(child)
                if ent is not None and ent.label_ == "PERSON":
                    p = self._person_entity(ent)
                    if p is not None:
                        return _org_key(p.affiliations[0]) if p.affiliations else p.name
                return _org_key(_text(self.doc, _strip_det([t for t in child.subtree if t.tag_ != "POS"])))
            if child.dep_ in ("compound", "nmod") and child.ent_type_ in ("ORG", "GPE", "NORP"):
                return _org_key(child.text)
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                ent = None if obj is None else self._entity_at(obj)
                if ent is not None and ent.label_ == "PERSON":
                    p = self._person_entity(ent)
                    if p is not None:
                        return _org_key(p.affiliations[0]) if p.affiliations else p.name
                if obj is not None:
                    return _org_key(_text(self.doc, _strip_det(list(obj.subtree))))
        return None

    def _name_in_description(self, head: Token) -> _Actor | None:
        """"The former coach of Dovra United, Marko Vidic, has denied ...": a person's role
        whose name, set off by commas at its end, the parse hung on the last noun of the
        role ("United") instead of on the role: the named person speaks, with that role."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in PERSON_NOUNS or any(
                c.dep_ == "appos" for c in head.children):
            return None
        doc = self.doc
        for t in head.subtree:
            if t.dep_ != "appos" or t.pos_ != "PROPN" or t.head.i == head.i or t.i < head.i:
                continue
            words = [x for x in doc[t.left_edge.i : t.i + 1]]
            if not 2 <= len(words) <= 3 or not all(x.pos_ == "PROPN" and x.is_title for x in words) \
                    or doc[t.left_edge.i - 1].text != "," or t.i + 1 >= len(doc) or doc[t.i + 1].text != "," \
                    or t.i + 2 > head.head.i:
                continue
            a = self._person(words)
            a.add_role(_text(doc, _strip_det(list(doc[head.left_edge.i : head.i + 1]))))
            return a
        return None

    def _named_body(self, head: Token) -> _Actor | None:
        """"The manufacturer, Arkon Chemicals, said", "The regulator, the National Food Safety
        Agency, said": a description with an organisation's name set off after it is that
        organisation (the description kept as an alias); a later "the regulator" is that body too."""
        if head.pos_ != "NOUN" or head.lemma_.lower() in PERSON_NOUNS:
            return None
        app = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i + 1
                    and self.doc[c.left_edge.i - 1].text == ","), None)
        if app is None:
            the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and head.tag_ == "NN"
            return self.described.get(head.lemma_.lower()) if the else None
        ent = self._entity_at(app)
        if ent is None or ent.label_ != "ORG" or ent.root.i != app.i:
            return None
        a = self._organisation(ent.text)
        a.aliases.add(_norm(_text(self.doc, list(self.doc[head.left_edge.i : head.i + 1]))))
        self.described[head.lemma_.lower()] = a
        return a

    def _entity_at(self, tok: Token) -> TokSpan | None:
        return self.ent_of.get(tok.i) if tok.ent_type_ else None

    def _outside_quotes(self) -> list[tuple[int, str]]:
        """``history`` without the mentions inside quotation marks (kept until it grows)."""
        if self._outside[0] != len(self.history):
            self._outside = (len(self.history), [(i, k) for i, k in self.history if not self._in_quote(i)])
        return self._outside[1]

    def _sentence_before(self, i: int) -> int:
        """The first token of the sentence before token ``i``'s (of its own, in the first)."""
        start = self.doc[i].sent.start
        return self.doc[start - 1].sent.start if start > 0 else 0

    def _in_quote(self, i: int) -> bool:
        at = self.doc[i].idx
        k = bisect.bisect_right(self.quoted, (at, len(doc_text(self.doc)) + 1)) - 1
        return k >= 0 and self.quoted[k][0] <= at < self.quoted[k][1]

    def _in_condition(self, i: int, pronoun: int) -> bool:
        """Token ``i`` is in a condition or time clause of the pronoun's verb ("If the
        report is not delivered, it says it will close the mine"): a thing spoken
        about there is no better antecedent than the last speaker."""
        verb = self.doc[pronoun].head
        t = self.doc[i]
        while t.head.i != t.i and t.i != verb.i:
            if t.dep_ == "advcl" and t.head.i == verb.i:
                return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "until", "once", "after",
                                                             "before") for c in t.children)
            t = t.head
        return False

    def _antecedent(self, before: int, prior: list[tuple[int, str]],
                    pred: Callable[[_Actor], bool]) -> _Actor | None:
        """Nearest fitting mention; an earlier speaker wins over a passing mention
        unless that mention is in the pronoun's own sentence."""
        sent_start = self.doc[before].sent.start
        if "writers" in self.actors or "writer" in self.actors:
            # (the writers' "we" and "I" are no one a later pronoun goes back to)
            pred = (lambda p: lambda x: x.key not in ("writers", "writer") and p(x))(pred)
        best_speaker = self._latest(prior, before, pred)
        # A name in someone's quoted words ("Look what Merkel has done," he said) is not
        # what the narrator's next "he" goes back to.
        mentions = self._outside_quotes()
        best_mention = self._latest(mentions, before, pred)
        if best_mention is None:
            return None if best_speaker is None else best_speaker[1]
        if best_speaker is None:
            return best_mention[1]
        if best_mention[0] >= sent_start > best_speaker[0] and not self._in_condition(best_mention[0], before):
            return best_mention[1]
        # "Minister Vinck gave a different picture. She told deputies ...": the subject of the
        # sentence before, named after the speaker, is who the pronoun goes on about.
        if sent_start > 0:
            prev_start = self._sentence_before(before)
            for i, key in reversed(mentions):
                if i >= sent_start:
                    continue
                if i < prev_start or i <= best_speaker[0]:
                    break
                tok, a = self.doc[i], self.actors.get(key)
                subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" or (
                    # "Her counterpart, Greta Lind, disagreed."
                    tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.dep_ == "ROOT")
                if a is not None and subject and pred(a):
                    return a
        return best_speaker[1]


_HEADLINE_MAX = 160  # characters: a first line longer than this is a paragraph, not a headline


def _headline_speakers(doc: Doc, r: _Resolver, used: list[str], merged: dict[str, str]) -> None:
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


def _possessive_owners(actors: list[_Actor]) -> None:
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


def resolve_speakers(doc: Doc, found: list[Found]) -> tuple[list[Actor], list[str | None]]:
    """Actors of the document and, for each statement, its speaker's actor id."""
    r = _Resolver(doc, frozenset(f.speaker_head for f in found if f.speaker_head is not None))
    keys: list[str | None] = []
    prior: list[tuple[int, str]] = r.prior
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
        surface = _norm(f.speaker.text(doc_text(doc)))
        if surface and surface.lower() not in _PRONOUNS and surface != a.name and a.type != "document":
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
                w.isupper() or w.lower() in _ORG_SUFFIXES or w.endswith(("'s", "’s")) for w in words):
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
    used = [k for k in used if k not in merged]
    keys = [None if k is None else merged.get(k, k) for k in keys]
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

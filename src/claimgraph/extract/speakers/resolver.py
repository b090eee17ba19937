"""The resolver: every mention of a document, and the actor each speaker mention is."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from spacy.attrs import DEP, ENT_TYPE, IDX, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import NOUN as _NOUN_POS

from ...model import ActorType, Span
from ..doctext import doc_text
from ..gazetteer import (
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
from ..quotes import find_quotes
from ..statements import in_dateline, named_apposition, subject_of
from ..statements.turns import TURN_ROLES, Turn, transcript_turns
from .actor import DocActor, gender_of, is_government, is_ngo, make_person
from .lexicon import (
    APOSTROPHE_SURNAME,
    BODY_NOUNS,
    BUSINESS_NOUNS,
    BUSINESS_PARTS,
    BYLINE,
    COMPANY_NOUNS,
    COUNTRY_PHRASE,
    GENERIC_DOCUMENTS,
    GENERIC_ORG_NOUNS,
    GOVERNMENT_NOUNS,
    GOVERNMENT_OF,
    HONORIFICS,
    ISSUED,
    LESSER_ROLES,
    MINISTRY_WORDS,
    NAME_LINKS,
    NAME_SUFFIXES,
    NEWS_AGENCIES,
    NOT_COMPANIES,
    OFFICE_NOUNS,
    ORG_SUFFIXES,
    PERSON_PRONOUNS,
    PLAIN_MODIFIERS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    PUBLISH_VERBS,
    QUANTITY_HEADS,
    RELATIVE,
    ROLE_MODIFIERS,
    SPOKESPEOPLE,
    STATE_OWNER,
    STATE_WORDS,
    THING_PRONOUNS,
    WE,
    WHEN,
    WRITINGS,
)
from .names import (
    NOT_NAMES,
    after_business_kind,
    after_dateline,
    after_titles,
    company_of,
    dateline_name,
    described_as_body,
    general_hospital,
    given_names,
    head_phrase,
    honorific_names,
    interview_marker,
    is_definite,
    is_indefinite,
    is_wanted,
    norm,
    org_key,
    particle_names,
    people_noun,
    person_like,
    person_name,
    person_named,
    strip_det,
    tokens_text,
    trimmed,
    untagged_names,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokSpan

__all__ = ["Resolver"]


# What an apposition may call a group that "the group" goes back to.
_GROUP_KINDS = frozenset({"group", "gang", "collective", "network", "organisation", "organization", "outfit",
                          "cartel", "militia", "movement", "coalition", "alliance", "campaign", "charity"})


_QUOTE_OPENERS = frozenset({"\u2018", "\u201c", '"', "'", "''", "``"})

def _joining_hyphen(tok: Token) -> bool:
    """The hyphen of "Director-General", written with no space on either side."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


# Person nouns that name no post: "the man said" after a sentence about a senator is someone else.
_NOT_POSTS = frozenset({
    "man", "woman", "resident", "source", "member", "employee", "witness", "student", "worker", "passenger",
    "inmate", "prisoner", "detainee", "owner", "driver", "farmer", "fisherman", "miner", "soldier", "nurse",
    "doctor", "teacher", "engineer", "pilot", "technician", "mechanic", "clerk", "host",
})
_REFLEXIVE_GENDER = {"herself": "f", "himself": "m"}
# Posts written in capitals, which the tagger takes for names ("the MP said").
_ACRONYM_POSTS = frozenset({"mp", "mep", "mla", "msp"})
# A service and its head make one post: "Police Chief", "Fire Commissioner".
_SERVICES = frozenset({"police", "fire", "army", "navy", "prison", "prisons", "customs", "border"})
_SERVICE_HEADS = frozenset({"chief", "commissioner"})


def _business_compounds(doc: Doc) -> set[str]:
    """Words compounded with a business part ("Dalrail shares", "the Norvane plant's
    depots"). A Token only for compounds: one per word costs more than this pass."""
    compound = doc.vocab.strings["compound"]
    out = set()
    for i, dep in enumerate(doc.to_array(DEP).tolist()):
        if dep == compound:
            t = doc[i]
            head = t.head
            if head.tag_ == "NNS" and (head.lower_ in BUSINESS_PARTS or head.lemma_.lower() in BUSINESS_PARTS):
                out.add(t.lower_)
    return out


def _initials(ent: TokSpan) -> str:
    """"ast" for "The Albion Supporters' Trust": first letters of its capitalised words."""
    return "".join(t.lower_[0] for t in ent if t.is_title and t.is_alpha and t.lower_ != "the")


class Resolver:
    def __init__(self, doc: Doc, speaker_heads: frozenset[int] = frozenset()) -> None:
        self.doc = doc
        self.actors: dict[str, DocActor] = {}
        self.order: list[str] = []
        # Mentions in text order: (token index, actor key), for antecedents.
        self.history: list[tuple[int, str]] = []
        self._outside: tuple[int, list[tuple[int, str]]] = (-1, [])
        self._interview: tuple[str | None] | None = None  # the interviewee's key, worked out once
        self._markers: list[tuple[int, str]] | None = None  # an interview's "Q:"/"A:" tokens
        self._turn_list: list[Turn] | None = None  # a transcript's labelled turns
        self._turn_starts: list[int] = []  # their labels' first tokens, for bisect
        self.persons: list[DocActor] = []
        self._lower_words: frozenset[str] | None = None
        # Descriptions a name was set off after ("The regulator, the National Food Safety Agency"):
        # the later "the regulator" is that body.
        self.described: dict[str, DocActor] = {}
        self.capitals = dict(CAPITALS)
        self.countries = {c.lower() for c in CAPITALS.values()} | {
            c.lower() for c in COUNTRY_ADJECTIVES.values()
        }
        self.demonyms = dict(COUNTRY_ADJECTIVES)
        self.doc_by_owner: dict[str, DocActor] = {}
        self.ents = [e for ent in particle_names(doc, list(doc.ents))
                     if (e := person_name(dateline_name(trimmed(ent)))) is not None]
        self.ents = honorific_names(doc, self.ents, self.lower_words)
        found = untagged_names(doc, self.ents)
        self.ents = sorted([e for e in self.ents if not any(n.start < e.end and e.start < n.end for n in found)]
                           + found, key=lambda e: e.start)
        self.ent_of = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.prior: list[tuple[int, str]] = []  # earlier speakers, for "the government"
        self.content_now: tuple[Span, ...] = ()  # the content of the statement speaker() resolves
        self._char_at: list[int] | None = None  # each token's character offset, when first needed
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

    def get(self, key: str, name: str, type_: ActorType) -> DocActor:
        a = self.actors.get(key)
        if a is None:
            a = DocActor(key, name, type_)
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
        given = given_names()
        surnames = {ent[-1].lower_ for ent in self.ents if ent.label_ in ("PERSON", "ORG") and len(ent) > 1
                    and (ent.label_ == "PERSON" or person_named(ent))}
        business_compounds = _business_compounds(doc)
        out = set()
        lowers: list[int] | None = None

        def next_title(low: str) -> list[str]:
            """The title-case words right after ``low`` in the text ("Norvane Chemicals")."""
            nonlocal lowers
            if lowers is None:
                lowers = doc.to_array(LOWER).tolist()  # (no Token per word: they are costly)
            key = doc.vocab.strings[low]
            return [doc[i + 1].lower_ for i, x in enumerate(lowers[:-1]) if x == key and doc[i + 1].is_title]

        for ent in self.ents:
            low = ent.text.lower()
            if ent.label_ != "PERSON" or len(ent) != 1 or low in surnames or ent.text in given:
                continue
            if low in MEDIA_NAMES:
                out.add(low)  # "Politico reported", "on Twitter"
                continue
            if any(company_of(low, [t.lower_ for t in e]) for e in self.ents if e.label_ in ("ORG", "PERSON")) or any(
                    company_of(low, [low, nxt]) for nxt in next_title(low)):
                out.add(low)  # "Norvane" after "Norvane Chemicals" (tagged or not)
                continue
            tok = ent[0]
            prev = doc[tok.i - 1] if tok.i > 0 else None
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if prev is not None and prev.lemma_.lower() in BUSINESS_NOUNS and prev.dep_ == "compound":
                out.add(low)
            elif nxt is not None and nxt.tag_ == "POS" and tok.head.lemma_.lower() in BUSINESS_PARTS:
                out.add(low)
            elif low in business_compounds:
                out.add(low)  # "Velair shares fell", "at Carrier plants"
            elif company_follows and tok.dep_ == "nsubj" and tok.sent.end < len(doc):
                sent = tok.sent
                after = doc[sent.end].sent
                the_company = any(t.dep_ == "nsubj" and t.lemma_.lower() in COMPANY_NOUNS and t.i > 0
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
        for m in COUNTRY_PHRASE.finditer(doc_text(self.doc)):
            # "the Government of Marovia", "the Republic of Marovia": Marovia is a country.
            self.countries.add(m.group(1).lower())
        for ent in self.ents:
            ent = after_dateline(ent)
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
        # (a name that owns a ministry is a country too, for this count: "Keldara's Ministry of ...")
        owners = {m.group(1).lower() for m in STATE_OWNER.finditer(doc_text(doc))}
        # (not a name the tagger also reads as a person's: "Serat, 67, had led the board")
        places = {t.lower_ for t in doc if t.ent_type_ == "GPE"} - {city} - {
            t.lower_ for e in self.ents
            if e.label_ == "PERSON" or e.label_ == "ORG" and person_named(after_dateline(e)) for t in e}
        for t in doc:
            if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper() and not in_dateline(t):
                low = t.text.lower().removesuffix("'s").removesuffix("’s")
                country = self.capitals.get(low) or (t.text if low in self.countries or low in places
                                                     or low in owners else self.demonyms.get(low))
                if country:
                    counts[country.lower()] += 1
        top = counts.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
            self.capitals[city] = next((t.text for t in doc if t.lower_ == top[0][0]), top[0][0].title())

    def _country_of(self, text: str) -> str | None:
        m = GOVERNMENT_OF.match(norm(text))
        if m is not None and m.group(1).lower() in self.countries:
            return m.group(1)  # "the Government of the Republic of Marovia"
        low = re.sub(r"^the\s+", "", norm(text).lower())
        if low in self.capitals:
            return self.capitals[low]
        if low in self.countries:
            return norm(text)[4:] if norm(text).lower().startswith("the ") else norm(text)
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
        nns, subj = strings["NNS"], {strings["nsubj"], strings["nsubjpass"]}
        # (a noun that names no document is only a mention as a plural subject outside any entity)
        wanted = [i for i, (p, t, lemma, dep, ent) in enumerate(doc.to_array([POS, TAG, LEMMA, DEP, ENT_TYPE]).tolist())
                  if p == _NOUN_POS and strings[lemma].lower() in DOCUMENT_NOUNS
                  or t == nns and dep in subj and ent == 0]
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
                if is_indefinite(tok) and any(
                        q.inner.start <= tok.idx < q.inner.end for q in quoted):
                    continue
                # "It recommends an independent review", "called for an inquiry": a document
                # that does not exist yet is no antecedent of "the report".
                if is_indefinite(tok) and is_wanted(tok):
                    continue
                # "A UN inquiry said ...": the body, resolved as a speaker.
                if tok.lemma_.lower() in BODY_NOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
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
                    a = self._np(noun, strip_det(list(doc[noun.left_edge.i : noun.i + 1])))
                self.history.append((noun.i, a.key))

    def _entity_mention(self, ent: TokSpan) -> None:
        a: DocActor | None = None
        ent = after_dateline(ent)
        if all(in_dateline(t) for t in ent) and (ent.label_ == "GPE" or not ent[0].is_upper):
            # "WASHINGTON -", "Ossany, 10 March -": where the story was filed, not a mention
            # of the government
            return
        if ent.label_ == "PERSON" and (len(ent) == 1 and ent.text.lower() in self.org_names
                                       or len(ent) > 1 and ent[-1].lower_ in ORG_SUFFIXES
                                       or described_as_body(ent) or general_hospital(list(ent))):
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
            elif ent.label_ == "ORG" and person_named(ent):
                a = self._person_entity(ent)
            elif ent.label_ == "ORG":
                a = self._role_then_name(ent) or self._organisation(ent.text)
        if a is not None:
            self.history.append((ent.root.i, a.key))
            if a.type != "person" and ent.root.dep_ in ("nsubj", "nsubjpass"):
                a.subject_mentions.append(Span(ent.start_char, ent.end_char))

    def _titled(self, toks: list[Token]) -> DocActor:
        """A name the tagger missed, after its titles: "Mayor Ines Ovell"."""
        rest = after_titles(toks)
        titles = toks[: len(toks) - len(rest)]
        a = self._person(rest)
        self._title_roles(a, titles)
        return a

    def _role_then_name(self, ent: TokSpan) -> DocActor | None:
        """"Water Commissioner Ilse Drobny" tagged as one organisation (a dateline before
        it, "VARNO - ", helps the tagger to that): a role of at most three words ending in
        a title, then a person's two or three names. The person, with the role."""
        toks = [t for t in ent if not t.is_space]
        k = max((i for i, t in enumerate(toks) if t.lower_ in TITLES), default=-1)
        name = toks[k + 1:]
        if not 0 <= k <= 2 or not 2 <= len(name) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in toks) \
                or any(t.lower_ in ORG_SUFFIXES or t.lower_ in ORG_NOUNS or t.lower_ in TITLES for t in name):
            return None
        a = self._person(name)
        self._title_roles(a, toks[: k + 1])
        return a

    def _title_roles(self, a: DocActor, titles: list[Token]) -> None:
        if titles and (gender := title_gender(titles[0].lower_.rstrip("."))) is not None:
            a.gender = gender
        role_titles = [t.text for t in titles if t.lower_ not in HONORIFICS]
        if role_titles:
            a.add_role(" ".join(role_titles).lower())

    def _person_entity(self, ent: TokSpan) -> DocActor | None:
        toks = [t for t in ent if not t.is_space]
        titles: list[Token] = []
        while toks and (toks[0].lower_ in TITLES or toks[0].lower_ in ROLE_NOUNS or toks[0].is_lower
                        or toks[0].lower_ in ROLE_MODIFIERS and len(toks) > 2):
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
        surface = norm(ent.text.removesuffix("'s").removesuffix("’s"))
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

    def _person(self, toks: list[Token]) -> DocActor:
        words = [t.lower_ for t in toks if not t.is_punct]
        full = tokens_text(self.doc, toks)
        # A short name ("Wang", "Mr Bachelet") joins the full name that holds it: of several
        # ("Ms Mwangale" with Grace and Joseph Mwangale in the text), one its title allows,
        # the last named before it.
        holders = [p for p in reversed(self.persons) if len(p.words) > len(words) and all(w in p.words for w in words)]
        if holders:
            # (with one the tagger called an organisation: "Anis Belhaj, who led the research,
            # is unmoved. '...,' Belhaj said" beside Yusra Belhaj)
            holders += [a for a in self._names_tagged_as_bodies(words) if a not in holders]
        title = self.doc[toks[0].i - 1].lower_.rstrip(".") if toks[0].i > 0 else ""
        gender = title_gender(title)
        if gender is None:
            gender = self._reflexive_gender(toks[-1].i)  # "Clinton herself": a woman
        # ("Mr Thorne" is not Nadia Thorne, the only Thorne named: another Thorne, a man. Only a
        # given name rules one out: a gender read from an earlier title may be a misreading.)
        holders = [p for p in holders if gender is None
                   or given_names().get((p.words or p.name.lower().split())[0]) in (gender, None)]
        if holders:
            fits = [p for p in holders if gender is None or gender_of(p) in (gender, None)] or holders
            if gender is None and title and len(fits) > 1:
                # "Dr Korbel" beside "Dr Vashti Korbel" and "Interior Minister Velimir Korbel": the
                # one written with that title
                titled = [p for p in fits if any(x.lower().rstrip(".").startswith(title + " ")
                                                 or x.lower().startswith(title + ". ") for x in p.aliases)]
                fits = titled or fits
            pos = toks[0].idx
            for p in fits:
                if len(words) > 1 and p.words[: len(words)] == words and self._headline_words(p.name, len(words)):
                    # "Chris Christie" after a headline's "Chris Christie Address Heroin": the
                    # clean name is the name.
                    p.aliases.add(p.name)
                    p.name, p.words = full, words
            # (where each was last named: as a speaker, or a name the text mentions in passing,
            # "Anis Belhaj, who led the research, is unmoved")
            # named in passing only in this sentence or the one before (a quotation that runs
            # into this sentence counts as part of it: "'Some days ... We documented 31,' Belhaj said")
            sent = toks[0].sent
            near_tok = self.doc[sent.start - 1].sent.start if sent.start > 0 else 0
            near = self.doc[near_tok].idx
            if near_tok > 0 and self.doc[near_tok].text in _QUOTE_OPENERS:
                near_tok = self.doc[near_tok - 1].sent.start
            seen = {p.key: n for n, p in enumerate(fits)}
            last_named: dict[int, int] = {}
            for i, k in self.history:
                # (as the subject there: "Anis Belhaj, who led the research, is unmoved"; not a
                # name given in passing, "changed his name, Rafael Edward Cruz")
                if k in seen and near_tok <= i < toks[0].i and self.doc[i].dep_ in ("nsubj", "nsubjpass"):
                    full_words = fits[seen[k]].words or fits[seen[k]].name.lower().split()
                    n_w = len(full_words)
                    if full_words in ([t.lower_ for t in self.doc[i : i + n_w]],
                                      [t.lower_ for t in self.doc[max(0, i - n_w + 1) : i + 1]]):  # (the full name)
                        last_named[seen[k]] = max(last_named.get(seen[k], -1), self.doc[i].idx)
            before = [(max([m.start for m in p.mentions if m.start < pos] + [last_named.get(n, -1)]), n)
                      for n, p in enumerate(fits) if any(m.start < pos for m in p.mentions) or n in last_named]
            if not before:
                return fits[0]
            last_at, last = max(before)
            # Named in this sentence or the one before: that one ("former president Bill
            # Clinton said ... Clinton said"); else the one the text has named most so far.
            if last_at >= near or last_named.get(last) == last_at or len(before) < 2:
                return fits[last]
            named = [(sum(1 for m in fits[n].mentions if m.start < pos), at, n) for at, n in before]
            return fits[max(named)[2]]
        given = given_names().get(words[0]) if len(words) > 1 else None
        for p in self.persons:
            if len(words) > len(p.words) and all(w in words for w in p.words) \
                    and (given is None or gender_of(p) in (given, None)):
                # The full name comes after the short one: take it as the name (not a
                # "Mr Thorne" named before Nadia Thorne).
                p.aliases.add(p.name)
                p.name, p.words = full, words
                return p
        a = self.get("person:" + " ".join(words), full, "person")
        if not a.words:
            a.words = words
            self.persons.append(a)
        return a

    def _government(self, surface: str, country: str) -> DocActor:
        a = self.get("gov:" + country.lower(), country, "government")
        name = norm(surface)
        if name.lower() != country.lower():
            a.aliases.add(name)
        return a

    def _short_company(self, word: str) -> DocActor | None:
        """"Norvane" after "Norvane Chemicals": the one company named so far whose
        name is that word and a business ending."""
        low = word.lower()
        fits = [a for k in self.order if (a := self.actors[k]).type == "organisation"
                and company_of(low, a.name.lower().split())]
        return fits[0] if len(fits) == 1 else None

    def _organisation(self, text: str) -> DocActor:
        key = org_key(text)
        if "org:" + key not in self.actors and " " not in norm(text) and (
                short := self._short_company(norm(text))) is not None:
            short.aliases.add(norm(text))
            return short
        a = self.get("org:" + key, norm(re.sub(r"^[Tt]he\s+", "", norm(text))), "organisation")
        if norm(text) != a.name:
            a.aliases.add(norm(text))
        return a

    def _roles(self, a: DocActor, ent: TokSpan) -> None:
        """Words before the name and appositions after it."""
        doc = self.doc
        pre: list[Token] = []
        i = ent.start - 1
        inside = set(range(ent.start, ent.end))
        while i >= 0 and doc[i].head.i in inside and (
                doc[i].dep_ in ("compound", "amod", "nmod") and not doc[i].is_punct or _joining_hyphen(doc[i])):
            pre.insert(0, doc[i])
            inside.add(i)
            i -= 1
        # "Kaldoran Foreign Ministry spokesperson": the role is the trailing run of
        # lower-case words and titles, the affiliation what comes before it.
        j = len(pre)
        while j > 0 and (pre[j - 1].is_lower or pre[j - 1].lower_ in TITLES or pre[j - 1].lower_ in ROLE_NOUNS
                         or pre[j - 1].lower_ in ROLE_MODIFIERS or _joining_hyphen(pre[j - 1])
                         # "Deputy Police Chief Mbali Khumalo": a deputy police chief, not the "Deputy Police"'s
                         or j < len(pre) and pre[j - 1].lower_ in _SERVICES and pre[j].lower_ in _SERVICE_HEADS):
            j -= 1
        role = [t for t in pre[j:] if t.lower_ not in HONORIFICS]
        if role:
            a.add_role(tokens_text(doc, role).lower())
        if pre[:j]:
            a.add_affiliation(tokens_text(doc, pre[:j]))
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

    def _appos_role(self, a: DocActor, role: Token) -> None:
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
            a.add_role(tokens_text(doc, words).lower())
            self._whose_ministry(a, words, role.i)
        for child in role.children:
            if child.dep_ == "poss" and (aff := self._owner_of_role(child)):
                a.add_affiliation(aff)
            if child.dep_ == "compound" and child.ent_type_ in ("ORG", "NORP") and child.i < role.i:
                # "a Green Party MP", "a Labour councillor": the party
                ent = self._entity_at(child)
                if ent is not None and ent.end <= role.i:
                    a.add_affiliation(tokens_text(self.doc, strip_det(list(ent))))
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with", "in"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                # "director for Europe", "head of research in Asia": the role's region, no body
                region = child.lower_ in ("for", "in") and obj is not None and obj.ent_type_ in ("GPE", "LOC")
                # ("a spokesman for Arventa's defence ministry": a named owner's body)
                owned = obj is not None and obj.lemma_.lower() in ORG_NOUNS and any(
                    c.dep_ == "poss" and (c.ent_type_ or c.pos_ == "PROPN") for c in obj.children)
                if obj is not None and (obj.ent_type_ or obj.pos_ == "PROPN" or owned) and not region:
                    # "Human Rights Watch in Geneva": the body, not where it sits
                    where = {t.i for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                             and any(g.ent_type_ in ("GPE", "LOC") for g in p.children) for t in p.subtree}
                    a.add_affiliation(tokens_text(doc, strip_det([t for t in obj.subtree if t.i not in where])))

    def _whose_ministry(self, a: DocActor, words: list[Token], at: int) -> None:
        """"Ombelia gave a different account. Foreign Ministry spokeswoman Selin Arda
        said ...": a ministry named without its country is the government named or
        heard last (so her side is Ombelia's)."""
        low = [t.lower_ for t in words]
        if "ministry" not in low or any(t.ent_type_ in ("GPE", "NORP") for t in words) \
                or not set(low) <= MINISTRY_WORDS | ROLE_NOUNS | TITLES:
            return
        since = self._sentence_before(at)
        hits = [h for h in (self._latest(self.history, at, is_government),
                            self._latest(self.prior, at, is_government)) if h is not None and h[0] >= since]
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
        if not poss.ent_type_ and poss.pos_ == "NOUN" and is_definite(poss):
            # "Bogdan Serat, the board's chairman": the body named last by that word
            noun = poss.lemma_.lower()
            org = self._last_named_or_heard(poss.i, lambda x: x.type == "organisation" and x.name[:1].isupper()
                                            and noun in x.name.lower().split())
            if org is None:
                org = self._described_owner(poss, noun)
            return None if org is None else org.name.removesuffix("'s").removesuffix("\u2019s")
        if not poss.ent_type_:
            return None
        # "GENEVA - Valdoria's Deputy Foreign Minister": the dateline is no part of the owner
        name = tokens_text(self.doc, strip_det([t for t in poss.subtree if t.tag_ != "POS" and not in_dateline(t)]))
        return name.removesuffix("'s").removesuffix("\u2019s")

    def _described_owner(self, poss: Token, noun: str) -> DocActor | None:
        """"Tom Farr, the company's managing director", "the group's director", "the
        union's general secretary": the body that "the company", "the group" would be
        as a speaker there, or the organisation last named by a description ending in
        that noun ("The drivers' union rejected ...")."""
        if noun in COMPANY_NOUNS or noun in GENERIC_ORG_NOUNS or noun in BODY_NOUNS:
            org = self._named_org(poss, [poss])
            if org is not None:
                return org
        if noun == "group":
            # (only one named in this sentence or the one before: "the group" further on
            # is as often a body the text never named as one it did)
            return self._last_named_or_heard(poss.i, is_ngo, since=self._sentence_before(poss.i))
        if noun in self.described:
            return self.described[noun]
        return self._last_named_or_heard(poss.i, lambda x: x.type == "organisation" and len(x.name.split()) > 1
                                         and x.name.lower().split()[-1] == noun)

    # -- documents -----------------------------------------------------------
    def _document(self, tok: Token) -> DocActor:
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
                    owner = owner or (tokens_text(self.doc, strip_det(list(after_dateline(ent))))
                                      if ent is not None and ent.root.i == obj.i
                                      else tokens_text(self.doc, strip_det(head_phrase(obj))))
        noun = tok.lemma_.lower()
        indefinite = is_indefinite(tok)
        if owner is None and indefinite:
            # "In a 74-page report, the panel said ...": the speaker's document; "the
            # panel released a report", "... released Clean Water, a report on ...": the
            # publisher's.
            subj = self._fronted_subject(tok)
            obj = tok.head if tok.dep_ == "appos" else tok
            if subj is None and obj.dep_ == "dobj" and obj.head.lemma_.lower() in PUBLISH_VERBS:
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
            definite = any(c.lower_ == "the" for c in tok.children) and noun in GENERIC_DOCUMENTS
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
        return country.lower() if country else org_key(owner)

    def _previous_document(self, before: int, noun: str) -> DocActor | None:
        """The last document spoken of; for a specific noun ("assessment"), the
        last one called that, when there is one."""
        last = self._last(before, lambda a: a.type == "document")
        if noun in GENERIC_DOCUMENTS:
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
                a = self._speaker(subj, self._np_span(subj), [])
                if a is not None and a.type in want:
                    return a.name
            prev = self._last(tok.i, lambda a: a.type in want)
            return prev.name if prev is not None else tok.text
        words = [t for t in tok.subtree if t.tag_ != "POS"]
        dash = [n for n, t in enumerate(words) if t.text in ("-", "\u2014", "\u2013") and t.whitespace_ and t.i < tok.i]
        words = strip_det(words[dash[-1] + 1:] if dash else words)  # "6 May - RiverWatch Alliance"
        name = tokens_text(self.doc, words) or tok.text
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
        if subj is None or not node.i < subj.i < verb.i or subj.lower_ in PRONOUNS:
            return None
        return subj

    def _np_span(self, tok: Token) -> Span:
        left = tok.left_edge
        while left.i < tok.i and (left.is_punct or left.is_space):
            left = self.doc[left.i + 1]
        return Span(left.idx, tok.idx + len(tok))

    def _latest(self, entries: list[tuple[int, str]], before: int,
                pred: Callable[[DocActor], bool]) -> tuple[int, DocActor] | None:
        """The last (token index, actor) of ``entries`` before ``before`` that fits."""
        best = None
        for i, key in entries:
            if i >= before:
                break
            a = self.actors.get(key)
            if a is not None and pred(a):
                best = (i, a)
        return best

    def _last_named_or_heard(self, before: int, pred: Callable[[DocActor], bool],
                             since: int = 0) -> DocActor | None:
        """The fitting actor mentioned or speaking last before token ``before`` (and at or
        after token ``since``)."""
        hits = [h for h in (self._latest(self.history, before, pred), self._latest(self.prior, before, pred))
                if h is not None and h[0] >= since]
        return max(hits, key=lambda h: h[0])[1] if hits else None

    def _described_subject(self, before: int, kinds: frozenset[str]) -> DocActor | None:
        """The named subject of the sentence before token ``before``'s, when an apposition
        calls it one of ``kinds`` ("Vespertine, a gang that ...")."""
        start = self._sentence_before(before)
        if start >= self.doc[before].sent.start:
            return None
        for i, key in self.history:
            if not start <= i < self.doc[before].sent.start:
                continue
            tok = self.doc[i]
            a = self.actors.get(key)
            if a is None or a.type in ("government", "document") or tok.dep_ not in ("nsubj", "nsubjpass") \
                    or a.type == "person" and " " in a.name:
                continue
            if any(c.dep_ == "appos" and c.lemma_.lower() in kinds for c in tok.children):
                if a.type == "person":
                    # "Vespertine, a gang": no person, and no short name of one
                    a.type = "organisation"
                    self.persons = [p for p in self.persons if p is not a]
                return a
        return None

    def _last(self, before: int, pred: Callable[[DocActor], bool]) -> DocActor | None:
        hit = self._latest(self.history, before, pred)
        return None if hit is None else hit[1]

    def _after_label(self, tok: Token) -> bool:
        """``tok`` follows a colon on its line ("Rubio: I Still Believe ..."): a label's words."""
        text = doc_text(self.doc)
        line = text.rfind("\n", 0, tok.idx) + 1
        return ":" in text[line : tok.idx]

    def _author(self) -> DocActor:
        """Who writes "I" outside quotations: the person of a byline near the top ("By
        Marta Kovac"), else an actor "the writer"."""
        text = doc_text(self.doc)
        m = BYLINE.search(text[:600])
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

    def _issuer(self) -> DocActor | None:
        """The one organisation or government a document's first line names: who a
        statement's "we" is ("Statement by the Ministry of Foreign Affairs")."""
        text = doc_text(self.doc)
        end = text.find("\n")
        end = len(text) if end < 0 else end
        if not ISSUED.search(text[:end]):
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

    def _turn_speaker(self, turn: Turn) -> DocActor:
        """Who a turn's label names: "HOST" the interviewer, "FALLIN" the Mary Fallin
        named before, "JAKE TAPPER" a person of that name."""
        doc = self.doc
        toks = [t for t in doc[turn.name_start : turn.name_end] if not t.is_space]
        label = tokens_text(doc, toks)
        if label.isupper():
            label = label.title()
        words = [w.rstrip(".").lower() for w in label.split()]
        shown = norm(" ".join(w for w in label.split() if w.rstrip(".").lower() not in TITLES) or label)
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
            if norm(label) != a.name:
                a.aliases.add(norm(label))
        else:
            a = self.get("person:" + " ".join(rest or words), shown, "person")
            if not a.words:
                a.words = rest or words
                self.persons.append(a)
        if office:
            a.add_role(tokens_text(doc, strip_det(office)).lower())
        return a

    # -- speakers ---------------------------------------------------------
    def speaker(self, head: Token, span: Span, prior: list[tuple[int, str]],
                content: Sequence[Span] = ()) -> DocActor | None:
        """The actor of the speaker mention ``span`` (its head token ``head``) of a statement
        whose content is ``content``; ``prior`` are the earlier speakers."""
        self.content_now = tuple(content)
        try:
            return self._speaker(head, span, prior)
        finally:
            self.content_now = ()

    def _speaker(self, head: Token, span: Span, prior: list[tuple[int, str]]) -> DocActor | None:
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
        if low in RELATIVE and head.head.i != head.i:
            # "China, which has denied ...": the noun the clause hangs on.
            noun = head.head.head if head.head.dep_ == "relcl" else head.head
            if low in ("who", "whom"):
                # "Ivo Marsh, a strategist for Ms Ruiz's campaign who ...": "who" is a
                # person, so not the campaign the clause was hung on but the strategist.
                up = noun
                while up.dep_ == "pobj" and up.head.dep_ == "prep" and not person_like(up) \
                        and up.pos_ in ("NOUN", "PROPN"):
                    up = up.head.head
                if up is not noun and up.pos_ in ("NOUN", "PROPN") and person_like(up):
                    noun = up.head if up.dep_ == "appos" and up.head.ent_type_ == "PERSON" else up
            if noun.i != head.i and noun.i < head.i:
                return self._speaker(noun, Span(noun.idx, noun.idx + len(noun)), prior)
        if low in ("you", "yourself"):
            return None  # the reader or someone addressed: no actor the text names
        if interview_marker(head):
            # An interview's "Q:" is the interviewer, unnamed; its "A:" the person interviewed.
            return None if head.text == "Q" else self._interviewee()
        if low in ("i", "me", "my", *WE) and turn is not None and not self._in_quote(head.i):
            return self._turn_speaker(turn)  # "RUTH ALVES: I don't reject it": the one whose turn it is
        if low in ("i", "me", "my") and self._answering(head.i):
            return self._interviewee()  # "A: I think ...": the one answering, not the last name asked about
        if low in WE and self._answering(head.i) and (answering := self._interviewee()) is not None:
            return answering  # "A: We have always said ...": the one answering, for their side
        if low in ("i", "me", "my") and head.pos_ == "PRON" and not self._in_quote(head.i) \
                and not self._answering(head.i) and not self._after_label(head):
            return self._author()  # "I think he means it", in a column: its writer, not the last man named
        if low in PERSON_PRONOUNS:
            want = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(low)
            if want is not None:
                spoke = {k for _, k in prior}
                a = self._antecedent(head.i, prior, lambda x: (x.type == "person" or x.bare
                                                               or x.key in spoke and self._person_shaped(x, want))
                                     and gender_of(x) in (want, None))
                if a is not None and a.type == "organisation" and not a.bare:
                    # "Hanifa Droste said ... 'I want his name,' she said": the tagger's
                    # organisation was a woman with a given name the list lacks.
                    a.type, a.words, a.gender = "person", a.name.lower().split(), want
                if a is not None and a.bare:
                    # "Brankov said ... He added": Brankov is a man (the one named in full, if
                    # any), unless a person is named in this sentence or the one before.
                    person = self._antecedent(head.i, prior, lambda x: x.type == "person"
                                              and gender_of(x) in (want, None))
                    if person is not None and any(
                            t.lower_ in person.words and t.is_title
                            for t in self.doc[self._sentence_before(head.i) : head.i]):
                        return person
                    named = next((p for p in reversed(self.persons) if len(p.words) > 1
                                  and p.words[-1] == a.name.lower()), None)
                    if named is not None:
                        return named
                    make_person(a, want)
                if a is not None:
                    return a
            # Of the rest, not one a title gives the other gender ("she" is no "Mr. Trump").
            return self._antecedent(head.i, prior, lambda x: x.type == "person"
                                    and (want is None or x.gender in (want, None)))
        if low in WE and head.pos_ == "PRON":
            if self._in_quote(head.i):
                return self._antecedent(head.i, prior, lambda x: x.type != "document")
            # "We call on the authorities ...", outside any quotation: the writers (for the body
            # the headline names, "Statement by the Ministry of ..."), never the last ones
            # mentioned ("Their lawyers say ... We believe the charges are politically motivated").
            return self._issuer() or self.get("writers", "the writers", "group")
        if low in THING_PRONOUNS:
            return self._antecedent(head.i, prior, lambda x: x.type != "person")
        if low in PLURAL_PRONOUNS:
            # "Military analysts say ... Russia's successes in Syria, they said": people named in
            # the plural as a subject in this sentence or the one before, over a country or a body.
            since = self._sentence_before(head.i)
            near = self._latest([(i, k) for i, k in self._outside_quotes() if i >= since
                                 and doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.dep_ == "ROOT"],
                                head.i, lambda x: x.type == "group" and people_noun(x.name))
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
        toks = strip_det([t for t in doc[head.left_edge.i : head.i + 1] if span.start <= t.idx < span.end])
        country = self._country_of(span.text(doc_text(doc))) or self._country_of(head.text)
        if country is not None and head.pos_ == "PROPN":
            return self._government(span.text(doc_text(doc)), country)
        return self._np(head, toks or [head])

    def _entity_speaker(self, ent: TokSpan, head: Token) -> DocActor | None:
        ent = after_dateline(ent)
        if len(ent) == 1 and ent.label_ in ("PERSON", "NORP") and head.pos_ == "PROPN" and (
                country := self._country_of(ent.text)) is not None:
            return self._government(ent.text, country)  # "Ombelia said" read as a name
        if ent.label_ == "PERSON" and (ent[-1].lower_ in ORG_SUFFIXES or described_as_body(ent)
                                       or general_hospital(list(ent))
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
        if ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in GOVERNMENT_NOUNS:
            return self._generic_government(ent.start)  # "The Government states"
        if ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in GENERIC_ORG_NOUNS:
            named = self._named_org(ent[0], [ent[0]])  # "The Commission regrets"
            if named is not None:
                named.aliases.add(ent.text)
                return named
        if ent.label_ == "ORG":
            doc = self.doc
            if ent.start > 0 and (doc[ent.start - 1].lower_ in TITLES or doc[ent.start - 1].lower_ in PERSON_NOUNS):
                # "farmer Elif Demir" tagged as an organisation ("Interim chief executive Ornella
                # Arrighi": the whole title)
                start = ent.start - 1
                while start > 0 and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].head.i >= start \
                        and doc[start - 1].head.i < ent.end and (doc[start - 1].is_lower or doc[start - 1].lower_ in
                                                                  ROLE_MODIFIERS or doc[start - 1].lower_ in TITLES):
                    start -= 1
                return self._person_entity(doc[start : ent.end])
            if person_named(ent):
                return self._person_entity(ent)  # "Sophie Marlow" tagged as an organisation
            titled = self._role_then_name(ent)
            if titled is not None:
                return titled
            if head.i == ent.root.i:
                return self._organisation(ent.text)
        return None

    def _interview_markers(self) -> list[tuple[int, str]]:
        """The document's "Q:" and "A:" markers in order, (token index, "Q" or "A"), found once."""
        if self._markers is None:
            self._markers = [(t.i, t.text) for t in self.doc if interview_marker(t)]
        return self._markers

    def _answering(self, i: int) -> bool:
        """Whether token ``i`` is in an interview's answer: after an "A:", before the next "Q:"."""
        markers = self._interview_markers()
        k = bisect.bisect_left(markers, (i, "")) - 1
        return k >= 0 and markers[k][1] == "A"

    def _interviewee(self) -> DocActor | None:
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
                        a = self._np(t, strip_det(list(self.doc[t.left_edge.i : t.i + 1])))
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
            if c.ent_type_ not in ("PERSON", "ORG", "", *NOT_NAMES) or c.pos_ != "PROPN" \
                    or c.ent_type_ in NOT_NAMES and not head.is_lower:
                continue  # (a product's name, only beside a description: not "The Fixers: Eddie Mannix")
            ent = self.ent_of.get(c.i)
            if ent is not None and (ent.label_ == "PERSON" or c.head.i == head.i and person_named(ent)):
                return ent
        return None

    def _np(self, head: Token, toks: list[Token]) -> DocActor:
        """A speaker that is a phrase, not a name: "the airline", "aid agencies"."""
        doc = self.doc
        lemma = head.lemma_.lower()
        if lemma == "old" and any(c.lower_ in ("year", "years") for c in head.children) and any(
                c.lower_ == "the" for c in head.children):
            # "Ms Novak dismissed that. The 52-year-old told reporters ...": the subject of
            # the sentence before, when a person; else a person of its own.
            person = self._subject_before(head)
            if person is not None:
                return person
            name = tokens_text(doc, strip_det(toks)) if toks else head.text
            return self.get(f"person:{name.lower()}", name, "person")
        body = self._bracketed_acronym(head)
        if body is not None:
            return body
        # "Amnesty International's regional director, Joan Kariuki": the name.
        ent = self._appos_name(head)
        if ent is not None:
            a = self._person_entity(ent)
            if a is not None:
                self._appos_role(a, head)
                return a
        if lemma in DOCUMENT_NOUNS and lemma not in BODY_NOUNS:
            return self._document(head)
        name = tokens_text(doc, toks) if toks else head.text
        if lemma in GOVERNMENT_NOUNS:
            # "the Chinese government", "the government of Marovia", "the Government of
            # the Republic of Marovia", "the authorities in Taresh"
            of = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                  for g in c.children if g.dep_ == "pobj"]
            of += [g for t in of if t.lower_ in STATE_WORDS for c in t.children
                   if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            for t in toks + of:
                country = self._country_of(t.text) or (
                    t.text if t in of and t.head.lower_ == "of" and t.lower_ not in STATE_WORDS
                    and (t.ent_type_ == "GPE" or t.pos_ == "PROPN" and t.ent_type_ in ("", "ORG", "LOC"))
                    else None)
                if country is not None:
                    return self._government(name if t in toks else f"{name} {t.head.lower_} {t.text}", country)
            if all(t.lower_ in GOVERNMENT_NOUNS or t.lower_ in ("central", "national", "federal") for t in toks):
                gov = self._generic_government(head.i)
                if gov is not None:
                    return gov
        if lemma in OFFICE_NOUNS:
            owner = self._office_owner(head)
            if owner is not None:
                name = tokens_text(doc, strip_det([t for t in doc[head.left_edge.i : head.right_edge.i + 1]
                                              if t.dep_ not in ("relcl", "acl") and not t.is_space]))
                if name.split()[0].lower() in ("his", "her") and owner[:1].isupper():
                    name = f"{owner}'s {head.text}"  # "his office": named for whose it is
                a = self.get("org:office:" + owner.lower(), name, "organisation")
                if name != a.name:
                    a.aliases.add(name)
                return a
        if lemma == "group" and head.tag_ == "NN" and is_definite(head):
            # "The rights group said" after "the Committee for Civil Liberties said": the
            # association, alliance, watch ... last named or heard; but "the working group" is
            # the UN Working Group on Arbitrary Detention the text names.
            kinds = [t for t in toks if t.i != head.i and t.dep_ in ("compound", "amod")
                     and t.pos_ in ("NOUN", "ADJ", "VERB")]
            named = self._named_org(head, toks) if kinds else None
            if named is not None:
                if name != named.name:
                    named.aliases.add(name)
                return named
            # "Vespertine, a gang that has hit hospitals, listed the trust on its leak site. In
            # the post, the group said ...": the subject of the sentence before, named so.
            subject = self._described_subject(head.i, _GROUP_KINDS)
            if subject is not None:
                if name != subject.name:
                    subject.aliases.add(name)
                return subject
            ngo = self._last_named_or_heard(head.i, is_ngo)
            if ngo is not None:
                if name != ngo.name:
                    ngo.aliases.add(name)
                return ngo
        if (head.pos_ == "NOUN" or head.pos_ == "PROPN" and len(toks) == 1) and head.tag_ not in ("NNS", "NNPS") \
                and (lemma in GENERIC_ORG_NOUNS or lemma in BODY_NOUNS):
            named = self._named_org(head, toks)
            if named is not None:
                if name != named.name:
                    named.aliases.add(name)
                return named
        if head.pos_ == "PROPN" and head.lower_ in _ACRONYM_POSTS and is_definite(head):
            # "the MP", "the Beacon MP": a post the tagger took for a name
            holder = self._role_holder(head, toks) or self._unroled_subject_before(head)
            if holder is not None:
                holder.aliases.add(name)
                return holder
        if len(toks) == 1 and (person := self._by_surname(head)) is not None:
            return person
        if len(toks) == 1 and head.pos_ == "PROPN" and head.text[1:].islower() and head.lower_ in given_names():
            return self._person([head])  # "Isabelle said": the Isabelle named before, or a person of her own
        if len(toks) == 1 and APOSTROPHE_SURNAME.match(head.text):
            return self.get(f"person:{name.lower()}", name, "person")  # "O'Donnell said", "D'Souza wrote"
        if head.pos_ == "PROPN" and head.lower_.endswith("s") and (
                head.lower_ in GROUP_NOUNS or head.lower_[:-1] in PERSON_NOUNS):
            type_: ActorType = "group"  # "Villagers" opening a sentence
        elif head.pos_ == "PROPN":
            last = toks[-1].lower_ if toks else head.lower_
            company = after_business_kind(toks)
            business = company is not None
            if company is not None:
                toks = company  # "Power company Nordlys says": the company is named by what follows
                name = tokens_text(doc, toks)
            type_ = ("organisation" if business or general_hospital(toks) or head.tag_ == "NNPS" or last in ORG_SUFFIXES
                     or last in ORG_NOUNS or len(toks) == 1 else "person")
            if type_ == "organisation":
                # "the Independent Commission of Inquiry on Valdoria": the name runs on.
                right = [t for t in doc[head.i + 1 : head.right_edge.i + 1]]
                # (not "on Friday": a date is no part of a name)
                cut = next((n for n, t in enumerate(right) if not (
                    t.pos_ == "PROPN" and t.ent_type_ not in WHEN or t.lower_ in ("of", "on", "for", "the", "and")
                    and n + 1 < len(right) and right[n + 1].pos_ in ("PROPN", "DET")
                    and right[n + 1].ent_type_ not in WHEN)), len(right))
                while cut and right[cut - 1].pos_ != "PROPN":
                    cut -= 1
                if cut:
                    name = tokens_text(doc, [*toks, *right[:cut]])
            elif toks[0].lower_ in TITLES and (rest := after_titles(toks)) and all(t.pos_ == "PROPN" for t in rest):
                # "Mayor Ines Ovell" with no name tag: the title is a role, not part of the name.
                return self._titled(toks)
            elif len(toks) >= 3 and toks[0].ent_type_ == "NORP" and all(t.pos_ == "PROPN" for t in toks[1:]):
                # "Democrat Ines Ovell" with no name tag: the party is an affiliation.
                person = self._person(toks[1:])
                person.add_affiliation(toks[0].text)
                return person
        elif lemma in WRITINGS:
            type_ = "document"  # "the letter then says", "the ad says"
        elif head.tag_ == "NNS" or lemma in GROUP_NOUNS or lemma in QUANTITY_HEADS \
                or head.pos_ in ("PRON", "DET", "NUM") and head.lower_ not in ("you", "i", "me", "one", "this",
                                                                            "these", *RELATIVE):
            type_ = "group"  # "those who said", "most of them", "both", "a number of readers"
        elif lemma in PERSON_NOUNS:
            type_ = "person"
            holder = self._role_holder(head, toks)
            if holder is None and lemma in ROLE_NOUNS and lemma not in _NOT_POSTS \
                    and is_definite(head):
                holder = self._unroled_subject_before(head)
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
                and head.lower_ not in ORG_SUFFIXES and head.lower_ not in ORG_NOUNS \
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

    def _actor_subject_before(self, head: Token) -> tuple[Token, DocActor] | None:
        """The subject of the sentence before ``head``'s, and who it is."""
        doc = self.doc
        start = doc[head.i].sent.start
        subj = next((t for t in doc[self._sentence_before(head.i):start]
                     if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None) if start else None
        a = None if subj is None else self._speaker(subj, self._np_span(subj), self.prior)
        return None if subj is None or a is None else (subj, a)

    def _bracketed_acronym(self, head: Token) -> DocActor | None:
        """"The Albion Supporters' Trust (AST), which ..., said": the parse heads the
        subject on the acronym in brackets; the speaker is the organisation named before
        them, going by the acronym too."""
        doc = self.doc
        i = head.i
        if not (head.is_upper and head.is_alpha and 2 <= len(head) <= 8 and i >= 2 and i + 1 < len(doc)
                and doc[i - 1].text == "(" and doc[i + 1].text == ")"):
            return None
        ent = next((e for e in doc.ents if e.end == i - 1), None)
        if ent is None or ent.label_ not in ("ORG", "FAC", "NORP") or len(ent) < 2 \
                or _initials(ent) != head.lower_:
            return None
        a = self._organisation(ent.text)
        a.aliases.add(head.text)
        return a

    def _subject_before(self, head: Token) -> DocActor | None:
        """The person who is the subject of the sentence before ``head``'s."""
        found = self._actor_subject_before(head)
        return found[1] if found is not None and found[1].type == "person" else None

    def _unroled_subject_before(self, head: Token) -> DocActor | None:
        """"Vaitkute wants the rules tightened. The MP said ...": a definite post no one
        in the text holds is the named subject of the sentence before, if the text gives
        that person no post. A surname alone there, read as an organisation for want
        of a given name, is a person after all."""
        doc = self.doc
        end = min(head.right_edge.i + 6, head.sent.end - 1)
        if any(c.dep_ == "appos" for c in head.children) or any(
                doc[i].text == "," and doc[i + 1].ent_type_ == "PERSON" for i in range(head.i + 1, end)):
            return None  # "wrote the ambassador in those years, Tomas Brandt": named here
        found = self._actor_subject_before(head)
        if found is None:
            return None
        subj, a = found
        if subj.head.is_title or subj.head.is_upper:
            return None  # "New Polls Show Double-Digit Gaps": a headline's words, no one's name
        # (one tagged an organisation only before a post that is surely a person's: "the MP", not "the CEO")
        tags = ("", "PERSON", "ORG") if head.lower_ in _ACRONYM_POSTS else ("", "PERSON")
        if a.type == "organisation" and subj.pos_ == "PROPN" and subj.is_title and subj.ent_type_ in tags \
                and a.name == subj.text and not list(subj.children) and subj.lower_ not in ORG_SUFFIXES \
                and subj.lower_ not in ORG_NOUNS and not a.roles:
            a.type = "person"
            a.words = [subj.lower_]
            self.persons.append(a)
        if a.type != "person" or a.roles or subj.pos_ != "PROPN":
            return None  # (a name, not "the lawyer" or "she")
        return a

    def _role_holder(self, head: Token, toks: list[Token]) -> DocActor | None:
        """"The minister said" after "Interior Minister Dorit Vallen": the person last
        named or heard before it whose role ends with that noun and has its other
        words ("the interior minister"), if the description is definite."""
        if not is_definite(head):
            return None
        words = {t.lower_ for t in toks if t.i != head.i and not t.is_punct and t.lower_ != "the"}
        lemma = head.lemma_.lower()

        def fits(a: DocActor) -> bool:
            # "Deputy Health Minister Olof Berg" is not "the health minister".
            return a.type == "person" and " " in a.name and any(
                r.split()[-1] in (lemma, head.lower_) and words <= set(r.split())
                and not (set(r.split()) & LESSER_ROLES) - words for r in a.roles)

        return self._last_named_or_heard(head.i, fits)

    def _named_later(self, head: Token) -> DocActor | None:
        """A lede that names its subject later: "A former deputy director of the
        port pleaded not guilty ... / Prosecutors say Tomas Ferreira received
        ...". The description opens the document, the first person named in
        the next two sentences speaks nowhere, and the text comes back to that
        name afterwards: the story is about them."""
        if head.lemma_.lower() in SPOKESPEOPLE or not is_indefinite(head):
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

    def _by_surname(self, tok: Token) -> DocActor | None:
        """"Brankov added": the one person of the text named with that surname, or of
        two ("Noemi Karadi" and "Captain Levente Karadi"), the one named last before it."""
        # (a surname that is also a word, "Trump said", may be tagged as a noun)
        if not (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text[:1].isupper()) \
                or self._country_of(tok.text) is not None:
            return None
        people = {p.key: p for p in self.persons if len(p.words) > 1 and p.words[-1] == tok.lower_}
        # (and one the tagger called an organisation that has since spoken as a person:
        # "Stelios Mavrides said through a lawyer ... Mavrides said")
        if people:
            people.update((a.key, a) for a in self._names_tagged_as_bodies([tok.lower_]) if a.key not in people)
        if not people:
            # "Brent Bozell III", "Luther Stan Pate IV": the surname before a generational suffix
            people = {p.key: p for p in self.persons if len(p.words) > 2 and p.words[-2] == tok.lower_
                      and p.words[-1].rstrip(".") in NAME_SUFFIXES}
        if len(people) > 1 and (said := self._reflexive_gender(tok.i)) is not None:
            # "Lindqvist herself" beside Marta and Tomas Lindqvist: the woman
            fits = {k: p for k, p in people.items() if gender_of(p) == said}
            people = fits if len(fits) == 1 else people
        if len(people) > 1:
            hit = self._latest(self.history, tok.i, lambda a: a.key in people)
            return None if hit is None else hit[1]
        return next(iter(people.values())) if people else None

    def _generic_government(self, before: int) -> DocActor | None:
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

    def _named_org(self, head: Token, toks: list[Token]) -> DocActor | None:
        """"The commission", "the port authority", "a UN-mandated inquiry": the one
        organisation the text names with that noun ("the Independent Electoral
        Commission"); "the company": the one company it names."""
        lemma = head.lemma_.lower()
        mods = {t.lower_ for t in toks if t.i != head.i and t.pos_ in ("NOUN", "PROPN")}
        orgs = {a.key: a for _, k in self.history if (a := self.actors[k]).type == "organisation"}
        for _, k in self.prior:
            if self.actors[k].type == "organisation":
                orgs.setdefault(k, self.actors[k])

        def words(a: DocActor) -> list[str]:
            return re.findall(r"[\w-]+", a.name.lower().replace("'s", "").replace("\u2019s", ""))

        named = [a for a in orgs.values() if len(words(a)) > 1 and a.name[:1].isupper()]
        if lemma in COMPANY_NOUNS:
            before = [(i, k) for i, k in (*self.history, *self.prior) if i < head.i]
            named_before = {k for _, k in before}
            suffixed = [a for a in named if words(a)[-1] in COMPANY_SUFFIXES and a.key in named_before]
            # A brand name that names no kind of body ("Velamed said ...").
            # (not one named only in a dateline: "SAN FRANCISCO (Reuters) -" is no company the story is about)
            in_story = {k for i, k in before if not in_dateline(self.doc[i])}
            # (nor a news agency the story quotes or credits: "told Reuters", "(Reuters) -")
            fits = suffixed + [a for a in orgs.values() if a.name[:1].isupper() and not a.name.isupper()
                               and a.key in in_story and a.name.lower() not in NEWS_AGENCIES
                               and not set(words(a)) & (ORG_NOUNS | ORG_SUFFIXES | NOT_COMPANIES)]
        else:
            fits = [a for a in named if lemma in words(a)]
            if len(fits) > 1 and mods:
                fits = [a for a in fits if mods <= set(words(a))]
            # "the interior ministry" is not "the Foreign Ministry": a word saying which one
            # the name does not have.
            kinds = {t.lower_ for t in toks if t.i != head.i and t.dep_ in ("compound", "amod")
                     and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in PLAIN_MODIFIERS}
            fits = [a for a in fits if kinds <= set(words(a))]
        if len(fits) > 1:
            # "Brightwell" after "Brightwell Appliances" is the same company, named short.
            fits = [a for a in fits if not any(b is not a and len(words(b)) > len(words(a))
                                               and words(b)[:len(words(a))] == words(a) for b in fits)]
        if len(fits) > 1 and lemma not in COMPANY_NOUNS:
            # "the authority" after a headline's "Harbour authority" and "the Dovra Port
            # Authority": the body named by its proper name, not the description.
            proper = [a for a in fits if all(w[:1].isupper() for w in a.name.split() if w.lower() not in NAME_LINKS)]
            fits = proper or fits
        if len(fits) > 1 and lemma in COMPANY_NOUNS:
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
            # (not the owner in another's apposition: "Sablewave Telecom, Norvassa's second-largest
            # mobile operator, said ... The company said")
            heads = [(i, key) for i, key in near
                     if self.doc[i].dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "appos", "conj")
                     and not (self.doc[i].dep_ == "poss" and self.doc[i].head.dep_ == "appos")
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
                                              and gender_of(x) in (g, None))
                if p is None:
                    return None
                return org_key(p.affiliations[0]) if p.affiliations else p.name
            if child.dep_ == "poss":
                ent = self._entity_at(child)
                if ent is not None and ent.label_ == "PERSON":
                    p = self._person_entity(ent)
                    if p is not None:
                        return org_key(p.affiliations[0]) if p.affiliations else p.name
                return org_key(tokens_text(self.doc, strip_det([t for t in child.subtree if t.tag_ != "POS"])))
            if child.dep_ in ("compound", "nmod") and child.ent_type_ in ("ORG", "GPE", "NORP"):
                return org_key(child.text)
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                ent = None if obj is None else self._entity_at(obj)
                if ent is not None and ent.label_ == "PERSON":
                    p = self._person_entity(ent)
                    if p is not None:
                        return org_key(p.affiliations[0]) if p.affiliations else p.name
                if obj is not None:
                    return org_key(tokens_text(self.doc, strip_det(list(obj.subtree))))
        return None

    def _name_in_description(self, head: Token) -> DocActor | None:
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
            a.add_role(tokens_text(doc, strip_det(list(doc[head.left_edge.i : head.i + 1]))))
            return a
        return None

    def _named_body(self, head: Token) -> DocActor | None:
        """"The manufacturer, Arkon Chemicals, said", "The regulator, the National Food Safety
        Agency, said": a description with an organisation's name set off after it is that
        organisation (the description kept as an alias); a later "the regulator" is that body too."""
        if head.pos_ != "NOUN" or head.lemma_.lower() in PERSON_NOUNS:
            return None
        app = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i + 1
                    and self.doc[c.left_edge.i - 1].text == ","), None)
        if app is None:
            the = is_definite(head) and head.tag_ == "NN"
            return self.described.get(head.lemma_.lower()) if the else None
        ent = self._entity_at(app)
        if ent is None or ent.label_ != "ORG" or ent.root.i != app.i:
            return None
        a = self._organisation(ent.text)
        a.aliases.add(norm(tokens_text(self.doc, list(self.doc[head.left_edge.i : head.i + 1]))))
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

    def _names_tagged_as_bodies(self, words: list[str]) -> list[DocActor]:
        """Organisations named like people whose names end with ``words`` (lower case)."""
        return [a for a in self.actors.values() if a.type == "organisation" and a.name.split()
                and [w.lower() for w in a.name.split()][-len(words):] == words and self._name_shaped(a)]

    def _name_shaped(self, a: DocActor) -> bool:
        """Two or three capitalised words, none a body's, a business's or a place's."""
        words = a.name.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
            return False
        return a.name.lower() not in MEDIA_NAMES and not any(
            w in ORG_SUFFIXES or w in ORG_NOUNS or w in ORG_ENDINGS or w in BUSINESS_NOUNS or w in COMPANY_SUFFIXES
            or w in self.capitals or w in self.countries or w in self.demonyms or w in GOVERNMENT_NOUNS
            for w in (x.lower() for x in words))

    def _person_shaped(self, a: DocActor, gender: str) -> bool:
        """An organisation named like a person (two or three capitalised words, none a
        body's, a business's or a place's) that the sentence where it is named goes on
        about with that gender's pronoun ("Hanifa Droste said ... had told her that her son")."""
        if not self._name_shaped(a):
            return False
        pronouns = ("her", "she", "herself") if gender == "f" else ("his", "he", "him", "himself")
        doc = self.doc
        for m in a.mentions:
            tok = doc.char_span(m.start, m.end, alignment_mode="expand")
            if tok is None or any(t.tag_ == "NNPS" or t.ent_type_ in ("GPE", "NORP", "FAC", "LOC") for t in tok):
                return False
            sent = tok[0].sent
            if any(t.lower_ in pronouns for t in doc[tok.end:sent.end]):
                return True
        return False

    def _reflexive_gender(self, i: int) -> str | None:
        """"f" or "m" when "herself" or "himself" follows the name ending at token ``i``."""
        return _REFLEXIVE_GENDER.get(self.doc[i + 1].lower_) if i + 1 < len(self.doc) else None

    def _asked_clause(self, i: int) -> tuple[int, int] | None:
        """The token range of an "Asked whether ..." clause on the verb of the pronoun at ``i``."""
        tok = self.doc[i]
        verb = tok.head
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "ask" and c.tag_ == "VBN"
                       and c.i < i), None)
        return None if clause is None else (clause.left_edge.i, clause.right_edge.i)

    def _antecedent(self, before: int, prior: list[tuple[int, str]],
                    pred: Callable[[DocActor], bool]) -> DocActor | None:
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
        if self.content_now:
            # (a name in the words the pronoun's own statement reports is not who says them:
            # "The 46 crowns covered delivery, it said", "Ms Dushku's handset shows ..., she added")
            lo = min(c.start for c in self.content_now)
            hi = max(c.end for c in self.content_now)
            if self._char_at is None:
                self._char_at = self.doc.to_array(IDX).tolist()
            at = self._char_at
            mentions = [(i, k) for i, k in mentions if not (lo <= at[i] < hi and any(
                c.start <= at[i] < c.end for c in self.content_now))]
        asked = self._asked_clause(before)
        if asked is not None:
            # "Asked whether the directorate had told Torvane ..., she said": who was asked is
            # not who the question names
            mentions = [(i, k) for i, k in mentions if not asked[0] <= i <= asked[1]]
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

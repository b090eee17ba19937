"""Names in a parse: where a person's, a body's or a dateline's name starts and ends."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Span as TokSpan

from ..doctext import doc_text
from ..gazetteer import (
    COMPANY_SUFFIXES,
    GROUP_NOUNS,
    ORG_ALIASES,
    ORG_NOUNS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    TITLES,
)
from ..statements import CLOCK, in_dateline
from .lexicon import (
    BODY_DESCRIPTORS,
    BUSINESS_NOUNS,
    DETERMINERS,
    KIN,
    ORG_SUFFIXES,
    PARTICLES,
    PLACE_ENDINGS,
    WANTING,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "NOT_NAMES", "after_business_kind", "after_dateline", "after_titles", "company_of", "dateline_name",
    "described_as_body", "general_hospital", "given_names", "head_phrase", "honorific_names", "interview_marker",
    "is_definite", "is_indefinite", "is_wanted", "norm", "org_key", "particle_names", "people_noun", "person_like",
    "person_name", "person_named", "strip_det", "tokens_text", "trimmed", "untagged_names",
]


def after_business_kind(toks: list[Token]) -> list[Token] | None:
    """The name after a lower-case kind of business ("Power company Nordlys", "state rail
    operator Dalrail" -> "Nordlys", "Dalrail"), when only proper nouns follow it."""
    kind = [k for k, t in enumerate(toks[:-1]) if t.is_lower and t.lemma_ in BUSINESS_NOUNS]
    if kind and all(t.pos_ == "PROPN" for t in toks[kind[-1] + 1:]):
        return toks[kind[-1] + 1:]
    return None


def trimmed(ent: TokSpan) -> TokSpan:
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
    named = after_business_kind(list(ent.doc[start:end]))
    if named is not None:
        start = named[0].i
    # "Solvane Pharma" tagged as "Pharma": a business's name takes the untagged proper nouns
    # before its last word
    if ent.doc[end - 1].lower_ in COMPANY_SUFFIXES:
        while start > 0 and (t := ent.doc[start - 1]).pos_ == "PROPN" and not t.ent_type_ and t.is_title \
                and t.dep_ == "compound" and start <= t.head.i < end and t.lower_ not in TITLES \
                and t.lower_ not in ROLE_NOUNS:
            start -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    span = ent.doc[start:end]
    span.label_ = ent.label_
    return span


NOT_NAMES = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def untagged_names(doc: Doc, ents: list[TokSpan]) -> list[TokSpan]:
    """Names the tagger missed in an apposition to a person's role ("Her deputy, Ana
    Ruiz, went further"), or took for a product: two or three capitalised proper nouns,
    as PERSON spans, so that a "she" in the next sentence can go back to them."""
    # (a name the tagger took for a product or a work: "Nordvind's editor-in-chief, Oddbjorn Tveit")
    tagged = {i for e in ents if e.label_ not in NOT_NAMES for i in range(e.start, e.end)}
    out = []
    appos = doc.vocab.strings["appos"]
    for i, dep in enumerate(doc.to_array("DEP").tolist()):  # (a Token only for appositions)
        if dep != appos:
            continue
        tok = doc[i]
        if tok.pos_ != "PROPN" or tok.i in tagged or tok.head.pos_ != "NOUN" \
                or tok.head.lemma_.lower() not in PERSON_NOUNS or tok.head.lemma_.lower() in KIN:
            continue  # (not "her husband, Ty Woods": kin share the surname of the one who speaks)
        first = tok.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == tok.i \
                and doc[first - 1].pos_ == "PROPN" and first - 1 not in tagged:
            first -= 1
        words = doc[first : tok.i + 1]
        if 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) \
                and not any(t.lower_ in ORG_SUFFIXES or t.lower_ in ORG_NOUNS for t in words):
            name = doc[first : tok.i + 1]
            name.label_ = "PERSON"
            out.append(name)
    return out


def person_named(ent: TokSpan) -> bool:
    """An organisation tag on a person's name: two or three proper nouns, no
    organisation word, and a given name first ("Sophie Marlow") or a person's
    role around it ("Bogdan Serat, the chairman of ...", "her spokesman, Ivo Kral")."""
    if not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" for t in ent) or any(
            t.lower_ in ORG_SUFFIXES or t.lower_ in ORG_NOUNS for t in ent):
        return False
    if ent[0].lower_ in given_names():
        return True
    if ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in PERSON_NOUNS:
        return True  # "Her spokesman, Ivo Kral, said"
    return any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in ent.root.children)


# Words before "General" in a title ("Attorney General", "Surgeon General").
_GENERAL_TITLES = frozenset({"attorney", "surgeon", "solicitor", "inspector", "auditor", "accountant", "postmaster",
                             "procurator", "consul", "adjutant", "quartermaster", "comptroller", "controller",
                             "registrar", "paymaster", "vicar", "provost", "receiver"})


def general_hospital(toks: list[Token]) -> bool:
    """"Ambrey General", "Mercy General": a hospital's short name (a rank goes before a
    name, and "Attorney General", "Surgeon General" are titles)."""
    if len(toks) < 2 or toks[-1].lower_ != "general" or not toks[-1].is_title or toks[-2].pos_ != "PROPN":
        return False
    before = toks[-2].lower_
    return before not in TITLES and before not in ROLE_NOUNS and before not in _GENERAL_TITLES


def after_titles(toks: list[Token]) -> list[Token]:
    """"Former Mayor Ines Ovell" -> "Ines Ovell"."""
    return list(itertools.dropwhile(lambda t: t.lower_ in TITLES or t.lower_ in ROLE_NOUNS, toks))


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """First name -> "f" or "m", from the package's small list."""
    out: dict[str, str] = {}
    data = resources.files("claimgraph").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            gender, *names = line.split()
            for n in names:
                out.setdefault(n, gender)
    return out


def norm(text: str) -> str:
    # (split/join is re.sub(r"\s+", " ", ...).strip() at a fifth of the cost: both split on str.isspace)
    return " ".join(text.strip(" \t\n,.;:'\"“”‘’").split())


def tokens_text(doc: Doc, toks: list[Token]) -> str:
    """The words as written, hyphens and spacing kept ("Park Ji-hoon")."""
    if not toks:
        return ""
    return norm(doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1])])


def strip_det(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].lower_ in DETERMINERS or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS" or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def person_like(tok: Token) -> bool:
    """A token that can be what "who" stands for: a person's name, a person or group noun."""
    low = tok.lemma_.lower()
    return tok.ent_type_ in ("PERSON", "NORP") or low in PERSON_NOUNS or tok.lower_ in GROUP_NOUNS \
        or low in GROUP_NOUNS or tok.pos_ == "PRON"


def people_noun(name: str) -> bool:
    """"Military analysts", "Former prosecutors": a plural of people, not of things."""
    last = name.lower().split()[-1] if name.split() else ""
    return last in GROUP_NOUNS or last.removesuffix("s") in PERSON_NOUNS or last.removesuffix("es") in PERSON_NOUNS


def company_of(word: str, name: list[str]) -> bool:
    """Whether the lower-case words ``name`` are a company's full name that ``word``
    shortens: "norvane" of "norvane chemicals"."""
    return len(name) > 1 and name[0] == word and name[-1] in COMPANY_SUFFIXES


def interview_marker(tok: Token) -> bool:
    """An interview transcript's "Q:" or "A:"."""
    return tok.text in ("Q", "A") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"


def is_indefinite(tok: Token) -> bool:
    """"a report", "an official": the noun has an indefinite article."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def is_definite(tok: Token) -> bool:
    """"the minister", "the MP": the noun has "the"."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def is_wanted(tok: Token) -> bool:
    """Whether ``tok`` is what someone asks or plans for: "recommends an independent
    review", "called for an inquiry"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in WANTING


def head_phrase(tok: Token) -> list[Token]:
    """``tok``'s phrase without the clauses hung on it: "a panel of experts that
    accused it of ..." names "a panel of experts"."""
    cut = [t.left_edge.i for t in tok.subtree
           if t.i > tok.i and (t.dep_ in ("relcl", "acl", "appos", "advcl") or t.is_punct)]
    end = min(cut, default=tok.right_edge.i + 1)
    return [t for t in tok.subtree if t.i < end]


def org_key(text: str) -> str:
    low = re.sub(r"^the\s+", "", norm(text).lower())
    return ORG_ALIASES.get(low, ORG_ALIASES.get("the " + low, norm(text))).lower()


def after_dateline(ent: TokSpan) -> TokSpan:
    """"TARESH - Kaldora" read as one entity: the part after the dash."""
    for t in ent:
        if t.text in ("-", "—", "–") and t.i > ent.start and (ent[0].is_upper or in_dateline(ent[0])) \
                and t.whitespace_:
            if t.i + 1 >= ent.end:
                return ent
            # The rest keeps the tag when it is a name ("VARNO - Water Commissioner Ilse Drobny"
            # is still an organisation tag on a name), not "PELK - Hundreds of people".
            # A one-word rest must be written so again inside a sentence ("KESH - Dravonia said",
            # not "PELK - Shells that struck ..." or "Supervisors at the bank").
            rest = ent.doc[t.i + 1 : ent.end]
            named = rest.root.pos_ == "PROPN" and (len(rest) > 1 or any(
                i != rest.start and not ent.doc[i].is_sent_start
                for i, w in enumerate(ent.doc.to_array("ORTH").tolist()) if w == rest[0].orth))
            return TokSpan(ent.doc, rest.start, rest.end, label=ent.label) if named else rest
    return ent


def dateline_name(ent: TokSpan) -> TokSpan:
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


def described_as_body(ent: TokSpan) -> bool:
    """A name the tagger called a person right after a lower-case word for a kind of
    body ("environmental group Earthwatch Africa", "think tank Civitas")."""
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    return prev is not None and prev.is_lower and prev.lemma_ in BODY_DESCRIPTORS


# Titles that go before a surname alone ("Ms Pask") and so show that it is a person's.
_SURNAME_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."})


def honorific_names(doc: Doc, ents: list[TokSpan], lower: Callable[[], frozenset[str]]) -> list[TokSpan]:
    """Names whose surname the text also writes after "Mr", "Ms" or "Dr" ("Milena Pask ...
    Ms Pask said"): a capitalised given name and that surname are a person's name, as a
    PERSON span, whatever the tagger made of them (nothing, or an organisation: "Aurelio
    Pask", "Milena Pask"). Spans tagged otherwise that overlap one are dropped; the rest
    are kept. ``lower()`` gives the words the text writes in lower case."""
    # (the title's positions from the token array: no Token object for every word of every text)
    lowers = doc.to_array("LOWER").tolist()
    titles = {doc.vocab.strings[w] for w in _SURNAME_TITLES}
    surnames = {doc[i + 1].text for i, w in enumerate(lowers[:-1]) if w in titles
                and doc[i + 1].is_title and doc[i + 1].is_alpha}
    if not surnames:
        return ents
    found: list[TokSpan] = []
    orths = doc.to_array("ORTH").tolist()
    for t in (doc[i] for i, w in enumerate(orths) if doc.vocab.strings[w] in surnames):
        if t.i == 0 or doc[t.i - 1].lower_ in _SURNAME_TITLES or (
                t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title):
            continue  # (not "Pask Foundation": the name runs on)
        # A given name before it: one word, never written in lower case in the text ("The Real
        # Ada Vesk Story" in a headline: "Real" is no given name).
        given = doc[t.i - 1]
        if given.pos_ != "PROPN" or not given.is_title or not given.is_alpha or given.lower_ in TITLES \
                or given.lower_ in ROLE_NOUNS or given.lower_ in lower():
            continue
        first = given.i
        words = doc[first : t.i + 1]
        if any(w.lower_ in ORG_SUFFIXES or w.lower_ in ORG_NOUNS for w in words) \
                or any(e.label_ == "PERSON" and e.start <= t.i < e.end for e in ents):
            continue  # (a name the tagger found is left as it is: "Secretary of State John Kerry")
        name = TokSpan(doc, first, t.i + 1, label="PERSON")
        found.append(name)
    # "Ms Quade" itself tagged as an organisation is a person too.
    found += [TokSpan(doc, e.start, e.end, label="PERSON") for e in ents if e.label_ != "PERSON" and 2 <= len(e) <= 3
              and e[0].lower_ in _SURNAME_TITLES and all(w.is_title and w.is_alpha for w in e[1:])]
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted(kept + found, key=lambda e: e.start)


def particle_names(doc: Doc, ents: list[TokSpan]) -> list[TokSpan]:
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
        while start > 0 and (p := doc[start - 1]).lower_ in PARTICLES and p.pos_ != "DET" \
                and (p.is_lower or p.text[:1].isupper() and p.i == p.sent.start):
            start -= 1  # "Van der Berg added": the particles opening the sentence are the name's
        if start < ent.start and doc[start].text[:1].isupper() and ent.label_ in ("PERSON", "ORG", "GPE"):
            ent = doc[start : ent.end]
            widened = doc.char_span(ent.start_char, ent.end_char, label="PERSON")
            if widened is not None:
                ent = widened
        end = ent.end
        if ent.label_ == "PERSON" and (ent[-1].lower_ in PARTICLES or ent.end < len(doc)
                                       and doc[ent.end].lower_ in PARTICLES and doc[ent.end].is_lower):
            j = ent.end
            while j < len(doc) and (doc[j].lower_ in PARTICLES and doc[j].is_lower
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
        first = next((k for k, w in enumerate(words) if w in PARTICLES), len(words))
        surnames.add(" ".join(words[first:]))
        out.append(merged)
        skip_to = end
    return out


def person_name(ent: TokSpan) -> TokSpan | None:
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
    if ent[-1].lower_ in PLACE_ENDINGS:
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

"""Stances: speech acts aimed at a thing rather than a proposition.

"The Secretary-General condemned the attack", "the union spurned the offer",
"donors pledged $2 billion", "her rejection of the peace plan": someone did
something with words, and the sentence names what it was about, but reports
no content. They are statements of kind ``stance`` whose content span is
that thing, found for cues whose act is stronger than a plain assertion
(the neutral "said the plan" is not a stance). They are kept out of the
evaluation span format, which carries reported content only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from ..model import Span
from .acts import LABELLING, label_act, lexicon_act, object_tokens
from .cues import Lexicon, load_lexicon
from .doctext import doc_text
from .statements import Found
from .statements.edges import _ANSWERED_NOUNS
from .statements.found import _speaker_span
from .statements.not_speech import (
    REFLEXIVES,
    SELF_NAMING_VERBS,
    _declined_speech,
    _interrogation,
    _question,
    _unverified,
)
from .statements.subjects import _is_asked_aside, _subject, speaker_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_stances"]

# Prepositions that introduce what a stance is about: "warned of famine", "hit out at the plan".
_ABOUT = {"of", "at", "against", "over", "about", "on", "for", "to", "with"}
_POSSESSIVE = {"poss"}
_IN_CUE = {"alarm", "finger", "blame"}
_NOT_SPEAKERS = {"there", "what", "which", "that"}
_ANONYMITY = {"named", "identified", "quoted"}


_NEG_HEADS = {"refuse", "decline", "fail"}
# Verbs that hand their act to a noun object: "issued a warning", "voiced its condemnation".
_LIGHT = {"issue", "give", "make", "deliver", "express", "voice", "offer", "lodge", "file", "publish", "release"}


def _act_of(lex: Lexicon, tok: Token) -> str | None:
    act = lexicon_act(lex, tok)
    if act == "asserts" or act is None:
        return label_act(tok) if tok.pos_ == "VERB" else None
    if tok.lemma_.lower() in _NEG_HEADS and any(
            c.dep_ == "xcomp" and lexicon_act(lex, c) not in (None, "asserts") for c in tok.children):
        return None  # "refused to deny": the inner cue speaks, negated
    return act


def _span(toks: list[Token]) -> Span | None:
    toks = [t for t in toks if not t.is_punct and not t.is_space] or []
    if not toks:
        return None
    return Span(min(t.idx for t in toks), max(t.idx + len(t) for t in toks))


def _object(tok: Token) -> Span | None:
    """What a stance is about: its object, a "to" infinitive ("vowed to fight on"),
    or the object of an "about" preposition ("warned of famine")."""
    after = [c for c in tok.children if c.i > tok.i]
    for c in after:
        if c.dep_ in ("ccomp", "xcomp", "acl"):
            return _span(list(c.subtree))
        # "sounded the alarm over ...", "pointed the finger at ...": the object is part of the cue.
        # ("a group calling itself Coldharbour": a name taken, no stance)
        if c.dep_ == "dobj" and c.lower_ in REFLEXIVES and tok.lemma_.lower() in SELF_NAMING_VERBS \
                and c.i + 1 < len(c.doc) and c.doc[c.i + 1].pos_ == "PROPN" and c.doc[c.i + 1].is_title:
            return None
        if c.dep_ == "dobj" and c.lemma_.lower() not in _IN_CUE:
            return _span(object_tokens(c, tok.lemma_.lower()))
    preps = [c for c in after if c.dep_ in ("prep", "prt")]
    # "pleaded not guilty to charges": the preposition may hang on the complement.
    preps += [g for c in after if c.dep_ in ("dobj", "acomp") for g in c.children if g.dep_ == "prep"]
    for c in preps:
        if c.lower_ in _ABOUT:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return _span(list(pobj.subtree))
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            return _span(list(c.subtree))
    return None


# Nouns for a claim that a relative clause can deny: "..., a claim the company denied". Wider than
# the nouns whose note is cut from a content, since here the clause's verb must deny or reject.
_CLAIM_NOUNS = _ANSWERED_NOUNS | {"suggestion", "account", "report"}


def _answered_claim(doc: Doc, tok: Token, found: list[Found]) -> Span | None:
    """What "..., a claim the company denied" denies: the clause before the comma
    (the content of the statement that ends there, when there is one)."""
    noun = tok.head
    if tok.dep_ not in ("relcl", "acl") or noun.lemma_.lower() not in _CLAIM_NOUNS or noun.i > tok.i:
        return None
    comma = noun.left_edge.i - 1
    if comma <= noun.sent.start or doc[comma].text != ",":
        return None
    end = doc[comma].idx
    for f in found:
        last = f.content[-1]
        if noun.sent.start_char <= last.start and 0 <= end - last.end <= 2:
            return Span(last.start, last.end)
    return _span(list(doc[noun.sent.start:comma]))


def _topic_only(tok: Token) -> bool:
    """A conclusion noun followed only by its topic ("finding on", "assessment of the
    situation in" is kept: "of" can be what was found)."""
    return not any(c.dep_ in ("ccomp", "acl", "relcl") or c.dep_ == "prep" and c.lower_ == "of"
                   for c in tok.children) and any(c.dep_ == "prep" and c.lower_ in ("on", "about", "over")
                                                  for c in tok.children)


def _noun_speaker(tok: Token) -> Token | None:
    """'Her condemnation of ...', "the ministry's denial": the possessor speaks;
    "the regulator issued a warning": the subject of the light verb."""
    poss = next((c for c in tok.children if c.dep_ in _POSSESSIVE), None)
    if poss is not None:
        return poss
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LIGHT:
        return _subject(tok.head)
    return None


_HASHES: dict[tuple[int, int], frozenset[int]] = {}  # per lexicon and string store: a cache, not a setting


def _cue_words(lex: Lexicon) -> frozenset[str]:
    """Lemmas that may carry an act stronger than asserting, or head a phrase that does."""
    words = {c.lemma for table in (lex.verbs, lex.nouns) for c in table.values() if c.act != "asserts"}
    words |= {p.split(" ")[0] for p, c in lex.phrases.items() if c.act != "asserts"}
    return frozenset(words | LABELLING)


def _candidates(doc: Doc, lex: Lexicon) -> list[int]:
    """Token indices worth a look, from lemma hashes: most tokens never become objects."""
    strings = doc.vocab.strings
    key = (id(lex), id(strings))
    wanted = _HASHES.get(key)
    if wanted is None:
        wanted = _HASHES[key] = frozenset(strings.add(w) for w in _cue_words(lex))
    return [i for i, lemma in enumerate(doc.to_array([LEMMA]).reshape(-1).tolist()) if lemma in wanted]


def find_stances(doc: Doc, found: list[Found], lexicon: Lexicon | None = None) -> list[Found]:
    """Stance statements for act cues that have no statement yet."""
    lex = lexicon or load_lexicon()
    taken = {f.cue_token for f in found if f.cue_token is not None}
    spans = [(f.start, f.end) for f in found]
    out: list[Found] = []
    for i in _candidates(doc, lex):
        tok = doc[i]
        if tok.i in taken or tok.pos_ not in ("VERB", "NOUN"):
            continue
        act = _act_of(lex, tok)
        if act is None or act == "asserts" or (act == "declines" and not _declined_speech(tok)):
            continue
        # "a claim the manufacturer, Arkon Chemicals, strongly disputes": a verb the tagger
        # took for a plural noun, still heading its relative clause with a subject
        verb_like = tok.pos_ == "VERB" or tok.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in tok.children)
        if verb_like:
            if tok.tag_ == "VBN" and tok.dep_ == "amod":
                continue  # "the rejected plan"
            if _is_asked_aside(tok):
                continue  # "X, asked about the plan, said ...": X was asked
            if _question(tok):
                continue  # "Will you accept a joint inquiry?": a question claims nothing
            if _interrogation(tok):
                continue  # "Police questioned the driver": no claim questioned
            if _unverified(tok):
                continue  # "Reuters could not verify the allegations": the outlet's check, no stance
            if tok.lemma_.lower() == "find" and (tok.tag_ == "VB" or tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_
                                                 in ("help", "let", "make", "want", "try", "need", "hope", "seek")):
                continue  # "helped thousands of people find work", "trying to find a solution": no finding
            subj = speaker_of(tok, lex)
        else:
            subj = _noun_speaker(tok)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.lower_ in _NOT_SPEAKERS:
            continue
        content = _object(tok)
        if act == "concludes" and tok.pos_ == "NOUN" and _topic_only(tok):
            continue  # "the watchdog's finding on waiting lists": what it is about, not what it found
        if content is None and act in ("denies", "rejects"):
            content = _answered_claim(doc, tok, found)
        if content is None or content.end - content.start < 2:
            continue
        if act == "concludes" and re.match(r"(?:whether|if)\b", doc_text(doc)[content.start:content.end], re.I):
            continue  # "who would decide whether to open a case": the question is still open
        words = {t.lower_ for t in doc[tok.i : tok.i + 8]}
        if words & _ANONYMITY and "not" in words or "anonymity" in words:
            continue  # "asked not to be named": a source's terms, not a stance
        # Inside another statement's content it is part of what that speaker said.
        if any(s <= tok.idx < e for s, e in spans):
            continue
        cue = Span(tok.idx, tok.idx + len(tok))
        out.append(Found("stance", [content], cue, tok.lemma_.lower(), _speaker_span(subj), subj.i,
                         cue_token=tok.i))
    return out

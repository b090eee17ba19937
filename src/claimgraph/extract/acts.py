"""Speech acts: what a speaker did with their words.

A statement's act starts from its cue's entry in the cue lexicon
(``data/cues.tsv``: "denied" denies, "urged" recommends) and is then read
against its frame:

- a participle or prepositional phrase beside a neutral cue carries the act
  ('"...," the ministry said, rejecting the report'; 'said in a denial');
- labelling cues take their act from the label ("called it a farce"
  rejects, "called the killings a genocide" accuses; ``data/act_frames.tsv``);
- a neutral cue whose content calls something untrue denies ("said the
  reports were baseless");
- "asked X to do" and "called on X to" recommend, "called for" too;
- a negated cue ("did not deny", "declined to confirm") is marked
  ``negated``: a negated denial or rejection acknowledges, any other negated
  act is a plain assertion.

The target of a denial, rejection, accusation or condemnation is its object
("rejects the UN's recommendations") or, for a denial or rejection with a
clause, the denied proposition (the statement's content).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ..model import ACTS, Act, Span
from .cues import Lexicon, load_lexicon
from .doctext import doc_text
from .gazetteer import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["LABELLING", "ActReading", "label_act", "lexicon_act", "negated", "object_tokens", "read_act"]

_TARGETED: frozenset[str] = frozenset({"denies", "rejects", "accuses", "condemns"})
# Neutral verbs that take their act from the label they give: "called it a farce".
# ("dismissed the complaints as unfounded" stays a rejection: the verb already takes a stance.)
LABELLING = {"call", "brand", "label", "describe", "term", "characterise", "characterize"}
_NEUTRAL = {"asserts"}
_NEG_HEADS = {"refuse", "decline", "fail"}
_CHARGING = {"accuse", "blame", "charge", "castigate", "censure", "rebuke", "fault", "criticise", "criticize"}


@dataclass(frozen=True)
class ActReading:
    """The act of one statement, whether its cue is negated, and its target."""

    act: Act
    negated: bool = False
    target: Span | None = None


@dataclass(frozen=True)
class _Frames:
    label: dict[str, Act]
    content: dict[str, Act]
    negated_content: dict[str, Act]


@lru_cache(maxsize=1)
def _frames() -> _Frames:
    text = resources.files("claimgraph").joinpath("data/act_frames.tsv").read_text(encoding="utf-8")
    label: dict[str, Act] = {}
    content: dict[str, Act] = {}
    negated: dict[str, Act] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, where, act = line.split("\t")
        if act not in ACTS:
            raise ValueError(f"act_frames.tsv: unknown act {act!r} for {word!r}")
        a: Act = act  # type: ignore[assignment]
        if where == "label":
            label[word] = a
        elif word.startswith(("no ", "not ")):
            negated[word.split(" ", 1)[1]] = a
        else:
            content[word] = a
    return _Frames(label, content, negated)


def lexicon_act(lex: Lexicon, tok: Token) -> Act | None:
    lemma = tok.lemma_.lower()
    # Phrasal entries first: "brushed aside", "ruled out", "called on", "sounded the alarm".
    for c in tok.children:
        if c.dep_ in ("prt", "prep", "dobj", "oprd", "acomp", "ccomp", "advmod") and c.i > tok.i:
            phrase = lex.phrases.get(f"{lemma} {c.lemma_.lower()}")
            if phrase is not None and phrase.act in ACTS:
                return phrase.act  # type: ignore[return-value]
    cue = lex.noun(lemma) if tok.pos_ in ("NOUN", "PROPN") else lex.verb(lemma)
    if cue is None:
        cue = lex.verb(lemma) or lex.noun(lemma) or (lex.adjective(tok.lower_) if tok.dep_ == "acomp" else None)
    if cue is None or cue.act not in ACTS:
        return None
    return cue.act  # type: ignore[return-value]


def negated(tok: Token) -> bool:
    """'did not deny', 'never accused', 'declined to confirm', 'stopped short of rejecting'."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in _NEG_HEADS and head.i != tok.i:
        return True
    return tok.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ == "short"


def _span(doc: Doc, toks: Sequence[Token]) -> Span | None:
    toks = [t for t in toks if not t.is_punct or t.i not in (toks[0].i, toks[-1].i)]
    if not toks:
        return None
    return Span(toks[0].idx, toks[-1].idx + len(toks[-1].text))


def object_tokens(obj: Token, cue_lemma: str) -> list[Token]:
    """An object phrase without what the parser hangs on it but belongs to the
    verb: "as a smear" (dismissed X as ...), "of lying" (accused X of ...), and
    time ("rejected the plan on Friday")."""
    drop: set[int] = set()
    for t in obj.subtree:
        if t.dep_ != "prep" or t.i < obj.i:
            continue
        pobj = next((g for g in t.children if g.dep_ in ("pobj", "pcomp")), None)
        timely = pobj is not None and pobj.ent_type_ in ("DATE", "TIME")
        if t.lower_ == "as" or timely or (t.lower_ in ("of", "for") and t.head.i == obj.i
                                          and cue_lemma in _CHARGING):
            drop.update(x.i for x in t.subtree)
    return [t for t in obj.subtree if t.i not in drop]


def _object(doc: Doc, tok: Token) -> Span | None:
    """The object of an act-bearing word: "rejected the plan", "rejection of the plan",
    "the plan was rejected"."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return _span(doc, object_tokens(c, tok.lemma_.lower()))
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "to") and tok.pos_ == "NOUN":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _span(doc, list(pobj.subtree))
    return None


def label_act(tok: Token, frames: _Frames | None = None) -> Act | None:
    """The act a labelling cue's predicate carries: 'called it a farce'."""
    if tok.lemma_.lower() not in LABELLING:
        return None
    frames = frames or _frames()
    for c in tok.subtree:
        if c.i == tok.i or c.i > tok.i + 12 or _in_clause_below(c, tok):
            continue
        if c.dep_ in ("oprd", "attr", "acomp", "dobj", "pobj", "ccomp", "xcomp", "conj", "amod", "appos",
                      "npadvmod"):
            act = frames.label.get(c.lower_) or frames.label.get(c.lemma_.lower())
            if act is not None:
                return act
    return None


def _in_clause_below(t: Token, top: Token) -> bool:
    """``t`` sits in a relative or participle clause under ``top``'s object ('called
    a report that found violations "a farce"': "violations" is the report's word)."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


def _quoted_label(doc: Doc, content: Sequence[Span], frames: _Frames) -> tuple[Act, int] | None:
    """The act of a label quoted at the end of a labelling statement that the parse
    did not hang on the cue ('called a report that concluded A "a hodgepodge of lies"'),
    and where its opening mark is."""
    last = max(content, key=lambda s: s.end)
    span = doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None or len(span) < 3 or not span[-1].is_quote:
        return None
    words = []
    opening = None
    for t in reversed(span[:-1]):
        if t.is_quote:
            opening = t
            break
        words.append(t)
    if opening is None:
        return None  # no opening mark: not a quoted label
    for t in reversed(words):
        act = frames.label.get(t.lower_) or frames.label.get(t.lemma_.lower())
        if act is not None:
            return act, opening.idx
    return None


def _content_act(doc: Doc, tok: Token, content: Sequence[Span], frames: _Frames) -> Act | None:
    """A neutral cue whose reported clause calls something untrue or invalid."""
    lo = min(s.start for s in content)
    hi = max(s.end for s in content)
    for c in tok.children:
        if c.dep_ not in ("ccomp", "conj", "xcomp") or not (lo <= c.idx < hi):
            continue
        for w in [c, *c.children]:
            word = w.lemma_.lower()
            negated = any(g.dep_ == "neg" or g.lower_ == "no" for g in w.children) or w.head.lower_ == "no"
            act = frames.negated_content.get(word) if negated else frames.content.get(word)
            if act is None and negated and w.lower_ in frames.negated_content:
                act = frames.negated_content[w.lower_]
            if act is not None:
                return act
            for g in w.children:
                if g.dep_ in ("acomp", "attr") and frames.content.get(g.lemma_.lower()):
                    return frames.content[g.lemma_.lower()]
    return None


_SELF = {"i", "we", "it", "he", "she", "they"}


def _may_be_a_person(cue: Token) -> bool:
    """The cue's subject could be a "he" or "she": not a common noun for a thing or a
    body ("a newspaper", "the report", "the ministry"). Names count as people, since
    the tagger calls many surnames organisations."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() in PERSON_NOUNS or (
        subj.is_title and subj.i != subj.sent.start)  # ("Sanders said he ...": a name tagged as a noun)


def _own_act(tok: Token, content: Sequence[Span], lex: Lexicon) -> tuple[Token, Act] | None:
    """'The ministry said it rejected the accusations', 'Mr Wang said Beijing "rejects" ...':
    the speaker reports its own act, so the statement is that act. Only when the
    clause's subject is a pronoun or a place standing for a government; "he said
    the court rejected the appeal" reports someone else's act."""
    lo = min(s.start for s in content)
    hi = max(s.end for s in content)
    for c in tok.children:
        if c.dep_ != "ccomp" or not (lo <= c.idx < hi) or c.pos_ != "VERB":
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subj is None or not (subj.lower_ in _SELF or subj.ent_type_ == "GPE"):
            continue
        if subj.lower_ in ("he", "she") and not _may_be_a_person(tok):
            continue  # "a newspaper reported that she had accepted fees": not the paper's own act
        act = lexicon_act(lex, c)
        # "said it would not reject the offer" reports an intention, not a rejection.
        if act is not None and act not in _NEUTRAL and act != "asks" and not negated(c):
            return c, act
    return None


def _frame_word(tok: Token, lex: Lexicon) -> tuple[Token, Act] | None:
    """A word beside a neutral cue that carries a stronger act: "said, rejecting the
    report", "said in a denial", "responded with a warning", "contested the figures,
    saying ...", "issued a rebuttal, stating ..."."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i != tok.i:
        head = tok.head
        act = lexicon_act(lex, head) if head.pos_ == "VERB" else None
        if act is not None and act not in _NEUTRAL:
            return head, act
        for c in head.children:
            if c.dep_ == "dobj" and c.pos_ == "NOUN":
                act = lexicon_act(lex, c)
                if act is not None and act not in _NEUTRAL:
                    return c, act
    for c in tok.children:
        if c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG":
            act = lexicon_act(lex, c)
            if act is not None and act not in _NEUTRAL:
                return c, act
        if c.dep_ == "prep" and c.lower_ in ("in", "with", "as"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            # (the noun's own entry only: "in a 14-page order" is a court's document, not "order")
            noun = None if pobj is None or pobj.pos_ != "NOUN" else lex.noun(pobj.lemma_.lower())
            if noun is not None and noun.act in ACTS and noun.act not in _NEUTRAL:
                return pobj, noun.act  # type: ignore[return-value]
    return None


def _object_of_plea(doc: Doc, tok: Token) -> Span | None:
    """"to charges that ..." after a plea."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "acomp")]
    for c in (g for h in heads for g in h.children):
        if c.dep_ == "prep" and c.lower_ == "to":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _span(doc, object_tokens(pobj, "plead"))
    return None


def read_act(doc: Doc, cue_token: int | None, cue_lemma: str | None, content: Sequence[Span],
             lexicon: Lexicon | None = None) -> ActReading:
    """The act of a statement whose cue is token ``cue_token`` (None when it has
    no cue of its own: a carried or uncued statement asserts)."""
    lex = lexicon or load_lexicon()
    if cue_token is None:
        return ActReading("asserts")
    tok = doc[cue_token]
    if cue_lemma == "according to":
        return ActReading("asserts")
    if cue_lemma == ":" and content:
        # 'HOST: So you reject the audit?': a turn that only asks
        text = doc_text(doc)
        said = " ".join(text[c.start : c.end + 1] for c in content).strip().rstrip("\"'”’)")
        if said.endswith("?") and not re.search(r"[.!]\s", said):
            return ActReading("asks")
    frames = _frames()
    bearer = tok
    label_at: int | None = None  # where a quoted label starts that the parse put in the object
    act = lexicon_act(lex, tok) or "asserts"
    lemma = tok.lemma_.lower()
    if lemma == "ask":
        # "asked the court to halt ..." requests an action; "asked whether ..." questions.
        if any(c.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
               for c in tok.children):
            act = "recommends"
    elif lemma == "plead" and any(c.lower_ == "guilty" for c in tok.children):
        # "pleaded not guilty to charges" denies them; "pleaded guilty" admits them.
        guilty = next(c for c in tok.children if c.lower_ == "guilty")
        denied = any(g.dep_ == "neg" for g in guilty.children) or negated(tok)
        return ActReading("denies" if denied else "acknowledges", False, _object_of_plea(doc, tok))
    elif lemma in ("demand", "want", "seek") and any(c.dep_ == "xcomp" and c.lemma_ == "know" for c in tok.children):
        act = "asks"  # "demanded to know why ..."
    elif lemma == "call":
        parts = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt")}
        if "for" in parts or "on" in parts or "upon" in parts:
            act = "recommends"
    if lemma in LABELLING:
        labelled = label_act(tok, frames)
        if labelled is None and content and act == "asserts":  # (not "called for")
            quoted = _quoted_label(doc, content, frames)
            if quoted is not None:
                labelled, label_at = quoted
        if labelled is not None:
            act = labelled
    if act in _NEUTRAL:
        extra = _frame_word(tok, lex) or (_own_act(tok, content, lex) if content else None)
        if extra is not None:
            bearer, act = extra
        elif content:
            act = _content_act(doc, tok, content, frames) or act
    is_negated = negated(tok) or (bearer.i != tok.i and negated(bearer))
    if is_negated:
        refused = bearer.dep_ == "xcomp" and bearer.head.lemma_.lower() == "refuse"
        if act in ("denies", "rejects"):
            act = "acknowledges"
        elif act == "acknowledges" and refused:
            act = "rejects"  # "refused to accept the results", "refused to recognise the vote"
        else:
            act = "asserts"
    target = None
    if act in _TARGETED or (is_negated and act == "acknowledges"):
        target = _object(doc, bearer)
        if target is not None and label_at is not None and target.start < label_at < target.end:
            target = Span(target.start, target.start + len(doc_text(doc)[target.start:label_at].rstrip()))
        if target is None and (bearer.i == tok.i or bearer.pos_ == "NOUN") and content \
                and act in ("denies", "rejects", "acknowledges"):
            lo = min(s.start for s in content)
            hi = max(s.end for s in content)
            target = Span(lo, hi)
    return ActReading(act, is_negated, target)

"""Statements from cues that are not verbs: "according to X", a colon after a
speaker or a headline label, and nouns such as "the claim that".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cues import Lexicon
from ..doctext import doc_text
from ..gazetteer import ORG_NOUNS, PERSON_NOUNS
from .found import _content_from_tokens, _Index, _statement
from .subjects import _subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokSpan

__all__ = []


def _according_to(tok: Token) -> tuple[Token, Token] | None:
    """(speaker, clause head) for "according to X, ..." / "..., according to X"."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    head = tok.head
    if head.i == tok.i:
        return None
    return pobj, head


def _named_after(doc: Doc, speaker: Token, end: int, sent_end: int) -> tuple[Token, int] | None:
    """(name, first token of the claim) when "according to" a described source is
    followed by its name set off by commas: "a consumer group, Fair Trade Watch, ..."."""
    if speaker.pos_ != "NOUN" or speaker.lemma_.lower() not in ORG_NOUNS | PERSON_NOUNS:
        return None  # "an FBI summary, Cheryl Mills, ...": a document has no such name
    k = end + 1
    if k >= sent_end or doc[k].text != ",":
        return None
    m = k + 1
    while m < sent_end and (doc[m].pos_ == "PROPN" or doc[m].is_title and m > k + 1):
        m += 1  # "Fair Rent Now": the parse may read a capitalised word of a name as another part of speech
    if m == k + 1 or m + 1 >= sent_end or doc[m].text != ",":
        return None
    # "officials, Smith, who was arrested, had fled" and "Smith, 45, had fled" set off the
    # claim's own subject: the name is the source's only when a clause with a subject follows.
    rest = doc[m + 1:sent_end]
    verb = next((t.i for t in rest if t.pos_ in ("VERB", "AUX")), sent_end)
    if rest[0].tag_ in ("WDT", "WP", "WP$", "WRB", "CD") or \
            any(t.text == "," for t in doc[m + 1:verb]) or \
            not any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ not in ("WDT", "WP") for t in rest):
        return None
    name = [t for t in doc[k + 1:m] if t.pos_ == "PROPN"] or list(doc[k + 1:m])
    root = next((t for t in name if not k < t.head.i < m), name[-1])
    return root, m + 1


_HEADLINE_LABELS = {"breaking", "busted", "bombshell", "correction", "exclusive", "watch", "editorial", "opinion",
                    "look", "poll", "video", "photos", "analysis", "live", "explainer", "quiz", "podcast"}


def _headline_speaker(doc: Doc, left: TokSpan) -> Token | None:
    """The name before a colon that opens a paragraph, when it is a name or a
    noun and nothing else (no verb, at most six words)."""
    words = [t for t in left if not t.is_punct and not t.is_space]
    if not 1 <= len(words) <= 6 or words[0].i != left.start:
        return None
    if left.start > 0 and "\n" not in doc[left.start - 1].text_with_ws and left.start != 0:
        return None
    heads = [t for t in words if not (left.start <= t.head.i < left.end) or t.head.i == t.i]
    head = heads[-1] if heads else words[-1]
    if head.pos_ not in ("PROPN", "NOUN") or head.lower_ in ("transcript", "update", "note", "editor", "photo"):
        return None
    if head.pos_ == "NOUN" and any(c.dep_ in ("det", "nummod", "amod", "poss", "compound") for c in head.children):
        return None  # "One conclusion: ...", "Another problem for X: ...": a label, no source
    if len(words) == 1 and words[0].lower_ in _HEADLINE_LABELS:
        return None
    return head


def _categorical_source(left: TokSpan) -> Token | None:
    """The speaker of "X was categorical:" / "The minister is clear:": a source
    (a name, an organisation or a person noun) and a form of "to be" with an
    adjective, nothing else."""
    words = [t for t in left if not t.is_punct]
    root = next((t for t in words if t.head.i == t.i or not left.start <= t.head.i < left.end), None)
    if root is None or root.lemma_ != "be" or len(words) > 8:
        return None
    if not any(c.dep_ == "acomp" for c in root.children) or any(
            c.dep_ not in ("nsubj", "acomp", "advmod", "neg", "punct") for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "PROPN" or subj.lemma_.lower() in ORG_NOUNS | PERSON_NOUNS):
        return None
    return subj


def _colon_cue(doc: Doc, colon: Token, idx: _Index, add) -> None:  # type: ignore[no-untyped-def]
    """"Senator Lee: Tax plan is dead on arrival." A headline-style source (a
    name or a bare noun, no verb), a colon, then a clause of its own."""
    sent = colon.sent
    if colon.i + 1 >= sent.end or idx.quote_of(doc[colon.i + 1]) >= 0 or doc[colon.i + 1].is_quote:
        return  # a quotation after the colon is the quote pass's business
    left = doc[sent.start : colon.i]
    right = [t for t in doc[colon.i + 1 : sent.end] if not (t.is_punct and t.i == sent.end - 1)]
    if not 1 <= len(left) <= 10 or len(right) < 4:
        return
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in right):
        return
    if any(t.pos_ in ("VERB", "AUX") for t in left):
        # "The ministry was categorical: ..." (a source, "to be", a manner) against
        # "One thing is clear: ...", "Caution is warranted: ...": any other clause
        # before the colon is the writer's own framing far more often than a report.
        subj = _categorical_source(left)
    else:
        # A headline: "Senator Lee: Tax Plan Is 'Dead on Arrival'".
        subj = _headline_speaker(doc, left)
    if subj is None:
        return
    span = _content_from_tokens(doc, right, idx)
    if span is None:
        return
    if subj.text == "Q" and doc_text(doc)[span.start : span.end + 1].rstrip().endswith("?"):
        return  # an interviewer's question asks; it claims nothing
    add(_statement(doc, idx, span, [colon], ":", subj))


def _denial_cue(verb: Token, lex: Lexicon) -> bool:
    """A cue verb whose act is to deny or reject ("denied", "dismissed")."""
    cue = lex.verb(verb.lemma_)
    return cue is not None and cue.act in ("denies", "rejects")


def _answers(verb: Token, lex: Lexicon) -> bool:
    """A verb whose subject answers a claim made by someone else: "denied claims
    that ...", "pleaded not guilty to charges that ..."."""
    return _denial_cue(verb, lex) or verb.lemma_.lower() == "plead" or any(c.lower_ == "guilty" for c in verb.children)


def _noun_cue(doc: Doc, tok: Token, lex: Lexicon, idx: _Index, add) -> None:  # type: ignore[no-untyped-def]
    """"the claim that ...", "Trump's assertion that ..."."""
    cue = lex.noun(tok.lemma_)
    if cue is None:
        return
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "appos")
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None:
        clause = _displaced_that_clause(doc, tok, lex)
    if clause is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        # "Her argument is that the port ...", "The mayor's view was that ...": the
        # clause after the copula is what the noun says
        clause = next((c for c in tok.head.children if c.dep_ in ("ccomp", "attr") and c.i > tok.head.i
                       and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None:
        return
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in clause.children) and \
            _denial_cue(clause, lex):
        return  # "a claim that officials have denied": "that" is the relative pronoun, the claim is before
    span = _content_from_tokens(doc, list(clause.subtree), idx)
    if span is None:
        return
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    of = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1
               and (c.lower_ == "of" or c.lower_ == "by" and c.i + 1 < len(doc) and doc[c.i + 1].pos_ == "DET")), None)
    if poss is None and of is not None:
        # "the contention of Hillary Clinton that ...", "the suggestion by a senator that ...": whose
        owner = next((c for c in of.children if c.dep_ == "pobj"), None)
        if owner is not None and (owner.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or owner.pos_ == "PROPN"
                                  or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in owner.children)
                                  or of.lower_ == "by" and owner.pos_ == "NOUN"):
            poss = owner
    if poss is None:
        # "X said in a statement that ...", "X made the claim that ...": the noun's
        # speaker is the subject of the verb it hangs from.
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        if verb.pos_ == "VERB" and (tok.dep_ in ("dobj", "pobj")) and verb.i < tok.i \
                and not _answers(verb, lex):
            poss = _subject(verb)
            if poss is not None and (idx.quote_of(poss) >= 0 or poss.lower_ in ("it", "there", "this", "what")):
                poss = None
    f = _statement(doc, idx, span, [tok], tok.lemma_.lower(), poss)
    if f.kind == "indirect" and cue.weak:
        return
    add(f)


def _displaced_that_clause(doc: Doc, noun: Token, lex: Lexicon) -> Token | None:
    """'her assertion at the hearing that "..."': the that-clause the parse hung on
    the noun of a short phrase right after the cue noun."""
    i = noun.right_edge.i + 1
    if i < len(doc) and doc[i].lower_ == "that" and doc[i].dep_ == "mark" and doc[i].head.i > i \
            and doc[i].head.dep_ in ("advcl", "ccomp") and doc[i].head.head.i == noun.head.i \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        # "the contention of Ana Ruiz that some of the minutes ...": the parse hung
        # the clause on the verb over the noun
        return doc[i].head
    if i >= len(doc) or doc[i].dep_ != "prep" or doc[i].i - noun.i > 3:
        return None
    pobj = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "NOUN" or lex.noun(pobj.lemma_) is not None or pobj.i - i > 4:
        return None
    return next((c for c in pobj.children if c.dep_ in ("acl", "ccomp") and c.i > pobj.i
                 and any(g.lower_ == "that" and g.dep_ == "mark" and g.i == pobj.i + 1 for g in c.children)), None)


def _adjective_cue(doc: Doc, tok: Token, idx: _Index, lex: Lexicon, add) -> bool:  # type: ignore[no-untyped-def]
    """"The Committee is concerned that ...", "Officials are confident that ...": a
    state of mind after "to be", with a clause of its own; its subject speaks."""
    if tok.dep_ != "acomp" or lex.adjective(tok.lower_) is None or tok.head.lemma_ != "be":
        return False
    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if subj is None or comp is None or idx.quote_of(subj) >= 0:
        return False
    span = _content_from_tokens(doc, list(comp.subtree), idx)
    if span is None:
        return False
    add(_statement(doc, idx, span, [tok], tok.lower_, subj))
    return True

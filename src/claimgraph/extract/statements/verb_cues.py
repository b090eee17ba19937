"""Statements from verbs of saying and belief: their reported clause, object
or quoted predicate, and quotations the verb interrupts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cues import Lexicon
from ..doctext import doc_text
from .edges import (
    _NONRESTRICTIVE,
    _dash_tail,
    _drop_participles,
    _drop_quoting_conj,
    _drop_speaker_conj,
    _drop_trailing,
    _finite,
    _frame,
    _introduced_quote,
    _object_tail,
    _scene,
    _trailing_clauses,
    _venue_tail,
)
from .found import (
    _REL_PRONOUNS,
    _classify,
    _content_from_tokens,
    _Index,
    _speaker_span,
    _statement,
    _subtree_minus,
    _tok_span,
    _whole_quote,
)
from .not_speech import (
    _asked,
    _calls_for,
    _declined_speech,
    _idiom,
    _interrogation,
    _naming_participle,
    _so_called,
    _title_like,
    _unverified,
)
from .subjects import _PREDICATIVE_CUES, _is_asked_aside, _name_after, _subject, speaker_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = []


# Cues whose complement may be an infinitive ("urged Beijing to release ..."). Intentions
# ("want to", "pledged to", "plans to") are left out: they are plans, rarely reported speech.
_XCOMP_CUES = {
    "urge", "ask", "promise", "warn", "threaten", "demand", "tell", "call", "advise", "recommend",
    "encourage", "order", "request", "propose", "agree", "hope", "expect", "beg", "invite", "instruct",
    "appeal", "claim", "deny", "admit", "decline",
}


# ... and those whose infinitive is a statement only with a quotation in it ('vowed to "open up"
# libel laws'): unquoted, "vowed to fight on" is mostly a plan, not a report (PolNeAR train).
_XCOMP_QUOTED_CUES = {"vow", "pledge", "swear"}


# Stances whose object is what they are about: "endorsed Cruz", "denied the allegations"
# (kept to those that name a statement's target more often than not on PolNeAR train).
_OBJECT_CUES = {
    "endorse", "praise", "criticize", "criticise", "reject", "deny", "dismiss", "denounce", "propose",
    "announce", "question", "applaud", "blast", "slam", "hail", "refute", "rebut", "repudiate",
}


def _interrupted(doc: Doc, cue: Token, idx: _Index, lex: Lexicon, add,  # type: ignore[no-untyped-def]
                 speech: bool = True) -> bool:
    """'Most of the layoffs, she said, have hit ...': one statement in two
    pieces around a cue set off by commas, neither piece quoted."""
    subj = _subject(cue)
    if subj is None or subj.i > cue.i or idx.quote_of(subj) >= 0 or subj.lower_ in _REL_PRONOUNS:
        return False  # "Older voters, who back Lee, have ...": a relative clause, no report
    sent = cue.sent
    lo = subj.left_edge.i
    if lo - 1 <= sent.start or doc[lo - 1].text != ",":
        return False
    hi = next((t.i for t in doc[cue.i + 1 : sent.end] if t.text == ","), None)
    if hi is None or hi + 2 >= sent.end or hi - cue.i > 4:
        return False
    left = [t for t in doc[sent.start : lo - 1] if not t.is_space]
    right = [t for t in doc[hi + 1 : sent.end] if not t.is_space]
    if not left or left[-1].lower_ in _REL_PRONOUNS or right[0].tag_ == "VBG":
        return False  # "forms which, the party says, show ...", "..., the report said, noting ..."
    quoted = any(idx.quote_of(t) >= 0 for t in left + right) or any(t.is_quote for t in left + right)
    if quoted and (cue.lemma_.lower() in _PREDICATIVE_CUES or any(t.dep_ == "oprd" for t in doc[cue.i + 1 : hi])):
        return False  # "..., Lee called Ruiz, his rival, a 'fraud'": the commas set off an apposition
    if quoted and (right[0].is_quote or idx.quote_of(right[0]) >= 0) and _frame(left) and _scene(left, lex):
        return False  # 'In an interview, Lee said, "..."': a frame for the quotation, not a piece of it
    if any(c.dep_ not in ("punct", "cc", "conj") and c.i > cue.i and c.left_edge.i < hi < c.right_edge.i
           for c in cue.children):
        return False  # 'In the ruling, Lee wrote that the law, ...': the comma is inside the complement
    if quoted:
        # 'For most voters, she said, their "patience has run out."': a quotation
        # after the cue marks the sentence as reported speech, so the words before
        # the cue are its first piece. Both pieces quoted whole is the quote pass's.
        if _whole_quote(left, idx) or not any(idx.quote_of(t) >= 0 for t in right):
            return False
        own = [t for t in left if t.pos_ == "VERB" and idx.quote_of(t) < 0 and lex.verb(t.lemma_) is not None]
        if any(t.lemma_ == "say" for t in own) or (own and any(
                idx.quote_of(t) >= 0 or (t.is_quote and t.tag_ != "POS") for t in left)):
            # 'He said he was not there, and when asked why, he said, "..."': the
            # left piece is a report of its own.
            return False
    elif right[0].pos_ not in ("AUX", "VERB") or right[0].tag_ == "VBG":
        # The tail goes on with the left piece's predicate, or is a clause of its
        # own after a lead-in: "If the vote is close, the campaign said, it will ..."
        rset = {t.i for t in right}
        if not speech or cue.tag_ == "VBG" or not any(
                t.pos_ in ("VERB", "AUX") and (t.tag_ not in ("VBG", "VBN", "TO") or any(
                    a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in t.children))
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i in rset for c in t.children)
                for t in right):
            return False
    pieces = [p for p in (_content_from_tokens(doc, left, idx), _content_from_tokens(doc, right, idx)) if p]
    if len(pieces) != 2:
        return False
    f = _statement(doc, idx, pieces[0], [cue], cue.lemma_.lower(), subj)
    kind, piece, qs = _classify(doc, pieces[1], idx)
    f.content.append(piece)
    f.quotes.extend(qs)
    if f.quotes:
        f.kind = "mixed"
    add(f)
    return True


# Verbs of saying that take no object: after one, a name set off by commas is the
# speaker ("X, the party's leader, praised the plan, ..." is an object).
_INVERTING_CUES = {"say", "add", "write", "note", "argue", "explain", "insist", "observe", "recall", "predict",
                   "acknowledge", "contend", "maintain", "caution", "complain", "conclude"}


def _inverted_interrupted(doc: Doc, cue: Token, idx: _Index, add) -> bool:  # type: ignore[no-untyped-def]
    """'The plan, said the minister, will cost less': one statement in two pieces
    around an inverted cue and its speaker, set off by commas, neither quoted."""
    if cue.i < 2 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ", "VBP") \
            or cue.lemma_.lower() not in _INVERTING_CUES or cue.i + 1 >= len(doc):
        return False
    sent = cue.sent
    if cue.i - 2 <= sent.start or cue.i + 1 >= sent.end:
        return False
    first = doc[cue.i + 1]
    if first.pos_ not in ("DET", "PROPN", "NOUN", "ADJ") or first.ent_type_ in ("DATE", "TIME"):
        return False
    own = _subject(cue)
    if own is not None and own.i < cue.i and any(c.dep_ == "appos" for c in own.children):
        return False  # "X, the party's leader, said Y, ...": not inverted
    commas = [t.i for t in doc[cue.i + 1 : min(sent.end, cue.i + 16)] if t.text == ","]
    if not commas:
        return False
    hi = commas[0]
    name = list(doc[cue.i + 1 : hi])
    nset = {t.i for t in name}
    heads = [t for t in name if t.head.i not in nset and t.pos_ in ("PROPN", "NOUN")]
    if not heads or any(t.pos_ in ("VERB", "AUX") for t in name):
        return False
    if len(commas) > 1 and any(t.dep_ == "appos" and t.head.i in nset for t in doc[hi + 1 : commas[1]]):
        hi = commas[1]  # "said Ann Lee, a lawyer for the firm, ..."
    if hi + 1 < sent.end and doc[hi + 1].lower_ in _NONRESTRICTIVE:
        # "said Ann Lee, who chairs the board, ...": past the relative clause
        rel_end = max((t.right_edge.i for t in doc[hi + 1 : sent.end] if t.dep_ == "relcl" and t.head.i in nset),
                      default=None)
        if rel_end is None or rel_end + 1 >= sent.end or doc[rel_end + 1].text != ",":
            return False
        hi = rel_end + 1
    left = [t for t in doc[sent.start : cue.i - 1] if not t.is_space]
    right = [t for t in doc[hi + 1 : sent.end] if not t.is_space]
    words = [t for t in right if not t.is_punct]
    if not left or len(words) < 3 or left[-1].lower_ in _REL_PRONOUNS or right[0].tag_ == "VBG":
        return False
    if any(idx.quote_of(t) >= 0 or t.is_quote for t in left + right):
        return False  # the quote pass's
    rset = {t.i for t in right}
    if any(t.head.i in nset and t.dep_ in ("appos", "relcl", "acl") for t in right) \
            or right[0].lower_ in ("a", "an", "another"):
        return False  # "..., said Ann Lee, a lawyer who ...": the tail is about the speaker
    clause = any(_finite(t) and any(c.dep_ in ("nsubj", "nsubjpass") and c.i in rset for c in t.children)
                 for t in right)
    if not clause and not (_finite(right[0]) and not any(_finite(t) for t in left)):
        return False  # "..., said Ann Lee, a lawyer.": the tail is about the speaker
    pieces = [p for p in (_content_from_tokens(doc, left, idx), _content_from_tokens(doc, right, idx)) if p]
    if len(pieces) != 2:
        return False
    f = _statement(doc, idx, pieces[0], [cue], cue.lemma_.lower(), heads[0])
    f.content.append(pieces[1])
    add(f)
    return True


def _reduced_cue(cue: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """"Several papers reported on Friday the port police had ...": the
    parse reads the cue as a participle on its subject ("papers reported on
    Friday" as a reduced relative) and makes the reported clause the root,
    with two subjects. Returns the root and the reported clause's tokens."""
    if cue.dep_ != "acl" or cue.tag_ not in ("VBD", "VBN") or cue.head.dep_ != "nsubj":
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "agent", "nsubjpass", "auxpass") for c in cue.children):
        return None
    root = cue.head.head
    if lex.verb(root.lemma_) is not None:
        return None  # "A statement released on Monday, X said ...": the root is the cue
    last = max(t.i for t in cue.subtree)
    after = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and last < c.i < root.i]
    if root.dep_ != "ROOT" or len(after) != 1 or root.i < cue.i:
        return None
    lo = after[0].left_edge.i
    toks = list(cue.doc[lo : root.right_edge.i + 1])
    while toks and toks[-1].is_punct and not toks[-1].is_quote:
        toks.pop()
    return (root, toks) if len(toks) >= 3 else None


# Cues whose object is the hearer ("told the judges that ..."), not what was said.
_TELL_HEARER = frozenset({"tell", "inform", "assure", "warn", "remind", "notify", "advise",
                          "brief", "caution", "promise", "reassure"})


def _buried_that_clause(cue: Token) -> Token | None:
    """"Ruiz said after a vote in 2019 that she had doubts": the parse
    hangs the that-clause on the noun of a phrase between the cue and it, as a
    relative clause. A relative clause has no complementiser ("a vote that
    passed": "that" is its subject), so one with "that" as its mark is the
    cue's complement. Returns the clause's head."""
    for prep in cue.rights:
        # "told the nine judges that the tally sheets added up to ...": hung on the hearer
        if prep.dep_ not in ("prep", "npadvmod", "advmod") and not (
                prep.dep_ == "dobj" and cue.lemma_.lower() in _TELL_HEARER):
            continue
        # ("said through a lawyer that he would cooperate": "that" read as the object of a
        # relative clause on the lawyer; one speaks through a lawyer, not about one)
        marks = ("mark", "dobj") if prep.dep_ == "prep" and prep.lower_ in ("through", "via") else ("mark",)
        for t in prep.subtree:
            if t.dep_ == "relcl" and t.i > cue.i and any(
                    c.dep_ in marks and c.lower_ == "that" and c.i == t.left_edge.i for c in t.children) and any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ != "that" for c in t.children):
                return t
    return None


def _participle_that_clause(comp: Token) -> Token | None:
    """"said in a report released on Friday that 30 journalists had been held":
    the parse made "released", which goes with the report, the cue's complement
    and hung the that-clause on it. Returns the that-clause's head."""
    if comp.tag_ not in ("VBD", "VBN") or comp.i == 0 or comp.doc[comp.i - 1].pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
        return None
    return next((c for c in comp.children if c.dep_ == "ccomp" and c.i > comp.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                 and any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in c.children)), None)


# First words of a fronted piece that is no content: "Asked whether ..., X said." asks, "When ..." frames.
_NOT_FRONTED_CONTENT = ("asked", "when", "while", "after", "before", "as")


def _fronted_misparse(doc: Doc, tok: Token, lex: Lexicon) -> list[Token]:
    """"Those who borrow to study struggle, even with a good wage, she said.": the
    cue is the sentence's root with only its subject after the comma, and the
    parse hung the clause before it on the cue as loose pieces (no ccomp).
    Returns the tokens before the comma, or [] when the sentence is not built so."""
    if tok.dep_ != "ROOT" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd")
                                 or (c.dep_ == "aux" and c.tag_ == "MD") for c in tok.children):
        return []
    subj = _subject(tok)
    if subj is None or subj.head.i != tok.i or subj.i > tok.i or any(t.i > subj.i for t in subj.subtree):
        return []
    comma = subj.left_edge.i - 1
    if comma <= tok.sent.start or doc[comma].text != "," or tok.i - subj.i > 2:
        return []
    for t in doc[tok.i + 1 : tok.sent.end]:
        if not (t.is_punct or t.dep_ in ("npadvmod", "advmod", "prep", "pobj", "det", "compound", "amod", "nummod")):
            return []
    left = [t for t in doc[tok.sent.start : comma] if not t.is_space]
    if len(left) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in left) or left[0].is_punct \
            or left[0].lower_ in _NOT_FRONTED_CONTENT:
        return []  # "Asked whether ..., X said.": the question is not what X said
    if any(t.pos_ == "VERB" and lex.says(t.lemma_) for t in left):
        return []  # "If A, the campaign said, it will ask for B": the cue is inside the left part
    return left


def _fronted_before_inverted(doc: Doc, tok: Token, lex: Lexicon, idx: _Index) -> list[Token]:
    """'Couple exposure with a "lightning rod" and residents get nervous, said Ada
    Lind, ...': the speaker after the cue, and the sentence before the comma that
    the parse hung on the cue as its subject instead of a complement. Returns the
    tokens before the comma, or []."""
    if tok.lemma_.lower() not in _INVERTING_CUES or tok.i < 5 or doc[tok.i - 1].text != "," \
            or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children):
        return []
    after = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i), None)
    if after is None or after.pos_ not in ("PROPN", "NOUN") or idx.quote_of(after) >= 0 \
            or after.left_edge.i != tok.i + 1:
        return []
    end = after.right_edge.i + 1
    if end < len(doc) and doc[end].text not in (",", ".", "!", "?"):
        return []  # "said the government's description ... was false": a complement, not a speaker
    sent = tok.sent
    left = [t for t in doc[sent.start : tok.i - 1] if not t.is_space]
    if len([t for t in left if not t.is_punct]) < 4 or left[0].is_punct or not any(
            t.pos_ in ("VERB", "AUX") and idx.quote_of(t) < 0 for t in left) \
            or left[0].lower_ in _NOT_FRONTED_CONTENT:
        return []
    if any(t.pos_ == "VERB" and lex.says(t.lemma_) and idx.quote_of(t) < 0 for t in left):
        return []
    return left


def _parenthetical(doc: Doc, tok: Token) -> bool:
    """"Content, he said." / "Content, said X, more content": the cue hangs off
    the content's head, set apart by a comma or a closing quotation mark."""
    if tok.dep_ not in ("parataxis", "advcl", "conj") or tok.i < tok.head.i or tok.tag_ == "VBG":
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark", "oprd") for c in tok.children):
        return False
    if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "dative") for c in tok.children):
        return False  # "He suggested A, called her "third-rate" and ...": a list of his deeds, not "A, he said"
    if _subject(tok) is None:
        return False
    before = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if before is None or before.text not in (",", "—", "–", "-", "”", "’", "''", '"', "'"):
        return False
    after = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
    return after is None or after.is_punct or bool(after.is_sent_start)


def _quote_then_name(doc: Doc, toks: list[Token], cue: Token,
                     idx: _Index) -> tuple[list[Token], Token | None, list[Token]]:
    """'"It is not the plan," Lena Ortiz, an adviser, said': a content that opens
    with a quotation and runs on past its close to the cue through a name only (no
    verb) is the quotation, and the name is the speaker the parse hung inside it."""
    if not toks or toks[-1].i >= cue.i:
        return toks, None, []
    qi = idx.quote_of(toks[0])
    if qi < 0:
        return toks, None, []
    inside = [t for t in toks if idx.quote_of(t) == qi]
    rest = [t for t in doc[inside[-1].i + 1 : cue.i] if not t.is_space]
    # (a participle after a comma belongs to an apposition: "Ann Lee, now retired,")
    if not rest or any(idx.quote_of(t) >= 0 or t.is_quote for t in rest) or any(
            t.pos_ in ("VERB", "AUX")
            and not (t.tag_ in ("VBN", "VBG") and any(x.text == "," for x in rest if x.i < t.i))
            for t in rest):
        return toks, None, []
    words = [t for t in rest if not t.is_punct]
    if not words or words[0].pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON"):
        return toks, None, []
    q = idx.quotes[qi]
    closing = doc_text(doc)[q.inner.start : q.inner.end].rstrip()[-1:]
    if closing not in (",", "?", "!", "\u2026", "-", "\u2014") and rest[0].text != ",":
        return toks, None, []  # '"... to measure" income, he said': the sentence runs on past the mark
    rset = {t.i for t in rest}
    heads = [t for t in words if t.head.i not in rset]
    head = next((t for t in heads if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if head is None:
        # "Ann Lee, now 81 and retired," with the name hung on the participle
        head = next((t for t in words if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN")), None)
    if head is None:
        return toks, None, []
    return inside, head, words


_ANONYMITY = re.compile(r"\bnot (?:to )?be (?:named|identified|quoted)\b|\banonymity\b", re.I)


def _verb_cue(doc: Doc, tok: Token, lex: Lexicon, idx: _Index, add) -> None:  # type: ignore[no-untyped-def]
    if _so_called(tok) or _idiom(tok) or _asked(tok, idx) or _unverified(tok):
        return
    if _is_asked_aside(tok):
        return  # the one asked, not asking: what follows is the answer
    if _as_clause(doc, tok, lex, idx, add):
        return
    cue = lex.verb(tok.lemma_)
    if cue is None:
        if tok.lemma_ == "make":
            _made_clear(doc, tok, idx, add)
        if tok.pos_ == "VERB" and tok.lemma_.lower() not in _NOT_SPEECH_VERBS:
            if not _that_clause(doc, tok, idx, add):
                _quoted_object(doc, tok, idx, lex, add)
        return
    if cue.act == "declines" and not _declined_speech(tok):
        return
    if _interrupted(doc, tok, idx, lex, add, cue.speech) or (cue.speech and _inverted_interrupted(doc, tok, idx, add)):
        return
    content_head: Token | None = None
    rel_piece: Token | None = None
    inverted_subj: Token | None = None
    ccomps = [c for c in tok.children if c.dep_ == "ccomp"]
    if ccomps:
        # '"A," she said, "B."': complements on both sides are two pieces,
        # joined later through the shared cue; take the first side only.
        before = ccomps[0].i < tok.i
        if before and any(c.i > tok.i for c in ccomps) and not any(
                idx.quote_of(t) >= 0 for c in ccomps if c.i < tok.i for t in c.subtree):
            before = False  # "In a statement released after ..., X said he ...": the left one is a misparse
        ccomps = [c for c in ccomps if (c.i < tok.i) == before]
    if tok.lemma_ == "ask" and tok.tag_ == "VBN" and ccomps and ccomps[0].i > tok.i and _subject(tok) is None \
            and lex.says(ccomps[0].lemma_) \
            and any(c.dep_ == "nsubj" for c in ccomps[0].children):
        return  # 'When asked why, Sembler responded: "..."': the answer is the statement
    if not ccomps and (buried := _buried_that_clause(tok)) is not None:
        ccomps = [buried]
        before = False
    elif len(ccomps) == 1 and not before and (clause := _participle_that_clause(ccomps[0])) is not None:
        ccomps = [clause]
    toks: list[Token] = []
    reduced = None if ccomps else _reduced_cue(tok, lex)
    if reduced is not None:
        content_head = reduced[0]
        toks = reduced[1]
    elif ccomps:
        content_head = ccomps[0]
        # "A and B, X said": both clauses are the content, with what joins them.
        lo = min(c.left_edge.i for c in ccomps)
        hi = max(c.right_edge.i for c in ccomps)
        if not before and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in ccomps[0].children):
            # 'said the days when ... are gone': the subject the parse hung on the cue
            lost = [c for c in tok.children if c.dep_ in ("npadvmod", "dobj", "nsubj") and tok.i < c.i < lo
                    and c.right_edge.i == lo - 1]
            if lost:
                lo = lost[0].left_edge.i
        if not before:
            hi = _trailing_clauses(doc, tok, hi, lex, idx)
            lo = _leading_condition(tok, lo)
        toks = [t for t in doc[lo : hi + 1] if t.i != tok.i]
        toks = _drop_participles(toks, ccomps, lex)
        toks = _drop_trailing(doc, toks, idx)
        toks = _drop_quoting_conj(doc, toks, lex, idx)
        toks = _drop_speaker_conj(doc, toks, content_head, lex, idx)
        if not before and tok.dep_ == "relcl":
            # "the plan, which critics say was too costly", "a wall, which he said they
            # should pay for": the relative pronoun stands for the first piece of what
            # was said, the rest follows the cue.
            rel = next((t for t in [*toks, *tok.children] if t.i < tok.i and t.lower_ == "which"
                        and t.tag_ in ("WDT", "WP") and (t.dep_ == "dobj" or t.dep_ in ("nsubj", "nsubjpass")
                                                         and t.head.i != tok.i)), None)
            if rel is not None:
                rel_piece = rel
                toks = [t for t in toks if t.i > tok.i]
    elif _parenthetical(doc, tok):
        # "Content, he said." parsed with the content as the head.
        content_head = tok.head
        toks = _subtree_minus(content_head, tok)
    elif cue.speech and (fronted := _fronted_misparse(doc, tok, lex)):
        content_head, toks = fronted[0], fronted
    elif cue.speech and (fronted := _fronted_before_inverted(doc, tok, lex, idx)):
        content_head, toks = fronted[0], fronted
        inverted_subj = next(c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i)
    else:
        lemma = tok.lemma_.lower()
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        dobj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
        hung = None if xcomp is None or lemma not in _XCOMP_CUES and lemma not in _XCOMP_QUOTED_CUES \
            else _quote_hung_after(tok, xcomp.right_edge.i, idx)
        if xcomp is not None and (lemma in _XCOMP_CUES or lemma in _XCOMP_QUOTED_CUES and (hung is not None or any(
                idx.quote_of(t) >= 0 for t in xcomp.subtree))):
            start_tok = dobj if dobj is not None and dobj.i < xcomp.i else xcomp
            on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" and c.i < xcomp.i), None)
            if dobj is None and on is not None and lemma == "call":
                # "called on the council to resign": who is called on is part of the call
                start_tok = next((c for c in on.children if c.dep_ == "pobj"), xcomp)
            lo = start_tok.left_edge.i
            if lo < tok.i < start_tok.i:
                lo = tok.i + 1  # 'where she promised to reject "..."': "where" hangs on the complement
            toks = [t for t in doc[lo : (xcomp.right_edge.i if hung is None else hung) + 1]]
            content_head = xcomp
        elif lemma in _PREDICATIVE_CUES and dobj is not None:
            preds = [c for c in tok.children if c.dep_ in ("oprd", "acomp")
                     or (c.dep_ == "prep" and c.lower_ in ("as", "for", "of"))]
            # 'called the council's audit a "hatchet job"': of two predicates the
            # parse made (one the object's head), the quoted one is what was said
            pred = next((c for c in preds if any(idx.quote_of(t) >= 0 for t in c.subtree)),
                        preds[0] if preds else None)
            if pred is None:
                # "dismissed the report as ...", "accused the port authority of breaking its promise":
                # the predicate the parse hung on the object
                pred = next((c for c in dobj.children if c.dep_ == "prep" and (
                    c.lower_ == "as" or c.lower_ == "of" and lemma == "accuse"
                    and any(g.dep_ in ("pcomp", "pobj") for g in c.children))), None)
            if pred is not None and dobj.i < tok.i < pred.i:
                # "which he called 'a cartel'": the relative pronoun is the object, the
                # speaker stands between it and the cue; the content is the pronoun and
                # the predicate after the cue, two pieces.
                toks = list(doc[tok.i + 1 : pred.right_edge.i + 1])
                content_head = pred
                # "what it called 'a hostile bid'": a free relative stands for nothing said
                rel_piece = None if dobj.lower_ == "what" else dobj
            elif pred is not None and pred.i > dobj.i:
                end = pred.right_edge.i
                if pred.head.i == dobj.i:
                    # "accused Ruiz's aides of bullying and her party of invented smears"
                    end = max([end] + [c.right_edge.i for c in dobj.children if c.dep_ == "conj" and c.i > pred.i])
                toks = _venue_tail(list(doc[dobj.left_edge.i : end + 1]), idx)
                content_head = dobj
            elif any(idx.quote_of(t) >= 0 for t in dobj.subtree):
                toks = list(doc[dobj.left_edge.i : _object_tail(tok, dobj.right_edge.i, idx) + 1])
                content_head = dobj
        elif lemma in _PREDICATIVE_CUES and dobj is None and any(
                c.dep_ == "oprd" and c.i > tok.i and any(idx.quote_of(t) >= 0 for t in c.subtree)
                for c in tok.children):
            # 'called the senator "a fraud"' with the object parsed into the predicate
            oprd = next(c for c in tok.children if c.dep_ == "oprd" and c.i > tok.i
                        and any(idx.quote_of(t) >= 0 for t in c.subtree))
            toks = list(doc[tok.i + 1 : _object_tail(tok, oprd.right_edge.i, idx) + 1])
            content_head = oprd
        elif lemma == "call" and _calls_for(tok):
            prep = next(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for")
            toks = [t for t in prep.subtree if t.i != prep.i]
            content_head = prep
    if (content_head is None or not toks) and tok.lemma_.lower() in _OBJECT_CUES and not _interrogation(tok):
        dobj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if dobj is not None and dobj.pos_ in ("NOUN", "PROPN") and not any(idx.quote_of(t) >= 0 for t in dobj.subtree):
            content_head = dobj
            toks = list(doc[dobj.left_edge.i : _object_tail(tok, dobj.right_edge.i, idx) + 1])
    if content_head is None or not toks:
        _quoted_object(doc, tok, idx, lex, add)
        return
    if _naming_participle(tok, toks, idx):
        return
    if not ccomps:  # (complements were trimmed above)
        toks = _drop_trailing(doc, toks, idx)
    if toks and toks[0].i > tok.i:
        toks = _dash_tail(toks, idx)
    elif toks and toks[-1].i < tok.i:
        toks = _introduced_quote(doc, toks, idx, lex)
    toks, named, mention = _quote_then_name(doc, toks, tok, idx)
    span = _content_from_tokens(doc, toks, idx)
    if span is None or span.end - span.start < 3 or _ANONYMITY.search(span.text(doc_text(doc))):
        return
    subj = named or inverted_subj or (tok.head if reduced is not None else speaker_of(tok, lex))
    if subj is not None and idx.quote_of(subj) >= 0 and named is None:
        # '"... the emails, the foundation," said a person close to her': the parse
        # gave the cue a subject inside the quotation as well as the speaker after it.
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj") and c.i > tok.i
                     and idx.quote_of(c) < 0 and not c.is_punct), subj)
    if subj is None or idx.quote_of(subj) >= 0:
        subj = _adjacent_subject(doc, tok, idx)
    if subj is None and tok.i > 0 and doc[tok.i - 1].is_quote and span.end <= tok.idx:
        # '"...," said Oversight ranking Democrat Ann Lee (D-Md.)': a name the parse read as a clause
        after = _name_after(doc, tok)
        subj = None if after is None else after[1]
    if subj is not None and named is None and subj.dep_ == "appos" and subj.right_edge.i + 1 == tok.i \
            and toks[-1].i < tok.i and span.start <= _speaker_span(subj).start < span.end:
        # "..., the National Institute of Public Health said": the speaker the parse hung on the
        # content's last noun ends the content at the comma before it
        cut = _content_from_tokens(doc, [t for t in toks if t.i < subj.left_edge.i - 1], idx)
        if cut is not None:
            span = cut
    if subj is not None and named is None and span.start <= _speaker_span(subj).start < span.end:
        subj = None
    cue_toks = [tok] + [c for c in tok.children if c.dep_ == "prt"]
    f = _statement(doc, idx, span, cue_toks, tok.lemma_.lower(), subj)
    if rel_piece is not None:
        f.content.insert(0, _tok_span([rel_piece]))
        if f.kind == "direct":
            f.kind = "mixed"  # the pronoun piece is outside the quotation marks
    if named is not None:
        # the mention as written, between the closing mark and the cue
        f.speaker = _tok_span(mention)
    if f.kind == "indirect" and cue.weak:
        return
    f.relative = tok.dep_ in ("relcl", "acl") and subj is not None and subj.lower_ in _REL_PRONOUNS
    add(f)


def _as_clause(doc: Doc, tok: Token, lex: Lexicon, idx: _Index, add) -> bool:  # type: ignore[no-untyped-def]
    """'As the columnist Ruth Lind puts it, the mayor is making the council "an
    offer it cannot refuse"', 'But as the tabloid noted on Thursday, A': a fronted
    as-clause with a verb of saying attributes the main clause to its subject."""
    head = tok.head
    if tok.dep_ != "advcl" or head.i <= tok.i or idx.quote_of(tok) >= 0:
        return False
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i), None)
    puts_it = tok.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    if mark is None or not (puts_it or lex.says(tok.lemma_)):
        return False
    if not puts_it and any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "prep") and c.i > tok.i
                           and c.lower_ not in ("in", "on", "at", "during", "after", "before", "to")
                           for c in tok.children):
        return False  # "even as he claimed that ...": the as-clause has its own content
    if mark.i > 0 and doc[mark.i - 1].lower_ in ("even", "just", "so", "such"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.lower_ in ("it", "we", "you", "i") or idx.quote_of(subj) >= 0:
        return False  # "as we know", "as it turns out"
    sent = tok.sent
    if not all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in doc[sent.start : mark.i]):
        return False  # the as-clause opens its sentence ("But as ...")
    lo = tok.right_edge.i + 1
    while lo < sent.end and (doc[lo].is_punct and idx.quote_of(doc[lo]) < 0 or doc[lo].is_space):
        lo += 1
    clause = {x.i for x in head.subtree}
    toks = [t for t in doc[lo : sent.end] if t.i in clause]
    span = _content_from_tokens(doc, toks, idx)
    if span is None or span.end - span.start < 3:
        return False
    add(_statement(doc, idx, span, [tok], tok.lemma_.lower() if not puts_it else "say", subj))
    return True


def _made_clear(doc: Doc, tok: Token, idx: _Index, add) -> None:  # type: ignore[no-untyped-def]
    """"The mayor made (it) clear that ...": a statement with "made clear" as its cue."""
    clear = next((c for c in tok.children if c.lower_ == "clear" and c.i > tok.i), None)
    if clear is None:
        return
    clause = next((c for h in (clear, tok) for c in h.children if c.dep_ in ("advcl", "ccomp") and c.i > clear.i
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    subj = _subject(tok)
    if clause is None or subj is None or idx.quote_of(subj) >= 0:
        return
    span = _content_from_tokens(doc, list(clause.subtree), idx)
    if span is not None:
        add(_statement(doc, idx, span, [tok, clear], "make clear", subj))


_NOT_QUOTING_VERBS = {
    "cover", "keep", "lead", "invite", "serve", "see", "host", "wear", "watch", "read", "play", "show",
    "include", "feature", "become", "remain", "win", "lose", "buy", "sell", "run", "hold", "own", "join",
}


def _that_clause(doc: Doc, tok: Token, idx: _Index, add) -> bool:  # type: ignore[no-untyped-def]
    """A verb outside the lexicon with a "that" clause and a named or personal
    subject: "Ms Lee reckoned that ...", "the ministry signalled that ..."."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    if comp is None:
        return False  # (most verbs: the subject is not worth finding)
    subj = _subject(tok)
    if subj is None or idx.quote_of(subj) >= 0:
        return False
    if not (subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.lower_ in ("he", "she", "they", "we")):
        return False
    span = _content_from_tokens(doc, list(comp.subtree), idx)
    if span is None:
        return False
    add(_statement(doc, idx, span, [tok], tok.lemma_.lower(), subj))
    return True


def _modifier_quote(doc: Doc, idx: _Index, qi: int) -> bool:
    """True when a quote's words only modify a noun outside it."""
    q = idx.quotes[qi]
    inside = doc.char_span(q.inner.start, q.inner.end, alignment_mode="expand")
    inner = [t for t in inside if not t.is_punct] if inside is not None else []
    roots = [t for t in inner if not (q.inner.start <= t.head.idx < q.inner.end)]
    return bool(roots) and all(r.dep_ in ("amod", "compound", "nmod", "poss") for r in roots)


def _quoted_object(doc: Doc, tok: Token, idx: _Index, lex: Lexicon, add) -> None:  # type: ignore[no-untyped-def]
    """"Merkel heralded the deal as a 'breakthrough'", "Cruz blamed the law on
    'knuckleheaded politicians'": a verb whose object carries someone's words."""
    if tok.lemma_.lower() in _NOT_QUOTING_VERBS:
        return
    obj = next((c for c in tok.children if c.dep_ in ("dobj",) and c.i > tok.i), None)
    if obj is None:
        # "warned of the power of 'landlords of data'", "referred to him as '...'"
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                     and c.lower_ in ("of", "about", "to", "against", "over")), None)
        obj = None if prep is None else next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return
    end = obj.right_edge.i
    for c in tok.children:
        if c.i > obj.i and (c.dep_ in ("oprd", "acomp") or (c.dep_ == "prep" and c.lower_ in ("as", "on", "for"))):
            end = max(end, c.right_edge.i)
    lo, hi = obj.left_edge.i, _object_tail(tok, end, idx) + 1
    if all(q < 0 for q in idx.tok_quote[lo:hi]):
        return  # (most verbs: no quotation in the object, so no speaker to look for)
    subj = speaker_of(tok, lex)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.lower_ in ("it", "there", "this", "what"):
        return
    toks = list(doc[lo:hi])
    quoted = {idx.quote_of(t) for t in toks} - {-1}
    if not quoted or any(_title_like(doc, idx.quotes[qi]) for qi in quoted):
        return
    if not lex.says(tok.lemma_) and all(_modifier_quote(doc, idx, qi) for qi in quoted):
        return  # the "reform" package: a scare quote inside a noun phrase
    span = _content_from_tokens(doc, toks, idx)
    if span is None:
        return
    add(_statement(doc, idx, span, [tok], tok.lemma_.lower(), subj))


# ("known in the forums as "Nightowl"": a name, not words said)
_NOT_SPEECH_VERBS = {"be", "have", "do", "get", "make", "take", "go", "come", "give", "use", "include", "know"}


def _adjacent_subject(doc: Doc, verb: Token, idx: _Index) -> Token | None:
    """The noun right before a finite cue verb, for parses that hung the real
    subject elsewhere ("..., former president Bill Clinton said ...")."""
    if verb.i == 0:
        return None
    finite = verb.tag_ in ("VBD", "VBZ", "VBP")
    # "Ann Lee, who advised the 2012 campaign, called ...": the cue read as a participle
    # modifying the noun that ends the relative clause; only the comma cases below apply.
    if not finite and not (verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and doc[verb.i - 1].text == ","):
        return None
    i = verb.i - 1
    while i > 0 and doc[i].dep_ in ("advmod", "aux", "neg") and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    prev = doc[i]
    if finite and prev.pos_ in ("PROPN", "NOUN", "PRON") and idx.quote_of(prev) < 0 \
            and prev.dep_ not in ("pobj", "dobj", "poss"):
        return prev
    if finite and prev.text != ",":
        # "a ministry official who asked not to be named because of the talks said ...": the
        # noun whose relative clause ends right before the cue.
        rel = next((t for t in doc[verb.sent.start : i + 1] if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX")
                    and t.right_edge.i == i
                    and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN") and idx.quote_of(t.head) < 0
                    and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in t.children)), None)
        if rel is not None:
            return rel.head
    if prev.text == "," and i > 3:
        # "One delegate, who like others spoke on condition of anonymity, said ...":
        # the noun before a relative clause set off by commas.
        for j in range(i - 1, max(1, i - 25), -1):
            if doc[j].text in (".", ";", ":", "!", "?") or idx.quote_of(doc[j]) >= 0:
                break
            if doc[j].lower_ in ("who", "which", "whose") and doc[j - 1].text == "," and j >= 2 \
                    and doc[j - 2].pos_ in ("PROPN", "NOUN") and idx.quote_of(doc[j - 2]) < 0:
                return doc[j - 2]
            if doc[j].lower_ in ("who", "whose") and doc[j - 1].text == "," and j >= 4 and doc[j - 2].pos_ == "ADV" \
                    and doc[j - 3].text == "," and doc[j - 4].pos_ == "PROPN" and idx.quote_of(doc[j - 4]) < 0:
                return doc[j - 4]  # "Ortega, meanwhile, who has no such backing, said .."
    if prev.text == "," and i > 1:
        # "..., Senator Ana Ruiz, the minority leader, said ...": the name before the apposition
        appos = next((a for a in [doc[i - 1], *doc[i - 1].ancestors] if a.dep_ == "appos"), None)
        if appos is not None and appos.head.pos_ in ("PROPN", "NOUN") and idx.quote_of(appos.head) < 0 \
                and appos.head.i < appos.i and doc[appos.left_edge.i - 1].text == "," \
                and all(t.i < verb.i for t in appos.subtree):
            return appos.head
    return None


def _quote_hung_after(cue: Token, end: int, idx: _Index) -> int | None:
    """'vowed to defend the quota "every season, every year."': a quotation
    right after the complement that the parse hung on the cue itself finishes
    the complement; the index of its last token."""
    doc = cue.doc
    i = end + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or idx.quote_of(doc[i]) < 0 or doc[i].sent.start != cue.sent.start:
        return None
    q = idx.quotes[idx.quote_of(doc[i])]
    quoted = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
    if q.span.start != doc[i].idx or quoted is None:
        return None
    if not any(t.head.i == cue.i for t in quoted if not t.is_punct and not t.is_space):
        return None
    return quoted.end - 1


_CONDITION_OPENERS = frozenset({"if", "unless", "although", "though", "even", "no", "whether"})


def _leading_condition(cue: Token, lo: int) -> int:
    """'says no matter what the council votes, "the bridge stays shut."': a condition
    the parse hung on the cue, between it and the complement, opens what was said."""
    doc = cue.doc
    end = lo
    while end < len(doc) and doc[end].is_punct:
        end += 1  # (the comma may sit inside the complement's subtree)
    for c in cue.rights:
        if c.i >= lo or c.dep_ not in ("advcl", "advmod") or c.left_edge.i <= cue.i:
            continue
        first = doc[c.left_edge.i]
        gap = doc[c.right_edge.i + 1 : end]
        if first.lower_ in _CONDITION_OPENERS and any(t.pos_ in ("VERB", "AUX") for t in c.subtree) \
                and len(gap) and all(t.is_punct for t in gap) and any(t.text == "," for t in gap):
            return c.left_edge.i
    return lo

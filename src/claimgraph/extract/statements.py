"""Attributed statements from a parsed document: direct, mixed and indirect.

Two passes over one spaCy Doc. The first follows the parse from cue words
(verbs of saying and belief, "according to", nouns such as "the claim
that") to their speaker and content. The second takes each quoted string
the first did not explain and looks for its attribution around it: a cue
just before or after the quote, or, for a quote standing alone, the
previous statement it continues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Kind, Span
from .cues import Lexicon, load_lexicon
from .doctext import doc_text
from .gazetteer import ORG_NOUNS, PERSON_NOUNS
from .quotes import Quoted

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokSpan

__all__ = ["Found", "find_statements"]

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_REL_PRONOUNS = {"who", "which", "that", "whom"}
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
# Cues that take an object and a predicate: "called it a farce", "dismissed X as ...".
_PREDICATIVE_CUES = {
    "call", "label", "brand", "term", "describe", "dismiss", "pan", "characterize",
    "characterise", "decry", "denounce", "condemn", "slam", "praise", "hail", "reject",
    "deny", "criticize", "criticise", "blast", "accuse", "blame", "deride", "mock",
}
# Stances whose object is what they are about: "endorsed Cruz", "denied the allegations"
# (kept to those that name a statement's target more often than not on PolNeAR train).
_OBJECT_CUES = {
    "endorse", "praise", "criticize", "criticise", "reject", "deny", "dismiss", "denounce", "propose",
    "announce", "question", "applaud", "blast", "slam", "hail", "refute", "rebut", "repudiate",
}
_PUNCT_TRIM = " \t\n,.;:—–-"
_DOUBLE_MARKS = ('"', "\u201c", "\u201d", "''", "``", "\u00ab", "\u00bb")


@dataclass
class Found:
    """A statement under construction (token indices into the Doc)."""

    kind: Kind
    content: list[Span]
    cue: Span | None
    cue_lemma: str | None
    speaker: Span | None
    speaker_head: int | None  # token index of the speaker mention's head
    carried: bool = False
    quotes: list[int] = field(default_factory=list)  # indices of quoted strings inside
    cue_token: int | None = None
    relative: bool = False  # cue in a relative clause: "a report that concluded ..."

    @property
    def start(self) -> int:
        return min(s.start for s in self.content)

    @property
    def end(self) -> int:
        return max(s.end for s in self.content)


class _Index:
    """Which quoted string each token sits in."""

    def __init__(self, doc: Doc, quotes: list[Quoted]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.tok_quote: list[int] = [-1] * len(doc)
        qi = 0
        for tok in doc:
            while qi < len(quotes) and quotes[qi].span.end <= tok.idx:
                qi += 1
            if qi < len(quotes):
                q = quotes[qi]
                if q.span.start <= tok.idx < q.span.end:
                    self.tok_quote[tok.i] = qi

    def quote_of(self, tok: Token) -> int:
        return self.tok_quote[tok.i]


def _tok_span(toks: list[Token]) -> Span:
    return Span(min(t.idx for t in toks), max(t.idx + len(t) for t in toks))


def named_apposition(head: Token) -> Token | None:
    """"the state rail operator Norvail": the name right after a description,
    with no comma between, that the parse made its apposition."""
    if head.pos_ != "NOUN":
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.i == head.i + 1 and c.pos_ == "PROPN"), None)


def _speaker_span(head: Token) -> Span:
    """The mention as written: the subject's phrase, without relative clauses
    or a dateline ("TARESH - Kaldora")."""
    keep = [head]
    for child in head.lefts:
        keep.extend(child.subtree)
    dash = [t.i for t in keep if (t.text in ("-", "—", "–") and t.whitespace_ or t.text in _DOUBLE_MARKS)
            and t.i < head.i]
    if dash:
        keep = [t for t in keep if t.i > max(dash)]  # (or a quotation the parse hung on the name)
    name = named_apposition(head)
    for child in head.rights:
        if name is not None and child.i == name.i:
            keep.extend(child.subtree)  # "the state rail operator Norvail": the name, no comma between
            continue
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj", "appos", "prep", "advcl"):
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "at", "by", "from", "for") \
                    and head.pos_ in ("NOUN", "PROPN"):
                keep.extend(child.subtree)
                continue
            if child.dep_ in ("cc", "conj"):
                keep.extend(child.subtree)
                continue
            break
        keep.extend(child.subtree)
    keep = [t for t in keep if (not t.is_punct and not t.is_space) or t.i == head.i]
    sent = head.sent
    keep = [t for t in keep if sent.start <= t.i < sent.end]
    return _tok_span(keep)


def in_dateline(tok: Token) -> bool:
    """Whether ``tok`` is in a dateline ("GENEVA (CP) -", "TARESH, 12 March -",
    "Berlin (AFP) -") that the parser read as the sentence's subject."""
    marks = tok.doc.user_data.get(_DATELINE_KEY)
    if marks is None:
        marks = tok.doc.user_data[_DATELINE_KEY] = _datelines(tok.doc)
    return tok.i in marks


_DATELINE_KEY = "claimgraph.datelines"
_DASH_TEXTS = ("-", "\u2014", "\u2013")


def _datelines(doc: Doc) -> tuple[int, ...]:
    """The tokens of every dateline in ``doc`` (worked out once per document)."""
    out: set[int] = set()
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if first is None:
            continue
        end = sent.end
        if first.is_upper and end - first.i <= 6:
            # "WASHINGTON" parsed as a sentence of its own, before "- Senate Democrats ...":
            # the dateline runs on to the end of its line.
            end = min(len(doc), first.i + 12)
            for t in doc[first.i : end]:
                if "\n" in t.whitespace_ or (t.is_space and "\n" in t.text):
                    end = t.i + 1
                    break
        head = list(doc[first.i : min(end, first.i + 12)])
        if first.is_upper and first.is_alpha and len(first) > 1:
            dashes = [t.i for t in head if t.text in _DASH_TEXTS and t.whitespace_]
            if dashes:
                out.update(range(first.i, max(dashes)))
            continue
        # "Washington (AFP) - ...": a place and a news agency in brackets
        close = next((t for t in head[:8] if t.text == ")"), None)
        if close is not None and close.i + 1 < sent.end and doc[close.i + 1].text in _DASH_TEXTS \
                and doc[close.i - 1].is_upper and doc[close.i - 2].text == "(":
            out.update(range(first.i, close.i + 1))
    return tuple(sorted(out))  # (plain data: a Doc's user_data may be serialised)


def _after_dateline(subj: Token) -> Token:
    """"KALEBA, 6 May - RiverWatch Alliance today released ...", "BRASK, Kestria -
    Villagers ... said": the name after the dash, which the parser hung on the
    dateline."""
    if in_dateline(subj):
        for t in subj.subtree:
            if t.i > subj.i and t.dep_ in ("appos", "conj") and t.pos_ in ("PROPN", "NOUN") \
                    and not in_dateline(t):
                return t
    return subj


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, past a dateline the parser took for it."""
    return _subject(verb)


_ASKED = frozenset({"ask", "press", "question", "quiz"})


def _asked_aside(verb: Token) -> Token | None:
    """"The minister, asked whether the plant would close, said ...": the
    participle set off by commas that the parse made a clause with the speaker
    as its subject, leaving the cue with none."""
    if any(g.dep_ in ("nsubj", "csubj") for g in verb.children):
        return None
    doc = verb.doc
    for c in verb.lefts:
        if c.dep_ not in ("ccomp", "advcl") or c.lemma_.lower() not in _ASKED or c.tag_ not in ("VBD", "VBN") \
                or c.i == 0 or doc[c.i - 1].text != ",":
            continue
        end = c.right_edge.i if doc[c.right_edge.i].text == "," else c.right_edge.i + 1
        if end < verb.i and doc[end].text == "," and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children):
            return c
    return None


def _is_asked_aside(tok: Token) -> bool:
    """Whether ``tok`` is the "asked" of "X, asked whether ..., said": X was asked, and answers."""
    if tok.lemma_.lower() not in _ASKED or tok.head.i <= tok.i:
        return False
    aside = _asked_aside(tok.head)
    return aside is not None and aside.i == tok.i


def _previous_word(tok: Token) -> Token | None:
    """The token before ``tok``, skipping whitespace tokens ('"...,"\u00a0added Ann Lee')."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].is_space and "\n" not in tok.doc[i].text:
        i -= 1
    return tok.doc[i] if i >= 0 else None


def _subject(verb: Token) -> Token | None:
    """The speaker of a cue verb, following conjunctions and participles."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not c.is_punct]
    if len(subjects) > 1:
        # 'His final assessment: "...," he said': of two subjects the parse gave the
        # cue, a person next to it is the speaker rather than a thing further off.
        def person(c: Token) -> bool:
            return c.tag_ == "PRP" or c.ent_type_ == "PERSON"
        nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
        if person(nearest) and not any(person(c) for c in subjects if c is not nearest):
            subjects = [nearest]
    if subjects:
        return next((c for c in subjects if not in_dateline(c)), None) or _after_dateline(subjects[0])
    aside = _asked_aside(verb)
    if aside is not None:
        return next(g for g in aside.children if g.dep_ == "nsubj" and g.i < aside.i)
    if verb.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        # "As Ann Lee, a lawyer, put it, ...": "as" read as a preposition over the speaker
        as_ = next((c for c in verb.lefts if c.dep_ == "prep" and c.lower_ == "as"), None)
        pobj = None if as_ is None else next((c for c in as_.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    if verb.lemma_ == "quote":
        # "X is quoted as saying ...": the one quoted is the speaker.
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            return passive
    for child in verb.children:
        if child.dep_ == "agent" and verb.tag_ == "VBN":  # not "said by telephone"
            for gc in child.children:
                if gc.dep_ == "pobj":
                    return gc
    # '"...," added the report' with the subject parsed as an object.
    before = _previous_word(verb)
    if verb.tag_ != "VBG" and before is not None and before.text in ("”", '"', "''", "’", "'"):
        for child in verb.children:
            if child.dep_ in ("dobj", "attr", "npadvmod") and child.i > verb.i:
                return child
    if verb.tag_ != "VBG" and before is not None and before.text in ("”", '"', "''", "’", "'", ","):
        # '"...," said Ann Lee, half joking': the name after the cue parsed as the
        # subject of the clause that follows it.
        for child in verb.rights:
            for gc in child.children:
                if gc.dep_ == "nsubj" and gc.left_edge.i == verb.i + 1 and gc.pos_ in ("PROPN", "NOUN"):
                    last = max(t.i for t in gc.subtree if not t.is_punct)
                    if last + 1 < len(gc.doc) and gc.doc[last + 1].text == ",":
                        return gc
                    if gc.doc[gc.i + 1].text == "," and any(
                            r.dep_ in ("relcl", "appos") and r.left_edge.i == gc.i + 2 for r in gc.children):
                        # '"...," said Ann Lee, who ran the 2012 campaign yet backed ...', '"...,"
                        # said Ann Lee, a lawyer who heads ...'
                        return gc
    # "X stood up and said ...", "..., X said, adding that ...", "saying that"
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            return None
        head = verb.head
        # "denied that A were B, describing them as C": the denier describes.
        if verb.dep_ == "advcl" and head.dep_ == "ccomp" and head.head.i != head.i and head.head.i < verb.i:
            head = head.head  # (not a verb after it: a quotation the parse made the root)
        passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ == "conj" and passive is not None and not any(c.dep_ == "nsubj" for c in head.children):
            return passive  # "X was joined on stage by Y and joked ...": X joked
        return _subject(head)
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.lemma_.lower() in _PREDICATIVE_CUES:
        # 'one lawmaker called Trump "a showman"' read as "a lawmaker (who is) called
        # Trump": a naming participle takes one name, not an object and a predicate.
        objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i]
        if len(objs) >= 2 or len(objs) == 1 and objs[0].pos_ in ("PROPN", "PRON") and any(
                g.dep_ in ("dobj", "oprd") and g.i > objs[0].i for g in objs[0].children):
            return verb.head
    if verb.dep_ == "dep" and verb.head.i < verb.i and verb.head.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ"):
        # "Ann Lee, exasperated, responded: ...": the cue hung on a participle read as the verb
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    # "X responded by saying ...": the participle under a preposition; "X made a
    # point of saying ...": through the noun the preposition hangs on; "X is
    # quoted as saying ...": the subject of the passive.
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        head = verb.head.head
        if head.pos_ == "NOUN" and head.dep_ == "dobj":
            head = head.head
        passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        return _subject(head) or passive
    # "Early described it as ...", "And Skelly called ...", "Will described ...": a
    # surname the tagger read as an adverb or a modal, right before a subjectless cue.
    if before is not None and before.is_title and before.tag_ in ("RB", "MD") and before.head.i == verb.i \
            and before.lower_ not in _NOT_NAMES and verb.tag_ in ("VBD", "VBZ", "VBN") and (
            before.i == before.sent.start or verb.doc[before.i - 1].lower_ in ("and", "but", ",")
            or verb.doc[before.i - 1].is_quote):
        return before
    return None


# Capitalised words that open a sentence as adverbs or modals, not as surnames.
_NOT_NAMES = frozenset({
    "also", "later", "then", "still", "yet", "now", "once", "often", "never", "only", "just", "finally",
    "instead", "meanwhile", "earlier", "separately", "together", "similarly", "likewise", "previously",
    "recently", "subsequently", "eventually", "again", "even", "already", "soon", "first", "last", "next",
    "here", "there", "thus", "hence", "indeed", "perhaps", "maybe", "certainly", "clearly", "simply",
    "publicly", "privately", "repeatedly", "would", "could", "should", "might", "must", "can", "may",
    "shall", "not", "always", "sometimes", "today", "yesterday", "tonight", "ultimately", "initially",
})


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _PUNCT_TRIM or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _PUNCT_TRIM or text[end - 1].isspace()):
        end -= 1
    return start, end


def _content_from_tokens(doc: Doc, toks: list[Token], idx: _Index) -> Span | None:
    """Span over tokens, trimmed of outer punctuation, grown to whole quotes."""
    if not toks:
        return None
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t) for t in toks)
    start, end = _clean_span(doc_text(doc), start, end)
    if end <= start:
        return None
    # A quote cut by the clause boundary is taken whole (to its closing mark).
    for q in idx.quotes:
        if q.span.start < end and start < q.span.end:
            if q.span.start < start and start < q.inner.start + 1:
                start = q.span.start
            if q.span.end > end:
                end = q.span.end
    return Span(start, end)


def _subtree_minus(head: Token, exclude: Token) -> list[Token]:
    """The head's subtree without ``exclude``'s, kept to the run around the head."""
    skip = {t.i for t in exclude.subtree}
    return _contiguous([t for t in head.subtree if t.i not in skip], head)


def _classify(doc: Doc, span: Span, idx: _Index) -> tuple[Kind, Span, list[int]]:
    """direct when the content is one quoted string, mixed when partly quoted."""
    inside: list[int] = []
    words_in = 0
    words_out = 0
    for qi, q in enumerate(idx.quotes):
        if q.span.start >= span.end:
            break
        if q.span.end > span.start and q.span.start < span.end:
            inside.append(qi)
    if not inside:
        return "indirect", span, inside
    text = doc_text(doc)
    covered = [False] * (span.end - span.start)
    for qi in inside:
        q = idx.quotes[qi]
        for c in range(max(q.span.start, span.start), min(q.span.end, span.end)):
            covered[c - span.start] = True
    # Count words outside the quotes, ignoring a leading "that".
    for word_start, word in _words(text, span.start, span.end):
        if covered[word_start - span.start]:
            words_in += 1
        elif not (words_out == 0 and words_in == 0 and word.lower() in ("that", "and", "but")):
            words_out += 1
    if words_out == 0 and len(inside) == 1:
        return "direct", idx.quotes[inside[0]].span, inside
    return "mixed", span, inside


def _words(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out = []
    i = start
    while i < end:
        if text[i].isalnum():
            j = i
            while j < end and (text[j].isalnum() or text[j] in "'’-"):
                j += 1
            out.append((i, text[i:j]))
            i = j
        else:
            i += 1
    return out


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


def find_statements(doc: Doc, quotes: list[Quoted], lexicon: Lexicon | None = None) -> list[Found]:
    """Every attributed statement in ``doc``, in text order."""
    lex = lexicon or load_lexicon()
    idx = _Index(doc, quotes)
    found: list[Found] = []
    seen: set[tuple[int, int]] = set()

    def add(f: Found) -> None:
        key = (f.content[0].start, f.content[0].end)
        if key in seen:
            return
        seen.add(key)
        found.append(f)

    for tok in doc:
        if idx.quote_of(tok) >= 0:
            # A cue inside a quotation is the quoted speaker's own words.
            continue
        acc = _according_to(tok)
        if acc is not None:
            speaker, head = acc
            sent = tok.sent
            lo, hi = tok.left_edge.i, tok.right_edge.i
            left = [t for t in doc[sent.start : lo] if not t.is_punct or idx.quote_of(t) >= 0]
            right = [t for t in doc[hi + 1 : sent.end] if not t.is_punct or idx.quote_of(t) >= 0]
            # "According to X, A." / "A, according to X." / "A, according to X, B."
            toks = right if lo == sent.start or not left else left
            named = _named_after(doc, speaker, hi, sent.end) if toks is right else None
            if named is not None:
                # "According to a consumer group, Fair Trade Watch, A": the name is the
                # group's, not the start of A.
                speaker, first = named
                right = [t for t in doc[first:sent.end] if not t.is_punct or idx.quote_of(t) >= 0]
                toks = right
            if toks is left and len(left) <= 2 and left[0].lower_ in ("that", "it", "this"):
                continue  # "That's according to ...": the claim is in another sentence
            qi = idx.quote_of(left[0]) if toks is left and left else -1
            if qi >= 0 and idx.quotes[qi].span.start < left[0].idx:
                # '"A. B," Lind said, according to the transcript': the quotation began
                # before the sentence the parse gave the cue
                opening = doc.char_span(idx.quotes[qi].span.start, left[0].idx, alignment_mode="expand")
                if opening is not None and opening.start < left[0].i:
                    left = [t for t in doc[opening.start : left[0].i] if not t.is_punct or idx.quote_of(t) >= 0] + left
                    toks = left
            second = None
            if toks is left and right and all(t.pos_ in ("CCONJ", "PUNCT") for t in left):
                toks = right  # "But, according to the poll, ...": a connective, not a piece
            if toks is left and right and not any(t.pos_ in ("VERB", "AUX") for t in left if idx.quote_of(t) < 0):
                # "Many voters, according to the poll, want ...": the words before
                # the cue have no verb, so the claim goes on after it (two pieces).
                second = _content_from_tokens(doc, right, idx)
            if toks and toks is right and second is None:
                # "According to X, A, a claim Y denied": the writer's note after A is not X's.
                kept = _drop_trailing(doc, list(doc[toks[0].i:sent.end]), idx)
                toks = [t for t in toks if kept and t.i <= kept[-1].i]
            span = _content_from_tokens(doc, toks, idx)
            if span is not None:
                cue_toks = [tok] + [c for c in tok.children if c.lower_ == "to"]
                f = _statement(doc, idx, span, cue_toks, "according to", speaker)
                if second is not None:
                    kind, piece, qs = _classify(doc, second, idx)
                    f.content.append(piece)
                    f.quotes.extend(qs)
                    if f.quotes:
                        f.kind = "mixed"
                add(f)
            continue
        if tok.text == ":":
            _colon_cue(doc, tok, idx, add)
            continue
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
            _verb_cue(doc, tok, lex, idx, add)
        elif tok.pos_ == "NOUN":
            _noun_cue(doc, tok, lex, idx, add)

    found = _drop_nested(found)
    covered = {qi for f in found for qi in f.quotes}
    _attribute_quotes(doc, quotes, idx, lex, found, covered)
    found = [f for f in found if not (f.kind == "direct" and f.quotes and all(
        _bylined(doc, idx.quotes[qi]) for qi in f.quotes))]
    taken = {qi for f in found for qi in f.quotes}
    for f in found:
        _fronted_condition(doc, f, idx)
        _coordinated_quote(doc, f, idx, taken)
        _quote_runs_on(doc, f, found)
        _unquoted_second_piece(doc, f, found)
        _trim_lead(doc, f)
    found.sort(key=lambda f: f.start)
    _carry_speakers(doc, found)
    for f in found:
        if f.speaker is not None and any(c.start < f.speaker.end and f.speaker.start < c.end for c in f.content):
            f.speaker = None
            f.speaker_head = None
    return found


# Not "when" or "while": mostly the time of speaking ("When he first described the wall, he said").
_CONDITIONS = ("if", "whether", "unless", "although", "though")


def _fronted_condition(doc: Doc, f: Found, idx: _Index) -> None:
    """'If the vote fails, she said, "we start again."': a condition or concession
    before the speaker is the first piece of what was said."""
    if f.kind != "direct" or len(f.content) != 1 or f.speaker is None or f.cue is None \
            or f.speaker_head is None or not f.speaker.end <= f.cue.start <= f.cue.end <= f.content[0].start:
        return
    text = doc_text(doc)
    if text[f.cue.end:f.content[0].start].strip() not in (",", ":"):
        return
    sent = doc[f.speaker_head].sent
    lo = sent.start_char
    before = text[lo:f.speaker.start].rstrip()
    low = before.lower()
    if not before.endswith(",") or low.split(None, 1)[0].rstrip(",") not in _CONDITIONS \
            or len(before.split()) > 30 or any(idx.quote_of(t) >= 0 for t in doc[sent.start:f.speaker_head]):
        return
    f.content.insert(0, Span(lo, lo + len(before) - 1))
    f.kind = "mixed"


# Words that carry a quoted phrase on into the writer's ('pledged to "win many delegates" on Super
# Tuesday', 'a "moral equivalent of war" against dependence on oil').
_RUN_ON_WORDS = frozenset({"on", "in", "to", "about", "against", "for", "from", "of", "with", "between", "into",
                           "toward", "towards", "over", "at", "that", "among", "across", "through"})
_RUN_ON_END = re.compile(r"[,;:\u2014\u2013(\"\u201c\u201d]|''|[.!?](?=[\"\u201d\u2019']?(?:\s|$))|\n")
_WHEN = re.compile(r" (?:on|in|at) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
                   r"|April|May|June|July|August|September|October|November|December|the (?:morning|afternoon"
                   r"|evening)|\d)")


_AND_QUOTE = re.compile(r",?[ \t\xa0]+(?:and|or)[ \t\xa0]+$")


def _coordinated_quote(doc: Doc, f: Found, idx: _Index, taken: set[int]) -> None:
    """'The crowd chanted "Send them home," and "Build the wall."': a second
    quotation joined to the statement's own by "and" or "or", with no
    speaker of its own, is more of what was said."""
    if f.kind != "direct" or len(f.content) != 1 or len(f.quotes) != 1:
        return
    text = doc_text(doc)
    qi = f.quotes[0]
    nxt = qi + 1
    if nxt >= len(idx.quotes) or nxt in taken or idx.quotes[qi].span.end != f.content[0].end:
        return
    q2 = idx.quotes[nxt]
    gap = text[f.content[0].end : q2.span.start]
    if not _AND_QUOTE.fullmatch(gap) or "\n" in gap:
        return
    f.content[0] = Span(f.content[0].start, q2.span.end)
    f.quotes.append(nxt)
    f.kind = "mixed"
    taken.add(nxt)


def _quote_runs_on(doc: Doc, f: Found, found: list[Found]) -> None:
    """A quoted phrase that stops mid-clause, the clause going on in the writer's
    words up to the next comma, is a mixed quote of the whole phrase; not when
    what follows only says when."""
    if f.kind != "direct" or len(f.content) != 1:
        return
    text = doc_text(doc)
    end = f.content[0].end
    inner = text[f.content[0].start : end].rstrip("\"\u201d'\u2019")
    m = re.match(r" ([a-z]+)\b", text[end : end + 40])
    if m is None or m.group(1) not in _RUN_ON_WORDS or inner[-1:] in (",", ".", "!", "?", ":", ";") \
            or _WHEN.match(text, end):
        return
    stop = _RUN_ON_END.search(text, end + 1)
    new_end = stop.start() if stop is not None else len(text)
    if stop is not None and stop.group(0) in ('"', "\u201c", "\u201d", "''"):
        return  # another quotation in the same run
    tail = text[end:new_end].rstrip()
    if len(tail.split()) > 25:
        return
    new_end = end + len(tail)
    if any(g is not f and any(x is not None and end <= x.start < new_end for x in (g.cue, g.speaker))
           for g in found):
        return  # the words after the quotation hold another statement's speaker or cue
    f.content[0] = Span(f.content[0].start, new_end)
    f.kind = "mixed"


_SECOND_PIECE = re.compile(r",[ \t\xa0]+(?=(?:that|to)[ \t\xa0])(?!that[ \t\xa0]+(?:day|night|morning|afternoon|evening"
                           r"|week|month|year|time)\b)")


def _unquoted_second_piece(doc: Doc, f: Found, found: list[Found]) -> None:
    """'"It's our bad luck," he said, that both men knew the imam': a clause
    after the cue that finishes the quotation's sentence is its second piece."""
    if f.kind != "direct" or len(f.content) != 1 or f.cue is None or f.speaker is None \
            or f.cue.start < f.content[0].end:
        return
    text = doc_text(doc)
    after = max(f.cue.end, f.speaker.end)
    if text[f.content[0].end : min(f.cue.start, f.speaker.start)].strip(" \t\xa0,") \
            or text[f.content[0].end : after].count("\n"):
        return  # words between the quotation and its attribution
    m = _SECOND_PIECE.match(text, after)
    if m is None:
        return
    sent = _sentence_of(doc, m.end())
    toks = [t for t in doc[sent.start : sent.end] if t.idx >= m.end() and not t.is_space]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks or any(t.is_quote or t.text in (";", ":", "(") for t in toks) or len(toks) > 40:
        return
    piece = Span(m.end(), toks[-1].idx + len(toks[-1]))
    if any(g is not f and g.start < piece.end and piece.start < g.end for g in found):
        return
    f.content.append(piece)
    f.kind = "mixed"


# A connective opening a reported clause is the writer's link, not what was said ("But the
# ministry said ..." is said of "the ministry", not of "But").
_LEAD_CONNECTIVE = re.compile(r"(?:But|And|So|Also|Yet|Still|However|Meanwhile|In fact|In contrast|Indeed|Instead)"
                              r"\b,?\s+(?=\S)")


def _trim_lead(doc: Doc, f: Found) -> None:
    """An indirect statement's first piece without a connective ("But", "In fact,")
    in front of it."""
    if f.kind != "indirect" or not f.content:
        return
    first = f.content[0]
    m = _LEAD_CONNECTIVE.match(doc_text(doc), first.start, first.end)
    if m is not None and m.end() < first.end - 10:
        f.content[0] = Span(m.end(), first.end)


def _statement(doc: Doc, idx: _Index, span: Span, cue: list[Token], lemma: str, subj: Token | None) -> Found:
    """A statement from its content, cue words and speaker, its kind read from
    the quotation marks in the content."""
    kind, span, qs = _classify(doc, span, idx)
    speaker = None if subj is None else _speaker_span(subj)
    return Found(kind, [span], _tok_span(cue), lemma, speaker, None if subj is None else subj.i, quotes=qs,
                 cue_token=cue[0].i)


def _contiguous(toks: list[Token], head: Token) -> list[Token]:
    members = {t.i for t in toks}
    if head.i not in members:
        return toks
    lo = hi = head.i
    while lo - 1 in members:
        lo -= 1
    while hi + 1 in members:
        hi += 1
    return [t for t in toks if lo <= t.i <= hi]


def _whole_quote(toks: list[Token], idx: _Index) -> bool:
    """The tokens are one quotation and the punctuation around it."""
    inside = {idx.quote_of(t) for t in toks if not t.is_punct or idx.quote_of(t) >= 0}
    return len(inside) == 1 and -1 not in inside


def _interrupted(doc: Doc, cue: Token, idx: _Index, add, speech: bool = True) -> bool:  # type: ignore[no-untyped-def]
    """'Many of the closures, he said, have involved ...': one statement in two
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
    if quoted and (right[0].is_quote or idx.quote_of(right[0]) >= 0) and _frame(left) and _scene(left):
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
        lex = load_lexicon()
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


def _finite(t: Token) -> bool:
    """A verb with a tense of its own ("will cost", "was thinking", "said")."""
    return t.pos_ in ("VERB", "AUX") and (t.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in t.children))


def _frame(left: list[Token]) -> bool:
    """Words before a cue that only set the scene: a prepositional phrase, an
    adverb or an adverbial clause ("On Tuesday", "As the crowd cheered")."""
    lset = {t.i for t in left}
    tops = [t for t in left if not t.is_punct and not t.is_space and (t.head.i not in lset or t.head.i == t.i)]
    return bool(tops) and all(t.dep_ in ("prep", "advmod", "npadvmod", "advcl") for t in tops)


# Fronted words that open what was said rather than set the scene: discourse markers
# ("Of course, she said, ..."), a topic ("As for the budget, ..."), a concession.
_SAID_OPENERS = ("of course", "instead", "in other words", "indeed", "in fact", "frankly", "honestly",
                 "ultimately", "in short", "in the end", "while ", "whereas ", "even so", "even though ",
                 "particularly ", "in cases of ", "in many cases", "in some cases", "for example", "for instance")
# (not "still", "however", "after all", "in addition": on PolNeAR train the annotators leave
# those out of the quotation more often than not)


def _scene(left: list[Token]) -> bool:
    """A frame that sets the scene of speaking ("On Tuesday", "In an interview",
    "Asked about the vote"), not the first words of what was said ("Of course",
    "As for the budget", "While prices are high")."""
    words = [t for t in left if not t.is_space]
    if not words:
        return True
    low = words[0].doc[words[0].i : words[-1].i + 1].text.lower().rstrip(", ")
    if any(t.ent_type_ in ("DATE", "TIME") or (t.pos_ == "VERB" and load_lexicon().verb(t.lemma_) is not None)
           for t in words):
        return True  # "While he was speaking in Miami on Wednesday": the occasion
    return not any(low == o.strip() or (o.endswith(" ") and low.startswith(o)) for o in _SAID_OPENERS)


_TRAILING_MARKS = {"because", "if", "unless", "since", "although", "though", "until", "when", "after", "before"}


def _trailing_clauses(doc: Doc, cue: Token, hi: int, lex: Lexicon, idx: _Index) -> int:
    """'said A because B', 'said A, but that B': clauses the parse hung on the cue
    after its complement belong to what was said. Returns the new last token."""
    for c in cue.rights:
        if c.i <= hi or (c.dep_ in ("punct", "cc") and c.i <= hi + 3):
            continue
        # 'said A "...," and B would "depend on it"': a clause joined to the cue that
        # quotes the speaker again, with no cue of its own, goes on with what was said.
        quoted_conj = c.dep_ == "conj" and any(idx.quote_of(t) >= 0 for t in c.subtree) and not any(
            (t.pos_ == "VERB" and lex.verb(t.lemma_) is not None) or t.text == ":"
            for t in c.subtree if idx.quote_of(t) < 0)
        own = idx.quote_of(doc[hi])  # the closing mark of a quotation the complement ends with
        opens = idx.quote_of(c)  # or the opening mark of one the clause is in
        if c.left_edge.i > hi + (4 if quoted_conj or own >= 0 or opens >= 0 else 2) or any(
                (t.is_quote and not quoted_conj and (own < 0 or idx.quote_of(t) != own)
                 and (opens < 0 or idx.quote_of(t) != opens))
                or t.text in (";", ":", "(") for t in doc[hi + 1 : c.left_edge.i]):
            break
        marks = {g.lower_ for g in c.children if g.dep_ == "mark"}
        if c.dep_ == "advcl" and marks & _TRAILING_MARKS:
            hi = c.right_edge.i
        elif c.dep_ == "conj" and ("that" in marks or quoted_conj):
            hi = c.right_edge.i
        else:
            break
    return hi


def _after_comma(t: Token) -> bool:
    """A comma right before ``t``, or before the closing mark right before it ('... party," claiming')."""
    doc = t.doc
    return t.i > 0 and (doc[t.i - 1].text == "," or t.i > 1 and doc[t.i - 1].is_quote and doc[t.i - 2].text == ",")


def _drop_participles(toks: list[Token], heads: list[Token], lex: Lexicon) -> list[Token]:
    """', describing them as "schools"', ', claiming that turnout rose': a
    participle clause of a cue verb with a quotation or a reported clause, set
    off by a comma at the end of a complement, is a statement of its own; other
    participle clauses (", pushing her to victory") go on with what was said."""
    cut: set[int] = set()
    for h in heads:
        for c in h.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > h.i and _after_comma(c) \
                    and lex.verb(c.lemma_) is not None and (any(t.is_quote for t in c.subtree)
                                                            or any(g.dep_ == "ccomp" for g in c.children)):
                cut.update(t.i for t in c.subtree)
                if c.doc[c.i - 1].text == ",":
                    cut.add(c.i - 1)
    return [t for t in toks if t.i not in cut] if cut else toks


_NONRESTRICTIVE = {"which", "who", "whose", "where", "whom", "when"}
_CONCESSIVE = {"while", "although", "though", "despite", "whereas"}
# "..., a claim the company denied" ending a content is the writer's note: cut whatever the
# relative clause's verb, so only nouns that always name someone's claim.
_ANSWERED_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "assertion"})


def _drop_trailing(doc: Doc, toks: list[Token], idx: _Index) -> list[Token]:
    """"said he supports the bill, which includes ...", "said A, although B",
    "said it would cut 300 jobs, a third of its staff": a non-restrictive relative
    clause, a concessive clause or an indefinite apposition set off by a comma at
    the end of a complement is the writer's addition, not part of what was said."""
    if not toks:
        return toks
    end = toks[-1].i
    while end > toks[0].i and doc[end].is_punct and idx.quote_of(doc[end]) < 0:
        end -= 1
    members = {t.i for t in toks}
    cut = None
    for t in toks:
        lo = t.left_edge.i
        if t.i <= toks[0].i + 1 or lo - 1 not in members or t.right_edge.i < end:
            continue
        # '... "not get beat up" at his rally," a swipe at ...': the comma inside the closing mark
        after_quote = doc[lo - 1].is_quote and idx.quote_of(doc[lo - 1]) >= 0 and doc[lo - 2].text == "," \
            and lo - 2 > toks[0].i
        if doc[lo - 1].text != "," and not (after_quote and t.dep_ == "appos"):
            continue
        first = doc[lo].lower_
        relative = t.dep_ == "relcl" and first in _NONRESTRICTIVE
        concessive = t.dep_ in ("advcl", "prep") and (first in _CONCESSIVE or (
            first == "even" and doc[lo + 1].lower_ in ("as", "though", "if", "when", "while")))
        according = t.lower_ == "according" and t.dep_ == "prep" and lo == t.i
        apposition = t.dep_ == "appos" and first in ("a", "an") and not any(idx.quote_of(x) >= 0 for x in t.subtree)
        # "..., a claim the company denied": the writer's note on what was said.
        answered = t.pos_ == "NOUN" and t.lemma_.lower() in _ANSWERED_NOUNS and first in ("a", "an") \
            and any(c.dep_ in ("relcl", "acl") for c in t.children)
        if relative or concessive or apposition or according or answered:
            cut = lo - 1 if cut is None else min(cut, lo - 1)
    return toks if cut is None else [t for t in toks if t.i < cut]


def _drop_quoting_conj(doc: Doc, toks: list[Token], lex: Lexicon, idx: _Index) -> list[Token]:
    """'She said A, and when pressed, her aide replied, "B."': a clause joined to
    the complement whose own speaker introduces a quotation is the next
    statement, not more of this one."""
    for t in toks:
        if t.dep_ != "conj" or t.pos_ != "VERB" or idx.quote_of(t) >= 0 or t.i <= toks[0].i + 1:
            continue
        if not lex.says(t.lemma_) or not any(
                c.dep_ == "nsubj" and c.i < t.i and c.lower_ not in _REL_PRONOUNS for c in t.children):
            continue
        after = [x for x in doc[t.i + 1 : t.i + 4] if x.text not in (",", ":")]
        if not after or idx.quote_of(after[0]) < 0:
            continue
        lo = t.left_edge.i
        while lo - 1 > toks[0].i and (doc[lo - 1].dep_ == "cc" or doc[lo - 1].text == ","):
            lo -= 1
        return [x for x in toks if x.i < lo]
    return toks


_DASHES = ("-", "\u2013", "\u2014", "--")


def _is_dash(t: Token) -> bool:
    return t.text in _DASHES and (t.text != "-" or (bool(t.whitespace_) and t.i > 0
                                                     and bool(t.doc[t.i - 1].whitespace_)))


def _dash_tail(toks: list[Token], idx: _Index) -> list[Token]:
    """"said the plan would help workers - and he named three mills": a dash
    after a complement, with no second dash closing an aside, hands over to the
    writer's own words."""
    # a dash right after "that" opens an aside, so it counts towards the pair
    dashes = [k for k, t in enumerate(toks) if k > 0 and idx.quote_of(t) < 0 and _is_dash(t)]
    if len(dashes) != 1 or dashes[0] < 2:
        return toks
    return toks[: dashes[0]]


def _introduced_quote(doc: Doc, toks: list[Token], idx: _Index, lex: Lexicon) -> list[Token]:
    """'X ran through the rules: "Be kind to a loser," he said.': before the cue,
    a quotation introduced by a colon or a dash is what was said; the words before
    the mark are the writer's."""
    last = next((t for t in reversed(toks) if not t.is_punct or idx.quote_of(t) >= 0), None)
    if last is None or idx.quote_of(last) < 0:
        return toks
    qi = idx.quote_of(last)
    inside = [t for t in toks if idx.quote_of(t) == qi]
    first = inside[0]
    if first.i == toks[0].i or first.i < 1:
        return toks
    mark = doc[first.i - 1]
    if mark.text == ":" or _is_dash(mark):
        return inside
    if mark.text == "," and any(t.pos_ == "VERB" and t.i < first.i and idx.quote_of(t) < 0
                                and lex.says(t.lemma_) for t in toks):
        return inside  # 'X weighed in, telling a radio show, "...," he said.'
    return toks


# What one declines that is a refusal to speak ("declined to comment", "declined to be named",
# "declined to go into specifics"); "declined to run" and "sales declined" are no statement.
_DECLINED = frozenset({"comment", "say", "elaborate", "discuss", "speculate", "answer", "respond", "specify", "detail",
                       "name", "identify", "confirm", "deny", "disclose", "reveal", "explain", "give", "provide", "go",
                       "be", "release", "share", "address", "talk", "testify", "criticize", "criticise", "endorse",
                       "apologize", "apologise", "rule", "predict", "estimate", "characterize", "characterise",
                       "describe", "offer", "put", "weigh", "state", "tell", "repeat", "back", "support", "condemn"})


def _declined_speech(cue: Token) -> bool:
    """"declined to comment", "declined an interview request": a refusal to speak,
    not "declined to run" or "prices declined"."""
    xcomp = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    if xcomp is not None:
        return xcomp.lemma_.lower() in _DECLINED
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("request", "interview", "invitation", "question", "comment",
                                                          "offer", "call")
               for c in cue.children)


def _reduced_cue(cue: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """"Multiple outlets reported on Wednesday the Secret Service had ...": the
    parse reads the cue as a participle on its subject ("outlets reported on
    Wednesday" as a reduced relative) and makes the reported clause the root,
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


def _buried_that_clause(cue: Token) -> Token | None:
    """"Sanders said following a vote in 2001 that he had concerns": the parse
    hangs the that-clause on the noun of a phrase between the cue and it, as a
    relative clause. A relative clause has no complementiser ("a vote that
    passed": "that" is its subject), so one with "that" as its mark is the
    cue's complement. Returns the clause's head."""
    for prep in cue.rights:
        if prep.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        for t in prep.subtree:
            if t.dep_ == "relcl" and t.i > cue.i and any(
                    c.dep_ == "mark" and c.lower_ == "that" and c.i == t.left_edge.i for c in t.children) and any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
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
    """"Those who take on debt struggle, even with a good job, he said.": the
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
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark") for c in tok.children):
        return False
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
    if _so_called(tok) or _idiom(tok) or _asked(tok, idx):
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
                _quoted_object(doc, tok, idx, add)
        return
    if cue.act == "declines" and not _declined_speech(tok):
        return
    if _interrupted(doc, tok, idx, add, cue.speech) or (cue.speech and _inverted_interrupted(doc, tok, idx, add)):
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
        toks = [t for t in doc[lo : hi + 1] if t.i != tok.i]
        toks = _drop_participles(toks, ccomps, lex)
        toks = _drop_trailing(doc, toks, idx)
        toks = _drop_quoting_conj(doc, toks, lex, idx)
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
        if xcomp is not None and (lemma in _XCOMP_CUES or lemma in _XCOMP_QUOTED_CUES and any(
                idx.quote_of(t) >= 0 for t in xcomp.subtree)):
            start_tok = dobj if dobj is not None and dobj.i < xcomp.i else xcomp
            lo = start_tok.left_edge.i
            if lo < tok.i < start_tok.i:
                lo = tok.i + 1  # 'where she promised to reject "..."': "where" hangs on the complement
            toks = [t for t in doc[lo : xcomp.right_edge.i + 1]]
            content_head = xcomp
        elif lemma in _PREDICATIVE_CUES and dobj is not None:
            preds = [c for c in tok.children if c.dep_ in ("oprd", "acomp")
                     or (c.dep_ == "prep" and c.lower_ in ("as", "for", "of"))]
            # 'called the council's report a "rush to judgment"': of two predicates the
            # parse made (one the object's head), the quoted one is what was said
            pred = next((c for c in preds if any(idx.quote_of(t) >= 0 for t in c.subtree)),
                        preds[0] if preds else None)
            if pred is None:
                pred = next((c for c in dobj.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            if pred is not None and dobj.i < tok.i < pred.i:
                # "which he called 'a cartel'": the relative pronoun is the object, the
                # speaker stands between it and the cue; the content is the pronoun and
                # the predicate after the cue, two pieces.
                toks = list(doc[tok.i + 1 : pred.right_edge.i + 1])
                content_head = pred
                # "what it called 'a hostile bid'": a free relative stands for nothing said
                rel_piece = None if dobj.lower_ == "what" else dobj
            elif pred is not None and pred.i > dobj.i:
                toks = _venue_tail(list(doc[dobj.left_edge.i : pred.right_edge.i + 1]), idx)
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
    if (content_head is None or not toks) and tok.lemma_.lower() in _OBJECT_CUES:
        dobj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if dobj is not None and dobj.pos_ in ("NOUN", "PROPN") and not any(idx.quote_of(t) >= 0 for t in dobj.subtree):
            content_head = dobj
            toks = list(dobj.subtree)
    if content_head is None or not toks:
        _quoted_object(doc, tok, idx, add)
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
    subj = named or inverted_subj or (tok.head if reduced is not None else _subject(tok))
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


# Kinds of work a quoted title names: '"Trump Revealed," a biography'; 'her memoir, "Quiet Rivers."'
_WORK_NOUNS = frozenset({
    "book", "film", "movie", "show", "song", "album", "series", "novel", "play", "documentary", "memoir",
    "biography", "autobiography", "podcast", "poem", "essay", "musical", "sitcom", "thriller", "drama",
    "comedy", "collection", "anthology", "biopic", "column"})
_NAMING = _WORK_NOUNS | {
    "titled", "entitled", "called", "named", "dubbed", "nicknamed", "known", "newspaper", "magazine",
    "program", "programme", "slogan", "hashtag", "campaign", "headline", "episode", "pseudonym", "nickname",
    "blog", "motto", "ad", "serial"}
# '"Trump Revealed," a biography written by ...': the work named right after the title
_WORK_AFTER = re.compile(r"^\s*,?\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(sorted(_WORK_NOUNS))
                         + r")\b", re.IGNORECASE)


def _calls_for(tok: Token) -> bool:
    """"called for an inquiry", "who's called for tax hikes": a call for something;
    not a race called ("Lorne was called for Ruiz") or a group named ("a group
    called Voters for Lind")."""
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    if tok.dep_ == "acl" and any(c.dep_ in ("oprd", "dobj") and c.i > tok.i and c.ent_type_ not in ("DATE", "TIME")
                                 for c in tok.children):
        return False
    # ("'s" may be "has": "who's called for")
    return not (any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s") for c in tok.children)
                and not any(c.dep_ == "agent" for c in tok.children))


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


def _naming_participle(tok: Token, toks: list[Token], idx: _Index) -> bool:
    """'a film called "Tenemos Familias"', 'an account named "Hypo-Cruz"': a
    participle naming the noun it follows, with no one doing the naming, and a
    quoted name as all it says."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or tok.lemma_.lower() not in ("call", "name", "dub", "title", "nickname"):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    quoted = {idx.quote_of(t) for t in toks} - {-1}
    return bool(quoted) and all(_title_like(tok.doc, idx.quotes[qi]) for qi in quoted)


def _title_like(doc: Doc, q: Quoted) -> bool:
    """A quoted name of a work or a label: every word capitalised, or a naming
    word just before it ("the film", "titled")."""
    words = _words(doc_text(doc), q.inner.start, q.inner.end)
    if words and len(words) <= 8 and all(w[0].isupper() or w.lower() in ("of", "the", "and", "a", "in", "to", "for",
                                                                            "on", "at", "an", "with", "from", "by",
                                                                            "or")
                                          for _, w in words):
        return True
    before = doc_text(doc)[max(0, q.span.start - 25) : q.span.start].lower().split()
    return bool(before) and before[-1].strip(",:") in _NAMING


_NOT_QUOTING_VERBS = {
    "cover", "keep", "lead", "invite", "serve", "see", "host", "wear", "watch", "read", "play", "show",
    "include", "feature", "become", "remain", "win", "lose", "buy", "sell", "run", "hold", "own", "join",
}


def _that_clause(doc: Doc, tok: Token, idx: _Index, add) -> bool:  # type: ignore[no-untyped-def]
    """A verb outside the lexicon with a "that" clause and a named or personal
    subject: "Ms Lee reckoned that ...", "the ministry signalled that ..."."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    subj = _subject(tok)
    if comp is None or subj is None or idx.quote_of(subj) >= 0:
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


# Where something was said: "on his radio show", "in a 1969 book", "at a rally".
_VENUES = frozenset({"show", "program", "programme", "interview", "book", "speech", "rally", "appearance",
                     "podcast", "column", "op-ed", "letter", "statement", "tweet", "post", "debate", "event",
                     "conference", "broadcast", "memo", "editorial", "essay", "article", "radio", "television",
                     "twitter", "facebook", "town", "hall", "briefing", "hearing", "call", "email"})


def _venue_tail(toks: list[Token], idx: _Index) -> list[Token]:
    """'called Lind a "clown" on his radio show': a phrase after the last quotation
    that says where it was said is not part of what was said."""
    last = max((k for k, t in enumerate(toks) if idx.quote_of(t) >= 0), default=-1)
    if last < 0 or last + 1 >= len(toks):
        return toks
    first = toks[last + 1]
    if first.dep_ == "prep" and first.right_edge.i == toks[-1].i and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _VENUES for g in first.children):
        return toks[: last + 1]
    return toks


def _object_tail(verb: Token, end: int, idx: _Index) -> int:
    """'criticized the "identity politics" on display in the race': phrases the
    parse hung on the verb that go on from its quoted object, with no comma and
    no verb of their own ("by saying ..." is another statement)."""
    for c in verb.rights:
        if c.i <= end:
            continue
        if c.left_edge.i != end + 1 or c.dep_ != "prep" or c.lower_ in ("by", "upon") or any(
                t.pos_ in ("VERB", "AUX") and idx.quote_of(t) < 0 for t in c.subtree):
            break
        if any(g.dep_ == "pobj" and g.lemma_.lower() in _VENUES for g in c.children) and not any(
                idx.quote_of(t) >= 0 for t in c.doc[c.right_edge.i + 1 : verb.right_edge.i + 1]):
            break  # 'called Lind a "clown" on his radio show': where it was said, not what
        end = c.right_edge.i
    return end


def _quoted_object(doc: Doc, tok: Token, idx: _Index, add) -> None:  # type: ignore[no-untyped-def]
    """"Merkel heralded the deal as a 'breakthrough'", "Cruz blamed the law on
    'knuckleheaded politicians'": a verb whose object carries someone's words."""
    subj = _subject(tok)
    if subj is None or tok.lemma_.lower() in _NOT_QUOTING_VERBS or subj.pos_ not in ("PROPN", "NOUN", "PRON") \
            or subj.lower_ in ("it", "there", "this", "what"):
        return
    obj = next((c for c in tok.children if c.dep_ in ("dobj",) and c.i > tok.i), None)
    if obj is None:
        # "warned of the dangers of 'owners of technology'", "referred to him as '...'"
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                     and c.lower_ in ("of", "about", "to", "against", "over")), None)
        obj = None if prep is None else next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return
    end = obj.right_edge.i
    for c in tok.children:
        if c.i > obj.i and (c.dep_ in ("oprd", "acomp") or (c.dep_ == "prep" and c.lower_ in ("as", "on", "for"))):
            end = max(end, c.right_edge.i)
    toks = list(doc[obj.left_edge.i : _object_tail(tok, end, idx) + 1])
    quoted = {idx.quote_of(t) for t in toks} - {-1}
    if not quoted or any(_title_like(doc, idx.quotes[qi]) for qi in quoted):
        return
    if not load_lexicon().says(tok.lemma_) and all(_modifier_quote(doc, idx, qi) for qi in quoted):
        return  # the "reform" package: a scare quote inside a noun phrase
    span = _content_from_tokens(doc, toks, idx)
    if span is None:
        return
    add(_statement(doc, idx, span, [tok], tok.lemma_.lower(), subj))


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
    """'her assertion during the debate that "..."': the that-clause the parse hung on
    the noun of a short phrase right after the cue noun."""
    i = noun.right_edge.i + 1
    if i >= len(doc) or doc[i].dep_ != "prep" or doc[i].i - noun.i > 3:
        return None
    pobj = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "NOUN" or lex.noun(pobj.lemma_) is not None or pobj.i - i > 4:
        return None
    return next((c for c in pobj.children if c.dep_ in ("acl", "ccomp") and c.i > pobj.i
                 and any(g.lower_ == "that" and g.dep_ == "mark" and g.i == pobj.i + 1 for g in c.children)), None)


def _drop_nested(found: list[Found]) -> list[Found]:
    """A statement reported inside another's content ("X said Y claimed Z") is
    part of that content, not a statement of the document's own."""
    keep = []
    for f in found:
        inside = False
        for g in found:
            if g is f or g.cue is None or f.cue is None or f.relative:
                continue
            if any(c.start <= f.cue.start and f.cue.end <= c.end and c.start <= f.start and f.end <= c.end
                   for c in g.content):
                inside = True
                break
        if not inside:
            keep.append(f)
    return keep


def _sentence_of(doc: Doc, char: int) -> TokSpan:
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or len(tok) == 0:
        return doc[-1:].sent if len(doc) else doc[:]
    return tok[0].sent


def _set_off(text: str, q: Quoted) -> bool:
    """A quote standing apart: after a colon or comma, or at a sentence start,
    or followed by a comma that hands over to its cue."""
    before = text[max(0, q.span.start - 3) : q.span.start].rstrip()
    inner_end = text[q.inner.start : q.inner.end].rstrip().rstrip("'’\"”")[-1:]
    return (not before or before[-1] in ",:.!?\n—") or inner_end in (",", "!", "?")


_BYLINE_BEFORE = re.compile(r"[,.][\"\u201d]\s+by\s+[^:\n\"\u201c\u201d]{3,80}:\s*$")
_BYLINE_AFTER = re.compile(r",?[\"\u201d]?\s+by\s+[A-Z]|\s*https?://")


def _bylined(doc: Doc, q: Quoted) -> bool:
    """A newsletter's link: a headline with its byline ('"Tram line to close," by the
    Post's Ann Lee: "..."'), the excerpt after it, or a quotation followed by its
    address: what an article says, not what anyone said."""
    text = doc_text(doc)
    return bool(_BYLINE_BEFORE.search(text, max(0, q.span.start - 100), q.span.start)) \
        or bool(_BYLINE_AFTER.match(text, q.span.end))


def _named_work(doc: Doc, q: Quoted) -> bool:
    """A title after a possessive or preposition: 'on ABC's "This Week"'."""
    if not _title_like(doc, q):
        return False
    before = doc_text(doc)[max(0, q.span.start - 12) : q.span.start].rstrip().lower()
    # 'who wrote "Peter Pan"': a capitalised title as the object of writing, not a quotation
    if _WORK_AFTER.match(doc_text(doc)[q.span.end : q.span.end + 60]):
        return True
    return before.endswith(("'s", "’s", " on", " with", " of", " at", " from", " in", " to", " by",
                            " wrote", " write", " writes", " published", " authored", " penned",
                            " known as", " told")) or \
        bool(before.split()) and before.split()[-1].strip(",:") in _NAMING


def _attribute_quotes(doc: Doc, quotes: list[Quoted], idx: _Index, lex: Lexicon,
                      found: list[Found], covered: set[int]) -> None:
    """Quoted strings the parse pass did not explain."""
    by_cue = {f.cue_token: f for f in found if f.cue_token is not None and f.kind == "direct"}
    text = doc_text(doc)
    for qi, q in enumerate(quotes):
        if qi in covered:
            continue
        words = _words(text, q.inner.start, q.inner.end)
        if not words or _named_work(doc, q):
            continue
        near = _nearby_cue(doc, q, idx, lex)
        if near is not None and len(words) < 4 and not _set_off(text, q):
            near = None  # a fragment in mid-sentence ('a "ferocious" battle') is no quotation
        if near is not None:
            cue_tok, subj, speaker_from = near
            prior = by_cue.get(cue_tok.i)
            if prior is not None and prior.speaker is not None \
                    and prior.speaker.start <= q.span.start < prior.speaker.end:
                continue  # a title inside the speaker's own description ('the authors of the "X Report"')
            if prior is not None:
                prior.content.append(q.span)
                prior.quotes.append(qi)
                continue
            speaker = None if subj is None else _speaker_span(subj)
            if speaker is not None and speaker_from is not None:
                speaker = Span(min(speaker_from, speaker.start), speaker.end)
            lead = _lead_in(doc, q, words, lex) if cue_tok.idx >= q.span.end else None
            if lead is not None:
                # 'Clinton would lose "no matter what," one user commented': the clause is what was said
                found.append(Found("mixed", [Span(lead, q.span.end)], _tok_span([cue_tok]), cue_tok.lemma_.lower(),
                                   speaker, None if subj is None else subj.i, quotes=[qi], cue_token=cue_tok.i))
                continue
            f = Found("direct", [q.span], _tok_span([cue_tok]), cue_tok.lemma_.lower(),
                      speaker, None if subj is None else subj.i, quotes=[qi], cue_token=cue_tok.i)
            found.append(f)
            by_cue[cue_tok.i] = f
            continue
        if not _standalone(doc, q, words):
            lead = _quoted_sentence(doc, quotes, qi, words, lex)
            if lead is not None:
                found.append(Found("mixed", [Span(lead, q.span.end)], None, None, None, None, carried=True,
                                   quotes=[qi]))
            elif (tail := _quote_then_tail(doc, quotes, qi, words, lex)) is not None:
                found.append(Found("mixed", [Span(q.span.start, tail)], None, None, None, None, carried=True,
                                   quotes=[qi]))
            continue
        signed = _sign_off(doc, q)
        if signed is not None:
            dash, name, head = signed
            found.append(Found("direct", [q.span], dash, "say", name, head.i, quotes=[qi]))
            continue
        found.append(Found("direct", [q.span], None, None, None, None, carried=True, quotes=[qi]))


# "\n\n- Ann Lee.", "\n\n-Ann Lee, tweeting after the speech.": the line that signs a quotation.
_SIGN_OFF = re.compile(r"[ \t\xa0]*\n\s*([-\u2013\u2014])[ \t\xa0]?(?=[A-Z])([^\n]{1,120})(?:\n|$)")


def _sign_off(doc: Doc, q: Quoted) -> tuple[Span, Span, Token] | None:
    """A paragraph that is a quotation, signed on the next line with a dash and
    a name ('- Ann Lee.'): the dash, the name and its head."""
    text = doc_text(doc)
    m = _SIGN_OFF.match(text, q.span.end)
    if m is None or not text[q.span.end : m.start(1)].count("\n") or m.group(2).rstrip().endswith(_DASHES):
        return None  # '- A subheading -'
    name: list[Token] = []
    for t in doc.char_span(m.start(2), m.end(2), alignment_mode="expand") or ():
        if t.is_space:
            continue
        if t.text in (",", ".", "(", ";", ":"):
            break
        name.append(t)
    if not name or len(name) > 6 or not all(t.text.lstrip("-\u2013\u2014")[:1].isupper() for t in name if t.is_alpha) \
            or not any(t.pos_ == "PROPN" for t in name):
        return None
    head = next(t for t in reversed(name) if t.pos_ == "PROPN")
    return Span(m.start(1), m.start(1) + 1), Span(m.start(2), name[-1].idx + len(name[-1])), head


def _lead_in(doc: Doc, q: Quoted, words: list[tuple[int, str]], lex: Lexicon) -> int | None:
    """Where the clause starts that a quotation finishes ('the prime minister
    "looked ashen," Mr. Arad said'): the quotation opens in lower case after
    words of its own sentence that hold no quotation and no verb of saying.
    After a comma the clause starts there ("Emerging from the talks, the
    minister ...")."""
    if not words or not words[0][1][0].islower():
        return None
    sent = _sentence_of(doc, q.span.start)
    lead = [t for t in doc[sent.start : sent.end] if t.idx < q.span.start and not t.is_space]
    if any(t.is_quote or t.text in (":", ";", "(", ")") or (t.pos_ == "VERB" and lex.verb(t.lemma_) is not None)
           for t in lead):
        return None
    commas = [k for k, t in enumerate(lead) if t.text == ","]
    if commas:
        lead = lead[commas[-1] + 1 :]
    if sum(1 for t in lead if not t.is_punct) < 2 or any(t.is_punct for t in lead):
        return None
    return lead[0].idx


def _quoted_sentence(doc: Doc, quotes: list[Quoted], qi: int, words: list[tuple[int, str]],
                     lex: Lexicon) -> int | None:
    """'"A," said Ann Lee. Now, "B C D E."': a sentence that is a quotation after
    a few words of lead-in, right after another quotation, goes on with it. Returns
    where the sentence starts."""
    q = quotes[qi]
    if qi == 0 or len(words) < 4 or q.span.start - quotes[qi - 1].span.end > 300:
        return None
    text = doc_text(doc)
    rest = text[q.span.end : q.span.end + 3].lstrip(" \t\xa0")
    if rest and rest[0] not in ".\n" and not rest[0].isupper():
        return None  # the sentence goes on after the quotation
    sent = _sentence_of(doc, q.span.start)
    lead = [t for t in doc[sent.start : sent.end] if t.idx < q.span.start]
    lead_words = [t for t in lead if not t.is_punct and not t.is_space]
    if not lead_words or len(lead_words) > 4 or 2 * len(lead_words) > len(words) \
            or lead[0].idx < quotes[qi - 1].span.end:
        return None
    if any(lex.verb(t.lemma_) is not None or t.pos_ in ("VERB", "AUX") for t in lead_words):
        return None
    return lead[0].idx


def _quote_then_tail(doc: Doc, quotes: list[Quoted], qi: int, words: list[tuple[int, str]],
                     lex: Lexicon) -> int | None:
    """'"A," said Ann Lee. "B C D E" and other things.': a sentence that opens
    with a quotation and ends in a few words of the writer's, right after
    another quotation, goes on with it. Returns where the sentence's words end."""
    q = quotes[qi]
    if qi == 0 or len(words) < 4 or not q.closed or q.span.start - quotes[qi - 1].span.end > 300:
        return None
    sent = _sentence_of(doc, q.span.start)
    if any(t.idx < q.span.start and not t.is_space and not t.is_punct for t in doc[sent.start : sent.end]):
        return None
    last = _sentence_of(doc, q.span.end - 1)
    tail = [t for t in doc[last.start : last.end] if t.idx >= q.span.end and not t.is_space]
    while tail and tail[-1].is_punct and tail[-1].text not in ")]":
        tail.pop()
    if not tail or not tail[0].text[0].islower() or len(tail) > 15 or tail[0].lower_ == "by":
        return None  # '"A headline," by Ann Lee': a byline
    if any(t.is_quote or t.text in (":", ";", "(")
           or (t.pos_ == "VERB" and t.tag_ not in ("VB", "VBG") and lex.verb(t.lemma_) is not None) for t in tail):
        return None
    return tail[-1].idx + len(tail[-1])


def _asked(t: Token, idx: _Index) -> bool:
    """"Do you think Glass-Steagall should be reinstated?": a cue in a question, its
    auxiliary before its subject, outside any quotation, asks and claims nothing."""
    if idx.quote_of(t) >= 0 or not t.sent.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?"):
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(c.dep_ == "aux" and c.i < subj.i for c in t.children)


def _so_called(t: Token) -> bool:
    """"so-called", "so called": a label, not a report of speech."""
    doc = t.doc
    return t.lower_ == "called" and t.i >= 1 and (
        doc[t.i - 1].lower_ == "so" or (doc[t.i - 1].text == "-" and t.i >= 2 and doc[t.i - 2].lower_ == "so"))


# Set phrases of the writer's own that contain a verb of saying: "All told, ...",
# "That said, ...", "There's no denying ...".
_IDIOMS = (("all", "told"), ("that", "said"), ("being", "said"), ("no", "denying"))


def _idiom(t: Token) -> bool:
    """A verb of saying inside a set phrase of the writer's ("All told, up to 5
    million ...", "That said, a loss ...", "There is no denying he ..."), or an
    infinitive on an adjective ("It is too soon to say how ...", "safe to say")."""
    doc = t.doc
    prev = _previous_word(t)
    if prev is not None and (prev.lower_, t.lower_) in _IDIOMS:
        if t.lower_ == "denying" or (t.i + 1 < len(doc) and doc[t.i + 1].text == ","):
            return True
    if t.lemma_ == "call" and t.tag_ == "VB" and t.i == t.sent.start and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in t.children):
        return True  # "Call it viral fundraising."
    return t.lemma_ == "say" and t.tag_ == "VB" and t.dep_ == "xcomp" and (
        t.head.pos_ == "ADJ" or t.head.pos_ == "ADV" and t.head.head.lemma_ == "be") \
        and not any(c.dep_ in ("nsubj", "dative") for c in t.children)


_NOT_SPEECH_VERBS = {"be", "have", "do", "get", "make", "take", "go", "come", "give", "use", "include"}


def _speech_verb(t: Token, lex: Lexicon, near_mark: bool) -> bool:
    """A cue for a quote next to it: a lexicon verb, or any verb joined to the
    quote by a comma or colon ("X quipped, ..."), which news prose reserves for speech."""
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() in _NOT_SPEECH_VERBS or t.dep_ in ("amod", "compound") \
            or _so_called(t):
        return False
    return lex.verb(t.lemma_) is not None or near_mark


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
        # "a White House official who spoke anonymously to discuss strategy said ...": the
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


def _fallback_subject(doc: Doc, verb: Token, idx: _Index) -> Token | None:
    """The nearest subject to the left of a verb in its sentence, outside quotes,
    for parses that lost the verb's own subject."""
    sent = verb.sent
    for t in reversed(doc[sent.start : verb.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and idx.quote_of(t) < 0 and t.pos_ in ("PROPN", "NOUN", "PRON"):
            return t
    return None


def _inverted_cue(t: Token, lex: Lexicon) -> tuple[Token, Token, None] | None:
    """'..., said Ann Lee, "B."': the word before the mark ends the subject of
    a verb of saying that came before it."""
    node = t
    while node.dep_ not in _SUBJ and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ in _SUBJ and verb.i < node.i and lex.verb(verb.lemma_) is not None:
        return verb, node, None
    return None


# '"... anonymity" said Ana Ruiz': a quotation of several words with no comma
# before the verb of saying right after its closing mark.
_BARE_TAIL = re.compile(r"\s*(?:said|says|asked|asks|added|adds|wrote|writes)\b")


def _bare_tail(text: str, q: Quoted) -> bool:
    inner = text[q.inner.start : q.inner.end]
    return len(inner.split()) >= 4 and inner.rstrip()[-1:].isalnum() \
        and _BARE_TAIL.match(text, q.span.end) is not None


def _nearby_cue(doc: Doc, q: Quoted, idx: _Index, lex: Lexicon) -> tuple[Token, Token, int | None] | None:
    """(cue, speaker, where the speaker's words start when the parse split them)
    for a quote: a verb of saying right after or right before it."""
    text = doc_text(doc)
    # After: '"...," he said' / '"...," said X' / '"...," Ann Lee, a lawyer, said'.
    last = text[q.inner.start : q.inner.end].rstrip().rstrip("'’\"”")[-1:]
    if q.closed and (last in (",", "?", "!", "—", "-", "…") or _bare_tail(text, q)) or q.inner.end == q.span.end:
        first = doc.char_span(q.span.end, min(len(text), q.span.end + 300), alignment_mode="expand")
        if first is not None and len(first):
            start = first.start
            for t in doc[start : min(len(doc), start + 30)]:
                if idx.quote_of(t) >= 0 or t.text in (".", ";", "!", "?") or "\n" in t.text:
                    break
                if t.lower_ in ("state", "states") and t.pos_ == "NOUN" and t.i > start \
                        and doc[t.i - 1].pos_ in ("PROPN", "NOUN") and idx.quote_of(doc[t.i - 1]) < 0 \
                        and (t.i + 1 == len(doc) or doc[t.i + 1].pos_ in ("ADP", "PUNCT")):
                    # '"...," the ministry states in ...': "states" tagged as a noun
                    return t, doc[t.i - 1], doc[start].idx
                if not _speech_verb(t, lex, True):
                    continue
                subj = _subject(t)
                if subj is None or idx.quote_of(subj) >= 0 or subj.i < start:
                    # '"...," Ann Lee, now 81 and retired, said': the first name after the quote.
                    subj = next((x for x in doc[start : t.i] if x.pos_ in ("PROPN", "NOUN", "PRON")), None)
                    if subj is None and t.i == start and t.tag_ != "VBG":
                        # '"Safety," said Ben Grimm, a welder.': the name after the cue
                        # ('"...," referencing the crowds': a participle's object is no speaker)
                        name = _name_after(doc, t)
                        if name is not None:
                            return t, name[1], name[0].idx
                    if subj is None or any(x.pos_ in ("VERB", "AUX") and x.tag_ not in ("VBN", "VBG")
                                           for x in doc[start : t.i]):
                        break
                    return t, subj, None
                between = [x for x in doc[start : t.i] if not x.is_punct and not x.is_space]
                in_subject = {x.i for x in subj.subtree}
                if all(x.i in in_subject or (x.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and x.i < subj.i)
                       for x in between):
                    return t, subj, (between[0].idx if between and between[0].i < subj.left_edge.i else None)
                break
    # Before: 'X said: "..."' / 'X said, "..."' / 'X shot back, "..."'.
    before = doc.char_span(max(0, q.span.start - 80), q.span.start, alignment_mode="expand")
    if before is None or not len(before):
        return None
    toks = [t for t in before if t.idx + len(t) <= q.span.start]
    near_mark = False
    for t in reversed(toks[-6:]):
        if idx.quote_of(t) >= 0 or t.text in (".", "!", "?", ";"):
            return None
        if t.text == ":" and not near_mark and (said := _possessed_words(doc, t, idx)) is not None:
            return said  # 'Okafor's response was: "..."', 'His answer: "..."'
        if t.text in (",", ":", "—"):
            label = doc[t.i - 1] if t.i > 0 else t
            if t.text == ":" and not near_mark and t.i > 0 and label.pos_ == "PROPN" and idx.quote_of(label) < 0 \
                    and not (label.dep_ == "pobj" and label.head.head.pos_ == "VERB"):
                # 'Carl Bialik: "..."': a name and a colon introduce the quote (not
                # 'contrasted him with Okafor: "..."', where the name ends a clause).
                return t, label, None
            near_mark = True
            continue
        if t.dep_ in ("prt", "advmod", "npadvmod") or t.lower_ in ("it", "this", "back"):
            continue
        inverted = _inverted_cue(t, lex)
        if inverted is not None:
            return inverted
        if _speech_verb(t, lex, near_mark) or (_speech_verb(t, lex, False) and t.pos_ == "VERB"):
            subj = _subject(t) or _fallback_subject(doc, t, idx)
            if subj is not None:
                return t, subj, None
        if near_mark and t.pos_ == "VERB" and text[t.idx + len(t) : q.span.start].strip().endswith(":") \
                and all(x.dep_ in ("prt", "advmod") or x.text == ":" for x in doc[t.i + 1 : before.end]
                        if x.idx < q.span.start) \
                and (subj := _subject(t)) is not None and idx.quote_of(subj) < 0:
            return t, subj, None  # 'She went on: "..."': a verb and a colon introduce what she said
        if near_mark and t.pos_ not in ("VERB", "AUX"):
            # 'X wrote in a letter to staff: "..."': climb from "staff" to "wrote".
            v = t
            while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and v.head.i < q.span.start:
                v = v.head
            if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.i < v.i and _speech_verb(v.head, lex, True) \
                    and not _speech_verb(v, lex, True):
                v = v.head  # 'X joked, again using a southern accent, "..."'
            if v.i < t.i and _speech_verb(v, lex, True):
                subj = _subject(v)
                if subj is not None and idx.quote_of(subj) < 0:
                    return v, subj, None
            elif v.i < t.i and text[t.idx + len(t):q.span.start].strip() == ":" \
                    and (vs := _subject(v)) is not None and vs.lower_ not in _NO_SPEAKER:
                # 'X was blunt: "..."': a colon after a clause about its speaker (not
                # 'it was the stage itself: "..."', where "it" speaks for nobody).
                return v, vs, None
        if not near_mark:
            # Only the verb right before the mark, or a lexicon verb a few words back.
            continue
        return None
    return None


# Subjects of a clause before a colon that cannot be the quotation's speaker.
_NO_SPEAKER = frozenset({"it", "this", "that", "there", "which", "what"})

# Nouns for what someone said that introduce it with a colon: "Okafor's response was: ..."
_RESPONSE_NOUNS = frozenset({"response", "answer", "reply", "message", "retort", "reaction", "verdict",
                             "advice", "explanation", "comment", "words", "warning", "plea", "assessment"})


def _possessed_words(doc: Doc, colon: Token, idx: _Index) -> tuple[Token, Token, None] | None:
    """(noun, owner, None) for "Okafor's response was:" or "His answer:" right
    before a quotation: the owner of the words is the speaker."""
    k = colon.i - 1
    if k > 0 and doc[k].lemma_ == "be":
        k -= 1
    if k < 0:
        return None
    noun = doc[k]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _RESPONSE_NOUNS or noun.dep_ not in ("nsubj", "ROOT"):
        return None  # (not "I had to change my answer:", where the clause has its own speaker)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or idx.quote_of(owner) >= 0:
        return None
    return noun, owner, None


def _name_after(doc: Doc, verb: Token) -> tuple[Token, Token] | None:
    """(first, head) of a noun phrase right after ``verb`` that ends at a comma or
    the sentence's end: "said Ben Grimm, ...", "wrote a voter."."""
    words: list[Token] = []
    for x in doc[verb.i + 1 : min(len(doc), verb.i + 8)]:
        if (x.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM") and not x.is_punct) or (
                x.tag_ in ("VBG", "VBN") and x.is_lower and x.i + 1 < len(doc)
                and doc[x.i + 1].pos_ in ("PROPN", "NOUN")):
            words.append(x)  # (also "ranking Democrat", "acting director")
            continue
        if words and (x.text in (",", ".", ";", "(")
                      or x.lower_ in ("who", "whose", "of", "from", "at", "with", "in")) \
                and any(w.pos_ in ("PROPN", "NOUN") for w in words):
            return words[0], words[-1]
        return None
    return None


def _standalone(doc: Doc, q: Quoted, words: list[tuple[int, str]]) -> bool:
    """A quote that is a sentence of its own, not a title or a scare quote."""
    text = doc_text(doc)
    inner = text[q.inner.start : q.inner.end].rstrip().rstrip("'’\"”")
    if len(words) < 4 and not (q.closed and inner[-1:] in (".", "!", "?")):
        return False  # a short one only when it is a sentence: '"Big time."'
    i = q.span.start - 1
    while i >= 0 and text[i].isspace() and text[i] != "\n":
        i -= 1
    j = i
    while j > 0 and text[j] in "\"”'’":
        j -= 1  # after a sentence that closed a quotation: '... he said on "Meet the Press." "..."'
    starts_sentence = i < 0 or text[i] in "\n.!?:" or (j < i and text[j] in ".!?")
    after = text[q.span.end : q.span.end + 3].lstrip(" \t\xa0")
    ends_sentence = (inner[-1:] in (".", "!", "?", ",", "…", ";", ":") or not q.closed
                     or not after or after[0] in "\n[(" or after[0].isupper())
    return starts_sentence and ends_sentence


def _carry_speakers(doc: Doc, found: list[Found]) -> None:
    """A cue-less quote continues the nearest attribution before it (or just after)."""
    last: Found | None = None
    for i, f in enumerate(found):
        if f.carried:
            src = last
            if src is None or _sentence_gap(doc, src, f) > 3:
                nxt = next((g for g in found[i + 1:] if not g.carried and g.speaker is not None), None)
                src = nxt if nxt is not None and _sentence_gap(doc, f, nxt) <= 1 else None
            intro = _introducer(doc, f, src)
            if intro is not None:
                f.speaker = _speaker_span(intro)
                f.speaker_head = intro.i
            elif src is not None:
                f.speaker = src.speaker
                f.speaker_head = src.speaker_head
            continue
        if f.speaker is not None:
            if (last is not None and (f.kind == "indirect" or f.relative) and last.kind != "indirect"
                    and f.start > last.end and _sentence_gap(doc, last, f) == 0):
                # '"A," said Ruiz, who said he had left on good terms. "B."': a report
                # tucked into the quotation's own sentence does not take over its speaker.
                continue
            last = f


_INTRO_PRONOUNS = {"he", "she", "they"}


def _introducer(doc: Doc, f: Found, src: Found | None) -> Token | None:
    """'Sen. Ana Ruiz tweeted a warning. "Remember November."': the named subject of
    the sentence right before a cue-less quotation, when that sentence reports no
    one else's words, introduces its speaker."""
    sent = _sentence_of(doc, f.start)
    if sent.start == 0 or doc[sent.start].idx < f.start - 2:
        return None
    prev = doc[sent.start - 1].sent
    if src is not None and src.end > prev.start_char:
        return None  # the sentence before is itself a report: the quotation goes on with it
    root = prev.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    last = next((t for t in reversed(prev) if not t.is_space), None)
    if subj is None or root.pos_ not in ("VERB", "AUX") or any(t.is_quote for t in prev) \
            or last is None or last.text not in (".", "!", ":"):
        return None
    if subj.pos_ == "PROPN" or (src is None and subj.lower_ in _INTRO_PRONOUNS):
        return subj  # (a pronoun after a report mostly stands for its speaker: keep the name)
    return None


def _sentence_gap(doc: Doc, a: Found, b: Found) -> int:
    sa = _sentence_of(doc, a.end - 1)
    sb = _sentence_of(doc, b.start)
    if sb.start <= sa.start:
        return 0
    return sum(1 for t in doc[sa.start + 1 : sb.start + 1] if t.is_sent_start)

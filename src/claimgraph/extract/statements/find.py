"""Both passes over one Doc in order, then the pieces of interrupted and
coordinated quotations and speakers carried to statements without a cue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import DEP, LOWER, POS
from spacy.parts_of_speech import AUX as _AUX_POS
from spacy.parts_of_speech import NOUN as _NOUN_POS
from spacy.parts_of_speech import VERB as _VERB_POS

from ...model import Span
from ..cues import Lexicon, load_lexicon
from ..doctext import doc_text
from ..quotes import Quoted
from .edges import _drop_trailing
from .found import Found, _classify, _clean_span, _content_from_tokens, _Index, _sentence_of, _speaker_span, _statement
from .not_speech import _bylined
from .other_cues import _according_to, _adjective_cue, _colon_cue, _named_after, _noun_cue
from .quote_cues import _attribute_quotes, _sign_off
from .turns import transcript_turns
from .verb_cues import _verb_cue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_statements"]


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

    turn_colons = set()
    for turn in transcript_turns(doc):
        # "TAPPER: And obviously ... Racial healing?": the whole paragraph is the turn's
        toks = [t for t in doc[turn.colon + 1 :] if t.idx < turn.end and not t.is_space]
        if not any(t.pos_ in ("VERB", "AUX") for t in toks):
            continue  # "Sanders: 1,501": a table, not a turn
        span = _content_from_tokens(doc, toks, idx)
        if span is None:
            continue
        name = doc[turn.name_start : turn.name_end]
        f = _statement(doc, idx, span, [doc[turn.colon]], ":", name[-1])
        f.speaker = Span(name.start_char, name.end_char)
        add(f)
        turn_colons.add(turn.colon)

    # Words that can be cues: verbs, nouns, adjectival complements, colons and
    # "according" (read from the tag arrays, not one Token per word).
    strings = doc.vocab.strings
    cols = doc.to_array([POS, DEP, LOWER]).tolist()
    kinds = {_VERB_POS, _AUX_POS, _NOUN_POS}
    marks = {strings["according"], strings[":"]}
    acomp = strings["acomp"]
    for i in [i for i, (p, d, w) in enumerate(cols) if p in kinds or d == acomp or w in marks]:
        tok = doc[i]
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
            if toks is right and right and right[0].tag_ == "VBN" and right[0].dep_ in ("advcl", "acl") \
                    and right[0].right_edge.i + 1 < sent.end and doc[right[0].right_edge.i + 1].text == ",":
                # "According to the poll, carried out by the institute in March, 38 percent ...":
                # the participle describes the source, the claim comes after it
                stop = right[0].right_edge.i + 1
                right = [t for t in right if t.i > stop]
                toks = right
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
            if tok.i not in turn_colons:
                _colon_cue(doc, tok, idx, add)
            continue
        if tok.dep_ == "acomp" and _adjective_cue(doc, tok, idx, lex, add):
            continue
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
            _verb_cue(doc, tok, lex, idx, add)
        elif tok.pos_ == "NOUN":
            _noun_cue(doc, tok, lex, idx, add)

    found = _drop_nested(found)
    _relative_before_predicate(doc, found, idx)
    covered = {qi for f in found for qi in f.quotes}
    _attribute_quotes(doc, quotes, idx, lex, found, covered)
    for f in found:
        if f.speaker is None and f.kind == "direct" and len(f.quotes) == 1 \
                and (signed := _sign_off(doc, idx.quotes[f.quotes[0]])) is not None:
            # 'Claim: "Crime has fallen by a third." - Mayor Ines Ovell': the noun cue had no speaker
            f.speaker, f.speaker_head = signed[1], signed[2].i
    found = [f for f in found if not (f.kind == "direct" and f.quotes and all(
        _bylined(doc, idx.quotes[qi]) for qi in f.quotes))]
    taken = {qi for f in found for qi in f.quotes}
    for f in found:
        _fronted_condition(doc, f, idx)
        _fronted_lead(doc, f, idx, found, lex)
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
    _participle_speakers(doc, found)
    _through_colon(doc, found)
    return found


# Not "when" or "while": mostly the time of speaking ("When she first unveiled the levy, she said").
_CONDITIONS = ("if", "whether", "unless", "although", "though")


def _fronted_condition(doc: Doc, f: Found, idx: _Index) -> None:
    """'If the vote fails, she said, "we start again."': a condition or concession
    before the speaker is the first piece of what was said; so is any clause
    opening the sentence when the quotation after the speaker goes on with it in
    lower case ('Judging them by the polls, Lee said, "is like ..."')."""
    if f.kind != "direct" or len(f.content) != 1 or f.speaker is None or f.cue is None or f.speaker_head is None:
        return
    first, last = min(f.speaker.start, f.cue.start), max(f.speaker.end, f.cue.end)
    if not last <= f.content[0].start:
        return
    text = doc_text(doc)
    if text[last:f.content[0].start].strip() not in (",", ":"):
        return
    sent = doc[f.speaker_head].sent
    lo = sent.start_char
    before = text[lo:first].rstrip()
    low = before.lower()
    if not before.endswith(",") or len(before.split()) > 30 \
            or any(idx.quote_of(t) >= 0 for t in doc[sent.start:f.speaker_head]) \
            or f.speaker.start < f.cue.start and not f.speaker.end <= f.cue.start:
        return
    if low.split(None, 1)[0].rstrip(",") not in _CONDITIONS and not _opens_with_verb(doc, f):
        return
    f.content.insert(0, Span(lo, lo + len(before) - 1))
    f.kind = "mixed"


def _opens_with_verb(doc: Doc, f: Found) -> bool:
    """The quotation opens with a finite verb in lower case: the words before the
    speaker are its subject."""
    if f.cue_token is None:
        return False
    opening = next((t for t in doc[f.cue_token :] if t.idx >= f.content[0].start
                    and not t.is_punct and not t.is_space), None)
    return opening is not None and opening.is_lower and opening.tag_ in ("MD", "VBZ", "VBD", "VBP")


def _fronted_lead(doc: Doc, f: Found, idx: _Index, found: list[Found], lex: Lexicon) -> None:
    """'The dockers' pay offer "came late. Nobody had seen a figure," Lea Vos said':
    the writer's words that open the sentence and run into a quotation ended by
    its speaker's cue are the start of what was said (a mixed quotation)."""
    if f.kind != "direct" or len(f.content) != 1 or len(f.quotes) != 1 or f.speaker is None or f.cue is None \
            or f.speaker_head is None or not f.content[0].end <= f.cue.start or not f.content[0].end <= f.speaker.start:
        return
    text = doc_text(doc)
    start = f.content[0].start
    sent = _sentence_of(doc, start)
    lo = sent.start_char
    before = text[lo:start]
    if not 2 <= len(before.split()) <= 30 or "\n" in text[lo:f.content[0].end] \
            or any(mark in before for mark in ('"', "\u201c", "\u201d", ":", "''", "``")) \
            or any(g is not f and g.end > lo and g.start < start for g in found):
        return  # one quotation, one paragraph, and no other statement in the lead
    inner = text[start:f.content[0].end].lstrip("\"'\u201c\u2018` ")
    if not inner[:1].islower() or re.search(r"[.!?](?:\s|$)|[\u2014\u2013-]\s*$", before.strip()):
        return  # a quotation opening with a capital starts a sentence of its own
    lead = doc.char_span(lo, start, alignment_mode="expand")
    if lead is None or any(t.pos_ == "VERB" and lex.verb(t.lemma_) is not None for t in lead):
        return  # 'The union called the offer a "slap in the face,"': the lead is a report of its own
    f.content[0] = Span(lo, f.content[0].end)
    f.kind = "mixed"


# Words that carry a quoted phrase on into the writer's ('pledged to "win many seats" on polling
# day', 'a "war footing" against the floods').
_RUN_ON_WORDS = frozenset({"on", "in", "to", "about", "against", "for", "from", "of", "with", "between", "into",
                           "toward", "towards", "over", "at", "that", "among", "across", "through"})
_RUN_ON_END = re.compile(r"[,;:\u2014\u2013(\"\u201c\u201d]|''|[.!?](?=[\"\u201d\u2019']?(?:\s|$))|\n")
_WHEN = re.compile(r" (?:on|in|at) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
                   r"|April|May|June|July|August|September|October|November|December|the (?:morning|afternoon"
                   r"|evening)|\d)")

_AND_QUOTE = re.compile(r",?[ \t\xa0]+(?:and|or),?[ \t\xa0]+$")


def _coordinated_quote(doc: Doc, f: Found, idx: _Index, taken: set[int]) -> None:
    """'The crowd chanted "Pay us now," and "Open the gates."': a second
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
    """'"It is our misfortune," she said, that both ministers knew the broker': a clause
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


# Verbs that name their object with a noun phrase right after it: 'called X "a farce"'.
_NAMING_CUES = frozenset({"call", "label", "brand", "dub", "term"})


def _noun_phrase(doc: Doc, q: Quoted) -> bool:
    """The quotation is a noun phrase ("a hodgepodge of lies"), not a clause's verb."""
    span = doc.char_span(q.inner.start, q.inner.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.pos_ in ("NOUN", "PROPN")


def _relative_before_predicate(doc: Doc, found: list[Found], idx: _Index) -> None:
    """'China called a UN report that concluded A "a hodgepodge of lies"': the
    quotation after the relative clause is what China called the report (the
    predicate of "called"), not more of what the report concluded."""
    by_cue = {f.cue_token: f for f in found if f.cue_token is not None}
    for f in found:
        if not f.relative or f.cue_token is None or len(f.content) != 1:
            continue
        noun = doc[f.cue_token].head
        outer = by_cue.get(noun.head.i) if noun.dep_ == "dobj" else None
        if outer is None or outer is f or outer.cue_lemma not in _NAMING_CUES:
            continue
        shared = [idx.quotes[qi] for qi in f.quotes if qi in outer.quotes]
        if not shared or shared[0].span.start <= f.start or not _noun_phrase(doc, shared[0]):
            continue  # (not 'mocked ministers who think they can "subcontract" ...')
        start, end = _clean_span(doc_text(doc), f.start, shared[0].span.start)
        if end <= start:
            continue
        f.kind, span, f.quotes = _classify(doc, Span(start, end), idx)
        f.content = [span]


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


def _through_colon(doc: Doc, found: list[Found]) -> None:
    """'said that the memo was only a draft: its figures were ...': a
    reported clause that stops at a colon goes on with what the colon introduces, to
    the end of the sentence (unless another statement starts there)."""
    text = doc_text(doc)
    starts = sorted(f.start for f in found)
    for f in found:
        if f.kind != "indirect" or len(f.content) != 1 or f.cue is None or f.cue.start > f.start:
            continue
        after = text[f.end : f.end + 3]
        if not after.startswith(":") or after[1:2] not in (" ", "\xa0"):
            continue
        nxt = doc.char_span(f.end + 2, min(len(text), f.end + 3), alignment_mode="expand")
        if nxt is None or not len(nxt):
            continue
        end = nxt[0].sent.end_char  # the parse's sentence: "Mr." and "Sens." do not end it
        while end > f.end and (text[end - 1].isspace() or text[end - 1] in ".!?"):
            end -= 1
        if end - f.end < 4 or any(f.end < s < end for s in starts):
            continue
        f.content = [Span(f.start, end)]


def _participle_speakers(doc: Doc, found: list[Found]) -> None:
    """'Maher said the report "was not good." Adding, "Now, ..."': a participle with no
    speaker of its own goes on with the speaker of the statement before it."""
    last: Found | None = None
    for f in found:
        if f.speaker is None and last is not None and _opening_participle(doc, f, last) \
                and _sentence_gap(doc, last, f) <= 1:
            f.speaker = last.speaker
            f.speaker_head = last.speaker_head
        if f.speaker is not None:
            last = f


def _opening_participle(doc: Doc, f: Found, last: Found) -> bool:
    """The statement's cue is a participle that opens its sentence ("Adding, ..."), or
    that follows the statement before with nothing but punctuation between."""
    if f.cue_token is None or doc[f.cue_token].tag_ != "VBG":
        return False
    cue = doc[f.cue_token]
    before = [t for t in doc[cue.sent.start : cue.i] if not (t.is_punct or t.is_space or t.pos_ == "CCONJ")]
    return not before or (last.end <= cue.idx and not any(ch.isalnum() for ch in doc_text(doc)[last.end : cue.idx]))


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

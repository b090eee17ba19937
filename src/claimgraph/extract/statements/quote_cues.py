"""The second pass: each quotation the cues left unexplained, attributed to a
cue just before or after it, a sign-off, or the sentence that introduces it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Span
from ..cues import Lexicon
from ..doctext import doc_text
from ..quotes import Quoted
from .edges import _DASHES
from .found import _SUBJ, Found, _Index, _sentence_of, _speaker_span, _tok_span, _words
from .not_speech import _named_work, _set_off, _so_called
from .subjects import _name_after, _subject
from .verb_cues import _NOT_SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = []


def _attribute_quotes(doc: Doc, quotes: list[Quoted], idx: _Index, lex: Lexicon,
                      found: list[Found], covered: set[int]) -> None:
    """Quoted strings the parse pass did not explain."""
    by_cue = {f.cue_token: f for f in found if f.cue_token is not None and f.kind == "direct"}
    text = doc_text(doc)
    for qi, q in enumerate(quotes):
        if qi in covered:
            continue
        words = _words(text, q.inner.start, q.inner.end)
        preceding = _tokens_before(doc, q) if words else []
        chant = (_chant_of(doc, preceding, idx) or _in_words_of(doc, preceding, q, idx)) if words else None
        if not words or chant is None and _named_work(doc, q):
            continue
        near = chant or _nearby_cue(doc, q, idx, lex)
        if near is not None and len(words) < 4 and not _set_off(text, q) and near[0].lemma_.lower() not in _CHANTS:
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
                # 'Ruiz would win "whatever happens," one reader wrote': the clause is what was said
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
_SIGN_OFF = re.compile(r"[ \t\xa0]*(\n\s*)?([-\u2013\u2014])[ \t\xa0]?(?=[A-Z])([^\n]{1,120})(?:\n|$)")


def _sign_off(doc: Doc, q: Quoted) -> tuple[Span, Span, Token] | None:
    """A paragraph that is a quotation, signed on the next line with a dash and
    a name ('- Ann Lee.'), or on its own line ('Claim: "..." - Mayor Ines Ovell,
    speaking at a rally'): the dash, the name and its head."""
    text = doc_text(doc)
    m = _SIGN_OFF.match(text, q.span.end)
    if m is None or m.group(3).rstrip().endswith(_DASHES):
        return None  # '- A subheading -'
    if m.group(1) is None:
        # On the quotation's line: only when the quotation opens it (after a label such
        # as "Claim:" at most) and the dash stands apart, not a hyphen.
        line = text[text.rfind("\n", 0, q.span.start) + 1 : q.span.start].strip()
        if (line and not re.fullmatch(r"[A-Z][\w ]{0,20}:", line)) or text[m.start(2) - 1] not in " \t\xa0" \
                or text[m.end(2) : m.end(2) + 1] not in (" ", "\xa0"):
            return None
    name: list[Token] = []
    for t in doc.char_span(m.start(3), m.end(3), alignment_mode="expand") or ():
        if t.is_space:
            continue
        if t.text in (",", ".", "(", ";", ":"):
            break
        name.append(t)
    if not name or len(name) > 6 or not all(t.text.lstrip("-\u2013\u2014")[:1].isupper() for t in name if t.is_alpha) \
            or not any(t.pos_ == "PROPN" for t in name):
        return None
    head = next(t for t in reversed(name) if t.pos_ == "PROPN")
    return Span(m.start(2), m.start(2) + 1), Span(m.start(3), name[-1].idx + len(name[-1])), head


def _lead_in(doc: Doc, q: Quoted, words: list[tuple[int, str]], lex: Lexicon) -> int | None:
    """Where the clause starts that a quotation finishes ('the governor
    "looked shaken," Ms Vos said'): the quotation opens in lower case after
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


# Nouns for words a crowd calls out: "chants of "Lock her up"" (short, and still what they said).
_CHANTS = frozenset({"chant", "cry", "shout", "chorus", "refrain"})


def _tokens_before(doc: Doc, q: Quoted, width: int = 120) -> list[Token]:
    """The words (and marks) up to ``width`` characters before a quotation's opening mark."""
    before = doc.char_span(max(0, q.span.start - width), q.span.start, alignment_mode="expand")
    return [] if before is None else [t for t in before if t.idx + len(t) <= q.span.start and not t.is_space]


def _chant_of(doc: Doc, toks: list[Token], idx: _Index) -> tuple[Token, Token | None, None] | None:
    """'supporters answered with chants of "Four more years"', 'their chants of "Ted!"': the
    noun is the cue, its owner or the clause's subject the speaker (``toks``: the words
    before the quotation)."""
    if len(toks) < 2 or toks[-1].lower_ != "of" or toks[-2].lemma_.lower() not in _CHANTS \
            or toks[-2].pos_ != "NOUN" or idx.quote_of(toks[-2]) >= 0:
        return None
    noun = toks[-2]
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    subj = owner or _fallback_subject(doc, noun, idx)
    if subj is not None and owner is None and subj.dep_ == "nsubjpass":
        return noun, None, None  # "the team was met with chants of ...": chanted by someone unnamed
    return None if subj is None else (noun, subj, None)


def _in_words_of(doc: Doc, toks: list[Token], q: Quoted, idx: _Index) -> tuple[Token, Token, None] | None:
    """'in the mayor's words, "a disaster"', 'in the words of one diplomat, "..."': whose words
    (``toks``: the words before the quotation)."""
    while toks and toks[-1].text in (",", ":"):
        toks = toks[:-1]
    if not toks or idx.quote_of(toks[-1]) >= 0:
        return None
    last = toks[-1]
    if last.lower_ == "words":  # "in the mayor's words"
        owner = next((c for c in last.children if c.dep_ == "poss"), None)
        prep = last.head
        if owner is None and len(toks) > 2 and toks[-2].text in ("\u2019", "'") and toks[-3].pos_ == "PROPN":
            owner = toks[-3]  # "in Forbes' words", the apostrophe read as a closing mark
            prep = doc[owner.left_edge.i - 1] if owner.left_edge.i > 0 else prep
        if owner is not None and prep.lower_ == "in" and prep.i == owner.left_edge.i - 1:
            return last, owner, None
        return None
    # "in the words of one diplomat"
    node = last
    while node.dep_ != "pobj" and node.head.i != node.i and node.head.i < q.span.start and node.i >= node.head.i:
        node = node.head
    of = node.head
    words = of.head
    if node.dep_ == "pobj" and of.lower_ == "of" and words.lower_ == "words" and words.head.lower_ == "in" \
            and node.left_edge.i <= last.i <= node.right_edge.i:
        return words, node, None
    return None


def _speech_verb(t: Token, lex: Lexicon, near_mark: bool) -> bool:
    """A cue for a quote next to it: a lexicon verb, or any verb joined to the
    quote by a comma or colon ("X quipped, ..."), which news prose reserves for speech."""
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() in _NOT_SPEECH_VERBS or t.dep_ in ("amod", "compound") \
            or _so_called(t):
        return False
    return lex.verb(t.lemma_) is not None or near_mark


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
                        # ('"...," drew cheers': a verb outside the lexicon needs a name after it)
                        if name is not None and (lex.verb(t.lemma_) is not None
                                                 or any(w.pos_ == "PROPN" for w in doc[name[0].i : name[1].i + 1])):
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
            if subj is not None and subj.lower_ in _NO_SPEAKER and (outer := _outer_clause(t)) is not None:
                return outer  # 'apologised for what went wrong: "..."': the one who apologised
            if subj is not None:
                return t, _free_relative_subject(subj), None
        if near_mark and t.pos_ == "VERB" and text[t.idx + len(t) : q.span.start].strip().endswith(":") \
                and all(x.dep_ in ("prt", "advmod") or x.text == ":" for x in doc[t.i + 1 : before.end]
                        if x.idx < q.span.start) \
                and (subj := _subject(t)) is not None and idx.quote_of(subj) < 0:
            if subj.lower_ in _NO_SPEAKER and (outer := _outer_clause(t)) is not None:
                return outer  # 'apologised for what went wrong: "..."'
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


def _outer_clause(verb: Token) -> tuple[Token, Token, None] | None:
    """The verb and subject of the clause a clause with a pronoun subject hangs
    in ("for what went wrong" in "Ruiz apologised for what went wrong")."""
    v = verb
    while v.head.i != v.i and v.dep_ in ("pcomp", "pobj", "relcl", "ccomp", "acl", "prep"):
        v = v.head
        if v.pos_ == "VERB" and v.i < verb.i:
            subj = _subject(v)
            if subj is not None and subj.lower_ not in _NO_SPEAKER:
                return v, subj, None
            return None
    return None


def _free_relative_subject(subj: Token) -> Token:
    """'all the harbour master could do was shout "..."': the subject inside the free relative."""
    if subj.dep_ == "csubj" and subj.lemma_ == "do":
        inner = next((c for c in subj.children if c.dep_ == "nsubj"), None)
        if inner is not None and inner.pos_ in ("PRON", "PROPN", "NOUN"):
            return inner
    if subj.lower_ in ("all", "what"):
        rel = next((c for c in subj.children if c.dep_ == "relcl"), None)
        inner = None if rel is None else next((c for c in rel.children if c.dep_ == "nsubj"), None)
        if inner is not None and inner.pos_ in ("PRON", "PROPN", "NOUN"):
            return inner
    return subj


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
        return None  # (not "I had to rethink my reply:", where the clause has its own speaker)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or idx.quote_of(owner) >= 0:
        return None
    return noun, owner, None


_GLOSS = re.compile(r"[ \t\xa0]*(?:-|--|\u2013|\u2014)[ \t\xa0]*[a-z][^\n.!?]*?(?:[.!?]|\n|$)")
_DASH_IN = re.compile(r"\s(?:-|--|\u2013|\u2014)\s|\u2014|\u2013")


def _gloss_after(text: str, end: int) -> bool:
    """'"..." - increasing his name recognition': a dash after the closing mark and
    the writer's lower-case gloss to the sentence's end (not '"..." - Dovra-style -
    was painted ...', an aside in a sentence the quotation is part of)."""
    m = _GLOSS.match(text, end)
    if m is None:
        return False
    first_dash = end + len(m.group(0)) - len(m.group(0).lstrip())
    return _DASH_IN.search(text, first_dash + 2, m.end()) is None


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
        j -= 1  # after a sentence that closed a quotation: '... she said on "Morning Desk." "..."'
    starts_sentence = i < 0 or text[i] in "\n.!?:" or (j < i and text[j] in ".!?")
    after = text[q.span.end : q.span.end + 3].lstrip(" \t\xa0")
    ends_sentence = (inner[-1:] in (".", "!", "?", ",", "…", ";", ":") or not q.closed
                     or not after or after[0] in "\n[(" or after[0].isupper() or _gloss_after(text, q.span.end))
    return starts_sentence and ends_sentence

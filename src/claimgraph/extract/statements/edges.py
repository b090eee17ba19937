"""Where a reported clause ends and begins: the writer's trailing clauses,
participles, asides after dashes and venues cut from content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cues import Lexicon
from .found import _REL_PRONOUNS, _Index
from .subjects import _speaker_conj, then_speaking

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = []


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


def _in_own_clause(t: Token, words: list[Token]) -> bool:
    """``t`` is inside a clause of ``words`` about something other than a person
    ("While confidence is at its highest in years": the years are what was said;
    "While he was speaking in Miami on Wednesday" is the occasion)."""
    wset = {w.i for w in words}
    while t.head.i != t.i and t.head.i in wset:
        t = t.head
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if t.pos_ in ("VERB", "AUX") and subj is not None:
            return subj.pos_ != "PRON" and subj.ent_type_ != "PERSON"
    return False


def _scene(left: list[Token], lex: Lexicon) -> bool:
    """A frame that sets the scene of speaking ("On Tuesday", "In an interview",
    "Asked about the vote"), not the first words of what was said ("Of course",
    "As for the budget", "While prices are high")."""
    words = [t for t in left if not t.is_space]
    if not words:
        return True
    low = words[0].doc[words[0].i : words[-1].i + 1].text.lower().rstrip(", ")
    if any(t.ent_type_ in ("DATE", "TIME") and not _in_own_clause(t, words)
           or (t.pos_ == "VERB" and lex.verb(t.lemma_) is not None) for t in words):
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
        elif c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") \
                and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) \
                and any(g.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "prep") for g in c.children) \
                and not any(t.pos_ == "VERB" and lex.verb(t.lemma_) is not None for t in c.subtree):
            # 'said the plan was sound and there was no reason to wait', 'said it was "a start,"
            # and there was more to do': a clause of its own joined to the cue right after the
            # complement (not after ", and": mostly the writer's), with no verb of saying in it
            # and more than a bare verb ("and the crowd cheered" is the writer's scene)
            hi = c.right_edge.i
        elif c.dep_ == "advcl" and c.tag_ == "VB" and not marks and doc[c.i - 1].text in (",", '"', "\u201d", "''") \
                and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for g in c.children) \
                and not any(t.pos_ == "VERB" and lex.verb(t.lemma_) is not None for t in c.subtree):
            # 'said she is ready to "fight the cartels," protect the border and ...': a bare verb
            # the parse hung on the cue goes on with the list the complement began
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
            if c.i <= h.i:
                continue
            participle = c.dep_ == "advcl" and c.tag_ == "VBG" and _after_comma(c) and _reports(c, lex)
            # 'said A on the radio before claiming that B': the speaker's next statement
            then = c.dep_ == "prep" and then_speaking(c, h) and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" and _reports(g, lex) for g in c.children)
            if participle or then:
                cut.update(t.i for t in c.subtree)
                if c.doc[c.i - 1].text == ",":
                    cut.add(c.i - 1)
    return [t for t in toks if t.i not in cut] if cut else toks


def _reports(verb: Token, lex: Lexicon) -> bool:
    """A cue verb with a quotation or a reported clause of its own."""
    return lex.verb(verb.lemma_) is not None and (any(t.is_quote for t in verb.subtree)
                                                  or any(g.dep_ == "ccomp" for g in verb.children))


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
    # A paragraph's last sentence ends in the line break: clauses run to the word before it.
    # (Appositions there are left whole, as before: the one such case on PolNeAR dev keeps it.)
    word_end = end
    while word_end > toks[0].i and (doc[word_end].is_space or doc[word_end].is_punct
                                    and idx.quote_of(doc[word_end]) < 0):
        word_end -= 1
    members = {t.i for t in toks}
    cut = None
    for t in toks:
        lo = t.left_edge.i
        if t.i <= toks[0].i + 1 or lo - 1 not in members or t.right_edge.i < word_end:
            continue
        # '... "not be shouted down" at the meeting," a dig at ...': the comma inside the closing mark
        after_quote = doc[lo - 1].is_quote and idx.quote_of(doc[lo - 1]) >= 0 and doc[lo - 2].text == "," \
            and lo - 2 > toks[0].i
        if doc[lo - 1].text != "," and not (after_quote and t.dep_ == "appos"):
            continue
        first = doc[lo].lower_
        relative = t.dep_ == "relcl" and first in _NONRESTRICTIVE
        concessive = t.dep_ in ("advcl", "prep") and (first in _CONCESSIVE or (
            first == "even" and doc[lo + 1].lower_ in ("as", "though", "if", "when", "while")))
        according = t.lower_ == "according" and t.dep_ == "prep" and lo == t.i
        apposition = t.dep_ == "appos" and first in ("a", "an") and t.right_edge.i >= end \
            and not any(idx.quote_of(x) >= 0 for x in t.subtree)
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


def _drop_speaker_conj(doc: Doc, toks: list[Token], head: Token, lex: Lexicon, idx: _Index) -> list[Token]:
    """The complement ends before the speaker's next act (:func:`_speaker_conj`)."""
    for t in toks:
        if t.head.i != head.i or t.i <= toks[0].i + 2 or idx.quote_of(t) >= 0 or _speaker_conj(t, lex) is None:
            continue
        lo = t.left_edge.i - 1
        while lo - 1 > toks[0].i and (doc[lo - 1].dep_ in ("cc", "advmod") or doc[lo - 1].text == ","):
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


# Where something was said: "on his radio show", "in a 1969 book", "at a rally".
_VENUES = frozenset({"show", "program", "programme", "interview", "book", "speech", "rally", "appearance",
                     "podcast", "column", "op-ed", "letter", "statement", "tweet", "post", "debate", "event",
                     "conference", "broadcast", "memo", "editorial", "essay", "article", "radio", "television",
                     "twitter", "facebook", "town", "hall", "briefing", "hearing", "call", "email"})


def _venue_tail(toks: list[Token], idx: _Index) -> list[Token]:
    """'called Lind a "fraud" on her podcast': a phrase after the last quotation
    that says where it was said is not part of what was said."""
    last = max((k for k, t in enumerate(toks) if idx.quote_of(t) >= 0), default=-1)
    if last < 0 or last + 1 >= len(toks):
        return toks
    first = toks[last + 1]
    if first.dep_ == "prep" and first.right_edge.i == toks[-1].i and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _VENUES for g in first.children):
        return toks[: last + 1]
    return toks


_SCENE_PREPS = frozenset({"during", "through", "after", "before", "since", "via", "amid", "while"})


def _object_tail(verb: Token, end: int, idx: _Index) -> int:
    """'faulted the "backroom deals" made in the port board': phrases the
    parse hung on the verb that go on from its quoted object, with no comma and
    no verb of their own ("by saying ..." is another statement)."""
    for c in verb.rights:
        if c.i <= end:
            continue
        if c.left_edge.i != end + 1 or c.dep_ != "prep" or c.lower_ in ("by", "upon") or any(
                t.pos_ in ("VERB", "AUX") and idx.quote_of(t) < 0 for t in c.subtree):
            break
        if (c.lower_ in _SCENE_PREPS or any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)) and not any(
                idx.quote_of(t) >= 0 for t in c.doc[c.right_edge.i + 1 : verb.right_edge.i + 1]):
            break  # 'criticized the deal on Tuesday', '... during a rally': when and how, not what
        if any(g.dep_ == "pobj" and g.lemma_.lower() in _VENUES for g in c.children) and not any(
                idx.quote_of(t) >= 0 for t in c.doc[c.right_edge.i + 1 : verb.right_edge.i + 1]):
            break  # 'called Lind a "fraud" on her podcast': where it was said, not what
        end = c.right_edge.i
    return end

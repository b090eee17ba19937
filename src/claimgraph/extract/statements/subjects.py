"""Who speaks a cue: the subject of a verb of saying through conjunctions,
participles, asides and misparses, and datelines that are nobody's subject.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.attrs import ORTH

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..cues import Lexicon


__all__ = ["in_dateline", "speaker_of", "subject_of"]


# Cues that take an object and a predicate: "called it a farce", "dismissed X as ...".
_PREDICATIVE_CUES = {
    "call", "label", "brand", "term", "describe", "dismiss", "pan", "characterize",
    "characterise", "decry", "denounce", "condemn", "slam", "praise", "hail", "reject",
    "deny", "criticize", "criticise", "blast", "accuse", "blame", "deride", "mock", "portray",
}


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
    strings = doc.vocab.strings
    dash_orths = {strings.add(d) for d in _DASH_TEXTS}
    # Every dateline has a dash within its first twelve tokens: where there is none,
    # no Token of the sentence needs making.
    dash_at = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in dash_orths]
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if first is None:
            continue
        k = bisect.bisect_left(dash_at, first.i)
        if k == len(dash_at) or dash_at[k] >= first.i + 12:
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
        if first.is_title and (dash := _dated_place_dash(head)) is not None:
            out.update(range(first.i, dash))  # "Tellin, 1 July – Sablewave Telecom said ..."
            continue
        # "Washington (AFP) - ...": a place and a news agency in brackets
        close = next((t for t in head[:8] if t.text == ")"), None)
        if close is not None and close.i + 1 < sent.end and doc[close.i + 1].text in _DASH_TEXTS \
                and doc[close.i - 1].is_upper and doc[close.i - 2].text == "(":
            out.update(range(first.i, close.i + 1))
    return tuple(sorted(out))  # (plain data: a Doc's user_data may be serialised)


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"})


def _dated_place_dash(head: list[Token]) -> int | None:
    """The dash of "Tellin, 1 July –" or "Ossany, May 15, 2025 -" opening a sentence: a
    place name of one to three words, a comma, a day and a month (a year may follow)."""
    comma = next((k for k, t in enumerate(head[:4]) if t.text == ","), None)
    if comma is None or comma == 0 or not all(t.is_title and t.is_alpha for t in head[:comma]):
        return None
    month = False
    bracket = False
    for t in head[comma + 1:]:
        if bracket:
            bracket = t.text != ")"  # "Ossany, 14 March (Polaris Wire) -": the agency
            continue
        if t.text in _DASH_TEXTS:
            return t.i if month and t.whitespace_ else None
        if t.lower_.rstrip(".") in _MONTHS:
            month = True
        elif t.text == "(" and month:
            bracket = True
        elif not (t.like_num or t.text == "," or t.text == "."):
            return None
    return None


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


# "X was unable / eager / quick to deny ...": adjectives whose infinitive is their subject's deed.
_WILLING = frozenset({"able", "unable", "eager", "willing", "unwilling", "ready", "quick", "keen", "reluctant",
                      "happy", "careful", "prepared", "anxious", "determined", "afraid", "loath", "slow", "free"})


# Verbs of saying that, as an infinitive of purpose, are the main clause subject's
# ("Okafor used the end of her speech to call for ...", "took to the radio to deny ...").
_PURPOSE_SPEECH = frozenset({
    "say", "call", "tell", "argue", "warn", "urge", "ask", "demand", "announce", "deny", "reject", "claim", "insist",
    "explain", "declare", "criticize", "criticise", "condemn", "denounce", "accuse", "blame", "praise", "defend",
    "dismiss", "attack", "slam", "blast", "stress", "emphasize", "emphasise", "repeat", "reiterate", "promise",
    "pledge", "vow", "suggest", "note", "remind", "dispute", "challenge", "question", "endorse", "applaud",
    "welcome", "thank", "congratulate", "hail", "commend", "lament", "decry",
    "rebut", "refute", "counter", "respond", "reply", "answer", "apologize", "apologise", "admit", "acknowledge",
    "concede", "confirm", "disclose", "complain", "protest", "plead", "testify", "boast", "brag", "joke", "quip"})


# ... and as a participle on a noun, that noun's ("voters saying ...", "emails showing that ...").
_PARTICIPLE_SPEECH = _PURPOSE_SPEECH | {"show", "indicate", "reveal", "state", "report", "allege", "assert",
                                        "describe", "label", "brand", "predict", "estimate", "conclude"}


# "X is reported / said / believed to have called ...": X is the one who called.
_RAISING = frozenset({"report", "say", "believe", "understand", "know", "think", "allege", "rumor", "rumour",
                      "quote", "expect"})


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _saying_to(verb: Token) -> bool:
    """"to deny ...", "to call for ...": saying as someone's purpose ("went on
    television to deny ...") is that someone's."""
    return verb.lemma_.lower() in _PURPOSE_SPEECH and _to_infinitive(verb)


def _run_on_verb(verb: Token) -> bool:
    """"Ana Ruiz praised the plan, called it "a start" and left": a second verb
    the parse made a clause of its own (after a comma, no subject, no
    "because", "when", ...) shares the first verb's subject."""
    return verb.tag_ in ("VBD", "VBZ") and verb.i > verb.head.i and verb.doc[verb.i - 1].text == "," \
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "advmod") and c.i < verb.i for c in verb.children)


def _two_roles_one_name(subj: Token) -> Token:
    """"Former judge and State Governor Tom Kelly": a bare role (no
    article) joined to a titled name is one person, the name."""
    if subj.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in subj.children) \
            or subj.tag_ != "NN" or not subj.is_lower \
            or any(t.pos_ == "PROPN" for t in subj.doc[subj.left_edge.i : subj.i]):
        return subj
    conj = [c for c in subj.children if c.dep_ == "conj"]
    cc = [c for c in subj.children if c.dep_ == "cc"]
    if len(conj) == 1 and len(cc) == 1 and cc[0].lower_ == "and" and conj[0].pos_ == "PROPN" \
            and conj[0].ent_type_ == "PERSON" and any(c.dep_ == "compound" for c in conj[0].children):
        return conj[0]
    return subj


def _titled_participle(subj: Token) -> Token:
    """"Presiding Judge Soraya Mehrvand said": a title opening with a participle that
    the parse made a clause, with the name as its object; the name."""
    if subj.dep_ != "csubj" or subj.tag_ != "VBG" or not subj.is_title:
        return subj
    toks = list(subj.subtree)
    name = next((t for t in subj.children if t.dep_ == "dobj" and t.pos_ == "PROPN"), None)
    if name is None or name.ent_type_ != "PERSON" or not all(t.is_title for t in toks):
        return subj
    return name


def _subject(verb: Token) -> Token | None:
    """The speaker of a cue verb, following conjunctions and participles."""
    subjects = [_titled_participle(c) for c in verb.children if c.dep_ in ("nsubj", "csubj") and not c.is_punct]
    if len(subjects) > 1:
        # 'His final assessment: "...," he said': of two subjects the parse gave the
        # cue, a person next to it is the speaker rather than a thing further off.
        def person(c: Token) -> bool:
            return c.tag_ == "PRP" or c.ent_type_ == "PERSON"
        nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
        if person(nearest) and not any(person(c) for c in subjects if c is not nearest):
            subjects = [nearest]
    if subjects:
        # ("SOLMUND, Feb 6 - The Bank of Tirasia said": the city and the date both read as
        # subjects, the bank hung on the date)
        first = next((c for c in subjects if not in_dateline(c)), None) or next(
            (a for c in subjects if (a := _after_dateline(c)) is not c), subjects[0])
        return _two_roles_one_name(first) if first is not None else None
    if any(c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s") for c in verb.children) \
            and any(c.dep_ == "ccomp" for c in verb.children):
        # "She's said she takes her figures from ...": "'s" is "has", read as a passive
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)
        if passive is not None:
            return passive
    clause = next((c for c in verb.lefts if c.dep_ in ("advcl", "ccomp")), None)
    if clause is not None:
        # "Okafor, meanwhile, who has no such backers, said ...": the relative clause
        # read as a clause of the verb, with the speaker as its second subject
        own = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(own) == 2 and own[1].lower_ in ("who", "which") and own[0].pos_ in ("PROPN", "NOUN"):
            return own[0]
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
        if verb.dep_ == "advcl" and verb.tag_ != "VBG" and not _saying_to(verb) and not _run_on_verb(verb):
            return None  # "When they said ...": an adverbial clause has its own speaker or none
        head = verb.head
        if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.lemma_.lower() in _WILLING and head.head.i != head.i \
                and head.head.tag_ != "VBG":
            head = head.head  # "Trump will be unable to ... accuse the audience of ...": the copula's subject
        # "denied that A were B, describing them as C": the denier describes.
        if verb.dep_ == "advcl" and head.dep_ == "ccomp" and head.head.i != head.i and head.head.i < verb.i:
            head = head.head  # (not a verb after it: a quotation the parse made the root)
        passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ == "conj" and passive is not None and not any(c.dep_ == "nsubj" for c in head.children):
            return passive  # "X was joined on stage by Y and joked ...": X joked
        if verb.dep_ == "xcomp" and passive is not None and head.lemma_.lower() in _RAISING:
            return passive  # "Ruiz is reported to have called the bankers "parasites"": Ruiz called them
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") \
                and head.i == head.sent.start and head.i < verb.i:
            # "Ruiz defended the land seizures, calling ...": the verb read as an adjective
            # ("Tellin, 9 July - A group ... posted images, claiming ...": past the dateline)
            return _after_dateline(head)
        if verb.dep_ == "conj" and verb.tag_ == "VBG" and head.tag_ != "VBG":
            # "saying that the levy ... was blocked by the senate - and arguing that ...": the
            # participle pairs with the participle above, not with the verb the parse joined it to
            above = next((x for x in head.ancestors if x.tag_ == "VBG" and x.dep_ == "advcl"), None)
            if above is not None:
                return _subject(above)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "advcl" and head.i < verb.i \
                and head.head.i < head.i and head.head.lemma_.lower() in _SAYING \
                and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in head.children) \
                and verb.doc[verb.i - 1].text == ",":
            # "Vos said on her show after the mayor won the runoff, remarking that ...": the
            # participle after the time clause goes on with the one who said
            outer = _subject(head.head)
            if outer is not None:
                return outer
        found = _subject(head)
        if found is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and found.pos_ == "NOUN" \
                and found.lemma_.lower() in _OCCASIONS and head.i < verb.i:
            # "The second incident came during a march, when dockers blocked it, shouting ...":
            # an occasion speaks for nobody; the subject of the clause before the participle does
            nearer = [t for t in head.doc[head.i + 1 : verb.i]
                      if t.dep_ == "nsubj" and t.pos_ in ("PRON", "PROPN", "NOUN")
                      and t.lemma_.lower() not in _OCCASIONS and t.lower_ not in ("which", "that", "it")]
            if nearer:
                return nearer[-1]
        if found is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i < verb.i \
                and head.i > 0 and head.doc[head.i - 1].is_quote:
            # '"...," said Skelly, explaining ...': the name after the cue the parse made no subject
            after = _name_after(head.doc, head)
            found = None if after is None or after[1].i > verb.i else after[1]
        return found
    if verb.dep_ in ("acl", "relcl") and _to_infinitive(verb) and verb.head.dep_ == "dobj" \
            and verb.head.head.lemma_ == "have" \
            and verb.head.lemma_.lower() in ("ground", "grounds", "reason", "evidence", "cause") \
            and not any(c.lower_ in ("no", "little") for c in verb.head.children):
        # "The Commission has reasonable grounds to believe that ..." (not "have no evidence
        # to suggest that ...", which claims nothing)
        return _subject(verb.head.head)
    if verb.dep_ in ("relcl", "acl") and verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "ROOT" \
            and verb.head.pos_ == "PROPN" and verb.head.i < verb.i and not any(
                c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") or c.tag_ in ("WDT", "WP") for c in verb.children):
        # "Speaker Ana Ruiz, the assembly's senior Liberal, on Monday called ...":
        # the sentence's verb the parse hung on its subject's name
        return verb.head
    if verb.dep_ == "acl" and _saying_to(verb) and verb.head.dep_ == "dobj" \
            and verb.head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in verb.children):
        # "mounted a campaign to condemn Mr. Trump", "used the occasion to call for ...": the one
        # who mounts the campaign says it
        return _subject(verb.head.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in _OCCASIONS \
            and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "at" \
            and verb.head.head.head.pos_ in ("VERB", "AUX") and verb.head.head.head.i < verb.i:
        # "clashed with the board, at one point calling its chairman ...": who clashed calls
        return _subject(verb.head.head.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i \
            and verb.lemma_.lower() in _PARTICIPLE_SPEECH and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                    for c in verb.children):
        # "a letter urging her to quit", "residents saying they want a curfew", "emails showing
        # that ...": what the participle hangs on says it
        return verb.head
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
        if then_speaking(verb.head, head):
            head = head.head  # 'said the levy "saved the port" before claiming ...': the one who said
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
    # "..., the National Institute of Public Health said on Wednesday.": the speaker read as an
    # apposition to the last noun of the content before it, the cue left with no subject.
    if before is not None and verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        app = next((a for a in (before, *before.ancestors) if a.dep_ == "appos"), None)
        if app is not None and app.pos_ in ("PROPN", "NOUN") and app.right_edge.i == before.i \
                and app.left_edge.i > 0 and verb.doc[app.left_edge.i - 1].text == ",":
            return app
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


# Verbs of saying that as often name a deed ("attacked a border post", "ordered the troops
# back", "found the keys"): after a complement they are more likely its subject's.
_CONJ_DEEDS = frozenset({"attack", "charge", "order", "direct", "commit", "establish", "find", "list", "read",
                         "post", "project", "document", "grant", "signal", "indicate", "point", "challenge",
                         "question", "brief"})


def _speaker_conj(t: Token, lex: Lexicon) -> Token | None:
    """'said she had released her returns and called on him to do the same': a
    verb of saying with no subject of its own, joined to the verb of a cue's
    complement, is the speaker's next act: the cue it goes on from."""
    if t.dep_ != "conj" or t.pos_ != "VERB" or not lex.says(t.lemma_) or t.lemma_.lower() in _CONJ_DEEDS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in t.children):
        return None  # ("but would judge him on results": a verb with its own tense goes on the complement)
    head = t.head
    if head.dep_ != "ccomp" or head.head.i == head.i or head.head.i > head.i or lex.verb(head.head.lemma_) is None:
        return None
    xcomp = next((c for c in t.children if c.dep_ == "xcomp"), None)
    if xcomp is not None and not lex.says(xcomp.lemma_) \
            and not any(c.dep_ in ("dobj", "dative", "prep") and c.i < xcomp.i for c in t.children):
        return None  # "said the man ran at the officers and refused to stop": a deed of the complement's subject
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") or c.tag_ in ("WRB", "WDT", "WP") for c in head.children):
        return None  # "asked how banks move money abroad and avoid ...": the question's subject
    doc = t.doc
    lo = t.left_edge.i
    while lo - 1 > head.i and (doc[lo - 1].dep_ == "advmod" or doc[lo - 1].text == ","):
        lo -= 1
    if lo - 1 <= head.i or doc[lo - 1].dep_ != "cc" or doc[lo - 1].lower_ not in ("and", "but") \
            or doc[lo - 2].lower_ == "rather":
        return None  # (not "confirmed rather than refuted")
    return head.head


_THEN_PREPS = frozenset({"before", "after", "while"})
_SAYING = frozenset({"say", "tell", "add", "note", "write", "argue", "explain", "claim", "insist", "declare",
                     "remark", "state", "tweet", "announce"})
_TIME_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "until"})
# Times and occasions: nouns a participle can hang on that speak for nobody.
_OCCASIONS = frozenset({"point", "time", "moment", "stage", "juncture", "instance", "occasion", "incident", "episode",
                        "event", "exchange", "scene", "salvo", "confrontation", "outburst"})
_SPEAKING_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def then_speaking(prep: Token, clause: Token) -> bool:
    """'said the levy "saved the port" before claiming ...': a "before / after / while"
    participle in a reported clause whose subject cannot speak (a thing, not a
    person, a pronoun or a named body) is the reporting speaker's next act."""
    if prep.lower_ not in _THEN_PREPS or clause.dep_ != "ccomp" or clause.head.i == clause.i \
            or clause.head.i > prep.i or clause.head.pos_ != "VERB":
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ not in ("PRP", "WP") and subj.pos_ != "PROPN" \
        and subj.ent_type_ not in _SPEAKING_ENTS


def speaker_of(verb: Token, lex: Lexicon) -> Token | None:
    """The speaker of a cue verb; for the speaker's next act after a
    complement (:func:`_speaker_conj`), the first cue's."""
    v = verb
    while v.dep_ == "xcomp" and v.head.i != v.i:
        v = v.head  # "... and vowed to challenge it": whoever vowed challenges
    outer = _speaker_conj(v, lex)
    return _subject(outer if outer is not None else verb)


def _name_as_adverb(x: Token) -> bool:
    """'"...," said Skelly, explaining ...': a surname the tagger took for an adverb."""
    return x.tag_ == "RB" and x.is_title and not x.is_stop


def _name_after(doc: Doc, verb: Token) -> tuple[Token, Token] | None:
    """(first, head) of a noun phrase right after ``verb`` that ends at a comma or
    the sentence's end: "said Ben Grimm, ...", "wrote a voter."."""
    words: list[Token] = []
    for x in doc[verb.i + 1 : min(len(doc), verb.i + 8)]:
        if (x.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM") and not x.is_punct) \
                or (not words and _name_as_adverb(x)) or (
                x.tag_ in ("VBG", "VBN") and x.is_lower and x.i + 1 < len(doc)
                and doc[x.i + 1].pos_ in ("PROPN", "NOUN")):
            words.append(x)  # (also "ranking Democrat", "acting director")
            continue
        if words and (x.text in (",", ".", ";", "(")
                      or x.lower_ in ("who", "whose", "of", "from", "at", "with", "in")) \
                and any(w.pos_ in ("PROPN", "NOUN") or _name_as_adverb(w) for w in words):
            return words[0], words[-1]
        return None
    return None

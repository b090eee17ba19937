"""Claim threads by story and proposition: ``build_threads(..., method="story")``.

An alternative to the default rare-word linker in :mod:`.threads`, with no
model to install. On ``tests/corpus_dev``, the tuning set, threads P 0.79 /
R 0.61, sides 0.70; on ``tests/corpus`` P 0.79 / R 0.47, sides 0.68: below
the default's precision, so it is opt-in; see BENCHMARKS.md. Method:

1. Terms. Every statement with content becomes a set of terms: lower-cased
   content words (and its target, "rejected the audit's cost figure"), stop
   words dropped, plural and verb endings cut, number words read as digits
   ("forty" and "40" are one term), a few synonyms folded.
2. Stories. Documents are of one story when published within
   ``STORY_WINDOW`` days (``FOLLOW_UP_WINDOW`` for a follow-up sharing at
   least ``_FOLLOW_UP_NAMES`` names and the usual share of terms with an
   earlier document: a tribunal's ruling months after the match it rules
   on) and they share two named entities or their terms
   overlap (idf-weighted cosine at least ``story_similarity``, and
   ``_STORY_NO_NAME`` times that when they name nothing in common: an
   outbreak story and a contamination story share "strain", "plant" and
   "outbreak"). A document no other reaches joins the one closest to it,
   one naming something it names first. A dateline's place ("MERIN - ...")
   counts as a name only when the text names it again. Candidate
   document pairs come from an inverted index over terms that are neither
   unique nor common, so the cost grows with the documents, not their
   square. Threads never cross stories.
3. Continuations. In one document, a statement that goes on from the one
   before it by the same speaker in the same sentence, or as a direct
   quotation right after it ("X denied that ... 'Our boat was on its way
   within 40 minutes,' X said"), is read as the same claim. (Not the
   speaker's organisation: a commission's finding and its chair's words
   after it are grouped each on its own words; the chair's affiliation had
   joined them and moved the whole story's grouping.)
4. Propositions. Inside a story, each statement's terms are weighted by idf
   over the corpus times rarity inside the story (a term every statement of
   the story has, the company's name, tells nothing about which claim); the
   cosines of these vectors are cut into groups by :mod:`.communities`
   (Louvain communities of the ``neighbours``-nearest-neighbour graph at
   ``resolution``, edges under ``min_edge`` left out, agreed over several
   runs). Before, groups merged while their centroids were at least 0.2
   alike: P 0.69 / R 0.22 on the tuning set.
5. Targets. A denial or rejection aimed at a document actor ("rejected the
   inspectorate's report") that found no thread joins the thread holding
   most statements by that actor.
6. Sides. The proposition is the first plain claim by a speaker who denies,
   rejects or negates nothing in the thread (an article may quote the
   rebuttal before the claim it rebuts). denies/rejects dispute; assertions, conclusions and
   acknowledgements support, unless their cue is negated or their content is
   negated where the thread's proposition is not (or the other way round);
   questions, negated denials, relays ("reported that") and neutral
   references ("took note of", "whether", "an investigation into", "not in a
   position to determine", "could not tell who fired") report.
   A speaker (or a speaker of the same organisation) who disputes the claim
   in the thread disputes it in the rest of its statements there too, and a
   continuation takes the side of the statement it continues. So does a
   speaker who denies or rejects anything in the story, or dismisses it as
   false ("a fabrication"), when it is not the proposition's speaker: a party
   that answers one claim of a story answers the others too, mostly with
   plain assertions ("the attendance remained below 12,000"). A plain claim
   that counts what the proposition counts (the same noun, with the same
   names before it) but at least twice off every number the proposition
   allows ("one Ombelian soldier was killed" against "at least eleven
   Ombelian soldiers died") disputes it; sums ("90 million marks"),
   measures (percent, hours) and parts ("eleven of whom") are not compared.
   A plain claim with a judgement contrary to the proposition's ("fair" against
   "rigged", "lawful" against "unlawful", "safe" against "dangerous") disputes
   it; negated ("was not fair") it supports. A party the proposition names
   ("the Interior Ministry held her without counsel") answers it: its plain
   assertions ("a lawyer was present") dispute (not a document's findings,
   nor a body of the proposition's own speaker's country).
   ``ThreadMember.reason`` names the rule, ``evidence`` the span that decided
   it, ``link`` why the statement joined.

Thread.score is :func:`.threads.score_thread`, as for the default linker.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..model import Analysis, Document, Figure, Side, Span, Statement, Thread, ThreadMember
from ._common import day_of, doc_entities, fold, ministry_field, named_entities
from .communities import communities
from .threads import (
    _DISPUTE_ACTS,
    _DSU,
    _RELAY_CUES,
    _SYNONYMS,
    STORY_WINDOW,
    _owners,
    _target_actor,
    claims_something,
    score_thread,
)

__all__ = ["build_story_threads"]

_FIGURE_WEIGHT = 2.0  # a figure both statements quote ("60 dead") says more than a shared word
_STORY_TERMS_CAP = 0.05  # terms in more than this share of documents do not propose story pairs
FOLLOW_UP_WINDOW = 365  # days: a later document still of the story when it names enough of it
_FOLLOW_UP_NAMES = 3  # names a follow-up shares with an earlier document of its story
_STORY_NO_NAME = 1.5  # times story_similarity for two documents that name nothing in common

_WORD = re.compile(r"[^\W\d_][\w'-]*|\d+(?:[.,:]\d+)*")
_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being between both
but by can could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves said says say saying told tell according
added add also would could may might must shall should will can one many much very still even however
mr ms mrs dr us them ''s n't not never no none nothing without anyone anything everyone every
""".split())
_DISMISSAL = frozenset({"false", "baseless", "groundless", "untrue", "fabricated", "lies", "lie", "hodgepodge",
                        "smear", "farce", "unfounded", "fake", "disinformation", "slander", "so-called", "rumours",
                        "rumors", "fabrication", "fabrications", "speculation", "misleading", "exaggerated",
                        "inaccurate", "misrepresented", "nonsense", "absurd", "invention", "invented", "fiction",
                        "fictitious", "hoax", "concocted"})
_NEGATION = _DISMISSAL | {"not", "no", "never", "n't", "none", "nothing", "nobody", "neither", "nor", "without",
                          "cannot", "error", "errors", "wrong"}
_NEGATOR_REACH = 4  # a negator among the first words of the content negates all of it
_FOUND_REACH = 10  # "... found no X" among the first words does too
_NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                 "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
                 "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
                 "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
                 "eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000", "per": "", "cent": "percent",
                 "%": "percent"}
_SUPPORT_ACTS = {"asserts", "concludes", "acknowledges", "accuses", "warns", "condemns", None}
# A statement that only refers to a claim: "took note of the findings", "an inquiry into whether",
# a step of an inquiry ("was testing samples", "its tests would be completed in January").
# (Not "had examined", "an internal review has found": those report a finding.)
_NEUTRAL = re.compile(r"\b(?:whether|reports? that|(?:take|taken|took|taking) note|noted|studying|examin(?:e|es|ing)|"
                      r"investigat\w*|(?:to|would|will) review|reviewing|look(?:ing)? into|concerned by reports|"
                      r"to establish|comparing|(?:to|would|will) check|(?:is|are|was|were|been|be) testing|"
                      r"(?:would|will) be (?:completed|published|finished|carried out|released|presented|known)|"
                      r"(?:to|would|will) study|too (?:early|soon) to (?:say|tell|know|comment)|"
                      r"not in a position to|(?:could not|couldn't|cannot|can't|unable to) (?:tell|say|determine|"
                      r"confirm|verify|establish)|deserves? to know)\b",
                      re.I)
_BLOCK = 3000  # statements grouped at once (a 3000 x 3000 float32 matrix is 36 MB)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ed"):
        w = w[:-2] if not w.endswith("ied") else w[:-3] + "y"
        if w.endswith("tt"):
            w = w[:-1]
    elif len(w) > 6 and w.endswith("ing"):
        w = w[:-3]
    if len(w) > 6 and w.endswith("ion") and w[:-3] in _SYNONYMS:
        w = w[:-3]
    return _SYNONYMS.get(w, w)


def _terms(text: str) -> set[str]:
    out = set()
    for m in _WORD.finditer(text):
        w = m.group().lower()
        if w in _STOP or w in _NEGATION or (len(w) < 3 and not w.isdigit()):
            continue
        s = _stem(w)
        if s:
            out.add(s)
    return out


def _negation(text: str, content: tuple[Span, ...]) -> Span | None:
    """The word that negates the content as a whole, as a span: a dismissal
    ("fabrication", "false") anywhere, or a negator among its first words
    ("no person is detained", "there was never an offer", "not a single
    soldier"), or "no" a little further on as what was found or had ("the
    laboratory found no bacteria"), or an account faulted ("the report
    ignores the evidence"). A negator deep inside ("was not given
    accurate figures so that it would not be published") negates a part, not
    the claim."""
    for c in content:
        prev = ""
        for k, m in enumerate(_WORD.finditer(text, c.start, c.end)):
            w = m.group().lower()
            if w in _DISMISSAL or (k < _NEGATOR_REACH and (w in _NEGATION or w.endswith("n't"))
                                   and not _REFUSAL.search(text, max(c.start, m.start() - 8), m.end())):
                return Span(m.start(), m.end())
            if k < _FOUND_REACH and w in ("no", "nothing", "none", "never") and prev in _FINDING_VERBS:
                return Span(m.start(), m.end())  # "the laboratory it hired found no Legionella"
            prev = w
    for c in content:
        if (fault := _FAULTED.search(text, c.start, c.end)) is not None:
            return Span(fault.start(1), fault.end(1))
    return None


# "would not apologise", "will not reopen the crossing": an intention refused, no claim denied.
_REFUSAL = re.compile(r"\b(?:will|would|shall)\s+(?:not|never)\b|\b(?:won't|wouldn't)\b", re.I)
# An account faulted: "the report ignores every piece of evidence", "the mission had misread its
# own radar", "the videos had been cut to tell a story". Its speaker disputes what the account says.
_FAULTED = re.compile(
    r"\b(?:report|account|study|findings|figures?|estimate|videos?|survey|analysis|claims?|mission|review|"
    r"audit|data|allegations?|article|story|version)\b[^.;]{0,60}?\b(ignor(?:es|ed|ing)|confus(?:es|ed|ing)|"
    r"misread\w*|repeats the same|copied|cut to tell|distort\w*|cherry-pick\w*|overstat\w*|flawed|biased|"
    r"one-sided)\b", re.I)


# Verbs whose object "no ..." denies the whole claim: "found no", "had no", "showed no".
_FINDING_VERBS = frozenset({"found", "find", "finds", "showed", "shows", "show", "detected", "recorded", "had",
                            "has", "have", "saw", "received", "contained", "revealed", "reveals"})


@dataclass
class _Cand:
    n: int  # index into the candidate list
    doc: int
    st: Statement
    terms: frozenset[str]
    day: int | None
    actor: str | None  # corpus actor
    camp: frozenset[str]  # corpus actor, folded names and affiliations of the speaker
    neg: Span | None
    neutral: Span | None


# Names that say nothing of whose side one is on: every story has a writer, a host, a ministry.
_NO_CAMP = frozenset({"captain", "government", "company", "ministry", "office", "writer", "the writer", "writers",
                      "the writers", "host", "questioner", "moderator", "interviewer", "presenter", "reporter"})


def _camp_keys(a: Analysis, doc_id: str, actor_id: str | None,
               actor_of: Mapping[tuple[str, str], str]) -> frozenset[str]:
    if not actor_id:
        return frozenset()
    keys = set()
    corpus = actor_of.get((doc_id, actor_id))
    if corpus:
        keys.add(corpus)
    actor = a.actor(actor_id)
    if actor is not None:
        for name in (actor.name, *actor.aliases, *actor.affiliations):
            f = fold(name)
            if len(f) > 3 and f not in _NO_CAMP:
                keys.add(f)
        # "Finance Minister Rafe Ondrick" with "The Finance Ministry said ..." in the same
        # document: the minister is of the ministry's camp (not where two governments speak:
        # each has its foreign ministry).
        fields = {m.group(1) for role in actor.roles if (m := _MINISTER.search(role.lower()))} \
            if actor.type == "person" else set()
        if fields and sum(x.type == "government" for x in a.actors) > 1:
            fields = set()
        for other in a.actors if fields else ():
            if other.type == "organisation" and ministry_field(fold(other.name)) in fields:
                keys.add(fold(other.name))
                corpus_other = actor_of.get((doc_id, other.id))
                if corpus_other:
                    keys.add(corpus_other)
    return frozenset(keys)


_MINISTER = re.compile(r"\b([a-z-]+) minister\b")


@lru_cache(maxsize=65536)  # a thread's members are compared with its deniers again and again
def _same_camp(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    return any(len(x) >= 6 and len(y) >= 6 and (_names_part(x, y) or _names_part(y, x))
               for x in a for y in b if " " in x or " " in y)


def _names_part(part: str, name: str) -> bool:
    """"riverwatch" in "riverwatch alliance", but not "valdoria" in "commission
    of inquiry on valdoria": what a body is about is not the body."""
    at = f" {name} ".find(f" {part} ")
    return at >= 0 and not _ABOUT.search(name[:at])


_ABOUT = re.compile(r"\b(?:of|on|for|in|into|to|against|about)\s*$")


def _candidates(docs: Sequence[tuple[Document, Analysis]],
                actor_of: Mapping[tuple[str, str], str]) -> list[_Cand]:
    out: list[_Cand] = []
    for di, (d, a) in enumerate(docs):
        day = day_of(d, a)
        text = a.text
        for st in a.statements:
            if not claims_something(st):
                continue
            body = " ".join(text[c.start:c.end] for c in st.content)
            terms = _terms(body)
            if st.target is not None and not any(c.start <= st.target.start and st.target.end <= c.end
                                                 for c in st.content):
                terms |= _terms(st.target.text(text))
            if not terms:
                continue  # "vowed to challenge it": no word of its own to say what it is about
            neutral = None
            for c in st.content:
                m = _NEUTRAL.search(text, c.start, c.end)
                if m:
                    neutral = Span(m.start(), m.end())
                    break
            out.append(_Cand(len(out), di, st, frozenset(terms), day,
                             actor_of.get((d.id, st.actor_id)) if st.actor_id else None,
                             _camp_keys(a, d.id, st.actor_id, actor_of), _negation(text, st.content), neutral))
    return out


def _stories(docs: Sequence[tuple[Document, Analysis]], cands: Sequence[_Cand],
             story_similarity: float) -> list[int]:
    """The story of each document (a root document index): documents close in
    time sharing two named entities or enough rare terms."""
    n = len(docs)
    ents = [doc_entities(a) for _, a in docs]
    # Names that name no one thing ("ministry of finance", "statistician") make no story.
    named_ents = [named_entities(es) for es in ents]
    days = [day_of(d, a) for d, a in docs]
    terms: list[set[str]] = [set() for _ in range(n)]
    for c in cands:
        terms[c.doc] |= c.terms
    for i in range(n):
        terms[i] |= {"@" + e for e in named_ents[i]}
    df: Counter[str] = Counter()
    for ts in terms:
        df.update(ts)
    idf = {t: math.log((n + 1) / k) for t, k in df.items()}
    norm = [math.sqrt(sum(idf[t] ** 2 for t in ts)) or 1.0 for ts in terms]
    cap = max(10, int(n * _STORY_TERMS_CAP))
    postings: dict[str, list[int]] = defaultdict(list)
    dsu = _DSU(n)
    best: list[tuple[float, int]] = [(0.0, -1)] * n  # each document's closest other document
    named: list[tuple[float, int]] = [(0.0, -1)] * n  # ... of those naming something it names
    linked = [False] * n
    for i in range(n):
        shared: dict[int, float] = defaultdict(float)
        for t in terms[i]:
            if df[t] < 2 or df[t] > cap:
                continue
            for j in postings[t]:
                shared[j] += idf[t] ** 2
            postings[t].append(i)
        for j, s in shared.items():
            di, dj = days[i], days[j]
            apart = abs(di - dj) if di is not None and dj is not None else 0
            if apart > FOLLOW_UP_WINDOW:
                continue
            sim = s / (norm[i] * norm[j])
            common = len(named_ents[i] & named_ents[j])
            if apart > STORY_WINDOW and (common < _FOLLOW_UP_NAMES or sim < story_similarity / 2):
                # Months later, only a follow-up naming much of what the story named ("the
                # tribunal ruled the Redmarsh match was fixed" after the betting alert).
                continue
            # Two documents naming nothing in common need more shared words: "outbreak",
            # "strain" and "plant" are shared by every contamination story.
            best[i], best[j] = max(best[i], (sim, j)), max(best[j], (sim, i))
            if common:
                named[i], named[j] = max(named[i], (sim, j)), max(named[j], (sim, i))
            if ((sim >= story_similarity and (common or sim >= _STORY_NO_NAME * story_similarity))
                    or (sim >= story_similarity / 2 and common >= 2)):
                dsu.union(i, j)
                linked[i] = linked[j] = True
    # A document no other reaches joins the story of the one closest to it.
    for i in range(n):
        sim, j = named[i] if named[i][0] >= story_similarity / 2 else best[i]
        if not linked[i] and j >= 0 and sim >= story_similarity / 2:
            dsu.union(i, j)
    return [dsu.find(i) for i in range(n)]


def _continuations(docs: Sequence[tuple[Document, Analysis]], cands: Sequence[_Cand]) -> dict[int, int]:
    """Statement -> the statement of its document it goes on from (see step 3)."""
    by_doc: dict[int, list[_Cand]] = defaultdict(list)
    for c in cands:
        by_doc[c.doc].append(c)
    out: dict[int, int] = {}
    for di, cs in by_doc.items():
        text = docs[di][1].text
        cs.sort(key=lambda c: c.st.start)
        for prev, cur in zip(cs, cs[1:], strict=False):
            # the same speaker (not only the same camp: a commission's finding and its chair's
            # quotation after it are two statements, each grouped on its own words)
            if not prev.camp or not _same_camp(prev.camp, cur.camp) or prev.actor != cur.actor:
                continue
            gap = text[prev.st.content[-1].end:cur.st.content[0].start]
            one_sentence = _SENTENCE_END.search(gap) is None
            if one_sentence or (cur.st.kind == "direct" and gap.count("\n\n") <= 1):
                out[cur.n] = prev.n
    return out


def term_vectors(group: Sequence[_Cand], idf: Mapping[str, float]) -> list[dict[str, float]]:
    """Each statement's terms weighted by idf times rarity inside its story
    (terms of one statement only dropped), as a unit vector."""
    n = len(group)
    sdf: Counter[str] = Counter()
    for c in group:
        sdf.update(c.terms)
    out = []
    for c in group:
        v = {t: idf[t] * math.log(1 + n / sdf[t]) * (_FIGURE_WEIGHT if t[0].isdigit() else 1.0)
             for t in c.terms if sdf[t] > 1}
        norm = math.sqrt(sum(x * x for x in v.values()))
        out.append({t: x / norm for t, x in v.items()} if norm else {})
    return out


def lexical_matrix(vecs: Sequence[dict[str, float]]) -> np.ndarray:
    """The cosines of term vectors, as a matrix (zero diagonal)."""
    n = len(vecs)
    out = np.zeros((n, n), dtype=np.float32)
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, v in enumerate(vecs):
        for t, x in v.items():
            postings[t].append((i, x))
    for plist in postings.values():
        if len(plist) < 2:
            continue
        idx = np.fromiter((i for i, _ in plist), dtype=np.int64, count=len(plist))
        val = np.fromiter((x for _, x in plist), dtype=np.float32, count=len(plist))
        out[np.ix_(idx, idx)] += np.outer(val, val)
    np.fill_diagonal(out, 0.0)
    return out


def group_claims(group: Sequence[_Cand], sim: np.ndarray, dsu: _DSU, neighbours: int, min_edge: float,
                 resolution: float) -> None:
    """Step 4 on a story's similarity matrix: statements already joined (a
    continuation and what it goes on from) are one node, as similar to another
    as their rows are on average; nodes are grouped by :func:`.communities.communities`."""
    roots = [dsu.find(c.n) for c in group]
    nodes = list(dict.fromkeys(roots))
    index = {r: k for k, r in enumerate(nodes)}
    member = np.zeros((len(nodes), len(group)), dtype=np.float32)
    for i, r in enumerate(roots):
        member[index[r], i] = 1.0
    size = member.sum(axis=1)
    node_sim = (member @ np.asarray(sim, dtype=np.float32) @ member.T) / np.outer(size, size)
    np.fill_diagonal(node_sim, 0.0)
    for node, label in enumerate(communities(node_sim, neighbours, min_edge, resolution)):
        dsu.union(nodes[label], nodes[node])


def blocks(group: Sequence[_Cand], vecs: Sequence[dict[str, float]],
           idf: Mapping[str, float]) -> Iterator[tuple[int, Sequence[_Cand], Sequence[dict[str, float]]]]:
    """A story's statements (in chronological order) in blocks of at most
    ``_BLOCK``, each with its offset and its term vectors: the story's own
    ``vecs`` when it is one block, else weighted inside the block."""
    if len(group) <= _BLOCK:
        yield 0, group, vecs
        return
    for lo in range(0, len(group), _BLOCK):
        block = group[lo:lo + _BLOCK]
        yield lo, block, term_vectors(block, idf)


def _cluster(group: Sequence[_Cand], vecs: Sequence[dict[str, float]], idf: Mapping[str, float], dsu: _DSU,
             neighbours: int, min_edge: float, resolution: float) -> None:
    """Step 4 for one story: statements grouped on the cosines of their term vectors."""
    for _, block, block_vecs in blocks(group, vecs, idf):
        group_claims(block, lexical_matrix(block_vecs), dsu, neighbours, min_edge, resolution)


def _attach_rejections(docs: Sequence[tuple[Document, Analysis]], actor_of: Mapping[tuple[str, str], str],
                       cands: Sequence[_Cand], story: Sequence[int], dsu: _DSU, why: dict[int, str]) -> None:
    """Step 5: a rejection of a document actor's claims that is in no
    cross-document group joins the group with most statements by that actor."""
    groups: dict[int, list[_Cand]] = defaultdict(list)
    for c in cands:
        groups[dsu.find(c.n)].append(c)
    for c in cands:
        if c.st.act not in _DISPUTE_ACTS or c.st.negated:
            continue
        own = groups.get(dsu.find(c.n), [])
        d, a = docs[c.doc]
        target = _target_actor(a, c.st)
        if target is None:
            continue
        tkeys = _camp_keys(a, d.id, target, actor_of)
        if not tkeys or _same_camp(tkeys, c.camp) or any(m.camp and _same_camp(m.camp, tkeys) for m in own):
            continue
        # The target's main claim: a finding ("concludes") before other
        # statements, then the earliest (news and reports lead with it).
        said = [m for root, members in groups.items() if root != dsu.find(c.n)
                and story[members[0].doc] == story[c.doc] for m in members if m.camp and _same_camp(m.camp, tkeys)]
        if not said:
            continue
        main = min(said, key=lambda m: (m.st.act != "concludes", m.day if m.day is not None else 10**9,
                                        m.doc != c.doc, m.doc, m.st.start))
        best = dsu.find(main.n)
        tname = next((x.name for x in a.actors if x.id == target), target)
        old = dsu.find(c.n)
        root = dsu.union(old, best)
        why[old if root != old else best] = f"{c.st.act.removesuffix('s') if c.st.act else 'dispute'}s the {tname}"
        groups[root] = groups.pop(old, []) + groups.pop(best, [])


def _opponents(docs: Sequence[tuple[Document, Analysis]], actor_of: Mapping[tuple[str, str], str],
               cands: Sequence[_Cand]) -> dict[str, set[str]]:
    """Who denies or rejects whom anywhere in the corpus (corpus actor ids,
    both ways; a document's owners count with it: rejecting "the commission's
    report" opposes the commission)."""
    out: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.st.act not in _DISPUTE_ACTS or c.st.negated or c.actor is None:
            continue
        d, a = docs[c.doc]
        target = _target_actor(a, c.st)
        corpus = actor_of.get((d.id, target)) if target else None
        if corpus is None or corpus == c.actor:
            continue
        for other in (corpus, *_owners(a, target, d.id, actor_of)):  # type: ignore[arg-type]
            if other != c.actor:
                out[c.actor].add(other)
                out[other].add(c.actor)
    return out


def _side(text: str, c: _Cand, proposition_negated: bool) -> tuple[Side, str, Span | None]:
    st = c.st
    act, cue = st.act, st.cue
    if act in _DISPUTE_ACTS:
        if st.negated:
            return "reports", f"negated {act.removesuffix('s')}", cue
        return "disputes", f"act {act}", cue
    if act == "acknowledges":
        if st.negated and (st.cue_lemma or "") in ("deny", "dispute", "reject"):
            return "supports", "does not deny", cue
        if st.negated:
            return "reports", "negated acknowledgement", cue
        return "supports", "act acknowledges", cue
    if act == "asks":
        return "reports", "a question", cue
    if (st.cue_lemma or "") in _RELAY_CUES:
        return "reports", f"relays: cue '{st.cue_lemma}'", cue
    if c.neutral is not None:
        return "reports", f"refers to the claim: '{c.neutral.text(text)}'", c.neutral
    if st.negated:
        return "disputes", f"negated {act or 'statement'}", cue
    negated = c.neg is not None
    if negated != proposition_negated:
        if negated and c.neg is not None:
            return "disputes", f"content negates: '{c.neg.text(text)}'", c.neg
        return "disputes", "content affirms what the proposition negates", cue
    return "supports", f"act {act or 'asserts'}", cue


_AT_LEAST = frozenset({"more than", "at least", "upwards of", "in excess of", "over", "well over", "just over",
                       "above", "and over", "or over", "or more", "and above"})
_AT_MOST = frozenset({"less than", "fewer than", "at most", "up to", "under", "well under", "just under", "below",
                      "as few as"})
_SUMS = re.compile(r"\b(?:million|billion|trillion|bn|m)\b", re.I)
_APART = 2.0  # two counts of one thing this many times apart cannot both be right


def _figures_in(a: Analysis, st: Statement) -> list[Figure]:
    """The figures of ``a`` inside a statement's content."""
    return [f for f in a.figures if any(c.start <= f.span.start and f.span.end <= c.end for c in st.content)]


def _singular(noun: str) -> str:
    """"soldiers" -> "soldier" (what a count counts, compared across statements)."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _counted(a: Analysis, st: Statement) -> list[tuple[Figure, str, float, float]]:
    """The counts in a statement's content, each with what it counts (the
    noun, singular, with the names before it: "ombelian soldier") and the
    range it allows: "at least 11" is [11, inf), "about 40" [30, 50], "nine"
    [9, 9]. Measures (percent, hours) and sums ("90 million marks") are left
    out: one story quotes many of them about different things; so are parts
    ("eleven of whom")."""
    out = []
    for f in _figures_in(a, st):
        if f.part_of is not None or f.unit or not f.counts or f.counts_span is None \
                or _SUMS.search(f.span.text(a.text)):
            continue
        noun = _singular(f.counts.lower())
        names = sorted(w.lower() for w in _WORD.findall(a.text[f.span.end:f.counts_span.start]) if w[0].isupper())
        q = (f.qualifier or "").lower()
        lo, hi = (f.value, math.inf) if q in _AT_LEAST else (0.0, f.value) if q in _AT_MOST else \
            (0.75 * f.value, 1.25 * f.value) if f.approximate else (f.value, f.value)
        out.append((f, " ".join([*names, noun]), lo, hi))
    return out


def _as_written(f: Figure, text: str) -> str:
    """"at least eleven Vardian soldiers": the qualifier, the number and what it counts."""
    end = f.counts_span.end if f.counts_span is not None else f.span.end
    body = " ".join(text[f.span.start:end].split()).replace('"', "").replace("\u201d", "")
    return f"{f.qualifier} {body}" if f.qualifier else body


def _conflicting_figure(docs: Sequence[tuple[Document, Analysis]], c: _Cand, head_text: str,
                        head_figures: Sequence[tuple[Figure, str, float, float]]) -> tuple[str, Span] | None:
    """A count in ``c`` of the same thing the proposition counts, at least
    ``_APART`` times off every number the proposition allows ("one soldier was
    killed" against "at least eleven soldiers died"): the reason and the figure."""
    if not head_figures:
        return None
    a = docs[c.doc][1]
    for f, what, lo, hi in _counted(a, c.st):
        for hf, hwhat, hlo, hhi in head_figures:
            if what == hwhat and (hi * _APART <= hlo or hhi * _APART <= lo):
                return (f"counts {_as_written(f, a.text)} where the proposition counts "
                        f"{_as_written(hf, head_text)}", f.span)
    return None


# Words of judgement that cannot both hold of one thing: a claim that an election was "rigged"
# is answered by one that it was "free and fair", an "illegal" detention by a "lawful" one.
_CONTRARIES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(_stem(w) for w in a.split()), frozenset(_stem(w) for w in b.split())) for a, b in (
        ("rigged fraudulent fraud stolen manipulated falsified sham unfair",
         "fair credible clean legitimate transparent"),
        ("illegal unlawful illegally unlawfully arbitrary unconstitutional",
         "lawful legal lawfully legally constitutional"),
        ("unsafe dangerous hazardous", "safe harmless"),
    ))  # (a dismissal, "false", "fabricated", negates a content already: see _negation)


def _content_words(text: str, st: Statement) -> list[str]:
    """The lower-case words of a statement's content, in order."""
    return [m.group().lower() for sp in st.content for m in _WORD.finditer(text, sp.start, sp.end)]


def _contrary(head: frozenset[str], terms: frozenset[str]) -> tuple[str, str] | None:
    """A pair of contrary judgements, the proposition's first ("rigged", "fair")."""
    for a, b in _CONTRARIES:
        for mine, theirs in ((a, b), (b, a)):
            said = head & mine
            answer = terms & theirs
            if said and answer and not terms & mine:
                return min(said), min(answer)
    return None


def _label(docs: Sequence[tuple[Document, Analysis]], members: list[_Cand], cont: Mapping[int, int],
           opponents: Mapping[str, set[str]],
           story_against: Sequence[frozenset[str]] = (),
           actor_of: Mapping[tuple[str, str], str] | None = None) -> tuple[_Cand, list[tuple[Side, str, Span | None]]]:
    """The thread's proposition (its first plain claim) and each member's side."""
    plain = [c for c in members if c.st.act not in _DISPUTE_ACTS and c.neg is None and not c.st.negated
             and c.neutral is None and (c.st.cue_lemma or "") not in _RELAY_CUES and c.st.act != "asks"]
    # The claim under dispute, not a rebuttal an article quotes first: a plain claim by a
    # speaker who never denies, rejects or negates anything in the thread.
    deniers = list(dict.fromkeys(c.camp for c in members if c.camp and (c.st.act in _DISPUTE_ACTS or c.neg is not None
                                                                          or c.st.negated)))
    undisputed = [c for c in plain if c.camp and not any(_same_camp(c.camp, k) for k in (*deniers, *story_against))]
    head = (undisputed or plain or members)[0]
    first = [_side(docs[c.doc][1].text, c, head.neg is not None) for c in members]
    head_figures = _counted(docs[head.doc][1], head.st)
    for i, c in enumerate(members):
        if c is not head and first[i][0] == "supports" and first[i][1].startswith("act"):
            conflict = _conflicting_figure(docs, c, docs[head.doc][1].text, head_figures)
            if conflict is not None:
                first[i] = ("disputes", conflict[0], conflict[1])
    for i, c in enumerate(members):
        contrary = None if c is head else _contrary(head.terms, c.terms)
        if contrary is None:
            continue
        words = _content_words(docs[c.doc][1].text, c.st)
        negated = any(_stem(w) == contrary[1] and any(x in ("not", "no", "never") or x.endswith(("n't", "n\u2019t"))
                                                     for x in words[max(0, k - 2):k])
                      for k, w in enumerate(words))
        # the two words as written ("rigged", not the stem "rigg")
        said = next((w for w in _content_words(docs[head.doc][1].text, head.st) if _stem(w) == contrary[0]),
                    contrary[0])
        answer = next((w for w in words if _stem(w) == contrary[1]), contrary[1])
        if negated and (first[i][0] == "disputes" and first[i][1].startswith("content negates")
                        or first[i][0] == "supports" and first[i][1].startswith("act")):
            # "the vote was not fair" against "the vote was rigged": two negatives agree
            first[i] = ("supports", f"says not '{answer}' where the proposition says '{said}'", first[i][2])
        elif not negated and first[i][0] == "supports" and first[i][1].startswith("act"):
            first[i] = ("disputes", f"says '{answer}' where the proposition says '{said}'", first[i][2])
    # Who disputes the claim outright (a denial, a rejection, a negated restatement).
    against = list(dict.fromkeys(c.camp for c, (side, _, _) in zip(members, first, strict=True)
                                 if side == "disputes" and c.camp and not _same_camp(c.camp, head.camp)))
    by_n = {c.n: i for i, c in enumerate(members)}
    out = list(first)
    # Every plain claim here is by a camp that denies or rejects claims elsewhere in the story:
    # the thread holds the answers to a claim, and the answers dispute it.
    answers = not undisputed and bool(head.camp) and any(_same_camp(head.camp, k) for k in story_against)
    for i, c in enumerate(members):
        side, reason, ev = out[i]
        if side != "supports" or not reason.startswith("act"):
            continue
        prev = cont.get(c.n)
        if answers and c.camp and _same_camp(c.camp, head.camp):
            out[i] = ("disputes", f"{reason}, by a speaker who denies or rejects claims in this story", ev)
            continue
        if prev is not None and prev in by_n and out[by_n[prev]][0] == "disputes":
            p = members[by_n[prev]]
            out[i] = ("disputes", f"{reason}, going on from a dispute ({p.st.id})", ev)
        elif c.camp and any(_same_camp(c.camp, k) for k in against):
            out[i] = ("disputes", f"{reason}, by a speaker who disputes the claim in this thread", ev)
        elif head.actor is not None and c.actor is not None and c.actor in opponents.get(head.actor, ()):
            out[i] = ("disputes", f"{reason}, but {c.actor} rejects {head.actor}'s claims", ev)
        elif c.camp and not _same_camp(c.camp, head.camp) and any(_same_camp(c.camp, k) for k in story_against):
            out[i] = ("disputes", f"{reason}, by a speaker who denies or rejects claims in this story", ev)
    # A party the proposition names ("the Interior Ministry held her without counsel") answers
    # it: its plain assertions ("a lawyer was present") dispute. Not a body of the proposition's
    # own speaker's country ("Askavia" in a claim of the Askavian Customs Service), and not a
    # document: a report's findings are evidence, not a party's answer.
    about = [] if actor_of is None else [
        (name, keys) for name, keys in _named_in(docs, actor_of, head)
        if not (head.camp and (_same_camp(keys, head.camp) or _demonym_in(keys, head.camp)))]
    for i, c in enumerate(members):
        side, reason, ev = out[i]
        if not about or c is head or side != "supports" or not reason.startswith("act") or not c.camp \
                or _is_document(docs[c.doc][1], c.st.actor_id):
            continue
        hit = next((name for name, keys in about if _same_camp(c.camp, keys)), None)
        if hit is not None:
            out[i] = ("disputes", f"{reason}, by {hit}, whom the proposition is about", ev)
    return head, out


def _named_in(docs: Sequence[tuple[Document, Analysis]], actor_of: Mapping[tuple[str, str], str],
              c: _Cand) -> list[tuple[str, frozenset[str]]]:
    """The actors a statement's content names (other than its speaker), with their camp keys."""
    d, a = docs[c.doc]
    out = []
    for actor in a.actors:
        if actor.id != c.st.actor_id and any(m.start < sp.end and sp.start < m.end
                                             for m in actor.mentions for sp in c.st.content):
            keys = _camp_keys(a, d.id, actor.id, actor_of)
            if keys:
                out.append((actor.name, keys))
    return out


def _demonym_in(keys: frozenset[str], camp: frozenset[str]) -> bool:
    """"askavia" in "askavian customs service": a country's own body speaks for it."""
    stems = {k[:-1] for k in keys if len(k) >= 5 and " " not in k and ":" not in k}
    return any(w.startswith(stem) for x in camp for w in x.split() for stem in stems)


def _is_document(a: Analysis, actor_id: str | None) -> bool:
    actor = a.actor(actor_id) if actor_id else None
    return actor is not None and actor.type == "document"


def build_story_threads(docs: Sequence[tuple[Document, Analysis]], actor_of: Mapping[tuple[str, str], str], *,
                        neighbours: int = 12, min_edge: float = 0.02, resolution: float = 0.6,
                        story_similarity: float = 0.12) -> list[Thread]:
    """Claim threads over ``docs``, most contested first.

    ``actor_of`` maps (document id, per-document actor id) to a corpus actor
    id (from :func:`~claimgraph.link.link_actors`); statements whose actor is
    missing from it still join threads but count as their own actor.
    """
    cands = _candidates(docs, actor_of)
    if not cands:
        return []
    story = _stories(docs, cands, story_similarity)
    df: Counter[str] = Counter()
    for c in cands:
        df.update(c.terms)
    idf = {t: math.log((len(cands) + 1) / k) + 1.0 for t, k in df.items()}
    dsu = _DSU(len(cands))
    why: dict[int, str] = {}
    cont = _continuations(docs, cands)
    for cur, prev in cont.items():
        dsu.union(cur, prev)
        why[cur] = f"goes on from {cands[prev].st.id} by the same speaker"
    stories: dict[int, list[_Cand]] = defaultdict(list)
    for c in cands:
        stories[story[c.doc]].append(c)
    vecs: dict[int, dict[str, float]] = {}
    for group in stories.values():
        if len({c.doc for c in group}) > 1:
            group.sort(key=lambda c: (c.day if c.day is not None else 10**9, c.doc, c.st.start))
            tv = term_vectors(group, idf)
            _cluster(group, tv, idf, dsu, neighbours, min_edge, resolution)
            vecs.update(zip((c.n for c in group), tv, strict=True))
    _attach_rejections(docs, actor_of, cands, story, dsu, why)
    _why_shared(cands, docs, vecs, dsu, why)
    return _threads(docs, actor_of, cands, dsu, why, cont, story)


def spanning_groups(cands: Sequence[_Cand], dsu: _DSU) -> list[list[_Cand]]:
    """The groups of ``dsu`` whose statements come from more than one document."""
    groups: dict[int, list[_Cand]] = defaultdict(list)
    for c in cands:
        groups[dsu.find(c.n)].append(c)
    return [members for members in groups.values() if len({c.doc for c in members}) > 1]


def _why_shared(cands: Sequence[_Cand], docs: Sequence[tuple[Document, Analysis]],
                vecs: Mapping[int, dict[str, float]], dsu: _DSU, why: dict[int, str]) -> None:
    """Each grouped member's link: the member of another document whose terms
    it shares most, and the terms."""
    for members in spanning_groups(cands, dsu):
        for c in members:
            v = vecs.get(c.n)
            if c.n in why or not v:
                continue
            best, best_s = None, 0.0
            for o in members:
                w = vecs.get(o.n)
                if o.doc == c.doc or not w:
                    continue
                s = sum(x * w.get(t, 0.0) for t, x in v.items())
                if s > best_s:
                    best, best_s = o, s
            if best is not None:
                w = vecs[best.n]
                shared = sorted((t for t in v if t in w), key=lambda t: -(v[t] * w[t]))[:5]
                why[c.n] = (f"same claim as {best.st.id} of document {docs[best.doc][0].id[:12]} "
                            f"(shared terms {best_s:.2f}: {', '.join(shared)})")


def _threads(docs: Sequence[tuple[Document, Analysis]], actor_of: Mapping[tuple[str, str], str],
             cands: Sequence[_Cand], dsu: _DSU, why: Mapping[int, str], cont: Mapping[int, int],
             story: Sequence[int] | None = None) -> list[Thread]:
    """The groups of ``dsu`` that span documents, as threads with sides (step 6), most contested first."""
    opponents = _opponents(docs, actor_of, cands)
    against: dict[int, list[frozenset[str]]] = defaultdict(list)
    if story is not None:
        for c in cands:
            if c.camp and ((c.st.act in _DISPUTE_ACTS and not c.st.negated)
                           or (c.neg is not None and docs[c.doc][1].text[c.neg.start:c.neg.end].lower() in _DISMISSAL)):
                against[story[c.doc]].append(c.camp)
    groups: dict[int, list[_Cand]] = defaultdict(list)
    for c in cands:
        groups[dsu.find(c.n)].append(c)
    threads: list[Thread] = []
    for members in groups.values():
        if len({c.doc for c in members}) < 2:
            continue
        members.sort(key=lambda c: (c.day if c.day is not None else 10**9, c.doc, c.st.start))
        head, sides = _label(docs, members, cont, opponents,
                             list(dict.fromkeys(against.get(story[members[0].doc], ()))) if story is not None else (),
                             actor_of)
        hdoc, ha = docs[head.doc]
        prop_span = Span(head.st.start, head.st.end)
        out_members = []
        for c, (side, reason, evidence) in zip(members, sides, strict=True):
            d = docs[c.doc][0]
            link = why.get(c.n) or ("the proposition" if c is head else "in a group that joined the thread")
            out_members.append(ThreadMember(doc_id=d.id, statement_id=c.st.id, side=side, reason=reason,
                                            link=link, evidence=evidence))
        who = {(docs[c.doc][0].id, c.st.id): c.actor for c in members}
        score = score_thread(out_members, who, [c.day for c in members])
        tid = "t-" + hashlib.sha1(f"{hdoc.id}/{head.st.id}".encode()).hexdigest()[:12]
        threads.append(Thread(id=tid, proposition=prop_span.text(ha.text), doc_id=hdoc.id, span=prop_span,
                              members=tuple(out_members), score=score))
    threads.sort(key=lambda t: (-t.score, t.id))
    return threads

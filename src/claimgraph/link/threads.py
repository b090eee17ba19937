"""Claim threads: statements from different documents about one proposition.

Method (no all-pairs comparison):

1. Every statement with content becomes a bag of terms: lower-cased content
   words, stop words dropped, plural and verb endings cut, a few synonyms
   folded ("abuses" and "violations" are one term), weighted by inverse
   document frequency over the statements.
2. Blocking: each statement is filed under every pair of its six rarest
   terms (terms seen once cannot link anything). Statements sharing a bucket
   are compared with the few filed just before them, so a big bucket costs
   a bounded number of comparisons and still chains into one thread.
3. A pair links when they share at least two terms and the idf weight of
   the shared terms is at least ``min_similarity`` of the smaller
   statement's weight, or ``story_similarity`` when their documents are of
   one story (within ``STORY_WINDOW`` days, two named entities shared);
   linked statements form threads (connected components).
4. Structural links: a denial or rejection whose target (or content) names
   a per-document actor ("rejected the commission's report") joins the
   threads in which that actor, as a corpus actor, states something,
   within ``STORY_WINDOW`` days: it disputes them.
5. Sides: denies/rejects dispute; an assertion by an actor that rejected
   the claims of the thread's first speaker (or its document) disputes; assertions, conclusions, accusations and
   the like support, unless their cue is negated ("did not say") or their
   content is negated where the thread's proposition is not (or the other
   way round); questions, negated denials and relays ("reported that")
   report. ``ThreadMember.reason`` names the rule and ``evidence`` the span
   (the cue, or the negation word) in the member's document.

Thread.score, the contestedness, is ``S * D + 0.5 * (1 - 1/docs) + 0.4 *
(1 - 1/(1 + days/7))`` where S and D are the distinct corpus actors
supporting and disputing, docs the distinct documents and days the span of
publication dates: any thread with both sides outranks any one-sided
thread; documents and time only break ties.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from ..model import Act, Analysis, Document, Side, Span, Statement, Thread, ThreadMember
from ._common import day_of, doc_entities, story_close

__all__ = ["STORY_WINDOW", "build_threads", "claims_something", "score_thread"]

STORY_WINDOW = 45  # days within which a rejection is read as answering a claim
_KEY_TERMS = 6  # rarest terms per statement whose pairs are its blocking keys
_BUCKET_LOOKBACK = 4  # earlier statements of a bucket each statement is compared with

_WORD = re.compile(r"[^\W\d_][\w'-]*|\d+(?:[.,]\d+)*")
_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being between both
but by can could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves said says say saying told tell according
added add also would could may might must shall should will can one two many much very still even however
mr ms mrs dr us them ''s n't not never no none nothing without
""".split())
_NEGATION = frozenset({"not", "no", "never", "n't", "none", "nothing", "nobody", "neither", "nor", "without", "cannot",
                       "false", "baseless", "groundless", "untrue", "fabricated", "lies", "lie", "hodgepodge",
                       "smear", "farce", "unfounded", "fake", "disinformation", "slander", "so-called",
                       "rumours", "rumors", "fabrication", "fabrications", "error"})
# Words that name one thing in claims about it: "abuses" and "violations" of rights.
_SYNONYMS = {
    "abuse": "violation", "atrocity": "violation", "crime": "violation", "violate": "violation",
    "detain": "detention", "detainee": "detention", "internment": "detention", "camp": "detention",
    "torture": "torture", "tortur": "torture", "kill": "death", "killing": "death", "die": "death",
    "dead": "death", "uighur": "uyghur", "genocidal": "genocide", "muslim": "uyghur",
}
_DISPUTE_ACTS = {"denies", "rejects"}
_RELAY_CUES = {"report", "quote", "cite", "relay", "reportedly"}
_DOC_WORDS = {"report", "assessment", "findings", "finding", "study", "claims", "claim", "allegations",
              "allegation", "accusations", "accusation", "statement", "conclusions", "document", "review"}


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
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
        if w in _STOP or w in _NEGATION or len(w) < 3:
            continue
        out.add(_stem(w))
    return out


def _negation(text: str, content: tuple[Span, ...]) -> Span | None:
    """The first negation word in the content, as a span."""
    for c in content:
        for m in _WORD.finditer(text, c.start, c.end):
            w = m.group().lower()
            if w in _NEGATION or w.endswith("n't"):
                return Span(m.start(), m.end())
    return None


@dataclass(frozen=True, slots=True)
class _St:
    """What the rules read of a statement (its content is read once, into terms)."""

    id: str
    start: int
    end: int
    act: Act | None
    negated: bool
    cue_lemma: str | None
    cue_start: int  # -1: no cue
    cue_end: int

    @property
    def cue(self) -> Span | None:
        return None if self.cue_start < 0 else Span(self.cue_start, self.cue_end)


@dataclass(frozen=True, slots=True)
class _Aim:
    """A denial or rejection aimed at another actor's statements (step 4)."""

    corpus: str  # the corpus actor aimed at
    name: str  # its name in the statement's document
    owners: tuple[str, ...]  # the corpus actors owning it, when it is a document


@dataclass(slots=True)
class _Cand:
    n: int  # index into the candidate list
    doc: int
    st: _St
    # Sorted: sums of weights come out the same whatever the hash seed (a set's order varies
    # from run to run, and with it the last bit of a similarity); and a fraction of a set's size.
    terms: tuple[str, ...]
    weight: float = 0.0
    day: int | None = None
    actor: str | None = None
    neg: Span | None = None
    neg_word: str | None = None  # the text of ``neg``
    aim: _Aim | None = None
    links: Sequence[tuple[float, int]] = ()  # (similarity, other candidate)


class _DSU:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> int:
        """Join the sets of ``a`` and ``b``; their root (the smaller index)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)
        return min(ra, rb)


@dataclass(frozen=True)
class _Read:
    """What the lexical linker keeps of the documents: per document its id, day
    and named entities, per statement a :class:`_Cand`."""

    ids: list[str]
    ents: list[frozenset[str]]
    cands: list[_Cand]


def claims_something(st: Statement) -> bool:
    """Whether a statement can join a thread: it has content and is no refusal
    to speak ("declined to comment" claims nothing)."""
    return bool(st.content) and st.act != "declines"


def _read(docs: Iterable[tuple[Document, Analysis]], actor_of: Mapping[tuple[str, str], str]) -> _Read:
    """One pass over ``docs`` keeping no text or analysis: each statement's
    terms, acts and offsets, its negation word, and what a denial is aimed at."""
    out = _Read([], [], [])
    interned: dict[str, str] = {}  # one object per term across the corpus
    for di, (d, a) in enumerate(docs):
        out.ids.append(d.id)
        out.ents.append(doc_entities(a))
        day = day_of(d, a)
        text = a.text
        for st in a.statements:
            if not claims_something(st):
                continue
            body = " ".join(text[c.start:c.end] for c in st.content)
            neg = _negation(text, st.content)
            c = _Cand(len(out.cands), di, _slim(st), tuple(sorted(interned.setdefault(t, t) for t in _terms(body))),
                      day=day, actor=actor_of.get((d.id, st.actor_id)) if st.actor_id else None, neg=neg,
                      neg_word=None if neg is None else neg.text(text))
            if st.act in _DISPUTE_ACTS and not st.negated:
                c.aim = _aim(d, a, st, c.actor, actor_of)
            out.cands.append(c)
    return out


def _slim(st: Statement) -> _St:
    cue = st.cue
    return _St(st.id, st.start, st.end, st.act, st.negated, st.cue_lemma, -1 if cue is None else cue.start,
               -1 if cue is None else cue.end)


def _aim(d: Document, a: Analysis, st: Statement, actor: str | None,
         actor_of: Mapping[tuple[str, str], str]) -> _Aim | None:
    """The corpus actor a denial or rejection is aimed at, if another's."""
    target = _target_actor(a, st)
    if target is None:
        return None
    corpus = actor_of.get((d.id, target))
    if corpus is None or corpus == actor:
        return None
    owners = tuple(_owners(a, target, d.id, actor_of)) if actor is not None else ()
    return _Aim(corpus, next((x.name for x in a.actors if x.id == target), target), owners)


def _lexical_links(cands: list[_Cand], min_similarity: float, story_similarity: float,
                   ents: list[frozenset[str]], dsu: _DSU) -> dict[str, float]:
    """Link statements about one proposition; returns the term weights (idf)."""
    df: Counter[str] = Counter()
    for c in cands:
        df.update(c.terms)
    n = max(len(cands), 1)
    idf = {t: math.log(n / k) + 1.0 for t, k in df.items()}
    # Filed online: each statement meets only the last few filed under each of its keys.
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for a in cands:
        a.weight = sum(idf[t] for t in a.terms)
        rare = sorted((t for t in a.terms if df[t] > 1), key=lambda t: (df[t], t))[:_KEY_TERMS]
        seen: set[int] = set()
        a_terms = set(a.terms)
        for pair in combinations(sorted(rare), 2):
            members = buckets[pair]
            for m in members[-_BUCKET_LOOKBACK:]:
                b = cands[m]
                if b.doc == a.doc or m in seen:
                    continue
                seen.add(m)
                shared = [t for t in b.terms if t in a_terms]  # in b's sorted order: see _Cand.terms
                if len(shared) < 2:
                    continue
                sim = sum(idf[t] for t in shared) / min(a.weight, b.weight)
                if sim < min_similarity and (sim < story_similarity or not story_close(
                        a.day, b.day, ents[a.doc], ents[b.doc], window=STORY_WINDOW, min_shared=2)):
                    continue
                dsu.union(a.n, b.n)
                # Only the strongest link of each is kept (it names the link); the union holds the rest.
                if not a.links or (sim, b.n) > a.links[0]:
                    a.links = [(sim, b.n)]
                if not b.links or (sim, a.n) > b.links[0]:
                    b.links = [(sim, a.n)]
            members.append(a.n)
            if len(members) > _BUCKET_LOOKBACK:
                del members[0]  # only the last few of a bucket are ever compared with
    return idf


def _shares(a: _Cand, b: _Cand, idf: Mapping[str, float]) -> str:
    return "shares: " + ", ".join(sorted(set(a.terms).intersection(b.terms), key=lambda t: (-idf[t], t))[:5])


def _target_actor(a: Analysis, st: Statement) -> str | None:
    """The per-document actor a denial or rejection is aimed at: one whose
    mention overlaps its target (or its content when that is a noun phrase)."""
    spans = [st.target] if st.target is not None else []
    if not spans and len(st.content) == 1 and st.content[0].end - st.content[0].start < 80:
        spans = list(st.content)
    for sp in spans:
        for actor in a.actors:
            if actor.id == st.actor_id:
                continue
            if any(m.start < sp.end and sp.start < m.end for m in actor.mentions):
                return actor.id
    return None


def _structural_links(cands: list[_Cand], dsu: _DSU, opponents: dict[str, set[str]]) -> dict[int, tuple[int, str]]:
    """Denials and rejections of an actor's claims join that actor's threads;
    who rejects whom is noted in ``opponents`` (corpus actor ids, both ways)."""
    by_actor: dict[str, list[_Cand]] = defaultdict(list)
    for c in cands:
        if c.actor is not None and c.st.act not in _DISPUTE_ACTS:
            by_actor[c.actor].append(c)
    joined: dict[int, tuple[int, str]] = {}
    for c in cands:
        if c.aim is None:  # set only for a denial or rejection aimed at another's claims (see _read)
            continue
        corpus = c.aim.corpus
        if c.actor is not None:
            opponents[c.actor].add(corpus)
            opponents[corpus].add(c.actor)
            for owner in c.aim.owners:
                if owner != c.actor:
                    opponents[c.actor].add(owner)
                    opponents[owner].add(c.actor)
        tname = c.aim.name
        for other in by_actor.get(corpus, ()):
            if other.doc == c.doc and len(by_actor[corpus]) > 1:
                continue
            if c.day is not None and other.day is not None and abs(c.day - other.day) > STORY_WINDOW:
                continue
            if not other.links:
                continue  # a claim no other document repeats is no thread to join
            dsu.union(c.n, other.n)
            joined.setdefault(c.n, (other.n, f"{c.st.act.removesuffix('s') if c.st.act else 'disputes'}"
                                              f" the {tname} ({corpus})"))
    return joined


def _owners(a: Analysis, actor_id: str, doc_id: str, actor_of: Mapping[tuple[str, str], str]) -> list[str]:
    """The corpus actors a document actor belongs to ("the commission's report": the commission)."""
    actor = a.actor(actor_id)
    if actor is None or actor.type != "document":
        return []
    out = []
    for other in a.actors:
        if other.id != actor_id and other.type != "document" and any(
                aff == other.name or aff in other.aliases for aff in actor.affiliations):
            cid = actor_of.get((doc_id, other.id))
            if cid is not None:
                out.append(cid)
    return out


def _camps(head: str | None, opponents: Mapping[str, set[str]]) -> dict[str, bool]:
    """Actors on the head's side (True) and against it (False): opponents of the
    head dispute, opponents of those support (two steps, no further)."""
    if head is None:
        return {}
    camp = {head: True}
    for foe in opponents.get(head, ()):
        camp.setdefault(foe, False)
    for foe in list(opponents.get(head, ())):
        for friend in opponents.get(foe, ()):
            camp.setdefault(friend, True)
    return camp


def _side(c: _Cand, proposition_negated: bool) -> tuple[Side, str, Span | None]:
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
    if st.negated:
        return "disputes", f"negated {act or 'statement'}", cue
    negated = c.neg is not None
    if negated != proposition_negated:
        if negated and c.neg is not None:
            return "disputes", f"content negates: '{c.neg_word}'", c.neg
        return "disputes", "content affirms what the proposition negates", cue
    return "supports", f"act {act or 'asserts'}", cue


def score_thread(members: Sequence[ThreadMember], actors: Mapping[tuple[str, str], str | None],
                 days: Sequence[int | None]) -> float:
    """Contestedness: distinct supporting x disputing actors, then documents and
    time span as tie-breaks below 1 (see the module docstring)."""
    sup = {actors[(m.doc_id, m.statement_id)] or f"{m.doc_id}/{m.statement_id}"
           for m in members if m.side == "supports"}
    dis = {actors[(m.doc_id, m.statement_id)] or f"{m.doc_id}/{m.statement_id}"
           for m in members if m.side == "disputes"}
    n_docs = len({m.doc_id for m in members})
    known = [d for d in days if d is not None]
    span = (max(known) - min(known)) if known else 0
    return round(len(sup) * len(dis) + 0.5 * (1 - 1 / max(n_docs, 1)) + 0.4 * (1 - 1 / (1 + span / 7)), 4)


def build_threads(docs: Iterable[tuple[Document, Analysis]], actor_of: Mapping[tuple[str, str], str], *,
                  min_similarity: float = 0.5, story_similarity: float = 0.25,
                  method: str = "lexical", text_of: Callable[[str], str] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> list[Thread]:
    """Claim threads over ``docs``, most contested first.

    ``actor_of`` maps (document id, per-document actor id) to a corpus actor
    id (from :func:`~claimgraph.link.link_actors`); statements whose actor is
    missing from it still join threads but count as their own actor.
    ``method="story"`` uses :func:`.story_threads.build_story_threads` (stories,
    then propositions inside them; higher recall, lower precision; its own
    thresholds) instead of this module's rare-word linker; ``method="embed"``
    uses :func:`.embed_threads.build_embed_threads` (the story linker grouping
    a story's statements by sentence embeddings; needs ``claimgraph[embed]``).

    The rare-word linker reads ``docs`` once, keeping a few features of each
    statement and no text; the text of each thread's proposition is then
    ``text_of(document id)`` when given, else read from ``docs`` again (a
    sequence, or an iterable that reads its source anew each time; a
    one-shot iterator without ``text_of`` is turned into a list first). So
    a store's documents can be streamed:
    ``build_threads(store.analysed(slim=True), actor_of, text_of=store.text)``.
    The story and embedding linkers hold every document. ``progress(done,
    total)`` is called by the embedding linker as it embeds statements (its
    slow part).
    """
    if method == "story":
        from .story_threads import build_story_threads

        return build_story_threads(docs if isinstance(docs, Sequence) else list(docs), actor_of)
    if method == "embed":
        from .embed_threads import build_embed_threads

        return build_embed_threads(docs if isinstance(docs, Sequence) else list(docs), actor_of, progress=progress)
    if method != "lexical":
        raise ValueError(f"unknown thread method {method!r} (lexical, story or embed)")
    if text_of is None and not isinstance(docs, Sequence) and iter(docs) is docs:
        docs = list(docs)  # read twice below
    read = _read(docs, actor_of)
    cands, ids = read.cands, read.ids
    dsu = _DSU(len(cands))
    idf = _lexical_links(cands, min_similarity, story_similarity, read.ents, dsu)
    opponents: dict[str, set[str]] = defaultdict(set)
    joined = _structural_links(cands, dsu, opponents)
    groups: dict[int, list[_Cand]] = defaultdict(list)
    for c in cands:
        if c.links or c.n in joined:
            groups[dsu.find(c.n)].append(c)
    drafts: list[tuple[str, _Cand, tuple[ThreadMember, ...], float]] = []
    strings: dict[str, str] = {}
    for members in groups.values():
        if len({c.doc for c in members}) < 2:
            continue
        members.sort(key=lambda c: (c.day if c.day is not None else 10**9, c.doc, c.st.start))
        head = next((c for c in members if c.st.act not in _DISPUTE_ACTS and c.st.act != "asks"
                     and c.neg is None and not c.st.negated), members[0])
        out_members = []
        camps = _camps(head.actor, opponents)
        for c in members:
            side, reason, evidence = _side(c, head.neg is not None)
            camp = camps.get(c.actor) if c.actor is not None else None
            if side == "supports" and camp is False and reason.startswith("act"):
                side, reason = "disputes", f"{reason}, but {c.actor} rejects {head.actor}'s claims"
            if c.n in joined and not c.links:
                link = joined[c.n][1]
            elif c.links:
                link = _shares(c, cands[max(c.links)[1]], idf)
            else:
                link = "first statement"
            # Reasons and links repeat across members (wire copies): one object each.
            reason, link = strings.setdefault(reason, reason), strings.setdefault(link, link)
            out_members.append(ThreadMember(doc_id=ids[c.doc], statement_id=c.st.id, side=side, reason=reason,
                                            link=link, evidence=evidence))
        who = {(ids[c.doc], c.st.id): c.actor for c in members}
        score = score_thread(out_members, who, [c.day for c in members])
        tid = "t-" + hashlib.sha1(f"{ids[head.doc]}/{head.st.id}".encode()).hexdigest()[:12]
        drafts.append((tid, head, tuple(out_members), score))
    texts = _texts(docs, {head.doc for _, head, _, _ in drafts}, ids, text_of)
    threads: list[Thread] = []
    for tid, head, out, score in drafts:
        prop_span = Span(head.st.start, head.st.end)
        threads.append(Thread(id=tid, proposition=prop_span.text(texts[head.doc]), doc_id=ids[head.doc],
                              span=prop_span, members=out, score=score))
    threads.sort(key=lambda t: (-t.score, t.id))
    return threads


def _texts(docs: Iterable[tuple[Document, Analysis]], wanted: set[int], ids: Sequence[str],
           text_of: Callable[[str], str] | None) -> dict[int, str]:
    """The texts of the documents at the indices ``wanted``."""
    if text_of is not None:
        return {i: text_of(ids[i]) for i in wanted}
    if isinstance(docs, Sequence):
        return {i: docs[i][1].text for i in wanted}
    out: dict[int, str] = {}
    if not wanted:
        return out
    it = iter(docs)
    try:
        for i, (_, a) in enumerate(it):
            if i in wanted:
                out[i] = a.text
                if len(out) == len(wanted):
                    break
    finally:
        close = getattr(it, "close", None)
        if close is not None:
            close()  # a store's cursor, left part-read
    return out

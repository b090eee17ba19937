"""Speed of the link layer: link_actors and build_threads over synthetic documents.

The documents are built as records (no parsing): stories with their people,
governments, organisations and claims, each document about one story, with
~26 statements and ~12 actors. Prints documents per second for each step.

    /work/venv/bin/python benchmarks/link_speed.py --docs 5000
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
import tracemalloc
from datetime import date, timedelta

from claimgraph.link import build_threads, link_actors
from claimgraph.model import Actor, Analysis, Document, Span, Statement

FIRST = ["Anna", "Boris", "Chen", "Dara", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kemal", "Lena",
         "Marco", "Nadia", "Omar", "Petra", "Quinn", "Rosa", "Sven", "Tara"]
LAST = [f"{a}{b}" for a in ("Kov", "Mar", "Tal", "Ber", "Dun", "Sol", "Vek", "Ril", "Zan", "Hol")
        for b in ("ic", "ova", "sen", "ardi", "ek", "ton", "ides", "ura")]
COUNTRIES = [(f"Land{i}", f"Capital{i}") for i in range(60)]
WORDS = [f"w{i}" for i in range(6000)]
VERBS = [("said", "asserts"), ("denied", "denies"), ("rejected", "rejects"), ("concluded", "concludes"),
         ("accused", "accuses"), ("warned", "warns")]


class _Text:
    """Builds a text piece by piece; calling it adds a piece and returns its span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def __call__(self, piece: str) -> Span:
        span = Span(self.pos, self.pos + len(piece))
        self.parts.append(piece + " ")
        self.pos += len(piece) + 1
        return span


def make_corpus(n_docs: int, seed: int = 7) -> list[tuple[Document, Analysis]]:
    rng = random.Random(seed)
    stories = []
    for s in range(max(n_docs // 25, 1)):
        people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(6)]
        claims = [rng.sample(WORDS, 7) for _ in range(12)]
        countries = rng.sample(COUNTRIES, 2)
        start = date(2020, 1, 1) + timedelta(days=rng.randrange(1500))
        stories.append((people, claims, countries, start, f"Org{s} Rights Watch"))
    out = []
    for n in range(n_docs):
        people, claims, countries, start, org = rng.choice(stories)
        day = (start + timedelta(days=rng.randrange(30))).isoformat()
        add = _Text()
        actors: list[Actor] = []
        statements: list[Statement] = []

        names = [*rng.sample(people, 3), "health minister"]
        for i, name in enumerate(names, 1):
            short = "Mr " + name.split()[-1]
            actors.append(Actor(id=f"a{i}", name=name, type="person", aliases=(short,), mentions=(add(name),)))
        for country, capital in countries:
            actors.append(Actor(id=f"a{len(actors) + 1}", name=country, type="government",
                                aliases=(capital, f"{country} government"), mentions=(add(capital),)))
        actors.append(Actor(id=f"a{len(actors) + 1}", name=org, type="organisation", mentions=(add(org),)))
        actors.append(Actor(id=f"a{len(actors) + 1}", name="".join(w[0] for w in org.split()), type="organisation",
                            mentions=(add("ORW"),)))
        actors.append(Actor(id=f"a{len(actors) + 1}", name=f"{countries[0][0]} report", type="document",
                            affiliations=(countries[0][0],), mentions=(add("report"),)))
        for extra in range(3):
            actors.append(Actor(id=f"a{len(actors) + 1}", name=f"Person{rng.randrange(10**6)} X{extra}",
                                type="person", mentions=(add("someone"),)))
        for i in range(26):
            claim = rng.choice(claims)
            words = rng.sample(claim, 5) + rng.sample(WORDS, 4)
            cue_word, act = rng.choice(VERBS)
            speaker = rng.choice(actors)
            sp = add(speaker.name)
            cue = add(cue_word)
            content = add(" ".join(words) + ".")
            statements.append(Statement(id=f"s{i + 1}", kind="indirect", content=(content,), cue=cue,
                                        cue_lemma=cue_word, speaker=sp, actor_id=speaker.id, act=act))  # type: ignore[arg-type]
        text = "".join(add.parts)
        doc = Document(id=hashlib.sha256(f"{n}:{text}".encode()).hexdigest(), text=text, published=day)
        out.append((doc, Analysis(text=text, statements=tuple(statements), actors=tuple(actors), published=day)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--memory", action="store_true", help="trace peak memory (slows the run about 2x)")
    args = ap.parse_args()
    docs = make_corpus(args.docs)
    n_st = sum(len(a.statements) for _, a in docs)
    n_ac = sum(len(a.actors) for _, a in docs)
    if args.memory:
        tracemalloc.start()
    t0 = time.perf_counter()
    corpus = link_actors(docs)
    t1 = time.perf_counter()
    actor_of = {m: ca.id for ca in corpus for m in ca.members}
    threads = build_threads(docs, actor_of)
    t2 = time.perf_counter()
    peak = tracemalloc.get_traced_memory()[1] if args.memory else 0
    tracemalloc.stop()
    print(f"{len(docs)} docs, {n_st} statements, {n_ac} per-document actors")
    print(f"link_actors: {t1 - t0:.2f} s ({len(corpus)} corpus actors)")
    print(f"build_threads: {t2 - t1:.2f} s ({len(threads)} threads)")
    print(f"total: {t2 - t0:.2f} s = {len(docs) / (t2 - t0):.0f} docs/s"
          + (f" (under tracemalloc); peak traced memory {peak / 2**20:.0f} MiB" if args.memory else ""))


if __name__ == "__main__":
    main()

"""Load test of the web app: N concurrent clients for D seconds.

usage: python benchmarks/load.py [--db FILE | --docs N] [--clients C] [--seconds D] [--seed S]

Serves the store with ``claimgraph serve`` in a child process (127.0.0.1, a
free port), then runs C clients (asyncio + httpx, one connection each) that
request, at random, a document, an actor, what an actor said, a thread and a
search, for D seconds. Prints requests, errors, requests/s and p50/p95/p99
latency overall and per endpoint. Without --db, a store of N generated
articles (default 5,000; ``benchmarks/speed.py``'s news generator) is built
first, which takes a while. The floor: p95 < 200 ms with 20 clients over
30 s on a 5,000-document store; the exit status is 1 when it is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

FLOOR_P95_MS = 200.0
WORDS = ["said", "denied", "report", "camps", "minister", "police", "killed", "government", "court", "price"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_store(path: Path, docs: int, seed: int) -> None:
    from speed import make_texts

    from claimgraph.corpus import Corpus

    feed = path.with_suffix(".jsonl")
    with feed.open("w", encoding="utf-8") as out:
        for n, text in enumerate(make_texts(docs, seed)):
            published = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"
            out.write(json.dumps({"text": text, "title": f"Article {n}", "published": published}) + "\n")
    started = time.perf_counter()
    with Corpus(path) as corpus:
        summary = corpus.ingest([str(feed)], n_process=2)
    print(f"built {path}: {summary.ingested} documents in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "claimgraph", "serve", "--db", str(db), "--port", str(port),
                             "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
        if proc.poll() is not None:
            raise SystemExit(f"the server stopped: {proc.stderr.read().decode() if proc.stderr else ''}")
    proc.kill()
    raise SystemExit("the server did not start within 60 s")


def targets(base: str) -> dict[str, list[str]]:
    get = lambda path: httpx.get(base + path, timeout=30).json()["items"]  # noqa: E731
    docs = [d["id"] for d in get("/api/documents?limit=200")]
    actors = [a["id"] for a in get("/api/actors?limit=200")]
    threads = [t["id"] for t in get("/api/threads?limit=200")]
    return {"document": [f"/api/documents/{d}" for d in docs],
            "actor": [f"/api/actors/{a}" for a in actors],
            "said": [f"/api/actors/{a}/statements?limit=50" for a in actors],
            "thread": [f"/api/threads/{t}" for t in threads] or ["/api/threads?limit=50"],
            "search": [f"/api/search?q={w}&limit=20" for w in WORDS]}


async def client(base: str, urls: dict[str, list[str]], until: float, rng: random.Random,
                 lat: dict[str, list[float]], errors: dict[str, int]) -> None:
    kinds = list(urls)
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.perf_counter() < until:
            kind = rng.choice(kinds)
            url = rng.choice(urls[kind])
            t0 = time.perf_counter()
            try:
                r = await http.get(url)
                ok = r.status_code == 200
            except httpx.HTTPError:
                ok = False
            lat[kind].append((time.perf_counter() - t0) * 1000)
            if not ok:
                errors[kind] += 1


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="an existing store (default: build one of --docs articles)")
    ap.add_argument("--docs", type=int, default=5000, help="articles in the built store (default: 5000)")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=1, help="server processes (claimgraph serve --workers)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="claimgraph-load-")
    db = args.db
    if db is None:
        db = Path(tmp.name) / "load.db"
        build_store(db, args.docs, args.seed)
    port = free_port()
    proc = start_server(db, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    try:
        stats = httpx.get(base + "/api/stats", timeout=10).json()
        urls = targets(base)
        lat: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, int] = defaultdict(int)
        rng = random.Random(args.seed)
        until = time.perf_counter() + args.seconds

        async def run() -> None:
            await asyncio.gather(*(client(base, urls, until, random.Random(rng.random()), lat, errors)
                                   for _ in range(args.clients)))

        started = time.perf_counter()
        asyncio.run(run())
        elapsed = time.perf_counter() - started
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # still answering slow requests: the figures are taken
            proc.kill()
            proc.wait()
        tmp.cleanup()
    every = [x for v in lat.values() for x in v]
    total_errors = sum(errors.values())
    print(f"store: {stats['documents']} documents, {stats['statements']} statements, {stats['actors']} actors, "
          f"{stats['threads']} threads")
    print(f"{args.clients} clients for {elapsed:.1f} s: {len(every)} requests ({len(every) / elapsed:.0f}/s), "
          f"{total_errors} errors")
    print(f"{'endpoint':10} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for kind in [*sorted(lat), "all"]:
        values = every if kind == "all" else lat[kind]
        errs = total_errors if kind == "all" else errors[kind]
        print(f"{kind:10} {len(values):8} {errs:6} {pct(values, 50):8.1f} {pct(values, 95):8.1f} "
              f"{pct(values, 99):8.1f}")
    p95 = pct(every, 95)
    ok = p95 < FLOOR_P95_MS and total_errors == 0
    print(f"floor: p95 {p95:.1f} ms < {FLOOR_P95_MS:.0f} ms and no errors: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

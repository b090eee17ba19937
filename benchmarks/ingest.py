"""Ingest: documents/s into a fresh corpus database, peak memory, database size.

usage: python benchmarks/ingest.py [--docs N] [--small M] [--n-process P] [--rate-docs R] [--seed S]

In one run, on generated article-sized documents (``benchmarks/speed.py``'s
news generator, one ``.jsonl`` file):

  (1) ``analyze_many`` over the first R documents (default 500), the rate the
      ingest is held to;
  (2) ``claimgraph ingest`` of M documents (default 1,000) into a fresh
      database, in a child process, and
  (3) of all N documents (default 5,000), in another child process;

each child reports documents/s (reading, analysis, storing and the final
linking of actors and threads included), its peak resident memory (its own
and the largest of its analysis workers'), and the database size. The floors: (3) runs at
>= 80% of (1)'s rate; peak memory < 1.5 GB and not higher for N than for M
(within 10%).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import WORD, commit, make_texts  # noqa: E402

FLOOR_RATE = 0.8
FLOOR_RSS_MB = 1536


def write_corpus(path: Path, docs: int, seed: int) -> int:
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for n, text in enumerate(make_texts(docs, seed)):
            words += len(WORD.findall(text))
            day = 1 + n % 28
            fh.write(json.dumps({"id": f"gen-{n}", "text": text, "published": f"2024-03-{day:02d}",
                                 "source": f"Outlet {n % 7}", "url": f"https://news.example/{n}"}) + "\n")
    return words


def child(db: str, source: str, n_process: int) -> None:
    """Run in a child process: ingest, then print a JSON line of figures."""
    from claimgraph.corpus import Corpus

    t0 = time.perf_counter()
    with Corpus(db) as corpus:
        summary = corpus.ingest([source], n_process=n_process, batch_size=64)
        stats = corpus.stats()
    seconds = time.perf_counter() - t0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "ingested": summary.ingested, "failed": len(summary.failed),
                      "linked": summary.linked, "rss_mb": own, "worker_rss_mb": workers,
                      "db_mb": os.path.getsize(db) / 1024**2, **stats}))


def run_child(db: Path, source: Path, n_process: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", str(db), str(source), str(n_process)],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"ingest of {source} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--rate-docs", type=int, default=500)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--child", nargs=3, metavar=("DB", "SOURCE", "N_PROCESS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return 0
    import claimgraph

    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        big, small = t / "big.jsonl", t / "small.jsonl"
        words = write_corpus(big, args.docs, args.seed)
        with big.open() as src, small.open("w") as dst:
            for n, line in enumerate(src):
                if n >= args.small:
                    break
                dst.write(line)
        texts = [json.loads(line)["text"] for line, _ in zip(big.open(), range(args.rate_docs), strict=False)]
        list(claimgraph.analyze_many(texts[:2]))  # load the model before timing
        t0 = time.perf_counter()
        for _ in claimgraph.analyze_many(texts, n_process=args.n_process):
            pass
        rate = len(texts) / (time.perf_counter() - t0)
        small_run = run_child(t / "small.db", small, args.n_process)
        big_run = run_child(t / "big.db", big, args.n_process)
    rows = [("(2) ingest", args.small, small_run), ("(3) ingest", args.docs, big_run)]
    print(f"generated documents (seed {args.seed}), {words:,} words in the {args.docs:,}; n_process "
          f"{args.n_process}; commit {commit(Path(claimgraph.__file__).parent)}; {os.cpu_count()} CPUs\n")
    print(f"(1) analyze_many over {len(texts)} documents: {rate:.1f} documents/s\n")
    print("| run | documents | seconds | documents/s | peak RSS main, MB | peak RSS worker, MB | database, MB "
          "| statements | actors | threads |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, n, r in rows:
        print(f"| {label} | {n:,} | {r['seconds']:.1f} | {n / r['seconds']:.1f} | {r['rss_mb']:.0f} | "
              f"{r['worker_rss_mb']:.0f} | {r['db_mb']:.1f} | {r['statements']:,} | {r['actors']:,} | "
              f"{r['threads']:,} |")
    ratio = (args.docs / big_run["seconds"]) / rate
    peak_small = max(small_run["rss_mb"], small_run["worker_rss_mb"])
    peak_big = max(big_run["rss_mb"], big_run["worker_rss_mb"])
    checks = [
        ("(3) rate / (1) rate", f"{ratio:.2f}", f">= {FLOOR_RATE}", ratio >= FLOOR_RATE),
        ("peak RSS, MB", f"{peak_big:.0f}", f"< {FLOOR_RSS_MB}", peak_big < FLOOR_RSS_MB),
        ("peak RSS (3) / (2)", f"{peak_big / peak_small:.2f}", "<= 1.10", peak_big <= peak_small * 1.10),
    ]
    print("\n| check | value | floor | |\n|---|---:|---:|---|")
    for name, value, floor, ok in checks:
        print(f"| {name} | {value} | {floor} | {'ok' if ok else 'BELOW FLOOR'} |")
    return 0 if all(c[3] for c in checks) else 1


if __name__ == "__main__":
    sys.exit(main())

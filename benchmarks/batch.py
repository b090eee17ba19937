"""Batch on Dask: documents per second with 1 and 2 workers, in one run.

usage: python benchmarks/batch.py [--docs N] [--seed S] [--partition-size N] [--workers 1,2] [--json] [--check]

Writes ``--docs`` generated articles (``speed.make_texts``: invented news,
400 to 800 words each) to one JSON Lines file, then runs
``claimgraph.batch.run_batch`` over it once per worker count, each time into
a fresh output folder on a fresh ``LocalCluster`` (worker processes, one
thread each). The time counted is the whole ``run_batch`` call: starting the
cluster, loading the model in every worker, the partitions, and the
near-duplicate pass at the end. Printed per run: seconds, documents/s,
statements, and the peak resident memory of each worker process (its
``ru_maxrss``, as the task reports it); then the ratio of the 2-worker to the
1-worker rate. ``--check`` exits 1 when the ratio is under 1.5 or any
partition failed.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import commit, make_texts  # noqa: E402

FLOOR = 1.5


def run(feed: Path, out: Path, workers: int, partition_size: int) -> dict[str, Any]:
    from claimgraph.batch import run_batch

    t0 = time.perf_counter()
    summary = run_batch([str(feed)], out, workers=workers, partition_size=partition_size, progress=False)
    seconds = time.perf_counter() - t0
    return {"workers": workers, "seconds": round(seconds, 2), "documents": summary.documents,
            "docs_per_second": round(summary.documents / seconds, 2), "statements": summary.statements,
            "failed": len(summary.failed), "partitions": summary.partitions,
            "peak_mb_per_worker": sorted(summary.peak_mb.values()),
            "duplicate_groups": summary.duplicate_groups}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--partition-size", type=int, default=100)
    ap.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated (default: 1,2)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    counts = [int(w) for w in args.workers.split(",")]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="claimgraph-batch-bench-") as tmp:
        feed = Path(tmp) / "feed.jsonl"
        with feed.open("w", encoding="utf-8") as fh:
            for n, text in enumerate(make_texts(args.docs, args.seed)):
                fh.write(json.dumps({"id": n, "text": text}) + "\n")
        runs = [run(feed, Path(tmp) / f"out-{w}", w, args.partition_size) for w in counts]
    rate = {r["workers"]: r["docs_per_second"] for r in runs}
    ratio = rate[2] / rate[1] if 1 in rate and 2 in rate and rate[1] else None
    report = {"docs": args.docs, "seed": args.seed, "partition_size": args.partition_size, "runs": runs,
              "ratio_2_vs_1": None if ratio is None else round(ratio, 2), "floor": FLOOR,
              "commit": commit(Path(__file__).resolve().parent), "python": platform.python_version(),
              "total_seconds": round(time.perf_counter() - started, 1)}
    if args.json:
        print(json.dumps(report))
    else:
        print(f"{args.docs} generated documents (seed {args.seed}), partitions of {args.partition_size}, "
              f"commit {report['commit']}, Python {report['python']}, {report['total_seconds']} s in all\n")
        print("| workers | seconds | docs/s | statements | partitions | failed | peak MB per worker |")
        print("|---:|---:|---:|---:|---:|---:|---|")
        for r in runs:
            peaks = ", ".join(f"{m:.0f}" for m in r["peak_mb_per_worker"])
            print(f"| {r['workers']} | {r['seconds']} | {r['docs_per_second']} | {r['statements']} | "
                  f"{r['partitions']} | {r['failed']} | {peaks} |")
        if ratio is not None:
            print(f"\nratio 2 workers / 1 worker: {ratio:.2f} (floor {FLOOR})")
    bad = any(r["failed"] for r in runs) or (ratio is not None and ratio < FLOOR)
    return 1 if args.check and bad else 0


if __name__ == "__main__":
    sys.exit(main())

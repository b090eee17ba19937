"""Accuracy on a gold file, as the Markdown table BENCHMARKS.md keeps.

usage: python benchmarks/accuracy.py [GOLD.jsonl] [--n-process N]

Runs the extractor once over the gold texts, scores the predictions on all
kinds and on direct+mixed, and prints quote and attribution P/R/F1
(overlap50 and exact) with the run time and the commit measured.
"""

from __future__ import annotations

import argparse
import subprocess
import time
from pathlib import Path

from claimgraph.evaluation import doc_from_dict, load_docs, predict, score

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "polnear.dev.jsonl"


def commit() -> str:
    done = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                          capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(DEV))
    ap.add_argument("--n-process", type=int, default=1)
    args = ap.parse_args()
    gold = load_docs(args.gold, gold=True)
    t0 = time.perf_counter()
    lines = predict(gold, n_process=args.n_process)
    seconds = time.perf_counter() - t0
    preds = {d.id: d for d in (doc_from_dict(line, gold=False) for line in lines)}
    print(f"{Path(args.gold).name}, commit {commit()}, {len(gold)} documents, "
          f"{seconds:.1f} s with n_process={args.n_process}\n")
    print("| kinds | gold | criterion | quote P | quote R | quote F1 | attr P | attr R | attr F1 |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|")
    for label, kinds in (("direct, mixed", {"direct", "mixed"}), ("all", None)):
        s = score(gold, preds, kinds)
        for criterion in ("overlap50", "exact"):
            q, a = s.metric("quote", criterion), s.metric("attr", criterion)
            print(f"| {label} | {s.n_gold_quotes} | {criterion} | {q.p:.3f} | {q.r:.3f} | "
                  f"{q.f1:.3f} | {a.p:.3f} | {a.r:.3f} | {a.f1:.3f} |")


if __name__ == "__main__":
    main()

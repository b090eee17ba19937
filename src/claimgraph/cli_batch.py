"""Batch commands: ``batch`` (analyse on Dask into Parquet) and ``load`` (Parquet into the store)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["register"]


def register(commands: Any, run_options: Callable[[argparse.ArgumentParser], None],
             byte_size: Callable[[str], int], positive_int: Callable[[str], int]) -> None:
    """Add ``batch`` and ``load`` to the main parser's subcommands."""
    from .batch.job import DEFAULT_PARTITION_SIZE
    from .cli_corpus import add_db_option, add_reading_options

    b = commands.add_parser(
        "batch", help="analyse many documents on Dask into Parquet tables",
        description="Split the inputs into partitions, analyse them in Dask workers (a local cluster,\n"
                    "or an existing one with --scheduler) and write Parquet tables (documents,\n"
                    "statements, actors, figures, dates, errors, duplicates, stories) with a\n"
                    "manifest.json. Running it again skips finished partitions.",
        epilog="examples:\n  claimgraph batch feed.jsonl articles/ --out out/ --workers 2\n"
               "  claimgraph batch crawl.warc.gz --out out/ --scheduler tcp://10.0.0.5:8786\n"
               "  claimgraph load out/ --db news.db",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("paths", nargs="+", metavar="INPUT")
    b.add_argument("--out", required=True, metavar="DIR", help="output folder")
    where = b.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="connect to this Dask scheduler")
    where.add_argument("--workers", type=positive_int, metavar="N",
                       help="start a local cluster of N worker processes (default: 1)")
    b.add_argument("--partition-size", type=positive_int, default=DEFAULT_PARTITION_SIZE, metavar="N",
                   help=f"documents per partition (default: {DEFAULT_PARTITION_SIZE})")
    b.add_argument("--retries", type=int, default=2, metavar="N", help="retries of a failed partition (default: 2)")
    b.add_argument("--model", default=None, metavar="NAME", help="spaCy pipeline to parse with")
    add_reading_options(b, byte_size)
    b.set_defaults(run=_batch, parser=b)

    ld = commands.add_parser("load", help="put a batch output folder into the corpus database",
                             description="Add every finished partition of a batch output folder to the\n"
                                         "corpus database, then link actors and threads.",
                             formatter_class=argparse.RawDescriptionHelpFormatter)
    ld.add_argument("dir", metavar="DIR")

    add_db_option(ld)
    ld.add_argument("--json", action="store_true", help="print the summary as JSON")
    ld.set_defaults(run=_load, parser=ld)


def _batch(args: argparse.Namespace) -> int:
    from .batch import run_batch
    from .cli_corpus import _fields
    from .nlp import DEFAULT_MODEL

    if args.retries < 0:
        args.parser.error("--retries must be 0 or more")
    summary = run_batch(args.paths, args.out, scheduler=args.scheduler, workers=args.workers,
                        partition_size=args.partition_size, retries=args.retries,
                        progress=not args.no_progress and sys.stderr.isatty(),
                        model=args.model or DEFAULT_MODEL, fields=_fields(args.field, args.parser) or None,
                        max_bytes=args.max_bytes)
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        print(f"{summary.partitions} partitions: {summary.finished} done, {summary.skipped} already done, "
              f"{len(summary.failed)} failed; {summary.documents} documents, {summary.statements} statements, "
              f"{summary.errors} document errors in {summary.seconds:.1f} s "
              f"({summary.docs_per_second:.1f} documents/s); {summary.duplicate_groups} near-duplicate groups",
              file=sys.stderr)
        for name, reason in summary.failed:
            print(f"  failed: {name}: {reason}", file=sys.stderr)
    return 1 if summary.failed else 0


def _load(args: argparse.Namespace) -> int:
    from .batch import load_dir

    summary = load_dir(args.dir, args.db)
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        print(f"{args.db}: loaded {summary.loaded} documents from {summary.partitions} partitions, "
              f"{summary.unchanged} already stored; {summary.actors} actors, {summary.threads} threads",
              file=sys.stderr)
        for name in summary.failed:
            print(f"  not loaded (failed in the batch): {name}", file=sys.stderr)
        for name in summary.missing:
            print(f"  not loaded (files missing): {name}", file=sys.stderr)
    return 1 if summary.failed or summary.missing else 0

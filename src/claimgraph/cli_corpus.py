"""Corpus commands: ingest, actors, said, threads, search, show, export.

Thin over :class:`claimgraph.corpus.Corpus`: readable tables for a person,
``--json`` (one JSON object per line) for programs. Every command takes
``--db FILE`` (default ``claimgraph.db`` in the current folder, or
``$CLAIMGRAPH_DB``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from .corpus import DEFAULT_DB, THREAD_METHODS, Corpus, print_summary
from .errors import ConfigError, DocumentError, StoreError
from .model import ACTOR_TYPES, ACTS
from .render import render_text, shorten

__all__ = ["add_db_option", "add_reading_options", "register"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
EXPORT_TABLES = ("statements", "documents", "actors", "threads")
_KNOWN_SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".warc", ".gz"}


def add_db_option(p: argparse.ArgumentParser) -> None:
    """``--db FILE``, the same for every command that reads or writes the corpus."""
    p.add_argument("--db", default=os.environ.get("CLAIMGRAPH_DB", DEFAULT_DB), metavar="FILE",
                   help="the corpus database (default: $CLAIMGRAPH_DB or ./claimgraph.db)")


def add_reading_options(p: argparse.ArgumentParser, byte_size: Callable[[str], int]) -> None:
    """How inputs are read, and what a run prints: the same for ``ingest`` and ``batch``."""
    p.add_argument("--field", action="append", default=[], metavar="NAME=KEY",
                   help="read Document field NAME from JSON Lines key KEY (repeatable), e.g. text=body")
    p.add_argument("--max-bytes", type=byte_size, default=50 * 1024**2, metavar="N",
                   help="skip inputs larger than N bytes (default: 50M)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")


def register(commands: Any, run_options: Callable[[argparse.ArgumentParser], None],
             byte_size: Callable[[str], int], positive_int: Callable[[str], int],
             iso_date: Callable[[str], str]) -> None:
    """Add the corpus commands to the main parser's subcommands."""

    def threads_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--threads", choices=THREAD_METHODS, metavar="METHOD",
                       help="how claims are grouped into threads: lexical (shared rare words; the default "
                            "for a new database), story (stories, then propositions), or embed (sentence "
                            "embeddings; higher recall, needs claimgraph[embed]); kept for later runs")

    def json_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help="one JSON object per line instead of a table")

    ing = commands.add_parser(
        "ingest", help="add documents to the corpus database",
        description="Read documents, analyse the English ones and store everything; then link\n"
                    "speakers across documents and group claims into threads. Documents already\n"
                    "stored (same text) are skipped, so an interrupted run resumes when run again.",
        epilog="PATH is a file (.txt, .md, .html, .jsonl, .warc, .warc.gz), a folder (read\n"
               "recursively), a glob, an http(s) URL, or - for standard input.\n\n"
               "examples:\n  claimgraph ingest articles/ --n-process 2\n"
               "  claimgraph ingest crawl.warc.gz feed.jsonl --field text=body --field published=date\n"
               "  claimgraph ingest https://example.org/story.html --db story.db",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ing.add_argument("paths", nargs="+", metavar="PATH")
    add_db_option(ing)
    run_options(ing)
    ing.add_argument("--batch-size", type=positive_int, default=32, metavar="N",
                     help="documents per committed batch (default: 32)")
    add_reading_options(ing, byte_size)
    threads_option(ing)
    ing.set_defaults(run=_ingest, parser=ing)

    rl = commands.add_parser(
        "relink", help="link speakers and group claims into threads again, over the whole corpus",
        description="Rebuild corpus actors and claim threads from the stored analyses (ingest does\n"
                    "this after adding documents). With --threads, group claims another way; the\n"
                    "database remembers the method for later ingests and corrections.",
        epilog="examples:\n  claimgraph relink --threads embed --db story.db\n  claimgraph relink --db story.db",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db_option(rl)
    threads_option(rl)
    rl.add_argument("--json", action="store_true", help="print the counts as JSON")
    rl.set_defaults(run=_relink, parser=rl)

    act = commands.add_parser("actors", help="list, show, merge or split corpus actors",
                              description="Speakers across the corpus, one per real speaker.")
    add_db_option(act)
    json_option(act)
    act.add_argument("action", nargs="?", default="list", choices=("list", "show", "merge", "split"),
                     help="list (default); show ACTOR; merge ACTOR ACTOR; split ACTOR DOC/ACTOR_ID")
    act.add_argument("refs", nargs="*", metavar="REF", help="actor ids or names; for split, a member key")
    act.add_argument("--type", choices=ACTOR_TYPES, help="list only actors of this type")
    act.add_argument("--limit", type=positive_int, default=50, metavar="N", help="rows to list (default: 50)")
    act.set_defaults(run=_actors, parser=act)

    sd = commands.add_parser("said", help="what one actor said, in time order")
    sd.add_argument("actor", metavar="ACTOR", help="actor id, name or alias")
    add_db_option(sd)
    json_option(sd)
    sd.add_argument("--act", choices=ACTS, help="only statements with this speech act")
    sd.add_argument("--since", type=iso_date, metavar="DATE", help="published on or after DATE")
    sd.add_argument("--until", type=iso_date, metavar="DATE", help="published on or before DATE")
    sd.set_defaults(run=_said, parser=sd)

    th = commands.add_parser("threads", help="claim threads, most contested first; or one thread")
    th.add_argument("thread", nargs="?", metavar="ID", help="show this thread with every member")
    add_db_option(th)
    json_option(th)
    th.add_argument("--contested", action="store_true", help="only threads with both supporters and disputers")
    th.add_argument("--limit", type=positive_int, default=30, metavar="N", help="rows to list (default: 30)")
    th.set_defaults(run=_threads, parser=th)

    se = commands.add_parser("search", help="full-text search over statements")
    se.add_argument("text", metavar="TEXT")
    add_db_option(se)
    json_option(se)
    se.add_argument("--limit", type=positive_int, default=30, metavar="N", help="rows (default: 30)")
    se.set_defaults(run=_search, parser=se)

    sh = commands.add_parser("show", help="one stored document with its statements")
    sh.add_argument("doc", metavar="DOC", help="document id (a unique prefix is enough)")
    add_db_option(sh)
    json_option(sh)
    sh.set_defaults(run=_show, parser=sh)

    ex = commands.add_parser("export", help="write a table of the corpus as JSON Lines, CSV or Parquet")
    add_db_option(ex)
    ex.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl")
    ex.add_argument("--table", choices=EXPORT_TABLES, default="statements",
                    help="what to export (default: statements)")
    ex.add_argument("--out", metavar="FILE", help="write to FILE (default: standard output; required for parquet)")
    ex.set_defaults(run=_export, parser=ex)


# --- ingest ------------------------------------------------------------------------------


def _estimate(paths: Iterable[str]) -> int | None:
    """Roughly how many documents the inputs hold, for the progress bar's ETA."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        if path.is_dir():
            total += sum(1 for f in path.rglob("*") if f.is_file() and f.suffix.lower() in _KNOWN_SUFFIXES)
        elif path.suffix.lower() in (".jsonl", ".ndjson") and path.is_file():
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total


def _fields(values: Sequence[str], parser: argparse.ArgumentParser) -> dict[str, str]:
    out = {}
    for v in values:
        name, sep, key = v.partition("=")
        if not sep or not name or not key:
            parser.error(f"--field wants NAME=KEY, got {v!r}")
        out[name] = key
    return out


def _ingest(args: argparse.Namespace) -> int:
    fields = _fields(args.field, args.parser)
    bar: Any = None
    if not args.no_progress and sys.stderr.isatty():
        from tqdm import tqdm
        bar = tqdm(total=_estimate(args.paths), unit="doc", file=sys.stderr, dynamic_ncols=True)
    seen = 0

    def progress(done: int, skipped: int) -> None:
        nonlocal seen
        if bar is not None:
            bar.update(done + skipped - seen)
            bar.set_postfix(new=done, unchanged=skipped, refresh=False)
            seen = done + skipped

    def on_error(err: DocumentError) -> None:
        message = f"claimgraph: error: {err}"
        if bar is not None:
            bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    with Corpus(args.db, model=args.model) as corpus:
        summary = corpus.ingest(args.paths, n_process=args.n_process, batch_size=args.batch_size,
                                fields=fields or None, max_bytes=args.max_bytes, on_error=on_error,
                                progress=progress, threads=args.threads)
        if bar is not None:
            bar.close()
        if args.json:
            print(json.dumps(summary.to_dict(), ensure_ascii=False))
        else:
            print_summary(summary, sys.stderr)
            stats = corpus.stats()
            print(f"{args.db}: {stats['documents']} documents, {stats['statements']} statements, "
                  f"{stats['actors']} actors, {stats['threads']} threads", file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if summary.failed else 0


def _relink(args: argparse.Namespace) -> int:
    if not Path(args.db).is_file():
        raise StoreError(f"[CG050] {args.db}: no such database (ingest documents first)")
    started = time.perf_counter()
    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None and sys.stderr.isatty():
            from tqdm import tqdm
            bar = tqdm(total=total, unit="statement", desc="embedding", file=sys.stderr, dynamic_ncols=True)
        if bar is not None:
            bar.update(done - bar.n)

    with Corpus(args.db) as corpus:
        try:
            actors, threads = corpus.relink(threads=args.threads, progress=progress)
        finally:
            if bar is not None:
                bar.close()
        method = corpus.thread_method
    out = {"actors": actors, "threads": threads, "method": method,
           "seconds": round(time.perf_counter() - started, 1)}
    if args.json:
        print(json.dumps(out))
    else:
        print(f"{args.db}: {actors} actors, {threads} threads ({method}) in {out['seconds']} s", file=sys.stderr)
    return 0


# --- asking ------------------------------------------------------------------------------


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for r in [header, *rows]:
        cells = [c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)]
        lines.append(("  ".join([*cells, r[-1]])).rstrip())
    return "\n".join(lines)


def _emit(rows: list[dict[str, Any]], as_json: bool, table: Callable[[list[dict[str, Any]]], str]) -> None:
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    elif rows:
        print(table(rows))
    else:
        print("nothing found", file=sys.stderr)


def _statement_rows(rows: list[dict[str, Any]]) -> str:
    return _table([[r.get("published") or "-", shorten(r.get("actor") or r.get("speaker") or "-", 28),
                    (r.get("act") or "-") + (" (negated)" if r.get("negated") else ""), r.get("certainty") or "-",
                    shorten(r.get("source") or r["doc_id"][:12], 18), shorten(r["content"], 80)] for r in rows],
                  ["date", "who", "act", "sure", "source", "what"])


def _open(args: argparse.Namespace, readonly: bool = True) -> Corpus:
    return Corpus(args.db, readonly=readonly)


def _actors(args: argparse.Namespace) -> int:
    action, refs = args.action, args.refs
    need = {"list": 0, "show": 1, "merge": 2, "split": 2}[action]
    if len(refs) != need:
        args.parser.error(f"actors {action} takes {need} argument(s), got {len(refs)}")
    if action in ("merge", "split"):
        with _open(args, readonly=False) as corpus:
            if action == "merge":
                corpus.merge_actors(refs[0], refs[1])
            else:
                corpus.split_actor(refs[0], refs[1])
            print(f"{action}: recorded and relinked; it holds across later ingests", file=sys.stderr)
        return 0
    with _open(args) as corpus:
        if action == "show":
            a = corpus.actor(refs[0])
            if args.json:
                print(json.dumps(a, ensure_ascii=False))
            else:
                print(f"{a['name']}  ({a['type']}, id {a['id']})")
                for key in ("aliases", "roles", "affiliations"):
                    if a[key]:
                        print(f"  {key}: {', '.join(a[key])}")
                print("  acts: " + ", ".join(f"{k} {v}" for k, v in a["acts"].items()))
                for t in a["threads"]:
                    print(f"  thread {t['id']} ({t['side']}): {shorten(t['proposition'], 70)}")
                for why in a["why"]:
                    print(f"  linked: {why}")
                print(f"  members: {' '.join(a['members'])}")
            return 0
        rows = corpus.actors(limit=args.limit, type_=args.type)
    _emit(rows, args.json, lambda rs: _table(
        [[r["id"], shorten(r["name"], 34), r["type"], str(r["documents"]), str(r["statements"]),
          shorten(", ".join(r["aliases"]), 50)] for r in rs], ["id", "name", "type", "docs", "statements", "aliases"]))
    return 0


def _said(args: argparse.Namespace) -> int:
    with _open(args) as corpus:
        rows = corpus.said(args.actor, act=args.act, since=args.since, until=args.until)
    _emit(rows, args.json, _statement_rows)
    return 0


def _threads(args: argparse.Namespace) -> int:
    with _open(args) as corpus:
        if args.thread:
            t = corpus.thread(args.thread)
            if args.json:
                print(json.dumps(t, ensure_ascii=False))
                return 0
            print(f"{t['id']}  {t['proposition']}  (score {t['score']:.2f})")
            for side in ("supports", "disputes", "reports"):
                members = [m for m in t["members"] if m["side"] == side]
                if members:
                    print(f"\n{side}:")
                    print(_statement_rows(members))
            return 0
        rows = corpus.threads(contested=args.contested, limit=args.limit)
        method = corpus.thread_method
    if not args.json:
        hint = "; `claimgraph relink --threads embed` groups them by meaning" if method == "lexical" else ""
        print(f"threads grouped by the {method} linker{hint}", file=sys.stderr)
    _emit(rows, args.json, lambda rs: _table(
        [[r["id"], f"{r['score']:.2f}", str(r["supports"]), str(r["disputes"]), str(r["reports"]),
          str(r["documents"]), shorten(r["proposition"], 70)] for r in rs],
        ["id", "score", "for", "against", "neutral", "docs", "proposition"]))
    return 0


def _search(args: argparse.Namespace) -> int:
    with _open(args) as corpus:
        rows = corpus.search(args.text, limit=args.limit)
    _emit(rows, args.json, _statement_rows)
    return 0


def _show(args: argparse.Namespace) -> int:
    with _open(args) as corpus:
        doc, analysis = corpus.document(args.doc)
    if args.json:
        print(json.dumps({"document": doc.to_dict(), "analysis": None if analysis is None else analysis.to_dict()},
                         ensure_ascii=False))
        return 0
    print(f"{doc.title or '(no title)'}\n  id {doc.id}\n  {doc.source or '-'}  {doc.published or '-'}  "
          f"{doc.url or doc.origin or ''}")
    if analysis is None:
        print(f"  not analysed (language {doc.language or 'unknown'})")
    else:
        print(render_text(analysis, doc.id[:12], title=None))
    return 0


# --- export ------------------------------------------------------------------------------


def _export_rows(corpus: Corpus, table: str) -> tuple[list[str], Iterable[tuple[Any, ...]]]:
    conn = corpus.store.conn
    if table == "statements":
        cols = ["doc_id", "id", "kind", "start", "end", "content", "cue", "cue_lemma", "speaker", "actor_id",
                "corpus_actor", "act", "negated", "certainty", "published"]
        rows = conn.execute('SELECT s.doc_id, s.id, s.kind, s.start, s."end", s.content, s.cue, s.cue_lemma, '
                            "s.speaker, s.actor_id, a.corpus_actor, s.act, s.negated, s.certainty, s.published "
                            "FROM statements s LEFT JOIN actors a ON a.doc_id = s.doc_id AND a.id = s.actor_id "
                            "ORDER BY s.doc_id, s.start")
    elif table == "documents":
        cols = ["id", "title", "url", "source", "author", "published", "language", "format", "origin", "version",
                "supersedes", "analysed", "text"]
        rows = conn.execute(f"SELECT {', '.join(cols)} FROM documents ORDER BY rowid")
    elif table == "actors":
        cols = ["id", "name", "type", "aliases", "roles", "affiliations", "why"]
        rows = conn.execute(f"SELECT {', '.join(cols)} FROM corpus_actors ORDER BY id")
    else:
        cols = ["thread_id", "proposition", "score", "doc_id", "statement_id", "side", "reason", "link"]
        rows = conn.execute("SELECT t.id, t.proposition, t.score, m.doc_id, m.statement_id, m.side, m.reason, "
                            "m.link FROM threads t JOIN thread_members m ON m.thread_id = t.id "
                            "ORDER BY t.score DESC, t.id")
    return cols, rows


def _export(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.out:
        args.parser.error("--format parquet needs --out FILE")
    with _open(args) as corpus:
        cols, rows = _export_rows(corpus, args.table)
        if args.format == "parquet":
            try:
                import pyarrow as pa
                import pyarrow.parquet as pq
            except ImportError:
                raise ConfigError("[CG019] Parquet export needs pyarrow: pip install 'claimgraph[parquet]'") from None
            data = list(rows)
            table = pa.table({c: [r[i] for r in data] for i, c in enumerate(cols)})
            pq.write_table(table, args.out)
            print(f"{len(data)} rows to {args.out}", file=sys.stderr)
            return 0
        out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
        try:
            if args.format == "csv":
                w = csv.writer(out)
                w.writerow(cols)
                w.writerows(rows)
            else:
                for r in rows:
                    out.write(json.dumps(dict(zip(cols, r, strict=True)), ensure_ascii=False) + "\n")
        finally:
            if out is not sys.stdout:
                out.close()
    return 0

"""The command line: ``claimgraph analyze`` and ``claimgraph eval`` here; the corpus
commands (ingest, actors, said, threads, search, show, export) in :mod:`claimgraph.cli_corpus`.

Thin: reading is :mod:`claimgraph.inputs`, extraction :mod:`claimgraph.pipeline`,
scoring :mod:`claimgraph.evaluation`. Errors print one line,
``claimgraph: error: SOURCE: [CGnnn] reason``, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TextIO

from . import __version__
from .cli_batch import register as register_batch
from .cli_corpus import register as register_corpus
from .cli_web import register as register_web
from .errors import ClaimgraphError, DocumentError
from .evaluation import evaluate, format_table, parse_kinds, write_jsonl
from .inputs import DEFAULT_MAX_BYTES, InputDoc, InputItem, read_inputs, read_sample
from .model import Analysis
from .nlp import DEFAULT_MODEL
from .pipeline import analyze_many
from .render import render_text
from .spans import to_spans

__all__ = ["FORMATS", "build_parser", "main"]

PROG = "claimgraph"
FORMATS = ("text", "json", "spans")
_SIZE_UNITS = {"k": 1024, "m": 1024**2, "g": 1024**3}

ANALYZE_EPILOG = """\
formats:
  text   a table per document: who (actor, and the mention as written when it
         differs), kind (direct, mixed, indirect), cue, what was said
  json   one line per document: {"id": ..., plus the full Analysis}
  spans  one line per document in the evaluation format (quote items with
         character offsets, speaker and cue)

inputs:
  A FILE is plain text (one document, id = the path) or JSON Lines (.jsonl, or
  a first line that is a JSON object with "text"): one {"id", "text"} object
  per line; "published", "title" and "url" are used when present. "-" reads
  standard input. A bad file or line is reported on stderr and skipped; the
  exit status is then 1.

examples:
  claimgraph analyze --sample
  claimgraph analyze article.txt --published 2024-03-12
  claimgraph analyze --format json articles.jsonl > analyses.jsonl
  cat article.txt | claimgraph analyze -
"""

EVAL_EPILOG = """\
GOLD is JSON Lines in the evaluation format: {"id", "text", "quotes": [{
"quote_start", "quote_end", "speaker_start", "speaker_end", "speaker", "kind"}]}.
Quote spans are matched one to one under four criteria (exact, trim,
overlap50, any); attribution also needs the speaker right. With --kinds, gold
quotes of other kinds are "don't care".

examples:
  claimgraph eval gold.jsonl --kinds direct,mixed
  claimgraph eval gold.jsonl --json --pred-out pred.jsonl
"""


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def _byte_size(value: str) -> int:
    """``1000``, ``64k``, ``50M`` or ``1G`` (powers of 1024) as bytes."""
    unit = _SIZE_UNITS.get(value[-1:].lower(), 1)
    number = value[:-1] if unit != 1 else value
    return _positive_int(number) * unit


def _iso_date(value: str) -> str:
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            parse(value)
            return value
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not an ISO date such as 2024-03-12: {value!r}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Who said what: attributed statements (quotes, speakers, cues) in news text.",
        epilog="Run 'claimgraph COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    an = commands.add_parser(
        "analyze", help="extract attributed statements from documents",
        description="Extract attributed statements from documents and print them.",
        epilog=ANALYZE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    an.add_argument("files", nargs="*", metavar="FILE",
                    help='text or JSON Lines file; "-" for standard input')
    an.add_argument("--sample", action="store_true",
                    help="analyse the sample articles shipped with claimgraph instead of FILEs")
    an.add_argument("--format", choices=FORMATS, default="text",
                    help="output format (default: text)")
    an.add_argument("--published", type=_iso_date, metavar="DATE",
                    help="publication date (ISO, e.g. 2024-03-12) for documents without one")
    _add_run_options(an)
    an.add_argument("--max-bytes", type=_byte_size, default=DEFAULT_MAX_BYTES, metavar="N",
                    help="skip inputs larger than N bytes; k, M, G suffixes allowed "
                         f"(default: {DEFAULT_MAX_BYTES // 1024**2}M)")
    an.set_defaults(run=_analyze, parser=an)

    ev = commands.add_parser(
        "eval", help="score the extractor against gold quotes and speakers",
        description="Run the extractor over a gold file's texts and print quote and\n"
                    "attribution precision, recall and F1.",
        epilog=EVAL_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ev.add_argument("gold", metavar="GOLD.jsonl", help="gold file in the evaluation format")
    ev.add_argument("--kinds", metavar="K1,K2",
                    help="count only gold quotes of these kinds (direct, mixed, indirect)")
    _add_run_options(ev)
    ev.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    ev.add_argument("--pred-out", metavar="FILE",
                    help="also write the predictions (evaluation format) to FILE")
    ev.set_defaults(run=_eval, parser=ev)
    register_corpus(commands, _add_run_options, _byte_size, _positive_int, _iso_date)
    register_web(commands, _byte_size)
    register_batch(commands, _add_run_options, _byte_size, _positive_int)
    return parser


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", default=DEFAULT_MODEL, metavar="NAME",
                   help=f"spaCy pipeline to parse with (default: {DEFAULT_MODEL})")
    p.add_argument("--n-process", type=_positive_int, default=1, metavar="N",
                   help="parse with N processes (default: 1)")


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr, flush=True)


def _good_docs(items: Iterable[InputItem], on_error: Callable[[DocumentError], None]
               ) -> Iterator[InputDoc]:
    for item in items:
        if isinstance(item, DocumentError):
            on_error(item)
        else:
            yield item


def _analyze(args: argparse.Namespace) -> int:
    if args.sample == bool(args.files):
        args.parser.error("give one or more FILEs (or - for standard input), or --sample")
    failed = 0

    def report(err: DocumentError) -> None:
        nonlocal failed
        failed += 1
        _error(str(err))

    items = (read_sample(max_bytes=args.max_bytes) if args.sample
             else read_inputs(args.files, max_bytes=args.max_bytes))
    docs = _good_docs(items, report)
    first = next(docs, None)
    if first is None:  # nothing readable: do not load the model
        return 1 if failed else 0
    pending: deque[InputDoc] = deque()

    def feed() -> Iterator[dict[str, str]]:
        for doc in itertools.chain([first], docs):
            pending.append(doc)
            yield doc.to_item()

    analyses = analyze_many(feed(), n_process=args.n_process, model=args.model,
                            published=args.published)
    for n, analysis in enumerate(analyses):
        doc = pending.popleft()
        _write(sys.stdout, args.format, doc, analysis, first=n == 0)
    return 1 if failed else 0


def _write(out: TextIO, fmt: str, doc: InputDoc, analysis: Analysis, *, first: bool) -> None:
    if fmt == "text":
        out.write(("" if first else "\n") + render_text(analysis, doc.id, title=doc.title) + "\n")
    elif fmt == "json":
        out.write(json.dumps({"id": doc.id, **analysis.to_dict()}, ensure_ascii=False) + "\n")
    else:
        out.write(json.dumps(to_spans(analysis, doc.id), ensure_ascii=False) + "\n")
    out.flush()


def _eval(args: argparse.Namespace) -> int:
    kinds = parse_kinds(args.kinds)
    run = evaluate(args.gold, kinds=kinds, n_process=args.n_process, model=args.model)
    if args.pred_out:
        write_jsonl(args.pred_out, run.predictions)
    if args.json:
        print(json.dumps(run.scores.to_dict(), sort_keys=True))
    else:
        print(format_table(run.scores))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
        return status
    except ClaimgraphError as exc:
        _error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. "| head"): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141

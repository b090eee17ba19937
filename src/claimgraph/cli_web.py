"""``claimgraph serve``: the web app (:mod:`claimgraph.web`) over a corpus database.

Binds to 127.0.0.1 unless told otherwise; read-only unless ``--allow-write``,
and then every write needs ``Authorization: Bearer TOKEN`` (``--token``, or
``$CLAIMGRAPH_TOKEN``, or one generated and printed at start).
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Callable
from typing import Any

from .cli_corpus import add_db_option
from .errors import ConfigError

__all__ = ["register"]


def _port(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0-65535, got {n}")
    return n


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 1 <= n <= 64:
        raise argparse.ArgumentTypeError(f"must be from 1 to 64, got {n}")
    return n


def register(commands: Any, byte_size: Callable[[str], int]) -> None:
    """Add ``serve`` to the main parser's subcommands."""
    sv = commands.add_parser(
        "serve", help="browse the corpus in a web browser; JSON API under /api",
        description="Start the web app over a corpus database: pages for documents, actors, threads,\n"
                    "search and analysis of pasted text; the same data as JSON under /api (OpenAPI at\n"
                    "/openapi.json, a readable list at /docs). Read-only unless --allow-write.",
        epilog="examples:\n  claimgraph serve --db news.db\n"
               "  claimgraph serve --db news.db --port 8080\n"
               "  CLAIMGRAPH_TOKEN=... claimgraph serve --db news.db --allow-write",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db_option(sv)
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    sv.add_argument("--port", type=_port, default=8000, help="port (default: 8000)")
    sv.add_argument("--allow-write", action="store_true",
                    help="serve ingest and actor merge/split over HTTP (each needs the token)")
    sv.add_argument("--token", metavar="TOKEN",
                    help="bearer token for writes (default: $CLAIMGRAPH_TOKEN, else one is generated and printed)")
    sv.add_argument("--workers", type=_workers, default=1, metavar="N",
                    help="serve from N processes (read-only only; default: 1)")
    sv.add_argument("--max-body", type=byte_size, default=2 * 1024**2, metavar="N",
                    help="largest request body accepted, k/M suffixes allowed (default: 2M)")
    sv.set_defaults(run=_serve, parser=sv)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .web import create_app

    token = None
    if args.allow_write:
        token = args.token or os.environ.get("CLAIMGRAPH_TOKEN") or secrets.token_urlsafe(24)
        if not args.token and not os.environ.get("CLAIMGRAPH_TOKEN"):
            print(f"claimgraph: write token: {token}", file=sys.stderr, flush=True)
    elif args.token:
        raise ConfigError("[CG067] --token only makes sense with --allow-write")
    if args.workers > 1 and args.allow_write:
        raise ConfigError("[CG069] --workers above 1 is read-only: writes go through one process")
    app = create_app(args.db, allow_write=args.allow_write, token=token, max_body=args.max_body)
    print(f"claimgraph: serving {args.db} at http://{args.host}:{args.port}/ "
          f"({'writes allowed with the token' if args.allow_write else 'read-only'})", file=sys.stderr, flush=True)
    if args.workers > 1:
        # Worker processes build their own app from the environment (uvicorn imports a factory).
        os.environ["CLAIMGRAPH_SERVE_DB"] = str(args.db)
        os.environ["CLAIMGRAPH_SERVE_MAX_BODY"] = str(args.max_body)
        uvicorn.run("claimgraph.web.app:app_from_environment", factory=True, host=args.host, port=args.port,
                    workers=args.workers, log_level="warning")
        return 0
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0

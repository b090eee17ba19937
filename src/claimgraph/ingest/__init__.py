"""Ingest: paths, folders, globs, ``-`` and URLs into :class:`~claimgraph.model.Document` records.

:func:`read_documents` yields, in input order, a ``Document`` per document
read and a :class:`~claimgraph.errors.DocumentError` (as a value, not raised)
per bad input, so one bad file, line, record or URL never stops the run::

    for item in read_documents(["news/", "feed.jsonl", "crawl.warc.gz", "https://example.org/a"]):
        if isinstance(item, DocumentError):
            print(item)                  # "crawl.warc.gz: [CG035] truncated or corrupt archive: ..."
        elif item.language == "en":
            use(item)                    # others are stored and flagged, not analysed as English

Formats, by file name: ``.txt`` (and ``.text``), ``.md`` (and ``.markdown``),
``.html`` (``.htm``, ``.xhtml``), ``.jsonl`` (``.ndjson``), ``.warc`` and
``.warc.gz``; stdin is JSON Lines when its first non-blank line is a JSON
object with the text field, HTML when it starts with ``<!doctype html`` or
``<html``, else plain text.

Every document has ``id`` = SHA-256 of its text, ``format`` (``txt``, ``md``,
``html``, ``jsonl``, ``warc`` or ``url``), ``origin`` (a path, ``-``,
``path:line (own id)`` for JSON Lines, ``path#offset`` for a WARC record, the
URL as given) and ``language`` (ISO 639-1, ``None`` for under 20 letters).

``max_bytes`` caps each document: a text, Markdown or HTML file, a JSON Lines
line, a WARC record, a fetched page, stdin. JSON Lines and WARC files are
streamed and may be of any size.

Codes, besides those of :mod:`claimgraph.inputs` (CG021-CG029):
CG031 unsupported file type, CG032 glob matching no supported file, CG033
folder with no supported file, CG034 HTML without main text, CG035
truncated or corrupt WARC, CG036 WARC without HTML pages, CG037 URL fetch
failed, CG038 bad setting (raised as :class:`~claimgraph.errors.ConfigError`).
"""

from __future__ import annotations

import io
import json
import math
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, BinaryIO, TextIO

from ..errors import ConfigError, DocumentError
from ..inputs import DEFAULT_MAX_BYTES, STDIN, _check_max_bytes, _load, _too_large
from ..model import Document
from .fetch import fetch_document
from .html import html_document
from .jsonl import FIELD_NAMES, jsonl_documents, resolve_fields
from .language import detect_language
from .sources import FORMATS, SUFFIXES, Source, expand_sources, format_of
from .text import text_document
from .warc import warc_documents

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "FIELD_NAMES",
    "FORMATS",
    "SUFFIXES",
    "IngestItem",
    "Source",
    "detect_language",
    "expand_sources",
    "format_of",
    "read_documents",
]

DEFAULT_TIMEOUT = 20.0

IngestItem = Document | DocumentError


def read_documents(sources: Iterable[str], *, fields: Mapping[str, str] | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT,
                   stdin: TextIO | BinaryIO | None = None) -> Iterator[IngestItem]:
    """Documents and errors from each source in turn.

    ``fields`` maps document fields (``text``, ``title``, ``url``,
    ``published``, ``source``, ``author``, ``id``) to the keys JSON Lines
    files use; ``timeout`` is in seconds per network operation; ``-`` reads
    ``stdin`` (default ``sys.stdin``; text or binary). Bad settings raise
    :class:`~claimgraph.errors.ConfigError` here, before anything is read.
    """
    _check_max_bytes(max_bytes)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not (0 < timeout < math.inf):
        raise ConfigError(f"[CG038] timeout must be a positive number of seconds, got {timeout!r}")
    resolved = resolve_fields(fields)
    if isinstance(sources, str):  # one source, not its characters
        sources = [sources]
    return _read_all(sources, resolved, max_bytes, float(timeout), stdin)


def _read_all(sources: Iterable[str], fields: Mapping[str, str], max_bytes: int, timeout: float,
              stdin: TextIO | BinaryIO | None) -> Iterator[IngestItem]:
    for item in expand_sources(sources):
        if isinstance(item, DocumentError):
            yield item
            continue
        try:
            yield from _read_one(item, fields, max_bytes, timeout, stdin)
        except DocumentError as err:
            yield err
        except OSError as exc:  # e.g. a file vanishing or failing mid-read
            yield DocumentError(f"[CG021] cannot read: {exc.strerror or type(exc).__name__}", item.location)


def _read_one(source: Source, fields: Mapping[str, str], max_bytes: int, timeout: float,
              stdin: TextIO | BinaryIO | None) -> Iterator[IngestItem]:
    where = source.location
    if source.kind == "url":
        yield fetch_document(where, max_bytes=max_bytes, timeout=timeout)
    elif source.kind == "stdin":
        yield from _read_stdin(_stdin_bytes(stdin, max_bytes), fields, max_bytes)
    elif source.format == "warc":
        yield from warc_documents(where, max_bytes=max_bytes)
    elif source.format == "jsonl":
        with Path(where).open("rb") as fh:
            yield from jsonl_documents(fh, where, fields=fields, max_bytes=max_bytes)
    elif source.format == "html":
        yield html_document(_load(where, max_bytes, None), where)
    else:
        yield text_document(_load(where, max_bytes, None), where, format=source.format)


def _stdin_bytes(stdin: TextIO | BinaryIO | None, max_bytes: int) -> bytes:
    stream: IO[bytes] | IO[str] = stdin if stdin is not None else sys.stdin
    binary = getattr(stream, "buffer", None)
    data = (binary if binary is not None else stream).read(max_bytes + 1)
    return data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data


def _read_stdin(data: bytes, fields: Mapping[str, str], max_bytes: int) -> Iterator[IngestItem]:
    if len(data) > max_bytes:
        yield _too_large(STDIN, max_bytes)
    elif _looks_like_jsonl(data, fields["text"]):
        yield from jsonl_documents(io.BytesIO(data), STDIN, fields=fields, max_bytes=max_bytes)
    elif _looks_like_html(data):
        yield html_document(data, STDIN)
    else:
        yield text_document(data, STDIN)


def _looks_like_jsonl(data: bytes, text_key: str) -> bool:
    """True when the first non-blank line is a JSON object with the text key."""
    for raw in data.splitlines():
        if raw.strip():
            try:
                first = json.loads(raw.removeprefix(b"\xef\xbb\xbf"))
            except (ValueError, UnicodeDecodeError):
                return False
            return isinstance(first, dict) and text_key in first
    return False


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))

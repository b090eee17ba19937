"""Inputs split into partitions of at most N documents, with stable names.

A partition names what to read, not what was read, so a worker reads it:

* ``files``: plain text, Markdown and HTML files, N per partition, in the
  order :func:`~claimgraph.ingest.expand_sources` gives;
* ``lines``: a JSON Lines file cut into runs of N non-blank lines, each run
  given by its byte offset and first line number, so a worker seeks to it;
* ``docs``: documents read here (WARC records, URLs, standard input), N per
  partition, carried in the task itself.

Names come from the input path (its file name and a hash of its real path)
and the partition's index in that input, so the same inputs with the same
partition size give the same names on every run.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..errors import ConfigError, DocumentError
from ..model import Document

__all__ = ["Partition", "make_partitions"]

PartKind = Literal["files", "lines", "docs"]


@dataclass(frozen=True)
class Partition:
    """One unit of work."""

    name: str
    kind: PartKind
    paths: tuple[str, ...] = ()  # files: the files; lines: the one JSON Lines file
    offset: int = 0  # lines: byte offset of the first line
    first_line: int = 1  # lines: its line number (1-based)
    count: int = 0  # lines: non-blank lines to read; files/docs: documents
    docs: tuple[Document, ...] = ()  # docs: the documents themselves
    errors: tuple[tuple[str, str], ...] = ()  # (source, reason) met while partitioning
    fields: Mapping[str, str] = field(default_factory=dict)

    def describe(self) -> dict[str, Any]:
        """What the manifest says about it."""
        out: dict[str, Any] = {"kind": self.kind, "documents": self.count}
        if self.kind == "files":
            out["paths"] = list(self.paths)
        elif self.kind == "lines":
            out.update(path=self.paths[0], offset=self.offset, first_line=self.first_line)
        return out


def _stem(path: str) -> str:
    base = os.path.basename(path.rstrip("/")) or "input"
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base)[:40]
    digest = hashlib.sha1(os.path.realpath(path).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{base}-{digest}"


def _name(key: str, index: int) -> str:
    return f"{_stem(key)}-{index:05d}"


def make_partitions(inputs: Iterable[str], size: int, *, fields: Mapping[str, str] | None = None,
                    max_bytes: int = 50_000_000) -> Iterator[Partition]:
    """Partitions of at most ``size`` documents, in input order."""
    from ..ingest.sources import Source, expand_sources

    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ConfigError(f"[CG070] partition size must be a positive integer, got {size!r}")
    fields = dict(fields or {})
    for arg in inputs:
        plain: list[str] = []
        index = 0  # partitions of plain files named after this argument
        bad = 0
        for item in expand_sources([arg]):
            if isinstance(item, DocumentError):
                yield Partition(f"{_stem(arg)}-error{bad:03d}", "docs", errors=((item.source or arg, item.reason),),
                                fields=fields)
                bad += 1
                continue
            assert isinstance(item, Source)
            if item.kind == "file" and item.format in ("txt", "md", "html"):
                plain.append(item.location)
                if len(plain) == size:
                    yield Partition(_name(arg, index), "files", paths=tuple(plain), count=len(plain),
                                    fields=fields)
                    index += 1
                    plain = []
            elif item.kind == "file" and item.format == "jsonl":
                for k, (offset, first, count) in enumerate(_line_runs(item.location, size)):
                    yield Partition(_name(item.location, k), "lines", paths=(item.location,), offset=offset,
                                    first_line=first, count=count, fields=fields)
            else:  # WARC, URLs, stdin: read here, carried in the task
                yield from _read_here(item.location if item.kind != "stdin" else "-", size, fields, max_bytes)
        if plain:
            yield Partition(_name(arg, index), "files", paths=tuple(plain), count=len(plain), fields=fields)


def _read_here(location: str, size: int, fields: dict[str, str], max_bytes: int) -> Iterator[Partition]:
    from ..ingest import read_documents

    batch: list[Document] = []
    errors: list[tuple[str, str]] = []
    k = 0
    for doc in read_documents([location], fields=fields, max_bytes=max_bytes):
        if isinstance(doc, DocumentError):
            errors.append((doc.source or location, doc.reason))
            continue
        batch.append(doc)
        if len(batch) == size:
            yield Partition(_name(location, k), "docs", docs=tuple(batch), count=size, errors=tuple(errors),
                            fields=fields)
            k += 1
            batch, errors = [], []
    if batch or errors:
        yield Partition(_name(location, k), "docs", docs=tuple(batch), count=len(batch), errors=tuple(errors),
                        fields=fields)


def _line_runs(path: str, size: int) -> Iterator[tuple[int, int, int]]:
    """(byte offset, first line number, non-blank lines) for runs of ``size`` non-blank lines."""
    offset = start = 0
    first = 1
    count = total = 0
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError:
        yield 0, 1, 0  # the worker reports the error
        return
    with fh:
        line_no = 0
        while raw := fh.readline():
            line_no += 1
            if raw.strip():
                total += 1
                if count == 0:
                    start, first = offset, line_no
                count += 1
                if count == size:
                    yield start, first, count
                    count = 0
            offset += len(raw)
    if count or total == 0:
        yield start, first, count

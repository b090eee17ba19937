"""What to read: command-line arguments expanded into files, stdin and URLs.

An argument is ``-`` (stdin), an ``http://`` or ``https://`` URL, a file, a
folder (read recursively, in sorted order) or a glob (``*``, ``?``, ``[...]``;
``**`` spans folders). Inside folders and glob matches, hidden files and
folders (a name starting with ``.``) and files of other types are skipped
without a word; a file named on its own with an unsupported type is [CG031].
A glob matching no supported file is [CG032]; a folder holding none is
[CG033]; a path that does not exist is [CG021]; a URL with another scheme is
[CG037]. A file reached twice (named and inside a folder, or by two globs)
is read once.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from ..errors import DocumentError
from ..inputs import STDIN

__all__ = ["FORMATS", "SUFFIXES", "Source", "expand_sources", "format_of"]

# Longest first, so ".warc.gz" wins over ".gz".
SUFFIXES: dict[str, str] = {
    ".warc.gz": "warc", ".warc": "warc", ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
}
FORMATS = ("txt", "md", "html", "jsonl", "warc")

SourceKind = Literal["file", "stdin", "url"]

_URL = re.compile(r"^https?://", re.IGNORECASE)
_OTHER_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


@dataclass(frozen=True)
class Source:
    """One thing to read: a ``file`` of a ``format`` (see :data:`FORMATS`),
    ``stdin`` (format decided from its content) or a ``url``."""

    kind: SourceKind
    location: str
    format: str


def format_of(name: str) -> str | None:
    """The format a file name implies, or ``None`` when unsupported."""
    lower = name.lower()
    for suffix, fmt in SUFFIXES.items():
        if lower.endswith(suffix):
            return fmt
    return None


def expand_sources(arguments: Iterable[str]) -> Iterator[Source | DocumentError]:
    """Sources and argument errors, in argument order."""
    seen: set[str] = set()
    for arg in arguments:
        for item in _expand(arg):
            if isinstance(item, Source):
                key = item.location if item.kind != "file" else os.path.realpath(item.location)
                if key in seen:
                    continue
                seen.add(key)
            yield item


def _expand(arg: str) -> Iterator[Source | DocumentError]:
    if arg == STDIN:
        yield Source("stdin", STDIN, "stdin")
        return
    if _URL.match(arg):
        yield Source("url", arg, "url")
        return
    if (scheme := _OTHER_SCHEME.match(arg)) and not os.path.exists(arg):
        yield DocumentError(f"[CG037] fetch failed: unsupported URL scheme {scheme.group(1)!r} "
                            f"(want http or https)", arg)
        return
    if os.path.isdir(arg):
        found = list(_walk(arg))
        if not found:
            yield DocumentError(f"[CG033] no documents: the folder holds no {_wanted()} file "
                                f"(hidden files are skipped)", arg)
        yield from found
        return
    if os.path.lexists(arg):
        fmt = format_of(os.path.basename(arg))
        if fmt is None:
            yield DocumentError(f"[CG031] unsupported file type {_suffix(arg)}: want {_wanted()}", arg)
        else:
            yield Source("file", arg, fmt)
        return
    if glob.has_magic(arg):
        yield from _glob(arg)
        return
    yield DocumentError("[CG021] cannot read: No such file or directory", arg)


def _glob(pattern: str) -> Iterator[Source | DocumentError]:
    matches = sorted(glob.glob(pattern, recursive=True))
    found: list[Source] = []
    for match in matches:
        if os.path.isdir(match):
            found.extend(_walk(match))
        elif (fmt := format_of(os.path.basename(match))) is not None:
            found.append(Source("file", match, fmt))
    if not matches:
        yield DocumentError("[CG032] no match: the pattern matches no file", pattern)
    elif not found:
        yield DocumentError(f"[CG032] no match: the pattern matches {len(matches)} path(s) but no "
                            f"{_wanted()} file", pattern)
    yield from found


def _walk(root: str) -> Iterator[Source]:
    """Supported, non-hidden files under ``root``, sorted by their path parts."""
    found: list[tuple[tuple[str, ...], str, str]] = []
    for folder, dirs, files in os.walk(root, onerror=None, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(folder, root)
        parts = () if rel == os.curdir else tuple(rel.split(os.sep))
        for name in files:
            if name.startswith("."):
                continue
            fmt = format_of(name)
            if fmt is not None:
                found.append(((*parts, name), os.path.join(folder, name), fmt))
    for _key, path, fmt in sorted(found):
        yield Source("file", path, fmt)


def _suffix(path: str) -> str:
    name = os.path.basename(path)
    if "." not in name.lstrip("."):
        return "(no extension)"
    return repr(os.path.splitext(name)[1])


def _wanted() -> str:
    return ", ".join(SUFFIXES)

"""Reading input documents: plain text files, JSON Lines files and stdin.

A source is a path or ``-`` (stdin). Plain text is one document whose id is
the path. JSON Lines (a ``.jsonl``/``.ndjson`` name, or content whose first
non-blank line is a JSON object with ``"text"``) is one document per line,
with ``id`` and ``text`` and optionally ``published``, ``title``, ``url``.

:func:`read_inputs` yields an :class:`InputDoc` per document and a
:class:`~claimgraph.errors.DocumentError` (as a value, not raised) per bad
file or bad line, so one bad input never stops the others::

    for item in read_inputs(["a.txt", "b.jsonl"]):
        if isinstance(item, DocumentError):
            print(item)          # "b.jsonl:3: [CG026] bad JSON (...)"
        else:
            use(item.id, item.text)

Codes: CG021 unreadable, CG022 binary, CG023 not UTF-8, CG024 empty,
CG025 too large, CG026 bad JSON, CG027 line not an object, CG028 missing or
non-string text, CG029 bad id or metadata field.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, Any

from .errors import ConfigError, DocumentError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "JSONL_SUFFIXES",
    "META_FIELDS",
    "SAMPLE_NAME",
    "STDIN",
    "InputDoc",
    "InputItem",
    "read_bytes",
    "read_inputs",
    "read_sample",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
STDIN = "-"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
META_FIELDS = ("published", "title", "url")
SAMPLE_NAME = "articles.jsonl"

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
_NUL = b"\x00"


@dataclass(frozen=True)
class InputDoc:
    """One document to analyse.

    ``source`` says where it came from (``path``, ``path:line`` or ``-``);
    ``published``, ``title`` and ``url`` are passed through from JSON Lines.
    """

    id: str
    text: str
    source: str
    published: str | None = None
    title: str | None = None
    url: str | None = None

    def to_item(self) -> dict[str, str]:
        """The mapping :func:`claimgraph.analyze_many` accepts."""
        item = {"id": self.id, "text": self.text}
        for key in META_FIELDS:
            value = getattr(self, key)
            if value is not None:
                item[key] = value
        return item


InputItem = InputDoc | DocumentError


def read_inputs(sources: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                stdin: IO[bytes] | None = None) -> Iterator[InputItem]:
    """Documents and errors from each source in turn (``-`` reads ``stdin``,
    by default ``sys.stdin.buffer``)."""
    _check_max_bytes(max_bytes)
    for source in sources:
        try:
            data = _load(source, max_bytes, stdin)
        except DocumentError as err:
            yield err
            continue
        yield from read_bytes(data, source, max_bytes=max_bytes)


def read_sample(*, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[InputItem]:
    """The sample articles shipped with the package."""
    path = resources.files("claimgraph") / "samples" / SAMPLE_NAME
    yield from read_bytes(path.read_bytes(), f"samples/{SAMPLE_NAME}", max_bytes=max_bytes,
                          jsonl=True)


def read_bytes(data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
               jsonl: bool | None = None) -> Iterator[InputItem]:
    """Documents and errors from the raw bytes of one source.

    ``jsonl`` forces the format; ``None`` decides from the name and content.
    """
    _check_max_bytes(max_bytes)
    if len(data) > max_bytes:
        yield _too_large(source, max_bytes)
        return
    if jsonl is None:
        jsonl = source.lower().endswith(JSONL_SUFFIXES) or _looks_like_jsonl(data)
    if _NUL in data:
        yield DocumentError(_binary_reason(data), source)
        return
    if jsonl:
        yield from _read_jsonl(data, source)
        return
    try:
        text = _decode(data)
    except UnicodeDecodeError as exc:
        yield DocumentError(_undecodable_reason(exc), source)
        return
    if not text.strip():
        yield DocumentError("[CG024] empty: no text to analyse", source)
        return
    yield InputDoc(id=source, text=text, source=source)


def _check_max_bytes(max_bytes: int) -> None:
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ConfigError(f"[CG012] max_bytes must be a positive integer, got {max_bytes!r}")


def _too_large(source: str, max_bytes: int) -> DocumentError:
    return DocumentError(f"[CG025] too large: over the limit of {max_bytes:,} bytes "
                         f"(raise it with --max-bytes)", source)


def _load(source: str, max_bytes: int, stdin: IO[bytes] | None) -> bytes:
    """At most ``max_bytes + 1`` bytes of a source, so oversize is detectable."""
    try:
        if source == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            return stream.read(max_bytes + 1)
        path = Path(source)
        if path.is_dir():
            raise DocumentError("[CG021] cannot read: is a directory", source)
        if path.is_file() and path.stat().st_size > max_bytes:
            raise _too_large(source, max_bytes)
        with path.open("rb") as fh:
            return fh.read(max_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise DocumentError(f"[CG021] cannot read: {reason}", source) from exc


def _decode(data: bytes) -> str:
    return data.decode("utf-8-sig" if data.startswith(_UTF8_BOM) else "utf-8")


def _binary_reason(data: bytes) -> str:
    if data.startswith(_UTF16_BOMS):
        return "[CG022] binary: contains NUL bytes (UTF-16 text? convert it to UTF-8)"
    return f"[CG022] binary: contains NUL bytes (first at byte {data.index(_NUL)})"


def _undecodable_reason(exc: UnicodeDecodeError) -> str:
    bad = exc.object[exc.start : exc.start + 1].hex()
    return f"[CG023] undecodable: not UTF-8 (byte 0x{bad} at offset {exc.start})"


def _looks_like_jsonl(data: bytes) -> bool:
    """True when the first non-blank line is a JSON object with ``"text"``."""
    for raw in data.splitlines():
        if not raw.strip():
            continue
        try:
            first = json.loads(raw.removeprefix(_UTF8_BOM))
        except (ValueError, UnicodeDecodeError):
            return False
        return isinstance(first, dict) and "text" in first
    return False


def _read_jsonl(data: bytes, source: str) -> Iterator[InputItem]:
    seen = False
    for n, raw in enumerate(data.removeprefix(_UTF8_BOM).split(b"\n"), 1):
        if not raw.strip():
            continue
        seen = True
        where = f"{source}:{n}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield DocumentError(_undecodable_reason(exc), where)
            continue
        try:
            yield _jsonl_doc(line, source, n)
        except DocumentError as err:
            yield err
    if not seen:
        yield DocumentError("[CG024] empty: no JSON lines", source)


def _jsonl_doc(line: str, source: str, n: int) -> InputDoc:
    where = f"{source}:{n}"
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"[CG026] bad JSON ({exc.msg} at column {exc.colno})", where) from exc
    if not isinstance(obj, dict):
        raise DocumentError(f"[CG027] not a JSON object but {_json_type(obj)}", where)
    text = obj.get("text")
    if text is None:
        raise DocumentError('[CG028] no "text" field', where)
    if not isinstance(text, str):
        raise DocumentError(f'[CG028] "text" must be a string, got {_json_type(text)}', where)
    if not text.strip():
        raise DocumentError('[CG024] empty: "text" has no text to analyse', where)
    doc_id = obj.get("id")
    if doc_id is None:
        doc_id = where
    elif isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif not isinstance(doc_id, str) or not doc_id:
        raise DocumentError(f'[CG029] "id" must be a non-empty string or an integer, '
                            f"got {_json_type(doc_id)}", where)
    meta: dict[str, str] = {}
    for key in META_FIELDS:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise DocumentError(f'[CG029] "{key}" must be a string, got {_json_type(value)}',
                                where)
        meta[key] = value
    return InputDoc(id=doc_id, text=text, source=where, **meta)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number"}
    if value is None:
        return "null"
    if isinstance(value, str) and not value:
        return "an empty string"
    return names.get(type(value), type(value).__name__)

"""JSON Lines: one document per line, read as a stream (files of any size).

Each line is an object with the text and, optionally, ``title``, ``url``,
``published``, ``source`` (site or outlet), ``author`` and ``id``. The keys
are configurable: ``fields`` maps those names to the keys the file uses, e.g.
``{"text": "body", "published": "date"}``; names not given keep their own key.

The line's own ``id`` is not the document id (that is the SHA-256 of the
text); it is kept in ``origin``, as ``"path:line (id)"``, or ``"path:line"``
when the line has none.

Errors, named ``path:line``: NUL bytes [CG022] (the rest of the file is
skipped: it is not text), not UTF-8 [CG023], blank text or no lines [CG024],
a line over ``max_bytes`` [CG025], bad JSON [CG026], not an object [CG027],
missing or non-string text [CG028], bad id or metadata value [CG029].
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import IO, Any

from ..errors import ConfigError, DocumentError
from ..inputs import _NUL, _UTF8_BOM, _binary_reason, _json_type, _undecodable_reason
from ..model import Document
from .document import make_document

__all__ = ["FIELD_NAMES", "jsonl_documents", "line_document", "resolve_fields"]

FIELD_NAMES = ("text", "title", "url", "published", "source", "author", "id")
_META = ("title", "url", "published", "source", "author")
_CHUNK = 1 << 20


def resolve_fields(fields: Mapping[str, str] | None) -> dict[str, str]:
    """The full field-to-key map; raises :class:`ConfigError` [CG038] for an
    unknown field name or an empty key."""
    resolved = {name: name for name in FIELD_NAMES}
    for name, key in (fields or {}).items():
        if name not in resolved:
            raise ConfigError(f"[CG038] unknown JSON Lines field {name!r}: want one of {', '.join(FIELD_NAMES)}")
        if not isinstance(key, str) or not key:
            raise ConfigError(f"[CG038] the JSON Lines key for {name!r} must be a non-empty string, got {key!r}")
        resolved[name] = key
    return resolved


def line_document(raw: bytes, where: str, fields: Mapping[str, str]) -> Document | DocumentError:
    """One non-blank JSON line (bytes, without NULs) as a Document, or the error naming ``where``."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return DocumentError(_undecodable_reason(exc), where)
    try:
        return _document(line, where, fields)
    except DocumentError as err:
        return err


def jsonl_documents(stream: IO[bytes], path: str, *, fields: Mapping[str, str],
                    max_bytes: int) -> Iterator[Document | DocumentError]:
    """Documents and errors, line by line, from an open binary stream."""
    seen = False
    for n, raw in _lines(stream, max_bytes):
        where = f"{path}:{n}"
        if raw is None:
            yield DocumentError(f"[CG025] too large: line over the limit of {max_bytes:,} bytes "
                                f"(raise it with --max-bytes)", where)
            seen = True
            continue
        if n == 1:
            raw = raw.removeprefix(_UTF8_BOM)
        if not raw.strip():
            continue
        seen = True
        if _NUL in raw:
            yield DocumentError(_binary_reason(raw) + "; the rest of the file is skipped", where)
            return
        yield line_document(raw, where, fields)
    if not seen:
        yield DocumentError("[CG024] empty: no JSON lines", path)


def _lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; ``None`` for a line over ``max_bytes`` (which is skipped
    without being held in memory)."""
    n = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        n += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield n, None
            continue
        yield n, raw


def _document(line: str, where: str, fields: Mapping[str, str]) -> Document:
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"[CG026] bad JSON ({exc.msg} at column {exc.colno})", where) from exc
    if not isinstance(obj, dict):
        raise DocumentError(f"[CG027] not a JSON object but {_json_type(obj)}", where)
    key = fields["text"]
    text = obj.get(key)
    if text is None:
        raise DocumentError(f"[CG028] no {json.dumps(key)} field", where)
    if not isinstance(text, str):
        raise DocumentError(f"[CG028] {json.dumps(key)} must be a string, got {_json_type(text)}", where)
    if not text.strip():
        raise DocumentError(f"[CG024] empty: {json.dumps(key)} has no text to analyse", where)
    key = fields["id"]
    own_id = obj.get(key)
    if isinstance(own_id, int) and not isinstance(own_id, bool):
        own_id = str(own_id)
    elif own_id is not None and (not isinstance(own_id, str) or not own_id):
        raise DocumentError(f"[CG029] {json.dumps(key)} must be a non-empty string or an integer, "
                            f"got {_json_type(own_id)}", where)
    meta: dict[str, str] = {}
    for name in _META:
        key = fields[name]
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise DocumentError(f"[CG029] {json.dumps(key)} must be a string, got {_json_type(value)}", where)
        meta[name] = value
    origin = where if own_id is None else f"{where} ({own_id})"
    return make_document(text, format="jsonl", origin=origin, **meta)

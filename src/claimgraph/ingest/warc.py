"""Web archives (``.warc``, ``.warc.gz``): one document per HTML page, with warcio.

Only ``response`` records with HTTP status 200 and an HTML content type are
read; requests, metadata, redirects, errors (404...) and non-HTML payloads
(images, scripts, PDFs) are skipped without a word. A page's ``url`` is its
``WARC-Target-URI`` and its ``origin`` is ``"path#offset"``, the byte offset
of its record in the (compressed) file, which is what WARC tools index by.

The archive is streamed, so it may be of any size; ``max_bytes`` caps each
page [CG025]. A page's own problems (not decodable, no main text) are named
``path#offset`` and the archive goes on. A truncated or corrupt archive
yields the pages read before the damage and then one [CG035] naming the file
and the offset of the record that could not be read. An archive with no HTML
page at all is [CG036].
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import DocumentError
from ..model import Document
from .html import HTML_CONTENT_TYPES, html_document, parse_content_type

__all__ = ["warc_documents"]

_CHUNK = 1 << 16


def warc_documents(path: str, *, max_bytes: int) -> Iterator[Document | DocumentError]:
    """Documents and errors from one archive file, in record order."""
    from warcio.archiveiterator import ArchiveIterator  # imported late: only archives need it


    try:
        fh = Path(path).open("rb")
    except OSError as exc:
        yield DocumentError(f"[CG021] cannot read: {exc.strerror or type(exc).__name__}", path)
        return
    pages = 0
    with fh:
        records = _quiet(ArchiveIterator)(fh)
        try:
            for record in records:
                offset = records.offset
                if record.format != "warc":
                    yield _damaged(path, offset, "not a WARC record")
                    return
                if records.err_count:
                    yield _damaged(path, offset, "the record before it is longer than its Content-Length says")
                    return
                item = _page(record, f"{path}#{offset}", max_bytes)
                complete = _drain(record)
                if not complete:
                    yield _damaged(path, offset, "the record is cut short")
                    return
                if item is not None:
                    pages += 1
                    yield item
        except Exception as exc:  # warcio raises many types on damaged input; all mean the same here
            yield _damaged(path, records.offset, f"{type(exc).__name__}: {_first_line(exc)}")
            return
        size = os.fstat(fh.fileno()).st_size
    if size == 0:
        yield DocumentError("[CG024] empty: no records", path)
        return
    if records.offset < size or records.err_count:
        # warcio ends quietly when the file stops inside a record's header or
        # a gzip member; the bytes it did not consume say so.
        yield _damaged(path, records.offset, "the file ends inside it")
        return
    if pages == 0:
        yield DocumentError("[CG036] no pages: the archive has no HTML response with status 200", path)


def _quiet(iterator: Any) -> Any:
    """warcio writes a warning on stderr for a record whose length is wrong;
    here it is counted (``err_count``) and reported as [CG035] instead."""

    class QuietIterator(iterator):  # type: ignore[misc, valid-type]
        INC_RECORD = ""

    return QuietIterator


def _page(record: Any, origin: str, max_bytes: int) -> Document | DocumentError | None:
    """The record as a document, an error, or ``None`` when it is not an HTML page."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    mime, charset = parse_content_type(content_type)
    if mime not in HTML_CONTENT_TYPES:
        return None
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return DocumentError(f"[CG025] too large: page over the limit of {max_bytes:,} bytes "
                             f"(raise it with --max-bytes)", origin)
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    return html_document(data, origin, format="warc", url=url, charset=charset)


def _drain(record: Any) -> bool:
    """Read the rest of the record; False when the file ends before its
    declared ``Content-Length`` (a truncated archive)."""
    from warcio.limitreader import LimitReader

    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    # Every WARC record declares its length; warcio only bounds the stream by
    # it when the header block was read whole.
    return isinstance(raw, LimitReader) and raw.limit == 0


def _damaged(path: str, offset: int, why: str) -> DocumentError:
    return DocumentError(f"[CG035] truncated or corrupt archive: cannot read the record at byte {offset} ({why}); "
                         f"the records after it are skipped", path)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0].strip() if text else "no detail"

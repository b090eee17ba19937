"""Records to Arrow tables and back.

One row per document in ``documents`` (with the full Analysis, less its
text, as JSON in ``analysis``, so :mod:`claimgraph.batch.load` rebuilds it
exactly), and one row per statement, actor, figure and date in their tables,
each with the record's ``to_dict`` as JSON in ``record`` besides the flat
columns a query engine reads. ``errors`` holds the documents that could not
be read or analysed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pyarrow as pa

from ..model import Analysis, Document

__all__ = ["SCHEMAS", "TABLES", "analysis_of", "document_of", "rows", "to_tables"]

_S = pa.string()
_I = pa.int64()
_B = pa.bool_()
_L = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([("partition", _S), ("seq", pa.int32()), ("doc_id", _S), ("text", _S), ("title", _S),
                            ("url", _S), ("source", _S), ("author", _S), ("published", _S), ("language", _S),
                            ("format", _S), ("origin", _S), ("analysed", _B), ("analysis", _S),
                            ("shingles", _I), ("minhash", pa.list_(pa.uint64()))]),
    "statements": pa.schema([("doc_id", _S), ("id", _S), ("kind", _S), ("start", _I), ("end", _I),
                             ("content", _S), ("cue", _S), ("cue_lemma", _S), ("speaker", _S),
                             ("actor_id", _S), ("act", _S), ("negated", _B), ("certainty", _S),
                             ("published", _S), ("record", _S)]),
    "actors": pa.schema([("doc_id", _S), ("id", _S), ("name", _S), ("type", _S), ("aliases", _L), ("roles", _L),
                         ("affiliations", _L), ("record", _S)]),
    "figures": pa.schema([("doc_id", _S), ("id", _S), ("start", _I), ("end", _I), ("value", pa.float64()),
                          ("unit", _S), ("counts", _S), ("approximate", _B), ("qualifier", _S), ("part_of", _S),
                          ("record", _S)]),
    "dates": pa.schema([("doc_id", _S), ("id", _S), ("start", _I), ("end", _I), ("value", _S), ("anchor", _S),
                        ("record", _S)]),
    "errors": pa.schema([("partition", _S), ("source", _S), ("reason", _S)]),
}
TABLES = tuple(SCHEMAS)


def _json(d: Any) -> str:
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


Row = tuple[Document, Analysis | None, int, Sequence[int] | None]


def to_tables(partition: str, rows: Iterable[Row], errors: Iterable[tuple[str, str]]) -> dict[str, pa.Table]:
    """The tables of one partition. ``rows`` are (document, analysis or None,
    shingle count, MinHash signature or None)."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for seq, (doc, analysis, shingles, minhash) in enumerate(rows):
        blob = None
        if analysis is not None:
            d = analysis.to_dict()
            d.pop("text", None)
            blob = _json(d)
        out["documents"].append({
            "partition": partition, "seq": seq, "doc_id": doc.id, "text": doc.text, "title": doc.title,
            "url": doc.url, "source": doc.source, "author": doc.author, "published": doc.published,
            "language": doc.language, "format": doc.format, "origin": doc.origin, "analysed": analysis is not None,
            "analysis": blob, "shingles": shingles, "minhash": None if minhash is None else [int(v) for v in minhash]})
        if analysis is None:
            continue
        text = doc.text
        for st in analysis.statements:
            out["statements"].append({
                "doc_id": doc.id, "id": st.id, "kind": st.kind, "start": st.start, "end": st.end,
                "content": " … ".join(s.text(text) for s in st.content),
                "cue": None if st.cue is None else st.cue.text(text), "cue_lemma": st.cue_lemma,
                "speaker": None if st.speaker is None else st.speaker.text(text), "actor_id": st.actor_id,
                "act": st.act, "negated": st.negated, "certainty": st.certainty, "published": doc.published,
                "record": _json(st.to_dict())})
        for a in analysis.actors:
            out["actors"].append({"doc_id": doc.id, "id": a.id, "name": a.name, "type": a.type,
                                  "aliases": list(a.aliases), "roles": list(a.roles),
                                  "affiliations": list(a.affiliations), "record": _json(a.to_dict())})
        for f in analysis.figures:
            out["figures"].append({"doc_id": doc.id, "id": f.id, "start": f.span.start, "end": f.span.end,
                                   "value": f.value, "unit": f.unit, "counts": f.counts,
                                   "approximate": f.approximate, "qualifier": f.qualifier, "part_of": f.part_of,
                                   "record": _json(f.to_dict())})
        for x in analysis.dates:
            out["dates"].append({"doc_id": doc.id, "id": x.id, "start": x.span.start, "end": x.span.end,
                                 "value": x.value, "anchor": x.anchor, "record": _json(x.to_dict())})
    for source, reason in errors:
        out["errors"].append({"partition": partition, "source": source, "reason": reason})
    return {name: pa.Table.from_pylist(out[name], schema=SCHEMAS[name]) for name in TABLES}


def document_of(row: dict[str, Any]) -> Document:
    """The Document of a ``documents`` row."""
    return Document(id=row["doc_id"], text=row["text"], title=row["title"], url=row["url"], source=row["source"],
                    author=row["author"], published=row["published"], language=row["language"],
                    format=row["format"] or "txt", origin=row["origin"])


def analysis_of(row: dict[str, Any]) -> Analysis | None:
    """The Analysis of a ``documents`` row, exactly as the worker made it."""
    if row["analysis"] is None:
        return None
    d = json.loads(row["analysis"])
    d["text"] = row["text"]
    return Analysis.from_dict(d)


def rows(table: pa.Table) -> Iterator[dict[str, Any]]:
    """The rows of a table as dicts, a batch at a time."""
    for batch in table.to_batches(max_chunksize=256):
        yield from batch.to_pylist()

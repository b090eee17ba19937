"""The embedded corpus database: one SQLite file in WAL mode.

WAL lets one writer (an ingest) and many readers (queries, the web app) work
at once; foreign keys are on, so deleting a document takes everything
extracted from it. Writes go through :meth:`Store.transaction`, and an ingest
commits every batch, so a crash or Ctrl-C loses at most the batch in hand.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import Analysis, CorpusActor, Document, Thread
from .schema import ACTOR_ACTS, ACTOR_SIDES, SCHEMA_VERSION, STATEMENT_ACTORS, migrate

__all__ = ["Admission", "Rows", "Store", "analysis_rows"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _j(value: Any) -> str:
    return json.dumps(list(value), ensure_ascii=False)


@dataclass
class Admission:
    """Stored document ids and, per URL, its latest (id, version); updated as
    documents are admitted, so one run sees its own documents too."""

    ids: set[str]
    latest: dict[str, tuple[str, int]]

    def admit(self, doc: Document) -> tuple[int, str | None] | None:
        """None when the text is stored already (same id); else (version, id it
        supersedes): a changed text at a known URL is that URL's next version."""
        if doc.id in self.ids:
            return None
        self.ids.add(doc.id)
        version, supersedes = 1, None
        if doc.url and doc.url in self.latest:
            supersedes, old = self.latest[doc.url]
            version = old + 1
        if doc.url:
            self.latest[doc.url] = (doc.id, version)
        return version, supersedes


@dataclass
class Rows:
    """What the store writes for one analysed document, as plain tuples: built by
    :func:`analysis_rows` wherever the analysis is made (an ingest's worker
    process), written by :meth:`Store.add_rows`."""

    blob: str  # the Analysis as JSON, without its text
    actors: list[tuple[Any, ...]]
    statements: list[tuple[Any, ...]]
    fts: list[tuple[Any, ...]]
    figures: list[tuple[Any, ...]]
    dates: list[tuple[Any, ...]]


def analysis_rows(doc: Document, analysis: Analysis) -> Rows:
    """The rows of ``doc``'s analysis for :meth:`Store.add_rows`."""
    d = analysis.to_dict()
    d.pop("text", None)
    text = doc.text
    names = {a.id: a.name for a in analysis.actors}
    statements = []
    fts = []
    for st in analysis.statements:
        content = " … ".join(s.text(text) for s in st.content)
        speaker = names.get(st.actor_id or "", None) or (st.speaker.text(text) if st.speaker else None)
        statements.append((doc.id, st.id, st.kind, st.start, st.end, content,
                           None if st.cue is None else st.cue.text(text), st.cue_lemma,
                           None if st.speaker is None else st.speaker.text(text), st.actor_id, st.act,
                           int(st.negated), st.certainty, doc.published))
        fts.append((content, speaker or "", doc.id, st.id))
    return Rows(
        blob=json.dumps(d, ensure_ascii=False),
        actors=[(doc.id, a.id, a.name, a.type, _j(a.aliases), _j(a.roles), _j(a.affiliations))
                for a in analysis.actors],
        statements=statements,
        fts=fts,
        figures=[(doc.id, f.id, f.span.start, f.span.end, f.value, f.unit, f.counts, int(f.approximate), f.part_of)
                 for f in analysis.figures],
        dates=[(doc.id, x.id, x.span.start, x.span.end, x.value, x.anchor) for x in analysis.dates],
    )


class Store:
    """A claimgraph database. ``Store(path)`` creates it when missing and brings
    an older one up to date; ``readonly=True`` opens an existing file for reading."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        if readonly and not self.path.exists():
            raise StoreError(f"[CG050] {self.path}: no such database")
        try:
            if readonly:
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30,
                                            isolation_level=None, check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                # WAL with NORMAL survives a killed process; only a power cut may lose the last commits.
                self.conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self.conn)
            version = self.conn.execute("SELECT max(version) FROM migrations").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"[CG051] {self.path}: not a claimgraph database ({exc})") from exc
        if version is None or version > SCHEMA_VERSION:
            raise StoreError(f"[CG052] {self.path}: schema version {version} is newer than this claimgraph "
                             f"({SCHEMA_VERSION}); upgrade claimgraph")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; committed on success, rolled back on any error."""
        if self.readonly:
            raise StoreError(f"[CG053] {self.path}: opened read-only")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- meta --------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    # --- documents -------------------------------------------------------------------------

    def admission(self) -> Admission:
        """What is stored already, to decide for each incoming document whether it
        is new and which version of its URL it is."""
        ids = {row[0] for row in self.conn.execute("SELECT id FROM documents")}
        latest: dict[str, tuple[str, int]] = {}
        for url, doc_id, version in self.conn.execute(
                "SELECT url, id, version FROM documents WHERE url IS NOT NULL ORDER BY version"):
            latest[url] = (doc_id, version)
        return Admission(ids, latest)

    def add(self, doc: Document, analysis: Analysis | None, *, version: int = 1,
            supersedes: str | None = None) -> None:
        """Insert a document and what was extracted from it (inside a transaction)."""
        self.add_rows(doc, None if analysis is None else analysis_rows(doc, analysis), version=version,
                      supersedes=supersedes)

    def add_rows(self, doc: Document, rows: Rows | None, *, version: int = 1,
                 supersedes: str | None = None) -> None:
        """Insert a document and the rows :func:`analysis_rows` built from its
        analysis (``None``: stored unanalysed), inside a transaction."""
        c = self.conn
        c.execute("INSERT INTO documents (id, text, title, url, source, author, published, language, format, "
                  "origin, ingested, version, supersedes, analysed, analysis) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (doc.id, doc.text, doc.title, doc.url, doc.source, doc.author, doc.published, doc.language,
                   doc.format, doc.origin, _now(), version, supersedes, int(rows is not None),
                   None if rows is None else rows.blob))
        if rows is None:
            return
        c.executemany(
            "INSERT INTO actors (doc_id, id, name, type, aliases, roles, affiliations) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows.actors)
        c.executemany('INSERT INTO statements (doc_id, id, kind, start, "end", content, cue, cue_lemma, speaker, '
                      "actor_id, act, negated, certainty, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      rows.statements)
        c.executemany("INSERT INTO statements_fts (content, speaker, doc_id, statement_id) VALUES (?, ?, ?, ?)",
                      rows.fts)
        c.executemany('INSERT INTO figures (doc_id, id, start, "end", value, unit, counts, approximate, part_of) '
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.figures)
        c.executemany('INSERT INTO dates (doc_id, id, start, "end", value, anchor) VALUES (?, ?, ?, ?, ?, ?)',
                      rows.dates)

    def document(self, doc_id: str) -> tuple[Document, Analysis | None]:
        """A stored document and its analysis; a unique id prefix is enough."""
        # A range, not LIKE: LIKE cannot use the primary key here, so every lookup read the whole table
        # (6 ms at 5,000 documents), and it took "%" and "_" in a given id as wildcards.
        rows = self.conn.execute(
            "SELECT id, text, title, url, source, author, published, language, format, origin, analysis "
            "FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2", (doc_id, doc_id + "\U0010ffff")).fetchall()
        if not rows:
            raise StoreError(f"[CG054] no document {doc_id!r} in {self.path}")
        if len(rows) > 1 and rows[0][0] != doc_id:
            raise StoreError(f"[CG055] {doc_id!r} is the start of several document ids: give more of it")
        return _document(rows[0])

    def text(self, doc_id: str) -> str:
        """The text of the document ``doc_id`` (the whole id)."""
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise StoreError(f"[CG054] no document {doc_id!r} in {self.path}")
        return str(row[0])

    def analysed(self, *, slim: bool = False) -> Iterator[tuple[Document, Analysis]]:
        """Every analysed document with its analysis, oldest ingest first.

        ``slim`` is what linking reads, kept small for a relink of a large
        corpus: no dates, notices or certainty markers, only the figures
        inside a statement (the threads compare those), and every name,
        label, id and offset one shared object across documents."""
        shared = _Shared() if slim else None
        for row in self.conn.execute(
                "SELECT id, text, title, url, source, author, published, language, format, origin, analysis "
                "FROM documents WHERE analysed = 1 ORDER BY rowid"):
            doc, analysis = _document(row, shared=shared)
            if analysis is not None:
                yield doc, analysis

    # --- links -----------------------------------------------------------------------------

    def save_links(self, actors: list[CorpusActor], threads: list[Thread]) -> None:
        """Replace the corpus actors and threads (inside a transaction)."""
        c = self.conn
        c.execute("UPDATE actors SET corpus_actor = NULL")
        c.execute("DELETE FROM actor_sides")
        c.execute("DELETE FROM thread_members")
        c.execute("DELETE FROM threads")
        c.execute("DELETE FROM actor_names")
        c.execute("DELETE FROM corpus_actors")
        c.executemany("INSERT INTO corpus_actors (id, name, type, aliases, roles, affiliations, why) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)",
                      [(a.id, a.name, a.type, _j(a.aliases), _j(a.roles), _j(a.affiliations), _j(a.why))
                       for a in actors])
        # Looking an actor up by an alias read every actor's alias list (65 ms at 21,000 actors).
        c.executemany("INSERT INTO actor_names (name, is_alias, corpus_actor) VALUES (?, ?, ?)",
                      [(name, k, a.id) for a in actors
                       for k, name in {(1, x.lower()) for x in a.aliases} | {(0, a.name.lower())}])
        c.executemany("UPDATE actors SET corpus_actor = ? WHERE doc_id = ? AND id = ?",
                      [(a.id, doc_id, actor_id) for a in actors for doc_id, actor_id in a.members])
        # Counts kept here, once per relink, so that listing actors never groups all statements.
        c.execute("""UPDATE corpus_actors SET n_documents = x.docs, n_statements = x.sts FROM (
                         SELECT a.corpus_actor AS cid, count(DISTINCT a.doc_id) AS docs, count(s.id) AS sts
                         FROM actors a LEFT JOIN statements s ON s.doc_id = a.doc_id AND s.actor_id = a.id
                         WHERE a.corpus_actor IS NOT NULL GROUP BY a.corpus_actor) AS x
                     WHERE corpus_actors.id = x.cid""")
        c.executemany('INSERT INTO threads (id, proposition, doc_id, start, "end", score) VALUES (?, ?, ?, ?, ?, ?)',
                      [(t.id, t.proposition, t.doc_id, t.span.start, t.span.end, t.score) for t in threads])
        c.executemany("INSERT OR IGNORE INTO thread_members (thread_id, doc_id, statement_id, side, reason, link, "
                      "ev_start, ev_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      [(t.id, m.doc_id, m.statement_id, m.side, m.reason, m.link,
                        None if m.evidence is None else m.evidence.start,
                        None if m.evidence is None else m.evidence.end) for t in threads for m in t.members])
        # Kept here so that thread lists and pages never sort or group every member.
        c.execute("""UPDATE thread_members SET published = coalesce((SELECT s.published FROM statements s
                     WHERE s.doc_id = thread_members.doc_id AND s.id = thread_members.statement_id), '')""")
        c.execute("""UPDATE threads SET n_supports = x.sup, n_disputes = x.dis, n_reports = x.rep,
                            n_documents = x.docs FROM (
                         SELECT thread_id AS tid, sum(side = 'supports') AS sup, sum(side = 'disputes') AS dis,
                                sum(side = 'reports') AS rep, count(DISTINCT doc_id) AS docs
                         FROM thread_members GROUP BY thread_id) AS x
                     WHERE threads.id = x.tid""")
        c.execute(ACTOR_ACTS)
        c.execute(ACTOR_SIDES)
        c.execute(STATEMENT_ACTORS)

    def corrections(self) -> list[tuple[str, str, str]]:
        """User corrections, oldest first, as (kind, a, b)."""
        return [tuple(r) for r in self.conn.execute("SELECT kind, a, b FROM corrections ORDER BY n")]  # type: ignore[misc]

    def add_correction(self, kind: str, a: str, b: str) -> None:
        self.conn.execute("INSERT INTO corrections (kind, a, b, created) VALUES (?, ?, ?, ?)", (kind, a, b, _now()))


class _Shared(dict[Any, Any]):
    """One object per distinct value (strings and offsets repeat across thousands of documents)."""

    def one(self, value: Any) -> Any:
        return self.setdefault(value, value)

    def span(self, value: Any) -> Any:
        if isinstance(value, list) and len(value) == 2:
            return [self.setdefault(value[0], value[0]), self.setdefault(value[1], value[1])]
        return value  # None, or malformed: Span.from_list says what is wrong

    def slim(self, d: dict[str, Any]) -> None:
        """Drop from an Analysis dict what linking never reads; share the rest."""
        one, span = self.one, self.span
        for key in ("dates", "notices"):
            d.pop(key, None)
        # Threads read a statement's figures by position ("one soldier" against "eleven soldiers"), so
        # those stay; figures outside every statement are most of them and never read.
        contents = [c for st in d.get("statements", ()) for c in st.get("content", ()) if c]
        d["figures"] = [
            {**f, "id": one(f.get("id")), "unit": one(f.get("unit")), "counts": one(f.get("counts")),
             "qualifier": one(f.get("qualifier")), "part_of": one(f.get("part_of")),
             "span": span(f.get("span")), "counts_span": span(f.get("counts_span"))}
            for f in d.get("figures", ())
            if isinstance(f.get("span"), list) and len(f["span"]) == 2
            and any(c[0] <= f["span"][0] and f["span"][1] <= c[1] for c in contents)]
        for st in d.get("statements", ()):
            for key in ("markers", "figures", "dates"):
                st.pop(key, None)
            for key in ("id", "kind", "cue_lemma", "actor_id", "act", "certainty"):
                st[key] = one(st.get(key))
            st["content"] = [span(c) for c in st.get("content", ())]
            for key in ("cue", "speaker", "target"):
                st[key] = span(st.get(key))
        for a in d.get("actors", ()):
            for key in ("id", "name", "type"):
                a[key] = one(a.get(key))
            for key in ("aliases", "roles", "affiliations"):
                a[key] = [one(x) for x in a.get(key, ())]
            a["mentions"] = [span(m) for m in a.get("mentions", ())]
        for e in d.get("entities", ()):
            for key in ("id", "name", "label", "actor_id"):
                e[key] = one(e.get(key))
            e["mentions"] = [span(m) for m in e.get("mentions", ())]


def _document(row: tuple[Any, ...], shared: _Shared | None = None) -> tuple[Document, Analysis | None]:
    doc = Document(id=row[0], text=row[1], title=row[2], url=row[3], source=row[4], author=row[5],
                   published=row[6], language=row[7], format=row[8], origin=row[9])
    if row[10] is None:
        return doc, None
    d = json.loads(row[10])
    d["text"] = doc.text
    if shared is not None:
        shared.slim(d)
    return doc, Analysis.from_dict(d)

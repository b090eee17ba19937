"""The SQLite store: schema and migrations, documents and what was extracted
from them, links, full-text search, read-only use and concurrent readers."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

import claimgraph
from claimgraph.errors import StoreError
from claimgraph.model import CorpusActor, Document, Thread, ThreadMember
from claimgraph.store import SCHEMA_VERSION, Store, queries

TEXTS = [
    ('The ministry denied that the camps were prisons, calling the report "a fabrication". '
     '"We have nothing to hide," Interior Minister Lena Varga said on Monday.', "2024-03-04"),
    ("The commission concluded that about 400 people had been detained in the camps since 2021. "
     "Ms Varga rejected the findings.", "2024-03-05"),
]


def doc(text: str, published: str | None = None, url: str | None = None) -> Document:
    return Document(id=hashlib.sha256(text.encode()).hexdigest(), text=text, published=published, url=url,
                    source="Test Wire", language="en")


@pytest.fixture(scope="module")
def analysed() -> list[tuple[Document, claimgraph.Analysis]]:
    docs = [doc(t, p) for t, p in TEXTS]
    return list(zip(docs, claimgraph.analyze_many([{"text": d.text, "published": d.published} for d in docs]),
                    strict=True))


@pytest.fixture()
def store(tmp_path: Path, analysed: list[tuple[Document, claimgraph.Analysis]]) -> Store:
    s = Store(tmp_path / "c.db")
    with s.transaction():
        for d, a in analysed:
            s.add(d, a)
    return s


def test_schema_is_recorded_and_settings_are_on(tmp_path: Path) -> None:
    with Store(tmp_path / "new.db") as s:
        assert s.conn.execute("SELECT max(version) FROM migrations").fetchone()[0] == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # Opening again applies nothing twice.
    with Store(tmp_path / "new.db") as s:
        assert s.conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == SCHEMA_VERSION


def test_round_trip_of_document_and_analysis(store: Store, analysed: list[tuple[Document, claimgraph.Analysis]]
                                            ) -> None:
    for d, a in analysed:
        got_doc, got_analysis = store.document(d.id)
        assert got_doc == d
        assert got_analysis is not None
        assert got_analysis.statements == a.statements and got_analysis.actors == a.actors
        assert got_analysis.figures == a.figures and got_analysis.dates == a.dates
    prefix = analysed[0][0].id[:10]
    assert store.document(prefix)[0].id == analysed[0][0].id
    assert store.text(analysed[0][0].id) == analysed[0][0].text
    assert [d.id for d, _ in store.analysed()] == [d.id for d, _ in analysed]


def test_rows_for_queries(store: Store, analysed: list[tuple[Document, claimgraph.Analysis]]) -> None:
    n_statements = sum(len(a.statements) for _, a in analysed)
    assert queries.stats(store.conn)["statements"] == n_statements > 0
    assert store.conn.execute("SELECT count(*) FROM figures").fetchone()[0] == sum(
        len(a.figures) for _, a in analysed)
    hits = queries.search(store.conn, "nothing to hide")
    assert [h["content"] for h in hits] == ['"We have nothing to hide,"']
    # FTS syntax in user text is quoted, never executed.
    assert queries.search(store.conn, 'camps" OR "x') == queries.search(store.conn, "camps x")
    assert queries.search(store.conn, "   ") == []


def test_links_are_replaced_whole(store: Store, analysed: list[tuple[Document, claimgraph.Analysis]]) -> None:
    (d1, a1), (d2, a2) = analysed
    varga = [(d.id, x.id) for d, a in analysed for x in a.actors if "Varga" in x.name]
    assert len(varga) == 2
    actor = CorpusActor("lena-varga", "Lena Varga", "person", members=tuple(varga), why=("short name of",))
    s1 = next(s for s in a1.statements if s.act == "denies")
    s2 = next(s for s in a2.statements if s.act == "concludes")
    thread = Thread("t1", "the camps are prisons", d2.id, s2.content[0], members=(
        ThreadMember(d2.id, s2.id, "supports", "act concludes", "first statement"),
        ThreadMember(d1.id, s1.id, "disputes", "act denies", "shares: camps", evidence=s1.cue)))
    with store.transaction():
        store.save_links([actor], [thread])
    rows = queries.said(store.conn, "Lena Varga")
    assert {r["doc_id"] for r in rows} == {d1.id, d2.id}
    assert queries.said(store.conn, "lena-varga", act="rejects")[0]["act"] == "rejects"
    assert queries.threads(store.conn, contested=True)[0]["supports"] == 1
    t = queries.thread(store.conn, "t1")
    assert [m["side"] for m in t["members"]] == ["disputes", "supports"]  # in time order
    # Varga speaks in neither thread statement (the ministry and the commission do).
    assert queries.actor(store.conn, "Lena Varga")["threads"] == []
    assert queries.actor(store.conn, "Lena Varga")["acts"].get("rejects") == 1
    with store.transaction():
        store.save_links([], [])
    assert queries.threads(store.conn) == [] and queries.actors(store.conn) == []
    with pytest.raises(StoreError, match="CG056"):
        queries.said(store.conn, "Lena Varga")


def test_deleting_a_document_takes_its_rows(store: Store, analysed: list[tuple[Document, claimgraph.Analysis]]
                                           ) -> None:
    d = analysed[0][0]
    with store.transaction():
        store.conn.execute("DELETE FROM documents WHERE id = ?", (d.id,))
    assert store.conn.execute("SELECT count(*) FROM statements WHERE doc_id = ?", (d.id,)).fetchone()[0] == 0


def test_errors_are_coded(tmp_path: Path, store: Store) -> None:
    with pytest.raises(StoreError, match="CG050"):
        Store(tmp_path / "missing.db", readonly=True)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="CG051"):
        Store(junk)
    with pytest.raises(StoreError, match="CG054"):
        store.document("ffffffff")
    with pytest.raises(StoreError, match="CG054"):
        store.text("ffffffff")
    ro = Store(store.path, readonly=True)
    with pytest.raises(StoreError, match="CG053"), ro.transaction():
        pass
    with pytest.raises(StoreError, match="CG057"):
        queries.thread(ro.conn, "nope")
    newer = Store(tmp_path / "newer.db")
    newer.conn.execute("INSERT INTO migrations VALUES (999, 'x', 'from the future')")
    newer.close()
    with pytest.raises(StoreError, match="CG052"):
        Store(tmp_path / "newer.db")


def test_a_reader_reads_while_a_writer_writes(tmp_path: Path, analysed: list[tuple[Document, claimgraph.Analysis]]
                                              ) -> None:
    path = tmp_path / "busy.db"
    writer = Store(path)
    d, a = analysed[0]
    with writer.transaction():
        writer.add(d, a)
    errors: list[BaseException] = []
    counts: list[int] = []
    stop = threading.Event()
    reading = threading.Event()

    def read() -> None:
        try:
            with Store(path, readonly=True) as reader:
                while not stop.is_set():
                    counts.append(reader.conn.execute("SELECT count(*) FROM documents").fetchone()[0])
                    reading.set()
        except BaseException as exc:  # noqa: BLE001 - the test reports any failure
            errors.append(exc)
        finally:
            reading.set()

    t = threading.Thread(target=read)
    t.start()
    assert reading.wait(30)  # on a busy machine the writes could all be done before the reader opens
    # The writer holds a transaction open while the reader keeps reading the last commit.
    for n in range(30):
        text = f"Document {n}: the agency said the figures were correct."
        with writer.transaction():
            writer.add(doc(text), None)
    stop.set()
    t.join()
    writer.close()
    assert not errors and counts and min(counts) >= 1 and max(counts) <= 31
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_admission_skips_stored_texts_and_versions_urls(store: Store,
                                                        analysed: list[tuple[Document, claimgraph.Analysis]]) -> None:
    admission = store.admission()
    assert admission.admit(analysed[0][0]) is None  # the same text is stored already
    first = doc("A new text.", url="https://news.example/x")
    assert admission.admit(first) == (1, None)
    assert admission.admit(first) is None  # seen in this run
    changed = doc("A new text, corrected.", url="https://news.example/x")
    assert admission.admit(changed) == (2, first.id)

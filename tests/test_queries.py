"""Store reads that the web app and the CLI share: an actor's acts and sides
kept at relink agree with grouping the statements themselves, migration 3
fills them for a file made before it, and document ids given by prefix are
looked up exactly (never as LIKE patterns)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from claimgraph.corpus import Corpus
from claimgraph.errors import StoreError
from claimgraph.store import SCHEMA_VERSION, queries

ARTICLES = Path(__file__).resolve().parent / "corpus" / "articles.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("queries") / "news.db"
    with Corpus(path) as corpus:
        assert not corpus.ingest([str(ARTICLES)]).failed
    return path


def grouped(conn: sqlite3.Connection, actor_id: str) -> tuple[dict[str, int], set[tuple[str, str, int]]]:
    """Acts and (thread, side, statements) of an actor, grouped from the statements themselves."""
    rows = conn.execute(
        "SELECT s.doc_id, s.id, coalesce(s.act, '-') FROM statements s JOIN actors a "
        "ON a.doc_id = s.doc_id AND a.id = s.actor_id WHERE a.corpus_actor = ?", (actor_id,)).fetchall()
    acts = Counter(act for _, _, act in rows)
    mine = {(d, s) for d, s, _ in rows}
    sides = Counter((t, side) for t, d, s, side in conn.execute(
        "SELECT thread_id, doc_id, statement_id, side FROM thread_members") if (d, s) in mine)
    return dict(acts), {(t, side, n) for (t, side), n in sides.items()}


def test_kept_acts_and_sides_equal_grouping_the_statements(db: Path) -> None:
    with Corpus(db, readonly=True) as c:
        actors = c.actors(limit=40)
        in_threads = 0
        for row in actors:
            info = c.actor(row["id"])
            acts, sides = grouped(c.store.conn, row["id"])
            assert info["acts"] == acts, row["id"]
            assert list(info["acts"].values()) == sorted(info["acts"].values(), reverse=True)
            assert {(t["id"], t["side"], t["statements"]) for t in info["threads"]} == sides, row["id"]
            in_threads += bool(sides)
    assert in_threads >= 5  # the test corpus has contested threads with many actors in them


def test_actor_limit_keeps_the_first_members_and_reasons_and_says_how_many(db: Path) -> None:
    with Corpus(db, readonly=True) as c:
        big = c.actors(limit=1)[0]["id"]
        full = c.actor(big)
        short = c.actor(big, limit=2)
    assert full["n_members"] == len(full["members"]) > 2 and full["n_why"] == len(full["why"]) > 2
    assert short["members"] == full["members"][:2] and short["why"] == full["why"][:2]
    assert (short["n_members"], short["n_why"]) == (full["n_members"], full["n_why"])


def test_migration_3_fills_acts_and_sides_of_an_older_file(db: Path, tmp_path: Path) -> None:
    older = tmp_path / "older.db"
    shutil.copy(db, older)
    with Corpus(db, readonly=True) as c:
        ids = [a["id"] for a in c.actors(limit=30)]
        before = [c.actor(a) for a in ids]
    conn = sqlite3.connect(older)
    conn.executescript("""DROP TABLE actor_sides; DROP INDEX thread_members_statement;
                          ALTER TABLE corpus_actors DROP COLUMN acts; DELETE FROM migrations WHERE version = 3;""")
    conn.close()
    with Corpus(older) as c:  # opening brings the file forward
        assert c.store.conn.execute("SELECT max(version) FROM migrations").fetchone()[0] == SCHEMA_VERSION == 5
        assert [c.actor(a) for a in ids] == before


def _by_scan(conn: sqlite3.Connection, ref: str) -> set[str]:
    """Corpus actors whose name or an alias is ``ref``, read from every alias list."""
    return {rid for rid, name, aliases in conn.execute("SELECT id, name, aliases FROM corpus_actors")
            if ref.lower() == name.lower() or ref.lower() in (x.lower() for x in json.loads(aliases))}


def test_actors_are_found_by_name_or_alias_through_the_kept_names(db: Path, tmp_path: Path) -> None:
    with Corpus(db, readonly=True) as c:
        conn = c.store.conn
        refs = [(name, json.loads(aliases)) for name, aliases in conn.execute(
            "SELECT name, aliases FROM corpus_actors WHERE aliases != '[]' ORDER BY n_statements DESC LIMIT 20")]
        assert len(refs) >= 5
        for name, aliases in refs:
            for ref in (name, name.upper(), *aliases):
                found, _ = queries._resolve_actor(conn, ref)
                assert found in _by_scan(conn, ref), ref
        with pytest.raises(StoreError, match=r"\[CG056\]"):
            queries._resolve_actor(conn, "Nobody Of That Name")
    # Migration 5 fills the names of a file made before it.
    older = tmp_path / "older5.db"
    shutil.copy(db, older)
    conn = sqlite3.connect(older)
    conn.executescript("DROP TABLE actor_names; DELETE FROM migrations WHERE version = 5;")
    conn.close()
    with Corpus(older) as c:
        for name, aliases in refs:
            for ref in (name, *aliases):
                assert queries._resolve_actor(c.store.conn, ref)[0] in _by_scan(c.store.conn, ref), ref


def test_a_document_prefix_is_a_prefix_not_a_pattern(db: Path) -> None:
    with Corpus(db, readonly=True) as c:
        doc_id = c.documents(limit=1)[0]["id"]
        assert c.document(doc_id[:12])[0].id == doc_id
        assert c.document(doc_id)[0].id == doc_id
        for pattern in ("%", "_" * 64, doc_id[:4] + "%"):
            with pytest.raises(StoreError, match="CG054"):
                c.document(pattern)
        with pytest.raises(StoreError, match="CG055"):
            c.document("")  # every id starts with the empty string


def test_thread_side_counts_are_the_members_sides(db: Path) -> None:
    with Corpus(db, readonly=True) as c:
        for t in c.threads(limit=20):
            full = queries.thread(c.store.conn, t["id"], limit=10_000)
            assert full["sides"] == {k: sum(m["side"] == k for m in full["members"])
                                     for k in ("supports", "disputes", "reports")}
            assert full["n_members"] == len(full["members"])


def test_said_reads_the_kept_actor_in_time_order_as_grouping_would(db: Path) -> None:
    with Corpus(db, readonly=True) as c:
        conn = c.store.conn
        for row in c.actors(limit=15):
            expected = [tuple(r) for r in conn.execute(
                "SELECT s.doc_id, s.id FROM statements s JOIN actors a ON a.doc_id = s.doc_id AND a.id = s.actor_id "
                "JOIN documents d ON d.id = s.doc_id WHERE a.corpus_actor = ? "
                "ORDER BY coalesce(d.published, ''), s.doc_id, s.start", (row["id"],))]
            got = [(s["doc_id"], s["statement_id"]) for s in c.said(row["id"], limit=10_000)]
            assert got == expected and len(got) == row["statements"], row["id"]
            pages = [c.said(row["id"], limit=3, offset=o) for o in range(0, len(got), 3)]
            assert [(s["doc_id"], s["statement_id"]) for p in pages for s in p] == expected
            dates = sorted({s["published"] for s in c.said(row["id"], limit=10_000) if s["published"]})
            if len(dates) > 1:
                since = c.said(row["id"], since=dates[1], limit=10_000)
                assert since and all(s["published"] >= dates[1] for s in since)
                until = c.said(row["id"], until=dates[0], limit=10_000)
                assert until and all(s["published"] <= dates[0] for s in until)
                assert len(since) + len(until) == len(got) or len(dates) > 2


def test_said_per_month_counts_the_dated_statements(db: Path) -> None:
    with Corpus(db, readonly=True) as c:
        for row in c.actors(limit=10):
            months = Counter(s["published"][:7] for s in c.said(row["id"], limit=10_000) if s["published"])
            assert c.said_per_month(row["id"]) == sorted(months.items())

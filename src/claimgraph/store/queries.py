"""Read-only questions to the store, answered as plain JSON-able dicts.

Statement rows carry their document's title, source and date and their
speaker's corpus actor, so a caller can print or serve them without another
query.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from ..errors import StoreError

__all__ = ["actor", "actors", "documents", "said", "said_per_month", "search", "stats", "thread", "threads"]

_STATEMENT_COLUMNS = """
    s.doc_id, s.id, s.kind, s.act, s.negated, s.certainty, s.content, s.cue, s.speaker, s.start, s."end",
    d.published, d.title, d.source, d.url, a.corpus_actor, ca.name
"""
_STATEMENT_JOINS = """
    JOIN documents d ON d.id = s.doc_id
    LEFT JOIN actors a ON a.doc_id = s.doc_id AND a.id = s.actor_id
    LEFT JOIN corpus_actors ca ON ca.id = a.corpus_actor
"""


def _statement(row: tuple[Any, ...]) -> dict[str, Any]:
    keys = ("doc_id", "statement_id", "kind", "act", "negated", "certainty", "content", "cue", "speaker",
            "start", "end", "published", "title", "source", "url", "actor_id", "actor")
    out = dict(zip(keys, row, strict=True))
    out["negated"] = bool(out["negated"])
    return out


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    """How much the corpus holds."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {"documents": one("SELECT count(*) FROM documents"),
            "analysed": one("SELECT count(*) FROM documents WHERE analysed = 1"),
            "not_analysed": one("SELECT count(*) FROM documents WHERE analysed = 0"),
            "statements": one("SELECT count(*) FROM statements"),
            "actors": one("SELECT count(*) FROM corpus_actors"),
            "threads": one("SELECT count(*) FROM threads")}


def documents(conn: sqlite3.Connection, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT d.id, d.title, d.source, d.url, d.published, d.language, d.format, d.version, d.analysed, "
        "(SELECT count(*) FROM statements s WHERE s.doc_id = d.id) FROM documents d "
        "ORDER BY coalesce(d.published, ''), d.rowid LIMIT ? OFFSET ?", (limit, offset))
    keys = ("id", "title", "source", "url", "published", "language", "format", "version", "analysed", "statements")
    return [dict(zip(keys, r, strict=True)) | {"analysed": bool(r[8])} for r in rows]


def actors(conn: sqlite3.Connection, *, limit: int = 100, offset: int = 0,
           type_: str | None = None) -> list[dict[str, Any]]:
    """Corpus actors, most statements first (counts kept by the last relink)."""
    where = "WHERE type = ?" if type_ else ""
    args: tuple[Any, ...] = (type_, limit, offset) if type_ else (limit, offset)
    rows = conn.execute(
        f"""SELECT id, name, type, aliases, roles, affiliations, n_documents, n_statements
            FROM corpus_actors {where}
            ORDER BY n_statements DESC, name LIMIT ? OFFSET ?""", args)
    return [{"id": r[0], "name": r[1], "type": r[2], "aliases": json.loads(r[3]), "roles": json.loads(r[4]),
             "affiliations": json.loads(r[5]), "documents": r[6], "statements": r[7]} for r in rows]


def _resolve_actor(conn: sqlite3.Connection, ref: str) -> tuple[str, str]:
    """(id, name) of a corpus actor given its id or a name or alias (case-insensitive)."""
    row = conn.execute("SELECT id, name FROM corpus_actors WHERE id = ?", (ref,)).fetchone()
    if row is None:
        # A name before an alias; among several, the actor with most statements.
        row = conn.execute("""SELECT c.id, c.name FROM actor_names n JOIN corpus_actors c ON c.id = n.corpus_actor
                              WHERE n.name = ? ORDER BY n.is_alias, c.n_statements DESC, c.id LIMIT 1""",
                           (ref.lower(),)).fetchone()
    if row is None:
        raise StoreError(f"[CG056] no actor {ref!r}: see `claimgraph actors`")
    return row[0], row[1]


def actor(conn: sqlite3.Connection, ref: str, *, limit: int | None = None) -> dict[str, Any]:
    """One corpus actor: why it was linked, its members ("doc_id/actor_id"),
    its acts and its threads with its side in each.

    ``limit`` keeps the first reasons and members only (``n_why`` and
    ``n_members`` tell how many there are): an actor named in a thousand
    documents has a thousand of each."""
    actor_id, _ = _resolve_actor(conn, ref)
    r = conn.execute("SELECT id, name, type, aliases, roles, affiliations, why, acts FROM corpus_actors "
                     "WHERE id = ?", (actor_id,)).fetchone()
    acts = sorted(json.loads(r[7]).items(), key=lambda kv: (-kv[1], kv[0]))
    sides = conn.execute(
        "SELECT t.id, t.proposition, x.side, x.n FROM actor_sides x JOIN threads t ON t.id = x.thread_id "
        "WHERE x.corpus_actor = ? ORDER BY t.score DESC, t.id, x.side", (actor_id,)).fetchall()
    why = json.loads(r[6])
    n_members = conn.execute("SELECT count(*) FROM actors WHERE corpus_actor = ?", (actor_id,)).fetchone()[0]
    members = [f"{d}/{a}" for d, a in conn.execute(
        "SELECT doc_id, id FROM actors WHERE corpus_actor = ? ORDER BY doc_id, id LIMIT ?",
        (actor_id, -1 if limit is None else limit))]
    return {"id": r[0], "name": r[1], "type": r[2], "aliases": json.loads(r[3]), "roles": json.loads(r[4]),
            "affiliations": json.loads(r[5]), "why": why if limit is None else why[:limit], "n_why": len(why),
            "members": members, "n_members": n_members, "acts": dict(acts),
            "threads": [{"id": t, "proposition": p, "side": side, "statements": n} for t, p, side, n in sides]}


def said(conn: sqlite3.Connection, ref: str, *, act: str | None = None, since: str | None = None,
         until: str | None = None, limit: int = 1000, offset: int = 0) -> list[dict[str, Any]]:
    """What one actor said, in time order."""
    actor_id, _ = _resolve_actor(conn, ref)
    where = ["s.corpus_actor = ?"]
    args: list[Any] = [actor_id]
    if act:
        where.append("s.act = ?")
        args.append(act)
    # A statement's date is its document's, copied at ingest; undated ones come first.
    if since:
        where.append("s.published >= ?")
        args.append(since)
    if until:
        where.append("s.published <= ?")
        args.append(until)
    rows = conn.execute(f"SELECT {_STATEMENT_COLUMNS} FROM statements s {_STATEMENT_JOINS} "
                        f"WHERE {' AND '.join(where)} ORDER BY s.corpus_actor, s.published, s.doc_id, s.start "
                        f"LIMIT ? OFFSET ?", (*args, limit, offset))
    return [_statement(r) for r in rows]


def said_per_month(conn: sqlite3.Connection, ref: str) -> list[tuple[str, int]]:
    """How many statements an actor made each month (``YYYY-MM``, in order); undated ones left out."""
    actor_id, _ = _resolve_actor(conn, ref)
    rows = conn.execute("SELECT substr(published, 1, 7) AS m, count(*) FROM statements WHERE corpus_actor = ? "
                        "AND length(published) >= 7 GROUP BY m ORDER BY m", (actor_id,))
    return [(m, n) for m, n in rows]


def threads(conn: sqlite3.Connection, *, contested: bool = False, limit: int = 100,
            offset: int = 0) -> list[dict[str, Any]]:
    """Claim threads, most contested first; ``contested`` keeps those with both sides."""
    where = "WHERE n_supports > 0 AND n_disputes > 0" if contested else ""
    rows = conn.execute(
        f"""SELECT id, proposition, score, doc_id, n_supports, n_disputes, n_reports, n_documents
            FROM threads {where} ORDER BY score DESC, id LIMIT ? OFFSET ?""", (limit, offset))
    return [{"id": r[0], "proposition": r[1], "score": r[2], "doc_id": r[3], "supports": r[4], "disputes": r[5],
             "reports": r[6], "documents": r[7]} for r in rows]


def thread(conn: sqlite3.Connection, thread_id: str, *, limit: int = 200, offset: int = 0) -> dict[str, Any]:
    """One thread with a page of its member statements (their side and why) in
    time order, and how many members it has on each side."""
    # The side counts are kept by each relink: counting them here took 50 ms on a 130,000-member thread.
    t = conn.execute("SELECT id, proposition, score, doc_id, n_supports, n_disputes, n_reports FROM threads "
                     "WHERE id = ?", (thread_id,)).fetchone()
    if t is None:
        raise StoreError(f"[CG057] no thread {thread_id!r}: see `claimgraph threads`")
    sides = {"supports": t[4], "disputes": t[5], "reports": t[6]}
    rows = conn.execute(
        f"SELECT {_STATEMENT_COLUMNS}, m.side, m.reason, m.link FROM thread_members m "
        f"JOIN statements s ON s.doc_id = m.doc_id AND s.id = m.statement_id {_STATEMENT_JOINS} "
        "WHERE m.thread_id = ? ORDER BY m.published, m.doc_id, m.statement_id LIMIT ? OFFSET ?",
        (thread_id, limit, offset))
    members = []
    for r in rows:
        item = _statement(r[:-3])
        item.update(side=r[-3], reason=r[-2], link=r[-1])
        members.append(item)
    return {"id": t[0], "proposition": t[1], "score": t[2], "doc_id": t[3], "members": members,
            "n_members": sum(sides.values()), "sides": sides}


_FTS_WORD = re.compile(r"\w+", re.UNICODE)


def search(conn: sqlite3.Connection, text: str, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Statements matching every word of ``text`` (full-text, stemmed), best first.
    Words are quoted, so user text never reaches FTS5 as query syntax."""
    words = _FTS_WORD.findall(text)
    if not words:
        return []
    query = " ".join('"' + w.replace('"', "") + '"' for w in words)
    rows = conn.execute(
        f"SELECT {_STATEMENT_COLUMNS} FROM statements_fts f "
        f"JOIN statements s ON s.doc_id = f.doc_id AND s.id = f.statement_id {_STATEMENT_JOINS} "
        "WHERE statements_fts MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?", (query, limit, offset))
    return [_statement(r) for r in rows]

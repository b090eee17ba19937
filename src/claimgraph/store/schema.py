"""The SQLite schema, as numbered migrations recorded in the database.

A migration runs once, inside one transaction with its record in
``migrations``; opening a database applies the ones it lacks, so a file made
by an older claimgraph is brought forward and never rebuilt.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

__all__ = ["ACTOR_ACTS", "ACTOR_SIDES", "MIGRATIONS", "SCHEMA_VERSION", "STATEMENT_ACTORS", "migrate"]

# Kept per corpus actor at each relink (and filled by migration 3 for older
# files), so that an actor page never groups every statement of the actor: on
# 5,000 documents its largest actor's acts and sides took 50 ms to compute.
ACTOR_ACTS = """UPDATE corpus_actors SET acts = x.acts FROM (
    SELECT cid, json_group_object(act, n) AS acts FROM (
        SELECT a.corpus_actor AS cid, coalesce(s.act, '-') AS act, count(*) AS n
        FROM statements s JOIN actors a ON a.doc_id = s.doc_id AND a.id = s.actor_id
        WHERE a.corpus_actor IS NOT NULL GROUP BY a.corpus_actor, coalesce(s.act, '-')) GROUP BY cid) AS x
    WHERE corpus_actors.id = x.cid"""
# Each statement's corpus actor, copied from its speaker at each relink, so that
# "what did X say" reads one index in time order instead of sorting all of X's
# statements for every page.
STATEMENT_ACTORS = """UPDATE statements SET corpus_actor = (SELECT a.corpus_actor FROM actors a
    WHERE a.doc_id = statements.doc_id AND a.id = statements.actor_id)"""
ACTOR_SIDES = """INSERT INTO actor_sides (corpus_actor, thread_id, side, n)
    SELECT a.corpus_actor, m.thread_id, m.side, count(*) FROM thread_members m
    JOIN statements s ON s.doc_id = m.doc_id AND s.id = m.statement_id
    JOIN actors a ON a.doc_id = s.doc_id AND a.id = s.actor_id
    WHERE a.corpus_actor IS NOT NULL GROUP BY a.corpus_actor, m.thread_id, m.side"""

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "documents, statements, actors, figures, dates, threads, corrections, full-text search", """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,                 -- SHA-256 of the text
    text TEXT NOT NULL,
    title TEXT, url TEXT, source TEXT, author TEXT, published TEXT, language TEXT,
    format TEXT NOT NULL, origin TEXT,
    ingested TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,  -- a changed text at a known URL is a new version
    supersedes TEXT REFERENCES documents(id),
    analysed INTEGER NOT NULL,           -- 0: stored but not analysed (not English)
    analysis TEXT                        -- the Analysis as JSON, without its text
);
CREATE INDEX documents_url ON documents(url);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE corpus_actors (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
    aliases TEXT NOT NULL, roles TEXT NOT NULL, affiliations TEXT NOT NULL, why TEXT NOT NULL
);

CREATE TABLE actors (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
    aliases TEXT NOT NULL, roles TEXT NOT NULL, affiliations TEXT NOT NULL,
    corpus_actor TEXT REFERENCES corpus_actors(id) ON DELETE SET NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX actors_corpus ON actors(corpus_actor);

CREATE TABLE statements (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    content TEXT NOT NULL, cue TEXT, cue_lemma TEXT, speaker TEXT, actor_id TEXT,
    act TEXT, negated INTEGER NOT NULL, certainty TEXT, published TEXT,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX statements_actor ON statements(doc_id, actor_id);
CREATE INDEX statements_act ON statements(act);

CREATE TABLE figures (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, value REAL NOT NULL,
    unit TEXT, counts TEXT, approximate INTEGER NOT NULL, part_of TEXT,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE dates (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, value TEXT, anchor TEXT,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE threads (
    id TEXT PRIMARY KEY, proposition TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, score REAL NOT NULL
);
CREATE TABLE thread_members (
    thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL, statement_id TEXT NOT NULL, side TEXT NOT NULL,
    reason TEXT NOT NULL, link TEXT NOT NULL, ev_start INTEGER, ev_end INTEGER,
    PRIMARY KEY (thread_id, doc_id, statement_id),
    FOREIGN KEY (doc_id, statement_id) REFERENCES statements(doc_id, id) ON DELETE CASCADE
);

-- User corrections to actor linking, replayed on every relink.
CREATE TABLE corrections (
    n INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    a TEXT NOT NULL, b TEXT NOT NULL, created TEXT NOT NULL
);

CREATE VIRTUAL TABLE statements_fts USING fts5(
    content, speaker, doc_id UNINDEXED, statement_id UNINDEXED, tokenize = 'porter unicode61'
);
"""),
    (2, "counts per corpus actor and per thread and a time index of thread members, kept by each relink", """
ALTER TABLE corpus_actors ADD COLUMN n_documents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE corpus_actors ADD COLUMN n_statements INTEGER NOT NULL DEFAULT 0;
CREATE INDEX corpus_actors_statements ON corpus_actors(n_statements DESC, name);
ALTER TABLE threads ADD COLUMN n_supports INTEGER NOT NULL DEFAULT 0;
ALTER TABLE threads ADD COLUMN n_disputes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE threads ADD COLUMN n_reports INTEGER NOT NULL DEFAULT 0;
ALTER TABLE threads ADD COLUMN n_documents INTEGER NOT NULL DEFAULT 0;
CREATE INDEX threads_score ON threads(score DESC, id);
ALTER TABLE thread_members ADD COLUMN published TEXT;
CREATE INDEX thread_members_time ON thread_members(thread_id, published, doc_id, statement_id);
"""),
    (3, "acts and thread sides per corpus actor, kept by each relink; thread members indexed by statement",
     f"""
ALTER TABLE corpus_actors ADD COLUMN acts TEXT NOT NULL DEFAULT '{{}}';
CREATE TABLE actor_sides (
    corpus_actor TEXT NOT NULL REFERENCES corpus_actors(id) ON DELETE CASCADE,
    thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    side TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (corpus_actor, thread_id, side)
);
-- The child key of thread_members -> statements: deleting a statement looked up its members by scanning.
CREATE INDEX thread_members_statement ON thread_members(doc_id, statement_id);
{ACTOR_ACTS};
{ACTOR_SIDES};
"""),
    (4, "each statement's corpus actor, kept by each relink, indexed in time order", f"""
ALTER TABLE statements ADD COLUMN corpus_actor TEXT;
CREATE INDEX statements_said ON statements(corpus_actor, published, doc_id, start);
{STATEMENT_ACTORS};
"""),
    (5, "corpus actor names and aliases in lower case, kept by each relink, for lookups by name", """
CREATE TABLE actor_names (
    name TEXT NOT NULL, is_alias INTEGER NOT NULL,
    corpus_actor TEXT NOT NULL REFERENCES corpus_actors(id) ON DELETE CASCADE
);
CREATE INDEX actor_names_name ON actor_names(name, is_alias);
-- SQLite's lower() folds ASCII only; each relink refills the table with Python's.
INSERT INTO actor_names (name, is_alias, corpus_actor)
    SELECT lower(name), 0, id FROM corpus_actors
    UNION SELECT lower(j.value), 1, c.id FROM corpus_actors c, json_each(c.aliases) j;
"""),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations ``conn`` lacks; the versions applied, oldest first."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL, "
                 "description TEXT NOT NULL)")
    have = {row[0] for row in conn.execute("SELECT version FROM migrations")}
    done = []
    for version, description, script in MIGRATIONS:
        if version in have:
            continue
        # executescript commits first; BEGIN makes the script and its record one transaction.
        conn.executescript("BEGIN;\n" + script + f"""
INSERT INTO migrations (version, applied, description)
VALUES ({version}, '{datetime.now(UTC).isoformat(timespec="seconds")}', '{description.replace("'", "''")}');
COMMIT;""")
        done.append(version)
    return done

"""The SQLite schema, as numbered migrations recorded in the database.

A migration runs once, inside one transaction with its record in
``migrations``; opening a database applies the ones it lacks, so a file made
by an older claimgraph is brought forward and never rebuilt.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate"]

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
VALUES ({version}, '{datetime.now(UTC).isoformat(timespec="seconds")}', '{description}');
COMMIT;""")
        done.append(version)
    return done

"""The corpus end to end: ingest through the CLI and the API, re-ingest,
versions, non-English documents, hostile inputs, kill -9 and Ctrl-C in the
middle of an ingest, a reader during an ingest, queries and exports."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimgraph.cli import main
from claimgraph.corpus import Corpus
from claimgraph.store import Store

STORY = [
    ("Interior Minister Lena Varga denied on Monday that the camps in Oskar province were prisons. "
     '"We have nothing to hide," Ms Varga said. The commission\'s report found that 400 people were held.'),
    ("The commission said its report was based on 40 interviews. Lena Varga rejected the findings as biased, "
     'and her ministry called the report "a fabrication".'),
    ('"The camps are schools," Ms Varga told reporters in Merin on Tuesday. Rights groups condemned the arrests.'),
]
FRENCH = ("Le ministre a déclaré mardi que les négociations reprendraient la semaine prochaine à Genève, "
          "selon un communiqué publié par le gouvernement.")


def articles(n: int) -> list[str]:
    out = []
    for k in range(n):
        out.append(f"Report {k}: The agency said on Monday that {100 + k} households had been moved from the "
                   f'valley. "We followed the law in case {k}," said Transport Minister Arno Kell. '
                   f"The river trust disputed the figure of {100 + k}, saying at least {200 + k} families were "
                   "affected.")
    return out


def write_folder(folder: Path, texts: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(texts):
        (folder / f"doc{n:03d}.txt").write_text(text, encoding="utf-8")


def count(db: Path, sql: str = "SELECT count(*) FROM documents") -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_ingest_and_ask(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    write_folder(folder, STORY)
    (folder / "fr.txt").write_text(FRENCH, encoding="utf-8")
    db = tmp_path / "c.db"
    status, _, err = run_cli(["ingest", str(folder), "--db", str(db), "--no-progress"], capsys)
    assert status == 0, err
    assert "ingested 4 (0 new versions, 1 not English" in err
    assert count(db, "SELECT count(*) FROM documents WHERE analysed = 0 AND language = 'fr'") == 1
    # Again: nothing new, nothing parsed twice.
    status, out, _ = run_cli(["ingest", str(folder), "--db", str(db), "--no-progress", "--json"], capsys)
    summary = json.loads(out)
    assert status == 0 and (summary["unchanged"], summary["ingested"]) == (4, 0)
    status, out, _ = run_cli(["actors", "--db", str(db), "--json"], capsys)
    names = [json.loads(line)["name"] for line in out.splitlines()]
    assert "Lena Varga" in names and names.count("Lena Varga") == 1
    status, out, _ = run_cli(["said", "Lena Varga", "--db", str(db), "--json"], capsys)
    acts = {json.loads(line)["act"] for line in out.splitlines()}
    assert {"denies", "rejects"} <= acts
    status, out, _ = run_cli(["said", "Lena Varga", "--act", "denies", "--db", str(db)], capsys)
    assert status == 0 and "denies" in out and "rejects" not in out
    status, out, _ = run_cli(["search", "nothing to hide", "--db", str(db), "--json"], capsys)
    assert [json.loads(line)["content"] for line in out.splitlines()] == ['"We have nothing to hide,"']
    doc_id = json.loads(out.splitlines()[0])["doc_id"]
    status, out, _ = run_cli(["show", doc_id[:12], "--db", str(db)], capsys)
    assert status == 0 and doc_id in out and "denies" in out
    status, out, err = run_cli(["said", "Nobody Atall", "--db", str(db)], capsys)
    assert status == 4 and "[CG056]" in err and "Traceback" not in err


def test_the_thread_method_is_chosen_and_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from claimgraph.errors import ConfigError
    from claimgraph.link import build_threads

    folder = tmp_path / "in"
    write_folder(folder, STORY[:2])
    db = tmp_path / "m.db"
    status, out, err = run_cli(["relink", "--db", str(db)], capsys)
    assert status == 4 and "[CG050]" in err and not db.exists()
    assert run_cli(["ingest", str(folder), "--db", str(db), "--no-progress"], capsys)[0] == 0
    with Corpus(db, readonly=True) as corpus:
        assert corpus.thread_method == "lexical"
    status, out, err = run_cli(["threads", "--db", str(db)], capsys)
    assert status == 0 and "grouped by the lexical linker" in err and "relink --threads embed" in err
    status, out, err = run_cli(["relink", "--db", str(db), "--threads", "story", "--json"], capsys)
    assert status == 0 and json.loads(out)["method"] == "story", err
    status, out, err = run_cli(["threads", "--db", str(db)], capsys)
    assert status == 0 and "grouped by the story linker" in err and "relink" not in err
    # A later ingest keeps the method: its threads are the story linker's over every document.
    (folder / "more.txt").write_text(STORY[2], encoding="utf-8")
    assert run_cli(["ingest", str(folder), "--db", str(db), "--no-progress"], capsys)[0] == 0
    with Corpus(db) as corpus:
        assert corpus.thread_method == "story"
        docs = list(corpus.store.analysed())
        actor_of = {(d, a): c for d, a, c in corpus.store.conn.execute(
            "SELECT doc_id, id, corpus_actor FROM actors WHERE corpus_actor IS NOT NULL")}
        expected = {t.id for t in build_threads(docs, actor_of, method="story")}
        stored = {r[0] for r in corpus.store.conn.execute("SELECT id FROM threads")}
        assert stored == expected and stored
        with pytest.raises(ConfigError, match=r"\[CG014\]"):
            corpus.relink(threads="topics")
        assert corpus.thread_method == "story"
        corpus.relink(threads="lexical")
        assert corpus.thread_method == "lexical"
        # An embedding relink reports how many statements it has embedded, up to all of them.
        seen: list[tuple[int, int]] = []
        corpus.relink(threads="embed", progress=lambda done, total: seen.append((done, total)))
        assert corpus.thread_method == "embed" and seen
        assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1][0] == seen[-1][1] > 0


@pytest.mark.parametrize("method", ["story", "embed"])
def test_a_stored_corpus_compares_the_figures_its_statements_cite(tmp_path: Path, method: str,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    # Linking reads the store's slim form of each analysis: it must keep the figures inside statements.
    feed = tmp_path / "clash.jsonl"
    lines = [{"id": "claim", "published": "2025-05-01", "text": (
                  "The Tessan army said at least eleven Vardian soldiers were killed in the clash at Morrow Bridge. "
                  "The bridge was built in 1962 and is 300 metres long.")},
             {"id": "answer", "published": "2025-05-02", "text": (
                  "The Vardian defence ministry said one Vardian soldier was killed in the clash at Morrow Bridge.")}]
    feed.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    db = tmp_path / "f.db"
    assert run_cli(["ingest", str(feed), "--db", str(db), "--no-progress"], capsys)[0] == 0
    status, out, err = run_cli(["relink", "--db", str(db), "--threads", method], capsys)
    assert status == 0, err
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT m.side, m.reason FROM thread_members m JOIN documents d ON d.id = m.doc_id "
                           "WHERE d.text LIKE 'The Vardian%'").fetchall()
    finally:
        con.close()
    assert rows and rows[0][0] == "disputes", rows
    assert rows[0][1].startswith("counts one Vardian soldier where the proposition counts at least eleven")
    with Store(db, readonly=True) as store:
        slim = {d.text[:10]: a for d, a in store.analysed(slim=True)}
    # The figures outside every statement ("1962", "300 metres") are not carried into linking.
    assert [f.value for f in slim["The Tessan"].figures] == [11]


def test_changed_text_at_a_known_url_is_a_new_version(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    db = tmp_path / "v.db"
    lines = [{"id": "a", "text": STORY[0], "url": "https://news.example/a"}]
    feed.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    with Corpus(db) as corpus:
        first = corpus.ingest([str(feed)])
        lines[0]["text"] = STORY[0] + " The ministry later corrected its figures."
        feed.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
        second = corpus.ingest([str(feed)])
    assert (first.ingested, second.ingested, second.new_versions) == (1, 1, 1)
    con = sqlite3.connect(db)
    rows = con.execute("SELECT version, supersedes IS NOT NULL FROM documents ORDER BY version").fetchall()
    assert rows == [(1, 0), (2, 1)]


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(db)
    try:
        return {
            # in input order (linking reads them so); the unanalysed are stored with the next batch
            "documents": con.execute("SELECT id, text, language, version, analysis FROM documents "
                                     "WHERE analysed = 1 ORDER BY rowid").fetchall(),
            "unanalysed": con.execute("SELECT id, language FROM documents WHERE analysed = 0 ORDER BY id").fetchall(),
            "statements": con.execute("SELECT * FROM statements ORDER BY doc_id, id").fetchall(),
            "actors": con.execute("SELECT * FROM actors ORDER BY doc_id, id").fetchall(),
            "fts": con.execute("SELECT * FROM statements_fts ORDER BY doc_id, statement_id").fetchall(),
            "figures": con.execute("SELECT * FROM figures ORDER BY doc_id, id").fetchall(),
            "dates": con.execute("SELECT * FROM dates ORDER BY doc_id, id").fetchall(),
            "threads": con.execute("SELECT * FROM thread_members ORDER BY thread_id, doc_id, statement_id").fetchall(),
        }
    finally:
        con.close()


def test_worker_processes_store_what_one_process_stores(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    write_folder(folder, [*STORY, *articles(20)])
    (folder / "fr.txt").write_text(FRENCH, encoding="utf-8")
    dumps = []
    for n_process in (1, 2):
        db = tmp_path / f"w{n_process}.db"
        seen: list[int] = []
        with Corpus(db) as corpus:
            summary = corpus.ingest([str(folder)], n_process=n_process, batch_size=5,
                                    progress=lambda done, _, seen=seen: seen.append(done))
        assert (summary.ingested, summary.not_english, summary.failed, summary.linked) == (24, 1, [], True)
        assert seen == sorted(seen) and len(seen) == 23 and seen[-1] >= 23
        dumps.append(_dump(db))
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["statements"]) > 40 and dumps[0]["threads"]


def _warc(path: Path, pages: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(pages):
            body = (f"<html><head><title>Page {n}</title></head><body><article><p>Archived copy. "
                    f"{articles(pages)[n]}</p>"
                    "</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://news.example/{n}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))


def test_hostile_inputs_are_named_and_the_run_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "mixed"
    write_folder(folder, articles(2))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(100_000_000)  # sparse: over the size limit, never read
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    (folder / "scripts.html").write_text(
        "<html><head><title>Hostile</title><script>alert('x')</script></head><body><article>"
        "<p onmouseover=\"alert('y')\">The agency said on Monday that the river had flooded three villages, "
        "and officials warned that more rain was expected.</p><script>document.write('z')</script>"
        "<img src=x onerror=\"alert('w')\"></article></body></html>", encoding="utf-8")
    warc = folder / "crawl.warc.gz"
    _warc(warc, 3)
    data = warc.read_bytes()
    # Cut inside the last record: at two thirds the cut can fall exactly between two
    # gzip members of equal size, which leaves a whole (shorter) archive.
    (folder / "cut.warc.gz").write_bytes(data[: len(data) - 40])
    db = tmp_path / "h.db"
    status, _, err = run_cli(["ingest", str(folder), "--db", str(db), "--no-progress"], capsys)
    assert status == 1
    for name, code in (("binary.txt", "CG022"), ("huge.txt", "CG025"), ("latin1.txt", "CG023"),
                       ("cut.warc.gz", "CG035")):
        assert any(name in line and code in line for line in err.splitlines()), (name, err)
    assert "Traceback" not in err
    with Store(db, readonly=True) as s:
        texts = [t for (t,) in s.conn.execute("SELECT text FROM documents")]
    assert any("flooded three villages" in t for t in texts)
    assert not any("alert" in t or "document.write" in t for t in texts)
    # the two text files, the html page and the three WARC pages (the cut copy repeats them)
    assert count(db) == 6


def _spawn_ingest(folder: Path, db: Path, batch: int = 2, n_process: int = 1) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "claimgraph", "ingest", str(folder), "--db", str(db),
                             "--batch-size", str(batch), "--n-process", str(n_process), "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for(db: Path, at_least: int, proc: subprocess.Popen[bytes], timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            try:
                n = count(db)
            except sqlite3.OperationalError:
                n = 0
            if n >= at_least:
                return n
        if proc.poll() is not None:
            pytest.fail(f"ingest ended early: {proc.stderr.read().decode() if proc.stderr else ''}")
        time.sleep(0.05)
    pytest.fail("ingest made no progress")


def _children(pid: int) -> set[int]:
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize(("how", "n_process"), [("kill", 1), ("interrupt", 1), ("kill", 2), ("interrupt", 2)])
def test_an_interrupted_ingest_loses_nothing_and_resumes(tmp_path: Path, how: str, n_process: int) -> None:
    # Enough documents that the signal lands while the workers still analyse: with 40 short
    # ones, two workers could finish them all before the sixth was seen stored (a CI failure);
    # with 300, one process once finished in the 4 s after the sixth was stored, while the test
    # process (holding the suite's analyses) was slow to look; with 600, once more on a loaded
    # machine after extraction got faster (the ingest was gone before the signal was sent).
    texts = articles(1200)
    folder = tmp_path / "many"
    write_folder(folder, texts)
    db = tmp_path / "k.db"
    proc = _spawn_ingest(folder, db, n_process=n_process)
    before = _wait_for(db, 6, proc)
    assert proc.poll() is None, "the ingest ended before it could be interrupted: give it more documents"
    workers = _children(proc.pid) if sys.platform == "linux" else set()
    assert len(workers) >= (n_process if n_process > 1 and sys.platform == "linux" else 0)
    proc.send_signal(signal.SIGKILL if how == "kill" else signal.SIGINT)
    status = proc.wait(timeout=60)
    deadline = time.monotonic() + 30
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers), "a worker outlived the ingest"
    if how == "interrupt":
        err = proc.stderr.read() if proc.stderr else b""
        assert status == 130, err.decode()
        assert b"interrupted" in err
    assert count(db) >= before
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    proc = _spawn_ingest(folder, db, n_process=n_process)
    assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
    assert count(db) == len(texts)
    assert count(db, "SELECT count(DISTINCT text) FROM documents") == len(texts)
    assert count(db, "SELECT count(*) FROM corpus_actors") > 0  # linking ran on the resumed run


@pytest.mark.skipif(sys.platform != "linux", reason="finds the workers in /proc")
def test_a_dead_worker_stops_the_ingest_and_keeps_what_is_stored(tmp_path: Path) -> None:
    # Enough documents that a worker is still at work when it is killed: with 60, a fresh-clone CI
    # run saw the two workers finish all of them in the moment after the sixth was stored.
    texts = articles(600)
    folder = tmp_path / "dead"
    write_folder(folder, texts)
    db = tmp_path / "d.db"
    proc = _spawn_ingest(folder, db, n_process=2)
    before = _wait_for(db, 6, proc)
    assert proc.poll() is None, "the ingest ended before a worker could be killed: give it more documents"
    os.kill(min(_children(proc.pid)), signal.SIGKILL)  # as the kernel's out-of-memory killer would
    status = proc.wait(timeout=120)
    err = proc.stderr.read().decode() if proc.stderr else ""
    assert status == 3 and "[CG017]" in err and "Traceback" not in err, err
    assert count(db) >= before
    proc = _spawn_ingest(folder, db, n_process=2)
    assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
    assert count(db) == len(texts)


def test_a_reader_queries_during_an_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    write_folder(folder, articles(30))
    db = tmp_path / "r.db"
    proc = _spawn_ingest(folder, db)
    _wait_for(db, 2, proc)
    seen = []
    while proc.poll() is None:
        with Corpus(db, readonly=True) as corpus:
            seen.append(corpus.stats()["documents"])
            corpus.search("households")
        time.sleep(0.05)
    assert proc.returncode == 0
    assert seen == sorted(seen) and seen[0] >= 2 and count(db) == 30


def test_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "e"
    write_folder(folder, STORY)
    db = tmp_path / "e.db"
    assert run_cli(["ingest", str(folder), "--db", str(db), "--no-progress"], capsys)[0] == 0
    n = count(db, "SELECT count(*) FROM statements")
    status, out, _ = run_cli(["export", "--db", str(db)], capsys)
    assert status == 0 and len(out.splitlines()) == n
    assert {"doc_id", "act", "corpus_actor", "content"} <= set(json.loads(out.splitlines()[0]))
    status, out, _ = run_cli(["export", "--db", str(db), "--format", "csv", "--table", "documents"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3 and {r["analysed"] for r in rows} == {"1"}
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is in the test extras")
    target = tmp_path / "s.parquet"
    assert run_cli(["export", "--db", str(db), "--format", "parquet", "--out", str(target)], capsys)[0] == 0
    assert pq.read_table(target).num_rows == n
    with pytest.raises(SystemExit) as exc:  # a usage error, from argparse
        main(["export", "--db", str(db), "--format", "parquet"])
    assert exc.value.code == 2 and "needs --out" in capsys.readouterr().err


def test_an_interrupt_landing_after_commit_stores_each_document_once(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # Ctrl-C inside COMMIT, once SQLite has committed: the batch is still pending in Python,
    # and writing it again failed on the documents' ids (a CI failure of the interrupt test).
    from contextlib import contextmanager

    from claimgraph.store.db import Store

    folder = tmp_path / "in"
    write_folder(folder, articles(6))
    real = Store.transaction
    calls = {"n": 0}

    @contextmanager
    def committed_then_interrupted(self: Store):  # type: ignore[no-untyped-def]
        with real(self) as conn:
            yield conn
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyboardInterrupt

    monkeypatch.setattr(Store, "transaction", committed_then_interrupted)
    with Corpus(tmp_path / "i.db") as corpus:
        summary = corpus.ingest([str(folder)], batch_size=2)
    assert summary.interrupted and calls["n"] == 2  # the batch, then the retry with nothing left
    assert summary.ingested == 2 == count(tmp_path / "i.db")

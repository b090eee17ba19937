"""Batch jobs on Dask: output equals single-process analysis, re-runs skip,
failures are reported by name, an external cluster works, load feeds the
corpus, near-duplicates are found."""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from claimgraph import analyze_many
from claimgraph.batch import load_dir, read_manifest, run_batch
from claimgraph.batch import tasks as batch_tasks
from claimgraph.batch.dedup import find_groups, signature
from claimgraph.batch.job import MANIFEST as MANIFEST_NAME
from claimgraph.batch.load import documents
from claimgraph.corpus import Corpus

ARTICLES = [
    {"text": "Interior Minister Lena Varga denied on Monday that the camps were prisons. "
             "\"These are schools,\" she said.", "published": "2024-03-12", "title": "Varga denies",
     "source": "Daily One"},
    {"text": "The commission said the camps were prisons, and Ms Varga denied it again. "
             "About 40 interviewees described beatings, the report said.", "published": "2024-03-13"},
    {"text": "\"We will appeal,\" said Tom Reyes, a lawyer for the families, adding that the court had erred."},
    {"text": "Police said three people were arrested after the protest in Lyon on Friday."},
    {"text": "The ministry warned that prices could rise by 5 percent next year, officials said."},
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0")
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def write_feed(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    return path


def test_output_equals_analyze_many(tmp_path: Path, client: Any) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", ARTICLES)
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Mayor Ana Ruiz said the bridge would reopen in May.\n")
    out = tmp_path / "out"
    summary = run_batch([str(feed), str(tmp_path / "texts")], out, client=client, partition_size=2,
                        progress=False)
    assert summary.failed == [] and summary.finished == summary.partitions == 4
    got = list(documents(out))
    assert [d.origin for d, _ in got] == [f"{feed}:{n}" for n in range(1, 6)] + [str(tmp_path / "texts" / "a.txt")]
    expected = list(analyze_many([{"text": d.text, "published": d.published, "title": d.title, "url": d.url,
                                   "id": d.id} for d, _ in got]))
    for (_doc, analysis), want in zip(got, expected, strict=True):
        assert analysis is not None
        assert analysis.to_dict() == want.to_dict()
    statements = pq.read_table(out / "statements").to_pylist()
    assert len(statements) == sum(len(a.statements) for a in expected) > 5
    assert {r["doc_id"] for r in pq.read_table(out / "actors").to_pylist()} <= {d.id for d, _ in got}
    manifest = read_manifest(out)
    assert sorted(manifest["finished"]) == sorted(manifest["partitions"])

    again = run_batch([str(feed), str(tmp_path / "texts")], out, client=client, partition_size=2, progress=False)
    assert again.skipped == 4 and again.finished == 0

    db = tmp_path / "c.db"
    loaded = load_dir(out, db)
    assert loaded.loaded == 6 and loaded.partitions == 4
    with Corpus(db, readonly=True) as corpus:
        assert corpus.stats()["documents"] == 6
        assert any(r["act"] == "denies" for r in corpus.said("Lena Varga"))
        assert corpus.search("prisons")
    assert load_dir(out, db).unchanged == 6


def test_failed_partition_is_retried_then_named(tmp_path: Path, client: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", ARTICLES[:4])
    real = batch_tasks.read_partition
    attempts: list[str] = []

    def flaky(part: Any, max_bytes: int = 0) -> Any:
        if part.first_line == 3:
            attempts.append(part.name)
            raise RuntimeError("disk on fire")
        return real(part, max_bytes)

    monkeypatch.setattr(batch_tasks, "read_partition", flaky)
    out = tmp_path / "out"
    summary = run_batch([str(feed)], out, client=client, partition_size=2, retries=1, progress=False,
                        dedup=False)
    assert summary.finished == 1 and len(summary.failed) == 1
    name, reason = summary.failed[0]
    assert name.endswith("-00001") and "CG071" in reason and "disk on fire" in reason
    assert attempts == [name, name]  # tried, retried once
    manifest = read_manifest(out)
    assert manifest["failures"] == [{"partition": name, "reason": reason}]
    assert name not in manifest["finished"] and len(manifest["finished"]) == 1
    monkeypatch.setattr(batch_tasks, "read_partition", real)
    again = run_batch([str(feed)], out, client=client, partition_size=2, progress=False)
    assert again.skipped == 1 and again.finished == 1 and again.failed == []
    assert read_manifest(out)["failures"] == []


def test_killed_worker_leaves_nothing_doubled(tmp_path: Path, client: Any) -> None:
    """A task killed after writing some tables but before its marker: the
    partition is run again, over the same names; leftovers are temp files only."""
    feed = write_feed(tmp_path / "feed.jsonl", ARTICLES)
    out = tmp_path / "out"
    run_batch([str(feed)], out, client=client, partition_size=2, progress=False, dedup=False)
    manifest = read_manifest(out)
    victim = sorted(manifest["finished"])[1]
    (out / "_done" / f"{victim}.json").unlink()
    manifest["finished"].remove(victim)
    (out / MANIFEST_NAME).write_text(json.dumps(manifest))
    (out / "statements" / f".{victim}.parquet.dead.tmp").write_bytes(b"half a file")
    again = run_batch([str(feed)], out, client=client, partition_size=2, progress=False, dedup=False)
    assert again.finished == 1 and again.skipped == 2
    ids = [d.id for d, _ in documents(out)]
    assert len(ids) == len(set(ids)) == 5
    assert pq.read_table(out / "documents", columns=["doc_id"]).num_rows == 5  # the temp file is not read


def test_cli_batch_on_local_cluster_then_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from claimgraph.cli import main

    feed = write_feed(tmp_path / "feed.jsonl", ARTICLES)
    out = tmp_path / "out"
    assert main(["batch", str(feed), "--out", str(out), "--workers", "1", "--partition-size", "3", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["finished"] == 2 and summary["documents"] == 5 and summary["failed"] == []
    assert len(summary["peak_mb"]) == 1 and 0 < next(iter(summary["peak_mb"].values())) < 4000
    db = tmp_path / "c.db"
    assert main(["load", str(out), "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["loaded"] == 5
    assert main(["said", "Lena Varga", "--db", str(db), "--json"]) == 0
    assert "denies" in capsys.readouterr().out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def dask_cluster(worker_args: list[str], timeout: float = 60) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """`dask scheduler` and two `dask worker` processes on 127.0.0.1; yields the
    scheduler's address and the worker processes, and stops them all."""
    dask_cli = Path(sys.executable).with_name("dask")
    if not dask_cli.exists():
        pytest.skip(f"no dask command line next to {sys.executable}")
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    procs = [subprocess.Popen([str(dask_cli), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], **quiet)]  # type: ignore[call-overload]
    try:
        workers = [subprocess.Popen([str(dask_cli), "worker", address, *worker_args, "--host", "127.0.0.1",
                                     "--no-dashboard"], **quiet)  # type: ignore[call-overload]
                   for _ in range(2)]
        procs += workers
        deadline = time.monotonic() + timeout
        while True:
            try:
                with Client(address, timeout="5s") as c:
                    c.wait_for_workers(2, timeout=timeout)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address, workers
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()


def test_external_cluster(tmp_path: Path) -> None:
    """`dask scheduler` and two `dask worker` processes on 127.0.0.1, one job through them."""
    with dask_cluster(["--nthreads", "1", "--nworkers", "1"], timeout=30) as (address, _):
        feed = write_feed(tmp_path / "feed.jsonl", ARTICLES * 2 + [{"text": "Officials said the talks failed."}])
        out = tmp_path / "out"
        summary = run_batch([str(feed)], out, scheduler=address, partition_size=3, progress=False)
        assert summary.failed == [] and summary.finished == 4 and summary.workers == 2
        got = list(documents(out))
        assert len(got) == 11 and len({d.id for d, _ in got}) == 6  # a repeated text is one document id
        assert all(a is not None and a.to_dict() == b.to_dict() for (_, a), b in zip(got, analyze_many(
            [{"text": d.text, "published": d.published, "title": d.title, "id": d.id} for d, _ in got]),
            strict=True))
        db = tmp_path / "c.db"
        assert load_dir(out, db).loaded == 6


def test_a_worker_killed_mid_job_loses_and_doubles_nothing(tmp_path: Path) -> None:
    """Two `dask worker --no-nanny` processes; one is killed with SIGKILL once the job is under
    way. Dask reruns its partitions on the other: every document comes out exactly once."""
    import signal
    import threading

    from claimgraph.batch.tasks import DONE

    with dask_cluster(["--nthreads", "1", "--no-nanny"]) as (address, workers):
        items = [{"text": f"Report {n}: " + a["text"], **{k: v for k, v in a.items() if k != "text"}}
                 for n in range(8) for a in ARTICLES]
        feed = write_feed(tmp_path / "feed.jsonl", items)
        out = tmp_path / "out"
        result: dict[str, Any] = {}
        job = threading.Thread(target=lambda: result.update(summary=run_batch(
            [str(feed)], out, scheduler=address, partition_size=4, progress=False)))
        job.start()
        deadline = time.monotonic() + 120
        while not list((out / DONE).glob("*.json")) if (out / DONE).exists() else True:
            assert time.monotonic() < deadline and job.is_alive(), "the job made no progress"
            time.sleep(0.1)
        assert job.is_alive(), "the job ended before a worker could be killed"
        workers[0].send_signal(signal.SIGKILL)
        job.join(timeout=300)
        summary = result["summary"]
        assert summary.failed == [] and summary.finished == summary.partitions == 10
        got = list(documents(out))
        assert len(got) == len(items) and len({d.id for d, _ in got}) == len(items)
        assert all(a is not None for _, a in got)


# --- near-duplicates ----------------------------------------------------------------------

FIRST = ["Lena", "Tom", "Ana", "Karim", "Mei", "Olu", "Sara", "Jonas", "Priya", "Diego", "Hana", "Ivan"]
LAST = ["Varga", "Reyes", "Ruiz", "Haddad", "Chen", "Adeyemi", "Lind", "Berg", "Nair", "Soto", "Kato", "Petrov"]
PLACES = ["Lyon", "Accra", "Quito", "Riga", "Osaka", "Tunis", "Perth", "Leeds", "Cebu", "Graz", "Nantes", "Oslo"]
TOPICS = ["bridge", "budget", "strike", "election", "flood", "merger", "trial", "vaccine", "pipeline", "tariff",
          "harbour", "reform"]
WORDS = ("early late new old large small regional national local public private senior junior formal informal "
         "quick slow careful sudden brief long quiet loud final first second rare common strong weak open "
         "closed urgent routine major minor recent remote nearby northern southern eastern western").split()
NOUNS = ("council committee report plan vote hearing statement meeting deal review audit inquiry protest talks "
         "session agency court office board panel union group survey study contract fund programme").split()
VERBS = ("said told reporters added noted argued insisted claimed stressed warned explained "
         "confirmed suggested").split()


def _sentence(rng: random.Random, story: dict[str, Any]) -> str:
    who = rng.choice(story["people"])
    a, b, c = rng.sample(WORDS, 3)
    n1, n2 = rng.sample(NOUNS, 2)
    forms = [
        f"{who} {rng.choice(VERBS)} the {a} {n1} on the {story['topic']} was {b} and {c}.",
        f"In {story['place']}, a {a} {n1} met after the {b} {n2}, {rng.randint(2, 900)} residents said.",
        f"The {a} {n1} about the {story['topic']} followed a {b} {n2} in {story['place']} last {c} week.",
        f"\"The {story['topic']} needs a {a} {n1},\" {who} {rng.choice(VERBS)}, citing the {b} {n2}.",
        f"Critics called the {a} {n2} {b}, while the {c} {n1} stayed silent.",
        f"About {rng.randint(3, 95)} percent of the {a} {n1} backed the {b} {n2}, figures showed.",
    ]
    return rng.choice(forms)


def _article(rng: random.Random, story: dict[str, Any]) -> list[str]:
    """Headline and paragraphs; every article on a story repeats its key quote."""
    paras = [" ".join(_sentence(rng, story) for _ in range(rng.randint(2, 3))) for _ in range(rng.randint(5, 8))]
    paras.insert(rng.randint(1, 3), story["quote"])
    head = f"{story['place']} {story['topic']}: {rng.choice(WORDS)} {rng.choice(NOUNS)} {rng.choice(VERBS)}"
    return [head, *paras]


def _copy(rng: random.Random, lines: list[str], story: dict[str, Any]) -> list[str]:
    """Wire copy as another outlet runs it: new headline, a few edits, trimmed ending, a byline."""
    lines = list(lines)
    if rng.random() < 0.6:
        lines[0] = f"{rng.choice(WORDS).title()} {rng.choice(NOUNS)} over {story['topic']} in {story['place']}"
    body = lines[1:]
    if rng.random() < 0.6:
        body = body[:max(3, len(body) - rng.randint(1, 3))]
    for _ in range(rng.randint(0, 4)):
        k = rng.randrange(len(body))
        words = body[k].split()
        words[rng.randrange(len(words))] = rng.choice(WORDS)
        body[k] = " ".join(words)
    if rng.random() < 0.5:
        body.append(f"(Reporting by {rng.choice(FIRST)} {rng.choice(LAST)}; editing by {rng.choice(FIRST)})")
    return [lines[0], *body]


def near_duplicate_set(seed: int = 7, stories: int = 60) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """(doc id, text) for distinct articles on shared stories and copies of them,
    with each document's family: same family = near-duplicates."""
    rng = random.Random(seed)
    docs: list[tuple[str, str]] = []
    family: dict[str, int] = {}
    fam = 0
    for s in range(stories):
        people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2)]
        story = {"people": people, "place": rng.choice(PLACES), "topic": rng.choice(TOPICS),
                 "quote": f"\"We will not accept a {rng.choice(WORDS)} {rng.choice(NOUNS)} on this "
                          f"{rng.choice(TOPICS)},\" {people[0]} said in a statement."}
        for _ in range(rng.randint(2, 3)):  # distinct articles on the same story: must not merge
            lines = _article(rng, story)
            copies = [lines] + [_copy(rng, lines, story) for _ in range(rng.randint(0, 4))]
            for n, c in enumerate(copies):
                doc_id = f"s{s}-f{fam}-c{n}"
                docs.append((doc_id, "\n\n".join(c)))
                family[doc_id] = fam
            fam += 1
    rng.shuffle(docs)
    return docs, family


def test_near_duplicates_precision_and_recall() -> None:
    docs, family = near_duplicate_set()
    assert len(docs) > 300
    groups = find_groups((d, *signature(text)) for d, text in docs)
    found = {frozenset((a, b)) for g in groups for i, a in enumerate(g.members) for b in g.members[i + 1:]}
    ids = [d for d, _ in docs]
    truth = {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1:] if family[a] == family[b]}
    tp = len(found & truth)
    precision, recall = tp / len(found), tp / len(truth)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_duplicates_and_stories_tables(tmp_path: Path, client: Any) -> None:
    base = ("Police in Lyon said three people were arrested after Friday's protest over the new budget. "
            "\"We acted to protect the public,\" Commissioner Ana Ruiz said. The union called the arrests "
            "a disgrace and said it would hold another march on Monday.")
    items = [{"text": "Lyon arrests\n\n" + base, "source": "Wire"},
             {"text": "Three held in Lyon\n\n" + base.replace("Friday's", "the Friday"), "source": "Daily"},
             {"text": "Students in Quito said the exam had been moved, and the ministry denied any change.",
              "source": "Other"}]
    out = tmp_path / "out"
    summary = run_batch([str(write_feed(tmp_path / "f.jsonl", items))], out, client=client, progress=False)
    assert summary.duplicate_groups == 1 and summary.duplicate_documents == 2
    dups = pq.read_table(out / "duplicates.parquet").to_pylist()
    assert sorted(r["source"] for r in dups) == ["Daily", "Wire"] and sum(r["canonical"] for r in dups) == 1
    stories = pq.read_table(out / "stories.parquet").to_pylist()
    ruiz = [r for r in stories if "protect the public" in r["content"]]
    assert len(ruiz) == 1 and ruiz[0]["outlets"] == ["Daily", "Wire"]


def test_settings_and_folders_are_checked(tmp_path: Path, client: Any) -> None:
    from claimgraph.cli import main
    from claimgraph.errors import ConfigError

    with pytest.raises(ConfigError, match="CG070"):
        run_batch([], tmp_path / "out", client=client, progress=False)
    feed = write_feed(tmp_path / "feed.jsonl", ARTICLES[:2])
    run_batch([str(feed)], tmp_path / "out", client=client, partition_size=2, progress=False)
    with pytest.raises(ConfigError, match="CG074"):
        run_batch([str(feed)], tmp_path / "out", client=client, partition_size=3, progress=False)
    assert main(["load", str(tmp_path / "nothing"), "--db", str(tmp_path / "c.db")]) == 2  # CG073


def test_model_reload_past_the_memory_bound_changes_nothing(tmp_path: Path, client: Any,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from claimgraph.nlp import load_model

    monkeypatch.setattr(batch_tasks, "RELOAD_MB", 0.0)  # reload after every partition
    first = load_model()
    out = tmp_path / "out"
    run_batch([str(write_feed(tmp_path / "f.jsonl", ARTICLES[:4]))], out, client=client, partition_size=2,
              progress=False, dedup=False)
    assert load_model.cache_info().currsize == 0 and load_model() is not first
    got = list(documents(out))
    want = analyze_many([{"text": d.text, "published": d.published, "title": d.title, "id": d.id} for d, _ in got])
    assert all(a is not None and a.to_dict() == w.to_dict() for (_, a), w in zip(got, want, strict=True))


def test_warc_and_bad_inputs(tmp_path: Path, client: Any) -> None:
    """WARC records are read by the client and carried in the task; unreadable
    inputs and bad lines land in the errors table, named, while the rest is analysed."""
    from test_ingest import CRAWL, warc

    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(warc(CRAWL))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(ARTICLES[0]) + "\n{not json\n\n" + json.dumps(ARTICLES[3]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([str(crawl), str(feed), str(tmp_path / "missing.txt")], out, client=client,
                        partition_size=5, progress=False)
    assert summary.failed == [] and summary.documents == 4 and summary.errors == 2
    errors = pq.read_table(out / "errors").to_pylist()
    assert sorted((e["source"], e["reason"][:7]) for e in errors) == [
        (f"{feed}:2", "[CG026]"), (str(tmp_path / "missing.txt"), "[CG021]")]
    docs = list(documents(out))
    assert [d.format for d, _ in docs] == ["warc", "warc", "jsonl", "jsonl"]
    assert docs[3][0].origin == f"{feed}:4"
    assert all(a is not None and a.url == d.url for d, a in docs)

"""Batch jobs on Dask: output equals single-process analysis, re-runs skip,
failures are reported by name, an external cluster works, load feeds the
corpus, near-duplicates are found."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from claimgraph import analyze_many
from claimgraph.batch import load_dir, read_manifest, run_batch
from claimgraph.batch import tasks as batch_tasks
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

    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
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

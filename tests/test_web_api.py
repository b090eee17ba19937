"""The web app's HTTP API and pages through FastAPI's TestClient: every
endpoint, pagination, one error shape (404, 422, 413, 401/403, 500), writes
refused unless allowed with the token, path traversal, escaping."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from fastapi.testclient import TestClient  # noqa: E402

from claimgraph.corpus import Corpus  # noqa: E402
from claimgraph.errors import ConfigError, StoreError  # noqa: E402
from claimgraph.web import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent
ARTICLES = ROOT / "corpus" / "articles.jsonl"
TOKEN = "t0ken-for-the-tests-0123456789"
HOSTILE = {"id": "evil", "title": "<script>document.title='pwned'</script>Evil title",
           "url": "javascript:alert(1)", "published": "2024-05-01", "source": "<b>Bad</b> Source",
           "text": ('"<script>window.__pwned = 1; document.title = \'pwned\'</script> The camps are '
                    'schools <img src=x onerror="window.__pwned=2">," said Interior Minister '
                    '<b onmouseover="window.__pwned=3">Lena Varga</b> on Monday. '
                    '"We have nothing to hide <svg onload=alert(1)>," Ms Varga told reporters.')}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "news.db"
    hostile = path.parent / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    with Corpus(path) as corpus:
        summary = corpus.ingest([str(ARTICLES), str(hostile)])
    assert summary.ingested == 46 and not summary.failed
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def ids(client: TestClient) -> dict[str, str]:
    doc = client.get("/api/documents", params={"limit": 1}).json()["items"][0]["id"]
    actor = client.get("/api/actors", params={"limit": 1}).json()["items"][0]["id"]
    thread = client.get("/api/threads", params={"limit": 1, "contested": True}).json()["items"][0]["id"]
    hostile = next(d["id"] for d in client.get("/api/documents", params={"limit": 200}).json()["items"]
                   if "Evil" in (d["title"] or ""))
    return {"doc": doc, "actor": actor, "thread": thread, "hostile": hostile}


def error_of(response: Any, status: int, code: str | None = None) -> dict[str, str]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code, body
    return dict(body["error"])


# --- reading -----------------------------------------------------------------------------

def test_stats(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 46 and stats["statements"] > 100 and stats["threads"] > 10


def test_documents_paginate_without_overlap(client: TestClient) -> None:
    first = client.get("/api/documents", params={"limit": 20}).json()
    assert first["total"] == 46 and first["next_offset"] == 20 and len(first["items"]) == 20
    seen = [d["id"] for d in first["items"]]
    offset = first["next_offset"]
    while offset is not None:
        page = client.get("/api/documents", params={"limit": 20, "offset": offset}).json()
        seen += [d["id"] for d in page["items"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == 46


def test_document_with_resolved_statements(client: TestClient, ids: dict[str, str]) -> None:
    doc = client.get(f"/api/documents/{ids['doc']}").json()
    assert doc["text"] and doc["statements"]
    st = doc["statements"][0]
    assert {"act", "certainty", "figures", "dates", "actor", "content_spans", "cue_span"} <= set(st)
    start, end = st["content_spans"][0]
    assert doc["text"][start:end] in st["content"]
    assert client.get(f"/api/documents/{ids['doc'][:10]}").json()["id"] == ids["doc"]  # a prefix is enough
    one = client.get(f"/api/documents/{ids['doc']}/statements/{st['id']}").json()
    assert one["id"] == st["id"] and one["doc_id"] == ids["doc"]
    error_of(client.get(f"/api/documents/{ids['doc']}/statements/s9999"), 404, "CG060")


def test_actors_actor_and_what_they_said(client: TestClient, ids: dict[str, str]) -> None:
    page = client.get("/api/actors", params={"limit": 5, "type": "person"}).json()
    assert len(page["items"]) == 5 and all(a["type"] == "person" for a in page["items"])
    actor = client.get(f"/api/actors/{ids['actor']}").json()
    assert {"aliases", "roles", "affiliations", "acts", "threads"} <= set(actor)
    by_name = client.get(f"/api/actors/{actor['name']}").json()
    assert by_name["id"] == actor["id"]
    short = client.get(f"/api/actors/{ids['actor']}", params={"limit": 1}).json()
    assert len(short["members"]) == len(short["why"]) == 1 < short["n_members"] == actor["n_members"]
    error_of(client.get(f"/api/actors/{ids['actor']}", params={"limit": 0}), 422)
    said = client.get(f"/api/actors/{ids['actor']}/statements", params={"limit": 3}).json()
    assert said["items"] and all(s["actor_id"] == actor["id"] for s in said["items"])
    dates = [s["published"] or "" for s in client.get(f"/api/actors/{ids['actor']}/statements",
                                                      params={"limit": 200}).json()["items"]]
    assert dates == sorted(dates)
    act = next(iter(actor["acts"]))
    if act != "-":
        only = client.get(f"/api/actors/{ids['actor']}/statements", params={"act": act}).json()["items"]
        assert only and {s["act"] for s in only} == {act}


def test_threads_and_thread(client: TestClient, ids: dict[str, str]) -> None:
    page = client.get("/api/threads", params={"contested": True, "limit": 50}).json()
    assert all(t["supports"] and t["disputes"] for t in page["items"])
    thread = client.get(f"/api/threads/{ids['thread']}").json()
    assert thread["proposition"] and {m["side"] for m in thread["members"]} >= {"supports", "disputes"}


def test_search(client: TestClient) -> None:
    page = client.get("/api/search", params={"q": "camps", "limit": 5}).json()
    assert page["q"] == "camps" and page["items"]
    assert all("camp" in (s["content"] + (s["speaker"] or "")).lower() for s in page["items"])
    assert client.get("/api/search", params={"q": '" OR NEAR( * -'}).status_code == 200  # never FTS syntax


def test_analyze_endpoint(client: TestClient) -> None:
    r = client.post("/api/analyze", json={"text": '"We will rebuild," said Mayor Ana Ruiz on Monday.',
                                          "published": "2024-03-12"})
    assert r.status_code == 200, r.text
    body = r.json()
    st = body["statements"][0]
    assert st["actor"]["name"].endswith("Ana Ruiz") and st["cue"] == "said" and st["act"] == "asserts"
    assert client.get("/api/stats").json()["documents"] == 46  # nothing saved
    error_of(client.post("/api/analyze", json={"text": "   "}), 400, "CG068")
    error_of(client.post("/api/analyze", json={}), 422, "CG062")
    error_of(client.post("/api/analyze", json={"text": "x", "published": "yesterday"}), 422, "CG062")


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/actors/{ref}", "/api/threads/{thread_id}",
                 "/api/search", "/api/analyze", "/api/ingest"):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/search" in docs.text
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text  # nothing fetched from elsewhere


# --- errors ------------------------------------------------------------------------------

def test_not_found_everywhere_has_one_shape(client: TestClient, ids: dict[str, str]) -> None:
    error_of(client.get("/api/nothing"), 404, "CG060")
    error_of(client.get("/api/documents/" + "0" * 64), 404, "CG054")
    error_of(client.get("/api/actors/Nobody%20At%20All"), 404, "CG056")
    error_of(client.get("/api/actors/Nobody/statements"), 404, "CG056")
    error_of(client.get("/api/threads/t-000000000000"), 404, "CG057")
    error_of(client.post("/api/stats"), 405, "CG061")
    page = client.get("/documents/" + "0" * 64, headers={"accept": "text/html"})
    assert page.status_code == 404 and "CG054" in page.text and page.headers["content-type"].startswith("text/html")


def test_validation_errors(client: TestClient) -> None:
    for url in ("/api/documents?limit=0", "/api/documents?limit=201", "/api/documents?offset=-1",
                "/api/documents?limit=abc", "/api/search", "/api/search?q=" + "x" * 501,
                "/api/actors?type=alien", "/api/threads/not-a-thread", "/api/documents/%25",
                "/api/actors/person:x/statements?since=yesterday"):
        error_of(client.get(url), 422, "CG062")


def test_ambiguous_prefix_is_a_client_error(client: TestClient) -> None:
    ids = [d["id"] for d in client.get("/api/documents", params={"limit": 200}).json()["items"]]
    shared = next(a[0] for a in ids if sum(b[0] == a[0] for b in ids) > 1)  # 46 ids, 16 first digits
    error_of(client.get(f"/api/documents/{shared}"), 400, "CG055")


def test_body_too_large(db: Path) -> None:
    small = TestClient(create_app(db, max_body=1000), raise_server_exceptions=False)
    error_of(small.post("/api/analyze", json={"text": "x" * 5000}), 413, "CG063")
    # a chunked body without Content-Length is counted too
    error_of(small.post("/api/analyze", content=iter([b'{"text": "', b"y" * 3000, b'"}']),
                        headers={"content-type": "application/json"}), 413, "CG063")


def test_internal_error_shape(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: Corpus) -> dict[str, int]:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(Corpus, "stats", boom)
    err = error_of(client.get("/api/stats"), 500, "CG066")
    assert "secret" not in err["message"]


def test_path_traversal_goes_nowhere(client: TestClient) -> None:
    secret = Path(__file__).read_text(encoding="utf-8")[:40]
    attempts = ["/static/../app.py", "/static/..%2fapp.py", "/static/..%2f..%2f..%2fpyproject.toml",
                "/static/%2e%2e/%2e%2e/errors.py", "/api/documents/..%2f..%2fetc%2fpasswd",
                "/api/documents/../../etc/passwd", "/api/actors/..%2f..%2fetc%2fpasswd",
                "/api/actors/../../../../etc/passwd/statements", "/api/threads/..%2fthreads",
                "/documents/..%2f..%2fetc%2fpasswd", "/actors/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/static//etc/passwd", "/static/%2fetc%2fpasswd"]
    for url in attempts:
        r = client.get(url)
        assert r.status_code in (404, 422), (url, r.status_code)
        assert "root:" not in r.text and "create_app" not in r.text and secret not in r.text, url
        if url.startswith("/api/"):
            error_of(r, r.status_code)
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/style.css").status_code == 200


# --- writes ------------------------------------------------------------------------------

def test_writes_refused_when_read_only(client: TestClient) -> None:
    body = {"documents": [{"text": '"Hello," said Ana Ruiz.'}]}
    error_of(client.post("/api/ingest", json=body), 403, "CG064")
    error_of(client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"}), 403, "CG064")
    error_of(client.post("/api/actors/merge", json={"a": "x", "b": "y"}), 403, "CG064")
    error_of(client.post("/api/actors/split", json={"actor": "x", "member": "a/b"}), 403, "CG064")


def test_writes_need_the_token(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="CG067"):
        create_app(tmp_path / "w.db", allow_write=True)
    with pytest.raises(ConfigError, match="CG067"):
        create_app(tmp_path / "w.db", allow_write=True, token="short")
    app = TestClient(create_app(tmp_path / "w.db", allow_write=True, token=TOKEN), raise_server_exceptions=False)
    body = {"documents": [{"text": 'Interior Minister Lena Varga denied on Monday that the camps were prisons. '
                                   '"We have nothing to hide," Ms Varga said.', "title": "One"},
                          {"text": '"The camps are schools," Lena Varga told reporters on Tuesday.', "title": "Two"}]}
    error_of(app.post("/api/ingest", json=body), 401, "CG065")
    error_of(app.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong-token-000000000"}), 401)
    error_of(app.post("/api/ingest", json=body, headers={"Authorization": TOKEN}), 401)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = app.post("/api/ingest", json=body, headers=auth)
    assert r.status_code == 200, r.text
    assert r.json()["ingested"] == 2 and r.json()["linked"]
    assert app.get("/api/stats").json()["documents"] == 2  # the readers see the write
    people = app.get("/api/actors", params={"type": "person"}).json()["items"]
    varga = next(a for a in people if "Varga" in a["name"])
    member = app.get(f"/api/actors/{varga['id']}").json()
    error_of(app.post("/api/actors/merge", json={"a": varga["id"], "b": "Nobody"}, headers=auth), 404, "CG056")
    error_of(app.post("/api/actors/split", json={"actor": varga["id"], "member": "x/y"}, headers=auth), 400, "CG059")
    assert member["id"] == varga["id"]
    error_of(app.post("/api/ingest", json={"documents": []}, headers=auth), 422, "CG062")


def test_missing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="CG050"):
        create_app(tmp_path / "missing.db")


# --- pages -------------------------------------------------------------------------------

def test_every_page_renders(client: TestClient, ids: dict[str, str]) -> None:
    for url in ("/", "/documents", "/documents?offset=20", f"/documents/{ids['doc']}", "/actors",
                f"/actors/{ids['actor']}", "/threads", "/threads?contested=true", f"/threads/{ids['thread']}",
                "/search?q=camps", "/search", "/analyze", "/docs"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-type"].startswith("text/html")
        assert "content-security-policy" in r.headers and "script-src 'self'" in r.headers["content-security-policy"]
        assert "<script>" not in r.text and "https://" not in r.text.split("</head>")[0], url  # only local assets


def test_threads_say_which_linker_grouped_them(client: TestClient) -> None:
    assert client.get("/api/threads", params={"limit": 1}).json()["method"] == "lexical"
    page = client.get("/threads").text.split("<main>", 1)[1]
    assert "Grouped by the <strong>lexical</strong> linker" in page and "relink --threads embed" in page


def test_pages_show_charts_and_sides(client: TestClient, ids: dict[str, str]) -> None:
    assert "<svg" in client.get("/").text  # support vs dispute
    assert "<svg" in client.get(f"/actors/{ids['actor']}").text  # statements per month
    thread = client.get(f"/threads/{ids['thread']}").text
    assert "<svg" in thread and "Supporters" in thread and "Disputers" in thread


def test_analyze_page_form_and_upload(client: TestClient) -> None:
    r = client.post("/analyze", data={"text": '"We will rebuild," said Mayor Ana Ruiz.'})
    assert r.status_code == 200 and 'class="seg speaker"' in r.text and "Ana Ruiz" in r.text
    r = client.post("/analyze", files={"file": ("a.txt", b'"No," said Ana Ruiz.', "text/plain")})
    assert r.status_code == 200 and 'class="seg cue"' in r.text
    r = client.post("/analyze", files={"file": ("a.bin", b"\xff\xfe\x00bad", "application/octet-stream")})
    assert r.status_code == 400 and "CG068" in r.text


def test_hostile_document_is_escaped(client: TestClient, ids: dict[str, str]) -> None:
    page = client.get(f"/documents/{ids['hostile']}").text
    body = page.split("<main>", 1)[1]
    for raw in ("<script>", "<img", "<svg onload", "<b onmouseover", "<b>Bad"):
        assert raw not in body, raw
    assert "&lt;script&gt;" in body and "&lt;img src=x onerror=" in body
    assert 'href="javascript:' not in page
    api = client.get(f"/api/documents/{ids['hostile']}").json()
    assert "<script>" in api["text"]  # JSON keeps the text as it is; it is data, never markup
    for url in ("/search?q=camps%20schools", "/search?q=%3Cscript%3E", "/", "/documents", "/actors", "/threads"):
        text = client.get(url).text.split("<main>", 1)[1]
        assert "<script>" not in text and "onerror=" not in text.replace("onerror=&", ""), url


def test_serve_refuses_writes_from_several_processes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from claimgraph.cli import main

    status = main(["serve", "--db", str(tmp_path / "w.db"), "--workers", "2", "--allow-write", "--token", "x" * 20])
    assert status == 2 and "[CG069]" in capsys.readouterr().err

"""The web app in a real headless browser: Debian's chromium (/usr/bin/chromium)
driven by Playwright, against a uvicorn server on 127.0.0.1 and an ephemeral
port. Every page loads without script errors, a click on a statement shows its
details, search and analysis work, and a document full of <script> tags and
event handlers runs none of them. Screenshots go to tests/artifacts/web/."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (pip install playwright)")

import uvicorn  # noqa: E402

from claimgraph.corpus import Corpus  # noqa: E402
from claimgraph.web import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent
ARTIFACTS = ROOT / "artifacts" / "web"
HOSTILE = {"title": "<script>document.title='pwned'; window.__pwned='title'</script>Hostile <img src=x "
                    "onerror=\"window.__pwned='title-img'\">",
           "url": "javascript:window.__pwned='url'", "source": "<svg onload=\"window.__pwned='source'\">",
           "published": "2024-05-01",
           "text": ('"<script>window.__pwned = \'script\'; document.title = \'pwned\'; alert(1)</script> The camps '
                    'are schools <img src=x onerror="window.__pwned=\'img\'; alert(2)">," said Interior Minister '
                    '<b onmouseover="window.__pwned=\'hover\'">Lena Varga</b> on Monday.\n\n'
                    '"We have nothing to hide <svg onload="window.__pwned=\'svg\'"></svg> '
                    '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>," Ms Varga told reporters. '
                    '<a href="javascript:window.__pwned=\'link\'">click</a> '
                    '<details open ontoggle="window.__pwned=\'toggle\'">x</details>')}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "news.db"
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    with Corpus(db) as corpus:
        corpus.ingest([str(ROOT / "corpus" / "articles.jsonl"), str(hostile)])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield b
        b.close()


class Watched:
    """A page that records script errors, console errors and dialogs."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1300, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

        def dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture()
def watched(browser: Any) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.context.close()


def api(server: str, path: str) -> Any:
    import httpx

    return httpx.get(server + path, timeout=10).json()


def test_every_page_loads(server: str, watched: Watched) -> None:
    doc = api(server, "/api/documents?limit=1")["items"][0]["id"]
    actor = api(server, "/api/actors?limit=1")["items"][0]["id"]
    thread = api(server, "/api/threads?limit=1&contested=true")["items"][0]["id"]
    pages = {"home": "/", "documents": "/documents", "document": f"/documents/{doc}", "actors": "/actors",
             "actor": f"/actors/{actor}", "threads": "/threads", "thread": f"/threads/{thread}",
             "search": "/search?q=camps", "analyze": "/analyze", "docs": "/docs"}
    page = watched.page
    for name, path in pages.items():
        response = page.goto(server + path)
        assert response is not None and response.status == 200, path
        assert page.locator("main h1").first.is_visible(), path
        watched.shot(name)
    assert watched.errors == [] and watched.dialogs == []  # no script error, no blocked inline code
    assert page.goto(server + "/nowhere").status == 404  # type: ignore[union-attr]
    assert "CG060" in page.locator("main").inner_text()
    watched.errors.clear()  # the browser logs the 404 itself
    page.goto(server + "/")
    assert page.locator("svg.chart").count() >= 1
    page.goto(server + f"/actors/{actor}")
    assert page.locator("svg.chart").count() == 1
    assert watched.errors == [] and watched.dialogs == []


def test_clicking_a_statement_shows_its_details(server: str, watched: Watched) -> None:
    doc = api(server, "/api/documents?limit=1")["items"][0]["id"]
    view = api(server, f"/api/documents/{doc}")
    st = next(s for s in view["statements"] if s["actor"])
    page = watched.page
    page.goto(f"{server}/documents/{doc}")
    detail = page.locator(f"#detail-{st['id']}")
    assert detail.is_hidden()
    page.locator(f'mark.seg.content[data-st="{st["id"]}"]').first.click()
    assert detail.is_visible()
    text = detail.inner_text()
    assert st["actor"]["name"] in text and (st["act"] or "-") in text and "Certainty" in text
    assert page.locator(f'mark.seg.active[data-st="{st["id"]}"]').count() >= 1
    watched.shot("document-clicked")
    # the list row does the same for another statement, and hides the first
    other = next((s for s in view["statements"] if s["id"] != st["id"]), None)
    if other is not None:
        page.locator(f'#st-{other["id"]} .st-head').click()
        assert page.locator(f"#detail-{other['id']}").is_visible() and detail.is_hidden()
    assert watched.errors == []


def test_search_from_home(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server + "/")
    page.fill("#home-q", "camps")
    page.press("#home-q", "Enter")
    page.wait_for_url("**/search?q=camps")
    results = page.locator("#results li.statement")
    assert results.count() >= 1
    assert "camp" in results.first.inner_text().lower()
    watched.shot("search")
    results.first.locator("a[href^='/documents/']").click()
    page.wait_for_load_state()
    assert page.locator(".st-detail:not([hidden])").count() == 1  # the #st-ID anchor opens that statement
    assert watched.errors == []


def test_analyze_pasted_text(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server + "/analyze")
    page.fill("#analyze-text", '"We will rebuild the bridge by June," Mayor Ana Ruiz said on Monday. '
                               "Critics denied that the money was there.")
    page.click("#analyze-go")
    page.wait_for_selector("#analysis")
    assert "statements" in page.locator("#analysis").inner_text()
    page.locator("#doc-text mark.seg.speaker").first.click()
    shown = page.locator(".st-detail:not([hidden])")
    assert shown.count() == 1 and "Ana Ruiz" in shown.inner_text()
    watched.shot("analyze")
    before = api(server, "/api/stats")["documents"]
    assert before == 46  # nothing stored
    assert watched.errors == []


def test_hostile_document_runs_nothing(server: str, watched: Watched) -> None:
    docs = api(server, "/api/documents?limit=200")["items"]
    evil = next(d["id"] for d in docs if "Hostile" in (d["title"] or ""))
    page = watched.page
    page.goto(f"{server}/documents/{evil}")
    page.wait_for_load_state("load")
    for mark in page.locator("mark.seg").all():
        mark.hover()
        mark.click()
    page.mouse.move(5, 5)
    time.sleep(0.3)
    assert page.evaluate("window.__pwned") is None
    assert page.title().endswith(" · claimgraph") and page.title() != "pwned"  # the title tag shows it as text
    assert watched.dialogs == []
    body = page.locator("main").inner_text()
    assert "<script>" in body and "onerror=" in body  # shown as text
    assert page.locator("main script, main img, main iframe, main svg:not(.chart), main details").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    watched.shot("hostile-document")
    for path in ("/", "/documents", "/search?q=schools", "/search?q=%3Cscript%3E", "/actors", "/threads"):
        page.goto(server + path)
        assert page.evaluate("window.__pwned") is None, path
        assert page.title().endswith(" · claimgraph"), path
    page.goto(server + "/analyze")
    page.fill("#analyze-text", HOSTILE["text"])
    page.click("#analyze-go")
    page.wait_for_selector("#analysis")
    page.locator("#doc-text mark.seg").first.click()
    assert page.evaluate("window.__pwned") is None and page.title() == "Analyze · claimgraph"
    watched.shot("hostile-analyze")
    assert watched.dialogs == []

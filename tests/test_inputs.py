"""Reading input documents: formats, metadata, and one error per bad input."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.errors import ConfigError, DocumentError
from claimgraph.inputs import InputDoc, InputItem, read_bytes, read_inputs, read_sample

CODED = re.compile(r"^\S.*: \[CG0[23]\d\] \S")


def docs(items: list[InputItem]) -> list[InputDoc]:
    return [i for i in items if isinstance(i, InputDoc)]


def errors(items: list[InputItem]) -> list[DocumentError]:
    return [i for i in items if isinstance(i, DocumentError)]


def code(err: DocumentError) -> str:
    found = re.search(r"\[(CG\d{3})\]", str(err))
    assert found, str(err)
    return found.group(1)


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def jsonl(*rows: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)


def test_plain_text_is_one_document_named_by_its_path(tmp_path: Path) -> None:
    text = 'The minister said "no".\r\nSecond line.\n'
    path = write(tmp_path, "a.txt", text)
    [doc] = list(read_inputs([path]))
    assert doc == InputDoc(id=path, text=text, source=path)


def test_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbfHello there.")
    [doc] = docs(list(read_inputs([path])))
    assert doc.text == "Hello there."


def test_jsonl_by_suffix_passes_metadata_and_ignores_other_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "d.jsonl", jsonl(
        {"id": "x1", "text": "One.", "published": "2024-01-02", "title": "T", "url": "u",
         "author": "ignored", "quotes": []},
        {"id": 7, "text": "Two."},
        "",
        {"text": "Three."},
    ))
    got = list(read_inputs([path]))
    assert got == [
        InputDoc(id="x1", text="One.", source=f"{path}:1", published="2024-01-02", title="T",
                 url="u"),
        InputDoc(id="7", text="Two.", source=f"{path}:2"),
        InputDoc(id=f"{path}:4", text="Three.", source=f"{path}:4"),
    ]
    assert got[0].to_item() == {"id": "x1", "text": "One.", "published": "2024-01-02",
                                "title": "T", "url": "u"}
    assert got[1].to_item() == {"id": "7", "text": "Two."}


def test_jsonl_is_recognised_by_content_in_any_file(tmp_path: Path) -> None:
    content = jsonl({"id": "a", "text": "One."}, {"id": "b", "text": "Two."})
    path = write(tmp_path, "notes.txt", "\n\n" + content)
    assert [d.id for d in docs(list(read_inputs([path])))] == ["a", "b"]
    from_stdin = list(read_inputs(["-"], stdin=io.BytesIO(content.encode())))
    assert [(d.id, d.source) for d in docs(from_stdin)] == [("a", "-:1"), ("b", "-:2")]


def test_text_starting_with_json_without_text_field_is_plain_text(tmp_path: Path) -> None:
    content = '{"note": "not a document"}\nThe rest.\n'
    path = write(tmp_path, "odd.txt", content)
    [doc] = list(read_inputs([path]))
    assert isinstance(doc, InputDoc) and doc.text == content


def test_stdin_plain_text_is_named_dash() -> None:
    [doc] = list(read_inputs(["-"], stdin=io.BytesIO(b"Plain words.")))
    assert doc == InputDoc(id="-", text="Plain words.", source="-")


@pytest.mark.parametrize(("data", "want", "reason"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "CG022", "binary"),
    ("Hi".encode("utf-16"), "CG022", "UTF-16"),
    (b"", "CG024", "empty"),
    (b" \n\t\n", "CG024", "empty"),
    (b"caf\xe9 au lait", "CG023", "byte 0xe9 at offset 3"),
])
def test_bad_files_give_one_coded_line(tmp_path: Path, data: bytes, want: str,
                                       reason: str) -> None:
    path = write(tmp_path, "bad.txt", data)
    [err] = list(read_inputs([path]))
    assert isinstance(err, DocumentError)
    assert code(err) == want and reason in str(err)
    assert str(err).startswith(f"{path}: ") and "\n" not in str(err)
    assert err.source == path


def test_size_limit_applies_to_files_and_stdin(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "x" * 101)
    [err] = list(read_inputs([path], max_bytes=100))
    assert isinstance(err, DocumentError) and code(err) == "CG025" and "100 bytes" in str(err)
    [err] = list(read_inputs(["-"], max_bytes=100, stdin=io.BytesIO(b"y" * 500)))
    assert isinstance(err, DocumentError) and code(err) == "CG025"
    [doc] = list(read_inputs([path], max_bytes=101))
    assert isinstance(doc, InputDoc) and len(doc.text) == 101


@pytest.mark.parametrize("bad", [0, -5, 1.5, True])
def test_max_bytes_must_be_a_positive_integer(bad: object) -> None:
    with pytest.raises(ConfigError, match=r"\[CG012\]"):
        list(read_inputs([], max_bytes=bad))  # type: ignore[arg-type]


def test_unreadable_paths(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    got = errors(list(read_inputs([missing, str(tmp_path)])))
    assert [code(e) for e in got] == ["CG021", "CG021"]
    assert str(got[0]).startswith(f"{missing}: ") and "No such file" in str(got[0])
    assert "directory" in str(got[1])


def test_bad_jsonl_lines_are_reported_and_the_others_read(tmp_path: Path) -> None:
    good = {"id": "ok", "text": "Fine."}
    lines = [
        good,                                  # 1
        '{"id": "x", "text": "unterminated',   # 2 bad JSON
        "[1, 2]",                              # 3 not an object
        {"id": "n"},                           # 4 no text
        {"id": "t", "text": 42},               # 5 text not a string
        {"id": "e", "text": "  "},             # 6 empty text
        {"id": ["a"], "text": "Bad id."},      # 7 bad id
        {"id": "m", "text": "Bad date.", "published": 2024},  # 8 bad metadata
        {"id": "last", "text": "Also fine."},  # 9
    ]
    path = write(tmp_path, "mixed.jsonl", jsonl(*lines))
    got = list(read_inputs([path]))
    assert [d.id for d in docs(got)] == ["ok", "last"]
    assert [(e.source, code(e)) for e in errors(got)] == [
        (f"{path}:2", "CG026"), (f"{path}:3", "CG027"), (f"{path}:4", "CG028"),
        (f"{path}:5", "CG028"), (f"{path}:6", "CG024"), (f"{path}:7", "CG029"),
        (f"{path}:8", "CG029"),
    ]
    assert all(CODED.match(str(e)) and "\n" not in str(e) for e in errors(got))
    assert str(errors(got)[0]).startswith(f"{path}:2: [CG026] bad JSON")
    assert "a number" in str(errors(got)[3])


def test_undecodable_jsonl_line_spoils_only_that_line(tmp_path: Path) -> None:
    data = (jsonl({"id": "a", "text": "One."}).encode()
            + b'{"id": "b", "text": "caf\xe9"}\n'
            + jsonl({"id": "c", "text": "Three."}).encode())
    path = write(tmp_path, "latin1.jsonl", data)
    got = list(read_inputs([path]))
    assert [d.id for d in docs(got)] == ["a", "c"]
    assert [(e.source, code(e)) for e in errors(got)] == [(f"{path}:2", "CG023")]


def test_empty_jsonl_file(tmp_path: Path) -> None:
    path = write(tmp_path, "none.jsonl", "\n\n")
    [err] = list(read_inputs([path]))
    assert isinstance(err, DocumentError) and code(err) == "CG024" and err.source == path


def test_a_bad_file_does_not_stop_the_next(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "First.")
    b = write(tmp_path, "b.txt", b"\x00\x01")
    c = write(tmp_path, "c.jsonl", jsonl({"id": "c1", "text": "Third."}))
    got = list(read_inputs([a, b, str(tmp_path / "gone.txt"), c]))
    assert [type(i).__name__ for i in got] == [
        "InputDoc", "DocumentError", "DocumentError", "InputDoc"]
    assert [d.id for d in docs(got)] == [a, "c1"]


def test_samples_are_packaged_and_clean() -> None:
    got = list(read_sample())
    assert errors(got) == []
    assert len(got) >= 3
    assert len({d.id for d in docs(got)}) == len(got)
    for doc in docs(got):
        assert doc.title and doc.published and doc.text.count('"') >= 4


@given(st.text(min_size=1).filter(lambda t: "\x00" not in t and t.strip()
                                  and not t.startswith("\ufeff")))
def test_any_utf8_text_round_trips(text: str) -> None:
    got = list(read_bytes(text.encode("utf-8"), "doc.txt"))
    if len(got) == 1 and isinstance(got[0], InputDoc) and got[0].source == "doc.txt":
        assert got[0].text == text
    else:  # only text that itself looks like JSON Lines is read otherwise
        assert text.lstrip().startswith("{")


@given(st.lists(st.tuples(st.text(min_size=1), st.text().filter(str.strip)), max_size=5))
def test_jsonl_round_trips(rows: list[tuple[str, str]]) -> None:
    data = jsonl(*({"id": i, "text": t} for i, t in rows)).encode()
    got = list(read_bytes(data, "rows.jsonl"))
    if not rows:
        assert [code(e) for e in errors(got)] == ["CG024"]
    else:
        assert [(d.id, d.text) for d in docs(got)] == rows

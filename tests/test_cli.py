"""The command line, run in-process through ``main`` and once as a program."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import claimgraph
from claimgraph import cli
from claimgraph.evaluation import doc_from_dict, load_docs, score
from claimgraph.model import Analysis
from claimgraph.spans import to_spans

TEXT = ('"We reject the report," said Foreign Minister Ana Ruiz on Tuesday. '
        '"It is false," she added. The agency said it stood by its findings.')
OTHER = "The court said the appeal was filed too late, according to a lawyer for the family."
ERROR_LINE = re.compile(r"^claimgraph: error: (?P<source>.+?): \[(?P<code>CG0\d\d)\] \S.*$")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(args)
    out, err = capsys.readouterr()
    return status, out, err


def error_lines(err: str) -> list[tuple[str, str]]:
    lines = err.splitlines()
    matches = [ERROR_LINE.match(line) for line in lines]
    assert all(matches), err
    return [(m.group("source"), m.group("code")) for m in matches if m]


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return {"text": claimgraph.analyze(TEXT), "other": claimgraph.analyze(OTHER)}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    paths = {
        "a": tmp_path / "a.txt",
        "docs": tmp_path / "docs.jsonl",
        "binary": tmp_path / "photo.txt",
        "empty": tmp_path / "empty.txt",
        "latin1": tmp_path / "latin1.txt",
        "badline": tmp_path / "bad.jsonl",
    }
    paths["a"].write_text(TEXT, encoding="utf-8")
    paths["docs"].write_text(
        json.dumps({"id": "d1", "text": TEXT, "published": "2024-03-12", "title": "Ruiz"}) + "\n"
        + json.dumps({"id": "d2", "text": OTHER}) + "\n", encoding="utf-8")
    paths["binary"].write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    paths["empty"].write_bytes(b"")
    paths["latin1"].write_bytes("Le ministre a déclaré.".encode("latin-1"))
    paths["badline"].write_text(
        json.dumps({"id": "ok1", "text": OTHER}) + "\n" + '{"id": "x", "text": \n'
        + json.dumps({"id": "ok3", "text": TEXT}) + "\n", encoding="utf-8")
    return {k: str(v) for k, v in paths.items()}


# --- options and help --------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"claimgraph {claimgraph.__version__}"


@pytest.mark.parametrize(("args", "wanted"), [
    ([], ["analyze", "eval", "--version"]),
    (["analyze"], ["--format", "--published", "--model", "--n-process", "--max-bytes",
                   "--sample", "examples:"]),
    (["eval"], ["--kinds", "--json", "--pred-out", "--n-process", "overlap50"]),
])
def test_help(capsys: pytest.CaptureFixture[str], args: list[str], wanted: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main([*args, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for word in wanted:
        assert word in out


@pytest.mark.parametrize("args", [
    [],
    ["analyze"],
    ["analyze", "--sample", "x.txt"],
    ["analyze", "--format", "xml", "x.txt"],
    ["analyze", "--max-bytes", "0", "x.txt"],
    ["analyze", "--max-bytes", "lots", "x.txt"],
    ["analyze", "--n-process", "0", "x.txt"],
    ["analyze", "--published", "last Tuesday", "x.txt"],
    ["eval"],
])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(args)
    assert exit_.value.code == 2
    assert "usage: claimgraph" in capsys.readouterr().err


def test_max_bytes_accepts_size_suffixes() -> None:
    parser = cli.build_parser()
    assert parser.parse_args(["analyze", "--max-bytes", "64k", "-"]).max_bytes == 64 * 1024
    assert parser.parse_args(["analyze", "--max-bytes", "2M", "-"]).max_bytes == 2 * 1024**2
    assert parser.parse_args(["analyze", "--max-bytes", "1000", "-"]).max_bytes == 1000


# --- analyze -----------------------------------------------------------------


def test_json_is_the_full_analysis_with_id(capsys: pytest.CaptureFixture[str],
                                           files: dict[str, str],
                                           analyses: dict[str, Analysis]) -> None:
    status, out, err = run(["analyze", "--format", "json", files["a"]], capsys)
    assert (status, err) == (0, "")
    [line] = out.splitlines()
    data = json.loads(line)
    assert data["id"] == files["a"]
    assert Analysis.from_dict(data) == replace(analyses["text"], meta=data["meta"])
    assert data["meta"].get("id", files["a"]) == files["a"]


def test_spans_is_the_evaluation_line(capsys: pytest.CaptureFixture[str], files: dict[str, str],
                                      analyses: dict[str, Analysis]) -> None:
    status, out, _ = run(["analyze", "--format", "spans", files["docs"]], capsys)
    assert status == 0
    got = [json.loads(line) for line in out.splitlines()]
    assert got == [to_spans(analyses["text"], "d1"), to_spans(analyses["other"], "d2")]


def test_text_has_a_row_per_statement(capsys: pytest.CaptureFixture[str], files: dict[str, str],
                                      analyses: dict[str, Analysis]) -> None:
    status, out, _ = run(["analyze", files["docs"]], capsys)
    assert status == 0
    blocks = out.strip().split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == ["d1  Ruiz", "d2"]
    for block, analysis in zip(blocks, (analyses["text"], analyses["other"]), strict=True):
        rows = block.splitlines()[1:]
        if not analysis.statements:
            assert rows == ["  no attributed statements found"]
            continue
        assert re.match(r"^\s+#\s+who\s+act\s+sure\s+kind\s+what$", rows[0])
        assert len(rows) - 1 == len(analysis.statements)
        for row, st in zip(rows[1:], analysis.statements, strict=True):
            assert f"  {st.kind} " in row and f"  {st.act}" in row


def test_published_fills_in_but_does_not_override(capsys: pytest.CaptureFixture[str],
                                                  files: dict[str, str]) -> None:
    status, out, _ = run(["analyze", "--format", "json", "--published", "2025-01-31",
                          files["docs"], files["a"]], capsys)
    assert status == 0
    got = {d["id"]: d for d in map(json.loads, out.splitlines())}
    assert {i: d["published"] for i, d in got.items()} == {
        "d1": "2024-03-12", "d2": "2025-01-31", files["a"]: "2025-01-31"}
    assert got["d1"]["title"] == "Ruiz" and got["d1"]["text"] == TEXT


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
               analyses: dict[str, Analysis]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    status, out, _ = run(["analyze", "--format", "spans", "-"], capsys)
    assert status == 0
    assert json.loads(out) == to_spans(analyses["text"], "-")


def test_sample(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["analyze", "--sample", "--format", "json"], capsys)
    assert (status, err) == (0, "")
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) >= 3 and all(d["id"].startswith("sample/") for d in docs)
    assert all(d["published"] and d["title"] for d in docs)
    assert sum(len(d["statements"]) for d in docs) > 0


# --- bad inputs --------------------------------------------------------------


@pytest.mark.parametrize(("name", "code", "reason"), [
    ("binary", "CG022", "binary"),
    ("empty", "CG024", "empty"),
    ("latin1", "CG023", "not UTF-8"),
])
def test_a_bad_file_is_one_error_line(capsys: pytest.CaptureFixture[str], files: dict[str, str],
                                      name: str, code: str, reason: str) -> None:
    status, out, err = run(["analyze", files[name]], capsys)
    assert (status, out) == (1, "")
    assert error_lines(err) == [(files[name], code)]
    assert reason in err and "Traceback" not in err


def test_too_large(capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> None:
    status, out, err = run(["analyze", "--max-bytes", "20", files["a"]], capsys)
    assert (status, out) == (1, "")
    assert error_lines(err) == [(files["a"], "CG025")]
    assert "20 bytes" in err


def test_bad_json_line_names_the_line_and_keeps_the_others(
        capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> None:
    status, out, err = run(["analyze", "--format", "spans", files["badline"]], capsys)
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok1", "ok3"]
    assert error_lines(err) == [(f"{files['badline']}:2", "CG026")]
    assert "bad JSON" in err


def test_good_files_are_printed_despite_bad_ones(capsys: pytest.CaptureFixture[str],
                                                 files: dict[str, str], tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    status, out, err = run(["analyze", "--format", "spans", files["binary"], files["a"],
                            files["empty"], missing, files["docs"], files["latin1"]], capsys)
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [files["a"], "d1", "d2"]
    assert error_lines(err) == [(files["binary"], "CG022"), (files["empty"], "CG024"),
                                (missing, "CG021"), (files["latin1"], "CG023")]


def test_nothing_readable_does_not_load_the_model(capsys: pytest.CaptureFixture[str],
                                                  files: dict[str, str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("analyze_many called")

    monkeypatch.setattr(cli, "analyze_many", boom)
    status, out, err = run(["analyze", files["binary"], files["empty"]], capsys)
    assert (status, out) == (1, "")
    assert len(error_lines(err)) == 2


def test_unknown_model_is_a_coded_error(capsys: pytest.CaptureFixture[str],
                                        files: dict[str, str]) -> None:
    status, out, err = run(["analyze", "--model", "no_such_model_xyz", files["a"]], capsys)
    assert (status, out) == (claimgraph.ModelError.exit_code, "")
    assert err.startswith("claimgraph: error: [CG010] ") and err.count("\n") == 1


# --- eval --------------------------------------------------------------------


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    def item(text: str, content: str, speaker: str, kind: str) -> dict[str, Any]:
        qs, ss = text.index(content), text.index(speaker)
        return {"quote_start": qs, "quote_end": qs + len(content), "speaker_start": ss,
                "speaker_end": ss + len(speaker), "speaker": speaker, "kind": kind}

    docs = [
        {"id": "g1", "text": TEXT, "quotes": [
            item(TEXT, '"We reject the report,"', "Foreign Minister Ana Ruiz", "direct"),
            item(TEXT, '"It is false,"', "she", "direct"),
            item(TEXT, "it stood by its findings", "The agency", "indirect")]},
        {"id": "g2", "text": OTHER, "quotes": [
            item(OTHER, "the appeal was filed too late", "The court", "indirect")]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_eval_table(capsys: pytest.CaptureFixture[str], gold: Path) -> None:
    status, out, err = run(["eval", str(gold), "--kinds", "direct,mixed"], capsys)
    assert (status, err) == (0, "")
    assert "2 documents, 2 quotes (kinds direct, mixed)" in out
    for criterion in ("exact", "trim", "overlap50", "any"):
        assert re.search(rf"^{criterion}\s+(\d\.\d{{3}}\s+){{6}}\d\.\d{{3}}$", out, re.M)


def test_eval_json_matches_scoring_the_written_predictions(
        capsys: pytest.CaptureFixture[str], gold: Path, tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    status, out, _ = run(["eval", str(gold), "--json", "--pred-out", str(pred)], capsys)
    assert status == 0
    got = json.loads(out)
    assert got["n_gold_docs"] == 2 and got["n_gold_quotes"] == 4
    expected = score(load_docs(gold, gold=True), load_docs(pred, gold=False)).to_dict()
    assert got == expected
    lines = [json.loads(line) for line in pred.read_text().splitlines()]
    assert [p["id"] for p in lines] == ["g1", "g2"]
    assert all(doc_from_dict(p, gold=False).invalid == 0 for p in lines)


@pytest.mark.parametrize(("args", "code"), [
    (["--kinds", "direct,quoted"], "CG045"),
    (["--pred-out", "/nonexistent-dir/p.jsonl"], "CG046"),
])
def test_eval_errors(capsys: pytest.CaptureFixture[str], gold: Path, args: list[str],
                     code: str) -> None:
    status, _, err = run(["eval", str(gold), *args], capsys)
    assert status == 2
    assert err.startswith(f"claimgraph: error: [{code}] ") and "Traceback" not in err


def test_eval_missing_gold(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(["eval", str(tmp_path / "nope.jsonl")], capsys)
    assert status == 2 and "[CG040]" in err and err.count("\n") == 1


# --- as a program ------------------------------------------------------------


def test_python_dash_m(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00")
    done = subprocess.run([sys.executable, "-m", "claimgraph", "analyze", "--format", "spans",
                           "--sample", ], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert all(json.loads(line)["id"].startswith("sample/") for line in done.stdout.splitlines())
    done = subprocess.run([sys.executable, "-m", "claimgraph", "analyze", str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (1, "")
    assert error_lines(done.stderr) == [(str(bad), "CG022")]


def test_console_script() -> None:
    script = Path(sys.executable).parent / "claimgraph"
    if not script.exists():
        pytest.skip(f"no console script beside {sys.executable} (package not installed?)")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, f"claimgraph {claimgraph.__version__}")

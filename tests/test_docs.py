"""README stays true: its Python runs, its test command is CI's, its error
table names every code the package uses."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", README, re.S)


def test_quick_start_is_two_commands_and_ci_runs_the_second() -> None:
    blocks = shell_blocks()
    assert len(blocks) == 2 and all("\n" not in b for b in blocks)
    steps = [s.strip() for s in blocks[1].split("&&")]
    assert steps[-1] == ".venv/bin/python -m pytest -q"
    ci_lines = [line.strip() for line in CI.splitlines()]
    for step in steps[:-1]:
        assert step in ci_lines, step
    assert any(line.startswith(steps[-1]) for line in ci_lines)
    assert "claimgraph analyze --sample" in blocks[0]


def test_python_examples_run(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Python block of the README runs as written, in a folder holding the
    files the corpus example names."""
    blocks = re.findall(r"```python\n(.*?)\n```", README, re.S)
    assert len(blocks) >= 2
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Interior Minister Lena Varga denied on Monday that the camps were prisons.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": "The commission said the camps were prisons, "
                                                             "and Ms Varga denied it again."}) + "\n")
    for code in blocks:
        exec(compile(code, "README.md", "exec"), {})
        out = capsys.readouterr().out
        assert out.strip(), "each example prints what it found"


def test_every_code_is_documented() -> None:
    used: set[str] = set()  # "[CG021] ..." in messages, "CG101" as a Notice code
    for path in (ROOT / "src" / "claimgraph").rglob("*.py"):
        used |= set(re.findall(r'[\["](CG\d{3})[\]"]', path.read_text(encoding="utf-8")))
    assert len(used) > 20
    documented = set(re.findall(r"\bCG\d{3}\b", README))
    assert sorted(used - documented) == []

"""No evaluation text in the repository.

PolNeAR is for measuring only: no sentence of it may be copied into code
comments, tests, fixtures or docs, even with a name or two changed. This
check fails when any run of ``RUN`` words of a tracked text file also occurs
in the train or dev split (compared as lower-case word sequences). Short runs
are stock news phrases ("did not respond to a request for comment"), so the
run is long enough to mean copying. The held-out test split is never read.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SPLITS = [EVAL / "polnear.train.jsonl", EVAL / "polnear.dev.jsonl"]
RUN = 9
SUFFIXES = {".py", ".md", ".txt", ".tsv", ".json", ".jsonl", ".html", ".js", ".css", ".toml", ".cfg", ".yml", ".yaml"}
_WORD = re.compile(r"\w+")

pytestmark = [
    pytest.mark.evaluation,
    pytest.mark.skipif(not all(p.is_file() for p in SPLITS), reason="../shared/eval (PolNeAR train and dev) is absent"),
]


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _tracked() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the tracked files are unknown")
    return [ROOT / line for line in out.splitlines() if Path(line).suffix in SUFFIXES]


def test_no_run_of_evaluation_text_in_the_repository() -> None:
    seen: set[str] = set()
    for split in SPLITS:
        with split.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    seen |= _runs(_WORD.findall(json.loads(line)["text"].lower()))
    found = []
    for path in _tracked():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        shared = _runs(_WORD.findall(text.lower())) & seen
        if shared:
            found.append(f"{path.relative_to(ROOT)}: {sorted(shared)[0]!r} (+{len(shared) - 1} more)")
    assert not found, "evaluation text in the repository:\n" + "\n".join(found)

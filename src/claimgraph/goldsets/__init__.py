"""Scorers for the project's own gold sets (``tests/gold/*.jsonl``): speech
acts, certainty levels, figures and dates. Each module reads one set and
returns its metrics; ``benchmarks/extraction.py`` prints them all and the
tests pin floors on them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import EvalError

__all__ = ["read_gold"]


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """The items of a JSON Lines gold file; blank lines and ``//`` comment lines are skipped."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(f"[CG040] cannot read gold set {p}: {exc.strerror or exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"[CG041] {p}:{n}: bad JSON ({exc.msg})") from exc
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise EvalError(f"[CG041] {p}:{n}: a gold item needs a 'text' string")
        yield item

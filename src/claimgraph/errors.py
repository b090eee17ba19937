"""One exception tree. Every message starts with a short code, ``[CGnnn]``.

Codes in use:
  CG001-CG009  records (bad spans, bad serialised analyses, unknown labels)
  CG010-CG019  model loading and configuration
  CG020-CG039  input documents (empty, binary, undecodable, too large, bad JSON)
  CG040-CG049  evaluation files
  CG050-CG059  the corpus store (cannot open, newer schema, unknown ids)
"""

from __future__ import annotations

__all__ = [
    "ClaimgraphError",
    "StoreError",
    "ConfigError",
    "DocumentError",
    "EvalError",
    "InputError",
    "ModelError",
]


class ClaimgraphError(Exception):
    """Base of every error claimgraph raises on purpose."""

    exit_code = 1


class InputError(ClaimgraphError, ValueError):
    """A value handed to the library is malformed."""

    exit_code = 2


class ConfigError(ClaimgraphError):
    """A setting is invalid."""

    exit_code = 2


class ModelError(ClaimgraphError):
    """The language model cannot be loaded."""

    exit_code = 3


class DocumentError(InputError):
    """One input document cannot be read; others may still be processed.

    ``source`` names the document (a path, ``path:line`` or ``-``).
    """

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message if source is None else f"{source}: {message}")
        self.source = source
        self.reason = message


class EvalError(ClaimgraphError):
    """A gold or prediction file cannot be scored."""

    exit_code = 2


class StoreError(ClaimgraphError):
    """The corpus database cannot be opened or does not hold what was asked for."""

    exit_code = 4

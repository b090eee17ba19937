"""The embedded store: one SQLite file holding documents, what was extracted
from them, corpus actors and claim threads."""

from .db import Store
from .schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store"]

"""Linking across documents (#4): actors into corpus actors, statements into
claim threads. Pure functions over records; a store calls them and keeps the
results."""

from .actors import link_actors, member_key
from .threads import build_threads

__all__ = ["build_threads", "link_actors", "member_key"]

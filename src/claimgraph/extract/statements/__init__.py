"""Attributed statements from a parsed document: direct, mixed and indirect.

Two passes over one spaCy Doc. The first follows the parse from cue words
(verbs of saying and belief, "according to", nouns such as "the claim
that") to their speaker and content. The second takes each quoted string
the first did not explain and looks for its attribution around it: a cue
just before or after the quote, or, for a quote standing alone, the
previous statement it continues.

The modules, from the bottom up: :mod:`.found` (the record under
construction and its spans), :mod:`.subjects` (who speaks a cue),
:mod:`.edges` (where content ends), :mod:`.not_speech` (titles, names, set
phrases), :mod:`.verb_cues` and :mod:`.other_cues` (the first pass),
:mod:`.quote_cues` (the second), and :mod:`.find`, which runs them in order.
"""

from .find import find_statements
from .found import CLOCK, Found, named_apposition
from .subjects import in_dateline, subject_of

__all__ = ["CLOCK", "Found", "find_statements", "in_dateline", "named_apposition", "subject_of"]

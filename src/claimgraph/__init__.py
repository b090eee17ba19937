"""claimgraph: who said what, how sure, and who denies it.

>>> import claimgraph
>>> a = claimgraph.analyze('"We reject it," said Foreign Minister Ana Ruiz.')
>>> [(s.kind, a.speaker_of(s).name) for s in a.statements]
[('direct', 'Ana Ruiz')]
"""

from .corpus import Corpus
from .errors import ClaimgraphError, ConfigError, DocumentError, EvalError, InputError, ModelError, StoreError
from .model import Actor, Analysis, DateMention, Entity, Figure, Marker, Notice, Span, Statement
from .nlp import DEFAULT_MODEL
from .pipeline import analyze, analyze_doc, analyze_many

__all__ = [
    "DEFAULT_MODEL",
    "Actor",
    "Analysis",
    "ClaimgraphError",
    "ConfigError",
    "Corpus",
    "DateMention",
    "DocumentError",
    "Entity",
    "EvalError",
    "Figure",
    "InputError",
    "Marker",
    "ModelError",
    "Notice",
    "Span",
    "Statement",
    "StoreError",
    "analyze",
    "analyze_doc",
    "analyze_many",
]
__version__ = "0.1.0"

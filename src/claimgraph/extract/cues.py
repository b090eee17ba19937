"""The cue lexicon: words and phrases that introduce what someone said.

The lexicon is data (``claimgraph/data/cues.tsv``): one cue per line with its
part of speech, the speech act it signals, and whether it is a verb of saying
or of belief/stance. Extending it needs no code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = ["Cue", "Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Cue:
    lemma: str
    pos: str
    act: str
    speech: bool
    weak: bool = False  # a cue only for quoted content


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    phrases: dict[str, Cue]
    adjectives: dict[str, Cue] = field(default_factory=dict)

    def adjective(self, word: str) -> Cue | None:
        """A state of mind that takes a clause: "is concerned that", "is confident that"."""
        return self.adjectives.get(word.lower())

    def verb(self, lemma: str) -> Cue | None:
        return self.verbs.get(lemma.lower())

    def says(self, lemma: str) -> bool:
        """Whether ``lemma`` is a verb of saying ("say", "note"), not only of a stance."""
        cue = self.verbs.get(lemma.lower())
        return cue is not None and cue.speech

    def noun(self, lemma: str) -> Cue | None:
        return self.nouns.get(lemma.lower())

    def __len__(self) -> int:
        return len(self.verbs) + len(self.nouns) + len(self.phrases) + len(self.adjectives)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = resources.files("claimgraph").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    verbs: dict[str, Cue] = {}
    nouns: dict[str, Cue] = {}
    phrases: dict[str, Cue] = {}
    adjectives: dict[str, Cue] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, act, strength = line.split("\t")
        cue = Cue(lemma, pos, act, strength == "speech", strength == "weak")
        table = {"verb": verbs, "noun": nouns, "adj": adjectives}.get(pos, phrases)
        table.setdefault(lemma, cue)
    return Lexicon(verbs, nouns, phrases, adjectives)

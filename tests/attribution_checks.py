"""Shared checks for the expectation-driven attribution tests.

An expectation ("spec") describes one statement as a careful human annotator
would mark it. A statement matches a spec when its content contains the
spec's ``has`` substring; the test passes when at least one such statement
meets every other field of the spec. Fields (all optional except ``has``):

- ``kind``: "direct", "mixed" or "indirect"
- ``speaker``: the mention as written; a string, a list of acceptable
  strings, or None for "no speaker mention"
- ``name``: the resolved actor's canonical name (case-insensitive, a leading
  "the" ignored)
- ``gov``: the actor is the government of this country: type "government"
  and a name naming the country (or its adjective)
- ``type``: the actor type (a string or a list of acceptable types)
- ``name_has``: substrings that must all occur in the actor's name (an inner
  list means any one of them)
- ``roles_has`` / ``affiliations_has`` / ``aliases_has``: a substring that
  one of the actor's roles / affiliations / aliases must contain
- ``roles`` / ``affiliations``: the actor's roles / affiliations, exactly (a
  tuple; ``()`` for none)
- ``parts``: the number of content spans; ``parts_have``: substrings that
  must each sit in a different content span, in order
- ``carried``: the statement's ``carried`` flag
- ``cue``: the cue lemma
- ``not_has``: a substring the content must not contain
- ``also_has``: more substrings the content (all pieces joined) must contain
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from claimgraph import Actor, Analysis, Statement

__all__ = [
    "COUNTRY_WORDS",
    "SPEC_FIELDS",
    "actor_problems",
    "best_match",
    "describe",
    "describe_all",
    "pieces",
    "statement_problems",
]

# Words that name a country's government, for the ``gov`` check.
COUNTRY_WORDS: dict[str, tuple[str, ...]] = {
    "China": ("china", "chinese", "people's republic of china"),
    "United States": ("united states", "us", "u.s.", "usa", "america", "american"),
    "Russia": ("russia", "russian", "russian federation"),
    "United Kingdom": ("united kingdom", "uk", "u.k.", "britain", "british"),
    "Iran": ("iran", "iranian", "islamic republic of iran"),
    "Kaldora": ("kaldora", "kaldoran"),
}


def pieces(a: Analysis, st: Statement) -> list[str]:
    return [span.text(a.text) for span in st.content]


def describe(a: Analysis, st: Statement) -> str:
    actor = a.speaker_of(st)
    who = "no actor" if actor is None else (
        f"{actor.name!r} ({actor.type}; aliases={list(actor.aliases)}, roles={list(actor.roles)}, "
        f"affiliations={list(actor.affiliations)})"
    )
    spk = None if st.speaker is None else st.speaker.text(a.text)
    cue = None if st.cue is None else st.cue.text(a.text)
    return (
        f"[{st.kind}{' carried' if st.carried else ''}] content={pieces(a, st)!r} cue={cue!r}"
        f"/{st.cue_lemma!r} speaker={spk!r} -> {who}"
    )


def describe_all(a: Analysis) -> str:
    if not a.statements:
        return "  (no statements)"
    return "\n".join("  " + describe(a, st) for st in a.statements)


def _norm_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip()).lower()
    return re.sub(r"^the ", "", name)


def _as_options(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def actor_problems(actor: Actor | None, spec: dict[str, Any]) -> list[str]:
    """What is wrong with the resolved actor, given the actor fields of a spec."""
    fields = ("name", "gov", "type", "name_has", "roles_has", "roles", "affiliations", "affiliations_has",
              "aliases_has")
    if not any(k in spec for k in fields):
        return []
    if actor is None:
        return ["no resolved actor"]
    problems: list[str] = []
    if "name" in spec and _norm_name(actor.name) != _norm_name(spec["name"]):
        problems.append(f"actor name {actor.name!r}, expected {spec['name']!r}")
    if "gov" in spec:
        words = COUNTRY_WORDS[spec["gov"]]
        low = actor.name.lower()
        if actor.type != "government":
            problems.append(f"actor type {actor.type!r}, expected 'government'")
        if not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in words):
            problems.append(f"actor name {actor.name!r} does not name the government of "
                            f"{spec['gov']}")
    if "type" in spec and actor.type not in _as_options(spec["type"]):
        problems.append(f"actor type {actor.type!r}, expected {spec['type']!r}")
    for group in spec.get("name_has", ()):
        options = _as_options(group)
        if not any(o.lower() in actor.name.lower() for o in options):
            problems.append(f"actor name {actor.name!r} lacks {' or '.join(map(repr, options))}")
    for key, got in (("roles", actor.roles), ("affiliations", actor.affiliations)):
        if key in spec and tuple(got) != tuple(spec[key]):
            problems.append(f"actor {key} {list(got)!r}, expected {list(spec[key])!r}")
    for key, values in (("roles_has", actor.roles), ("affiliations_has", actor.affiliations),
                        ("aliases_has", actor.aliases)):
        if key in spec and not any(spec[key].lower() in v.lower() for v in values):
            problems.append(f"actor {key[:-4]} {list(values)!r} lack {spec[key]!r}")
    return problems


SPEC_FIELDS = frozenset({
    "has", "kind", "speaker", "name", "gov", "type", "name_has", "roles_has", "roles", "affiliations",
    "affiliations_has", "aliases_has", "parts", "parts_have", "carried", "cue", "not_has", "also_has",
    # read by the callers, not here
    "key", "same_as", "different_from",
})


def statement_problems(a: Analysis, st: Statement, spec: dict[str, Any]) -> list[str]:
    """Everything about ``st`` that disagrees with ``spec`` (empty: it matches)."""
    unknown = set(spec) - SPEC_FIELDS
    assert not unknown, f"unknown spec field(s) {sorted(unknown)}: a typo would check nothing"
    problems: list[str] = []
    texts = pieces(a, st)
    joined = " ".join(texts)
    if "kind" in spec and st.kind != spec["kind"]:
        problems.append(f"kind {st.kind!r}, expected {spec['kind']!r}")
    if "not_has" in spec and spec["not_has"] in joined:
        problems.append(f"content {texts!r} should not contain {spec['not_has']!r}")
    for more in spec.get("also_has", ()):
        if more not in joined:
            problems.append(f"content {texts!r} should also contain {more!r}")
    if "speaker" in spec:
        got = None if st.speaker is None else st.speaker.text(a.text)
        want = spec["speaker"]
        options = [None] if want is None else _as_options(want)
        if got not in options:
            problems.append(f"speaker mention {got!r}, expected {' or '.join(map(repr, options))}")
    if "cue" in spec and (st.cue_lemma or "").lower() != spec["cue"]:
        problems.append(f"cue lemma {st.cue_lemma!r}, expected {spec['cue']!r}")
    if "carried" in spec and st.carried != spec["carried"]:
        problems.append(f"carried={st.carried}, expected {spec['carried']}")
    if "parts" in spec and len(st.content) != spec["parts"]:
        problems.append(f"{len(st.content)} content span(s) {texts!r}, expected {spec['parts']}")
    if "parts_have" in spec:
        want_parts: Sequence[str] = spec["parts_have"]
        if len(texts) < len(want_parts) or any(
            w not in t for w, t in zip(want_parts, texts, strict=False)
        ):
            problems.append(f"content spans {texts!r}, expected pieces holding "
                            f"{list(want_parts)!r}")
    problems.extend(actor_problems(a.speaker_of(st), spec))
    return problems


def best_match(a: Analysis, spec: dict[str, Any]) -> tuple[Statement | None, list[str]]:
    """The statement that best fits ``spec`` and what is wrong with it."""
    candidates = [st for st in a.statements if spec["has"] in " ".join(pieces(a, st))
                  or any(spec["has"] in t for t in pieces(a, st))]
    if not candidates:
        return None, [f"no statement whose content contains {spec['has']!r}"]
    scored = sorted(((statement_problems(a, st, spec), n, st) for n, st in enumerate(candidates)),
                    key=lambda x: (len(x[0]), x[1]))
    problems, _, st = scored[0]
    return st, problems

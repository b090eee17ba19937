"""The scorer: its rules on tiny hand-made cases, and agreement with the
reference scorer in ../shared/eval (tests marked ``evaluation``)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.errors import EvalError
from claimgraph.evaluation import (
    CRITERIA,
    Scores,
    doc_from_dict,
    evaluate,
    format_table,
    load_docs,
    parse_kinds,
    score,
    write_jsonl,
)

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
REFERENCE = EVAL_DIR / "score.py"
DEV = EVAL_DIR / "polnear.dev.jsonl"

TEXT = ('The mayor said the budget was "balanced and fair," and added that taxes would '
        'not rise this year. "We will not cut services," she told reporters on Monday.')


def span(fragment: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def quote(content: str, speaker: str | None = None, kind: str = "direct",
          speaker_span: bool = True, text: str = TEXT) -> dict[str, Any]:
    qs, qe = span(content, text)
    ss, se = span(speaker, text) if speaker and speaker_span else (None, None)
    return {"quote_start": qs, "quote_end": qe, "speaker_start": ss, "speaker_end": se,
            "speaker": speaker, "kind": kind}


def run(gold_quotes: list[dict[str, Any]], pred_quotes: list[dict[str, Any]],
        kinds: set[str] | None = None) -> Scores:
    gold = {"d": doc_from_dict({"id": "d", "text": TEXT, "quotes": gold_quotes}, gold=True)}
    pred = {"d": doc_from_dict({"id": "d", "quotes": pred_quotes}, gold=False)}
    return score(gold, pred, kinds)


def tps(s: Scores, task: str = "quote") -> dict[str, int]:
    return {c: s.metric(task, c).tp for c in CRITERIA}


BUDGET = '"balanced and fair,"'
SERVICES = '"We will not cut services,"'
TAXES = "that taxes would not rise this year"


# --- the rules, on cases worked out by hand ----------------------------------


def test_perfect_prediction_scores_one_everywhere() -> None:
    gold = [quote(BUDGET, "The mayor"), quote(SERVICES, "she")]
    s = run(gold, gold)
    for key, m in s.metrics.items():
        assert (m.p, m.r, m.f1, m.tp, m.n_pred) == (1.0, 1.0, 1.0, 2, 2), key


def test_criteria_from_strict_to_loose() -> None:
    gold = [quote(BUDGET, "The mayor")]
    assert tps(run(gold, [quote("balanced and fair", "The mayor")])) == {
        "exact": 0, "trim": 1, "overlap50": 1, "any": 1}
    # 1 shared token of 3 gold and 4 predicted ones: "any" only.
    assert tps(run(gold, [quote('the budget was "balanced', "The mayor")])) == {
        "exact": 0, "trim": 0, "overlap50": 0, "any": 1}
    # 2 of 3 gold tokens, 2 of 2 predicted: overlap50, but trimmed spans differ.
    assert tps(run(gold, [quote('"balanced and', "The mayor")])) == {
        "exact": 0, "trim": 0, "overlap50": 1, "any": 1}
    assert tps(run(gold, [quote("was", "The mayor")])) == {
        "exact": 0, "trim": 0, "overlap50": 0, "any": 0}


def test_spans_without_words_fall_back_to_characters() -> None:
    gold = [{"quote_start": 30, "quote_end": 31, "kind": "direct"}]  # the opening mark
    assert TEXT[30] == '"'
    s = run(gold, [{"quote_start": 30, "quote_end": 31}])
    assert s.metric("quote", "any").tp == 1
    s = run(gold, [{"quote_start": 29, "quote_end": 40}])  # same char, but has words
    assert s.metric("quote", "any").tp == 0


def test_speaker_rules() -> None:
    gold = [quote(BUDGET, "The mayor")]
    by_span = quote(BUDGET, "mayor")  # overlaps "The mayor"
    by_text = quote(BUDGET, "the  MAYOR", speaker_span=False)
    subset = {**quote(BUDGET), "speaker": "Mayor", "speaker_start": None}
    wrong = quote(BUDGET, "reporters")
    none = quote(BUDGET)
    for pred, attr, loose in [(by_span, 1, 1), (by_text, 1, 1), (subset, 0, 1), (wrong, 0, 0),
                              (none, 0, 0)]:
        s = run(gold, [pred])
        assert s.metric("quote", "exact").tp == 1
        assert (s.metric("attr", "exact").tp, s.metric("attr_loose", "exact").tp) == (attr, loose)


def test_gold_without_speaker_wants_none() -> None:
    gold = [quote(TAXES, None, kind="indirect")]
    assert run(gold, [quote(TAXES)]).metric("attr", "exact").tp == 1
    assert run(gold, [quote(TAXES, "The mayor")]).metric("attr", "exact").tp == 0


def test_kinds_make_other_gold_dont_care() -> None:
    gold = [quote(BUDGET, "The mayor"), quote(TAXES, "The mayor", kind="indirect")]
    pred = [quote(BUDGET, "The mayor"), quote(TAXES, "The mayor"), quote("told reporters")]
    s = run(gold, pred, {"direct", "mixed"})
    m = s.metric("quote", "exact")
    assert (s.n_gold_quotes, m.tp, m.n_pred) == (1, 1, 2)  # the indirect match costs nothing
    assert (m.p, m.r) == (0.5, 1.0)
    assert s.gold_by_kind == {"direct": 1}
    everything = run(gold, pred).metric("quote", "exact")
    assert (everything.tp, everything.n_pred) == (2, 3)


def test_matching_is_one_to_one_and_prefers_the_right_speaker() -> None:
    gold = [quote(SERVICES, "she")]
    close_wrong = quote('"We will not cut services', "reporters")
    far_right = quote("We will not cut", "she")
    s = run(gold, [close_wrong, far_right])
    assert s.metric("quote", "overlap50").tp == 1  # one gold, two predictions
    assert s.metric("quote", "overlap50").n_pred == 2
    assert s.metric("attr", "overlap50").tp == 1  # paired with the right speaker


def test_warnings_count_mismatched_documents() -> None:
    gold = {i: doc_from_dict({"id": i, "text": TEXT, "quotes": [quote(BUDGET)]}, gold=True)
            for i in ("a", "b", "c")}
    pred = {
        "a": doc_from_dict({"id": "a", "text": TEXT + "!", "quotes": [
            quote(BUDGET), {"quote_start": 5, "quote_end": 5},
            {"quote_start": -1, "quote_end": 4}, {"quote_start": 0, "quote_end": 10_000},
            {"quote_start": "0", "quote_end": 4}, "junk"]}, gold=False),
        "b": doc_from_dict({"id": "b", "quotes": []}, gold=False),
        "zzz": doc_from_dict({"id": "zzz", "quotes": []}, gold=False),
    }
    s = score(gold, pred)
    assert s.warnings == {"pred_docs_unknown": 1, "gold_docs_without_pred": 1,
                          "pred_docs_text_differs": 1, "pred_quotes_invalid_dropped": 5}
    assert s.metric("quote", "exact").n_pred == 1
    assert s.to_dict()["pred_quotes_invalid_dropped"] == 5


@pytest.mark.parametrize(("content", "message"), [
    ('{"id": "a", "text": "x"}\n{"id": ', r"\[CG041\] .*:2: bad JSON"),
    ('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}', r"\[CG043\] .*:2: duplicate id"),
    ('{"id": "a"}', r"\[CG042\] .*:1: \"text\""),
    ('{"text": "x"}', r"\[CG042\] .*:1: \"id\""),
    ('{"id": "a", "text": "x", "quotes": [{"quote_start": 0, "quote_end": 9}]}', r"\[CG044\]"),
    ('{"id": "a", "text": "x", "quotes": {}}', r"\[CG044\]"),
])
def test_bad_gold_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        load_docs(path, gold=True)


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match=r"\[CG040\]"):
        load_docs(tmp_path / "missing.jsonl", gold=True)


def test_parse_kinds() -> None:
    assert parse_kinds(None) is None
    assert parse_kinds("") is None
    assert parse_kinds(" direct, mixed ") == {"direct", "mixed"}
    with pytest.raises(EvalError, match=r"\[CG045\] unknown kind\(s\) quoted"):
        parse_kinds("direct,quoted")


def test_table_shows_every_criterion() -> None:
    s = run([quote(BUDGET, "The mayor"), quote(TAXES, kind="indirect")],
            [quote(BUDGET, "The mayor")], {"direct"})
    table = format_table(s)
    assert "1 documents, 1 quotes (kinds direct)" in table
    for c in CRITERIA:
        assert f"\n{c:10}  {1:7.3f} {1:7.3f} {1:7.3f}" in table


@st.composite
def gold_doc(draw: st.DrawFn) -> list[dict[str, Any]]:
    quotes = []
    for _ in range(draw(st.integers(0, 6))):
        s = draw(st.integers(0, len(TEXT) - 1))
        e = draw(st.integers(s + 1, len(TEXT)))
        kind = draw(st.sampled_from(["direct", "mixed", "indirect"]))
        has = draw(st.booleans())
        ss = draw(st.integers(0, len(TEXT) - 1))
        quotes.append({"quote_start": s, "quote_end": e, "kind": kind,
                       "speaker_start": ss if has else None, "speaker_end": ss + 1 if has else None,
                       "speaker": TEXT[ss:ss + 1] if has else None})
    return quotes


@given(gold_doc(), st.sets(st.sampled_from(["direct", "mixed", "indirect"])))
def test_predicting_the_gold_is_perfect(gold: list[dict[str, Any]], kinds: set[str]) -> None:
    s = run(gold, gold, kinds or None)
    for m in s.metrics.values():
        assert m.tp == s.n_gold_quotes == m.n_pred
    for m in s.metrics.values():
        assert m.f1 == (1.0 if s.n_gold_quotes else 0.0)


# --- agreement with the reference scorer -------------------------------------

needs_shared = pytest.mark.skipif(
    not REFERENCE.is_file(),
    reason=f"reference scorer not found at {REFERENCE} (../shared/eval beside the repository)")


def reference(gold: Path, pred: Path, kinds: str | None = None) -> dict[str, Any]:
    cmd = [sys.executable, str(REFERENCE), str(gold), str(pred), "--json-only"]
    if kinds:
        cmd += ["--kinds", kinds]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def ours(gold: Path, pred: Path, kinds: str | None = None) -> dict[str, Any]:
    return score(load_docs(gold, gold=True), load_docs(pred, gold=False),
                 parse_kinds(kinds)).to_dict()


def assert_agree(gold: Path, pred: Path) -> None:
    for kinds in (None, "direct,mixed", "indirect"):
        assert ours(gold, pred, kinds) == reference(gold, pred, kinds), kinds


HANDMADE_TEXTS = [
    TEXT,
    'Officials denied the claim. "It is false," a spokesman said, "and we will prove it." '
    "According to the agency, 40 people were interviewed.",
    "No quotes here at all, just a sentence.",
    "\"''\" -- ... \"!\" said nobody.",
]


def handmade_pairs() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    t1 = HANDMADE_TEXTS[1]
    gold = [
        {"id": "g0", "text": TEXT, "quotes": [
            quote(BUDGET, "The mayor", "mixed"), quote(SERVICES, "she"),
            quote(TAXES, "The mayor", "indirect")]},
        {"id": "g1", "text": t1, "quotes": [
            quote('"It is false,"', "a spokesman", text=t1),
            quote('"and we will prove it."', "a spokesman", text=t1),
            quote("40 people were interviewed", "the agency", "indirect", text=t1)]},
        {"id": "g2", "text": HANDMADE_TEXTS[2], "quotes": []},
        {"id": "g3", "text": HANDMADE_TEXTS[3], "quotes": [
            {"quote_start": 0, "quote_end": 4, "speaker": None, "kind": "direct"}]},
        {"id": "g4", "text": TEXT, "quotes": [quote(BUDGET, "The mayor")]},
    ]
    pred = [
        {"id": "g0", "text": TEXT, "quotes": [
            quote("balanced and fair", "mayor"), quote("We will not cut services", "reporters"),
            quote('"We will not cut', "she"), quote("taxes would not rise", "The mayor"),
            {"quote_start": 3, "quote_end": 3}]},
        {"id": "g1", "quotes": [
            quote('"It is false," a spokesman said, "and we will prove it."', "a spokesman",
                  text=t1),
            {**quote("40 people were interviewed", text=t1), "speaker": "The Agency"}]},
        {"id": "g2", "text": "different", "quotes": [{"quote_start": 0, "quote_end": 2}]},
        {"id": "g3", "quotes": [{"quote_start": 1, "quote_end": 3, "speaker": None}]},
        {"id": "unknown", "quotes": []},
    ]
    return gold, pred


@pytest.mark.evaluation
@needs_shared
def test_agrees_with_reference_on_handmade_cases(tmp_path: Path) -> None:
    gold, pred = handmade_pairs()
    write_jsonl(tmp_path / "gold.jsonl", gold)
    write_jsonl(tmp_path / "pred.jsonl", pred)
    assert_agree(tmp_path / "gold.jsonl", tmp_path / "pred.jsonl")


WORDS = ["the", "minister", "said", "report", "was", "false", "we", "reject", "it", "court",
         '"', '"', ",", ".", "'", "--", "according", "to", "he", "she", "40", "of"]


def random_doc(rng: random.Random, doc_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A random text, gold quotes, and predictions near them (shifted edges,
    extra and bad items, speakers right, wrong, by text only or missing)."""
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 40)))
    n = len(text)

    def rand_span() -> tuple[int, int]:
        s = rng.randrange(n)
        return s, rng.randint(s + 1, min(n, s + 40))

    def speaker(q: dict[str, Any]) -> dict[str, Any]:
        mode = rng.choice(["span", "text", "none", "both"])
        s, e = rand_span()
        return {**q, "speaker_start": s if mode in ("span", "both") else None,
                "speaker_end": e if mode in ("span", "both") else None,
                "speaker": text[s:e] if mode in ("text", "both") else None}

    gq = [speaker({"quote_start": s, "quote_end": e,
                   "kind": rng.choice(["direct", "mixed", "indirect", None])})
          for s, e in (rand_span() for _ in range(rng.randint(0, 6)))]
    pq: list[dict[str, Any]] = []
    for q in gq:
        for _ in range(rng.randint(0, 2)):
            s = max(0, q["quote_start"] + rng.randint(-4, 4))
            e = min(n, max(s + 1, q["quote_end"] + rng.randint(-4, 4)))
            p = speaker({"quote_start": s, "quote_end": e})
            if rng.random() < 0.4:
                p.update({k: q[k] for k in ("speaker_start", "speaker_end", "speaker")})
            if rng.random() < 0.2 and q["speaker"]:
                p.update(speaker_start=None, speaker=q["speaker"].upper())
            pq.append(p)
    pq += [speaker({"quote_start": s, "quote_end": e})
           for s, e in (rand_span() for _ in range(rng.randint(0, 3)))]
    if rng.random() < 0.1:
        pq.append({"quote_start": n - 1, "quote_end": n + 5})
    rng.shuffle(pq)
    return {"id": doc_id, "text": text, "quotes": gq}, {"id": doc_id, "quotes": pq}


def random_corpus(rng: random.Random, n_docs: int) -> tuple[list[dict[str, Any]],
                                                             list[dict[str, Any]]]:
    gold, pred = [], []
    for d in range(n_docs):
        g, p = random_doc(rng, f"r{d}")
        gold.append(g)
        if rng.random() < 0.9:
            pred.append(p)
    return gold, pred


@pytest.mark.evaluation
@needs_shared
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_agrees_with_reference_document_by_document(tmp_path: Path, seed: int) -> None:
    gold, pred = random_corpus(random.Random(seed), 150)
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    write_jsonl(gold_path, gold)
    write_jsonl(pred_path, pred)
    assert_agree(gold_path, pred_path)
    # One process, the reference's own score() per document: a difference
    # in one document cannot hide behind the corpus totals.
    driver = (
        "import json, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import score as ref\n"
        "gold, pred = ref.load(sys.argv[2]), ref.load(sys.argv[3])\n"
        "out = {}\n"
        "for kinds in (None, ['direct', 'mixed']):\n"
        "    for i, g in gold.items():\n"
        "        p = {i: pred[i]} if i in pred else {}\n"
        "        out[f'{kinds}/{i}'] = ref.score({i: g}, p, set(kinds) if kinds else None)\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", driver, str(EVAL_DIR), str(gold_path),
                           str(pred_path)], capture_output=True, text=True, check=True)
    expected = json.loads(done.stdout)
    g_docs, p_docs = load_docs(gold_path, gold=True), load_docs(pred_path, gold=False)
    for kinds in (None, ["direct", "mixed"]):
        for i, g in g_docs.items():
            got = score({i: g}, {i: p_docs[i]} if i in p_docs else {}, kinds).to_dict()
            got.pop("kinds", None)
            assert got == expected[f"{kinds}/{i}"], (kinds, i)


# --- running the extractor ---------------------------------------------------


@pytest.fixture(scope="module")
def tiny_gold(tmp_path_factory: pytest.TempPathFactory) -> Path:
    gold, _ = handmade_pairs()
    path = tmp_path_factory.mktemp("gold") / "tiny.gold.jsonl"
    write_jsonl(path, gold)
    return path


def test_evaluate_scores_its_own_predictions(tiny_gold: Path) -> None:
    run_ = evaluate(tiny_gold, kinds=["direct", "mixed"])
    gold = load_docs(tiny_gold, gold=True)
    assert [p["id"] for p in run_.predictions] == list(gold)
    assert all(p["text"] == gold[p["id"]].text for p in run_.predictions)
    preds = {p["id"]: doc_from_dict(p, gold=False) for p in run_.predictions}
    assert run_.scores == score(gold, preds, {"direct", "mixed"})
    assert run_.scores.n_gold_quotes == sum(
        q.kind in ("direct", "mixed") for d in gold.values() for q in d.quotes)
    assert not any(run_.scores.warnings.values())
    n_items = sum(len(p["quotes"]) for p in run_.predictions)
    for m in run_.scores.metrics.values():
        assert m.tp <= min(m.n_pred, run_.scores.n_gold_quotes)
        assert m.n_pred <= n_items  # fewer when matched to don't-care gold


@pytest.mark.evaluation
@needs_shared
def test_extractor_output_scored_alike(tiny_gold: Path, tmp_path: Path) -> None:
    run_ = evaluate(tiny_gold)
    write_jsonl(tmp_path / "pred.jsonl", run_.predictions)
    assert_agree(tiny_gold, tmp_path / "pred.jsonl")


@pytest.mark.evaluation
@pytest.mark.skipif(not (REFERENCE.is_file() and DEV.is_file()),
                    reason=f"PolNeAR dev gold or reference scorer not found in {EVAL_DIR}")
def test_extractor_on_polnear_dev_scored_alike(tmp_path: Path) -> None:
    run_ = evaluate(DEV, n_process=2)
    pred = tmp_path / "dev.pred.jsonl"
    write_jsonl(pred, run_.predictions)
    assert run_.scores.to_dict() == reference(DEV, pred)
    assert ours(DEV, pred, "direct,mixed") == reference(DEV, pred, "direct,mixed")
    assert run_.scores.n_gold_docs == len(run_.predictions)

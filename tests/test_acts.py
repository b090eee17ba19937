"""Speech acts: a table of sentences and the act, negation and target their
statement must carry, and the cue lexicon's shape."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import claimgraph
from claimgraph.extract.cues import load_lexicon
from claimgraph.goldsets import read_gold
from claimgraph.goldsets.acts import score_acts
from claimgraph.model import ACTS
from claimgraph.spans import to_spans

GOLD = Path(__file__).parent / "gold"

# (text, cue word in the statement, act, negated, target or None)
CASES = [
    ("The ministry denied that the camps were prisons.", "denied", "denies", False,
     "that the camps were prisons"),
    ("Officials rejected the panel's recommendations on Friday.", "rejected", "rejects", False,
     "the panel's recommendations"),
    ("The embassy dismissed the findings as a smear.", "dismissed", "rejects", False, "the findings"),
    ("The envoy called the inquiry a farce.", "called", "rejects", False, "the inquiry"),
    ("The mining firm called the estimate a wild guess.", "called", "rejects", False, "the estimate"),
    ("The company described the allegations as a myth.", "described", "rejects", False, "the allegations"),
    ("The minister retracted his claim that 50,000 migrants had crossed.", "retracted", "denies", False,
     "his claim that 50,000 migrants had crossed"),
    ("The minister called the charges baseless.", "called", "denies", False, "the charges"),
    ("Activists called the killings a genocide.", "called", "accuses", False, "the killings"),
    ("The union called for an independent inquiry.", "called", "recommends", False, None),
    # "she" after a newspaper or a record is someone else: the clause's verb is not the speaker's act.
    ("A newspaper reported that she had accepted consulting fees.", "reported", "asserts", False, None),
    ("Public records show he agreed to sell the land in 2010.", "show", "asserts", False, None),
    ("The senator said she had accepted the verdict.", "said", "acknowledges", False, None),
    # The parse hangs the quoted label inside the relative clause: the label still decides,
    # and the report's own words ("violations") do not.
    ('Kaldora called a European Union report that concluded there are serious labour rights violations in '
     'the Tessin region "a collection of false claims", and dismissed its recommendations.', "called", "denies",
     False, "a European Union report that concluded there are serious labour rights violations in the Tessin "
     "region"),
    ("The minister called for the expulsion of officials convicted of fraud.", "called", "recommends", False,
     None),
    ("The council called on both sides to stop fighting.", "called", "recommends", False, None),
    ("The spokeswoman did not deny that talks had taken place.", "deny", "acknowledges", True,
     "that talks had taken place"),
    ("The company never accused the regulator of bias.", "accused", "asserts", True, None),
    ("The court concluded that the election was fair.", "concluded", "concludes", False, None),
    ("Investigators found that the fire was set deliberately.", "found", "concludes", False, None),
    ("She asked whether the vote would be delayed.", "asked", "asks", False, None),
    ("He asked the judge to halt the deportations.", "asked", "recommends", False, None),
    ("The agency warned that the river could flood.", "warned", "warns", False, None),
    ("The governor promised that the schools would reopen.", "promised", "promises", False, None),
    ("The bank acknowledged that its controls had failed.", "acknowledged", "acknowledges", False, None),
    ("The mayor admitted that the figures were wrong.", "admitted", "acknowledges", False, None),
    ("Rights groups condemned the arrests as unlawful.", "condemned", "condemns", False, "the arrests"),
    ("The opposition accused the president of lying.", "accused", "accuses", False, "the president"),
    ("The report recommended that the law be repealed.", "recommended", "recommends", False, None),
    ("The ministry said the reports were baseless.", "said", "denies", False, None),
    ("The envoy said there was no truth in the claims.", "said", "denies", False, None),
    ("The spokesman said the ruling was illegal and invalid.", "said", "rejects", False, None),
    ('"It is a fabrication," the embassy said, rejecting the report.', "said", "rejects", False,
     "the report"),
    ('Mr Lin said Beijing "firmly rejects" the accusations.', "said", "rejects", False, "the accusations"),
    ("The company said in a denial that it had never paid the bribes.", "said", "denies", False, None),
    ('The environment ministry called the study "speculative".', "called", "rejects", False, None),
    ("In a 14-page order, Judge Ellen Marsh wrote that officials had likely violated his right to due process.",
     "wrote", "asserts", False, None),
    ("The senator said, in a caution to her party, that the vote could be lost.", "said", "warns", False, None),
    ("The minister said the talks would resume in May.", "said", "asserts", False, None),
    ("The minister said the court rejected the appeal.", "said", "asserts", False, None),
    ("According to the ministry, the dam is safe.", "According", "asserts", False, None),
    ("Witnesses said soldiers fired on the crowd, an allegation the army rejected.", "rejected", "rejects", False,
     "soldiers fired on the crowd"),
    ("Police used tear gas on the marchers, a claim that officials have denied.", "denied", "denies", False,
     "Police used tear gas on the marchers"),
    # "disputes" tagged as a plural noun, still heading the relative clause
    ("Toxicologists say the data may have understated its risks, a claim the manufacturer, Arkon Chemicals, "
     "strongly disputes.", "disputes", "denies", False, "the data may have understated its risks"),
    ("The former official pleaded not guilty to charges that he took bribes.", "pleaded", "denies", False,
     "charges that he took bribes"),
    ("The contractor pleaded guilty to charges that it falsified safety records.", "pleaded", "acknowledges",
     False, "charges that it falsified safety records"),
    ("The president brushed aside the criticism, saying the plan was working.", "brushed", "rejects", False,
     "the criticism"),
    ("The ministry declined to comment on the leaked report.", "declined", "declines", False, None),
    ("She declined to say whether the licence would be suspended.", "declined", "declines", False, None),
]

# "Declined" that is no refusal to speak gives no statement.
NOT_DECLINES = [
    "The senator declined to run for a fourth term.",
    "Sales of the heaters declined sharply in May.",
]


@pytest.mark.parametrize("text", NOT_DECLINES)
def test_declining_to_act_is_no_statement(text: str) -> None:
    assert claimgraph.analyze(text).statements == ()


# No stance: a conclusion noun followed only by its topic names no finding; a question asks.
NOT_STANCES = [
    "Ministry disputes watchdog's finding on hospital waiting lists\n\nThe ministry said the data was old.",
    "The panel's assessment on the dam was delayed again.",
    # a question asks: no stance of the one asked
    "Q: Will you accept a joint investigation?\n\nA: We have always welcomed an inquiry.",
]

# A state of mind after "to be", with a clause: its subject's statement, with its act.
STATES = [
    ("The Committee is concerned that members of minorities are detained.", "The Committee", "warns",
     "that members of minorities are detained"),
    ("Engineers are confident that the dam will hold.", "Engineers", "asserts", "that the dam will hold"),
]


@pytest.mark.parametrize(("text", "speaker", "act", "content"), STATES)
def test_state_of_mind_with_a_clause(text: str, speaker: str, act: str, content: str) -> None:
    a = claimgraph.analyze(text)
    assert [(s.speaker.text(text) if s.speaker else None, s.act, s.content[0].text(text)) for s in a.statements] \
        == [(speaker, act, content)]


def test_finding_work_is_no_finding() -> None:
    a = claimgraph.analyze("The centres have helped thousands of people find work. Inspectors found widespread fraud.")
    assert [(s.kind, s.content[0].text(a.text)) for s in a.statements] == [("stance", "widespread fraud")]


# Questioning someone, not a claim: no statement at all.
INTERROGATIONS = [
    "Minister questioned on hospital waiting times",
    "Police questioned the driver over the crash.",
    "The mayor was quizzed over the budget by reporters.",
]


@pytest.mark.parametrize("text", INTERROGATIONS)
def test_questioning_someone_is_no_statement(text: str) -> None:
    assert claimgraph.analyze(text).statements == ()


def test_a_transcript_turn_that_only_asks_asks() -> None:
    a = claimgraph.analyze("HOST: Is the audit wrong?\n\nALVES: It is out of date.\n\n"
                           "HOST: So you reject the audit?\n\nALVES: I do not reject it. I question its figures.")
    assert [(s.speaker.text(a.text) if s.speaker else None, s.act) for s in a.statements if s.kind != "stance"] == [
        ("HOST", "asks"), ("ALVES", "asserts"), ("HOST", "asks"), ("ALVES", "asserts")]


@pytest.mark.parametrize("text", NOT_STANCES)
def test_no_stance_in(text: str) -> None:
    assert [s for s in claimgraph.analyze(text).statements if s.kind == "stance"] == []


def test_what_a_finding_found_is_a_stance() -> None:
    a = claimgraph.analyze("The watchdog's finding of widespread fraud was published on Monday.")
    assert [(s.kind, s.act, s.content[0].text(a.text)) for s in a.statements] == [
        ("stance", "concludes", "widespread fraud")]


@pytest.fixture(scope="module")
def analyses() -> list[claimgraph.Analysis]:
    return list(claimgraph.analyze_many([c[0] for c in CASES]))


@pytest.mark.parametrize("n", range(len(CASES)), ids=[c[1] + ":" + c[2] for c in CASES])
def test_act_table(n: int, analyses: list[claimgraph.Analysis]) -> None:
    text, cue, act, negated, target = CASES[n]
    a = analyses[n]
    st = next((s for s in a.statements if s.cue is not None and cue in s.cue.text(text)), None)
    assert st is not None, [(s.cue and s.cue.text(text), s.act) for s in a.statements]
    assert (st.act, st.negated) == (act, negated)
    if target is None:
        assert st.target is None or act in ("denies", "rejects", "acknowledges")
    else:
        assert st.target is not None and st.target.text(text) == target


def test_uncued_statement_asserts() -> None:
    a = claimgraph.analyze('"We will not back down," the minister said. "Never."')
    assert [s.act for s in a.statements] == ["asserts"] * len(a.statements) and a.statements


def test_cue_lexicon_shape() -> None:
    lex = load_lexicon()
    assert len(lex) >= 250
    rows = [line.split("\t") for line in
            resources.files("claimgraph").joinpath("data/cues.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert all(len(r) == 4 for r in rows)
    assert {r[2] for r in rows} == set(ACTS)
    assert {r[1] for r in rows} <= {"verb", "noun", "prep", "phrase", "adj"}
    assert all(r[0] in lex.adjectives for r in rows if r[1] == "adj")
    assert {r[3] for r in rows} <= {"speech", "other", "weak"}
    keys = [(r[0], r[1]) for r in rows]
    assert len(keys) == len(set(keys)), "a cue is listed twice"


def test_frames_lexicon_acts_are_known() -> None:
    text = resources.files("claimgraph").joinpath("data/act_frames.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert rows and all(len(r) == 3 and r[1] in ("label", "content") and r[2] in ACTS for r in rows)


def test_stance_has_no_quote_item_but_keeps_its_act() -> None:
    a = claimgraph.analyze("The Secretary-General condemned the attack on the convoy.")
    (st,) = a.statements
    assert (st.kind, st.act, st.content[0].text(a.text)) == ("stance", "condemns", "the attack on the convoy")
    assert a.speaker_of(st) is not None and a.speaker_of(st).name == "Secretary-General"
    assert to_spans(a, "d")["quotes"] == []


def test_acts_gold_set_gate() -> None:
    """The project's own gold set (tests/gold/acts.jsonl, written by hand for this
    purpose): accuracy and macro-F1 of acts, and F1 of denies and rejects."""
    result = score_acts(read_gold(GOLD / "acts.jsonl"))
    assert result["n"] >= 150
    assert result["accuracy"] >= 0.95, result["errors"]
    assert result["macro_f1"] >= 0.96
    assert result["per_act"]["denies"]["f1"] >= 0.95
    assert result["per_act"]["rejects"]["f1"] >= 0.95
    assert result["negation_accuracy"] >= 0.95
    assert result["target_overlap50"] >= 0.90

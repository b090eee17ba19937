"""The text table, on hand-built records (no model needed)."""

from __future__ import annotations

from claimgraph.model import Actor, Analysis, Marker, Notice, Span, Statement
from claimgraph.render import UNKNOWN_SPEAKER, render_text, shorten, who

TEXT = '"It is false," she said. "We will appeal." The   ministry\nsaid it disagreed.'


def span(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span(start, start + len(fragment))


RUIZ = Actor("a1", "Ana Ruiz", "person", mentions=(span("she"),))
MINISTRY = Actor("a2", "the ministry", "government")
SAID = Statement("s1", "direct", (span('"It is false,"'),), cue=span("said"),
                 speaker=span("she"), actor_id="a1", act="denies", certainty="high")
CARRIED = Statement("s2", "direct", (span('"We will appeal."'),), carried=True, act="asserts",
                    certainty="high", markers=(Marker(span("will"), "will", "booster", "high"),))
SPLIT = Statement("s3", "mixed", (span('"It is false,"'), span('"We will appeal."')))
SECOND_SAID = Span(TEXT.rindex("said"), TEXT.rindex("said") + 4)
INDIRECT = Statement("s4", "indirect", (span("it disagreed"),), cue=SECOND_SAID,
                     speaker=span("The   ministry"), actor_id="a2", act="asserts", negated=True,
                     certainty="low")


def analysis(*statements: Statement, notices: tuple[Notice, ...] = ()) -> Analysis:
    return Analysis(text=TEXT, statements=statements, actors=(RUIZ, MINISTRY), notices=notices)


def test_who_names_the_actor_and_the_mention_when_it_differs() -> None:
    a = analysis()
    assert who(a, SAID) == 'Ana Ruiz ("she")'
    assert who(a, INDIRECT) == "the ministry"  # same words, other case and spacing
    assert who(a, CARRIED) == UNKNOWN_SPEAKER
    unresolved = Statement("s9", "direct", SAID.content, speaker=span("she"))
    assert who(a, unresolved) == '"she"'


def test_who_shortens_the_mention_first() -> None:
    long = Actor("a3", "Ana Ruiz", "person")
    st = Statement("s9", "direct", SAID.content, speaker=span('"We will appeal." The'),
                   actor_id="a3")
    a = Analysis(text=TEXT, statements=(st,), actors=(long,))
    got = who(a, st, width=20)
    assert got.startswith('Ana Ruiz ("') and got.endswith('…")') and len(got) <= 20


def test_shorten() -> None:
    assert shorten("a  b\n c", 10) == "a b c"
    assert shorten("abcdefghij", 5) == "abcd…"
    assert len(shorten("word " * 40, 30)) <= 30


def test_table_rows() -> None:
    lines = render_text(analysis(SAID, CARRIED, SPLIT, INDIRECT), "doc-1",
                        title="Ruiz rejects").splitlines()
    assert lines[0] == "doc-1  Ruiz rejects"
    assert lines[1].split() == ["#", "who", "act", "sure", "kind", "what"]
    rows = [line.split("  ") for line in lines[2:]]
    cells = [[c.strip() for c in r if c.strip()] for r in rows]
    assert cells == [
        ["1", 'Ana Ruiz ("she")', "denies", "high", "direct", '"It is false,"'],
        ["2", UNKNOWN_SPEAKER, "asserts (continues)", "high (will)", "direct", '"We will appeal."'],
        ["3", UNKNOWN_SPEAKER, "-", "-", "mixed", '"It is false," … "We will appeal."'],
        ["4", "the ministry", "asserts (negated cue)", "low", "indirect", "it disagreed"],
    ]
    # Columns line up: "kind" starts at the same place on every line.
    assert len({line.index(k) for line, k in zip(lines[1:], ["kind", "direct", "direct",
                                                             "mixed", "indirect"],
                                                 strict=True)}) == 1


def test_no_statements_and_notices() -> None:
    notice = Notice("CG104", "quotation mark never closed", Span(0, 1))
    out = render_text(analysis(notices=(notice,)), "empty-doc")
    assert out.splitlines() == ["empty-doc", "  no attributed statements found",
                                "  note: [CG104] quotation mark never closed"]

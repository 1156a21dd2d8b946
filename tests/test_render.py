"""Rendering: one producer (`injunction.report`), renderers for text, Markdown
and HTML, and the decision diagram.

Every sentence a reader sees is tagged with the trace nodes it states; the
complete style states every node; nothing a record says becomes markup.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from markdown_it import MarkdownIt

import injunction
from injunction import (
    Balance,
    BalanceOfHardships,
    Case,
    Claim,
    Disposition,
    Finding,
    Harm,
    IrreparableHarm,
    Merits,
    PublicInterest,
    PublicInterestFinding,
)
from injunction._render.document import Style
from injunction._render.sentences import node_sentence
from injunction.testing import cases

from .conftest import CASES, ROOT
from .helpers import make_case

PARLER = ROOT / "injunction" / "examples" / "parler.toml"
STYLES: tuple[Style, ...] = ("court", "complete")


def _ids(case: Case) -> set[str]:
    return {nid for nid, _ in injunction.evaluate(case).trace.indexed()}


def _assert_traceable(case: Case) -> None:
    decision = injunction.evaluate(case)
    every = _ids(case)
    for style in STYLES:
        written = injunction.report(decision, style)
        named: set[str] = set()
        for sentence in written.sentences():
            assert sentence.nodes, f"{style}: a sentence states no node: {sentence.text!r}"
            assert set(sentence.nodes) <= every, sentence
            named |= set(sentence.nodes)
        if style == "complete":
            assert named == every, f"nodes the complete style leaves out: {sorted(every - named)}"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_sentence_of_every_corpus_analysis_maps_to_a_node(path: Path) -> None:
    """Each sentence names the trace nodes it states, and the complete style
    states every node of the trace (corpus records)."""
    _assert_traceable(injunction.load(path))


@settings(max_examples=150)
@given(cases())
def test_every_sentence_maps_to_a_node(case: Case) -> None:
    """The same, over generated cases: any motion, claims, bounds and unknowns."""
    _assert_traceable(case)


def test_the_court_style_of_parler_fits_on_one_page() -> None:
    """A printed page, 66 lines at 88 columns: the court's reasoning on the
    merits, its two alternative holdings (the balance and the public
    interest), and the factor it need not reach named in one sentence; no
    presumption that no claim of the case could raise."""
    text = str(injunction.evaluate(injunction.load(PARLER)))
    lines = text.splitlines()
    assert len(lines) <= 66, len(lines)
    assert "presumed" not in text
    assert max(len(line) for line in lines) <= 88
    for label in ("Issue.", "Rule.", "Application.", "Conclusion."):
        assert label in text


def test_a_grant_discusses_the_path_that_grants() -> None:
    """A court writing a grant on Winter does not discuss the serious-questions path."""
    decision = injunction.evaluate(
        make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS)
    )
    assert decision.test == "winter"
    court = " ".join(str(decision).split())
    assert "The serious-questions path requires" not in court
    assert "serious-questions path fails" not in court
    assert "is GRANTED on the Winter path" in court
    complete = " ".join(injunction.to_text(decision, "complete").split())
    assert "The serious-questions path requires" in complete


def test_failed_bounded_and_unknown_read_differently() -> None:
    """Known false, bounded and not found are three different sentences."""
    sentences = {}
    for name, balance in (
        ("exact", Finding.exact(Balance.EVEN)),
        ("bounded", Finding.at_most(Balance.FAVORS)),
        ("open", Finding.at_least(Balance.FAVORS)),
        ("unknown", Finding.unknown(Balance)),
    ):
        decision = injunction.evaluate(make_case(merits=Merits.SERIOUS_QUESTIONS, balance=balance))
        node = next(n for n in decision.trace.walk() if n.kind == "requirement" and n.threshold is Balance.SHARPLY_FAVORS)
        sentences[name] = node_sentence(node, "Acme")
    assert sentences["exact"] == "Acme has not shown that the balance of hardships tips sharply in the movant's favor (found: even)."
    assert sentences["bounded"].endswith("(found: at most favors).")
    assert sentences["open"] == (
        "The finding (at least favors) does not settle whether Acme has shown that the balance of hardships "
        "tips sharply in the movant's favor."
    )
    assert sentences["unknown"].startswith("There is no finding, so whether Acme has shown")
    assert len(set(sentences.values())) == 4


# -- nothing a record says becomes markup ----------------------------------

HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(2)> [a link](https://example.com) "
    "&lt;b&gt; &amp; **bold** `code` <https://example.com> ![img](x.png) # heading\n\n- item\n<b>b</b>"
)


def _hostile_case(text: str = HOSTILE, movant: str = "Mal<script>x</script>lory") -> Case:
    """Parler, with *text* in every string a record supplies."""
    case = injunction.load(PARLER)
    return attrs.evolve(
        case,
        case=attrs.evolve(case.case, name=f"Hostile {text} v. Record"),
        motion=attrs.evolve(case.motion, movant=movant, opponent=text),
        claims=(Claim(name=text, merits=Merits.LIKELY, finding=text), *case.claims),
        irreparable_harm=IrreparableHarm(likelihood=Harm.LIKELY, finding=text),
        balance_of_hardships=BalanceOfHardships(tips=Balance.SHARPLY_FAVORS, finding=text),
        public_interest=PublicInterestFinding(weighs=PublicInterest.NEUTRAL, finding=text),
    )


def _benign() -> Case:
    """The same case with plain words where the hostile strings were."""
    return _hostile_case("plain words", "Mallory")


class _Elements(HTMLParser):
    """Every start tag and attribute of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [name for name, _ in attrs]


def _elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("style", STYLES)
def test_html_escapes_every_record_string(style: Style) -> None:
    """Findings, names and the caption go through the HTML renderer as text:
    the hostile page has exactly the elements of the same page with plain
    words, so none came from the record."""
    hostile = injunction.to_html(injunction.evaluate(_hostile_case()), style)
    plain = injunction.to_html(injunction.evaluate(_benign()), style)
    found = _elements(hostile)
    assert found.tags == _elements(plain).tags
    assert "script" not in found.tags and "img" not in found.tags and "a" not in found.tags
    assert not [a for a in found.attributes if a.startswith("on") or a in ("src", "href")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile


@pytest.mark.parametrize("style", STYLES)
def test_markdown_escapes_every_record_string(style: Style) -> None:
    """The Markdown renders (CommonMark, markdown-it) to the same elements as
    the plain-words version: no link, image, raw HTML, emphasis or heading
    came from the record."""
    md = MarkdownIt("commonmark")
    hostile = md.render(injunction.to_markdown(injunction.evaluate(_hostile_case()), style))
    plain = md.render(injunction.to_markdown(injunction.evaluate(_benign()), style))
    assert _elements(hostile).tags == _elements(plain).tags
    assert "<script>" not in hostile and "<img" not in hostile and "<a " not in hostile


def test_text_keeps_record_words_as_written() -> None:
    """Plain text has no markup to escape: the record's words appear as written."""
    text = " ".join(injunction.to_text(injunction.evaluate(_hostile_case()), "complete").split())
    assert " ".join(HOSTILE.split()) in text


# -- formats, notebooks, the command line ----------------------------------


def test_html_page_is_standalone() -> None:
    """No script, no external reference, a content security policy that forbids both."""
    page = injunction.render(injunction.evaluate(injunction.load(PARLER)), "html")
    assert page.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script" not in page
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)
    assert "<svg" in page


def test_a_notebook_shows_the_analysis() -> None:
    """`_repr_html_` is a fragment with the analysis and the diagram;
    `_repr_markdown_` is the Markdown analysis."""
    decision = injunction.evaluate(injunction.load(PARLER))
    fragment = decision._repr_html_()
    assert fragment.startswith('<article class="injunction">') and "<html" not in fragment
    assert "DENIED" in fragment and "<svg" in fragment
    assert decision._repr_markdown_() == injunction.to_markdown(decision)


def test_render_refuses_an_unknown_format_or_style() -> None:
    decision = injunction.evaluate(injunction.load(PARLER))
    with pytest.raises(ValueError, match="format must be one of text, markdown, html, json, got 'pdf'"):
        injunction.render(decision, "pdf")  # type: ignore[arg-type]  # a wrong format, on purpose
    with pytest.raises(ValueError, match="style must be one of court, complete, got 'brief'"):
        injunction.render(decision, "text", "brief")  # type: ignore[arg-type]  # a wrong style, on purpose


def test_cli_writes_each_format(tmp_path: Path) -> None:
    """``--format`` and ``--style`` choose the rendering, ``-o`` the file."""
    from injunction._cli import main

    decision = injunction.evaluate(injunction.load(PARLER))
    for fmt in ("text", "markdown", "html", "json"):
        for style in STYLES:
            out = tmp_path / f"parler.{fmt}.{style}"
            assert main(["evaluate", str(PARLER), "--format", fmt, "--style", style, "-o", str(out)]) == 0
            expected = injunction.render(decision, fmt, style)
            assert out.read_text() == expected if expected.endswith("\n") else expected + "\n"


def test_cli_reports_an_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from injunction._cli import main

    target = tmp_path / "missing" / "parler.html"
    assert main(["evaluate", str(PARLER), "--format", "html", "-o", str(target)]) == 2
    assert f"cannot write {target}" in capsys.readouterr().err


# -- the decision diagram ---------------------------------------------------


@pytest.mark.parametrize("path", CASES[:8], ids=[p.stem for p in CASES[:8]])
def test_the_diagram_draws_every_node(path: Path) -> None:
    """SVG (well-formed XML), DOT and Mermaid each have one node per trace node."""
    decision = injunction.evaluate(injunction.load(path))
    count = sum(1 for _ in decision.trace.walk())
    svg = ET.fromstring(injunction.diagram(decision, "svg"))
    groups = [g for g in svg.iter("{http://www.w3.org/2000/svg}g") if g.get("data-node")]
    assert len(groups) == count
    assert injunction.diagram(decision, "dot").count("[label=") == count
    assert len(re.findall(r'^  n[\d_]+\["', injunction.diagram(decision, "mermaid"), re.M)) == count


def test_the_diagram_outlines_the_deciding_path() -> None:
    """For a grant, the granting path and its met parts are outlined; the other path is not."""
    from injunction._render.diagram import deciding

    decision = injunction.evaluate(
        make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS)
    )
    assert decision.disposition is Disposition.GRANTED
    ids = dict((node.name, nid) for nid, node in decision.trace.indexed() if node.name)
    decisive = deciding(decision.trace)
    assert ids["winter"] in decisive
    assert ids["serious_questions"] not in decisive

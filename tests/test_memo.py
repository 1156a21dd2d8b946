"""An open decision in court style is a bench memo, never a ruling (issue 16, item 5).

A court rules only on a motion the findings settle. When they do not (an
open record, `evaluate`'s default), the court style closes with a bench
memo: what the findings establish, what they leave open and which finding
would settle it, and what the movant's burden implies: on a closed record
(Winter, 555 U.S. at 22) what is not shown is not established, so the
motion would be denied. The word UNDETERMINED is the complete style's and
the JSON's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Literal

import attrs
import pytest
from hypothesis import example, given, settings
from markdown_it import MarkdownIt

import injunction
from injunction import Balance, Disposition, Factor, Harm, IrreparableHarm, Merits, Not, PublicInterest, Requirement
from injunction._render.appeal import APPEALABLE
from injunction._cli import main
from injunction._render.memo import HEADING
from injunction.authorities import WINTER_20
from injunction.testing import cases

from .conftest import CASES, ROOT
from .helpers import make_case

LO = ROOT / "tests" / "cases" / "district" / "2021-lo-v-county-of-siskiyou-tro.json"
FORMATS: tuple[Literal["text", "markdown", "html"], ...] = ("text", "markdown", "html")


def _lo_with_harm_unknown() -> injunction.Case:
    """Lo v. County of Siskiyou as if the court had made no finding on irreparable harm."""
    case = injunction.load(LO)
    return attrs.evolve(case, irreparable_harm=IrreparableHarm(finding=case.irreparable_harm.finding))


def _words(text: str) -> str:
    return " ".join(text.split())


def _visible_html(html: str) -> str:
    """An HTML page without its style sheet (whose class names are no words a reader sees)."""
    return re.sub(r"<style>.*?</style>", "", html, flags=re.S)


# -- examples ---------------------------------------------------------------------


def test_lo_with_harm_unknown_reads_as_a_bench_memo_not_a_ruling() -> None:
    """The court denied the TRO for want of irreparable harm; without that finding the
    motion is open, and the court style writes a memo: no ruling, harm named as open,
    the finding that would settle it, and what a closed record would mean."""
    decision = injunction.evaluate(_lo_with_harm_unknown())
    assert decision.disposition is Disposition.UNDETERMINED
    text = _words(injunction.to_text(decision, "court"))
    assert "UNDETERMINED" not in text and "GRANTED" not in text and "DENIED" not in text
    assert "against County of Siskiyou and county officials: a bench memorandum; the findings do not settle the motion." in text
    memo = text[text.index(f"{HEADING} Established.") :]
    assert "Irreparable harm (no finding in the record) leaves open whether the movant has shown that irreparable harm is likely" in memo
    assert "irreparable harm: none to possible (denied)" in memo
    assert "The question to ask next: irreparable harm." in memo
    assert 'Interim relief issues only "upon a clear showing that the plaintiff is entitled to such relief"' in memo
    assert "Winter, 555 U.S. at 22." in memo
    assert "Were the hearing over and the record closed as the findings now stand," in memo
    assert memo.rstrip().endswith("and the balance of hardships sharply favors.")  # what would carry the burden (the merged weighing)
    assert "and the motion would be denied." in memo


def test_the_memo_states_what_a_closed_record_gives_it_does_not_assert_it() -> None:
    """The burden paragraph reports `on_closed_record`, which is `evaluate(closed=True)`."""
    case = _lo_with_harm_unknown()
    decision = injunction.evaluate(case)
    closed = decision.on_closed_record()
    assert closed == injunction.evaluate(case, closed=True)
    assert closed.on_closed_record() is closed
    assert closed.disposition is Disposition.DENIED
    text = _words(injunction.to_text(decision, "court"))
    assert f"the motion would be {closed.disposition.value}." in text
    failed = ", ".join(f.replace("_", " ") for f in closed.failed["winter"][:-1])
    assert f"would fail on {failed}, and {closed.failed['winter'][-1].replace('_', ' ')} (not shown)" in text


def test_on_a_closed_record_the_same_case_is_ruled_on(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``--closed-record`` is never undetermined: the court style rules, and has no memo."""
    record = tmp_path / "lo.json"
    record.write_text(json.dumps(injunction.to_record(_lo_with_harm_unknown())), encoding="utf-8")
    assert main(["evaluate", str(record)]) == 0
    assert HEADING in capsys.readouterr().out
    assert main(["evaluate", str(record), "--closed-record"]) == 0
    out = _words(capsys.readouterr().out)
    assert HEADING not in out and out.endswith("motion for a temporary restraining order is DENIED.")


def test_the_complete_style_and_the_json_keep_the_word() -> None:
    """UNDETERMINED is the complete style's and the JSON's; the memo is the court style's alone."""
    decision = injunction.evaluate(_lo_with_harm_unknown())
    complete = injunction.to_text(decision, "complete")
    assert "UNDETERMINED" in complete and HEADING not in complete
    assert json.loads(injunction.to_json(decision))["disposition"] == "undetermined"
    assert injunction.report(decision, "court").title.endswith(": bench memorandum")


def test_the_memo_names_what_the_findings_establish_and_the_path_they_defeat() -> None:
    """Epic's affiliates: every element but the balance on the serious-questions path is met,
    and the Winter path fails on the merits; the memo says both, and what would carry it."""
    path = next(p for p in CASES if p.stem == "2020-epic-v-apple-pi-affiliates")
    text = _words(injunction.to_text(injunction.evaluate(injunction.load(path)), "court"))
    assert (
        "On the serious-questions path the findings establish serious questions going to the merits, "
        "that irreparable harm is likely in the absence of relief, and that relief is in the public interest."
    ) in text
    assert "They defeat the Winter path: the movant has not shown a likelihood of success on the merits." in text
    assert "One finding would settle the motion: balance of hardships: favors (denied), sharply favors (granted)." in text
    assert "To carry the burden, the movant would have to establish: the balance of hardships sharply favors." in text


def test_a_rule_the_burden_cannot_read_is_said_so() -> None:
    """A rule with `Not` cannot be evaluated on a closed record; the memo says so instead of guessing."""
    rule = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20) & ~Requirement(
        Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=WINTER_20
    )
    assert isinstance(rule.rules[1], Not)
    decision = injunction.evaluate(_lo_with_harm_unknown(), rule)
    assert decision.disposition is Disposition.UNDETERMINED
    with pytest.raises(ValueError, match="closed record"):
        decision.on_closed_record()
    text = _words(injunction.to_text(decision, "court"))
    assert "what a closed record would mean is not stated." in text and "UNDETERMINED" not in text


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_a_corpus_ruling_is_unchanged_and_only_an_open_one_becomes_a_memo(path: Path) -> None:
    """A granted or denied record still ends with its ruling; an open one with the memo."""
    decision = injunction.evaluate(injunction.load(path))
    text = _words(injunction.to_text(decision, "court"))
    if decision.disposition is Disposition.UNDETERMINED:
        assert HEADING in text and "UNDETERMINED" not in text
    else:
        assert HEADING not in text
        # An appeal from a ruling on a TRO or preliminary injunction is affirmed or reversed; a stay is granted or denied.
        motion = injunction.load(path)
        appealed = motion.case.appeal_from is not None and motion.motion.kind in APPEALABLE
        ruling = "(AFFIRMED|REVERSED)" if appealed else decision.disposition.value.upper()
        assert re.search(rf"is {ruling}( on the [A-Za-z -]+)?\.$", text), text[-200:]


# -- properties --------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(cases(max_claims=2))
@example(make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS))
def test_court_style_never_says_undetermined_and_has_a_memo_exactly_when_open(case: injunction.Case) -> None:
    """Whatever the findings: no format of the court style holds the word, and the memo
    section is there exactly when the decision is undetermined."""
    decision = injunction.evaluate(case)
    is_open = decision.disposition is Disposition.UNDETERMINED
    for fmt in FORMATS:
        shown = injunction.render(decision, fmt, "court")
        visible = _visible_html(shown) if fmt == "html" else shown
        assert "undetermined" not in visible.lower(), fmt
        assert (HEADING in shown) is is_open, fmt
    written = injunction.report(decision, "court")
    headings = [b.sentences[0].text for b in written.blocks if b.kind == "heading"]
    assert (headings[-1:] == [HEADING]) is is_open
    if is_open:
        assert [b.label for b in written.blocks[-3:]] == ["Established", "Open", "Burden"]
        text = _words(injunction.to_text(decision, "court"))
        try:
            closed = decision.on_closed_record()
        except ValueError:  # a weighing the findings leave open is the court's: no closed-record outcome is stated
            assert "what a closed record would mean is not stated" in text
        else:
            assert f"the motion would be {closed.disposition.value}" in text


# -- hostile text --------------------------------------------------------------------

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> [a link](https://example.com) **bold** `code` # h\n\n- item"


def _hostile_open(text: str, movant: str) -> injunction.Case:
    """Lo with harm unknown, and *text* in every string the record supplies."""
    case = _lo_with_harm_unknown()
    return attrs.evolve(
        case,
        case=attrs.evolve(case.case, name=f"Hostile {text} v. Record"),
        motion=attrs.evolve(case.motion, movant=movant, opponent=f"County {text}"),  # a name shows something
        claims=tuple(attrs.evolve(c, name=f"Claim {text}", finding=text) for c in case.claims),
        irreparable_harm=attrs.evolve(case.irreparable_harm, finding=text),
        public_interest=attrs.evolve(case.public_interest, finding=text),
    )


def test_the_memo_escapes_the_record_in_every_format() -> None:
    """The memo names the movant (record text): in HTML and Markdown it is escaped like
    every span, so the hostile page has exactly the elements of the plain one."""
    from .test_render import _elements

    hostile = injunction.evaluate(_hostile_open(HOSTILE, "Mal<script>x</script>lory"))
    plain = injunction.evaluate(_hostile_open("plain words", "Mallory"))
    assert hostile.disposition is plain.disposition is Disposition.UNDETERMINED
    html = injunction.to_html(hostile, "court")
    assert _elements(html).tags == _elements(injunction.to_html(plain, "court")).tags
    memo = html[html.index(f"<h2><span data-node=\"0\">{HEADING}</span></h2>") :]
    assert "Mal&lt;script&gt;x&lt;/script&gt;lory" in memo and "<script>" not in html
    md = MarkdownIt("commonmark")
    rendered = md.render(injunction.to_markdown(hostile, "court"))
    assert _elements(rendered).tags == _elements(md.render(injunction.to_markdown(plain, "court"))).tags
    assert "<script>" not in rendered and "<img" not in rendered and "<a " not in rendered


def test_controls_and_bidi_in_the_record_reach_the_memo_only_as_escapes() -> None:
    """Each payload of the controls suite as the movant, the caption and a finding of an
    open record: no format of the court style holds it raw, and the memo names the
    movant by its escapes."""
    from injunction._text import printable

    from .test_controls import PAYLOADS, assert_neutral

    for payload in PAYLOADS:
        movant = f"A{payload}"[:30]
        decision = injunction.evaluate(_hostile_open(payload, movant))
        assert decision.disposition is Disposition.UNDETERMINED
        for fmt in FORMATS:
            shown = injunction.render(decision, fmt, "court")
            assert_neutral(shown)
            assert "UNDETERMINED" not in shown and HEADING in shown
        text = injunction.to_text(decision, "court")
        memo = _words(text[text.index(HEADING) :])
        assert f"and {_words(printable(movant, lines=True))} bears that burden" in memo


def test_the_burden_names_only_the_least_that_would_carry_it() -> None:
    """Likely success with a balance in the movant's favor carries it, so likely
    success with a balance sharply in its favor, or clear success, is not said too."""
    memo = _words(injunction.to_text(injunction.evaluate(_lo_with_harm_unknown()), "court"))
    carry = memo[memo.index("To carry the burden") :]
    assert "likely and the balance of hardships favors" in carry
    assert "serious questions, irreparable harm likely, and the balance of hardships sharply favors" in carry
    assert "likely and the balance of hardships sharply favors" not in carry and " clear " not in carry

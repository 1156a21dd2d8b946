"""What would change the outcome: outcomes per finding, settling sets,
stability, the next question, what it would have taken, what-if contrasts
and sensitivity tables, all read exactly from the rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

import injunction
from injunction import Balance, CaseFormatError, Disposition, Finding, Harm, Merits, PublicInterest
from injunction.testing import cases, check_settling

from .conftest import ROOT
from .helpers import make_case

PARLER = ROOT / "injunction" / "examples" / "parler.toml"


def _rows(decision: injunction.Decision, key: str) -> list[tuple[Any, str]]:
    return [(row["finding"], row["disposition"]) for row in decision.outcomes[key]]


def test_outcomes_per_finding_read_like_the_law() -> None:
    """Harm likely, the public interest favoring relief, the balance at least
    favoring the movant: likely success grants; serious questions grants only
    if the balance tips sharply; no merits denies."""
    decision = injunction.evaluate(
        make_case(
            merits=Finding.unknown(Merits),
            harm=Harm.LIKELY,
            balance=Finding.at_least(Balance.FAVORS),
            public=PublicInterest.FAVORS,
        )
    )
    assert _rows(decision, "merits") == [
        ("none", "denied"),
        ("serious_questions", "undetermined"),
        ("likely", "granted"),
        ("clear", "granted"),
    ]
    serious = decision.outcomes["merits"][1]
    assert serious["settled_by"] == {
        "granted": ({"balance_of_hardships.tips": "sharply_favors"},),
        "denied": ({"balance_of_hardships.tips": "favors"},),
    }
    assert [row["found"] for row in decision.outcomes["balance_of_hardships.tips"]] == [False, False, False, True, True]


def test_settling_sets_are_the_fewest_findings_that_settle_it_smallest_first() -> None:
    """Everything unknown but one claim at serious questions: one finding can deny;
    a grant takes harm, a sharply tipping balance and the public interest together."""
    decision = injunction.evaluate(
        make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Finding.unknown(Harm), balance=Finding.unknown(Balance), public=Finding.unknown(PublicInterest))
    )
    sets = decision.settling_sets
    assert [dict(s) for s in sets["denied"]][:3] == [
        {"irreparable_harm.likelihood": "none"},
        {"irreparable_harm.likelihood": "possible"},
        {"balance_of_hardships.tips": "sharply_against"},
    ]
    assert [dict(s) for s in sets["granted"]] == [
        {"irreparable_harm.likelihood": "likely", "balance_of_hardships.tips": "sharply_favors", "public_interest.weighs": w}
        for w in ("favors", "sharply_favors")  # each level of the public interest that suffices (Winter's words)
    ]
    sizes = [len(s) for s in sets["denied"]]
    assert sizes == sorted(sizes)
    assert not decision.stable and decision.irrelevant == ()


def test_a_decided_motion_is_stable_and_names_what_it_did_not_turn_on() -> None:
    decision = injunction.evaluate(injunction.load(PARLER))
    assert decision.stable and decision.settling_sets == {}
    assert decision.irrelevant == ("irreparable_harm.likelihood", "balance_of_hardships.tips", "public_interest.weighs")
    assert decision.next_questions() == ()


def test_what_parler_would_have_needed() -> None:
    """Per factor and per claim, the least that would have granted: the two paths, exactly."""
    decision = injunction.evaluate(injunction.load(PARLER))
    needed = [dict(s) for s in decision.what_it_takes()]
    assert needed == [
        {
            "merits": "serious_questions",
            "irreparable_harm.likelihood": "likely",
            "balance_of_hardships.tips": "sharply_favors",
            "public_interest.weighs": "favors",
        },
        {
            "merits": "likely",
            "irreparable_harm.likelihood": "likely",
            "balance_of_hardships.tips": "favors",
            "public_interest.weighs": "favors",
        },
    ]
    by_claim = [dict(s) for s in decision.what_it_takes(by_claim=True)]
    # The three claims are alike but for their names, so the first stands for them all, on either path.
    assert len(by_claim) == 2
    assert all("claims[0].merits" in changes for changes in by_claim)
    for changes in by_claim:
        assert injunction.what_if(injunction.load(PARLER), changes).after.disposition is Disposition.GRANTED
    with pytest.raises(ValueError, match="needs granted or denied, got 'undetermined'"):
        decision.what_it_takes("undetermined")


def test_the_interview_asks_the_question_that_settles_most_and_stops_when_settled() -> None:
    """Claims alone (one serious-questions claim): the balance settles four of
    its five answers at once, so it is asked first; once settled, nothing is asked."""
    case = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Finding.unknown(Harm), balance=Finding.unknown(Balance), public=Finding.unknown(PublicInterest))
    questions = injunction.evaluate(case).next_questions()
    assert [q.key for q in questions] == ["balance_of_hardships.tips", "irreparable_harm.likelihood", "public_interest.weighs"]
    assert questions[0].settles == pytest.approx(4 / 5)
    answered = attrs.evolve(case, balance_of_hardships=injunction.BalanceOfHardships(tips=Balance.EVEN))
    assert injunction.evaluate(answered).next_questions() == ()


@settings(max_examples=150)
@given(cases())
def test_settling_sets_are_exact_on_generated_cases(case: injunction.Case) -> None:
    """Each settles it the way it says, no smaller set does, none is missing;
    a decided motion stays put for every completion (bounded findings
    included; `injunction check --exhaustive` covers every known-or-absent pattern)."""
    assert check_settling(injunction.NinthCircuit(), case) is None


def test_the_settling_check_catches_a_wrong_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check bites: a search that returned non-minimal or missing sets is reported."""
    from injunction.testing import properties as testing
    from injunction._engine import whatif as _whatif

    case = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Finding.unknown(Harm), balance=Finding.unknown(Balance))
    real = _whatif.minimal_sets

    def padded(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        return tuple((a + ((3, PublicInterest.FAVORS),) if len(a) == 1 else a, v) for a, v in found)

    monkeypatch.setattr(testing, "minimal_sets", padded)
    violation = check_settling(injunction.NinthCircuit(), case)
    assert violation is not None and "is not minimal" in violation.detail
    monkeypatch.setattr(testing, "minimal_sets", lambda *a, **k: real(*a, **k)[1:])
    violation = check_settling(injunction.NinthCircuit(), case)
    assert violation is not None and "contain no reported settling set" in violation.detail


# -- what if, compare, diff ---------------------------------------------------------


def test_what_if_contrasts_the_findings_the_nodes_and_the_outcome() -> None:
    parler = injunction.load(PARLER)
    contrast = injunction.what_if(
        parler,
        balance_of_hardships="sharply_favors",
        public_interest="favors",
        claims={"Breach of contract (Customer Agreement, 30-day cure period)": "serious_questions"},
    )
    assert [(c.key, c.before, c.after) for c in contrast.findings] == [
        ("claims[1].merits", "none", "serious_questions"),
        ("balance_of_hardships.tips", {"at_most": "even"}, "sharply_favors"),
        ("public_interest.weighs", {"at_most": "neutral"}, "favors"),
    ]
    assert dict(contrast.paths)["serious_questions"] == (injunction.Truth.FALSE, injunction.Truth.UNKNOWN)
    assert contrast.moved and contrast.after.disposition is Disposition.UNDETERMINED
    assert "0.1.0" in {c.key for c in contrast.nodes}  # merits >= serious questions, now met
    text = str(contrast)
    assert "The disposition moved from denied to undetermined." in text
    data = contrast.to_dict()
    assert data["disposition"] == {"before": "denied", "after": "undetermined"}
    json.dumps(data)  # plain data


def test_what_if_refuses_what_it_cannot_apply() -> None:
    parler = injunction.load(PARLER)
    with pytest.raises(TypeError, match="unknown finding 'harm'"):
        injunction.what_if(parler, harm="likely")
    with pytest.raises(ValueError, match="no claim named 'Lanham Act'"):
        injunction.what_if(parler, claims={"Lanham Act": "likely"})
    with pytest.raises(ValueError, match="the record has 3 claims, so no index 7"):
        injunction.what_if(parler, {"claims[7].merits": "likely"})
    with pytest.raises(CaseFormatError, match='merits: got "probable"; the merits factor .* takes one level: none, serious_questions, likely, clear'):
        injunction.what_if(parler, merits="probable")
    with pytest.raises(CaseFormatError, match='merits: got {"at_least": "likely"}; the merits factor'):
        injunction.what_if(parler, {"merits": Finding.at_least(Merits.LIKELY)})
    with pytest.raises(ValueError, match="'balance_of_hardships' changes balance_of_hardships.tips, which another change already sets"):
        injunction.what_if(parler, {"balance_of_hardships.tips": "even"}, balance_of_hardships="favors")
    with pytest.raises(CaseFormatError, match='balance_of_hardships.tips: got "sharply"'):
        injunction.what_if(parler, balance_of_hardships="sharply")


def test_what_if_accepts_levels_findings_and_none() -> None:
    parler = injunction.load(PARLER)
    contrast = injunction.what_if(
        parler, irreparable_harm=Harm.LIKELY, public_interest=Finding.at_least(PublicInterest.NEUTRAL), balance_of_hardships=None
    )
    changed = contrast.after.case
    assert changed.irreparable_harm.likelihood == Finding.exact(Harm.LIKELY)
    assert changed.public_interest.weighs == Finding.at_least(PublicInterest.NEUTRAL)
    assert changed.balance_of_hardships.tips.is_unknown


def test_diff_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 1 when the disposition moved, 0 when not; every format."""
    from injunction._cli import main

    parler = injunction.load(PARLER)
    granted = tmp_path / "granted.toml"
    needed = injunction.evaluate(parler).what_it_takes(by_claim=True)[1]  # claims[0] likely, on the Winter path
    injunction.dump(injunction.what_if(parler, needed).after.case, granted)
    assert main(["diff", str(PARLER), str(granted)]) == 1
    out = capsys.readouterr().out
    assert "Before: DENIED. After: GRANTED." in out
    assert "on the Winter path" in out
    assert main(["diff", str(PARLER), str(PARLER)]) == 0
    assert "None: the two records make the same findings." in capsys.readouterr().out
    for fmt in ("markdown", "html", "json"):
        out_file = tmp_path / f"diff.{fmt}"
        assert main(["diff", str(PARLER), str(granted), "--format", fmt, "-o", str(out_file)]) == 1
        assert "GRANTED" in out_file.read_text() or '"after": "granted"' in out_file.read_text()
    assert main(["diff", str(PARLER), str(tmp_path / "missing.toml")]) == 2


# -- sensitivity ----------------------------------------------------------------------


def test_sensitivity_over_one_and_two_findings() -> None:
    parler = injunction.load(PARLER)
    one = injunction.sensitivity(parler, "balance_of_hardships")
    assert one.rows == ("sharply_against", "against", "even", "favors", "sharply_favors")
    assert one.found_rows == (True, True, True, False, False)
    assert {d for (d,) in one.cells} == {Disposition.DENIED}
    two = injunction.sensitivity(parler, "claims[1].merits", "balance_of_hardships")
    assert two.cells[1][4] is Disposition.DENIED  # serious questions, sharply favoring: the public interest, at most neutral, still fails
    assert "serious questions" in str(two) and "*" in str(two)
    assert two._repr_html_().count("<rect") == 4 * 5
    with pytest.raises(ValueError, match="reads no finding 'harm'; allowed: merits"):
        injunction.sensitivity(parler, "harm")


def test_every_renderer_shows_what_would_change_the_outcome() -> None:
    """The complete style says what would change it, in text, Markdown and HTML; JSON has it all."""
    decision = injunction.evaluate(injunction.load(PARLER))
    text = " ".join(injunction.to_text(decision, "complete").split())
    assert "The decision is stable" in text
    assert "To be granted, it would have taken the merits (the best claim) serious questions, irreparable harm likely" in text
    assert "What would change the outcome" in injunction.to_markdown(decision, "complete")
    page = injunction.to_html(decision, "complete")
    assert page.count('class="heat-map"') == len(decision.axes)
    data = decision.to_dict()
    jsonschema.validate(data, injunction.schema("decision"))
    assert data["stable"] is True and data["settling_sets"] == {}
    assert set(data["outcomes"]) == {a.key for a in decision.axes}


def test_an_open_decision_says_which_findings_settle_it_and_what_to_ask() -> None:
    decision = injunction.evaluate(
        make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Finding.unknown(Harm), balance=Finding.unknown(Balance), public=Finding.unknown(PublicInterest))
    )
    court = " ".join(str(decision).split())
    assert "The question to ask next: the balance of hardships." in court
    complete = " ".join(injunction.to_text(decision, "complete").split())
    assert "It would be granted if irreparable harm likely, the balance of hardships sharply favors, and the public interest favors" in complete
    assert "Questions, best first: the balance of hardships (80% of its answers settle it)" in complete

"""`injunction.testing`: the strategies we ship, and proof that the property checks bite."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import injunction
from injunction import Case, Finding, Merits, MotionKind, NinthCircuit, Relief
from injunction._cli import main
from injunction.testing import (
    all_cases,
    case_records,
    cases,
    check_claims,
    check_monotone,
    check_reachable,
    claims,
    findings,
    verify,
)

from . import broken_standards as broken
from .conftest import ROOT

QUICK = settings(database=None, max_examples=200)


# --- Strategies -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: findings(Merits, exact=False, bounded=False, unknown=False), "needs at least one of exact, bounded or unknown"),
        (lambda: findings(int), "needs a scale such as injunction.Merits"),  # type: ignore[type-var]
        (lambda: cases(min_claims=0), "needs min_claims >= 1"),
        (lambda: cases(min_claims=3, max_claims=2), "needs min_claims <= max_claims"),
        (lambda: cases(max_claims="2"), "must be an integer"),  # type: ignore[arg-type]
        (lambda: all_cases(min_claims=2, max_claims=1), "needs 1 <= min_claims <= max_claims"),
    ],
    ids=["no-kind-of-finding", "not-a-scale", "no-claims", "min-over-max", "string", "space"],
)
def test_impossible_options_raise_invalid_argument(build: Callable[[], object], message: str) -> None:
    """Asking for nothing is an error at once, never an empty strategy."""
    with pytest.raises(InvalidArgument, match=message):
        build()


def test_findings_shrink_to_unknown_then_the_lowest_level() -> None:
    """The simplest finding is none at all; then the lowest exact level."""
    assert find(findings(Merits), lambda f: True) == Finding.unknown(Merits)
    assert find(findings(Merits, unknown=False), lambda f: True) == Finding.exact(Merits.NONE)
    assert find(findings(Merits, exact=False, unknown=False), lambda f: True).is_exact is False


def test_cases_shrink_to_the_simplest_motion() -> None:
    """The simplest case: one claim, a preliminary injunction, prohibitory, a private opponent."""
    simplest = find(cases(), lambda c: True)
    assert len(simplest.claims) == 1
    assert simplest.motion.kind is MotionKind.PRELIMINARY_INJUNCTION
    assert simplest.motion.relief is Relief.PROHIBITORY
    assert simplest.motion.opponent_is_government is False
    assert simplest.claims[0].merits.is_unknown


@given(cases(min_claims=2, max_claims=3, kinds=st.just(MotionKind.STAY_PENDING_APPEAL)))
def test_case_options_are_honoured(case: Case) -> None:
    """Claim counts and the kinds strategy shape every example."""
    assert 2 <= len(case.claims) <= 3
    assert case.motion.kind is MotionKind.STAY_PENDING_APPEAL


@given(st.from_type(Case))
def test_from_type_draws_cases(case: Case) -> None:
    """The Hypothesis entry point registers `cases()` for `injunction.Case`."""
    assert isinstance(case, Case)


@given(case_records())
def test_case_records_are_what_json_records_parse_to(record: dict[str, object]) -> None:
    """`case_records()` gives the dict form, which loads to a case."""
    assert injunction.loads(json.dumps(record), format="json") == injunction.loads(json.dumps(record), format="json")


@given(claims())
def test_claims_have_names(claim: injunction.Claim) -> None:
    """Every claim has a non-blank name."""
    assert claim.name.strip()


# --- The space ----------------------------------------------------------------------


def test_the_size_of_the_space() -> None:
    """Every interval on each scale x kinds x relief x opponent x constitutional x very_serious, one and two claims."""
    per_claim = 10 * 2  # merits intervals x constitutional
    findings_ = 6 * 3 * 15 * 6  # harm intervals x very_serious x balance x public interest
    motions = 4 * 2 * 2
    assert len(all_cases(max_claims=1)) == motions * per_claim * findings_ == 518_400
    assert len(all_cases()) == motions * (per_claim + per_claim**2) * findings_ == 10_886_400


def test_the_space_enumerates_real_cases() -> None:
    """Iterating yields cases, the simplest first."""
    first = next(iter(all_cases()))
    assert first.claims[0].merits.is_unknown and first.irreparable_harm.likelihood.is_unknown
    assert len(list(iter(all_cases(max_claims=1, kinds=[MotionKind.STAY_PENDING_APPEAL], reliefs=[Relief.PROHIBITORY], governments=[False])))) == 20 * 1620


# --- The built-in standard passes every check -------------------------------------


def test_the_ninth_circuit_standard_holds_every_property_over_every_case() -> None:
    """Exhaustively: 10,886,400 cases, checked through their fact patterns."""
    results = verify(NinthCircuit(), exhaustive=True, examples=30)
    assert [(r.property, r.held) for r in results] == [
        ("monotone", True),
        ("narrowing", True),
        ("claims", True),
        ("thresholds", True),
        ("needs", True),
        ("settling", True),
        ("reachable", True),
        ("round_trip", True),
    ]
    assert all(r.checked > 0 for r in results)


@pytest.mark.parametrize(
    "standard",
    [
        NinthCircuit(public_interest_threshold=injunction.PublicInterest.FAVORS),
        NinthCircuit(serious_questions_path=False, constitutional_presumption=None),
        NinthCircuit(mandatory_serious_questions=True, constitutional_presumption=Merits.SERIOUS_QUESTIONS),
    ],
    ids=["favors", "winter-only", "loose"],
)
def test_every_option_of_the_standard_holds_every_property(standard: NinthCircuit) -> None:
    """The options are alternative readings, each as coherent as the default."""
    assert all(r.held for r in verify(standard, examples=30))


# --- Broken standards are caught ------------------------------------------------------


def _broken(results: list[injunction.testing.Result]) -> dict[str, injunction.testing.Violation]:
    return {r.property: r.violation for r in results if not r.held and r.violation is not None}


@pytest.mark.parametrize("exhaustive", [False, True], ids=["examples", "exhaustive"])
def test_a_non_monotone_standard_is_caught(exhaustive: bool) -> None:
    """Granting only where harm is not likely: more harm loses, and monotone says so."""
    broken_ = _broken(verify(broken.NON_MONOTONE, exhaustive=exhaustive, examples=50))
    assert "monotone" in broken_
    violation = broken_["monotone"]
    assert check_monotone(broken.NON_MONOTONE, violation.case) is not None
    assert "irreparable harm" in violation.detail


@pytest.mark.parametrize("exhaustive", [False, True], ids=["examples", "exhaustive"])
def test_a_path_that_can_never_be_met_is_caught(exhaustive: bool) -> None:
    """A path demanding harm below the lowest level is dead law: reachable says so."""
    broken_ = _broken(verify(broken.NEVER_MET, exhaustive=exhaustive, examples=20))
    assert "reachable" in broken_
    assert "impossible" in broken_["reachable"].detail or "never failed" in broken_["reachable"].detail
    assert check_reachable(broken.NEVER_MET, all_cases(max_claims=1, kinds=[MotionKind.PRELIMINARY_INJUNCTION])) is not None


@pytest.mark.parametrize("exhaustive", [False, True], ids=["examples", "exhaustive"])
def test_a_standard_where_claim_order_matters_is_caught(exhaustive: bool) -> None:
    """Choosing the test from the first claim makes order matter: claims says so."""
    broken_ = _broken(verify(broken.ORDER_MATTERS, exhaustive=exhaustive, examples=50))
    assert "claims" in broken_
    assert len(broken_["claims"].case.claims) >= 2
    if not exhaustive:
        assert check_claims(broken.ORDER_MATTERS, broken_["claims"].case) is not None


def test_counterexamples_are_shrunk() -> None:
    """Hypothesis shrinks the counterexample toward the simplest case."""
    violation = _broken(verify(broken.NON_MONOTONE, examples=50))["monotone"]
    assert len(violation.case.claims) == 1
    assert violation.case.motion.kind is MotionKind.PRELIMINARY_INJUNCTION


# --- injunction check ---------------------------------------------------------------


def test_check_reports_every_property(capsys: pytest.CaptureFixture[str]) -> None:
    """The built-in standard: every property held, exit 0."""
    assert main(["check", "--examples", "20"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Checking injunction:NinthCircuit over 20 examples per property"
    assert out.splitlines()[-1] == "8 properties held, 0 broken"


def test_check_writes_a_counterexample_you_can_evaluate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken property: exit 1, and a case record that loads and shows the failure."""
    monkeypatch.chdir(ROOT)
    status = main(["check", "--standard", "tests.broken_standards:NON_MONOTONE", "--examples", "30", "--output", str(tmp_path)])
    assert status == 1
    out = capsys.readouterr().out
    assert "  monotone    BROKEN  raising the irreparable harm" in out or "  monotone    BROKEN  raising irreparable harm" in out
    record = tmp_path / "counterexample-monotone.json"
    case = injunction.load(record)
    assert check_monotone(broken.NON_MONOTONE, case) is not None
    assert main(["evaluate", str(record)]) == 0


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("nonsense", "--standard must look like module:attr, got 'nonsense'"),
        ("no_such_module:X", "cannot import 'no_such_module'"),
        ("injunction:nothing", "'injunction' has no attribute 'nothing'"),
        ("injunction:Merits", "is <enum 'Merits'>, which is not a standard"),
    ],
    ids=["shape", "module", "attribute", "not-a-standard"],
)
def test_check_refuses_what_is_not_a_standard(spec: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad --standard is a usage error, exit 2, naming what was wrong."""
    assert main(["check", "--standard", spec]) == 2
    assert message in capsys.readouterr().err

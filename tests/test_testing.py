"""`injunction.testing`: the strategies we ship, and proof that the property checks bite."""

from __future__ import annotations

import functools
import itertools
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any, final

import attrs
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import injunction
from injunction import (
    AnyOf,
    Balance,
    Case,
    Factor,
    Facts,
    Finding,
    Harm,
    Merits,
    MotionKind,
    NinthCircuit,
    PublicInterest,
    Relief,
    Requirement,
    Rule,
)
from injunction.authorities import COTTRELL_1135, WINTER_20
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
    with_finding,
)

from . import broken_standards as broken
from .conftest import ROOT

QUICK = settings(database=None, max_examples=200)


# --- Strategies -----------------------------------------------------------------


# Each type-ignore below passes a wrong type on purpose: the refusal is what is tested.
@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: findings(Merits, exact=False, bounded=False, unknown=False), "needs at least one of exact, bounded or unknown"),
        (lambda: findings(int), "needs a scale such as injunction.Merits"),  # type: ignore[type-var]
        (lambda: cases(min_claims=0), "needs min_claims >= 1"),
        (lambda: cases(min_claims=3, max_claims=2), "needs min_claims <= max_claims"),
        (lambda: cases(max_claims="2"), "must be an integer"),  # type: ignore[arg-type]
        (lambda: all_cases(min_claims=2, max_claims=1), "needs 1 <= min_claims <= max_claims"),
        (lambda: all_cases(kinds=[]), "option kinds needs at least one value"),
        (lambda: all_cases(reliefs=["mandatory"]), "option reliefs takes Relief members, got 'mandatory'"),  # type: ignore[list-item]
        (lambda: all_cases(governments=True), "option governments takes a list of True or False values"),  # type: ignore[arg-type]
        (lambda: verify(NinthCircuit), "verify\\(\\) needs a standard .* got the class"),  # type: ignore[arg-type]
        (lambda: verify("injunction:NinthCircuit"), "verify\\(\\) needs a standard"),  # type: ignore[arg-type]
    ],
    ids=[
        "no-kind-of-finding",
        "not-a-scale",
        "no-claims",
        "min-over-max",
        "string",
        "space",
        "no-kinds",
        "relief-as-text",
        "one-bool",
        "standard-class",
        "standard-text",
    ],
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


def _round_trips(case: Case) -> bool:
    """Whether *case* is a valid record: written as JSON and read back, it is the same case."""
    return injunction.loads(injunction.dumps(case, format="json"), format="json") == case


_BASE = injunction.example("parler")


def _in_a_case(value: Any) -> Case:
    """The example case with *value* (a caption, motion, claim or finding) in its place."""
    field = {
        injunction.Caption: "case",
        injunction.Motion: "motion",
        injunction.IrreparableHarm: "irreparable_harm",
        injunction.BalanceOfHardships: "balance_of_hardships",
        injunction.PublicInterestFinding: "public_interest",
        injunction.RemedyAtLaw: "remedy_at_law",
        injunction.Expected: "expected",
    }
    if isinstance(value, injunction.Claim):
        return attrs.evolve(_BASE, claims=(value,))
    return attrs.evolve(_BASE, **{field[type(value)]: value})


def _case_with(facts: Facts) -> Case:
    """A case whose facts are *facts*: one claim, and a constitutional, a First
    Amendment and a Lanham Act one where the facts have them."""
    claims = [injunction.Claim(name="Claim", merits=facts.merits)]
    if facts.constitutional_merits is not None:
        claims.append(injunction.Claim(name="Constitutional claim", merits=facts.constitutional_merits, constitutional=True))
    if facts.first_amendment_merits is not None:
        claims.append(
            injunction.Claim(name="Speech", merits=facts.first_amendment_merits, constitutional=True, first_amendment=True)
        )
    if facts.lanham_act_merits is not None:
        claims.append(injunction.Claim(name="Trademark", merits=facts.lanham_act_merits, arises_under=injunction.Statute.LANHAM_ACT))
    severity = facts.severity
    return attrs.evolve(
        _BASE,
        claims=tuple(claims),
        irreparable_harm=injunction.IrreparableHarm(
            likelihood=facts.harm,
            very_serious=None if not severity.is_exact else severity.lo is injunction.Severity.VERY_SERIOUS,
        ),
        balance_of_hardships=injunction.BalanceOfHardships(tips=facts.balance),
        public_interest=injunction.PublicInterestFinding(weighs=facts.public_interest),
    )


def _valid(model: Any, value: Any) -> bool:
    """Whether *value* is a valid *model*: a record holding it loads back the same, a
    court the library encodes, facts some case has, a finding on the scale asked for."""
    origin = getattr(model, "__origin__", model)
    if not isinstance(value, origin):
        return False
    if model is Case:
        return _round_trips(value) and injunction.evaluate(value).disposition in set(injunction.Disposition)
    if model is injunction.Caption:
        return value.court in injunction.COURTS and _round_trips(_in_a_case(value))
    if model in (
        injunction.Motion,
        injunction.Claim,
        injunction.IrreparableHarm,
        injunction.BalanceOfHardships,
        injunction.PublicInterestFinding,
        injunction.RemedyAtLaw,
        injunction.Expected,
    ):
        return _round_trips(_in_a_case(value))
    if model is Facts:
        return bool(Facts.of(_case_with(value)) == value)
    if origin is Finding:
        scale = getattr(model, "__args__", (type(value.lo),))[0]
        return bool(value.scale is scale and value.lo <= value.hi)
    return True  # an enum member: isinstance says it all


# Every public model: what a case is made of, the findings and their scales, the enums.
MODELS: list[Any] = [
    Case,
    injunction.Caption,
    injunction.Motion,
    injunction.Claim,
    injunction.IrreparableHarm,
    injunction.BalanceOfHardships,
    injunction.PublicInterestFinding,
    injunction.RemedyAtLaw,
    injunction.Expected,
    Facts,
    Finding,
    Finding[Merits],
    Finding[Harm],
    Finding[injunction.Severity],
    Finding[Balance],
    Finding[PublicInterest],
    injunction.Level,
    Merits,
    Harm,
    injunction.Severity,
    Balance,
    PublicInterest,
    injunction.Truth,
    MotionKind,
    Relief,
    injunction.Disposition,
    Factor,
    injunction.Reach,
    injunction.Challenged,
    injunction.AppealFrom,
    injunction.Statute,
    injunction.ClaimFilter,
]


@pytest.mark.parametrize("model", MODELS, ids=[str(m).replace("injunction.", "") if hasattr(m, "__origin__") else m.__name__ for m in MODELS])
@settings(max_examples=30)
@given(data=st.data())
def test_from_type_draws_a_valid_instance_of_every_public_model(model: Any, data: st.DataObject) -> None:
    """``st.from_type(injunction.Caption)`` (and every other model) just works, and
    draws only valid values: a caption's court is one the library encodes."""
    value = data.draw(st.from_type(model))
    assert _valid(model, value), value


def test_every_public_model_is_drawn_above() -> None:
    """A model added to the library cannot be forgotten here."""
    from injunction._engine import case as _case
    from injunction._engine import scales as _scales

    public = {name for name in injunction.__all__ if name in set(_case.__all__) | set(_scales.__all__) | {"Facts"}}
    assert public <= {getattr(m, "__name__", "") for m in MODELS}


_HARM_OR_NONE: Any = Finding[Harm] | None  # an annotation, as Hypothesis reads it from a signature


@given(st.from_type(_HARM_OR_NONE))
def test_from_type_reads_the_scale_of_a_finding(finding: Finding[Harm] | None) -> None:
    """An annotation such as ``Finding[Harm] | None`` resolves to findings on that scale, or None."""
    assert finding is None or finding.scale is Harm


@given(case_records())
def test_case_records_are_what_json_records_parse_to(record: dict[str, Any]) -> None:
    """`case_records()` gives the dict form: JSON text of it loads to a case that writes the same dict."""
    case = injunction.loads(json.dumps(record), format="json")
    assert injunction.to_record(case) == record


@given(claims())
def test_claims_have_names(claim: injunction.Claim) -> None:
    """Every claim has a non-blank name."""
    assert claim.name.strip()


# --- The space ----------------------------------------------------------------------


def test_the_size_of_the_space() -> None:
    """Every interval on each scale x kinds x relief x opponent x kind of claim x very_serious, one and two claims."""
    per_claim = 10 * 4  # merits intervals x plain, constitutional, First Amendment or Lanham Act
    findings_ = 6 * 3 * 15 * 15  # harm intervals x very_serious x balance x public interest (five levels)
    motions = 4 * 2 * 2
    assert len(all_cases(max_claims=1)) == motions * per_claim * findings_ == 2_592_000
    assert len(all_cases()) == motions * (per_claim + per_claim**2) * findings_ == 106_272_000


def test_the_space_enumerates_real_cases() -> None:
    """Iterating yields cases, the simplest first."""
    first = next(iter(all_cases()))
    assert first.claims[0].merits.is_unknown and first.irreparable_harm.likelihood.is_unknown
    assert len(list(iter(all_cases(max_claims=1, kinds=[MotionKind.STAY_PENDING_APPEAL], reliefs=[Relief.PROHIBITORY], governments=[False])))) == 40 * 4050


# --- The built-in standard passes every check -------------------------------------


def test_the_ninth_circuit_standard_holds_every_property_over_every_case() -> None:
    """Exhaustively: 106,272,000 cases, checked through their fact patterns."""
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


# --- A standard of your own -----------------------------------------------------------


@final
@attrs.frozen
class WinterAfresh:
    """Winter's four factors, and for prohibitory relief serious questions with a
    sharply favoring balance too: composed anew on every call, as a user's
    standard may be, so each call returns an equal rule but never the same object."""

    def rule_for(self, case: Case) -> Rule:
        likely = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20)
        harm = Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=WINTER_20)
        balance = Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, authority=WINTER_20)
        public = Requirement(Factor.PUBLIC_INTEREST, at_least=PublicInterest.FAVORS, authority=WINTER_20)
        winter = (likely & harm & balance & public).named("winter")
        if case.motion.relief is Relief.MANDATORY:
            return AnyOf((winter,))
        serious = Requirement(Factor.MERITS, at_least=Merits.SERIOUS_QUESTIONS, authority=COTTRELL_1135)
        sharply = Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.SHARPLY_FAVORS, authority=COTTRELL_1135)
        return winter | (serious & harm & sharply & public).named("serious_questions")


@functools.cache
def _exact_cases() -> list[Case]:
    """Every one-claim case with each finding exact, against a private party: where each path shows its range."""
    return [
        attrs.evolve(
            _BASE,
            motion=attrs.evolve(_BASE.motion, kind=kind, relief=relief, opponent_is_government=False),
            claims=(injunction.Claim(name="Claim", merits=merits, constitutional=constitutional),),
            irreparable_harm=injunction.IrreparableHarm(likelihood=harm, very_serious=very_serious),
            balance_of_hardships=injunction.BalanceOfHardships(tips=balance),
            public_interest=injunction.PublicInterestFinding(weighs=public),
        )
        for kind, relief, merits, constitutional, harm, very_serious, balance, public in itertools.product(
            MotionKind, Relief, Merits, (False, True), Harm, (False, True), Balance, PublicInterest
        )
    ]


@pytest.mark.parametrize(
    "standard", [WinterAfresh(), broken.ORDER_MATTERS], ids=["winter-afresh", "two-rules-afresh"]
)
def test_a_standard_that_builds_its_rule_afresh_on_each_call_is_reachable(standard: injunction.Standard) -> None:
    """Rules are values: `check_reachable` groups cases by equal rules, not by the object a call returned."""
    first, again = standard.rule_for(_BASE), standard.rule_for(_BASE)
    assert first == again and first is not again
    assert check_reachable(standard, _exact_cases()) is None


def test_a_standard_that_builds_its_rule_afresh_on_each_call_holds_every_property() -> None:
    """The same standard, every property by examples: all hold."""
    results = verify(WinterAfresh(), examples=15)
    assert [r.property for r in results if not r.held] == []
    assert {r.property for r in results} == {*injunction.testing.PROPERTIES, "reachable"}


def test_a_dead_path_is_still_caught_in_a_standard_built_afresh() -> None:
    """Keying by equality still tells two different rules apart: a dead path in one of them is reported."""

    @final
    @attrs.frozen
    class DeadWhenMandatory:
        def rule_for(self, case: Case) -> Rule:
            if case.motion.relief is Relief.MANDATORY:
                return AnyOf(((broken.LIKELY_SUCCESS & ~broken.SERIOUS_QUESTIONS).named("never"),))
            return WinterAfresh().rule_for(case)

    violation = check_reachable(DeadWhenMandatory(), _exact_cases())
    assert violation is not None
    assert violation.detail == "the path never is never met"
    assert violation.case.motion.relief is Relief.MANDATORY


def test_check_accepts_a_standard_built_afresh(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """``injunction check --standard module:Class`` on it: every property held, exit 0."""
    monkeypatch.chdir(ROOT)
    assert main(["check", "--standard", "tests.test_testing:WinterAfresh", "--examples", "10"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "9 properties held, 0 broken"


# --- Without Hypothesis, and with its entry point ----------------------------------------


def _python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, **env},
    )


def test_without_hypothesis_the_testing_module_names_the_extra_to_install() -> None:
    """Hypothesis hidden: ``import injunction.testing`` says what to install; the
    library and the rest of the command line work without it."""
    result = _python(
        """
        import sys
        sys.modules["hypothesis"] = None  # as if it were not installed
        import injunction
        assert injunction.evaluate(injunction.example("parler")).disposition == "denied"
        try:
            import injunction.testing
        except ImportError as error:
            print(error)
        else:
            raise SystemExit("imported without Hypothesis")
        from injunction._cli import main
        print("check exits", main(["check"]))
        """
    )
    assert result.returncode == 0, result.stderr
    first, last = result.stdout.splitlines()
    assert first.startswith("injunction.testing needs Hypothesis")
    assert first.endswith("install the extra: pip install 'injunction[hypothesis]'")
    assert last == "check exits 2"
    assert "pip install 'injunction[hypothesis]'" in result.stderr


_DRAW = """
    from hypothesis import find, strategies as st
    import injunction
    print(find(st.from_type(injunction.Caption), lambda caption: True).court in injunction.COURTS)
"""


@pytest.mark.parametrize(
    ("first", "env"),
    [
        ("import hypothesis", {}),
        ("import injunction.testing", {}),
        ("import injunction.testing", {"HYPOTHESIS_NO_PLUGINS": "1"}),
    ],
    ids=["hypothesis-first", "testing-first", "no-plugins"],
)
def test_from_type_works_however_hypothesis_is_loaded(first: str, env: dict[str, str]) -> None:
    """The entry point registers the strategies when Hypothesis loads, whatever imported it first;
    where plugins do not run (a source checkout, ``HYPOTHESIS_NO_PLUGINS``) importing
    `injunction.testing` registers them."""
    result = _python(first + "\n" + textwrap.dedent(_DRAW), **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "True\n"


def test_a_strategy_you_register_stays_yours() -> None:
    """Registering happens once: importing `injunction.testing` later does not undo your own strategy."""
    result = _python(
        """
        from hypothesis import find, strategies as st
        import injunction
        mine = injunction.Caption(name="Mine v. Yours", court="nysd")
        st.register_type_strategy(injunction.Caption, st.just(mine))
        import injunction.testing
        print(find(st.from_type(injunction.Caption), lambda caption: True) == mine)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "True\n"


def test_with_finding_refuses_a_factor_it_does_not_know() -> None:
    """A misspelt factor is an error naming the factors, never silently the public interest."""
    with pytest.raises(ValueError, match="with_finding\\(\\) needs a factor .*'public_interest'.*got 'public_intrest'"):
        with_finding(_BASE, "public_intrest", "favors")


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
    """Choosing the test from the first claim makes order matter: claims says so.
    (Only two claims of different kinds near the line between the tests show it:
    a few in a hundred examples. Hypothesis is derandomized here, so the count
    below finds one for the strategies as they are; record format 2's fields
    changed which examples come first, and 50 no longer reached one.)"""
    broken_ = _broken(verify(broken.ORDER_MATTERS, exhaustive=exhaustive, examples=200))
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
    assert out.splitlines()[-1] == "9 properties held, 0 broken"


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

"""The semantics the law needs, checked on concrete cases: exhaustively over
every one-claim case by full evaluation (an independent cross-check of the
fact-pattern engine in `injunction.testing`), and with Hypothesis over
several claims and every option of the standard.

- Monotone: a better finding for the movant never turns granted into denied
  (or undetermined), nor undetermined into denied.
- Narrowing: learning more (a narrower interval) never turns a definite
  answer into undetermined or into its opposite.
- Complete findings always decide; absent findings never count as failed.
- Claims: order is irrelevant, and another claim never hurts the movant.
- `needs` is sound: each finding it names settles the motion the way it says.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import injunction
from injunction import (
    Balance,
    Case,
    Disposition,
    Finding,
    Harm,
    Level,
    Merits,
    MotionKind,
    NinthCircuit,
    PublicInterest,
    Relief,
)

from injunction._engine.evaluation import presumed
from injunction._engine.facts import Facts
from injunction.standards import REGISTRY
from injunction.testing import PROPERTIES, cases, verify

from .helpers import make_case

RANK = {Disposition.DENIED: 0, Disposition.UNDETERMINED: 1, Disposition.GRANTED: 2}
SCALES: tuple[type[Level], ...] = (Merits, Harm, Balance, PublicInterest)


def intervals(scale: type[Level]) -> list[tuple[int, int]]:
    """Every interval [lo, hi] on *scale*, as ranks: n(n+1)/2 of them."""
    n = len(scale)
    return [(lo, hi) for lo in range(n) for hi in range(lo, n)]


def finding(scale: type[Level], lo: int, hi: int) -> Finding[Any]:
    levels = list(scale)
    return Finding(levels[lo], levels[hi])


# --- Exhaustive: every interval on the four scales ---------------------------

# (kind, relief, government, constitutional, very_serious): every combination
# that changes which rules apply. TROs and injunctions pending appeal use the
# preliminary-injunction tree (checked below), and very_serious matters only
# to mandatory relief, the constitutional flag only outside stays.
CONFIGURATIONS = [
    (MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, government, constitutional, None)
    for government in (False, True)
    for constitutional in (False, True)
] + [
    (MotionKind.PRELIMINARY_INJUNCTION, Relief.MANDATORY, government, constitutional, very_serious)
    for government in (False, True)
    for constitutional in (False, True)
    for very_serious in (None, False, True)
] + [
    (MotionKind.STAY_PENDING_APPEAL, Relief.PROHIBITORY, government, False, None)
    for government in (False, True)
]

Point = tuple[tuple[int, int], ...]


def table(configuration: tuple[Any, ...], standard: NinthCircuit) -> dict[Point, Disposition]:
    """The disposition for every interval on the four scales: 10 x 6 x 15 x 6 = 5,400."""
    kind, relief, government, constitutional, very_serious = configuration
    rule = standard.rule_for(make_case(kind=kind, relief=relief, government=government))
    results: dict[Point, Disposition] = {}
    for point in itertools.product(*(intervals(s) for s in SCALES)):
        m, h, b, p = (finding(scale, *bounds) for scale, bounds in zip(SCALES, point, strict=True))
        case = make_case(
            merits=m,
            harm=h,
            very_serious=very_serious,
            balance=b,
            public=p,
            kind=kind,
            relief=relief,
            government=government,
            constitutional=constitutional,
        )
        trace = rule.evaluate(case)
        results[point] = {2: Disposition.GRANTED, 1: Disposition.UNDETERMINED, 0: Disposition.DENIED}[trace.value.value]
        defaults = presumed(rule, Facts.of(case))
        if defaults:
            PRESUMED[configuration, point] = {FACTOR_INDEX[key] for key in defaults}
    return results


# (configuration, point) -> the factors (indices into SCALES) a presumption
# supplies there: the findings the record states none on.
PRESUMED: dict[tuple[tuple[Any, ...], Point], set[int]] = {}
FACTOR_INDEX = {"irreparable_harm.likelihood": 1, "balance_of_hardships.tips": 2, "public_interest.weighs": 3}


def stated(point: Point, other: Point, configuration: tuple[Any, ...]) -> bool:
    """Whether the step from *point* to *other* moves a finding between the
    court's statement and a default (a presumption, or a merged weighing's
    reading of the public interest): the one step that may change a definite answer."""
    changed = next(i for i, (a, b) in enumerate(zip(point, other, strict=True)) if a != b)
    return changed in PRESUMED.get((configuration, point), set()) | PRESUMED.get((configuration, other), set())


def neighbours(point: Point, move: str) -> Iterator[Point]:
    """Points one step away on one factor: *move* is ``raise`` or ``narrow``."""
    for index, (lo, hi) in enumerate(point):
        n = len(SCALES[index])
        if move == "raise":
            steps = [(lo + 1, hi), (lo, hi + 1)]
        else:
            steps = [(lo + 1, hi), (lo, hi - 1)]
        for new_lo, new_hi in steps:
            if 0 <= new_lo <= new_hi < n:
                yield point[:index] + ((new_lo, new_hi),) + point[index + 1 :]


@pytest.fixture(scope="module", params=CONFIGURATIONS, ids=lambda c: "-".join(str(x) for x in c))
def dispositions(request: pytest.FixtureRequest) -> dict[Point, Disposition]:
    return table(request.param, NinthCircuit())


def test_space_size(dispositions: dict[Point, Disposition]) -> None:
    """All intervals on the four scales: 10 x 6 x 15 x 15 (the public interest on five levels)."""
    assert len(dispositions) == 10 * 6 * 15 * 15 == 13500


def test_monotone_exhaustively(request: pytest.FixtureRequest, dispositions: dict[Point, Disposition]) -> None:
    """Raising either bound of any finding never moves the answer against the
    movant, unless it states a finding a presumption supplied: a stated
    finding governs, even a bound that leans the movant's way."""
    configuration = request.node.callspec.params["dispositions"]
    for point, outcome in dispositions.items():
        for better in neighbours(point, "raise"):
            if RANK[dispositions[better]] < RANK[outcome]:
                assert stated(point, better, configuration), (point, better)


def test_narrowing_never_flips_a_definite_answer_exhaustively(request: pytest.FixtureRequest, dispositions: dict[Point, Disposition]) -> None:
    """Knowing more never unsettles or reverses a definite answer, unless the
    answer rested on a presumption of the finding narrowed (the decision
    reports it in `presumed`)."""
    configuration = request.node.callspec.params["dispositions"]
    for point, outcome in dispositions.items():
        if outcome is Disposition.UNDETERMINED:
            continue
        for narrower in neighbours(point, "narrow"):
            if dispositions[narrower] is not outcome:
                assert stated(point, narrower, configuration), (point, narrower)


def test_only_a_presumption_lets_a_stated_finding_change_a_definite_answer() -> None:
    """The exception above is used, and only where the law makes it: a likely
    constitutional claim presumes harm, and the court's finding of no harm
    denies the motion (Melendres with irreparable harm stated as none)."""
    presumed_harm = make_case(merits=Merits.LIKELY, constitutional=True, balance=Balance.FAVORS, public=PublicInterest.FAVORS)
    decision = injunction.evaluate(presumed_harm)
    assert decision.disposition is Disposition.GRANTED and decision.presumed == ("irreparable_harm.likelihood",)
    assert not decision.stable and decision.rebuttable == ("irreparable_harm.likelihood",)
    found_none = make_case(merits=Merits.LIKELY, constitutional=True, harm=Harm.NONE, balance=Balance.FAVORS, public=PublicInterest.FAVORS)
    assert injunction.evaluate(found_none).disposition is Disposition.DENIED


def test_every_outcome_is_reachable(request: pytest.FixtureRequest, dispositions: dict[Point, Disposition]) -> None:
    """Each test can grant, deny, and be left open: no path is dead or automatic.
    Mandatory relief is the exception the law makes: without extreme or very
    serious damage (very_serious false, or not found) it can never be granted."""
    relief, very_serious = request.node.callspec.params["dispositions"][1::3]
    outcomes = set(dispositions.values())
    if relief is Relief.MANDATORY and very_serious is False:
        assert outcomes == {Disposition.DENIED}
    elif relief is Relief.MANDATORY and very_serious is None:
        assert outcomes == {Disposition.DENIED, Disposition.UNDETERMINED}
    else:
        assert outcomes == set(Disposition)


def test_complete_findings_always_decide(request: pytest.FixtureRequest, dispositions: dict[Point, Disposition]) -> None:
    """When every finding is exact (very_serious included where it counts), the
    answer is never undetermined: only a missing finding leaves a motion open."""
    relief, very_serious = request.node.callspec.params["dispositions"][1::3]
    exact = {p: d for p, d in dispositions.items() if all(lo == hi for lo, hi in p)}
    assert len(exact) == 4 * 3 * 5 * 5
    if relief is Relief.MANDATORY and very_serious is None:
        # Without a finding on "extreme or very serious damage" mandatory relief
        # can be refused but never granted.
        assert Disposition.GRANTED not in exact.values()
    else:
        assert Disposition.UNDETERMINED not in exact.values()


@pytest.mark.parametrize("kind", [MotionKind.TEMPORARY_RESTRAINING_ORDER, MotionKind.INJUNCTION_PENDING_APPEAL])
def test_tros_and_injunctions_pending_appeal_take_the_preliminary_injunction_test(kind: MotionKind) -> None:
    """Stuhlbarg, 240 F.3d at 839 n.7: the TRO standard is "substantially identical";
    an injunction pending appeal takes the same test (Feldman, 843 F.3d at 367),
    save the Lanham Act presumption, whose statute names only TROs and
    preliminary injunctions (15 U.S.C. § 1116(a)): the test of a record
    decided before the TMA."""
    standard = NinthCircuit()
    pi = standard.rule_for(make_case())
    other = standard.rule_for(make_case(kind=kind))
    assert isinstance(pi, injunction.AnyOf) and isinstance(other, injunction.AnyOf)
    if kind is MotionKind.TEMPORARY_RESTRAINING_ORDER:
        assert other.rules == pi.rules
    else:
        dated = make_case()
        before_tma = standard.rule_for(attrs.evolve(dated, case=attrs.evolve(dated.case, decided=datetime.date(2020, 12, 26))))
        assert isinstance(before_tma, injunction.AnyOf)
        assert other.rules == before_tma.rules != pi.rules
    assert other.name == kind.value


# --- Hypothesis: several claims, every option of the standard --------------------

standards = st.builds(
    NinthCircuit,
    public_interest_threshold=st.sampled_from([PublicInterest.NEUTRAL, PublicInterest.FAVORS]),
    serious_questions_path=st.booleans(),
    mandatory_serious_questions=st.booleans(),
    constitutional_presumption=st.sampled_from([Merits.LIKELY, Merits.SERIOUS_QUESTIONS, None]),
)


@pytest.mark.parametrize("name", list(PROPERTIES))
@given(case=cases(), standard=standards)
def test_every_property_holds_for_every_option(name: str, case: Case, standard: NinthCircuit) -> None:
    """Each shipped property check passes on random cases under every combination of options."""
    assert PROPERTIES[name](standard, case) is None


@given(cases(), standards)
def test_failed_and_met_agree_with_the_disposition(case: Case, standard: NinthCircuit) -> None:
    """Granted means some path has every factor met and none failed; denied means every path fails somewhere."""
    decision = injunction.evaluate(case, standard)
    if decision.disposition is Disposition.GRANTED:
        assert decision.test is not None and decision.failed[decision.test] == ()
    elif decision.disposition is Disposition.DENIED:
        assert all(decision.failed[path] for path in decision.failed)
    for path in decision.failed:
        assert not set(decision.failed[path]) & set(decision.met[path])


@given(cases())
def test_truth_is_the_value_of_the_trace(case: Case) -> None:
    """`Rule.truth` (the fast path) always agrees with the full evaluation."""
    rule = NinthCircuit().rule_for(case)
    assert rule.truth(injunction.Facts.of(case)) is rule.evaluate(case).value


# --- Every other registered standard, exhaustively ------------------------------


@pytest.mark.parametrize("circuit", [circuit for circuit in REGISTRY if circuit != "ca9"])
def test_every_registered_standard_holds_every_property_exhaustively(circuit: str) -> None:
    """The Ninth Circuit is checked above, table by table; every other circuit's
    default standard by `injunction.testing.verify`, over every fact pattern
    (seconds each, measured on two shared cores: the Second Circuit 70, the
    Third 46, the Sixth 33)."""
    standard = REGISTRY[circuit].standard()
    if circuit == "scotus":  # its default refuses a stay until certiorari can be stated: check the stay too
        standard = injunction.SupremeCourt(certiorari_granted=True)
    results = verify(standard, exhaustive=True, examples=40)
    assert [r.property for r in results if not r.held] == []

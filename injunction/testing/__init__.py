"""Hypothesis strategies for every model, and property checks for any standard.

Needs the ``hypothesis`` extra (``pip install 'injunction[hypothesis]'``).
``st.from_type`` draws every public model from these strategies:
``st.from_type(injunction.Caption)``, ``st.from_type(injunction.Finding[injunction.Harm])``.

Strategies shrink toward the simplest case: an unknown finding first, then
the lowest level; one claim; a preliminary injunction seeking prohibitory
relief from a private party.

>>> from hypothesis import given
>>> from injunction.testing import cases
>>> @given(cases())
... def test_a_decision_is_always_made(case):
...     assert injunction.evaluate(case).disposition in set(injunction.Disposition)
>>> test_a_decision_is_always_made()
"""

from __future__ import annotations

import itertools
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, TypeVar, final

import attrs

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as error:  # pragma: no cover - tested in a subprocess without Hypothesis
    raise ImportError(
        f"injunction.testing needs Hypothesis, which could not be imported ({error}); "
        "install the extra: pip install 'injunction[hypothesis]'",
        name=error.name,
    ) from error

import injunction
from injunction import (
    AllOf,
    AnyOf,
    Balance,
    BalanceOfHardships,
    Caption,
    Case,
    Claim,
    Disposition,
    Expected,
    Facts,
    Factor,
    Finding,
    Harm,
    IrreparableHarm,
    Level,
    Merger,
    Merits,
    Motion,
    MotionKind,
    Not,
    Presumption,
    PublicInterest,
    PublicInterestFinding,
    Relief,
    Requirement,
    Rule,
    Severity,
    Standard,
    Truth,
)
from injunction.standards.courts import COURTS
from injunction._corpus import with_finding
from injunction._engine.evaluation import DISPOSITION as _DISPOSITION
from injunction._engine.evaluation import settling
from injunction._hypothesis import register as _register_strategies
from injunction._records.format import TESTS
from injunction._engine.whatif import Axis, apply_assignment, axes, minimal_sets

# `st.from_type` draws every public model from the strategies below. Hypothesis's
# entry point registers them when Hypothesis loads; this does it where the entry
# point did not run (a source checkout, HYPOTHESIS_NO_PLUGINS), once per process.
_register_strategies()

__all__ = [
    "PROPERTIES",
    "InvalidArgument",
    "CaseSpace",
    "Result",
    "Violation",
    "all_cases",
    "balances_of_hardships",
    "captions",
    "case_records",
    "cases",
    "check_claims",
    "check_monotone",
    "check_narrowing",
    "check_needs",
    "check_settling",
    "check_reachable",
    "check_round_trip",
    "check_thresholds",
    "claims",
    "expected_outcomes",
    "fact_patterns",
    "findings",
    "irreparable_harms",
    "motions",
    "public_interest_findings",
    "verify",
    "with_finding",
]

L = TypeVar("L", bound=Level)

# Realistic names first, so failures read like cases; then any valid text.
_CLAIM_NAMES = (
    "Breach of contract",
    "Sherman Act § 1",
    "First Amendment",
    "Administrative Procedure Act",
    "Copyright infringement",
    "Due process",
)
_PARTIES = ("Movant Co.", "Opponent Inc.", "United States", "State of Washington")


def _names(common: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Non-blank text, shrinking to the first of *common*."""
    return st.one_of(
        st.sampled_from(common),
        st.text(min_size=1, max_size=60).filter(lambda text: bool(text.strip())),
    )


def findings(
    scale: type[L], *, exact: bool = True, bounded: bool = True, unknown: bool = True
) -> st.SearchStrategy[Finding[L]]:
    """Findings on *scale*: unknown (the whole scale), exact (one level), or
    bounded (any other interval). Shrinks to unknown, then to the lowest level.

    >>> findings(Merits, exact=False, bounded=False, unknown=False)
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: findings() needs at least one of exact, bounded or unknown to be true
    """
    if not (isinstance(scale, type) and issubclass(scale, Level) and scale is not Level):
        raise InvalidArgument(f"findings() needs a scale such as injunction.Merits, got {scale!r}")
    for name, value in (("exact", exact), ("bounded", bounded), ("unknown", unknown)):
        if not isinstance(value, bool):
            raise InvalidArgument(f"findings() option {name} must be True or False, got {value!r}")
    levels = list(scale)
    choices: list[st.SearchStrategy[Finding[L]]] = []
    if unknown:
        choices.append(st.just(Finding.unknown(scale)))
    if exact:
        choices.append(st.sampled_from(levels).map(Finding.exact))
    if bounded:
        intervals = [
            Finding(lo, hi)
            for i, lo in enumerate(levels)
            for hi in levels[i + 1 :]
            if not (lo is levels[0] and hi is levels[-1])
        ]
        if intervals:
            choices.append(st.sampled_from(intervals))
    if not choices:
        raise InvalidArgument("findings() needs at least one of exact, bounded or unknown to be true")
    return st.one_of(choices)


def claims(
    *,
    merits: st.SearchStrategy[Finding[Merits]] | None = None,
    constitutional: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[Claim]:
    """Claims with any valid name, merits finding and constitutional flag."""
    return st.builds(
        Claim,
        name=_names(_CLAIM_NAMES),
        merits=findings(Merits) if merits is None else merits,
        constitutional=st.booleans() if constitutional is None else constitutional,
        finding=st.none() | st.text(max_size=200),
    )


def motions(
    *,
    kinds: st.SearchStrategy[MotionKind] | None = None,
    relief: st.SearchStrategy[Relief] | None = None,
    opponent_is_government: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[Motion]:
    """Motions of any kind; shrinks to a preliminary injunction for prohibitory relief."""
    default_kinds = [MotionKind.PRELIMINARY_INJUNCTION] + [k for k in MotionKind if k is not MotionKind.PRELIMINARY_INJUNCTION]
    return st.builds(
        Motion,
        kind=st.sampled_from(default_kinds) if kinds is None else kinds,
        relief=st.sampled_from(list(Relief)) if relief is None else relief,
        movant=_names(_PARTIES),
        opponent=_names(_PARTIES[1:]),
        opponent_is_government=st.booleans() if opponent_is_government is None else opponent_is_government,
    )


def captions() -> st.SearchStrategy[Caption]:
    """Case identifications in a court whose law the library encodes."""
    return st.builds(
        Caption,
        name=_names(("Movant Co. v. Opponent Inc.",)),
        court=st.sampled_from(list(COURTS)),
        decided=st.none() | st.dates(),
        citation=st.none() | st.text(max_size=80),
        docket=st.none() | st.text(max_size=40),
        source=st.none() | st.text(max_size=80),
    )


def irreparable_harms() -> st.SearchStrategy[IrreparableHarm]:
    """Findings on irreparable harm: any likelihood, very serious or not or unknown."""
    return st.builds(
        IrreparableHarm,
        likelihood=findings(Harm),
        very_serious=st.none() | st.booleans(),
        finding=st.none() | st.text(max_size=200),
    )


def balances_of_hardships() -> st.SearchStrategy[BalanceOfHardships]:
    """Findings on the balance of hardships, from the movant's side."""
    return st.builds(BalanceOfHardships, tips=findings(Balance), finding=st.none() | st.text(max_size=200))


def public_interest_findings() -> st.SearchStrategy[PublicInterestFinding]:
    """Findings on where the public interest lies."""
    return st.builds(PublicInterestFinding, weighs=findings(PublicInterest), finding=st.none() | st.text(max_size=200))


def expected_outcomes() -> st.SearchStrategy[Expected]:
    """What a court decided, as a reference record's ``expected`` section
    holds it: granted or denied, a test the record format names, distinct grounds."""
    return st.builds(
        Expected,
        disposition=st.sampled_from([Disposition.GRANTED, Disposition.DENIED]),
        determinable=st.booleans(),
        test=st.none() | st.sampled_from(TESTS),
        grounds=st.lists(st.sampled_from(list(Factor)), unique=True).map(tuple),
        notes=st.none() | st.text(max_size=200),
    )


def cases(
    *,
    min_claims: int = 1,
    max_claims: int = 4,
    kinds: st.SearchStrategy[MotionKind] | None = None,
    relief: st.SearchStrategy[Relief] | None = None,
    opponent_is_government: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[Case]:
    """Cases: every valid combination of motion, claims and findings.

    >>> cases(min_claims=3, max_claims=2)
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: cases() needs min_claims <= max_claims, got min_claims=3, max_claims=2
    """
    for name, value in (("min_claims", min_claims), ("max_claims", max_claims)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidArgument(f"cases() option {name} must be an integer, got {value!r}")
    if min_claims < 1:
        raise InvalidArgument(f"cases() needs min_claims >= 1 (a case has at least one claim), got {min_claims}")
    if min_claims > max_claims:
        raise InvalidArgument(f"cases() needs min_claims <= max_claims, got min_claims={min_claims}, max_claims={max_claims}")
    return st.builds(
        Case,
        case=captions(),
        motion=motions(kinds=kinds, relief=relief, opponent_is_government=opponent_is_government),
        claims=st.lists(claims(), min_size=min_claims, max_size=max_claims).map(tuple),
        irreparable_harm=irreparable_harms(),
        balance_of_hardships=balances_of_hardships(),
        public_interest=public_interest_findings(),
    )


def case_records(**options: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Case records as the dicts a JSON record parses to; takes the options of `cases`."""
    return cases(**options).map(injunction.to_record)


def fact_patterns(**options: Any) -> st.SearchStrategy[Facts]:
    """What rules read from a case (`Facts.of`), for the cases of `cases`; takes its options."""
    return cases(**options).map(Facts.of)


_SCALES: tuple[type[Level], ...] = (Merits, Harm, Severity, Balance, PublicInterest)


def _from_type(thing: Any) -> st.SearchStrategy[Any]:
    """The strategy ``st.from_type(thing)`` draws from, for each public model
    (registered by the Hypothesis entry point, `injunction._hypothesis`).

    ``Finding[Merits]`` draws findings on that scale; a bare ``Finding``
    (or ``Level``) draws from every scale.
    """
    origin = typing.get_origin(thing) or thing
    if origin is Finding:
        scales = [a for a in typing.get_args(thing) if not isinstance(a, TypeVar)] or list(_SCALES)
        return st.one_of([findings(scale) for scale in scales])
    if isinstance(origin, type) and issubclass(origin, Level):
        return st.one_of([st.sampled_from(list(scale)) for scale in (_SCALES if origin is Level else (origin,))])
    strategies: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
        Case: cases,
        Caption: captions,
        Motion: motions,
        Claim: claims,
        IrreparableHarm: irreparable_harms,
        BalanceOfHardships: balances_of_hardships,
        PublicInterestFinding: public_interest_findings,
        Expected: expected_outcomes,
        Facts: fact_patterns,
    }
    if origin not in strategies:
        raise InvalidArgument(f"injunction.testing has no strategy for {thing!r}")
    return strategies[origin]()


# --- Property checks -----------------------------------------------------------
#
# Each check takes a standard (anything with ``rule_for(case)``: the built-in
# `NinthCircuit`, or any rule a user composed) and one case, and returns a
# `Violation` or None. `verify` runs them all, over Hypothesis examples or
# over every case of `all_cases()`.


@final
@attrs.frozen
class Violation:
    """A counterexample: the *case* on which *property* fails, and what happened."""

    property: str
    case: Case
    detail: str

    def __str__(self) -> str:
        return f"{self.property}: {self.detail}"


@final
@attrs.frozen
class Result:
    """Whether *property* held over *checked* cases (or fact patterns), with a counterexample if not."""

    property: str
    held: bool
    checked: int
    violation: Violation | None = None
    note: str = ""


_RANK = {Disposition.DENIED: 0, Disposition.UNDETERMINED: 1, Disposition.GRANTED: 2}
_BY_TRUTH = _DISPOSITION


def _decide(standard: Standard, case: Case) -> Disposition:
    return _BY_TRUTH[standard.rule_for(case).evaluate(case).value]


def _steps(finding: Finding[L], move: str) -> list[Finding[L]]:
    """One step up (``raise``: either bound up) or inward (``narrow``) on the scale."""
    levels = list(finding.scale)
    lo, hi = finding.lo.rank, finding.hi.rank
    pairs = [(lo + 1, hi), (lo, hi + 1)] if move == "raise" else [(lo + 1, hi), (lo, hi - 1)]
    return [Finding(levels[a], levels[b]) for a, b in pairs if 0 <= a <= b < len(levels)]


def _severity_finding(very_serious: bool | None) -> Finding[Severity]:
    return IrreparableHarm(very_serious=very_serious).severity


def _very_serious(finding: Finding[Severity]) -> bool | None:
    return None if not finding.is_exact else finding.lo is Severity.VERY_SERIOUS


def _neighbours(case: Case, move: str) -> Iterator[tuple[str, Case]]:
    """Cases one step from *case* on one finding: better for the movant
    (``raise``) or better known (``narrow``), with a description."""
    for index, claim in enumerate(case.claims):
        for merits in _steps(claim.merits, move):
            claims = case.claims[:index] + (attrs.evolve(claim, merits=merits),) + case.claims[index + 1 :]
            yield f"claims[{index}].merits from {claim.merits.describe()} to {merits.describe()}", attrs.evolve(case, claims=claims)
        if move == "raise" and not claim.constitutional:
            claims = case.claims[:index] + (attrs.evolve(claim, constitutional=True),) + case.claims[index + 1 :]
            yield f"claims[{index}] made constitutional", attrs.evolve(case, claims=claims)
    harm = case.irreparable_harm
    for likelihood in _steps(harm.likelihood, move):
        yield (
            f"irreparable harm from {harm.likelihood.describe()} to {likelihood.describe()}",
            attrs.evolve(case, irreparable_harm=attrs.evolve(harm, likelihood=likelihood)),
        )
    for severity in _steps(harm.severity, move):
        very_serious = _very_serious(severity)
        yield (
            f"very_serious from {harm.very_serious} to {very_serious}",
            attrs.evolve(case, irreparable_harm=attrs.evolve(harm, very_serious=very_serious)),
        )
    balance = case.balance_of_hardships
    for tips in _steps(balance.tips, move):
        yield (
            f"the balance of hardships from {balance.tips.describe()} to {tips.describe()}",
            attrs.evolve(case, balance_of_hardships=attrs.evolve(balance, tips=tips)),
        )
    public = case.public_interest
    for weighs in _steps(public.weighs, move):
        yield (
            f"the public interest from {public.weighs.describe()} to {weighs.describe()}",
            attrs.evolve(case, public_interest=attrs.evolve(public, weighs=weighs)),
        )


def check_monotone(standard: Standard, case: Case) -> Violation | None:
    """Monotone: a better finding for the movant never moves the answer against it.

    Improving any finding (either bound of an interval up, a claim made
    constitutional) never turns granted into denied or undetermined, nor
    undetermined into denied; read backwards, a worse finding never turns
    denied into granted. The law needs it because each factor is something
    the movant must show: showing more can never hurt.
    """
    before = _decide(standard, case)
    for change, better in _neighbours(case, "raise"):
        after = _decide(standard, better)
        if _RANK[after] < _RANK[before]:
            return Violation("monotone", case, f"raising {change} moved the answer from {before.value} to {after.value}")
    return None


def check_narrowing(standard: Standard, case: Case) -> Violation | None:
    """Narrowing: knowing more never unsettles or reverses a definite answer.

    If the answer is granted or denied, narrowing any finding's interval
    keeps it; so widening a finding to unknown can only leave the answer
    as it was or make it undetermined. The law needs it because an answer
    that turns on a fact the record leaves open is no answer.
    """
    before = _decide(standard, case)
    if before is Disposition.UNDETERMINED:
        return None
    for change, narrower in _neighbours(case, "narrow"):
        after = _decide(standard, narrower)
        if after is not before:
            return Violation("narrowing", case, f"narrowing {change} moved the answer from {before.value} to {after.value}")
    return None


# Claims the claims check adds: the least and most a claim can add.
_EXTRA_CLAIMS = tuple(
    Claim(name="Added claim", merits=merits, constitutional=constitutional)
    for merits in (Finding.unknown(Merits), Finding.exact(Merits.NONE), Finding.exact(Merits.CLEAR))
    for constitutional in (False, True)
)


def check_claims(standard: Standard, case: Case) -> Violation | None:
    """Claims: order is irrelevant, another claim never hurts, and the merits are the best claim's.

    Relief needs only one claim that supports it, so the claims are a set
    whose best member carries the merits factor (spec: "The merits factor is
    the best claim's").
    """
    decision = injunction.evaluate(case, standard)
    for order in (case.claims[::-1], case.claims[1:] + case.claims[:1]):
        other = injunction.evaluate(attrs.evolve(case, claims=order), standard)
        if (other.disposition, other.test) != (decision.disposition, decision.test):
            return Violation(
                "claims",
                case,
                f"reordering the claims moved the answer from {decision.disposition.value} ({decision.test}) "
                f"to {other.disposition.value} ({other.test})",
            )
    for extra in _EXTRA_CLAIMS:
        more = _decide(standard, attrs.evolve(case, claims=(*case.claims, extra)))
        if _RANK[more] < _RANK[decision.disposition]:
            return Violation(
                "claims",
                case,
                f"adding a claim ({extra.merits.describe()}) moved the answer from {decision.disposition.value} to {more.value}",
            )
    lo = max(claim.merits.lo for claim in case.claims)
    hi = max(claim.merits.hi for claim in case.claims)
    for node in decision.trace.walk():
        if node.kind == "requirement" and node.factor is Factor.MERITS and len(node.children) == len(case.claims):
            if node.finding != Finding(lo, hi):
                return Violation("claims", case, f"the merits were read as {node.finding!r}, not the best claim's")
    return None


def _tree(rule: Rule) -> Iterator[Rule]:
    """*rule* and every rule inside it."""
    yield rule
    inner: tuple[Rule, ...] = ()
    if isinstance(rule, (AllOf, AnyOf, Merger)):
        inner = rule.rules
    elif isinstance(rule, Not):
        inner = (rule.rule,)
    elif isinstance(rule, Presumption):
        inner = (rule.when,)
    for child in inner:
        yield from _tree(child)


def _threshold_pairs(rule: Rule) -> list[tuple[Requirement, Requirement]]:
    """Pairs (weaker, stricter) of requirements on the same finding."""
    requirements = list(dict.fromkeys(r for r in _tree(rule) if isinstance(r, Requirement)))
    return [
        (weak, strict)
        for weak in requirements
        for strict in requirements
        if (weak.factor, type(weak.at_least), weak.constitutional_only)
        == (strict.factor, type(strict.at_least), strict.constitutional_only)
        and weak.at_least < strict.at_least
    ]


def _disagree(weak: Requirement, strict: Requirement, facts: Facts) -> bool:
    """Whether *strict* is met where *weak* is not, or *weak* fails where *strict* does not."""
    weak_value, strict_value = weak.truth(facts), strict.truth(facts)
    return (strict_value is Truth.TRUE and weak_value is not Truth.TRUE) or (
        weak_value is Truth.FALSE and strict_value is not Truth.FALSE
    )


def check_thresholds(standard: Standard, case: Case) -> Violation | None:
    """Thresholds: a stricter threshold implies the weaker one.

    Sharply favors implies favors; clear implies likely implies serious
    questions. Where the stricter requirement is met the weaker is met, and
    where the weaker fails the stricter fails: a test that granted on the
    stricter showing and denied on the weaker would be incoherent.

    It checks the library's reading of findings against thresholds
    (`Finding.reaches`) for the requirements a standard uses, not how the
    standard combines them: any standard composed of `Requirement` rules holds
    it while that reading is sound. A standard that grants on a weaker
    showing and denies on a stronger one breaks ``monotone`` instead.
    """
    facts = Facts.of(case)
    for weak, strict in _threshold_pairs(standard.rule_for(case)):
        if _disagree(weak, strict, facts):
            return Violation("thresholds", case, f"{strict!r} and {weak!r} disagree")
    return None


def check_needs(standard: Standard, case: Case) -> Violation | None:
    """`needs` is sound: each finding it names settles the motion the way it says.

    An undetermined decision lists in `needs` the factors whose finding
    alone would settle it, and in `settles` which finding settles it which
    way; a user who supplies that finding must get that answer. A decided
    motion needs nothing.
    """
    decision = injunction.evaluate(case, standard)
    if decision.disposition is not Disposition.UNDETERMINED:
        if decision.needs:
            return Violation("needs", case, f"a {decision.disposition.value} motion still lists needs {decision.needs}")
        return None
    if set(decision.needs) != set(decision.settles):
        return Violation("needs", case, f"needs {decision.needs} and settles {list(decision.settles)} disagree")
    for factor, entries in decision.settles.items():
        for entry in entries:
            after = _decide(standard, with_finding(case, factor, entry["finding"]))
            if after.value != entry["disposition"]:
                return Violation(
                    "needs",
                    case,
                    f"setting {factor} to {entry['finding']} gave {after.value}, not {entry['disposition']}",
                )
    return None


def _settling_problem(truth: Callable[[Facts], Truth], facts: Facts, read: Iterable[type[Level]]) -> str | None:
    """What is wrong with the settling sets of *facts* under *truth*, or None.

    A decided motion must stay put for every completion of its open
    findings (it is stable). For an open one, every settling set must settle
    it the way it says, no set may settle it without one of its findings
    (so no smaller set does: narrowing never unsettles), and every completion
    that settles it must contain a reported set (none is missing).
    """
    axes_ = axes(facts, read)
    value = truth(facts)
    open_ = [i for i, axis in enumerate(axes_) if not axis.found.is_exact]
    completions = [
        tuple(zip(open_, levels)) for levels in itertools.product(*(axes_[i].found.levels() for i in open_))
    ]
    if value is not Truth.UNKNOWN:
        for completion in completions:
            if truth(apply_assignment(facts, axes_, completion)) is not value:
                return f"a decided motion moved when its open findings were completed as {_words(axes_, completion)}"
        return None
    sets = minimal_sets(truth, facts, axes_, goal=None, within_found=True)
    for assignment, way in sets:
        if truth(apply_assignment(facts, axes_, assignment)) is not way:
            return f"the settling set {_words(axes_, assignment)} does not settle it {way.name.lower()}"
        for drop in range(len(assignment)):
            smaller = assignment[:drop] + assignment[drop + 1 :]
            if smaller and truth(apply_assignment(facts, axes_, smaller)) is not Truth.UNKNOWN:
                return f"the settling set {_words(axes_, assignment)} is not minimal: {_words(axes_, smaller)} settles it"
    reported = [set(assignment) for assignment, _ in sets]
    for completion in completions:
        if truth(apply_assignment(facts, axes_, completion)) is not Truth.UNKNOWN:
            if not any(found <= set(completion) for found in reported):
                return f"the findings {_words(axes_, completion)} settle it, but contain no reported settling set"
    return None


def _words(axes_: tuple[Axis, ...], assignment: tuple[tuple[int, Level], ...]) -> str:
    return "{" + ", ".join(f"{axes_[i].key}: {level.value}" for i, level in assignment) + "}"


def check_settling(standard: Standard, case: Case) -> Violation | None:
    """Settling sets are exact: each settles the motion the way it says, no
    smaller set does, none is missing; and a decided motion is stable, the
    same for every way its open findings could come out.
    """
    decision = injunction.evaluate(case, standard)
    read = {axis.scale for axis in decision.axes}
    problem = _settling_problem(decision.rule.truth, Facts.of(case), read)
    return None if problem is None else Violation("settling", case, problem)


def check_round_trip(standard: Standard, case: Case) -> Violation | None:
    """Round trip: a case written as JSON or TOML loads back equal, and decides the same.

    Records are how cases travel between applications; a record that
    changed in transit would be a different case.
    """
    expected = injunction.evaluate(case, standard).to_dict()
    for format in ("json", "toml"):
        loaded = injunction.loads(injunction.dumps(case, format=format), format=format)
        if loaded != case:
            return Violation("round_trip", case, f"the {format.upper()} record loaded back different")
        if injunction.evaluate(loaded, standard).to_dict() != expected:
            return Violation("round_trip", case, f"the {format.upper()} record decided differently")
    return None


PROPERTIES: Mapping[str, Callable[[Standard, Case], Violation | None]] = MappingProxyType(
    {
        "monotone": check_monotone,
        "narrowing": check_narrowing,
        "claims": check_claims,
        "thresholds": check_thresholds,
        "needs": check_needs,
        "settling": check_settling,
        "round_trip": check_round_trip,
    }
)
"""Every property that holds case by case, by name; `verify` adds ``reachable``."""


def _paths(rule: Rule) -> tuple[Rule, ...]:
    return rule.rules if isinstance(rule, AnyOf) else (rule,)


def _label(rule: Rule) -> str:
    return rule.name if rule.name is not None else repr(rule)


def check_reachable(standard: Standard, cases: Iterable[Case]) -> Violation | None:
    """Reachable: every path and every requirement is met on some case and failed on another.

    A requirement that can never fail checks nothing, and a path that can
    never be met (or never fail) is dead law; either is a drafting error in
    the standard.
    """
    # Keyed by the rule's value, never its identity: a standard may build an
    # equal rule afresh for every case. A run of cases with the same rule
    # object (the usual standard) looks it up once.
    parts: dict[Rule, tuple[Case, tuple[Rule, ...], list[set[Truth]]]] = {}
    last: Rule | None = None
    entry: tuple[Case, tuple[Rule, ...], list[set[Truth]]] | None = None
    for case in cases:
        rule = standard.rule_for(case)
        if entry is None or rule is not last:
            last = rule
            entry = parts.get(rule)
            if entry is None:
                requirements = tuple(dict.fromkeys(r for r in _tree(rule) if isinstance(r, Requirement)))
                members = (*_paths(rule), *requirements)
                entry = parts[rule] = (case, members, [set() for _ in members])
        facts = Facts.of(case)
        for part, values in zip(entry[1], entry[2], strict=True):
            values.add(part.truth(facts))
    for rule, (case, members, reached) in parts.items():
        for index, (part, values) in enumerate(zip(members, reached, strict=True)):
            missing = {Truth.TRUE, Truth.FALSE} - values
            if missing:
                what = "path" if index < len(_paths(rule)) else "requirement"
                never = " or ".join("met" if m is Truth.TRUE else "failed" for m in sorted(missing, key=lambda t: t.value))
                return Violation("reachable", case, f"the {what} {_label(part)} is never {never}")
    return None


# --- The finite space ------------------------------------------------------------


def _intervals(scale: type[L]) -> tuple[Finding[L], ...]:
    """Every interval on *scale*, simplest first: unknown, then exact levels low to high, then bounds."""
    levels = list(scale)
    everything = [Finding(lo, hi) for i, lo in enumerate(levels) for hi in levels[i:]]
    return tuple(sorted(everything, key=lambda f: (not f.is_unknown, not f.is_exact, f.lo.rank, f.hi.rank)))


_CLAIM_VARIANTS = tuple(
    Claim(name="Constitutional claim" if constitutional else "Claim", merits=merits, constitutional=constitutional)
    for constitutional in (False, True)
    for merits in _intervals(Merits)
)


_CAPTION = Caption(name="Movant Co. v. Opponent Inc.", court="cand")


def _build(
    motion: Motion,
    claims: tuple[Claim, ...],
    harm: Finding[Harm],
    very_serious: bool | None,
    balance: Finding[Balance],
    public: Finding[PublicInterest],
) -> Case:
    """A case on the grid of the space: these findings, under a fixed caption."""
    return Case(
        case=_CAPTION,
        motion=motion,
        claims=claims,
        irreparable_harm=IrreparableHarm(likelihood=harm, very_serious=very_serious),
        balance_of_hardships=BalanceOfHardships(tips=balance),
        public_interest=PublicInterestFinding(weighs=public),
    )


@final
@attrs.frozen
class CaseSpace:
    """Every case on the finite grid: every interval on each scale, every motion
    kind, relief and opponent, constitutional or not, very serious or not,
    with *min_claims* to *max_claims* claims. ``len()`` is its size; iterating
    yields the cases lazily, simplest first.

    >>> len(all_cases())
    10886400
    >>> len(all_cases(max_claims=1))
    518400
    """

    min_claims: int = 1
    max_claims: int = 2
    kinds: tuple[MotionKind, ...] = tuple(MotionKind)
    reliefs: tuple[Relief, ...] = tuple(Relief)
    governments: tuple[bool, ...] = (False, True)

    def motions(self) -> tuple[Motion, ...]:
        """Every motion of the space."""
        return tuple(
            Motion(kind=kind, relief=relief, movant="Movant Co.", opponent="Opponent Inc.", opponent_is_government=government)
            for kind in self.kinds
            for relief in self.reliefs
            for government in self.governments
        )

    def claim_lists(self) -> tuple[tuple[Claim, ...], ...]:
        """Every list of claims of the space, in order: each claim any merits interval, constitutional or not."""
        return tuple(
            claims
            for count in range(self.min_claims, self.max_claims + 1)
            for claims in itertools.product(_CLAIM_VARIANTS, repeat=count)
        )

    def findings(self) -> Iterator[tuple[Finding[Harm], bool | None, Finding[Balance], Finding[PublicInterest]]]:
        """Every combination of the findings other than the merits."""
        return itertools.product(_intervals(Harm), (None, False, True), _intervals(Balance), _intervals(PublicInterest))

    def __len__(self) -> int:
        findings = len(_intervals(Harm)) * 3 * len(_intervals(Balance)) * len(_intervals(PublicInterest))
        return len(self.motions()) * len(self.claim_lists()) * findings

    def __iter__(self) -> Iterator[Case]:
        for motion in self.motions():
            for claims in self.claim_lists():
                for findings_ in self.findings():
                    yield _build(motion, claims, *findings_)


def all_cases(
    *,
    min_claims: int = 1,
    max_claims: int = 2,
    kinds: Iterable[MotionKind] = tuple(MotionKind),
    reliefs: Iterable[Relief] = tuple(Relief),
    governments: Iterable[bool] = (False, True),
) -> CaseSpace:
    """The finite space of cases (10,886,400 with the defaults), for exhaustive checks.

    >>> all_cases(kinds=["preliminary_injunction"])
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: all_cases() option kinds takes MotionKind members, got 'preliminary_injunction'
    """
    if not 1 <= min_claims <= max_claims:
        raise InvalidArgument(f"all_cases() needs 1 <= min_claims <= max_claims, got {min_claims} and {max_claims}")
    options: dict[str, tuple[Any, ...]] = {}
    for name, values, kind, words in (
        ("kinds", kinds, MotionKind, "MotionKind members"),
        ("reliefs", reliefs, Relief, "Relief members"),
        ("governments", governments, bool, "True or False values"),
    ):
        if isinstance(values, (str, bool)):
            raise InvalidArgument(f"all_cases() option {name} takes a list of {words}, got {values!r}")
        options[name] = tuple(values)
        if not options[name]:
            raise InvalidArgument(f"all_cases() option {name} needs at least one value")
        for value in options[name]:
            if not isinstance(value, kind):
                raise InvalidArgument(f"all_cases() option {name} takes {words}, got {value!r}")
    return CaseSpace(min_claims, max_claims, options["kinds"], options["reliefs"], options["governments"])


# --- Exhaustive verification ----------------------------------------------------
#
# Rules read a case only through its `Facts` (the best claim's merits, the best
# constitutional claim's, and the other findings), so checking every fact
# pattern checks every case that has it. The cases of `all_cases()` map onto
# the fact grid below; the claims check proves that map sound (order does not
# matter, another claim never lowers it, the merits are the best claim's).

_LIBRARY_RULES = (Requirement, AllOf, AnyOf, Not, Presumption, Merger)
_MERITS = _intervals(Merits)
_HARM = _intervals(Harm)
_SEVERITY = _intervals(Severity)
_BALANCE = _intervals(Balance)
_PUBLIC = _intervals(PublicInterest)
_DIMENSIONS: tuple[tuple[Finding[Any], ...], ...] = (_MERITS, _HARM, _SEVERITY, _BALANCE, _PUBLIC)
_INDEX: dict[Finding[Any], int] = {f: i for dimension in _DIMENSIONS for i, f in enumerate(dimension)}

# A grid point: (merits, constitutional merits or -1 for none, harm, severity, balance, public interest).
Point = tuple[int, int, int, int, int, int]


def _below(c: Finding[Merits], m: Finding[Merits]) -> bool:
    """Whether *c* lies at or below *m* at both ends, as a sub-join lies below the join."""
    return c.lo.rank <= m.lo.rank and c.hi.rank <= m.hi.rank


_ALL_AXES = frozenset(range(6))


def _grid(read: frozenset[int] = _ALL_AXES) -> Iterator[Point]:
    """Every fact pattern a case can have, simplest first; an axis no rule
    *read*s stays at its first value (unknown; no constitutional claim)."""
    for m, merits in enumerate(_MERITS if 0 in read else _MERITS[:1]):
        consts = [-1] + [c for c, const in enumerate(_MERITS) if _below(const, merits)] if 1 in read else [-1]
        for c in consts:
            ranges = (range(len(d)) if axis in read else range(1) for axis, d in enumerate(_DIMENSIONS[1:], start=2))
            for h, s, b, p in itertools.product(*ranges):
                yield (m, c, h, s, b, p)


def _facts(point: Point) -> Facts:
    m, c, h, s, b, p = point
    return Facts(
        merits=_MERITS[m],
        constitutional_merits=None if c < 0 else _MERITS[c],
        harm=_HARM[h],
        severity=_SEVERITY[s],
        balance=_BALANCE[b],
        public_interest=_PUBLIC[p],
    )


def _case(motion: Motion, point: Point) -> Case:
    """A case with the facts of *point*: one claim, or a second, constitutional one."""
    m, c, h, s, b, p = point
    if c < 0:
        claims: tuple[Claim, ...] = (Claim(name="Claim", merits=_MERITS[m]),)
    elif c == m:
        claims = (Claim(name="Constitutional claim", merits=_MERITS[m], constitutional=True),)
    else:
        claims = (Claim(name="Claim", merits=_MERITS[m]), Claim(name="Constitutional claim", merits=_MERITS[c], constitutional=True))
    return _build(motion, claims, _HARM[h], _very_serious(_SEVERITY[s]), _BALANCE[b], _PUBLIC[p])


def _moves(dimension: tuple[Finding[Any], ...], move: str) -> list[list[int]]:
    return [[_INDEX[f] for f in _steps(finding, move)] for finding in dimension]


_RAISE = [_moves(d, "raise") for d in _DIMENSIONS]
_NARROW = [_moves(d, "narrow") for d in _DIMENSIONS]
_DIMENSION_NAMES = ("merits", "constitutional merits", "irreparable harm", "very_serious", "balance of hardships", "public interest")


def _replace(point: Point, axis: int, value: int) -> Point:
    items = list(point)
    items[axis] = value
    return (items[0], items[1], items[2], items[3], items[4], items[5])


def _neighbour_points(point: Point, move: str, read: frozenset[int] = _ALL_AXES) -> Iterator[tuple[str, Point]]:
    """Grid points one step from *point* on one *read* axis (a merits step keeps
    the constitutional merits at or below the merits, as claims always do)."""
    m, c = point[0], point[1]
    table = _RAISE if move == "raise" else _NARROW
    if 0 in read:
        for new in table[0][m]:
            if c < 0 or _below(_MERITS[c], _MERITS[new]):
                yield _DIMENSION_NAMES[0], _replace(point, 0, new)
    if 1 in read and c < 0:
        if move == "raise":  # a first constitutional claim, at the lowest merits
            yield _DIMENSION_NAMES[1], _replace(point, 1, _INDEX[Finding.exact(Merits.NONE)])
    elif 1 in read:
        for new in table[0][c]:
            if _below(_MERITS[new], _MERITS[m]):
                yield _DIMENSION_NAMES[1], _replace(point, 1, new)
    for axis in range(2, 6):
        if axis in read:
            for new in table[axis - 1][point[axis]]:
                yield _DIMENSION_NAMES[axis], _replace(point, axis, new)


def _describe_point(point: Point) -> str:
    m, c, h, s, b, p = point
    const = "none" if c < 0 else _MERITS[c].describe()
    return (
        f"merits {_MERITS[m].describe()}, constitutional merits {const}, harm {_HARM[h].describe()}, "
        f"very_serious {_very_serious(_SEVERITY[s])}, balance {_BALANCE[b].describe()}, public interest {_PUBLIC[p].describe()}"
    )


def _settled_point(point: Point, factor: str, finding: Any) -> Point:
    """*point* with *factor* narrowed to *finding*, computed on the grid (independently of the library)."""
    m, c, h, s, b, p = point
    if factor == "merits":
        level = Merits(finding)
        const = -1 if c < 0 else _INDEX[Finding(_MERITS[c].lo, min(_MERITS[c].hi, level))]
        return (_INDEX[Finding.exact(level)], const, h, s, b, p)
    if factor == "irreparable_harm":
        severity = s
        if "very_serious" in finding:
            severity = _INDEX[Finding.exact(Severity.VERY_SERIOUS if finding["very_serious"] else Severity.ORDINARY)]
        return (m, c, _INDEX[Finding.exact(Harm(finding["likelihood"]))], severity, b, p)
    if factor == "balance_of_hardships":
        return (m, c, h, s, _INDEX[Finding.exact(Balance(finding))], p)
    return (m, c, h, s, b, _INDEX[Finding.exact(PublicInterest(finding))])


class _Checker:
    """Collects the first violation of each property, and how much was checked."""

    def __init__(self) -> None:
        self.violations: dict[str, Violation] = {}
        self.checked: dict[str, int] = {}
        self.notes: dict[str, str] = {}

    def count(self, name: str, amount: int = 1) -> None:
        self.checked[name] = self.checked.get(name, 0) + amount

    def fail(self, violation: Violation) -> None:
        self.violations.setdefault(violation.property, violation)

    def results(self, names: Iterable[str]) -> list[Result]:
        return [
            Result(name, name not in self.violations, self.checked.get(name, 0), self.violations.get(name), self.notes.get(name, ""))
            for name in names
        ]


def _order_counterexample(standard: Standard, case: Case) -> Violation | None:
    """A case, with *case*'s claims, whose answer changes when they are reversed."""
    for harm, very_serious, balance, public in all_cases().findings():
        candidate = attrs.evolve(
            case,
            irreparable_harm=IrreparableHarm(likelihood=harm, very_serious=very_serious),
            balance_of_hardships=BalanceOfHardships(tips=balance),
            public_interest=PublicInterestFinding(weighs=public),
        )
        violation = check_claims(standard, candidate)
        if violation is not None:
            return violation
    return None


def _check_rule_choice(standard: Standard, space: CaseSpace, check: _Checker) -> dict[Motion, Rule]:
    """The rule each motion gets. The exhaustive check needs a standard that
    chooses its rule from the motion alone; one that lets the order of the
    claims choose it breaks the claims property."""
    rules: dict[Motion, Rule] = {}
    for motion in space.motions():
        base = _case(motion, (0, -1, 0, 0, 0, 0))
        rule = rules[motion] = standard.rule_for(base)
        depends = None
        for claims in space.claim_lists():
            case = attrs.evolve(base, claims=claims)
            check.count("claims")
            if len(claims) > 1 and standard.rule_for(case) != standard.rule_for(attrs.evolve(case, claims=claims[::-1])):
                violation = _order_counterexample(standard, case)
                if violation is not None:
                    check.fail(violation)
                    return rules
            if depends is None and standard.rule_for(case) != rule:
                depends = case
        if depends is not None:
            raise InvalidArgument(
                "the exhaustive check needs a standard that chooses its test from the motion alone, but this one "
                "changes it with the claims; check it with examples instead"
            )
        for point in itertools.islice(_grid(), 0, None, 97):
            if standard.rule_for(_case(motion, point)) != rule:
                raise InvalidArgument(
                    "the exhaustive check needs a standard that chooses its test from the motion alone, but this one "
                    "changes it with the findings; check it with examples instead"
                )
    return rules


def _check_claims_map(space: CaseSpace, check: _Checker) -> None:
    """Claims reach the rules as facts: their order does not matter, another
    claim never lowers them, and the merits are the best claim's."""
    for claims in space.claim_lists():
        check.count("claims")
        case = _case(space.motions()[0], (0, -1, 0, 0, 0, 0))
        case = attrs.evolve(case, claims=claims)
        facts = Facts.of(case)
        best = Finding(max(c.merits.lo for c in claims), max(c.merits.hi for c in claims))
        if facts.merits != best:
            check.fail(Violation("claims", case, f"the merits read as {facts.merits.describe()}, not the best claim's"))
        if Facts.of(attrs.evolve(case, claims=claims[::-1])) != facts:
            check.fail(Violation("claims", case, "reordering the claims changed what the rules read"))
        for extra in _CLAIM_VARIANTS:
            more = Facts.of(attrs.evolve(case, claims=(*claims, extra)))
            lower = more.merits.lo < facts.merits.lo or more.merits.hi < facts.merits.hi
            if facts.constitutional_merits is not None:
                const = more.constitutional_merits
                lower = lower or const is None or not _below(facts.constitutional_merits, const)
            if lower:
                check.fail(Violation("claims", case, "adding a claim lowered what the rules read"))


def _check_structure(rule: Rule, motion: Motion, check: _Checker) -> None:
    paths = _paths(rule)
    requirements = list(dict.fromkeys(r for r in _tree(rule) if isinstance(r, Requirement)))
    # Every library rule's truth is built from its requirements', each of which
    # reads one axis: an axis no requirement reads cannot change the answer.
    read = frozenset(_axis(r) for r in requirements)
    table: dict[Point, Truth] = {}
    reached: list[set[Truth]] = [set() for _ in paths]
    for point in _grid(read):
        facts = _facts(point)
        values = [path.truth(facts) for path in paths]
        for seen, value in zip(reached, values, strict=True):
            seen.add(value)
        # An AnyOf is the disjunction of its paths; anything else is its one path.
        table[point] = Truth.any(values) if isinstance(rule, AnyOf) else values[0]
    size = len(table)
    for name in ("monotone", "narrowing", "reachable", "needs"):
        check.count(name, size)

    def lookup(facts: Facts) -> Truth:
        const = facts.constitutional_merits
        point = (
            _INDEX[facts.merits],
            -1 if const is None else _INDEX[const],
            _INDEX[facts.harm],
            _INDEX[facts.severity],
            _INDEX[facts.balance],
            _INDEX[facts.public_interest],
        )
        return table[_fold(point, read)]

    for point, value in table.items():
        for change, other in _neighbour_points(point, "raise", read):
            if _RANK[_BY_TRUTH[table[other]]] < _RANK[_BY_TRUTH[value]]:
                check.fail(
                    Violation(
                        "monotone",
                        _case(motion, point),
                        f"raising the {change} (from: {_describe_point(point)}) moved the answer from "
                        f"{_BY_TRUTH[value].value} to {_BY_TRUTH[table[other]].value}",
                    )
                )
        if value is not Truth.UNKNOWN:
            for change, other in _neighbour_points(point, "narrow", read):
                if table[other] is not value:
                    check.fail(
                        Violation(
                            "narrowing",
                            _case(motion, point),
                            f"narrowing the {change} (from: {_describe_point(point)}) moved the answer from "
                            f"{_BY_TRUTH[value].value} to {_BY_TRUTH[table[other]].value}",
                        )
                    )
        else:
            facts = _facts(point)
            for factor in Factor:
                # The library's own needs, its variants answered from the table (the rule's own truth).
                for entry in settling(lookup, facts, factor):
                    settled = table[_fold(_settled_point(point, factor.value, entry["finding"]), read)]
                    if _BY_TRUTH[settled].value != entry["disposition"]:
                        check.fail(
                            Violation(
                                "needs",
                                _case(motion, point),
                                f"setting {factor.value} to {entry['finding']} gave {_BY_TRUTH[settled].value}, "
                                f"not {entry['disposition']}",
                            )
                        )

    for path, seen in zip(paths, reached, strict=True):
        if not {Truth.TRUE, Truth.FALSE} <= seen:
            never = "met" if Truth.TRUE not in seen else "failed"
            check.fail(Violation("reachable", _case(motion, (0, -1, 0, 0, 0, 0)), f"the path {_label(path)} is never {never}"))
    for requirement in requirements:
        outcomes = {requirement.truth(_facts(point)) for point in _reach_points(requirement)}
        if not {Truth.TRUE, Truth.FALSE} <= outcomes:
            never = "met" if Truth.TRUE not in outcomes else "failed"
            check.fail(Violation("reachable", _case(motion, (0, -1, 0, 0, 0, 0)), f"the requirement {requirement!r} is never {never}"))
    for weak, strict in _threshold_pairs(rule):
        for point in _reach_points(weak):
            check.count("thresholds")
            facts = _facts(point)
            if _disagree(weak, strict, facts):
                check.fail(Violation("thresholds", _case(motion, point), f"{strict!r} and {weak!r} disagree"))


def _check_settling_grid(rule: Rule, motion: Motion, check: _Checker) -> None:
    """`check_settling` at every fact pattern whose findings are each exact or
    absent (the patterns an interview passes through), on the axes *rule* reads."""
    requirements = [r for r in _tree(rule) if isinstance(r, Requirement)]
    scales = {type(r.at_least) for r in requirements}
    for point in _grid(frozenset(_axis(r) for r in requirements)):
        m, c, h, s, b, p = point
        findings = (_MERITS[m], _MERITS[max(c, 0)], _HARM[h], _SEVERITY[s], _BALANCE[b], _PUBLIC[p])
        if not all(f.is_exact or f.is_unknown for f in findings):
            continue
        check.count("settling")
        problem = _settling_problem(rule.truth, _facts(point), scales)
        if problem is not None:
            check.fail(Violation("settling", _case(motion, point), problem))


def _fold(point: Point, read: frozenset[int]) -> Point:
    """*point* with every axis not *read* at its first value, where the grid keeps it."""
    if len(read) == 6:
        return point
    m, c, h, s, b, p = point
    return (
        m if 0 in read else 0,
        c if 1 in read else -1,
        h if 2 in read else 0,
        s if 3 in read else 0,
        b if 4 in read else 0,
        p if 5 in read else 0,
    )


def _axis(requirement: Requirement) -> int:
    """The grid axis *requirement* reads."""
    return {
        Factor.MERITS: 1 if requirement.constitutional_only else 0,
        Factor.IRREPARABLE_HARM: 3 if isinstance(requirement.at_least, Severity) else 2,
        Factor.BALANCE_OF_HARDSHIPS: 4,
        Factor.PUBLIC_INTEREST: 5,
    }[requirement.factor]


def _reach_points(requirement: Requirement) -> Iterator[Point]:
    """Grid points that vary only the finding *requirement* reads."""
    axis = _axis(requirement)
    if axis <= 1:
        for m in range(len(_MERITS)):
            for c in [-1, *range(len(_MERITS))]:
                if c < 0 or _below(_MERITS[c], _MERITS[m]):
                    yield (m, c, 0, 0, 0, 0)
        return
    for index in range(len(_DIMENSIONS[axis - 1])):
        yield _replace((0, -1, 0, 0, 0, 0), axis, index)


def _exhaustive(standard: Standard, space: CaseSpace) -> list[Result]:
    check = _Checker()
    rules = _check_rule_choice(standard, space, check)
    for rule in dict.fromkeys(rules.values()):
        foreign = [r for r in _tree(rule) if not isinstance(r, _LIBRARY_RULES)]
        if foreign:
            raise InvalidArgument(
                f"the exhaustive check reads cases through Facts, which {type(foreign[0]).__name__} may not honour; "
                "compose the standard from injunction's rules, or check it with examples"
            )
    _check_claims_map(space, check)
    structures: dict[tuple[Rule, ...], tuple[Rule, Motion]] = {}
    for motion, rule in rules.items():
        structures.setdefault(_paths(rule), (rule, motion))
    for rule, motion in structures.values():
        _check_structure(rule, motion, check)
        _check_settling_grid(rule, motion, check)
    grid = f"{check.checked.get('monotone', 0):,} fact patterns in {len(structures)} distinct tests, covering {len(space):,} cases"
    check.notes.update(dict.fromkeys(("monotone", "narrowing", "needs", "reachable"), grid))
    check.notes["settling"] = (
        f"{check.checked.get('settling', 0):,} fact patterns with each finding known or absent, in "
        f"{len(structures)} distinct tests; bounded findings are checked by examples"
    )
    check.notes["thresholds"] = "every pair of requirements on one finding, over every value of it"
    check.notes["claims"] = f"{len(space.claim_lists())} claim lists x {len(space.motions())} motions"
    return check.results(["monotone", "narrowing", "claims", "thresholds", "needs", "settling", "reachable"])


# --- Running the checks -----------------------------------------------------------


def _exact_cases(space: CaseSpace) -> Iterator[Case]:
    """One-claim cases with every finding exact: where each path and requirement shows its range."""
    def exact(dimension: tuple[Finding[L], ...]) -> list[Finding[L]]:
        return [f for f in dimension if f.is_exact]

    for motion in space.motions():
        for merits, constitutional in itertools.product(exact(_MERITS), (False, True)):
            claims = (Claim(name="Claim", merits=merits, constitutional=constitutional),)
            for harm, very_serious, balance, public in itertools.product(exact(_HARM), (False, True), exact(_BALANCE), exact(_PUBLIC)):
                yield _build(motion, claims, harm, very_serious, balance, public)


def verify(
    standard: Standard | None = None,
    *,
    exhaustive: bool = False,
    examples: int = 100,
    space: CaseSpace | None = None,
) -> list[Result]:
    """Check every property against *standard* (by default, `NinthCircuit()`).

    With *exhaustive*, over every case of *space* (`all_cases()`); otherwise
    over *examples* cases from `cases()` per property, each counterexample
    shrunk by Hypothesis to the simplest case that shows it (and
    ``reachable`` over the one-claim cases with exact findings).

    >>> [r.property for r in verify(examples=5) if not r.held]
    []
    >>> verify(injunction.NinthCircuit)
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: verify() needs a standard (an object with a rule_for(case) method, such as injunction.NinthCircuit() or a rule), got the class <class 'injunction.NinthCircuit'>
    """
    from hypothesis import Phase, find, settings
    from hypothesis.errors import NoSuchExample

    from injunction import NinthCircuit

    standard = NinthCircuit() if standard is None else standard
    if isinstance(standard, type) or not callable(getattr(standard, "rule_for", None)):
        what = f"the class {standard!r}" if isinstance(standard, type) else repr(standard)
        raise InvalidArgument(
            "verify() needs a standard (an object with a rule_for(case) method, such as "
            f"injunction.NinthCircuit() or a rule), got {what}"
        )
    space = all_cases() if space is None else space
    if exhaustive:
        # Writing records is no property of the standard: round trips are checked on examples.
        round_trip = next(r for r in verify(standard, examples=examples, space=space) if r.property == "round_trip")
        return [*_exhaustive(standard, space), attrs.evolve(round_trip, note="examples: writing records is no property of the standard")]
    if examples < 1:
        raise InvalidArgument(f"verify() needs at least one example, got {examples}")
    results: list[Result] = []
    # Generate and shrink; Hypothesis's "explain" phase costs seconds and adds nothing here.
    options = settings(
        max_examples=examples, database=None, derandomize=True, deadline=None, phases=(Phase.generate, Phase.shrink)
    )
    # Shrink toward a preliminary injunction for prohibitory relief, where the space has them.
    kinds = sorted(space.kinds, key=lambda k: k is not MotionKind.PRELIMINARY_INJUNCTION)
    reliefs = sorted(space.reliefs, key=lambda r: r is not Relief.PROHIBITORY)
    strategy = cases(kinds=st.sampled_from(kinds), relief=st.sampled_from(reliefs), max_claims=space.max_claims)
    for name, prop in PROPERTIES.items():

        def breaks(case: Case, prop: Callable[[Standard, Case], Violation | None] = prop) -> bool:
            return prop(standard, case) is not None

        try:
            found = find(strategy, breaks, settings=options)
        except NoSuchExample:
            results.append(Result(name, True, examples))
        else:
            results.append(Result(name, False, examples, prop(standard, found)))
    exact = list(_exact_cases(space))
    reachable = check_reachable(standard, exact)
    results.append(Result("reachable", reachable is None, len(exact), reachable))
    return results


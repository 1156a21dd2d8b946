"""Property checks: each takes a standard and one case and returns a `Violation` or None."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import final

import attrs

import injunction
from injunction import (
    Case,
    Claim,
    Disposition,
    Facts,
    Factor,
    Finding,
    IrreparableHarm,
    Level,
    Merits,
    Requirement,
    Rule,
    Severity,
    Standard,
    Statute,
    Truth,
    Weighing,
)
from injunction._corpus import with_finding
from injunction._engine.evaluation import DISPOSITION, presumed
from injunction._engine.rules import inner
from injunction._engine.rules import paths as _paths
from injunction._engine.whatif import Axis, apply_assignment, axes, minimal_sets
from .strategies import L



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


def _decide(standard: Standard, case: Case) -> Disposition:
    return DISPOSITION[standard.rule_for(case).evaluate(case).value]


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


def _neighbours(case: Case, move: str) -> Iterator[tuple[str, str, Case]]:
    """Cases one step from *case* on one finding: better for the movant
    (``raise``) or better known (``narrow``), each with the record path of
    the finding changed and a description."""
    for index, claim in enumerate(case.claims):
        for merits in _steps(claim.merits, move):
            claims = case.claims[:index] + (attrs.evolve(claim, merits=merits),) + case.claims[index + 1 :]
            yield "merits", f"claims[{index}].merits from {claim.merits.describe()} to {merits.describe()}", attrs.evolve(case, claims=claims)
        # A claim of more kinds is better for the movant: a plain claim made constitutional
        # or a Lanham Act claim, a constitutional one made a First Amendment claim.
        made: list[tuple[str, Claim]] = []
        if move == "raise" and not claim.constitutional and claim.arises_under is not Statute.LANHAM_ACT:
            made.append(("constitutional", attrs.evolve(claim, constitutional=True, arises_under=None)))
            made.append(("a Lanham Act claim", attrs.evolve(claim, arises_under=Statute.LANHAM_ACT, first_amendment=None)))
        if move == "raise" and claim.constitutional and claim.first_amendment is not True:
            made.append(("a First Amendment claim", attrs.evolve(claim, first_amendment=True)))
        for words, changed in made:
            claims = case.claims[:index] + (changed,) + case.claims[index + 1 :]
            yield "merits", f"claims[{index}] made {words}", attrs.evolve(case, claims=claims)
    harm = case.irreparable_harm
    for likelihood in _steps(harm.likelihood, move):
        yield (
            "irreparable_harm.likelihood",
            f"irreparable harm from {harm.likelihood.describe()} to {likelihood.describe()}",
            attrs.evolve(case, irreparable_harm=attrs.evolve(harm, likelihood=likelihood)),
        )
    for severity in _steps(harm.severity, move):
        very_serious = _very_serious(severity)
        yield (
            "irreparable_harm.very_serious",
            f"very_serious from {harm.very_serious} to {very_serious}",
            attrs.evolve(case, irreparable_harm=attrs.evolve(harm, very_serious=very_serious)),
        )
    balance = case.balance_of_hardships
    for tips in _steps(balance.tips, move):
        yield (
            "balance_of_hardships.tips",
            f"the balance of hardships from {balance.tips.describe()} to {tips.describe()}",
            attrs.evolve(case, balance_of_hardships=attrs.evolve(balance, tips=tips)),
        )
    public = case.public_interest
    for weighs in _steps(public.weighs, move):
        yield (
            "public_interest.weighs",
            f"the public interest from {public.weighs.describe()} to {weighs.describe()}",
            attrs.evolve(case, public_interest=attrs.evolve(public, weighs=weighs)),
        )


def _presumed(standard: Standard, case: Case) -> tuple[str, ...]:
    """The findings a presumption supplies in *case* (`Decision.presumed`)."""
    return presumed(standard.rule_for(case), Facts.of(case))


def check_monotone(standard: Standard, case: Case) -> Violation | None:
    """Monotone: a better finding for the movant never moves the answer against it,
    unless it states a finding a presumption supplied.

    Improving any finding (either bound of an interval up, a claim made
    constitutional) never turns granted into denied or undetermined, nor
    undetermined into denied; read backwards, a worse finding never turns
    denied into granted. The law needs it because each factor is something
    the movant must show: showing more can never hurt. The one exception is
    the law's own: a presumption is a default that a stated finding defeats,
    so stating a finding the decision presumed (`Decision.presumed`), even a
    bound that leans the movant's way, replaces the presumed level with the
    court's; and raising a bound until the finding says nothing hands it back
    to the default (a merged weighing then reads the public interest).
    """
    before = _decide(standard, case)
    for key, change, better in _neighbours(case, "raise"):
        after = _decide(standard, better)
        if _RANK[after] < _RANK[before] and key not in _presumed(standard, case) + _presumed(standard, better):
            return Violation("monotone", case, f"raising {change} moved the answer from {before.value} to {after.value}")
    return None


def check_narrowing(standard: Standard, case: Case) -> Violation | None:
    """Narrowing: knowing more never unsettles or reverses a definite answer,
    unless the answer rested on a presumption of the finding narrowed.

    If the answer is granted or denied, narrowing any finding's interval
    keeps it; so widening a finding to unknown can only leave the answer
    as it was or make it undetermined. The law needs it because an answer
    that turns on a fact the record leaves open is no answer. A presumed
    finding is the exception, and the decision reports it: narrowing it
    states it, and a stated finding governs (`Decision.presumed`; such a
    decision is not `stable`).
    """
    before = _decide(standard, case)
    if before is Disposition.UNDETERMINED:
        return None
    for key, change, narrower in _neighbours(case, "narrow"):
        after = _decide(standard, narrower)
        if after is not before and key not in _presumed(standard, case):
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
    for child in inner(rule):
        yield from _tree(child)


def _threshold_pairs(rule: Rule) -> list[tuple[Requirement, Requirement]]:
    """Pairs (weaker, stricter) of requirements on the same finding."""
    requirements = list(dict.fromkeys(r for r in _tree(rule) if isinstance(r, Requirement)))
    return [
        (weak, strict)
        for weak in requirements
        for strict in requirements
        if (weak.factor, type(weak.at_least), weak.claims)
        == (strict.factor, type(strict.at_least), strict.claims)
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


def _settling_problem(
    truth: Callable[[Facts], Truth], facts: Facts, read: Iterable[type[Level]], presumed: Collection[str] = ()
) -> str | None:
    """What is wrong with the settling sets of *facts* under *truth*, or None.

    A decided motion must stay put for every completion of its open
    findings but the *presumed* ones (a presumption supplies those, and a
    stated finding rebuts it: `Decision.rebuttable`). For an open one, every
    settling set must settle it the way it says, no set may settle it
    without one of its findings (so no smaller set does: narrowing never
    unsettles), and every completion that settles it must contain a reported
    set (none is missing).
    """
    axes_ = axes(facts, read)
    value = truth(facts)
    open_ = [i for i, axis in enumerate(axes_) if not axis.found.is_exact]
    if value is not Truth.UNKNOWN:
        kept = [i for i in open_ if axes_[i].key not in presumed]
        for levels in itertools.product(*(axes_[i].found.levels() for i in kept)):
            completion = tuple(zip(kept, levels))
            if truth(apply_assignment(facts, axes_, completion)) is not value:
                return f"a decided motion moved when its open findings were completed as {_words(axes_, completion)}"
        return None
    completions = [
        tuple(zip(open_, levels)) for levels in itertools.product(*(axes_[i].found.levels() for i in open_))
    ]
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
    smaller set does, none is missing; and a decided motion is the same for
    every way its open findings could come out, but a presumed one: `stable`
    is false exactly when stating a presumed finding would change it.
    """
    decision = injunction.evaluate(case, standard)
    read = {axis.scale for axis in decision.axes}
    problem = _settling_problem(decision.rule.truth, Facts.of(case), read, decision.presumed)
    if problem is None and decision.disposition is not Disposition.UNDETERMINED:
        moves = [
            key
            for key in decision.presumed
            if any(o["found"] and o["disposition"] != decision.disposition.value for o in decision.outcomes[key])
        ]
        if decision.stable == bool(moves):
            problem = f"stable is {decision.stable}, but a stated finding on {moves or 'no presumed finding'} would change it"
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


def check_weighing(standard: Standard, case: Case) -> Violation | None:
    """A weighing's two clear cases never hold together: the factors cannot
    clearly favor relief and clearly weigh against it at once (`Weighing`)."""
    facts = Facts.of(case)
    for rule in _tree(standard.rule_for(case)):
        if isinstance(rule, Weighing) and rule.overlaps(facts):
            return Violation("weighing", case, f"both clear cases of {_label(rule)} hold")
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
        "weighing": check_weighing,
    }
)
"""Every property that holds case by case, by name; `verify` adds ``reachable``."""


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



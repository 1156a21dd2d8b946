"""Exhaustive verification over the grid of fact patterns that every case maps onto."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import attrs

from hypothesis.errors import InvalidArgument

from injunction import (
    AnyOf,
    Balance,
    BalanceOfHardships,
    Case,
    Facts,
    Factor,
    Merger,
    Finding,
    Harm,
    IrreparableHarm,
    Merits,
    Motion,
    PublicInterest,
    PublicInterestFinding,
    Presumption,
    Requirement,
    Rule,
    Severity,
    Standard,
    Truth,
    Weighing,
)
from injunction._engine.evaluation import DISPOSITION, settling
from injunction._engine.facts import SLOTS, SUB_JOINS
from injunction._engine.rules import presumed
from injunction._engine.words import finding_key
from injunction._engine.rules import paths as _paths
from .properties import Result, Violation, _RANK, _disagree, _label, _settling_problem, _threshold_pairs, _tree, check_claims
from . import grid
from .grid import Point
from .space import CaseSpace, _CLAIM_VARIANTS, _intervals, all_cases



# --- Exhaustive verification ----------------------------------------------------
#
# Rules read a case only through its `Facts` (the best claim's merits, the best
# claim's of each claim filter, and the other findings), so checking every fact
# pattern checks every case that has it. The cases of `all_cases()` map onto
# the fact grid of `grid` (its docstring says which points a rule's checks
# visit, and why that is every pattern); the claims check proves that map
# sound (order does not matter, another claim never lowers it, the merits are
# the best claim's).

_MERITS = _intervals(Merits)
_HARM = _intervals(Harm)
_SEVERITY = _intervals(Severity)
_BALANCE = _intervals(Balance)
_PUBLIC = _intervals(PublicInterest)
_facts = grid.facts
_case = grid.case
_axis = grid.axis
_BASE = grid.BASE


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
        base = _case(motion, _BASE)
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
        for point in itertools.islice(grid.layout().points(), 0, None, 97):
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
        case = _case(space.motions()[0], _BASE)
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
            for at in SUB_JOINS:
                some, after = facts.get(at), more.get(at)
                if some is not None:
                    lower = lower or after is None or not grid.below(some, after)
            if lower:
                check.fail(Violation("claims", case, "adding a claim lowered what the rules read"))


def _check_structure(rule: Rule, motion: Motion, check: _Checker) -> None:
    paths = _paths(rule)
    requirements = list(dict.fromkeys(r for r in _tree(rule) if isinstance(r, Requirement)))
    # Every library rule's truth is built from its requirements', each of which
    # reads one axis: an axis no requirement reads cannot change the answer, and
    # a sub-join counts only by its class (`grid.Layout`).
    layout = grid.layout(rule)
    has_defaults = any(isinstance(r, (Presumption, Merger)) for r in _tree(rule))

    def rests_on_presumption(point: Point, axis: int) -> bool:
        """Whether the finding on *axis* is unstated at *point* and read from a
        default (a presumption, or a merger's reading of the public interest):
        a step that states it, or raises a bound so far that it is no longer
        stated, moves from the court's finding to the default or back, the one
        step the restated properties let move a definite answer."""
        return has_defaults and point[axis] == 0 and SLOTS[axis] in presumed(rule, _facts(point))

    weighings = list(dict.fromkeys(r for r in _tree(rule) if isinstance(r, Weighing)))
    table: dict[Point, Truth] = {}
    reached: list[set[Truth]] = [set() for _ in paths]
    for point in layout.points():
        facts = _facts(point)
        for weighing in weighings:  # a weighing's clear cases never hold together
            check.count("weighing")
            if weighing.overlaps(facts):
                check.fail(
                    Violation("weighing", _case(motion, point), f"both clear cases of {_label(weighing)} hold: {grid.describe(point)}")
                )
        values = [path.truth(facts) for path in paths]
        for seen, value in zip(reached, values, strict=True):
            seen.add(value)
        # An AnyOf is the disjunction of its paths; anything else is its one path.
        table[point] = Truth.any(values) if isinstance(rule, AnyOf) else values[0]
    size = len(table)
    for name in ("monotone", "narrowing", "reachable", "needs"):
        check.count(name, size)

    def lookup(facts: Facts) -> Truth:
        return table[layout.canonical(grid.point_of(facts))]

    for point, value in table.items():
        for axis, other in layout.neighbours(point, "raise"):
            if _RANK[DISPOSITION[table[other]]] < _RANK[DISPOSITION[value]] and not (
                rests_on_presumption(point, axis) or rests_on_presumption(other, axis)
            ):
                check.fail(
                    Violation(
                        "monotone",
                        _case(motion, point),
                        f"raising the {grid.NAMES[axis]} (from: {grid.describe(point)}) moved the answer from "
                        f"{DISPOSITION[value].value} to {DISPOSITION[table[other]].value}",
                    )
                )
        if value is not Truth.UNKNOWN:
            for axis, other in layout.neighbours(point, "narrow"):
                if table[other] is not value and not rests_on_presumption(point, axis):
                    check.fail(
                        Violation(
                            "narrowing",
                            _case(motion, point),
                            f"narrowing the {grid.NAMES[axis]} (from: {grid.describe(point)}) moved the answer from "
                            f"{DISPOSITION[value].value} to {DISPOSITION[table[other]].value}",
                        )
                    )
        else:
            facts = _facts(point)
            for factor in Factor:
                # The library's own needs, its variants answered from the table (the rule's own truth).
                for entry in settling(lookup, facts, factor):
                    settled = table[layout.canonical(grid.settled(point, factor.value, entry["finding"]))]
                    if DISPOSITION[settled].value != entry["disposition"]:
                        check.fail(
                            Violation(
                                "needs",
                                _case(motion, point),
                                f"setting {factor.value} to {entry['finding']} gave {DISPOSITION[settled].value}, "
                                f"not {entry['disposition']}",
                            )
                        )

    for path, seen in zip(paths, reached, strict=True):
        if not {Truth.TRUE, Truth.FALSE} <= seen:
            never = "met" if Truth.TRUE not in seen else "failed"
            check.fail(Violation("reachable", _case(motion, _BASE), f"the path {_label(path)} is never {never}"))
    for requirement in requirements:
        outcomes = {requirement.truth(_facts(point)) for point in grid.reach_points(requirement)}
        if not {Truth.TRUE, Truth.FALSE} <= outcomes:
            never = "met" if Truth.TRUE not in outcomes else "failed"
            check.fail(Violation("reachable", _case(motion, _BASE), f"the requirement {requirement!r} is never {never}"))
    for weak, strict in _threshold_pairs(rule):
        for point in grid.reach_points(weak):
            check.count("thresholds")
            facts = _facts(point)
            if _disagree(weak, strict, facts):
                check.fail(Violation("thresholds", _case(motion, point), f"{strict!r} and {weak!r} disagree"))


def _check_settling_grid(rule: Rule, motion: Motion, check: _Checker) -> None:
    """`check_settling` at every fact pattern whose findings are each exact or
    absent (the patterns an interview passes through), on the axes *rule* reads."""
    requirements = [r for r in _tree(rule) if isinstance(r, Requirement)]
    scales = {type(r.at_least) for r in requirements}
    for point in grid.layout(rule).points():
        findings = [grid.AXES[i][v] for i, v in enumerate(point) if v >= 0]
        if not all(f.is_exact or f.is_unknown for f in findings):
            continue
        check.count("settling")
        facts = _facts(point)
        defaults = [finding_key(at.factor, at.scale) for at in presumed(rule, facts)]
        problem = _settling_problem(rule.truth, facts, scales, defaults)
        if problem is not None:
            check.fail(Violation("settling", _case(motion, point), problem))


def _exhaustive(standard: Standard, space: CaseSpace) -> list[Result]:
    check = _Checker()
    rules = _check_rule_choice(standard, space, check)
    _check_claims_map(space, check)
    structures: dict[tuple[Rule, ...], tuple[Rule, Motion]] = {}
    for motion, rule in rules.items():
        structures.setdefault(_paths(rule), (rule, motion))
    for rule, motion in structures.values():
        _check_structure(rule, motion, check)
        _check_settling_grid(rule, motion, check)
    patterns = f"{check.checked.get('monotone', 0):,} fact patterns in {len(structures)} distinct tests, covering {len(space):,} cases"
    check.notes.update(dict.fromkeys(("monotone", "narrowing", "needs", "reachable"), patterns))
    check.notes["settling"] = (
        f"{check.checked.get('settling', 0):,} fact patterns with each finding known or absent, in "
        f"{len(structures)} distinct tests; bounded findings are checked by examples"
    )
    check.notes["thresholds"] = "every pair of requirements on one finding, over every value of it"
    check.notes["claims"] = f"{len(space.claim_lists())} claim lists x {len(space.motions())} motions"
    # Only a standard that weighs has a weighing to check.
    weighing = ["weighing"] if check.checked.get("weighing") else []
    check.notes["weighing"] = f"each weighing's clear cases, at {check.checked.get('weighing', 0):,} fact patterns"
    return check.results(["monotone", "narrowing", "claims", "thresholds", "needs", "settling", *weighing, "reachable"])



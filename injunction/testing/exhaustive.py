"""Exhaustive verification over the grid of fact patterns that every case maps onto."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from hypothesis.errors import InvalidArgument

from injunction import (
    AnyOf,
    Balance,
    BalanceOfHardships,
    Case,
    Claim,
    Facts,
    Factor,
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
)
from injunction._engine.evaluation import DISPOSITION, settling
from injunction._engine.facts import SLOTS, slot
from injunction._engine.words import finding_key
from injunction._engine.rules import paths as _paths
from .properties import Result, Violation, _RANK, _disagree, _label, _settling_problem, _steps, _threshold_pairs, _tree, _very_serious, check_claims
from .space import CaseSpace, _CLAIM_VARIANTS, _build, _intervals, all_cases



# --- Exhaustive verification ----------------------------------------------------
#
# Rules read a case only through its `Facts` (the best claim's merits, the best
# constitutional claim's, and the other findings), so checking every fact
# pattern checks every case that has it. The cases of `all_cases()` map onto
# the fact grid below; the claims check proves that map sound (order does not
# matter, another claim never lowers it, the merits are the best claim's).

_MERITS = _intervals(Merits)
_HARM = _intervals(Harm)
_SEVERITY = _intervals(Severity)
_BALANCE = _intervals(Balance)
_PUBLIC = _intervals(PublicInterest)
_DIMENSIONS: tuple[tuple[Finding[Any], ...], ...] = (_MERITS, _HARM, _SEVERITY, _BALANCE, _PUBLIC)
_AXES = tuple(next(d for d in _DIMENSIONS if d[0].scale is at.scale) for at in SLOTS)  # each axis of a grid point, in slot order
_INDEX: dict[Finding[Any], int] = {f: i for dimension in _DIMENSIONS for i, f in enumerate(dimension)}

# A grid point, one index per slot of `SLOTS`: (merits, constitutional merits or -1 for
# none, harm, severity, balance, public interest).
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
    fields: dict[str, Any] = {at.field: None if i < 0 else axis[i] for at, axis, i in zip(SLOTS, _AXES, point)}
    return Facts(**fields)


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


def _neighbour_points(point: Point, move: str, read: frozenset[int] = _ALL_AXES) -> Iterator[tuple[int, Point]]:
    """Grid points one step from *point* on one *read* axis, each with its axis
    (a merits step keeps the constitutional merits at or below the merits, as
    claims always do)."""
    m, c = point[0], point[1]
    table = _RAISE if move == "raise" else _NARROW
    if 0 in read:
        for new in table[0][m]:
            if c < 0 or _below(_MERITS[c], _MERITS[new]):
                yield 0, _replace(point, 0, new)
    if 1 in read and c < 0:
        if move == "raise":  # a first constitutional claim, at the lowest merits
            yield 1, _replace(point, 1, _INDEX[Finding.exact(Merits.NONE)])
    elif 1 in read:
        for new in table[0][c]:
            if _below(_MERITS[new], _MERITS[m]):
                yield 1, _replace(point, 1, new)
    for axis in range(2, 6):
        if axis in read:
            for new in table[axis - 1][point[axis]]:
                yield axis, _replace(point, axis, new)


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
    # The axes a presumption supplies where the record states no finding (index 0, unknown).
    presumed: dict[int, list[Presumption]] = {}
    for presumption in dict.fromkeys(r for r in _tree(rule) if isinstance(r, Presumption)):
        presumed.setdefault(slot(presumption.factor, type(presumption.supplies)), []).append(presumption)

    def rests_on_presumption(point: Point, axis: int) -> bool:
        """Whether the finding on *axis* is unstated at *point* and a presumption supplies it:
        the one step the restated properties let change a definite answer, by stating it."""
        if point[axis] != 0 or axis not in presumed:
            return False
        facts = _facts(point)
        return any(p.truth(facts) is Truth.TRUE for p in presumed[axis])

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
        for axis, other in _neighbour_points(point, "raise", read):
            if _RANK[DISPOSITION[table[other]]] < _RANK[DISPOSITION[value]] and not rests_on_presumption(point, axis):
                check.fail(
                    Violation(
                        "monotone",
                        _case(motion, point),
                        f"raising the {_DIMENSION_NAMES[axis]} (from: {_describe_point(point)}) moved the answer from "
                        f"{DISPOSITION[value].value} to {DISPOSITION[table[other]].value}",
                    )
                )
        if value is not Truth.UNKNOWN:
            for axis, other in _neighbour_points(point, "narrow", read):
                if table[other] is not value and not rests_on_presumption(point, axis):
                    check.fail(
                        Violation(
                            "narrowing",
                            _case(motion, point),
                            f"narrowing the {_DIMENSION_NAMES[axis]} (from: {_describe_point(point)}) moved the answer from "
                            f"{DISPOSITION[value].value} to {DISPOSITION[table[other]].value}",
                        )
                    )
        else:
            facts = _facts(point)
            for factor in Factor:
                # The library's own needs, its variants answered from the table (the rule's own truth).
                for entry in settling(lookup, facts, factor):
                    settled = table[_fold(_settled_point(point, factor.value, entry["finding"]), read)]
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
    presumptions = [r for r in dict.fromkeys(_tree(rule)) if isinstance(r, Presumption)]
    scales = {type(r.at_least) for r in requirements}
    for point in _grid(frozenset(_axis(r) for r in requirements)):
        m, c, h, s, b, p = point
        findings = (_MERITS[m], _MERITS[max(c, 0)], _HARM[h], _SEVERITY[s], _BALANCE[b], _PUBLIC[p])
        if not all(f.is_exact or f.is_unknown for f in findings):
            continue
        check.count("settling")
        facts = _facts(point)
        presumed = [finding_key(p.factor, type(p.supplies)) for p in presumptions if p.truth(facts) is Truth.TRUE]
        problem = _settling_problem(rule.truth, facts, scales, presumed)
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
    """The grid axis *requirement* reads: its slot (`SLOTS`)."""
    return slot(requirement.factor, type(requirement.at_least), requirement.claims)


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



"""The grid of fact patterns that every case maps onto, one axis per slot of `SLOTS`.

Rules read a case only through its `Facts`: one finding per slot, the
merits of every claim and of each claim filter (a *sub-join*: the best
constitutional, First Amendment or Lanham Act claim's, absent, -1, where a
case has none). A grid point holds one index per slot: into the intervals
of the slot's scale, or -1 for an absent sub-join. A sub-join lies at or
below the merits (and the First Amendment merits at or below the
constitutional merits) at both ends, as the best of some claims lies below
the best of all.

Which points a check visits is the rule's `Layout`:

* An axis no requirement of the rule reads stays at its first value
  (unknown; no such claim): it cannot change the answer.
* A sub-join axis is visited by *class*, not by value. A rule reads a
  sub-join only through the requirements on its slot (only a `Requirement`
  reads a slot of `SLOTS` by claim filter; a `Presumption` reads the stated
  finding of its own factor), and a requirement's value is a function of
  whether the finding's bounds reach its threshold (an absent finding is
  FALSE). So two values that give every threshold the rule names on that
  slot the same verdict give every rule built on them the same value:
  `Rule.truth` is a function of the merits, the class of each sub-join and
  the other findings. The grid holds one representative of each class that
  the merits admit (the simplest: absent, unknown or exact first), and a
  step from a class to another wherever some step between two values of
  those classes exists, under the same merits; a step on the merits is
  checked for a class wherever some value of it lies below both merits. A
  check over this grid is the check over every value, exactly: every pair
  of values it would compare compares the same two answers here. Today's
  Ninth Circuit tests read two sub-joins at one threshold each, three
  classes apiece, so the grid is smaller than one over every value of
  either (440 merits patterns to 46), and it costs nothing to add a claim
  filter a rule does not read.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Mapping
from typing import Any, final

import attrs

from injunction import Case, Claim, ClaimFilter, Facts, Finding, Merits, Motion, Requirement, Rule, Severity, Statute
from injunction._engine.facts import SLOTS, slot
from .properties import _steps, _tree, _very_serious
from .space import _build, _intervals

__all__ = ["Layout", "Point", "layout"]

Point = tuple[int, ...]
"""One index per slot of `SLOTS` (-1: a sub-join absent)."""

AXES: tuple[tuple[Finding[Any], ...], ...] = tuple(_intervals(at.scale) for at in SLOTS)
_INDEX: dict[Finding[Any], int] = {f: i for axis in AXES for i, f in enumerate(axis)}
MERITS = 0  # the merits axis: every claim's best
assert SLOTS[MERITS].field == "merits"
SUBS = tuple(i for i, at in enumerate(SLOTS) if at.sub_join)
MAIN = tuple(i for i, at in enumerate(SLOTS) if not at.sub_join)
ALL_AXES = frozenset(range(len(SLOTS)))
PREFIX = 1 + len(SUBS)  # a point's merits and sub-joins come first: a step on them changes this prefix alone
assert SUBS == tuple(range(1, PREFIX)) and MAIN == (MERITS, *range(PREFIX, len(SLOTS))), "SLOTS: the merits, the sub-joins, then the rest"
BASE: Point = tuple(-1 if at.sub_join else 0 for at in SLOTS)
"""The simplest point: every finding unknown, no claim of any filter."""
_BY_FILTER = {at.claims: i for i, at in enumerate(SLOTS) if at.factor is SLOTS[MERITS].factor}
NAMES = tuple(
    {"merits": "merits", "harm": "irreparable harm", "severity": "very_serious", "balance": "balance of hardships"}.get(
        at.field, at.field.replace("_", " ")
    )
    for at in SLOTS
)
"""Each axis in words: ``constitutional merits``, ``lanham act merits``."""

_RAISE = [[[_INDEX[f] for f in _steps(finding, "raise")] for finding in axis] for axis in AXES]
_NARROW = [[[_INDEX[f] for f in _steps(finding, "narrow")] for finding in axis] for axis in AXES]


def below(c: Finding[Merits], m: Finding[Merits]) -> bool:
    """Whether *c* lies at or below *m* at both ends, as a sub-join lies below the join."""
    return c.lo.rank <= m.lo.rank and c.hi.rank <= m.hi.rank


def _meet_of(a: int, b: int) -> int:
    """The merits interval at or below both *a* and *b* at each end (their meet)."""
    x, y = AXES[MERITS][a], AXES[MERITS][b]
    return _INDEX[Finding(min(x.lo, y.lo), min(x.hi, y.hi))]


_MEET = [[_meet_of(a, b) for b in range(len(AXES[MERITS]))] for a in range(len(AXES[MERITS]))]
# Each axis's index of a finding by its ranks: hashing two ints is far cheaper than a finding's enum members.
_BY_RANKS = [{(f.lo._rank, f.hi._rank): i for i, f in enumerate(axis)} for axis in AXES]


def _parent(axis: int, read: frozenset[int]) -> int:
    """The read axis a sub-join lies below: its filter's `within`, the merits at last."""
    within = SLOTS[axis].claims.within
    while within is not None and within is not ClaimFilter.ALL and _BY_FILTER[within] not in read:
        within = within.within
    return MERITS if within is None else _BY_FILTER[within]


Classes = tuple[tuple[int, ...], ...]  # per read sub-join, its verdict (0, 1, 2) on each threshold


@final
@attrs.frozen(eq=False)
class Layout:
    """The points a rule's checks visit: the axes it *read*s, and for each
    read sub-join the thresholds it names there (`layout`)."""

    read: frozenset[int]
    thresholds: Mapping[int, tuple[int, ...]]
    subs: tuple[int, ...] = attrs.field(init=False)
    _reps: dict[int, dict[Classes, tuple[int, ...]]] = attrs.field(init=False)
    _steps: dict[tuple[int, str, int], dict[Classes, set[Classes]]] = attrs.field(init=False)
    # Memos: the classes of sub-join values, and each move's steps from (merits, classes).
    _classes: dict[tuple[int, ...], Classes] = attrs.field(init=False, factory=dict)
    _moves: dict[tuple[str, Point], tuple[tuple[int, Point], ...]] = attrs.field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        subs = tuple(i for i in SUBS if i in self.read)
        object.__setattr__(self, "subs", subs)
        reps: dict[int, dict[Classes, tuple[int, ...]]] = {}
        steps: dict[tuple[int, str, int], dict[Classes, set[Classes]]] = {}
        for m in range(len(AXES[MERITS])):
            feasible = [t for t in itertools.product(*([-1, *range(len(AXES[j]))] for j in subs)) if self._fits(m, t)]
            feasible.sort(key=lambda t: (sum(v >= 0 and not (AXES[MERITS][v].is_exact or AXES[MERITS][v].is_unknown) for v in t), t))
            reps[m] = {}
            for t in feasible:
                reps[m].setdefault(self.classes(t), t)
            fits = set(feasible)
            for k, j in enumerate(subs):
                for move, table in (("raise", _RAISE[j]), ("narrow", _NARROW[j])):
                    found = steps[(m, move, j)] = {}
                    for t in feasible:
                        news = ([_INDEX[Finding.exact(Merits.NONE)]] if move == "raise" else []) if t[k] < 0 else table[t[k]]
                        for new in news:
                            moved = t[:k] + (new,) + t[k + 1 :]
                            if moved in fits:
                                found.setdefault(self.classes(t), set()).add(self.classes(moved))
        object.__setattr__(self, "_reps", reps)
        object.__setattr__(self, "_steps", steps)

    def _fits(self, m: int, values: tuple[int, ...]) -> bool:
        """Whether read sub-join *values* (in `subs` order) can stand under the merits *m*."""
        at = dict(zip(self.subs, values, strict=True))
        at[MERITS] = m
        for j, v in zip(self.subs, values, strict=True):
            if v < 0:
                continue
            parent = at[_parent(j, self.read)]
            if parent < 0 or not below(AXES[j][v], AXES[MERITS][parent]):
                return False
        return True

    def classes(self, values: tuple[int, ...]) -> Classes:
        """Each read sub-join's verdict on each of its thresholds: 0 (absent or below), 1 (open), 2 (reached)."""
        known = self._classes.get(values)
        if known is None:
            known = self._classes[values] = self._classes_of(values)
        return known

    def _classes_of(self, values: tuple[int, ...]) -> Classes:
        found = []
        for j, v in zip(self.subs, values, strict=True):
            if v < 0:
                found.append((0,) * len(self.thresholds.get(j, ())))
                continue
            f = AXES[j][v]
            found.append(tuple(2 if f.lo._rank >= t else 0 if f.hi._rank < t else 1 for t in self.thresholds.get(j, ())))
        return tuple(found)

    def points(self) -> Iterator[Point]:
        """Every point of the layout, simplest first."""
        others = [range(len(AXES[i])) if i in self.read else range(1) for i in MAIN if i != MERITS]
        for m in range(len(AXES[MERITS])) if MERITS in self.read else range(1):
            for values in self._reps[m].values():
                prefix = self._prefix(m, values)
                for rest in itertools.product(*others):
                    yield prefix + rest

    def _prefix(self, m: int, values: tuple[int, ...]) -> Point:
        """The merits *m* and the read sub-joins' *values* (the others absent), as a point begins."""
        items = list(BASE[:PREFIX])
        items[MERITS] = m
        for j, v in zip(self.subs, values, strict=True):
            items[j] = v
        return tuple(items)

    def canonical(self, point: Point) -> Point:
        """*point* as the layout holds it: unread axes at their first value, each
        class of sub-join values at its representative."""
        read = self.read
        items = tuple(v if i in read else BASE[i] for i, v in enumerate(point))
        m = items[MERITS]
        return self._prefix(m, self._reps[m][self.classes(tuple(items[j] for j in self.subs))]) + items[PREFIX:]

    def _steps_from(self, move: str, prefix: Point) -> tuple[tuple[int, Point], ...]:
        """Each step of *move* on the merits or a sub-join from a point beginning
        with *prefix*: (axis, the prefix after the step)."""
        key = (move, prefix)
        found = self._moves.get(key)
        if found is None:
            m, classes = prefix[MERITS], self.classes(tuple(prefix[j] for j in self.subs))
            steps: list[tuple[int, Point]] = []
            if MERITS in self.read:
                for new in (_RAISE if move == "raise" else _NARROW)[MERITS][m]:
                    if classes in self._reps[_MEET[m][new]]:
                        steps.append((MERITS, self._prefix(new, self._reps[new][classes])))
            for j in self.subs:
                for moved in sorted(self._steps[(m, move, j)].get(classes, ())):
                    steps.append((j, self._prefix(m, self._reps[m][moved])))
            found = self._moves[key] = tuple(steps)
        return found

    def neighbours(self, point: Point, move: str) -> Iterator[tuple[int, Point]]:
        """Points one step from *point* on one read axis, each with its axis, as the layout holds them."""
        if self.subs or MERITS in self.read:
            rest = point[PREFIX:]
            for j, prefix in self._steps_from(move, point[:PREFIX]):
                yield j, prefix + rest
        table = _RAISE if move == "raise" else _NARROW
        for i in MAIN:
            if i != MERITS and i in self.read:
                for new in table[i][point[i]]:
                    yield i, (*point[:i], new, *point[i + 1 :])


@functools.lru_cache(maxsize=256)
def _layout(read: frozenset[int], thresholds: tuple[tuple[int, tuple[int, ...]], ...]) -> Layout:
    return Layout(read, dict(thresholds))


def axis(requirement: Requirement) -> int:
    """The grid axis *requirement* reads: its slot (`SLOTS`)."""
    return slot(requirement.factor, type(requirement.at_least), requirement.claims)


def layout(rule: Rule | None = None) -> Layout:
    """The layout of *rule*'s checks: the axes its requirements read, and the
    thresholds on each sub-join. None: every axis, each sub-join absent."""
    if rule is None:
        return _layout(ALL_AXES, ())
    requirements = [r for r in _tree(rule) if isinstance(r, Requirement)]
    read = frozenset(axis(r) for r in requirements)
    thresholds: dict[int, set[int]] = {}
    for r in requirements:
        if axis(r) in SUBS:
            thresholds.setdefault(axis(r), set()).add(r.at_least._rank)
    return _layout(read, tuple(sorted((j, tuple(sorted(ts))) for j, ts in thresholds.items())))


def facts(point: Point) -> Facts:
    """The facts of *point*."""
    fields: dict[str, Any] = {at.field: None if i < 0 else values[i] for at, values, i in zip(SLOTS, AXES, point, strict=True)}
    return Facts(**fields)


_CLAIMS: dict[ClaimFilter, dict[str, Any]] = {
    ClaimFilter.CONSTITUTIONAL: {"name": "Constitutional claim", "constitutional": True},
    ClaimFilter.FIRST_AMENDMENT: {"name": "First Amendment claim", "constitutional": True, "first_amendment": True},
    ClaimFilter.LANHAM_ACT: {"name": "Lanham Act claim", "arises_under": Statute.LANHAM_ACT},
}
assert set(_CLAIMS) == {SLOTS[j].claims for j in SUBS}, "a claim filter the grid cannot build a claim for"


def case(motion: Motion, point: Point) -> Case:
    """A case with the facts of *point*: one claim at the merits, and one of
    each filter present (a First Amendment claim is constitutional too)."""
    claims = [Claim(name="Claim", merits=AXES[MERITS][point[MERITS]])]
    for j in SUBS:
        if point[j] >= 0:
            claims.append(Claim(merits=AXES[j][point[j]], **_CLAIMS[SLOTS[j].claims]))
    by_field = {at.field: AXES[i][point[i]] for i, at in enumerate(SLOTS) if not at.sub_join}
    return _build(motion, tuple(claims), by_field["harm"], _very_serious(by_field["severity"]), by_field["balance"], by_field["public_interest"])


_FIELDS = tuple(at.field for at in SLOTS)


def point_of(facts_: Facts) -> Point:
    """The point of *facts_* (not yet canonical)."""
    found = [getattr(facts_, field) for field in _FIELDS]
    return tuple(-1 if f is None else _BY_RANKS[i][f.lo._rank, f.hi._rank] for i, f in enumerate(found))


def describe(point: Point) -> str:
    """*point* in words."""
    parts = []
    for i, at in enumerate(SLOTS):
        v = point[i]
        shown = "none" if v < 0 else (str(_very_serious(AXES[i][v])) if at.scale is Severity else AXES[i][v].describe())
        parts.append(f"{NAMES[i]} {shown}")
    return ", ".join(parts)


def settled(point: Point, factor: str, finding: Any) -> Point:
    """*point* with *factor* narrowed to *finding* (a settling entry), computed
    on the grid, independently of the library (the merits cap every sub-join)."""
    items = list(point)
    fields = {at.field: i for i, at in enumerate(SLOTS)}
    if factor == "merits":
        level = Merits(finding)
        items[MERITS] = _INDEX[Finding.exact(level)]
        for j in SUBS:
            if items[j] >= 0:
                c = AXES[j][items[j]]
                items[j] = _INDEX[Finding(c.lo, min(c.hi, level))]
    elif factor == "irreparable_harm":
        items[fields["harm"]] = _INDEX[Finding.exact(type(AXES[fields["harm"]][0].lo)(finding["likelihood"]))]
        if "very_serious" in finding:
            items[fields["severity"]] = _INDEX[Finding.exact(Severity.VERY_SERIOUS if finding["very_serious"] else Severity.ORDINARY)]
    elif factor == "balance_of_hardships":
        items[fields["balance"]] = _INDEX[Finding.exact(type(AXES[fields["balance"]][0].lo)(finding))]
    else:
        items[fields["public_interest"]] = _INDEX[Finding.exact(type(AXES[fields["public_interest"]][0].lo)(finding))]
    return tuple(items)


def reach_points(requirement: Requirement) -> Iterator[Point]:
    """Points that vary only the finding *requirement* reads (with the merits, for a sub-join)."""
    j = axis(requirement)
    if j == MERITS or j in SUBS:
        for m in range(len(AXES[MERITS])):
            for c in [-1, *range(len(AXES[MERITS]))] if j != MERITS else [-1]:
                if c < 0 or below(AXES[MERITS][c], AXES[MERITS][m]):
                    items = list(BASE)
                    items[MERITS] = m
                    if j != MERITS:
                        items[j] = c
                    yield tuple(items)
        return
    for index in range(len(AXES[j])):
        yield (*BASE[:j], index, *BASE[j + 1 :])

"""What would change the outcome, answered exactly from the rule.

Every question here is a search over the finite space of findings a rule
reads (`Facts`), asked of the rule's trace-free `Rule.truth`: nothing is
sampled. An *axis* is one finding that can vary: the merits (the best
claim's), one claim's merits, the likelihood of irreparable harm, whether
the harm is very serious, the balance of hardships, the public interest.
Axes are named by their path in a record (``balance_of_hardships.tips``;
``merits`` for the best claim's merits) and their values are written as a
record writes them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from itertools import combinations, product
from types import MappingProxyType
from typing import Any, final

import attrs

from ._case import Claim, Factor, best_merits
from ._decision import _DISPOSITION
from ._rules import Facts
from ._scales import Balance, Finding, Harm, Level, Merits, PublicInterest, Severity, Truth

__all__ = ["Axis", "Question", "axes", "minimal_sets", "outcomes", "settling_sets"]


Truthful = Callable[[Facts], Truth]
Assignment = tuple[tuple[int, Level], ...]  # (axis index, exact level), in axis order


@final
@attrs.frozen
class Axis:
    """One finding that can vary, with how to set it on `Facts`."""

    key: str
    factor: Factor
    scale: type[Level]
    found: Finding[Any]
    setter: Callable[[Facts, Level], Facts] = attrs.field(eq=False, repr=False)

    def values(self, *, within_found: bool) -> tuple[Level, ...]:
        """The levels to try: those the finding admits, or the whole scale."""
        return self.found.levels() if within_found else tuple(self.scale)

    def write(self, level: Level) -> Any:
        """*level* as a record writes it (``very_serious`` is a boolean)."""
        return level is Severity.VERY_SERIOUS if self.scale is Severity else level.value


def _set_merits(facts: Facts, level: Any) -> Facts:
    """The best claim's merits at exactly *level*: every claim is at most
    *level*, so the constitutional claims' interval is capped there too."""
    const = facts.constitutional_merits
    capped = None if const is None else Finding(min(const.lo, level), min(const.hi, level))
    return attrs.evolve(facts, merits=Finding.exact(level), constitutional_merits=capped)


def _field_setter(name: str) -> Callable[[Facts, Level], Facts]:
    def setter(facts: Facts, level: Level) -> Facts:
        changes: dict[str, Any] = {name: Finding.exact(level)}
        return attrs.evolve(facts, **changes)

    return setter


def _claim_setter(claims: tuple[Claim, ...], index: int) -> Callable[[Facts, Level], Facts]:
    def setter(facts: Facts, level: Any) -> Facts:
        changed = tuple(c if i != index else attrs.evolve(c, merits=Finding.exact(level)) for i, c in enumerate(claims))
        merits = best_merits(changed)
        assert merits is not None  # a case has at least one claim
        return attrs.evolve(
            facts,
            merits=merits,
            constitutional_merits=best_merits(c for c in changed if c.constitutional),
        )

    return setter


def axes(facts: Facts, read: Iterable[type[Level]], *, claims: tuple[Claim, ...] | None = None) -> tuple[Axis, ...]:
    """The axes of *facts* on the scales a rule *read*s, in the law's order;
    given the case's *claims*, one merits axis per claim instead of the best claim's."""
    scales = set(read)
    found: list[Axis] = []
    if Merits in scales:
        if claims is not None:
            for index, claim in enumerate(claims):
                found.append(Axis(f"claims[{index}].merits", Factor.MERITS, Merits, claim.merits, _claim_setter(claims, index)))
        else:
            found.append(Axis("merits", Factor.MERITS, Merits, facts.merits, _set_merits))
    table: tuple[tuple[str, Factor, type[Level], Finding[Any], str], ...] = (
        ("irreparable_harm.likelihood", Factor.IRREPARABLE_HARM, Harm, facts.harm, "harm"),
        ("irreparable_harm.very_serious", Factor.IRREPARABLE_HARM, Severity, facts.severity, "severity"),
        ("balance_of_hardships.tips", Factor.BALANCE_OF_HARDSHIPS, Balance, facts.balance, "balance"),
        ("public_interest.weighs", Factor.PUBLIC_INTEREST, PublicInterest, facts.public_interest, "public_interest"),
    )
    for key, factor, scale, finding, field in table:
        if scale in scales:
            found.append(Axis(key, factor, scale, finding, _field_setter(field)))
    return tuple(found)


def apply_assignment(facts: Facts, axes_: tuple[Axis, ...], assignment: Assignment) -> Facts:
    for index, level in assignment:
        facts = axes_[index].setter(facts, level)
    return facts


def minimal_sets(
    truth: Truthful,
    facts: Facts,
    axes_: tuple[Axis, ...],
    *,
    goal: Truth | None,
    within_found: bool,
) -> tuple[tuple[Assignment, Truth], ...]:
    """Every assignment of exact findings that settles *truth* (to *goal*, or
    either way when None) and contains no smaller one that does; smallest
    first, then in axis and scale order.

    *within_found* keeps each finding inside the record's own finding (what
    could still be found); otherwise findings may be overridden (what it
    would have taken).
    """
    candidates = [i for i, axis in enumerate(axes_) if not within_found or not axis.found.is_exact]
    found: list[tuple[Assignment, Truth]] = []
    for size in range(1, len(candidates) + 1):
        for combo in combinations(candidates, size):
            for levels in product(*(axes_[i].values(within_found=within_found) for i in combo)):
                assignment = tuple(zip(combo, levels))
                pairs = set(assignment)
                if any(pairs >= set(smaller) for smaller, _ in found):
                    continue
                value = truth(apply_assignment(facts, axes_, assignment))
                if value is not Truth.UNKNOWN and (goal is None or value is goal):
                    found.append((assignment, value))
    if goal is not None and not within_found:
        found = _least(found, goal)
    return tuple(found)


def _least(found: list[tuple[Assignment, Truth]], goal: Truth) -> list[tuple[Assignment, Truth]]:
    """Drop a set when another on the same findings asks less of each: for a
    grant the lower levels, for a denial the higher (a monotone rule granted
    by less is granted by more)."""

    def asks_no_more(a: Assignment, b: Assignment) -> bool:
        same = [i for i, _ in a] == [i for i, _ in b]
        if goal is Truth.TRUE:
            return same and all(x <= y for (_, x), (_, y) in zip(a, b))
        return same and all(x >= y for (_, x), (_, y) in zip(a, b))

    return [(a, v) for a, v in found if not any(b != a and asks_no_more(b, a) for b, _ in found)]


def _written(axes_: tuple[Axis, ...], assignment: Assignment) -> Mapping[str, Any]:
    return MappingProxyType({axes_[i].key: axes_[i].write(level) for i, level in assignment})


def settling_sets(
    truth: Truthful, facts: Facts, axes_: tuple[Axis, ...], *, within_found: bool = True, goal: Truth | None = None
) -> Mapping[str, tuple[Mapping[str, Any], ...]]:
    """The minimal sets of findings that settle the motion, by the disposition each gives."""
    by: dict[str, list[Mapping[str, Any]]] = {}
    for assignment, value in minimal_sets(truth, facts, axes_, goal=goal, within_found=within_found):
        by.setdefault(_DISPOSITION[value].value, []).append(_written(axes_, assignment))
    return MappingProxyType({k: tuple(by[k]) for k in ("granted", "denied") if k in by})


def outcomes(truth: Truthful, facts: Facts, axes_: tuple[Axis, ...]) -> Mapping[str, tuple[Mapping[str, Any], ...]]:
    """For each axis, each value of its whole scale with the others as found:
    the disposition it gives, whether the record's finding admits it, and,
    where it leaves the motion open, the minimal sets of other findings
    (within the record's) that would settle it each way."""
    table: dict[str, tuple[Mapping[str, Any], ...]] = {}
    for index, axis in enumerate(axes_):
        admitted = set(axis.found.levels())
        rows = []
        for level in axis.scale:
            variant = axis.setter(facts, level)
            value = truth(variant)
            row: dict[str, Any] = {
                "finding": axis.write(level),
                "disposition": _DISPOSITION[value].value,
                "found": level in admitted,
            }
            if value is Truth.UNKNOWN:
                others = tuple(a if i != index else attrs.evolve(a, found=Finding.exact(level)) for i, a in enumerate(axes_))
                row["settled_by"] = {k: list(v) for k, v in settling_sets(truth, variant, others).items()}
            rows.append(MappingProxyType(row))
        table[axis.key] = tuple(rows)
    return MappingProxyType(table)


@final
@attrs.frozen
class Question:
    """An open finding, ranked by how much of what is still open its answer settles.

    Attributes:
        key: the finding, by its record path (``balance_of_hardships.tips``).
        factor: the factor it belongs to.
        settles: the share of the answers the record still admits that
            settle the motion at once.
        then: the share of (answer, one more answer) pairs that settle it,
            the tie-break: how close the answer brings the motion to settled.
    """

    key: str
    factor: Factor
    settles: float
    then: float


def next_questions(truth: Truthful, facts: Facts, axes_: tuple[Axis, ...]) -> tuple[Question, ...]:
    """The open findings, best question first; none when the motion is settled."""
    if truth(facts) is not Truth.UNKNOWN:
        return ()
    open_ = [i for i, a in enumerate(axes_) if not a.found.is_exact]
    questions = []
    for index in open_:
        axis = axes_[index]
        answers = axis.found.levels()
        settled = then = 0.0
        for level in answers:
            variant = axis.setter(facts, level)
            if truth(variant) is not Truth.UNKNOWN:
                settled += 1
                then += 1
                continue
            seconds = [axes_[o].setter(variant, w) for o in open_ if o != index for w in axes_[o].found.levels()]
            if seconds:
                then += sum(truth(f) is not Truth.UNKNOWN for f in seconds) / len(seconds)
        questions.append(Question(axis.key, axis.factor, settled / len(answers), then / len(answers)))
    return tuple(sorted(questions, key=lambda q: (-q.settles, -q.then)))

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
from typing import Any, final

import attrs

from .case import Claim, Disposition, Factor
from .evaluation import DISPOSITION
from .._frozendict import FrozenDict
from .facts import SLOTS, Facts, Slot
from .scales import Finding, Level, Merits, Severity, Truth
from .words import FINDINGS, claim_key, wording

__all__ = ["MAX_CLAIM_GROUPS", "Answer", "Axis", "Question", "axes", "claim_axes", "minimal_sets", "outcomes", "settling_sets"]


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

    def read(self, value: Any) -> Level:
        """The level a record's *value* names: `write`, undone."""
        if self.scale is Severity:
            return Severity.VERY_SERIOUS if value else Severity.ORDINARY
        return self.scale(value)


def _slot_setter(at: Slot) -> Callable[[Facts, Level], Facts]:
    """Sets the finding in slot *at* (the merits as `Facts.with_merits` does)."""

    def setter(facts: Facts, level: Level) -> Facts:
        return facts.setting(at, level)

    return setter


def _claim_setter(claims: tuple[Claim, ...], index: int) -> Callable[[Facts, Level], Facts]:
    def setter(facts: Facts, level: Any) -> Facts:
        current = facts.claims if facts.claims is not None else claims
        return facts.with_claims(tuple(c if i != index else attrs.evolve(c, merits=Finding.exact(level)) for i, c in enumerate(current)))

    return setter


_BY_KEY = {at.key: at for at in SLOTS if at.key is not None}


def axes(facts: Facts, read: Iterable[type[Level]], *, by_claim: bool = False) -> tuple[Axis, ...]:
    """The axes of *facts* on the scales a rule *read*s, in the law's order
    (`_engine.words.FINDINGS`). With *by_claim*, one merits axis per claim instead
    of the best claim's (the facts must know their claims).

    Where the facts know their claims (`Facts.of` a case), a merits axis
    changes them (``merits`` as `with_best_merits` does), so every answer
    about a merits key is the answer for the record `what_if` makes.
    """
    scales = set(read)
    found: list[Axis] = []
    for words in FINDINGS:
        if words.scale not in scales:
            continue
        if words.key != "merits" or not by_claim:
            at = _BY_KEY[words.key]
            found.append(Axis(words.key, words.factor, words.scale, getattr(facts, at.field), _slot_setter(at)))
        else:
            if facts.claims is None:
                raise ValueError("a merits axis per claim needs facts that know their claims (Facts.of a case)")
            for index, claim in enumerate(facts.claims):
                found.append(Axis(claim_key(index), Factor.MERITS, Merits, claim.merits, _claim_setter(facts.claims, index)))
    return tuple(found)


MAX_CLAIM_GROUPS = 4
"""The most groups of alike claims `claim_axes` searches claim by claim."""


def claim_axes(
    facts: Facts, read: Iterable[type[Level]], goal: Truth
) -> tuple[Facts, tuple[Axis, ...], Mapping[str, tuple[str, ...]]]:
    """The facts and axes of a search toward *goal* with the merits claim
    by claim, bounded by construction; and, by axis key, the keys of the
    claims each axis sets.

    A rule reads the claims only through the best of them (`Facts`: all
    claims, the constitutional ones), so claims alike in all but their
    names and words are interchangeable: each group of them is one axis.
    Toward a grant it raises the group's first claim (raising any one of
    them raises the best as much); toward a denial it lowers every claim of
    the group (the best is lowered only when all are). The search runs on
    facts with two claims at most standing for each group (the best of
    them reads the same), so a step costs the same for 3 claims or 80,000.
    The groups are at most `MAX_CLAIM_GROUPS` (a `ValueError` beyond), so
    a search over these axes tries at most 5 ** (4 + 4) assignments of
    them, and far fewer with `minimal_sets`' pruning."""
    if facts.claims is None:
        raise ValueError("a merits axis per claim needs facts that know their claims (Facts.of a case)")
    claims = facts.claims
    groups: dict[tuple[Any, ...], list[int]] = {}
    for index, claim in enumerate(claims):
        alike = tuple(v for k, v in attrs.asdict(claim, recurse=False).items() if k not in ("name", "finding"))
        groups.setdefault(alike, []).append(index)
    if len(groups) > MAX_CLAIM_GROUPS:
        raise ValueError(
            f"what_it_takes(by_claim=True) searches at most {MAX_CLAIM_GROUPS} groups of alike claims (claims that "
            f"differ only in their names); this case has {len(groups)}: ask without by_claim (the merits as the best "
            "claim's), or settle some claims' findings first with what_if"
        )
    standing: list[Claim] = []  # one claim per group, two where one may move and the other stay
    found: list[Axis] = []
    sets: dict[str, tuple[str, ...]] = {}
    moving: list[tuple[str, list[int], Finding[Any]]] = []
    for members in groups.values():
        first = len(standing)
        standing += [claims[i] for i in members[:2]]
        moved = members[:1] if goal is Truth.TRUE else members
        key = claim_key(members[0])
        sets[key] = tuple(claim_key(i) for i in moved)
        moving.append((key, list(range(first, first + (1 if goal is Truth.TRUE else len(members[:2])))), claims[members[0]].merits))
    reduced = tuple(standing)
    for axis in axes(facts, read):
        if axis.key != "merits":
            found.append(axis)
            continue
        for key, indices, merits in moving:
            found.append(Axis(key, Factor.MERITS, Merits, merits, _claims_setter(reduced, indices)))
    return facts.with_claims(reduced), tuple(found), FrozenDict(sets)


def _claims_setter(claims: tuple[Claim, ...], indices: list[int]) -> Callable[[Facts, Level], Facts]:
    chosen = frozenset(indices)

    def setter(facts: Facts, level: Any) -> Facts:
        current = facts.claims if facts.claims is not None else claims
        exact = Finding.exact(level)
        return facts.with_claims(tuple(attrs.evolve(c, merits=exact) if i in chosen else c for i, c in enumerate(current)))

    return setter


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
    monotone = goal is not None and not within_found  # what `_least` assumes too
    for size in range(1, len(candidates) + 1):
        for combo in combinations(candidates, size):
            if monotone and not _can_reach(truth, facts, axes_, combo, goal):
                continue  # not even the most the movant could ask of these findings would do
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


def _can_reach(truth: Truthful, facts: Facts, axes_: tuple[Axis, ...], combo: tuple[int, ...], goal: Truth | None) -> bool:
    """Whether the findings *combo* at their extremes (highest toward a grant,
    lowest toward a denial) give *goal*: for a rule monotone in the movant's
    favour, whether any levels of them can."""
    pick = max if goal is Truth.TRUE else min
    extreme = tuple((i, pick(axes_[i].values(within_found=False))) for i in combo)
    return truth(apply_assignment(facts, axes_, extreme)) is goal


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
    return FrozenDict({axes_[i].key: axes_[i].write(level) for i, level in assignment})


def settling_sets(
    truth: Truthful, facts: Facts, axes_: tuple[Axis, ...], *, within_found: bool = True, goal: Truth | None = None
) -> Mapping[str, tuple[Mapping[str, Any], ...]]:
    """The minimal sets of findings that settle the motion, by the disposition each gives."""
    by: dict[str, list[Mapping[str, Any]]] = {}
    for assignment, value in minimal_sets(truth, facts, axes_, goal=goal, within_found=within_found):
        by.setdefault(DISPOSITION[value].value, []).append(_written(axes_, assignment))
    return FrozenDict({k: tuple(by[k]) for k in ("granted", "denied") if k in by})


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
                "disposition": DISPOSITION[value].value,
                "found": level in admitted,
            }
            if value is Truth.UNKNOWN:
                others = tuple(a if i != index else attrs.evolve(a, found=Finding.exact(level)) for i, a in enumerate(axes_))
                row["settled_by"] = settling_sets(truth, variant, others)
            rows.append(FrozenDict(row))
        table[axis.key] = tuple(rows)
    return FrozenDict(table)


@final
@attrs.frozen
class Answer:
    """One answer an interview can take to a `Question`.

    Attributes:
        value: the finding as a record writes it (``"likely"``; ``True`` for
            very serious harm): ``what_if(case, {question.key: answer.value})``
            applies it.
        label: how to show it: ``serious questions going to the merits``.
        disposition: what the answer alone would give, the other findings as
            they stand: granted, denied, or undetermined (still open).
    """

    value: Any
    label: str
    disposition: Disposition

    @property
    def settles(self) -> bool:
        """Whether this answer alone settles the motion."""
        return self.disposition is not Disposition.UNDETERMINED


@final
@attrs.frozen
class Question:
    """An open finding, ranked by how much of what is still open its answer
    settles, with what an interview needs to ask it.

    >>> import injunction
    >>> parler = injunction.example("parler")
    >>> open_ = injunction.what_if(parler, {"irreparable_harm": None, "public_interest": None,
    ...                                     "balance_of_hardships": "sharply_favors", "merits": "likely"}).after
    >>> question = open_.next_questions()[0]
    >>> question.prompt
    'Is the movant likely to suffer irreparable harm without relief?'
    >>> [(a.label, a.disposition.value) for a in question.answers]
    [('no irreparable harm', 'denied'), ('possible, not likely', 'denied'), ('likely', 'undetermined')]

    Attributes:
        key: the finding, by its record path (``balance_of_hardships.tips``).
        factor: the factor it belongs to.
        settles: the share of the answers the record still admits that
            settle the motion at once.
        then: the share of (answer, one more answer) pairs that settle it,
            the tie-break: how close the answer brings the motion to settled.
        prompt: the question in plain words ("Is the movant likely to
            suffer irreparable harm without relief?").
        answers: the answers the record still admits, lowest first, each
            with its label and what it would settle.
    """

    key: str
    factor: Factor
    settles: float
    then: float
    prompt: str = attrs.field(kw_only=True)
    answers: tuple[Answer, ...] = attrs.field(kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        """The question as JSON-ready data, for an interview in another program."""
        return {
            "key": self.key,
            "factor": self.factor.value,
            "prompt": self.prompt,
            "settles": self.settles,
            "then": self.then,
            "answers": [{"value": a.value, "label": a.label, "disposition": a.disposition.value} for a in self.answers],
        }


def next_questions(truth: Truthful, facts: Facts, axes_: tuple[Axis, ...]) -> tuple[Question, ...]:
    """The open findings, best question first; none when the motion is settled."""
    if truth(facts) is not Truth.UNKNOWN:
        return ()
    open_ = [i for i, a in enumerate(axes_) if not a.found.is_exact]
    questions = []
    for index in open_:
        axis = axes_[index]
        words = wording(axis.key, facts.claims or ())
        levels = axis.found.levels()
        settled = then = 0.0
        answers = []
        for level in levels:
            variant = axis.setter(facts, level)
            value = truth(variant)
            answers.append(Answer(axis.write(level), words.answer(level), DISPOSITION[value]))
            if value is not Truth.UNKNOWN:
                settled += 1
                then += 1
                continue
            seconds = [axes_[o].setter(variant, w) for o in open_ if o != index for w in axes_[o].found.levels()]
            if seconds:
                then += sum(truth(f) is not Truth.UNKNOWN for f in seconds) / len(seconds)
        questions.append(
            Question(axis.key, axis.factor, settled / len(levels), then / len(levels), prompt=words.prompt, answers=tuple(answers))
        )
    return tuple(sorted(questions, key=lambda q: (-q.settles, -q.then)))

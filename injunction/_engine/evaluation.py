"""Evaluation: a rule applied to a case, read as a disposition, and the findings that settle it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

import attrs

from .._frozendict import FrozenDict
from .case import Case, Disposition, Factor
from .compile import codes, plan
from .facts import SLOTS, Facts
from . import rules
from .rules import Not, Rule
from .scales import Finding, Level, Severity, Truth
from .trace import Node
from .words import FINDINGS, finding_key

__all__ = ["DISPOSITION", "Outcome", "Standard", "check_closable", "closed_trace", "closing", "decide", "paths", "presumed", "scales_read", "settling"]


class Standard(Protocol):
    """Anything that picks the rule governing a case.

    `NinthCircuit` is one; every `Rule` is another (it governs every case
    as it is), so a test a user composes can be evaluated directly.
    """

    def rule_for(self, case: Case) -> Rule: ...


_BY_CODE = (Disposition.DENIED, Disposition.UNDETERMINED, Disposition.GRANTED)
DISPOSITION = {
    Truth.TRUE: Disposition.GRANTED,
    Truth.FALSE: Disposition.DENIED,
    Truth.UNKNOWN: Disposition.UNDETERMINED,
}

Outcome = tuple[Disposition, "str | None", Mapping[str, tuple[str, ...]], Mapping[str, tuple[str, ...]]]


def decide(rule: Rule, case: Case, *, closed: bool = False) -> Outcome:
    """*rule* applied to *case*: the disposition, the granting test, and each
    path's failed and met factors; with *closed*, on a closed record
    (`closing`)."""
    if closed:
        check_closable(rule)
    value, test, failed, met = plan(rule).outcome(codes(case), closed=closed)
    return _BY_CODE[value], test, failed, met


def check_closable(rule: Rule) -> None:
    """Refuse a closed record for a rule with `Not` ("not shown" negated is
    neither shown nor not shown, so the movant's burden cannot read it) or
    with a `Weighing` (an open weighing is the court's, not unproven)."""
    stack = [rule]
    while stack:
        part = stack.pop()
        if isinstance(part, rules.Weighing):
            raise ValueError(
                "a closed record reads what it does not show as not shown, but a weighing the findings leave open is "
                "the court's to make, not a finding the movant failed to show: evaluate it with closed=False"
            )
        if isinstance(part, Not):
            raise ValueError(
                "a closed record reads what it does not show as not shown, which a rule with Not (~) cannot: "
                "evaluate it with closed=False"
            )
        stack.extend(rules.inner(part))


def closing(truth: Callable[[Facts], Truth]) -> Callable[[Facts], Truth]:
    """*truth* on a closed record: the hearing is over, and what the record
    does not establish is not established (the movant's burden: a clear
    showing on every element, Winter, 555 U.S. at 22), so unknown reads as
    false. For a rule without `Not` this is the same as reading every
    requirement the record leaves open as not shown."""

    def closed(facts: Facts) -> Truth:
        value = truth(facts)
        return Truth.FALSE if value is Truth.UNKNOWN else value

    return closed


def closed_trace(node: Node) -> Node:
    """The trace *node* on a closed record: each requirement, claim,
    presumption or merged weighing the record leaves open is not shown
    (false), and every combination is recomputed from its parts."""
    children = tuple(closed_trace(child) for child in node.children)
    if node.kind == "all_of":
        value = Truth.all(c.value for c in children)
    elif node.kind == "any_of":
        value = Truth.any(c.value for c in children)
    else:
        value = Truth.FALSE if node.value is Truth.UNKNOWN else node.value
    return node._replace(value=value, children=children)


def _frozen(mapping: dict[str, Any]) -> Mapping[str, Any]:
    return FrozenDict(mapping)


def scales_read(trace: Node) -> set[type[Level]]:
    """The scales a rule reads: those of its requirements' thresholds."""
    return {type(n.threshold) for n in trace.walk() if n.kind == "requirement" and n.threshold is not None}


def presumed(rule: Rule, facts: Facts) -> tuple[str, ...]:
    """The findings (by record path) that *rule* reads from a default at
    *facts* (`rules.presumed`): those the record states none on, in the
    law's order (`words.FINDINGS`)."""
    keys = {finding_key(at.factor, at.scale) for at in rules.presumed(rule, facts)}
    return tuple(w.key for w in FINDINGS if w.key in keys)


def paths(root: Node) -> tuple[Node, ...]:
    """The trace of each alternative test (`rules.paths`) under the trace *root*."""
    return root.children if root.kind == "any_of" else (root,)


# The one finding a record states on each factor but harm (the merits: the best claim's).
_RECORDED = {at.factor: at for at in reversed(SLOTS) if at.key is not None and at.factor is not Factor.IRREPARABLE_HARM}


def settling(truth: Callable[[Facts], Truth], facts: Facts, factor: Factor) -> tuple[Mapping[str, Any], ...]:
    """The findings on *factor* alone that settle a rule (its *truth*) on *facts*, each with its outcome.

    Harm is varied in likelihood first; its *very_serious* part only where
    the record leaves it open, and only for a likelihood that does not
    settle the motion alone.
    """
    entries: list[Mapping[str, Any]] = []
    settled_alone: set[Any] = set()
    for label, variant in _variants(facts, factor):
        if isinstance(label, dict) and "very_serious" in label and label["likelihood"] in settled_alone:
            continue
        outcome = DISPOSITION[truth(variant)]
        if outcome is Disposition.UNDETERMINED:
            continue
        if isinstance(label, dict) and "very_serious" not in label:
            settled_alone.add(label["likelihood"])
        entries.append(_frozen({"finding": FrozenDict(label) if isinstance(label, dict) else label, "disposition": outcome.value}))
    return tuple(entries)


def _variants(facts: Facts, factor: Factor) -> Iterator[tuple[Any, Facts]]:
    """Each exact finding on *factor* that *facts* still admit, with the facts that have it.

    Narrowing the merits to a level narrows the constitutional merits with
    them (a constitutional claim cannot be better than the best claim), as
    `Facts.with_merits` reads ``merits = level``, which is also how
    `what_if` applies it to a record.
    """
    if factor is not Factor.IRREPARABLE_HARM:  # one finding on the factor (the merits: the best claim's)
        at = _RECORDED[factor]
        found = facts.get(at)
        assert found is not None  # only the constitutional merits, which no record sets, may be absent
        for level in found.levels():
            yield level.value, facts.setting(at, level)
        return
    severities = (None, *facts.severity.levels()) if not facts.severity.is_exact else (None,)
    for severity in severities:
        for likelihood in facts.harm.levels():
            label: dict[str, Any] = {"likelihood": likelihood.value}
            variant = attrs.evolve(facts, harm=Finding.exact(likelihood))
            if severity is not None:
                label["very_serious"] = severity is Severity.VERY_SERIOUS
                variant = attrs.evolve(variant, severity=Finding.exact(severity))
            yield label, variant

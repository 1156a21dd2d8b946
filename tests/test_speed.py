"""The fast path (a rule compiled to one function over ranks) decides exactly
as the rule does; speed itself is measured by `python -m benchmarks`, never here."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import given

import injunction
from injunction import Case, Finding, Merits, Motion, NinthCircuit, PublicInterest, Requirement, SecondCircuit, Truth
from injunction._engine.compile import codes, facts_codes, plan
from injunction._engine.evaluation import paths as _trace_paths
from injunction._engine.facts import Facts
from injunction._engine.rules import paths as _paths
from injunction.testing import all_cases, cases
from injunction.testing import grid
from injunction.testing.exhaustive import _BASE, _case, _facts
from injunction.testing.properties import _tree


def test_the_compiled_rule_is_the_rule_on_every_fact_pattern() -> None:
    """Every distinct test of the Ninth Circuit standard, every fact pattern on
    the findings it reads, a sub-join by its class (`injunction.testing.grid`;
    the public interest on five levels, as `injunction check --exhaustive`
    counts them): the compiled function gives `Rule.truth`."""
    standard = NinthCircuit()
    structures = {_paths(standard.rule_for(_case(m, _BASE))): m for m in all_cases().motions()}
    checked = 0
    for motion in structures.values():
        rule = standard.rule_for(_case(motion, _BASE))
        compiled = plan(rule)
        for point in grid.layout(rule).points():
            facts = _facts(point)
            assert compiled.outcome(facts_codes(facts))[0] == rule.truth(facts).value, (motion, point)
            checked += 1
    assert (len(structures), checked) == (10, 739_800)


def _distinct_rules() -> list[tuple[Motion, injunction.Rule]]:
    """One rule for each distinct set of paths of both circuits' standards
    (every Ninth Circuit doctrine, each option off its default), with a motion that gets it."""
    standards: list[injunction.Standard] = [
        NinthCircuit(as_of=day) for day in (datetime.date(2005, 1, 1), datetime.date(2009, 1, 1), None)
    ]
    standards += [
        NinthCircuit(
            public_interest_threshold=PublicInterest.FAVORS, serious_questions_path=False,
            mandatory_serious_questions=True, constitutional_presumption=Merits.SERIOUS_QUESTIONS,
        ),
        NinthCircuit(likely_success_threshold=True, constitutional_presumption=None),
        SecondCircuit(),
        SecondCircuit(government_acts_under_statute=False, first_amendment_presumption=False),
    ]  # fmt: skip
    found: dict[tuple[injunction.Rule, ...], tuple[Motion, injunction.Rule]] = {}
    for standard in standards:
        for motion in all_cases().motions():
            rule = standard.rule_for(_case(motion, _BASE))
            found.setdefault(_paths(rule), (motion, rule))
    return list(found.values())


def test_the_compiled_trace_is_the_rules_own_at_every_known_or_absent_pattern() -> None:
    """For every distinct test (both circuits, every doctrine, the options),
    at every fact pattern whose findings are each exact or absent, the trace
    built by the compiled code equals the one ``Rule.evaluate`` walks out,
    node for node. Bounds and many claims: the Hypothesis test below."""
    rules = _distinct_rules()
    checked = 0
    for motion, rule in rules:
        compiled = plan(rule)
        for point in grid.layout(rule).points():
            if all(f.is_exact or f.is_unknown for f in _findings(point)):
                case = _case(motion, point)
                assert compiled.trace(case) == rule.evaluate(case), (rule, point)
                checked += 1
    # 40 path structures (a TRO or PI with the Lanham Act presumption, an injunction
    # pending appeal without it); the patterns on the axes each reads, a sub-join by its
    # class (a stay reads no sub-join, only mandatory relief reads severity).
    assert (len(rules), checked) == (40, 103_344)


def _findings(point: grid.Point) -> tuple[Finding[Any], ...]:
    return tuple(grid.AXES[i][v] for i, v in enumerate(point) if v >= 0)


def _slow(case: Case) -> tuple[injunction.Node, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The decision's fields as read off the trace, the way evaluate did before the fast path."""
    decision = injunction.evaluate(case)
    root = decision.rule.evaluate(case)
    failed, met = {}, {}
    for index, node in enumerate(_trace_paths(root)):
        name = node.name or f"path_{index + 1}"
        values = node.factor_values()
        failed[name] = tuple(f.value for f in injunction.Factor if values.get(f) is Truth.FALSE)
        met[name] = tuple(f.value for f in injunction.Factor if values.get(f) is Truth.TRUE)
    return root, failed, met


@given(cases())
def test_the_fast_path_decides_as_the_trace_does(case: Case) -> None:
    """Disposition, test, failed and met from the compiled rule equal those
    read off the full trace, and the lazily built trace (compiled, with bounds
    and many claims) is the rule's own."""
    decision = injunction.evaluate(case)
    root, failed, met = _slow(case)
    assert decision.disposition.value == {Truth.TRUE: "granted", Truth.FALSE: "denied", Truth.UNKNOWN: "undetermined"}[root.value]
    assert dict(decision.failed) == failed and dict(decision.met) == met
    assert decision.trace == root  # compiled, whatever came before
    assert codes(case) == facts_codes(Facts.of(case))


def test_rule_is_closed_to_subclassing() -> None:
    """Users compose rules, never subclass them: every rule is one the
    compiler, the receipts and the exhaustive checks know, so there is one
    evaluation path. A test of one's own is a composition; a standard of
    one's own is any object with ``rule_for(case)``."""
    from injunction import Rule

    with pytest.raises(TypeError, match="Always cannot subclass Rule: compose a test from Requirement"):

        class Always(Rule):  # noqa: F841
            name: str | None = "always"

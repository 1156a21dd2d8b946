"""The fast path (a rule compiled to one function over ranks) decides exactly
as the rule does; speed itself is measured by `python -m benchmarks`, never here."""

from __future__ import annotations

import attrs
from hypothesis import given

import injunction
from injunction import AnyOf, Case, Decision, NinthCircuit, Requirement, Truth
from injunction._compile import codes, facts_codes, plan
from injunction._decision import _paths as _trace_paths
from injunction._rules import Facts
from injunction.testing import _axis, _case, _facts, _grid, _paths, _tree, all_cases, cases

from .helpers import make_case


def test_the_compiled_rule_is_the_rule_on_every_fact_pattern() -> None:
    """Every distinct test of the Ninth Circuit standard, every fact pattern on
    the findings it reads (270,000 in all, as `injunction check --exhaustive`
    counts them): the compiled function gives `Rule.truth`."""
    standard = NinthCircuit()
    structures = {_paths(standard.rule_for(_case(m, (0, -1, 0, 0, 0, 0)))): m for m in all_cases().motions()}
    checked = 0
    for motion in structures.values():
        rule = standard.rule_for(_case(motion, (0, -1, 0, 0, 0, 0)))
        compiled = plan(rule)
        read = frozenset(_axis(r) for r in _tree(rule) if isinstance(r, Requirement))
        for point in _grid(read):
            facts = _facts(point)
            assert compiled.outcome(facts_codes(facts))[0] == rule.truth(facts).value, (motion, point)
            checked += 1
    assert (len(structures), checked) == (6, 270_000)


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
    read off the full trace, and the lazily built trace is the rule's own."""
    decision = injunction.evaluate(case)
    root, failed, met = _slow(case)
    assert decision.disposition.value == {Truth.TRUE: "granted", Truth.FALSE: "denied", Truth.UNKNOWN: "undetermined"}[root.value]
    assert dict(decision.failed) == failed and dict(decision.met) == met
    assert decision.trace == root
    assert codes(case) == facts_codes(Facts.of(case))


def test_a_rule_of_the_users_own_class_falls_back_to_the_trace() -> None:
    """A rule the compiler does not know is decided from its trace, the same way."""
    from injunction import Factor, Merits, Requirement, Rule
    from injunction.authorities import WINTER_20

    @attrs.frozen
    class Always(Rule):
        name: str | None = "always"

        def truth(self, facts: Facts) -> Truth:
            return Truth.TRUE

        def _evaluate(self, case: Case, facts: Facts) -> injunction.Node:
            return injunction.Node("requirement", Truth.TRUE, name=self.name, factor=Factor.MERITS)

    rule = AnyOf((Requirement(Factor.MERITS, at_least=Merits.CLEAR, authority=WINTER_20).named("clear"), Always()))
    decision = injunction.evaluate(make_case(merits=Merits.NONE), rule)
    assert isinstance(decision, Decision)
    assert (decision.disposition.value, decision.test) == ("granted", "always")
    assert dict(decision.failed) == {"clear": ("merits",), "always": ()}

"""The fast path: a rule compiled to one small Python function over ranks.

A rule is a tree of requirements joined by Kleene's ``min`` (all of),
``max`` (any of) and ``2 - x`` (not), with truth values as the integers
FALSE = 0, UNKNOWN = 1, TRUE = 2 (`Truth`'s own values). Compiling writes
that tree out as one expression over the ranks of the findings (each an
interval ``lo``..``hi``), which Python evaluates without building a node,
a `Finding` or a `Facts`. `evaluate` uses it for the disposition, the test
and which factors failed or were met on each path; the trace, which says
why in words, is built only when asked for. `tests/test_speed.py` proves
the compiled function equal to `Rule.truth` on every fact pattern.

The trace is compiled the same way: a second function writes the rule's
`Node`s out in straight-line code, each node one tuple built from the
rule's constants, the values above and the case's findings and claims, so
a trace costs a few microseconds instead of a recursive walk.

The code is generated from the rule's own fields (levels' ranks and
indices, nothing from a record), so no user text ever reaches ``exec``:
the rule's words and authorities are passed in as constants, by name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, final

import attrs

from .case import Case, Claim, ClaimFilter, Factor, Statute
from .._frozendict import FrozenDict
from .facts import SLOTS, Facts, slot
from .rules import _MERGED_HI, _MERGED_LO, AllOf, AnyOf, Merger, Not, Presumption, Requirement, Rule, Weighing, inner, merged_finding, path_name, paths
from .scales import _TRUTHS, Balance, Finding, Level, PublicInterest
from .trace import Node

__all__ = ["Plan", "codes", "facts_codes", "plan", "read_outcome", "trace"]

_FACTOR_ORDER = tuple(Factor)

Codes = tuple[int, ...]


# How the compiled reader tests a claim against each filter (`ClaimFilter.admits`,
# written as code; a test holds the two equal on every kind of claim).
_ADMITS = {
    ClaimFilter.CONSTITUTIONAL: "c.constitutional",
    ClaimFilter.FIRST_AMENDMENT: "c.first_amendment is True",
    ClaimFilter.LANHAM_ACT: "c.arises_under is _LANHAM",
}
# How it reads each finding that is not the merits: a statement, then the slot's two ranks.
_READS = {
    "harm": ("h = case.irreparable_harm.likelihood", "h.lo._rank, h.hi._rank"),
    "severity": (
        "vs = case.irreparable_harm.very_serious",
        "*((0, 1) if vs is None else (1, 1) if vs else (0, 0))",
    ),
    "balance": ("b = case.balance_of_hardships.tips", "b.lo._rank, b.hi._rank"),
    "public_interest": ("p = case.public_interest.weighs", "p.lo._rank, p.hi._rank"),
}


def _codes_function() -> Callable[[Case], Codes]:
    """`codes`, written out from `SLOTS`: one pass over the claims keeps the
    best ranks of each claim filter, then each other finding's ranks."""
    merits = [(i, at.claims) for i, at in enumerate(SLOTS) if at.factor is Factor.MERITS]
    assert {f for _, f in merits} - {ClaimFilter.ALL} == set(_ADMITS), "a claim filter the compiled reader cannot test"
    assert {at.field for at in SLOTS if at.factor is not Factor.MERITS} == set(_READS), "a finding the compiled reader cannot read"
    lines = ["def codes(case):"]
    lines += [f"    l{i} = h{i} = -1" for i, _ in merits]
    lines += ["    for c in case.claims:", "        merits = c.merits", "        lo, hi = merits.lo._rank, merits.hi._rank"]
    for i, claims in merits:
        indent = "        "
        if claims is not ClaimFilter.ALL:
            lines.append(f"        if {_ADMITS[claims]}:")
            indent += "    "
        lines += [f"{indent}if lo > l{i}:", f"{indent}    l{i} = lo", f"{indent}if hi > h{i}:", f"{indent}    h{i} = hi"]
    ranks = []
    for i, at in enumerate(SLOTS):
        if at.factor is Factor.MERITS:
            ranks.append(f"l{i}, h{i}")
        else:
            statement, read = _READS[at.field]
            lines.append(f"    {statement}")
            ranks.append(read)
    lines.append(f"    return ({', '.join(ranks)},)")
    namespace: dict[str, Any] = {"_LANHAM": Statute.LANHAM_ACT}
    exec("\n".join(lines) + "\n", namespace)  # noqa: S102 - written from the slot table alone
    function: Callable[[Case], Codes] = namespace["codes"]
    return function


def codes(case: Case) -> Codes:
    """The ranks a rule reads, flat, two per slot of `SLOTS` (lo, hi): the best
    claim's merits, the best claim's of each claim filter (-1, -1 without
    one: the constitutional, First Amendment and Lanham Act claims), harm,
    severity, balance and public interest. The same join as `Facts.of`,
    without building findings; written out from `SLOTS` as straight-line
    code, the fastest read of a case (a test holds it equal to
    `facts_codes(Facts.of(case))`)."""
    return _codes(case)


def facts_codes(facts: Facts) -> Codes:
    """The codes of *facts* (what `codes` gives for a case with those facts)."""
    found = [facts.get(at) for at in SLOTS]
    return tuple(rank for f in found for rank in ((-1, -1) if f is None else (f.lo._rank, f.hi._rank)))


def _slot(requirement: Requirement) -> int:
    """Where the finding *requirement* reads sits in the codes: its slot's low rank."""
    return 2 * slot(requirement.factor, type(requirement.at_least), requirement.claims)


def _presumed_slot(presumption: Presumption) -> int:
    """Where the finding *presumption* supplies sits in the codes: its slot's low rank."""
    return 2 * slot(presumption.factor, type(presumption.supplies))


class _Writer:
    """Writes a rule as straight-line code: each distinct requirement once,
    as a local variable, and ``min``/``max`` of two as conditional
    expressions (cheaper than calls)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, str] = {}
        self.constants: dict[str, object] = {}

    def local(self, expression: str) -> str:
        name = self.names.get(expression)
        if name is None:
            name = self.names[expression] = f"t{len(self.names)}"
            self.lines.append(f"    {name} = {expression}")
        return name

    def join(self, parts: list[str], keep: str) -> str:
        """*parts* combined by min (``keep="<"``) or max (``keep=">"``)."""
        result = parts[0]
        for part in parts[1:]:
            result = self.local(f"{result} if {result} {keep} {part} else {part}")
        return result

    def value(self, rule: Rule) -> str:
        """A local holding *rule*'s value (0, 1 or 2)."""
        if isinstance(rule, Requirement):
            slot, rank = _slot(rule), rule.at_least._rank
            return self.local(f"2 if v[{slot}] >= {rank} else 0 if v[{slot + 1}] < {rank} else 1")
        if isinstance(rule, Presumption):  # FALSE where the record states the finding: it governs
            slot, top = _presumed_slot(rule), len(type(rule.supplies)) - 1
            return self.local(f"0 if v[{slot}] > 0 or v[{slot + 1}] < {top} else {self.value(rule.when)}")
        if isinstance(rule, Not):
            return self.local(f"2 - {self.value(rule.rule)}")
        if isinstance(rule, Merger):
            return self.local(self._merged(rule))
        if isinstance(rule, Weighing):  # the clear case for relief, else the clear case against, else open
            return self.local(f"2 if {self.value(rule.grant)} == 2 else 0 if {self.value(rule.deny)} == 2 else 1")
        if isinstance(rule, (AllOf, AnyOf)):
            return self.join([self.value(r) for r in rule.rules], ">" if isinstance(rule, AnyOf) else "<")
        raise TypeError(f"cannot compile {type(rule).__name__}: compose standards from injunction's rules")

    def _merged(self, rule: Merger) -> str:
        """A merger's value (`merged_finding` against its threshold): the
        balance where stated; else the public interest's bounds read on the
        balance scale; else the presumption's level, where it holds."""
        b, p = _slot(rule.balance), _slot(rule.public)
        top, rank = len(Balance) - 1, rule.at_least._rank
        lo, hi = (tuple(level._rank for level in bounds) for bounds in (_MERGED_LO, _MERGED_HI))
        presumed = "1"
        if rule.presumption is not None and _MERGED_LO[rule.presumption.supplies._rank]._rank >= rank:
            presumed = f"(2 if {self.value(rule.presumption)} == 2 else 1)"
        stated = f"(2 if v[{b}] >= {rank} else 0 if v[{b + 1}] < {rank} else 1)"
        public = f"(2 if {lo}[v[{p}]] >= {rank} else 0 if {hi}[v[{p + 1}]] < {rank} else 1)"
        return f"{stated} if v[{b}] > 0 or v[{b + 1}] < {top} else {public} if v[{p}] > 0 or v[{p + 1}] < {top} else {presumed}"

    def constant(self, value: object) -> str:
        """A name for *value* in the generated code's namespace (one per distinct value)."""
        for name, known in self.constants.items():
            if type(known) is type(value) and known == value:
                return name
        name = f"k{len(self.constants)}"
        self.constants[name] = value
        return name

    def node(self, rule: Rule) -> str:
        """A local holding *rule*'s trace node, field for field what
        ``rule._evaluate`` builds (equal requirements share one node)."""
        value, k = f"_T[{self.value(rule)}]", self.constant
        if isinstance(rule, Requirement):
            slot = _slot(rule)
            children, claims = "()", "None"
            if rule.factor is Factor.MERITS:
                claims = k(rule.claims)
                children = f"_claims(claims, {rule.at_least._rank}, {claims})"
            fields = (
                '"requirement"', value, k(rule.name), k(rule.factor), k(rule.at_least),
                f"f[{slot // 2}]", k(rule.words), "None", k(rule.authority), children, claims,
            )  # fmt: skip
        elif isinstance(rule, Presumption):
            condition = self.node(rule.when)
            fields = (
                '"presumption"', value, k(rule.name), k(rule.factor), k(rule.supplies),
                f"f[{_presumed_slot(rule) // 2}]", k(rule.statement), "None", k(rule.authority), f"({condition},)", "None",
            )  # fmt: skip
        elif isinstance(rule, Not):
            fields = ('"not"', value, k(rule.name), "None", "None", "None", '""', "None", "()", f"({self.node(rule.rule)},)", "None")
        elif isinstance(rule, Merger):
            children = "".join(f"{self.node(r)}, " for r in rule.parts)
            presumption = rule.presumption
            presumed = "False" if presumption is None else f"{self.value(presumption)} == 2"
            supplies = k(PublicInterest.FAVORS if presumption is None else presumption.supplies)
            b, p = _slot(rule.balance) // 2, _slot(rule.public) // 2
            finding = f"_merged(f[{b}], f[{p}], {presumed}, {supplies})"
            fields = (
                '"merger"', value, k(rule.name), "None", k(rule.at_least),
                finding, k(rule.statement), "None", k(rule.authority), f"({children})", "None",
            )  # fmt: skip
        elif isinstance(rule, (AllOf, AnyOf, Weighing)):
            children = "".join(f"{self.node(r)}, " for r in inner(rule))
            kind = "weighing" if isinstance(rule, Weighing) else "any_of" if isinstance(rule, AnyOf) else "all_of"
            fields = (f'"{kind}"', value, k(rule.name), "None", "None", "None", k(rule.statement), "None", k(rule.authority), f"({children})", "None")
        else:
            raise TypeError(f"cannot compile {type(rule).__name__}: compose standards from injunction's rules")
        return self.local(f"_new(Node, ({', '.join(fields)}))")

    def factor_values(self, rule: Rule) -> dict[Factor, str]:
        """Each factor's value within *rule*, as `Node.factor_values` reads its trace node."""
        spoken = factors(rule)
        if len(spoken) == 1:
            return {next(iter(spoken)): self.value(rule)}
        if isinstance(rule, AllOf):
            parts: dict[Factor, list[str]] = {}
            for child in rule.rules:
                for factor, name in self.factor_values(child).items():
                    parts.setdefault(factor, []).append(name)
            return {f: self.join(names, "<") for f, names in parts.items()}
        return dict.fromkeys(spoken, self.value(rule))


def factors(rule: Rule) -> frozenset[Factor]:
    """The factors *rule* speaks to (`Node.factors` of its trace node)."""
    if isinstance(rule, (Requirement, Presumption)):
        return frozenset((rule.factor,))
    if isinstance(rule, Not):
        return factors(rule.rule)
    if isinstance(rule, Merger):
        return frozenset((Factor.BALANCE_OF_HARDSHIPS, Factor.PUBLIC_INTEREST))
    if isinstance(rule, (AllOf, AnyOf, Weighing)):
        return frozenset(f for r in inner(rule) for f in factors(r))
    raise TypeError(f"cannot compile {type(rule).__name__}")


Outcome = tuple[int, str | None, Mapping[str, tuple[str, ...]], Mapping[str, tuple[str, ...]]]


@final
@attrs.frozen
class Plan:
    """A rule compiled: *function* maps the codes of a case to the value of
    each path and of each factor on it; `outcome` turns that into the
    disposition (0, 1, 2), the granting path's name, and what failed and
    was met on each path (shared, read-only mappings, one per distinct result)."""

    rule: Rule
    names: tuple[str, ...]
    function: Callable[[Codes], tuple[int, ...]] = attrs.field(eq=False)
    source: str = attrs.field(eq=False, repr=False)
    _outcomes: dict[tuple[int, ...], Outcome] = attrs.field(factory=dict, eq=False, repr=False)
    _traces: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    def outcome(self, values: Codes, *, closed: bool = False) -> Outcome:
        """The outcome for *values*; *closed*: the record is closed, so what
        it leaves open is not shown (every unknown value read as false)."""
        result = self.function(values)
        if closed:
            result = tuple(0 if value == 1 else value for value in result)
        found = self._outcomes.get(result)
        if found is None:
            found = self._outcomes[result] = self._read(result)
        return found

    def _read(self, result: tuple[int, ...]) -> Outcome:
        return read_outcome(self.names, result)

    def trace(self, case: Case) -> Node:
        """The rule's trace on *case*, equal to ``rule.evaluate(case)``, built
        by code compiled for the rule on its first trace (under a millisecond),
        so every trace takes the same path whatever came before."""
        values = codes(case)
        return self.builder()(values, _findings(values), case.claims)

    def builder(self) -> Callable[[Codes, tuple[Finding[Any] | None, ...], tuple[Claim, ...]], Node]:
        """The rule's trace builder, compiled on first use."""
        if "build" not in self._traces:
            nodes = _Writer()
            root = nodes.node(self.rule)
            source = "def build(v, f, claims):\n" + "\n".join(nodes.lines) + f"\n    return {root}\n"
            namespace: dict[str, Any] = {
                "_T": _TRUTHS, "_new": tuple.__new__, "Node": Node, "_claims": _claims, "_merged": merged_finding, **nodes.constants,
            }  # fmt: skip
            exec(source, namespace)  # noqa: S102 - the rule's words and authorities enter as constants, not as code
            self._traces["build"] = namespace["build"]
        return self._traces["build"]  # type: ignore[no-any-return]


def trace(rule: Rule, case: Case) -> Node:
    """*rule*'s trace on *case*, by the code compiled for it."""
    return plan(rule).trace(case)


def _table(scale: type[Level]) -> dict[tuple[int, int], Finding[Any]]:
    levels = list(scale)
    return {(lo, hi): Finding(levels[lo], levels[hi]) for lo in range(len(levels)) for hi in range(lo, len(levels))}


def _findings_function() -> Callable[[Codes], tuple[Finding[Any] | None, ...]]:
    """The findings a rule reads, from their codes, in slot order (`Facts`'s
    fields; None for the constitutional merits of a case without such a
    claim): one tuple written out from `SLOTS`, as fast as by hand."""
    tables = {f"_T{i}": _table(at.scale) for i, at in enumerate(SLOTS)}
    items = "".join(f"None if v[{2 * i}] < 0 else _T{i}[v[{2 * i}], v[{2 * i + 1}]], " for i in range(len(SLOTS)))
    namespace: dict[str, Any] = dict(tables)
    exec(f"def findings(v):\n    return ({items})\n", namespace)  # noqa: S102 - written from the slot table alone
    findings: Callable[[Codes], tuple[Finding[Any] | None, ...]] = namespace["findings"]
    return findings


_findings = _findings_function()
_codes = _codes_function()


def _claims(claims: tuple[Claim, ...], rank: int, admitted: ClaimFilter) -> tuple[Node, ...]:
    """A merits requirement's children: each claim *admitted* (every claim,
    or those of one kind) against the threshold of *rank*."""
    return tuple(
        [
            tuple.__new__(
                Node,
                (
                    "claim", _TRUTHS[2 if c.merits.lo._rank >= rank else 0 if c.merits.hi._rank < rank else 1],
                    c.name, None, None, c.merits, "", c.finding, (), (), None,
                ),
            )  # fmt: skip
            for c in claims
            if admitted is ClaimFilter.ALL or admitted.admits(c)
        ]
    )


def read_outcome(names: tuple[str, ...], result: tuple[int, ...]) -> Outcome:
    """The disposition (0, 1, 2), the granting path and what failed and was met
    on each, from each path's value followed by its factors' (in `Factor`
    order, -1 where the path does not speak to the factor)."""
    width = 1 + len(_FACTOR_ORDER)
    failed: dict[str, tuple[str, ...]] = {}
    met: dict[str, tuple[str, ...]] = {}
    test = None
    for index, name in enumerate(names):
        value, *per_factor = result[index * width : (index + 1) * width]
        failed[name] = tuple(f.value for f, v in zip(_FACTOR_ORDER, per_factor) if v == 0)
        met[name] = tuple(f.value for f, v in zip(_FACTOR_ORDER, per_factor) if v == 2)
        if test is None and value == 2:
            test = name
    return max(result[::width]), test, FrozenDict(failed), FrozenDict(met)


def plan(rule: Rule) -> Plan:
    """*rule* compiled, once per distinct rule: rules are frozen values, so an
    equal rule built afresh (a user's standard composing its rule on each
    call) finds the same plan. The cache holds the last 1,024 rules; the
    standards' own are a few dozen."""
    return _plan(rule)


@functools.lru_cache(maxsize=1024)
def _plan(rule: Rule) -> Plan:
    writer = _Writer()
    returned = []
    names = []
    for index, path in enumerate(paths(rule)):
        names.append(path_name(path.name, index))
        per_factor = writer.factor_values(path)
        returned += [writer.value(path)] + [per_factor.get(f, "-1") for f in _FACTOR_ORDER]
    if len(set(names)) < len(names):
        twice = sorted({name for name in names if names.count(name) > 1})
        raise ValueError(
            f"the rule has two paths named {', '.join(map(repr, twice))}; a decision reports failed and met by "
            f"path name, so each path needs a name of its own: {rule!r}"
        )
    source = "def compiled(v):\n" + "\n".join(writer.lines) + f"\n    return ({', '.join(returned)},)\n"
    namespace: dict[str, Any] = {}
    exec(source, {}, namespace)  # noqa: S102 - generated from the rule's own levels, never from record text
    return Plan(rule, tuple(names), namespace["compiled"], source)

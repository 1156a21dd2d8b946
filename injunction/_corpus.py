"""A user's own corpus of decided cases, run against the library.

A record's ``expected`` section says what the court decided. `reproduce`
sets the library's decision beside it and says, a sentence each, where they
part; ``injunction test`` runs it over files and directories (and the
project's own corpus test, ``tests/test_cases.py``, calls it too, so that
"reproduced" means one thing). `Coverage` counts, for each rule tree the
records reach, how many records meet, fail or leave open each of its nodes,
so that a reviewer sees the doctrine no decided case tests.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO, final

import attrs

from ._engine.case import Case, Disposition, Expected, Factor, MotionKind
from .standards.courts import CIRCUIT_OF
from ._decision import Decision, Standard, evaluate
from ._errors import InjunctionError
from ._records.problems import CaseFormatError, Problem
from ._records.read import load
from ._text import printable
from ._engine.scales import Truth
from ._engine.trace import Node, ordered

__all__ = ["Coverage", "Reproduction", "reproduce", "run", "with_finding"]


# -- one record -------------------------------------------------------------------


@final
@attrs.frozen
class Reproduction:
    """A decision set beside what the court decided (its record's `expected`).

    *why* gives, a sentence each, where the library parts from the court;
    it is empty when the decision reproduces the court's. What "reproduces"
    means is `reproduce`'s to say.
    """

    decision: Decision = attrs.field(repr=False)
    expected: Expected
    why: tuple[str, ...] = ()

    @property
    def reproduced(self) -> bool:
        """Whether the library decides as the court did."""
        return not self.why

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: the status, what the court did, what the library says, and why they differ."""
        expected = self.expected
        decision = self.decision
        return {
            "status": "reproduced" if self.reproduced else "disagrees",
            "expected": {
                "disposition": expected.disposition.value,
                "determinable": expected.determinable,
                "test": expected.test,
                "grounds": [g.value for g in expected.grounds],
            },
            "actual": {
                "disposition": decision.disposition.value,
                "test": decision.test,
                "failed": {path: list(factors) for path, factors in decision.failed.items()},
                "met": {path: list(factors) for path, factors in decision.met.items()},
                "needs": list(decision.needs),
            },
            "why": list(self.why),
        }

    def court_words(self) -> str:
        """What the court did, in the record's words: ``granted on serious_questions``."""
        expected = self.expected
        words = expected.disposition.value
        if expected.test is not None and expected.disposition is Disposition.GRANTED:
            words += f" on {expected.test}"
        if expected.grounds:
            words += f" (against the movant on {_factors(expected.grounds)})"
        if not expected.determinable:
            words += ", on findings that do not settle it (determinable: false)"
        return words

    def library_words(self) -> str:
        """What the library says: ``denied``, ``granted on winter``, ``undetermined (needs merits)``."""
        return _outcome(self.decision)


def reproduce(case: Case, standard: Standard | None = None) -> Reproduction:
    """Decide *case* under *standard* (by default, its circuit's) and set the
    decision beside the court's, as the record's ``expected`` section states it.

    A record whose findings settle the motion (``determinable``, the default)
    is reproduced when the library gives the court's disposition and, for a
    grant, the court's test where the record names one. A record that says
    its findings do not settle it (``determinable: false``) is reproduced
    when the library answers undetermined and a finding on one factor in
    `Decision.needs` settles it the court's way, each such finding giving
    the court's test too. Either way, no factor the court held against the
    movant (``grounds``) may be met on any path.

    >>> import injunction
    >>> parler = injunction.example("parler")
    >>> result = injunction.reproduce(parler)
    >>> result.reproduced, result.library_words()
    (True, 'denied')
    >>> import attrs
    >>> wrong = attrs.evolve(parler, expected=injunction.Expected(disposition=injunction.Disposition.GRANTED))
    >>> injunction.reproduce(wrong).why
    ('winter fails on merits, balance_of_hardships, public_interest; serious_questions fails on merits, balance_of_hardships, public_interest',)
    """
    if not isinstance(case, Case):
        raise TypeError(f"reproduce() needs a Case, got {type(case).__name__}")
    expected = case.expected
    if expected is None:
        raise ValueError(
            "reproduce() needs a case whose record says what the court decided (an expected section); this one has none"
        )
    decision = evaluate(case, standard)
    why = [*_outcome_differs(decision, expected, standard), *_grounds_met(decision, expected)]
    return Reproduction(decision=decision, expected=expected, why=tuple(why))


def _outcome_differs(decision: Decision, expected: Expected, standard: Standard | None) -> list[str]:
    actual = decision.disposition
    if not expected.determinable:
        if actual is not Disposition.UNDETERMINED:
            return [f"the record says its findings do not settle the motion, but they do: {_reasons(decision)}"]
        return _settled_the_courts_way(decision, expected, standard)
    if actual is Disposition.UNDETERMINED:
        return [_reasons(decision)]
    if actual is not expected.disposition:
        return [_reasons(decision)]
    if actual is Disposition.GRANTED and expected.test is not None and decision.test != expected.test:
        return [f"{expected.test} {_path_words(decision, expected.test)}"]
    return []


def _settled_the_courts_way(decision: Decision, expected: Expected, standard: Standard | None) -> list[str]:
    """For an undetermined decision on a record that says so: each finding in
    `needs` that settles it the court's way must give the court's test."""
    way = expected.disposition.value
    ways = [
        (factor, entry["finding"])
        for factor in decision.needs
        for entry in decision.settles[factor]
        if entry["disposition"] == way
    ]
    if not ways:
        if not decision.needs:
            return [f"no finding on any one factor settles it, as {way} or otherwise: {_reasons(decision)}"]
        return [f"no finding on {', '.join(decision.needs)} alone settles it as {way}"]
    why = []
    for factor, finding in ways:
        settled = evaluate(with_finding(decision.case, factor, finding), standard)
        setting = f"{factor} found {json.dumps(finding, sort_keys=True)}"
        if settled.disposition is not expected.disposition:
            why.append(f"{setting} gives {_outcome(settled)}, not {way}")
        elif expected.test is not None and expected.disposition is Disposition.GRANTED and settled.test != expected.test:
            why.append(f"{setting} grants it on {settled.test}, not {expected.test}")
    return why


def _grounds_met(decision: Decision, expected: Expected) -> list[str]:
    why = []
    for ground in expected.grounds:
        paths = [path for path, met in decision.met.items() if ground.value in met]
        if paths:
            why.append(f"the court held {ground.value} against the movant, but it is met on {', '.join(paths)}")
    return why


def _outcome(decision: Decision) -> str:
    if decision.disposition is Disposition.GRANTED:
        return f"granted on {decision.test}"
    if decision.disposition is Disposition.UNDETERMINED and decision.needs:
        return f"undetermined (needs {', '.join(decision.needs)})"
    return decision.disposition.value


def _reasons(decision: Decision) -> str:
    """Why the library decides as it does: each path's deciding factors."""
    if decision.disposition is Disposition.GRANTED:
        assert decision.test is not None
        return f"{decision.test} {_path_words(decision, decision.test)}"
    named = decision.named_paths()
    if decision.disposition is Disposition.DENIED:
        return "; ".join(f"{name} {_path_words(decision, name)}" for name, _ in named)
    return "; ".join(f"{name} {_path_words(decision, name)}" for name, node in named if node.value is Truth.UNKNOWN)


def _path_words(decision: Decision, name: str) -> str:
    """How path *name* came out, by its factors: ``fails on merits``."""
    node = dict(decision.named_paths()).get(name)
    if node is None:
        paths = ", ".join(n for n, _ in decision.named_paths())
        return f"is not a path of the test applied (its paths: {paths})"
    met = decision.met.get(name, ())
    failed = decision.failed.get(name, ())
    if node.value is Truth.TRUE:
        return f"is met on {_factors(met)}" if met else "is met"
    if node.value is Truth.FALSE:
        return f"fails on {_factors(failed)}" if failed else "fails"
    unknown = [f.value for f in ordered(node.factors) if f.value not in met and f.value not in failed]
    return f"is open on {_factors(unknown)}" if unknown else "is open"


def _factors(factors: Iterable[str]) -> str:
    return ", ".join(str(f) for f in factors)


def with_finding(case: Case, factor: str, finding: Any) -> Case:
    """*case* with *factor* narrowed to *finding*, as `Decision.settles` writes
    it: what ``injunction.what_if(case, {factor: finding})`` evaluates.

    Merits: the best claim's, exactly that level (`with_best_merits`); harm:
    ``{"likelihood": ..., "very_serious": ...}``; balance and public
    interest: a level.

    >>> import injunction
    >>> case = with_finding(injunction.example("parler"), "balance_of_hardships", "even")
    >>> case.balance_of_hardships.tips
    Finding.exact(Balance.EVEN)
    """
    from ._compare import changed

    if factor not in {f.value for f in Factor}:
        allowed = ", ".join(repr(f.value) for f in Factor)
        raise ValueError(f"with_finding() needs a factor ({allowed}), got {factor!r}")
    return changed(case, {factor: finding})


# -- coverage ---------------------------------------------------------------------

# A node's place in its rule tree: the labels from the root down.
NodePath = tuple[str, ...]

_WAYS = {Truth.TRUE: 0, Truth.FALSE: 1, Truth.UNKNOWN: 2}


def _label(node: Node) -> str:
    """A node's name in its tree: its own name, else what it reads (``merits >= likely``)."""
    if node.name is not None:
        return node.name
    factors = ", ".join(f.value for f in ordered(node.factors))
    level = f" >= {node.threshold.value}" if node.threshold is not None else ""
    if node.kind == "requirement":
        return f"{factors}{level}"
    if node.kind == "presumption":
        return f"presumed {factors}{level}"
    if node.kind == "merger":
        return f"merged ({factors})"
    if node.kind == "weighing":
        return f"weighed ({factors})"
    if node.kind in ("any_of", "all_of"):
        return f"{node.kind.replace('_', ' ')} ({factors})"
    return node.kind


def nodes(trace: Node) -> Iterator[tuple[NodePath, Truth]]:
    """Each node of *trace* with its path of labels, depth first. A claim's
    node, whose name is the record's own, counts in its requirement's; a
    label that repeats among siblings is numbered (``#2``)."""

    def walk(node: Node, path: NodePath) -> Iterator[tuple[NodePath, Truth]]:
        yield path, node.value
        seen: Counter[str] = Counter()
        for child in node.children:
            if child.kind == "claim":
                continue
            label = _label(child)
            seen[label] += 1
            yield from walk(child, (*path, label if seen[label] == 1 else f"{label} #{seen[label]}"))

    yield from walk(trace, (_label(trace),))


@attrs.define
class _Tree:
    """One rule tree's counts: for each node, the records that met, failed, left it open."""

    paths: tuple[NodePath, ...]
    counts: list[list[int]]
    records: int = 0
    settings: Counter[str] = attrs.field(factory=Counter)


class Coverage:
    """Which nodes of each rule tree a corpus exercises.

    Records whose rules have the same tree (the same nodes by path: the
    same tests, requirements, thresholds and presumptions, whatever their
    words and authorities) are counted together. A node is *exercised both
    ways* when at least one record meets it and at least one fails it.
    """

    def __init__(self) -> None:
        self._trees: dict[tuple[NodePath, ...], _Tree] = {}

    def add(self, decision: Decision) -> None:
        """Count *decision*'s trace, node by node."""
        found = list(nodes(decision.trace))
        key = tuple(path for path, _ in found)
        tree = self._trees.get(key)
        if tree is None:
            tree = self._trees[key] = _Tree(key, [[0, 0, 0] for _ in key])
        tree.records += 1
        tree.settings[_setting(decision)] += 1
        for counts, (_, value) in zip(tree.counts, found):
            counts[_WAYS[value]] += 1

    def trees(self) -> list[dict[str, Any]]:
        """Each rule tree reached, most records first, as JSON-ready data."""
        ordered_trees = sorted(self._trees.values(), key=lambda t: (-t.records, t.paths[0], t.paths))
        named: Counter[str] = Counter()
        result: list[dict[str, Any]] = []
        for tree in ordered_trees:
            paths = [p[1] for p in tree.paths if len(p) == 2]
            name = f"{tree.paths[0][0]} [{', '.join(paths)}]: {'; '.join(s for s, _ in tree.settings.most_common())}"
            named[name] += 1
            nodes_: list[dict[str, Any]] = [
                {"path": list(path), "met": met, "failed": failed, "open": open_, "both_ways": bool(met and failed)}
                for path, (met, failed, open_) in zip(tree.paths, tree.counts)
            ]
            result.append(
                {
                    "standard": name if named[name] == 1 else f"{name} #{named[name]}",
                    "records": tree.records,
                    "nodes": nodes_,
                    "node_count": len(nodes_),
                    "both_ways": sum(1 for n in nodes_ if n["both_ways"]),
                }
            )
        return result

    def figures(self) -> dict[str, int]:
        """The summary figures: nodes in all the trees reached, and how many
        were exercised both ways, one way only, or never settled by any record."""
        counts = [c for tree in self._trees.values() for c in tree.counts]
        return {
            "trees": len(self._trees),
            "nodes": len(counts),
            "both_ways": sum(1 for met, failed, _ in counts if met and failed),
            "one_way": sum(1 for met, failed, _ in counts if bool(met) != bool(failed)),
            "never_settled": sum(1 for met, failed, _ in counts if not met and not failed),
        }

    def text(self) -> str:
        """The trees as indented tables of counts, each node not exercised both ways marked."""
        records = sum(tree.records for tree in self._trees.values())
        lines = [
            f"Coverage: the rule trees the {_count(records, 'record')} tested reach; for each node, how many "
            "records meet it, fail it or leave it open",
            "",
        ]
        for tree in self.trees():
            lines.append(f"{printable(tree['standard'])} ({_count(tree['records'], 'record')})")
            labels = [printable("  " * (len(n["path"]) - 1) + n["path"][-1]) for n in tree["nodes"]]
            width = max(len(label) for label in [*labels, "node"]) + 2
            lines.append(f"  {'node':<{width}}{'met':>6}{'failed':>8}{'open':>6}")
            for label, node in zip(labels, tree["nodes"]):
                note = "" if node["both_ways"] else "  " + _gap(node)
                lines.append(f"  {label:<{width}}{node['met']:>6}{node['failed']:>8}{node['open']:>6}{note}".rstrip())
            lines.append(f"  {tree['both_ways']} of {tree['node_count']} nodes exercised both ways")
            lines.append("")
        return "\n".join(lines)

    def summary(self) -> str:
        """The figure: ``coverage: N of M rule nodes exercised both ways ...``."""
        f = self.figures()
        return (
            f"coverage: {f['both_ways']} of {f['nodes']} rule nodes exercised both ways (met by a record and failed "
            f"by another), in {_count(f['trees'], 'rule tree')}; {f['one_way']} only one way, "
            f"{f['never_settled']} never settled"
        )


def _gap(node: dict[str, Any]) -> str:
    if node["met"]:
        return "never failed"
    if node["failed"]:
        return "never met"
    return "never settled"


def _setting(decision: Decision) -> str:
    """Where the rule applied: circuit, relief, opponent (``ca9, prohibitory relief, government opponent``);
    a stay is not prohibitory or mandatory relief (``ca9, stay, government opponent``)."""
    case = decision.case
    circuit = CIRCUIT_OF.get(case.case.court, case.case.court)
    opponent = "government opponent" if case.motion.opponent_is_government else "private opponent"
    relief = "stay" if case.motion.kind is MotionKind.STAY_PENDING_APPEAL else f"{case.motion.relief.value} relief"
    return f"{circuit}, {relief}, {opponent}"


# -- the runner -------------------------------------------------------------------


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


@attrs.define
class Tally:
    """What a run found: records reproduced, disagreeing, skipped and unreadable."""

    reproduced: int = 0
    disagrees: int = 0
    skipped: int = 0
    errors: int = 0

    @property
    def tested(self) -> int:
        return self.reproduced + self.disagrees

    def line(self) -> str:
        """The summary line: ``28 of 31 reproduced; 3 disagree; ...``."""
        parts = [f"{self.reproduced:,} of {self.tested:,} reproduced"]
        if self.disagrees:
            parts.append(f"{self.disagrees:,} disagree{'s' if self.disagrees == 1 else ''}")
        if self.skipped:
            parts.append(f"{_count(self.skipped, 'record')} without an expected section skipped")
        if self.errors:
            parts.append(f"{_count(self.errors, 'record')} could not be read")
        return "; ".join(parts)

    def to_dict(self) -> dict[str, int]:
        return {
            "tested": self.tested,
            "reproduced": self.reproduced,
            "disagrees": self.disagrees,
            "skipped": self.skipped,
            "errors": self.errors,
        }


def _entries(
    paths: Sequence[str], standard: Standard | None, max_bytes: int
) -> Iterator[tuple[str, Reproduction | CaseFormatError | InjunctionError | None]]:
    """Each record under *paths* with its result: a `Reproduction`, None for
    a record without ``expected``, or the error that kept it from being read."""
    from ._batch import records

    for given in paths:
        if not os.path.exists(given):
            yield given, CaseFormatError(given, [_missing()])
            continue
        for path, problem in records([given]):
            if problem is not None:
                yield path, CaseFormatError(path, [Problem("", problem)])
                continue
            try:
                case = load(path, max_bytes=max_bytes)
            except CaseFormatError as error:
                yield path, error
                continue
            if case.expected is None:
                yield path, None
                continue
            try:
                yield path, reproduce(case, standard)
            except InjunctionError as error:  # a record the standard refuses
                yield path, error


def _missing() -> Any:
    return Problem("", "no such file or directory", allowed={"form": "path", "suffixes": [".json", ".toml"]})


def _error_data(error: InjunctionError) -> dict[str, Any]:
    from ._batch import _problem

    problems = getattr(error, "problems", ())
    return {"problems": [_problem(p) for p in problems], "message": str(error)}


def run(
    paths: Sequence[str],
    standard: Standard | None,
    *,
    max_bytes: int,
    jsonl: bool = False,
    coverage: bool = False,
    verbose: bool = False,
    out: TextIO,
) -> tuple[Tally, Coverage | None]:
    """Test every record under *paths* against *standard*, writing a line per
    disagreement and error (every record with *verbose*; a JSON object per
    record with *jsonl*), then the coverage with *coverage* and the summary."""
    tally = Tally()
    counted = Coverage() if coverage else None
    written = False
    for path, result in _entries(paths, standard, max_bytes):
        entry: dict[str, Any] = {"type": "record", "file": path}
        if result is None:
            tally.skipped += 1
            entry |= {"status": "skipped", "expected": None, "actual": None, "why": ["no expected section"]}
            if verbose and not jsonl:
                out.write(f"{printable(path)}: skipped: no expected section\n")
        elif isinstance(result, InjunctionError):
            tally.errors += 1
            entry |= {"status": "error", "expected": None, "actual": None, "why": [], "error": _error_data(result)}
            if not jsonl:
                # Escaped before it is split, so that a line break in a file name cannot start a line.
                message = str(result).replace(path, printable(path))
                if not message.startswith(printable(path)):
                    message = f"{printable(path)}: {message}"
                out.write("".join(f"{printable(line)}\n" for line in message.split("\n")))
        else:
            if counted is not None:
                counted.add(result.decision)
            entry |= result.to_dict()
            if result.reproduced:
                tally.reproduced += 1
                if verbose and not jsonl:
                    out.write(f"{printable(path)}: reproduced: {result.library_words()}\n")
            else:
                tally.disagrees += 1
                if not jsonl:
                    out.write(
                        printable(
                            f"{path}: disagrees: court {result.court_words()}; library {result.library_words()}: "
                            f"{'; '.join(result.why)}"
                        )
                        + "\n"
                    )
        if jsonl:
            out.write(json.dumps(entry, ensure_ascii=True) + "\n")
        written = written or verbose or entry["status"] in ("disagrees", "error")
    if jsonl:
        if counted is not None:
            for tree in counted.trees():
                out.write(json.dumps({"type": "coverage", **tree}, ensure_ascii=True) + "\n")
        summary: dict[str, Any] = {"type": "summary", **tally.to_dict()}
        if counted is not None:
            summary["coverage"] = counted.figures()
        out.write(json.dumps(summary, ensure_ascii=True) + "\n")
    else:
        if counted is not None and tally.tested:
            out.write(("\n" if written else "") + counted.text())
        out.write(tally.line() + "\n")
        if counted is not None:
            out.write(counted.summary() + "\n")
    return tally, counted

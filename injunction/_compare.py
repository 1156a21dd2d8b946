"""Two decisions side by side, a changed copy of a case, and sensitivity tables.

`compare(a, b)` contrasts two decisions: the findings that differ (by
record path), the rule nodes whose value changed, and how that moved each
path and the disposition. `what_if(case, changes)` evaluates a changed copy
and returns that contrast. `sensitivity(case, x[, y])` tabulates the
disposition over every value of one or two findings, the others as found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, final

import attrs

from ._engine.case import Case, with_best_merits
from ._decision import Decision, Rendered, _caption, evaluate
from ._engine.evaluation import DISPOSITION, Standard
from ._frozendict import FrozenDict
from ._records.problems import CaseFormatError, Problem
from ._records.read import from_record
from ._records.write import to_record
from ._engine.facts import Facts
from ._engine.scales import Finding, Level, Merits, Severity, Truth
from ._engine.trace import Node
from ._engine.whatif import Axis, axes
from ._engine.words import claim_key
from ._render.table import Sensitivity

__all__ = ["Change", "Comparison", "Sensitivity", "compare", "sensitivity", "what_if"]


@final
@attrs.frozen
class Change:
    """One thing that differs: a finding (by record path) or a rule node (by trace id)."""

    key: str
    before: Any
    after: Any
    label: str = ""


def _flatten(data: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "at_least" or key == "at_most":  # a bound is one finding
                yield path, data
                return
            yield from _flatten(value, f"{path}.{key}" if path else key)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _flatten(value, f"{path}[{index}]")
    else:
        yield path, data


def _finding_changes(a: Case, b: Case) -> tuple[Change, ...]:
    before = {k: v for k, v in _flatten(to_record(a)) if not k.startswith("expected")}
    after = {k: v for k, v in _flatten(to_record(b)) if not k.startswith("expected")}
    keys = list(dict.fromkeys([*before, *after]))
    return tuple(Change(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k))


def _node_key(node: Node) -> tuple[object, ...]:
    return (node.kind, node.name, node.factor, node.threshold, node.statement)


def _node_changes(a: Node, b: Node) -> tuple[Change, ...]:
    """Nodes at the same place, reading the same thing, whose value changed."""
    from ._render.diagram import label

    after = dict(b.indexed())
    changes = []
    for nid, node in a.indexed():
        other = after.get(nid)
        if other is not None and _node_key(node) == _node_key(other) and node.value is not other.value:
            changes.append(Change(nid, node.value, other.value, label(node, found=False, standard=a.name)))
    return tuple(changes)


@final
@attrs.frozen
class Comparison(Rendered):
    """Two decisions and what differs between them.

    Attributes:
        before, after: the two decisions.
        findings: the findings that differ, by record path.
        nodes: the rule nodes (by trace id) whose value changed.
        paths: for each path either decision applied, its value before and after.
    """

    before: Decision
    after: Decision
    findings: tuple[Change, ...]
    nodes: tuple[Change, ...]
    paths: Mapping[str, tuple[Truth | None, Truth | None]]

    def __repr__(self) -> str:
        """One line: ``<Comparison DENIED -> GRANTED: Parler LLC v. ... (wawd), 4 findings changed>``."""
        count = len(self.findings)
        return (
            f"<Comparison {self.before.disposition.value.upper()} -> {self.after.disposition.value.upper()}: "
            f"{_caption(self.after.case)}, {count} finding{'s' if count != 1 else ''} changed>"
        )

    @property
    def moved(self) -> bool:
        """Whether the disposition changed."""
        return self.before.disposition is not self.after.disposition

    @property
    def same_rule(self) -> bool:
        """Whether both traces have the same shape, so every node could be compared."""
        return [_node_key(n) for n in self.before.trace.walk()] == [_node_key(n) for n in self.after.trace.walk()]

    def to_dict(self) -> dict[str, Any]:
        """The comparison as JSON-ready data (what ``injunction diff --format json`` prints)."""

        def value(v: Any) -> Any:
            return v.name.lower() if isinstance(v, Truth) else v

        return {
            "disposition": {"before": self.before.disposition.value, "after": self.after.disposition.value},
            "test": {"before": self.before.test, "after": self.after.test},
            "findings": [{"path": c.key, "before": c.before, "after": c.after} for c in self.findings],
            "paths": {n: {"before": value(b), "after": value(a)} for n, (b, a) in self.paths.items()},
            "nodes": [{"id": c.key, "node": c.label, "before": value(c.before), "after": value(c.after)} for c in self.nodes],
            "same_rule": self.same_rule,
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
        }



def compare(before: Decision, after: Decision) -> Comparison:
    """Contrast two decisions: the findings that differ, the rule nodes whose
    value changed, and how each path and the disposition moved.

    >>> import attrs, injunction
    >>> case = injunction.example("parler")
    >>> tips = injunction.Finding.exact(injunction.Balance.SHARPLY_FAVORS)
    >>> better = attrs.evolve(case, balance_of_hardships=attrs.evolve(case.balance_of_hardships, tips=tips))
    >>> contrast = injunction.compare(injunction.evaluate(case), injunction.evaluate(better))
    >>> [(c.key, c.before, c.after) for c in contrast.findings]
    [('balance_of_hardships.tips', {'at_most': 'even'}, 'sharply_favors')]
    >>> contrast.moved
    False
    """
    paths: dict[str, tuple[Truth | None, Truth | None]] = {}
    for name, path in before.named_paths():
        paths[name] = (path.value, None)
    for name, path in after.named_paths():
        paths[name] = (paths.get(name, (None, None))[0], path.value)
    return Comparison(
        before,
        after,
        _finding_changes(before.case, after.case),
        _node_changes(before.trace, after.trace),
        FrozenDict(paths),
    )


_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?$")


def _written(value: Any) -> Any:
    if isinstance(value, Severity):
        return value is Severity.VERY_SERIOUS
    if isinstance(value, Level):
        return value.value
    if isinstance(value, Finding):
        return value.to_data()
    return value


def _locate(record: dict[str, Any], path: str) -> tuple[dict[str, Any], str]:
    """The table holding the finding at *path* (``claims[1].merits``) and its
    key; a missing table is made, a missing claim is a ValueError."""
    *steps, last = path.split(".")
    target: Any = record
    for step in steps:
        match = _STEP.match(step)
        if match is None or not isinstance(target, dict):
            raise ValueError(f"what_if: cannot follow the path {path!r} at {step!r}")
        key, index = match.groups()
        if index is None:
            target = target.setdefault(key, {})
            continue
        items = target.get(key)
        if not isinstance(items, list) or int(index) >= len(items):
            count = len(items) if isinstance(items, list) else 0
            raise ValueError(f"what_if: {path!r}: the record has {count} {key}, so no index {index}")
        target = items[int(index)]
    if not re.fullmatch(r"[A-Za-z_]+", last) or not isinstance(target, dict):
        raise ValueError(f"what_if: {path!r} does not name a finding of a record")
    return target, last


# A factor names its finding, as `Decision.settles` keys them; ``very_serious`` is harm's other part.
_SUGAR = {
    "irreparable_harm": "irreparable_harm.likelihood",
    "very_serious": "irreparable_harm.very_serious",
    "balance_of_hardships": "balance_of_hardships.tips",
    "public_interest": "public_interest.weighs",
}
_HARM_PARTS = ("likelihood", "very_serious")
_KEYS = ("merits", *_SUGAR, "claims")


def _merits_level(value: Any) -> Merits:
    """The one level a change to ``merits`` (the best claim's) names."""
    if isinstance(value, Finding) and value.is_exact:
        value = value.lo
    if isinstance(value, Merits):
        return value
    if isinstance(value, str) and value in Merits._value2member_map_:
        return Merits(value)
    levels = ", ".join(m.value for m in Merits)
    raise CaseFormatError(
        "what_if",
        [
            Problem(
                "merits",
                f"the merits factor (the best claim's) takes one level: {levels}; to bound one claim's finding, "
                "change that claim ('claims[0].merits')",
                value=value.to_data() if isinstance(value, Finding) else value,
                has_value=True,
            )
        ],
    )


def _paths(case: Case, changes: Mapping[str, Any]) -> dict[str, Any]:
    """*changes* by record path (``merits`` stays ``merits``): a factor
    becomes its finding's path, ``claims`` each claim's, and harm as
    `settles` writes it (``{"likelihood": ..., "very_serious": ...}``) its
    two parts. A finding named twice is a ValueError."""
    wanted: dict[str, Any] = {}

    def put(path: str, value: Any, given: str) -> None:
        if path in wanted:
            raise ValueError(f"what_if: {given!r} changes {path}, which another change already sets")
        wanted[path] = value

    for key, value in changes.items():
        if key == "claims":
            names = [c.name for c in case.claims]
            for which, merits in dict(value).items():
                if isinstance(which, str):
                    if which not in names:
                        raise ValueError(f"what_if: no claim named {which!r}; the claims are {names}")
                    which = names.index(which)
                put(claim_key(which), merits, key)
        elif key == "irreparable_harm" and isinstance(value, Mapping) and set(value) <= set(_HARM_PARTS) and value:
            for part, found in value.items():
                put(f"irreparable_harm.{part}", found, key)
        elif key in _SUGAR:
            put(_SUGAR[key], value, key)
        elif key == "merits" or "." in key or "[" in key:
            put(key, value, key)
        else:
            allowed = ", ".join(_KEYS)
            raise TypeError(
                f"what_if: unknown finding {key!r}; allowed: {allowed}, or a record path "
                "('irreparable_harm.likelihood', 'claims[1].merits'; as a keyword, irreparable_harm__likelihood)"
            )
    return wanted


def changed(case: Case, changes: Mapping[str, Any] | None = None, **findings: Any) -> Case:
    """*case* with findings changed, named as `what_if` names them."""
    given: dict[str, Any] = {}
    for form, items in (("changes", (changes or {}).items()), ("keywords", findings.items())):
        for name, value in items:
            key = name.replace("__", ".")
            if key in given:
                raise ValueError(f"what_if: {key!r} is given twice (the second time in {form}, as {name})")
            given[key] = value
    wanted = _paths(case, given)
    if "merits" in wanted:
        case = attrs.evolve(case, claims=with_best_merits(case.claims, _merits_level(wanted.pop("merits"))))
    if not wanted:
        return case
    record = to_record(case)
    for path, value in wanted.items():
        table, key = _locate(record, path)
        if value is None:
            table.pop(key, None)
        else:
            table[key] = _written(value)
    return from_record(record, source="what_if")


def what_if(
    case: Case, changes: Mapping[str, Any] | None = None, *, standard: Standard | None = None, **findings: Any
) -> Comparison:
    """Evaluate a copy of *case* with findings changed, and contrast it with
    the case as found. The mapping *changes* and the keywords take the same
    keys, every key a decision hands out (`what_it_takes`,
    `settles`, `settling_sets`, `outcomes`, `next_questions`) among them:

    - a record path: ``irreparable_harm.likelihood``, ``irreparable_harm.very_serious``,
      ``balance_of_hardships.tips``, ``public_interest.weighs``, ``claims[1].merits``
      (any other path of the record too, such as ``motion.relief``);
      ``__`` stands for the dot, so that a keyword can name a path
      (``irreparable_harm__likelihood=``), or pass it as ``**{"claims[1].merits": ...}``;
    - ``merits``: the merits factor, the best claim's, as one level; every
      claim is capped at it and the best non-constitutional claim set to it
      (a constitutional one only when every claim is one: the merits factor
      names no claim, so it never says that a constitutional claim
      succeeds). Every answer about ``merits`` assumes this same change.
      Applied before the other changes, so a change to a claim given with
      it wins;
    - a factor for its finding, as `Decision.settles` keys them:
      ``irreparable_harm`` (a likelihood, or ``{"likelihood": ..., "very_serious": ...}``),
      ``very_serious``, ``balance_of_hardships``, ``public_interest``;
    - ``claims``: a mapping from a claim's index or name to its merits.

    A value is a level, a `Finding`, or what a record writes (``"likely"``,
    ``{"at_least": "favors"}``, None for no finding). The changed record is
    checked like a loaded one.

    >>> import injunction
    >>> parler = injunction.example("parler")
    >>> needed = injunction.evaluate(parler).what_it_takes()[0]
    >>> dict(needed)
    {'merits': 'serious_questions', 'irreparable_harm.likelihood': 'likely', 'balance_of_hardships.tips': 'sharply_favors', 'public_interest.weighs': 'favors'}
    >>> injunction.what_if(parler, needed).after.disposition
    <Disposition.GRANTED: 'granted'>
    >>> injunction.what_if(parler, merits="likely", balance_of_hardships__tips="favors", irreparable_harm="likely")  # the public interest still fails
    <Comparison DENIED -> DENIED: Parler LLC v. Amazon Web Services, Inc. (wawd), 3 findings changed>
    """
    return compare(evaluate(case, standard), evaluate(changed(case, changes, **findings), standard))


# -- sensitivity ----------------------------------------------------------------


def _axis(case: Case, decision: Decision, key: str) -> Axis:
    scales = {a.scale for a in decision.axes}
    facts = Facts.of(case)
    every = axes(facts, scales) + axes(facts, scales, by_claim=True)
    wanted = _SUGAR.get(key, key)
    for axis in every:
        if axis.key == wanted:
            return axis
    allowed = ", ".join(dict.fromkeys(a.key for a in every))
    raise ValueError(f"sensitivity: the rule for this case reads no finding {key!r}; allowed: {allowed}")


def sensitivity(case: Case, first: str, second: str | None = None, *, standard: Standard | None = None) -> Sensitivity:
    """The disposition of *case* over every value of the finding *first*
    (and of *second*), the other findings as found. A finding is named by
    record path or factor: ``"merits"`` (the best claim's),
    ``"claims[1].merits"``, ``"irreparable_harm"``, ``"very_serious"``,
    ``"balance_of_hardships"``, ``"public_interest"``.

    >>> import injunction
    >>> table = injunction.sensitivity(injunction.example("parler"), "merits", "balance_of_hardships")
    >>> [d.value for d in table.cells[1]]  # serious questions, by balance
    ['denied', 'denied', 'denied', 'denied', 'denied']
    """
    decision = evaluate(case, standard)
    keys = (first,) if second is None else (first, second)
    chosen = [_axis(case, decision, k) for k in keys]
    facts = Facts.of(case)
    truth = decision.rule.truth
    column_axis = chosen[1] if len(chosen) == 2 else None
    columns = tuple(column_axis.scale) if column_axis else (None,)
    cells = []
    for level in chosen[0].scale:
        row = []
        for other in columns:
            variant = chosen[0].setter(facts, level)
            if column_axis is not None and other is not None:
                variant = column_axis.setter(variant, other)
            row.append(DISPOSITION[truth(variant)])
        cells.append(tuple(row))
    return Sensitivity(
        case,
        tuple(a.key for a in chosen),
        tuple(chosen[0].write(v) for v in chosen[0].scale),
        tuple(column_axis.write(v) for v in column_axis.scale) if column_axis else (),
        tuple(cells),
        tuple(v in chosen[0].found.levels() for v in chosen[0].scale),
        tuple(v in column_axis.found.levels() for v in column_axis.scale) if column_axis else (),
    )

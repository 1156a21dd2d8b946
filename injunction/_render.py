"""Render a decision as a short reasoned analysis in plain text.

The trace holds every node; this module chooses what to say. It discusses
the factors in the law's order, each claim under the merits, and every
requirement the standard applied with its authority. A source is cited in
full the first time and in short form after.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from .authorities import Authority
from ._case import Disposition, Factor
from ._decision import Decision
from ._scales import Finding, Merits, Truth
from ._trace import Node, ordered

__all__ = ["to_json", "to_text"]

WIDTH = 88


def to_json(decision: Decision) -> str:
    """The decision as the JSON that ``injunction evaluate --json`` prints."""
    return json.dumps(decision.to_dict(), indent=2, ensure_ascii=False)


class _Citer:
    """Cites each source in full once, then in short form; pins of one source
    that stand together are joined (``Winter, 555 U.S. at 20, 24``)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, authorities: Iterable[Authority]) -> str:
        groups: dict[tuple[str, bool, bool], list[Authority]] = {}
        for authority in authorities:
            slip = (authority.pin or "").startswith("slip op.")
            groups.setdefault((authority.source.id, authority.is_verified, slip), []).append(authority)
        cites = []
        for (key, _, slip), group in groups.items():
            pins = [p.removeprefix("slip op.").strip() for p in dict.fromkeys(a.pin for a in group) if p]
            joined = ("slip op. " if slip else "") + ", ".join(pins)
            first = group[0] if len(pins) <= 1 else attrs.evolve(group[0], pin=joined)
            cites.append(first.short_cite() if key in self.seen else first.cite())
            self.seen.add(key)
        return "; ".join(cites)


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


_PATH_TITLES = {"winter": "Winter path", "serious_questions": "serious-questions path", "mandatory": "mandatory path"}
# A stay's two routes (Leiva-Perez) report as the tests they mirror.
_STAY_TITLES = {"winter": "strong-showing route", "serious_questions": "substantial-case route"}


def _path_title(node: Node, standard: str | None = None, name: str | None = None) -> str:
    name = name or node.name or "path"
    titles = _STAY_TITLES if standard == "stay_pending_appeal" else _PATH_TITLES
    return titles.get(name, name.replace("_", " ") + " path")


def _requirements(node: Node, factor: Factor) -> list[Node]:
    """The distinct requirement and presumption nodes about *factor*, in the
    order the standard states them; what a presumption asks of another
    factor stays inside it."""
    found: dict[tuple[str, object, str], Node] = {}

    def visit(child: Node) -> None:
        if child.kind in ("requirement", "presumption") and child.factor is factor:
            found.setdefault((child.kind, child.threshold, child.statement), child)
        if child.kind != "presumption":
            for grandchild in child.children:
                visit(grandchild)

    visit(node)
    return list(found.values())


def _mergers(root: Node) -> list[Node]:
    found: dict[str, Node] = {}
    for node in root.walk():
        if node.kind == "merger":
            found.setdefault(node.statement, node)
    return list(found.values())


def to_text(decision: Decision) -> str:
    """A short reasoned analysis of *decision*, like the opening of an order."""
    case = decision.case
    cite = _Citer()
    movant = _subject(case.motion.movant)
    root = decision.trace
    lines: list[str] = []

    title = case.case.name + (f", {case.case.citation}" if case.case.citation else "")
    lines.append(title)
    kind = case.motion.kind.words
    lines.append(
        _wrap(
            f"Motion of {case.motion.movant} for a {kind} ({case.motion.relief.value} relief) against "
            f"{case.motion.opponent}: {decision.disposition.value.upper()}."
        )
    )
    lines.append("")

    # The standard, and each path it offers.
    standard = [root.statement] if root.statement else []
    if root.authorities:
        standard.append(cite(root.authorities) + ".")
    if standard:
        lines.append(_wrap("Standard. " + " ".join(standard)))
    for name, path in decision.named_paths():
        text = f"{_sentence(_path_title(path, decision.standard, name))}: {path.statement or 'as composed'}."
        if path.authorities:
            text += " " + cite(path.authorities) + "."
        lines.append(_wrap(text, "  "))
    lines.append("")

    merged = _mergers(root)
    merged_factors = {f for m in merged for f in m.factors}
    number = 0
    for factor in Factor:
        if factor in merged_factors and factor is not Factor.BALANCE_OF_HARDSHIPS:
            continue
        number += 1
        if factor in merged_factors:
            for merger in merged:
                lines += _merged_section(number, merger, decision, movant, cite)
            continue
        lines += _factor_section(number, factor, decision, movant, cite)

    lines.append(_conclusion(decision, movant))
    return "\n".join(lines).rstrip() + "\n"


def _subject(movant: str) -> str:
    """How the analysis names the movant: its name if short, else "the movant"."""
    return movant if len(movant) <= 30 else "the movant"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _factor_heading(number: int, factor: Factor, decision: Decision) -> list[str]:
    finding = _record_finding(decision, factor)
    text = f"{number}. {factor.label}: {finding}."
    note = _record_note(decision, factor)
    lines = [_wrap(text)]
    if note:
        lines.append(_wrap(note, "   "))
    return lines


def _record_finding(decision: Decision, factor: Factor) -> str:
    case = decision.case
    if factor is Factor.MERITS:
        count = len(case.claims)
        claims = "the only claim" if count == 1 else f"the best of {count} claims"
        return f"{case.merits.describe()} ({claims})"
    if factor is Factor.IRREPARABLE_HARM:
        harm = case.irreparable_harm
        text = harm.likelihood.describe()
        if harm.very_serious is not None:
            text += ", very serious" if harm.very_serious else ", not very serious"
        return "no finding in the record" if text == "unknown" else text
    if factor is Factor.BALANCE_OF_HARDSHIPS:
        text = case.balance_of_hardships.tips.describe()
    else:
        text = case.public_interest.weighs.describe()
    return "no finding in the record" if text == "unknown" else text


def _record_note(decision: Decision, factor: Factor) -> str | None:
    case = decision.case
    if factor is Factor.IRREPARABLE_HARM:
        return case.irreparable_harm.finding
    if factor is Factor.BALANCE_OF_HARDSHIPS:
        return case.balance_of_hardships.finding
    if factor is Factor.PUBLIC_INTEREST:
        return case.public_interest.finding
    return None


def _factor_section(number: int, factor: Factor, decision: Decision, movant: str, cite: _Citer) -> list[str]:
    lines = _factor_heading(number, factor, decision)
    requirements = _requirements(decision.trace, factor)
    if factor is Factor.MERITS:
        thresholds = sorted({n.threshold for n in requirements if isinstance(n.threshold, Merits)})
        statements = {n.threshold: n.statement for n in requirements if n.kind == "requirement"}
        for index, claim in enumerate(decision.case.claims):
            letter = chr(ord("a") + index) if index < 26 else str(index + 1)
            label = " (constitutional)" if claim.constitutional else ""
            text = f"({letter}) {claim.name}{label}: {claim.merits.describe()}."
            if claim.finding:
                text += f" {claim.finding}"
            text += " " + _claim_support(claim.merits, thresholds, statements)
            lines.append(_wrap(text, "   "))
    lines += _holdings(requirements, movant, cite)
    lines += _not_needed(decision, {factor})
    lines.append("")
    return lines


def _claim_support(merits: Finding[Merits], thresholds: list[Merits], statements: dict[Any, str]) -> str:
    """What one claim shows against each merits threshold the standard uses."""
    shown = [t for t in thresholds if merits.reaches(t) is Truth.TRUE]
    not_shown = [t for t in thresholds if merits.reaches(t) is Truth.FALSE]
    open_ = [t for t in thresholds if merits.reaches(t) is Truth.UNKNOWN]
    parts = []
    if shown:
        parts.append(f"It shows {statements[shown[-1]]}")
    if not_shown:
        words = [statements[t] for t in not_shown]
        if shown:
            parts[-1] += f" but not {' or '.join(words)}"
        elif len(words) == 1:
            parts.append(f"It does not show {words[0]}")
        else:
            parts.append(f"It shows neither {' nor '.join(words)}")
    if open_:
        question = " or ".join(statements[t] for t in open_)
        if parts:
            parts[-1] += f"; whether it shows {question} is not settled"
        else:
            parts.append(f"The record does not settle whether it shows {question}")
    return (" ".join(parts) + ".") if parts else ""


def _merged_section(number: int, merger: Node, decision: Decision, movant: str, cite: _Citer) -> list[str]:
    factors = ordered(merger.factors)
    title = " and ".join(f.label.lower() for f in factors).capitalize()
    lines = [_wrap(f"{number}. {title} (merged).")]
    text = (merger.statement[0].upper() + merger.statement[1:] + ".") if merger.statement else ""
    if merger.authorities:
        text += " " + cite(merger.authorities) + "."
    lines.append(_wrap(text, "   "))
    for factor in factors:
        finding = _record_finding(decision, factor)
        note = _record_note(decision, factor)
        lines.append(_wrap(f"{factor.label}: {finding}." + (f" {note}" if note else ""), "   "))
        lines += _holdings(_requirements(decision.trace, factor), movant, cite)
    lines += _not_needed(decision, set(factors))
    lines.append("")
    return lines


def _holdings(nodes: list[Node], movant: str, cite: _Citer) -> list[str]:
    """One sentence per requirement, lowest threshold first; a failure of the
    lowest is a failure of all ("not even ..., let alone ...")."""
    requirements = [n for n in nodes if n.kind == "requirement"]
    presumptions = [n for n in nodes if n.kind == "presumption"]
    lines: list[str] = []
    for presumption in presumptions:
        if presumption.value is Truth.FALSE:
            continue
        condition = presumption.children[0]
        verb = "is presumed" if presumption.value is Truth.TRUE else "would be presumed"
        if_clause = "because" if presumption.value is Truth.TRUE else "if"
        shown = "has shown" if presumption.value is Truth.TRUE else "shows"
        text = (
            f"{presumption.factor.label if presumption.factor else 'The factor'} {verb} "
            f"({presumption.threshold.value if presumption.threshold else ''}) {if_clause} {movant} {shown} "
            f"{condition.statement}: {presumption.statement}. {cite(presumption.authorities)}."
        )
        lines.append(_wrap(text, "   "))
    groups: dict[type, list[Node]] = {}
    for node in requirements:
        groups.setdefault(type(node.threshold), []).append(node)
    for group in groups.values():
        group.sort(key=lambda n: n.threshold.rank if n.threshold is not None else 0)
        if len(group) > 1 and all(n.value is Truth.FALSE for n in group):
            lowest, higher = group[0], group[1:]
            text = _sentence(
                f"{movant} has not shown {lowest.statement}, let alone "
                + ", let alone ".join(n.statement for n in higher)
                + ". "
                + cite(a for n in group for a in n.authorities)
                + "."
            )
            lines.append(_wrap(text, "   "))
            continue
        if len(group) > 1 and all(n.value is Truth.TRUE for n in group):
            highest, lower = group[-1], group[:-1]
            text = _sentence(
                f"{movant} has shown {highest.statement}, and so "
                + " and ".join(n.statement for n in lower)
                + ". "
                + cite(a for n in reversed(group) for a in n.authorities)
                + "."
            )
            lines.append(_wrap(text, "   "))
            continue
        for node in group:
            lines.append(_wrap(_holding(node, movant) + " " + cite(node.authorities) + ".", "   "))
    return lines


def _holding(node: Node, movant: str) -> str:
    if node.value is Truth.TRUE:
        return _sentence(f"{movant} has shown {node.statement}.")
    if node.value is Truth.FALSE:
        return _sentence(f"{movant} has not shown {node.statement}.")
    return f"The record does not settle whether {movant} has shown {node.statement}."


def _not_needed(decision: Decision, factors: set[Factor]) -> list[str]:
    """Say so when a definite decision does not turn on these factors."""
    if decision.disposition is Disposition.UNDETERMINED:
        return []
    for name in factors:
        for path in decision.paths():
            values = path.factor_values()
            if values.get(name, Truth.UNKNOWN) is not Truth.UNKNOWN:
                return []
    word = decision.disposition.value
    return [
        _wrap(
            f"Not needed to decide: the motion is {word} on every path whatever this finding would be.",
            "   ",
        )
    ]


def _conclusion(decision: Decision, movant: str) -> str:
    parts: list[str] = []
    for name, path in decision.named_paths():
        title = _path_title(path, decision.standard, name)
        failed = decision.failed.get(name, ())
        if path.value is Truth.TRUE:
            parts.append(f"the {title} is met")
        elif failed:
            parts.append(f"the {title} fails on {' and '.join(f.replace('_', ' ') for f in failed)}")
        else:
            parts.append(f"the {title} is not settled")
    kind = decision.case.motion.kind.words
    summary = "Conclusion. " + "; ".join(parts) + "."
    summary = summary.replace("Conclusion. the", "Conclusion. The")
    if decision.disposition is Disposition.GRANTED:
        granting = next(p for n, p in decision.named_paths() if n == decision.test)
        summary += (
            f" {_sentence(movant)}'s motion for a {kind} is GRANTED on the "
            f"{_path_title(granting, decision.standard, decision.test)}."
        )
    elif decision.disposition is Disposition.DENIED:
        summary += f" {_sentence(movant)}'s motion for a {kind} is DENIED."
    else:
        summary += " The findings in the record do not settle the motion."
        if decision.needs:
            settle = [
                f"{factor.replace('_', ' ')}: {_describe_settling(entries)}" for factor, entries in decision.settles.items()
            ]
            summary += " A finding on one factor would settle it: " + "; ".join(settle) + "."
        else:
            summary += " No single finding settles it."
    return _wrap(summary)


def _describe_settling(entries: tuple[Mapping[str, Any], ...]) -> str:
    """Consecutive findings that settle it the same way, as a range:
    ``sharply against to favors (denied), sharply favors (granted)``."""
    runs: list[tuple[str, list[str]]] = []
    for entry in entries:
        words = _describe_setting(entry["finding"])
        if runs and runs[-1][0] == entry["disposition"]:
            runs[-1][1].append(words)
        else:
            runs.append((entry["disposition"], [words]))
    return ", ".join(
        f"{found[0] if len(found) == 1 else f'{found[0]} to {found[-1]}'} ({outcome})" for outcome, found in runs
    )


def _describe_setting(finding: object) -> str:
    if isinstance(finding, dict):
        text = str(finding["likelihood"]).replace("_", " ")
        if "very_serious" in finding:
            text += ", very serious" if finding["very_serious"] else ", not very serious"
        return text
    return str(finding).replace("_", " ")

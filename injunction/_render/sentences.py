"""What each trace node contributes to an analysis, in one sentence.

The trace is data (`Node`); these are its words, written by the render
layer: the analysis states each node with `node_sentence`, and the decision
diagram shows it as the node's tooltip.
"""

from __future__ import annotations

from .._engine.case import ClaimFilter
from .._engine.scales import Truth
from .._engine.trace import Node, ordered
from .words import _capital, level_words

__all__ = ["node_sentence"]


def node_sentence(node: Node, subject: str = "the movant") -> str:
    """What this node contributes to an analysis, as it came out.

    A requirement reads three ways: met, failed, or open; and failed on a
    bounded finding ("found at most serious questions") reads unlike
    failed on an exact one, as open on a bound reads unlike no finding.
    """
    value = node.value
    if node.kind == "requirement":
        return _requirement_sentence(node, subject)
    if node.kind == "claim":
        found = node.finding.describe() if node.finding is not None else "unknown"
        verdict = {Truth.TRUE: "reaches", Truth.FALSE: "falls short of", Truth.UNKNOWN: "may or may not reach"}
        return f"The claim {node.name} ({found}) {verdict[value]} this threshold."
    if node.kind == "presumption":
        label = node.factor.label if node.factor is not None else "The factor"
        level = f" ({level_words(node.threshold)})" if node.threshold is not None else ""
        if value is Truth.TRUE:
            return (
                f"{label} is presumed{level}, the record stating no finding on {label.lower()}"
                + (f": {node.statement}." if node.statement else ".")
                + " A stated finding would govern."
            )
        if value is Truth.FALSE and node.finding is not None and not node.finding.is_unknown:
            return f"{label} is not presumed: the record states a finding ({node.finding.describe()}), which governs."
        if value is Truth.FALSE:
            return f"The presumption of {label.lower()}{level} does not arise."
        return f"Whether {label.lower()} is presumed{level} is not settled."
    if node.kind == "merger":
        parts = " and ".join(f.label.lower() for f in ordered(node.factors))
        verdict = {Truth.TRUE: "is met", Truth.FALSE: "fails", Truth.UNKNOWN: "is not settled"}
        return f"The merged inquiry ({parts}) {verdict[value]}."
    if node.kind == "weighing":
        parts = ", ".join(f.label.lower() for f in ordered(node.factors))
        verdict = {
            Truth.TRUE: "clearly favor relief",
            Truth.FALSE: "clearly weigh against relief",
            Truth.UNKNOWN: "are for the court to weigh: the findings do not settle the weighing",
        }
        return f"Weighed together, the factors ({parts}) {verdict[value]}."
    if node.kind == "not":
        verdict = {Truth.TRUE: "fails, as the negation requires", Truth.FALSE: "holds, so this fails", Truth.UNKNOWN: "is open"}
        return f"The rule negated here {verdict[value]}."
    what = f"The {node.name.replace('_', ' ')} test" if node.name else (
        "At least one of these" if node.kind == "any_of" else "Every one of these"
    )
    if node.kind == "any_of":
        verdict = {Truth.TRUE: "is met", Truth.FALSE: "fails: none is met", Truth.UNKNOWN: "is not settled"}
    else:
        verdict = {Truth.TRUE: "is met", Truth.FALSE: "fails", Truth.UNKNOWN: "is not settled"}
    return f"{what} {verdict[value]}."


def _requirement_sentence(node: Node, subject: str) -> str:
    shown = node.statement
    finding = node.finding
    if finding is None:
        kind = (node.claims or ClaimFilter.CONSTITUTIONAL).noun.removeprefix("a ")
        return f"With no {kind}, {subject} has not shown {shown}."
    found = finding.describe()
    if node.value is Truth.TRUE:
        return _capital(f"{subject} has shown {shown} (found: {found}).")
    if node.value is Truth.FALSE and node.threshold is not None and finding.reaches(node.threshold) is Truth.UNKNOWN:
        # Only on a closed record: the finding leaves it open, and what is not shown is not established.
        if finding.is_unknown:
            return f"The record states no finding, so {subject} has not shown {shown} (the record is closed)."
        return _capital(f"{subject} has not shown {shown}: the record establishes only {found} (the record is closed).")
    if node.value is Truth.FALSE:
        return _capital(f"{subject} has not shown {shown} (found: {found}).")
    if finding.is_unknown:
        return f"There is no finding, so whether {subject} has shown {shown} is not known."
    return f"The finding ({found}) does not settle whether {subject} has shown {shown}."

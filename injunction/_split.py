"""One record under every circuit's standard: the split between the circuits
made visible (`across_circuits`).

The same findings are decided under each encoded circuit's standard, with
the law of the record's day where it is dated, as if the motion had been
brought there. Each circuit that comes out otherwise than the reference (the
circuit whose law binds the record's court, or the first that decides) is
explained from the two traces: the test one grants on that the other lacks,
and, factor by factor, what the other requires that the findings do not
show, each with the authorities both circuits cite. Nothing here is a
second copy of the law: the reasons are read off the rules as evaluated.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, final

import attrs

from ._decision import Decision, evaluate
from ._engine.case import Case, Disposition, Factor
from ._engine.scales import Truth
from ._engine.trace import Node, ordered
from ._errors import InjunctionError
from ._render.document import Block, Report, Sentence, Span, _record, _s
from ._render.formats import to_html, to_markdown, to_text
from ._render.words import FACTOR_NOUNS, _joined, path_title
from .authorities import Authority, Citing, bluebook_date
from .standards.circuits import Circuits
from .standards.courts import CIRCUIT_NAMES, CIRCUIT_OF, COURTS
from .standards.registry import REGISTRY

__all__ = ["CircuitSplit", "Reason", "Row", "across_circuits"]



@final
@attrs.frozen
class Row:
    """One circuit's answer: its *decision*, or why it gave none (*refused*)."""

    circuit: str
    decision: Decision | None
    refused: str | None = None

    @property
    def name(self) -> str:
        """The circuit as the analysis names it: ``Fourth Circuit``."""
        return circuit_name(self.circuit)


@final
@attrs.frozen
class Reason:
    """One doctrinal difference behind a divergence, in words, and the
    authorities on each side."""

    text: str
    authorities: tuple[Authority, ...]


@final
@attrs.frozen
class Divergence:
    """A circuit that comes out otherwise than the *reference*, and why."""

    circuit: str
    reference: str
    reasons: tuple[Reason, ...]


def circuit_name(circuit: str) -> str:
    """``Fourth Circuit``; the Supreme Court by its name."""
    return CIRCUIT_NAMES.get(circuit, circuit)


@final
@attrs.frozen
class CircuitSplit:
    """A record decided under every encoded circuit's standard.

    Attributes:
        case: the record.
        forum: the circuit whose law binds the record's court, or None
            where that court's law is not encoded.
        reference: the circuit the others are compared with: the forum
            where it decides, else the first circuit that does.
        rows: one per circuit, in the registry's order.
        divergences: each circuit whose disposition differs from the
            reference's, with the doctrinal differences that cause it.
    """

    case: Case
    forum: str | None
    reference: str | None
    rows: tuple[Row, ...]
    divergences: tuple[Divergence, ...]

    def __str__(self) -> str:
        return to_text(self.report())

    def _repr_markdown_(self) -> str:
        return to_markdown(self.report())

    def _repr_html_(self) -> str:
        return to_html(self.report(), page=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: each circuit's disposition, test, failed factors
        and reasons (what ``injunction circuits --format json`` prints)."""
        reasons = {d.circuit: d for d in self.divergences}
        return {
            "case": self.case.case.name,
            "court": self.case.case.court,
            "decided": None if self.case.case.decided is None else self.case.case.decided.isoformat(),
            "forum": self.forum,
            "reference": self.reference,
            "circuits": [
                {
                    "circuit": row.circuit,
                    "name": row.name,
                    "disposition": None if row.decision is None else row.decision.disposition.value,
                    "test": None if row.decision is None else row.decision.test,
                    "failed": {} if row.decision is None else {k: list(v) for k, v in row.decision.failed.items()},
                    "refused": row.refused,
                    "reasons": [
                        {"text": r.text, "authorities": [a.cite() for a in r.authorities]}
                        for r in (reasons[row.circuit].reasons if row.circuit in reasons else ())
                    ],
                }
                for row in self.rows
            ],
        }

    def report(self) -> Report:
        """The split as a document: a table of the circuits, then where and why they part."""
        return _written(self)


def across_circuits(case: Case, *, circuits: Circuits | None = None) -> CircuitSplit:
    """Decide *case*'s findings under every encoded circuit's standard.

    *circuits* gives a circuit other options (``Circuits(ca9=...)``); each
    standard applies the law of the record's day where the record is dated.

    >>> import injunction
    >>> split = injunction.across_circuits(injunction.example("parler"))
    >>> split.forum, [(row.circuit, row.decision.disposition.value) for row in split.rows][:2]
    ('ca9', [('ca9', 'denied'), ('ca1', 'denied')])
    """
    if not isinstance(case, Case):
        raise TypeError(f"across_circuits() needs a Case, got {type(case).__name__}")
    circuits = Circuits() if circuits is None else circuits
    rows = []
    # The courts of appeals: the Supreme Court's standards are for its own applications, not a circuit's.
    for circuit in (c for c in REGISTRY if c != "scotus"):
        try:
            rows.append(Row(circuit, evaluate(case, circuits[circuit])))
        except InjunctionError as error:  # a standard that cannot decide this motion says why
            rows.append(Row(circuit, None, str(error)))
    forum = CIRCUIT_OF.get(case.case.court) if case.case.court in COURTS else None
    by_circuit = {row.circuit: row for row in rows if row.decision is not None}
    reference = forum if forum in by_circuit else next(iter(by_circuit), None)
    divergences: list[Divergence] = []
    if reference is not None:
        base = by_circuit[reference].decision
        assert base is not None
        for row in rows:
            if row.decision is not None and row.decision.disposition is not base.disposition:
                reasons = _reasons(base, reference, row.decision, row.circuit)
                divergences.append(Divergence(row.circuit, reference, reasons))
    return CircuitSplit(case, forum, reference, tuple(rows), tuple(divergences))


# -- why two circuits part ---------------------------------------------------


def _requirements(node: Node) -> Iterator[Node]:
    """The requirements and weighings a path states (not inside a presumption's
    condition, a weighing's clear cases or a negation)."""
    if node.kind in ("requirement", "weighing"):
        yield node
    elif node.kind not in ("presumption", "not", "claim"):
        for child in node.children:
            yield from _requirements(child)


def _reasons(base: Decision, base_circuit: str, other: Decision, other_circuit: str) -> tuple[Reason, ...]:
    """Why *other* comes out otherwise than *base*: read off their traces."""
    granted = [d for d in (base, other) if d.disposition is Disposition.GRANTED]
    if len(granted) == 1:
        winner = granted[0]
        loser = other if winner is base else base
        names = (base_circuit, other_circuit) if winner is base else (other_circuit, base_circuit)
        return _why_not_granted(winner, circuit_name(names[0]), loser, circuit_name(names[1]))
    # Neither grants: one denies, the other leaves the motion open.
    open_, open_circuit = (base, base_circuit) if base.disposition is Disposition.UNDETERMINED else (other, other_circuit)
    return (_why_open(open_, circuit_name(open_circuit)),)


def _why_not_granted(winner: Decision, winner_name: str, loser: Decision, loser_name: str) -> tuple[Reason, ...]:
    test = winner.test or ""
    granting = dict(winner.named_paths())[test]
    title = path_title(test, winner.standard)
    reasons: list[Reason] = []
    loser_paths = dict(loser.named_paths())
    if test not in loser_paths:
        reasons.append(
            Reason(
                f"The {loser_name}'s test for this motion has no {title}, on which the {winner_name} grants it.",
                loser.trace.authorities + granting.authorities,
            )
        )
    # The other circuit's nearest test: the path that fails on the fewest factors.
    name, path = min(loser_paths.items(), key=lambda item: len(loser.failed.get(item[0], ())) + (item[1].value is not Truth.FALSE))
    shortfalls = loser.failed.get(name, ()) or tuple(f.value for f in ordered(path.factors) if f.value not in loser.met.get(name, ()))
    wanted = {f: [n for n in _requirements(granting) if f in n.factors] for f in Factor}
    for factor in (Factor(value) for value in shortfalls):
        lacking = [n for n in _requirements(path) if factor in n.factors and n.value is not Truth.TRUE]
        if not lacking:
            continue
        node = lacking[0]
        asks = node.statement or "a weighing of the factors"
        verb = "which the findings do not show" if node.value is Truth.FALSE else "which the findings leave open"
        text = f"On {FACTOR_NOUNS[factor]}, the {loser_name}'s {path_title(name, loser.standard)} requires {asks}, {verb}"
        theirs = [n for n in wanted[factor] if n.statement != node.statement]
        authorities = node.authorities
        if theirs:
            text += f"; the {winner_name}'s {title} asks {theirs[0].statement}"
            authorities += theirs[0].authorities
        elif not wanted[factor]:
            text += f"; the {winner_name}'s {title} does not ask it"
        reasons.append(Reason(text + ".", authorities))
    if not reasons:
        reasons.append(Reason(f"The {loser_name}'s tests read the same findings otherwise.", loser.trace.authorities))
    return tuple(reasons)


def _why_open(decision: Decision, name: str) -> Reason:
    weighings = [n for n in decision.trace.walk() if n.kind == "weighing" and n.value is Truth.UNKNOWN]
    if weighings and not decision.needs:
        return Reason(
            f"Under the {name}'s test the findings fall in neither clear case of its weighing, which is the court's to make.",
            weighings[0].authorities,
        )
    needs = _joined([FACTOR_NOUNS[Factor(f)] for f in decision.needs], "or") if decision.needs else "more than one finding"
    return Reason(f"Under the {name}'s test the findings do not settle the motion: it turns on {needs}.", decision.trace.authorities)


# -- the document ------------------------------------------------------------


def _cell(text: str, kind: Any = "plain") -> Sentence:
    return Sentence((Span(text, kind),), ())


def _written(split: CircuitSplit) -> Report:
    case = split.case
    citing = Citing(case.case.decided, case.case.name, case.case.citation)
    blocks: list[Block] = [Block("title", (_s(_record(case.case.name), nodes=()), _s("The same findings in every circuit.", nodes=())))]
    day = case.case.decided
    when = f"the law of {bluebook_date(day)}, the record's date" if day else "today's law (the record is undated)"
    forum = (
        f"The record's court ({case.case.court}) is in the {circuit_name(split.forum)}."
        if split.forum
        else "The record's court is not one whose circuit's law the library applies."
    )
    blocks.append(Block("paragraph", (_s(f"The findings of this record, decided under each circuit's standard ({when}). ", forum, nodes=()),)))
    header = tuple(_cell(t) for t in ("Court", "Disposition", "Test", "Failed"))
    rows = [header]
    for row in split.rows:
        label = row.name + (" (forum)" if row.circuit == split.forum else "")
        if row.decision is None:
            rows.append((_cell(label), _cell("refused"), _cell("-"), _cell(row.refused or "")))
            continue
        decision = row.decision
        failed = "; ".join(
            f"{path_title(name, decision.standard)}: {', '.join(f.replace('_', ' ') for f in factors)}"
            for name, factors in decision.failed.items()
            if factors
        )
        test = path_title(decision.test, decision.standard) if decision.test else "-"
        rows.append((_cell(label), _cell(decision.disposition.value.upper(), "strong"), _cell(test), _cell(failed or "-")))
    blocks.append(Block("table", (), rows=tuple(rows)))
    if split.reference is None:
        return Report(f"{case.case.name}: across the circuits", "court", tuple(blocks))
    base = next(r for r in split.rows if r.circuit == split.reference)
    assert base.decision is not None
    if not split.divergences:
        blocks.append(Block("paragraph", (_s(f"Every circuit that decides comes out as the {base.name} does: {base.decision.disposition.value}.", nodes=()),)))
    else:
        blocks.append(Block("heading", (_s("Where the circuits part", nodes=()),)))
        cite = _Cites(citing)
        for divergence in split.divergences:
            row = next(r for r in split.rows if r.circuit == divergence.circuit)
            assert row.decision is not None
            lead = _s(
                f"The {row.name}: {row.decision.disposition.value}, where the {base.name} "
                f"{'grants' if base.decision.disposition is Disposition.GRANTED else 'denies' if base.decision.disposition is Disposition.DENIED else 'leaves the motion open'}.",
                nodes=(),
            )
            sentences = [lead] + [_s(" " + r.text + " ", cite(r.authorities), nodes=()) for r in divergence.reasons]
            blocks.append(Block("item", tuple(sentences)))
    return Report(f"{case.case.name}: across the circuits", "court", tuple(blocks))


class _Cites:
    """Citations as the analyses write them: the law of the record's day, a
    later authority only as later history (`Citing`)."""

    def __init__(self, citing: Citing) -> None:
        self.citing = citing

    def __call__(self, authorities: tuple[Authority, ...]) -> Span:
        law, _, later = self.citing.sort(dict.fromkeys(authorities))
        cites = list(dict.fromkeys(a.cite() for a in law))
        if later:
            cites.append("decided later: " + "; ".join(dict.fromkeys(a.cite() for a in later)))
        text = "; ".join(cites)
        return Span(text[:1].upper() + text[1:] + ("." if cites else ""), "cite")

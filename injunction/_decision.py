"""Evaluate a case under a standard: the decision and what would settle it."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, final

import attrs

from ._engine.case import Case, Disposition, Factor
from ._engine.compile import trace
from ._engine.evaluation import DISPOSITION, Standard, closed_trace, closing, decide, paths, presumed, scales_read, settling
from ._engine.facts import Facts
from ._engine.rules import Rule, path_name
from ._engine.scales import Truth
from ._engine.trace import Node
from ._frozendict import FrozenDict
from ._text import printable

if TYPE_CHECKING:
    from ._engine.whatif import Axis, Question

__all__ = ["Decision", "Standard", "evaluate"]


class Rendered:
    """What a decision and a comparison share: ``str()`` is the court-style
    text, and a notebook shows the analysis (HTML, with its diagrams) or,
    in a Markdown-only viewer, its Markdown."""

    __slots__ = ()

    def __str__(self) -> str:
        from ._render.formats import to_text

        return to_text(self)  # type: ignore[arg-type]  # only Decision and Comparison inherit this

    def _repr_markdown_(self) -> str:
        from ._render.formats import to_markdown

        return to_markdown(self)  # type: ignore[arg-type]  # as above

    def _repr_html_(self) -> str:
        from ._render.formats import to_html

        return to_html(self, page=False)  # type: ignore[arg-type]  # as above


@final
@attrs.frozen
class Decision(Rendered):
    """The outcome of a motion under a standard, with its reasoned trace.

    Attributes:
        case: the case decided.
        disposition: granted, denied, or undetermined by the known findings.
        test: the path that grants (``"winter"``, ``"serious_questions"``,
            ``"mandatory"``), else None.
        failed: for each path, the factors that fail on it.
        met: for each path, the factors met on it; a factor in neither is
            unknown on that path.
        needs: for an undetermined decision, the factors whose finding alone
            would settle it; ``settles`` says which findings settle it which way.
        settles: for each factor in *needs*, each finding (as a record writes
            it) that would settle the motion, and how.
        trace: the evaluated rule tree, failed branches included.
        rule: the rule that decided it (the standard's rule for this case).
        decided_under: the standard it was decided under, with its options
            (None for a decision built by hand: its rule is then its standard).
        closed: whether the record was closed (`evaluate(..., closed=True)`):
            what it does not show is not established, so nothing is
            undetermined and the trace says "not shown".

    What would change the outcome is computed on request, exactly, from
    *rule*: `outcomes`, `settling_sets`, `stable`, `irrelevant` and
    `next_questions()` (all in `to_dict()`).
    """

    case: Case
    disposition: Disposition
    test: str | None
    failed: Mapping[str, tuple[str, ...]]
    met: Mapping[str, tuple[str, ...]]
    rule: Rule = attrs.field(repr=False, kw_only=True)
    decided_under: Standard | None = attrs.field(default=None, repr=False, eq=False, kw_only=True)
    closed: bool = attrs.field(default=False, kw_only=True)

    def __repr__(self) -> str:
        """One line, whatever the record holds (``str()`` is the analysis):

        >>> import injunction
        >>> injunction.evaluate(injunction.example("parler"))
        <Decision DENIED: Parler LLC v. Amazon Web Services, Inc. (wawd) test=None>
        """
        return f"<Decision {self.disposition.value.upper()}: {_caption(self.case)} test={self.test!r}>"

    @functools.cached_property
    def settles(self) -> Mapping[str, tuple[Mapping[str, Any], ...]]:
        """For each factor whose finding alone would settle an undetermined
        decision, each such finding (as a record writes it) and how it settles it."""
        found: dict[str, tuple[Mapping[str, Any], ...]] = {}
        if self.disposition is Disposition.UNDETERMINED:
            facts = Facts.of(self.case)
            for factor in Factor:
                entries = settling(self._truth, facts, factor)
                if entries:
                    found[factor.value] = entries
        return FrozenDict(found)

    @property
    def needs(self) -> tuple[str, ...]:
        """For an undetermined decision, the factors whose finding alone would settle it."""
        return tuple(self.settles)

    @functools.cached_property
    def trace(self) -> Node:
        """The evaluated rule tree, failed branches included: every node with
        its value, authority and words. Built on first use (the disposition,
        test, failed and met come from the compiled rule without it)."""
        built = trace(self.rule, self.case)
        return closed_trace(built) if self.closed else built

    @property
    def _truth(self) -> Callable[[Facts], Truth]:
        """The rule's truth on facts, on a closed record if this one was (`closing`)."""
        return closing(self.rule.truth) if self.closed else self.rule.truth

    @property
    def standard(self) -> str | None:
        """The name of the standard that applied (``"preliminary_injunction"``)."""
        return self.trace.name

    @property
    def circuit(self) -> str | None:
        """The circuit whose law was applied (``"ca9"``): the one `Circuits`
        chose for the record's court (or the governing law the record names),
        or that of a circuit's standard given directly; None for a standard
        of one's own."""
        from .standards.circuits import Circuits
        from .standards.registry import REGISTRY

        standard = self.decided_under
        if isinstance(standard, Circuits):
            return standard.circuit_for(self.case)
        return next((circuit for circuit, entry in REGISTRY.items() if type(standard) is entry.standard), None)

    def paths(self) -> tuple[Node, ...]:
        """The alternative tests that applied, each a node of the trace."""
        return paths(self.trace)

    def named_paths(self) -> tuple[tuple[str, Node], ...]:
        """Each path with the name `failed`, `met` and `test` use for it (``path_1`` if unnamed)."""
        return tuple((path_name(path.name, index), path) for index, path in enumerate(self.paths()))

    @functools.cached_property
    def axes(self) -> tuple[Axis, ...]:
        """The findings the rule reads, each an axis that can vary."""
        from ._engine.whatif import axes

        return axes(Facts.of(self.case), scales_read(self.trace))

    @functools.cached_property
    def outcomes(self) -> Mapping[str, tuple[Mapping[str, Any], ...]]:
        """For each finding the rule reads (by record path; ``merits`` is the
        best claim's), each value of its scale with the other findings as
        found: ``{"finding", "disposition", "found", "settled_by"?}``, where
        *found* says whether the record's finding admits the value and
        *settled_by*, for a value that leaves the motion open, gives the
        minimal sets of other findings that would settle it each way.

        >>> import injunction
        >>> parler = injunction.evaluate(injunction.example("parler"))
        >>> [(o["finding"], o["disposition"]) for o in parler.outcomes["merits"]]
        [('none', 'denied'), ('serious_questions', 'denied'), ('likely', 'denied'), ('clear', 'denied')]
        """
        from ._engine.whatif import outcomes

        return outcomes(self._truth, Facts.of(self.case), self.axes)

    @functools.cached_property
    def settling_sets(self) -> Mapping[str, tuple[Mapping[str, Any], ...]]:
        """For an undetermined decision, by the disposition each would give,
        the minimal sets of findings (within the record's own) that settle
        it, smallest first; no proper part of a set settles it. Empty for a
        decided motion."""
        from ._engine.whatif import settling_sets

        if self.disposition is not Disposition.UNDETERMINED:
            return FrozenDict()
        return settling_sets(self._truth, Facts.of(self.case), self.axes)

    @functools.cached_property
    def presumed(self) -> tuple[str, ...]:
        """The findings (by record path) a presumption supplies, because the
        record states none: ``("irreparable_harm.likelihood",)`` when a likely
        constitutional claim presumes the harm. A finding the court states,
        exact or bounded, governs instead and rebuts the presumption."""
        return presumed(self.rule, Facts.of(self.case))

    @functools.cached_property
    def rebuttable(self) -> tuple[str, ...]:
        """The presumed findings a stated finding could turn against this
        decision: each with a level whose statement would change it."""
        return tuple(
            key
            for key in self.presumed
            if any(o["found"] and o["disposition"] != self.disposition.value for o in self.outcomes.get(key, ()))
        )

    @property
    def stable(self) -> bool:
        """Whether no finding the record leaves open could change the
        disposition: false for an undetermined decision, and for one that
        rests on a presumption a stated finding would rebut (`rebuttable`).
        Otherwise Kleene evaluation never flips a definite answer when a
        finding narrows."""
        return self.disposition is not Disposition.UNDETERMINED and not self.rebuttable

    @functools.cached_property
    def irrelevant(self) -> tuple[str, ...]:
        """The open findings this decision does not turn on: for an open
        motion those in no settling set; for a decided one every open one but
        a presumed finding whose statement could change it (`rebuttable`)."""
        open_ = [a.key for a in self.axes if not a.found.is_exact]
        used = {key for sets in self.settling_sets.values() for found in sets for key in found} | set(self.rebuttable)
        return tuple(key for key in open_ if key not in used)

    def what_it_takes(
        self, disposition: Disposition | str = Disposition.GRANTED, *, by_claim: bool = False
    ) -> tuple[Mapping[str, Any], ...]:
        """The smallest changes to the findings, overriding the record where
        need be, that would give *disposition*: each a set of findings by
        record path, no proper part of which would do; smallest first.
        With *by_claim*, the merits change claim by claim
        (``claims[1].merits``) instead of as the best claim's. Claims alike
        in all but their names are interchangeable (a rule reads the best
        of them): a grant names the first of such a group, a denial every
        one. The search is bounded by construction: at most
        `MAX_CLAIM_GROUPS` (4) groups of alike claims, a `ValueError`
        beyond, so at most 5 ** 8 assignments, each set of findings tried
        first at its extreme (for a standard monotone in the movant's
        favour, which ``injunction check`` verifies).

        >>> import injunction
        >>> parler = injunction.evaluate(injunction.example("parler"))
        >>> [dict(s) for s in parler.what_it_takes()][0]
        {'merits': 'serious_questions', 'irreparable_harm.likelihood': 'likely', 'balance_of_hardships.tips': 'sharply_favors', 'public_interest.weighs': 'favors'}
        """
        from ._engine.whatif import claim_axes, settling_sets

        goal = {d: t for t, d in DISPOSITION.items()}[Disposition(disposition)]
        if goal is Truth.UNKNOWN:
            raise ValueError(f"what_it_takes needs granted or denied, got {disposition!r}")
        if not by_claim:
            sets = settling_sets(self._truth, Facts.of(self.case), self.axes, within_found=False, goal=goal)
            return sets.get(Disposition(disposition).value, ())
        facts, found, moved = claim_axes(Facts.of(self.case), scales_read(self.trace), goal)
        sets = settling_sets(self._truth, facts, found, within_found=False, goal=goal)
        return tuple(
            FrozenDict({claim: value for key, value in changes.items() for claim in moved.get(key, (key,))})
            for changes in sets.get(Disposition(disposition).value, ())
        )

    def next_questions(self) -> tuple[Question, ...]:
        """The open findings, the one whose answer most often settles the
        motion first (ties broken by how often one more answer would); none
        once the motion is settled. For an interview that stops asking as
        soon as the answer is known: each `Question` has its prompt in plain
        words and the answers the record still admits, each with a label
        and the disposition it would give; ``what_if(case, {question.key:
        answer.value})`` applies one."""
        from ._engine.whatif import next_questions

        return next_questions(self._truth, Facts.of(self.case), self.axes)

    def on_closed_record(self) -> Decision:
        """The same case decided on a closed record: what `evaluate` gives
        with ``closed=True`` under this decision's rule. The hearing is
        over and the movant bears the burden of "a clear showing" (Winter,
        555 U.S. at 22), so what the record does not show is not
        established; the answer is granted or denied. A decision already
        on a closed record is its own; a rule with `Not` raises
        `ValueError`, as ``evaluate(..., closed=True)`` does. The court
        style's bench memo states it for an open motion.

        >>> import injunction
        >>> parler = injunction.example("parler")
        >>> open_ = injunction.what_if(parler, {"merits": "serious_questions", "balance_of_hardships.tips": "sharply_favors"}).after
        >>> open_.disposition.value, open_.on_closed_record().disposition.value
        ('undetermined', 'denied')
        """
        if self.closed:
            return self
        disposition, test, failed, met = decide(self.rule, self.case, closed=True)
        return Decision(
            case=self.case,
            disposition=disposition,
            test=test,
            failed=failed,
            met=met,
            rule=self.rule,
            decided_under=self.decided_under,
            closed=True,
        )

    def to_dict(self) -> dict[str, Any]:
        """The decision as JSON-ready data: exactly what ``injunction evaluate --json`` prints.

        Its ``receipt`` makes it a record of its own: the library version,
        the record format's, the standard and every option in force, the
        date of the law applied, a fingerprint of the rules (``sha256:...``)
        and the input record; `from_dict` reads it back.
        """
        from ._records.receipt import receipt

        caption = self.case.case
        motion = self.case.motion
        return {
            "case": {"name": caption.name, "court": caption.court, "citation": caption.citation},
            "motion": {
                "kind": motion.kind.value,
                "relief": motion.relief.value,
                "movant": motion.movant,
                "opponent": motion.opponent,
                "opponent_is_government": motion.opponent_is_government,
            },
            "standard": self.standard,
            "circuit": self.circuit,
            "disposition": self.disposition.value,
            "test": self.test,
            "failed": {path: list(factors) for path, factors in self.failed.items()},
            "met": {path: list(factors) for path, factors in self.met.items()},
            "needs": list(self.needs),
            "settles": {factor: [_plain(s) for s in entries] for factor, entries in self.settles.items()},
            "stable": self.stable,
            "closed": self.closed,
            "presumed": list(self.presumed),
            "irrelevant": list(self.irrelevant),
            "settling_sets": {way: [dict(s) for s in sets] for way, sets in self.settling_sets.items()},
            "outcomes": {key: [_plain(row) for row in rows] for key, rows in self.outcomes.items()},
            "trace": self.trace.to_dict(),
            "receipt": receipt(self.case, self.rule, self.decided_under, closed=self.closed),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, standard: Standard | None = None) -> Decision:
        """The decision a stored one (`to_dict`, ``evaluate --json``) records,
        rebuilt from its receipt alone: the receipt's record decided again
        under the receipt's standard and options (or *standard*, which a
        standard of the user's own needs: a receipt records it only by class
        and repr), and checked against what was stored.

        Under the same library version and rules the stored decision must be
        exactly what the receipt gives, or `ReceiptError` names each part
        that differs (it was changed after it was written); a receipt that
        cannot be read raises `ReceiptError` too, each problem with its
        path, value and what is allowed. A receipt from another version, or
        other rules, gives this version's decision, with an
        `OutcomeChangedWarning` if its disposition, test, failed or met moved.

        >>> import injunction
        >>> parler = injunction.evaluate(injunction.example("parler"))
        >>> stored = parler.to_dict()
        >>> stored["receipt"]["law"], stored["receipt"]["fingerprint"][:7]
        ({'date': '2021-01-21', 'by': 'case.decided'}, 'sha256:')
        >>> Decision.from_dict(stored) == parler
        True
        """
        from ._records.receipt import decision_from_dict

        return decision_from_dict(data, _again, standard=standard)



def _shown(text: str, limit: int) -> str:
    """*text* for a one-line repr: `printable`, cut at *limit* characters."""
    text = printable(text)
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _caption(case: Case) -> str:
    """A case in a repr: ``Parler LLC v. Amazon Web Services, Inc. (wawd)``."""
    return f"{_shown(case.case.name, 100)} ({_shown(case.case.court, 20)})"


def _plain(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row of `outcomes` (or an entry of `settles`) as plain, mutable JSON-ready data."""
    data = dict(row)
    if isinstance(data.get("finding"), dict):
        data["finding"] = dict(data["finding"])
    if "settled_by" in data:
        data["settled_by"] = {way: [dict(s) for s in sets] for way, sets in data["settled_by"].items()}
    return data



def evaluate(case: Case, standard: Standard | None = None, *, closed: bool = False) -> Decision:
    """Decide *case* under *standard* (by default, `Circuits()`: the standard
    of the circuit whose law binds the record's court).

    By default the record is open: a finding it does not state is unknown,
    and a motion that turns on one is undetermined (what an interview or a
    what-if needs). With *closed*, the hearing is over: the movant bears the
    burden of "a clear showing" on every element (Winter, 555 U.S. at 22),
    so what the record does not show is not established, the answer is
    granted or denied, and the trace says "not shown".

    A pure function: the same case and standard always give an equal
    decision, and a losing case is a decision, not an exception.

    >>> import injunction
    >>> decision = injunction.evaluate(injunction.example("parler"))
    >>> decision.disposition
    <Disposition.DENIED: 'denied'>
    >>> decision.failed["serious_questions"]
    ('merits', 'balance_of_hardships', 'public_interest')
    """
    if not isinstance(case, Case):
        raise TypeError(f"evaluate() needs a Case, got {type(case).__name__}")
    if standard is None:
        standard = _default()
    rule = standard.rule_for(case)
    disposition, test, failed, met = decide(rule, case, closed=closed)
    return Decision(
        case=case,
        disposition=disposition,
        test=test,
        failed=failed,
        met=met,
        rule=rule,
        decided_under=standard,
        closed=closed,
    )


def _again(case: Case, standard: Standard, closed: bool) -> Decision:
    """`evaluate`, as a stored decision's receipt calls it."""
    return evaluate(case, standard, closed=closed)


@functools.cache
def _default() -> Standard:
    """The standard `evaluate` applies by default: each court's circuit (`Circuits`)."""
    from .standards.circuits import Circuits

    return Circuits()



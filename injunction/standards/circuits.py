"""The standard a record's court applies: the court picks its circuit's law."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, final

import attrs

from .._engine.case import Case, Statute
from .._errors import InjunctionError
from .._engine.evaluation import Standard
from .._engine.rules import Rule
from .._frozendict import FrozenDict
from .courts import CIRCUIT_OF, CourtNotEncodedError, check_court, known_federal
from .registry import REGISTRY

__all__ = ["Circuits", "MixedLawError"]

PATENT_LAW = "cafc"
"""The court of appeals whose law governs a patent claim in any district court (Hybritech)."""


class MixedLawError(InjunctionError, ValueError):
    """A record whose claims are decided under two courts' laws: its patent
    claims under the Federal Circuit's (Hybritech, 849 F.2d 1446 (Fed. Cir.
    1988)) and its other claims under the forum's circuit. One standard
    cannot decide both, so the record is refused rather than decided under
    the wrong law for some of its claims: split it (one record for the
    patent claims, one for the rest), or name the law that governs in
    ``case.governing_law``."""

    def __init__(self, court: str, circuit: str) -> None:
        self.court = court
        self.circuit = circuit
        super().__init__(
            f"the record mixes claims under the Patent Act, decided under the Federal Circuit's law in any district "
            f"court (Hybritech), with other claims, decided under the law of {circuit}: split it into one record for "
            "the patent claims and one for the rest, or name the law that governs in case.governing_law"
        )


@final
@attrs.frozen(init=False, repr=False)
class Circuits:
    """Each circuit's standard, chosen by the record's ``case.court`` through
    the vetted court table (`injunction.COURTS`): the default standard of
    `evaluate`. Give a circuit other options, or another standard of your
    own, by its court of appeals' id:
    ``Circuits(ca9=NinthCircuit(public_interest_threshold=...))``. The
    circuits, and each one's default standard, come from the registry
    (`injunction.standards.REGISTRY`).

    A circuit's standard given to `evaluate` directly applies that circuit's
    law to any case, as asked; only the court's own law is chosen here, and
    only for courts whose law the library encodes.

    >>> import injunction
    >>> injunction.Circuits().rule_for(injunction.example("parler")).name
    'preliminary_injunction'
    >>> injunction.Circuits()["ca2"]
    SecondCircuit(government_acts_under_statute=True, first_amendment_presumption=True)
    """

    standards: Mapping[str, Standard]
    """Each circuit's standard, by circuit, in the registry's order."""

    def __init__(self, **standards: Standard) -> None:
        for circuit, standard in standards.items():
            if circuit not in REGISTRY:
                raise TypeError(
                    f"Circuits() got an unexpected keyword argument {circuit!r}; "
                    f"the circuits are {', '.join(REGISTRY)}"
                )
            if not callable(getattr(standard, "rule_for", None)):
                raise TypeError(f"Circuits({circuit}=...) needs a standard (an object with a rule_for(case) method), got {standard!r}")
        self.__attrs_init__(
            FrozenDict({circuit: standards[circuit] if circuit in standards else entry.standard() for circuit, entry in REGISTRY.items()})
        )

    def __repr__(self) -> str:
        return f"Circuits({', '.join(f'{circuit}={standard!r}' for circuit, standard in self.standards.items())})"

    def __getitem__(self, circuit: str) -> Standard:
        """The standard of *circuit* (``"ca9"``)."""
        return self.standards[circuit]

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Standard:  # ``Circuits().ca9``, as before the registry
            if name in REGISTRY:
                return self.standards[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def circuit_for(self, case: Case) -> str:
        """The circuit whose law governs *case* (`standard_for`): its court's,
        or the one the record names as governing instead. A record whose
        every claim arises under the Patent Act is decided under the Federal
        Circuit's law, in whatever district court (Hybritech); one that
        mixes patent and other claims is refused (`MixedLawError`) unless
        ``case.governing_law`` names the law."""
        governing = case.case.governing_law
        patent = [claim.arises_under is Statute.PATENT_ACT for claim in case.claims]
        if governing is None and any(patent) and case.case.court != "scotus" and PATENT_LAW in self.standards:
            if all(patent):
                if case.case.court not in CIRCUIT_OF:
                    _federal_trial_court(case.case.court)
                return PATENT_LAW
            raise MixedLawError(case.case.court, CIRCUIT_OF.get(case.case.court, "its circuit"))
        circuit = check_court(case.case.court)
        if governing is not None and governing != circuit:
            if governing not in self.standards:
                raise CourtNotEncodedError(governing)
            circuit = governing
        return circuit

    def standard_for(self, case: Case) -> Standard:
        """The standard of the circuit whose law binds *case*'s court, or of
        the circuit the record names as governing instead (record format 2's
        ``case.governing_law``); a court or a governing law outside the table
        raises `CourtNotEncodedError`, naming it and its circuit, rather than
        being decided under another circuit's law."""
        return self.standards[self.circuit_for(case)]

    def rule_for(self, case: Case) -> Rule:
        """The rule of the circuit whose law binds *case*'s court (`standard_for`)."""
        return self.standard_for(case).rule_for(case)


def _federal_trial_court(court: str) -> None:
    """A patent claim goes to the Federal Circuit's law from any federal
    district court; any other court (a state court, an unknown id) is refused."""
    if not known_federal(court):
        raise CourtNotEncodedError(court)

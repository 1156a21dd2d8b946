"""The standard a record's court applies: the court picks its circuit's law."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, final

import attrs

from .._engine.case import Case
from .._engine.evaluation import Standard
from .._engine.rules import Rule
from .._frozendict import FrozenDict
from .courts import CourtNotEncodedError, check_court
from .registry import REGISTRY

__all__ = ["Circuits"]


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
        or the one the record names as governing instead."""
        circuit = check_court(case.case.court)
        governing = case.case.governing_law
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

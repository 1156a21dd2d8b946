"""The standard a record's court applies: the court picks its circuit's law."""

from __future__ import annotations

from typing import final

import attrs

from .._engine.case import Case
from .courts import check_court
from .._engine.evaluation import Standard
from .ninth_circuit import NinthCircuit
from .._engine.rules import Rule
from .second_circuit import SecondCircuit

__all__ = ["Circuits"]


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class Circuits:
    """Each circuit's standard, chosen by the record's ``case.court`` through
    the vetted court table (`injunction.COURTS`): the default standard of
    `evaluate`. Give a circuit other options, or another standard of your
    own: ``Circuits(ca9=NinthCircuit(public_interest_threshold=...))``.

    A circuit's standard given to `evaluate` directly applies that circuit's
    law to any case, as asked; only the court's own law is chosen here, and
    only for courts whose law the library encodes.

    >>> import injunction
    >>> injunction.Circuits().rule_for(injunction.example("parler")).name
    'preliminary_injunction'
    """

    ca9: Standard = attrs.field(factory=NinthCircuit)
    ca2: Standard = attrs.field(factory=SecondCircuit)

    def standard_for(self, case: Case) -> Standard:
        """The standard of the circuit whose law binds *case*'s court; a court
        outside the table raises `CourtNotEncodedError`, naming the court and
        its circuit, rather than being decided under another circuit's law."""
        return self.ca2 if check_court(case.case.court) == "ca2" else self.ca9

    def rule_for(self, case: Case) -> Rule:
        """The rule of the circuit whose law binds *case*'s court (`standard_for`)."""
        return self.standard_for(case).rule_for(case)

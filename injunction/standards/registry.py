"""The registry: each circuit whose law the library encodes, and its standard.

A record's court picks its circuit through the court table (`courts`), and
the circuit picks its standard here. Adding a circuit is one module in
`standards/` (its standard) and one entry below, with its courts in the
court table; `Circuits`, the receipts, the doctrine page and the CLI read
this table and find it by themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import Protocol, final

import attrs

from .._engine.case import MotionKind, Relief
from .._engine.evaluation import Standard
from .._engine.rules import Rule
from .dc_circuit import DCCircuit
from .eleventh_circuit import EleventhCircuit
from .eighth_circuit import EighthCircuit
from .first_circuit import FirstCircuit
from .fifth_circuit import FifthCircuit
from .fourth_circuit import FourthCircuit
from .ninth_circuit import NinthCircuit
from .second_circuit import SecondCircuit
from .seventh_circuit import SeventhCircuit
from .sixth_circuit import SixthCircuit
from .tenth_circuit import TenthCircuit
from .third_circuit import ThirdCircuit
from .federal_circuit import FederalCircuit
from .supreme_court import SupremeCourt

__all__ = ["REGISTRY", "CircuitStandard", "Entry"]


class CircuitStandard(Standard, Protocol):
    """What a circuit's standard offers beyond `Standard`: its test for a
    motion under current law, by motion, relief and who opposes it."""

    def rule_for_motion(self, kind: MotionKind, relief: Relief, opponent_is_government: bool, /) -> Rule: ...


@final
@attrs.frozen
class Entry:
    """One circuit's law: its standard's class, built with its defaults, and
    whether its tests change with the record's date (the doctrine page then
    shows current law)."""

    standard: Callable[[], CircuitStandard]
    by_date: bool = False


REGISTRY = MappingProxyType(
    {
        "ca9": Entry(NinthCircuit, by_date=True),
        "ca1": Entry(FirstCircuit),
        "ca2": Entry(SecondCircuit),
        "ca3": Entry(ThirdCircuit),
        "ca4": Entry(FourthCircuit, by_date=True),
        "ca5": Entry(FifthCircuit),
        "ca6": Entry(SixthCircuit),
        "ca7": Entry(SeventhCircuit, by_date=True),
        "ca8": Entry(EighthCircuit, by_date=True),
        "ca10": Entry(TenthCircuit, by_date=True),
        "ca11": Entry(EleventhCircuit),
        "cadc": Entry(DCCircuit, by_date=True),
        "cafc": Entry(FederalCircuit, by_date=True),
        "scotus": Entry(SupremeCourt, by_date=True),
    }
)
"""Each encoded circuit, by the CourtListener id of its court of appeals, in
the order the library names them: the Ninth Circuit first, then the others by number,
the D.C. and Federal Circuits, and the Supreme Court for its own applications."""

"""The standards: each circuit's law of interim relief, composed of the engine's rules.

`Circuits` applies, to each record, the standard of the circuit whose law
binds its court; `NinthCircuit` and `SecondCircuit` apply one circuit's
law to any record they are given. `REGISTRY` lists the encoded circuits
and each one's standard: adding a circuit is one module here and one entry
there.
"""

from .circuits import Circuits
from .ninth_circuit import NinthCircuit
from .registry import REGISTRY, CircuitStandard, Entry
from .federal_circuit import FederalCircuit
from .second_circuit import SecondCircuit
from .supreme_court import SupremeCourt

__all__ = ["REGISTRY", "CircuitStandard", "Circuits", "Entry", "FederalCircuit", "NinthCircuit", "SecondCircuit", "SupremeCourt"]

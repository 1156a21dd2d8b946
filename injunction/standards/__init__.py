"""The standards: each circuit's law of interim relief, composed of the engine's rules.

`Circuits` applies, to each record, the standard of the circuit whose law
binds its court; `NinthCircuit` and `SecondCircuit` apply one circuit's
law to any record they are given.
"""

from .circuits import Circuits
from .ninth_circuit import NinthCircuit
from .second_circuit import SecondCircuit

__all__ = ["Circuits", "NinthCircuit", "SecondCircuit"]

"""The standards: each circuit's law of interim relief, composed of the engine's rules.

`Circuits` applies, to each record, the standard of the circuit whose law
binds its court; `NinthCircuit`, `SecondCircuit`, `SeventhCircuit` and `DCCircuit` apply one circuit's
law to any record they are given. `REGISTRY` lists the encoded circuits
and each one's standard: adding a circuit is one module here and one entry
there.
"""

from .circuits import Circuits
from .eighth_circuit import EighthCircuit
from .first_circuit import FirstCircuit
from .ninth_circuit import NinthCircuit
from .registry import REGISTRY, CircuitStandard, Entry
from .fifth_circuit import FifthCircuit
from .fourth_circuit import FourthCircuit
from .second_circuit import SecondCircuit
from .tenth_circuit import TenthCircuit
from .eleventh_circuit import EleventhCircuit
from .sixth_circuit import SixthCircuit
from .third_circuit import ThirdCircuit
from .dc_circuit import DCCircuit
from .seventh_circuit import SeventhCircuit
from .federal_circuit import FederalCircuit
from .supreme_court import SupremeCourt

__all__ = ["CircuitStandard", "Circuits", "DCCircuit", "EighthCircuit", "EleventhCircuit", "Entry", "FederalCircuit", "FifthCircuit", "FirstCircuit", "FourthCircuit", "NinthCircuit", "REGISTRY", "SecondCircuit", "SeventhCircuit", "SixthCircuit", "SupremeCourt", "TenthCircuit", "ThirdCircuit"]

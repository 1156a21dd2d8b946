"""injunction: the law of interim relief as composable, cited rules.

>>> import injunction
>>> decision = injunction.evaluate(injunction.example("parler"))
>>> decision.disposition
<Disposition.DENIED: 'denied'>
>>> decision.test is None
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from .authorities import Authority, Source
from ._engine.case import (
    AppealFrom,
    BalanceOfHardships,
    Caption,
    Case,
    Challenged,
    Claim,
    ClaimFilter,
    Disposition,
    Expected,
    Factor,
    IrreparableHarm,
    Motion,
    MotionKind,
    PublicInterestFinding,
    Reach,
    Relief,
    RemedyAtLaw,
    Statute,
)
from .standards.courts import COURTS, CourtNotEncodedError
from ._decision import Decision, Standard, evaluate
from .standards.circuits import Circuits
from .standards.eighth_circuit import EighthCircuit
from .standards.first_circuit import FirstCircuit
from .standards.ninth_circuit import NinthCircuit
from .standards.fifth_circuit import FifthCircuit
from .standards.fourth_circuit import FourthCircuit
from .standards.second_circuit import SecondCircuit
from .standards.tenth_circuit import TenthCircuit
from .standards.eleventh_circuit import EleventhCircuit
from .standards.sixth_circuit import SixthCircuit
from .standards.third_circuit import ThirdCircuit
from .standards.dc_circuit import DCCircuit
from .standards.seventh_circuit import SeventhCircuit
from .standards.circuits import MixedLawError
from .standards.federal_circuit import FederalCircuit
from .standards.supreme_court import CertiorariNotStatedError, SupremeCourt
from ._errors import InjunctionError
from ._records.problems import CaseFormatError, Problem
from ._records.read import from_record, load, loads
from ._records.write import dump, dumps, to_record
from ._engine.facts import Facts
from ._engine.rules import AllOf, AnyOf, Merger, Not, Presumption, Requirement, Rule, Weighing, at_most
from ._engine.scales import Balance, Finding, Harm, Level, Merits, PublicInterest, Severity, Truth
from ._engine.trace import Node

# What only some uses need is imported on first use, so that the command line
# starts fast (PEP 562); type checkers see it all.
if _TYPE_CHECKING:
    from ._compare import Change, Comparison, compare, sensitivity, what_if
    from ._render.table import Sensitivity
    from ._corpus import Reproduction, reproduce
    from ._render.diagram import diagram
    from ._records.examples import example
    from ._records.receipt import OutcomeChangedWarning, ReceiptError
    from ._render.formats import render, to_html, to_json, to_markdown, to_text
    from ._render.document import Report
    from ._render.report import report
    from ._records.schema import schema
    from ._engine.whatif import Answer, Question

_LAZY = {
    "Change": "_compare",
    "Comparison": "_compare",
    "Sensitivity": "_render.table",
    "compare": "_compare",
    "CircuitSplit": "_split",
    "across_circuits": "_split",
    "sensitivity": "_compare",
    "what_if": "_compare",
    "Reproduction": "_corpus",
    "reproduce": "_corpus",
    "diagram": "_render.diagram",
    "example": "_records.examples",
    "OutcomeChangedWarning": "_records.receipt",
    "ReceiptError": "_records.receipt",
    "render": "_render.formats",
    "to_html": "_render.formats",
    "to_json": "_render.formats",
    "to_markdown": "_render.formats",
    "to_text": "_render.formats",
    "Report": "_render.document",
    "report": "_render.report",
    "schema": "_records.schema",
    "Question": "_engine.whatif",
    "Answer": "_engine.whatif",
}

__all__ = [
    "AllOf",
    "Answer",
    "AnyOf",
    "AppealFrom",
    "Authority",
    "Balance",
    "BalanceOfHardships",
    "COURTS",
    "Caption",
    "Case",
    "CaseFormatError",
    "CertiorariNotStatedError",
    "Challenged",
    "Change",
    "CircuitSplit",
    "Circuits",
    "Claim",
    "ClaimFilter",
    "Comparison",
    "CourtNotEncodedError",
    "DCCircuit",
    "Decision",
    "Disposition",
    "EighthCircuit",
    "EleventhCircuit",
    "Expected",
    "Factor",
    "Facts",
    "FederalCircuit",
    "FifthCircuit",
    "Finding",
    "FirstCircuit",
    "FourthCircuit",
    "Harm",
    "InjunctionError",
    "IrreparableHarm",
    "Level",
    "Merger",
    "Merits",
    "MixedLawError",
    "Motion",
    "MotionKind",
    "NinthCircuit",
    "Node",
    "Not",
    "OutcomeChangedWarning",
    "Presumption",
    "Problem",
    "PublicInterest",
    "PublicInterestFinding",
    "Question",
    "Reach",
    "ReceiptError",
    "Relief",
    "RemedyAtLaw",
    "Report",
    "Reproduction",
    "Requirement",
    "Rule",
    "SecondCircuit",
    "Sensitivity",
    "SeventhCircuit",
    "Severity",
    "SixthCircuit",
    "Source",
    "Standard",
    "Statute",
    "SupremeCourt",
    "TenthCircuit",
    "ThirdCircuit",
    "Truth",
    "Weighing",
    "across_circuits",
    "at_most",
    "compare",
    "diagram",
    "dump",
    "dumps",
    "evaluate",
    "example",
    "from_record",
    "load",
    "loads",
    "render",
    "report",
    "reproduce",
    "schema",
    "sensitivity",
    "to_html",
    "to_json",
    "to_markdown",
    "to_record",
    "to_text",
    "what_if",
]



def _public(obj: _Any) -> _Any:
    """*obj* shown as ``injunction.X``, its public home."""
    if getattr(obj, "__module__", "").startswith(("injunction._", "injunction.standards.")):
        try:
            obj.__module__ = "injunction"
        except (AttributeError, TypeError):
            pass
    return obj


for _name in __all__:
    if _name not in _LAZY:
        _public(globals()[_name])
del _name


def __getattr__(name: str) -> _Any:
    if name in _LAZY:
        import importlib

        value = _public(getattr(importlib.import_module(f"injunction.{_LAZY[name]}"), name))
        globals()[name] = value
        return value
    if name == "__version__":
        from importlib.metadata import version

        return version("injunction")
    raise AttributeError(f"module 'injunction' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

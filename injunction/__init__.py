"""injunction: the law of interim relief as composable, cited rules.

>>> import injunction
>>> decision = injunction.evaluate(injunction.load("examples/parler_v_aws.toml"))
>>> decision.disposition
<Disposition.DENIED: 'denied'>
>>> decision.test is None
True
"""

from __future__ import annotations

from typing import Any as _Any

from .authorities import Authority, Source
from ._case import (
    BalanceOfHardships,
    Caption,
    Case,
    Claim,
    Disposition,
    Expected,
    Factor,
    IrreparableHarm,
    Motion,
    MotionKind,
    PublicInterestFinding,
    Relief,
)
from ._courts import COURTS
from ._decision import Decision, Standard, evaluate
from ._ninth_circuit import NinthCircuit
from ._records import CaseFormatError, InjunctionError, Problem, dump, dumps, from_record, load, loads, to_record
from ._compare import Change, Comparison, Sensitivity, compare, sensitivity, what_if
from ._diagram import diagram
from ._whatif import Question
from ._render import render, to_html, to_json, to_markdown, to_text
from ._report import Report, report
from ._rules import AllOf, AnyOf, Facts, Merger, Not, Presumption, Requirement, Rule
from ._schema import schema
from ._scales import Balance, Finding, Harm, Level, Merits, PublicInterest, Severity, Truth
from ._trace import Node

__all__ = [
    "AllOf",
    "AnyOf",
    "Authority",
    "Balance",
    "BalanceOfHardships",
    "COURTS",
    "Caption",
    "Case",
    "CaseFormatError",
    "Change",
    "Claim",
    "Comparison",
    "Decision",
    "Disposition",
    "Expected",
    "Factor",
    "Facts",
    "Finding",
    "Harm",
    "InjunctionError",
    "IrreparableHarm",
    "Level",
    "Merger",
    "Merits",
    "Motion",
    "MotionKind",
    "NinthCircuit",
    "Node",
    "Not",
    "Presumption",
    "Problem",
    "PublicInterest",
    "PublicInterestFinding",
    "Question",
    "Relief",
    "Report",
    "Requirement",
    "Rule",
    "Sensitivity",
    "Severity",
    "Source",
    "Standard",
    "Truth",
    "compare",
    "diagram",
    "dump",
    "dumps",
    "evaluate",
    "from_record",
    "load",
    "loads",
    "render",
    "report",
    "schema",
    "sensitivity",
    "to_html",
    "to_json",
    "to_markdown",
    "to_record",
    "to_text",
    "what_if",
]

for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith("injunction._"):
        try:
            _obj.__module__ = "injunction"
        except (AttributeError, TypeError):
            pass
del _name, _obj


def __getattr__(name: str) -> _Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("injunction")
    raise AttributeError(f"module 'injunction' has no attribute {name!r}")

"""Hypothesis strategies for every model, and property checks for any standard.

Needs the ``hypothesis`` extra (``pip install 'injunction[hypothesis]'``).
``st.from_type`` draws every public model from these strategies:
``st.from_type(injunction.Caption)``, ``st.from_type(injunction.Finding[injunction.Harm])``.

Strategies shrink toward the simplest case: an unknown finding first, then
the lowest level; one claim; a preliminary injunction seeking prohibitory
relief from a private party.

>>> import injunction
>>> from hypothesis import given
>>> from injunction.testing import cases
>>> @given(cases())
... def test_a_decision_is_always_made(case):
...     assert injunction.evaluate(case).disposition in set(injunction.Disposition)
>>> test_a_decision_is_always_made()
"""

from __future__ import annotations

try:
    from hypothesis.errors import InvalidArgument
except ImportError as error:  # pragma: no cover - tested in a subprocess without Hypothesis
    raise ImportError(
        f"injunction.testing needs Hypothesis, which could not be imported ({error}); "
        "install the extra: pip install 'injunction[hypothesis]'",
        name=error.name,
    ) from error

from .._corpus import with_finding
from .._hypothesis import register as _register_strategies
from .strategies import balances_of_hardships, captions, case_records, cases, claims, expected_outcomes, fact_patterns, findings, irreparable_harms, motions, public_interest_findings, remedies_at_law
from .properties import PROPERTIES, Result, Violation, check_claims, check_monotone, check_narrowing, check_needs, check_reachable, check_round_trip, check_settling, check_thresholds, check_weighing
from .space import CaseSpace, all_cases
from .verify import verify

# `st.from_type` draws every public model from the strategies. Hypothesis's
# entry point registers them when Hypothesis loads; this does it where the entry
# point did not run (a source checkout, HYPOTHESIS_NO_PLUGINS), once per process.
_register_strategies()

__all__ = [
    "PROPERTIES",
    "InvalidArgument",
    "CaseSpace",
    "Result",
    "Violation",
    "all_cases",
    "balances_of_hardships",
    "captions",
    "case_records",
    "cases",
    "check_claims",
    "check_monotone",
    "check_narrowing",
    "check_needs",
    "check_settling",
    "check_reachable",
    "check_round_trip",
    "check_thresholds",
    "check_weighing",
    "claims",
    "expected_outcomes",
    "fact_patterns",
    "findings",
    "irreparable_harms",
    "motions",
    "public_interest_findings",
    "remedies_at_law",
    "verify",
    "with_finding",
]

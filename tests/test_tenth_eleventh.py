"""The Tenth and Eleventh Circuits: four prerequisites, no serious-questions path
today, a public interest that need only be "not adverse", and each circuit's
heightened test, chosen by the record's court."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest

import injunction
from injunction import Balance, Circuits, Disposition, EleventhCircuit, Harm, Merits, MotionKind, PublicInterest, Relief, TenthCircuit
from injunction.testing import verify

from .helpers import make_case


def _in(court: str, case: injunction.Case, day: datetime.date | None = None, **motion: Any) -> injunction.Case:
    return attrs.evolve(case, case=attrs.evolve(case.case, court=court, decided=day), motion=attrs.evolve(case.motion, **motion))


LIKELY_NEUTRAL = make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.NEUTRAL)
SERIOUS_STRONG = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS)
AFTER_DINE = datetime.date(2020, 1, 2)
BEFORE_DINE = datetime.date(2012, 6, 1)


@pytest.mark.parametrize("court", ["ca10", "ksd", "ca11", "gand"])
def test_a_public_interest_not_adverse_suffices(court: str) -> None:
    """Harmon (10th) and McDonald's (11th): "not adverse to the public interest" — a
    neutral public interest carries, where the Ninth and Second Circuits ask that it favor relief."""
    assert injunction.evaluate(_in(court, LIKELY_NEUTRAL)).disposition is Disposition.GRANTED
    assert injunction.evaluate(_in("ca2", LIKELY_NEUTRAL)).disposition is Disposition.DENIED


def test_the_tenth_circuit_dropped_the_modified_test_with_dine() -> None:
    """Serious questions and strongly tipping harm factors: granted under the law of 2012
    (Northern Natural Gas), denied after Diné Citizens (Oct. 27, 2016) and when undated."""
    assert injunction.evaluate(_in("ca10", SERIOUS_STRONG, BEFORE_DINE)).test == "serious_questions"
    assert injunction.evaluate(_in("ca10", SERIOUS_STRONG, AFTER_DINE)).disposition is Disposition.DENIED
    assert injunction.evaluate(_in("ca10", SERIOUS_STRONG)).disposition is Disposition.DENIED


def test_the_option_ends_the_modified_test_at_winter() -> None:
    strict = Circuits(ca10=TenthCircuit(modified_test_ends_at_winter=True))
    assert injunction.evaluate(_in("ca10", SERIOUS_STRONG, BEFORE_DINE), strict).disposition is Disposition.DENIED


@pytest.mark.parametrize("mark", [{"relief": Relief.MANDATORY}, {"alters_status_quo": True}, {"all_relief": True}])
def test_each_disfavored_kind_needs_a_strong_showing(mark: dict[str, Any]) -> None:
    """O Centro's three disfavored kinds: likely success and a favoring balance are not enough."""
    plain = _in("ca10", LIKELY_NEUTRAL, AFTER_DINE)
    assert injunction.evaluate(plain).disposition is Disposition.GRANTED
    disfavored = _in("ca10", LIKELY_NEUTRAL, AFTER_DINE, **mark)
    decision = injunction.evaluate(disfavored)
    assert decision.disposition is Disposition.DENIED and set(decision.failed["mandatory"]) == {"merits", "balance_of_hardships"}
    strong = make_case(merits=Merits.CLEAR, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.NEUTRAL)
    assert injunction.evaluate(_in("ca10", strong, AFTER_DINE, **mark)).test == "mandatory"


def test_a_disfavored_injunction_never_had_the_modified_test() -> None:
    assert injunction.evaluate(_in("ca10", SERIOUS_STRONG, BEFORE_DINE, alters_status_quo=True)).disposition is Disposition.DENIED


def test_tenth_circuit_stays_relaxed_only_before_dine_unless_the_option() -> None:
    stay = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.NEUTRAL, kind=MotionKind.STAY_PENDING_APPEAL)
    assert injunction.evaluate(_in("ca10", stay, BEFORE_DINE)).disposition is Disposition.GRANTED
    assert injunction.evaluate(_in("ca10", stay, AFTER_DINE)).disposition is Disposition.DENIED
    loose = Circuits(ca10=TenthCircuit(relaxed_stay_after_dine=True))
    assert injunction.evaluate(_in("ca10", stay, AFTER_DINE), loose).disposition is Disposition.GRANTED


def test_eleventh_circuit_has_no_serious_questions_path() -> None:
    assert injunction.evaluate(_in("ca11", SERIOUS_STRONG)).disposition is Disposition.DENIED


def test_eleventh_circuit_mandatory_relief_needs_facts_and_law_that_clearly_favor() -> None:
    mandatory = _in("flsd", LIKELY_NEUTRAL, relief=Relief.MANDATORY)
    assert injunction.evaluate(mandatory).disposition is Disposition.DENIED
    assert injunction.evaluate(mandatory, Circuits(ca11=EleventhCircuit(mandatory_clearly_favors=False))).disposition is Disposition.GRANTED


def test_eleventh_circuit_substantial_case_route_is_an_option() -> None:
    stay = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.NEUTRAL, kind=MotionKind.STAY_PENDING_APPEAL)
    assert injunction.evaluate(_in("ca11", stay)).disposition is Disposition.DENIED
    garcia_mir = Circuits(ca11=EleventhCircuit(substantial_case_route=True))
    assert injunction.evaluate(_in("ca11", stay), garcia_mir).test == "serious_questions"


@pytest.mark.parametrize("standard", [TenthCircuit(relaxed_stay_after_dine=True), EleventhCircuit(substantial_case_route=True)])
def test_the_properties_hold(standard: TenthCircuit | EleventhCircuit) -> None:
    """The options over examples (the defaults are checked exhaustively in tests/test_properties.py)."""
    results = verify(standard, examples=40)
    assert [r.property for r in results if not r.held] == []

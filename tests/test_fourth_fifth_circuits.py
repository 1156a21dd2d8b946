"""The Fourth and Fifth Circuits: Winter's four requirements and Canal Authority's
four prerequisites, each required, with no serious-questions path for an
injunction; the Fourth Circuit's law by date (Blackwelder before Winter), the
Fifth Circuit's Ruiz route for stays, and each option."""

from __future__ import annotations

import datetime

import attrs

import injunction
from injunction import Balance, Disposition, FifthCircuit, FourthCircuit, Harm, Merits, MotionKind, PublicInterest, Relief

from .helpers import make_case

SERIOUS_CASE = dict(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS)
STRONG_CASE = dict(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS)


def _dated(case: injunction.Case, day: datetime.date | None) -> injunction.Case:
    return attrs.evolve(case, case=attrs.evolve(case.case, decided=day))


def test_the_fourth_circuit_has_no_serious_questions_path_since_real_truth() -> None:
    """Serious questions and a sharply tipping balance win under Blackwelder (1977) and lose under Real Truth (2009)."""
    case = make_case(**SERIOUS_CASE)  # type: ignore[arg-type]
    fourth = FourthCircuit()
    assert injunction.evaluate(_dated(case, datetime.date(2005, 1, 1)), fourth).disposition is Disposition.GRANTED
    assert injunction.evaluate(_dated(case, datetime.date(2010, 1, 1)), fourth).disposition is Disposition.DENIED
    assert injunction.evaluate(_dated(case, None), fourth).disposition is Disposition.DENIED
    # by_date=False: current law for every record
    assert injunction.evaluate(_dated(case, datetime.date(2005, 1, 1)), FourthCircuit(by_date=False)).disposition is Disposition.DENIED


def test_the_fourth_circuit_requires_a_public_interest_that_favors_relief() -> None:
    """'An injunction is in the public interest': a neutral public interest fails after Real Truth, suffices under Blackwelder."""
    case = make_case(**{**STRONG_CASE, "public": PublicInterest.NEUTRAL})  # type: ignore[arg-type]
    assert injunction.evaluate(_dated(case, datetime.date(2012, 1, 1)), FourthCircuit()).disposition is Disposition.DENIED
    assert injunction.evaluate(_dated(case, datetime.date(2000, 1, 1)), FourthCircuit()).disposition is Disposition.GRANTED


def test_the_fifth_circuit_asks_only_that_the_public_interest_not_be_disserved() -> None:
    case = make_case(**{**STRONG_CASE, "public": PublicInterest.NEUTRAL})  # type: ignore[arg-type]
    assert injunction.evaluate(case, FifthCircuit()).disposition is Disposition.GRANTED
    against = make_case(**{**STRONG_CASE, "public": PublicInterest.AGAINST})  # type: ignore[arg-type]
    assert injunction.evaluate(against, FifthCircuit()).disposition is Disposition.DENIED


def test_neither_circuit_balances_a_weak_merits_showing_against_strong_equities() -> None:
    case = make_case(**SERIOUS_CASE)  # type: ignore[arg-type]
    assert injunction.evaluate(case, FifthCircuit()).disposition is Disposition.DENIED


def test_mandatory_relief_in_the_fifth_circuit_needs_facts_and_law_that_clearly_favor() -> None:
    likely = make_case(**STRONG_CASE, relief=Relief.MANDATORY)  # type: ignore[arg-type]
    clear = make_case(**{**STRONG_CASE, "merits": Merits.CLEAR}, relief=Relief.MANDATORY)  # type: ignore[arg-type]
    assert injunction.evaluate(likely, FifthCircuit()).disposition is Disposition.DENIED
    assert injunction.evaluate(clear, FifthCircuit()).disposition is Disposition.GRANTED


def test_the_fourth_circuits_mandatory_option() -> None:
    likely = make_case(**STRONG_CASE, relief=Relief.MANDATORY)  # type: ignore[arg-type]
    assert injunction.evaluate(likely, FourthCircuit()).disposition is Disposition.GRANTED
    assert injunction.evaluate(likely, FourthCircuit(heightened_mandatory=True)).disposition is Disposition.DENIED


def test_stays_the_ruiz_route_and_the_fourth_circuits_substantial_case_option() -> None:
    """A substantial case on the merits with the equities weighing heavily: a stay in the Fifth Circuit
    (Ruiz), not in the Fourth unless the option admits Hilton's route."""
    case = make_case(**SERIOUS_CASE, kind=MotionKind.STAY_PENDING_APPEAL)  # type: ignore[arg-type]
    assert injunction.evaluate(case, FifthCircuit()).disposition is Disposition.GRANTED
    assert injunction.evaluate(case, FifthCircuit(ruiz_substantial_case=False)).disposition is Disposition.DENIED
    assert injunction.evaluate(case, FourthCircuit()).disposition is Disposition.DENIED
    assert injunction.evaluate(case, FourthCircuit(substantial_case_stays=True)).disposition is Disposition.GRANTED


def test_against_the_government_the_equities_merge() -> None:
    case = make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, public=PublicInterest.FAVORS, government=True)
    for standard in (FourthCircuit(), FifthCircuit()):
        assert injunction.evaluate(case, standard).disposition is Disposition.GRANTED


def test_the_courts_of_the_two_circuits_take_their_circuits_law() -> None:
    assert injunction.COURTS["mdd"] == "District Court, D. Maryland"
    assert injunction.COURTS["txnd"] == "District Court, N.D. Texas"

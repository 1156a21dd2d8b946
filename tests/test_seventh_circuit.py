"""The Seventh Circuit: a threshold phase, then a sliding scale between the merits and the balance of harms,
with the merits floor raised on Sept. 3, 2020 (Illinois Republican Party v. Pritzker)."""

from __future__ import annotations

import datetime

import attrs
import pytest

import injunction
from injunction import Balance, Circuits, Disposition, Harm, Merits, MotionKind, PublicInterest, SeventhCircuit
from injunction.standards.seventh_circuit import STRONG_SHOWING_SINCE
from injunction.testing import verify

from .helpers import make_case


def _in(court: str, case: injunction.Case, decided: datetime.date | None = None) -> injunction.Case:
    return attrs.evolve(case, case=attrs.evolve(case.case, court=court, decided=decided))


BEFORE = datetime.date(2019, 6, 1)
AFTER = datetime.date(2021, 6, 1)
# Some likelihood of success (a chance better than negligible), harms tipping sharply.
NEGLIGIBLE = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.NEUTRAL)
# Likely success, harms even: the sliding scale's other end.
PATH = "threshold_then_sliding_scale"
LIKELY_EVEN = make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.EVEN, public=PublicInterest.NEUTRAL)


def test_a_district_court_in_illinois_applies_the_seventh_circuit_s_law() -> None:
    decision = injunction.evaluate(_in("ilnd", LIKELY_EVEN, AFTER))
    assert decision.disposition is Disposition.GRANTED and decision.test == PATH
    assert "Ill. Republican Party" in str(decision)


def test_a_likely_winner_needs_only_harms_that_do_not_tip_against_it() -> None:
    """The more likely the movant is to win, the less heavily need the balance weigh in its favor: even
    harms grant; harms tipping against a likely winner are the court's to weigh, never guessed."""
    assert injunction.evaluate(_in("ca7", LIKELY_EVEN, AFTER)).disposition is Disposition.GRANTED
    against = attrs.evolve(LIKELY_EVEN, balance_of_hardships=injunction.BalanceOfHardships(tips=Balance.AGAINST))
    decision = injunction.evaluate(_in("ca7", against, AFTER))
    assert decision.disposition is Disposition.UNDETERMINED
    assert "the court weighs" in " ".join(str(decision).split()).lower()


def test_a_slight_chance_with_harms_not_in_the_movant_s_favor_is_a_clear_denial() -> None:
    """The less likely the movant is to win, the more need the balance weigh in its favor."""
    even = attrs.evolve(NEGLIGIBLE, balance_of_hardships=injunction.BalanceOfHardships(tips=Balance.EVEN))
    assert injunction.evaluate(_in("ca7", even, BEFORE)).disposition is Disposition.DENIED
    favors = attrs.evolve(NEGLIGIBLE, balance_of_hardships=injunction.BalanceOfHardships(tips=Balance.FAVORS))
    assert injunction.evaluate(_in("ca7", favors, BEFORE)).disposition is Disposition.UNDETERMINED


def test_before_illinois_republican_party_a_better_than_negligible_chance_could_win() -> None:
    """Before Sept. 3, 2020 some likelihood of success sufficed where the harms tipped sharply."""
    decision = injunction.evaluate(_in("ca7", NEGLIGIBLE, BEFORE))
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, PATH)
    assert "better than negligible" in " ".join(str(decision).split())


def test_from_illinois_republican_party_a_strong_showing_is_required() -> None:
    for day in (STRONG_SHOWING_SINCE, AFTER, None):  # an undated record takes current law
        decision = injunction.evaluate(_in("ca7", NEGLIGIBLE, day))
        assert decision.disposition is Disposition.DENIED, day
        assert decision.failed == {PATH: ("merits",)}
    assert injunction.evaluate(_in("ca7", NEGLIGIBLE, STRONG_SHOWING_SINCE - datetime.timedelta(days=1))).disposition is Disposition.GRANTED


def test_the_option_keeps_the_negligible_row_after_2020() -> None:
    loose = Circuits(ca7=SeventhCircuit(negligible_path_survives=True))
    assert injunction.evaluate(_in("ca7", NEGLIGIBLE, AFTER), loose).disposition is Disposition.GRANTED


def test_as_of_decides_every_record_under_one_day_s_law() -> None:
    then = Circuits(ca7=SeventhCircuit(as_of=BEFORE))
    assert injunction.evaluate(_in("ca7", NEGLIGIBLE, AFTER), then).disposition is Disposition.GRANTED


def test_irreparable_harm_is_a_threshold_on_every_row() -> None:
    possible = attrs.evolve(NEGLIGIBLE, irreparable_harm=injunction.IrreparableHarm(likelihood=Harm.POSSIBLE))
    decision = injunction.evaluate(_in("ca7", possible, BEFORE))
    assert decision.disposition is Disposition.DENIED
    assert all("irreparable_harm" in failed for failed in decision.failed.values())


def test_against_the_government_the_harms_and_the_public_interest_are_one_weighing() -> None:
    government = make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, public=PublicInterest.FAVORS, government=True)
    decision = injunction.evaluate(_in("ca7", government, AFTER))
    assert decision.disposition is Disposition.GRANTED
    assert "merge(balance_of_hardships, public_interest >= even)" in repr(Circuits().rule_for(_in("ca7", government, AFTER)))


@pytest.mark.parametrize("kind", list(MotionKind))
def test_every_motion_takes_the_same_sliding_scale(kind: MotionKind) -> None:
    """TROs and injunctions pending appeal take the preliminary-injunction standard; a stay mirrors it (A & F)."""
    case = attrs.evolve(LIKELY_EVEN, motion=attrs.evolve(LIKELY_EVEN.motion, kind=kind))
    assert injunction.evaluate(_in("ca7", case, AFTER)).disposition is Disposition.GRANTED
    if kind is MotionKind.STAY_PENDING_APPEAL:
        assert "A & F" in str(injunction.evaluate(_in("ca7", case, AFTER)))


@pytest.mark.parametrize("standard", [SeventhCircuit(negligible_path_survives=True), SeventhCircuit(as_of=BEFORE)])
def test_the_seventh_circuit_holds_every_property(standard: SeventhCircuit) -> None:
    """The options hold the property checks over examples (the default is checked exhaustively, with
    every registered standard, in tests/test_properties.py)."""
    results = verify(standard, examples=40)
    assert [r.property for r in results if not r.held] == []

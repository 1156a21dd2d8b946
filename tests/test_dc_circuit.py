"""The D.C. Circuit: Winter's four factors on the circuit's sliding scale, whose survival after Winter is open."""

from __future__ import annotations

import datetime

import attrs
import pytest

import injunction
from injunction import Balance, Circuits, DCCircuit, Disposition, Harm, Merits, MotionKind, PublicInterest
from injunction.standards.dc_circuit import WINTER_DECIDED
from injunction.testing import verify

from .helpers import make_case


def _in(court: str, case: injunction.Case, decided: datetime.date | None = None) -> injunction.Case:
    return attrs.evolve(case, case=attrs.evolve(case.case, court=court, decided=decided))


AFTER = datetime.date(2015, 1, 5)
# A serious legal question, certain and great harm, equities tipping strongly.
SLIDING = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS)
WINTER = make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS)


def test_the_district_of_columbia_applies_the_d_c_circuit_s_law() -> None:
    decision = injunction.evaluate(_in("dcd", WINTER, AFTER))
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, "winter")
    assert "certain and great" in " ".join(str(decision).split())


def test_the_sliding_scale_is_kept_by_default() -> None:
    """The weight of the circuit's authority: Sherley left it in place (644 F.3d at 392-93)."""
    decision = injunction.evaluate(_in("cadc", SLIDING, AFTER))
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, "sliding_scale")
    assert "open question" in " ".join(str(decision).split())


def test_the_option_makes_likely_success_free_standing_after_winter() -> None:
    """Davis (Kavanaugh, J., concurring) and Sherley at 393: likely success is a free-standing requirement."""
    strict = Circuits(cadc=DCCircuit(sliding_scale_survives=False))
    assert injunction.evaluate(_in("cadc", SLIDING, AFTER), strict).disposition is Disposition.DENIED
    assert injunction.evaluate(_in("cadc", SLIDING, None), strict).disposition is Disposition.DENIED
    before = WINTER_DECIDED - datetime.timedelta(days=1)
    assert injunction.evaluate(_in("cadc", SLIDING, before), strict).disposition is Disposition.GRANTED


def test_harm_short_of_certain_and_great_denies_on_every_path() -> None:
    """CityFed: a failure to show irreparable harm is enough, whatever the other factors show."""
    possible = attrs.evolve(WINTER, claims=(attrs.evolve(WINTER.claims[0], merits=injunction.Finding.exact(Merits.CLEAR)),), irreparable_harm=injunction.IrreparableHarm(likelihood=Harm.POSSIBLE))
    decision = injunction.evaluate(_in("cadc", possible, AFTER))
    assert decision.disposition is Disposition.DENIED
    assert all("irreparable_harm" in failed for failed in decision.failed.values())


def test_serious_questions_need_a_strongly_tipping_balance() -> None:
    favors = attrs.evolve(SLIDING, balance_of_hardships=injunction.BalanceOfHardships(tips=Balance.FAVORS))
    decision = injunction.evaluate(_in("cadc", favors, AFTER))
    assert decision.disposition is Disposition.DENIED and decision.failed["sliding_scale"] == ("balance_of_hardships",)


@pytest.mark.parametrize("kind", list(MotionKind))
def test_every_motion_takes_the_same_table(kind: MotionKind) -> None:
    case = attrs.evolve(SLIDING, motion=attrs.evolve(SLIDING.motion, kind=kind))
    decision = injunction.evaluate(_in("cadc", case, AFTER))
    assert decision.disposition is Disposition.GRANTED
    if kind is MotionKind.STAY_PENDING_APPEAL:
        assert "Holiday Tours" in str(decision)


@pytest.mark.parametrize("standard", [DCCircuit(sliding_scale_survives=False), DCCircuit(as_of=datetime.date(2000, 1, 1))])
def test_the_d_c_circuit_holds_every_property(standard: DCCircuit) -> None:
    """The options hold the property checks over examples (the default is checked exhaustively, with
    every registered standard, in tests/test_properties.py)."""
    results = verify(standard, examples=40)
    assert [r.property for r in results if not r.held] == []

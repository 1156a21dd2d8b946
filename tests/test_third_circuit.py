"""The Third Circuit: two gateways (Reilly), then a weighing the library decides only in its clear cases."""

from __future__ import annotations

import datetime

import attrs
import pytest

import injunction
from injunction import Balance, Circuits, Claim, Disposition, Harm, Merits, MotionKind, PublicInterest, Relief, Statute, ThirdCircuit
from injunction.testing import verify

from .helpers import make_case


def _in(court: str, case: injunction.Case, decided: datetime.date | None = None) -> injunction.Case:
    return attrs.evolve(case, case=attrs.evolve(case.case, court=court, decided=decided))


def _decide(case: injunction.Case, standard: ThirdCircuit | None = None) -> injunction.Decision:
    return injunction.evaluate(_in("njd", case), Circuits(ca3=standard) if standard is not None else None)


ALL_FAVOR = make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.NEUTRAL)


def test_a_new_jersey_record_is_decided_under_reilly() -> None:
    """The District of New Jersey sits in the Third Circuit: its records take Reilly's standard."""
    decision = _decide(ALL_FAVOR)
    assert decision.trace.authorities[0].source.id == "reilly"
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, "reilly")


def test_better_than_negligible_clears_the_merits_gateway_but_the_court_weighs() -> None:
    """'Significantly better than negligible but not necessarily more likely than not' is this
    scale's serious questions: enough to reach the weighing, not enough to settle it. With the
    equities in the movant's favor the Third Circuit's judges weigh; the library says so."""
    case = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS)
    decision = _decide(case)
    assert decision.disposition is Disposition.UNDETERMINED
    assert "weigh" in " ".join(str(decision).split())


def test_no_chance_on_the_merits_fails_the_first_gateway() -> None:
    case = make_case(merits=Merits.NONE, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.SHARPLY_FAVORS)
    decision = _decide(case)
    assert decision.disposition is Disposition.DENIED and decision.failed["reilly"] == ("merits",)


def test_irreparable_harm_must_be_more_likely_than_not() -> None:
    """The second gateway: a possible harm fails, whatever the other factors."""
    decision = _decide(attrs.evolve(ALL_FAVOR, irreparable_harm=injunction.IrreparableHarm(likelihood=Harm.POSSIBLE)))
    assert decision.disposition is Disposition.DENIED and decision.failed["reilly"] == ("irreparable_harm",)


def test_likely_success_against_a_contrary_balance_is_the_court_s_call() -> None:
    case = make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.AGAINST, public=PublicInterest.FAVORS)
    assert _decide(case).disposition is Disposition.UNDETERMINED


def test_the_weighing_clearly_against_relief() -> None:
    """Past the gateways on the lesser showing, with the balance and the public interest both against: denied."""
    case = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.AGAINST, public=PublicInterest.AGAINST)
    assert _decide(case).disposition is Disposition.DENIED


def test_a_stay_for_an_applicant_all_but_sure_to_win_though_the_public_interest_is_against() -> None:
    """Revel: the more likely the applicant is to win, the less the other factors need favor it."""
    case = make_case(merits=Merits.CLEAR, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.AGAINST, kind=MotionKind.STAY_PENDING_APPEAL)
    assert (_decide(case).disposition, _decide(case).test) == (Disposition.GRANTED, "revel")
    merely_likely = attrs.evolve(case, claims=(attrs.evolve(case.claims[0], merits=injunction.Finding.exact(Merits.LIKELY)),))
    assert _decide(merely_likely).disposition is Disposition.UNDETERMINED


def test_mandatory_relief_carries_a_particularly_heavy_burden() -> None:
    case = attrs.evolve(ALL_FAVOR, motion=attrs.evolve(ALL_FAVOR.motion, relief=Relief.MANDATORY))
    assert _decide(case).disposition is Disposition.DENIED
    assert "735 F.3d 131" in " ".join(str(_decide(case)).split())  # Trinity, cited without a page: none was seen
    assert _decide(case, ThirdCircuit(mandatory_heightened=False)).disposition is Disposition.GRANTED


@pytest.mark.parametrize(("decided", "disposition"), [(datetime.date(2022, 8, 12), Disposition.GRANTED), (datetime.date(2019, 1, 1), Disposition.UNDETERMINED)])
def test_likely_lanham_act_success_presumes_the_harm_gateway_from_the_tma(decided: datetime.date, disposition: Disposition) -> None:
    """15 U.S.C. § 1116(a), as the Third Circuit applied it in Nichino: from the TMA, likely success on a
    Lanham Act claim supplies the harm gateway where the record states no harm finding."""
    claim = Claim(name="Trademark infringement", merits=Merits.LIKELY, arises_under=Statute.LANHAM_ACT)
    case = make_case(balance=Balance.FAVORS, public=PublicInterest.NEUTRAL, claims=(claim,))
    assert injunction.evaluate(_in("ded", case, decided)).disposition is disposition


def test_the_third_circuit_holds_every_property() -> None:
    """The property checks of `injunction.testing` hold for the option the default does not take
    (the default is checked exhaustively in test_properties)."""
    assert [r.property for r in verify(ThirdCircuit(mandatory_heightened=False), examples=40) if not r.held] == []

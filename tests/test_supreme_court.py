"""The Supreme Court's own injunctions and stays, by example: the in-chambers
"indisputably clear" line and Roman Catholic Diocese's factors (by date, or
chosen), and a stay refused for want of a finding no record can state."""

from __future__ import annotations

import datetime

import attrs
import pytest

import injunction
from injunction import Balance, CertiorariNotStatedError, Disposition, Harm, Merits, MotionKind, PublicInterest, SupremeCourt

from .helpers import make_case


def application(merits: object, *, day: datetime.date | None = None, kind: MotionKind = MotionKind.INJUNCTION_PENDING_APPEAL) -> injunction.Case:
    case = make_case(merits=merits, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.NEUTRAL, kind=kind, government=True)
    return attrs.evolve(case, case=attrs.evolve(case.case, court="scotus", decided=day))


def test_before_roman_catholic_diocese_the_rights_must_be_indisputably_clear() -> None:
    likely = application(Merits.LIKELY, day=datetime.date(1993, 4, 29))
    clear = application(Merits.CLEAR, day=datetime.date(1993, 4, 29))
    assert injunction.evaluate(likely).disposition is Disposition.DENIED
    # Clear merits, but the in-chambers line keeps Winter's public interest (favors): a neutral one falls short.
    assert injunction.evaluate(clear).disposition is Disposition.DENIED
    favoring = attrs.evolve(clear, public_interest=injunction.PublicInterestFinding(weighs=PublicInterest.FAVORS))
    assert (injunction.evaluate(favoring).disposition, injunction.evaluate(favoring).test) == (Disposition.GRANTED, "indisputably_clear")


def test_from_roman_catholic_diocese_likely_to_prevail_suffices() -> None:
    decision = injunction.evaluate(application(Merits.LIKELY, day=datetime.date(2021, 1, 1)))
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, "winter")
    assert injunction.evaluate(application(Merits.LIKELY)).disposition is Disposition.GRANTED  # undated: current law


def test_the_line_is_an_option() -> None:
    later = application(Merits.LIKELY, day=datetime.date(2021, 1, 1))
    assert injunction.evaluate(later, SupremeCourt(injunction_standard="indisputably_clear")).disposition is Disposition.DENIED
    earlier = application(Merits.LIKELY, day=datetime.date(1993, 4, 29))
    assert injunction.evaluate(earlier, SupremeCourt(injunction_standard="winter")).disposition is Disposition.GRANTED
    with pytest.raises(ValueError, match="injunction_standard"):
        SupremeCourt(injunction_standard="sliding")  # type: ignore[arg-type]


def test_an_injunction_asked_as_a_preliminary_injunction_is_the_same_all_writs_act_injunction() -> None:
    rule = SupremeCourt().rule_for(application(Merits.LIKELY, kind=MotionKind.PRELIMINARY_INJUNCTION))
    assert isinstance(rule, injunction.AnyOf)
    assert "All Writs Act" in rule.statement


def test_a_stay_is_refused_naming_the_missing_finding_unless_certiorari_was_granted() -> None:
    stay = application(Merits.SERIOUS_QUESTIONS, kind=MotionKind.STAY_PENDING_APPEAL)
    with pytest.raises(CertiorariNotStatedError, match="four Justices"):
        injunction.evaluate(stay)
    granted = SupremeCourt(certiorari_granted=True)
    # A fair prospect of reversal (serious questions) with likely harm: a close case, so the equities decide.
    assert (injunction.evaluate(stay, granted).disposition, injunction.evaluate(stay, granted).test) == (Disposition.GRANTED, "serious_questions")
    against = attrs.evolve(stay, balance_of_hardships=injunction.BalanceOfHardships(tips=Balance.AGAINST))
    assert injunction.evaluate(against, granted).disposition is Disposition.DENIED
    strong = attrs.evolve(against, claims=(injunction.Claim(name="Appeal", merits=Merits.LIKELY),))
    assert injunction.evaluate(strong, granted).disposition is Disposition.GRANTED  # not a close case

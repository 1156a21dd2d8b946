"""The First Circuit: likely success (the sine qua non) and irreparable harm
(a threshold) required, then the balance of impositions and the public
interest weighed, decided only in the weighing's clear cases."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest

import injunction
from injunction import Balance, Circuits, Disposition, FirstCircuit, Harm, Merits, MotionKind, PublicInterest, Relief
from injunction.testing import verify

from .helpers import make_case


def _in_maine(case: injunction.Case) -> injunction.Case:
    """*case* in the District of Maine, whose law is the First Circuit's."""
    return attrs.evolve(case, case=attrs.evolve(case.case, court="med"))


def _decide(*, standard: FirstCircuit | None = None, **findings: Any) -> injunction.Decision:
    case = _in_maine(make_case(**findings))
    return injunction.evaluate(case, None if standard is None else Circuits(ca1=standard))


FOR_RELIEF: dict[str, Any] = {"merits": Merits.LIKELY, "harm": Harm.LIKELY, "balance": Balance.FAVORS, "public": PublicInterest.NEUTRAL}


def test_a_court_of_the_first_circuit_gets_its_law() -> None:
    """A record from the District of Maine is decided under the First Circuit's four factors (Esso)."""
    decision = _decide(**FOR_RELIEF)
    assert decision.trace.authorities[0].source.id == "esso"
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, "winter")


def test_a_public_interest_not_adversely_affected_is_enough() -> None:
    """Bellotti's fourth criterion: the public interest "will not be adversely affected": neutral suffices
    where the hardship tips toward the movant (the weighing's clear case for relief)."""
    assert _decide(**FOR_RELIEF).disposition is Disposition.GRANTED


def test_without_likely_success_nothing_else_matters() -> None:
    """Likely success is the sine qua non: serious questions do not suffice, however the equities fall."""
    decision = _decide(**{**FOR_RELIEF, "merits": Merits.SERIOUS_QUESTIONS, "balance": Balance.SHARPLY_FAVORS})
    assert decision.disposition is Disposition.DENIED
    assert decision.failed["winter"] == ("merits",)


def test_irreparable_harm_is_a_threshold() -> None:
    """Matos, 367 F.3d at 73: a "necessary threshold showing", as Mallinckrodt (D. Me. 2008) applied it."""
    decision = _decide(**{**FOR_RELIEF, "harm": Harm.POSSIBLE})
    assert decision.disposition is Disposition.DENIED and decision.failed["winter"] == ("irreparable_harm",)


def test_equities_both_against_relief_deny_it() -> None:
    decision = _decide(**{**FOR_RELIEF, "balance": Balance.AGAINST, "public": PublicInterest.AGAINST})
    assert decision.disposition is Disposition.DENIED


@pytest.mark.parametrize(
    ("balance", "public"),
    [(Balance.EVEN, PublicInterest.FAVORS), (Balance.SHARPLY_FAVORS, PublicInterest.AGAINST), (Balance.AGAINST, PublicInterest.NEUTRAL)],
)
def test_between_the_clear_cases_the_court_weighs(balance: Balance, public: PublicInterest) -> None:
    """The movant must show the factors "weigh in its favor" (Nieves-Márquez, 353 F.3d at 120): where
    they point both ways the library names the weighing as the court's and asks for no finding."""
    decision = _decide(**{**FOR_RELIEF, "balance": balance, "public": public})
    assert decision.disposition is Disposition.UNDETERMINED and decision.needs == ()
    assert "the court weighs" in injunction.to_text(decision, style="court").lower()


def test_the_option_makes_each_equity_a_requirement() -> None:
    """weigh_equities=False: Bellotti's criteria as a list, each required."""
    strict = FirstCircuit(weigh_equities=False)
    assert _decide(standard=strict, **{**FOR_RELIEF, "balance": Balance.EVEN}).disposition is Disposition.DENIED
    assert _decide(standard=strict, **FOR_RELIEF).disposition is Disposition.GRANTED
    assert _decide(standard=strict, **{**FOR_RELIEF, "public": PublicInterest.AGAINST}).disposition is Disposition.DENIED


@pytest.mark.parametrize("kind", [MotionKind.TEMPORARY_RESTRAINING_ORDER, MotionKind.INJUNCTION_PENDING_APPEAL])
def test_a_tro_and_an_injunction_pending_appeal_take_the_same_factors(kind: MotionKind) -> None:
    for findings, disposition in ((FOR_RELIEF, Disposition.GRANTED), ({**FOR_RELIEF, "harm": Harm.POSSIBLE}, Disposition.DENIED)):
        assert _decide(kind=kind, **findings).disposition is disposition


def test_a_stay_weighs_the_equities_or_merges_them_against_the_government() -> None:
    """Nken, 556 U.S. at 434-35: against the government the third and fourth factors are one weighing."""
    stay = {**FOR_RELIEF, "kind": MotionKind.STAY_PENDING_APPEAL, "balance": None, "public": PublicInterest.FAVORS}
    assert _decide(**stay).disposition is Disposition.UNDETERMINED  # the balance is unstated: the weighing is open
    merged = _decide(**stay, government=True)
    assert merged.disposition is Disposition.GRANTED and merged.presumed  # the public interest speaks for the merged weighing


def test_mandatory_relief_takes_the_same_test_and_says_why() -> None:
    decision = _decide(**FOR_RELIEF, relief=Relief.MANDATORY)
    assert decision.disposition is Disposition.GRANTED
    assert "No heightened standard for mandatory relief" in decision.trace.statement


def test_the_lanham_act_presumption_is_the_statute_s_from_the_tma() -> None:
    """15 U.S.C. § 1116(a) binds every federal court: likely success on a Lanham Act claim supplies harm,
    for records dated from the TMA; an older record is decided without it."""
    claim = injunction.Claim(name="Lanham Act § 43(a)", merits=Merits.LIKELY, arises_under=injunction.Statute.LANHAM_ACT)
    case = _in_maine(make_case(claims=(claim,), balance=Balance.FAVORS, public=PublicInterest.NEUTRAL))
    assert injunction.evaluate(case).disposition is Disposition.GRANTED
    older = attrs.evolve(case, case=attrs.evolve(case.case, decided=datetime.date(2019, 5, 1)))
    assert injunction.evaluate(older).disposition is Disposition.UNDETERMINED  # harm must now be found


def test_the_option_holds_every_property() -> None:
    """The default is checked over every fact pattern with the registry's standards (tests/test_properties.py,
    about 19 seconds of CI time); the option on examples."""
    results = verify(FirstCircuit(weigh_equities=False), examples=60)
    assert [r.property for r in results if not r.held] == []

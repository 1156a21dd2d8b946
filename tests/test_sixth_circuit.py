"""The Sixth Circuit: four factors balanced (Sandison; Eagle-Picher), irreparable harm indispensable (D.T.)."""

from __future__ import annotations

import attrs

import injunction
from injunction import Balance, Circuits, Disposition, Harm, Merits, MotionKind, PublicInterest, SixthCircuit
from injunction.testing import verify

from .helpers import make_case


def _decide(case: injunction.Case, standard: SixthCircuit | None = None) -> injunction.Decision:
    located = attrs.evolve(case, case=attrs.evolve(case.case, court="mied"))
    return injunction.evaluate(located, Circuits(ca6=standard) if standard is not None else None)


ALL_FAVOR = make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.NEUTRAL)


def test_a_michigan_record_is_decided_under_the_sixth_circuit_s_balance() -> None:
    decision = _decide(ALL_FAVOR)
    assert {a.source.id for a in decision.trace.authorities} >= {"sandison", "eagle_picher"}
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, "balanced")


def test_no_showing_on_the_other_factors_replaces_irreparable_harm() -> None:
    """D.T. v. Sumner Cnty. Schs.: harm not shown is 'reason enough' to deny."""
    case = make_case(merits=Merits.CLEAR, harm=Harm.POSSIBLE, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.SHARPLY_FAVORS)
    assert _decide(case).disposition is Disposition.DENIED
    # Harm weighed with the rest (the older balancing): the court's call, not a denial.
    assert _decide(case, SixthCircuit(harm_indispensable=False)).disposition is Disposition.UNDETERMINED


def test_serious_questions_with_the_equities_favoring_are_weighed_by_the_court() -> None:
    case = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS)
    decision = _decide(case)
    assert decision.disposition is Disposition.UNDETERMINED
    assert "weigh" in " ".join(str(decision).split())


def test_no_likelihood_of_success_at_all_leaves_nothing_to_balance() -> None:
    case = make_case(merits=Merits.NONE, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.SHARPLY_FAVORS)
    assert _decide(case).disposition is Disposition.DENIED


def test_weak_merits_and_both_equities_against_are_denied() -> None:
    case = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.AGAINST, public=PublicInterest.AGAINST)
    assert _decide(case).disposition is Disposition.DENIED


def test_a_presumption_of_harm_from_a_likely_constitutional_violation_is_an_option() -> None:
    """Obama for America, 697 F.3d 423 (cited without a page): likely success 'often will be the determinative
    factor'. Off by default: the record must state the harm; on, likely success supplies it."""
    case = make_case(merits=Merits.LIKELY, balance=Balance.FAVORS, public=PublicInterest.NEUTRAL, constitutional=True)
    assert _decide(case).disposition is Disposition.UNDETERMINED
    assert _decide(case, SixthCircuit(constitutional_harm_presumption=True)).disposition is Disposition.GRANTED


def test_a_stay_takes_the_same_balance() -> None:
    """Griepentrog: a stay pending appeal takes the four factors, balanced, with Nken's irreparable injury."""
    case = attrs.evolve(ALL_FAVOR, motion=attrs.evolve(ALL_FAVOR.motion, kind=MotionKind.STAY_PENDING_APPEAL))
    decision = _decide(case)
    assert decision.disposition is Disposition.GRANTED
    assert "griepentrog" in {a.source.id for a in decision.trace.authorities}


def test_the_sixth_circuit_holds_every_property() -> None:
    """The property checks hold for the options the default does not take (the default is
    checked exhaustively in test_properties)."""
    standard = SixthCircuit(harm_indispensable=False, constitutional_harm_presumption=True)
    assert [r.property for r in verify(standard, examples=40) if not r.held] == []

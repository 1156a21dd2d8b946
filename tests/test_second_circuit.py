"""The Second Circuit: the same rules composed for another circuit, chosen by the record's court."""

from __future__ import annotations

import attrs
import pytest

import injunction
from injunction import Balance, Circuits, Disposition, Harm, Merits, NinthCircuit, PublicInterest, Relief, SecondCircuit
from injunction.testing import verify

from .helpers import make_case


def _in(court: str, case: injunction.Case) -> injunction.Case:
    return attrs.evolve(case, case=attrs.evolve(case.case, court=court))


SERIOUS = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS)
NEUTRAL = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.NEUTRAL)


def test_the_court_picks_the_circuit() -> None:
    """A record from the Southern District of New York is decided under the Second Circuit's law."""
    assert injunction.evaluate(_in("nysd", SERIOUS)).trace.authorities[0].source.id == "clapper"
    assert injunction.evaluate(_in("cand", SERIOUS)).trace.authorities[0].source.id == "winter"


def test_serious_questions_and_a_decidedly_tipping_balance_suffice() -> None:
    decision = injunction.evaluate(_in("ca2", SERIOUS))
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, "serious_questions")
    assert "tipping decidedly toward the movant" in " ".join(str(decision).split())


def test_against_government_action_under_a_statute_likely_success_is_required() -> None:
    """Bronx Household, 331 F.3d at 349: no serious-questions path against the government (by default)."""
    against_government = _in("ca2", attrs.evolve(SERIOUS, motion=attrs.evolve(SERIOUS.motion, opponent_is_government=True)))
    decision = injunction.evaluate(against_government)
    assert decision.disposition is Disposition.DENIED and list(decision.failed) == ["winter"]
    assert "Bronx Household" in str(decision)
    loose = Circuits(ca2=SecondCircuit(government_acts_under_statute=False))
    assert injunction.evaluate(against_government, loose).disposition is Disposition.GRANTED


def test_mandatory_relief_needs_a_clear_or_substantial_likelihood() -> None:
    case = _in("ca2", make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS, relief=Relief.MANDATORY))
    assert injunction.evaluate(case).disposition is Disposition.DENIED
    clear = attrs.evolve(case, claims=(attrs.evolve(case.claims[0], merits=injunction.Finding.exact(Merits.CLEAR)),))
    assert (injunction.evaluate(clear).disposition, injunction.evaluate(clear).test) == (Disposition.GRANTED, "mandatory")


def test_the_ninth_circuit_options_do_not_reach_the_second_circuit() -> None:
    """Options belong to a circuit: the Ninth's public-interest threshold leaves a Second Circuit case alone."""
    loose = Circuits(ca9=NinthCircuit(public_interest_threshold=PublicInterest.NEUTRAL))
    assert injunction.evaluate(_in("ca2", NEUTRAL), loose).disposition is Disposition.DENIED
    assert injunction.evaluate(_in("cand", NEUTRAL), loose).disposition is Disposition.GRANTED


@pytest.mark.parametrize("standard", [SecondCircuit(), SecondCircuit(government_acts_under_statute=False, first_amendment_presumption=False)])
def test_the_second_circuit_holds_every_property(standard: SecondCircuit) -> None:
    """The property checks of `injunction.testing` hold for the other circuit too (the default
    exhaustively in test_properties, with every registered standard)."""
    results = verify(standard, examples=40)
    assert [r.property for r in results if not r.held] == []


def test_the_public_interest_must_favor_an_injunction() -> None:
    """Clapper, 804 F.3d at 622: the movant must show "that an injunction is in
    the public interest" (quoted with that pin in Volokh v. James, S.D.N.Y. 2023):
    a neutral public interest does not suffice."""
    decision = injunction.evaluate(_in("ca2", NEUTRAL))
    assert decision.disposition is Disposition.DENIED and decision.failed["serious_questions"] == ("public_interest",)

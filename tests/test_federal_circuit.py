"""The Federal Circuit's patent law, by example: what a patentee must show,
how a record says it, the law of the day (eBay, Apple I), and which records
the Federal Circuit's law decides (Hybritech)."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest

import injunction
from injunction import Balance, Claim, Disposition, FederalCircuit, Harm, Merits, MixedLawError, PublicInterest, Statute

from .helpers import make_case


def patent_case(merits: Any = None, harm: Any = None, balance: Any = None, public: Any = None, *, court: str = "cand", day: datetime.date | None = None) -> injunction.Case:
    """A patent record: one claim under the Patent Act, in *court*, decided on *day*."""
    claim = Claim(name="Infringement of the '123 patent", merits=merits, arises_under=Statute.PATENT_ACT)
    case = make_case(harm=harm, balance=balance, public=public, claims=(claim,))
    return attrs.evolve(case, case=attrs.evolve(case.case, court=court, decided=day))


def test_likely_infringement_of_a_patent_likely_valid_with_the_other_factors_is_granted() -> None:
    decision = injunction.evaluate(patent_case(Merits.LIKELY, Harm.LIKELY, Balance.FAVORS, PublicInterest.FAVORS), FederalCircuit())
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, "winter")
    assert "will likely prove infringement" in " ".join(str(decision).split())


def test_a_substantial_question_of_validity_defeats_likely_success() -> None:
    """Amazon.com: a substantial question the patentee cannot show lacks substantial merit leaves
    the claim at most serious questions, and there is no serious-questions path."""
    decision = injunction.evaluate(
        patent_case(injunction.Finding.at_most(Merits.SERIOUS_QUESTIONS), Harm.LIKELY, Balance.SHARPLY_FAVORS, PublicInterest.FAVORS),
        FederalCircuit(),
    )
    assert decision.disposition is Disposition.DENIED
    rule = FederalCircuit().rule_for(patent_case())
    assert isinstance(rule, injunction.AnyOf) and [path.name for path in rule.rules] == ["winter"]


def test_no_presumption_of_harm_after_ebay_but_a_clear_showing_raised_one_before() -> None:
    def clear(day: datetime.date) -> injunction.Case:
        return patent_case(Merits.CLEAR, balance=Balance.FAVORS, public=PublicInterest.FAVORS, day=day)

    before = injunction.evaluate(clear(datetime.date(2005, 1, 1)), FederalCircuit())
    after = injunction.evaluate(clear(datetime.date(2007, 1, 1)), FederalCircuit())
    assert before.disposition is Disposition.GRANTED and before.presumed
    assert after.disposition is Disposition.UNDETERMINED  # harm is not stated, and nothing presumes it
    # The presumption was a default: a stated harm finding governed even then.
    rebutted = patent_case(Merits.CLEAR, injunction.Finding.at_most(Harm.POSSIBLE), Balance.FAVORS, PublicInterest.FAVORS, day=datetime.date(2005, 1, 1))
    assert injunction.evaluate(rebutted, FederalCircuit()).disposition is Disposition.DENIED
    # by_date=False: current law whatever the date.
    current = injunction.evaluate(clear(datetime.date(2005, 1, 1)), FederalCircuit(by_date=False))
    assert current.disposition is Disposition.UNDETERMINED


def test_the_harm_must_be_caused_by_the_infringement_from_apple_i() -> None:
    later = FederalCircuit().rule_for(patent_case(day=datetime.date(2013, 1, 1)))
    earlier = FederalCircuit().rule_for(patent_case(day=datetime.date(2010, 1, 1)))
    assert isinstance(later, injunction.AnyOf) and isinstance(earlier, injunction.AnyOf)
    assert "causal nexus" in later.statement and "causal nexus" not in earlier.statement


def test_a_patent_claim_in_any_district_court_takes_the_federal_circuits_law() -> None:
    """Hybritech: the Ninth Circuit's forum (cand) and a Fourth Circuit forum (ncmd, whose own
    law is not encoded) alike; the record's governing_law overrides."""
    circuits = injunction.Circuits()
    assert circuits.standard_for(patent_case()) == FederalCircuit()
    assert circuits.standard_for(patent_case(court="ncmd")) == FederalCircuit()
    ninth = patent_case()
    ninth = attrs.evolve(ninth, case=attrs.evolve(ninth.case, governing_law="ca9"))
    assert circuits.standard_for(ninth) == injunction.NinthCircuit()
    with pytest.raises(injunction.CourtNotEncodedError):
        circuits.standard_for(patent_case(court="cal"))  # a state court


def test_a_record_mixing_patent_and_other_claims_is_refused() -> None:
    mixed = patent_case(Merits.LIKELY)
    mixed = attrs.evolve(mixed, claims=(*mixed.claims, Claim(name="Trade dress", merits=Merits.LIKELY, arises_under=Statute.LANHAM_ACT)))
    with pytest.raises(MixedLawError, match="split it"):
        injunction.evaluate(mixed)
    governed = attrs.evolve(mixed, case=attrs.evolve(mixed.case, governing_law="cafc"))
    assert injunction.Circuits().standard_for(governed) == FederalCircuit()


def test_stays_take_nken() -> None:
    stay = make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.EVEN, public=PublicInterest.NEUTRAL, kind=injunction.MotionKind.STAY_PENDING_APPEAL)
    assert injunction.evaluate(stay, FederalCircuit()).disposition is Disposition.GRANTED
    weak = attrs.evolve(stay, claims=(Claim(name="Appeal", merits=Merits.SERIOUS_QUESTIONS),))
    assert injunction.evaluate(weak, FederalCircuit()).disposition is Disposition.DENIED

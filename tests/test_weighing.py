"""A court's discretionary weighing (`Weighing`): decided in its clear cases,
undetermined otherwise, with the weighing named as the court's, never guessed.

The example is the shape of the Third Circuit's test as Reilly v. City of
Harrisburg describes it (gateways, then all the factors weighed), built here
from the rule vocabulary with Winter's pin, as a user would compose a test of
their own; the library's own circuits cite their own authorities.
"""

from __future__ import annotations

import pytest

import injunction
from injunction import (
    AnyOf,
    Balance,
    Disposition,
    Factor,
    Harm,
    Merits,
    PublicInterest,
    Requirement,
    Weighing,
    at_most,
)
from injunction.authorities import WINTER_20
from injunction.testing import verify

from . import broken_standards as broken

BALANCE_FAVORS = Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, authority=WINTER_20)
PUBLIC_FAVORS = Requirement(Factor.PUBLIC_INTEREST, at_least=PublicInterest.FAVORS, authority=WINTER_20)
WEIGHED = Weighing(
    BALANCE_FAVORS & PUBLIC_FAVORS,
    at_most(Factor.BALANCE_OF_HARDSHIPS, Balance.AGAINST, authority=WINTER_20)
    & at_most(Factor.PUBLIC_INTEREST, PublicInterest.AGAINST, authority=WINTER_20),
    statement="all the factors, taken together, balance in favor of relief",
    authority=WINTER_20,
)
GATEWAYS_THEN_WEIGHING = AnyOf(
    (
        (
            Requirement(Factor.MERITS, at_least=Merits.SERIOUS_QUESTIONS, authority=WINTER_20)
            & Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=WINTER_20)
            & WEIGHED
        ).named("gateways_then_weighing"),
    ),
    name="preliminary_injunction",
    statement="Two gateway factors, then every factor weighed.",
    authority=WINTER_20,
)


def _decide(balance: str, public: str) -> injunction.Decision:
    parler = injunction.example("parler")
    changes = {"merits": "likely", "irreparable_harm.likelihood": "likely", "balance_of_hardships.tips": balance, "public_interest.weighs": public}
    return injunction.what_if(parler, changes, standard=GATEWAYS_THEN_WEIGHING).after


@pytest.mark.parametrize(
    ("balance", "public", "disposition"),
    [
        ("favors", "favors", Disposition.GRANTED),  # every factor for relief: the clear case for it
        ("against", "against", Disposition.DENIED),  # both weighed factors against: the clear case against
        ("against", "favors", Disposition.UNDETERMINED),  # they point both ways: the court weighs
        ("even", "neutral", Disposition.UNDETERMINED),
    ],
)
def test_a_weighing_is_decided_only_in_its_clear_cases(balance: str, public: str, disposition: Disposition) -> None:
    decision = _decide(balance, public)
    assert decision.disposition is disposition
    if disposition is Disposition.UNDETERMINED:
        # Every finding is stated, so no finding would settle it: the weighing is the court's.
        assert decision.needs == ()


def test_an_open_weighing_is_named_as_the_courts_in_the_analysis() -> None:
    text = injunction.to_text(_decide("against", "favors"), style="court")
    assert "the court weighs" in text.lower()
    assert "Winter" in text


def test_at_most_is_the_negated_requirement_one_level_up() -> None:
    assert repr(at_most(Factor.PUBLIC_INTEREST, PublicInterest.AGAINST, authority=WINTER_20)) == "~(public_interest >= neutral)"
    with pytest.raises(ValueError, match="top of its scale"):
        at_most(Factor.MERITS, Merits.CLEAR, authority=WINTER_20)


def test_a_weighing_cites_the_authority_that_weighs() -> None:
    with pytest.raises(ValueError, match="authority that weighs"):
        Weighing(BALANCE_FAVORS, at_most(Factor.BALANCE_OF_HARDSHIPS, Balance.AGAINST, authority=WINTER_20), authority=())


def test_a_weighing_holds_every_property_exhaustively() -> None:
    results = verify(GATEWAYS_THEN_WEIGHING, exhaustive=True, examples=20)
    assert all(r.held for r in results), [r for r in results if not r.held]
    assert "weighing" in {r.property for r in results}


@pytest.mark.parametrize("exhaustive", [False, True], ids=["examples", "exhaustive"])
def test_clear_cases_that_overlap_are_caught(exhaustive: bool) -> None:
    results = {r.property: r for r in verify(broken.OVERLAPPING_WEIGHING, exhaustive=exhaustive, examples=100)}
    assert not results["weighing"].held
    assert "both clear cases" in results["weighing"].violation.detail  # type: ignore[union-attr]


def test_a_receipt_of_a_weighing_reads_back() -> None:
    decision = _decide("against", "favors")
    assert injunction.Decision.from_dict(decision.to_dict()) == decision

"""The Eighth Circuit: the Dataphase factors weighed (a fair chance of success
is enough for most motions), likely irreparable harm required, and likely
success against a statute (Rounds, from June 27, 2008)."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest

import injunction
from injunction import Balance, Challenged, Circuits, Disposition, EighthCircuit, Harm, Merits, MotionKind, PublicInterest
from injunction.standards.eighth_circuit import ROUNDS_DECIDED
from injunction.testing import verify

from .helpers import make_case


def _case(*, challenged: Challenged | None = None, all_relief: bool | None = None, decided: datetime.date | None = None, **findings: Any) -> injunction.Case:
    """A case in the District of Minnesota, whose law is the Eighth Circuit's."""
    case = make_case(**findings)
    return attrs.evolve(
        case,
        case=attrs.evolve(case.case, court="mnd", decided=decided),
        motion=attrs.evolve(case.motion, challenged=challenged, all_relief=all_relief),
    )


def _decide(*, standard: EighthCircuit | None = None, **kwargs: Any) -> injunction.Decision:
    return injunction.evaluate(_case(**kwargs), None if standard is None else Circuits(ca8=standard))


FAIR_CHANCE: dict[str, Any] = {"merits": Merits.SERIOUS_QUESTIONS, "harm": Harm.LIKELY, "balance": Balance.FAVORS, "public": PublicInterest.NEUTRAL}


def test_a_fair_chance_with_the_equities_for_relief_is_the_clear_case_for_it() -> None:
    """Dataphase, 640 F.2d at 113: a "probability" of success, read as a fair chance of prevailing
    (this scale's serious_questions), weighed with a balance for the movant and a public interest
    that does not weigh against relief."""
    decision = _decide(**FAIR_CHANCE)
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, "dataphase")
    assert decision.trace.authorities[0].source.id == "dataphase"


@pytest.mark.parametrize(
    ("change", "why"),
    [({"merits": Merits.NONE}, "no chance of success at all"), ({"balance": Balance.AGAINST, "public": PublicInterest.AGAINST}, "both equities against")],
)
def test_the_clear_cases_against_relief(change: dict[str, Any], why: str) -> None:
    assert _decide(**{**FAIR_CHANCE, **change}).disposition is Disposition.DENIED, why


@pytest.mark.parametrize(
    "change",
    [{"balance": Balance.EVEN}, {"public": PublicInterest.AGAINST}, {"balance": Balance.AGAINST, "public": PublicInterest.FAVORS}],
)
def test_between_the_clear_cases_the_court_weighs(change: dict[str, Any]) -> None:
    """No single factor is dispositive (Dataphase): where the factors point both ways the weighing is the court's."""
    decision = _decide(**{**FAIR_CHANCE, **change})
    assert decision.disposition is Disposition.UNDETERMINED and decision.needs == ()


def test_irreparable_harm_must_be_likely() -> None:
    """Winter, 555 U.S. at 22; Watkins (without a page): no likely harm, no injunction, whatever the weighing."""
    decision = _decide(**{**FAIR_CHANCE, "harm": Harm.POSSIBLE, "merits": Merits.CLEAR, "balance": Balance.SHARPLY_FAVORS})
    assert decision.disposition is Disposition.DENIED and decision.failed["dataphase"] == ("irreparable_harm",)


def test_against_a_statute_the_movant_must_be_likely_to_prevail() -> None:
    """Rounds (en banc): a fair chance does not do against a statute; likely success does."""
    against_statute = _decide(challenged=Challenged.STATUTE, government=True, **FAIR_CHANCE)
    assert against_statute.disposition is Disposition.DENIED and against_statute.failed["rounds"] == ("merits",)
    likely = _decide(challenged=Challenged.STATUTE, government=True, **{**FAIR_CHANCE, "merits": Merits.LIKELY})
    assert (likely.disposition, likely.test) == (Disposition.GRANTED, "rounds")


def test_a_regulation_is_not_a_statute_here() -> None:
    """Rounds concerned a statute, the product of democratic processes: other government action takes Dataphase's weighing."""
    assert _decide(challenged=Challenged.REGULATION, government=True, **FAIR_CHANCE).disposition is Disposition.GRANTED


def test_the_statute_rule_is_the_law_from_rounds() -> None:
    """A record decided before June 27, 2008 gets Dataphase's weighing against a statute too, and the analysis says why."""
    before = _decide(challenged=Challenged.STATUTE, government=True, decided=ROUNDS_DECIDED - datetime.timedelta(days=1), **FAIR_CHANCE)
    assert before.disposition is Disposition.GRANTED and before.test == "dataphase"
    assert "postdates the record" in before.trace.statement
    on_the_day = _decide(challenged=Challenged.STATUTE, government=True, decided=ROUNDS_DECIDED, **FAIR_CHANCE)
    assert on_the_day.disposition is Disposition.DENIED


def test_the_statute_rule_is_an_option() -> None:
    loose = EighthCircuit(statute_rule=False)
    assert _decide(standard=loose, challenged=Challenged.STATUTE, government=True, **FAIR_CHANCE).disposition is Disposition.GRANTED


def test_all_the_relief_makes_the_burden_heavy() -> None:
    """Dakota Industries, 944 F.2d at 440: relief that gives substantially what trial would is a heavy burden,
    read as likely success; the option all_relief_heavy=False weighs it like any other."""
    heavy = _decide(all_relief=True, **FAIR_CHANCE)
    assert heavy.disposition is Disposition.DENIED and heavy.failed["heavy_burden"] == ("merits",)
    assert _decide(standard=EighthCircuit(all_relief_heavy=False), all_relief=True, **FAIR_CHANCE).disposition is Disposition.GRANTED


def test_the_preferred_wording_after_winter_is_an_option() -> None:
    """Sierra Club, 645 F.3d at 993-94: "likely to succeed" is the preferred wording; as an option, a fair
    chance alone then clearly falls short."""
    likely = EighthCircuit(general_merits=Merits.LIKELY)
    assert _decide(standard=likely, **FAIR_CHANCE).disposition is Disposition.DENIED
    assert _decide(standard=likely, **{**FAIR_CHANCE, "merits": Merits.LIKELY}).disposition is Disposition.GRANTED
    with pytest.raises(ValueError, match="general_merits"):
        EighthCircuit(general_merits=Merits.CLEAR)


def test_a_stay_takes_nken_s_factors() -> None:
    """Brady v. NFL applied them (cited without a page): a strong showing, likely harm, the equities weighed
    (merged when the government opposes the stay)."""
    stay = {**FAIR_CHANCE, "kind": MotionKind.STAY_PENDING_APPEAL}
    assert _decide(**stay).disposition is Disposition.DENIED  # a fair chance is no strong showing
    assert _decide(**{**stay, "merits": Merits.LIKELY}).disposition is Disposition.GRANTED
    assert _decide(government=True, **{**stay, "merits": Merits.LIKELY, "balance": Balance.EVEN}).disposition is Disposition.DENIED


class _AgainstAStatute:
    """The Eighth Circuit's standard for motions that challenge a statute: the exhaustive space states no
    ``challenged``, so this puts the Rounds path on the grid."""

    def rule_for(self, case: injunction.Case) -> injunction.Rule:
        return EighthCircuit().rule_for(attrs.evolve(case, motion=attrs.evolve(case.motion, challenged=Challenged.STATUTE)))


def test_the_rounds_path_holds_every_property_exhaustively() -> None:
    """About 18 seconds of CI time: the Rounds path over every fact pattern (the default standard, whose
    records state no ``challenged``, is checked so with the registry's standards in tests/test_properties.py)."""
    results = verify(_AgainstAStatute(), exhaustive=True, examples=30)
    assert [r.property for r in results if not r.held] == []
    assert "weighing" in {r.property for r in results}


@pytest.mark.parametrize("standard", [EighthCircuit(general_merits=Merits.LIKELY), EighthCircuit(statute_rule=False, all_relief_heavy=False)])
def test_the_options_hold_every_property(standard: EighthCircuit) -> None:
    results = verify(standard, examples=60)
    assert [r.property for r in results if not r.held] == []

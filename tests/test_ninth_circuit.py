"""The Ninth Circuit standard, point by point, with the authority for each."""

from __future__ import annotations

import datetime
import itertools
from typing import Any

import attrs
import pytest

import injunction
from injunction import (
    Balance,
    Disposition,
    Finding,
    Harm,
    Merits,
    MotionKind,
    NinthCircuit,
    PublicInterest,
    Reach,
    Relief,
)

from .conftest import ROOT
from .helpers import make_case

# Every finding met on the Winter path.
STRONG: dict[str, Any] = {
    "merits": Merits.LIKELY,
    "harm": Harm.LIKELY,
    "balance": Balance.FAVORS,
    "public": PublicInterest.FAVORS,
}


def decide(**findings: Any) -> injunction.Decision:
    return injunction.evaluate(make_case(**{**STRONG, **findings}))


def test_winter_grants_on_all_four_factors() -> None:
    """Winter, 555 U.S. at 20: likely success, likely harm, equities and public interest."""
    decision = decide()
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, "winter")
    assert decision.failed["serious_questions"] == ("balance_of_hardships",)


def test_possible_harm_fails_on_every_path() -> None:
    """Winter, 555 U.S. at 22: harm must be likely; possible harm is not enough."""
    decision = decide(harm=Harm.POSSIBLE, balance=Balance.SHARPLY_FAVORS)
    assert decision.disposition is Disposition.DENIED
    assert all("irreparable_harm" in failed for failed in decision.failed.values())


def test_serious_questions_need_a_balance_tipping_sharply() -> None:
    """Cottrell, 632 F.3d at 1135: serious questions suffice only with a sharply tipping balance."""
    assert decide(merits=Merits.SERIOUS_QUESTIONS).disposition is Disposition.DENIED
    sharply = decide(merits=Merits.SERIOUS_QUESTIONS, balance=Balance.SHARPLY_FAVORS)
    assert (sharply.disposition, sharply.test) == (Disposition.GRANTED, "serious_questions")


def test_the_serious_questions_path_can_be_switched_off() -> None:
    """Option (a): Winter alone, the reading Starbucks (2024) may require."""
    case = make_case(merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS)
    decision = injunction.evaluate(case, NinthCircuit(serious_questions_path=False))
    assert decision.disposition is Disposition.DENIED
    assert list(decision.failed) == ["winter"]


def test_the_public_interest_must_favor_relief_unless_it_reaches_only_the_parties() -> None:
    """Winter's words, "an injunction is in the public interest" (555 U.S. at
    20): a neutral public interest fails; relief that reaches only the parties
    may rest on a neutral one (Stormans, cited without a page). The option fixes one
    threshold for every motion, for readers who disagree."""
    neutral = make_case(**{**STRONG, "public": PublicInterest.NEUTRAL})
    assert injunction.evaluate(neutral).failed["winter"] == ("public_interest",)
    parties = make_case(**{**STRONG, "public": PublicInterest.NEUTRAL}, reach=Reach.PARTIES)
    assert injunction.evaluate(parties).disposition is Disposition.GRANTED
    assert "reaches only the parties" in " ".join(str(injunction.evaluate(parties)).split())
    beyond = make_case(**{**STRONG, "public": PublicInterest.NEUTRAL}, reach=Reach.BEYOND_PARTIES)
    assert injunction.evaluate(beyond).disposition is Disposition.DENIED
    winter = NinthCircuit(public_interest_threshold=PublicInterest.FAVORS)
    assert injunction.evaluate(parties, winter).disposition is Disposition.DENIED
    stormans = NinthCircuit(public_interest_threshold=PublicInterest.NEUTRAL)
    assert injunction.evaluate(neutral, stormans).disposition is Disposition.GRANTED
    with pytest.raises(ValueError, match="public_interest_threshold must be None, PublicInterest.NEUTRAL or PublicInterest.FAVORS, got PublicInterest.AGAINST"):
        NinthCircuit(public_interest_threshold=PublicInterest.AGAINST)


def test_mandatory_relief_needs_the_law_and_facts_to_clearly_favor_the_movant() -> None:
    """Garcia (en banc), quoting Anderson, 612 F.2d at 1114: likely success is not enough."""
    likely = decide(relief=Relief.MANDATORY, very_serious=True)
    assert likely.disposition is Disposition.DENIED
    assert likely.failed == {"mandatory": ("merits",)}
    clear = decide(relief=Relief.MANDATORY, merits=Merits.CLEAR, very_serious=True)
    assert (clear.disposition, clear.test) == (Disposition.GRANTED, "mandatory")


def test_mandatory_relief_needs_extreme_or_very_serious_damage() -> None:
    """Not in doubtful cases: without a very-serious-damage finding it cannot be granted."""
    open_ = decide(relief=Relief.MANDATORY, merits=Merits.CLEAR)
    assert open_.disposition is Disposition.UNDETERMINED
    assert open_.needs == ("irreparable_harm",)
    assert open_.settles["irreparable_harm"] == (
        {"finding": {"likelihood": "likely", "very_serious": False}, "disposition": "denied"},
        {"finding": {"likelihood": "likely", "very_serious": True}, "disposition": "granted"},
    )
    assert decide(relief=Relief.MANDATORY, merits=Merits.CLEAR, very_serious=False).disposition is Disposition.DENIED


def test_mandatory_relief_has_no_serious_questions_path_unless_chosen() -> None:
    """Doctrine file 03: off by default; an option turns the Cottrell path on."""
    case = make_case(
        relief=Relief.MANDATORY, merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY,
        balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS,
    )
    assert injunction.evaluate(case).disposition is Disposition.DENIED
    loose = injunction.evaluate(case, NinthCircuit(mandatory_serious_questions=True))
    assert (loose.disposition, loose.test) == (Disposition.GRANTED, "serious_questions")


def test_government_opponent_merges_balance_and_public_interest_into_one_weighing() -> None:
    """Nken, 556 U.S. at 435; Drakes Bay, 747 F.3d at 1092: when the government
    opposes, the balance and the public interest are one factor on the balance
    scale. A stated balance governs and the public interest is only quoted."""
    decision = decide(government=True, public=PublicInterest.AGAINST)
    mergers = [n for n in decision.trace.walk() if n.kind == "merger"]
    assert mergers and all(a.source.id == "nken" for m in mergers for a in m.authorities[:1])
    assert (decision.disposition, decision.presumed, decision.stable) == (Disposition.GRANTED, (), True)
    assert mergers[0].finding == Finding.exact(Balance.FAVORS)
    private = decide(public=PublicInterest.AGAINST)
    assert private.failed["winter"] == ("public_interest",)
    assert not [n for n in private.trace.walk() if n.kind == "merger"]


def test_without_a_balance_the_public_interest_is_the_weighing() -> None:
    """Where the record states no balance, the public interest is read on the
    balance scale (against as at most against, favors as at least favors), a
    default a stated balance would defeat; a neutral one says nothing."""
    against = decide(government=True, balance=None, public=PublicInterest.AGAINST)
    assert against.disposition is Disposition.DENIED
    assert against.failed["winter"] == ("balance_of_hardships", "public_interest")
    assert against.presumed == ("balance_of_hardships.tips",) and not against.stable
    favors = decide(government=True, balance=None, public=PublicInterest.FAVORS)
    assert (favors.disposition, favors.test, favors.presumed) == (Disposition.GRANTED, "winter", ("balance_of_hardships.tips",))
    assert favors.rebuttable == ("balance_of_hardships.tips",)
    assert decide(government=True, balance=None, public=PublicInterest.NEUTRAL).disposition is Disposition.UNDETERMINED


def test_merged_factor_must_tip_sharply_on_the_serious_questions_path() -> None:
    """Doctrine file 04: our reading; the merged inquiry meets the path's own threshold."""
    decision = decide(government=True, merits=Merits.SERIOUS_QUESTIONS)
    assert decision.disposition is Disposition.DENIED
    assert decision.failed["serious_questions"] == ("balance_of_hardships", "public_interest")


def test_constitutional_claim_likely_to_succeed_supplies_harm_and_public_interest() -> None:
    """Melendres, 695 F.3d 990 (cited without a page); Elrod, 427 U.S. at 373 (plurality opinion)."""
    case = make_case(merits=Merits.LIKELY, constitutional=True, balance=Balance.FAVORS)
    decision = injunction.evaluate(case)
    assert (decision.disposition, decision.test) == (Disposition.GRANTED, "winter")
    presumptions = [n for n in decision.trace.walk() if n.kind == "presumption" and n.value is injunction.Truth.TRUE]
    assert {p.factor for p in presumptions} == {injunction.Factor.IRREPARABLE_HARM, injunction.Factor.PUBLIC_INTEREST}
    off = injunction.evaluate(case, NinthCircuit(constitutional_presumption=None))
    assert off.disposition is Disposition.UNDETERMINED


def test_the_constitutional_presumption_trigger_is_an_option() -> None:
    """Option (d): serious questions on a constitutional claim, for the looser reading."""
    case = make_case(merits=Merits.SERIOUS_QUESTIONS, constitutional=True, balance=Balance.SHARPLY_FAVORS)
    assert injunction.evaluate(case).disposition is Disposition.UNDETERMINED
    loose = injunction.evaluate(case, NinthCircuit(constitutional_presumption=Merits.SERIOUS_QUESTIONS))
    assert (loose.disposition, loose.test) == (Disposition.GRANTED, "serious_questions")


def test_stays_follow_leiva_perez_two_routes() -> None:
    """Leiva-Perez: probable harm and either a strong showing with a public interest
    not weighing heavily against, or a substantial case with a sharply tipping balance."""
    stay = MotionKind.STAY_PENDING_APPEAL
    strong = decide(kind=stay, balance=Balance.AGAINST, public=PublicInterest.NEUTRAL)
    assert (strong.disposition, strong.test, strong.standard) == (Disposition.GRANTED, "winter", "stay_pending_appeal")
    substantial = decide(kind=stay, merits=Merits.SERIOUS_QUESTIONS, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.AGAINST)
    assert (substantial.disposition, substantial.test) == (Disposition.GRANTED, "serious_questions")
    possible = decide(kind=stay, harm=Harm.POSSIBLE)
    assert possible.disposition is Disposition.DENIED


@pytest.mark.parametrize(
    ("kind", "source"),
    [
        (MotionKind.PRELIMINARY_INJUNCTION, "winter"),
        (MotionKind.TEMPORARY_RESTRAINING_ORDER, "stuhlbarg"),
        (MotionKind.INJUNCTION_PENDING_APPEAL, "feldman"),
        (MotionKind.STAY_PENDING_APPEAL, "nken"),
    ],
)
def test_the_trace_names_the_standard_that_applied(kind: MotionKind, source: str) -> None:
    """Each kind of motion gets its standard, named and cited at the root of the trace."""
    decision = decide(kind=kind)
    assert decision.standard == kind.value
    assert decision.trace.authorities[0].source.id == source


def test_every_requirement_in_every_standard_is_cited() -> None:
    """No node of any Ninth Circuit test lacks an authority."""
    options = itertools.product(
        [PublicInterest.NEUTRAL, PublicInterest.FAVORS], [True, False], [True, False], [Merits.LIKELY, None]
    )
    for threshold, sq, mandatory_sq, presumption in options:
        standard = NinthCircuit(
            public_interest_threshold=threshold,
            serious_questions_path=sq,
            mandatory_serious_questions=mandatory_sq,
            constitutional_presumption=presumption,
        )
        for kind, relief, government in itertools.product(MotionKind, Relief, [False, True]):
            case = make_case(kind=kind, relief=relief, government=government, constitutional=True)
            for node in injunction.evaluate(case, standard).trace.walk():
                if node.kind in ("requirement", "presumption", "merger"):
                    assert node.authorities, node
                if node.kind == "any_of" and node.name is not None:
                    assert node.authorities, node


def test_parler_reads_like_the_court() -> None:
    """Parler v. AWS: denied on both paths for want of merits, equities and
    the public interest ("that the public interests lie in granting the
    injunction": not shown); every claim discussed; harm not found and not
    needed to decide."""
    case = injunction.example("parler")
    decision = injunction.evaluate(case)
    assert decision.disposition is Disposition.DENIED
    assert decision.failed == {
        "winter": ("merits", "balance_of_hardships", "public_interest"),
        "serious_questions": ("merits", "balance_of_hardships", "public_interest"),
    }
    assert decision.met == {"winter": (), "serious_questions": ()}
    court = " ".join(str(decision).split())  # the analysis is wrapped at 88 columns
    for claim in case.claims:
        assert claim.name in court
    assert "Parler LLC has not shown serious questions going to the merits, let alone a likelihood" in court
    assert "2. Balance of hardships, in the alternative" in court
    assert "In the alternative, Parler LLC has not shown that the balance of hardships tips in the movant's favor" in court
    assert "In the alternative, Parler LLC has not shown that relief is in the public interest" in court
    assert "does not reach irreparable harm" in court
    assert "Winter v. Nat. Res. Def. Council, Inc., 555 U.S. 7, 20 (2008)" in court
    assert "All. for the Wild Rockies v. Cottrell, 632 F.3d 1127, 1135 (9th Cir. 2011)" in court
    assert court.rstrip().endswith("is DENIED.")
    complete = " ".join(injunction.to_text(decision, "complete").split())
    assert complete.count("The claim shows neither serious questions going to the merits nor a likelihood of success") == 3
    assert "Application. No finding in the record." in complete  # irreparable harm
    assert "Not needed to decide" in complete
    assert "Stormans" not in complete  # the relief's reach is not stated: Winter's words govern


def test_an_undetermined_analysis_says_what_would_settle_it() -> None:
    """The text names each finding that would settle an open motion, and how."""
    decision = decide(merits=Merits.SERIOUS_QUESTIONS, balance=Finding.at_least(Balance.FAVORS))
    assert decision.disposition is Disposition.UNDETERMINED
    assert decision.needs == ("balance_of_hardships",)
    assert "balance of hardships: favors (denied), sharply favors (granted)" in " ".join(str(decision).split())


# -- doctrine by date and the threshold line -----------------------------------------


def _dated(case: injunction.Case, day: datetime.date | None) -> injunction.Case:
    return attrs.evolve(case, case=attrs.evolve(case.case, decided=day))


def test_before_winter_a_possibility_of_irreparable_harm_was_enough() -> None:
    """Chalk's sliding scale (before November 12, 2008): probable success and a
    possibility of irreparable injury grant; after Winter the same findings fail."""
    case = make_case(merits=Merits.LIKELY, harm=Harm.POSSIBLE, balance=Balance.EVEN, public=PublicInterest.FAVORS)
    before = injunction.evaluate(_dated(case, datetime.date(2008, 11, 11)))
    assert (before.disposition, before.test) == (Disposition.GRANTED, "winter")
    assert "Chalk v. U.S. Dist. Ct." in str(before) and "before Nov. 12, 2008" in before.trace.statement
    after = injunction.evaluate(_dated(case, datetime.date(2008, 11, 12)))
    assert after.disposition is Disposition.DENIED
    assert after.failed["winter"] == ("irreparable_harm", "balance_of_hardships")


def test_between_winter_and_cottrell_serious_questions_did_not_suffice() -> None:
    case = make_case(
        merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS
    )
    window = injunction.evaluate(_dated(case, datetime.date(2010, 6, 1)))
    assert window.disposition is Disposition.DENIED and list(window.failed) == ["winter"]
    assert "not yet settled" in window.trace.statement
    cottrell = injunction.evaluate(_dated(case, datetime.date(2011, 1, 25)))
    assert (cottrell.disposition, cottrell.test) == (Disposition.GRANTED, "serious_questions")


def test_a_record_without_a_date_gets_current_law_and_says_so() -> None:
    case = make_case(merits=Merits.LIKELY, harm=Harm.POSSIBLE)
    decision = injunction.evaluate(_dated(case, None))
    assert "The record gives no date, so current law applies" in decision.trace.statement
    assert "gives no date" in " ".join(str(decision).split())


def test_the_date_can_be_fixed_or_ignored() -> None:
    case = _dated(make_case(merits=Merits.LIKELY, harm=Harm.POSSIBLE), datetime.date(2005, 1, 1))
    assert injunction.evaluate(case).disposition is Disposition.GRANTED
    assert injunction.evaluate(case, NinthCircuit(by_date=False)).disposition is Disposition.DENIED
    assert injunction.evaluate(case, NinthCircuit(as_of=datetime.date(2024, 1, 1))).disposition is Disposition.DENIED
    with pytest.raises(TypeError, match="as_of must be a datetime.date or None, got '2024-01-01'"):
        NinthCircuit(as_of="2024-01-01")  # type: ignore[arg-type]  # a string, on purpose


def test_the_threshold_line_ends_the_inquiry_without_likely_success() -> None:
    """Eleveurs and Garcia: with the option, serious questions no longer suffice."""
    case = make_case(
        merits=Merits.SERIOUS_QUESTIONS, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS
    )
    assert injunction.evaluate(case).disposition is Disposition.GRANTED
    strict = injunction.evaluate(case, NinthCircuit(likely_success_threshold=True))
    assert strict.disposition is Disposition.DENIED
    assert "the threshold line, Eleveurs" in strict.trace.statement


@pytest.mark.parametrize("day", [datetime.date(2000, 1, 1), datetime.date(2010, 1, 1), None])
def test_every_doctrine_holds_every_property(day: datetime.date | None) -> None:
    from injunction.testing import verify

    broken = [r for r in verify(NinthCircuit(as_of=day), examples=40) if not r.held]
    assert broken == []


def test_a_stated_finding_of_no_harm_defeats_the_constitutional_presumption() -> None:
    """Melendres with irreparable harm stated as none: the court's finding
    governs, and the motion is denied (before issue 16 the presumption
    overrode it and the library granted). With no harm finding at all, the
    likely constitutional claim presumes it, and the decision says so."""
    melendres = injunction.load(ROOT / "tests" / "cases" / "ca9" / "2012-melendres-v-arpaio.json")
    harm = melendres.irreparable_harm
    found_none = attrs.evolve(melendres, irreparable_harm=attrs.evolve(harm, likelihood=Finding.exact(Harm.NONE)))
    denied = injunction.evaluate(found_none)
    assert denied.disposition is Disposition.DENIED and denied.presumed == ()
    assert "Irreparable harm is not presumed" in str(denied) and "a stated finding governs" in str(denied)
    silent = attrs.evolve(melendres, irreparable_harm=attrs.evolve(harm, likelihood=Finding.unknown(Harm)))
    presumed = injunction.evaluate(silent)
    assert presumed.disposition is Disposition.GRANTED and presumed.presumed == ("irreparable_harm.likelihood",)
    assert not presumed.stable and presumed.to_dict()["presumed"] == ["irreparable_harm.likelihood"]
    assert "would govern instead" in str(presumed)


@pytest.mark.parametrize(("weighs", "disposition"), [(PublicInterest.AGAINST, "granted"), (PublicInterest.SHARPLY_AGAINST, "denied")])
def test_a_stay_fails_on_the_public_interest_only_when_it_weighs_heavily_against(weighs: PublicInterest, disposition: str) -> None:
    """Leiva-Perez's strong-showing route: a public interest that "does not
    weigh heavily against a stay". On five levels, a public interest against
    the stay does not defeat it; one sharply against does (the balance here
    does not tip sharply, so the substantial-case route cannot grant)."""
    case = make_case(
        kind=MotionKind.STAY_PENDING_APPEAL, merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.EVEN, public=weighs
    )
    assert injunction.evaluate(case).disposition.value == disposition


# --- The Lanham Act presumption (15 U.S.C. § 1116(a)) and the constitutional presumption's scope ---


def _trademark_motion(**changes: Any) -> injunction.Case:
    """A corpus-style record: a trademark owner's preliminary injunction on a Lanham Act claim likely to succeed."""
    case = injunction.Case(
        case=injunction.Caption(name="Mark Co. v. Copy Inc.", court="cand", decided=datetime.date(2023, 3, 1)),
        motion=injunction.Motion(
            kind=MotionKind.PRELIMINARY_INJUNCTION, relief=Relief.PROHIBITORY, movant="Mark Co.", opponent="Copy Inc."
        ),
        claims=(
            injunction.Claim(
                name="Trademark infringement (15 U.S.C. § 1114)", merits=Merits.LIKELY, arises_under=injunction.Statute.LANHAM_ACT
            ),
        ),
        balance_of_hardships=injunction.BalanceOfHardships(tips=Balance.FAVORS),
        public_interest=injunction.PublicInterestFinding(weighs=PublicInterest.FAVORS),
    )
    return attrs.evolve(case, **changes)


def test_a_lanham_act_claim_likely_to_succeed_is_granted_on_the_presumption_of_harm() -> None:
    """No harm finding: § 1116(a) presumes it, the decision says so and is not stable
    (a stated finding would rebut it, Nichino)."""
    decision = injunction.evaluate(_trademark_motion())
    assert decision.disposition is Disposition.GRANTED and decision.test == "winter"
    assert decision.presumed == ("irreparable_harm.likelihood",) and not decision.stable
    text = injunction.to_text(decision)
    assert "15 U.S.C. § 1116(a)" in text and "likelihood of success on the merits of a Lanham Act claim" in text


def test_a_stated_harm_finding_rebuts_the_lanham_act_presumption() -> None:
    """The court found harm only possible: that finding governs, and the motion is denied."""
    case = _trademark_motion(irreparable_harm=injunction.IrreparableHarm(likelihood=Harm.POSSIBLE))
    decision = injunction.evaluate(case)
    assert decision.disposition is Disposition.DENIED and decision.presumed == ()


@pytest.mark.parametrize(
    ("kind", "presumed"),
    [
        (MotionKind.TEMPORARY_RESTRAINING_ORDER, True),
        (MotionKind.PRELIMINARY_INJUNCTION, True),
        (MotionKind.INJUNCTION_PENDING_APPEAL, False),  # the statute names PI and TRO motions only
        (MotionKind.STAY_PENDING_APPEAL, False),
    ],
)
def test_the_lanham_act_presumption_is_for_tros_and_preliminary_injunctions(kind: MotionKind, presumed: bool) -> None:
    """ "a motion for a preliminary injunction or temporary restraining order", in either circuit (a statute)."""
    case = _trademark_motion()
    case = attrs.evolve(case, motion=attrs.evolve(case.motion, kind=kind))
    for standard in (NinthCircuit(), injunction.SecondCircuit()):
        assert (injunction.evaluate(case, standard).presumed == ("irreparable_harm.likelihood",)) is presumed, standard


def test_a_record_decided_before_the_tma_gets_no_lanham_act_presumption() -> None:
    """Dated law: the presumption applies from December 27, 2020 (the enactment, unverified), by
    the record's date or `as_of`; before it the harm is an open question, and the analysis says why."""
    before = _trademark_motion(case=injunction.Caption(name="Mark Co. v. Copy Inc.", court="cand", decided=datetime.date(2020, 12, 26)))
    decision = injunction.evaluate(before)
    assert decision.disposition is Disposition.UNDETERMINED and decision.presumed == ()
    assert isinstance(decision.rule, injunction.AnyOf)
    assert "predates the Trademark Modernization Act of 2020" in decision.rule.statement
    assert "not verified from a primary source" in decision.rule.statement
    assert injunction.evaluate(before, NinthCircuit(by_date=False)).disposition is Disposition.GRANTED
    on_the_day = _trademark_motion(case=attrs.evolve(before.case, decided=datetime.date(2020, 12, 27)))
    assert injunction.evaluate(on_the_day).disposition is Disposition.GRANTED
    assert injunction.evaluate(on_the_day, NinthCircuit(as_of=datetime.date(2019, 1, 1))).presumed == ()


def test_the_constitutional_presumption_reads_every_constitutional_claim_or_only_first_amendment_ones() -> None:
    """Default: every constitutional claim (Melendres, Fourth Amendment); the option narrows it to
    First Amendment claims (Elrod's words)."""
    search = injunction.Claim(name="Fourth Amendment", merits=Merits.LIKELY, constitutional=True)
    speech = injunction.Claim(name="Free speech", merits=Merits.LIKELY, constitutional=True, first_amendment=True)
    narrow = NinthCircuit(constitutional_presumption_scope=injunction.ClaimFilter.FIRST_AMENDMENT)
    both = ("irreparable_harm.likelihood", "public_interest.weighs")
    fourth = make_case(claims=(search,), balance=Balance.FAVORS)
    assert injunction.evaluate(fourth).presumed == both
    assert injunction.evaluate(fourth, narrow).presumed == () and injunction.evaluate(fourth, narrow).disposition is Disposition.UNDETERMINED
    first = make_case(claims=(speech,), balance=Balance.FAVORS)
    assert injunction.evaluate(first, narrow).presumed == both
    assert "First Amendment claim" in injunction.to_text(injunction.evaluate(first, narrow))
    with pytest.raises(ValueError, match="constitutional_presumption_scope must be"):
        NinthCircuit(constitutional_presumption_scope=injunction.ClaimFilter.LANHAM_ACT)

"""The Eighth Circuit's standard for interim relief: the Dataphase factors,
weighed, composed from the same rules.

Read beside the opinions (research18-ca8.md; no Eighth Circuit reporter page
was seen in the opinion itself: the pins marked verified are quoted with
that page by district orders of the circuit, the rest are cited without a
page):

* Four factors: "(1) the threat of irreparable harm to the movant; (2) the
  state of the balance between this harm and the injury that granting the
  injunction will inflict on other parties litigant; (3) the probability that
  movant will succeed on the merits; and (4) the public interest."
  Dataphase, 640 F.2d at 113 (en banc). They govern temporary restraining
  orders too (S.B. McLaughlin, 877 F.2d at 708) and are "consistent with"
  Winter's (Sierra Club, 645 F.3d at 989).
* The factors are weighed, no single one dispositive (Dataphase, cited
  without a page): a `Weighing`. Its clear cases, from the opinions: relief
  where the movant shows its "probability" of success, the balance tips its
  way (``favors``) and the public interest does not weigh against relief
  (``neutral`` or better; the public interest follows the merits, Phelps-
  Roper, and in Arnzen v. Palmer (N.D. Iowa) all four "weigh in favor of
  issuing a preliminary injunction"); denial where the movant shows no
  chance of success at all, or where both the balance and the public
  interest weigh against relief (``against`` or worse each: where they
  outweigh the movant's interests, "it is unnecessary to consider" the
  merits, Arnzen reading Winter). Anything between is the court's weighing,
  and the analysis says so.
* The merits: Dataphase's "probability" of success, which the circuit long
  read as a "fair chance" of prevailing, "at the very least" a "fair ground
  for litigation": this scale's ``serious_questions`` (the Eighth Circuit's
  words, not the Second's: a showing below "likely"). After Winter the
  "preferred wording" is a likelihood of success (Sierra Club, 645 F.3d at
  993-94): option *general_merits*.
* Against a statute, "likely to prevail on the merits": Rounds, 530 F.3d 724
  (en banc) (cited without a page; 732-33 unverified), from June 27, 2008
  (the record format's ``motion.challenged = "statute"``): a requirement,
  this scale's ``likely``, then the equities weighed. Option *statute_rule*.
* Where the relief would give the movant "substantially the same relief it
  would obtain after a trial on the merits", its burden is "particularly
  'heavy'" (Dakota Industries, 944 F.2d at 440; ``motion.all_relief``): read
  here as likely success required, as against a statute. Option
  *all_relief_heavy*.
* Irreparable harm must be likely: Winter, 555 U.S. at 22; its absence is an
  independently sufficient ground for denial (Watkins, 346 F.3d 841, cited
  without a page). A requirement, though Dataphase lists it among factors
  weighed: the weight of the circuit's later authority.
* Injunctions pending appeal take the Dataphase factors (the library's
  reading: no Eighth Circuit authority was seen); stays pending appeal take
  Nken's (556 U.S. at 434), which Brady v. NFL, 640 F.3d 785, applied (cited
  without a page): a strong showing of likely success and likely
  irreparable harm, the equities weighed as above, merged when the
  government opposes the stay (Nken, 556 U.S. at 435).
* Not encoded: a heightened standard for mandatory relief as such (none seen;
  mandatory relief takes the same test unless it gives all the relief).
* A statute binds it as every federal court: likely success on a Lanham Act
  claim supplies likely irreparable harm on a TRO or preliminary-injunction
  motion (15 U.S.C. § 1116(a), `standards.lanham`), for records dated from
  the TMA (December 27, 2020, unverified) or undated.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, final

import attrs

from .. import authorities as a
from .._engine.case import Case, Challenged, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Merger, Requirement, Rule, Weighing, at_most
from .._engine.scales import Balance, Harm, Merits, PublicInterest
from .lanham import LANHAM_MOTIONS, lanham_as_of, with_lanham

__all__ = ["ROUNDS_DECIDED", "EighthCircuit"]

MERITS = Factor.MERITS
HARM = Factor.IRREPARABLE_HARM
BALANCE = Factor.BALANCE_OF_HARDSHIPS
PUBLIC = Factor.PUBLIC_INTEREST

ROUNDS_DECIDED = datetime.date(2008, 6, 27)
"""Rounds (en banc), from which a movant against a statute must show it is likely to prevail."""

LIKELY_HARM = Requirement(
    HARM,
    at_least=Harm.LIKELY,
    statement="a threat of irreparable harm to the movant, likely and not merely possible",
    authority=(a.DATAPHASE_113, a.WINTER_22_HARM, a.WATKINS_HARM),
)
LIKELY_TO_PREVAIL = Requirement(
    MERITS,
    at_least=Merits.LIKELY,
    statement="that the movant is likely to prevail on the merits, as against a statute",
    authority=a.ROUNDS_LIKELY,
)
HEAVY_BURDEN = Requirement(
    MERITS,
    at_least=Merits.LIKELY,
    statement="a likelihood of success: the burden is particularly heavy where the relief would give substantially all the movant could win at trial",
    authority=a.DAKOTA_INDUSTRIES_440,
)
BALANCE_FAVORS = Requirement(
    BALANCE,
    at_least=Balance.FAVORS,
    statement="a balance between the movant's harm and the injury to the other parties that tips toward the movant",
    authority=a.DATAPHASE_113,
)
PUBLIC_NOT_AGAINST = Requirement(
    PUBLIC, at_least=PublicInterest.NEUTRAL, statement="a public interest that does not weigh against relief", authority=a.DATAPHASE_113
)
EQUITIES_AGAINST = at_most(
    BALANCE, Balance.AGAINST, authority=a.DATAPHASE_WEIGHED, statement="the balance tips against relief"
) & at_most(PUBLIC, PublicInterest.AGAINST, authority=a.DATAPHASE_WEIGHED, statement="the public interest weighs against relief")

_MERITS_WORDS = {
    Merits.SERIOUS_QUESTIONS: "a fair chance of prevailing: a probability of success, at the very least a fair ground for litigation",
    Merits.LIKELY: "a likelihood of success on the merits, the preferred wording after Winter",
}


def _weighing(merits: Merits | None) -> Weighing:
    """The Dataphase weighing: with the merits in it at *merits* (None: the
    merits are a requirement outside it, as against a statute)."""
    grant: Rule = BALANCE_FAVORS & PUBLIC_NOT_AGAINST
    deny: Rule = EQUITIES_AGAINST
    statement = "the factors are weighed, no single one dispositive: clearly for relief where "
    if merits is not None:
        shown = Requirement(MERITS, at_least=merits, statement=_MERITS_WORDS[merits], authority=(a.DATAPHASE_113, a.SIERRA_CLUB_CORPS_993))
        grant = shown & grant
        below = tuple(Merits)[merits._rank - 1]
        deny = EQUITIES_AGAINST | at_most(MERITS, below, authority=a.DATAPHASE_WEIGHED, statement="the movant shows no chance of success")
        statement += "the merits are shown, the balance tips toward the movant and the public interest does not weigh against relief; clearly against relief where the merits fall short or the balance and the public interest both weigh against relief"
    else:
        statement += "the balance tips toward the movant and the public interest does not weigh against relief; clearly against relief where both weigh against relief"
    return Weighing(grant, deny, statement=statement, authority=(a.DATAPHASE_WEIGHED, a.DATAPHASE_113), name="dataphase_weighing")


_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: "A preliminary injunction turns on the four Dataphase factors, weighed; irreparable harm must be likely.",
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "A temporary restraining order turns on the Dataphase factors.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "An injunction pending appeal takes the Dataphase factors (the library's reading).",
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal turns on the four Nken factors.",
}
_AUTHORITIES: dict[MotionKind, tuple[a.Authority, ...]] = {
    MotionKind.PRELIMINARY_INJUNCTION: (a.DATAPHASE_113, a.SIERRA_CLUB_CORPS_989),
    MotionKind.TEMPORARY_RESTRAINING_ORDER: (a.DATAPHASE_113, a.SB_MCLAUGHLIN_708),
    MotionKind.INJUNCTION_PENDING_APPEAL: (a.DATAPHASE_113,),
    MotionKind.STAY_PENDING_APPEAL: (a.NKEN_434, a.BRADY_STAY),
}


def _validate_merits(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (Merits.SERIOUS_QUESTIONS, Merits.LIKELY) or type(value) is not Merits:
        raise ValueError(f"{attribute.name} must be Merits.SERIOUS_QUESTIONS or Merits.LIKELY, got {value!r}")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class EighthCircuit:
    """The Eighth Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal, with the unsettled points as options.

    Args:
        general_merits: the merits showing outside the statute rule.
            ``Merits.SERIOUS_QUESTIONS`` (default): Dataphase's "probability"
            of success, a "fair chance" of prevailing, "at the very least" a
            "fair ground for litigation" (Dataphase, 640 F.2d at 113, en banc;
            Rounds, 530 F.3d 724, en banc, keeps the fair-chance standard for
            cases that do not challenge a statute); the en banc court's word.
            ``Merits.LIKELY``: the "preferred wording" after Winter, whether
            the movant "is likely to succeed on at least some of its claims"
            (Sierra Club, 645 F.3d at 993-94, a panel).
        statute_rule: against a statute (``motion.challenged = "statute"``)
            the movant must show it is "likely to prevail on the merits"
            (Rounds, cited without a page; default ``True``), for records
            decided from June 27, 2008 or undated. Rounds concerned a state
            statute, its "implementation ... following presumptively reasoned
            democratic processes" (the clerk's summary of the opinion): a
            regulation or other government action does not trigger it here
            (no authority extending it was seen).
        all_relief_heavy: relief that gives the movant substantially all it
            seeks on the merits (``motion.all_relief``) makes its burden
            "particularly 'heavy'" (Dakota Industries, 944 F.2d at 440),
            read as likely success required (default ``True``). ``False``:
            the ordinary weighing.

    >>> from injunction import MotionKind, Relief
    >>> from injunction.standards.eighth_circuit import EighthCircuit
    >>> [path.name for path in EighthCircuit().rule_for_motion(MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, True).rules]
    ['dataphase']
    >>> from injunction import Challenged
    >>> [path.name for path in EighthCircuit().rule_for_motion(
    ...     MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, True, Challenged.STATUTE).rules]
    ['rounds']
    """

    general_merits: Merits = attrs.field(default=Merits.SERIOUS_QUESTIONS, validator=_validate_merits)
    statute_rule: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    all_relief_heavy: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, as one rule tree: the statute
        rule for a statute challenged on or after Rounds (or undated), the
        heavier burden for all the relief, and no Lanham Act presumption
        before the TMA."""
        motion = case.motion
        decided = case.case.decided
        challenged = motion.challenged
        if challenged is Challenged.STATUTE and decided is not None and decided < ROUNDS_DECIDED:
            challenged = None  # before Rounds, a statute was weighed like any other conduct
        rule: AnyOf = self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government, challenged, motion.all_relief)
        if motion.challenged is Challenged.STATUTE and challenged is None and self.statute_rule:
            rule = attrs.evolve(rule, statement=rule.statement + " The statute rule of Rounds (June 27, 2008) postdates the record.")
        return lanham_as_of(rule, decided)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(
        self,
        kind: MotionKind,
        relief: Relief,
        opponent_is_government: bool,
        challenged: Challenged | None = None,
        all_relief: bool | None = None,
    ) -> AnyOf:
        """The test for a motion of *kind* seeking *relief*, by who opposes it,
        what it would stop (*challenged*, None: not stated) and whether it
        gives all the relief (*all_relief*)."""
        statement = _WORDS[kind]
        authority = _AUTHORITIES[kind]
        if kind is MotionKind.STAY_PENDING_APPEAL:
            equities: Rule = (
                Merger(
                    Balance.FAVORS,
                    statement="the harm to the opposing party and the public interest merge when the government opposes the stay: one weighing",
                    authority=a.NKEN_435,
                )
                if opponent_is_government
                else _weighing(None)
            )
            path = AllOf(
                (
                    Requirement(MERITS, at_least=Merits.LIKELY, statement="a strong showing that the applicant is likely to succeed", authority=a.NKEN_434),
                    Requirement(HARM, at_least=Harm.LIKELY, statement="that the applicant will be irreparably injured absent a stay", authority=a.NKEN_434_POSSIBLE),
                    equities,
                ),
                name="winter",
                statement="a strong showing of likely success and likely irreparable harm, with the equities in the applicant's favor",
                authority=a.NKEN_434,
            )
            return AnyOf((path,), name=kind.value, statement=statement, authority=authority)
        statute = self.statute_rule and challenged is Challenged.STATUTE
        heavy = self.all_relief_heavy and all_relief is True
        if statute or heavy:
            requirement = LIKELY_TO_PREVAIL if statute else HEAVY_BURDEN
            path = AllOf(
                (requirement, LIKELY_HARM, _weighing(None)),
                name="rounds" if statute else "heavy_burden",
                statement="likely success and likely irreparable harm, then the balance and the public interest weighed",
                authority=(a.ROUNDS_LIKELY,) if statute else (a.DAKOTA_INDUSTRIES_440,),
            )
            statement += (
                " Against a statute the movant must show a likelihood of prevailing on the merits."
                if statute
                else " Relief that gives substantially all the movant seeks on the merits makes the movant's burden heavy: likely success."
            )
            authority += path.authority
        else:
            path = AllOf(
                (LIKELY_HARM, _weighing(self.general_merits)),
                name="dataphase",
                statement="likely irreparable harm, then the merits, the balance and the public interest weighed",
                authority=(a.DATAPHASE_113, a.DATAPHASE_WEIGHED),
            )
            if self.statute_rule:
                statement += " Against a statute (Rounds) likely success is required."
        paths: tuple[Rule, ...] = (path,)
        if kind in LANHAM_MOTIONS:
            paths = with_lanham(paths, LIKELY_HARM)
        if relief is Relief.MANDATORY:
            statement += " No heightened standard for mandatory relief as such is applied: none was verified on a page."
        return AnyOf(paths, name=kind.value, statement=statement, authority=authority)

"""The Tenth Circuit's standard for interim relief, composed of the same rules.

Read beside the opinions (research: docs/research/research18-ca10.md):

* Four factors. The movant must show that it is "substantially likely to
  succeed on the merits", that it "will suffer irreparable harm if the
  injunction is denied", that its "threatened injury without the injunction
  outweighs any harm to the party opposing the injunction", and that "the
  injunction, if issued, is not adverse to the public interest" (Harmon, 981
  F.3d at 1146, as quoted in Kansas v. Garland, D. Kan. 2024). On this
  library's scales: "substantially likely" is ``likely`` (Winter's
  likelihood, no more: Diné held that the circuit may not ask less, and
  nothing says it asks more); irreparable harm is ``likely``; "outweighs" is
  a balance that ``favors`` the movant; and "not adverse to the public
  interest" is a public interest at least ``neutral``, a real difference from
  the Ninth and Second Circuits, whose words ("in the public interest") ask
  ``favors``.
* Irreparable harm is "the single most important prerequisite" (Dominion
  Video Satellite, 356 F.3d 1256, 1260 (10th Cir. 2004), pin not seen): each
  factor is a requirement here, so no path issues without it.
* The modified test, law until Diné Citizens v. Jewell (Oct. 27, 2016): where
  the three "harm" factors tipped strongly toward the movant, "questions
  going to the merits so serious, substantial, difficult and doubtful as to
  make them a fair ground for litigation" stood in for likely success
  (Northern Natural Gas, 697 F.3d at 1266: "where the three latter factors
  weigh in favor of the movant, the probability of success factor is
  relaxed"). As a path: ``serious_questions`` merits, likely harm, a balance
  that ``sharply_favors`` the movant ("tip strongly") and a public interest
  not adverse. Diné held "any modified test which relaxes one of the prongs"
  impermissible after Winter; the option *modified_test_ends_at_winter* dates
  its end at Winter instead (Diné's reasoning) rather than at Diné (the
  circuit's practice: its panels applied it until then).
* Disfavored injunctions (O Centro, 389 F.3d 973 (en banc), cited without a
  page; Northern Natural Gas at 1266): relief that alters the status quo
  (record: ``motion.alters_status_quo``), mandatory relief (``relief =
  mandatory``) and relief that gives all that a trial would
  (``motion.all_relief``) need "a 'strong showing'" on the likelihood of
  success and on the balance of harms, and never had the modified test. A
  strong showing is one level above the ordinary: merits ``clear``, a balance
  that ``sharply_favors`` the movant. The path is named ``mandatory`` (the
  record format's name for the heightened test) and its statement names
  all three kinds. Records before O Centro (Nov. 2004) get O Centro's
  standard; the circuit's earlier test for these kinds (SCFC ILC v. Visa,
  1991) is not encoded.
* A TRO takes the preliminary-injunction standard (district-court practice;
  no Tenth Circuit pin verified).
* Stays and injunctions pending appeal: 10th Cir. R. 8.1 and Homans, 264
  F.3d at 1243 (quoted in Kitchen v. Herbert, 10th Cir. Dec. 24, 2013): "(1)
  the likelihood of success on appeal; (2) the threat of irreparable harm if
  the stay is not granted; (3) the absence of harm to opposing parties if the
  stay is granted; and (4) any risk of harm to the public interest", the
  first two "the most critical". On the scales: ``likely``, ``likely``, a
  balance at least ``even`` (the library's reading of "the absence of harm to
  opposing parties": the stay must not cost the other side more than it
  saves the applicant) and a public interest not adverse. Before Diné, where
  the harm factors tipped, the likelihood standard was relaxed as for
  injunctions, and not where "there is harm on both sides of the stay
  question" (Aid for Women, 441 F.3d at 1115, via Evans v. Utah, 10th Cir.
  2014): a ``serious_questions`` path with a balance that ``sharply_favors``
  the applicant. Whether it survives Diné for stays is unsettled (option
  *relaxed_stay_after_dine*).
* Not encoded, for want of a verified pin: the Nken merger against the
  government (the public interest needs only be not adverse, so little
  turns on it), and a presumption of irreparable harm from a constitutional
  claim (the record's harm finding governs).
* The Lanham Act presumption (15 U.S.C. § 1116(a), `standards.lanham`) joins
  the harm requirement of a TRO or preliminary injunction, for records dated
  from the TMA (December 27, 2020, unverified) or undated.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, final

import attrs

from .. import authorities as a
from .._engine.case import Case, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Requirement, Rule
from .._engine.scales import Balance, Harm, Merits, PublicInterest
from .lanham import LANHAM_MOTIONS, lanham_as_of, with_lanham

__all__ = ["DINE_DECIDED", "WINTER_DECIDED", "TenthCircuit"]

DINE_DECIDED = datetime.date(2016, 10, 27)
"""Diné Citizens v. Jewell: the modified test ends (the default)."""
WINTER_DECIDED = datetime.date(2008, 11, 12)
"""Winter v. NRDC: the modified test ends, on the reading of Diné's reasons."""

MERITS = Factor.MERITS
HARM = Factor.IRREPARABLE_HARM
BALANCE = Factor.BALANCE_OF_HARDSHIPS
PUBLIC = Factor.PUBLIC_INTEREST

SUBSTANTIALLY_LIKELY = Requirement(
    MERITS, at_least=Merits.LIKELY, statement="that the movant is substantially likely to succeed on the merits", authority=(a.HARMON_1146, a.WINTER_20)
)
IRREPARABLE = Requirement(
    HARM, at_least=Harm.LIKELY, statement="that the movant will suffer irreparable harm if the injunction is denied", authority=(a.HARMON_1146, a.WINTER_22_HARM)
)
OUTWEIGHS = Requirement(
    BALANCE,
    at_least=Balance.FAVORS,
    statement="that the movant's threatened injury without the injunction outweighs any harm to the party opposing the injunction",
    authority=a.HARMON_1146,
)
NOT_ADVERSE = Requirement(
    PUBLIC, at_least=PublicInterest.NEUTRAL, statement="that the injunction, if issued, is not adverse to the public interest", authority=a.HARMON_1146
)
FAIR_GROUND = Requirement(
    MERITS,
    at_least=Merits.SERIOUS_QUESTIONS,
    statement="questions going to the merits so serious, substantial, difficult and doubtful as to make them a fair ground for litigation",
    authority=a.NORTHERN_NATURAL_GAS_1266_RELAXED,
)
TIP_STRONGLY = Requirement(
    BALANCE,
    at_least=Balance.SHARPLY_FAVORS,
    statement="a balance of harms that tips strongly toward the movant",
    authority=a.NORTHERN_NATURAL_GAS_1266_RELAXED,
)
STRONG_MERITS = Requirement(
    MERITS,
    at_least=Merits.CLEAR,
    statement="a strong showing of the likelihood of success on the merits",
    authority=(a.O_CENTRO_DISFAVORED, a.NORTHERN_NATURAL_GAS_1266_DISFAVORED),
)
STRONG_BALANCE = Requirement(
    BALANCE,
    at_least=Balance.SHARPLY_FAVORS,
    statement="a strong showing that the balance of harms favors the injunction",
    authority=(a.O_CENTRO_DISFAVORED, a.NORTHERN_NATURAL_GAS_1266_DISFAVORED),
)
STAY_SUCCESS = Requirement(MERITS, at_least=Merits.LIKELY, statement="the likelihood of success on appeal", authority=(a.HOMANS_1243, a.NKEN_434))
STAY_HARM = Requirement(
    HARM, at_least=Harm.LIKELY, statement="the threat of irreparable harm if the stay is not granted, more than a mere possibility", authority=(a.HOMANS_1243, a.NKEN_434_POSSIBLE)
)
STAY_NO_HARM = Requirement(
    BALANCE, at_least=Balance.EVEN, statement="the absence of harm to opposing parties if the stay is granted", authority=a.HOMANS_1243
)
STAY_PUBLIC = Requirement(
    PUBLIC, at_least=PublicInterest.NEUTRAL, statement="no risk of harm to the public interest that weighs against the stay", authority=a.HOMANS_1243
)
STAY_RELAXED_MERITS = Requirement(
    MERITS,
    at_least=Merits.SERIOUS_QUESTIONS,
    statement="questions going to the merits of the appeal so serious, substantial, difficult and doubtful as to make them a fair ground for litigation",
    authority=a.AID_FOR_WOMEN_1115,
)
STAY_RELAXED_BALANCE = Requirement(
    BALANCE,
    at_least=Balance.SHARPLY_FAVORS,
    statement="harm factors that tip strongly toward the applicant, not harm on both sides of the stay question",
    authority=a.AID_FOR_WOMEN_1115,
)

HEIGHTENED = (
    "A disfavored injunction (one that alters the status quo, one that is mandatory, or one that gives the movant "
    "all the relief it could win at trial) needs a strong showing on the likelihood of success and on the balance "
    "of harms, and the modified test does not reach it."
)
_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: "A preliminary injunction is an extraordinary remedy: the movant must establish each of the four factors.",
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "A temporary restraining order takes the preliminary-injunction standard.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "An injunction pending appeal takes the factors of 10th Cir. R. 8.1, as a stay does.",
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal turns on the factors of 10th Cir. R. 8.1 and Homans; the first two are the most critical.",
}
_APPEAL = (MotionKind.STAY_PENDING_APPEAL, MotionKind.INJUNCTION_PENDING_APPEAL)


def _validate_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and type(value) is not datetime.date:
        raise TypeError(f"{attribute.name} must be a datetime.date or None, got {value!r}")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class TenthCircuit:
    """The Tenth Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal.

    Args:
        modified_test_ends_at_winter: the day the modified ("fair ground for
            litigation") test stopped being law. ``False`` (default): Diné's
            day, October 27, 2016, the weight of the circuit's own authority
            (its panels applied the test after Winter, e.g. Northern Natural
            Gas, 697 F.3d at 1266, in 2012). ``True``: Winter's day, November
            12, 2008, on Diné's reasoning that the test was inconsistent with
            Winter from the start.
        relaxed_stay_after_dine: whether a stay applicant may still show less
            than likely success where the harm factors tip strongly (Aid for
            Women, 441 F.3d at 1115, as Evans v. Utah (2014) cites it).
            ``False`` (default): Diné's reasoning and Nken's "strong showing"
            (556 U.S. at 434); no Tenth Circuit stay order applying the
            relaxed standard after Diné was found. ``True``: the stay cases
            were never expressly overruled.
        by_date: decide a dated record under the law of its day (``True``,
            default); ``False``: current law whatever the date.
        as_of: the law in force on this day for every record (``None``,
            default: the record's date decides).

    >>> from injunction import MotionKind, Relief, TenthCircuit
    >>> [p.name for p in TenthCircuit().rule_for_motion(MotionKind.PRELIMINARY_INJUNCTION, Relief.MANDATORY, False).rules]
    ['mandatory']
    """

    modified_test_ends_at_winter: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    relaxed_stay_after_dine: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    by_date: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    as_of: datetime.date | None = attrs.field(default=None, validator=_validate_date)

    @property
    def modified_test_ends(self) -> datetime.date:
        """The first day on which the modified test is no longer law."""
        return WINTER_DECIDED if self.modified_test_ends_at_winter else DINE_DECIDED

    def _day(self, case: Case) -> datetime.date | None:
        if self.as_of is not None:
            return self.as_of
        return case.case.decided if self.by_date else None

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, as one rule tree: the law of
        its day, a disfavored injunction by any of the three marks."""
        motion = case.motion
        day = self._day(case)
        disfavored = motion.relief is Relief.MANDATORY or motion.alters_status_quo is True or motion.all_relief is True
        modified = day is not None and day < self.modified_test_ends
        rule = self._rule(motion.kind, disfavored, modified, day is None and self.by_date)
        return lanham_as_of(rule, day)

    def rule_for_motion(self, kind: MotionKind, relief: Relief, opponent_is_government: bool) -> Rule:
        """The test for a motion of *kind* seeking *relief* under current law (who
        opposes it does not change the test here)."""
        return self._rule(kind, relief is Relief.MANDATORY, False, False)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def _rule(self, kind: MotionKind, disfavored: bool, modified: bool, undated: bool) -> Rule:
        statement = _WORDS[kind]
        if kind in _APPEAL:
            paths: tuple[Rule, ...] = (
                AllOf(
                    (STAY_SUCCESS, STAY_HARM, STAY_NO_HARM, STAY_PUBLIC),
                    name="winter",
                    statement="the likelihood of success on appeal, the threat of irreparable harm, the absence of harm to opposing parties, and no risk of harm to the public interest",
                    authority=a.HOMANS_1243,
                ),
            )
            if modified or self.relaxed_stay_after_dine:
                paths += (
                    AllOf(
                        (STAY_RELAXED_MERITS, STAY_HARM, STAY_RELAXED_BALANCE, STAY_PUBLIC),
                        name="serious_questions",
                        statement="serious questions on appeal where the harm factors tip strongly toward the applicant (the relaxed standard)",
                        authority=a.AID_FOR_WOMEN_1115,
                    ),
                )
            authority: tuple[a.Authority, ...] = (a.HOMANS_1243,)
        elif disfavored:
            paths = (
                AllOf(
                    (STRONG_MERITS, IRREPARABLE, STRONG_BALANCE, NOT_ADVERSE),
                    name="mandatory",
                    statement="a disfavored injunction: a strong showing of likely success and of a balance of harms in the movant's favor, with irreparable harm and a public interest not adverse",
                    authority=(a.O_CENTRO_DISFAVORED, a.NORTHERN_NATURAL_GAS_1266_DISFAVORED),
                ),
            )
            statement = f"{HEIGHTENED} {statement}"
            authority = (a.O_CENTRO_DISFAVORED, a.NORTHERN_NATURAL_GAS_1266_DISFAVORED, a.HARMON_1146)
        else:
            paths = (
                AllOf(
                    (SUBSTANTIALLY_LIKELY, IRREPARABLE, OUTWEIGHS, NOT_ADVERSE),
                    name="winter",
                    statement="a substantial likelihood of success, irreparable harm, a threatened injury that outweighs the harm to the opponent, and an injunction not adverse to the public interest",
                    authority=a.HARMON_1146,
                ),
            )
            if modified:
                paths += (
                    AllOf(
                        (FAIR_GROUND, IRREPARABLE, TIP_STRONGLY, NOT_ADVERSE),
                        name="serious_questions",
                        statement="the modified test: questions that make a fair ground for litigation, where the harm factors tip strongly toward the movant",
                        authority=a.NORTHERN_NATURAL_GAS_1266_RELAXED,
                    ),
                )
            authority = (a.HARMON_1146,)
        if kind in LANHAM_MOTIONS:
            paths = with_lanham(paths, IRREPARABLE)
        relaxed = any(path.name == "serious_questions" for path in paths)
        heightened = disfavored and kind not in _APPEAL
        if heightened and modified:
            pass  # O Centro's words say it: the modified test never reached a disfavored injunction
        elif modified and relaxed:
            statement += " Law in force at the time (before Diné Citizens): the relaxed test still applied where the other factors tipped strongly."
        elif relaxed:
            statement += " The relaxed standard for stays is applied after Diné Citizens (an option)."
        elif undated:
            statement += " The record gives no date, so current law applies: no relaxed or modified test after Diné Citizens."
        else:
            statement += " No relaxed or modified test applies (Diné Citizens)."
        if not modified:
            authority += (a.DINE_NO_MODIFIED_TEST,)
        return AnyOf(paths, name=kind.value, statement=statement, authority=authority)

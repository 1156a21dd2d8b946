"""The Fourth Circuit's standard for interim relief: Winter's four
requirements, each required, with no serious-questions path.

Read beside the opinions (research: ``docs/research/research18-ca4.md``):

* Since Real Truth About Obama, Inc. v. FEC (Aug. 5, 2009), each of Winter's
  four requirements must be shown: the movant is likely to succeed on the
  merits, likely to suffer irreparable harm, the balance of equities tips in
  its favor, and an injunction is in the public interest (575 F.3d at 347;
  "all four", Dewhurst, 649 F.3d at 290). Blackwelder's balance-of-hardship
  test "may no longer be applied" (575 F.3d at 347): there is no
  serious-questions path, as there is in the Second and Ninth Circuits.
  On this library's scales: "likely to succeed" is ``likely`` (the movant
  must make "a clear showing" of its entitlement, Dewhurst, 649 F.3d at 290);
  harm ``likely``; "tips in his favor" is a balance that ``favors``; "in the
  public interest" is a public interest that ``favors``.
* Winter itself (Nov. 12, 2008) already bound the district courts of the
  circuit; a record dated between Winter and Real Truth gets the same test,
  cited to Winter alone.
* Before Winter: Blackwelder (1977), a "flexible interplay" of the factors
  (550 F.2d at 196): likely success, or, where the balance of hardship tips
  decidedly toward the movant ("decidedly" is this scale's
  ``sharply_favors``), grave or serious questions going to the merits
  (``serious_questions``); the public interest need only not weigh against
  relief (``neutral``), the library's reading of a factor Blackwelder weighs
  rather than requires.
* Mandatory relief: the circuit applies a "more stringent standard" (In re
  Microsoft, 333 F.3d at 526) but names no merits level; by default the
  Winter test, and the option *heightened_mandatory* asks for a clear
  showing (``clear``).
* Stays pending appeal: Nken's factors since Apr. 22, 2009 (a strong
  showing of likely success, likely irreparable harm, no substantial injury
  to the other parties, read as a balance at least ``even``, and a public
  interest at least ``neutral``); before Nken, the same four factors from
  Long v. Robinson, 432 F.2d at 979. The option *substantial_case_stays*
  adds Hilton's "substantial case on the merits" where the other factors
  militate strongly (481 U.S. at 778), as district courts of the circuit
  applied it.
* Against the government the balance and the public interest merge (Nken,
  556 U.S. at 435).
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, final

import attrs

from .. import authorities as a
from .._engine.case import Case, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Merger, Requirement, Rule
from .._engine.scales import Balance, Harm, Merits, PublicInterest

__all__ = ["FOURTH_DAYS", "FourthCircuit", "WINTER_DAY"]

WINTER_DAY = datetime.date(2008, 11, 12)  # Winter v. NRDC, decided November 12, 2008
REAL_TRUTH_DAY = datetime.date(2009, 8, 5)
NKEN_DAY = datetime.date(2009, 4, 22)
FOURTH_DAYS = (datetime.date(2008, 11, 11), WINTER_DAY, NKEN_DAY, REAL_TRUTH_DAY)
"""A day just before each change in the circuit's law, and each change: Winter, Nken, Real Truth."""

_MERITS, _HARM, _BALANCE, _PUBLIC = Factor.MERITS, Factor.IRREPARABLE_HARM, Factor.BALANCE_OF_HARDSHIPS, Factor.PUBLIC_INTEREST


def _winter_rules(since_real_truth: bool) -> tuple[Requirement, Requirement, Requirement, Requirement]:
    cite: tuple[a.Authority, ...] = (a.REAL_TRUTH_347, a.WINTER_20) if since_real_truth else (a.WINTER_20,)
    return (
        Requirement(_MERITS, at_least=Merits.LIKELY, statement="a clear showing that the movant is likely to succeed on the merits", authority=cite + ((a.DEWHURST_290,) if since_real_truth else (a.WINTER_22_CLEAR_SHOWING,))),
        Requirement(_HARM, at_least=Harm.LIKELY, statement="the movant is likely to suffer irreparable harm in the absence of preliminary relief", authority=cite + (a.WINTER_22_HARM,)),
        Requirement(_BALANCE, at_least=Balance.FAVORS, statement="the balance of equities tips in the movant's favor", authority=cite),
        Requirement(_PUBLIC, at_least=PublicInterest.FAVORS, statement="an injunction is in the public interest", authority=cite),
    )


_BLACKWELDER_LIKELY = Requirement(_MERITS, at_least=Merits.LIKELY, statement="a likelihood of success on the merits", authority=a.BLACKWELDER_196)
_BLACKWELDER_SERIOUS = Requirement(
    _MERITS, at_least=Merits.SERIOUS_QUESTIONS, statement="grave or serious questions going to the merits", authority=a.BLACKWELDER_196
)
_BLACKWELDER_HARM = Requirement(_HARM, at_least=Harm.LIKELY, statement="a likelihood of irreparable harm to the plaintiff", authority=a.BLACKWELDER_196)
_BLACKWELDER_FAVORS = Requirement(_BALANCE, at_least=Balance.FAVORS, statement="a balance of hardship in the plaintiff's favor", authority=a.BLACKWELDER_196)
_BLACKWELDER_DECIDEDLY = Requirement(
    _BALANCE, at_least=Balance.SHARPLY_FAVORS, statement="a balance of hardship tipping decidedly toward the plaintiff", authority=a.BLACKWELDER_196
)
_BLACKWELDER_PUBLIC = Requirement(_PUBLIC, at_least=PublicInterest.NEUTRAL, statement="a public interest that does not weigh against relief", authority=a.BLACKWELDER_196)

_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: "A preliminary injunction requires each of Winter's four showings; Blackwelder's balance-of-hardship test may no longer be applied.",
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "A temporary restraining order takes the preliminary-injunction standard.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "An injunction pending appeal takes the preliminary-injunction standard.",
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal turns on the four traditional stay factors.",
}
_BLACKWELDER_WORDS = "Law in force at the time (before Winter): Blackwelder's balance-of-hardship test, a flexible interplay of the factors."


def _validate_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and type(value) is not datetime.date:
        raise TypeError(f"{attribute.name} must be a datetime.date or None, got {value!r}")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class FourthCircuit:
    """The Fourth Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal.

    Args:
        heightened_mandatory: mandatory relief needs a clear showing on the
            merits (``clear``). Default False: the circuit's words ("more
            stringent", In re Microsoft, 333 F.3d at 526; granted only where
            "the exigencies of the situation demand such relief", Wetzel v.
            Edwards, 635 F.2d 283, 286 (4th Cir. 1980), unverified) name no
            merits level, and Real Truth's test already asks a clear showing
            of likely success.
        substantial_case_stays: a stay may also issue on a substantial case on
            the merits (``serious_questions``) with likely irreparable harm
            and a balance tipping sharply toward the applicant (Hilton, 481
            U.S. at 778, applied by Miller v. Brown (E.D. Va. 2007) and Project
            Vote v. Long (E.D. Va. 2011)). Default False: no Fourth Circuit
            opinion adopting it after Nken was found.
        by_date: apply the law of the record's ``case.decided`` (Blackwelder
            before Winter; Long v. Robinson's stay factors before Nken).
            Default True; a record without a date gets current law.

    >>> from injunction import FourthCircuit, MotionKind, Relief
    >>> [p.name for p in FourthCircuit().rule_for_motion(MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, False).rules]
    ['winter']
    """

    heightened_mandatory: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    substantial_case_stays: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    by_date: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, as one rule tree, by the law of its day."""
        motion = case.motion
        day = case.case.decided if self.by_date else None
        return self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government, day)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(self, kind: MotionKind, relief: Relief, opponent_is_government: bool, day: datetime.date | None = None) -> Rule:
        """The test for a motion of *kind* seeking *relief*, by who opposes it,
        under the law of *day* (None: current law)."""
        if kind is MotionKind.STAY_PENDING_APPEAL:
            return self._stay(opponent_is_government, day)
        statement = _WORDS[kind]
        if day is not None and day < WINTER_DAY:
            paths: tuple[Rule, ...] = self._blackwelder()
            return AnyOf(paths, name=kind.value, statement=_BLACKWELDER_WORDS, authority=a.BLACKWELDER_196)
        since_real_truth = day is None or day >= REAL_TRUTH_DAY
        merits, harm, balance, public = _winter_rules(since_real_truth)
        authority: tuple[a.Authority, ...] = (a.REAL_TRUTH_347, a.REAL_TRUTH_347_BLACKWELDER, a.DEWHURST_290) if since_real_truth else (a.WINTER_20,)
        name = "winter"
        if relief is Relief.MANDATORY:
            statement += " Mandatory relief is held to a more stringent standard."
            authority += (a.MICROSOFT_ANTITRUST_526,)
            if self.heightened_mandatory:
                merits = Requirement(_MERITS, at_least=Merits.CLEAR, statement="a clear showing on the merits for mandatory relief", authority=a.MICROSOFT_ANTITRUST_526)
                name = "mandatory"
        equities: tuple[Rule, ...] = (balance, public)
        if opponent_is_government:
            equities = (Merger(Balance.FAVORS, statement="the balance of equities and the public interest, merged against the government", authority=a.NKEN_435),)
        path = AllOf(
            (merits, harm, *equities),
            name=name,
            statement="likely success, likely irreparable harm, a balance of equities in the movant's favor, and the public interest, each required",
            authority=authority[0],
        )
        return AnyOf((path,), name=kind.value, statement=statement, authority=authority)

    def _blackwelder(self) -> tuple[Rule, ...]:
        # No merger before Nken (2009): the government's opposition changes nothing in Blackwelder's test.
        def equities(balance: Requirement) -> tuple[Rule, ...]:
            return (balance, _BLACKWELDER_PUBLIC)

        likely = AllOf(
            (_BLACKWELDER_LIKELY, _BLACKWELDER_HARM, *equities(_BLACKWELDER_FAVORS)),
            name="winter",
            statement="a likelihood of success, with likely irreparable harm and a balance of hardship in the plaintiff's favor (before Winter)",
            authority=a.BLACKWELDER_196,
        )
        serious = AllOf(
            (_BLACKWELDER_SERIOUS, _BLACKWELDER_HARM, *equities(_BLACKWELDER_DECIDEDLY)),
            name="serious_questions",
            statement="grave or serious questions going to the merits and a balance of hardship tipping decidedly toward the plaintiff (before Winter)",
            authority=a.BLACKWELDER_196,
        )
        return (likely, serious)

    def _stay(self, government: bool, day: datetime.date | None) -> Rule:
        before_nken = day is not None and day < NKEN_DAY
        cite = a.LONG_V_ROBINSON_979 if before_nken else a.NKEN_434
        merits = Requirement(_MERITS, at_least=Merits.LIKELY, statement="a strong showing that the applicant is likely to succeed on appeal", authority=cite)
        harm = Requirement(_HARM, at_least=Harm.LIKELY, statement="the applicant will be irreparably injured absent a stay", authority=cite)
        others = Requirement(_BALANCE, at_least=Balance.EVEN, statement="a stay will not substantially injure the other parties", authority=cite)
        public = Requirement(_PUBLIC, at_least=PublicInterest.NEUTRAL, statement="the public interest does not weigh against a stay", authority=cite)

        def equities(threshold: Balance, balance: Requirement) -> tuple[Rule, ...]:
            if government and not before_nken:
                return (Merger(threshold, statement="the third and fourth stay factors, merged against the government", authority=a.NKEN_435),)
            return (balance, public)

        paths: list[Rule] = [
            AllOf((merits, harm, *equities(Balance.EVEN, others)), name="winter", statement="the four traditional stay factors", authority=cite)
        ]
        if self.substantial_case_stays:
            substantial = Requirement(_MERITS, at_least=Merits.SERIOUS_QUESTIONS, statement="a substantial case on the merits", authority=a.HILTON_778)
            sharply = Requirement(_BALANCE, at_least=Balance.SHARPLY_FAVORS, statement="the other factors militate strongly in favor of a stay", authority=a.HILTON_778)
            paths.append(
                AllOf((substantial, harm, *equities(Balance.SHARPLY_FAVORS, sharply)), name="serious_questions", statement="a substantial case on the merits where the other factors militate strongly in favor of a stay", authority=a.HILTON_778)
            )
        words = _WORDS[MotionKind.STAY_PENDING_APPEAL] + (" Law in force at the time (before Nken): Long v. Robinson." if before_nken else "")
        return AnyOf(tuple(paths), name=MotionKind.STAY_PENDING_APPEAL.value, statement=words, authority=cite)


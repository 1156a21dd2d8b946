"""The Federal Circuit's standard for preliminary relief on a patent claim,
the law of every district court on that claim (Hybritech): the same rules,
composed for the patent law.

Read beside the opinions (research: docs/research/research18-cafc.md; most
pages could not be seen, so most authorities are cited without a page, as
the library's reading):

* Four factors, as in Winter (555 U.S. at 20): likely success, likely
  irreparable harm, a balance of hardships in the patentee's favor, and the
  public interest; eBay (547 U.S. 388) holds the traditional test governs
  patent cases "no less than" others.
* **Likely success on a patent claim** is two showings: the patentee "will
  likely prove infringement" and its claim "will likely withstand" the
  challenges to validity (Abbott v. Andrx). An accused infringer who raises a
  "substantial question" of infringement or validity, one the patentee cannot
  show "lacks substantial merit", defeats it (Amazon.com); the question is
  whether the patentee has shown it will more likely than not prevail
  (Titan Tire; Natera (2024): "no lower 'mere vulnerability' standard").
  On this library's scale: "likely" is ``likely``; a substantial question the
  patentee has not answered leaves the claim at most ``serious_questions``
  (a question raised, not answered), so likely success fails. **How a record
  says it**: one claim per asserted patent, ``arises_under = "patent_act"``,
  whose ``merits`` is the lower of the two showings (both are needed, so the
  claim is as strong as its weaker half) and whose ``finding`` holds the
  court's words on each. No field is added: the merits scale already says
  "not likely", and the best patent carries the motion as the best claim
  does (an injunction may rest on any one patent).
* **No presumption of irreparable harm** after eBay (May 15, 2006): "eBay
  jettisoned the presumption" (Bosch). Before it, a "clear showing" of
  validity and infringement raised a rebuttable presumption (Purdue Pharma):
  for a record dated before eBay, merits ``clear`` supplies likely harm
  where the record states no harm finding (`Presumption`), as the old law
  did. ``clear`` is the scale's "clear showing".
* **Causal nexus** (Apple I, May 14, 2012; Apple II, 695 F.3d at 1374): the
  harm must be harm the infringement causes. A record's harm finding on a
  patent claim is read as that harm (Apple I's words: the infringement must
  cause the harm), and record format 2's ``irreparable_harm.causal_nexus``
  states the nexus. No rule reads ``causal_nexus`` yet: a rule reads only the
  findings of `Facts`, and the nexus is not one; reading it needs a new
  finding on the harm factor (as ``very_serious`` is), named in issue 18's
  report. A record whose court found no nexus states its harm finding as the
  court held it (Apple II: no irreparable harm shown).
* Stays and injunctions pending appeal: Nken's factors (556 U.S. at 434),
  which bind every federal court; the circuit's own Standard Havens (897
  F.2d 511 (1990)) was not read and is not encoded.
* Mandatory relief, government opponents: no patent-specific rule was
  found; the same test applies (with Nken's merger of the balance and the
  public interest where the government opposes, 556 U.S. at 435).
* The Lanham Act presumption (15 U.S.C. § 1116(a)) binds every court; it
  applies here only to a record whose claims are all decided under this
  law (`Circuits` routes a record to this standard when every claim arises
  under the Patent Act, or when ``case.governing_law`` is ``cafc``).
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, final

import attrs

from .. import authorities as a
from .._engine.case import Case, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Merger, Presumption, Requirement, Rule
from .._engine.scales import Balance, Harm, Merits, PublicInterest
from .lanham import LANHAM_MOTIONS, lanham_as_of, with_lanham

__all__ = ["APPLE_I_DECIDED", "EBAY_DECIDED", "FederalCircuit"]

EBAY_DECIDED = datetime.date(2006, 5, 15)
"""eBay Inc. v. MercExchange, decided May 15, 2006: a record dated before it gets the old presumption."""
APPLE_I_DECIDED = datetime.date(2012, 5, 14)
"""Apple I, decided May 14, 2012: from then, the harm must be caused by the infringement (a causal nexus)."""
BOSCH_DECIDED = datetime.date(2011, 10, 13)
assert (a.EBAY.decided, a.APPLE_I.decided, a.BOSCH.decided) == (EBAY_DECIDED, APPLE_I_DECIDED, BOSCH_DECIDED)

LIKELY_SUCCESS = Requirement(
    Factor.MERITS,
    at_least=Merits.LIKELY,
    statement=(
        "a likelihood of success: that the patentee will likely prove infringement and that the patent claim will "
        "likely withstand the challenges to validity (a substantial question of either defeats likely success)"
    ),
    authority=(a.WINTER_20, a.TITAN_TIRE_MORE_LIKELY, a.AMAZON_SUBSTANTIAL_QUESTION),
)
LIKELY_HARM = Requirement(
    Factor.IRREPARABLE_HARM,
    at_least=Harm.LIKELY,
    statement="that the patentee is likely to suffer irreparable harm caused by the infringement",
    authority=(a.WINTER_20, a.APPLE_I_CAUSAL_NEXUS, a.APPLE_II_1374),
)
LIKELY_HARM_BEFORE_APPLE = Requirement(
    Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=(a.WINTER_20, a.EBAY_FOUR_FACTORS)
)
BALANCE_FAVORS = Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, authority=a.WINTER_20)
PUBLIC_INTEREST = Requirement(Factor.PUBLIC_INTEREST, at_least=PublicInterest.FAVORS, authority=a.WINTER_20)
PRE_EBAY_PRESUMPTION = Presumption(
    Factor.IRREPARABLE_HARM,
    supplies=Harm.LIKELY,
    when=Requirement(
        Factor.MERITS,
        at_least=Merits.CLEAR,
        statement="a clear showing of both validity and infringement",
        authority=a.PURDUE_PHARMA_PRESUMPTION,
    ),
    statement="before eBay, a clear showing of validity and infringement raised a rebuttable presumption of irreparable harm",
    authority=a.PURDUE_PHARMA_PRESUMPTION,
)
MERGED = "the balance of hardships and the public interest merge when the government is the opposing party: one weighing"

STAY_STRONG_SHOWING = Requirement(
    Factor.MERITS, at_least=Merits.LIKELY, statement="a strong showing of likely success on appeal", authority=a.NKEN_434
)
STAY_HARM = Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=a.NKEN_434_POSSIBLE)
STAY_OTHERS = Requirement(
    Factor.BALANCE_OF_HARDSHIPS,
    at_least=Balance.EVEN,
    statement="that a stay will not substantially injure the other parties more than the denial of a stay injures the applicant",
    authority=a.NKEN_434,
)
STAY_PUBLIC = Requirement(
    Factor.PUBLIC_INTEREST,
    at_least=PublicInterest.NEUTRAL,
    statement="that the public interest does not weigh against a stay",
    authority=a.NKEN_434,
)

_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: "A preliminary injunction on a patent claim takes the four Winter factors, under the Federal Circuit's law in any district court.",
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "A temporary restraining order on a patent claim takes the preliminary-injunction standard.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "An injunction pending appeal takes the four Nken factors.",
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal takes the four Nken factors.",
}


def _validate_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and type(value) is not datetime.date:
        raise TypeError(f"{attribute.name} must be a datetime.date or None, got {value!r}")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class FederalCircuit:
    """The Federal Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal on patent claims.

    Args:
        by_date: apply the law in force on the record's ``case.decided``
            (default True): before eBay (May 15, 2006) a clear showing of
            validity and infringement supplies likely irreparable harm
            (Purdue Pharma); from Apple I (May 14, 2012) the harm requirement
            states the causal nexus (Apple I; Apple II at 1374). A record
            without a date gets current law. ``False``: current law whatever
            the date.
        as_of: the law in force on this day for every record (``None``, the
            default: the record's date decides).

    >>> from injunction import FederalCircuit, MotionKind, Relief
    >>> [p.name for p in FederalCircuit().rule_for_motion(MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, False).rules]
    ['winter']
    """

    by_date: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    as_of: datetime.date | None = attrs.field(default=None, validator=_validate_date)

    def _day(self, case: Case) -> datetime.date | None:
        return self.as_of if self.as_of is not None else case.case.decided if self.by_date else None

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, as one rule tree: by the
        law of the record's day (eBay, Apple I), without the Lanham Act
        presumption before the TMA."""
        motion = case.motion
        day = self._day(case)
        rule = self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government, day)
        return lanham_as_of(rule, day)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(
        self, kind: MotionKind, relief: Relief, opponent_is_government: bool, day: datetime.date | None = None
    ) -> Rule:
        """The test for a motion of *kind* seeking *relief*, by who opposes it,
        under the law of *day* (None: current law)."""
        if kind in (MotionKind.STAY_PENDING_APPEAL, MotionKind.INJUNCTION_PENDING_APPEAL):
            equities: tuple[Rule, ...] = (
                (Merger(Balance.EVEN, statement=MERGED, authority=a.NKEN_435),) if opponent_is_government else (STAY_OTHERS, STAY_PUBLIC)
            )
            nken = AllOf(
                (STAY_STRONG_SHOWING, STAY_HARM, *equities),
                name="winter",
                statement="a strong showing of likely success, likely irreparable harm, no substantial injury to the other parties, and the public interest",
                authority=a.NKEN_434,
            )
            return AnyOf((nken,), name=kind.value, statement=_WORDS[kind], authority=a.NKEN_434)
        before_ebay = day is not None and day < EBAY_DECIDED
        before_apple = day is not None and day < APPLE_I_DECIDED
        harm_requirement = LIKELY_HARM_BEFORE_APPLE if before_apple else LIKELY_HARM
        harm: Rule = harm_requirement | PRE_EBAY_PRESUMPTION if before_ebay else harm_requirement
        equities = (Merger(Balance.FAVORS, statement=MERGED, authority=a.NKEN_435),) if opponent_is_government else (BALANCE_FAVORS, PUBLIC_INTEREST)
        winter = AllOf(
            (LIKELY_SUCCESS, harm, *equities),
            name="winter",
            statement="likely success (likely infringement of a patent likely to withstand the validity challenges), likely irreparable harm, a balance of hardships in the patentee's favor, and the public interest",
            authority=(a.WINTER_20, a.TITAN_TIRE_MORE_LIKELY),
        )
        paths: tuple[Rule, ...] = (winter,)
        if kind in LANHAM_MOTIONS:
            paths = with_lanham(paths, harm_requirement)
        statement = _WORDS[kind]
        authority: tuple[a.Authority, ...] = (a.WINTER_20, a.HYBRITECH_GOVERNING_LAW)
        if before_ebay:
            statement += " Law in force at the time (before eBay, May 15, 2006): a clear showing of validity and infringement raised a rebuttable presumption of irreparable harm."
            authority += (a.PURDUE_PHARMA_PRESUMPTION,)
        else:
            statement += " No presumption of irreparable harm: eBay jettisoned the presumption."
            authority += (a.EBAY_FOUR_FACTORS,) + ((a.BOSCH_NO_PRESUMPTION,) if day is None or day >= BOSCH_DECIDED else ())
        if not before_apple:
            statement += " The harm must be caused by the infringement (a causal nexus)."
        return AnyOf(paths, name=kind.value, statement=statement, authority=authority)

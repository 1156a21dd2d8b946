"""The Third Circuit's standard for interim relief: two gateways, then a
weighing of all four factors.

Read beside the opinions (research: docs/research/research18-ca3.md):

* **The gateways.** Reilly v. City of Harrisburg, 858 F.3d 173 (3d Cir.
  2017): the movant must first meet "the threshold for the first two 'most
  critical' factors": it "must demonstrate that it can win on the merits
  (which requires a showing significantly better than negligible but not
  necessarily more likely than not)" and "that it is more likely than not to
  suffer irreparable harm in the absence of preliminary relief". On this
  library's merits scale (none < serious_questions < likely < clear),
  "significantly better than negligible but not necessarily more likely than
  not" sits below ``likely`` (which is "more likely than not") and above
  ``none``: it is ``serious_questions``, the lowest showing that is more than
  nothing. "More likely than not to suffer irreparable harm" is ``likely`` on
  the harm scale. (Reilly's gateways and weighing are cited without a page:
  the words were seen quoted without one; page 179 was not seen.)
* **The weighing.** Once the gateways are met the court "determines in its
  sound discretion if all four factors, taken together, balance in favor of
  granting the requested preliminary relief" (Reilly). Winter did not
  overrule that balancing (Reilly, 177-78). The library decides the weighing
  only where the opinions' own terms settle it, and otherwise says that the
  court weighs (a `Weighing`, never a guess):

  - *clearly for relief*: success ``likely`` (more likely than not, the
    Winter showing), the balance of hardships ``favors`` the movant and the
    public interest at least ``neutral``: every factor is then on the
    movant's side or neutral, which is what "all four factors, taken
    together, balance in favor" of relief means at its plainest;
  - *clearly against relief*: success no better than the gateway
    (``serious_questions``: not more likely than not) while both the balance
    and the public interest are ``against`` the movant: every factor beyond
    the gateways then weighs against relief.

  Between those (a likely-to-win movant facing a balance against it; a
  weaker merits showing with the equities in its favor) the Third Circuit's
  judges weigh, and the analysis says so.
* **Stays and injunctions pending appeal.** In re Revel AC, Inc., 802 F.3d
  558 (3d Cir. 2015): the same gateways (a chance of success "significantly
  better than negligible but not greater than 50%", and irreparable harm
  absent a stay; Nken, 556 U.S. at 434), then "we balance the relative harms
  considering all four factors using a sliding scale": "[t]he more likely the
  plaintiff is to win, the less heavily need the balance of harms weigh in
  [its] favor". Revel itself granted a stay to an applicant all but sure to
  win (``clear``) whose harms outweighed its opponent's though the public
  interest tilted the other way: that is a second clear case for relief,
  pending appeal only. (Revel is cited without a page: its roadmap was read
  only in reports of the opinion.)
* **Mandatory relief.** An injunction that alters the status quo carries "a
  particularly heavy burden" on the merits (Trinity, 735 F.3d 131, cited
  without a page: the lead's words, not read in the opinion): this scale's
  ``clear`` replaces the merits gateway (option
  *mandatory_heightened*, default True), for a TRO or preliminary
  injunction (pending appeal the stay factors govern).
* The TRO standard is the preliminary injunction's. The Lanham Act's
  presumption (15 U.S.C. § 1116(a), as the Third Circuit applied it in
  Nichino, 44 F.4th 180) joins the harm gateway of a TRO or preliminary
  injunction, for records dated from the TMA or undated (`standards.lanham`);
  a stated harm finding rebuts it, as in Nichino itself.
"""

from __future__ import annotations

import functools
from typing import final

import attrs

from .. import authorities as a
from .._engine.case import Case, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Requirement, Rule, Weighing, at_most
from .._engine.scales import Balance, Harm, Merits, PublicInterest
from .lanham import LANHAM_MOTIONS, lanham_as_of, with_lanham

__all__ = ["ThirdCircuit"]

MERITS_GATEWAY = Requirement(
    Factor.MERITS,
    at_least=Merits.SERIOUS_QUESTIONS,
    statement="a chance of success on the merits significantly better than negligible but not necessarily more likely than not",
    authority=a.REILLY_GATEWAYS,
)
HARM_GATEWAY = Requirement(
    Factor.IRREPARABLE_HARM,
    at_least=Harm.LIKELY,
    statement="irreparable harm more likely than not in the absence of preliminary relief",
    authority=a.REILLY_GATEWAYS,
)
MANDATORY_MERITS = Requirement(
    Factor.MERITS,
    at_least=Merits.CLEAR,
    statement="a particularly heavy burden on the merits, for relief that alters the status quo",
    authority=a.TRINITY_HEAVY_BURDEN,
)
STAY_MERITS_GATEWAY = Requirement(
    Factor.MERITS,
    at_least=Merits.SERIOUS_QUESTIONS,
    statement="a chance of winning on appeal significantly better than negligible but not necessarily greater than 50%",
    authority=a.REVEL_STAY,
)
STAY_HARM_GATEWAY = Requirement(
    Factor.IRREPARABLE_HARM,
    at_least=Harm.LIKELY,
    statement="irreparable injury to the applicant absent a stay",
    authority=(a.NKEN_434, a.REVEL_STAY),
)

_WEIGHS = (a.REILLY_WEIGHING, a.REILLY_177)
_ALL_FOUR_FAVOR = AllOf(
    (
        Requirement(Factor.MERITS, at_least=Merits.LIKELY, statement="success more likely than not", authority=_WEIGHS),
        Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, statement="the balance of harms in the movant's favor", authority=_WEIGHS),
        Requirement(Factor.PUBLIC_INTEREST, at_least=PublicInterest.NEUTRAL, statement="a public interest that does not weigh against relief", authority=_WEIGHS),
    )
)
_ALL_AGAINST = AllOf(
    (
        at_most(Factor.MERITS, Merits.SERIOUS_QUESTIONS, statement="success more likely than not", authority=_WEIGHS),
        at_most(Factor.BALANCE_OF_HARDSHIPS, Balance.AGAINST, statement="a balance of harms at least even", authority=_WEIGHS),
        at_most(Factor.PUBLIC_INTEREST, PublicInterest.AGAINST, statement="a public interest at least neutral", authority=_WEIGHS),
    )
)
WEIGHING = Weighing(
    _ALL_FOUR_FAVOR,
    _ALL_AGAINST,
    statement="all four factors, taken together, balance in favor of granting the requested preliminary relief",
    authority=_WEIGHS,
)
_STAY_WEIGHS = (a.REVEL_STAY,)
STAY_WEIGHING = Weighing(
    AnyOf(
        (
            AllOf(
                (
                    Requirement(Factor.MERITS, at_least=Merits.LIKELY, statement="success on appeal more likely than not", authority=_STAY_WEIGHS),
                    Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, statement="the balance of harms in the applicant's favor", authority=_STAY_WEIGHS),
                    Requirement(Factor.PUBLIC_INTEREST, at_least=PublicInterest.NEUTRAL, statement="a public interest that does not weigh against a stay", authority=_STAY_WEIGHS),
                )
            ),
            AllOf(
                (
                    Requirement(Factor.MERITS, at_least=Merits.CLEAR, statement="an applicant all but sure to win", authority=a.REVEL_STRONG_MERITS),
                    Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, statement="the balance of harms in the applicant's favor", authority=a.REVEL_STRONG_MERITS),
                )
            ),
        )
    ),
    AllOf(
        (
            at_most(Factor.MERITS, Merits.SERIOUS_QUESTIONS, statement="success on appeal more likely than not", authority=_STAY_WEIGHS),
            at_most(Factor.BALANCE_OF_HARDSHIPS, Balance.AGAINST, statement="a balance of harms at least even", authority=_STAY_WEIGHS),
            at_most(Factor.PUBLIC_INTEREST, PublicInterest.AGAINST, statement="a public interest at least neutral", authority=_STAY_WEIGHS),
        )
    ),
    statement="the relative harms, balanced with all four factors on a sliding scale: the more likely the applicant is to win, the less heavily need the balance of harms weigh in the applicant's favor",
    authority=_STAY_WEIGHS,
)

_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: (
        "A preliminary injunction needs the two gateway factors (a chance of success significantly better than negligible, "
        "and irreparable harm more likely than not); then all four factors are weighed in the court's sound discretion."
    ),
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "A temporary restraining order takes the preliminary-injunction standard: the two gateways, then the weighing.",
    MotionKind.INJUNCTION_PENDING_APPEAL: (
        "An injunction pending appeal takes the stay factors: the two gateways, then all four factors on a sliding scale."
    ),
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal needs the two gateways, then all four factors weighed on a sliding scale.",
}


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class ThirdCircuit:
    """The Third Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal: gateways, then a weighing (Reilly; Revel).

    Args:
        mandatory_heightened: relief that alters the status quo (a mandatory
            injunction) needs a clear showing on the merits, the "particularly
            heavy burden" of Trinity, 735 F.3d 131 (cited without a page:
            the words were not read in the opinion), in place of the
            ordinary merits gateway. Default True: the Third
            Circuit's cases hold mandatory relief to a heavier burden
            (Trinity; research18-ca3.md); no Third Circuit authority was found
            against. ``False``: the ordinary gateways govern mandatory relief too.

    >>> from injunction import MotionKind, Relief, ThirdCircuit
    >>> [p.name for p in ThirdCircuit().rule_for_motion(MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, False).rules]
    ['reilly']
    """

    mandatory_heightened: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, as one rule tree (without the
        Lanham Act presumption for a record dated before the TMA)."""
        motion = case.motion
        rule = self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government)
        return lanham_as_of(rule, case.case.decided)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(self, kind: MotionKind, relief: Relief, opponent_is_government: bool) -> Rule:
        """The test for a motion of *kind* seeking *relief* (the Third Circuit
        asks the same of a government opponent)."""
        del opponent_is_government  # the weighing reads the public interest as it stands
        mandatory = relief is Relief.MANDATORY and self.mandatory_heightened and kind in LANHAM_MOTIONS
        if kind in (MotionKind.STAY_PENDING_APPEAL, MotionKind.INJUNCTION_PENDING_APPEAL):
            path: Rule = AllOf(
                (STAY_MERITS_GATEWAY, STAY_HARM_GATEWAY, STAY_WEIGHING),
                name="revel",
                statement="the two gateways (a chance of winning significantly better than negligible; irreparable harm), then all four factors on a sliding scale",
                authority=(a.REVEL_STAY, a.NKEN_434),
            )
            paths: tuple[Rule, ...] = (path,)
            authority: tuple[a.Authority, ...] = (a.REVEL_STAY, a.NKEN_434)
        else:
            path = AllOf(
                (MANDATORY_MERITS if mandatory else MERITS_GATEWAY, HARM_GATEWAY, WEIGHING),
                name="mandatory" if mandatory else "reilly",
                statement=(
                    "a particularly heavy showing on the merits and irreparable harm more likely than not, then all four factors weighed"
                    if mandatory
                    else "the two gateway factors, then all four factors weighed in the court's sound discretion"
                ),
                authority=(a.TRINITY_HEAVY_BURDEN, a.REILLY_GATEWAYS) if mandatory else a.REILLY_GATEWAYS,
            )
            paths = with_lanham((path,), HARM_GATEWAY)  # a TRO or preliminary injunction: § 1116(a)'s motions
            authority = (a.REILLY_GATEWAYS,)
        statement = _WORDS[kind]
        if mandatory:
            statement += " Relief that alters the status quo carries a particularly heavy burden on the merits."
        return AnyOf(paths, name=kind.value, statement=statement, authority=authority)


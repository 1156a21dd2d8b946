"""The D.C. Circuit's standard for interim relief: Winter's four factors, and
the circuit's sliding scale, whose survival after Winter is an open question.

Read beside the opinions (research: docs/research/research18-cadc.md):

* **Four factors** (Winter, 555 U.S. at 20): likely success, likely
  irreparable harm, a balance of equities in the movant's favor, and an
  injunction in the public interest (``favors``).
* **Irreparable harm** must be "both certain and great", "actual and not
  theoretical" (Wis. Gas, 758 F.2d at 674, per curiam; pin unverified). The
  library's harm scale tops out at ``likely``, so the D.C. Circuit's harm is
  this scale's ``likely``, stated in the court's words; a speculative or
  merely possible harm fails. Harm is indispensable on every path: a
  failure to show it is enough to deny (CityFed, 58 F.3d 738, cited without
  a page: the opening affirms a denial on harm alone).
* **The sliding scale** (before Winter settled: CityFed 1995; applied after
  it, Sherley, 644 F.3d at 392): an unusually strong showing on one factor
  can make up for a weaker one. As a table, one named path per row, each
  with likely harm and the public interest:

  ============================  ==========================
  merits                        balance at least
  ============================  ==========================
  ``likely`` (``winter``)       ``favors``
  ``serious_questions``         ``sharply_favors``
  (``sliding_scale``: "a
  correspondingly lower
  standard" of success)
  ============================  ==========================

* **Does it survive Winter?** Open. For: the circuit has never held it
  abrogated; Sherley, 644 F.3d at 392-93, applied it arguendo and declined
  to decide; League of Women Voters v. Newby, 838 F.3d 1, 7 (D.C. Cir. 2016)
  (pin unverified); district courts bound by it keep applying it (Holiday
  CVS v. Holder, 839 F. Supp. 2d 145 n.8 (D.D.C. 2012)). Against: Davis v.
  PBGC, 571 F.3d 1288, 1296 (D.C. Cir. 2009) (Kavanaugh, J., concurring):
  "a movant cannot obtain a preliminary injunction without showing both a
  likelihood of success and a likelihood of irreparable harm"; Sherley at
  393 read Winter "at least to suggest if not to hold" that likely success
  is a free-standing requirement. The weight (no panel holding, binding
  precedent applied) keeps the scale: option *sliding_scale_survives*,
  default True; False leaves only the ``winter`` row for records dated from
  Winter (Nov. 12, 2008) or undated. Before Winter the scale applies
  whatever the option.
* TROs and injunctions pending appeal take the preliminary-injunction
  standard. Stays pending appeal take Nken's factors (556 U.S. at 434) on the
  same table (Holiday Tours, 559 F.2d 841: a serious legal question with
  the other factors weighing strongly for the stay).
* Against the government the balance and the public interest merge (Nken,
  556 U.S. at 435).
* Mandatory relief: no D.C. Circuit authority was verified; it takes the
  same test.
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

__all__ = ["WINTER_DECIDED", "DCCircuit"]

WINTER_DECIDED = datetime.date(2008, 11, 12)
"""Winter v. NRDC: from this day whether the sliding scale survives is open."""

LIKELY_SUCCESS = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=a.WINTER_20)
LOWER_SUCCESS = Requirement(
    Factor.MERITS,
    at_least=Merits.SERIOUS_QUESTIONS,
    statement="a serious legal question going to the merits, a correspondingly lower showing of success",
    authority=(a.SHERLEY_392, a.CITYFED_HARM),
)
CERTAIN_AND_GREAT = Requirement(
    Factor.IRREPARABLE_HARM,
    at_least=Harm.LIKELY,
    statement="irreparable injury that is both certain and great, actual and not theoretical",
    authority=(a.WINTER_22_HARM, a.WIS_GAS_CERTAIN_AND_GREAT, a.CITYFED_HARM),
)
BALANCE_FAVORS = Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, authority=a.WINTER_20)
BALANCE_STRONGLY = Requirement(
    Factor.BALANCE_OF_HARDSHIPS,
    at_least=Balance.SHARPLY_FAVORS,
    statement="a balance of equities tipping strongly toward the movant, with no substantial harm to the other side",
    authority=a.SHERLEY_392,
)
PUBLIC_INTEREST = Requirement(Factor.PUBLIC_INTEREST, at_least=PublicInterest.FAVORS, authority=a.WINTER_20)

_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: "A preliminary injunction takes the four Winter factors, weighed in this circuit on a sliding scale.",
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "A temporary restraining order takes the preliminary-injunction standard.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "An injunction pending appeal takes the preliminary-injunction standard.",
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal turns on the four Nken factors, weighed on the same sliding scale.",
}


def _validate_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and type(value) is not datetime.date:
        raise TypeError(f"{attribute.name} must be a datetime.date or None, got {value!r}")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class DCCircuit:
    """The D.C. Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal.

    Args:
        sliding_scale_survives: after Winter, a serious legal question with
            a strongly tipping balance may stand in for likely success.
            Default True (the weight of the circuit's authority: Sherley, 644
            F.3d at 392-93, left it in place; no panel has held it
            abrogated). False: likely success is a free-standing requirement
            (Davis, 571 F.3d at 1296 (Kavanaugh, J., concurring); Sherley at
            393 "at least to suggest").
        by_date: apply the law of the record's ``case.decided`` (default True).
        as_of: decide every record under the law of this day instead.

    >>> from injunction import DCCircuit, MotionKind, Relief
    >>> [p.name for p in DCCircuit().rule_for_motion(MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, False).rules]
    ['winter', 'sliding_scale']
    """

    sliding_scale_survives: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    by_date: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    as_of: datetime.date | None = attrs.field(default=None, validator=_validate_date)

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, under the law of its day."""
        day = self.as_of if self.as_of is not None else case.case.decided if self.by_date else None
        motion = case.motion
        before_winter = day is not None and day < WINTER_DECIDED
        return self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government, before_winter)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(self, kind: MotionKind, relief: Relief, opponent_is_government: bool, before_winter: bool = False) -> Rule:
        """The test for a motion of *kind* seeking *relief*, by who opposes it;
        *before_winter*: the law before Nov. 12, 2008, when the sliding scale was settled."""
        stay = kind is MotionKind.STAY_PENDING_APPEAL
        authority: tuple[a.Authority, ...] = (a.NKEN_434, a.HOLIDAY_TOURS_STAY) if stay else (a.WINTER_20, a.SHERLEY_392)

        def weighing(balance: Requirement) -> tuple[Rule, ...]:
            if not opponent_is_government:
                return (balance, PUBLIC_INTEREST)
            merged = Merger(
                balance.at_least,  # type: ignore[arg-type]
                statement="the balance of equities and the public interest, weighed as one against the government",
                authority=a.NKEN_435,
            )
            return (merged,)

        rows: list[Rule] = [
            AllOf(
                (LIKELY_SUCCESS, CERTAIN_AND_GREAT, *weighing(BALANCE_FAVORS)),
                name="winter",
                statement="likely success, certain and great irreparable harm, a balance of equities in the movant's favor, and the public interest",
                authority=a.WINTER_20,
            )
        ]
        if before_winter or self.sliding_scale_survives:
            rows.append(
                AllOf(
                    (LOWER_SUCCESS, CERTAIN_AND_GREAT, *weighing(BALANCE_STRONGLY)),
                    name="sliding_scale",
                    statement="a serious legal question, certain and great irreparable harm, a balance of equities tipping strongly toward the movant, and the public interest",
                    authority=(a.SHERLEY_392, a.SHERLEY_393),
                )
            )
        statement = _WORDS[kind]
        if not before_winter and self.sliding_scale_survives:
            statement += " Whether the sliding scale survives Winter is an open question in this circuit."
            authority += (a.SHERLEY_393,)
        return AnyOf(tuple(rows), name=kind.value, statement=statement, authority=authority)

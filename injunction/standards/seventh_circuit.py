"""The Seventh Circuit's standard for interim relief: a threshold phase, then a
sliding scale between the merits and the balance of harms.

Read beside the opinions (research: docs/research/research18-ca7.md):

* **Threshold phase.** The movant must show (1) some likelihood of success on
  the merits, (2) that traditional legal remedies are inadequate, and (3)
  irreparable harm without relief; failing any one, relief is denied
  (Cassell, 990 F.3d at 544, quoted in Finch v. Treto, 82 F.4th at 578; the
  Seventh Circuit's own order in Illinois Republican Party, July 3, 2020:
  "They must also show the absence of an adequate remedy at law and a threat
  of irreparable harm ... If they make this showing, we then consider the
  balance of harms"). Irreparable harm is this scale's ``likely``.
* **Balancing phase, a sliding scale.** "The more likely the plaintiff is to
  win, the less heavily need the balance of harms weigh in his favor; the
  less likely he is to win, the more need it weigh in his favor" (Girl
  Scouts, 549 F.3d 1079, cited without a page: 1086 was not seen). The
  court weighs; the library decides only the weighing's clear cases
  (`Weighing`) and leaves the rest to the court, named as its judgment.
  Clear grants, a table of merits level to required balance (one named row
  each), with a public interest (harm to non-parties) that does not weigh
  against relief (``neutral``):

  ================================  =============================
  merits                            balance of harms at least
  ================================  =============================
  ``likely`` (or ``clear``)         ``even``: a movant likely to
                                    win needs only harms that do
                                    not tip against it
  ``serious_questions``             ``sharply_favors``
  ("better than negligible")        (before Sept. 3, 2020 only)
  ================================  =============================

  The clear denial: a chance no better than ``serious_questions`` with
  harms at most ``even`` ("the less likely he is to win, the more need it
  weigh in his favor"). Everything between (likely success with harms
  tipping against the movant; before 2020, some likelihood with harms that
  favor it but not sharply) is the court's weighing: ``undetermined``.
  Against the government the balance and the public interest are one
  weighing (Nken, 556 U.S. at 435).
* **The merits floor moved.** Before Illinois Republican Party, 973 F.3d at
  762-63 (Sept. 3, 2020; pin unverified), "some likelihood of success", a
  chance "better than negligible", passed the threshold: this scale's
  ``serious_questions``, the lowest level that can ever grant, and then only
  where the harms tip sharply. From that day a "strong showing" of likely
  success is required (not proof by a preponderance): this scale's
  ``likely``. A record is decided under the law of its ``case.decided``
  (undated: current law). Option *negligible_path_survives* keeps the old
  row after 2020 (default False: Illinois Republican Party and Mays v. Dart,
  974 F.3d 810 (7th Cir. 2020), both published; later panels still recite
  "some likelihood", Cassell 2021, without applying a negligible chance).
* **No adequate remedy at law.** The record's ``remedy_at_law`` is a
  threshold requirement here, but the rule vocabulary has no slot for it
  (its four factors are merits, harm, balance and public interest): the
  standard does not read it, and the requirement is stated in the trace of
  the harm requirement. A record finding an adequate remedy at law is not
  denied on that ground by this library (reported as a gap, issue 18).
* TROs and injunctions pending appeal take the preliminary-injunction
  standard (the July 3, 2020 order decided an injunction pending appeal on
  it). A stay pending appeal "mirrors" it (A & F, 742 F.3d 763), on Nken's
  factors (556 U.S. at 434), with the same dated merits floor.
* Mandatory relief: "cautiously viewed and sparingly issued" (Graham v. Med.
  Mut. of Ohio, 130 F.3d 293, 295 (7th Cir. 1997)) is unverified and not
  encoded: mandatory relief takes the same test.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, final

import attrs

from .. import authorities as a
from .._engine.case import Case, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Merger, Requirement, Rule, Weighing, at_most
from .._engine.scales import Balance, Harm, Merits, PublicInterest

__all__ = ["STRONG_SHOWING_SINCE", "SeventhCircuit"]

STRONG_SHOWING_SINCE = datetime.date(2020, 9, 3)
"""Illinois Republican Party v. Pritzker, 973 F.3d 760 (7th Cir.), the day the
merits floor became a strong showing of likely success (the research lead's
day; the opinion's header was not seen)."""

_THRESHOLD = (a.CASSELL_544,)
STRONG_SHOWING = Requirement(
    Factor.MERITS,
    at_least=Merits.LIKELY,
    statement="a strong showing that the movant is likely to succeed on the merits (a better than negligible chance is not enough)",
    authority=(a.ILL_REPUBLICAN_STRONG_SHOWING, a.WINTER_20),
)
LIKELY_SUCCESS_OLD = Requirement(
    Factor.MERITS,
    at_least=Merits.LIKELY,
    statement="a likelihood of success on the merits",
    authority=a.GIRL_SCOUTS_SLIDING_SCALE,
)
BETTER_THAN_NEGLIGIBLE = Requirement(
    Factor.MERITS,
    at_least=Merits.SERIOUS_QUESTIONS,
    statement="some likelihood of success on the merits, a chance better than negligible",
    authority=a.GIRL_SCOUTS_SLIDING_SCALE,
)
IRREPARABLE_HARM = Requirement(
    Factor.IRREPARABLE_HARM,
    at_least=Harm.LIKELY,
    statement="irreparable harm without preliminary relief, for which traditional legal remedies are inadequate",
    authority=_THRESHOLD,
)
HARMS_NOT_AGAINST = Requirement(
    Factor.BALANCE_OF_HARDSHIPS,
    at_least=Balance.EVEN,
    statement="a balance of harms that, the movant being likely to win, need not weigh heavily in the movant's favor",
    authority=a.GIRL_SCOUTS_SLIDING_SCALE,
)
HARMS_SHARPLY = Requirement(
    Factor.BALANCE_OF_HARDSHIPS,
    at_least=Balance.SHARPLY_FAVORS,
    statement="a balance of harms weighing heavily in the movant's favor, the movant's chance of success being slight",
    authority=a.GIRL_SCOUTS_SLIDING_SCALE,
)
# The weighing's clear denial (its *deny*): a movant whose chance is no better than some likelihood
# (serious questions) and whose harms do not weigh in its favor: "the less likely he is to win, the more
# need [the balance] weigh in his favor". Every other pattern the table leaves open is the court's to weigh.
SLIGHT_CHANCE = at_most(
    Factor.MERITS,
    Merits.SERIOUS_QUESTIONS,
    statement="a chance of success no better than some likelihood",
    authority=a.GIRL_SCOUTS_SLIDING_SCALE,
)
HARMS_NOT_FOR = at_most(
    Factor.BALANCE_OF_HARDSHIPS,
    Balance.EVEN,
    statement="harms that do not weigh in the movant's favor",
    authority=a.GIRL_SCOUTS_SLIDING_SCALE,
)
PUBLIC_INTEREST = Requirement(
    Factor.PUBLIC_INTEREST,
    at_least=PublicInterest.NEUTRAL,
    statement="a public interest (the harm to non-parties) that does not weigh against relief",
    authority=a.GIRL_SCOUTS_SLIDING_SCALE,
)

_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: "A preliminary injunction takes a threshold phase (likelihood of success, no adequate remedy at law, irreparable harm) and then a sliding scale between the merits and the balance of harms.",
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "A temporary restraining order takes the preliminary-injunction standard.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "An injunction pending appeal takes the preliminary-injunction standard.",
    MotionKind.STAY_PENDING_APPEAL: "The standard for a stay pending appeal mirrors the preliminary-injunction standard, on the four Nken factors.",
}


def _validate_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and type(value) is not datetime.date:
        raise TypeError(f"{attribute.name} must be a datetime.date or None, got {value!r}")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class SeventhCircuit:
    """The Seventh Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal.

    Args:
        negligible_path_survives: keep the "better than negligible" row (some
            likelihood of success with harms tipping sharply) for records
            dated from Sept. 3, 2020. Default False: Illinois Republican
            Party, 973 F.3d at 762-63, requires a strong showing of likely
            success (pin unverified; Mays v. Dart, 974 F.3d at 822, repeats
            it); against it, later panels still recite "some likelihood of
            success" as the threshold (Cassell, 990 F.3d at 544; Finch, 82
            F.4th at 578) without applying a negligible chance.
        by_date: apply the law of the record's ``case.decided`` (default True).
        as_of: decide every record under the law of this day instead.

    >>> from injunction import MotionKind, Relief, SeventhCircuit
    >>> [p.name for p in SeventhCircuit().rule_for_motion(MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, False).rules]
    ['threshold_then_sliding_scale']
    """

    negligible_path_survives: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    by_date: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    as_of: datetime.date | None = attrs.field(default=None, validator=_validate_date)

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, under the law of its day."""
        day = self.as_of if self.as_of is not None else case.case.decided if self.by_date else None
        motion = case.motion
        before = day is not None and day < STRONG_SHOWING_SINCE
        return self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government, before)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(self, kind: MotionKind, relief: Relief, opponent_is_government: bool, before_strong_showing: bool = False) -> Rule:
        """The test for a motion of *kind* seeking *relief*, by who opposes it;
        *before_strong_showing*: the law before Sept. 3, 2020."""
        negligible = before_strong_showing or self.negligible_path_survives
        likely = LIKELY_SUCCESS_OLD if before_strong_showing else STRONG_SHOWING
        floor = BETTER_THAN_NEGLIGIBLE if negligible else likely
        stay = kind is MotionKind.STAY_PENDING_APPEAL
        authority: tuple[a.Authority, ...] = (a.A_AND_F_STAY, a.NKEN_434) if stay else (a.GIRL_SCOUTS_SLIDING_SCALE,)

        def harms(balance: Requirement) -> tuple[Rule, ...]:
            if not opponent_is_government:
                return (balance, PUBLIC_INTEREST)
            merged = Merger(
                balance.at_least,  # type: ignore[arg-type]
                statement="the balance of harms and the public interest, weighed as one against the government",
                authority=a.NKEN_435,
            )
            return (merged,)

        rows: list[Rule] = [AllOf((likely, *harms(HARMS_NOT_AGAINST)), name="likely", authority=a.GIRL_SCOUTS_SLIDING_SCALE)]
        if negligible:
            rows.append(AllOf((BETTER_THAN_NEGLIGIBLE, *harms(HARMS_SHARPLY)), name="better_than_negligible", authority=a.GIRL_SCOUTS_SLIDING_SCALE))
        balancing = Weighing(
            AnyOf(tuple(rows), authority=a.GIRL_SCOUTS_SLIDING_SCALE) if len(rows) > 1 else rows[0],
            AllOf((SLIGHT_CHANCE, HARMS_NOT_FOR), authority=a.GIRL_SCOUTS_SLIDING_SCALE),
            name="sliding_scale",
            statement=(
                "the court weighs the harms on a sliding scale: the more likely the movant is to win, the less heavily "
                "need the balance of harms weigh in the movant's favor; the less likely, the more the balance must"
            ),
            authority=a.GIRL_SCOUTS_SLIDING_SCALE,
        )
        path = AllOf(
            (floor, IRREPARABLE_HARM, balancing),
            name="threshold_then_sliding_scale",
            statement="the threshold (likelihood of success, irreparable harm), then the balance of harms on a sliding scale",
            authority=authority,
        )
        return AnyOf((path,), name=kind.value, statement=_WORDS[kind], authority=authority)

"""The First Circuit's standard for interim relief, composed from the same rules.

Read beside the opinions (research18-ca1.md; no First Circuit reporter page
was seen in the opinion itself: the pins marked verified are quoted with
that page by orders of the District of Maine, the rest are cited without a
page):

* Four factors: "(1) the likelihood of success on the merits; (2) the
  potential for irreparable harm [to the movant] if the injunction is
  denied; (3) the balance of relevant impositions, i.e., the hardship to the
  non-movant if enjoined as contrasted with the hardship to the movant if no
  injunction issues; and, (4) the effect (if any) of the court's ruling on
  the public interest." Esso, 445 F.3d at 17-18. The same four decide a
  temporary restraining order (the District of Maine applies them so) and an
  injunction pending appeal (Together Employees, 19 F.4th at 7-8).
* Likely success is "the sine qua non" (AFDI, 781 F.3d 571, cited without a
  page; the lead New Comm Wireless, 287 F.3d at 9, was not seen): a
  requirement. "Likelihood of success" is this scale's ``likely``; the
  circuit has no serious-questions path.
* Irreparable harm is a "necessary threshold showing" (Matos, 367 F.3d at
  73): a requirement. Esso's "potential for irreparable harm" predates Winter;
  Winter's "likely" (555 U.S. at 22) is this scale's ``likely``.
* The movant must show that the factors "weigh in its favor" (Nieves-Márquez,
  353 F.3d at 120): the balance of impositions and the public interest are
  weighed (a `Weighing`). Its clear cases, from the opinions: relief where
  the hardship tips toward the movant (``favors``) and the public interest
  "will not be adversely affected" (Bellotti, 641 F.2d 1006, cited without a
  page: ``neutral`` or better); denial where both weigh against relief
  (``against`` or worse each). Anything between is the court's weighing, and
  the analysis says so. Option *weigh_equities*.
* Stays pending appeal take Nken's factors (556 U.S. at 434): a strong
  showing of likely success and likely irreparable harm, then the equities
  weighed as above; when the government opposes the stay they merge into one
  weighing (Nken, 556 U.S. at 435). Common Cause R.I., 970 F.3d 11, applied
  them (cited without a page).
* Not encoded, for want of words seen on a page: a heightened standard for
  mandatory relief (an unverified lead speaks of a clear entitlement), a
  merger of the equities on a preliminary injunction against the government,
  and the lead that harm and merits are weighed together (Ross-Simons, 102
  F.3d 12, 19, unverified). Mandatory relief therefore takes the same test.
* A statute binds it as every federal court: likely success on a Lanham Act
  claim supplies likely irreparable harm on a TRO or preliminary-injunction
  motion (15 U.S.C. § 1116(a), `standards.lanham`), for records dated from
  the TMA (December 27, 2020, unverified) or undated.
"""

from __future__ import annotations

import functools
from typing import final

import attrs

from .. import authorities as a
from .._engine.case import Case, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Merger, Requirement, Rule, Weighing, at_most
from .._engine.scales import Balance, Harm, Merits, PublicInterest
from .lanham import LANHAM_MOTIONS, lanham_as_of, with_lanham

__all__ = ["FirstCircuit"]

MERITS = Factor.MERITS
HARM = Factor.IRREPARABLE_HARM
BALANCE = Factor.BALANCE_OF_HARDSHIPS
PUBLIC = Factor.PUBLIC_INTEREST

LIKELY_SUCCESS = Requirement(
    MERITS,
    at_least=Merits.LIKELY,
    statement="a likelihood of success on the merits, the sine qua non of the test",
    authority=(a.ESSO_17, a.AFDI_SINE_QUA_NON),
)
LIKELY_HARM = Requirement(
    HARM,
    at_least=Harm.LIKELY,
    statement="irreparable harm, a necessary threshold showing, likely and not merely possible",
    authority=(a.MATOS_73, a.WINTER_22_HARM),
)
BALANCE_FAVORS = Requirement(
    BALANCE,
    at_least=Balance.FAVORS,
    statement="a balance of relevant impositions that tips toward the movant",
    authority=a.ESSO_17,
)
PUBLIC_NOT_ADVERSE = Requirement(
    PUBLIC,
    at_least=PublicInterest.NEUTRAL,
    statement="a public interest that will not be adversely affected by the relief",
    authority=(a.ESSO_17, a.BELLOTTI_PUBLIC_INTEREST),
)
EQUITIES_WEIGHED = Weighing(
    BALANCE_FAVORS & PUBLIC_NOT_ADVERSE,
    at_most(BALANCE, Balance.AGAINST, authority=a.NIEVES_MARQUEZ_120, statement="the balance of impositions tips against relief")
    & at_most(PUBLIC, PublicInterest.AGAINST, authority=a.NIEVES_MARQUEZ_120, statement="the public interest weighs against relief"),
    statement=(
        "the movant must show that the factors weigh in the movant's favor: clearly so where the hardship tips toward the "
        "movant and the public interest will not be adversely affected, clearly not where both weigh against relief"
    ),
    authority=(a.NIEVES_MARQUEZ_120, a.ESSO_17),
    name="equities",
)

STAY_STRONG_SHOWING = Requirement(MERITS, at_least=Merits.LIKELY, statement="a strong showing that the applicant is likely to succeed", authority=a.NKEN_434)
STAY_HARM = Requirement(HARM, at_least=Harm.LIKELY, statement="that the applicant will be irreparably injured absent a stay", authority=a.NKEN_434_POSSIBLE)
STAY_MERGED = Merger(
    Balance.FAVORS,
    statement="the harm to the opposing party and the public interest merge when the government opposes the stay: one weighing",
    authority=a.NKEN_435,
)

_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: (
        "A preliminary injunction takes four factors: likely success, the sine qua non, and irreparable harm, a threshold, "
        "are required; the balance of impositions and the public interest must weigh in the movant's favor."
    ),
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "A temporary restraining order takes the preliminary-injunction factors.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "An injunction pending appeal takes the preliminary-injunction factors.",
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal turns on the four Nken factors.",
}
_AUTHORITIES: dict[MotionKind, tuple[a.Authority, ...]] = {
    MotionKind.PRELIMINARY_INJUNCTION: (a.ESSO_17, a.PEOPLES_FEDERAL_8),
    MotionKind.TEMPORARY_RESTRAINING_ORDER: (a.ESSO_17,),
    MotionKind.INJUNCTION_PENDING_APPEAL: (a.TOGETHER_EMPLOYEES_7, a.ESSO_17),
    MotionKind.STAY_PENDING_APPEAL: (a.NKEN_434, a.COMMON_CAUSE_RI_STAY),
}


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class FirstCircuit:
    """The First Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal.

    Args:
        weigh_equities: weigh the balance of impositions and the public
            interest (default ``True``): the movant must show the factors
            "weigh in its favor", Nieves-Márquez, 353 F.3d at 120, decided
            only in the clear cases (both for relief, or both against it) and
            otherwise left to the court's weighing. ``False``: each is a
            requirement, as a district order lists them ("Plaintiffs must show
            the following four criteria", Armstrong v. Jewell (D.R.I. 2015),
            citing Bellotti, 641 F.2d 1006): a balance in the movant's favor
            and a public interest not adversely affected. Likely success and
            irreparable harm are required either way.

    >>> from injunction import MotionKind, Relief
    >>> from injunction.standards.first_circuit import FirstCircuit
    >>> rule = FirstCircuit().rule_for_motion(MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, True)
    >>> [path.name for path in rule.rules]
    ['winter']
    """

    weigh_equities: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, as one rule tree (without the
        Lanham Act presumption for a record dated before the TMA)."""
        motion = case.motion
        rule = self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government)
        return lanham_as_of(rule, case.case.decided)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(self, kind: MotionKind, relief: Relief, opponent_is_government: bool) -> Rule:
        """The test for a motion of *kind* seeking *relief*, by who opposes it."""
        equities: tuple[Rule, ...] = (EQUITIES_WEIGHED,) if self.weigh_equities else (BALANCE_FAVORS, PUBLIC_NOT_ADVERSE)
        if kind is MotionKind.STAY_PENDING_APPEAL:
            path = AllOf(
                (STAY_STRONG_SHOWING, STAY_HARM, *((STAY_MERGED,) if opponent_is_government else equities)),
                name="winter",
                statement="a strong showing of likely success and likely irreparable harm, with the equities in the applicant's favor",
                authority=a.NKEN_434,
            )
        else:
            path = AllOf(
                (LIKELY_SUCCESS, LIKELY_HARM, *equities),
                name="winter",
                statement="likely success and likely irreparable harm, with the balance of impositions and the public interest weighing in the movant's favor",
                authority=(a.ESSO_17, a.NIEVES_MARQUEZ_120),
            )
        paths: tuple[Rule, ...] = (path,)
        if kind in LANHAM_MOTIONS:
            paths = with_lanham(paths, LIKELY_HARM)
        statement = _WORDS[kind]
        if relief is Relief.MANDATORY and kind is not MotionKind.STAY_PENDING_APPEAL:
            statement += " No heightened standard for mandatory relief is applied: none was verified on a page."
        if not self.weigh_equities:
            statement += " Each of the four factors is required (the option weigh_equities=False)."
        return AnyOf(paths, name=kind.value, statement=statement, authority=_AUTHORITIES[kind])

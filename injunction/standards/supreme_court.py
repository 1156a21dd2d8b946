"""The Supreme Court's standards for its own injunctions and stays pending
appeal (research: docs/research/research18-scotus.md).

* **Injunctions** (an application for an injunction, whatever the motion is
  called: the All Writs Act, 28 U.S.C. § 1651(a), "is the only source of
  this Court's authority to issue an injunction", Turner, 507 U.S. at 1303).
  Two lines, an option with the authorities on each side:

  - *indisputably clear* (in chambers): an injunction issues "only if" it is
    necessary or appropriate in aid of the Court's jurisdiction and "the
    legal rights at issue are 'indisputably clear'" (Turner at 1303, seen on
    the page; Lux (2010), without a page); an injunction, unlike a stay,
    "grants judicial intervention that has been withheld by the lower
    courts" (Turner at 1302). "Indisputably clear" is this scale's
    ``clear``. The first condition (aid of jurisdiction) is no finding of
    the record format and is not encoded; the traditional equitable
    factors (Winter) stand beside the heightened merits, as "only if" makes
    the two conditions necessary, not sufficient.
  - *Winter* (the full Court, per curiam): Roman Catholic Diocese (Nov. 25,
    2020) granted an injunction pending appeal because the claims were
    "likely to prevail", denial "would lead to irreparable injury", and
    relief "would not harm the public interest" (slip op. 2, citing Winter,
    555 U.S. at 20): ``likely`` merits, ``likely`` harm and a public
    interest at least ``neutral`` (its words, "would not harm"). It names no
    separate balance of hardships, and none is required here.

  The default, ``by_date``, follows the weight of the Court's own opinions:
  the in-chambers line before Roman Catholic Diocese, the per curiam's
  factors from its day.

* **Stays** (Hollingsworth, per curiam): "(1) a reasonable probability that
  four Justices will consider the issue sufficiently meritorious to grant
  certiorari; (2) a fair prospect that a majority of the Court will vote to
  reverse the judgment below; and (3) a likelihood that irreparable harm
  will result from the denial of a stay. In close cases ... the Court will
  balance the equities". "A fair prospect" is short of "likely": this
  scale's ``serious_questions``. The first showing is a finding no record
  can state today (the record format has no field for it, and a rule reads
  only the findings of `Facts`): the library does not decide a Supreme
  Court stay on the other showings alone. `SupremeCourt.rule_for` refuses a
  stay, naming the missing finding (`CertiorariNotStatedError`);
  `rule_for_motion` shows the other showings on the doctrine page.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, Literal, final

import attrs

from .. import authorities as a
from .._engine.case import Case, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Requirement, Rule
from .._engine.scales import Balance, Harm, Merits, PublicInterest
from .._errors import InjunctionError

__all__ = ["CertiorariNotStatedError", "SupremeCourt"]

ROMAN_CATHOLIC_DIOCESE_DECIDED = datetime.date(2020, 11, 25)
assert a.ROMAN_CATHOLIC_DIOCESE.decided == ROMAN_CATHOLIC_DIOCESE_DECIDED

INDISPUTABLY_CLEAR = Requirement(
    Factor.MERITS,
    at_least=Merits.CLEAR,
    statement="that the legal rights at issue are indisputably clear",
    authority=(a.TURNER_1303, a.LUX_INDISPUTABLY_CLEAR),
)
LIKELY_TO_PREVAIL = Requirement(
    Factor.MERITS,
    at_least=Merits.LIKELY,
    statement="that the claims are likely to prevail",
    authority=(a.ROMAN_CATHOLIC_DIOCESE_WINTER, a.WINTER_20),
)
HARM = Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=(a.WINTER_20, a.ROMAN_CATHOLIC_DIOCESE_WINTER))
BALANCE = Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, authority=a.WINTER_20)
PUBLIC_NOT_HARMED = Requirement(
    Factor.PUBLIC_INTEREST,
    at_least=PublicInterest.NEUTRAL,
    statement="that granting relief would not harm the public interest",
    authority=a.ROMAN_CATHOLIC_DIOCESE_WINTER,
)
PUBLIC_FAVORS = Requirement(Factor.PUBLIC_INTEREST, at_least=PublicInterest.FAVORS, authority=a.WINTER_20)

FAIR_PROSPECT = Requirement(
    Factor.MERITS,
    at_least=Merits.SERIOUS_QUESTIONS,
    statement="a fair prospect that a majority of the Court will vote to reverse the judgment below",
    authority=a.HOLLINGSWORTH_STAY,
)
STAY_HARM = Requirement(
    Factor.IRREPARABLE_HARM,
    at_least=Harm.LIKELY,
    statement="a likelihood that irreparable harm will result from the denial of a stay",
    authority=a.HOLLINGSWORTH_STAY,
)
CLOSE_CASE_EQUITIES = Requirement(
    Factor.BALANCE_OF_HARDSHIPS,
    at_least=Balance.FAVORS,
    statement="in a close case, that the equities and the relative harms favor the applicant",
    authority=a.HOLLINGSWORTH_STAY,
)
CLEAR_PROSPECT = Requirement(
    Factor.MERITS,
    at_least=Merits.LIKELY,
    statement="a prospect of reversal strong enough that the case is not close",
    authority=a.HOLLINGSWORTH_STAY,
)

Standard = Literal["by_date", "indisputably_clear", "winter"]


class CertiorariNotStatedError(InjunctionError, ValueError):
    """A Supreme Court stay application: its first requirement, a reasonable
    probability that four Justices will grant certiorari, is a finding the
    record format cannot yet state, so the library does not decide it."""

    def __init__(self) -> None:
        super().__init__(
            "Supreme Court of the United States (scotus): a stay is not decided: its first requirement, "
            "a reasonable probability that four Justices will consider the issue sufficiently meritorious to grant "
            "certiorari (Hollingsworth v. Perry, 558 U.S. 183 (2010) (per curiam)), is a finding the record format "
            "cannot yet state (SupremeCourt(certiorari_granted=True) decides a stay once certiorari is granted); "
            "the Court's injunctions are decided"
        )


def _validate_standard(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in ("by_date", "indisputably_clear", "winter"):
        raise ValueError(f"{attribute.name} must be 'by_date', 'indisputably_clear' or 'winter', got {value!r}")


def _validate_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and type(value) is not datetime.date:
        raise TypeError(f"{attribute.name} must be a datetime.date or None, got {value!r}")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class SupremeCourt:
    """The Supreme Court's tests for its own injunctions and stays.

    Args:
        injunction_standard: which line governs an injunction.
            ``"indisputably_clear"``: the in-chambers line, Turner, 507 U.S.
            at 1303 (Rehnquist, C.J., in chambers) and Lux v. Rodrigues
            (Roberts, C.J., in chambers): the legal rights at issue must be
            indisputably clear. ``"winter"``: Roman Catholic Diocese v.
            Cuomo (per curiam, 2020): likely to prevail, irreparable injury,
            no harm to the public interest. ``"by_date"`` (default): the
            in-chambers line for a record dated before Nov. 25, 2020, the
            per curiam's from that day, and for a record without a date.
        as_of: the law in force on this day for every record (``None``, the
            default: the record's date decides).
        certiorari_granted: the Court has already granted certiorari (or
            noted probable jurisdiction), so a stay's first showing is
            settled and the others decide it. Default False: a stay is
            refused (`CertiorariNotStatedError`), as no record can state the
            probability of certiorari.

    >>> from injunction import MotionKind, Relief, SupremeCourt
    >>> [p.name for p in SupremeCourt().rule_for_motion(MotionKind.INJUNCTION_PENDING_APPEAL, Relief.PROHIBITORY, True).rules]
    ['winter']
    """

    injunction_standard: Standard = attrs.field(default="by_date", validator=_validate_standard)
    as_of: datetime.date | None = attrs.field(default=None, validator=_validate_date)
    certiorari_granted: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s application, as one rule tree; a
        stay is refused (`CertiorariNotStatedError`)."""
        motion = case.motion
        if motion.kind is MotionKind.STAY_PENDING_APPEAL and not self.certiorari_granted:
            raise CertiorariNotStatedError()
        day = self.as_of if self.as_of is not None else case.case.decided
        return self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government, day)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(
        self, kind: MotionKind, relief: Relief, opponent_is_government: bool, day: datetime.date | None = None
    ) -> Rule:
        """The test for an application of *kind*, under the law of *day*
        (None: current law). A stay's test omits its first requirement
        (certiorari), which `rule_for` refuses to decide without."""
        if kind is MotionKind.STAY_PENDING_APPEAL:
            clear = AllOf((CLEAR_PROSPECT, STAY_HARM), name="winter", statement="a prospect of reversal that leaves no close case, and likely irreparable harm", authority=a.HOLLINGSWORTH_STAY)
            close = AllOf(
                (FAIR_PROSPECT, STAY_HARM, CLOSE_CASE_EQUITIES),
                name="serious_questions",
                statement="a fair prospect of reversal and likely irreparable harm, with the equities in the applicant's favor in a close case",
                authority=a.HOLLINGSWORTH_STAY,
            )
            return AnyOf(
                (clear, close),
                name=kind.value,
                statement=(
                    "A stay pending certiorari needs a reasonable probability that four Justices will grant certiorari "
                    "(not encoded: the record format cannot state it, so a stay is refused), a fair prospect of "
                    "reversal, and likely irreparable harm; in close cases the Court balances the equities."
                ),
                authority=a.HOLLINGSWORTH_STAY,
            )
        line = self.injunction_standard
        if line == "by_date":
            line = "indisputably_clear" if day is not None and day < ROMAN_CATHOLIC_DIOCESE_DECIDED else "winter"
        called = "" if kind is MotionKind.INJUNCTION_PENDING_APPEAL else f" (asked as a {kind.words}: the Court's only injunction is one under the All Writs Act)"
        if line == "indisputably_clear":
            path = AllOf(
                (INDISPUTABLY_CLEAR, HARM, BALANCE, PUBLIC_FAVORS),
                name="indisputably_clear",
                statement="legal rights indisputably clear, with irreparable harm, the balance of equities and the public interest",
                authority=(a.TURNER_1303, a.TURNER_1302),
            )
            statement = (
                f"An injunction from this Court{called} issues only where necessary or appropriate in aid of the "
                "Court's jurisdiction (not a finding of the record format) and the legal rights at issue are indisputably clear."
            )
            authority: tuple[a.Authority, ...] = (a.TURNER_1303, a.TURNER_1302)
        else:
            path = AllOf(
                (LIKELY_TO_PREVAIL, HARM, PUBLIC_NOT_HARMED),
                name="winter",
                statement="claims likely to prevail, irreparable injury without relief, and no harm to the public interest",
                authority=(a.ROMAN_CATHOLIC_DIOCESE_WINTER, a.WINTER_20),
            )
            statement = f"An injunction from this Court{called} pending appeal takes Winter's factors, as the Court applied them in Roman Catholic Diocese."
            authority = (a.ROMAN_CATHOLIC_DIOCESE_WINTER, a.WINTER_20)
        return AnyOf((path,), name=kind.value, statement=statement, authority=authority)

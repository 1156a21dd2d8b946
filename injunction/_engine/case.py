"""Typed case: the request for interim relief and the findings on each factor.

Frozen attrs models that mirror the case-record format (version 2, which
reads every version 1 record) one to one. A factor that a record leaves out
is *unknown*, never failed; a field of version 2 that a record leaves out is
None, "not stated", never a default that decides anything.
Change a finding in a notebook with ``attrs.evolve``::

    attrs.evolve(case, irreparable_harm=IrreparableHarm(likelihood=Harm.LIKELY))
"""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Iterable
from typing import Any, TypeVar

import attrs

from .._text import blank
from .scales import Balance, Finding, Harm, Level, Merits, PublicInterest, Severity

__all__ = [
    "AppealFrom",
    "BalanceOfHardships",
    "Caption",
    "Case",
    "Challenged",
    "Claim",
    "ClaimFilter",
    "Disposition",
    "Expected",
    "Factor",
    "IrreparableHarm",
    "Motion",
    "MotionKind",
    "PublicInterestFinding",
    "Reach",
    "Relief",
    "RemedyAtLaw",
    "Statute",
]


class Factor(enum.StrEnum):
    """The four factors, named as in the record and the output."""

    MERITS = "merits"
    IRREPARABLE_HARM = "irreparable_harm"
    BALANCE_OF_HARDSHIPS = "balance_of_hardships"
    PUBLIC_INTEREST = "public_interest"

    @property
    def label(self) -> str:
        """The factor's heading in an analysis: ``Irreparable harm``."""
        return _FACTOR_LABELS[self]


_FACTOR_LABELS = {
    Factor.MERITS: "Likelihood of success on the merits",
    Factor.IRREPARABLE_HARM: "Irreparable harm",
    Factor.BALANCE_OF_HARDSHIPS: "Balance of hardships",
    Factor.PUBLIC_INTEREST: "Public interest",
}


class MotionKind(enum.StrEnum):
    """What the movant asks for."""

    TEMPORARY_RESTRAINING_ORDER = "temporary_restraining_order"
    PRELIMINARY_INJUNCTION = "preliminary_injunction"
    INJUNCTION_PENDING_APPEAL = "injunction_pending_appeal"
    STAY_PENDING_APPEAL = "stay_pending_appeal"

    @property
    def words(self) -> str:
        return self.value.replace("_", " ")


class Relief(enum.StrEnum):
    """Prohibitory relief preserves (or restores) the status quo ante litem;
    mandatory relief orders a party to act beyond it."""

    PROHIBITORY = "prohibitory"
    MANDATORY = "mandatory"


class Reach(enum.StrEnum):
    """Whom the relief would reach (record format 2, ``motion.reach``).

    ``PARTIES``: the relief binds and benefits the parties alone; relief so
    limited may rest on a public interest that is at most neutral (Stormans,
    in the Ninth Circuit). ``BEYOND_PARTIES``: it reaches non-parties as well
    (the public, an uncertified class, a universal injunction; the scope of
    relief Trump v. CASA (2025) addresses).
    """

    PARTIES = "parties"
    BEYOND_PARTIES = "beyond_parties"


class Challenged(enum.StrEnum):
    """What the relief would stop (record format 2, ``motion.challenged``).

    ``STATUTE``: a statute or ordinance, a legislative enactment, federal,
    state or local; ``REGULATION``: a regulation, a rule an agency adopted;
    ``GOVERNMENT_ACTION``: any other government action (an executive order,
    an agency's or an officer's decision or conduct); ``PRIVATE_CONDUCT``:
    what a private party does. Some circuits ask more of a movant who
    challenges government action taken under a statute or regulation
    (the Second and Eighth); which, is their standards' business.
    """

    STATUTE = "statute"
    REGULATION = "regulation"
    GOVERNMENT_ACTION = "government_action"
    PRIVATE_CONDUCT = "private_conduct"


class AppealFrom(enum.StrEnum):
    """What the order under appeal did (record format 2, ``case.appeal_from``):
    it granted or it denied the relief, so that an appellate decision reads as one."""

    GRANT = "grant"
    DENIAL = "denial"


class Statute(enum.StrEnum):
    """The federal statute a claim arises under (record format 2,
    ``claims[].arises_under``): a closed list, of the statutes whose own
    rules on interim relief a standard may apply. ``LANHAM_ACT``: trademark
    and unfair competition (15 U.S.C. § 1051 and following; § 1116(a) on
    injunctions); ``PATENT_ACT``: patent infringement (35 U.S.C.; § 283);
    ``COPYRIGHT_ACT``: copyright infringement (17 U.S.C.; § 502)."""

    LANHAM_ACT = "lanham_act"
    PATENT_ACT = "patent_act"
    COPYRIGHT_ACT = "copyright_act"

    @property
    def words(self) -> str:
        """``Lanham Act``."""
        return self.value.replace("_", " ").title()


class ClaimFilter(enum.StrEnum):
    """Which claims a merits requirement reads (`Requirement`'s *claims*):
    the best of them carries the finding.

    ``ALL``: every claim (the merits factor). ``CONSTITUTIONAL``: the
    claims marked ``constitutional``. ``FIRST_AMENDMENT``: the constitutional
    claims marked ``first_amendment = true``. ``LANHAM_ACT``: the claims that
    arise under the Lanham Act (``arises_under = "lanham_act"``). A record
    that does not say a claim is of a kind reads as saying it is not.
    """

    ALL = "all"
    CONSTITUTIONAL = "constitutional"
    FIRST_AMENDMENT = "first_amendment"
    LANHAM_ACT = "lanham_act"

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"

    # Hashed as its string, in C: `Facts.read` looks a slot up by filter millions of
    # times in the exhaustive checks (equal to its value, as any StrEnum member is).
    __hash__ = str.__hash__

    def admits(self, claim: Claim) -> bool:
        """Whether *claim* is one of the claims this filter reads."""
        if self is ClaimFilter.ALL:
            return True
        if self is ClaimFilter.CONSTITUTIONAL:
            return claim.constitutional
        if self is ClaimFilter.FIRST_AMENDMENT:
            return claim.first_amendment is True
        return claim.arises_under is Statute.LANHAM_ACT

    @property
    def within(self) -> ClaimFilter | None:
        """The filter whose claims include this one's (every First Amendment
        claim is constitutional); None for ``ALL``."""
        return None if self is ClaimFilter.ALL else ClaimFilter.CONSTITUTIONAL if self is ClaimFilter.FIRST_AMENDMENT else ClaimFilter.ALL

    @property
    def noun(self) -> str:
        """``a Lanham Act claim``; ``a claim`` for ``ALL``."""
        return _CLAIM_NOUNS[self]


_CLAIM_NOUNS = {
    ClaimFilter.ALL: "a claim",
    ClaimFilter.CONSTITUTIONAL: "a constitutional claim",
    ClaimFilter.FIRST_AMENDMENT: "a First Amendment claim",
    ClaimFilter.LANHAM_ACT: "a Lanham Act claim",
}


class Disposition(enum.StrEnum):
    """The outcome: granted, denied, or undetermined by the known findings."""

    GRANTED = "granted"
    DENIED = "denied"
    UNDETERMINED = "undetermined"


L = TypeVar("L", bound=Level)


def _finding_of(scale: type[L], value: L | Finding[L] | None) -> Finding[L]:
    """Accept a level (an exact finding), a finding, or None (unknown) on *scale*."""
    if type(value) is Finding and type(value.lo) is scale:
        return value  # the common case, first
    if value is None:
        return Finding.unknown(scale)
    if isinstance(value, Finding):
        if value.scale is not scale:
            raise TypeError(f"expected a finding on the {scale.__name__} scale, got {value!r}")
        return value
    if isinstance(value, scale):
        return Finding.exact(value)
    raise TypeError(f"expected a {scale.__name__} level or finding, got {value!r}")


def _merits(value: Merits | Finding[Merits] | None) -> Finding[Merits]:
    return _finding_of(Merits, value)


def _harm(value: Harm | Finding[Harm] | None) -> Finding[Harm]:
    return _finding_of(Harm, value)


def _balance(value: Balance | Finding[Balance] | None) -> Finding[Balance]:
    return _finding_of(Balance, value)


def _public_interest(value: PublicInterest | Finding[PublicInterest] | None) -> Finding[PublicInterest]:
    return _finding_of(PublicInterest, value)


def _nonempty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    # A name of invisible characters alone (a zero-width space) is as empty as "" (`_text.blank`).
    if not isinstance(value, str) or blank(value):
        raise ValueError(f"{attribute.name} must be a non-empty string (not only white space or invisible characters), got {value!r}")


def _optional_str(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a string or None, got {value!r}")


def _optional(kind: type) -> Any:
    """A validator: None ("not stated") or an instance of *kind*."""
    return attrs.validators.optional(attrs.validators.instance_of(kind))


@attrs.frozen(kw_only=True)
class Caption:
    """Identification of the decision: name, court and where to read it."""

    name: str = attrs.field(validator=_nonempty)
    court: str = attrs.field(validator=_nonempty)
    decided: datetime.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(datetime.date))
    )
    citation: str | None = attrs.field(default=None, validator=_optional_str)
    docket: str | None = attrs.field(default=None, validator=_optional_str)
    source: str | None = attrs.field(default=None, validator=_optional_str)
    appeal_from: AppealFrom | None = attrs.field(default=None, validator=_optional(AppealFrom))
    """Record format 2: the order under appeal granted or denied the relief."""
    governing_law: str | None = attrs.field(default=None, validator=_optional_str)
    """Record format 2: the court of appeals whose law governs, when it is not
    the forum's circuit (a CourtListener id, such as ``"cafc"`` for a patent
    claim in a district court). The loader checks it against the court table."""


@attrs.frozen(kw_only=True)
class Motion:
    """What is asked for, by whom, against whom.

    Every finding is read from the movant's side; for a stay pending appeal
    the movant is the party asking for the stay. *opponent_is_government*
    is about the party resisting the relief.
    """

    kind: MotionKind = attrs.field(validator=attrs.validators.instance_of(MotionKind))
    relief: Relief = attrs.field(validator=attrs.validators.instance_of(Relief))
    movant: str = attrs.field(validator=_nonempty)
    opponent: str = attrs.field(validator=_nonempty)
    opponent_is_government: bool = attrs.field(
        default=False, validator=attrs.validators.instance_of(bool)
    )
    # Record format 2; None is "not stated".
    reach: Reach | None = attrs.field(default=None, validator=_optional(Reach))
    challenged: Challenged | None = attrs.field(default=None, validator=_optional(Challenged))
    alters_status_quo: bool | None = attrs.field(default=None, validator=_optional(bool))
    """Whether the relief would alter the status quo (the Tenth Circuit's first disfavored kind)."""
    all_relief: bool | None = attrs.field(default=None, validator=_optional(bool))
    """Whether it would give the movant all, or substantially all, the relief it seeks on the merits."""
    notice: bool | None = attrs.field(default=None, validator=_optional(bool))
    """Whether the adverse party had notice of the motion; False for an ex parte TRO (Fed. R. Civ. P. 65(b)(1))."""


def _check_arises_under(instance: Claim, attribute: attrs.Attribute[Statute | None], value: Statute | None) -> None:
    if value is not None and instance.constitutional:
        raise ValueError(
            f"a claim that arises under the {value.words} alleges no constitutional violation: "
            "a constitutional claim and a statutory one are two claims"
        )


def _check_first_amendment(instance: Claim, attribute: attrs.Attribute[bool | None], value: bool | None) -> None:
    if value and not instance.constitutional:
        raise ValueError("a First Amendment claim is a constitutional claim: set constitutional=True")


@attrs.frozen(kw_only=True)
class Claim:
    """One claim (or, for a stay, one ground of appeal) and its merits finding.

    Record format 2 adds *arises_under* (the federal statute the claim
    arises under, from a closed list) and *first_amendment* (whether a
    constitutional claim is a First Amendment claim); None is "not stated".
    A First Amendment claim must be constitutional, and a claim that arises
    under one of the statutes must not be.
    """

    name: str = attrs.field(validator=_nonempty)
    merits: Finding[Merits] = attrs.field(default=None, converter=_merits)
    constitutional: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    finding: str | None = attrs.field(default=None, validator=_optional_str)
    arises_under: Statute | None = attrs.field(
        default=None, validator=attrs.validators.and_(_optional(Statute), _check_arises_under)
    )
    first_amendment: bool | None = attrs.field(
        default=None, validator=attrs.validators.and_(_optional(bool), _check_first_amendment)
    )


@attrs.frozen(kw_only=True)
class IrreparableHarm:
    """The finding on likely irreparable harm to the movant without relief."""

    likelihood: Finding[Harm] = attrs.field(default=None, converter=_harm)
    very_serious: bool | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(bool))
    )
    finding: str | None = attrs.field(default=None, validator=_optional_str)
    causal_nexus: bool | None = attrs.field(default=None, validator=_optional(bool))
    """Record format 2: whether the harm flows from the conduct the relief would
    stop (the Federal Circuit's causal nexus to the infringement)."""
    immediate: bool | None = attrs.field(default=None, validator=_optional(bool))
    """Record format 2: whether specific facts in an affidavit or a verified
    complaint clearly show that immediate and irreparable injury will result
    before the adverse party can be heard in opposition (Fed. R. Civ. P.
    65(b)(1)(A)); what an ex parte TRO (``motion.notice = false``) requires."""

    @property
    def severity(self) -> Finding[Severity]:
        """*very_serious* as a finding on the `Severity` scale."""
        if self.very_serious is None:
            return Finding.unknown(Severity)
        return Finding.exact(Severity.VERY_SERIOUS if self.very_serious else Severity.ORDINARY)


@attrs.frozen(kw_only=True)
class BalanceOfHardships:
    """The finding on how the balance of hardships tips, from the movant's side."""

    tips: Finding[Balance] = attrs.field(default=None, converter=_balance)
    finding: str | None = attrs.field(default=None, validator=_optional_str)


@attrs.frozen(kw_only=True)
class PublicInterestFinding:
    """The finding on where the public interest lies, for the relief sought."""

    weighs: Finding[PublicInterest] = attrs.field(default=None, converter=_public_interest)
    finding: str | None = attrs.field(default=None, validator=_optional_str)


@attrs.frozen(kw_only=True)
class RemedyAtLaw:
    """Record format 2: the finding on whether the movant has an adequate
    remedy at law (damages would make it whole); the Seventh Circuit asks
    it as a threshold. *adequate* None is "not stated"."""

    adequate: bool | None = attrs.field(default=None, validator=_optional(bool))
    finding: str | None = attrs.field(default=None, validator=_optional_str)


def _grounds(value: tuple[Factor, ...]) -> tuple[Factor, ...]:
    return tuple(Factor(v) for v in value)


@attrs.frozen(kw_only=True)
class Expected:
    """What the court decided (reference corpora only)."""

    disposition: Disposition = attrs.field(validator=attrs.validators.in_((Disposition.GRANTED, Disposition.DENIED)))
    determinable: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    test: str | None = attrs.field(default=None, validator=_optional_str)
    grounds: tuple[Factor, ...] = attrs.field(default=(), converter=_grounds)
    notes: str | None = attrs.field(default=None, validator=_optional_str)


def _claims(value: tuple[Claim, ...]) -> tuple[Claim, ...]:
    claims = tuple(value)
    if not claims:
        raise ValueError("a case needs at least one claim")
    for claim in claims:
        if not isinstance(claim, Claim):
            raise TypeError(f"claims must be Claim objects, got {claim!r}")
    return claims


@attrs.frozen(kw_only=True)
class Case:
    """One request for interim relief with the findings on each factor.

    >>> case = Case(
    ...     case=Caption(name="Example Co. v. Hosting Inc.", court="wawd"),
    ...     motion=Motion(kind=MotionKind.PRELIMINARY_INJUNCTION, relief=Relief.PROHIBITORY,
    ...                   movant="Example Co.", opponent="Hosting Inc."),
    ...     claims=[Claim(name="Breach of contract", merits=Merits.LIKELY)],
    ... )
    >>> case.merits
    Finding.exact(Merits.LIKELY)
    >>> case.irreparable_harm.likelihood
    Finding.unknown(Harm)
    """

    case: Caption
    motion: Motion
    claims: tuple[Claim, ...] = attrs.field(converter=_claims)
    irreparable_harm: IrreparableHarm = attrs.field(factory=IrreparableHarm)
    balance_of_hardships: BalanceOfHardships = attrs.field(factory=BalanceOfHardships)
    public_interest: PublicInterestFinding = attrs.field(factory=PublicInterestFinding)
    remedy_at_law: RemedyAtLaw = attrs.field(factory=RemedyAtLaw)
    expected: Expected | None = None

    @functools.cached_property
    def merits(self) -> Finding[Merits]:
        """The merits factor: the best claim's finding (interval maximum),
        found once per case (a report reads it once per claim)."""
        best = best_merits(self.claims)
        assert best is not None  # a case has at least one claim
        return best


def with_best_merits(claims: tuple[Claim, ...], level: Merits) -> tuple[Claim, ...]:
    """*claims* changed so that the merits factor (the best claim's) is
    exactly *level*: what ``merits = level`` means in `what_if` and in every
    answer a decision gives about the finding ``merits``.

    Every claim is capped at *level* (a finding wholly above it becomes
    exactly *level*; a bound reaching above it ends there); then, unless a
    claim already stands exactly at *level*, the best claim is set to it.
    The merits factor names no claim, so it is never read as saying that a
    constitutional claim (or a Lanham Act claim: any claim a narrower
    `ClaimFilter` admits) succeeds: the best claim of no such kind is
    the one set (the highest upper bound, then lower bound; the first on a
    tie), and one of them only when every claim is. (To change a
    particular claim, change ``claims[i].merits``.)

    >>> contract = Claim(name="Contract", merits=Finding(Merits.NONE, Merits.LIKELY))
    >>> speech = Claim(name="Speech", merits=Merits.LIKELY, constitutional=True)
    >>> [c.merits for c in with_best_merits((speech, contract), Merits.SERIOUS_QUESTIONS)]
    [Finding.exact(Merits.SERIOUS_QUESTIONS), Finding.at_most(Merits.SERIOUS_QUESTIONS)]
    >>> [c.merits for c in with_best_merits((speech, contract), Merits.CLEAR)]
    [Finding.exact(Merits.LIKELY), Finding.exact(Merits.CLEAR)]
    """
    capped = [
        claim if claim.merits.hi <= level else attrs.evolve(claim, merits=Finding(min(claim.merits.lo, level), level))
        for claim in claims
    ]
    if any(claim.merits.lo is level for claim in capped):
        return tuple(capped)
    narrower = [f for f in ClaimFilter if f is not ClaimFilter.ALL]
    plain = [i for i, claim in enumerate(capped) if not any(f.admits(claim) for f in narrower)]
    candidates = plain or list(range(len(capped)))
    best = max(candidates, key=lambda i: (capped[i].merits.hi.rank, capped[i].merits.lo.rank, -i))
    capped[best] = attrs.evolve(capped[best], merits=Finding.exact(level))
    return tuple(capped)


def best_merits(claims: Iterable[Claim]) -> Finding[Merits] | None:
    """The best of *claims*' merits findings (interval maximum); None for no claims."""
    found = [claim.merits for claim in claims]
    if not found:
        return None
    best = max(found, key=_lower_rank)
    hi = max(found, key=_upper_rank).hi
    # One new finding at most, not one per claim: the join of them all.
    return best if best.hi is hi else Finding(best.lo, hi)


def _lower_rank(finding: Finding[Merits]) -> int:
    return finding.lo.rank


def _upper_rank(finding: Finding[Merits]) -> int:
    return finding.hi.rank

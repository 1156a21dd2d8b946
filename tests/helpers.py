"""Small builders so tests read as the law they check."""

from __future__ import annotations

from typing import Any

from injunction import (
    BalanceOfHardships,
    Caption,
    Case,
    Claim,
    IrreparableHarm,
    Motion,
    MotionKind,
    PublicInterestFinding,
    Relief,
)


def make_case(
    *,
    merits: Any = None,
    harm: Any = None,
    very_serious: bool | None = None,
    balance: Any = None,
    public: Any = None,
    kind: MotionKind = MotionKind.PRELIMINARY_INJUNCTION,
    relief: Relief = Relief.PROHIBITORY,
    government: bool = False,
    constitutional: bool = False,
    claims: tuple[Claim, ...] | None = None,
) -> Case:
    """A case with one claim (unless *claims* is given) and the findings named."""
    return Case(
        case=Caption(name="Movant Co. v. Opponent Inc.", court="cand"),
        motion=Motion(
            kind=kind,
            relief=relief,
            movant="Movant Co.",
            opponent="Opponent Inc.",
            opponent_is_government=government,
        ),
        claims=claims or (Claim(name="Claim", merits=merits, constitutional=constitutional),),
        irreparable_harm=IrreparableHarm(likelihood=harm, very_serious=very_serious),
        balance_of_hardships=BalanceOfHardships(tips=balance),
        public_interest=PublicInterestFinding(weighs=public),
    )


def with_finding(case: Case, factor: str, finding: Any) -> Case:
    """*case* with *factor* narrowed to *finding*, as `Decision.settles` writes it.

    Merits: each claim whose finding admits the level is set to it (so the
    best claim's merits become exactly that level); harm: ``{"likelihood":
    ..., "very_serious": ...}``; balance and public interest: a level.
    """
    import attrs

    from injunction import Balance, Harm, Merits, PublicInterest

    if factor == "merits":
        level = Merits(finding)
        claims = tuple(
            attrs.evolve(c, merits=level) if c.merits.lo <= level <= c.merits.hi else c for c in case.claims
        )
        return attrs.evolve(case, claims=claims)
    if factor == "irreparable_harm":
        harm = attrs.evolve(
            case.irreparable_harm,
            likelihood=Harm(finding["likelihood"]),
            very_serious=finding.get("very_serious", case.irreparable_harm.very_serious),
        )
        return attrs.evolve(case, irreparable_harm=harm)
    if factor == "balance_of_hardships":
        return attrs.evolve(case, balance_of_hardships=attrs.evolve(case.balance_of_hardships, tips=Balance(finding)))
    if factor == "public_interest":
        return attrs.evolve(case, public_interest=attrs.evolve(case.public_interest, weighs=PublicInterest(finding)))
    raise ValueError(f"unknown factor {factor!r}")

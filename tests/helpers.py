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
    Reach,
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
    reach: Reach | None = None,
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
            reach=reach,
        ),
        claims=claims or (Claim(name="Claim", merits=merits, constitutional=constitutional),),
        irreparable_harm=IrreparableHarm(likelihood=harm, very_serious=very_serious),
        balance_of_hardships=BalanceOfHardships(tips=balance),
        public_interest=PublicInterestFinding(weighs=public),
    )


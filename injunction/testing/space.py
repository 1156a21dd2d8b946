"""The finite space of cases: every motion with every combination of findings."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any, final

import attrs

from hypothesis.errors import InvalidArgument

from injunction import (
    Balance,
    BalanceOfHardships,
    Caption,
    Case,
    Claim,
    Finding,
    Harm,
    IrreparableHarm,
    Merits,
    Motion,
    MotionKind,
    PublicInterest,
    PublicInterestFinding,
    Relief,
    Statute,
)
from .strategies import L



# --- The finite space ------------------------------------------------------------


def _intervals(scale: type[L]) -> tuple[Finding[L], ...]:
    """Every interval on *scale*, simplest first: unknown, then exact levels low to high, then bounds."""
    levels = list(scale)
    everything = [Finding(lo, hi) for i, lo in enumerate(levels) for hi in levels[i:]]
    return tuple(sorted(everything, key=lambda f: (not f.is_unknown, not f.is_exact, f.lo.rank, f.hi.rank)))


# Each kind of claim a claim filter tells apart: plain, constitutional, First Amendment, Lanham Act.
_CLAIM_KINDS: tuple[dict[str, Any], ...] = (
    {"name": "Claim"},
    {"name": "Constitutional claim", "constitutional": True},
    {"name": "First Amendment claim", "constitutional": True, "first_amendment": True},
    {"name": "Lanham Act claim", "arises_under": Statute.LANHAM_ACT},
)
_CLAIM_VARIANTS = tuple(Claim(merits=merits, **kind) for kind in _CLAIM_KINDS for merits in _intervals(Merits))


_CAPTION = Caption(name="Movant Co. v. Opponent Inc.", court="cand")


def _build(
    motion: Motion,
    claims: tuple[Claim, ...],
    harm: Finding[Harm],
    very_serious: bool | None,
    balance: Finding[Balance],
    public: Finding[PublicInterest],
) -> Case:
    """A case on the grid of the space: these findings, under a fixed caption."""
    return Case(
        case=_CAPTION,
        motion=motion,
        claims=claims,
        irreparable_harm=IrreparableHarm(likelihood=harm, very_serious=very_serious),
        balance_of_hardships=BalanceOfHardships(tips=balance),
        public_interest=PublicInterestFinding(weighs=public),
    )


@final
@attrs.frozen
class CaseSpace:
    """Every case on the finite grid: every interval on each scale, every motion
    kind, relief and opponent, each claim plain, constitutional, First
    Amendment or Lanham Act, very serious or not,
    with *min_claims* to *max_claims* claims. ``len()`` is its size; iterating
    yields the cases lazily, simplest first.

    >>> len(all_cases())
    106272000
    >>> len(all_cases(max_claims=1))
    2592000
    """

    min_claims: int = 1
    max_claims: int = 2
    kinds: tuple[MotionKind, ...] = tuple(MotionKind)
    reliefs: tuple[Relief, ...] = tuple(Relief)
    governments: tuple[bool, ...] = (False, True)

    def motions(self) -> tuple[Motion, ...]:
        """Every motion of the space."""
        return tuple(
            Motion(kind=kind, relief=relief, movant="Movant Co.", opponent="Opponent Inc.", opponent_is_government=government)
            for kind in self.kinds
            for relief in self.reliefs
            for government in self.governments
        )

    def claim_lists(self) -> tuple[tuple[Claim, ...], ...]:
        """Every list of claims of the space, in order: each claim any merits interval, of each kind."""
        return tuple(
            claims
            for count in range(self.min_claims, self.max_claims + 1)
            for claims in itertools.product(_CLAIM_VARIANTS, repeat=count)
        )

    def findings(self) -> Iterator[tuple[Finding[Harm], bool | None, Finding[Balance], Finding[PublicInterest]]]:
        """Every combination of the findings other than the merits."""
        return itertools.product(_intervals(Harm), (None, False, True), _intervals(Balance), _intervals(PublicInterest))

    def __len__(self) -> int:
        findings = len(_intervals(Harm)) * 3 * len(_intervals(Balance)) * len(_intervals(PublicInterest))
        return len(self.motions()) * len(self.claim_lists()) * findings

    def __iter__(self) -> Iterator[Case]:
        for motion in self.motions():
            for claims in self.claim_lists():
                for findings_ in self.findings():
                    yield _build(motion, claims, *findings_)


def all_cases(
    *,
    min_claims: int = 1,
    max_claims: int = 2,
    kinds: Iterable[MotionKind] = tuple(MotionKind),
    reliefs: Iterable[Relief] = tuple(Relief),
    governments: Iterable[bool] = (False, True),
) -> CaseSpace:
    """The finite space of cases (106,272,000 with the defaults), for exhaustive checks.

    >>> all_cases(kinds=["preliminary_injunction"])
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: all_cases() option kinds takes MotionKind members, got 'preliminary_injunction'
    """
    if not 1 <= min_claims <= max_claims:
        raise InvalidArgument(f"all_cases() needs 1 <= min_claims <= max_claims, got {min_claims} and {max_claims}")
    options: dict[str, tuple[Any, ...]] = {}
    for name, values, kind, words in (
        ("kinds", kinds, MotionKind, "MotionKind members"),
        ("reliefs", reliefs, Relief, "Relief members"),
        ("governments", governments, bool, "True or False values"),
    ):
        if isinstance(values, (str, bool)):
            raise InvalidArgument(f"all_cases() option {name} takes a list of {words}, got {values!r}")
        options[name] = tuple(values)
        if not options[name]:
            raise InvalidArgument(f"all_cases() option {name} needs at least one value")
        for value in options[name]:
            if not isinstance(value, kind):
                raise InvalidArgument(f"all_cases() option {name} takes {words}, got {value!r}")
    return CaseSpace(min_claims, max_claims, options["kinds"], options["reliefs"], options["governments"])



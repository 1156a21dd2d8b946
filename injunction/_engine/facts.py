"""The facts a rule reads, in one table.

A rule reads a case only through its `Facts`: one finding per *slot*. The
table `SLOTS` says, once, what each slot is: the `Facts` field that holds
it, the factor and scale a requirement names to read it, the claims it is
read from (`ClaimFilter`: the merits are the best claim's, the
constitutional merits the best constitutional claim's, and so on), and the
record path that sets it (none for the merits of a filter, a *sub-join*
read from the claims). Everything that reads a finding by requirement
reads this table: `Facts.of` and `Facts.read`, the compiled code
(`compile`), the exhaustive grid (`injunction.testing`), the axes of
what-if, the words of each finding (`words.FINDINGS`) and the scales a
requirement may name.

Adding a finding is one row here, one field of `Facts` and the rules that
use it; a claim filter is one member of `ClaimFilter`, one row here and
one field of `Facts` (None by default: a case without such a claim).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, NamedTuple, final

import attrs

from .case import Case, Claim, ClaimFilter, Factor, best_merits, with_best_merits
from .scales import Balance, Finding, Harm, Level, Merits, PublicInterest, Severity

__all__ = ["SCALES", "SLOTS", "SUB_JOINS", "Facts", "Slot", "slot"]


class Slot(NamedTuple):
    """One finding a rule can read."""

    field: str  # the `Facts` field that holds it
    factor: Factor
    scale: type[Level]
    key: str | None  # its path in a record; None for one read from the claims
    claims: ClaimFilter = ClaimFilter.ALL  # a merits slot: the claims whose best it is

    @property
    def sub_join(self) -> bool:
        """Whether this is the merits of some claims only (None for a case with none of them)."""
        return self.claims is not ClaimFilter.ALL


# In the law's order, the order of the compiled codes and of the exhaustive grid.
SLOTS: tuple[Slot, ...] = (
    Slot("merits", Factor.MERITS, Merits, "merits"),
    Slot("constitutional_merits", Factor.MERITS, Merits, None, ClaimFilter.CONSTITUTIONAL),
    Slot("first_amendment_merits", Factor.MERITS, Merits, None, ClaimFilter.FIRST_AMENDMENT),
    Slot("lanham_act_merits", Factor.MERITS, Merits, None, ClaimFilter.LANHAM_ACT),
    Slot("harm", Factor.IRREPARABLE_HARM, Harm, "irreparable_harm.likelihood"),
    Slot("severity", Factor.IRREPARABLE_HARM, Severity, "irreparable_harm.very_serious"),
    Slot("balance", Factor.BALANCE_OF_HARDSHIPS, Balance, "balance_of_hardships.tips"),
    Slot("public_interest", Factor.PUBLIC_INTEREST, PublicInterest, "public_interest.weighs"),
)

_SLOT = {(s.factor, s.scale, s.claims): index for index, s in enumerate(SLOTS)}
# The field by scale and claim filter alone, which pick one slot each (a scale
# belongs to one factor): `Facts.read` runs millions of times in the exhaustive
# checks, and a str-valued enum member hashes as its string does.
_FIELD = {(s.scale, s.claims): s.field for s in SLOTS}
assert len(_FIELD) == len(SLOTS), "two slots share a scale and a claim filter"
assert {s.claims for s in SLOTS if s.factor is Factor.MERITS} == set(ClaimFilter), "each claim filter is one slot"

SUB_JOINS: tuple[Slot, ...] = tuple(s for s in SLOTS if s.sub_join)
"""The slots of the merits of some claims only (a claim filter's), in slot order."""

SCALES: MappingProxyType[Factor, tuple[type[Level], ...]] = MappingProxyType(
    {factor: tuple(dict.fromkeys(s.scale for s in SLOTS if s.factor is factor)) for factor in Factor}
)
"""The scales a requirement on each factor may name (harm: `Harm` or `Severity`)."""


def slot(factor: Factor, scale: type[Level], claims: ClaimFilter = ClaimFilter.ALL) -> int:
    """The index in `SLOTS` of the finding a requirement on *factor* and *scale* reads, of *claims*."""
    return _SLOT[(factor, scale, claims)]


def _sub_joins(claims: tuple[Claim, ...]) -> dict[str, Finding[Merits] | None]:
    """The merits of each claim filter but ``ALL``, by `Facts` field."""
    return {at.field: best_merits(c for c in claims if at.claims.admits(c)) for at in SUB_JOINS}


@final
@attrs.frozen
class Facts:
    """Everything a rule reads from a case: the findings, with the merits as
    the best claim's, and the best claim's of each `ClaimFilter` (the
    constitutional, First Amendment and Lanham Act claims; None for a case
    with no such claim).

    Two cases with equal facts get the same answer from every rule; that is
    what lets `injunction.testing` check a standard over every case.

    *claims*, where known, are the claims the merits were read from: no
    rule reads them and they take no part in equality, but a change to the
    merits through the claims (`what_if`'s ``merits`` and
    ``claims[1].merits``) is made on them, so that several such changes
    compose.
    """

    merits: Finding[Merits]
    constitutional_merits: Finding[Merits] | None
    harm: Finding[Harm]
    severity: Finding[Severity]
    balance: Finding[Balance]
    public_interest: Finding[PublicInterest]
    first_amendment_merits: Finding[Merits] | None = None
    lanham_act_merits: Finding[Merits] | None = None
    claims: tuple[Claim, ...] | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def of(cls, case: Case) -> Facts:
        """The facts of *case*."""
        return cls(
            merits=case.merits,
            harm=case.irreparable_harm.likelihood,
            severity=case.irreparable_harm.severity,
            balance=case.balance_of_hardships.tips,
            public_interest=case.public_interest.weighs,
            claims=case.claims,
            **_sub_joins(case.claims),
        )

    def with_claims(self, claims: tuple[Claim, ...]) -> Facts:
        """These facts with the merits read from *claims* instead."""
        merits = best_merits(claims)
        assert merits is not None  # a case has at least one claim
        changes: dict[str, Any] = _sub_joins(claims)
        return attrs.evolve(self, merits=merits, claims=claims, **changes)

    def with_merits(self, level: Merits) -> Facts:
        """These facts with the merits factor (the best claim's) exactly
        *level*, as `with_best_merits` sets it on the claims. Without the
        claims, the same reading on the findings alone: every claim at most
        *level*, so each claim filter's finding is capped there, and no
        claim of a filter (a constitutional claim, a Lanham Act claim)
        assumed to be the one at *level*."""
        if self.claims is not None:
            return self.with_claims(with_best_merits(self.claims, level))
        changes: dict[str, Any] = {}
        for at in SUB_JOINS:
            some: Finding[Merits] | None = getattr(self, at.field)
            changes[at.field] = None if some is None else Finding(min(some.lo, level), min(some.hi, level))
        return attrs.evolve(self, merits=Finding.exact(level), **changes)

    def read(
        self, factor: Factor, scale: type[Level], *, claims: ClaimFilter = ClaimFilter.ALL, constitutional_only: bool = False
    ) -> Finding[Any] | None:
        """The finding a requirement on *factor* and *scale* reads (`slot`),
        of *claims* (``constitutional_only=True`` is the older spelling of
        ``claims=ClaimFilter.CONSTITUTIONAL``); None for the merits of a
        claim filter that admits none of the case's claims."""
        found: Finding[Any] | None = getattr(
            self, _FIELD[(scale, ClaimFilter.CONSTITUTIONAL if constitutional_only else claims)]
        )
        return found

    def states(self, factor: Factor, scale: type[Level]) -> bool:
        """Whether the record states a finding on *factor* and *scale*: any
        finding narrower than unknown, exact or bounded. A presumption
        supplies a finding only where the record states none."""
        found = self.read(factor, scale)
        return found is not None and not found.is_unknown

    def get(self, at: Slot) -> Finding[Any] | None:
        """The finding in slot *at*."""
        found: Finding[Any] | None = getattr(self, at.field)
        return found

    def setting(self, at: Slot, level: Level) -> Facts:
        """These facts with the finding in slot *at* exactly *level* (the merits: `with_merits`)."""
        if at.field == "merits" and isinstance(level, Merits):
            return self.with_merits(level)
        changes: dict[str, Any] = {at.field: Finding.exact(level)}
        return attrs.evolve(self, **changes)

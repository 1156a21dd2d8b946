"""Deliberately broken standards, to prove that the property checks bite.

Each is wrong in one way a drafter could be: `injunction check
--standard tests/broken_standards.py:NON_MONOTONE` reports it.
"""

from __future__ import annotations

from typing import final

import attrs

from injunction import AnyOf, Balance, Case, Factor, Harm, Merits, Requirement, Rule, Weighing, at_most
from injunction.authorities import COTTRELL_1135, WINTER_20

LIKELY_SUCCESS = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20)
SERIOUS_QUESTIONS = Requirement(Factor.MERITS, at_least=Merits.SERIOUS_QUESTIONS, authority=COTTRELL_1135)
LIKELY_HARM = Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=WINTER_20)
ANY_HARM = Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.NONE, authority=WINTER_20)

# Grants where harm is NOT likely: showing more harm loses the motion.
NON_MONOTONE = AnyOf(((LIKELY_SUCCESS & ~LIKELY_HARM).named("perverse"),), name="broken")

# A second path that demands harm below the lowest level: it can never be met.
NEVER_MET = AnyOf(
    ((LIKELY_SUCCESS & LIKELY_HARM).named("winter"), (SERIOUS_QUESTIONS & ~ANY_HARM).named("impossible")),
    name="broken",
)


@final
@attrs.frozen
class FirstClaimDecides:
    """Applies the strict test when the *first* claim is constitutional, else the loose one."""

    def rule_for(self, case: Case) -> Rule:
        if case.claims[0].constitutional:
            return AnyOf(((LIKELY_SUCCESS & LIKELY_HARM).named("winter"),), name="strict")
        return AnyOf(((SERIOUS_QUESTIONS & LIKELY_HARM).named("serious_questions"),), name="loose")


ORDER_MATTERS = FirstClaimDecides()

# A weighing whose clear cases overlap: a balance that tips even both clearly
# favors relief and clearly weighs against it.
OVERLAPPING_WEIGHING = AnyOf(
    (
        (
            LIKELY_SUCCESS
            & Weighing(
                Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.EVEN, authority=WINTER_20),
                at_most(Factor.BALANCE_OF_HARDSHIPS, Balance.EVEN, authority=WINTER_20),
                authority=WINTER_20,
            )
        ).named("weighed"),
    ),
    name="broken",
)

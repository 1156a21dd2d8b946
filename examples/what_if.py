"""What if? Change one finding in Parler v. AWS and watch the outcome move.

Run it: ``python examples/what_if.py``. In a notebook, each block is a cell.
"""

from __future__ import annotations

import attrs

import injunction
from injunction import (
    Balance,
    BalanceOfHardships,
    Claim,
    Harm,
    IrreparableHarm,
    Merits,
    NinthCircuit,
    PublicInterest,
    PublicInterestFinding,
    Reach,
)


def main() -> None:
    case = injunction.example("parler")
    print("As the court found:", injunction.evaluate(case).disposition.value)

    # Suppose the antitrust claim had raised serious questions and the equities
    # tipped sharply toward Parler. The public interest, found at most neutral,
    # still fails Winter's words: relief must be in the public interest.
    sherman = attrs.evolve(case.claims[0], merits=Merits.SERIOUS_QUESTIONS)
    stronger = attrs.evolve(
        case,
        claims=(sherman, *case.claims[1:]),
        balance_of_hardships=BalanceOfHardships(tips=Balance.SHARPLY_FAVORS),
    )
    print("Serious questions, balance sharply favoring Parler:", injunction.evaluate(stronger).disposition.value)

    # Relief that reaches only Parler and AWS may rest on a neutral public
    # interest (Stormans). Harm is still unknown, so nothing is settled.
    parties = attrs.evolve(stronger, motion=attrs.evolve(stronger.motion, reach=Reach.PARTIES))
    decision = injunction.evaluate(parties)
    print("... for relief that reaches only the parties:", decision.disposition.value)
    print("  would be settled by:", ", ".join(decision.needs))

    # Add likely irreparable harm (the threat of "extinction" Parler pleaded)
    # and a public interest that is neutral rather than "at most neutral".
    with_harm = attrs.evolve(
        parties,
        irreparable_harm=IrreparableHarm(likelihood=Harm.LIKELY),
        public_interest=PublicInterestFinding(weighs=PublicInterest.NEUTRAL),
    )
    decision = injunction.evaluate(with_harm)
    print("... with likely harm and a neutral public interest:", decision.disposition.value, "on the", decision.test, "path")

    # The same findings for a reader of Stormans who keeps Winter's words for every motion.
    strict = NinthCircuit(public_interest_threshold=PublicInterest.FAVORS)
    print("... if the public interest must always favor relief:", injunction.evaluate(with_harm, strict).disposition.value)

    # A claim never hurts: add a fourth, hopeless one.
    more = attrs.evolve(with_harm, claims=(*with_harm.claims, Claim(name="Unfair competition", merits=Merits.NONE)))
    print("... with a fourth, hopeless claim:", injunction.evaluate(more).disposition.value)


if __name__ == "__main__":
    main()

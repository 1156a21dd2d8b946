"""An interview that stops asking once the answer is settled.

The record starts with the claims alone (here, those of WeChat Users
Alliance v. Trump, a First Amendment challenge): every other finding is
unknown. Each round asks the question `next_questions()` ranks first,
takes the answer (here, from the court's own findings), and re-evaluates;
the interview ends the moment the motion is settled.

Run: python examples/interview.py
"""

from __future__ import annotations

from pathlib import Path

import attrs

import injunction
from injunction import BalanceOfHardships, IrreparableHarm, PublicInterestFinding

HERE = Path(__file__).resolve().parent
RECORD = HERE.parent / "tests" / "cases" / "district" / "2020-wechat-users-alliance-v-trump.json"

# What the court found: the answers our interviewee will give.
court = injunction.load(RECORD)

# The interview starts from the claims alone.
case = attrs.evolve(
    court,
    irreparable_harm=IrreparableHarm(),
    balance_of_hardships=BalanceOfHardships(),
    public_interest=PublicInterestFinding(),
)


def answer(case: injunction.Case, key: str) -> injunction.Case:
    """The case with the interviewee's answer to *key*: what the court found."""
    if key == "irreparable_harm.likelihood":
        return attrs.evolve(case, irreparable_harm=court.irreparable_harm)
    if key == "balance_of_hardships.tips":
        return attrs.evolve(case, balance_of_hardships=court.balance_of_hardships)
    return attrs.evolve(case, public_interest=court.public_interest)


if __name__ == "__main__":
    print(f"{court.case.name}: the claims alone")
    decision = injunction.evaluate(case)
    asked = 0
    while True:
        questions = decision.next_questions()
        print(f"  {decision.disposition.value}", end="")
        if not questions:
            print(f" — settled after {asked} question{'s' if asked != 1 else ''}.")
            break
        best = questions[0]
        ranking = ", ".join(f"{q.key} ({q.settles:.0%})" for q in questions)
        print(f"; ask next: {best.key}   [ranked: {ranking}]")
        case = answer(case, best.key)
        asked += 1
        decision = injunction.evaluate(case)
    print(f"The court: {court.expected.disposition.value if court.expected else 'unknown'}.")

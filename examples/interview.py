"""An interview that stops asking once the answer is settled.

The record starts with the claims alone (here, those of WeChat Users
Alliance v. Trump, a First Amendment challenge): every other finding is
unknown. Each round asks the question `next_questions()` ranks first, in
its own words (`Question.prompt`), offers the answers the record still
admits with their labels and what each would settle (`Question.answers`),
takes the answer (here, the court's own finding), applies it with
`what_if` under the question's own key, and goes on; the interview ends
the moment the motion is settled.

Run: python examples/interview.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs

import injunction
from injunction import BalanceOfHardships, IrreparableHarm, PublicInterestFinding

HERE = Path(__file__).resolve().parent
RECORD = HERE.parent / "tests" / "cases" / "district" / "2020-wechat-users-alliance-v-trump.json"

# What the court found: the answers our interviewee will give.
court = injunction.load(RECORD)
found = injunction.to_record(court)

# The interview starts from the claims alone.
case = attrs.evolve(
    court,
    irreparable_harm=IrreparableHarm(),
    balance_of_hardships=BalanceOfHardships(),
    public_interest=PublicInterestFinding(),
)


def interviewee(question: injunction.Question) -> Any:
    """The interviewee's answer to *question*: the court's finding, as the record writes it."""
    if question.key == "merits":
        return court.merits.to_data()
    table, field = question.key.split(".")
    return found[table][field]


def answered(question: injunction.Question, given: Any) -> str:
    """*given* in the question's own words: a level's label, or a bound on
    the labels (a court that found the public interest "at least in favor of
    relief", as a version 1 record's "favors" reads on five levels)."""
    labels = {answer.value: answer.label for answer in question.answers}
    if isinstance(given, dict):
        ends = [f"{end.replace('_', ' ')} {labels.get(level, level)}" for end, level in given.items()]
        return " and ".join(ends)
    return labels.get(given, str(given))


if __name__ == "__main__":
    print(f"{court.case.name}: the claims alone")
    decision = injunction.evaluate(case)
    asked = 0
    while True:
        questions = decision.next_questions()
        if not questions:
            print(f"{decision.disposition.value.capitalize()}: settled after {asked} question{'s' if asked != 1 else ''}.")
            break
        question = questions[0]
        print(f"\n{question.prompt}")
        for answer in question.answers:
            settles = "still open" if not answer.settles else answer.disposition.value
            print(f"  - {answer.label}: {settles}")
        given = interviewee(question)
        chosen = answered(question, given)
        print(f"  The answer: {chosen}.")
        decision = injunction.what_if(case, {question.key: given}).after
        case = decision.case
        asked += 1
    print(f"The court: {court.expected.disposition.value if court.expected else 'unknown'}.")

"""The words for each finding, in one table.

A finding is named in data by its record path (``balance_of_hardships.tips``;
``merits`` for the merits factor, the best claim's; ``claims[1].merits`` for
one claim). Everything a reader sees names it in words from this table: the
analysis ("the balance of hardships"), the interview's question and the
labels of its answers (`Question`), the decision diagram's nodes and the
heat maps' axes. Changing a word here changes it everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .case import Claim, Factor
from .facts import SLOTS
from .scales import Level, Merits

__all__ = ["FINDINGS", "Wording", "claim_key", "finding_key", "wording"]


class Wording(NamedTuple):
    """How a finding reads.

    *noun* names it in a sentence ("the balance of hardships"), *title* as a
    heading or an axis ("Balance of hardships"), *short* inside a label
    ("balance of hardships likely"); *prompt* asks for it in plain words;
    *answers* labels each level of *scale*, lowest first, as an interview
    offers it.
    """

    key: str
    factor: Factor
    scale: type[Level]
    noun: str
    title: str
    short: str
    prompt: str
    answers: tuple[str, ...]

    def answer(self, level: Level) -> str:
        """The display label of *level*: ``serious questions going to the merits``."""
        return self.answers[level.rank]


_MERITS_ANSWERS = (
    "not even serious questions",
    "serious questions going to the merits",
    "likely",
    "clear (the law and facts clearly favor the movant)",
)

def _wording(key: str, noun: str, title: str, short: str, prompt: str, answers: tuple[str, ...]) -> Wording:
    """The words for the finding in the slot recorded at *key* (its factor and scale come from `SLOTS`)."""
    at = next(at for at in SLOTS if at.key == key)
    return Wording(key, at.factor, at.scale, noun, title, short, prompt, answers)


# In the law's order: the order of `Decision.axes`, `outcomes` and every table.
FINDINGS: tuple[Wording, ...] = (
    _wording(
        "merits",
        "the merits (the best claim)",
        "Merits (the best claim)",
        "merits",
        "How likely is the movant to succeed on the merits (on the strongest claim)?",
        _MERITS_ANSWERS,
    ),
    _wording(
        "irreparable_harm.likelihood",
        "irreparable harm",
        "Irreparable harm",
        "irreparable harm",
        "Is the movant likely to suffer irreparable harm without relief?",
        ("no irreparable harm", "possible, not likely", "likely"),
    ),
    _wording(
        "irreparable_harm.very_serious",
        "whether the harm is very serious",
        "Very serious harm",
        "harm",
        "Would the harm be extreme or very serious damage?",
        ("not very serious", "very serious"),
    ),
    _wording(
        "balance_of_hardships.tips",
        "the balance of hardships",
        "Balance of hardships",
        "balance of hardships",
        "How does the balance of hardships tip, seen from the movant's side?",
        ("sharply against the movant", "against the movant", "even", "in the movant's favor", "sharply in the movant's favor"),
    ),
    _wording(
        "public_interest.weighs",
        "the public interest",
        "Public interest",
        "public interest",
        "Where does the public interest lie, for the relief sought?",
        ("sharply against relief", "against relief", "neutral", "in favor of relief", "sharply in favor of relief"),
    ),
)
_BY_KEY = {w.key: w for w in FINDINGS}
_BY_SCALE = {(w.factor, w.scale): w for w in FINDINGS}


def claim_key(index: int) -> str:
    """The record path of one claim's merits: ``claims[1].merits``."""
    return f"claims[{index}].merits"


def wording(key: str, claims: Sequence[Claim] = ()) -> Wording:
    """The words for the finding *key*; a claim's (``claims[1].merits``) are
    named after the claim, so they need the case's *claims*.

    Raises KeyError for a key that names no finding.
    """
    found = _BY_KEY.get(key)
    if found is not None:
        return found
    if key.startswith("claims[") and key.endswith("].merits"):
        index = key[len("claims[") : -len("].merits")]
        if index.isdigit() and int(index) < len(claims):
            name = claims[int(index)].name
            return Wording(
                key,
                Factor.MERITS,
                Merits,
                f"the claim {name}",
                name,
                name,
                f"How likely is the movant to succeed on the claim {name}?",
                _MERITS_ANSWERS,
            )
    raise KeyError(key)


def finding_key(factor: Factor, scale: type[Level]) -> str:
    """The record path of the finding on *factor* and *scale* (``merits`` for the best claim's)."""
    return _BY_SCALE[(factor, scale)].key

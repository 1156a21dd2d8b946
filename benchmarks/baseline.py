"""The baseline: the Ninth Circuit standard hand-written as a few ifs over
plain tuples of ranks, the least a program must do to decide a motion.

A case becomes ``(kind, mandatory, government, parties_only, merits,
constitutional, harm, severity, balance, public)``, each finding a
``(lo, hi)`` pair of ranks (``constitutional`` None without a constitutional
claim). Truth values are
0 (false), 1 (unknown), 2 (true): Kleene's logic is ``min``, ``max``.
"""

from __future__ import annotations

import json
from typing import Any

Pair = tuple[int, int]
Plain = tuple[str, bool, bool, bool, Pair, Pair | None, Pair, Pair, Pair, Pair]

# Ranks on each scale, as the record format orders them.
MERITS = {"none": 0, "serious_questions": 1, "likely": 2, "clear": 3}
HARM = {"none": 0, "possible": 1, "likely": 2}
BALANCE = {"sharply_against": 0, "against": 1, "even": 2, "favors": 3, "sharply_favors": 4}
PUBLIC = {"sharply_against": 0, "against": 1, "neutral": 2, "favors": 3, "sharply_favors": 4}
# A version 1 record's public interest (three levels): each level the ranks it covers on five.
PUBLIC_V1 = {"against": (0, 1), "neutral": (2, 2), "favors": (3, 4)}
DISPOSITIONS = ("denied", "undetermined", "granted")


def at_least(found: Pair, rank: int) -> int:
    return 2 if found[0] >= rank else 0 if found[1] < rank else 1


UNKNOWN = (0, 4)  # a balance or public interest the record does not state


def merged(balance: Pair, public: Pair, presumed: int, rank: int) -> int:
    """The balance and the public interest weighed as one (the government
    opposing): the balance where stated, else the public interest, else a
    presumed public interest (at least favors)."""
    if balance != UNKNOWN:
        return at_least(balance, rank)
    if public != UNKNOWN:  # each level as a bound: against, at most against; neutral, nothing; favors, at least favors
        return at_least(((0, 0, 0, 3, 4)[public[0]], (0, 1, 4, 4, 4)[public[1]]), rank)
    return 2 if presumed == 2 and rank <= 3 else 1


def decide(case: Plain) -> tuple[str, str | None]:
    """The disposition and the granting test, as `injunction.evaluate` gives them."""
    kind, mandatory, government, parties_only, merits, constitutional, harm, severity, balance, public = case
    paths: tuple[tuple[str, int], ...]
    if kind == "stay_pending_appeal":
        probable_harm = at_least(harm, 2)
        # (a) the public interest not "heavily against" (at least against); (b) the balance sharply favoring.
        third = merged(balance, public, 0, 1) if government else at_least(public, 1)
        fourth = merged(balance, public, 0, 4) if government else at_least(balance, 4)
        strong = min(at_least(merits, 2), probable_harm, third)
        substantial = min(at_least(merits, 1), probable_harm, fourth)
        paths = (("winter", strong), ("serious_questions", substantial))
    else:
        # A likely constitutional claim presumes harm and public interest where the record states none.
        presumed = 0 if constitutional is None else at_least(constitutional, 2)
        likely_harm = max(at_least(harm, 2), presumed if harm == (0, len(HARM) - 1) else 0)
        # Winter's words ask that the public interest favor relief; neutral suffices for relief to the parties alone.
        public_interest = max(at_least(public, 2 if parties_only else 3), presumed if public == UNKNOWN else 0)

        def equities(rank: int) -> int:
            return merged(balance, public, presumed, rank) if government else min(at_least(balance, rank), public_interest)

        if mandatory:
            paths = (("mandatory", min(at_least(merits, 3), likely_harm, at_least(severity, 1), equities(3))),)
        else:
            winter = min(at_least(merits, 2), likely_harm, equities(3))
            serious = min(at_least(merits, 1), likely_harm, equities(4))
            paths = (("winter", winter), ("serious_questions", serious))
    value = max(v for _, v in paths)
    test = next((name for name, v in paths if v == 2), None)
    return DISPOSITIONS[value], test


def _pair(found: Any, scale: dict[str, int]) -> Pair:
    if found is None:
        return (0, len(scale) - 1)
    if isinstance(found, str):
        return (scale[found], scale[found])
    return (scale[found.get("at_least", next(iter(scale)))], scale[found.get("at_most", list(scale)[-1])])


def _public_v1(found: Any) -> Pair:
    if found is None:
        return (0, 4)
    if isinstance(found, str):
        return PUBLIC_V1[found]
    return (PUBLIC_V1[found.get("at_least", "against")][0], PUBLIC_V1[found.get("at_most", "favors")][1])


def from_record(record: dict[str, Any]) -> Plain:
    """The baseline's construction: a parsed record as plain tuples."""
    merits = constitutional = None
    for claim in record["claims"]:
        pair = _pair(claim.get("merits"), MERITS)
        merits = pair if merits is None else (max(merits[0], pair[0]), max(merits[1], pair[1]))
        if claim.get("constitutional"):
            constitutional = pair if constitutional is None else (max(constitutional[0], pair[0]), max(constitutional[1], pair[1]))
    assert merits is not None
    harm = record.get("irreparable_harm", {})
    very_serious = harm.get("very_serious")
    motion = record["motion"]
    return (
        motion["kind"],
        motion["relief"] == "mandatory",
        bool(motion.get("opponent_is_government", False)),
        motion.get("reach") == "parties",
        merits,
        constitutional,
        _pair(harm.get("likelihood"), HARM),
        (0, 1) if very_serious is None else (1, 1) if very_serious else (0, 0),
        _pair(record.get("balance_of_hardships", {}).get("tips"), BALANCE),
        (_public_v1 if record["version"] == 1 else lambda found: _pair(found, PUBLIC))(record.get("public_interest", {}).get("weighs")),
    )


def load(text: str) -> Plain:
    return from_record(json.loads(text))

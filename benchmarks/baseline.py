"""The baseline: the Ninth Circuit standard hand-written as a few ifs over
plain tuples of ranks, the least a program must do to decide a motion.

A case becomes ``(kind, mandatory, government, merits, constitutional, harm,
severity, balance, public)``, each finding a ``(lo, hi)`` pair of ranks
(``constitutional`` None without a constitutional claim). Truth values are
0 (false), 1 (unknown), 2 (true): Kleene's logic is ``min``, ``max``.
"""

from __future__ import annotations

import json
from typing import Any

Pair = tuple[int, int]
Plain = tuple[str, bool, bool, Pair, Pair | None, Pair, Pair, Pair, Pair]

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


def decide(case: Plain) -> tuple[str, str | None]:
    """The disposition and the granting test, as `injunction.evaluate` gives them."""
    kind, mandatory, government, merits, constitutional, harm, severity, balance, public = case
    paths: tuple[tuple[str, int], ...]
    if kind == "stay_pending_appeal":
        probable_harm = at_least(harm, 2)
        strong = min(at_least(merits, 2), probable_harm, at_least(public, 1))  # not "heavily against": at least against
        substantial = min(at_least(merits, 1), probable_harm, at_least(balance, 4))
        paths = (("winter", strong), ("serious_questions", substantial))
    else:
        # A likely constitutional claim presumes harm and public interest where the record states none.
        presumed = 0 if constitutional is None else at_least(constitutional, 2)
        likely_harm = max(at_least(harm, 2), presumed if harm == (0, len(HARM) - 1) else 0)
        not_against = max(at_least(public, 2), presumed if public == (0, len(PUBLIC) - 1) else 0)
        if mandatory:
            paths = (("mandatory", min(at_least(merits, 3), likely_harm, at_least(severity, 1), at_least(balance, 3), not_against)),)
        else:
            winter = min(at_least(merits, 2), likely_harm, at_least(balance, 3), not_against)
            serious = min(at_least(merits, 1), likely_harm, at_least(balance, 4), not_against)
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
        merits,
        constitutional,
        _pair(harm.get("likelihood"), HARM),
        (0, 1) if very_serious is None else (1, 1) if very_serious else (0, 0),
        _pair(record.get("balance_of_hardships", {}).get("tips"), BALANCE),
        (_public_v1 if record["version"] == 1 else lambda found: _pair(found, PUBLIC))(record.get("public_interest", {}).get("weighs")),
    )


def load(text: str) -> Plain:
    return from_record(json.loads(text))

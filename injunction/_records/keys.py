"""The record format's tables (versions 1 and 2): its keys and its words.

Which keys each table of a record has in each version, each required or
not; the words a record writes for a motion's kind, its relief, a level on
each scale, a factor and a disposition, with the values they stand for; how
a version 1 public interest reads on version 2's five levels; the two
formats, the tests an expectation may name, and the limits on a record. The
reader, the fast path, the writer and the schema read them from here.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from .._engine.case import AppealFrom, Challenged, Disposition, Factor, MotionKind, Reach, Relief, Statute
from .._engine.scales import Balance, Finding, Harm, Level, Merits, PublicInterest

__all__ = ["FORMATS", "MAX_BYTES", "MAX_STRING", "TESTS", "VERSION", "VERSIONS", "Format"]

VERSION = 2
"""The record format's version that `to_record` writes."""

VERSIONS = (1, 2)
"""The versions the loader reads."""

Format = Literal["json", "toml"]
FORMATS: tuple[Format, ...] = ("json", "toml")
TESTS = ("winter", "serious_questions", "mandatory")

MAX_BYTES = 1_048_576
"""The largest record `load` reads by default: 1 MiB (real records are a few KiB)."""

MAX_STRING = 100_000
"""The longest string a record may hold, in characters."""

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


# Each level's exact finding, by the word a record writes: findings are
# immutable values, so one instance serves every record.
_KINDS = {str(k.value): k for k in MotionKind}
_RELIEFS = {str(r.value): r for r in Relief}
_EXACT: dict[type[Level], dict[str, Finding[Any]]] = {
    scale: {str(level.value): Finding.exact(level) for level in scale}
    for scale in (Merits, Harm, Balance, PublicInterest)
}

# Version 1's public interest had three levels; each reads as the set of
# version 2 levels it covers, and a bound maps each end to the outer end of
# its set (so a version 1 {at_least = "against"} is unknown): exactly what a
# version 1 record could say.
PUBLIC_INTEREST_V1 = ("against", "neutral", "favors")
_V1_SETS = {
    "against": (PublicInterest.SHARPLY_AGAINST, PublicInterest.AGAINST),
    "neutral": (PublicInterest.NEUTRAL, PublicInterest.NEUTRAL),
    "favors": (PublicInterest.FAVORS, PublicInterest.SHARPLY_FAVORS),
}
_EXACT_V1_PUBLIC: dict[str, Finding[PublicInterest]] = {word: Finding(lo, hi) for word, (lo, hi) in _V1_SETS.items()}
_ABSENT_END: Any = object()  # a bound's end left out


def _v1_public_bounds() -> dict[tuple[Any, Any], Finding[PublicInterest]]:
    """Every well-formed version 1 bound on the public interest, by its
    (at_least, at_most) words (`_ABSENT_END` for one left out), as version 2 reads it."""
    table: dict[tuple[Any, Any], Finding[PublicInterest]] = {}
    for i, low in enumerate(PUBLIC_INTEREST_V1):
        for high in PUBLIC_INTEREST_V1[i:]:
            table[low, high] = Finding(_V1_SETS[low][0], _V1_SETS[high][1])
        table[low, _ABSENT_END] = Finding.at_least(_V1_SETS[low][0])
        table[_ABSENT_END, low] = Finding.at_most(_V1_SETS[low][1])
    return table


_BOUNDS_V1_PUBLIC = _v1_public_bounds()

_REACHES = {str(r.value): r for r in Reach}
_CHALLENGED = {str(c.value): c for c in Challenged}
_APPEALS_FROM = {str(a.value): a for a in AppealFrom}
_STATUTES = {str(s.value): s for s in Statute}

_FACTORS = {str(f.value): f for f in Factor}
_DISPOSITIONS = {"granted": Disposition.GRANTED, "denied": Disposition.DENIED}

# The keys of each table of a record: name -> required.
_TOP = {
    "version": True,
    "case": True,
    "motion": True,
    "claims": True,
    "irreparable_harm": False,
    "balance_of_hardships": False,
    "public_interest": False,
    "expected": False,
}
_CAPTION = {"name": True, "court": True, "decided": False, "citation": False, "docket": False, "source": False}
_MOTION = {"kind": True, "relief": True, "movant": True, "opponent": True, "opponent_is_government": False}
_CLAIM = {"name": True, "merits": False, "constitutional": False, "finding": False}
_HARM = {"likelihood": False, "very_serious": False, "finding": False}
_BALANCE = {"tips": False, "finding": False}
_PUBLIC = {"weighs": False, "finding": False}
_EXPECTED = {"disposition": True, "determinable": False, "test": False, "grounds": False, "notes": False}

# Version 2 adds these keys, each optional (absent: not stated); a version 1
# record that uses one is refused with a problem saying to write version = 2.
_TOP_2 = {"remedy_at_law": False}
_CAPTION_2 = {"appeal_from": False, "governing_law": False}
_MOTION_2 = {"reach": False, "challenged": False, "alters_status_quo": False, "all_relief": False, "notice": False}
_CLAIM_2 = {"arises_under": False, "first_amendment": False}
_HARM_2 = {"causal_nexus": False}
_REMEDY = {"adequate": False, "finding": False}  # version 2's remedy_at_law table

# The keys of each table in each version.
KEYS: dict[int, dict[str, dict[str, bool]]] = {
    1: {"top": _TOP, "case": _CAPTION, "motion": _MOTION, "claim": _CLAIM, "harm": _HARM},
    2: {
        "top": {**{k: v for k, v in _TOP.items() if k != "expected"}, **_TOP_2, "expected": False},
        "case": {**_CAPTION, **_CAPTION_2},
        "motion": {**_MOTION, **_MOTION_2},
        "claim": {**_CLAIM, **_CLAIM_2},
        "harm": {**_HARM, **_HARM_2},
    },
}

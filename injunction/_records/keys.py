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
from collections.abc import Mapping
from typing import Any, Generic, Literal, TypeVar

import attrs

from .._engine.case import AppealFrom, Challenged, Disposition, Factor, MotionKind, Reach, Relief, Statute
from .._engine.scales import Balance, Finding, Harm, Level, Merits, PublicInterest

__all__ = ["FORMATS", "LEVELS", "MAX_BYTES", "MAX_STRING", "PUBLIC_V1", "TESTS", "VERSION", "VERSIONS", "Format", "Words"]

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


_KINDS = {str(k.value): k for k in MotionKind}
_RELIEFS = {str(r.value): r for r in Relief}
_ABSENT_END: Any = object()  # a bound's end left out

L = TypeVar("L", bound=Level)


@attrs.frozen
class Words(Generic[L]):
    """How a record writes a finding on *scale*: a word alone, or a bound
    ``{at_least, at_most}`` of two, the words lowest first in *levels*.

    Each word stands for an interval of the scale (in version 2 a level
    itself; in version 1 the public interest's "against" stands for both
    levels against). *exact* is each word's finding; *bounds* every
    well-formed bound's, by its (at_least, at_most) words (`_ABSENT_END` for
    an end left out), each end read as the outer end of its word's interval.
    *newer* are words of a later version of the format, which a record of
    this one is refused for, saying so (*name* names the scale in that
    problem). The reader, the fast path and the schema read every finding
    by these."""

    scale: type[L]
    name: str
    levels: tuple[str, ...]
    exact: Mapping[str, Finding[L]]
    bounds: Mapping[tuple[Any, Any], Finding[L]]
    newer: frozenset[str] = frozenset()


def _words(scale: type[L], name: str, intervals: Mapping[str, tuple[L, L]], newer: frozenset[str] = frozenset()) -> Words[L]:
    """The `Words` of *scale* whose words stand for *intervals* (lowest and
    highest level), lowest first. Findings are immutable values, so one
    instance serves every record."""
    levels = tuple(intervals)
    exact = {word: Finding.exact(low) if low == high else Finding(low, high) for word, (low, high) in intervals.items()}
    bounds: dict[tuple[Any, Any], Finding[L]] = {}
    for index, low in enumerate(levels):
        for high in levels[index:]:
            bounds[low, high] = Finding(intervals[low][0], intervals[high][1])
        bounds[low, _ABSENT_END] = Finding.at_least(intervals[low][0])
        bounds[_ABSENT_END, low] = Finding.at_most(intervals[low][1])
    return Words(scale, name, levels, exact, bounds, newer)


LEVELS: dict[type[Level], Words[Any]] = {
    scale: _words(scale, name, {str(level.value): (level, level) for level in scale})
    for scale, name in (
        (Merits, "the merits"),
        (Harm, "irreparable harm"),
        (Balance, "the balance of hardships"),
        (PublicInterest, "the public interest"),
    )
}
"""Each scale's words as record format version 2 writes them: each level by its name."""

# Version 1's public interest had three levels; each reads as the interval
# of version 2 levels it covers, and a bound maps each end to the outer end
# of its interval (so a version 1 {at_least = "against"} is unknown):
# exactly what a version 1 record could say.
PUBLIC_INTEREST_V1 = ("against", "neutral", "favors")
PUBLIC_V1: Words[PublicInterest] = _words(
    PublicInterest,
    "the public interest",
    {
        "against": (PublicInterest.SHARPLY_AGAINST, PublicInterest.AGAINST),
        "neutral": (PublicInterest.NEUTRAL, PublicInterest.NEUTRAL),
        "favors": (PublicInterest.FAVORS, PublicInterest.SHARPLY_FAVORS),
    },
    newer=frozenset(LEVELS[PublicInterest].levels) - frozenset(PUBLIC_INTEREST_V1),
)
"""The public interest as record format version 1 writes it (docs/record-format.md)."""

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
_HARM_2 = {"causal_nexus": False, "immediate": False}
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

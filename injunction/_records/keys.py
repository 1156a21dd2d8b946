"""The record format's tables (spec version 1): its keys and its words.

Which keys each table of a record has, each required or not; the words a
record writes for a motion's kind, its relief, a level on each scale, a
factor and a disposition, with the values they stand for; the two formats,
the tests an expectation may name, and the limits on a record. The reader,
the fast path, the writer and the schema read them from here.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from .._engine.case import Disposition, Factor, MotionKind, Relief
from .._engine.scales import Balance, Finding, Harm, Level, Merits, PublicInterest

__all__ = ["FORMATS", "MAX_BYTES", "MAX_STRING", "TESTS", "Format"]

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

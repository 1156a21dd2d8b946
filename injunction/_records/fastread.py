"""The fast path: a well-formed record read straight through to its `Case`.

Most records are well formed. `_fast_case` reads one straight through, with
the reader's checks written as plain comparisons, and gives up (`_Unusual`)
at the first thing out of the ordinary: `_Reader` then walks the record
again to find and name every problem. It accepts nothing the reader
refuses and builds an equal `Case` (tests/test_schema.py checks both on
generated and mutated records, and on every corpus record); where in
doubt, it gives up. Having checked every value, it builds the models
without checking them again (`_unchecked`).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from .._engine.case import (
    BalanceOfHardships,
    Caption,
    Case,
    Claim,
    Expected,
    IrreparableHarm,
    Motion,
    PublicInterestFinding,
    RemedyAtLaw,
)
from ..standards.courts import COURTS
from ..standards.registry import REGISTRY
from .._text import blank
from .._engine.scales import Balance, Finding, Harm, Level, Merits, PublicInterest
from .keys import (
    _ABSENT_END,
    _APPEALS_FROM,
    _BALANCE,
    _CHALLENGED,
    _DATE,
    _DISPOSITIONS,
    _EXPECTED,
    _FACTORS,
    _KINDS,
    _PUBLIC,
    _REACHES,
    _RELIEFS,
    _REMEDY,
    _STATUTES,
    KEYS,
    LEVELS,
    MAX_STRING,
    PUBLIC_V1,
    TESTS,
    Words,
)

T = TypeVar("T")
L = TypeVar("L", bound=Level)


class _Unusual(Exception):
    """Something the fast path leaves to the reader."""


def _keys(keys: Mapping[str, bool]) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(keys), frozenset(k for k, required in keys.items() if required)


# The keys of each table, by version: (every key, the required ones).
_VERSION_KEYS = {version: {name: _keys(keys) for name, keys in tables.items()} for version, tables in KEYS.items()}
_BALANCE_KEYS, _PUBLIC_KEYS, _REMEDY_KEYS, _EXPECTED_KEYS = (_keys(keys) for keys in (_BALANCE, _PUBLIC, _REMEDY, _EXPECTED))
_BOUND_KEYS = frozenset(("at_least", "at_most"))
_NONE: dict[str, Any] = {}  # a section left out; never written to
_ABSENT: Any = _ABSENT_END
_CIRCUITS = frozenset(REGISTRY) - {"scotus"}  # the Supreme Court's law is no circuit's to govern


def _well_formed(words: Words[L], value: Any) -> Finding[L] | None:
    """The bound *value* writes in *words*, or None if anything is off (the reader then says what)."""
    if type(value) is not dict or not value.keys() <= _BOUND_KEYS:
        return None
    lo, hi = value.get("at_least", _ABSENT), value.get("at_most", _ABSENT)
    if (type(lo) is str or lo is _ABSENT) and (type(hi) is str or hi is _ABSENT):
        return words.bounds.get((lo, hi))
    return None


def _table(data: Any, keys: tuple[frozenset[str], frozenset[str]]) -> dict[str, Any]:
    if type(data) is not dict or not data.keys() <= keys[0] or not keys[1] <= data.keys():
        raise _Unusual
    return data


def _text(table: dict[str, Any], key: str) -> str | None:
    value = table.get(key)
    if value is None and key not in table:
        return None
    if type(value) is not str or len(value) > MAX_STRING:
        raise _Unusual
    return value


def _name(table: dict[str, Any], key: str) -> str:
    """A required string: present, and more than white space and invisible characters."""
    value = _text(table, key)
    if value is None or blank(value):
        raise _Unusual
    return value


def _flag(table: dict[str, Any], key: str) -> bool | None:
    value = table.get(key)
    if value is None and key not in table:
        return None
    if type(value) is not bool:
        raise _Unusual
    return value


def _word(table: dict[str, Any], key: str, words: Mapping[str, T]) -> T | None:
    value = table.get(key)
    if value is None and key not in table:
        return None
    found = words.get(value) if type(value) is str else None
    if found is None:
        raise _Unusual
    return found


def _fast_finding(table: dict[str, Any], key: str, words: Words[L]) -> Finding[L]:
    value = table.get(key)
    if value is None and key not in table:
        return Finding.unknown(words.scale)
    found = words.exact.get(value) if type(value) is str else _well_formed(words, value)
    if found is None:
        raise _Unusual
    return found


A = TypeVar("A", bound=attrs.AttrsInstance)


def _unchecked(cls: type[A]) -> Callable[..., A]:
    """A constructor of *cls* that sets the fields it is given as they are,
    the way unpickling does: for values the fast path has checked and
    converted already, which attrs' constructor would check again (half the
    time of a load). Generated from the class's own field names."""
    names = [field.name for field in attrs.fields(cls)]
    lines = [f"def make(*, {', '.join(names)}):", "    self = _new(cls)"]
    lines += [f"    _set(self, {name!r}, {name})" for name in names]
    namespace: dict[str, Any] = {"_new": object.__new__, "_set": object.__setattr__, "cls": cls}
    exec("\n".join(lines) + "\n    return self\n", namespace)  # noqa: S102 - our own field names only
    made: Callable[..., A] = namespace["make"]
    return made


_Case, _Caption, _Motion, _Claim, _Harm, _Balance, _Public, _Remedy, _Expected = (
    _unchecked(Case), _unchecked(Caption), _unchecked(Motion), _unchecked(Claim),
    _unchecked(IrreparableHarm), _unchecked(BalanceOfHardships), _unchecked(PublicInterestFinding),
    _unchecked(RemedyAtLaw), _unchecked(Expected),
)  # fmt: skip
_NO_REMEDY = RemedyAtLaw()


def _fast_case(data: Any) -> Case:
    """The `Case` a well-formed record describes; `_Unusual` for anything else."""
    version = data.get("version") if type(data) is dict else None
    if type(version) is not int or version not in _VERSION_KEYS:
        raise _Unusual
    keys = _VERSION_KEYS[version]
    top = _table(data, keys["top"])
    caption = _table(top["case"], keys["case"])
    motion = _table(top["motion"], keys["motion"])
    claims = top["claims"]
    court = _name(caption, "court")
    decided = caption.get("decided")
    if court not in COURTS or type(claims) is not list or not claims:
        raise _Unusual
    if decided is not None and type(decided) is not datetime.date:
        if type(decided) is not str or not _DATE.fullmatch(decided):
            raise _Unusual
        try:
            decided = datetime.date.fromisoformat(decided)
        except ValueError:
            raise _Unusual from None
    elif decided is None and "decided" in caption:
        raise _Unusual
    harm = _table(top.get("irreparable_harm", _NONE), keys["harm"])
    balance = _table(top.get("balance_of_hardships", _NONE), _BALANCE_KEYS)
    public = _table(top.get("public_interest", _NONE), _PUBLIC_KEYS)
    remedy = _table(top["remedy_at_law"], _REMEDY_KEYS) if "remedy_at_law" in top else None
    kind, relief = _word(motion, "kind", _KINDS), _word(motion, "relief", _RELIEFS)
    governing_law = _text(caption, "governing_law")
    if kind is None or relief is None or (governing_law is not None and governing_law not in _CIRCUITS):
        raise _Unusual
    return _Case(
        case=_Caption(
            name=_name(caption, "name"),
            court=court,
            decided=decided,
            citation=_text(caption, "citation"),
            docket=_text(caption, "docket"),
            source=_text(caption, "source"),
            appeal_from=_word(caption, "appeal_from", _APPEALS_FROM),
            governing_law=governing_law,
        ),
        motion=_Motion(
            kind=kind,
            relief=relief,
            movant=_name(motion, "movant"),
            opponent=_name(motion, "opponent"),
            opponent_is_government=_flag(motion, "opponent_is_government") is True,
            reach=_word(motion, "reach", _REACHES),
            challenged=_word(motion, "challenged", _CHALLENGED),
            alters_status_quo=_flag(motion, "alters_status_quo"),
            all_relief=_flag(motion, "all_relief"),
            notice=_flag(motion, "notice"),
        ),
        claims=tuple([_fast_claim(claim, keys["claim"]) for claim in claims]),
        irreparable_harm=_Harm(
            likelihood=_fast_finding(harm, "likelihood", LEVELS[Harm]),
            very_serious=_flag(harm, "very_serious"),
            finding=_text(harm, "finding"),
            causal_nexus=_flag(harm, "causal_nexus"),
            immediate=_flag(harm, "immediate"),
        ),
        balance_of_hardships=_Balance(tips=_fast_finding(balance, "tips", LEVELS[Balance]), finding=_text(balance, "finding")),
        public_interest=_Public(
            weighs=_fast_finding(public, "weighs", PUBLIC_V1 if version == 1 else LEVELS[PublicInterest]),
            finding=_text(public, "finding"),
        ),
        remedy_at_law=_NO_REMEDY if remedy is None else _Remedy(adequate=_flag(remedy, "adequate"), finding=_text(remedy, "finding")),
        expected=_fast_expected(top["expected"]) if "expected" in top else None,
    )


def _fast_claim(data: Any, keys: tuple[frozenset[str], frozenset[str]]) -> Claim:
    claim = _table(data, keys)
    constitutional = _flag(claim, "constitutional") is True
    statute = _word(claim, "arises_under", _STATUTES)
    first_amendment = _flag(claim, "first_amendment")
    if (statute is not None and constitutional) or (first_amendment and not constitutional):
        raise _Unusual
    return _Claim(
        name=_name(claim, "name"),
        merits=_fast_finding(claim, "merits", LEVELS[Merits]),
        constitutional=constitutional,
        finding=_text(claim, "finding"),
        arises_under=statute,
        first_amendment=first_amendment,
    )


def _fast_expected(data: Any) -> Expected:
    expected = _table(data, _EXPECTED_KEYS)
    grounds = expected.get("grounds", [])
    if type(grounds) is not list or not all(type(g) is str and g in _FACTORS for g in grounds):
        raise _Unusual
    test = _text(expected, "test")
    disposition = _word(expected, "disposition", _DISPOSITIONS)
    if (test is not None and test not in TESTS) or disposition is None:
        raise _Unusual
    return _Expected(
        disposition=disposition,
        determinable=_flag(expected, "determinable") is not False,
        test=test,
        grounds=tuple([_FACTORS[g] for g in grounds]),
        notes=_text(expected, "notes"),
    )

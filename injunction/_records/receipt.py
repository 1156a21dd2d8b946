"""Receipts: what a stored decision needs to be rendered and checked again, alone.

`Decision.to_dict()` carries a ``"receipt"``: the library's version, the
record format's, the standard with every option in force, the date of the
law applied, a fingerprint of the rules that decided it, and the input
record as the format writes it. `from_dict` reads one back: it rebuilds the
standard from its options, decides the record again, and checks the
result. Under the same version and rules the stored decision must be what
the receipt gives (anything else was changed after it was written: an
error); a receipt from another version, or other rules, is decided again by
this version under the recorded options, with `OutcomeChangedWarning` if
the outcome moved.

A receipt is input like any record: nothing in it is imported or run. A
standard is rebuilt only from the library's own classes (by name, from a
fixed table); a standard of the user's own is recorded by its class and
repr only, and `from_dict` then needs it passed in.
"""

from __future__ import annotations

import copy
import datetime
import enum
import functools
import json
import re
import warnings
from collections.abc import Callable, Mapping
from typing import Any, Final, Protocol, TypeVar, cast, final

import attrs

from .._engine.case import Case, ClaimFilter, Disposition, Factor, MotionKind
from ..standards.circuits import Circuits
from ..standards.registry import REGISTRY
from .._engine.evaluation import Standard
from ..standards.ninth_circuit import NinthCircuit
from .keys import MAX_BYTES, VERSION as _RECORD_VERSION, VERSIONS as _RECORD_VERSIONS
from .parse import _decode, _parse_json, read_capped
from .problems import CaseFormatError, Problem
from .read import from_record
from .write import to_record
from .._engine.rules import AllOf, AnyOf, Merger, Not, Presumption, Requirement, Rule, Weighing
from .._engine.scales import Balance, Harm, Merits, PublicInterest, Severity
from ..standards.fifth_circuit import FifthCircuit
from ..standards.fourth_circuit import FourthCircuit
from ..standards.second_circuit import SecondCircuit
from ..standards.tenth_circuit import TenthCircuit
from ..standards.eleventh_circuit import EleventhCircuit
from ..standards.sixth_circuit import SixthCircuit
from ..standards.third_circuit import ThirdCircuit
from ..standards.dc_circuit import DCCircuit
from ..standards.seventh_circuit import SeventhCircuit
from ..standards.federal_circuit import FederalCircuit
from ..standards.supreme_court import SupremeCourt
from ..standards.first_circuit import FirstCircuit
from ..standards.eighth_circuit import EighthCircuit
from .._version import VERSION
from ..authorities import Authority, Source, Version

__all__ = ["OutcomeChangedWarning", "ReceiptError", "decision_from_dict", "fingerprint", "read_decision", "receipt"]

RECORD_FORMAT: Final = _RECORD_VERSION
"""The version of the record format the receipt's record is written in. A
receipt of an earlier version (1) still reads: its record is read as that
version reads, and it is decided again as a receipt from another version is."""

LAW_BY = ("case.decided", "as_of", "current_law", "undated_record", "stay", "undated_standard")
"""Where the date of the law applied comes from: the record's own date; the
standard's *as_of*; current law by choice (``by_date=False``, ``--current-law``);
current law for a record without a date; a stay (Nken and Leiva-Perez
whatever the date); a standard that does not date its law (the Second
Circuit's, a rule, a standard of the user's own)."""

_VERSION = r"[0-9A-Za-z][0-9A-Za-z.+!_-]{0,63}"
_FINGERPRINT = r"sha256:[0-9a-f]{64}"
UNRECORDED = "a standard of the user's own is recorded by its class and repr only: pass it to Decision.from_dict(data, standard=...)"


class ReceiptError(CaseFormatError):
    """A stored decision whose receipt cannot be read, or that its receipt
    contradicts; `problems` lists each, with its path in the stored decision
    (``receipt.standard.options.ca9.options.as_of``, ``disposition``)."""


class OutcomeChangedWarning(UserWarning):
    """A receipt written by another version of the library, or under other
    rules, decides otherwise today. *stored* is the outcome it records
    (``disposition``, ``test``, ``failed``, ``met``), *now* this version's decision,
    *version* and *fingerprint* those of the receipt.

    Turn it into an error with ``warnings.simplefilter("error", OutcomeChangedWarning)``.
    """

    def __init__(self, message: str, *, stored: Mapping[str, Any], now: Any, version: str, fingerprint: str | None) -> None:
        super().__init__(message)
        self.stored = stored
        self.now = now
        self.version = version
        self.fingerprint = fingerprint


# --- Names ---------------------------------------------------------------------


def qualified_name(cls: type) -> str:
    """``injunction.NinthCircuit`` for the library's classes (wherever they
    live inside it), ``module.Class`` for anyone else's."""
    module = cls.__module__
    if module == "injunction" or module.startswith("injunction."):
        return f"injunction.{cls.__qualname__}"
    return f"{module}.{cls.__qualname__}"


# --- Fingerprints -----------------------------------------------------------------


class _Unrecordable(Exception):
    """A value the canonical form cannot hold (a function, an object of no known shape)."""


def canonical(value: Any) -> Any:
    """*value* (a rule, an authority, a level...) as plain JSON data that
    names every class and field: equal values give equal data, in any
    process, and any change to a rule, a statement or an authority changes it."""
    if isinstance(value, enum.Enum):  # before str: a level is also a str-valued enum
        return {"enum": qualified_name(type(value)), "value": canonical(value.value)}
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, (tuple, list)):
        return [canonical(item) for item in value]
    if type(value) is datetime.date:
        return {"date": value.isoformat()}
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))
        return {"class": qualified_name(type(value)), "fields": {f.name: canonical(getattr(value, f.name)) for f in fields}}
    raise _Unrecordable(value)


def _fingerprint(rule: Rule) -> str | None:
    try:
        data = canonical(rule)
    except (_Unrecordable, RecursionError):
        return None
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    digest: str = _sha256()(text.encode("ascii")).hexdigest()
    return "sha256:" + digest


def _sha256() -> Callable[[bytes], Any]:
    """SHA-256, from CPython's built-in module where there is one: hashlib
    loads OpenSSL first, 3 ms of every ``evaluate --json``. Same digest."""
    try:
        from _sha2 import sha256  # type: ignore[import-not-found,unused-ignore]  # CPython 3.12 on
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]  # CPython 3.11
        except ImportError:
            from hashlib import sha256  # type: ignore[assignment,unused-ignore]
    found: Callable[[bytes], Any] = sha256
    return found


_cached_fingerprint = functools.lru_cache(maxsize=1024)(_fingerprint)


def fingerprint(rule: Rule) -> str | None:
    """``sha256:`` and the hex digest of the rule tree's canonical form, with
    every authority: stable across runs and processes (never Python's
    ``hash()``), changed by any change to a rule or an authority. Computed
    once per rule (rules are frozen values: the cache is by value). None
    for a rule that holds what cannot be written down (a rule class of the
    user's own with a function in it)."""
    try:
        hash(rule)
    except TypeError:
        return _fingerprint(rule)
    return _cached_fingerprint(rule)


# --- Describing a standard ------------------------------------------------------


@final
class _Option:
    """How one option of a library standard is written in a receipt, read back
    (*decode* raises ValueError), described by the schema, and allowed.
    (A plain class: an attrs class costs a millisecond of every start.)"""

    __slots__ = ("allowed", "decode", "encode", "schema")

    def __init__(
        self,
        encode: Callable[[Any], Any],
        decode: Callable[[Any], Any],
        schema: Mapping[str, Any],
        allowed: tuple[Any, ...] | Mapping[str, Any],
    ) -> None:
        self.encode, self.decode, self.schema, self.allowed = encode, decode, schema, allowed


def _flag() -> _Option:
    def decode(value: Any) -> bool:
        if type(value) is not bool:
            raise ValueError
        return value

    return _Option(lambda v: v, decode, {"type": "boolean"}, (True, False))


def _level(scale: type[enum.Enum], choices: tuple[Any, ...], *, optional: bool = False) -> _Option:
    words = tuple(None if c is None else c.value for c in choices)

    def decode(value: Any) -> Any:
        if value not in words or type(value) not in (str, type(None)):
            raise ValueError
        return None if value is None else scale(value)

    return _Option(lambda v: None if v is None else v.value, decode, {"enum": list(words)}, words)


def _line(value: object) -> str:
    if value not in ("by_date", "indisputably_clear", "winter"):
        raise ValueError
    return str(value)


def _day() -> _Option:
    def decode(value: Any) -> datetime.date | None:
        if value is None:
            return None
        if type(value) is not str or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise ValueError
        return datetime.date.fromisoformat(value)  # ValueError for 2021-02-30

    schema = {"anyOf": [{"type": "null"}, {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "maxLength": 10}]}
    return _Option(lambda v: None if v is None else v.isoformat(), decode, schema, {"form": "date", "format": "YYYY-MM-DD"})


# None: an option that is itself a standard (Circuits' standard of each circuit).
OPTIONS: Mapping[type, Mapping[str, _Option | None]] = {
    Circuits: dict.fromkeys(REGISTRY),
    NinthCircuit: {
        "public_interest_threshold": _level(PublicInterest, (None, PublicInterest.NEUTRAL, PublicInterest.FAVORS)),
        "serious_questions_path": _flag(),
        "mandatory_serious_questions": _flag(),
        "constitutional_presumption": _level(Merits, (Merits.LIKELY, Merits.SERIOUS_QUESTIONS, None)),
        "constitutional_presumption_scope": _level(ClaimFilter, (ClaimFilter.CONSTITUTIONAL, ClaimFilter.FIRST_AMENDMENT)),
        "likely_success_threshold": _flag(),
        "by_date": _flag(),
        "as_of": _day(),
    },
    FirstCircuit: {"weigh_equities": _flag()},
    SecondCircuit: {"government_acts_under_statute": _flag(), "first_amendment_presumption": _flag()},
    FourthCircuit: {"heightened_mandatory": _flag(), "substantial_case_stays": _flag(), "by_date": _flag()},
    FifthCircuit: {"ruiz_substantial_case": _flag()},
    EighthCircuit: {
        "general_merits": _level(Merits, (Merits.SERIOUS_QUESTIONS, Merits.LIKELY)),
        "statute_rule": _flag(),
        "all_relief_heavy": _flag(),
    },
    TenthCircuit: {"modified_test_ends_at_winter": _flag(), "relaxed_stay_after_dine": _flag(), "by_date": _flag(), "as_of": _day()},
    EleventhCircuit: {"mandatory_clearly_favors": _flag(), "substantial_case_route": _flag()},
    ThirdCircuit: {"mandatory_heightened": _flag()},
    SixthCircuit: {"harm_indispensable": _flag(), "constitutional_harm_presumption": _flag()},
    SeventhCircuit: {"negligible_path_survives": _flag(), "by_date": _flag(), "as_of": _day()},
    DCCircuit: {"sliding_scale_survives": _flag(), "by_date": _flag(), "as_of": _day()},
    FederalCircuit: {"by_date": _flag(), "as_of": _day()},
    SupremeCourt: {
        "injunction_standard": _Option(str, _line, {"enum": ["by_date", "indisputably_clear", "winter"]}, ("by_date", "indisputably_clear", "winter")),
        "as_of": _day(),
        "certiorari_granted": _flag(),
    },
}
"""The library's standards and how each option is recorded: every attrs
field of each, and every circuit of `Circuits` (a test holds them equal, so
no option goes unrecorded)."""

_BY_NAME = {qualified_name(cls): cls for cls in OPTIONS}

# Options added after receipts were first written, as a receipt writes their
# default: a receipt without one was written before it existed, under the default.
_LATER: dict[type, dict[str, Any]] = {NinthCircuit: {"constitutional_presumption_scope": "constitutional"}}
"""Options a receipt written before they existed reads with their defaults (for `Circuits`, a circuit
encoded later, under its standard's defaults: filled in below, once `describe` exists)."""

# What a recorded rule may be built from: the library's rule classes and values, by name.
_RULE_CLASSES = {qualified_name(c): c for c in (Requirement, AllOf, AnyOf, Not, Presumption, Merger, Weighing, Authority, Source, Version)}
_ENUMS = {qualified_name(c): c for c in (Factor, Merits, Harm, Severity, Balance, PublicInterest, ClaimFilter)}


def describe(standard: Standard) -> dict[str, Any]:
    """The standard as a receipt records it: a library standard by its class
    and every option; a rule composed of the library's classes by its whole
    tree; anything else by class and repr, marked ``"recorded": false``."""
    try:
        hash(standard)
    except TypeError:  # an unhashable standard of the user's own
        return _describe(standard)
    return copy.deepcopy(_cached_describe(cast(Any, standard)))  # the caller's to change


def _describe(standard: Standard) -> dict[str, Any]:
    name = qualified_name(type(standard))
    options = OPTIONS.get(type(standard))
    if options is not None:
        return {
            "class": name,
            "options": {
                key: describe(_option(standard, key)) if option is None else option.encode(_option(standard, key))
                for key, option in options.items()
            },
        }
    if isinstance(standard, Rule):
        try:
            tree = canonical(standard)
        except (_Unrecordable, RecursionError):
            tree = None
        if tree is not None and _rebuildable(tree):
            return {"class": name, "rule": tree}
    return {"class": name, "repr": _shortened(repr(standard)), "recorded": False, "reason": UNRECORDED}


def _option(standard: Standard, key: str) -> Any:
    """The value of option *key* of a library standard (a circuit's standard, for `Circuits`)."""
    return standard[key] if isinstance(standard, Circuits) else getattr(standard, key)


@functools.lru_cache(maxsize=256)
def _cached_describe(standard: Any) -> dict[str, Any]:
    return _describe(standard)


def _shortened(text: str) -> str:
    return text if len(text) <= 2000 else text[:1997] + "..."


def _rebuildable(tree: Any) -> bool:
    """Whether a canonical tree names only the library's own rule classes and scales."""
    if isinstance(tree, list):
        return all(_rebuildable(item) for item in tree)
    if isinstance(tree, dict):
        if "class" in tree and tree["class"] not in _RULE_CLASSES:
            return False
        if "enum" in tree and tree["enum"] not in _ENUMS:
            return False
        return all(_rebuildable(item) for item in tree.values())
    return True


def law(standard: Standard, case: Case) -> dict[str, Any]:
    """The date of the law applied to *case* (an ISO date, or ``"current law"``) and where it comes from (`LAW_BY`)."""
    if isinstance(standard, Circuits):
        return law(standard.standard_for(case), case)
    if isinstance(standard, (FederalCircuit, SupremeCourt)):
        if standard.as_of is not None:
            return {"date": standard.as_of.isoformat(), "by": "as_of"}
        if isinstance(standard, FederalCircuit) and not standard.by_date:
            return {"date": "current law", "by": "current_law"}
        decided = case.case.decided
        return {"date": "current law", "by": "undated_record"} if decided is None else {"date": decided.isoformat(), "by": "case.decided"}
    if not isinstance(standard, NinthCircuit):
        return {"date": "current law", "by": "undated_standard"}
    if case.motion.kind is MotionKind.STAY_PENDING_APPEAL:
        return {"date": "current law", "by": "stay"}
    if standard.as_of is not None:
        return {"date": standard.as_of.isoformat(), "by": "as_of"}
    if not standard.by_date:
        return {"date": "current law", "by": "current_law"}
    decided = case.case.decided
    if decided is None:
        return {"date": "current law", "by": "undated_record"}
    return {"date": decided.isoformat(), "by": "case.decided"}


def receipt(case: Case, rule: Rule, decided_under: Standard | None, *, closed: bool = False) -> dict[str, Any]:
    """The receipt of the decision of *case* by *rule* (*decided_under* its
    standard, if any), on a *closed* record or not: what `Decision.from_dict`
    needs to rebuild and check it. ``closed`` is written only when true, so
    an open decision's receipt is as it always was."""
    standard = rule if decided_under is None else decided_under
    return ({"closed": True} if closed else {}) | {
        "library": "injunction",
        "version": VERSION,
        "record_format": RECORD_FORMAT,
        "standard": describe(standard),
        "law": law(standard, case),
        "fingerprint": fingerprint(rule),
        "record": to_record(case),
    }


class Stored(Protocol):
    """What the receipt reader needs of a decision made again: its JSON."""

    def to_dict(self) -> dict[str, Any]: ...


D = TypeVar("D", bound=Stored)


# --- Reading a receipt back -----------------------------------------------------

_MISSING: Any = object()
_KEYS = ("library", "version", "record_format", "standard", "law", "fingerprint", "record")
_OUTCOME = ("disposition", "test", "failed", "met")


@final
class _Own:
    """A standard the receipt records by class and repr only."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


class _Reader:
    """Walks a stored decision's receipt, collecting every problem."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str, value: Any = _MISSING, **extra: Any) -> None:
        has_value = value is not _MISSING
        self.problems.append(Problem(path, message, value=value if has_value else None, has_value=has_value, **extra))

    def table(self, data: Any, path: str, keys: tuple[str, ...]) -> dict[str, Any] | None:
        if not isinstance(data, dict):
            self.problem(path, "must be an object", data)
            return None
        for key in data:
            if key not in keys:
                self.problem(f"{path}.{key}" if path else str(key), "unknown key", allowed=keys)
        missing = [key for key in keys if key not in data]
        for key in missing:
            self.problem(f"{path}.{key}" if path else key, "missing required key")
        return None if missing else data

    def standard(self, data: Any, path: str) -> Standard | _Own | None:
        if not isinstance(data, dict) or type(data.get("class")) is not str:
            self.problem(path, "must be an object naming the standard's class", data, hint='e.g. {"class": "injunction.Circuits", "options": {...}}')
            return None
        name = data["class"]
        cls = _BY_NAME.get(name)
        if cls is not None:
            table = self.table(data, path, ("class", "options"))
            given = None if table is None else table["options"]
            if isinstance(given, dict):
                given = {**_LATER.get(cls, {}), **given}
            options = None if table is None else self.table(given, f"{path}.options", tuple(OPTIONS[cls]))
            if options is None:
                return None
            values: dict[str, Any] = {}
            for key, option in OPTIONS[cls].items():
                where = f"{path}.options.{key}"
                if option is None:
                    values[key] = self.standard(options[key], where)
                    continue
                try:
                    values[key] = option.decode(options[key])
                except ValueError:
                    self.problem(where, "", options[key], allowed=option.allowed)
                    values[key] = _MISSING
            if any(v is _MISSING or (v is None and OPTIONS[cls][k] is None) for k, v in values.items()):
                return None
            owns = [v for v in values.values() if isinstance(v, _Own)]
            if owns:
                return owns[0]
            try:
                made: Standard = cls(**values)
            except (TypeError, ValueError) as error:
                self.problem(f"{path}.options", f"not a valid {name}: {error}", options)
                return None
            return made
        if "rule" in data:
            table = self.table(data, path, ("class", "rule"))
            if table is None:
                return None
            try:
                rule = _rebuild(table["rule"])
            except (KeyError, TypeError, ValueError, RecursionError, AttributeError):
                rule = None
            if not isinstance(rule, Rule) or qualified_name(type(rule)) != name:
                self.problem(
                    f"{path}.rule",
                    "not a rule made of the library's classes (Requirement, AllOf, AnyOf, Not, Presumption, Merger, Weighing)",
                    table["rule"],
                )
                return None
            return rule
        if data.get("recorded") is False:
            return _Own(name)
        self.problem(
            f"{path}.class",
            "not a standard a receipt can rebuild",
            name,
            allowed=tuple(_BY_NAME),
            hint='a rule is recorded with "rule", a standard of your own with "recorded": false',
        )
        return None

    def stored(self, data: dict[str, Any]) -> None:
        """The stored outcome that the decision is checked against."""
        disposition = data.get("disposition", _MISSING)
        if disposition is _MISSING:
            self.problem("disposition", "missing required key")
        elif disposition not in [d.value for d in Disposition]:
            self.problem("disposition", "", disposition, allowed=tuple(d.value for d in Disposition))


def _rebuild(data: Any) -> Any:
    """A value from its canonical form, built only from the library's rule classes and scales."""
    if data is None or isinstance(data, (bool, int, str)):
        return data
    if isinstance(data, list):
        return tuple(_rebuild(item) for item in data)
    if isinstance(data, dict):
        if data.keys() == {"enum", "value"}:
            return _ENUMS[data["enum"]](data["value"])
        if data.keys() == {"date"} and isinstance(data["date"], str):
            return datetime.date.fromisoformat(data["date"])  # a source's day (`canonical`)
        if data.keys() == {"class", "fields"} and isinstance(data["fields"], dict):
            fields = {str(key): _rebuild(value) for key, value in data["fields"].items()}
            return _RULE_CLASSES[data["class"]](**fields)
    raise ValueError(data)


def decision_from_dict(
    data: Any, decide: Callable[[Case, Standard, bool], D], *, standard: Standard | None = None, source: str = "<decision>"
) -> D:
    """The decision a stored one (``to_dict()``) records, decided again by
    *decide* (`evaluate`): see `Decision.from_dict`."""
    reader = _Reader()
    top = dict(data) if isinstance(data, Mapping) else None
    if top is None:
        reader.problem("", "must be an object: a decision as Decision.to_dict() or injunction evaluate --json writes it", data)
        raise ReceiptError(source, reader.problems)
    if "receipt" not in top:
        reader.problem(
            "receipt", "missing: a stored decision needs its receipt to be read back", hint="write it with injunction evaluate --json"
        )
        raise ReceiptError(source, reader.problems)
    stored = top["receipt"]
    closed = False
    if isinstance(stored, Mapping) and "closed" in stored:  # written only for a closed record
        closed = stored["closed"]
        if closed is not True:
            reader.problem("receipt.closed", "", closed, allowed=(True,), hint="an open record's receipt has no closed key")
        stored = {key: value for key, value in stored.items() if key != "closed"}
    body = reader.table(stored, "receipt", _KEYS)
    reader.stored(top)
    if body is None:
        raise ReceiptError(source, reader.problems)
    if body["library"] != "injunction":
        reader.problem("receipt.library", "", body["library"], allowed=("injunction",))
    version = body["version"]
    if type(version) is not str or not re.fullmatch(_VERSION, version):
        reader.problem("receipt.version", "", version, allowed={"form": "version", "example": VERSION})
    record_format = body["record_format"]
    if type(record_format) is not int or record_format not in _RECORD_VERSIONS:
        reader.problem("receipt.record_format", "unsupported version", record_format, allowed=_RECORD_VERSIONS)
    elif isinstance(body["record"], dict) and body["record"].get("version", record_format) != record_format:
        reader.problem(
            "receipt.record_format", "not the version of the receipt's record", record_format, allowed=(body["record"]["version"],)
        )
    printed = body["fingerprint"]
    if printed is not None and (type(printed) is not str or not re.fullmatch(_FINGERPRINT, printed)):
        reader.problem("receipt.fingerprint", "", printed, allowed={"form": "fingerprint"})
    try:
        recorded = reader.standard(body["standard"], "receipt.standard")
    except RecursionError:
        reader.problem("receipt.standard", "nested too deeply to be a standard")
        recorded = None
    case = None
    try:
        case = from_record(body["record"], source=source)
    except CaseFormatError as error:
        prefixed = (attrs.evolve(p, path=f"receipt.record.{p.path}" if p.path else "receipt.record") for p in error.problems)
        reader.problems.extend(prefixed)
    if standard is None and isinstance(recorded, _Own):
        reader.problem(
            "receipt.standard",
            f"{recorded.name} is a standard of the user's own, recorded by class and repr only",
            hint="pass it: Decision.from_dict(data, standard=...) (injunction render cannot rebuild it)",
        )
    if reader.problems or case is None or (standard is None and recorded is None):
        raise ReceiptError(source, reader.problems)
    chosen = standard if standard is not None else recorded
    assert chosen is not None and not isinstance(chosen, _Own)
    decision = decide(case, chosen, closed is True)
    now = json.loads(json.dumps(decision.to_dict()))
    # Under the same version, rules and record format, the stored decision must be exactly this one; a
    # receipt of an earlier record format was written before it changed, and is decided again.
    current = version == VERSION and record_format == RECORD_FORMAT
    if current and printed is not None and printed == now["receipt"]["fingerprint"]:
        wrong = _differences(top, now)
        if wrong:
            raise ReceiptError(
                source,
                [
                    Problem(
                        path,
                        "not what the receipt gives under the same library version and rules: "
                        "the decision or its receipt was changed after it was written",
                        value=None if stored is _MISSING else stored,
                        has_value=stored is not _MISSING,
                        allowed=None if given is _MISSING or len(json.dumps(given)) > 80 else (given,),
                    )
                    for path, stored, given in wrong
                ],
            )
        return decision
    before = {key: top.get(key) for key in _OUTCOME}
    after = {key: now[key] for key in _OUTCOME}
    if before != after:
        changed = " and ".join(key for key in _OUTCOME if before[key] != after[key])
        rules = now["receipt"]["fingerprint"]
        same = "the same rules" if printed == rules and printed is not None else f"rules {_short(printed)} then, {_short(rules)} now"
        message = (
            f"{source}: the stored decision was {before['disposition']} (injunction {version}); decided again "
            f"under injunction {VERSION} it is {after['disposition']} ({changed} changed; {same}). "
            "Shown as decided now."
        )
        warnings.warn(
            OutcomeChangedWarning(message, stored=before, now=decision, version=version, fingerprint=printed),
            stacklevel=3,
        )
    return decision


def _short(fingerprint: str | None) -> str:
    return "unrecorded" if fingerprint is None else fingerprint[:19] + "..."


def _differences(stored: Any, given: Any, path: str = "", depth: int = 0) -> list[tuple[str, Any, Any]]:
    """Where *stored* and *given* differ, by path, two levels deep (``receipt.law``, ``outcomes.merits``)."""
    if stored == given:
        return []
    if depth < 2 and isinstance(stored, dict) and isinstance(given, dict):
        found = []
        for key in list(given) + [k for k in stored if k not in given]:
            where = f"{path}.{key}" if path else str(key)
            found += _differences(stored.get(key, _MISSING), given.get(key, _MISSING), where, depth + 1)
        return found
    return [(path, stored, given)]


def read_decision(path: str, decide: Callable[[Case, Standard, bool], D], *, max_bytes: int = MAX_BYTES) -> D:
    """The decision stored in the JSON file *path*, read back by `decision_from_dict`;
    the file is read as strictly as a record (size cap, UTF-8, no duplicate keys, no NaN)."""
    too_big = f"the file is larger than {max_bytes:,} bytes"
    hint = "raise the limit with --max-bytes if the decision is genuine"
    data = read_capped(path, max_bytes, Problem("", too_big, hint=hint), ReceiptError)
    text = _decode(data, path).removeprefix("\ufeff")
    if not text.strip():
        raise ReceiptError(path, [Problem("", "the file is empty: a stored decision is the JSON that evaluate --json writes")])
    return decision_from_dict(_parse_json(text, path), decide, source=path)


# Every circuit encoded after receipts recorded the first two, at its defaults.
_LATER[Circuits] = {circuit: _describe(entry.standard()) for circuit, entry in REGISTRY.items() if circuit not in ("ca9", "ca2")}


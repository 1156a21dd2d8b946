"""Case records (spec version 1) in JSON or TOML, to and from `Case`.

Nothing is guessed, coerced or ignored: an unknown key, a string where a
boolean belongs, a level not on its scale are all problems, and every
problem in a record is reported at once, each with its path in the record,
the value as written, and what is allowed.
"""

from __future__ import annotations

import datetime
import difflib
import json
import os
import tomllib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal, TypeVar, final

import attrs

from ._case import (
    BalanceOfHardships,
    Caption,
    Case,
    Claim,
    Disposition,
    Expected,
    Factor,
    IrreparableHarm,
    Motion,
    MotionKind,
    PublicInterestFinding,
    Relief,
)
from ._scales import Balance, Finding, Harm, Level, Merits, PublicInterest

__all__ = ["CaseFormatError", "InjunctionError", "Problem", "load", "loads"]

Format = Literal["json", "toml"]
FORMATS: tuple[Format, ...] = ("json", "toml")
TESTS = ("winter", "serious_questions", "mandatory")


class InjunctionError(Exception):
    """The base of every error this library raises on purpose."""


@final
@attrs.frozen
class Problem:
    """One thing wrong with a record, as data.

    *path* is where in the record (``claims[1].merits``; ``""`` for the
    whole file), *value* the offending value as written (absent for a
    missing key), *allowed* what may stand there, *hint* a suggestion.
    """

    path: str
    message: str
    value: Any = attrs.field(default=None, kw_only=True)
    has_value: bool = attrs.field(default=False, kw_only=True)
    allowed: str | None = attrs.field(default=None, kw_only=True)
    hint: str | None = attrs.field(default=None, kw_only=True)

    def __str__(self) -> str:
        parts = [self.message]
        if self.has_value:
            parts[0] = f"got {_show(self.value)}; {self.message}" if self.message else f"got {_show(self.value)}"
        if self.allowed is not None:
            parts.append(f"allowed: {self.allowed}")
        if self.hint is not None:
            parts.append(self.hint)
        text = "; ".join(p for p in parts if p)
        return f"{self.path}: {text}" if self.path else text


def _show(value: Any) -> str:
    """The value as the record wrote it, shortened if long."""
    if isinstance(value, (datetime.date, datetime.time)):
        text = value.isoformat()  # a TOML date or time, unquoted as written
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class CaseFormatError(InjunctionError, ValueError):
    """A case record that breaks the format; `problems` lists every problem found."""

    def __init__(self, source: str, problems: Iterable[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = [f"{source}: {count} problem{'s' if count != 1 else ''}"]
        lines += [f"  {p}" for p in self.problems]
        super().__init__("\n".join(lines))


def load(path: str | os.PathLike[str], *, format: Format | None = None) -> Case:
    """Read a case record from *path*; the format comes from its suffix unless given.

    >>> load("examples/parler_v_aws.toml").motion.movant
    'Parler LLC'
    """
    source = os.fspath(path)
    if format is None:
        suffix = Path(source).suffix.lower().lstrip(".")
        if suffix not in FORMATS:
            raise CaseFormatError(
                source,
                [Problem("", "cannot tell the format from the file name", allowed="a .json or .toml file")],
            )
        format = "json" if suffix == "json" else "toml"
    try:
        data = Path(source).read_bytes()
    except OSError as error:
        raise CaseFormatError(source, [Problem("", f"cannot read the file: {error.strerror or error}")]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        message = f"not UTF-8 text: byte {data[error.start]:#04x} at line {line}, column {column}"
        raise CaseFormatError(source, [Problem("", message)]) from None
    return loads(text, format=format, source=source)


def loads(text: str, *, format: Format, source: str = "<string>") -> Case:
    """Read a case record from *text* in *format* (``"json"`` or ``"toml"``).

    >>> case = loads('''
    ... version = 1
    ... case = { name = "A v. B", court = "cand" }
    ... motion = { kind = "preliminary_injunction", relief = "prohibitory", movant = "A", opponent = "B" }
    ... claims = [ { name = "Breach of contract", merits = { at_most = "serious_questions" } } ]
    ... ''', format="toml")
    >>> case.merits
    Finding.at_most(Merits.SERIOUS_QUESTIONS)
    """
    if format not in FORMATS:
        raise ValueError(f"format must be 'json' or 'toml', got {format!r}")
    if not text.strip():
        raise CaseFormatError(source, [Problem("", "the file is empty", allowed="a case record (spec version 1)")])
    data = _parse_json(text, source) if format == "json" else _parse_toml(text, source)
    reader = _Reader()
    case = reader.case(data)
    if reader.problems or case is None:
        raise CaseFormatError(source, reader.problems)
    return case


def _parse_json(text: str, source: str) -> Any:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in items:
            if key in result:
                raise _Duplicate(key)
            result[key] = value
        return result

    def constant(name: str) -> Any:
        raise _BadConstant(name)

    try:
        return json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except json.JSONDecodeError as error:
        message = f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        raise CaseFormatError(source, [Problem("", message)]) from None
    except _Duplicate as duplicate:
        raise CaseFormatError(
            source, [Problem("", f"duplicate key {duplicate.key!r}: a record may give each key once")]
        ) from None
    except _BadConstant as bad:
        raise CaseFormatError(
            source, [Problem("", f"{bad.name} is not a JSON value", allowed="finite numbers only")]
        ) from None
    except RecursionError:
        raise CaseFormatError(source, [Problem("", "nested too deeply to be a case record")]) from None


class _Duplicate(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


class _BadConstant(Exception):
    def __init__(self, name: str) -> None:
        self.name = name


def _parse_toml(text: str, source: str) -> Any:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CaseFormatError(source, [Problem("", f"invalid TOML: {error}")]) from None
    except RecursionError:
        raise CaseFormatError(source, [Problem("", "nested too deeply to be a case record")]) from None


# --- Reading ---------------------------------------------------------------

T = TypeVar("T")
L = TypeVar("L", bound=Level)
_MISSING: Any = object()


def _quoted(values: Iterable[str]) -> str:
    items = [repr(v) for v in values]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" or {items[-1]}"


def _did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else None


class _Reader:
    """Walks a parsed record, collecting every problem and building the `Case`."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str, value: Any = _MISSING, **extra: Any) -> None:
        has_value = value is not _MISSING
        self.problems.append(
            Problem(path, message, value=value if has_value else None, has_value=has_value, **extra)
        )

    # -- shapes --

    def table(self, data: Any, path: str, keys: Mapping[str, bool]) -> dict[str, Any] | None:
        """*data* as an object with only *keys* (name -> required); None if it is not one."""
        if not isinstance(data, dict):
            self.problem(path, "must be an object (a table in TOML)", data)
            return None
        for key in data:
            if key not in keys:
                where = f"{path}.{key}" if path else str(key)
                hint = _did_you_mean(str(key), keys)
                self.problem(where, "unknown key", allowed=_quoted(keys), hint=hint)
        for key, required in keys.items():
            if required and key not in data:
                self.problem(f"{path}.{key}" if path else key, "missing required key")
        return data

    def string(self, data: Mapping[str, Any], key: str, path: str, *, required: bool = False) -> str | None:
        value = data.get(key, _MISSING)
        if value is _MISSING:
            return None
        where = f"{path}.{key}"
        if not isinstance(value, str):
            self.problem(where, "must be a string", value)
            return None
        if required and not value.strip():
            self.problem(where, "must not be empty", value)
            return None
        return value

    def boolean(self, data: Mapping[str, Any], key: str, path: str) -> bool | None:
        value = data.get(key, _MISSING)
        if value is _MISSING:
            return None
        if not isinstance(value, bool):
            hint = "write true or false without quotes" if isinstance(value, str) else None
            self.problem(f"{path}.{key}", "must be a boolean", value, allowed="true or false", hint=hint)
            return None
        return value

    def choice(self, data: Mapping[str, Any], key: str, path: str, choices: Iterable[str]) -> str | None:
        value = data.get(key, _MISSING)
        return None if value is _MISSING else self.one_of(value, f"{path}.{key}", choices)

    def one_of(self, value: Any, path: str, choices: Iterable[str]) -> str | None:
        options = list(choices)
        if not isinstance(value, str) or value not in options:
            hint = _did_you_mean(value, options) if isinstance(value, str) else None
            self.problem(path, "", value, allowed=_quoted(options), hint=hint)
            return None
        return value

    def finding(self, data: Mapping[str, Any], key: str, path: str, scale: type[L]) -> Finding[L] | None:
        """A level on *scale*, or an ``{at_least, at_most}`` bound; None if absent or bad."""
        value = data.get(key, _MISSING)
        if value is _MISSING:
            return None
        where = f"{path}.{key}"
        names = [str(level.value) for level in scale]
        allowed = f"{_quoted(names)}, or {{at_least, at_most}}"
        if isinstance(value, str):
            level = self.level(value, where, scale, allowed)
            return None if level is None else Finding.exact(level)
        if isinstance(value, dict):
            bound = self.table(value, where, {"at_least": False, "at_most": False})
            if bound is None:
                return None
            if not bound:
                self.problem(where, "a bound needs at_least, at_most or both", value, allowed=allowed)
                return None
            lo = hi = None
            if "at_least" in bound:
                lo = self.level(bound["at_least"], f"{where}.at_least", scale, _quoted(names))
            if "at_most" in bound:
                hi = self.level(bound["at_most"], f"{where}.at_most", scale, _quoted(names))
            if ("at_least" in bound and lo is None) or ("at_most" in bound and hi is None):
                return None
            lo = lo if lo is not None else scale.lowest()
            hi = hi if hi is not None else scale.highest()
            if lo > hi:
                self.problem(where, "at_least lies above at_most", value, allowed="at_least <= at_most on the scale " + " < ".join(names))
                return None
            return Finding(lo, hi)
        self.problem(where, "", value, allowed=allowed)
        return None

    def level(self, value: Any, path: str, scale: type[L], allowed: str) -> L | None:
        for level in scale:
            if isinstance(value, str) and value == level.value:
                return level
        names = [str(level.value) for level in scale]
        hint = _did_you_mean(value, names) if isinstance(value, str) else None
        self.problem(path, "", value, allowed=allowed, hint=hint)
        return None

    # -- the record --

    def case(self, data: Any) -> Case | None:
        top = self.table(
            data,
            "",
            {
                "version": True,
                "case": True,
                "motion": True,
                "claims": True,
                "irreparable_harm": False,
                "balance_of_hardships": False,
                "public_interest": False,
                "expected": False,
            },
        )
        if top is None:
            return None
        version = top.get("version", _MISSING)
        if version is not _MISSING and (type(version) is not int or version != 1):
            self.problem("version", "unsupported version", version, allowed="1 (an integer)")
        caption = self.caption(top["case"]) if "case" in top else None
        motion = self.motion(top["motion"]) if "motion" in top else None
        claims = self.claims(top["claims"]) if "claims" in top else None
        harm = self.section(top, "irreparable_harm", self.harm)
        balance = self.section(top, "balance_of_hardships", self.balance)
        public = self.section(top, "public_interest", self.public_interest)
        expected = self.expected(top["expected"]) if "expected" in top else None
        if self.problems or caption is None or motion is None or claims is None:
            return None
        return Case(
            case=caption,
            motion=motion,
            claims=claims,
            irreparable_harm=harm or IrreparableHarm(),
            balance_of_hardships=balance or BalanceOfHardships(),
            public_interest=public or PublicInterestFinding(),
            expected=expected,
        )

    def section(self, top: Mapping[str, Any], key: str, read: Callable[[Any, str], T | None]) -> T | None:
        return read(top[key], key) if key in top else None

    def caption(self, data: Any) -> Caption | None:
        path = "case"
        table = self.table(
            data, path, {"name": True, "court": True, "decided": False, "citation": False, "docket": False, "source": False}
        )
        if table is None:
            return None
        name = self.string(table, "name", path, required=True)
        court = self.string(table, "court", path, required=True)
        decided = self.date(table, "decided", path)
        citation = self.string(table, "citation", path)
        docket = self.string(table, "docket", path)
        source = self.string(table, "source", path)
        if name is None or court is None:
            return None
        return Caption(name=name, court=court, decided=decided, citation=citation, docket=docket, source=source)

    def date(self, data: Mapping[str, Any], key: str, path: str) -> datetime.date | None:
        value = data.get(key, _MISSING)
        if value is _MISSING:
            return None
        where = f"{path}.{key}"
        if type(value) is datetime.date:
            return value
        if isinstance(value, str):
            try:
                if len(value) == 10:
                    return datetime.date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(where, "must be a date", value, allowed="an ISO date 'YYYY-MM-DD'")
        return None

    def motion(self, data: Any) -> Motion | None:
        path = "motion"
        table = self.table(
            data, path, {"kind": True, "relief": True, "movant": True, "opponent": True, "opponent_is_government": False}
        )
        if table is None:
            return None
        kind = self.choice(table, "kind", path, [k.value for k in MotionKind])
        relief = self.choice(table, "relief", path, [r.value for r in Relief])
        movant = self.string(table, "movant", path, required=True)
        opponent = self.string(table, "opponent", path, required=True)
        government = self.boolean(table, "opponent_is_government", path)
        if kind is None or relief is None or movant is None or opponent is None:
            return None
        return Motion(
            kind=MotionKind(kind),
            relief=Relief(relief),
            movant=movant,
            opponent=opponent,
            opponent_is_government=bool(government),
        )

    def claims(self, data: Any) -> tuple[Claim, ...] | None:
        if not isinstance(data, list):
            self.problem("claims", "must be a list of claims", data)
            return None
        if not data:
            self.problem("claims", "needs at least one claim", data)
            return None
        claims = [self.claim(item, f"claims[{index}]") for index, item in enumerate(data)]
        if any(c is None for c in claims):
            return None
        return tuple(c for c in claims if c is not None)

    def claim(self, data: Any, path: str) -> Claim | None:
        table = self.table(data, path, {"name": True, "merits": False, "constitutional": False, "finding": False})
        if table is None:
            return None
        name = self.string(table, "name", path, required=True)
        merits = self.finding(table, "merits", path, Merits)
        constitutional = self.boolean(table, "constitutional", path)
        finding = self.string(table, "finding", path)
        if name is None:
            return None
        return Claim(name=name, merits=merits, constitutional=bool(constitutional), finding=finding)

    def harm(self, data: Any, path: str) -> IrreparableHarm | None:
        table = self.table(data, path, {"likelihood": False, "very_serious": False, "finding": False})
        if table is None:
            return None
        return IrreparableHarm(
            likelihood=self.finding(table, "likelihood", path, Harm),
            very_serious=self.boolean(table, "very_serious", path),
            finding=self.string(table, "finding", path),
        )

    def balance(self, data: Any, path: str) -> BalanceOfHardships | None:
        table = self.table(data, path, {"tips": False, "finding": False})
        if table is None:
            return None
        return BalanceOfHardships(
            tips=self.finding(table, "tips", path, Balance), finding=self.string(table, "finding", path)
        )

    def public_interest(self, data: Any, path: str) -> PublicInterestFinding | None:
        table = self.table(data, path, {"weighs": False, "finding": False})
        if table is None:
            return None
        return PublicInterestFinding(
            weighs=self.finding(table, "weighs", path, PublicInterest), finding=self.string(table, "finding", path)
        )

    def expected(self, data: Any) -> Expected | None:
        path = "expected"
        table = self.table(
            data, path, {"disposition": True, "determinable": False, "test": False, "grounds": False, "notes": False}
        )
        if table is None:
            return None
        disposition = self.choice(table, "disposition", path, ["granted", "denied"])
        determinable = self.boolean(table, "determinable", path)
        test = self.choice(table, "test", path, TESTS)
        notes = self.string(table, "notes", path)
        grounds: list[Factor] = []
        raw = table.get("grounds", [])
        if not isinstance(raw, list):
            self.problem(f"{path}.grounds", "must be a list of factors", raw, allowed=_quoted(f.value for f in Factor))
        else:
            for index, item in enumerate(raw):
                factor = self.one_of(item, f"{path}.grounds[{index}]", [f.value for f in Factor])
                if factor is not None:
                    grounds.append(Factor(factor))
        if disposition is None:
            return None
        return Expected(
            disposition=Disposition(disposition),
            determinable=True if determinable is None else determinable,
            test=test,
            grounds=tuple(grounds),
            notes=notes,
        )


"""Reading a case record (format version 1 or 2), in JSON or TOML, into a `Case`.

Nothing is guessed, coerced or ignored: an unknown key, a string where a
boolean belongs, a level not on its scale, a court whose law the library
does not encode are all problems, and every problem in a record is reported at
once, each with its path in the record, the value as written, what is
allowed, and a suggestion for a near miss. Hostile input (binary data,
huge files, deep nesting, duplicate keys, NaN) is refused with a clear
problem, never a traceback or a hang.

`load`, `loads` and `from_record` are the ways in. The text is parsed by
`parse`; a well-formed record is read by the fast path (`fastread`), and
anything else is walked by `_Reader`, which collects every problem.
Writing is `write`'s; the format's tables are in `keys`.

A version 1 record reads as it always did: its public interest on version
2's five levels as the set of them it covers (`keys.PUBLIC_INTEREST_V1`),
every version 2 field absent (None). A version 1 record that uses a key or
a level of version 2 is refused, with a problem saying to write
``version = 2``.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, TypeVar

from .._engine.case import (
    BalanceOfHardships,
    Caption,
    Case,
    Claim,
    Disposition,
    Expected,
    Factor,
    IrreparableHarm,
    Motion,
    PublicInterestFinding,
    RemedyAtLaw,
)
from ..standards.courts import CIRCUIT_NAMES, CIRCUIT_OF, COURTS, encoded, explanation, refusal
from ..standards.registry import REGISTRY
from .._engine.scales import Balance, Finding, Harm, Level, Merits, PublicInterest
from .keys import (
    _APPEALS_FROM,
    _BALANCE,
    _CHALLENGED,
    _DATE,
    _EXPECTED,
    _KINDS,
    _PUBLIC,
    _REACHES,
    _RELIEFS,
    _REMEDY,
    _STATUTES,
    FORMATS,
    KEYS,
    LEVELS,
    MAX_BYTES,
    MAX_STRING,
    PUBLIC_V1,
    TESTS,
    VERSION,
    VERSIONS,
    Format,
    Words,
)
from .._text import blank
from .problems import Allowed, CaseFormatError, Problem, _did_you_mean
from .parse import _decode, _parse_json, _parse_toml, _too_big, check_depth, read_capped
# The reader tries the fast path first; tests/test_schema.py sets the two side by side, through this module.
from .fastread import _Unusual as _Unusual, _fast_case as _fast_case, _well_formed

__all__ = ["from_record", "load", "loads", "sniff_format"]

_FILE = {"form": "file", "suffixes": [".json", ".toml"]}
_CIRCUITS = tuple(c for c in REGISTRY if c != "scotus")  # the circuits whose law may govern
_WRITE_2 = (
    "write version = 2 to use it (version 2 reads the public interest on five levels: "
    "injunction upgrade FILE rewrites a valid version 1 record, keeping its meaning)"
)
_NAME = {"form": "name", "max_length": MAX_STRING}
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # the only way a JSON text can spell one


# --- Reading files and text -------------------------------------------------


def load(path: str | os.PathLike[str], *, format: Format | None = None, max_bytes: int = MAX_BYTES) -> Case:
    """Read a case record from *path*; the format comes from its suffix unless given.

    A file over *max_bytes* is refused before it is read in full.

    >>> from importlib.resources import files  # where the packaged examples are
    >>> load(files("injunction") / "examples" / "parler.toml").motion.movant
    'Parler LLC'
    """
    source = os.fspath(path)
    if format is None:
        suffix = os.path.splitext(source)[1].lower().lstrip(".")
        if suffix not in FORMATS:
            raise CaseFormatError(
                source, [Problem("", "cannot tell the format from the file name", allowed=_FILE)]
            )
        format = "json" if suffix == "json" else "toml"
    data = read_capped(source, max_bytes, _too_big(max_bytes))
    return loads(_decode(data, source), format=format, source=source, max_bytes=max_bytes)


def loads(text: str | bytes, *, format: Format, source: str = "<string>", max_bytes: int = MAX_BYTES) -> Case:
    """Read a case record from *text* in *format* (``"json"`` or ``"toml"``).

    *text* may be bytes, as read from a pipe or a socket: they must be UTF-8
    (a byte-order mark is allowed) and no longer than *max_bytes*, with the
    checks `load` applies to a file. *source* names the record in problems
    (``injunction evaluate -`` names standard input ``<stdin>``).

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
    if isinstance(text, (bytes, bytearray)):
        if len(text) > max_bytes:
            raise CaseFormatError(source, [_too_big(max_bytes)])
        text = _decode(bytes(text), source)
    if len(text) > max_bytes and len(text.encode("utf-8")) > max_bytes:
        raise CaseFormatError(source, [_too_big(max_bytes)])
    text = text.removeprefix("\ufeff")  # a byte-order mark some editors write
    if not text.strip():
        raise CaseFormatError(source, [Problem("", "the file is empty", allowed={"form": "record", "version": VERSION})])
    if "\x00" in text:
        raise CaseFormatError(source, [Problem("", "binary data, not text: a NUL character")])
    data = _parse_json(text, source) if format == "json" else _parse_toml(text, source)
    # Only a JSON \uD800-\uDFFF escape can make an unpaired surrogate (UTF-8 text and TOML cannot).
    surrogates = format == "json" and _SURROGATE_ESCAPE.search(text) is not None
    return _read(data, source, surrogates=surrogates, integer_version=format == "toml")


def sniff_format(text: str | bytes) -> Format:
    """The format of a record read with no name to tell it by (standard input).

    ``"json"`` when its first character, after white space and a byte-order
    mark, is ``{`` (a JSON record is an object); ``"toml"`` otherwise. This is
    unambiguous: a TOML document never starts with ``{``.

    >>> sniff_format('  {"version": 1}'), sniff_format("version = 1"), sniff_format(b"# a comment")
    ('json', 'toml', 'toml')
    """
    if isinstance(text, bytes):
        return "json" if text.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n").startswith(b"{") else "toml"
    return "json" if text.removeprefix("\ufeff").lstrip(" \t\r\n").startswith("{") else "toml"


def from_record(data: Any, *, source: str = "<record>") -> Case:
    """The `Case` a parsed record (a dict, as `to_record` gives) describes;
    the same checks as `loads`, and `CaseFormatError` naming *source*."""
    return _read(data, source, surrogates=True)


def _read(data: Any, source: str, *, surrogates: bool, integer_version: bool = False) -> Case:
    if not surrogates:
        try:
            return _fast_case(data)
        except _Unusual:
            pass  # the reader finds and names every problem
    check_depth(data, source)  # before anything walks or shows it
    reader = _Reader(surrogates=surrogates, integer_version=integer_version)
    case = reader.case(data)
    if reader.problems or case is None:
        raise CaseFormatError(source, reader.problems)
    return case


# --- Reading the record -----------------------------------------------------

T = TypeVar("T")
L = TypeVar("L", bound=Level)
_MISSING: Any = object()


class _Reader:
    """Walks a parsed record, collecting every problem and building the `Case`."""

    def __init__(self, *, surrogates: bool = True, integer_version: bool = False) -> None:
        self.problems: list[Problem] = []
        self.surrogates = surrogates  # whether a string may hold an unpaired surrogate
        self.integer_version = integer_version  # TOML tells 1 from 1.0; JSON does not
        self.version = 2  # the record's; its other problems are found under the latest where it is unreadable

    def keys(self, table: str) -> dict[str, bool]:
        """The keys of *table* (``"motion"``...) in the record's version."""
        return KEYS[self.version][table]


    def problem(self, path: str, message: str, value: Any = _MISSING, **extra: Any) -> None:
        has_value = value is not _MISSING
        self.problems.append(Problem(path, message, value=value if has_value else None, has_value=has_value, **extra))

    # -- shapes --

    def table(self, data: Any, path: str, keys: Mapping[str, bool], newer: Collection[str] = ()) -> dict[str, Any] | None:
        """*data* as an object with only *keys* (name -> required); None if it
        is not one. A key of *newer* is one of a later version of the format."""
        if not isinstance(data, dict):
            self.problem(path, "must be an object (a table in TOML)", data)
            return None
        for key in data:
            if key not in keys:
                where = f"{path}.{key}" if path else str(key)
                if key in newer:
                    self.problem(where, f"a key of record format version 2, not {self.version}", data[key], hint=_WRITE_2)
                    continue
                self.problem(where, "unknown key", allowed=tuple(keys), hint=_did_you_mean(str(key), keys))
        table: dict[str, Any] = data
        if newer and not data.keys() <= keys.keys():
            table = {key: value for key, value in data.items() if key in keys}  # read no further what was refused
        for key, required in keys.items():
            if required and key not in table:
                self.problem(f"{path}.{key}" if path else key, "missing required key")
        return table

    def string(self, data: Mapping[str, Any], key: str, path: str, *, required: bool = False) -> str | None:
        value = data.get(key, _MISSING)
        if value is _MISSING:
            return None
        if (
            isinstance(value, str)
            and not (required and blank(value))
            and len(value) <= MAX_STRING
            and not (self.surrogates and _SURROGATE.search(value))
        ):
            return value  # the common case, without building a path
        where = f"{path}.{key}"
        if not isinstance(value, str):
            hint = "quote it" if isinstance(value, (int, float)) and not isinstance(value, bool) else None
            self.problem(where, "must be a string", value, hint=hint)
        elif required and blank(value):
            # A name of invisible characters alone (a zero-width space) names nothing, as an empty one does.
            message = "must not be empty" if not value.strip() else "holds only invisible characters"
            self.problem(where, message, value, allowed=_NAME)
        elif len(value) > MAX_STRING:
            self.problem(where, f"is {len(value):,} characters long", value, allowed={"form": "string", "max_length": MAX_STRING})
        else:
            self.problem(where, "holds an unpaired surrogate escape (such as \\ud800), which is not text", value)
        return None

    def boolean(self, data: Mapping[str, Any], key: str, path: str) -> bool | None:
        value = data.get(key, _MISSING)
        if value is _MISSING:
            return None
        if not isinstance(value, bool):
            hint = "write true or false without quotes" if isinstance(value, str) else None
            self.problem(f"{path}.{key}", "must be a boolean", value, allowed=(True, False), hint=hint)
            return None
        return value

    def choice(self, data: Mapping[str, Any], key: str, path: str, choices: Collection[str]) -> str | None:
        value = data.get(key, _MISSING)
        if value is _MISSING:
            return None
        if isinstance(value, str) and value in choices:
            return value  # the common case, without building a path
        return self.one_of(value, f"{path}.{key}", choices)

    def one_of(self, value: Any, path: str, choices: Iterable[str]) -> str | None:
        options = list(choices)
        if not isinstance(value, str) or value not in options:
            hint = _did_you_mean(value, options) if isinstance(value, str) else None
            self.problem(path, "", value, allowed=tuple(options), hint=hint)
            return None
        return value

    def finding(self, data: Mapping[str, Any], key: str, path: str, words: Words[L]) -> Finding[L] | None:
        """A finding as *words* write it (a word, or an ``{at_least, at_most}``
        bound of two); None if absent or bad, every problem said."""
        value = data.get(key, _MISSING)
        if value is _MISSING:
            return None
        found = words.exact.get(value) if isinstance(value, str) else _well_formed(words, value)
        if found is not None:
            return found  # the common cases: a word or a bound, as written
        where = f"{path}.{key}"
        names = list(words.levels)
        allowed: Allowed = {"form": "level_or_bound", "levels": names, "bound": ["at_least", "at_most"]}
        if not isinstance(value, dict):
            self.level(value, where, words, allowed)
            return None
        bound = self.table(value, where, {"at_least": False, "at_most": False})
        if not bound:
            self.problem(where, "a bound needs at_least, at_most or both", value, allowed=allowed)
            return None
        ends = {end: bound[end] for end in ("at_least", "at_most") if end in bound}
        good = {end: word for end, word in ends.items() if isinstance(word, str) and word in words.exact}
        for end, word in ends.items():
            if end not in good:
                self.level(word, f"{where}.{end}", words, tuple(names))
        if len(good) == 2 and names.index(good["at_least"]) > names.index(good["at_most"]):
            self.problem(where, "at_least lies above at_most", value, allowed={"form": "ordered_bound", "levels": names, "bound": ["at_least", "at_most"]})
        return None  # a bound without a problem of its own has an unknown key, which `table` named

    def level(self, value: Any, path: str, words: Words[Any], allowed: Allowed) -> None:
        """*value*, which is not one of *words*: a word of a later version of the format says so."""
        if isinstance(value, str) and value in words.newer:
            message = f"a level of {words.name} in record format version 2, not {self.version}"
            self.problem(path, message, value, allowed=allowed, hint=_WRITE_2)
            return
        hint = _did_you_mean(value, words.levels) if isinstance(value, str) else None
        self.problem(path, "", value, allowed=allowed, hint=hint)

    def date(self, data: Mapping[str, Any], key: str, path: str) -> datetime.date | None:
        value = data.get(key, _MISSING)
        if value is _MISSING:
            return None
        if type(value) is datetime.date:
            return value
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                pass
        hint = "write the date alone, without a time" if isinstance(value, datetime.datetime) else None
        self.problem(f"{path}.{key}", "must be a date", value, allowed={"form": "date", "format": "YYYY-MM-DD"}, hint=hint)
        return None

    # -- the record --

    def case(self, data: Any) -> Case | None:
        if isinstance(data, dict):
            version = data.get("version", _MISSING)
            # JSON has one number type, so 1.0 is the number 1; a boolean is not.
            if version is not _MISSING and not isinstance(version, bool) and isinstance(version, (int, float)) and version in VERSIONS:
                self.version = int(version)
                if isinstance(version, float) and self.integer_version:  # TOML tells 1 from 1.0; JSON does not
                    self.problem(
                        "version", "must be an integer, not a decimal number", version, allowed=VERSIONS, hint=f"write version = {int(version)}"
                    )
            elif version is not _MISSING:
                self.problem("version", "unsupported version", version, allowed=VERSIONS)
        top = self.table(data, "", self.keys("top"), KEYS[2]["top"])
        if top is None:
            return None
        caption = self.caption(top["case"]) if "case" in top else None
        motion = self.motion(top["motion"]) if "motion" in top else None
        claims = self.claims(top["claims"]) if "claims" in top else None
        harm = self.section(top, "irreparable_harm", self.harm)
        balance = self.section(top, "balance_of_hardships", self.balance)
        public = self.section(top, "public_interest", self.public_interest)
        remedy = self.section(top, "remedy_at_law", self.remedy_at_law) if self.version >= 2 else None
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
            remedy_at_law=remedy or RemedyAtLaw(),
            expected=expected,
        )

    def section(self, top: Mapping[str, Any], key: str, read: Callable[[Any, str], T | None]) -> T | None:
        return read(top[key], key) if key in top else None

    def caption(self, data: Any) -> Caption | None:
        path = "case"
        table = self.table(data, path, self.keys("case"), KEYS[2]["case"])
        if table is None:
            return None
        name = self.string(table, "name", path, required=True)
        court = self.string(table, "court", path, required=True)
        if court is not None and court not in COURTS:
            self.problem(
                f"{path}.court",
                f"not a court whose law this library encodes ({encoded()})",
                court,
                allowed={"form": "court", "courts": tuple(COURTS)},
                hint=explanation(court),
            )
            court = None
        decided = self.date(table, "decided", path)
        citation = self.string(table, "citation", path)
        docket = self.string(table, "docket", path)
        source = self.string(table, "source", path)
        appeal_from = self.choice(table, "appeal_from", path, _APPEALS_FROM)
        governing_law = self.governing_law(table, path)
        if name is None or court is None:
            return None
        return Caption(
            name=name,
            court=court,
            decided=decided,
            citation=citation,
            docket=docket,
            source=source,
            appeal_from=None if appeal_from is None else _APPEALS_FROM[appeal_from],
            governing_law=governing_law,
        )

    def governing_law(self, data: Mapping[str, Any], path: str) -> str | None:
        """The circuit whose law governs, checked against the court table (the
        loader does not choose the law: a standard reads the field)."""
        value = data.get("governing_law", _MISSING)
        if value is _MISSING:
            return None
        if isinstance(value, str) and value in _CIRCUITS:
            return value
        where = f"{path}.governing_law"
        if not isinstance(value, str):
            self.problem(where, "must be a string", value, allowed=_CIRCUITS)
        elif value == "scotus":
            self.problem(
                where,
                f"not a circuit whose law this library encodes ({encoded()})",
                value,
                allowed=_CIRCUITS,
                hint="the Supreme Court's standards govern its own applications, not a lower court's motion",
            )
        elif value in COURTS:
            self.problem(
                where,
                f"not a circuit: the law that governs is a court of appeals' ({encoded()})",
                value,
                allowed=_CIRCUITS,
                hint=f"{value} is a court of the {CIRCUIT_NAMES[CIRCUIT_OF[value]]} ({CIRCUIT_OF[value]})",
            )
        else:
            near = _did_you_mean(value, _CIRCUITS)
            hint = refusal(value) if value in CIRCUIT_NAMES else near
            self.problem(where, f"not a circuit whose law this library encodes ({encoded()})", value, allowed=_CIRCUITS, hint=hint)
        return None

    def motion(self, data: Any) -> Motion | None:
        path = "motion"
        table = self.table(data, path, self.keys("motion"), KEYS[2]["motion"])
        if table is None:
            return None
        kind = self.choice(table, "kind", path, _KINDS)
        relief = self.choice(table, "relief", path, _RELIEFS)
        movant = self.string(table, "movant", path, required=True)
        opponent = self.string(table, "opponent", path, required=True)
        government = self.boolean(table, "opponent_is_government", path)
        reach = self.choice(table, "reach", path, _REACHES)
        challenged = self.choice(table, "challenged", path, _CHALLENGED)
        alters_status_quo = self.boolean(table, "alters_status_quo", path)
        all_relief = self.boolean(table, "all_relief", path)
        notice = self.boolean(table, "notice", path)
        if kind is None or relief is None or movant is None or opponent is None:
            return None
        return Motion(
            kind=_KINDS[kind],
            relief=_RELIEFS[relief],
            movant=movant,
            opponent=opponent,
            opponent_is_government=bool(government),
            reach=None if reach is None else _REACHES[reach],
            challenged=None if challenged is None else _CHALLENGED[challenged],
            alters_status_quo=alters_status_quo,
            all_relief=all_relief,
            notice=notice,
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
        table = self.table(data, path, self.keys("claim"), KEYS[2]["claim"])
        if table is None:
            return None
        name = self.string(table, "name", path, required=True)
        merits = self.finding(table, "merits", path, LEVELS[Merits])
        constitutional = self.boolean(table, "constitutional", path)
        finding = self.string(table, "finding", path)
        statute = self.choice(table, "arises_under", path, _STATUTES)
        first_amendment = self.boolean(table, "first_amendment", path)
        if statute is not None and constitutional:
            self.problem(
                f"{path}.arises_under",
                "a claim that arises under a statute alleges no constitutional violation, and this one is constitutional = true",
                statute,
                hint="a constitutional claim and a statutory one are two claims: give each its own entry",
            )
            statute = None
        if first_amendment and not constitutional:
            self.problem(
                f"{path}.first_amendment",
                "a First Amendment claim is a constitutional claim, and this one is not constitutional = true",
                first_amendment,
                hint="write constitutional = true as well",
            )
            first_amendment = None
        if name is None:
            return None
        return Claim(
            name=name,
            merits=merits,
            constitutional=bool(constitutional),
            finding=finding,
            arises_under=None if statute is None else _STATUTES[statute],
            first_amendment=first_amendment,
        )

    def harm(self, data: Any, path: str) -> IrreparableHarm | None:
        table = self.table(data, path, self.keys("harm"), KEYS[2]["harm"])
        if table is None:
            return None
        return IrreparableHarm(
            likelihood=self.finding(table, "likelihood", path, LEVELS[Harm]),
            very_serious=self.boolean(table, "very_serious", path),
            finding=self.string(table, "finding", path),
            causal_nexus=self.boolean(table, "causal_nexus", path),
            immediate=self.boolean(table, "immediate", path),
        )

    def balance(self, data: Any, path: str) -> BalanceOfHardships | None:
        table = self.table(data, path, _BALANCE)
        if table is None:
            return None
        return BalanceOfHardships(tips=self.finding(table, "tips", path, LEVELS[Balance]), finding=self.string(table, "finding", path))

    def public_interest(self, data: Any, path: str) -> PublicInterestFinding | None:
        table = self.table(data, path, _PUBLIC)
        if table is None:
            return None
        weighs = self.finding(table, "weighs", path, PUBLIC_V1 if self.version == 1 else LEVELS[PublicInterest])
        return PublicInterestFinding(weighs=weighs, finding=self.string(table, "finding", path))

    def remedy_at_law(self, data: Any, path: str) -> RemedyAtLaw | None:
        table = self.table(data, path, _REMEDY)
        if table is None:
            return None
        return RemedyAtLaw(adequate=self.boolean(table, "adequate", path), finding=self.string(table, "finding", path))

    def expected(self, data: Any) -> Expected | None:
        path = "expected"
        table = self.table(data, path, _EXPECTED)
        if table is None:
            return None
        disposition = self.choice(table, "disposition", path, ["granted", "denied"])
        determinable = self.boolean(table, "determinable", path)
        test = self.choice(table, "test", path, TESTS)
        notes = self.string(table, "notes", path)
        grounds: list[Factor] = []
        raw = table.get("grounds", [])
        if not isinstance(raw, list):
            self.problem(f"{path}.grounds", "must be a list of factors", raw, allowed=tuple(f.value for f in Factor))
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

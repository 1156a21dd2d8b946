"""What is wrong with a record, as data, and the error that carries it.

A `Problem` is one thing wrong with a record: where, the value as written,
what is allowed (data a program can offer as choices) and how to fix it;
``str(problem)`` words it. A `CaseFormatError` carries every problem found
in a record at once. `show`, `quoted` and the did-you-mean hint give the
words problems use, here and in the receipt and the examples.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, final

import attrs

from .._errors import InjunctionError
from .._text import printable, visible

__all__ = ["Allowed", "CaseFormatError", "Problem", "quoted", "show"]

Allowed = tuple[Any, ...] | Mapping[str, Any]
"""What may stand where a problem is: the values themselves (a tuple), or a
mapping that describes a form, named by its ``"form"`` key (see `Problem`)."""

_FORMS = ("level_or_bound", "ordered_bound", "court", "date", "string", "name", "number", "file", "path", "record", "version", "fingerprint")


@final
class _Form(Mapping[str, Any]):
    """A described form: a read-only mapping, hashable as the rest of a `Problem`, shown as a dict."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, Any]) -> None:
        self._items = {key: tuple(v) if isinstance(v, list) else v for key, v in items.items()}

    def __getitem__(self, key: str) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(tuple(self._items.items()))

    def __repr__(self) -> str:
        return repr(self._items)


def _allowed(value: Any) -> Allowed | None:
    """*value* as `Problem.allowed` keeps it: a tuple, or a read-only mapping
    whose lists are tuples; prose is refused (it is data, for programs)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return tuple(value)
    if isinstance(value, Mapping) and value.get("form") in _FORMS:
        return value if isinstance(value, _Form) else _Form(value)
    raise TypeError(
        f"Problem.allowed must be a tuple of the allowed values or a mapping with a 'form' of "
        f"{', '.join(_FORMS)}, got {value!r}"
    )


def _describe(allowed: Allowed) -> str:
    """The words a problem's message gives for *allowed* (``"a" or "b"``)."""
    if isinstance(allowed, tuple):
        return quoted(allowed)
    form = allowed["form"]
    if form == "level_or_bound":
        return f"{quoted(allowed['levels'])}, or {{{', '.join(allowed['bound'])}}}"
    if form == "ordered_bound":
        low, high = allowed["bound"]
        return f"{low} <= {high} on the scale " + " < ".join(allowed["levels"])
    if form == "court":
        return (
            f"the id of one of the {len(allowed['courts']):,} courts in injunction.COURTS (each court of appeals, "
            "and every federal district, bankruptcy and territorial court in its circuit)"
        )
    if form == "date":
        return f"an ISO date {json.dumps(allowed['format'])}"
    if form == "string":
        return f"at most {allowed['max_length']:,}"
    if form == "name":
        return "text that shows a character, not only white space and invisible ones (zero-width spaces and joiners, soft hyphens, byte-order marks)"
    if form == "number":
        return "finite numbers"
    if form == "file" and "max_bytes" in allowed:
        return "a case record of a few KiB"
    if form == "file":
        return f"a {' or '.join(allowed['suffixes'])} file"
    if form == "path":
        return f"a {' or '.join(allowed['suffixes'])} record, or a directory of them"
    if form == "version":
        return f"a version number such as {json.dumps(allowed['example'])}"
    if form == "fingerprint":
        return '"sha256:" and 64 lowercase hex digits, or null'
    return f"a case record (spec version {allowed['version']})"


def _json_ready(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _json_ready(v) for key, v in value.items()}
    if isinstance(value, tuple):
        return [_json_ready(v) for v in value]
    return value


@final
@attrs.frozen
class Problem:
    """One thing wrong with a record, as data.

    *path* is where in the record (``claims[1].merits``; ``""`` for the
    whole file), *value* the offending value as written (only when
    *has_value*: a missing key has none), *allowed* what may stand there,
    *hint* how to fix it.

    *allowed* is data for a program (an interview that offers the choices),
    and ``str(problem)`` words it. Either the values themselves, as a tuple
    (``("none", "serious_questions", "likely", "clear")``, ``(True, False)``,
    ``(1,)``, the keys of a table), or a read-only mapping describing a form
    by its ``"form"``:

    - ``{"form": "level_or_bound", "levels": (...), "bound": ("at_least", "at_most")}``:
      a level, or a bound on the scale (levels lowest first);
    - ``{"form": "ordered_bound", "levels": (...), "bound": ("at_least", "at_most")}``:
      a bound whose at_least is at most its at_most;
    - ``{"form": "court", "courts": (...)}``: the id of a court in
      `injunction.COURTS` (*courts*, hundreds: the message counts them);
    - ``{"form": "date", "format": "YYYY-MM-DD"}``; ``{"form": "string", "max_length": N}``;
    - ``{"form": "name", "max_length": N}``: text with a character that is not white
      space or invisible (`injunction._text.INVISIBLE`), as a case, party or claim name must be;
      ``{"form": "number", "finite": True}``;
    - ``{"form": "file", "suffixes": (".json", ".toml")}`` or ``{"form": "file", "max_bytes": N}``;
    - ``{"form": "path", "suffixes": (".json", ".toml")}``: a record, or a directory of records;
      ``{"form": "record", "version": 2}`` (the current version of the record format);
    - in a stored decision's receipt, ``{"form": "version", "example": "0.1.0"}``
      and ``{"form": "fingerprint"}`` (``sha256:`` and 64 hex digits).

    `to_dict` gives tuples as lists.

    >>> problem = Problem("claims[0].merits", "", value="probable", has_value=True,
    ...     allowed={"form": "level_or_bound", "levels": ["none", "likely"], "bound": ["at_least", "at_most"]})
    >>> str(problem)
    'claims[0].merits: got "probable"; allowed: "none" or "likely", or {at_least, at_most}'
    >>> problem.to_dict()["allowed"]
    {'form': 'level_or_bound', 'levels': ['none', 'likely'], 'bound': ['at_least', 'at_most']}
    """

    path: str
    message: str
    value: Any = attrs.field(default=None, kw_only=True)
    has_value: bool = attrs.field(default=False, kw_only=True)
    allowed: Allowed | None = attrs.field(default=None, kw_only=True, converter=_allowed)
    hint: str | None = attrs.field(default=None, kw_only=True)

    def __str__(self) -> str:
        parts = []
        if self.has_value:
            parts.append(f"got {show(self.value)}")
        if self.message:
            parts.append(self.message)
        if self.allowed is not None:
            parts.append(f"allowed: {_describe(self.allowed)}")
        if self.hint is not None:
            parts.append(self.hint)
        text = "; ".join(parts)
        # One line whatever the record holds: a key with a line break cannot forge another.
        return printable(f"{self.path}: {text}" if self.path else text)

    def to_dict(self) -> dict[str, Any]:
        """The problem as JSON-ready data (*allowed* with lists for tuples)."""
        data: dict[str, Any] = {"path": self.path, "message": self.message}
        if self.has_value:
            data["value"] = show(self.value)
        if self.allowed is not None:
            data["allowed"] = _json_ready(self.allowed)
        if self.hint is not None:
            data["hint"] = self.hint
        return data


def show(value: Any) -> str:
    """*value* as a record writes it (JSON style; TOML dates unquoted), shortened
    if long, on one line with every control and bidi character escaped
    (`printable`); a string that shows nothing, every character but the space.

    >>> show("Acme\\x85"), show("\\u200b\\u2060"), show("  ")
    ('"Acme\\\\x85"', '"\\\\u200b\\\\u2060"', '"  "')
    """
    if isinstance(value, (datetime.date, datetime.time)):
        text = value.isoformat()
    elif isinstance(value, str) and not visible(value[:81]):
        text = json.dumps(value[:81])  # what shows nothing, as \u escapes ("\u200b", not "")
    else:
        # Written lazily and only as far as is shown: a value nested a thousand
        # deep, or a list of a million items, costs no more than a short one.
        text = ""
        try:
            for chunk in _ENCODER.iterencode(value):
                text += chunk
                if len(text) > 80:
                    break
        except (ValueError, RecursionError):
            import reprlib  # bounded in depth and length, whatever the value

            text = reprlib.repr(value)
    text = printable(text)
    return text if len(text) <= 80 else text[:77] + "..."


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str, allow_nan=True)


class CaseFormatError(InjunctionError, ValueError):
    """A case record that breaks the format; `problems` lists every problem found.

    Its message has a summary line, then one line per problem, each naming
    the file, the path, the value as written and what is allowed::

        bad.toml: 1 problem
        bad.toml: claims[0].merits: got "probable"; allowed: "none", ...
    """

    def __init__(self, source: str, problems: Iterable[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        count = len(self.problems)
        # One line a problem, whatever the file's name or the record holds (`printable`).
        shown = printable(source)
        lines = [f"{shown}: {count} problem{'s' if count != 1 else ''}"]
        lines += [f"{shown}: {p}" for p in self.problems]
        super().__init__("\n".join(lines))


def quoted(values: Iterable[Any]) -> str:
    """``"a", "b" or "c"``: the allowed values as a record writes them."""
    items = [json.dumps(v) for v in values]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" or {items[-1]}"


def _did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    import difflib  # only for a record with a mistake

    close = difflib.get_close_matches(word[:200], list(choices), n=1, cutoff=0.6)
    return f"did you mean {json.dumps(close[0])}?" if close else None

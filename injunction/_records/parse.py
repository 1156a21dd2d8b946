"""A record's text, from bytes to parsed data, with hostile input refused.

A file is read no further than its cap; bytes must be UTF-8 text (no NUL);
JSON is parsed with each key given once and no NaN or Infinity, TOML by the
standard library's ``tomllib``. Anything else (a syntax error, nesting too
deep, a number too long) is a `CaseFormatError` with one clear problem,
never a traceback or a hang. What the parsed data must hold is the
reader's business (`read`).
"""

from __future__ import annotations

import json
import tomllib
from typing import Any

from .._files import read_file
from .problems import CaseFormatError, Problem, show

__all__ = ["MAX_DEPTH", "check_depth", "read_capped"]

MAX_DEPTH = 32
"""The deepest a record's data may nest (lists and tables): a case record
nests four levels (a claim's bounded merits); anything deeper is refused
before any code walks it, whatever the stack."""

_TOO_DEEP = "nested too deeply to be a case record"


def read_capped(
    source: str, max_bytes: int, too_big: Problem, error: type[CaseFormatError] = CaseFormatError
) -> bytes:
    """The bytes of the file *source*, read no further than *max_bytes*; a file
    that cannot be read, or is larger, is an *error* (*too_big* says how)."""
    try:
        data = read_file(source, max_bytes)
    except (OSError, ValueError) as oserror:  # ValueError: a NUL in the name
        why = oserror.strerror if isinstance(oserror, OSError) and oserror.strerror else str(oserror)
        raise error(source, [Problem("", f"cannot read the file: {why}")]) from None
    if len(data) > max_bytes:
        raise error(source, [too_big])
    return data


def _too_big(max_bytes: int) -> Problem:
    return Problem(
        "",
        f"the file is larger than {max_bytes:,} bytes",
        allowed={"form": "file", "max_bytes": max_bytes},
        hint="raise the limit with max_bytes= (or --max-bytes) if the record is genuine",
    )


def _decode(data: bytes, source: str) -> str:
    if (wide := _wide(data)) is not None:
        raise CaseFormatError(source, [Problem("", f"{wide} text, not UTF-8", hint="save it as UTF-8")])
    if b"\x00" in data:
        at = data.index(b"\x00")
        raise CaseFormatError(source, [Problem("", f"binary data, not text: a NUL byte at {_position(data, at)}")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        message = f"not UTF-8 text: byte {data[error.start]:#04x} at {_position(data, error.start)}"
        raise CaseFormatError(source, [Problem("", message, hint="save the file as UTF-8")]) from None


def _wide(data: bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` for text in those encodings (by its
    byte-order mark, or ASCII text with every other byte NUL); else None."""
    import codecs

    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "UTF-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    head = data[:64]
    if len(head) >= 4 and len(head) % 2 == 0 and b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        if (not even.strip(b"\x00") and odd.strip(b"\x00")) or (not odd.strip(b"\x00") and even.strip(b"\x00")):
            return "UTF-16"
    return None


def check_depth(data: Any, source: str) -> None:
    """Refuse *data* nested deeper than `MAX_DEPTH` (a `CaseFormatError`),
    walking it without recursion, so that no later step (a problem's
    ``repr``, a JSON line) meets a structure deep enough to exhaust the stack."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        for child in children:
            if isinstance(child, (dict, list)):
                if depth >= MAX_DEPTH:
                    raise CaseFormatError(source, [Problem("", _TOO_DEEP)])
                stack.append((child, depth + 1))


def _position(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(items)
    if len(result) != len(items):  # a key given twice: name it
        seen: set[str] = set()
        for key, _ in items:
            if key in seen:
                raise _Duplicate(key)
            seen.add(key)
    return result


def _constant(name: str) -> Any:
    raise _BadConstant(name)


_JSON = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_constant)


def _parse_json(text: str, source: str) -> Any:
    try:
        return _JSON.decode(text)
    except json.JSONDecodeError as error:
        message = f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        raise CaseFormatError(source, [Problem("", message)]) from None
    except _Duplicate as duplicate:
        raise CaseFormatError(
            source, [Problem("", f"duplicate key {show(duplicate.key)}: a record may give each key once")]
        ) from None
    except _BadConstant as bad:
        raise CaseFormatError(source, [Problem("", f"{bad.name} is not a JSON value", allowed={"form": "number", "finite": True})]) from None
    except RecursionError:
        raise CaseFormatError(source, [Problem("", _TOO_DEEP)]) from None
    except ValueError:  # an integer literal past Python's 4,300-digit limit
        raise CaseFormatError(source, [Problem("", "invalid JSON: a number too long to read")]) from None


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
        raise CaseFormatError(source, [Problem("", _TOO_DEEP)]) from None
    except ValueError:  # an integer literal past Python's 4,300-digit limit
        raise CaseFormatError(source, [Problem("", "invalid TOML: a number too long to read")]) from None

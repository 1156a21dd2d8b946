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

from .problems import CaseFormatError, Problem, show

__all__ = ["read_capped"]


def read_capped(
    source: str, max_bytes: int, too_big: Problem, error: type[CaseFormatError] = CaseFormatError
) -> bytes:
    """The bytes of the file *source*, read no further than *max_bytes*; a file
    that cannot be read, or is larger, is an *error* (*too_big* says how)."""
    try:
        with open(source, "rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as oserror:
        raise error(source, [Problem("", f"cannot read the file: {oserror.strerror or oserror}")]) from None
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
    if b"\x00" in data:
        at = data.index(b"\x00")
        raise CaseFormatError(source, [Problem("", f"binary data, not text: a NUL byte at {_position(data, at)}")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        message = f"not UTF-8 text: byte {data[error.start]:#04x} at {_position(data, error.start)}"
        raise CaseFormatError(source, [Problem("", message, hint="save the file as UTF-8")]) from None


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
        raise CaseFormatError(source, [Problem("", "nested too deeply to be a case record")]) from None
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
        raise CaseFormatError(source, [Problem("", "nested too deeply to be a case record")]) from None
    except ValueError:  # an integer literal past Python's 4,300-digit limit
        raise CaseFormatError(source, [Problem("", "invalid TOML: a number too long to read")]) from None

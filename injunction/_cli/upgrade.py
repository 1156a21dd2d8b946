"""``injunction upgrade``: rewrite version 1 case records as version 2.

One record goes to standard output, or to ``-o OUT``; any number are
rewritten with ``--in-place``. Every record is read and checked before
anything is written, so a bad record leaves every file as it was; each file
is written through a temporary file in its folder and renamed over the old
one (`_files.atomic_write`), so a failure never loses it.
"""

from __future__ import annotations

import argparse
import os
import sys

from .._records.keys import FORMATS, VERSION, Format
from .._records.parse import _too_big, read_capped
from .._records.problems import CaseFormatError, Problem
from .._records.read import sniff_format
from .._files import atomic_write
from .._records.upgrade import Upgraded, upgrade

__all__ = ["run_upgrade"]

_STDIN = "<stdin>"


def _fail(message: str) -> int:
    print(f"injunction upgrade: {message}", file=sys.stderr)
    return 2


def _format_of(name: str) -> Format | None:
    suffix = os.path.splitext(name)[1].lower().lstrip(".")
    return "json" if suffix == "json" else "toml" if suffix == "toml" else None


def _read(name: str, max_bytes: int, input_format: str | None) -> Upgraded:
    """The record in *name* (``-``: standard input), upgraded; `CaseFormatError` if it cannot be."""
    if name == "-":
        if sys.stdin is None:
            raise CaseFormatError(_STDIN, [Problem("", "there is no standard input to read")])
        data = getattr(sys.stdin, "buffer", sys.stdin).read(max_bytes + 1)
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        fmt: Format = "json" if (input_format or sniff_format(data)) == "json" else "toml"
        return upgrade(data, format=fmt, source=_STDIN, max_bytes=max_bytes)
    found = _format_of(name)
    if found is None:
        allowed = {"form": "file", "suffixes": [f".{f}" for f in FORMATS]}
        raise CaseFormatError(name, [Problem("", "cannot tell the format from the file name", allowed=allowed)])
    data = read_capped(name, max_bytes, _too_big(max_bytes))
    return upgrade(data, format=found, source=name, max_bytes=max_bytes)


def _misuse(args: argparse.Namespace) -> str | None:
    files: list[str] = args.files
    if len(files) > 1 and not args.in_place:
        return "several records need --in-place (each file rewritten); standard output and -o take one record"
    if args.in_place and "-" in files:
        return "standard input (-) cannot be rewritten in place: give -o OUT, or read the output"
    if files.count("-") > 1:
        return "- (standard input) can be read only once"
    if args.input_format is not None and "-" not in files:
        return "--input-format is the format of standard input (-); files are read by their suffix (.json or .toml)"
    return None


def _output_refused(output: str, record: str, fmt: Format | None) -> str | None:
    """Why -o *output* cannot take the record *record* (of format *fmt*), if it cannot."""
    if os.path.islink(output):
        return f"{output} is a symbolic link: give the path of the file it points to"
    if os.path.isdir(output):
        return f"{output} is a directory: give a file name"
    wanted = _format_of(output)
    if fmt is not None and wanted is not None and wanted != fmt:
        return f"{output} names a .{wanted} file, but {record} is {fmt.upper()}: upgrade keeps a record's format"
    return None


def run_upgrade(args: argparse.Namespace) -> int:
    """Run ``injunction upgrade`` with parsed *args*; the exit status."""
    misuse = _misuse(args)
    if misuse is not None:
        return _fail(misuse)
    upgraded: list[tuple[str, Upgraded]] = []
    failed = 0
    for name in args.files:
        try:
            upgraded.append((name, _read(name, args.max_bytes, args.input_format)))
        except CaseFormatError as error:
            print(error, file=sys.stderr)
            failed += 1
    if failed and len(args.files) > 1:
        return _fail(f"{failed} of {len(args.files)} records could not be read: nothing was written")
    if failed:
        return 2
    if not args.in_place:
        name, result = upgraded[0]
        shown = _STDIN if name == "-" else name
        if not result.changed:
            print(f"{shown}: already version {result.version}, left as it is", file=sys.stderr)
        if args.output is None:
            sys.stdout.write(result.text)
            return 0
        fmt = _format_of(name) if name != "-" else ("json" if result.text.lstrip().startswith("{") else "toml")
        refused = _output_refused(args.output, shown, fmt)
        if refused is not None:
            return _fail(refused)
        return _write(args.output, result.text)
    status = 0
    for name, result in upgraded:
        if not result.changed:
            print(f"{name}: already version {result.version}, left as it is", file=sys.stderr)
            continue
        # A link's target is rewritten, and the link kept.
        written = _write(os.path.realpath(name), result.text)
        if written == 0:
            print(f"{name}: upgraded from version {result.version} to {VERSION}", file=sys.stderr)
        status = max(status, written)
    return status


def _write(path: str, text: str) -> int:
    try:
        atomic_write(path, text)
    except OSError as error:
        return _fail(f"cannot write {path}: {error.strerror or error} (it is as it was)")
    return 0

"""Hostile and odd input: the loader returns a case or raises `CaseFormatError`, never anything
else; the command line answers any files, names and folders within its limits.

Inputs that once broke it are kept in ``tests/regressions/`` and replayed here.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from types import FrameType
from typing import Any, Literal

import attrs

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import injunction
from injunction import CaseFormatError
from injunction._cli import main
from injunction._text import INVISIBLE, blank, printable
from injunction.testing import case_records

from .conftest import ROOT
from .test_controls import assert_neutral

REGRESSIONS = sorted(p for p in (ROOT / "tests" / "regressions").iterdir() if p.suffix in (".json", ".toml"))


def read(data: bytes, suffix: str, tmp_path: Path) -> None:
    """Load *data*: a case whose analysis prints as UTF-8, or a printable `CaseFormatError`."""
    path = tmp_path / f"fuzz.{suffix}"
    path.write_bytes(data)
    try:
        case = injunction.load(path)
    except CaseFormatError as error:
        assert error.problems, "an error always names at least one problem"
        assert str(error).startswith(f"{path}: ")
        str(error).encode("utf-8")
    else:
        str(injunction.evaluate(case)).encode("utf-8")
        injunction.to_json(injunction.evaluate(case)).encode("utf-8")


@given(data=st.binary(max_size=400), suffix=st.sampled_from(["json", "toml"]))
@example(data=b"\xef\xbb\xbf", suffix="json")
@example(data=b"\x00", suffix="toml")
@example(data=b"[" * 5000, suffix="json")
@example(data=b"a = " + b"[" * 5000, suffix="toml")
def test_any_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str) -> None:
    """Arbitrary bytes never escape as anything but a `CaseFormatError`."""
    read(data, suffix, tmp_path_factory.mktemp("fuzz"))


@st.composite
def near_records(draw: st.DrawFn) -> str:
    """A valid record's JSON text with a few characters changed."""
    text = json.dumps(draw(case_records(max_claims=2)))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text) - 1))
        text = text[:at] + draw(st.sampled_from(['"', "{", "}", "[", ",", ":", "1", "e", "\\", "\x00", "é", ""])) + text[at + 1 :]
    return text


@given(near_records())
def test_almost_valid_json(text: str) -> None:
    """Records one keystroke from valid are read or refused cleanly."""
    try:
        injunction.loads(text, format="json")
    except CaseFormatError as error:
        assert error.problems


@given(st.text(max_size=300), st.sampled_from(["json", "toml"]))
def test_any_text(text: str, format: Literal["json", "toml"]) -> None:
    """Arbitrary text in either format is read or refused cleanly."""
    try:
        injunction.loads(text, format=format)
    except CaseFormatError as error:
        assert error.problems


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.name for p in REGRESSIONS])
def test_regressions(path: Path, tmp_path: Path) -> None:
    """Inputs that once broke the loader now give a clean answer."""
    read(path.read_bytes(), path.suffix.lstrip(".") or "json", tmp_path)


# --- The command line, fuzzed ---------------------------------------------------------
#
# Random bytes, file names and small directory trees through ``validate``,
# ``evaluate`` and ``evaluate --jsonl``, each call held to resource limits that
# are properties too: it answers within TIME seconds, allocates at most MEMORY
# bytes at its peak, and needs no more than HEADROOM frames of stack above the
# caller's, whatever the input (so no input can nest its way to a RecursionError).

TIME = 5.0
MEMORY = 48 * 2**20
HEADROOM = 200
# A command is slower than a parse: a fifth of the profile's examples (20 under
# "dev" and "ci"); HYPOTHESIS_PROFILE=fuzz hunts with 400.
cli = settings(max_examples=max(10, settings().max_examples // 5))


def _depth() -> int:
    frame: FrameType | None = sys._getframe()
    depth = 0
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    return depth


@attrs.frozen
class Ran:
    """What one command did: its exit status and output, and what it took."""

    status: int
    out: str
    err: str
    seconds: float
    peak: int


def run_cli(argv: list[str]) -> Ran:
    """``main(argv)`` with its output captured, timed, its memory traced and its
    stack held to HEADROOM frames; argparse's usage error is its exit status,
    any exception (RecursionError first) fails."""
    out, err = io.StringIO(), io.StringIO()
    limit = sys.getrecursionlimit()
    tracemalloc.start()
    start = time.perf_counter()
    try:
        sys.setrecursionlimit(_depth() + HEADROOM)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(argv)
            except SystemExit as exit:  # argparse's usage error: its message is on err
                status = exit.code if isinstance(exit.code, int) else 1
    finally:
        sys.setrecursionlimit(limit)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    ran = Ran(status, out.getvalue(), err.getvalue(), seconds, peak)
    assert ran.seconds < TIME, f"{argv[0]} took {ran.seconds:.1f} s"
    assert ran.peak < MEMORY, f"{argv[0]} allocated {ran.peak / 2**20:.0f} MiB"
    return ran


def _nested(depth: int, toml: bool) -> bytes:
    """A record whose ``version`` nests *depth* levels: lists in JSON, dotted keys in TOML."""
    if toml:
        return ("version" + ".a" * depth + " = 1\n").encode()
    return b'{"version": ' + b"[" * depth + b"1" + b"]" * depth + b', "claims": []}'


@st.composite
def contents(draw: st.DrawFn, suffix: str) -> bytes:
    """What a file may hold: any bytes, a record or one a keystroke from it, a
    record nested deep, a record in UTF-16, a record with a name of invisible
    characters alone."""
    kind = draw(st.sampled_from(["bytes", "record", "near", "nested", "utf16", "invisible"]))
    toml = suffix == ".toml"
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "nested":
        return _nested(draw(st.integers(0, 400)), toml)
    record = draw(case_records(max_claims=2))
    if kind == "near":
        return draw(near_records()).encode("utf-8", "surrogatepass")
    if kind == "invisible":
        return draw(invisible_names(record, toml))
    text = injunction.dumps(injunction.from_record(record), format="toml" if toml else "json")
    return text.encode("utf-16" if kind == "utf16" else "utf-8")


# A name of invisible characters alone: white space and default-ignorable code points (`INVISIBLE`).
invisible = st.lists(
    st.sampled_from(INVISIBLE).flatmap(lambda pair: st.integers(*pair)).map(chr),
    min_size=1,
    max_size=4,
).map("".join)


@st.composite
def invisible_names(draw: st.DrawFn, record: dict[str, Any], toml: bool) -> bytes:
    """*record* as a file (JSON or TOML), with one of its names invisible characters alone."""
    where = draw(st.sampled_from([("case", "name"), ("motion", "movant"), ("motion", "opponent"), ("claims", 0, "name")]))
    parent: Any = record
    for step in where[:-1]:
        parent = parent[step]
    name = draw(invisible)
    if not toml:
        parent[where[-1]] = name
        return json.dumps(record, ensure_ascii=draw(st.booleans())).encode("utf-8")
    parent[where[-1]] = "PLACEHOLDER"
    text = injunction.dumps(injunction.from_record(record), format="toml")
    # A TOML basic string reads JSON's escapes of the C0 controls (\t, \u001c) and takes the rest raw.
    return text.replace('"PLACEHOLDER"', json.dumps(name, ensure_ascii=False)).encode("utf-8")


names = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1, max_size=12),
    st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\x00" not in b).map(os.fsdecode),
).filter(lambda name: name not in (".", "..") and len(os.fsencode(name)) < 200)


@st.composite
def trees(draw: st.DrawFn) -> list[tuple[str, bytes]]:
    """A few files, some in a subfolder, under random names: (relative path, bytes)."""
    files = []
    for _ in range(draw(st.integers(1, 4))):
        suffix = draw(st.sampled_from([".json", ".toml", ".json", ".toml", ".txt", ""]))
        folder = draw(st.none() | names)
        name = draw(names) + suffix
        files.append((name if folder is None else os.path.join(folder, name), draw(contents(suffix))))
    return files


def plant(root: Path, files: list[tuple[str, bytes]]) -> list[str]:
    """Write *files* under *root* (a clash of a file and a folder keeps the first); their paths."""
    written = []
    for relative, data in files:
        path = root / relative
        try:
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
        except (FileExistsError, NotADirectoryError, IsADirectoryError):
            continue
        written.append(str(path))
    return sorted(set(written))


def assert_lines_are_the_tool_s(out: str, paths: list[str]) -> None:
    """Every line of validate's output begins with a file's name as shown or is the count."""
    shown = [printable(p) for p in paths]
    lines = out.splitlines()
    assert re.fullmatch(r"[0-9,]+ records? checked: [0-9,]+ valid, [0-9,]+ invalid", lines[-1]), lines[-1]
    for line in lines[:-1]:
        assert any(line.startswith(f"{name}: ") for name in shown), line


DEEP = [[("deep.json", _nested(990, toml=False))], [("deep.toml", _nested(3000, toml=True))]]  # issue 20, item 1


@cli
@given(trees())
@example(DEEP[0])
@example(DEEP[1])
def test_validate_answers_any_files_within_its_limits(files: list[tuple[str, bytes]]) -> None:
    """``validate`` reads anything: exit 0 when every file is a record, else 2; one
    line a file or a problem, each beginning with the file's name; in time and memory."""
    with tempfile.TemporaryDirectory() as folder:
        paths = plant(Path(folder), files)
        ran = run_cli(["validate", *paths])
    assert ran.err == ""
    assert_lines_are_the_tool_s(ran.out, paths)
    valid = sum(line.endswith(": valid") for line in ran.out.splitlines())
    assert ran.status == (0 if valid == len(paths) else 2)
    assert ran.out.splitlines()[-1].startswith(f"{len(paths)} record")
    assert_neutral(ran.out)


@cli
@given(trees())
@example(DEEP[0])
@example(DEEP[1])
def test_evaluate_jsonl_answers_every_record_in_a_tree_within_its_limits(files: list[tuple[str, bytes]]) -> None:
    """``evaluate DIR --jsonl``: one JSON line for each .json and .toml file under
    the folder, a decision or an error; exit 2 when any is an error."""
    with tempfile.TemporaryDirectory() as folder:
        paths = plant(Path(folder), files)
        ran = run_cli(["evaluate", "--jsonl", folder])
    records = [p for p in paths if p.endswith((".json", ".toml"))]
    lines = [json.loads(line) for line in ran.out.splitlines()]
    assert sorted(line["file"] for line in lines) == sorted(records)
    errors = sum("error" in line for line in lines)
    assert ran.status == (2 if errors else 0)
    assert_neutral(ran.out)


@cli
@given(trees(), st.sampled_from(["text", "markdown", "json"]))
@example(DEEP[1], "text")
def test_evaluate_answers_one_file_within_its_limits(files: list[tuple[str, bytes]], format: str) -> None:
    """``evaluate FILE``: an analysis and exit 0, or its problems on standard error and exit 2."""
    with tempfile.TemporaryDirectory() as folder:
        path = plant(Path(folder), files[:1])[0]
        ran = run_cli(["evaluate", path, "--format", format])
    if ran.status == 0:
        assert ran.out and not ran.err
    else:
        assert ran.status == 2 and not ran.out
        assert all(line.startswith(f"{printable(path)}: ") for line in ran.err.splitlines()), ran.err
    assert_neutral(ran.out + ran.err)


@cli
@given(st.data(), st.sampled_from([".json", ".toml"]))
def test_validate_and_jsonl_refuse_a_name_of_invisible_characters(data: st.DataObject, suffix: str) -> None:
    """A record whose case, party or claim name is invisible characters alone
    (issue 20, item 4) is invalid to ``validate`` and an error line to
    ``--jsonl``, exit 2, naming the name's path and showing it in escapes."""
    record = data.draw(case_records(max_claims=2))
    content = data.draw(invisible_names(record, suffix == ".toml"))
    with tempfile.TemporaryDirectory() as folder:
        paths = plant(Path(folder), [("record" + suffix, content)])
        ran = run_cli(["validate", *paths])
        batch = run_cli(["evaluate", "--jsonl", folder])
    assert ran.status == 2 and batch.status == 2
    (line,) = [line for line in ran.out.splitlines() if "; allowed: text that shows a character" in line]
    assert re.search(r': (case\.name|motion\.movant|motion\.opponent|claims\[0\]\.name): got "', line), line
    assert all(char == " " or not blank(char) for char in ran.out.replace("\n", "")), ran.out  # every other one escaped
    (error,) = [json.loads(text)["error"] for text in batch.out.splitlines()]
    assert [problem["allowed"]["form"] for problem in error["problems"]] == ["name"]
    assert_neutral(ran.out + batch.out)


def _doctrine_options() -> st.SearchStrategy[list[str]]:
    """The doctrine options of ``evaluate`` in any order and number, good values and bad."""
    option = st.one_of(
        st.just(["--current-law"]),
        st.tuples(st.just("--as-of"), st.sampled_from(["2020-01-01", "2008-11-11", "2021-02-30", "yesterday", ""])).map(list),
        st.tuples(st.just("--public-interest-threshold"), st.sampled_from(["neutral", "favors", "against"])).map(list),
        st.tuples(st.just("--constitutional-presumption"), st.sampled_from(["likely", "serious_questions", "off", "on"])).map(list),
        st.sampled_from([["--no-serious-questions-path"], ["--mandatory-serious-questions"], ["--likely-success-threshold"]]),
    )
    return st.lists(option, max_size=4).map(lambda options: [word for words in options for word in words])


@cli
@given(_doctrine_options(), st.sampled_from(["text", "json"]))
@example(["--current-law", "--as-of", "2020-01-01"], "text")
@example(["--as-of", "2020-01-01", "--current-law"], "json")
def test_evaluate_answers_any_doctrine_options(options: list[str], format: str) -> None:
    """Any mix of doctrine options: a decision and exit 0, or a usage error and
    exit 2 before any record is read; ``--current-law`` with a good ``--as-of``
    is always refused, saying why (the two name different days' law)."""
    parler = str(ROOT / "injunction" / "examples" / "parler.toml")
    ran = run_cli(["evaluate", parler, "--format", format, *options])
    if ran.status == 0:
        assert ran.out and not ran.err
    else:
        assert ran.status == 2 and not ran.out
        assert ran.err.startswith("usage: injunction evaluate") and "injunction evaluate: error: argument" in ran.err
    good_date = any(a == "--as-of" and b in ("2020-01-01", "2008-11-11") for a, b in zip(options, options[1:]))
    if "--current-law" in options and good_date:
        assert ran.status == 2, options
        assert ran.err.rstrip().endswith("so give one") or "invalid choice" in ran.err or "expected a date" in ran.err

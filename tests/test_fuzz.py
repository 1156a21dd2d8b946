"""Hostile and odd input: the loader returns a case or raises `CaseFormatError`, never anything else.

Inputs that once broke it are kept in ``tests/regressions/`` and replayed here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import injunction
from injunction import CaseFormatError
from injunction.testing import case_records

from .conftest import ROOT

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

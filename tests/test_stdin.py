"""Records on standard input: ``injunction evaluate -`` and ``injunction
validate -``, as another program pipes them in, and `injunction.loads` on bytes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import injunction
from injunction._cli import main
from injunction._records.keys import FORMATS, Format
from injunction._records.read import sniff_format
from injunction.testing import cases

from .conftest import ROOT

PARLER_TOML = (ROOT / "injunction" / "examples" / "parler.toml").read_text(encoding="utf-8")
PARLER_JSON = injunction.dumps(injunction.example("parler"), format="json")


def _stdin(monkeypatch: pytest.MonkeyPatch, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))


def test_evaluate_dash_reads_the_record_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``injunction example parler | injunction evaluate -``: the same analysis as from the file."""
    _stdin(monkeypatch, PARLER_TOML)
    assert main(["evaluate", "-"]) == 0
    assert capsys.readouterr().out == str(injunction.evaluate(injunction.example("parler")))


@pytest.mark.parametrize("text", [PARLER_TOML, PARLER_JSON], ids=["toml", "json"])
def test_without_input_format_the_format_is_detected(
    text: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON if the text starts with ``{``, TOML otherwise: either way the same decision."""
    _stdin(monkeypatch, text)
    assert main(["evaluate", "-", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == injunction.evaluate(injunction.example("parler")).to_dict()


def test_input_format_says_which(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``--input-format json`` reads JSON; told TOML, the same JSON text is a TOML syntax error."""
    _stdin(monkeypatch, PARLER_JSON)
    assert main(["evaluate", "-", "--input-format", "json"]) == 0
    assert "is DENIED." in capsys.readouterr().out
    _stdin(monkeypatch, PARLER_JSON)
    assert main(["evaluate", "-", "--input-format", "toml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("<stdin>: 1 problem\n<stdin>: invalid TOML: ")
    assert "--input-format" not in err  # the user said which: no hint about detection


def test_a_detected_format_that_does_not_parse_says_how_it_was_read(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSON array is no record; read as TOML (it does not start with ``{``), the problem says so."""
    _stdin(monkeypatch, '[{"version": 1}]')
    assert main(["evaluate", "-"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("<stdin>: 1 problem\n<stdin>: invalid TOML: ")
    assert 'read as TOML, since it does not start with "{"; give --input-format json or toml to say which' in err


def test_problems_name_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Every problem line names ``<stdin>``, as a file's would name the file."""
    _stdin(monkeypatch, PARLER_TOML.replace('court = "wawd"', 'court = "wawdd"'))
    assert main(["evaluate", "-"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "<stdin>: 1 problem"
    assert err[1].startswith('<stdin>: case.court: got "wawdd";')


def test_the_size_cap_applies_to_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``--max-bytes`` caps a pipe as it caps a file: the record is refused, not read in full."""
    _stdin(monkeypatch, PARLER_TOML)
    assert main(["evaluate", "-", "--max-bytes", "100"]) == 2
    assert "<stdin>: the file is larger than 100 bytes" in capsys.readouterr().err


def test_standard_input_must_be_utf8(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, b"version = 1\n# caf\xe9\n")
    assert main(["validate", "-"]) == 2
    assert "<stdin>: not UTF-8 text: byte 0xe9 at line 2, column 6; save the file as UTF-8" in capsys.readouterr().out


def test_validate_dash_checks_standard_input_among_files(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-`` is one more record to check, reported as ``<stdin>``."""
    _stdin(monkeypatch, PARLER_JSON)
    assert main(["validate", "-"]) == 0
    assert capsys.readouterr().out == "<stdin>: valid\n1 record checked: 1 valid, 0 invalid\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["validate", "-", "-"], "injunction validate: - (standard input) can be read only once"),
        (["evaluate", "x.toml", "--input-format", "json"], "injunction evaluate: --input-format is the format of standard input (-)"),
        (["evaluate", "-", "--jsonl"], "injunction evaluate: - (standard input) is one record; evaluate it alone, not in a batch"),
    ],
    ids=["twice", "input-format-without-dash", "dash-in-a-batch"],
)
def test_standard_input_misused_is_a_usage_error(
    argv: list[str], message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, PARLER_TOML)
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith(message)


def test_help_says_how_the_format_of_standard_input_is_chosen(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["evaluate", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "- to read one from standard input" in out
    assert "by default it is detected: JSON if its first character (after white space) is {" in out


def test_a_real_pipe() -> None:
    """Two processes, as a shell runs ``injunction example parler | injunction evaluate -``."""
    example = subprocess.run([sys.executable, "-m", "injunction", "example", "parler"], capture_output=True, check=True)
    evaluated = subprocess.run(
        [sys.executable, "-m", "injunction", "evaluate", "-"], input=example.stdout, capture_output=True, check=False
    )
    assert evaluated.returncode == 0, evaluated.stderr
    assert b"is DENIED." in evaluated.stdout


# -- in Python -------------------------------------------------------------------


def test_loads_takes_bytes_with_the_checks_load_applies() -> None:
    """Bytes from a pipe or socket: UTF-8 (a byte-order mark allowed), capped at *max_bytes*."""
    raw = PARLER_TOML.encode("utf-8")
    assert injunction.loads(raw, format="toml") == injunction.example("parler")
    assert injunction.loads(b"\xef\xbb\xbf" + raw, format="toml") == injunction.example("parler")
    with pytest.raises(injunction.CaseFormatError, match="larger than 100 bytes"):
        injunction.loads(raw, format="toml", max_bytes=100)
    with pytest.raises(injunction.CaseFormatError, match="<stdin>: binary data, not text: a NUL byte"):
        injunction.loads(b"version = 1\x00", format="toml", source="<stdin>")


@given(cases(), st.sampled_from(FORMATS), st.booleans())
def test_detection_finds_the_format_dumps_wrote(case: injunction.Case, format: Format, as_bytes: bool) -> None:
    """Property: whatever the case, the text `dumps` writes is detected as the format it was written in."""
    text = injunction.dumps(case, format=format)
    assert sniff_format(text.encode("utf-8") if as_bytes else text) == format

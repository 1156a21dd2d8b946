"""The command line: `injunction evaluate`, as a user runs it."""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path

import pytest

import injunction
from injunction._cli import main

from .conftest import CASES, ROOT

PARLER = str(ROOT / "injunction" / "examples" / "parler.toml")


def test_evaluate_prints_the_reasoned_analysis(capsys: pytest.CaptureFixture[str]) -> None:
    """The text is the decision's analysis, exactly as `str(decision)` gives it."""
    assert main(["evaluate", PARLER]) == 0
    out = capsys.readouterr().out
    assert out == str(injunction.evaluate(injunction.load(PARLER)))
    assert "DENIED" in out


def test_evaluate_json_is_exactly_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    """``--json`` prints `Decision.to_dict()`, nothing more or less."""
    assert main(["evaluate", "--json", PARLER]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == injunction.evaluate(injunction.load(PARLER)).to_dict()
    assert printed["disposition"] == "denied"
    assert printed["test"] is None
    assert set(printed) >= {"disposition", "test", "failed", "met", "needs", "trace"}


def test_options_reach_the_standard(capsys: pytest.CaptureFixture[str]) -> None:
    """Doctrine options on the command line change the standard applied."""
    record = ROOT / "tests" / "cases" / "district" / "2020-wechat-users-alliance-v-trump.json"
    assert main(["evaluate", "--json", str(record)]) == 0
    assert json.loads(capsys.readouterr().out)["disposition"] == "granted"
    assert main(["evaluate", "--json", "--no-serious-questions-path", str(record)]) == 0
    assert json.loads(capsys.readouterr().out)["disposition"] == "denied"


def test_bad_record_prints_problems_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Problems go to standard error, with no traceback, and the exit status is 2."""
    bad = tmp_path / "bad.toml"
    bad.write_text('version = 1\n[motion]\nrelif = "prohibitory"\n')
    assert main(["evaluate", str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"{bad}: 7 problems\n")
    assert f"{bad}: motion.relif: unknown key;" in captured.err
    assert "Traceback" not in captured.err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A missing command or file is a usage error, as argparse reports it."""
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
    assert "COMMAND" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["evaluate", "test"])
@pytest.mark.parametrize("order", [["--current-law", "--as-of", "2020-01-01"], ["--as-of=2020-01-01", "--current-law"]])
def test_current_law_and_as_of_together_are_refused_saying_why(
    command: str, order: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """``--current-law`` (today's law) and ``--as-of DAY`` (that day's) contradict
    each other: a usage error, exit 2, before any record is read; either alone runs."""
    with pytest.raises(SystemExit) as info:
        main([command, *order, PARLER])
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "not allowed with argument" in captured.err
    assert captured.err.rstrip().endswith("each says which day's law applies (--as-of a given day's, --current-law today's), so give one")
    assert main(["evaluate", "--as-of", "2020-01-01", PARLER]) == 0
    assert main(["evaluate", "--current-law", PARLER]) == 0


def test_python_dash_m_runs_the_cli() -> None:
    """``python -m injunction`` is the same command."""
    result = subprocess.run(
        [sys.executable, "-m", "injunction", "evaluate", PARLER], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "DENIED" in result.stdout


def test_validate_reports_every_file_and_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``injunction validate`` checks records without evaluating them: exit 0 when all are valid."""
    records = [str(p) for p in sorted((ROOT / "tests" / "cases").rglob("*.json"))][:3]
    assert main(["validate", *records]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{r}: valid" for r in records] + ["3 records checked: 3 valid, 0 invalid"]


def test_validate_exits_2_when_any_record_is_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One bad record among good ones: its problems, then the summary, and exit 2."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 3}')
    assert main(["validate", PARLER, str(bad)]) == 2
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{PARLER}: valid"
    assert out[1] == f"{bad}: 4 problems"
    assert f"{bad}: version: got 3; unsupported version; allowed: 1 or 2" in out[2:6]
    assert out[-1] == "2 records checked: 1 valid, 1 invalid"


def test_max_bytes_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--max-bytes`` sets the size cap; a nonsense value is a usage error."""
    assert main(["evaluate", "--max-bytes", "100", PARLER]) == 2
    assert "is larger than 100 bytes" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["validate", "--max-bytes", "lots", PARLER])
    assert "expected a whole number of bytes, got 'lots'" in capsys.readouterr().err


def test_the_readme_shows_real_output(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The error report in the README is what `injunction validate` prints today."""
    readme = (ROOT / "README.md").read_text()
    shown = readme.split("$ injunction validate examples/bad_record.toml\n", 1)[1].split("\n```", 1)[0]
    monkeypatch.chdir(ROOT)
    assert main(["validate", "examples/bad_record.toml"]) == 2
    assert capsys.readouterr().out.rstrip("\n") == shown


# -- batches ------------------------------------------------------------------------


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_batch_streams_a_line_per_record_and_goes_on_past_a_bad_one(capsys: pytest.CaptureFixture[str]) -> None:
    """A directory is read recursively in name order; a bad record is an error line;
    the batch exits 2 at the end because one record was bad."""
    cases = ROOT / "tests" / "cases"
    bad = ROOT / "examples" / "bad_record.toml"
    assert main(["evaluate", str(cases), str(bad), "--jsonl"]) == 2
    lines = _lines(capsys.readouterr().out)
    assert len(lines) == len(CASES) + 1
    in_name_order = sorted(cases.rglob("*.json"), key=lambda p: p.relative_to(cases).parts)
    assert [line["file"] for line in lines[:-1]] == [str(p) for p in in_name_order]
    error = lines[-1]["error"]
    assert isinstance(error, dict) and error["problems"][0]["path"] == "case.court"
    assert error["problems"][0]["allowed"] == {"form": "court", "courts": list(injunction.COURTS)}  # what is allowed, as data
    parler = next(line for line in lines if "parler" in str(line["file"]))
    assert parler["disposition"] == "denied" and parler["failed"] == {
        "winter": ["merits", "balance_of_hardships", "public_interest"],
        "serious_questions": ["merits", "balance_of_hardships", "public_interest"],
    }


def test_a_batch_in_two_processes_writes_the_same_lines(capsys: pytest.CaptureFixture[str]) -> None:
    cases = str(ROOT / "tests" / "cases")
    assert main(["evaluate", cases, "--jsonl"]) == 0
    one = capsys.readouterr().out
    assert main(["evaluate", cases, "--jsonl", "--jobs", "2"]) == 0
    assert capsys.readouterr().out == one


def test_a_batch_line_can_carry_the_whole_decision(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", PARLER, "--jsonl", "--trace"]) == 0
    (line,) = _lines(capsys.readouterr().out)
    decision = injunction.evaluate(injunction.load(PARLER)).to_dict()
    assert line == {"file": PARLER, **decision}


def test_the_summary_counts_dispositions_by_court_test_and_failed_factor(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(ROOT / "tests" / "cases"), "--summary"]) == 0
    table = capsys.readouterr().out
    assert table.startswith(f"{len(CASES)} records: {len(CASES)} evaluated, 0 could not be read")
    assert "wawd" in table and "granted by test:" in table and "failed on some path, by factor:" in table


def test_several_records_need_a_batch_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", PARLER, PARLER]) == 2
    assert "need --jsonl" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["evaluate", PARLER, "--jsonl", "--jobs", "0"])


def test_the_command_lines_choices_are_the_renderers() -> None:
    """`--format` and `--style` offer exactly what the renderers accept."""
    from injunction._cli import parser as _cli
    from injunction._render import formats as _render
    from injunction._render import document as _report

    assert _cli.FORMATS == _render.FORMATS and _cli.STYLES == _report.STYLES


def test_the_doctrine_page_in_docs_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    """docs/doctrine.md is what `injunction doctrine --format markdown` prints now
    (regenerate it with: injunction doctrine --format markdown -o docs/doctrine.md)."""
    assert main(["doctrine", "--format", "markdown"]) == 0
    assert capsys.readouterr().out == (ROOT / "docs" / "doctrine.md").read_text()


def test_the_doctrine_page_names_every_authority_and_option(capsys: pytest.CaptureFixture[str]) -> None:
    import injunction.authorities as a

    assert main(["doctrine", "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    for value in vars(a).values():
        if isinstance(value, a.Authority):
            assert html.escape(value.cite(), quote=True) in page, value
    for option in ("public_interest_threshold", "serious_questions_path", "likely_success_threshold", "by_date", "as_of"):
        assert option in page


def test_the_doctrine_page_has_each_registered_circuits_tests_and_options(capsys: pytest.CaptureFixture[str]) -> None:
    """The page reads the registry: each circuit's tests and, for each option
    of its standard, the option and its default."""
    import inspect

    from injunction.standards import REGISTRY
    from injunction.standards.courts import CIRCUIT_NAMES

    assert main(["doctrine", "--format", "markdown"]) == 0
    page = capsys.readouterr().out
    for circuit, entry in REGISTRY.items():
        assert f"## The {CIRCUIT_NAMES[circuit]}: the tests, by motion" in page
        assert f"## Options for unsettled doctrine (the {CIRCUIT_NAMES[circuit]})" in page
        for name in inspect.signature(entry.standard).parameters:
            assert f"**{name} (default " in page, (circuit, name)


def test_closed_record_decides_what_an_open_record_leaves_undetermined(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--closed-record`: the hearing is over, so a finding the record lacks is not shown."""
    record = tmp_path / "silent.toml"
    record.write_text(
        'version = 1\n[case]\nname = "A v. B"\ncourt = "cand"\n'
        '[motion]\nkind = "preliminary_injunction"\nrelief = "prohibitory"\nmovant = "A"\nopponent = "B"\n'
        '[[claims]]\nname = "Contract"\nmerits = "likely"\n'
    )
    assert main(["evaluate", str(record), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["disposition"] == "undetermined"
    assert main(["evaluate", str(record), "--json", "--closed-record"]) == 0
    closed = json.loads(capsys.readouterr().out)
    assert (closed["disposition"], closed["closed"], closed["receipt"]["closed"]) == ("denied", True, True)

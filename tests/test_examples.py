"""Every example runs as a user would run it."""

from __future__ import annotations

import runpy

import pytest

from .conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(path: object, capsys: pytest.CaptureFixture[str]) -> None:
    """The example runs to the end and prints what it promises."""
    runpy.run_path(str(path), run_name="__main__")
    assert capsys.readouterr().out.strip()


def test_what_if_moves_the_outcome(capsys: pytest.CaptureFixture[str]) -> None:
    """The what-if walk-through goes from denied, through undetermined, to granted."""
    runpy.run_path(str(ROOT / "examples" / "what_if.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "As the court found: denied" in out
    assert "Serious questions, balance sharply favoring Parler: denied" in out
    assert "... for relief that reaches only the parties: undetermined" in out
    assert "would be settled by: irreparable_harm, public_interest" in out
    assert "... with likely harm and a neutral public interest: granted on the serious_questions path" in out
    assert "... if the public interest must always favor relief: denied" in out
    assert "... with a fourth, hopeless claim: granted" in out

"""One record under every circuit's standard (`injunction.across_circuits`,
``injunction circuits FILE``): a row per circuit, and for each circuit that
parts from the forum's, the doctrinal difference read off the two traces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import injunction
from injunction import Disposition
from injunction._cli import main
from injunction.standards import REGISTRY

from .conftest import ROOT

VOLOKH = ROOT / "tests" / "cases" / "district-ca2" / "2023-volokh-v-james.json"


def test_parler_comes_out_the_same_in_every_circuit_that_decides() -> None:
    split = injunction.across_circuits(injunction.example("parler"))
    assert split.forum == split.reference == "ca9"
    assert [row.circuit for row in split.rows] == [c for c in REGISTRY if c != "scotus"]
    assert all(row.decision is not None and row.decision.disposition is Disposition.DENIED for row in split.rows)
    assert split.divergences == ()
    assert "Every circuit that decides comes out as the Ninth Circuit does: denied." in str(split)


def test_serious_questions_divide_the_circuits_that_have_them_from_those_that_do_not() -> None:
    """Serious questions, likely harm, a sharply tipping balance, a favoring public
    interest: the Ninth Circuit grants on its serious-questions path; a circuit
    without one (or that asks more of the merits) parts, and says why."""
    case = injunction.what_if(
        injunction.example("parler"),
        merits="serious_questions",
        irreparable_harm__likelihood="likely",
        balance_of_hardships__tips="sharply_favors",
        public_interest__weighs="favors",
    ).after.case
    split = injunction.across_circuits(case)
    rows = {row.circuit: row for row in split.rows}
    assert rows["ca9"].decision is not None and rows["ca9"].decision.disposition is Disposition.GRANTED
    assert rows["ca9"].decision.test == "serious_questions"
    for divergence in split.divergences:
        assert divergence.reference == "ca9"
        assert divergence.reasons and all(reason.authorities for reason in divergence.reasons)
    parted = {d.circuit for d in split.divergences}
    assert parted == {c for c, row in rows.items() if row.decision is not None and row.decision.disposition is not Disposition.GRANTED}


def test_the_split_is_data_and_every_format_escapes_the_record(tmp_path: Path) -> None:
    hostile = injunction.example("parler")
    import attrs

    hostile = attrs.evolve(hostile, case=attrs.evolve(hostile.case, name="<script>alert(1)</script> | *x* [a](javascript:b)"))
    split = injunction.across_circuits(hostile)
    data = split.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert [c["circuit"] for c in data["circuits"]] == [c for c in REGISTRY if c != "scotus"]
    html = injunction.to_html(split.report())
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<table" in html and "<th scope=\"col\">" in html
    markdown = injunction.to_markdown(split.report())
    assert "| Court | Disposition | Test | Failed |" in markdown
    assert "\\|" in markdown and "\\[a\\]" in markdown


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_the_circuits_command(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["circuits", str(VOLOKH), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        assert json.loads(out)["forum"] == "ca2"
    else:
        assert "Second Circuit" in out


def test_the_circuits_command_refuses_a_bad_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert main(["circuits", str(bad)]) == 2
    assert "bad.json" in capsys.readouterr().err

"""Every decided case in the corpus is reproduced as the court decided it.

The records are copies of ``../shared/cases`` (``tests/cases``); their
``expected`` sections are the courts' decisions and are never edited here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import injunction
from injunction import Case, Decision

from .conftest import CASES, ROOT

SHARED = ROOT.parent / "shared" / "cases"


def _expected(case: Case) -> injunction.Expected:
    assert case.expected is not None, "a corpus record states what the court decided"
    return case.expected


@pytest.fixture(params=CASES, ids=[p.stem for p in CASES])
def record(request: pytest.FixtureRequest) -> tuple[Case, Decision]:
    path: Path = request.param
    case = injunction.load(path)
    return case, injunction.evaluate(case)


def test_the_corpus_is_all_here() -> None:
    """The project's copy holds every shared record, so the suite stands alone."""
    assert len(CASES) >= 28
    if SHARED.is_dir():
        assert {p.name for p in SHARED.rglob("*.json")} <= {p.name for p in CASES}


def test_the_copies_keep_the_courts_decisions() -> None:
    """Where the shared corpus is beside us, every copied `expected` is unchanged."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project; the copies stand alone")
    for shared in SHARED.rglob("*.json"):
        ours = next(p for p in CASES if p.name == shared.name)
        assert json.loads(ours.read_text())["expected"] == json.loads(shared.read_text())["expected"], ours


def test_reproduces_the_courts_decision(record: tuple[Case, Decision]) -> None:
    """A record whose findings settle the motion gets the court's disposition and test;
    where the record stops short (``determinable: false``), the answer is undetermined
    and `needs` names a factor whose finding settles it the court's way. `injunction.reproduce`
    is that comparison, the one ``injunction test`` runs on a user's own records."""
    case, decision = record
    result = injunction.reproduce(case)
    assert result.decision == decision
    assert result.reproduced, result.why


def test_no_ground_the_court_held_against_the_movant_is_met(record: tuple[Case, Decision]) -> None:
    """A factor the court held against the movant is never reported met, on any path."""
    case, decision = record
    for path, met in decision.met.items():
        assert not set(_expected(case).grounds) & set(met), path


def test_every_record_round_trips_through_the_loader(record: tuple[Case, Decision]) -> None:
    """Each record loads to a case whose decision serialises to JSON and back unchanged."""
    _, decision = record
    data = decision.to_dict()
    assert json.loads(json.dumps(data)) == data

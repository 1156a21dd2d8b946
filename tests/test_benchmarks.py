"""The benchmarks' hand-written baseline decides as the library does, so that
the ratios `python -m benchmarks` prints compare like with like. (The timing
itself is never asserted: these machines are noisy.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

import injunction
from benchmarks import baseline
from injunction import Case, NinthCircuit
from injunction.testing import cases

from .conftest import CASES

CURRENT_LAW = NinthCircuit(by_date=False)  # the law the baseline encodes


def _agree(case: Case) -> None:
    decision = injunction.evaluate(case, CURRENT_LAW)
    plain = baseline.from_record(injunction.to_record(case))
    assert baseline.decide(plain) == (decision.disposition.value, decision.test)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_the_baseline_decides_every_corpus_record_as_the_library_does(path: Path) -> None:
    _agree(injunction.load(path))


@given(cases())
def test_the_baseline_decides_generated_cases_as_the_library_does(case: Case) -> None:
    _agree(case)

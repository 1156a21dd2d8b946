"""The public surface: one sorted `__all__`, typed, and the Python API the spec describes."""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import assert_type

import injunction
from injunction import Decision, Disposition, Node

from .conftest import ROOT


def test_all_is_sorted_and_complete() -> None:
    """`__all__` is sorted, and every class in it names a public module as its home."""
    assert injunction.__all__ == sorted(injunction.__all__)
    for name in injunction.__all__:
        obj = getattr(injunction, name)
        if isinstance(obj, type):
            assert obj.__module__ in ("injunction", "injunction.authorities"), name
    public = {n for n, v in vars(injunction).items() if not n.startswith("_") and not isinstance(v, types.ModuleType)}
    assert public - set(injunction.__all__) <= {"annotations"}


def test_the_spec_python_api() -> None:
    """`load`, `evaluate` and the decision's attributes, as spec/case-format.md shows them."""
    case = injunction.example("parler")
    decision = injunction.evaluate(case)
    assert_type(decision, Decision)
    assert_type(decision.disposition, Disposition)
    assert_type(decision.test, str | None)
    assert_type(decision.failed, Mapping[str, tuple[str, ...]])
    assert_type(decision.needs, tuple[str, ...])
    assert_type(decision.trace, Node)
    assert decision.disposition == "denied"  # a str-valued enum
    assert decision.to_dict()["disposition"] == "denied"


def test_evaluate_is_pure() -> None:
    """The same case and standard always give an equal decision."""
    case = injunction.example("parler")
    assert injunction.evaluate(case) == injunction.evaluate(case)
    assert injunction.evaluate(case).to_dict() == injunction.evaluate(case).to_dict()


def test_version_comes_from_the_installed_metadata() -> None:
    """`injunction.__version__` is the one version, from pyproject.toml."""
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert injunction.__version__ == version


def test_evaluate_refuses_what_is_not_a_case() -> None:
    """A dict is not a case: load it first."""
    import pytest

    with pytest.raises(TypeError, match="evaluate\\(\\) needs a Case, got dict"):
        injunction.evaluate({"version": 1})  # type: ignore[arg-type]  # the wrong type on purpose


def test_authorities_module_all_is_sorted_and_complete() -> None:
    """`injunction.authorities.__all__` lists every source and pin it defines."""
    from injunction import authorities

    assert authorities.__all__ == sorted(authorities.__all__)
    defined = {n for n, v in vars(authorities).items() if isinstance(v, (authorities.Authority, authorities.Source))}
    assert defined <= set(authorities.__all__)


def test_the_standards_have_a_public_home() -> None:
    """`injunction.standards` holds the standards; the old names are the same objects."""
    from injunction import standards

    assert standards.__all__ == ["REGISTRY", "CircuitStandard", "Circuits", "Entry", "FederalCircuit", "NinthCircuit", "SecondCircuit", "SupremeCourt"]
    for name in ("Circuits", "NinthCircuit", "SecondCircuit"):
        assert getattr(standards, name) is getattr(injunction, name)
    decision = injunction.evaluate(injunction.example("parler"), standards.NinthCircuit())
    assert decision.disposition is injunction.Disposition.DENIED

"""The mutation command (`python -m tests.mutate`, not run in CI) makes the changes it promises."""

from __future__ import annotations

import ast
from collections import Counter

from .mutate import MODULES, ROOT, mutants


def test_every_kind_of_mutant_is_made_of_the_rule_modules_and_each_still_parses() -> None:
    made = [m for module in MODULES for m in mutants(module)]
    kinds = Counter(m.kind for m in made)
    assert set(kinds) == {"level", "swap", "drop", "flag", "compare"}, kinds
    sources = {module: (ROOT / module).read_text(encoding="utf-8") for module in MODULES}
    for mutant in made:
        source = sources[mutant.module]
        assert source[mutant.start : mutant.end] == mutant.was != mutant.text
        ast.parse(source[: mutant.start] + mutant.text + source[mutant.end :])


def test_a_threshold_is_moved_a_level_each_way_and_a_requirement_dropped() -> None:
    made = {(m.kind, m.was, m.text) for m in mutants("injunction/standards/ninth_circuit.py")}
    assert ("level", "Merits.LIKELY", "Merits.SERIOUS_QUESTIONS") in made
    assert ("level", "Merits.LIKELY", "Merits.CLEAR") in made
    assert ("drop", "(PROBABLE_SUCCESS, POSSIBLE_HARM)", "(POSSIBLE_HARM,)") in made
    assert ("swap", "AllOf", "AnyOf") in made

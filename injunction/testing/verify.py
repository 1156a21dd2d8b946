"""Running every check against a standard: `verify`."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import attrs

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from injunction import (
    Case,
    Claim,
    Finding,
    MotionKind,
    Relief,
    Standard,
)
from .exhaustive import _BALANCE, _HARM, _MERITS, _PUBLIC, _exhaustive
from .properties import PROPERTIES, Result, Violation, check_reachable
from .space import CaseSpace, _CLAIM_KINDS, _build, all_cases
from .strategies import L, cases



# --- Running the checks -----------------------------------------------------------


def _exact_cases(space: CaseSpace) -> Iterator[Case]:
    """One-claim cases with every finding exact: where each path and requirement shows its range."""
    def exact(dimension: tuple[Finding[L], ...]) -> list[Finding[L]]:
        return [f for f in dimension if f.is_exact]

    for motion in space.motions():
        for merits, kind in itertools.product(exact(_MERITS), _CLAIM_KINDS):  # plain, constitutional, First Amendment, Lanham Act
            claims = (Claim(merits=merits, **kind),)
            for harm, very_serious, balance, public in itertools.product(exact(_HARM), (False, True), exact(_BALANCE), exact(_PUBLIC)):
                yield _build(motion, claims, harm, very_serious, balance, public)


def verify(
    standard: Standard | None = None,
    *,
    exhaustive: bool = False,
    examples: int = 100,
    space: CaseSpace | None = None,
) -> list[Result]:
    """Check every property against *standard* (by default, `NinthCircuit()`).

    With *exhaustive*, over every case of *space* (`all_cases()`); otherwise
    over *examples* cases from `cases()` per property, each counterexample
    shrunk by Hypothesis to the simplest case that shows it (and
    ``reachable`` over the one-claim cases with exact findings).

    >>> import injunction
    >>> [r.property for r in verify(examples=5) if not r.held]
    []
    >>> verify(injunction.NinthCircuit)
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: verify() needs a standard (an object with a rule_for(case) method, such as injunction.NinthCircuit() or a rule), got the class <class 'injunction.NinthCircuit'>
    """
    from hypothesis import Phase, find, settings
    from hypothesis.errors import NoSuchExample

    from injunction import NinthCircuit

    standard = NinthCircuit() if standard is None else standard
    if isinstance(standard, type) or not callable(getattr(standard, "rule_for", None)):
        what = f"the class {standard!r}" if isinstance(standard, type) else repr(standard)
        raise InvalidArgument(
            "verify() needs a standard (an object with a rule_for(case) method, such as "
            f"injunction.NinthCircuit() or a rule), got {what}"
        )
    space = all_cases() if space is None else space
    if exhaustive:
        # Writing records is no property of the standard: round trips are checked on examples.
        round_trip = next(r for r in verify(standard, examples=examples, space=space) if r.property == "round_trip")
        return [*_exhaustive(standard, space), attrs.evolve(round_trip, note="examples: writing records is no property of the standard")]
    if examples < 1:
        raise InvalidArgument(f"verify() needs at least one example, got {examples}")
    results: list[Result] = []
    # Generate and shrink; Hypothesis's "explain" phase costs seconds and adds nothing here.
    options = settings(
        max_examples=examples, database=None, derandomize=True, deadline=None, phases=(Phase.generate, Phase.shrink)
    )
    # Shrink toward a preliminary injunction for prohibitory relief, where the space has them.
    kinds = sorted(space.kinds, key=lambda k: k is not MotionKind.PRELIMINARY_INJUNCTION)
    reliefs = sorted(space.reliefs, key=lambda r: r is not Relief.PROHIBITORY)
    strategy = cases(kinds=st.sampled_from(kinds), relief=st.sampled_from(reliefs), max_claims=space.max_claims)
    for name, prop in PROPERTIES.items():

        def breaks(case: Case, prop: Callable[[Standard, Case], Violation | None] = prop) -> bool:
            return prop(standard, case) is not None

        try:
            found = find(strategy, breaks, settings=options)
        except NoSuchExample:
            results.append(Result(name, True, examples))
        else:
            results.append(Result(name, False, examples, prop(standard, found)))
    exact = list(_exact_cases(space))
    reachable = check_reachable(standard, exact)
    results.append(Result("reachable", reachable is None, len(exact), reachable))
    return results


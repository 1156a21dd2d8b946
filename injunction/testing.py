"""Hypothesis strategies for every model, and property checks for any standard.

Needs the ``hypothesis`` extra (``pip install 'injunction[hypothesis]'``).

Strategies shrink toward the simplest case: an unknown finding first, then
the lowest level; one claim; a preliminary injunction seeking prohibitory
relief from a private party.

>>> from hypothesis import given
>>> from injunction.testing import cases
>>> @given(cases())
... def test_a_decision_is_always_made(case):
...     assert injunction.evaluate(case).disposition in set(injunction.Disposition)
>>> test_a_decision_is_always_made()
"""

from __future__ import annotations

from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import injunction
from injunction import (
    Balance,
    BalanceOfHardships,
    Caption,
    Case,
    Claim,
    Finding,
    Harm,
    IrreparableHarm,
    Level,
    Merits,
    Motion,
    MotionKind,
    PublicInterest,
    PublicInterestFinding,
    Relief,
)
from injunction._courts import COURTS

__all__ = [
    "captions",
    "case_records",
    "cases",
    "claims",
    "findings",
    "motions",
]

L = TypeVar("L", bound=Level)

# Realistic names first, so failures read like cases; then any valid text.
_CLAIM_NAMES = (
    "Breach of contract",
    "Sherman Act § 1",
    "First Amendment",
    "Administrative Procedure Act",
    "Copyright infringement",
    "Due process",
)
_PARTIES = ("Movant Co.", "Opponent Inc.", "United States", "State of Washington")


def _names(common: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Non-blank text, shrinking to the first of *common*."""
    return st.one_of(
        st.sampled_from(common),
        st.text(min_size=1, max_size=60).filter(lambda text: bool(text.strip())),
    )


def findings(
    scale: type[L], *, exact: bool = True, bounded: bool = True, unknown: bool = True
) -> st.SearchStrategy[Finding[L]]:
    """Findings on *scale*: unknown (the whole scale), exact (one level), or
    bounded (any other interval). Shrinks to unknown, then to the lowest level.

    >>> findings(Merits, exact=False, bounded=False, unknown=False)
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: findings() needs at least one of exact, bounded or unknown to be true
    """
    if not (isinstance(scale, type) and issubclass(scale, Level) and scale is not Level):
        raise InvalidArgument(f"findings() needs a scale such as injunction.Merits, got {scale!r}")
    for name, value in (("exact", exact), ("bounded", bounded), ("unknown", unknown)):
        if not isinstance(value, bool):
            raise InvalidArgument(f"findings() option {name} must be True or False, got {value!r}")
    levels = list(scale)
    choices: list[st.SearchStrategy[Finding[L]]] = []
    if unknown:
        choices.append(st.just(Finding.unknown(scale)))
    if exact:
        choices.append(st.sampled_from(levels).map(Finding.exact))
    if bounded:
        intervals = [
            Finding(lo, hi)
            for i, lo in enumerate(levels)
            for hi in levels[i + 1 :]
            if not (lo is levels[0] and hi is levels[-1])
        ]
        if intervals:
            choices.append(st.sampled_from(intervals))
    if not choices:
        raise InvalidArgument("findings() needs at least one of exact, bounded or unknown to be true")
    return st.one_of(choices)


def claims(
    *,
    merits: st.SearchStrategy[Finding[Merits]] | None = None,
    constitutional: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[Claim]:
    """Claims with any valid name, merits finding and constitutional flag."""
    return st.builds(
        Claim,
        name=_names(_CLAIM_NAMES),
        merits=findings(Merits) if merits is None else merits,
        constitutional=st.booleans() if constitutional is None else constitutional,
        finding=st.none() | st.text(max_size=200),
    )


def motions(
    *,
    kinds: st.SearchStrategy[MotionKind] | None = None,
    relief: st.SearchStrategy[Relief] | None = None,
    opponent_is_government: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[Motion]:
    """Motions of any kind; shrinks to a preliminary injunction for prohibitory relief."""
    default_kinds = [MotionKind.PRELIMINARY_INJUNCTION] + [k for k in MotionKind if k is not MotionKind.PRELIMINARY_INJUNCTION]
    return st.builds(
        Motion,
        kind=st.sampled_from(default_kinds) if kinds is None else kinds,
        relief=st.sampled_from(list(Relief)) if relief is None else relief,
        movant=_names(_PARTIES),
        opponent=_names(_PARTIES[1:]),
        opponent_is_government=st.booleans() if opponent_is_government is None else opponent_is_government,
    )


def captions() -> st.SearchStrategy[Caption]:
    """Case identifications in a court bound by Ninth Circuit law."""
    return st.builds(
        Caption,
        name=_names(("Movant Co. v. Opponent Inc.",)),
        court=st.sampled_from(list(COURTS)),
        decided=st.none() | st.dates(),
        citation=st.none() | st.text(max_size=80),
        docket=st.none() | st.text(max_size=40),
        source=st.none() | st.text(max_size=80),
    )


def cases(
    *,
    min_claims: int = 1,
    max_claims: int = 4,
    kinds: st.SearchStrategy[MotionKind] | None = None,
    relief: st.SearchStrategy[Relief] | None = None,
    opponent_is_government: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[Case]:
    """Cases: every valid combination of motion, claims and findings.

    >>> cases(min_claims=3, max_claims=2)
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: cases() needs min_claims <= max_claims, got min_claims=3, max_claims=2
    """
    for name, value in (("min_claims", min_claims), ("max_claims", max_claims)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidArgument(f"cases() option {name} must be an integer, got {value!r}")
    if min_claims < 1:
        raise InvalidArgument(f"cases() needs min_claims >= 1 (a case has at least one claim), got {min_claims}")
    if min_claims > max_claims:
        raise InvalidArgument(f"cases() needs min_claims <= max_claims, got min_claims={min_claims}, max_claims={max_claims}")
    return st.builds(
        Case,
        case=captions(),
        motion=motions(kinds=kinds, relief=relief, opponent_is_government=opponent_is_government),
        claims=st.lists(claims(), min_size=min_claims, max_size=max_claims).map(tuple),
        irreparable_harm=st.builds(
            IrreparableHarm,
            likelihood=findings(Harm),
            very_serious=st.none() | st.booleans(),
            finding=st.none() | st.text(max_size=200),
        ),
        balance_of_hardships=st.builds(
            BalanceOfHardships, tips=findings(Balance), finding=st.none() | st.text(max_size=200)
        ),
        public_interest=st.builds(
            PublicInterestFinding, weighs=findings(PublicInterest), finding=st.none() | st.text(max_size=200)
        ),
    )


def case_records(**options: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Case records as the dicts a JSON record parses to; takes the options of `cases`."""
    return cases(**options).map(injunction.to_record)


def _hypothesis_setup_hook() -> None:
    """Entry point: lets ``st.from_type(injunction.Case)`` draw from `cases()`."""
    st.register_type_strategy(Case, cases())
    st.register_type_strategy(Claim, claims())
    st.register_type_strategy(Motion, motions())

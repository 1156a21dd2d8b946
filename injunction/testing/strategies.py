"""Hypothesis strategies for every public model, shrinking toward the simplest case."""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import injunction
from injunction import (
    AppealFrom,
    Balance,
    BalanceOfHardships,
    Caption,
    Case,
    Challenged,
    Claim,
    Disposition,
    Expected,
    Facts,
    Factor,
    Finding,
    Harm,
    IrreparableHarm,
    Level,
    Merits,
    Motion,
    MotionKind,
    PublicInterest,
    PublicInterestFinding,
    Reach,
    Relief,
    RemedyAtLaw,
    Severity,
    Statute,
)
from injunction.standards.courts import CIRCUIT_OF, COURTS
from injunction._records.keys import TESTS
from injunction._text import blank



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
    """Text that names something (not blank: more than white space and
    invisible characters), shrinking to the first of *common*."""
    return st.one_of(
        st.sampled_from(common),
        st.text(min_size=1, max_size=60).filter(lambda text: not blank(text)),
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


def _stated(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A field of record format 2: not stated (None, first), or one of *values*."""
    return st.none() | values


def claims(
    *,
    merits: st.SearchStrategy[Finding[Merits]] | None = None,
    constitutional: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[Claim]:
    """Claims with any valid name, merits finding and constitutional flag; a
    constitutional claim may be a First Amendment claim, any other may arise
    under one of the statutes of `Statute` (record format 2)."""

    def kind(is_constitutional: bool) -> st.SearchStrategy[Claim]:
        return st.builds(
            Claim,
            name=_names(_CLAIM_NAMES),
            merits=findings(Merits) if merits is None else merits,
            constitutional=st.just(is_constitutional),
            finding=st.none() | st.text(max_size=200),
            # Not the Patent Act: a record mixing patent and other claims is refused (`MixedLawError`), and
            # patent records are drawn by the Federal Circuit's tests.
            arises_under=st.none() if is_constitutional else _stated(st.sampled_from([s for s in Statute if s is not Statute.PATENT_ACT])),
            first_amendment=_stated(st.booleans() if is_constitutional else st.just(False)),
        )

    if constitutional is None:
        return st.one_of(kind(False), kind(True))  # shrinks to a claim that is not constitutional
    return constitutional.flatmap(kind)


def motions(
    *,
    kinds: st.SearchStrategy[MotionKind] | None = None,
    relief: st.SearchStrategy[Relief] | None = None,
    opponent_is_government: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[Motion]:
    """Motions of any kind; shrinks to a preliminary injunction for prohibitory relief,
    with every field of record format 2 not stated."""
    default_kinds = [MotionKind.PRELIMINARY_INJUNCTION] + [k for k in MotionKind if k is not MotionKind.PRELIMINARY_INJUNCTION]
    return st.builds(
        Motion,
        kind=st.sampled_from(default_kinds) if kinds is None else kinds,
        relief=st.sampled_from(list(Relief)) if relief is None else relief,
        movant=_names(_PARTIES),
        opponent=_names(_PARTIES[1:]),
        opponent_is_government=st.booleans() if opponent_is_government is None else opponent_is_government,
        reach=_stated(st.sampled_from(list(Reach))),
        challenged=_stated(st.sampled_from(list(Challenged))),
        alters_status_quo=_stated(st.booleans()),
        all_relief=_stated(st.booleans()),
        notice=_stated(st.booleans()),
    )


def captions() -> st.SearchStrategy[Caption]:
    """Case identifications in a court whose law the library encodes; the
    law of another encoded circuit may govern (record format 2). Not the
    Supreme Court, whose stays are refused (no record can state the
    probability of certiorari): its tests draw its records."""
    return st.builds(
        Caption,
        name=_names(("Movant Co. v. Opponent Inc.",)),
        court=st.sampled_from([court for court in COURTS if court != "scotus"]),
        decided=st.none() | st.dates(),
        citation=st.none() | st.text(max_size=80),
        docket=st.none() | st.text(max_size=40),
        source=st.none() | st.text(max_size=80),
        appeal_from=_stated(st.sampled_from(list(AppealFrom))),
        governing_law=_stated(st.sampled_from([c for c in dict.fromkeys(CIRCUIT_OF.values()) if c != "scotus"])),
    )


def irreparable_harms() -> st.SearchStrategy[IrreparableHarm]:
    """Findings on irreparable harm: any likelihood, very serious or not or
    unknown, a causal nexus and immediacy stated or not."""
    return st.builds(
        IrreparableHarm,
        likelihood=findings(Harm),
        very_serious=st.none() | st.booleans(),
        finding=st.none() | st.text(max_size=200),
        causal_nexus=_stated(st.booleans()),
        immediate=_stated(st.booleans()),
    )


def balances_of_hardships() -> st.SearchStrategy[BalanceOfHardships]:
    """Findings on the balance of hardships, from the movant's side."""
    return st.builds(BalanceOfHardships, tips=findings(Balance), finding=st.none() | st.text(max_size=200))


def public_interest_findings() -> st.SearchStrategy[PublicInterestFinding]:
    """Findings on where the public interest lies (five levels)."""
    return st.builds(PublicInterestFinding, weighs=findings(PublicInterest), finding=st.none() | st.text(max_size=200))


def remedies_at_law() -> st.SearchStrategy[RemedyAtLaw]:
    """Findings on whether the movant has an adequate remedy at law (record format 2)."""
    return st.builds(RemedyAtLaw, adequate=_stated(st.booleans()), finding=st.none() | st.text(max_size=200))


def expected_outcomes() -> st.SearchStrategy[Expected]:
    """What a court decided, as a reference record's ``expected`` section
    holds it: granted or denied, a test the record format names, distinct grounds."""
    return st.builds(
        Expected,
        disposition=st.sampled_from([Disposition.GRANTED, Disposition.DENIED]),
        determinable=st.booleans(),
        test=st.none() | st.sampled_from(TESTS),
        grounds=st.lists(st.sampled_from(list(Factor)), unique=True).map(tuple),
        notes=st.none() | st.text(max_size=200),
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
        irreparable_harm=irreparable_harms(),
        balance_of_hardships=balances_of_hardships(),
        public_interest=public_interest_findings(),
        remedy_at_law=remedies_at_law(),
    )


def case_records(**options: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Case records as the dicts a JSON record parses to; takes the options of `cases`."""
    return cases(**options).map(injunction.to_record)


def fact_patterns(**options: Any) -> st.SearchStrategy[Facts]:
    """What rules read from a case (`Facts.of`), for the cases of `cases`; takes its options."""
    return cases(**options).map(Facts.of)


_SCALES: tuple[type[Level], ...] = (Merits, Harm, Severity, Balance, PublicInterest)


def _from_type(thing: Any) -> st.SearchStrategy[Any]:
    """The strategy ``st.from_type(thing)`` draws from, for each public model
    (registered by the Hypothesis entry point, `injunction._hypothesis`).

    ``Finding[Merits]`` draws findings on that scale; a bare ``Finding``
    (or ``Level``) draws from every scale.
    """
    origin = typing.get_origin(thing) or thing
    if origin is Finding:
        scales = [a for a in typing.get_args(thing) if not isinstance(a, TypeVar)] or list(_SCALES)
        return st.one_of([findings(scale) for scale in scales])
    if isinstance(origin, type) and issubclass(origin, Level):
        return st.one_of([st.sampled_from(list(scale)) for scale in (_SCALES if origin is Level else (origin,))])
    strategies: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
        Case: cases,
        Caption: captions,
        Motion: motions,
        Claim: claims,
        IrreparableHarm: irreparable_harms,
        BalanceOfHardships: balances_of_hardships,
        PublicInterestFinding: public_interest_findings,
        RemedyAtLaw: remedies_at_law,
        Expected: expected_outcomes,
        Facts: fact_patterns,
    }
    if origin not in strategies:
        raise InvalidArgument(f"injunction.testing has no strategy for {thing!r}")
    return strategies[origin]()



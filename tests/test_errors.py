"""Every public error quotes the value that caused it, so a user can find and fix it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis.errors import InvalidArgument

import injunction
from injunction import Factor, Harm, Merits, NinthCircuit, PublicInterest, Requirement
from injunction.authorities import WINTER_20
from injunction.testing import cases, findings

TRIGGERS: list[tuple[str, Callable[[], object], type[Exception], str]] = [
    ("CaseFormatError", lambda: injunction.loads('{"version": "seven"}', format="json"), injunction.CaseFormatError, '"seven"'),
    ("record-format", lambda: injunction.loads("", format="yaml"), ValueError, "'yaml'"),  # type: ignore[arg-type]  # on purpose
    ("rule-scale", lambda: Requirement(Factor.MERITS, at_least=Harm.LIKELY, authority=WINTER_20), TypeError, "Harm.LIKELY"),
    ("rule-name", lambda: Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20).named(""), ValueError, "''"),
    ("standard-option", lambda: NinthCircuit(public_interest_threshold=PublicInterest.AGAINST), ValueError, "PublicInterest.AGAINST"),
    ("scale-comparison", lambda: Merits.LIKELY < Harm.LIKELY, TypeError, "Harm.LIKELY"),
    ("evaluate", lambda: injunction.evaluate("case.toml"), TypeError, "str"),  # type: ignore[arg-type]  # on purpose
    ("schema", lambda: injunction.schema("records"), ValueError, "'records'"),  # type: ignore[arg-type]  # on purpose
    ("strategy-scale", lambda: findings(str), InvalidArgument, "<class 'str'>"),  # type: ignore[type-var]  # on purpose
    ("strategy-claims", lambda: cases(min_claims=0), InvalidArgument, "0"),
]


@pytest.mark.parametrize(("trigger", "error", "quoted"), [t[1:] for t in TRIGGERS], ids=[t[0] for t in TRIGGERS])
def test_every_public_error_quotes_the_bad_value(trigger: Callable[[], object], error: type[Exception], quoted: str) -> None:
    """The message names what was wrong, as the caller wrote it."""
    with pytest.raises(error) as info:
        trigger()
    assert quoted in str(info.value)


def test_case_format_error_is_both_kinds_of_error() -> None:
    """Catch it as the library's base error or as a ValueError."""
    assert issubclass(injunction.CaseFormatError, injunction.InjunctionError)
    assert issubclass(injunction.CaseFormatError, ValueError)

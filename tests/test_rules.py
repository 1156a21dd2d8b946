"""Rules are small immutable values: how they build, combine, print and evaluate."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest

import injunction
from injunction import (
    AllOf,
    AnyOf,
    Balance,
    Decision,
    Disposition,
    Factor,
    Finding,
    Harm,
    Merger,
    Merits,
    Not,
    Presumption,
    PublicInterest,
    Requirement,
    Severity,
    Truth,
)
from injunction.authorities import COTTRELL_1135, MELENDRES_HARM, NKEN_435, WINTER_20

from .helpers import make_case

LIKELY_SUCCESS = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20)
SERIOUS_QUESTIONS = Requirement(Factor.MERITS, at_least=Merits.SERIOUS_QUESTIONS, authority=COTTRELL_1135)
HARM = Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=WINTER_20)
TIPS = Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, authority=WINTER_20)
SHARPLY = Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.SHARPLY_FAVORS, authority=COTTRELL_1135)
PUBLIC = Requirement(Factor.PUBLIC_INTEREST, at_least=PublicInterest.NEUTRAL, authority=WINTER_20)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (LIKELY_SUCCESS, "merits >= likely"),
        (LIKELY_SUCCESS & HARM, "merits >= likely & irreparable_harm >= likely"),
        (LIKELY_SUCCESS | SERIOUS_QUESTIONS, "merits >= likely | merits >= serious_questions"),
        ((LIKELY_SUCCESS | SERIOUS_QUESTIONS) & HARM, "(merits >= likely | merits >= serious_questions) & irreparable_harm >= likely"),
        ((LIKELY_SUCCESS & HARM) | SERIOUS_QUESTIONS, "(merits >= likely & irreparable_harm >= likely) | merits >= serious_questions"),
        ((LIKELY_SUCCESS & TIPS).named("winter"), "(merits >= likely & balance_of_hardships >= favors).named('winter')"),
        (~HARM, "~(irreparable_harm >= likely)"),
        (Merger(Balance.FAVORS, authority=NKEN_435), "merge(balance_of_hardships, public_interest >= favors)"),
        (
            Requirement(Factor.MERITS, at_least=Merits.LIKELY, constitutional_only=True, authority=MELENDRES_HARM),
            "constitutional merits >= likely",
        ),
    ],
    ids=["requirement", "and", "or", "or-inside-and", "and-inside-or", "named", "not", "merger", "constitutional"],
)
def test_repr_reads_as_the_test(rule: injunction.Rule, expected: str) -> None:
    """A rule prints in operator form, the way a reader would write the test."""
    assert repr(rule) == expected


def test_and_flattens_and_is_associative() -> None:
    """``a & (b & c)`` and ``(a & b) & c`` are the same rule."""
    assert LIKELY_SUCCESS & (HARM & TIPS) == (LIKELY_SUCCESS & HARM) & TIPS
    assert (LIKELY_SUCCESS & HARM & TIPS).rules == (LIKELY_SUCCESS, HARM, TIPS)


def test_a_named_combination_keeps_its_identity_when_combined() -> None:
    """Naming a path makes it a unit: combining it does not dissolve it."""
    winter = (LIKELY_SUCCESS & HARM).named("winter")
    combined = winter & TIPS
    assert combined.rules == (winter, TIPS)


def test_rules_are_immutable_values() -> None:
    """Equal rules are equal and hash alike; a rule cannot be changed in place."""
    assert Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20) == LIKELY_SUCCESS
    assert hash(LIKELY_SUCCESS & HARM) == hash(LIKELY_SUCCESS & HARM)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        LIKELY_SUCCESS.at_least = Merits.CLEAR  # type: ignore[misc]  # mutation is the error under test


def test_a_rule_has_no_truth_value_of_its_own() -> None:
    """``a and b`` would silently drop *a*; so truth-testing a rule raises."""
    with pytest.raises(TypeError, match="needs findings to be true or false"):
        bool(LIKELY_SUCCESS)
    with pytest.raises(TypeError, match="needs findings"):
        LIKELY_SUCCESS and HARM  # noqa: B018


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (
            lambda: Requirement(Factor.MERITS, at_least=Harm.LIKELY, authority=WINTER_20),
            TypeError,
            "a requirement on merits needs a Merits threshold, got Harm.LIKELY",
        ),
        (
            lambda: Requirement(Factor.IRREPARABLE_HARM, at_least=Balance.FAVORS, authority=WINTER_20),
            TypeError,
            "a requirement on irreparable_harm needs a Harm or Severity threshold, got Balance.FAVORS",
        ),
        (
            lambda: Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, authority="Winter"),  # type: ignore[arg-type]  # untyped callers
            TypeError,
            "authority must be an Authority or a tuple of them, got 'Winter'",
        ),
        (
            lambda: Requirement(
                Factor.PUBLIC_INTEREST, at_least=PublicInterest.FAVORS, constitutional_only=True, authority=WINTER_20
            ),
            ValueError,
            "constitutional_only applies to merits requirements, not public_interest",
        ),
        (lambda: LIKELY_SUCCESS & "harm", TypeError  # type: ignore[operator]  # untyped callers
, "cannot combine a rule with 'harm' using &: both sides must be rules"),
        (lambda: AllOf(()), ValueError, "a combination needs at least one rule"),
        (lambda: LIKELY_SUCCESS.named(""), ValueError, "a rule's name must be a non-empty string, got ''"),
        (
            lambda: Presumption(Factor.IRREPARABLE_HARM, supplies=Merits.LIKELY, when=LIKELY_SUCCESS, authority=WINTER_20),
            TypeError,
            "a presumption of irreparable_harm cannot supply Merits.LIKELY",
        ),
        (lambda: Merger(Balance.FAVORS, authority=()), ValueError, "a merger needs the authority that merges the factors"),
        (lambda: Merger(Balance.FAVORS, authority=NKEN_435, presumption=HARM),  # type: ignore[arg-type]  # untyped callers
         TypeError, "presumption must be a presumption of the public interest or None, got irreparable_harm >= likely"),
        (lambda: Not("harm"), TypeError  # type: ignore[arg-type]  # untyped callers
, "rule must be a rule, got 'harm'"),
        (
            lambda: injunction.Finding.exact("likely"),  # type: ignore[type-var]  # untyped callers
            TypeError,
            "a finding's bounds must be levels of a scale (such as Merits.LIKELY), got 'likely'",
        ),
        (
            lambda: injunction.Finding(Merits.LIKELY, Harm.LIKELY),
            TypeError,
            "a finding's bounds must be on one scale; got Merits.LIKELY and Harm.LIKELY",
        ),
    ],
    ids=[
        "wrong-scale",
        "harm-scale",
        "authority-string",
        "constitutional-harm",
        "combine-str",
        "empty",
        "empty-name",
        "presume-wrong-scale",
        "merger-uncited",
        "merger-presumes-harm",
        "not-str",
        "finding-of-a-word",
        "finding-across-scales",
    ],
)
def test_bad_construction_fails_at_once(build: Callable[[], object], error: type[Exception], message: str) -> None:
    """A malformed rule raises when built, naming what was wrong; a losing case never raises."""
    with pytest.raises(error) as info:
        build()
    assert str(info.value) == message


def test_requirement_is_three_valued() -> None:
    """TRUE when the lower bound reaches the threshold, FALSE when the upper bound
    falls short, UNKNOWN in between; an absent finding is unknown, never failed."""
    assert HARM.evaluate(make_case(harm=Harm.LIKELY)).value is Truth.TRUE
    assert HARM.evaluate(make_case(harm=Finding.at_most(Harm.POSSIBLE))).value is Truth.FALSE
    assert HARM.evaluate(make_case(harm=Finding.at_least(Harm.POSSIBLE))).value is Truth.UNKNOWN
    assert HARM.evaluate(make_case()).value is Truth.UNKNOWN


def test_very_serious_is_read_as_a_finding() -> None:
    """The record's boolean very_serious reads as the Severity scale: absent is unknown."""
    very_serious = Requirement(Factor.IRREPARABLE_HARM, at_least=Severity.VERY_SERIOUS, authority=WINTER_20)
    assert very_serious.evaluate(make_case(very_serious=True)).value is Truth.TRUE
    assert very_serious.evaluate(make_case(very_serious=False)).value is Truth.FALSE
    assert very_serious.evaluate(make_case()).value is Truth.UNKNOWN


def test_kleene_logic_over_requirements() -> None:
    """FALSE & UNKNOWN is FALSE; TRUE | UNKNOWN is TRUE; ~UNKNOWN stays UNKNOWN."""
    case = make_case(merits=Merits.NONE, harm=Harm.LIKELY)  # balance unknown
    assert (LIKELY_SUCCESS & TIPS).evaluate(case).value is Truth.FALSE
    assert (HARM | TIPS).evaluate(case).value is Truth.TRUE
    assert (~TIPS).evaluate(case).value is Truth.UNKNOWN


def test_a_merits_requirement_reports_every_claim() -> None:
    """The merits node has one child per claim, each with its own finding and value."""
    case = make_case(
        claims=(
            injunction.Claim(name="Contract", merits=Merits.NONE),
            injunction.Claim(name="Antitrust", merits=Finding.at_least(Merits.LIKELY)),
        )
    )
    node = LIKELY_SUCCESS.evaluate(case)
    assert node.value is Truth.TRUE
    assert [(c.name, c.value) for c in node.children] == [("Contract", Truth.FALSE), ("Antitrust", Truth.TRUE)]


def test_a_presumption_yields_to_a_stated_finding() -> None:
    """``requirement | presumption``: a likely constitutional claim supplies likely
    harm only where the record states no harm finding; a stated finding, exact
    or bounded, governs, even when it is lower (the court found no harm)."""
    presumed = Presumption(
        Factor.IRREPARABLE_HARM,
        supplies=Harm.LIKELY,
        when=Requirement(Factor.MERITS, at_least=Merits.LIKELY, constitutional_only=True, authority=MELENDRES_HARM),
        authority=MELENDRES_HARM,
    )
    harm = HARM | presumed
    assert harm.evaluate(make_case(merits=Merits.LIKELY, constitutional=True)).value is Truth.TRUE  # no finding: presumed
    assert harm.evaluate(make_case(merits=Merits.LIKELY, constitutional=True, harm=Harm.NONE)).value is Truth.FALSE
    bounded = make_case(merits=Merits.LIKELY, constitutional=True, harm=Finding.at_least(Harm.POSSIBLE))
    assert harm.evaluate(bounded).value is Truth.UNKNOWN  # the bound governs: likely or not is open
    assert harm.evaluate(make_case(merits=Merits.LIKELY, constitutional=False)).value is Truth.UNKNOWN
    assert harm.evaluate(make_case(merits=Merits.NONE, constitutional=True, harm=Harm.LIKELY)).value is Truth.TRUE
    node = presumed.evaluate(make_case(merits=Merits.LIKELY, constitutional=True, harm=Harm.NONE))
    assert (node.value, node.finding) == (Truth.FALSE, Finding.exact(Harm.NONE))  # the trace names the finding that governs


def test_a_user_composed_test_evaluates_directly() -> None:
    """Any rule is a standard of its own: `evaluate(case, rule)` decides by it."""
    pure_winter = (LIKELY_SUCCESS & HARM & TIPS & PUBLIC).named("winter")
    case = make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.NEUTRAL)
    decision = injunction.evaluate(case, pure_winter)
    assert (decision.disposition, decision.test) == ("granted", "winter")
    assert decision.met == {"winter": ("merits", "irreparable_harm", "balance_of_hardships", "public_interest")}
    no_name = injunction.evaluate(case, AnyOf((LIKELY_SUCCESS & HARM, SERIOUS_QUESTIONS & SHARPLY)))
    assert no_name.test == "path_1"


def test_an_unnamed_path_is_named_alike_in_the_output_and_the_analysis() -> None:
    """`failed` calls an unnamed path ``path_1``; the analysis reports the same path failing."""
    decision = injunction.evaluate(make_case(merits=Merits.NONE), AnyOf((LIKELY_SUCCESS,)))
    assert dict(decision.failed) == {"path_1": ("merits",)}
    assert "The path 1 path fails on merits." in " ".join(str(decision).split())


def test_a_closed_record_reads_what_it_does_not_show_as_not_shown() -> None:
    """The movant's burden: on a closed record (the hearing is over) a finding
    the record does not state is not established, so the motion is decided,
    never undetermined, and the trace says "not shown"; the default stays
    open, as interviews and what-if need."""
    silent = make_case(merits=Merits.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS)
    assert injunction.evaluate(silent).disposition is Disposition.UNDETERMINED
    closed = injunction.evaluate(silent, closed=True)
    assert (closed.disposition, closed.closed, closed.to_dict()["closed"]) == (Disposition.DENIED, True, True)
    assert closed.failed["winter"] == ("irreparable_harm",) and closed.needs == ()
    assert Truth.UNKNOWN not in {node.value for node in closed.trace.walk()}
    assert "The record states no finding, so Movant Co. has not shown that irreparable harm is likely" in " ".join(injunction.render(closed, "text", "complete").split())
    shown = make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS)
    assert injunction.evaluate(shown, closed=True).disposition is Disposition.GRANTED
    again = Decision.from_dict(closed.to_dict())
    assert again.closed and again.disposition is Disposition.DENIED
    with pytest.raises(ValueError, match="Not"):
        injunction.evaluate(silent, ~HARM, closed=True)

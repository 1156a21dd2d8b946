"""The Lanham Act's presumption of irreparable harm, 15 U.S.C. § 1116(a): a
statute's rule, so every circuit's standard applies it (the Ninth's and the
Second's), joined to the harm requirement of a TRO or preliminary injunction.
"""

from __future__ import annotations

import datetime
import functools

import attrs

from .. import authorities as a
from .._engine.case import ClaimFilter, Factor, MotionKind
from .._engine.rules import AllOf, AnyOf, Presumption, Requirement, Rule
from .._engine.scales import Harm, Merits

__all__ = ["LANHAM_HARM", "LANHAM_MOTIONS", "TMA_ENACTED", "lanham_as_of", "with_lanham", "without_lanham"]

HARM = Factor.IRREPARABLE_HARM
MERITS = Factor.MERITS

# --- The Lanham Act presumption ------------------------------------------------
# 15 U.S.C. § 1116(a), as amended by the Trademark Modernization Act of 2020:
# "A plaintiff seeking any such injunction shall be entitled to a rebuttable
# presumption of irreparable harm ... upon a finding of likelihood of success on
# the merits for a violation identified in this subsection in the case of a
# motion for a preliminary injunction or temporary restraining order." A
# statute, so it binds every federal court (the Second Circuit applies it too).
#
# * Which motions: the words name a motion "for a preliminary injunction or
#   temporary restraining order" (and, on a finding of a violation, a permanent
#   injunction, which this library does not decide). An injunction pending
#   appeal is neither, though the Ninth Circuit decides it under the
#   preliminary-injunction standard (Feldman): the statute's own words do not
#   reach it and we found no court extending them, so it does not get the
#   presumption. Nor does a stay pending appeal, a motion of another kind.
# * Rebuttable: it yields to a stated harm finding, as every `Presumption`
#   does; Nichino, 44 F.4th 180 (3d Cir. 2022), slip op. 2, explains how courts
#   apply "the rebuttable presumption of irreparable harm created by the TMA"
#   (a denial affirmed after it was rebutted).
# * Which claims: those a record marks ``arises_under = "lanham_act"``; the
#   statute covers violations of a registrant's rights and of § 1125(a), (c)
#   and (d), which is what a Lanham Act claim in a record is taken to allege.
# * Since when: TMA_ENACTED, December 27, 2020. UNVERIFIED from a primary source
#   (research16-out.md Q1): the enactment date is from secondary sources
#   only, the Public Law section (Pub. L. No. 116-260, div. Q, tit. II,
#   subtit. B, § 226) was seen only in a Lexis headnote, and the sources on the
#   effective date conflict (the ABA says it took effect on enactment). The
#   trace says the date is unverified wherever it decides a record.

TMA_ENACTED = datetime.date(2020, 12, 27)
"""The enactment of the Trademark Modernization Act of 2020, from which a
dated record gets the § 1116(a) presumption (UNVERIFIED from a primary source)."""

LANHAM_MOTIONS = frozenset((MotionKind.TEMPORARY_RESTRAINING_ORDER, MotionKind.PRELIMINARY_INJUNCTION))
"""The motions § 1116(a) names: "a motion for a preliminary injunction or temporary restraining order"."""

LANHAM_HARM = Presumption(
    HARM,
    supplies=Harm.LIKELY,
    when=Requirement(
        MERITS,
        at_least=Merits.LIKELY,
        claims=ClaimFilter.LANHAM_ACT,
        statement="a likelihood of success on the merits of a Lanham Act claim",
        authority=a.LANHAM_1116A_PRESUMPTION,
    ),
    statement="a plaintiff who shows likely success on a Lanham Act violation is entitled to a rebuttable presumption of irreparable harm",
    authority=(a.LANHAM_1116A_PRESUMPTION, a.NICHINO_SLIP_2),
)
"""15 U.S.C. § 1116(a): likely success on a Lanham Act claim supplies likely
irreparable harm, where the record states no harm finding (TROs and
preliminary injunctions; see `LANHAM_MOTIONS`)."""

_BEFORE_TMA = (
    " The presumption of irreparable harm of 15 U.S.C. § 1116(a) is not applied: the record predates the "
    "Trademark Modernization Act of 2020 (enacted December 27, 2020, a date not verified from a primary source)."
)


def _harm_parts(rule: Rule) -> tuple[Rule, ...]:
    return rule.rules if isinstance(rule, AnyOf) and rule.name is None else (rule,)


def with_lanham(paths: tuple[Rule, ...], harm: Rule) -> tuple[Rule, ...]:
    """*paths* with the Lanham Act presumption joined to each *harm*
    requirement a path names (alone, or in an unnamed ``harm | presumption``)."""
    return tuple(
        attrs.evolve(path, rules=tuple(AnyOf((*_harm_parts(r), LANHAM_HARM)) if harm in _harm_parts(r) else r for r in path.rules))
        if isinstance(path, AllOf)
        else path
        for path in paths
    )


@functools.lru_cache(maxsize=64)
def without_lanham(rule: Rule) -> Rule:
    """*rule* (a `rule_for_motion` tree) without the Lanham Act presumption,
    its statement saying so: the law before the TMA."""
    if not isinstance(rule, AnyOf) or not any(LANHAM_HARM in _harm_parts(r) for p in rule.rules if isinstance(p, AllOf) for r in p.rules):
        return rule

    def plain(part: Rule) -> Rule:
        kept = tuple(r for r in _harm_parts(part) if r != LANHAM_HARM)
        return part if len(kept) == len(_harm_parts(part)) else kept[0] if len(kept) == 1 else AnyOf(kept)

    paths = tuple(attrs.evolve(p, rules=tuple(plain(r) for r in p.rules)) if isinstance(p, AllOf) else p for p in rule.rules)
    return attrs.evolve(rule, rules=paths, statement=rule.statement + _BEFORE_TMA)


def lanham_as_of(rule: Rule, day: datetime.date | None) -> Rule:
    """*rule* (a `rule_for_motion` tree) as the law stood on *day*: without
    the Lanham Act presumption before the TMA; None, today's law."""
    return without_lanham(rule) if day is not None and day < TMA_ENACTED else rule

"""Ordinal scales, interval findings and three-valued truth.

This layer knows nothing about law. A *scale* is an ordered set of levels
(lowest first); a *finding* is an interval ``[lo, hi]`` on one scale: an exact
level, a bound, or the whole scale when nothing is known. A requirement
"finding >= t" is TRUE when ``lo >= t``, FALSE when ``hi < t`` and UNKNOWN
otherwise; conjunction and disjunction follow Kleene's strong three-valued
logic.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, Generic, Self, TypeVar

import attrs

__all__ = [
    "Balance",
    "Finding",
    "Harm",
    "Level",
    "Merits",
    "PublicInterest",
    "Severity",
    "Truth",
]


class Level(enum.Enum):
    """A level on an ordinal scale; levels compare by their order of definition.

    Levels of different scales never compare: ``Merits.LIKELY < Harm.LIKELY``
    raises ``TypeError`` rather than answering a meaningless question.
    """

    def __init__(self, value: str) -> None:
        # Members are created in order of definition, so the count so far is the rank.
        self._rank = len(type(self)._member_map_)

    @property
    def rank(self) -> int:
        """The level's position on its scale, lowest first (0)."""
        return self._rank

    @classmethod
    def lowest(cls) -> Self:
        """The scale's lowest level."""
        return cls._member_map_[cls._member_names_[0]]  # type: ignore[return-value]

    @classmethod
    def highest(cls) -> Self:
        """The scale's highest level."""
        return cls._member_map_[cls._member_names_[-1]]  # type: ignore[return-value]

    def _rank_against(self, other: object) -> int:
        if type(other) is not type(self):
            raise TypeError(
                f"cannot compare {self!r} with {other!r}: they are on different scales"
            )
        return other.rank

    def __lt__(self, other: object) -> bool:
        return self.rank < self._rank_against(other)

    def __le__(self, other: object) -> bool:
        return self.rank <= self._rank_against(other)

    def __gt__(self, other: object) -> bool:
        return self.rank > self._rank_against(other)

    def __ge__(self, other: object) -> bool:
        return self.rank >= self._rank_against(other)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"

    def __str__(self) -> str:
        return str(self.value)


class Merits(Level):
    """Likelihood of success on the merits of a claim, lowest first.

    ``NONE``: not even serious questions; ``SERIOUS_QUESTIONS``: "serious
    questions going to the merits" but not likely; ``LIKELY``: likely to
    succeed; ``CLEAR``: "the law and facts clearly favor" the movant.
    """

    NONE = "none"
    SERIOUS_QUESTIONS = "serious_questions"
    LIKELY = "likely"
    CLEAR = "clear"


class Harm(Level):
    """Likelihood of irreparable harm to the movant without relief.

    ``POSSIBLE`` covers speculative or merely possible harm; ``LIKELY`` means
    likely *irreparable* harm.
    """

    NONE = "none"
    POSSIBLE = "possible"
    LIKELY = "likely"


class Severity(Level):
    """Whether the harm is "extreme or very serious damage" (mandatory relief).

    The record states it as the boolean ``very_serious``; as a scale it lets a
    requirement read it like any other finding.
    """

    ORDINARY = "ordinary"
    VERY_SERIOUS = "very_serious"


class Balance(Level):
    """How the balance of hardships (equities) tips, from the movant's side."""

    SHARPLY_AGAINST = "sharply_against"
    AGAINST = "against"
    EVEN = "even"
    FAVORS = "favors"
    SHARPLY_FAVORS = "sharply_favors"


class PublicInterest(Level):
    """Where the public interest lies, for the relief sought: five levels, like
    the balance, so that "does not weigh heavily against" and "decidedly in
    favor" can be stated.

    Record format 1 had three levels (``against``, ``neutral``, ``favors``);
    a version 1 record's level reads as the set of these levels it covers:
    ``against`` as at most ``AGAINST``, ``neutral`` as exactly ``NEUTRAL``,
    ``favors`` as at least ``FAVORS`` (see docs/record-format.md).
    """

    SHARPLY_AGAINST = "sharply_against"
    AGAINST = "against"
    NEUTRAL = "neutral"
    FAVORS = "favors"
    SHARPLY_FAVORS = "sharply_favors"


L = TypeVar("L", bound=Level)


def _check_order(instance: Finding[L], _: attrs.Attribute[L], hi: L) -> None:
    lo = instance.lo
    if type(lo) is not type(hi):
        raise TypeError(f"a finding's bounds must be on one scale; got {lo!r} and {hi!r}")
    if not isinstance(lo, Level):
        raise TypeError(f"a finding's bounds must be levels of a scale (such as Merits.LIKELY), got {lo!r}")
    if lo > hi:
        raise ValueError(f"a finding's lower bound {lo.value!r} lies above its upper bound {hi.value!r}")


@attrs.frozen(repr=False)
class Finding(Generic[L]):
    """An interval ``[lo, hi]`` on one scale: what is known of a factor.

    >>> Finding.exact(Merits.LIKELY)
    Finding.exact(Merits.LIKELY)
    >>> Finding.at_most(Merits.SERIOUS_QUESTIONS).hi
    Merits.SERIOUS_QUESTIONS
    >>> Finding.unknown(Harm).is_unknown
    True
    """

    lo: L
    hi: L = attrs.field(validator=_check_order)

    @classmethod
    def exact(cls, level: L) -> Finding[L]:
        """The finding that the factor is exactly *level* (one shared value per level)."""
        found = _EXACT.get(level) if isinstance(level, Level) else None
        if found is None:
            found = Finding(level, level)
            if isinstance(level, Level):
                _EXACT[level] = found
        return found

    @classmethod
    def at_least(cls, level: L) -> Finding[L]:
        """The finding that the factor is *level* or higher."""
        return Finding(level, type(level).highest())

    @classmethod
    def at_most(cls, level: L) -> Finding[L]:
        """The finding that the factor is *level* or lower."""
        return Finding(type(level).lowest(), level)

    @classmethod
    def unknown(cls, scale: type[L]) -> Finding[L]:
        """No finding: any level of *scale* (one shared value per scale)."""
        found = _UNKNOWN.get(scale)
        if found is None:
            found = _UNKNOWN[scale] = Finding(scale.lowest(), scale.highest())
        return found

    @property
    def scale(self) -> type[L]:
        return type(self.lo)

    @property
    def is_exact(self) -> bool:
        return self.lo is self.hi

    @property
    def is_unknown(self) -> bool:
        return self.lo is self.scale.lowest() and self.hi is self.scale.highest()

    def levels(self) -> tuple[L, ...]:
        """Every level the finding admits, lowest first."""
        return tuple(level for level in self.scale if self.lo <= level <= self.hi)

    def reaches(self, threshold: L) -> Truth:
        """Whether the factor is at least *threshold*: TRUE, FALSE or UNKNOWN.

        TRUE when the lower bound reaches it, FALSE when the upper bound
        falls short, UNKNOWN otherwise. (Ranks compared directly: this is
        the innermost step of every evaluation.)
        """
        if type(threshold) is not type(self.lo):
            raise TypeError(f"cannot compare a {self.scale.__name__} finding with {threshold!r}")
        rank = threshold._rank
        if self.lo._rank >= rank:
            return Truth.TRUE
        if self.hi._rank < rank:
            return Truth.FALSE
        return Truth.UNKNOWN

    def join(self, other: Finding[L]) -> Finding[L]:
        """The finding for the better of two: the interval maximum."""
        return Finding(max(self.lo, other.lo), max(self.hi, other.hi))

    def to_data(self) -> str | dict[str, str] | None:
        """The finding as a record writes it: a level, a bound, or None for unknown.

        >>> Finding.at_most(Balance.EVEN).to_data()
        {'at_most': 'even'}
        """
        if self.is_unknown:
            return None
        if self.is_exact:
            return str(self.lo.value)
        data: dict[str, str] = {}
        if self.lo is not self.scale.lowest():
            data["at_least"] = str(self.lo.value)
        if self.hi is not self.scale.highest():
            data["at_most"] = str(self.hi.value)
        return data

    def describe(self) -> str:
        """Plain words: ``likely``, ``at most even``, ``between none and possible``."""
        if self.is_exact:
            return _words(self.lo)
        if self.is_unknown:
            return "unknown"
        if self.hi is self.scale.highest():
            return f"at least {_words(self.lo)}"
        if self.lo is self.scale.lowest():
            return f"at most {_words(self.hi)}"
        return f"between {_words(self.lo)} and {_words(self.hi)}"

    def __repr__(self) -> str:
        if self.is_exact:
            return f"Finding.exact({self.lo!r})"
        if self.is_unknown:
            return f"Finding.unknown({self.scale.__name__})"
        if self.hi is self.scale.highest():
            return f"Finding.at_least({self.lo!r})"
        if self.lo is self.scale.lowest():
            return f"Finding.at_most({self.hi!r})"
        return f"Finding({self.lo!r}, {self.hi!r})"


def _words(level: Level) -> str:
    return str(level.value).replace("_", " ")


# Findings are immutable values, so the common ones are made once.
_EXACT: dict[Any, Finding[Any]] = {}
_UNKNOWN: dict[Any, Finding[Any]] = {}


class Truth(enum.Enum):
    """Kleene's three truth values, ordered FALSE < UNKNOWN < TRUE.

    ``&`` is the minimum, ``|`` the maximum and ``~`` swaps TRUE and FALSE.

    >>> Truth.TRUE & Truth.UNKNOWN
    Truth.UNKNOWN
    >>> Truth.FALSE & Truth.UNKNOWN
    Truth.FALSE
    >>> Truth.TRUE | Truth.UNKNOWN
    Truth.TRUE
    """

    FALSE = 0
    UNKNOWN = 1
    TRUE = 2

    def __and__(self, other: Truth) -> Truth:
        return _TRUTHS[min(self.value, other.value)]

    def __or__(self, other: Truth) -> Truth:
        return _TRUTHS[max(self.value, other.value)]

    def __invert__(self) -> Truth:
        return _TRUTHS[2 - self.value]

    def __repr__(self) -> str:
        return f"Truth.{self.name}"

    @classmethod
    def all(cls, values: Iterable[Truth]) -> Truth:
        """Kleene conjunction of *values* (TRUE when empty); stops at the first FALSE."""
        result = Truth.TRUE
        for value in values:
            if value is Truth.FALSE:
                return value
            if value is Truth.UNKNOWN:
                result = value
        return result

    @classmethod
    def any(cls, values: Iterable[Truth]) -> Truth:
        """Kleene disjunction of *values* (FALSE when empty); stops at the first TRUE."""
        result = Truth.FALSE
        for value in values:
            if value is Truth.TRUE:
                return value
            if value is Truth.UNKNOWN:
                result = value
        return result


_TRUTHS = (Truth.FALSE, Truth.UNKNOWN, Truth.TRUE)

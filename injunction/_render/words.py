"""The render layer's words: how a path, a recorded value and a set of
findings read.

The words for each finding are the engine's (`_engine.words.FINDINGS`), since
the interview's questions are data too; the words here only a reader sees:
a path's title (the analysis, the diagram, the doctrine page), a record's
value in words (the analysis, the diagram, the heat maps), and the phrases
the analysis, the contrast and the figures share: a finding's record path
as a noun, the findings that would settle a motion, a list joined in prose.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .._engine.case import Factor, MotionKind
from .._engine.words import wording
from .subjects import DecisionView as Decision

__all__ = ["FACTOR_NOUNS", "level_words", "path_title"]

FACTOR_NOUNS = {
    Factor.MERITS: "the merits",
    Factor.IRREPARABLE_HARM: "irreparable harm",
    Factor.BALANCE_OF_HARDSHIPS: "the balance of hardships",
    Factor.PUBLIC_INTEREST: "the public interest",
}
"""Each factor as an analysis names it in a list ("the merits or irreparable harm")."""


def level_words(value: Any) -> str:
    """A value as a record writes it, in words: ``sharply favors``; the
    boolean ``very_serious`` as ``very serious`` or ``not very serious``."""
    if isinstance(value, bool):
        return "very serious" if value else "not very serious"
    return str(getattr(value, "value", value)).replace("_", " ")


_PATH_TITLES = {"winter": "Winter path", "serious_questions": "serious-questions path", "mandatory": "mandatory path"}
# A stay's two routes (Leiva-Perez) report as the tests they mirror.
_STAY_TITLES = {"winter": "strong-showing route", "serious_questions": "substantial-case route"}
_MOTIONS = {kind.value: kind.words for kind in MotionKind}


def path_title(name: str, standard: str | None) -> str:
    """How the analysis names a path: ``serious-questions path``; a
    standard's own name (``preliminary_injunction``) in words."""
    if name in _MOTIONS and name == standard:
        return _MOTIONS[name]
    titles = _STAY_TITLES if standard == "stay_pending_appeal" else _PATH_TITLES
    return titles.get(name, name.replace("_", " ") + " path")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _axis_words(key: str, decision: Decision) -> str:
    """A finding's record path in words: ``balance_of_hardships.tips`` is
    "the balance of hardships"; a path that names no finding stays as it is."""
    try:
        return wording(key, decision.case.claims).noun
    except KeyError:
        return key


def _joined(words: list[str], conjunction: str = "and") -> str:
    if len(words) <= 2:
        return f" {conjunction} ".join(words)
    return ", ".join(words[:-1]) + f", {conjunction} " + words[-1]


def _set_words(found: Mapping[str, Any], decision: Decision) -> str:
    return _joined([f"{_axis_words(k, decision)} {level_words(v)}" for k, v in found.items()])


def _or(sets: Iterable[Mapping[str, Any]], decision: Decision) -> str:
    return "; or ".join(_set_words(found, decision) for found in sets)


def _range(values: list[str]) -> str:
    return values[0] if len(values) == 1 else f"{values[0]} to {values[-1]}"


def _describe_settling(entries: tuple[Mapping[str, Any], ...]) -> str:
    """Consecutive findings that settle it the same way, as a range:
    ``sharply against to favors (denied), sharply favors (granted)``."""
    runs: list[tuple[str, list[str]]] = []
    for entry in entries:
        words = _describe_setting(entry["finding"])
        if runs and runs[-1][0] == entry["disposition"]:
            runs[-1][1].append(words)
        else:
            runs.append((entry["disposition"], [words]))
    return ", ".join(
        f"{found[0] if len(found) == 1 else f'{found[0]} to {found[-1]}'} ({outcome})" for outcome, found in runs
    )


def _describe_setting(finding: object) -> str:
    if isinstance(finding, dict):
        text = str(finding["likelihood"]).replace("_", " ")
        if "very_serious" in finding:
            text += ", very serious" if finding["very_serious"] else ", not very serious"
        return text
    return str(finding).replace("_", " ")

"""The render layer's words: how a path and a recorded level read in an analysis.

The words for each finding are the engine's (`_engine.words.FINDINGS`), since
the interview's questions are data too; the words here only a reader sees:
a path's title in the analysis, the diagram and the doctrine page, and a
record's value in words in the analysis, the diagram and the heat maps.
"""

from __future__ import annotations

from typing import Any

from .._engine.case import MotionKind

__all__ = ["level_words", "path_title"]


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

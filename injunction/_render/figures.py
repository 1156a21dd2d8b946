"""The pictures an HTML rendering shows after the text: the decision diagram,
the heat maps of the complete style, a comparison's two rule trees."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._engine.case import Disposition
from .document import Style
from .subjects import ComparisonView as Comparison
from .subjects import DecisionView as Decision
from .words import _axis_words, _capital

if TYPE_CHECKING:
    from .table import Sensitivity

__all__ = ["figures"]


def _one_axis_table(decision: Decision, key: str) -> Sensitivity:
    from .table import Sensitivity

    rows = decision.outcomes[key]
    return Sensitivity(
        decision.case,
        (key,),
        tuple(r["finding"] for r in rows),
        (),
        tuple((Disposition(r["disposition"]),) for r in rows),
        tuple(bool(r["found"]) for r in rows),
        (),
    )


def figures(subject: Decision | Comparison, style: Style) -> list[tuple[str, str]]:
    """The pictures an HTML rendering shows after the text, each (caption, SVG):
    the decision diagram, and in the complete style a heat map per finding;
    for a comparison, the rule tree before and after."""
    from .diagram import to_svg
    from .table import heat_map

    if isinstance(subject, Comparison):
        return [
            ("Before: the rule tree as first found.", to_svg(subject.before)),
            ("After: the rule tree with the changed findings.", to_svg(subject.after)),
        ]
    memo = style == "court" and subject.disposition is Disposition.UNDETERMINED
    drawn = [("The rule tree: green met, red failed, grey open; the nodes that decide it are outlined.", to_svg(subject, memo=memo))]
    if style == "complete":
        for axis in subject.axes:
            caption = f"{_capital(_axis_words(axis.key, subject))}: the disposition at each value, the others as found (the values the record admits outlined)."
            drawn.append((caption, heat_map(_one_axis_table(subject, axis.key))))
    return drawn

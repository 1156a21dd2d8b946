"""A comparison of two decisions written out: what changed in the findings,
in the rule, and in the outcome (``injunction diff``, `compare`, `what_if`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._engine.scales import Truth
from .document import Block, Part, Report, Span, Style, _record, _s
from .subjects import ComparisonView as Comparison
from .words import _axis_words, _capital, path_title
from .words import level_words as _level_words

__all__ = ["contrast"]


def contrast(comparison: Comparison, style: Style) -> Report:
    """Two decisions side by side: what changed in the findings, in the rule, and in the outcome."""
    before, after = comparison.before, comparison.after
    blocks: list[Block] = []

    def add(kind: Any, text: str | list[Part], *, label: str | None = None, depth: int = 0, value: Truth | None = None, nodes: Iterable[str] = ("0",)) -> None:
        parts = [text] if isinstance(text, str) else text
        blocks.append(Block(kind, (_s(*parts, nodes=nodes),), label=label, depth=depth, value=value))

    name = after.case.case.name
    blocks.append(
        Block(
            "title",
            (
                _s(_record(name), ": what if", nodes=["0"]),
                _s(
                    "Before: ",
                    Span(before.disposition.value.upper(), "strong"),
                    ". After: ",
                    Span(after.disposition.value.upper(), "strong"),
                    ".",
                    nodes=["0"],
                ),
            ),
        )
    )
    add("heading", "Findings that differ")
    if not comparison.findings:
        add("paragraph", "None: the two records make the same findings.", depth=1)
    for change in comparison.findings:
        words_ = _capital(_axis_words(change.key, after))
        add("paragraph", [_record(words_), f" ({change.key}): ", _record(_shown(change.before)), " \u2192 ", _record(_shown(change.after)), "."], depth=1)
    add("heading", "Paths")
    words = {Truth.TRUE: "met", Truth.FALSE: "failed", Truth.UNKNOWN: "open", None: "not applied"}
    for path, (was, now) in comparison.paths.items():
        title = path_title(path, after.standard)
        verb = "unchanged" if was is now else "moved"
        add("paragraph", f"The {title}: {words[was]} \u2192 {words[now]} ({verb}).", depth=1)
    if comparison.nodes or style == "complete":
        add("heading", "Rule nodes that changed value")
        if not comparison.same_rule:
            add("paragraph", "The two decisions applied differently shaped rules; only nodes at the same place are compared.", depth=1)
        paths = {f"0.{i}": name for i, (name, _) in enumerate(after.named_paths())} if after.trace.kind == "any_of" else {}
        for change in comparison.nodes:
            where = paths.get(".".join(change.key.split(".")[:2]))
            prefix = f"{path_title(where, after.standard)}: " if where and change.key.count(".") > 1 else ""
            add(
                "item",
                f"{prefix}{change.label}: {words[change.before]} \u2192 {words[change.after]}",
                value=change.after,
                nodes=[change.key],
            )
    if comparison.moved:
        verdict = f"The disposition moved from {before.disposition.value} to {after.disposition.value}"
        verdict += f", on the {path_title(after.test, after.standard)}." if after.test else "."
    else:
        verdict = f"The disposition did not move: {after.disposition.value}."
    add("paragraph", verdict, label="Conclusion")
    return Report(f"{name}: what if", style, tuple(blocks))


def _shown(value: Any) -> str:
    if value is None:
        return "no finding"
    if isinstance(value, dict):
        return ", ".join(f"{k.replace('_', ' ')} {_level_words(v)}" for k, v in value.items())
    return _level_words(value)

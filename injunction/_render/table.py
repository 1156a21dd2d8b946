"""The disposition over every value of one or two findings, as a table and a heat map."""

from __future__ import annotations

from typing import Any, final

import attrs

from .._engine.case import Case, Disposition
from .._engine.words import wording
from .._text import markup, printable
from .diagram import CHAR
from .words import level_words

__all__ = ["Sensitivity", "heat_map"]


@final
@attrs.frozen
class Sensitivity:
    """The disposition over every value of one or two findings, the others as found.

    *rows* are the values of the first finding, *columns* of the second (one
    unnamed column for a single finding); *cells[i][j]* the disposition;
    *found_rows* and *found_columns* mark the values the record's findings admit.
    """

    case: Case = attrs.field(repr=False)
    keys: tuple[str, ...]
    rows: tuple[Any, ...]
    columns: tuple[Any, ...]
    cells: tuple[tuple[Disposition, ...], ...]
    found_rows: tuple[bool, ...]
    found_columns: tuple[bool, ...]

    @property
    def titles(self) -> tuple[str, ...]:
        """The findings in words, as the table's axes show them: ``Balance of
        hardships``; a claim by its name."""
        return tuple(wording(key, self.case.claims).title for key in self.keys)

    @property
    def heading(self) -> str:
        """What the table shows: ``Merits (the best claim) (rows) by Balance of hardships (columns)``."""
        titles = self.titles
        return f"{titles[0]} (rows) by {titles[1]} (columns)" if len(titles) == 2 else titles[0]

    def to_dict(self) -> dict[str, Any]:
        return {
            "keys": list(self.keys),
            "rows": list(self.rows),
            "columns": list(self.columns),
            "cells": [[d.value for d in row] for row in self.cells],
            "found_rows": list(self.found_rows),
            "found_columns": list(self.found_columns),
        }

    def to_text(self) -> str:
        """A table under its findings in words; a value the record admits is starred."""

        def cell(value: Any, found: bool) -> str:
            return f"{level_words(value)}{'*' if found else ''}"

        heads = [cell(c, f) for c, f in zip(self.columns, self.found_columns)] or ["disposition"]
        first = [cell(r, f) for r, f in zip(self.rows, self.found_rows)]
        width0 = max(len(r) for r in first)
        widths = [max(len(h), 12) for h in heads]
        lines = [printable(self.heading), " " * width0 + "  " + "  ".join(h.ljust(w) for h, w in zip(heads, widths))]
        for label, row in zip(first, self.cells):
            lines.append(label.ljust(width0) + "  " + "  ".join(d.value.ljust(w) for d, w in zip(row, widths)))
        lines.append("* admitted by the record's finding")
        return "\n".join(line.rstrip() for line in lines) + "\n"

    def __str__(self) -> str:
        return self.to_text()

    def to_svg(self) -> str:
        """A heat map: one cell a value (pair), coloured by disposition; the
        values the record admits outlined."""
        return heat_map(self)

    def _repr_html_(self) -> str:
        return f'<figure class="injunction-sensitivity">{self.to_svg()}</figure>'



_CELL = {"granted": ("#dafbe1", "#1a7f37"), "denied": ("#ffebe9", "#cf222e"), "undetermined": ("#fff8c5", "#9a6700")}


def heat_map(table: Sensitivity) -> str:
    """A `Sensitivity` as an SVG grid: a cell a value (or pair of values),
    coloured by the disposition; the cells the record's findings admit outlined."""
    two = bool(table.columns)
    titles = table.titles
    columns = [level_words(c) for c in table.columns] or ["disposition"]
    rows = [level_words(r) for r in table.rows]
    heading = table.heading
    left = int(max(len(r) for r in rows) * CHAR) + 16
    cell_w = int(max(96, *(len(c) * CHAR + 12 for c in columns)))
    top = 44 if two else 26
    width = int(max(left + cell_w * len(columns) + 8, len(heading) * CHAR + 12))
    height = top + 26 * len(rows) + 8
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="heat-map" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="system-ui, sans-serif" font-size="12" role="img">',
        f"<title>{markup(' by '.join(titles))}</title>",
        f'<text x="4" y="16" font-weight="bold">{markup(heading)}</text>',
    ]
    for j, column in enumerate(columns):
        if two:
            out.append(f'<text x="{left + j * cell_w + cell_w / 2}" y="{top - 8}" text-anchor="middle">{markup(column)}</text>')
    for i, row in enumerate(rows):
        y = top + i * 26
        out.append(f'<text x="{left - 8}" y="{y + 17}" text-anchor="end">{markup(row)}</text>')
        for j, disposition in enumerate(table.cells[i]):
            fill, ink = _CELL[disposition.value]
            found = table.found_rows[i] and (not two or table.found_columns[j])
            x = left + j * cell_w
            out.append(
                f'<rect x="{x + 1}" y="{y + 1}" width="{cell_w - 2}" height="24" fill="{fill}" '
                f'stroke="{"#1f2328" if found else ink}" stroke-width="{2.5 if found else 0.5}"/>'
                f'<text x="{x + cell_w / 2}" y="{y + 17}" text-anchor="middle" fill="{ink}">{disposition.value}</text>'
            )
    out.append("</svg>")
    return "\n".join(out)

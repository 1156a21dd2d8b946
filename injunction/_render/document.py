"""The document every rendering lays out: a `Report` of titled `Block` values,
each a run of `Sentence` values made of `Span` values.

A sentence carries the ids of the trace nodes it states (`Node.indexed`), so
every sentence a reader sees can be traced to the rule that produced it. The
analysis (`report`), the contrast of two decisions (`contrast`) and the
doctrine page (`doctrine`) write these; the renderers (`formats`) only lay
them out as text, Markdown or HTML.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal, NamedTuple

from .._engine.scales import Truth

__all__ = ["Block", "Report", "Sentence", "Span", "Style"]

Style = Literal["court", "complete"]
STYLES: tuple[Style, ...] = ("court", "complete")


class Span(NamedTuple):
    """A run of text: ``plain`` (the library's words), ``record`` (the
    record's own words: names and findings), ``cite`` (a citation) or
    ``strong`` (the disposition). Renderers escape every kind alike."""

    text: str
    kind: Literal["plain", "record", "cite", "strong"] = "plain"


class Sentence(NamedTuple):
    """A sentence and the ids of the trace nodes it states."""

    spans: tuple[Span, ...]
    nodes: tuple[str, ...]

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


class Block(NamedTuple):
    """A unit of layout.

    *kind* is ``title``, ``heading``, ``paragraph``, ``item`` (a node of
    the rule tree, at *depth*, coloured by *value*) or ``table`` (its *rows*
    of cells, the first the header); a paragraph may carry an IRAC *label*
    (``Issue``, ``Rule``, ``Application``, ``Conclusion``).
    """

    kind: Literal["title", "heading", "paragraph", "item", "table"]
    sentences: tuple[Sentence, ...]
    label: str | None = None
    depth: int = 0
    value: Truth | None = None
    rows: tuple[tuple[Sentence, ...], ...] = ()


class Report(NamedTuple):
    """A decision (or a comparison) written out: its blocks in reading order."""

    title: str
    style: Style
    blocks: tuple[Block, ...]

    def sentences(self) -> Iterator[Sentence]:
        for block in self.blocks:
            yield from block.sentences


Part = str | Span


def _s(*parts: Part, nodes: Iterable[str]) -> Sentence:
    """A sentence from plain strings and spans."""
    spans = tuple(Span(p) if isinstance(p, str) else p for p in parts if (p.text if isinstance(p, Span) else p))
    return Sentence(spans, tuple(dict.fromkeys(nodes)))


def _record(text: str) -> Span:
    return Span(text, "record")

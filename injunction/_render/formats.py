"""Renderers: a `Report` laid out as plain text, Markdown or HTML, and a
decision as JSON.

The words all come from `report` and `contrast`; a renderer only lays blocks out, and
escapes every span (record text or not), so nothing a record says can
become markup or act on a terminal: controls and bidi controls show as
escapes (`_text.printable`), and in HTML the record's own words are
isolated (``<bdi>``), so that a right-to-left name cannot reorder the
library's words around it.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from typing import Literal

from .._engine.scales import Truth
from .._text import json_text, markup, printable
from .document import Block, Report, Sentence, Span, Style
from .figures import figures
from .report import report
from .subjects import ComparisonView as Comparison
from .subjects import DecisionView as Decision

__all__ = ["FORMATS", "render", "to_html", "to_json", "to_markdown", "to_text"]

Format = Literal["text", "markdown", "html", "json"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "html", "json")
WIDTH = 88
_VALUE_WORDS = {Truth.TRUE: "met", Truth.FALSE: "failed", Truth.UNKNOWN: "open"}


def render(decision: Decision | Comparison, format: Format = "text", style: Style = "court") -> str:
    """A decision (or a `Comparison`) as ``text``, ``markdown``, ``html`` (a
    standalone page) or ``json``, in the ``court`` or ``complete`` style
    (JSON is always complete)."""
    if format == "json":
        return to_json(decision)
    if format == "text":
        return to_text(decision, style)
    if format == "markdown":
        return to_markdown(decision, style)
    if format == "html":
        return to_html(decision, style, page=True)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {format!r}")


def _written(subject: Decision | Comparison | Report, style: Style) -> Report:
    return subject if isinstance(subject, Report) else report(subject, style)


def to_json(decision: Decision | Comparison) -> str:
    """The decision as the JSON that ``injunction evaluate --json`` prints
    (a comparison as ``injunction diff --format json`` prints it)."""
    return json_text(decision.to_dict(), indent=2)


# -- plain text ---------------------------------------------------------


def _shown(sentence: Sentence) -> str:
    """A sentence's text, each span `printable` (escaped before line breaks fold into spaces)."""
    return "".join(printable(span.text, lines=True) for span in sentence.spans)


def _plain(sentences: tuple[Sentence, ...]) -> str:
    return " ".join(" ".join(_shown(s).split()) for s in sentences)


def _wrap(text: str, indent: str = "", hanging: str | None = None) -> str:
    return textwrap.fill(
        text,
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent if hanging is None else hanging,
        break_on_hyphens=False,
    )


def to_text(decision: Decision | Comparison | Report, style: Style = "court") -> str:
    """A short reasoned analysis of *decision*, wrapped at 88 columns."""
    lines: list[str] = []
    for block in _written(decision, style).blocks:
        text = _plain(block.sentences)
        if block.kind == "title":
            lines += [_wrap(_shown(s)) for s in block.sentences] + [""]
        elif block.kind == "heading":
            if lines and lines[-1]:
                lines.append("")
            lines.append(_wrap(text))
        elif block.kind == "table":
            if lines and lines[-1]:
                lines.append("")
            lines += _text_table(block.rows)
        elif block.kind == "item":
            indent = "  " * block.depth
            mark = "-" if block.value is None else f"[{_VALUE_WORDS[block.value]}]"
            width = len(mark) + 1 if block.value is None else 9
            lines.append(_wrap(f"{mark:<{width - 1}} {text}", indent, indent + " " * width))
        else:
            if block.depth == 0 and lines and lines[-1]:
                lines.append("")
            lines.append(_wrap(f"{block.label}. {text}" if block.label else text, "   " * block.depth))
    return "\n".join(lines).rstrip() + "\n"


def _text_table(rows: tuple[tuple[Sentence, ...], ...]) -> list[str]:
    """A table as aligned columns, the last wrapped under its own start."""
    cells = [[_shown(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]) - 1)]
    lines = []
    for number, row in enumerate(cells):
        lead = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  "
        lines.append(_wrap(lead + row[-1], "", " " * len(lead)) if len(lead) <= WIDTH - 16 else lead.rstrip() + "\n" + _wrap(row[-1], "    "))
        if number == 0:
            lines.append("  ".join("-" * width for width in widths) + "  " + "-" * max(len(row[-1]), 6))
    return lines


# -- Markdown -------------------------------------------------------------

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>&#|~!$])")


def _md_escape(text: str) -> str:
    """Text that CommonMark shows as written: punctuation that could start
    markup is backslash-escaped, and line breaks (which could start a block)
    are folded into spaces."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", printable(text, lines=True)))


def _md_span(span: Span) -> str:
    text = _md_escape(span.text)
    return f"**{text}**" if span.kind == "strong" and text else text


def _md_sentences(sentences: tuple[Sentence, ...]) -> str:
    return " ".join("".join(_md_span(span) for span in s.spans).strip() for s in sentences)


def to_markdown(decision: Decision | Comparison | Report, style: Style = "court") -> str:
    """The analysis as Markdown (CommonMark): headings, IRAC paragraphs, and
    in the complete style the rule tree as a nested list."""
    out: list[str] = []
    for block in _written(decision, style).blocks:
        text = _md_sentences(block.sentences)
        if block.kind == "title":
            out.append(f"# {_md_sentences(block.sentences[:1])}")
            out.append(_md_sentences(block.sentences[1:]))
        elif block.kind == "heading":
            out.append(f"{'#' * (2 + block.depth)} {text}")
        elif block.kind == "table":
            for number, row in enumerate(block.rows):
                out.append("| " + " | ".join(_md_sentences((cell,)) or " " for cell in row) + " |")
                if number == 0:
                    out.append("|" + "---|" * len(row))
        elif block.kind == "item":
            prefix = "  " * block.depth
            mark = "" if block.value is None else f"**{_VALUE_WORDS[block.value]}** "
            out.append(f"{prefix}- {mark}{text}")
        elif block.depth == 2:
            out.append(f"- {text}")
        else:
            out.append(f"**{block.label}.** {text}" if block.label else text)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# -- HTML ------------------------------------------------------------------

_CSS = """
.injunction{font:16px/1.5 Georgia,'Times New Roman',serif;color:#1f2328;max-width:50rem;margin:0 auto;padding:1rem}
.injunction h1{font-size:1.35rem;margin:0 0 .25rem}
.injunction h2{font-size:1.1rem;margin:1.4rem 0 .4rem;border-bottom:1px solid #d0d7de}
.injunction .motion{font-size:1.05rem}
.injunction .granted{color:#1a7f37}.injunction .denied{color:#cf222e}.injunction .undetermined{color:#9a6700}
.injunction .label{font-variant:small-caps;font-weight:bold;margin-right:.3em}
.injunction cite{font-style:normal}
.injunction ul.claims{margin:.2rem 0 .6rem}
.injunction ul.tree{list-style:none;padding-left:1.2rem;font-size:.92rem}
.injunction ul.tree>li{margin:.15rem 0}
.injunction .value{display:inline-block;min-width:3.6em;font:bold .72rem/1.4 system-ui,sans-serif;text-transform:uppercase;
 text-align:center;border-radius:.3em;padding:0 .3em;margin-right:.4em}
.injunction .value.met{background:#dafbe1;color:#1a7f37}.injunction .value.failed{background:#ffebe9;color:#cf222e}
.injunction .value.open{background:#f6f8fa;color:#57606a}
.injunction figure{margin:1rem 0;overflow-x:auto}
.injunction table.split{border-collapse:collapse;font:.9rem/1.4 system-ui,sans-serif;margin:.6rem 0}
.injunction table.split th,.injunction table.split td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
.injunction figcaption{font:.85rem system-ui,sans-serif;color:#57606a}
""".strip()

# No script, no network: a page that can only show what it says.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


_h = markup  # HTML text or an attribute's value: `printable`, then escaped as `html.escape` does


def _html_span(span: Span) -> str:
    text = _h(span.text)
    if span.kind == "cite":
        return f"<cite>{text}</cite>"
    if span.kind == "record":
        return f'<bdi class="record">{text}</bdi>'
    if span.kind == "strong":
        return f'<strong class="{_h(span.text.lower())}">{text}</strong>'
    return text


def _html_sentences(sentences: tuple[Sentence, ...]) -> str:
    return " ".join(
        f'<span data-node="{_h(" ".join(s.nodes))}">{"".join(_html_span(span) for span in s.spans).strip()}</span>'
        for s in sentences
    )


def to_html(decision: Decision | Comparison | Report, style: Style = "court", *, page: bool = True) -> str:
    """The analysis as HTML: a standalone page (inline CSS, no script, no
    network), or with ``page=False`` a fragment for a notebook or a web app.
    The figures follow: the decision diagram (SVG) and, in the complete
    style, a heat map of the outcome over each finding."""
    written = _written(decision, style)
    body = "\n".join(_html_blocks(written.blocks))
    drawn = [] if isinstance(decision, Report) else figures(decision, style)
    pictures = "\n".join(f"<figure>{svg}<figcaption>{_h(caption)}</figcaption></figure>" for caption, svg in drawn)
    fragment = f'<article class="injunction">\n<style>{_CSS}</style>\n{body}\n{pictures}\n</article>'
    if not page:
        return fragment
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_h(written.title)}</title>\n</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )


def _html_blocks(blocks: tuple[Block, ...]) -> Iterator[str]:
    open_lists: list[str] = []  # the closing tags of the lists now open

    def close_to(depth: int) -> Iterator[str]:
        while len(open_lists) > depth:
            yield open_lists.pop()

    for block in blocks:
        text = _html_sentences(block.sentences)
        if block.kind == "item":
            yield from close_to(block.depth + 1)
            while len(open_lists) < block.depth + 1:
                yield '<ul class="tree">'
                open_lists.append("</ul>")
            if block.value is None:
                yield f"<li>{text}</li>"
                continue
            value = _VALUE_WORDS[block.value]
            yield f'<li class="{value}"><span class="value {value}">{value}</span>{text}</li>'
            continue
        if block.kind == "paragraph" and block.depth == 2:
            if not open_lists:
                yield '<ul class="claims">'
                open_lists.append("</ul>")
            yield f"<li>{text}</li>"
            continue
        yield from close_to(0)
        if block.kind == "table":
            head, *body = block.rows
            yield '<table class="split">'
            yield "<thead><tr>" + "".join(f'<th scope="col">{_html_sentences((cell,))}</th>' for cell in head) + "</tr></thead>"
            yield "<tbody>" + "".join(
                "<tr>" + "".join(f"<td>{_html_sentences((cell,))}</td>" for cell in row) + "</tr>" for row in body
            ) + "</tbody>"
            yield "</table>"
            continue
        if block.kind == "title":
            yield f"<h1>{_html_sentences(block.sentences[:1])}</h1>"
            yield f'<p class="motion">{_html_sentences(block.sentences[1:])}</p>'
        elif block.kind == "heading":
            yield f"<h{2 + block.depth}>{text}</h{2 + block.depth}>"
        else:
            label = f'<span class="label">{_h(block.label)}.</span> ' if block.label else ""
            yield f"<p>{label}{text}</p>"
    yield from close_to(0)

"""The decision diagram: the evaluated rule tree, each node coloured by its
value and the nodes that decide the motion outlined, as SVG (for the HTML
report and notebooks), Graphviz DOT, or Mermaid.

The SVG is laid out by hand as an outline, one row a node, indented by
depth, with elbow connectors: a rule tree is a tree, an outline never
crosses an edge, and the long labels of legal tests read left to right
where a layered layout would squeeze them. No layout engine is needed, so
the report stays pure Python with nothing to install.
"""

from __future__ import annotations

from typing import Literal

from .._engine.case import ClaimFilter
from .._engine.scales import Truth
from .._engine.trace import Node, ordered
from .._engine.words import Wording, finding_key, wording
from .._text import markup, printable
from .sentences import node_sentence
from .subjects import DecisionView as Decision
from .words import level_words, path_title

__all__ = ["deciding", "diagram", "label", "to_dot", "to_mermaid", "to_svg"]

_FILL = {Truth.TRUE: "#dafbe1", Truth.FALSE: "#ffebe9", Truth.UNKNOWN: "#f6f8fa"}
_STROKE = {Truth.TRUE: "#1a7f37", Truth.FALSE: "#cf222e", Truth.UNKNOWN: "#6e7781"}
_WORD = {Truth.TRUE: "met", Truth.FALSE: "failed", Truth.UNKNOWN: "open"}
ROW, INDENT, CHAR = 30, 24, 7.2


def _wording(node: Node) -> Wording | None:
    """The words for the finding a requirement or presumption reads (`_engine.words.FINDINGS`)."""
    if node.factor is None or node.threshold is None:
        return None
    return wording(finding_key(node.factor, type(node.threshold)))


def label(node: Node, *, found: bool = True, standard: str | None = None) -> str:
    """A node in a few words: ``merits at least likely (found: none)``,
    ``irreparable harm presumed likely``, ``Winter path (all of)`` (without
    what was found if not *found*; paths named as the *standard* names them)."""
    shown = f" (found: {node.finding.describe()})" if node.finding is not None and found else ""
    if node.kind == "requirement":
        if node.finding is None and found:
            shown = f" (no {(node.claims or ClaimFilter.CONSTITUTIONAL).noun.removeprefix('a ')})"
        words = _wording(node)
        if words is None or node.threshold is None:
            return f"requirement{shown}"
        top = node.threshold is type(node.threshold).highest()
        return f"{words.short} {'' if top else 'at least '}{level_words(node.threshold)}{shown}"
    if node.kind == "claim":
        return f"claim: {node.name}{shown}"
    if node.kind == "presumption":
        words = _wording(node)
        if words is None or node.threshold is None:
            return "presumption"
        return f"{words.short} presumed {words.answer(node.threshold)}"
    if node.kind == "merger":
        return " and ".join(f.label.lower() for f in ordered(node.factors)) + ", weighed together"
    if node.kind == "weighing":
        return f"{path_title(node.name, standard)} (weighed)" if node.name else "the factors, weighed"
    words_ = {"all_of": "all of", "any_of": "any of", "not": "not"}[node.kind]
    return f"{path_title(node.name, standard)} ({words_})" if node.name else words_


def deciding(root: Node) -> set[str]:
    """The ids of the nodes that decide the root's value: for a met path its
    met parts, for a failure every failed part, for an open one the open parts."""
    found: set[str] = set()

    def visit(node: Node, nid: str) -> None:
        found.add(nid)
        if node.kind == "presumption":
            return
        wanted = [(f"{nid}.{i}", c) for i, c in enumerate(node.children) if c.value is node.value]
        if node.kind == "not":
            wanted = [(f"{nid}.0", node.children[0])]
        if node.kind == "any_of" and node.value is Truth.TRUE:
            wanted = wanted[:1]
        for child_id, child in wanted:
            if child.kind != "claim":
                visit(child, child_id)

    visit(root, "0")
    return found


def to_svg(decision: Decision, *, memo: bool = False) -> str:
    """The rule tree as a standalone SVG element (no script, no external
    reference). With *memo* (a court-style analysis the findings leave
    open) its title calls the motion open, as the bench memo does."""
    rows = list(decision.trace.indexed())
    decisive = deciding(decision.trace)
    standard = decision.standard
    widths = [len(printable(label(node, standard=standard))) * CHAR + 70 for _, node in rows]
    width = int(max(12 + nid.count(".") * INDENT + w for (nid, _), w in zip(rows, widths)) + 12)
    height = len(rows) * ROW + 12
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="decision-diagram" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="system-ui, sans-serif" font-size="12" role="img">',
        f"<title>{markup(decision.case.case.name)}: {'open' if memo else decision.disposition.value}</title>",
    ]
    position: dict[str, tuple[float, float]] = {}
    for row, ((nid, node), box) in enumerate(zip(rows, widths)):
        x = 12 + nid.count(".") * INDENT
        y = 6 + row * ROW
        position[nid] = (x, y)
        parent = nid.rpartition(".")[0]
        if parent:
            px, py = position[parent]
            out.append(
                f'<path d="M{px + 10} {py + 22} V{y + 11} H{x}" fill="none" stroke="#8c959f" stroke-width="1"/>'
            )
        value = node.value
        bold = nid in decisive
        weight = ' font-weight="bold"' if bold else ""
        out.append(
            f'<g data-node="{nid}"><title>{markup(node_sentence(node))}</title>'
            f'<rect x="{x}" y="{y}" width="{box:.0f}" height="22" rx="4" fill="{_FILL[value]}" '
            f'stroke="{_STROKE[value]}" stroke-width="{2.5 if bold else 1}"/>'
            f'<text x="{x + 8}" y="{y + 15}" fill="{_STROKE[value]}" font-weight="bold">{_WORD[value]}</text>'
            f'<text x="{x + 58}" y="{y + 15}" fill="#1f2328"{weight}>'
            f"{markup(label(node, standard=standard))}</text></g>"
        )
    out.append("</svg>")
    return "\n".join(out)


def _dot_quote(text: str) -> str:
    """*text* as a DOT string: `printable` (one line), then quotes and backslashes
    escaped, so that no escape of DOT's own (``\\N``, ``\\l``) can act."""
    return '"' + printable(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_dot(decision: Decision) -> str:
    """The rule tree as Graphviz DOT (``dot -Tsvg`` draws it)."""
    decisive = deciding(decision.trace)
    lines = [
        "digraph decision {",
        "  rankdir=LR;",
        '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
    ]
    for nid, node in decision.trace.indexed():
        name = "n" + nid.replace(".", "_")
        width = 2.5 if nid in decisive else 1
        lines.append(
            f"  {name} [label={_dot_quote(f'{_WORD[node.value]}: {label(node, standard=decision.standard)}')}, "
            f'fillcolor="{_FILL[node.value]}", color="{_STROKE[node.value]}", penwidth={width}];'
        )
        parent = nid.rpartition(".")[0]
        if parent:
            lines.append(f"  n{parent.replace('.', '_')} -> {name};")
    lines.append("}")
    return "\n".join(lines) + "\n"


_MERMAID_NAMED = {"&": "#amp;", '"': "#quot;", "<": "#lt;", ">": "#gt;"}
_MERMAID_PLAIN = frozenset(" .,:()'-/_*+=?!")


def _mermaid_text(text: str) -> str:
    """*text* for a quoted Mermaid label: `printable` (one line), then every
    character but a letter, a digit, a space and plain punctuation written as
    an entity code (``#37;``), so that no label can begin Mermaid syntax: no
    ``%%{init}%%`` directive, comment, Markdown string (a backtick), entity
    or closing quote."""
    return "".join(
        char if char.isalnum() or char in _MERMAID_PLAIN else _MERMAID_NAMED.get(char) or f"#{ord(char)};"
        for char in " ".join(printable(text).split())
    )


def to_mermaid(decision: Decision) -> str:
    """The rule tree as a Mermaid flowchart."""
    decisive = deciding(decision.trace)
    lines = ["flowchart LR"]
    for nid, node in decision.trace.indexed():
        name = "n" + nid.replace(".", "_")
        lines.append(f'  {name}["{_mermaid_text(f"{_WORD[node.value]}: {label(node, standard=decision.standard)}")}"]:::{_WORD[node.value]}')
        parent = nid.rpartition(".")[0]
        if parent:
            lines.append(f"  n{parent.replace('.', '_')} --> {name}")
        if nid in decisive:
            lines.append(f"  style {name} stroke-width:3px")
    for value in Truth:
        lines.append(f"  classDef {_WORD[value]} fill:{_FILL[value]},stroke:{_STROKE[value]}")
    return "\n".join(lines) + "\n"


def diagram(decision: Decision, format: Literal["svg", "dot", "mermaid"] = "svg") -> str:
    """The decision diagram as ``svg``, ``dot`` or ``mermaid`` text."""
    if format == "svg":
        return to_svg(decision)
    if format == "dot":
        return to_dot(decision)
    if format == "mermaid":
        return to_mermaid(decision)
    raise ValueError(f"diagram format must be svg, dot or mermaid, got {format!r}")

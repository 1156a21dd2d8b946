"""The documents a newcomer reads first: every README link stays in the
repository and reaches a file that exists, and docs/record-format.md, the
record format's contract, says what the loader and the JSON Schema do."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from markdown_it import MarkdownIt

import injunction

from .conftest import ROOT

FORMAT = ROOT / "docs" / "record-format.md"
_HTML_LINK = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)


def links(markdown: str) -> Iterator[str]:
    """Every link target a Markdown text holds: links, images, reference
    definitions (resolved by the parser) and ``href``/``src`` in raw HTML."""
    stack = list(MarkdownIt("commonmark").parse(markdown))
    while stack:
        token = stack.pop(0)
        if token.type == "link_open":
            yield str(token.attrs["href"])
        elif token.type == "image":
            yield str(token.attrs["src"])
        elif token.type in ("html_inline", "html_block"):
            yield from _HTML_LINK.findall(token.content)
        stack[:0] = token.children or []


def slugs(markdown: str) -> set[str]:
    """The anchors GitHub gives a Markdown file's headings."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    seen: dict[str, int] = {}
    anchors = set()
    for opening, inline in zip(tokens, tokens[1:]):
        if opening.type != "heading_open":
            continue
        text = "".join(child.content for child in inline.children or [])
        slug = re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


def problem(target: str, document: Path) -> str | None:
    """Why *target*, linked from *document*, is a broken or outside link; None if it is fine."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target.startswith("//"):
        return "leaves the repository"
    path = (document.parent / unquote(parts.path)).resolve() if parts.path else document.resolve()
    if not path.is_relative_to(ROOT.resolve()):
        return "leaves the repository"
    if not path.exists():
        return "points at a file that does not exist"
    if parts.fragment and path.suffix == ".md" and parts.fragment not in slugs(path.read_text(encoding="utf-8")):
        return f"points at #{parts.fragment}, which is no heading of {path.name}"
    return None


@pytest.mark.parametrize("document", [ROOT / "README.md", FORMAT], ids=["README", "record-format"])
def test_every_link_stays_in_the_repository_and_reaches_a_file(document: Path) -> None:
    found = list(links(document.read_text(encoding="utf-8")))
    broken = {target: why for target in found if (why := problem(target, document))}
    assert not broken, broken
    assert found  # the README links the record format, the doctrine and the LICENSE at least


def test_the_readme_links_the_record_format_and_the_license() -> None:
    found = set(links((ROOT / "README.md").read_text(encoding="utf-8")))
    assert "docs/record-format.md" in found
    assert "LICENSE" in found


@pytest.mark.parametrize(
    ("target", "why"),
    [
        ("https://example.com/spec", "leaves the repository"),
        ("//example.com/spec", "leaves the repository"),
        ("mailto:someone@example.com", "leaves the repository"),
        ("../shared/spec/case-format.md", "leaves the repository"),
        ("docs/no-such-file.md", "points at a file that does not exist"),
        ("docs/record-format.md#no-such-heading", "points at #no-such-heading, which is no heading of record-format.md"),
        ("docs/record-format.md#claims", None),
        ("#injunction", None),
    ],
)
def test_the_link_check_catches_what_it_should(target: str, why: str | None) -> None:
    """The check itself, on links the README must not have and on ones it may."""
    assert problem(target, ROOT / "README.md") == why
    assert list(links(f'See [this]({target}), ![a picture]({target}) and <a href="{target}">that</a>.\n')) == [target] * 3


# -- docs/record-format.md says what the format is ------------------------------------


def _tables(markdown: str) -> dict[str, list[list[str]]]:
    """Each section's first table (by heading text), as rows of cell texts (without code ticks)."""
    tables: dict[str, list[list[str]]] = {}
    section = ""
    for line in markdown.splitlines():
        if line.startswith("#"):
            section = line.lstrip("#").strip()
        elif line.startswith("|") and not set(line) <= set("|-: "):
            cells = [cell.strip().replace("`", "") for cell in line.strip("|").split("|")]
            tables.setdefault(section, []).append(cells)
    return {name: rows[1:] for name, rows in tables.items()}  # without the header row


def _keys(section: str) -> set[str]:
    return {row[0] for row in _tables(FORMAT.read_text(encoding="utf-8"))[section]}


def _properties(schema: dict[str, Any], *path: str) -> set[str]:
    for key in path:
        schema = schema["properties"][key]
        schema = schema.get("items", schema)
    return set(schema["properties"])


@pytest.mark.parametrize(
    ("section", "path"),
    [
        ("Top level", ()),
        ("`case`", ("case",)),
        ("`motion`", ("motion",)),
        ("`claims[]`", ("claims",)),
        ("`expected` (reference corpora only)", ("expected",)),
    ],
)
def test_the_record_format_lists_exactly_the_keys_the_schema_has(section: str, path: tuple[str, ...]) -> None:
    """Each table of keys is the schema's (and so the loader's) keys of
    version 2, no more, no less; those not marked "(version 2)" are version 1's."""
    record = injunction.schema("record")["$defs"]
    rows = _tables(FORMAT.read_text(encoding="utf-8"))[section]
    assert {row[0] for row in rows} == _properties(record["record_v2"], *path)
    assert {row[0] for row in rows if "(version 2)" not in row[1]} == _properties(record["record_v1"], *path)


def test_the_record_format_gives_every_scale_in_order() -> None:
    """The scales, lowest first, as the library orders them."""
    rows = {row[0]: row[1] for row in _tables(FORMAT.read_text(encoding="utf-8"))["Ordinal scales"]}
    scales = {
        "merits": injunction.Merits,
        "harm": injunction.Harm,
        "balance": injunction.Balance,
        "public interest": injunction.PublicInterest,
    }
    levels: dict[str, list[str]] = {name: [str(level.value) for level in scale] for name, scale in scales.items()}
    levels["public interest, version 1"] = ["against", "neutral", "favors"]
    assert set(rows) == set(levels)
    for name, words in levels.items():
        written = [word.strip() for word in rows[name].split("(")[0].split(",")[0].split("<")]
        assert written == words, name


def test_the_record_format_example_is_a_valid_record() -> None:
    """The TOML example in the contract loads."""
    text = FORMAT.read_text(encoding="utf-8").split("```toml\n", 1)[1].split("```", 1)[0]
    case = injunction.loads(text, format="toml")
    assert case.case.court == "wawd"


def test_the_record_format_names_the_courts_and_the_schema_command() -> None:
    text = " ".join(FORMAT.read_text(encoding="utf-8").split())
    assert "`injunction.COURTS` lists them" in text
    assert "`injunction schema record`" in text
    assert "../" not in text  # the contract stands alone: nothing outside the repository

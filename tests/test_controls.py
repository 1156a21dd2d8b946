"""Record text is data, never a command: controls, bidi controls and invisible text
in a record reach no output raw (issue 20, item 4).

The policy is `injunction._text`'s: the record keeps its text as written; every
output shows each control (C0 but tab and line feed, DEL, C1), bidi control,
line separator and lone surrogate as its escape (``\\x1b``, ``\\u202e``); JSON
spells each as a ``\\u`` escape, which reads back to the same text; text with
nothing visible (a lone zero-width space) is shown by its escapes.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any, Literal

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import injunction
from injunction import CaseFormatError, Claim, Merits
from injunction._cli import main
from injunction._text import INVISIBLE, blank, json_text, markup, printable, visible
from injunction._render.appeal import ruling
from injunction.testing import cases

from .conftest import ROOT
from .helpers import make_case

PARLER = ROOT / "injunction" / "examples" / "parler.toml"

# What no output may hold raw: C0 but the tab and line feed (legitimate in text that
# spans lines), DEL, C1, bidi controls, line and paragraph separators, lone surrogates.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")

PAYLOADS = [
    "\x1b]0;owned\x07",  # set the terminal's title
    "\x1b[2J\x1b[H",  # clear the screen
    "\x1b[31mred",  # recolour
    "\x9b31m",  # the C1 form of the same
    "Acme\u202e",  # a right-to-left override at the end of a name
    "\u2066\u202b\u200f\u061c",  # isolates and marks
    "\x00",  # NUL, as a JSON or TOML \u0000 escape gives it
    "a\rb",  # a carriage return overwrites the line
    "line\u2028break\x85",
    "%%{init: {'theme': 'dark', 'themeCSS': 'x{background:url(https://example.com)}'}}%%",
    '"]\n  click n0 href "https://example.com"',
    "`**markdown**` #quot; <b>&amp;</b>",
    "\u200b",  # nothing visible
    "\ud800",  # a lone surrogate: the API can hold one, a record cannot
]

hostile = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(st.characters(codec=None, categories=None, exclude_categories=()), min_size=1, max_size=12),
    st.lists(st.sampled_from(PAYLOADS + ["A", " ", "v.", "\u05d0"]), min_size=1, max_size=4).map("".join),
).filter(lambda text: bool(text.strip()))
# A name must show something (`blank`: a zero-width space alone is no name); other text may not.
hostile_names = hostile.filter(lambda text: not blank(text))


def assert_neutral(output: str) -> None:
    """No raw control or bidi character: only tabs and line feeds."""
    found = UNSAFE.search(output)
    assert found is None, f"raw {found[0]!r} at {found.start()}: {output[max(0, found.start() - 60) : found.start() + 20]!r}"


def hostile_case(case: injunction.Case, name: str, movant: str, claim: str, note: str) -> injunction.Case:
    """*case* with hostile text in the caption, the parties, a claim and a finding."""
    claims = (attrs.evolve(case.claims[0], name=claim, finding=note), *case.claims[1:])
    return attrs.evolve(
        case,
        case=attrs.evolve(case.case, name=name),
        motion=attrs.evolve(case.motion, movant=movant, opponent=name),
        claims=claims,
        irreparable_harm=attrs.evolve(case.irreparable_harm, finding=note),
    )


MERMAID_LINE = re.compile(
    r'flowchart LR|  n[0-9_]+\["[^"%{}`\n]*"\]:::(met|failed|open)|  n[0-9_]+ --> n[0-9_]+'
    r"|  style n[0-9_]+ stroke-width:3px|  classDef (met|failed|open) fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}"
)


@given(cases(max_claims=2), hostile_names, hostile_names, hostile_names, hostile)
@example(make_case(merits=Merits.NONE), "Parler LLC v. AWS", "Acme\u202e", "Contract", "\x1b[2J")
def test_no_output_holds_a_raw_control_or_bidi_character_and_the_library_s_words_stand(
    case: injunction.Case, name: str, movant: str, claim: str, note: str
) -> None:
    """Whatever text a case holds, every format shows it escaped, and the library's
    own words (the disposition, the diagram's syntax) come out as written."""
    decision = injunction.evaluate(hostile_case(case, name, movant, claim, note))
    # An appeal from a ruling on a TRO or preliminary injunction is affirmed or reversed (`_render.appeal`).
    word = (ruling(decision.case, decision.disposition) or decision.disposition.value).upper()
    text = injunction.render(decision, "text")
    markdown = injunction.render(decision, "markdown")
    html = injunction.render(decision, "html")
    for output in (text, markdown, html, injunction.render(decision, "json"), repr(decision)):
        assert_neutral(output)
    for form in ("svg", "dot", "mermaid"):
        assert_neutral(injunction.diagram(decision, form))
    if decision.disposition is not injunction.Disposition.UNDETERMINED:
        assert f"{word}." in " ".join(text.split()) and f"**{word}**" in markdown
        assert f'<strong class="{word.lower()}">{word}</strong>' in html
    # The record's words are isolated in HTML: no right-to-left run reaches the library's.
    assert html.count('<bdi class="record">') >= 3
    # Every line of the Mermaid chart is one of its own forms: a label begins no syntax.
    for line in injunction.diagram(decision, "mermaid").splitlines():
        assert MERMAID_LINE.fullmatch(line), line
    # JSON keeps the text exactly.
    assert json.loads(injunction.to_json(decision))["case"]["name"] == name


@given(hostile)
def test_printable_shows_every_character_and_is_idempotent(text: str) -> None:
    """Escaping loses nothing a reader needs (each escape names its character) and
    escaping twice changes nothing; JSON reads back exactly."""
    shown = printable(text)
    assert_neutral(shown)
    assert "\n" not in shown
    assert printable(shown) == shown
    assert printable(shown, lines=True) == shown
    assert markup(text) == markup(printable(text, lines=True))
    assert json.loads(json_text({"t": text}))["t"] == text
    assert_neutral(json_text({"t": text}))


def test_the_policy_in_examples() -> None:
    """What each kind of character becomes."""
    assert printable("Evil\x1b]0;owned\x07 Co.") == "Evil\\x1b]0;owned\\x07 Co."
    assert printable("Acme\u202e") == "Acme\\u202e"
    assert printable("one\ntwo\tthree\r\n") == "one\\ntwo\\tthree\\r\\n"
    assert printable("one\ntwo\tthree\r\n", lines=True) == "one\ntwo\tthree\n"  # a Windows line break shows as a line break
    assert printable("over\rwrite", lines=True) == "over\\rwrite"
    assert printable("\u200b") == "\\u200b" and printable(" \u2060 ") == " \\u2060 "
    # Legitimate text stays as written: accents, other scripts, joiners inside words, NBSP.
    for text in ("Caf\u00e9", "\u05d0\u05d1 v. \u0627\u0644", "\U0001f468\u200d\U0001f469", "U.S.C.\u00a0\u00a7 1983"):
        assert printable(text) == text and visible(text)
    assert not visible("\u3164") and not visible("\u0301")


# -- the reproductions of issue 20, item 4 ---------------------------------------------


def test_a_windows_line_break_in_record_text_reaches_no_page_raw() -> None:
    """A citation written with CRLF: the HTML and Markdown show a line break, never a raw carriage return."""
    case = injunction.load(PARLER)
    decision = injunction.evaluate(attrs.evolve(case, case=attrs.evolve(case.case, citation="514 F. Supp. 3d\r\n1261")))
    for page in (injunction.to_html(decision), injunction.to_markdown(decision), injunction.to_text(decision)):
        assert "\r" not in page and "1261" in page


def _parler_json() -> dict[str, Any]:
    case = injunction.load(PARLER)
    return injunction.to_record(case)


def test_an_escape_sequence_in_a_name_reaches_no_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    record = _parler_json()
    record["case"]["name"] = "Parler \x1b]0;owned\x07\x1b[2J v. AWS"
    record["claims"][0]["finding"] = "found \x9b31m red"
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(record))
    for fmt in ("text", "markdown", "html", "json"):
        assert main(["evaluate", str(path), "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert_neutral(out)
    assert main(["evaluate", str(path), "--format", "text"]) == 0
    assert "Parler \\x1b]0;owned\\x07\\x1b[2J v. AWS" in capsys.readouterr().out


def test_an_unknown_key_cannot_forge_validate_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A key holding line breaks and ESC stays on its problem's line: validate's
    lines are its own (a summary, a line per problem, the count)."""
    record = _parler_json()
    record["\x1b[1A\x1b[2K\ncontract.json: valid\n1 record checked: 1 valid, 0 invalid\n"] = 1
    path = tmp_path / "forged.json"
    path.write_text(json.dumps(record))
    assert main(["validate", str(path)]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{path}: 1 problem"
    assert lines[1].startswith(f"{path}: \\x1b[1A\\x1b[2K\\ncontract.json: valid\\n1 record checked")
    assert lines[1].endswith("unknown key; allowed: \"version\", \"case\", \"motion\", \"claims\", \"irreparable_harm\", "
                             "\"balance_of_hardships\", \"public_interest\", \"remedy_at_law\" or \"expected\"")  # a version 2 record
    assert lines[2:] == ["1 record checked: 0 valid, 1 invalid"]


def test_a_file_name_cannot_forge_validate_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.json\n1 record checked: 1 valid, 0 invalid\x1b[8m.json"
    path.write_text(json.dumps(_parler_json()))
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert_neutral(out)
    assert out.splitlines() == [f"{printable(str(path))}: valid", "1 record checked: 1 valid, 0 invalid"]


def test_a_right_to_left_override_cannot_reverse_the_disposition() -> None:
    """An RLO at the end of the movant's name would show "DENIED" as "DEINED":
    it is shown as an escape, and in HTML the name is isolated too."""
    record = _parler_json()
    record["motion"]["movant"] = "Parler LLC\u202e"
    decision = injunction.evaluate(injunction.from_record(record))
    text, html = injunction.render(decision, "text"), injunction.render(decision, "html")
    assert "Parler LLC\\u202e's motion for a preliminary injunction is DENIED." in " ".join(text.split())
    assert '<bdi class="record">Parler LLC\\u202e</bdi>' in html
    assert "\u202e" not in text + html
    assert decision.case.motion.movant == "Parler LLC\u202e"  # the record's text is kept


@pytest.mark.parametrize("text, format", [('"A\\u0000B"', "json"), ('"A\\u0000B"', "toml")])
def test_a_nul_escape_is_kept_as_data_and_shown_as_an_escape(text: str, format: Literal["json", "toml"]) -> None:
    record = injunction.dumps(injunction.load(PARLER), format=format)
    record = record.replace('"Parler LLC"', text, 1)
    case = injunction.loads(record, format=format)
    assert case.motion.movant == "A\x00B"
    shown = injunction.render(injunction.evaluate(case), "text")
    assert "A\\x00B" in shown and "\x00" not in shown


def test_a_claim_name_cannot_start_a_mermaid_directive() -> None:
    """``%%{init}%%`` in a claim name would restyle the chart and make the viewer
    fetch a URL: in a label, ``%``, braces and backticks are entity codes."""
    directive = "%%{init: {'themeCSS': 'svg{background:url(https://example.com/x)}'}}%%"
    case = make_case(merits=Merits.LIKELY, claims=(Claim(name=directive, merits=Merits.LIKELY),))
    chart = injunction.diagram(injunction.evaluate(case), "mermaid")
    assert "%" not in chart and "{" not in chart.partition("classDef")[0]
    assert "claim: #37;#37;#123;init: #123;'themeCSS': 'svg#123;background:url(https://example.com/x)#125;'#125;#125;#37;#37;" in chart


def test_a_finding_with_nothing_visible_is_shown_by_its_escapes() -> None:
    """A finding may be any text, and a lone word joiner and zero-width joiner show
    nothing a reader can see: they are shown as ``\\u2060\\u200d``. (A *name* of
    them alone is refused: tests/test_hostile.py, invisible names.)"""
    record = _parler_json()
    record["claims"][0]["finding"] = "\u2060\u200d"
    decision = injunction.evaluate(injunction.from_record(record))
    text = " ".join(injunction.render(decision, "text", "complete").split())
    assert "(conspiracy in restraint of trade): none. \\u2060\\u200d" in text


def test_problem_lines_are_one_line_each_whatever_the_value_holds() -> None:
    record = _parler_json()
    record["case"]["court"] = "wawd\n\x1b[2Jpretend: valid"
    record["motion"]["kind"] = "\u202epreliminary"
    with pytest.raises(CaseFormatError) as raised:
        injunction.from_record(record, source="evil\n.json")
    message = str(raised.value)
    assert_neutral(message)
    assert len(message.splitlines()) == 1 + len(raised.value.problems)
    assert all(line.startswith("evil\\n.json: ") for line in message.splitlines())
    assert raised.value.problems[0].value == "wawd\n\x1b[2Jpretend: valid"  # the data is kept


def test_a_json_record_file_holds_no_raw_control_or_bidi_character() -> None:
    """`dumps` writes them as \\u escapes, so `cat record.json` cannot drive the
    terminal, and the record reads back exactly as it was."""
    case = injunction.load(ROOT / "tests" / "cases" / "district" / "2021-parler-v-aws.json")
    hostile = attrs.evolve(case, case=attrs.evolve(case.case, name="Parler \x1b]0;owned\x07\u202e v. AWS\x85"))
    text = injunction.dumps(hostile, format="json")
    assert not any(c in text for c in "\x1b\x07\u202e\x85")
    assert injunction.loads(text, format="json") == hostile


# -- invisible names are not names (issue 20, item 4's last words) -------------------
#
# A case, party or claim name of white space and invisible characters alone (zero-width
# space, ZWNJ and ZWJ, word joiner, BOM, soft hyphen, the rest of Unicode's
# default-ignorable code points: `INVISIBLE`) names nothing: `Case` refuses it, the
# loader refuses it as it refuses an empty name, and so does the record schema
# (tests/test_schema.py holds the two in agreement on these characters).

INVISIBLE_NAMES = ["\u200b", "\u200c\u200d", "\u2060", "\ufeff", "\u00ad", " \u180e\u3164 ", "\ufe0f", "\U000e0041\U000e007f"]


def _code_points(ranges: tuple[tuple[int, int], ...]) -> set[int]:
    return {code for low, high in ranges for code in range(low, high + 1)}


def test_invisible_is_white_space_and_unicode_s_default_ignorable_code_points() -> None:
    """`INVISIBLE` is every character ``str.isspace()`` strips, the brief's characters,
    and nothing that shows: no letter, digit, punctuation mark or symbol but the
    fillers and the blank Braille pattern, which draw nothing."""
    import unicodedata

    invisible = _code_points(INVISIBLE)
    assert {code for code in range(0x110000) if chr(code).isspace()} <= invisible
    assert {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x034F, 0xFE0F, 0xE0001, 0xE0100} <= invisible
    shows = {code for code in invisible if unicodedata.category(chr(code))[0] in "LNPS"}
    assert shows == {0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800}
    assert all(blank(chr(code)) == (code in invisible) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)


@pytest.mark.skipif(shutil.which("perl") is None, reason="perl (Debian's perl-base) is not installed")
def test_invisible_holds_the_default_ignorable_code_points_as_perl_s_unicode_tables_do() -> None:
    """Python has no table of Default_Ignorable_Code_Point; Perl's regular
    expressions do (``\\p{Default_Ignorable_Code_Point}``): `INVISIBLE` holds
    exactly those, past white space and the blank Braille pattern."""
    script = (
        "for my $c (0..0x10FFFF) { next if $c >= 0xD800 && $c <= 0xDFFF;"
        " print qq($c\\n) if chr($c) =~ /\\p{Default_Ignorable_Code_Point}/ }"
    )
    done = subprocess.run(["perl", "-e", script], capture_output=True, text=True, timeout=120, check=True)
    ignorable = {int(line) for line in done.stdout.split()}
    white = {code for code in range(0x110000) if chr(code).isspace()}
    assert _code_points(INVISIBLE) - white - {0x2800} == ignorable


@pytest.mark.parametrize("name", INVISIBLE_NAMES, ids=ascii)
def test_a_name_of_invisible_characters_is_refused_as_an_empty_one_is(name: str) -> None:
    """By the loader (each name of a record, JSON or TOML) and by `Case` itself."""
    for path in (("case", "name"), ("motion", "movant"), ("motion", "opponent"), ("claims", 0, "name")):
        record = _parler_json()
        parent: Any = record
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = "PLACEHOLDER"
        toml = injunction.dumps(injunction.from_record(record), format="toml")
        parent[path[-1]] = name
        where = ".".join(str(step) for step in path).replace(".0.", "[0].")
        # TOML takes these characters raw in a basic string, as JSON does.
        texts: list[tuple[str, Literal["json", "toml"]]] = [
            (json.dumps(record), "json"),
            (toml.replace('"PLACEHOLDER"', json.dumps(name, ensure_ascii=False)), "toml"),
        ]
        for text, format in texts:
            with pytest.raises(CaseFormatError) as raised:
                injunction.loads(text, format=format)
            (problem,) = raised.value.problems
            assert (problem.path, problem.value, problem.allowed) == (where, name, {"form": "name", "max_length": 100_000})
            message = str(problem)
            assert message.startswith(f'{where}: got "') and "\\u" in message and "only invisible characters" in message
            assert not any(char in message for char in name if char != " ")  # shown by its escapes
    with pytest.raises(ValueError, match="must be a non-empty string"):
        Claim(name=name, merits=Merits.LIKELY)


def test_an_invisible_name_is_an_error_line_from_validate_and_evaluate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command line says which file, which name and what it holds, in escapes; exit 2."""
    record = _parler_json()
    record["claims"][0]["name"] = "\u200b"
    path = tmp_path / "invisible.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    out = capsys.readouterr().out
    assert f'{path}: claims[0].name: got "\\u200b"; holds only invisible characters; allowed: text that shows a character' in out
    assert "\u200b" not in out
    assert main(["evaluate", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and f'{path}: claims[0].name: got "\\u200b"' in captured.err


@pytest.mark.parametrize("name", ["Acme\u200bCorp", "\u00adAcme", "\U0001f468\u200d\U0001f469 Family", "Caf\u00e9\ufe0f", "\u2800x", "\u0301"], ids=ascii)
def test_a_name_with_something_besides_invisible_characters_is_a_name_kept_as_written(name: str) -> None:
    """An invisible character inside a name (a joiner in an emoji family, a soft
    hyphen) is the writer's business: the name is read exactly as written."""
    record = _parler_json()
    record["motion"]["movant"] = name
    assert injunction.loads(json.dumps(record), format="json").motion.movant == name

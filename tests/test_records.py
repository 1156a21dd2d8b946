"""Case records: JSON and TOML load to equal cases; bad records are refused with every problem named."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

import injunction
from injunction import CaseFormatError, Finding, Merits

from .conftest import ROOT

GOOD = {
    "version": 1,
    "case": {"name": "A v. B", "court": "cand"},
    "motion": {"kind": "preliminary_injunction", "relief": "prohibitory", "movant": "A", "opponent": "B"},
    "claims": [{"name": "Breach of contract", "merits": "likely"}],
}


def with_(**changes: object) -> str:
    record = json.loads(json.dumps(GOOD))
    for dotted, value in changes.items():
        *parents, key = dotted.split("__")
        target = record
        for parent in parents:
            target = target[int(parent)] if isinstance(target, list) else target[parent]
        target[key] = value
    return json.dumps(record)


def test_parler_in_toml_and_json_load_equal() -> None:
    """The example in TOML and the corpus record in JSON are the same case."""
    toml = injunction.example("parler")
    json_ = injunction.load(ROOT / "tests" / "cases" / "district" / "2021-parler-v-aws.json")
    assert toml == json_


def test_absent_findings_are_unknown() -> None:
    """A factor the record leaves out is unknown, never failed."""
    case = injunction.loads(json.dumps(GOOD), format="json")
    assert case.irreparable_harm.likelihood.is_unknown
    assert case.balance_of_hardships.tips.is_unknown
    assert case.public_interest.weighs.is_unknown
    assert case.irreparable_harm.very_serious is None


def test_bounds_load_as_intervals() -> None:
    """``{at_least, at_most}`` reads as an interval on the scale."""
    case = injunction.loads(with_(claims__0__merits={"at_least": "serious_questions", "at_most": "likely"}), format="json")
    assert case.claims[0].merits == Finding(Merits.SERIOUS_QUESTIONS, Merits.LIKELY)


def test_a_toml_date_and_an_iso_string_load_equal() -> None:
    """``decided`` may be a TOML date or an ISO string; both are the same date."""
    toml = """
version = 1
[case]
name = "A v. B"
court = "cand"
decided = 2021-01-21
[motion]
kind = "preliminary_injunction"
relief = "prohibitory"
movant = "A"
opponent = "B"
[[claims]]
name = "Breach of contract"
merits = "likely"
"""
    from_toml = injunction.loads(toml, format="toml")
    from_json = injunction.loads(with_(case__decided="2021-01-21"), format="json")
    assert from_toml == from_json


LEVELS = '"none", "serious_questions", "likely" or "clear", or {at_least, at_most}'
NAME = "text that shows a character, not only white space and invisible ones (zero-width spaces and joiners, soft hyphens, byte-order marks)"
BAD = [
    ("not-object", "[1, 2]", ["got [1, 2]; must be an object (a table in TOML)"]),
    ("empty", "   ", ["the file is empty; allowed: a case record (spec version 2)"]),
    ("syntax", '{"version": 1,,}', ["invalid JSON at line 1, column 15: Expecting property name enclosed in double quotes"]),
    ("duplicate-key", '{"version": 1, "version": 1}', ['duplicate key "version": a record may give each key once']),
    ("nan", '{"version": NaN}', ["NaN is not a JSON value; allowed: finite numbers"]),
    ("infinity", '{"version": -Infinity}', ["-Infinity is not a JSON value; allowed: finite numbers"]),
    ("version", with_(version=3), ["version: got 3; unsupported version; allowed: 1 or 2"]),
    ("version-bool", with_(version=True), ["version: got true; unsupported version; allowed: 1 or 2"]),
    ("version-string", with_(version="1"), ['version: got "1"; unsupported version; allowed: 1 or 2']),
    (
        "unknown-key",
        with_(motion__relif="prohibitory"),
        [
            'motion.relif: unknown key; allowed: "kind", "relief", "movant", "opponent" or '
            '"opponent_is_government"; did you mean "relief"?'
        ],
    ),
    ("level", with_(claims__0__merits="probable"), [f'claims[0].merits: got "probable"; allowed: {LEVELS}']),
    (
        "near-miss-level",
        with_(claims__0__merits="likley"),
        [f'claims[0].merits: got "likley"; allowed: {LEVELS}; did you mean "likely"?'],
    ),
    (
        "boolean-as-string",
        with_(motion__opponent_is_government="yes"),
        ['motion.opponent_is_government: got "yes"; must be a boolean; allowed: true or false; write true or false without quotes'],
    ),
    ("integer-as-string", with_(motion__movant=7), ["motion.movant: got 7; must be a string; quote it"]),
    ("blank-string", with_(motion__movant="  "), [f'motion.movant: got "  "; must not be empty; allowed: {NAME}']),
    # A name of invisible characters alone is no name: refused as an empty one is, the value shown by its escapes.
    ("zero-width-name", with_(claims__0__name="\u200b"), [f'claims[0].name: got "\\u200b"; holds only invisible characters; allowed: {NAME}']),
    (
        "invisible-party",
        with_(motion__opponent="\u200c\u200d\u2060\ufeff\u00ad \U000e0041"),
        [f'motion.opponent: got "\\u200c\\u200d\\u2060\\ufeff\\u00ad \\udb40\\udc41"; holds only invisible characters; allowed: {NAME}'],
    ),
    ("invisible-case-name", with_(case__name="\u180e\ufe0f\u3164"), [f'case.name: got "\\u180e\\ufe0f\\u3164"; holds only invisible characters; allowed: {NAME}']),
    (
        "inverted-bound",
        with_(claims__0__merits={"at_least": "likely", "at_most": "none"}),
        [
            'claims[0].merits: got {"at_least": "likely", "at_most": "none"}; at_least lies above at_most; '
            "allowed: at_least <= at_most on the scale none < serious_questions < likely < clear"
        ],
    ),
    ("empty-bound", with_(claims__0__merits={}), [f"claims[0].merits: got {{}}; a bound needs at_least, at_most or both; allowed: {LEVELS}"]),
    ("bound-key", with_(claims__0__merits={"at_leest": "likely"}), ['claims[0].merits.at_leest: unknown key; allowed: "at_least" or "at_most"; did you mean "at_least"?']),
    ("no-claims", with_(claims=[]), ["claims: got []; needs at least one claim"]),
    ("claims-object", with_(claims={"name": "X"}), ['claims: got {"name": "X"}; must be a list of claims']),
    ("missing", json.dumps({"version": 1}), ["case: missing required key", "motion: missing required key", "claims: missing required key"]),
    ("date", with_(case__decided="21 January 2021"), ['case.decided: got "21 January 2021"; must be a date; allowed: an ISO date "YYYY-MM-DD"']),
    ("impossible-date", with_(case__decided="2021-02-30"), ['case.decided: got "2021-02-30"; must be a date; allowed: an ISO date "YYYY-MM-DD"']),
    (
        "court",
        with_(case__court="ca5"),
        [
            'case.court: got "ca5"; not a court whose law this library encodes (the Ninth, Second and Federal Circuits, '
            "and the Supreme Court's own applications); "
            'allowed: "ca9", "akd", "azd", "cacd", "caed", "cand", "casd", "gud", "hid", "idd", "mtd", '
            '"nmid", "nvd", "ord", "waed", "wawd", "ca2", "ctd", "nyed", "nynd", "nysd", "nywd", "vtd", "cafc" or "scotus"; '
            "5th Cir. (ca5) is the Fifth Circuit's court of appeals, whose standard is not encoded"
        ],
    ),
    (
        "expected",
        with_(expected={"disposition": "won", "grounds": ["merit"]}),
        [
            'expected.disposition: got "won"; allowed: "granted" or "denied"',
            'expected.grounds[0]: got "merit"; allowed: "merits", "irreparable_harm", "balance_of_hardships" '
            'or "public_interest"; did you mean "merits"?',
        ],
    ),
    ("deep-nesting", "[" * 100_000, ["nested too deeply to be a case record"]),
    ("huge-integer", '{"version": ' + "9" * 5000 + "}", ["invalid JSON: a number too long to read"]),
    ("huge-string", with_(claims__0__finding="x" * 100_001), ["claims[0].finding: got " + json.dumps("x" * 100_001)[:77] + "...; is 100,001 characters long; allowed: at most 100,000"]),
    ("nul", '{"version": 1}\x00', ["binary data, not text: a NUL character"]),
]


@pytest.mark.parametrize(("text", "problems"), [(text, problems) for _, text, problems in BAD], ids=[i for i, _, _ in BAD])
def test_bad_records_are_refused_with_every_problem(text: str, problems: list[str]) -> None:
    """Nothing is guessed or coerced: each problem names its path, the value and what is allowed."""
    with pytest.raises(CaseFormatError) as info:
        injunction.loads(text, format="json", source="bad.json")
    assert [str(p) for p in info.value.problems] == problems
    lines = str(info.value).splitlines()
    assert lines[0] == f"bad.json: {len(problems)} problem{'s' if len(problems) > 1 else ''}"
    assert lines[1:] == [f"bad.json: {problem}" for problem in problems]


def test_every_problem_in_a_record_is_reported_at_once() -> None:
    """Three mistakes in three places: three problems, not the first."""
    text = with_(motion__kind="preliminary", claims__0__merits="probable", version=3)
    with pytest.raises(CaseFormatError) as info:
        injunction.loads(text, format="json")
    assert [p.path for p in info.value.problems] == ["version", "motion.kind", "claims[0].merits"]


def test_case_format_error_is_a_value_error_with_data() -> None:
    """`CaseFormatError` is an `InjunctionError` and a `ValueError`; its problems are data."""
    with pytest.raises(ValueError) as info:
        injunction.loads(with_(claims__0__merits="probable"), format="json")
    error = info.value
    assert isinstance(error, injunction.InjunctionError)
    assert isinstance(error, CaseFormatError)
    problem = error.problems[0]
    assert (problem.path, problem.value, problem.has_value) == ("claims[0].merits", "probable", True)


def test_what_is_allowed_is_data_an_interview_can_offer() -> None:
    """`Problem.allowed` lists the allowed values, or describes the form (a
    level or a bound on the scale): data for a program, worded only by
    ``str(problem)``."""
    with pytest.raises(CaseFormatError) as info:
        injunction.loads(
            with_(claims__0__merits="probable", motion__opponent_is_government="no", case__court="cand!", version=3),
            format="json",
        )
    allowed = {p.path: p.allowed for p in info.value.problems}
    assert allowed["version"] == (1, 2)
    assert allowed["case.court"] == tuple(injunction.COURTS)
    assert allowed["motion.opponent_is_government"] == (True, False)
    assert allowed["claims[0].merits"] == {
        "form": "level_or_bound",
        "levels": ("none", "serious_questions", "likely", "clear"),
        "bound": ("at_least", "at_most"),
    }
    merits = next(p for p in info.value.problems if p.path == "claims[0].merits")
    assert len(set(info.value.problems)) == 4  # problems are values: hashable, as before
    assert str(merits) == f'claims[0].merits: got "probable"; allowed: {LEVELS}'
    assert json.loads(json.dumps(merits.to_dict()))["allowed"] == {
        "form": "level_or_bound",
        "levels": ["none", "serious_questions", "likely", "clear"],
        "bound": ["at_least", "at_most"],
    }


def test_an_inverted_bound_is_allowed_as_an_ordered_bound_on_the_scale() -> None:
    """``{at_least: likely, at_most: none}``: allowed is the ordered-bound form, the levels lowest first."""
    with pytest.raises(CaseFormatError) as info:
        injunction.loads(with_(claims__0__merits={"at_least": "likely", "at_most": "none"}), format="json")
    (problem,) = info.value.problems
    assert problem.to_dict()["allowed"] == {
        "form": "ordered_bound",
        "levels": ["none", "serious_questions", "likely", "clear"],
        "bound": ["at_least", "at_most"],
    }


@pytest.mark.parametrize(("text", "problems"), [(text, problems) for _, text, problems in BAD], ids=[i for i, _, _ in BAD])
def test_every_problem_s_allowed_is_data_never_prose(text: str, problems: list[str]) -> None:
    """Whatever the problem, *allowed* is None, a tuple of values, or a form; its JSON round-trips."""
    with pytest.raises(CaseFormatError) as info:
        injunction.loads(text, format="json")
    for problem in info.value.problems:
        assert problem.allowed is None or isinstance(problem.allowed, (tuple, Mapping))
        if isinstance(problem.allowed, Mapping):
            assert problem.allowed["form"] in {"level_or_bound", "ordered_bound", "date", "string", "name", "number", "file", "record"}
        data = problem.to_dict()
        assert json.loads(json.dumps(data)) == data


def test_prose_is_not_a_valid_allowed() -> None:
    """A `Problem` built by hand with a sentence for *allowed* is refused, naming the forms."""
    with pytest.raises(TypeError, match="must be a tuple of the allowed values or a mapping with a 'form'"):
        injunction.Problem("x", "", allowed="anything at all")


def test_toml_errors_give_line_and_column() -> None:
    """A TOML syntax error names where it is."""
    with pytest.raises(CaseFormatError) as info:
        injunction.loads("version = 1\nx = = 2\n", format="toml", source="bad.toml")
    assert str(info.value) == "bad.toml: 1 problem\nbad.toml: invalid TOML: Invalid value (at line 2, column 5)"


def test_toml_datetime_where_a_date_belongs() -> None:
    """A TOML date-time is not a date; the value is shown as written."""
    text = "version = 1\ncase = { name = 'A', court = 'cand', decided = 2021-01-21T10:00:00 }\n"  # noqa: E501
    with pytest.raises(CaseFormatError) as info:
        injunction.loads(text, format="toml")
    assert 'case.decided: got 2021-01-21T10:00:00; must be a date; allowed: an ISO date "YYYY-MM-DD"; write the date alone, without a time' in [
        str(p) for p in info.value.problems
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("record.yaml", b"version: 1", "cannot tell the format from the file name; allowed: a .json or .toml file"),
        ("latin1.json", '{"version": 1, "x": "é"}'.encode("latin-1"), "not UTF-8 text: byte 0xe9 at line 1, column 22; save the file as UTF-8"),
        ("binary.toml", b"version = 1\n\x00\x01\x02", "binary data, not text: a NUL byte at line 2, column 1"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    """Files that cannot be a record say why, naming the file."""
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CaseFormatError) as info:
        injunction.load(path)
    assert str(info.value) == f"{path}: 1 problem\n{path}: {message}"


def test_missing_file(tmp_path: Path) -> None:
    """A missing file is a `CaseFormatError` naming it, not a bare OSError."""
    path = tmp_path / "nowhere.json"
    with pytest.raises(CaseFormatError, match="cannot read the file: No such file or directory"):
        injunction.load(path)


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """The cap is configurable; the message says how to raise it."""
    path = tmp_path / "big.json"
    path.write_text(with_(claims__0__finding="x" * 5000))
    with pytest.raises(CaseFormatError) as info:
        injunction.load(path, max_bytes=1000)
    assert str(info.value.problems[0]) == (
        "the file is larger than 1,000 bytes; allowed: a case record of a few KiB; "
        "raise the limit with max_bytes= (or --max-bytes) if the record is genuine"
    )
    assert injunction.load(path, max_bytes=10_000).claims[0].finding == "x" * 5000


def test_a_byte_order_mark_is_not_an_error(tmp_path: Path) -> None:
    """Editors that write a UTF-8 byte-order mark produce readable records."""
    path = tmp_path / "bom.json"
    path.write_bytes("\ufeff".encode() + json.dumps(GOOD).encode())
    assert injunction.load(path) == injunction.loads(json.dumps(GOOD), format="json")


def test_version_one_as_a_json_number() -> None:
    """JSON has one number type: 1.0 is the version 1 (as JSON Schema agrees)."""
    assert injunction.loads(with_(version=1.0), format="json") == injunction.loads(json.dumps(GOOD), format="json")


def test_a_directory_is_not_a_record(tmp_path: Path) -> None:
    """Reading a directory is a clear problem, not an OSError."""
    folder = tmp_path / "record.json"
    folder.mkdir()
    with pytest.raises(CaseFormatError, match="cannot read the file: Is a directory"):
        injunction.load(folder)


def test_a_lone_surrogate_is_not_text() -> None:
    """A JSON escape for half a UTF-16 pair is refused; the message still prints."""
    text = with_(motion__movant="\ud800")
    with pytest.raises(CaseFormatError) as info:
        injunction.loads(text, format="json")
    assert [p.path for p in info.value.problems] == ["motion.movant"]
    str(info.value).encode("utf-8")


def test_a_near_miss_court_id_gets_a_suggestion() -> None:
    """A typo for a supported court is suggested; another circuit's id is not "corrected"."""
    with pytest.raises(CaseFormatError) as info:
        injunction.loads(with_(case__court="wawa"), format="json")
    assert info.value.problems[0].hint == '"wawa" is not a court id CourtListener knows; did you mean "wawd"?'


@pytest.mark.parametrize("bad", [["likely"], {"x": 1}, 3, None, True])
def test_a_bound_of_the_wrong_type_is_a_problem_not_a_crash(bad: object) -> None:
    """Found by the schema/loader agreement test: a list inside a bound once raised TypeError."""
    record = json.loads(injunction.dumps(injunction.example("parler")))
    record["claims"][0]["merits"] = {"at_least": bad}
    with pytest.raises(injunction.CaseFormatError, match=r"claims\[0\]\.merits\.at_least: got"):
        injunction.loads(json.dumps(record), format="json")

"""The JSON Schemas agree with the loader and with `Decision.to_dict`, checked with `jsonschema`."""

from __future__ import annotations

import copy
import json
import os
import random
import re
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any, Literal

import jsonschema
import pytest
import regress
from hypothesis import example, given
from hypothesis import strategies as st

import injunction
from injunction import CaseFormatError
from injunction._records import read as _records
from injunction._text import INVISIBLE, blank
from injunction._cli import main
from injunction.testing import case_records, cases

from .conftest import CASES
from .test_records import BAD, with_

RECORD = jsonschema.Draft202012Validator(injunction.schema("record"), format_checker=jsonschema.FormatChecker())
DECISION = jsonschema.Draft202012Validator(injunction.schema("decision"))

# Each end of each range of invisible characters, and the characters just
# outside it: zero-width space, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, the
# Mongolian vowel separator, variation selectors, tags (past the BMP), ...
INVISIBLE_SAMPLES = sorted(
    {chr(code) for low, high in INVISIBLE for code in (low - 1, low, high, high + 1) if not 0xD800 <= code <= 0xDFFF}
)


def loader_accepts(record: Any) -> bool:
    try:
        injunction.loads(json.dumps(record), format="json")
    except CaseFormatError:
        return False
    return True


@pytest.mark.parametrize("name", ["record", "decision"])
def test_the_schemas_are_valid_draft_2020_12(name: Literal["record", "decision"]) -> None:
    """Each schema is itself a valid JSON Schema of draft 2020-12."""
    jsonschema.Draft202012Validator.check_schema(injunction.schema(name))
    assert injunction.schema(name)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_corpus_record_and_its_decision_validate(path: Any) -> None:
    """The shared records are valid records, and their decisions valid output."""
    record = json.loads(path.read_text())
    RECORD.validate(record)
    DECISION.validate(injunction.evaluate(injunction.load(path)).to_dict())




def _refuse(name: str) -> Any:
    raise ValueError(name)


def _parses_as_json(text: str) -> bool:
    """Whether *text* is a JSON document (NaN and Infinity are not)."""
    try:
        json.loads(text, parse_constant=_refuse)
    except (ValueError, RecursionError):
        return False
    return True


@pytest.mark.parametrize(
    "text", [text for _, text, _ in BAD if _parses_as_json(text)], ids=[n for n, t, _ in BAD if _parses_as_json(t)]
)
def test_every_invalid_record_is_rejected_by_both(text: str) -> None:
    """A record the loader refuses, the schema refuses too."""
    assert not loader_accepts(json.loads(text))
    assert not RECORD.is_valid(json.loads(text))


def test_what_the_schema_cannot_see_the_loader_refuses() -> None:
    """Duplicate keys and NaN never reach a validator: the parser refuses them."""
    for text in ('{"version": 1, "version": 1}', '{"version": NaN}'):
        with pytest.raises(CaseFormatError):
            injunction.loads(text, format="json")


@given(cases())
def test_every_decision_validates(case: injunction.Case) -> None:
    """`to_dict()` always matches the decision schema."""
    DECISION.validate(injunction.evaluate(case).to_dict())


@given(case_records())
def test_generated_records_are_valid_for_both(record: dict[str, Any]) -> None:
    """Every record the strategy generates passes the schema and the loader."""
    assert RECORD.is_valid(record)
    assert loader_accepts(record)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8)
    | st.sampled_from(["likely", "none", "favors", "cand", "ca2", "2021-01-21", "2021-02-30", " ", "\ud800", "preliminary_injunction"])
    # record format 2's words, and a circuit whose law is not encoded
    | st.sampled_from(["sharply_favors", "against", "lanham_act", "parties", "beyond_parties", "statute", "grant", "ca9", "cafc"])
    # invisible text, which no name may be alone (zero-width space, BOM, soft hyphen, tags...), and beside a letter
    | st.lists(st.sampled_from(INVISIBLE_SAMPLES), min_size=1, max_size=3).map("".join)
    | st.sampled_from(["\u200b", "\u200c\u200d", "\u2060\ufeff\u00ad", "\U000e0041", "\u200bA", "\u2800", "\u0301"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from(["at_least", "at_most", "name", "x"]), children, max_size=3),
    max_leaves=6,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*path, index))
    return found


@st.composite
def mutated_records(draw: st.DrawFn) -> dict[str, Any]:
    """A valid record with one change somewhere: a value replaced, a key deleted
    or added, or the version set to 1 (a version 2 record read as version 1:
    refused where it uses version 2, and read with version 1's meaning where not)."""
    record = copy.deepcopy(draw(case_records(max_claims=2)))
    path = draw(st.sampled_from(_paths(record)[1:]))
    parent = record
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    action = draw(st.sampled_from(["replace", "delete", "add", "version 1"]))
    if action == "version 1":
        record["version"] = 1
    elif action == "replace":
        parent[last] = draw(json_values)
    elif action == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        keys = ["finding", "merits", "tips", "extra", "relif", "constitutional", "first_amendment", "arises_under", "reach", "causal_nexus", "governing_law", "remedy_at_law", "adequate"]
        parent[draw(st.sampled_from(keys))] = draw(json_values)
    return record


def _named(**names: str) -> dict[str, Any]:
    """The corpus's first record with the names given (``motion__movant="..."``)."""
    record: dict[str, Any] = json.loads(CASES[0].read_text())
    for dotted, name in names.items():
        *parents, key = dotted.split("__")
        target: Any = record
        for parent in parents:
            target = target[int(parent)] if parent.isdigit() else target[parent]
        target[key] = name
    return record


@given(mutated_records())
@example(_named(claims__0__name="\u200b"))  # a zero-width space
@example(_named(motion__movant="\u200c\u200d\u2060"))  # joiners
@example(_named(motion__opponent="\ufeff\u00ad \t"))  # a BOM, a soft hyphen, white space
@example(_named(case__name="\U000e0049\U000e0041\U000e007f"))  # tags, past the BMP
@example(_named(case__name="\U000e0049A"))  # a tag and a letter: a name
@example(_named(claims__0__name="\u0301"))  # a combining accent alone: not invisible, though it shows little
def test_the_schema_and_the_loader_agree(record: dict[str, Any]) -> None:
    """On valid and invalid records alike, the schema accepts exactly what the loader accepts."""
    assert RECORD.is_valid(record) == loader_accepts(record), list(RECORD.iter_errors(record))[:1]


@given(st.one_of(case_records(max_claims=3), mutated_records()))
@example(_named(claims__0__name="\u200b"))
@example(_named(case__name="\U000e0049\U000e0041\U000e007f"))
def test_the_fast_path_reads_as_the_reader_does(record: dict[str, Any]) -> None:
    """`loads` reads a well-formed record straight through (`_fast_case`) and
    leaves anything else to the reader that finds and names every problem:
    whatever the fast path accepts, the reader accepts, as the same case."""
    slow = _records._Reader(surrogates=False).case(record)  # noqa: SLF001 - the two readers, side by side
    try:
        fast = _records._fast_case(record)  # noqa: SLF001
    except _records._Unusual:  # noqa: SLF001
        return
    assert fast == slow


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_the_fast_path_reads_every_corpus_record(path: Any) -> None:
    """Real records are the common case: the fast path reads each one itself."""
    assert _records._fast_case(json.loads(path.read_text())) == injunction.load(path)  # noqa: SLF001


@pytest.mark.parametrize("name", ["record", "decision"])
def test_schema_command_prints_the_schema(name: Literal["record", "decision"], capsys: pytest.CaptureFixture[str]) -> None:
    """``injunction schema record|decision`` prints what `injunction.schema()` returns."""
    assert main(["schema", name]) == 0
    assert json.loads(capsys.readouterr().out) == injunction.schema(name)



# --- The patterns under every regex engine ---------------------------------
#
# A schema's patterns run under whichever engine its user has: ECMAScript
# (ajv in node, with the u flag by default or without it; check-jsonschema's
# default, regress with the u flag) or Python's re. Each must compile in all
# of them and mean what the loader means: text without a lone surrogate, and
# for a required string, something besides white space.


def _patterns(schema: Any) -> Iterator[dict[str, Any]]:
    """Every subschema of *schema* that has a pattern."""
    if isinstance(schema, dict):
        if "pattern" in schema:
            yield schema
        for value in schema.values():
            yield from _patterns(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _patterns(value)


PATTERNED = list({s["pattern"]: s for name in ("record", "decision") for s in _patterns(injunction.schema(name))}.values())
SURROGATE = re.compile("[\ud800-\udfff]")
DATE = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")
FINGERPRINT = re.compile("sha256:[0-9a-f]{64}")  # a receipt's, as `Decision.from_dict` reads it


def loader_reads(subschema: dict[str, Any], text: str) -> bool:
    """Whether the loader accepts *text* where *subschema* stands: the meaning each engine must give it."""
    if subschema.get("format") == "date":
        return DATE.fullmatch(text) is not None
    if subschema["pattern"].startswith("^sha256:"):
        return FINGERPRINT.fullmatch(text) is not None
    required = subschema["pattern"].startswith("^(?!")
    return SURROGATE.search(text) is None and not (required and blank(text))


def _samples() -> list[str]:
    """Strings that tell the engines apart: white space of every kind, lone and
    paired surrogates, characters outside the BMP, dates with a newline, and
    invisible characters, alone, together and beside the characters around
    them (`INVISIBLE_SAMPLES`)."""
    fixed = [
        "", " ", "a", " a ", "\x1c", "\x85", "\u3000", "\ufeff", "\u180e", "\u200b", "x\n", "\n", "\t\r\n",
        *INVISIBLE_SAMPLES, "".join(INVISIBLE_SAMPLES[:20]), " \u200b\u200c\u200d\u2060\ufeff\u00ad ", "\u200ba",
        "\U000e0041\U000e0042", "\U000e0041x", "\U000e1000", "\U000dfffe", "\U0001bc9f", "\U0001bca4", "\U0001d172",
        "Caf\u00e9 \U0001f600 v. B", "\U0001f600", "\ud800", "a\udc00", "\ud83d", "\ude00\ud83d", "\ud800\ud800",
        "2021-01-21", "2021-01-21\n", "\n2021-01-21", "2021-1-21", "\uff12021-01-21",
        "sha256:" + "0f" * 32, "sha256:" + "0f" * 32 + "\n", "sha256:" + "0F" * 32, "sha256:" + "0f" * 31,
    ]
    alphabet = [" ", "\t", "\n", "\x1f", "\x85", "\xa0", "\u2028", "\ufeff", "a", "\u00e9", "\U0001f600", "\ud800", "\udfff", "1", "-"]
    alphabet += ["\u200b", "\u00ad", "\U000e0001", "\U0001d173", "\u2800", "\u0301"]
    rng = random.Random(14)
    drawn = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(6))) for _ in range(400)]
    # Each as a JSON document holds it: a parser joins a high and a low
    # surrogate escape into one character, so no JSON text gives Python the two.
    return [json.loads(json.dumps(text)) for text in fixed + drawn]


SAMPLES = _samples()


def test_the_patterns_are_the_ones_this_test_knows() -> None:
    """Four patterns: a date, text, required text and a receipt's fingerprint (a new one needs its meaning here)."""
    assert len(PATTERNED) == 4
    assert all("\\u" in s["pattern"] or s.get("format") == "date" or "sha256" in s["pattern"] for s in PATTERNED)
    assert not any(SURROGATE.search(s["pattern"]) for s in PATTERNED), "a raw surrogate: UTF-8 engines cannot read it"


@given(st.text(st.characters(codec=None, categories=None, exclude_categories=()), max_size=12) | st.sampled_from(SAMPLES))
def test_under_python_re_each_pattern_means_what_the_loader_reads(text: str) -> None:
    """jsonschema (Python's re): a string matches exactly when the loader reads it
    (the string as a JSON document holds it, as in `_samples`)."""
    text = json.loads(json.dumps(text))
    for subschema in PATTERNED:
        matched = re.search(subschema["pattern"], text) is not None and len(text) <= subschema["maxLength"]
        assert matched == loader_reads(subschema, text), (subschema["pattern"], text)


@pytest.mark.parametrize("flags", ["u", ""], ids=["u-flag", "no-u-flag"])
def test_under_regress_as_check_jsonschema_uses_it_each_pattern_means_the_same(flags: str) -> None:
    """check-jsonschema's default mode compiles patterns with regress and the u
    flag (``--regex-variant nonunicode``: without it). Regress reads UTF-8, so
    strings with a lone surrogate cannot reach it."""
    for subschema in PATTERNED:
        pattern = regress.Regex(subschema["pattern"], flags=flags)
        for text in SAMPLES:
            if SURROGATE.search(text) is None:
                matched = pattern.find(text) is not None and len(text) <= subschema["maxLength"]
                assert matched == loader_reads(subschema, text), (subschema["pattern"], text)


_NODE = """
const {patterns, samples} = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = {};
for (const flags of ["u", ""]) {
  out[flags] = patterns.map((p) => {
    try { const r = new RegExp(p, flags); return samples.map((s) => r.test(s)); }
    catch (e) { return String(e); }
  });
}
process.stdout.write(JSON.stringify(out));
"""


@pytest.mark.skipif(
    shutil.which("node") is None and not os.environ.get("INJUNCTION_REQUIRE_NODE"),
    reason="node is not installed (apt-get install nodejs); .ci/run installs it and makes its absence a failure",
)
def test_under_ecmascript_in_node_as_ajv_compiles_them_each_pattern_means_the_same() -> None:
    """ajv compiles a pattern as ``new RegExp(pattern, "u")`` (its default) or,
    with ``unicodeRegExp: false``, without the u flag, when strings are UTF-16
    code units and a character outside the BMP is a surrogate pair. Node's
    RegExp is that engine; JSON carries the lone surrogates to it."""
    payload = json.dumps({"patterns": [s["pattern"] for s in PATTERNED], "samples": SAMPLES})
    done = subprocess.run(["node", "-e", _NODE], input=payload, capture_output=True, text=True, timeout=60, check=True)
    results = json.loads(done.stdout)
    for flags in ("u", ""):
        for subschema, matches in zip(PATTERNED, results[flags], strict=True):
            assert isinstance(matches, list), f"{subschema['pattern']} does not compile with flags {flags!r}: {matches}"
            for text, matched in zip(SAMPLES, matches, strict=True):
                within = len(text) <= subschema["maxLength"]  # ajv counts code points, as len() does; all short here
                assert (matched and within) == loader_reads(subschema, text), (flags, subschema["pattern"], text)


def test_a_date_with_a_trailing_newline_is_refused_by_schema_and_loader() -> None:
    """Python's ``$`` matches before a final newline; the schema's maxLength refuses it anyway."""
    text = with_(case__decided="2021-01-21\n")
    assert not loader_accepts(json.loads(text))
    assert not jsonschema.Draft202012Validator(injunction.schema("record")).is_valid(json.loads(text))

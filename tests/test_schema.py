"""The JSON Schemas agree with the loader and with `Decision.to_dict`, checked with `jsonschema`."""

from __future__ import annotations

import copy
import json
from typing import Any, Literal

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import injunction
from injunction import CaseFormatError, _records
from injunction._cli import main
from injunction.testing import case_records, cases

from .conftest import CASES
from .test_records import BAD

RECORD = jsonschema.Draft202012Validator(injunction.schema("record"), format_checker=jsonschema.FormatChecker())
DECISION = jsonschema.Draft202012Validator(injunction.schema("decision"))


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
    | st.sampled_from(["likely", "none", "favors", "cand", "ca2", "2021-01-21", "2021-02-30", " ", "\ud800", "preliminary_injunction"]),
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
    """A valid record with one change somewhere: a value replaced, a key deleted or added."""
    record = copy.deepcopy(draw(case_records(max_claims=2)))
    path = draw(st.sampled_from(_paths(record)[1:]))
    parent = record
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    action = draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "replace":
        parent[last] = draw(json_values)
    elif action == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent[draw(st.sampled_from(["finding", "merits", "tips", "extra", "relif"]))] = draw(json_values)
    return record


@given(mutated_records())
def test_the_schema_and_the_loader_agree(record: dict[str, Any]) -> None:
    """On valid and invalid records alike, the schema accepts exactly what the loader accepts."""
    assert RECORD.is_valid(record) == loader_accepts(record), list(RECORD.iter_errors(record))[:1]


@given(st.one_of(case_records(max_claims=3), mutated_records()))
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

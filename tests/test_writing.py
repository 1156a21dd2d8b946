"""Writing records: `dumps` and `dump` write what `loads` and `load` read back, equal."""

from __future__ import annotations

import datetime
import json
import tomllib
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import injunction
from injunction import Case, Harm, IrreparableHarm
from injunction.testing import cases

from .conftest import CASES, ROOT
from .test_schema import RECORD


@given(cases())
def test_json_round_trip(case: Case) -> None:
    """``loads(dumps(c)) == c`` in JSON, for every generated case."""
    assert injunction.loads(injunction.dumps(case, format="json"), format="json") == case


@given(cases())
def test_toml_round_trip(case: Case) -> None:
    """``loads(dumps(c)) == c`` in TOML, for every generated case."""
    assert injunction.loads(injunction.dumps(case, format="toml"), format="toml") == case


# How version 2 writes each version 1 public interest (docs/record-format.md, "Versions"):
# each level the set it covers, each end of a bound the outer end of its set.
V1_PUBLIC_INTEREST_AS_VERSION_2: dict[str, object] = {
    '"against"': {"at_most": "against"},
    '"neutral"': "neutral",
    '"favors"': {"at_least": "favors"},
    '{"at_most": "against"}': {"at_most": "against"},
    '{"at_most": "neutral"}': {"at_most": "neutral"},
    '{"at_least": "neutral"}': {"at_least": "neutral"},
    '{"at_least": "favors"}': {"at_least": "favors"},
    '{"at_least": "against", "at_most": "neutral"}': {"at_most": "neutral"},
    '{"at_least": "neutral", "at_most": "favors"}': {"at_least": "neutral"},
}


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_corpus_records_write_back_as_they_were_read(path: Path) -> None:
    """A corpus record (version 1, or version 2 for the circuits of issue 18)
    written as JSON is the record we read, as version 2 writes it: same keys,
    same values, with defaults written the one way (``opponent_is_government``
    always, ``constitutional: false`` and ``determinable: true`` never), and a
    version 1 public interest as the bound its level stands for on five levels."""
    written = json.loads(injunction.dumps(injunction.load(path)))
    original = json.loads(path.read_text())
    version = original["version"]
    assert version in (1, 2)
    original["version"] = 2
    public = original.get("public_interest", {})
    if version == 1 and "weighs" in public:
        public["weighs"] = V1_PUBLIC_INTEREST_AS_VERSION_2[json.dumps(public["weighs"], sort_keys=True)]
    original["version"] = 2
    original["motion"].setdefault("opponent_is_government", False)
    for claim in original["claims"]:
        if claim.get("constitutional") is False:
            del claim["constitutional"]
    if original.get("expected", {}).get("determinable") is True:
        del original["expected"]["determinable"]
    assert written == original


def test_a_notebook_user_saves_a_changed_finding(tmp_path: Path) -> None:
    """Change a finding with `attrs.evolve`, save it, load it: the change is kept."""
    case = injunction.example("parler")
    changed = attrs.evolve(case, irreparable_harm=IrreparableHarm(likelihood=Harm.LIKELY, very_serious=True))
    for name in ("changed.toml", "changed.json"):
        injunction.dump(changed, tmp_path / name)
        assert injunction.load(tmp_path / name) == changed


def test_decided_is_written_as_a_string_in_toml_and_json() -> None:
    """``decided`` is an ISO string in both formats, so that a written TOML
    file validates against the published schema whatever TOML parser reads
    it (a TOML date would reach a validator as a date object, or as text
    with a time in some parsers)."""
    case = injunction.example("parler")
    assert case.case.decided == datetime.date(2021, 1, 21)
    assert 'decided = "2021-01-21"\n' in injunction.dumps(case, format="toml")
    assert '"decided": "2021-01-21"' in injunction.dumps(case, format="json")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_a_written_toml_record_validates_against_the_schema(path: Path) -> None:
    """What `dumps` writes in TOML, parsed by the standard library, is a valid record by the schema."""
    record = tomllib.loads(injunction.dumps(injunction.load(path), format="toml"))
    RECORD.validate(record)


def test_a_toml_date_written_by_hand_still_loads() -> None:
    """Version 1 records in the wild write ``decided = 2021-01-21`` (a TOML date): still read, as the same case."""
    case = injunction.example("parler")
    text = injunction.dumps(case, format="toml").replace('decided = "2021-01-21"', "decided = 2021-01-21")
    assert "decided = 2021-01-21\n" in text
    assert injunction.loads(text, format="toml") == case


def test_dump_needs_a_known_format(tmp_path: Path) -> None:
    """A path without .json or .toml needs format=."""
    case = injunction.example("parler")
    with pytest.raises(ValueError, match="cannot tell the format from"):
        injunction.dump(case, tmp_path / "case.yaml")
    injunction.dump(case, tmp_path / "case.txt", format="json")
    assert injunction.load(tmp_path / "case.txt", format="json") == case

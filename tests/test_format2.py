"""Record format 2: the public interest on five levels, the new fields, version 1
records read as they always were, stored decisions from before, and `injunction upgrade`."""

from __future__ import annotations

import json
import os
import stat
import tomllib
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import injunction
from injunction import (
    AppealFrom,
    CaseFormatError,
    Challenged,
    Claim,
    Decision,
    Finding,
    PublicInterest,
    Reach,
    RemedyAtLaw,
    Statute,
    Truth,
)
from injunction._cli import main
from injunction._records.problems import quoted
from injunction.standards import REGISTRY
from injunction.standards.courts import encoded
from injunction.testing import cases

from .conftest import CASES, ROOT

V1 = {
    "version": 1,
    "case": {"name": "A v. B", "court": "cand"},
    "motion": {"kind": "preliminary_injunction", "relief": "prohibitory", "movant": "A", "opponent": "B"},
    "claims": [{"name": "Breach of contract", "merits": "likely"}],
}
RECEIPTS = sorted((ROOT / "tests" / "receipts").glob("format-1-*.json"))
RECORD = jsonschema.Draft202012Validator(injunction.schema("record"), format_checker=jsonschema.FormatChecker())


ENCODED = quoted(tuple(c for c in REGISTRY if c != "scotus"))
"""The circuits a record may name as its governing law, as a problem lists them."""

def record(version: int = 2, **sections: Any) -> dict[str, Any]:
    """A record of *version*, its sections updated one key at a time (``motion={"reach": "parties"}``)."""
    data: dict[str, Any] = json.loads(json.dumps(V1))
    data["version"] = version
    for name, values in sections.items():
        if name == "claim":
            data["claims"][0].update(values)
        elif isinstance(values, dict):
            data.setdefault(name, {}).update(values)
        else:
            data[name] = values
    return data


def load(data: dict[str, Any]) -> injunction.Case:
    return injunction.loads(json.dumps(data), format="json")


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(CaseFormatError) as info:
        load(data)
    assert not RECORD.is_valid(data)  # the schema refuses it too
    return [str(p) for p in info.value.problems]


# --- The public interest on five levels --------------------------------------------


def test_the_public_interest_has_five_levels_like_the_balance() -> None:
    assert [str(level) for level in PublicInterest] == ["sharply_against", "against", "neutral", "favors", "sharply_favors"]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("against", Finding.at_most(PublicInterest.AGAINST)),
        ("neutral", Finding.exact(PublicInterest.NEUTRAL)),
        ("favors", Finding.at_least(PublicInterest.FAVORS)),
        ({"at_most": "against"}, Finding.at_most(PublicInterest.AGAINST)),
        ({"at_most": "neutral"}, Finding.at_most(PublicInterest.NEUTRAL)),
        ({"at_least": "neutral"}, Finding.at_least(PublicInterest.NEUTRAL)),
        ({"at_least": "favors"}, Finding.at_least(PublicInterest.FAVORS)),
        ({"at_least": "against"}, Finding.unknown(PublicInterest)),
        ({"at_most": "favors"}, Finding.unknown(PublicInterest)),
        ({"at_least": "against", "at_most": "neutral"}, Finding.at_most(PublicInterest.NEUTRAL)),
        ({"at_least": "neutral", "at_most": "favors"}, Finding.at_least(PublicInterest.NEUTRAL)),
        ({"at_least": "favors", "at_most": "favors"}, Finding.at_least(PublicInterest.FAVORS)),
    ],
)
def test_a_version_1_public_interest_reads_as_the_levels_it_covers(written: Any, read: Finding[PublicInterest]) -> None:
    """Version 1's `against` is at most against, `favors` at least favors; a bound
    maps each end to the outer end of its set: exactly what version 1 could say."""
    assert load(record(1, public_interest={"weighs": written})).public_interest.weighs == read


V1_RANK = {"against": 0, "neutral": 1, "favors": 2}
V1_WORDS: list[Any] = [
    *V1_RANK,
    *({"at_least": lo, "at_most": hi} for lo in V1_RANK for hi in V1_RANK if V1_RANK[lo] <= V1_RANK[hi]),
    *({"at_least": word} for word in V1_RANK),
    *({"at_most": word} for word in V1_RANK),
]


@pytest.mark.parametrize("written", V1_WORDS, ids=json.dumps)
@pytest.mark.parametrize("threshold", ["neutral", "favors"])
def test_every_threshold_reads_a_version_1_public_interest_as_version_1_did(written: Any, threshold: str) -> None:
    """The rules' thresholds (at least neutral, at least favors) are met, failed
    or left open by every version 1 finding exactly as on three levels,
    computed here on version 1's own ranks."""
    lo, hi = (V1_RANK[written],) * 2 if isinstance(written, str) else (V1_RANK[written.get("at_least", "against")], V1_RANK[written.get("at_most", "favors")])
    then = Truth.TRUE if lo >= V1_RANK[threshold] else Truth.FALSE if hi < V1_RANK[threshold] else Truth.UNKNOWN
    now = load(record(1, public_interest={"weighs": written})).public_interest.weighs.reaches(PublicInterest(threshold))
    assert now is then


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_corpus_record_is_decided_as_its_version_2_upgrade_is(path: Path) -> None:
    """The corpus is version 1 (version 2 for the circuits of issue 18), kept as it is; written as
    version 2 it is the same case, decided the same way."""
    case = injunction.load(path)
    assert json.loads(path.read_text())["version"] in (1, 2)
    again = injunction.loads(injunction.dumps(case), format="json")
    assert again == case
    assert injunction.evaluate(again).to_dict() == injunction.evaluate(case).to_dict()


def test_in_version_2_against_is_exactly_against() -> None:
    assert load(record(2, public_interest={"weighs": "against"})).public_interest.weighs == Finding.exact(PublicInterest.AGAINST)
    assert load(record(2, public_interest={"weighs": "sharply_favors"})).public_interest.weighs.is_exact


# --- Version 1 is version 1 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sections", "path", "value"),
    [
        ({"motion": {"reach": "parties"}}, "motion.reach", '"parties"'),
        ({"claim": {"arises_under": "lanham_act"}}, "claims[0].arises_under", '"lanham_act"'),
        ({"case": {"governing_law": "ca9"}}, "case.governing_law", '"ca9"'),
        ({"irreparable_harm": {"causal_nexus": True}}, "irreparable_harm.causal_nexus", "true"),
        ({"remedy_at_law": {"adequate": False}}, "remedy_at_law", '{"adequate": false}'),
    ],
)
def test_a_version_1_record_using_a_version_2_key_is_told_to_write_version_2(sections: dict[str, Any], path: str, value: str) -> None:
    assert problems(record(1, **sections)) == [
        f"{path}: got {value}; a key of record format version 2, not 1; write version = 2 to use it "
        "(version 2 reads the public interest on five levels: injunction upgrade FILE rewrites a valid version 1 "
        "record, keeping its meaning)"
    ]
    load(record(2, **sections))  # and version 2 takes it


def test_a_version_1_record_using_a_version_2_level_is_told_so_with_version_1_s_levels() -> None:
    found = problems(record(1, public_interest={"weighs": "sharply_favors"}))
    assert found == [
        'public_interest.weighs: got "sharply_favors"; a level of the public interest in record format version 2, '
        'not 1; allowed: "against", "neutral" or "favors", or {at_least, at_most}; write version = 2 to use it '
        "(version 2 reads the public interest on five levels: injunction upgrade FILE rewrites a valid version 1 "
        "record, keeping its meaning)"
    ]
    bound = problems(record(1, public_interest={"weighs": {"at_least": "sharply_against"}}))
    assert bound[0].startswith('public_interest.weighs.at_least: got "sharply_against"; a level of the public interest in record format version 2')
    assert problems(record(1, public_interest={"weighs": "favours"}))[0].endswith('did you mean "favors"?')
    assert problems(record(1, public_interest={"weighs": {"at_least": "favors", "at_most": "against"}})) == [
        'public_interest.weighs: got {"at_least": "favors", "at_most": "against"}; at_least lies above at_most; '
        "allowed: at_least <= at_most on the scale against < neutral < favors"
    ]


@pytest.mark.parametrize("version", [1, 2])
def test_one_reader_reads_a_finding_on_every_scale_and_version_alike(version: int) -> None:
    """Version 1's public interest is read by the reader of every finding, with its
    own words (`keys.PUBLIC_V1`): each word and each bound as the fast path
    reads it, and every problem of a bound said the same way on every scale,
    an inverted bound with an unknown key among them."""
    from injunction._records.fastread import _fast_finding
    from injunction._records.keys import LEVELS, PUBLIC_V1
    from injunction._records.read import _Reader

    every = [
        ("claims[0].merits", LEVELS[injunction.Merits]),
        ("balance_of_hardships.tips", LEVELS[injunction.Balance]),
        ("public_interest.weighs", PUBLIC_V1 if version == 1 else LEVELS[PublicInterest]),
    ]
    for path, words in every:
        section, key = path.rsplit(".", 1)
        high, low = words.levels[-1], words.levels[0]
        written: list[Any] = [*words.levels, {"at_least": low}, {"at_most": high}, {"at_least": low, "at_most": high}]
        for value in written:
            reader = _Reader()
            reader.version = version
            assert reader.finding({key: value}, key, section, words) == _fast_finding({key: value}, key, words)
            assert not reader.problems
        reader = _Reader()
        reader.version = version
        assert reader.finding({key: {"at_least": high, "at_most": low, "at_mots": 1}}, key, section, words) is None
        assert [str(problem) for problem in reader.problems] == [
            f'{path}.at_mots: unknown key; allowed: "at_least" or "at_most"; did you mean "at_most"?',
            f'{path}: got {{"at_least": "{high}", "at_most": "{low}", "at_mots": 1}}; at_least lies above at_most; '
            f"allowed: at_least <= at_most on the scale {' < '.join(words.levels)}",
        ]


@pytest.mark.parametrize("version", [0, 3, 2.5, "2", True, None])
def test_the_version_is_the_integer_1_or_2(version: Any) -> None:
    assert problems(record(2) | {"version": version})[0].startswith(f"version: got {json.dumps(version)}; unsupported version; allowed: 1 or 2")


# --- Version 2's fields ---------------------------------------------------------------

EVERY_FIELD = record(
    2,
    case={"appeal_from": "denial", "governing_law": "ca2"},
    motion={
        "reach": "beyond_parties",
        "challenged": "regulation",
        "alters_status_quo": True,
        "all_relief": False,
        "notice": False,
        "kind": "temporary_restraining_order",
    },
    claims=[
        {"name": "Lanham Act § 43(a)", "merits": "likely", "arises_under": "lanham_act"},
        {"name": "Free speech", "constitutional": True, "first_amendment": True},
    ],
    irreparable_harm={"likelihood": "likely", "causal_nexus": True},
    public_interest={"weighs": {"at_least": "against"}},
    remedy_at_law={"adequate": False, "finding": "Damages cannot be measured."},
)


def test_a_record_with_every_version_2_field_reads_into_the_models() -> None:
    case = load(EVERY_FIELD)
    assert (case.case.appeal_from, case.case.governing_law) == (AppealFrom.DENIAL, "ca2")
    motion = case.motion
    assert (motion.reach, motion.challenged, motion.alters_status_quo, motion.all_relief, motion.notice) == (
        Reach.BEYOND_PARTIES, Challenged.REGULATION, True, False, False,
    )  # fmt: skip
    assert case.claims[0].arises_under is Statute.LANHAM_ACT and case.claims[1].first_amendment is True
    assert case.irreparable_harm.causal_nexus is True
    assert case.remedy_at_law == RemedyAtLaw(adequate=False, finding="Damages cannot be measured.")
    assert case.public_interest.weighs == Finding.at_least(PublicInterest.AGAINST)  # "does not weigh heavily against"
    assert RECORD.is_valid(EVERY_FIELD)


def test_a_field_not_stated_is_none_never_a_default() -> None:
    case = load(record(2))
    assert (case.case.appeal_from, case.case.governing_law) == (None, None)
    assert {getattr(case.motion, f) for f in ("reach", "challenged", "alters_status_quo", "all_relief", "notice")} == {None}
    assert (case.claims[0].arises_under, case.claims[0].first_amendment, case.irreparable_harm.causal_nexus) == (None, None, None)
    assert case.remedy_at_law == RemedyAtLaw() and case.remedy_at_law.adequate is None
    assert "remedy_at_law" not in injunction.to_record(case)


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_every_version_2_field_round_trips_in_json_and_toml(fmt: Any) -> None:
    case = load(EVERY_FIELD)
    text = injunction.dumps(case, format=fmt)
    assert injunction.loads(text, format=fmt) == case
    assert (json.loads(text) if fmt == "json" else tomllib.loads(text))["version"] == 2


@given(cases())
def test_any_case_writes_as_a_valid_version_2_record_and_reads_back_equal(case: injunction.Case) -> None:
    data = injunction.to_record(case)
    assert data["version"] == 2 and RECORD.is_valid(data)
    assert injunction.from_record(data) == case


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            {"first_amendment": True},
            'claims[0].first_amendment: got true; a First Amendment claim is a constitutional claim, and this one is '
            "not constitutional = true; write constitutional = true as well",
        ),
        (
            {"constitutional": True, "arises_under": "copyright_act"},
            'claims[0].arises_under: got "copyright_act"; a claim that arises under a statute alleges no constitutional '
            "violation, and this one is constitutional = true; a constitutional claim and a statutory one are two claims: "
            "give each its own entry",
        ),
        ({"arises_under": "sherman_act"}, 'claims[0].arises_under: got "sherman_act"; allowed: "lanham_act", "patent_act" or "copyright_act"'),
        ({"arises_under": "lanham"}, 'claims[0].arises_under: got "lanham"; allowed: "lanham_act", "patent_act" or "copyright_act"; did you mean "lanham_act"?'),
    ],
)
def test_a_claim_that_contradicts_itself_is_refused(claim: dict[str, Any], expected: str) -> None:
    """A First Amendment claim that is not constitutional means nothing the loader may guess: a problem."""
    assert problems(record(2, claim=claim)) == [expected]


def test_a_first_amendment_claim_that_is_not_constitutional_is_refused_by_the_model_too() -> None:
    with pytest.raises(ValueError, match="a First Amendment claim is a constitutional claim"):
        Claim(name="Speech", first_amendment=True)
    with pytest.raises(ValueError, match="alleges no constitutional violation"):
        Claim(name="Patent", constitutional=True, arises_under=Statute.PATENT_ACT)
    assert Claim(name="Contract", first_amendment=False).first_amendment is False  # says it is not one: fine
    with pytest.raises(TypeError):
        attrs.evolve(injunction.example("parler").motion, reach="parties")  # type: ignore[arg-type]  # a word is not a Reach


@pytest.mark.parametrize(
    ("court", "message"),
    [
        ("scotus", f"not a circuit whose law this library encodes ({encoded()}); allowed: {ENCODED}; the Supreme Court's standards govern its own applications, not a lower court's motion"),
        ("cand", f"not a circuit: the law that governs is a court of appeals' ({encoded()}); allowed: {ENCODED}; cand is a court of the Ninth Circuit (ca9)"),
        ("ca22", f'not a circuit whose law this library encodes ({encoded()}); allowed: {ENCODED}; did you mean "ca2"?'),
    ],
)
def test_the_governing_law_is_a_circuit_from_the_court_table(court: str, message: str) -> None:
    assert problems(record(2, case={"governing_law": court})) == [f'case.governing_law: got "{court}"; {message}']


def test_the_loader_records_the_governing_law_and_chooses_no_law() -> None:
    """The field is data for the standards; reading it changes nothing the loader decides."""
    case = load(record(2, case={"governing_law": "ca2"}))
    assert case.case.court == "cand" and case.case.governing_law == "ca2"


# --- The JSON Schema -----------------------------------------------------------------


def test_the_schema_checks_a_record_by_its_version() -> None:
    assert RECORD.is_valid(record(1, public_interest={"weighs": "against"}))
    assert not RECORD.is_valid(record(1, motion={"reach": "parties"}))
    assert not RECORD.is_valid(record(1, public_interest={"weighs": "sharply_against"}))
    assert RECORD.is_valid(record(2, motion={"reach": "parties"}, public_interest={"weighs": "sharply_against"}))
    assert not RECORD.is_valid(record(3))
    defs = injunction.schema("record")["$defs"]
    assert set(defs["record_v2"]["properties"]) - set(defs["record_v1"]["properties"]) == {"remedy_at_law"}


# --- Stored decisions from before ---------------------------------------------------------


@pytest.mark.parametrize("path", RECEIPTS, ids=[p.stem for p in RECEIPTS])
def test_a_decision_stored_before_record_format_2_still_loads(path: Path) -> None:
    """tests/receipts holds decisions written on main before this format (receipt
    record format 1, the public interest on three levels). Each reads back, its
    record with version 1's meaning, to the outcome it stored, quietly (the suite
    makes any warning an error) unless the rules changed what failed or was met."""
    stored = json.loads(path.read_text())
    assert stored["receipt"]["record_format"] == 1 and stored["receipt"]["record"]["version"] == 1
    if stored["receipt"]["record"]["motion"].get("opponent_is_government"):
        # The merged weighing (one factor since issue 16) fails or meets both factors
        # together: the outcome stands, and the decision says what changed.
        with pytest.warns(injunction.OutcomeChangedWarning, match="failed and met changed"):
            decision = Decision.from_dict(stored)
    else:
        decision = Decision.from_dict(stored)
    assert decision.case == injunction.from_record(stored["receipt"]["record"])
    assert (decision.disposition.value, decision.test) == (stored["disposition"], stored["test"])
    assert decision.to_dict()["receipt"]["record_format"] == 2


def test_kennedy_s_stored_against_reads_as_at_most_against() -> None:
    stored = json.loads((ROOT / "tests" / "receipts" / "format-1-2023-kennedy-v-google.json").read_text())
    assert stored["receipt"]["record"]["public_interest"]["weighs"] == "against"
    assert Decision.from_dict(stored).case.public_interest.weighs == Finding.at_most(PublicInterest.AGAINST)


def test_render_reads_a_stored_decision_from_before(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(ROOT / "tests" / "receipts" / "format-1-2023-kennedy-v-google.json"), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["receipt"]["record_format"] == 2


# --- injunction upgrade -------------------------------------------------------------------

OLD_TOML = """# Kept by hand: this comment is not kept by upgrade.
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

[public_interest]
weighs = "favors"
"""


def test_upgrade_prints_one_record_as_version_2_in_its_own_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.toml"
    old.write_text(OLD_TOML)
    assert main(["upgrade", str(old)]) == 0
    out = capsys.readouterr().out
    assert tomllib.loads(out)["version"] == 2 and "comment" not in out
    assert tomllib.loads(out)["public_interest"]["weighs"] == {"at_least": "favors"}
    assert injunction.loads(out, format="toml") == injunction.load(old)
    assert old.read_text() == OLD_TOML  # the file itself is untouched


def test_upgrade_writes_to_a_file_with_o(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = ROOT / "tests" / "cases" / "district" / "2023-kennedy-v-google.json"
    out = tmp_path / "kennedy.json"
    assert main(["upgrade", str(source), "-o", str(out)]) == 0
    written = json.loads(out.read_text())
    assert written["version"] == 2 and written["public_interest"]["weighs"] == {"at_most": "against"}
    assert injunction.load(out) == injunction.load(source)
    assert main(["upgrade", str(source), "-o", str(tmp_path / "kennedy.toml")]) == 2
    assert "upgrade keeps a record's format" in capsys.readouterr().err


def test_upgrade_in_place_rewrites_many_and_leaves_version_2_as_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.toml"
    old.write_text(OLD_TOML)
    os.chmod(old, 0o640)
    new = tmp_path / "new.json"
    new.write_text(json.dumps(record(2)) + "\n  ")
    assert main(["upgrade", "--in-place", str(old), str(new)]) == 0
    err = capsys.readouterr().err
    assert f"{old}: upgraded from version 1 to 2" in err
    assert f"{new}: already version 2, left as it is" in err
    assert tomllib.loads(old.read_text())["version"] == 2
    assert stat.S_IMODE(old.stat().st_mode) == 0o640  # permissions kept
    assert new.read_text() == json.dumps(record(2)) + "\n  "  # byte for byte
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.json", "old.toml"]  # no temporary file left


def test_upgrade_in_place_rewrites_a_link_s_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.toml"
    target.write_text(OLD_TOML)
    link = tmp_path / "link.toml"
    link.symlink_to(target)
    assert main(["upgrade", "--in-place", str(link)]) == 0
    assert link.is_symlink() and tomllib.loads(target.read_text())["version"] == 2


def test_upgrade_refuses_o_onto_a_link_or_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.toml"
    old.write_text(OLD_TOML)
    (tmp_path / "elsewhere.toml").write_text("kept")
    link = tmp_path / "link.toml"
    link.symlink_to(tmp_path / "elsewhere.toml")
    assert main(["upgrade", str(old), "-o", str(link)]) == 2
    assert main(["upgrade", str(old), "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "is a symbolic link" in err and "is a directory" in err
    assert (tmp_path / "elsewhere.toml").read_text() == "kept"


def test_upgrade_refuses_a_bad_record_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.toml"
    good.write_text(OLD_TOML)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(record(1, motion={"reach": "parties"})))
    assert main(["upgrade", "--in-place", str(good), str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: motion.reach: got \"parties\"; a key of record format version 2, not 1" in err
    assert "1 of 2 records could not be read: nothing was written" in err
    assert good.read_text() == OLD_TOML


def test_upgrade_says_how_to_give_several_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["upgrade", str(ROOT / "injunction" / "examples" / "parler.toml"), str(CASES[0])]) == 2
    assert "several records need --in-place" in capsys.readouterr().err
    assert main(["upgrade", "--in-place", "-"]) == 2
    assert "standard input (-) cannot be rewritten in place" in capsys.readouterr().err


def test_upgrade_never_loses_a_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.toml"
    old.write_text(OLD_TOML)

    def full_disk(source: Any, target: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    assert main(["upgrade", "--in-place", str(old)]) == 2
    assert "No space left on device (it is as it was)" in capsys.readouterr().err
    assert old.read_text() == OLD_TOML
    assert [p.name for p in tmp_path.iterdir()] == ["old.toml"]


def test_upgrade_reads_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(V1).encode())))
    assert main(["upgrade", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["version"] == 2


def test_upgrade_help_says_comments_are_not_kept(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["upgrade", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "TOML comments, key order and layout are not kept" in help_text
    assert "--in-place" in help_text and "-o OUT" in help_text


@given(st.sampled_from(CASES))
def test_an_upgraded_record_is_left_as_it_is_when_upgraded_again(path: Path) -> None:
    from injunction._records.upgrade import upgrade

    once = upgrade(path.read_text(), format="json")
    assert once.changed is (json.loads(path.read_text())["version"] == 1)
    assert upgrade(once.text, format="json") == (once.text, 2)

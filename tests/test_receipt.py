"""A stored decision is a receipt: it can be rendered and checked again with no other file."""

from __future__ import annotations

import copy
import datetime
import hashlib
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

import injunction
from injunction import (
    Circuits,
    Decision,
    Factor,
    Harm,
    Merits,
    MotionKind,
    NinthCircuit,
    OutcomeChangedWarning,
    PublicInterest,
    ReceiptError,
    Requirement,
    SecondCircuit,
)
from injunction._cli import main
from injunction._records.problems import quoted
from injunction._records.receipt import OPTIONS, _cached_fingerprint, canonical, fingerprint
from injunction._version import VERSION
from injunction.authorities import WINTER_20
from injunction.testing import cases
from injunction.standards import REGISTRY

from .broken_standards import ORDER_MATTERS
from .conftest import CASES, ROOT
from .helpers import make_case

PARLER = ROOT / "injunction" / "examples" / "parler.toml"


def stored(decision: Decision) -> dict[str, Any]:
    """The decision as a file holds it: `to_dict()` through JSON."""
    data: dict[str, Any] = json.loads(json.dumps(decision.to_dict()))
    return data


def parler() -> Decision:
    return injunction.evaluate(injunction.load(PARLER))


# --- What a receipt records ---------------------------------------------------


def test_parler_s_receipt_names_version_format_standard_options_law_rules_and_record() -> None:
    """Everything needed to decide Parler again, and to know whether that is the same decision."""
    receipt = stored(parler())["receipt"]
    assert receipt["library"] == "injunction"
    assert receipt["version"] == VERSION
    assert receipt["record_format"] == 2
    assert receipt["standard"]["class"] == "injunction.Circuits"
    assert receipt["standard"]["options"]["ca9"] == {
        "class": "injunction.NinthCircuit",
        "options": {
            "public_interest_threshold": None,
            "serious_questions_path": True,
            "mandatory_serious_questions": False,
            "constitutional_presumption": "likely",
            "constitutional_presumption_scope": "constitutional",
            "likely_success_threshold": False,
            "by_date": True,
            "as_of": None,
        },
    }
    assert receipt["standard"]["options"]["ca2"]["options"] == {"government_acts_under_statute": True, "first_amendment_presumption": True}
    assert receipt["law"] == {"date": "2021-01-21", "by": "case.decided"}
    assert receipt["fingerprint"].startswith("sha256:") and len(receipt["fingerprint"]) == 71
    assert receipt["record"] == injunction.to_record(injunction.load(PARLER))


def test_the_receipt_s_version_is_pyproject_s() -> None:
    """The version a receipt names is a constant (reading package metadata costs 50 ms a start), held to pyproject.toml."""
    assert VERSION == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def test_every_option_of_the_library_s_standards_is_recorded() -> None:
    """Each attrs field of `Circuits`, `NinthCircuit` and `SecondCircuit` has its place in a receipt."""
    for cls, options in OPTIONS.items():
        fields = list(REGISTRY) if cls is Circuits else [field.name for field in attrs.fields(cls)]
        assert fields == list(options), cls


@pytest.mark.parametrize(
    ("standard", "kind", "decided", "law"),
    [
        (None, MotionKind.PRELIMINARY_INJUNCTION, datetime.date(2009, 3, 1), {"date": "2009-03-01", "by": "case.decided"}),
        (NinthCircuit(as_of=datetime.date(2005, 1, 1)), MotionKind.PRELIMINARY_INJUNCTION, None, {"date": "2005-01-01", "by": "as_of"}),
        (NinthCircuit(by_date=False), MotionKind.PRELIMINARY_INJUNCTION, datetime.date(2009, 3, 1), {"date": "current law", "by": "current_law"}),
        (None, MotionKind.PRELIMINARY_INJUNCTION, None, {"date": "current law", "by": "undated_record"}),
        (None, MotionKind.STAY_PENDING_APPEAL, datetime.date(2009, 3, 1), {"date": "current law", "by": "stay"}),
        (SecondCircuit(), MotionKind.PRELIMINARY_INJUNCTION, datetime.date(2009, 3, 1), {"date": "current law", "by": "undated_standard"}),
    ],
    ids=["record-date", "as-of", "current-law", "no-date", "stay", "second-circuit"],
)
def test_the_date_of_the_law_applied_and_where_it_comes_from(
    standard: injunction.Standard | None, kind: MotionKind, decided: datetime.date | None, law: dict[str, str]
) -> None:
    """The record's date, the standard's as_of, current law by choice or for want of a date, or a standard that does not date its law."""
    case = make_case(merits=Merits.LIKELY, kind=kind)
    case = attrs.evolve(case, case=attrs.evolve(case.case, decided=decided))
    assert injunction.evaluate(case, standard).to_dict()["receipt"]["law"] == law


def test_the_circuit_whose_law_is_recorded_is_the_one_that_decides() -> None:
    """For every court, the receipt dates the law of the circuit `Circuits` picks, and the
    standard it picks is the one that decides."""
    circuits = Circuits()
    for court in injunction.COURTS:
        case = make_case(merits=Merits.LIKELY)
        case = attrs.evolve(case, case=attrs.evolve(case.case, court=court))
        assert circuits.standard_for(case).rule_for(case) == circuits.rule_for(case), court
        standard = circuits.standard_for(case)
        expected = "current law" if not isinstance(standard, injunction.NinthCircuit) else None
        recorded = injunction.evaluate(case).to_dict()["receipt"]["law"]["date"]
        assert expected is None or recorded == expected, court


# --- The fingerprint ----------------------------------------------------------------

_FINGERPRINTS = """
import json, sys
import injunction
paths = json.loads(sys.argv[1])
print(json.dumps([injunction.evaluate(injunction.load(p)).to_dict()["receipt"]["fingerprint"] for p in paths]))
"""


def test_the_fingerprint_is_the_same_in_another_process() -> None:
    """Not Python's hash(): two processes with different hash seeds print the same fingerprints for every corpus record."""
    paths = [str(p) for p in CASES]
    here = [injunction.evaluate(injunction.load(p)).to_dict()["receipt"]["fingerprint"] for p in paths]
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _FINGERPRINTS, json.dumps(paths)], capture_output=True, text=True, env=env, check=True, timeout=120
        )
        assert json.loads(done.stdout) == here
    assert len(set(here)) > 1  # different motions, different rules


def test_the_fingerprint_is_sha256_of_the_canonical_rule_tree() -> None:
    """Anyone can check it: sha256 of the rule's canonical JSON (sorted keys, no spaces, ASCII)."""
    rule = parler().rule
    text = json.dumps(canonical(rule), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    assert fingerprint(rule) == "sha256:" + hashlib.sha256(text.encode("ascii")).hexdigest()


def test_a_changed_option_changes_the_fingerprint() -> None:
    """A neutral public interest sufficing for every motion is another rule: another fingerprint, and another receipt."""
    case = injunction.load(PARLER)
    default = injunction.evaluate(case).to_dict()["receipt"]
    neutral = injunction.evaluate(case, Circuits(ca9=NinthCircuit(public_interest_threshold=PublicInterest.NEUTRAL))).to_dict()["receipt"]
    assert neutral["fingerprint"] != default["fingerprint"]
    assert neutral["standard"]["options"]["ca9"]["options"]["public_interest_threshold"] == "neutral"
    assert injunction.evaluate(case, Circuits()).to_dict()["receipt"]["fingerprint"] == default["fingerprint"]


def test_a_changed_authority_or_statement_changes_the_fingerprint() -> None:
    """A pin, a verification note or the words of a requirement: any change to the rules is another fingerprint."""
    likely = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20)
    other_pin = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=attrs.evolve(WINTER_20, pin="21"))
    unverified = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=attrs.evolve(WINTER_20, verified=None))
    worded = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20, statement="a likelihood of success")
    prints = [fingerprint(rule) for rule in (likely, other_pin, unverified, worded)]
    assert len(set(prints)) == 4
    assert fingerprint(Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20)) == prints[0]  # by value


def test_the_fingerprint_is_computed_once_per_rule() -> None:
    """Rules are frozen values: a second decision under the same rule reuses the fingerprint (the cache is by value)."""
    first = injunction.evaluate(make_case(merits=Merits.LIKELY, harm=Harm.LIKELY))
    second = injunction.evaluate(make_case(merits=Merits.NONE))
    assert first.rule == second.rule
    first.to_dict()
    hits = _cached_fingerprint.cache_info().hits
    second.to_dict()
    assert _cached_fingerprint.cache_info().hits == hits + 1


def test_changing_a_dict_to_dict_gave_changes_no_other_receipt() -> None:
    """The receipt's standard is cached, but each `to_dict()` gets its own copy to change."""
    data = parler().to_dict()
    data["receipt"]["standard"]["options"]["ca9"]["options"]["by_date"] = "changed"
    assert parler().to_dict()["receipt"]["standard"]["options"]["ca9"]["options"]["by_date"] is True


# --- Reading a receipt back -------------------------------------------------------


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_corpus_decision_is_rebuilt_from_its_receipt(path: Path) -> None:
    """`Decision.from_dict(to_dict())` is the decision, and writes the same dict again."""
    decision = injunction.evaluate(injunction.load(path))
    data = stored(decision)
    rebuilt = Decision.from_dict(data)
    assert rebuilt == decision
    assert stored(rebuilt) == data


@settings(max_examples=25)
@given(cases())
def test_every_generated_decision_is_rebuilt_from_its_receipt(case: injunction.Case) -> None:
    """Whatever the findings, motion and court, the receipt rebuilds the decision."""
    decision = injunction.evaluate(case)
    assert Decision.from_dict(stored(decision)) == decision


def test_a_decision_under_other_options_is_rebuilt_under_them() -> None:
    """The receipt's options, not the defaults: the WeChat injunction issues only on the serious-questions path."""
    case = injunction.load(ROOT / "tests" / "cases" / "district" / "2020-wechat-users-alliance-v-trump.json")
    strict = Circuits(ca9=NinthCircuit(serious_questions_path=False, as_of=datetime.date(2021, 1, 1)))
    decision = injunction.evaluate(case, strict)
    assert decision.disposition == "denied" and injunction.evaluate(case).disposition == "granted"
    rebuilt = Decision.from_dict(stored(decision))
    assert rebuilt.disposition == "denied"
    assert rebuilt.decided_under == strict


def test_a_composed_rule_is_recorded_whole_and_rebuilt() -> None:
    """A test a user composes from the library's pieces is recorded as its tree, and rebuilt equal."""
    likely = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20)
    harm = Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=WINTER_20)
    strict = (likely & harm).named("strict")
    decision = injunction.evaluate(injunction.load(PARLER), strict)
    data = stored(decision)
    assert data["receipt"]["standard"]["class"] == "injunction.AllOf"
    assert data["receipt"]["law"] == {"date": "current law", "by": "undated_standard"}
    rebuilt = Decision.from_dict(data)
    assert rebuilt.decided_under == strict and rebuilt == decision


def test_a_standard_of_your_own_is_named_and_must_be_given_back() -> None:
    """A standard class of the user's own is recorded by class and repr only: from_dict needs it passed in."""
    decision = injunction.evaluate(make_case(merits=Merits.LIKELY, harm=Harm.LIKELY), ORDER_MATTERS)
    data = stored(decision)
    assert data["receipt"]["standard"] == {
        "class": "tests.broken_standards.FirstClaimDecides",
        "repr": "FirstClaimDecides()",
        "recorded": False,
        "reason": "a standard of the user's own is recorded by its class and repr only: "
        "pass it to Decision.from_dict(data, standard=...)",
    }
    with pytest.raises(ReceiptError) as info:
        Decision.from_dict(data)
    assert [p.path for p in info.value.problems] == ["receipt.standard"]
    assert "pass it: Decision.from_dict(data, standard=...)" in str(info.value)
    assert Decision.from_dict(data, standard=ORDER_MATTERS) == decision


def test_a_tampered_decision_is_refused() -> None:
    """Same version, same rules, yet the stored disposition is not what the receipt gives: it was changed."""
    data = stored(parler())
    data["disposition"] = "granted"
    with pytest.raises(ReceiptError) as info:
        Decision.from_dict(data)
    (problem,) = info.value.problems
    assert (problem.path, problem.value, problem.allowed) == ("disposition", "granted", ("denied",))
    assert "the decision or its receipt was changed after it was written" in str(problem)


def test_a_tampered_record_is_refused() -> None:
    """A receipt whose record was changed (the movant now clearly wins on the merits) no longer gives the stored decision."""
    data = stored(parler())
    data["receipt"]["record"]["claims"][0]["merits"] = "clear"
    with pytest.raises(ReceiptError) as info:
        Decision.from_dict(data)
    wrong = {p.path: p for p in info.value.problems}
    assert {"failed.winter", "met.winter", "outcomes.merits", "trace.children"} <= set(wrong)
    assert wrong["failed.winter"].allowed == (["balance_of_hardships", "public_interest"],)  # what the receipt gives


def test_an_older_receipt_whose_outcome_moved_says_so() -> None:
    """Written by another version (or other rules), stored as granted: decided again, it is denied today, with a warning that says so."""
    data = stored(parler())
    data["receipt"]["version"] = "0.0.9"
    data["disposition"], data["test"] = "granted", "winter"
    with pytest.warns(OutcomeChangedWarning, match=r"was granted \(injunction 0\.0\.9\); decided again under injunction") as caught:
        decision = Decision.from_dict(data)
    assert decision.disposition == "denied"
    warning = caught[0].message
    assert isinstance(warning, OutcomeChangedWarning)
    assert warning.stored["disposition"] == "granted" and warning.now == decision and warning.version == "0.0.9"


def test_an_older_receipt_with_the_same_outcome_is_quiet() -> None:
    """Other rules (another fingerprint), other words in the trace, but the same outcome: no warning (the suite turns warnings into errors)."""
    data = stored(parler())
    data["receipt"]["fingerprint"] = "sha256:" + "0" * 64
    data["trace"]["statement"] = "words an older version wrote"
    assert Decision.from_dict(data) == parler()


@pytest.mark.parametrize(
    ("change", "problems"),
    [
        (lambda d: d.clear(), ['receipt: missing: a stored decision needs its receipt to be read back; write it with injunction evaluate --json']),
        (lambda d: d["receipt"].update(extra=1), ['receipt.extra: unknown key; allowed: "library", "version", "record_format", "standard", "law", "fingerprint" or "record"']),
        (lambda d: d["receipt"].update(version="0.0.9\x1b[2J"), ['receipt.version: got "0.0.9\\u001b[2J"; allowed: a version number such as "0.1.0"']),
        (lambda d: d["receipt"].update(record_format=3), ["receipt.record_format: got 3; unsupported version; allowed: 1 or 2"]),
        (lambda d: d["receipt"].update(record_format=1), ["receipt.record_format: got 1; not the version of the receipt's record; allowed: 2"]),
        (lambda d: d["receipt"].update(fingerprint="md5:abc"), ['receipt.fingerprint: got "md5:abc"; allowed: "sha256:" and 64 lowercase hex digits, or null']),
        (lambda d: d["receipt"]["standard"]["options"]["ca9"]["options"].update(as_of="2021-02-30"), ['receipt.standard.options.ca9.options.as_of: got "2021-02-30"; allowed: an ISO date "YYYY-MM-DD"']),
        (
            lambda d: d["receipt"]["standard"]["options"]["ca9"]["options"].update(public_interest_threshold="against"),
            ['receipt.standard.options.ca9.options.public_interest_threshold: got "against"; allowed: null, "neutral" or "favors"'],
        ),
        (
            lambda d: d["receipt"]["standard"].update({"class": "os.system"}),
            ['receipt.standard.class: got "os.system"; not a standard a receipt can rebuild; allowed: '
             + quoted(f"injunction.{cls.__name__}" for cls in OPTIONS)
             + '; a rule is recorded with "rule", a standard of your own with "recorded": false'],
        ),
        (lambda d: d["receipt"]["record"]["case"].update(court="cal"), None),
        (lambda d: d.update(disposition="won"), ['disposition: got "won"; allowed: "granted", "denied" or "undetermined"']),
    ],
    ids=["no-receipt", "unknown-key", "hostile-version", "format", "format-not-the-records", "fingerprint", "as-of", "option", "class", "record", "disposition"],
)
def test_a_receipt_that_cannot_be_read_names_path_value_and_what_is_allowed(change: Any, problems: list[str] | None) -> None:
    """Every problem at once, each with its path in the stored decision; nothing in a receipt is imported or run."""
    data = stored(parler())
    change(data)
    with pytest.raises(ReceiptError) as info:
        Decision.from_dict(data)
    if problems is None:
        assert [p.path for p in info.value.problems] == ["receipt.record.case.court"]
    else:
        assert [str(p) for p in info.value.problems] == problems


def test_a_rule_made_of_other_classes_is_not_rebuilt() -> None:
    """A recorded rule is built only from the library's rule classes, by name: a name outside them is refused."""
    likely = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20)
    data = stored(injunction.evaluate(injunction.load(PARLER), likely))
    data["receipt"]["standard"]["rule"]["class"] = "subprocess.Popen"
    with pytest.raises(ReceiptError) as info:
        Decision.from_dict(data)
    assert [p.path for p in info.value.problems] == ["receipt.standard.rule"]


@pytest.mark.parametrize(
    "standard",
    [None, NinthCircuit(as_of=datetime.date(2005, 1, 1)), SecondCircuit(first_amendment_presumption=False), ORDER_MATTERS],
    ids=["default", "ninth-as-of", "second", "own"],
)
def test_every_kind_of_receipt_matches_the_decision_schema(standard: injunction.Standard | None) -> None:
    """A library standard, a rule, a standard of the user's own: each receipt is valid by the published schema."""
    validator = jsonschema.Draft202012Validator(injunction.schema("decision"), format_checker=jsonschema.FormatChecker())
    validator.validate(stored(injunction.evaluate(injunction.load(PARLER), standard)))
    likely = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20)
    validator.validate(stored(injunction.evaluate(injunction.load(PARLER), likely)))


# --- injunction render ----------------------------------------------------------------


@pytest.fixture
def stored_parler(tmp_path: Path) -> Path:
    path = tmp_path / "parler.json"
    assert main(["evaluate", str(PARLER), "--json", "-o", str(path)]) == 0
    return path


@pytest.mark.parametrize("format", ["text", "markdown", "html", "json"])
def test_render_prints_what_evaluate_printed(format: str, stored_parler: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``injunction render parler.json`` needs no other file, and prints what ``injunction evaluate`` did."""
    assert main(["evaluate", str(PARLER), "--format", format, "--style", "complete"]) == 0
    evaluated = capsys.readouterr().out
    assert main(["render", str(stored_parler), "--format", format, "--style", "complete"]) == 0
    assert capsys.readouterr().out == evaluated


def test_render_applies_the_options_evaluate_was_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--as-of`` and a doctrine flag are in the receipt: render decides under them again, with no flags of its own."""
    record = ROOT / "tests" / "cases" / "district" / "2020-wechat-users-alliance-v-trump.json"
    options = ["--as-of", "2010-01-01", "--public-interest-threshold", "favors"]
    path = tmp_path / "wechat.json"
    assert main(["evaluate", str(record), "--json", "-o", str(path), *options]) == 0
    assert json.loads(path.read_text())["receipt"]["law"] == {"date": "2010-01-01", "by": "as_of"}
    assert main(["evaluate", str(record), "--format", "markdown", *options]) == 0
    evaluated = capsys.readouterr().out
    assert main(["render", str(path), "--format", "markdown"]) == 0
    assert capsys.readouterr().out == evaluated


def test_render_refuses_a_tampered_decision_with_exit_2(stored_parler: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The problems go to standard error, nothing to standard output."""
    data = json.loads(stored_parler.read_text())
    data["disposition"] = "granted"
    stored_parler.write_text(json.dumps(data))
    assert main(["render", str(stored_parler)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"{stored_parler}: 1 problem",
        f'{stored_parler}: disposition: got "granted"; not what the receipt gives under the same library version and rules: '
        'the decision or its receipt was changed after it was written; allowed: "denied"',
    ]


def test_render_says_on_standard_error_when_an_older_decision_now_differs(stored_parler: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An older receipt is rendered as decided today, a line on standard error says what moved, and the exit status is 1."""
    data = json.loads(stored_parler.read_text())
    data["receipt"]["version"] = "0.0.9"
    data["disposition"], data["test"] = "granted", "winter"
    stored_parler.write_text(json.dumps(data))
    assert main(["render", str(stored_parler)]) == 1
    captured = capsys.readouterr()
    assert "DENIED" in captured.out
    assert captured.err == (
        f"injunction render: {stored_parler}: the stored decision was granted (injunction 0.0.9); decided again under "
        f"injunction {VERSION} it is denied (disposition and test changed; the same rules). Shown as decided now.\n"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the file is empty: a stored decision is the JSON that evaluate --json writes"),
        ('{"receipt": 1, "receipt": 2}', 'duplicate key "receipt": a record may give each key once'),
        ('{"disposition": NaN}', "NaN is not a JSON value; allowed: finite numbers"),
        ("[]", "got []; must be an object: a decision as Decision.to_dict() or injunction evaluate --json writes it"),
    ],
    ids=["empty", "duplicate", "nan", "list"],
)
def test_render_refuses_what_is_not_a_stored_decision(tmp_path: Path, content: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The file is read as strictly as a record: exit 2, the problem on standard error, no traceback."""
    path = tmp_path / "decision.json"
    path.write_text(content)
    assert main(["render", str(path)]) == 2
    assert capsys.readouterr().err.splitlines()[1] == f"{path}: {message}"


def test_render_refuses_a_file_over_the_size_cap(stored_parler: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--max-bytes`` caps what render reads, as it does for records."""
    assert main(["render", str(stored_parler), "--max-bytes", "1000"]) == 2
    assert capsys.readouterr().err.splitlines()[1] == (
        f"{stored_parler}: the file is larger than 1,000 bytes; raise the limit with --max-bytes if the decision is genuine"
    )


def test_render_help_says_what_it_does(capsys: pytest.CaptureFixture[str]) -> None:
    """``injunction render --help`` names the formats, the styles and the exit statuses."""
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--format {text,markdown,html,json}" in out and "--style {court,complete}" in out
    assert "Exit status: 0 rendered; 1 rendered, but the outcome is not the stored one" in out


def test_receipt_text_is_data_whatever_it_holds(stored_parler: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A hostile record inside a receipt renders escaped, as any record does."""
    data = json.loads(stored_parler.read_text())
    record = copy.deepcopy(data["receipt"]["record"])
    record["case"]["name"] = "<script>alert(1)</script>"
    decision = injunction.evaluate(injunction.from_record(record))
    stored_parler.write_text(json.dumps(decision.to_dict()))
    assert main(["render", str(stored_parler), "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert "<script>alert" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out


def test_a_receipt_written_before_claim_filters_reads_back() -> None:
    """A rule recorded with ``constitutional_only`` (before `ClaimFilter`) rebuilds to the same rule, and a
    NinthCircuit recorded without ``constitutional_presumption_scope`` reads as its default."""
    rule = Requirement(Factor.MERITS, at_least=Merits.LIKELY, claims=injunction.ClaimFilter.CONSTITUTIONAL, authority=WINTER_20)
    data = stored(injunction.evaluate(injunction.load(PARLER), rule))
    fields = data["receipt"]["standard"]["rule"]["fields"]
    del fields["claims"]
    fields["constitutional_only"] = True
    data["receipt"]["version"] = "0.0.9"  # written by a library before ClaimFilter
    assert Decision.from_dict(data).rule == rule
    data = stored(parler())
    del data["receipt"]["standard"]["options"]["ca9"]["options"]["constitutional_presumption_scope"]
    data["receipt"]["version"] = "0.0.9"
    assert Decision.from_dict(data).to_dict() == parler().to_dict()

"""`injunction test`: a user's own decided cases, run against the library.

Each example builds a small corpus in a temporary directory from the
project's records: one the library reproduces, one whose `expected` section
is changed (in the temporary copy only) so that it disagrees, one without an
`expected` section, and one that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import injunction
from injunction import Disposition, Expected, Factor
from injunction._cli import main
from injunction._corpus import Coverage, nodes
from injunction.testing import cases

from .conftest import CASES, ROOT

COTTRELL = ROOT / "tests" / "cases" / "ca9" / "2011-alliance-wild-rockies-v-cottrell.json"
PARLER = ROOT / "tests" / "cases" / "district" / "2021-parler-v-aws.json"
CITIGROUP = ROOT / "tests" / "cases" / "ca2" / "2010-citigroup-v-vcg.json"


def _record(source: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(source.read_text())
    return data


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2))
    return path


def _corpus(tmp_path: Path) -> Path:
    """A reproduced record, a disagreeing one, one without `expected`, and a broken one."""
    corpus = tmp_path / "corpus"
    _write(corpus / "ca9" / "cottrell.json", _record(COTTRELL))
    parler = _record(PARLER)
    parler["expected"] = {"disposition": "granted", "test": "winter"}  # the court denied it
    _write(corpus / "district" / "parler-said-granted.json", parler)
    plain = _record(COTTRELL)
    del plain["expected"]
    _write(corpus / "no-expected.json", plain)
    (corpus / "broken.toml").write_text('version = 1\n[motion]\nrelif = "prohibitory"\n')
    return corpus


# -- the report ---------------------------------------------------------------------


def test_a_run_names_each_disagreement_and_sums_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A line per disagreement (file, what the court did, what the library says, why),
    the broken record's problems, and a last line: N of M reproduced. Exit 2: a record
    could not be read."""
    corpus = _corpus(tmp_path)
    assert main(["test", str(corpus)]) == 2
    lines = capsys.readouterr().out.splitlines()
    parler = corpus / "district" / "parler-said-granted.json"
    assert (
        f"{parler}: disagrees: court granted on winter; library denied: "
        "winter fails on merits, balance_of_hardships, public_interest; serious_questions fails on merits, balance_of_hardships, public_interest"
    ) in lines
    assert f"{corpus / 'broken.toml'}: 7 problems" in lines
    assert f"{corpus / 'broken.toml'}: motion.relif: unknown key; allowed: " in "\n".join(lines)
    assert not any("cottrell" in line or "no-expected" in line for line in lines), "only what needs attention"
    assert lines[-1] == (
        "1 of 2 reproduced; 1 disagrees; 1 record without an expected section skipped; 1 record could not be read"
    )


def test_verbose_gives_every_record_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --verbose, the reproduced and skipped records have their lines too."""
    corpus = _corpus(tmp_path)
    main(["test", "-v", str(corpus)])
    lines = capsys.readouterr().out.splitlines()
    assert f"{corpus / 'ca9' / 'cottrell.json'}: reproduced: granted on serious_questions" in lines
    assert f"{corpus / 'no-expected.json'}: skipped: no expected section" in lines


def test_exit_status_0_when_every_record_is_reproduced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["test", str(COTTRELL), str(PARLER)]) == 0
    assert capsys.readouterr().out == "2 of 2 reproduced\n"


def test_exit_status_1_when_a_record_disagrees(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The court granted Cottrell on serious questions; a copy saying Winter's test disagrees."""
    record = _record(COTTRELL)
    record["expected"]["test"] = "winter"
    copy = _write(tmp_path / "cottrell-on-winter.json", record)
    assert main(["test", str(copy), str(PARLER)]) == 1
    out = capsys.readouterr().out
    assert f"{copy}: disagrees: court granted on winter; library granted on serious_questions: winter fails on merits\n" in out
    assert out.endswith("1 of 2 reproduced; 1 disagrees\n")


def test_exit_status_2_when_nothing_is_found_to_test(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty directory, or records none of which says what the court decided: there is nothing to test."""
    assert main(["test", str(tmp_path)]) == 2
    assert "nothing to test: no .json or .toml records were found" in capsys.readouterr().err
    plain = _record(COTTRELL)
    del plain["expected"]
    _write(tmp_path / "plain.json", plain)
    assert main(["test", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert "nothing to test: no record has an expected section" in captured.err
    assert captured.out.endswith("0 of 0 reproduced; 1 record without an expected section skipped\n")


def test_a_path_that_does_not_exist_is_an_error_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-dir"
    assert main(["test", str(missing), str(COTTRELL)]) == 2
    out = capsys.readouterr().out
    assert f"{missing}: no such file or directory" in out
    assert out.endswith("1 of 1 reproduced; 1 record could not be read\n")


def test_the_doctrine_flags_and_max_bytes_are_the_same_as_evaluates(capsys: pytest.CaptureFixture[str]) -> None:
    """Cottrell was granted on the serious-questions path: without that path, or under the
    law before Cottrell, the library denies it; a record over --max-bytes cannot be read.
    Each of these options means what it means for `evaluate`, in the same words."""
    assert main(["test", "--no-serious-questions-path", str(COTTRELL)]) == 1
    assert "court granted on serious_questions; library denied: winter fails on merits" in capsys.readouterr().out
    assert main(["test", "--as-of", "2010-06-01", str(COTTRELL)]) == 1  # Winter alone, before Cottrell
    assert "library denied" in capsys.readouterr().out
    assert main(["test", "--current-law", str(COTTRELL)]) == 0
    capsys.readouterr()
    assert main(["test", "--max-bytes", "100", str(COTTRELL)]) == 2
    assert "is larger than 100 bytes" in capsys.readouterr().out
    shared = {
        "public_interest_threshold",
        "no_serious_questions_path",
        "mandatory_serious_questions",
        "likely_success_threshold",
        "constitutional_presumption",
        "as_of",
        "current_law",
        "max_bytes",
    }

    def described(command: str) -> dict[str, tuple[Any, ...]]:
        return {a.dest: (a.option_strings, a.default, a.choices, a.help) for a in _options(command) if a.dest in shared}

    assert described("test") == described("evaluate")
    assert set(described("test")) == shared


def _options(command: str) -> list[argparse.Action]:
    from injunction._cli.parser import _parser

    (commands,) = [a for a in _parser(command)._actions if isinstance(a, argparse._SubParsersAction)]
    return list(commands.choices[command]._actions)


def test_help_defines_the_coverage_figure(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["test", "--help"])
    words = " ".join(capsys.readouterr().out.split())
    assert "exercised both ways when at least one record meets it and one fails it" in words
    assert "Exit status: 0 every record tested is reproduced; 1 one or more disagree; 2" in words


# -- for CI -------------------------------------------------------------------------


def test_jsonl_gives_an_object_per_record_and_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path)
    assert main(["test", "--jsonl", str(corpus)]) == 2
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    records = {Path(line["file"]).name: line for line in lines if line["type"] == "record"}
    assert {name: line["status"] for name, line in records.items()} == {
        "broken.toml": "error",
        "cottrell.json": "reproduced",
        "parler-said-granted.json": "disagrees",
        "no-expected.json": "skipped",
    }
    parler = records["parler-said-granted.json"]
    assert parler["expected"] == {"disposition": "granted", "determinable": True, "test": "winter", "grounds": []}
    assert parler["actual"]["disposition"] == "denied"
    assert parler["actual"]["failed"] == {
        "winter": ["merits", "balance_of_hardships", "public_interest"],
        "serious_questions": ["merits", "balance_of_hardships", "public_interest"],
    }
    assert parler["why"] == ["winter fails on merits, balance_of_hardships, public_interest; serious_questions fails on merits, balance_of_hardships, public_interest"]
    assert records["cottrell.json"]["why"] == []
    problems = records["broken.toml"]["error"]["problems"]
    assert {"path": "motion.relif", "message": "unknown key"}.items() <= problems[2].items()
    assert lines[-1] == {"type": "summary", "tested": 2, "reproduced": 1, "disagrees": 1, "skipped": 1, "errors": 1}


def test_output_is_safe_whatever_a_file_name_or_record_holds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file name with a terminal escape and a line break, and a record whose text holds
    controls and a line separator: the terminal sees escapes, never the characters, and
    each JSON line is ASCII and parses back to the file name."""
    name = "evil\x1b[31m\nred\u2028.json"
    record = _record(PARLER)
    record["expected"]["disposition"] = "granted"
    record["case"]["name"] = "\x1b]0;owned\x07 v. \u202eB"
    record["claims"][0]["name"] = "line\u2028break\x85"
    bad = tmp_path / name
    _write(bad, record)
    broken = tmp_path / "evil\x1b[2J.json"
    broken.write_text('{"version": 1, "case": {"name": "\\u001b[2J", "court": "\\u2028"}}')
    assert main(["test", "--coverage", str(tmp_path)]) == 2
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u2028" not in out and "\x85" not in out and "\u202e" not in out
    escaped = str(tmp_path / "evil\\x1b[31m\\nred\\u2028.json")
    assert f"{escaped}: disagrees: court granted" in out
    assert all(line.startswith(str(tmp_path)) for line in out.split("\n\n")[0].splitlines()), out
    assert main(["test", "--jsonl", "--coverage", str(tmp_path)]) == 2
    out = capsys.readouterr().out
    assert out.isascii()
    files = [json.loads(line).get("file") for line in out.splitlines()]
    assert str(bad) in files and str(broken) in files


# -- coverage -----------------------------------------------------------------------


def _balance_not_sharply(tmp_path: Path) -> Path:
    """Cottrell with the balance found merely in the movants' favour: denied (the court's
    decision changed to match, in the copy only)."""
    record = _record(COTTRELL)
    record["balance_of_hardships"]["tips"] = "favors"
    record["expected"] = {"disposition": "denied"}
    return _write(tmp_path / "cottrell-balance-favors.json", record)


def test_coverage_counts_the_records_meeting_failing_or_leaving_open_each_node(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two records on one rule tree: Cottrell (granted on serious questions) and a copy whose
    balance does not tip sharply (denied). The serious-questions path and its balance
    requirement are exercised both ways; Winter's merits requirement only fails."""
    copy = _balance_not_sharply(tmp_path)
    assert main(["test", "--coverage", str(COTTRELL), str(copy)]) == 0
    out = capsys.readouterr().out
    tree = out.split("\n\n")[1]
    assert tree.startswith(
        "preliminary_injunction [winter, serious_questions]: ca9, prohibitory relief, government opponent (2 records)\n"
    )
    rows = {re.sub(r"\s+", " ", line.strip()) for line in tree.splitlines()}
    assert "serious_questions 1 1 0" in rows
    assert "balance_of_hardships >= sharply_favors 1 1 0" in rows
    assert "merits >= likely 0 2 0 never met" in rows
    assert "irreparable_harm >= likely 2 0 0 never failed" in rows
    assert out.splitlines()[-2:] == [
        "2 of 2 reproduced",
        "coverage: 4 of 23 rule nodes exercised both ways (met by a record and failed by another), "
        "in 1 rule tree; 18 only one way, 1 never settled",
    ]


def test_coverage_in_jsonl_is_an_object_per_rule_tree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = _balance_not_sharply(tmp_path)
    assert main(["test", "--jsonl", "--coverage", str(COTTRELL), str(copy)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    (tree,) = [line for line in lines if line["type"] == "coverage"]
    by_path = {" / ".join(node["path"]): node for node in tree["nodes"]}
    assert by_path["preliminary_injunction / serious_questions / merged (balance_of_hardships, public_interest) / "
                   "balance_of_hardships >= sharply_favors"] == {
        "path": [
            "preliminary_injunction",
            "serious_questions",
            "merged (balance_of_hardships, public_interest)",
            "balance_of_hardships >= sharply_favors",
        ],
        "met": 1,
        "failed": 1,
        "open": 0,
        "both_ways": True,
    }
    assert tree["records"] == 2 and tree["node_count"] == 23 and tree["both_ways"] == 4
    assert lines[-1]["coverage"] == {"trees": 1, "nodes": 23, "both_ways": 4, "one_way": 18, "never_settled": 1}


@given(cases())
def test_every_node_of_a_tree_is_counted_once_per_record(case: injunction.Case) -> None:
    """However a case comes out, each node of its tree is met, failed or open for it, and
    nodes are named uniquely by their path."""
    decision = injunction.evaluate(case)
    coverage = Coverage()
    coverage.add(decision)
    coverage.add(decision)
    (tree,) = coverage.trees()
    assert all(n["met"] + n["failed"] + n["open"] == 2 for n in tree["nodes"])
    paths = [path for path, _ in nodes(decision.trace)]
    assert len(paths) == len(set(paths)) == tree["node_count"]


# -- the comparison, in Python --------------------------------------------------------


def test_reproduce_is_the_comparison_the_corpus_test_uses() -> None:
    """`injunction.reproduce` sets a decision beside the record's `expected` section."""
    result = injunction.reproduce(injunction.load(COTTRELL))
    assert result.reproduced and result.why == ()
    assert result.decision == injunction.evaluate(injunction.load(COTTRELL))
    assert result.court_words() == "granted on serious_questions"


def test_a_ground_the_court_held_against_the_movant_must_not_be_met() -> None:
    """Cottrell's court found harm likely; a copy saying the court denied relief for want
    of harm disagrees twice: on the disposition, and on the ground."""
    case = injunction.load(COTTRELL)
    said = attrs.evolve(case, expected=Expected(disposition=Disposition.DENIED, grounds=(Factor.IRREPARABLE_HARM,)))
    assert injunction.reproduce(said).why == (
        "serious_questions is met on merits, irreparable_harm, balance_of_hardships, public_interest",
        "the court held irreparable_harm against the movant, but it is met on winter, serious_questions",
    )


def test_a_record_that_stops_short_needs_a_finding_that_settles_it_the_courts_way() -> None:
    """Citigroup's record leaves the public interest open (determinable: false); a favouring
    or sharply favouring public interest (Clapper's words) grants it on serious questions, as the court did.
    Said to be granted on Winter's test instead, the same findings disagree."""
    case = injunction.load(CITIGROUP)
    assert case.expected is not None and not case.expected.determinable
    assert injunction.reproduce(case).reproduced
    on_winter = attrs.evolve(case, expected=attrs.evolve(case.expected, test="winter"))
    assert injunction.reproduce(on_winter).why == (
        'public_interest found "favors" grants it on serious_questions, not winter',
        'public_interest found "sharply_favors" grants it on serious_questions, not winter',
    )
    settled = attrs.evolve(case, expected=attrs.evolve(case.expected, determinable=True))
    assert injunction.reproduce(settled).why == ("serious_questions is open on public_interest",)


def test_reproduce_needs_what_the_court_decided() -> None:
    case = injunction.load(COTTRELL)
    with pytest.raises(ValueError, match="needs a case whose record says what the court decided"):
        injunction.reproduce(attrs.evolve(case, expected=None))


@given(cases())
def test_a_record_stating_the_librarys_own_answer_is_reproduced(case: injunction.Case) -> None:
    """Whatever the findings, a decided motion recorded as decided reproduces, and the
    other disposition never does (and says why)."""
    decision = injunction.evaluate(case)
    if decision.disposition is Disposition.UNDETERMINED:
        return
    own = Expected(disposition=decision.disposition, test=decision.test)
    assert injunction.reproduce(attrs.evolve(case, expected=own)).reproduced
    other = Disposition.DENIED if decision.disposition is Disposition.GRANTED else Disposition.GRANTED
    result = injunction.reproduce(attrs.evolve(case, expected=Expected(disposition=other)))
    assert not result.reproduced and all(result.why)


# -- the project's own corpus, as the README shows it -----------------------------------


def test_the_readme_shows_the_corpus_figures(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every line the README shows of `injunction test tests/cases --coverage` is printed
    today, in order, the summary lines (N of M reproduced, and the coverage figure) included."""
    readme = (ROOT / "README.md").read_text()
    shown = readme.split("$ injunction test tests/cases --coverage\n", 1)[1].split("\n```", 1)[0].splitlines()
    monkeypatch.chdir(ROOT)
    assert main(["test", "tests/cases", "--coverage"]) == 0
    printed = iter(capsys.readouterr().out.splitlines())
    for line in shown:
        if line.strip() != "...":
            assert line in printed, f"the README shows {line!r}, which is not printed (in that order)"
    assert shown[-2] == f"{len(CASES)} of {len(CASES)} reproduced"
    assert shown[-1].startswith("coverage: ")

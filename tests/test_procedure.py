"""The procedure that decides motions, in the court style (issue 17 item 3): Rule 65(b)(1) for a TRO sought
without notice, Rule 65(c) security on a grant, and Trump v. CASA where relief reaches beyond the parties."""

from __future__ import annotations

import datetime
import re
from typing import Any
from pathlib import Path

import attrs
import pytest

import injunction
from injunction import Balance, Case, Disposition, Harm, Merits, MotionKind, PublicInterest, Reach

from .conftest import CASES, ROOT
from .helpers import make_case

CORPUS = [*CASES, ROOT / "injunction" / "examples" / "parler.toml"]
RULE_65B1 = "Fed. R. Civ. P. 65(b)(1)"
RULE_65C = "Fed. R. Civ. P. 65(c)"
CASA = "Trump v. CASA, Inc., 606 U.S. ___ (2025)"


def _court(case: Case) -> str:
    return " ".join(injunction.render(injunction.evaluate(case), "text", "court").split())


def _winning(kind: MotionKind = MotionKind.TEMPORARY_RESTRAINING_ORDER, **motion: Any) -> Case:
    case = make_case(kind=kind, merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS)
    return attrs.evolve(case, motion=attrs.evolve(case.motion, **motion))


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_every_corpus_analysis_says_only_the_procedure_that_matters(path: Path) -> None:
    """Security only on a granted TRO or preliminary injunction that is not an appeal; Rule 65(b)(1) only
    for a TRO sought without notice; CASA only for relief reaching beyond the parties, granted or open."""
    case = injunction.load(path)
    decision = injunction.evaluate(case)
    text = _court(case)
    granted_here = (
        decision.disposition is Disposition.GRANTED
        and case.case.appeal_from is None
        and case.motion.kind in (MotionKind.TEMPORARY_RESTRAINING_ORDER, MotionKind.PRELIMINARY_INJUNCTION)
    )
    assert ("security in an amount that the court considers proper" in text) == granted_here, path.stem
    assert (RULE_65B1 in text) == (case.motion.kind is MotionKind.TEMPORARY_RESTRAINING_ORDER and case.motion.notice is False)
    assert (CASA in text) == (case.motion.reach is Reach.BEYOND_PARTIES and decision.disposition is not Disposition.DENIED)
    assert "Jorgensen" not in text and "606 U.S. 831" not in text  # neither was verified


def test_a_grant_mentions_security_and_the_courts_discretion_over_its_amount() -> None:
    text = _court(_winning(MotionKind.PRELIMINARY_INJUNCTION))
    assert "GRANTED" in text
    assert (
        "the amount, and whether any security is appropriate, are for the court's discretion, and the record states none. "
        f"{RULE_65C}; Barahona-Gomez v. Reno, 167 F.3d 1228 (9th Cir. 1999)."
    ) in text


@pytest.mark.parametrize("kind", [MotionKind.STAY_PENDING_APPEAL, MotionKind.INJUNCTION_PENDING_APPEAL])
def test_security_is_not_mentioned_on_a_motion_pending_appeal(kind: MotionKind) -> None:
    case = make_case(kind=kind, merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS)
    assert injunction.evaluate(case).disposition is Disposition.GRANTED
    assert RULE_65C not in _court(case)


def test_a_denial_mentions_no_security() -> None:
    case = make_case(merits=Merits.NONE, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS)
    assert injunction.evaluate(case).disposition is Disposition.DENIED
    assert RULE_65C not in _court(case)


def test_a_pre_2007_grant_cites_the_ninth_circuit_for_security_not_the_restyled_rule() -> None:
    """The law of the day: the restyled rule (2007) is dropped where Barahona-Gomez (1999), in force, says it."""
    case = _winning(MotionKind.PRELIMINARY_INJUNCTION)
    case = attrs.evolve(case, case=attrs.evolve(case.case, decided=datetime.date(2005, 3, 1)))
    text = _court(case)
    assert "Barahona-Gomez v. Reno, 167 F.3d 1228 (9th Cir. 1999)." in text
    assert RULE_65C not in text


@pytest.mark.parametrize(
    ("immediate", "words"),
    [
        (True, "The record finds that immediate and irreparable injury will result before the adverse party can be heard."),
        (False, "The record finds that no immediate and irreparable injury will result"),
        (None, "The record states no finding that immediate and irreparable injury will result"),
    ],
)
def test_a_tro_without_notice_states_rule_65b1s_two_requirements(immediate: bool | None, words: str) -> None:
    """Both requirements, in the rule's words, then what the record says of immediacy; the attorney's
    certification is named as a requirement the record does not address, never assumed."""
    case = _winning(notice=False)
    case = attrs.evolve(case, irreparable_harm=attrs.evolve(case.irreparable_harm, immediate=immediate))
    text = _court(case)
    assert (
        "specific facts in an affidavit or a verified complaint clearly show that immediate and irreparable injury, "
        "loss, or damage will result to the movant before the adverse party can be heard in opposition, and the "
        "movant's attorney certifies in writing any efforts made to give notice and the reasons why it should not be "
        f"required. {RULE_65B1}."
    ) in text
    assert words in text
    assert "The record does not address the attorney's certification" in text


@pytest.mark.parametrize("notice", [True, None])
def test_a_tro_with_notice_or_unsaid_states_no_ex_parte_requirements(notice: bool | None) -> None:
    assert RULE_65B1 not in _court(_winning(notice=notice))


def test_casa_is_noted_for_relief_beyond_the_parties_granted_or_open() -> None:
    assert CASA in _court(_winning(reach=Reach.BEYOND_PARTIES))
    open_case = attrs.evolve(make_case(merits=Merits.LIKELY), motion=attrs.evolve(make_case().motion, reach=Reach.BEYOND_PARTIES))
    assert injunction.evaluate(open_case).disposition is Disposition.UNDETERMINED
    assert "Scope of relief. The relief would reach beyond the parties. The scope of relief" in _court(open_case)
    assert CASA not in _court(_winning(reach=Reach.PARTIES))
    assert CASA not in _court(_winning())


def test_a_record_before_casa_does_not_cite_it_as_law() -> None:
    """June 27, 2025: a record dated the day before does not cite CASA at all (not even as later history)."""
    for day, cited in ((datetime.date(2025, 6, 26), False), (datetime.date(2025, 6, 27), True)):
        case = _winning(MotionKind.PRELIMINARY_INJUNCTION, reach=Reach.BEYOND_PARTIES)
        case = attrs.evolve(case, case=attrs.evolve(case.case, decided=day))
        assert (CASA in _court(case)) is cited, day
        assert ("CASA" in _court(case)) is cited, day


def test_record_text_cannot_forge_the_procedure_notes() -> None:
    """The notes are the library's words; a hostile movant name is escaped, not acted on."""
    case = _winning(notice=False, reach=Reach.BEYOND_PARTIES, movant="Evil\x1b[2J\u202eCo.")
    for format in ("text", "markdown", "html"):
        text = injunction.render(injunction.evaluate(case), format, "court")
        assert "\x1b" not in text and "\u202e" not in text
        assert not re.search(r"<script", text)


def test_immediate_is_a_version_2_field_read_written_and_in_the_schema() -> None:
    """`irreparable_harm.immediate`: loader and fast path alike, written back, described by the schema,
    refused in a version 1 record."""
    import json

    record: dict[str, Any] = {
        "version": 2,
        "case": {"name": "A v. B", "court": "cand"},
        "motion": {"kind": "temporary_restraining_order", "relief": "prohibitory", "movant": "A", "opponent": "B", "notice": False},
        "claims": [{"name": "c", "merits": "likely"}],
        "irreparable_harm": {"likelihood": "likely", "immediate": True},
    }
    case = injunction.loads(json.dumps(record), format="json")
    assert case.irreparable_harm.immediate is True and case.motion.notice is False
    assert json.loads(injunction.dumps(case, format="json"))["irreparable_harm"]["immediate"] is True
    assert injunction.loads(injunction.dumps(case, format="json"), format="json") == case
    schema = injunction.schema("record")
    assert "immediate" in json.dumps(schema)
    with pytest.raises(injunction.CaseFormatError, match="immediate"):
        injunction.loads(
            json.dumps({**record, "version": 1, "motion": {k: v for k, v in record["motion"].items() if k != "notice"}}), format="json"
        )


def test_the_procedure_notes_never_call_the_movant_it() -> None:
    """The notes name the movant and the court; the only "it" is Rule 65(b)(1)'s own (the notice)."""
    case = _winning(notice=False, reach=Reach.BEYOND_PARTIES)
    text = _court(case).replace("the reasons why it should not be required", "")
    assert not re.search(r"\b(it|its|itself)\b", text, re.I)

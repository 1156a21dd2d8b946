"""A motion is decided under its court's own law, or not at all.

The court picks the standard (`injunction.Circuits`). A case from a court
whose law the library does not encode is refused at every entry point with
`CourtNotEncodedError`, which names the court and, for a federal court, its
circuit: never decided, silently, under the Ninth Circuit's law.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import injunction
from injunction import Caption, Case, Claim, CourtNotEncodedError, Merits, Motion, MotionKind, NinthCircuit, PublicInterest, Relief, SecondCircuit
from injunction.standards import REGISTRY
from injunction.standards.courts import CIRCUIT_NAMES, CIRCUIT_OF, COURTS, _CIRCUIT_OF_PLACE, _courts_db, explanation, suggestion


def case_in(court: str) -> Case:
    """A case a legal-tech app might build in Python, in *court*."""
    return Case(
        case=Caption(name="Acme Co. v. Widget Inc.", court=court),
        motion=Motion(kind=MotionKind.PRELIMINARY_INJUNCTION, relief=Relief.PROHIBITORY, movant="Acme Co.", opponent="Widget Inc."),
        claims=(Claim(name="Lanham Act § 43(a)", merits=Merits.LIKELY),),
    )


# court id -> what the refusal must say
REFUSED = {
    "txsd": "S.D. Tex. (txsd) is in the Fifth Circuit, whose standard is not encoded",
    "dcd": "D.D.C. (dcd) is in the D.C. Circuit, whose standard is not encoded",
    "ca5": "5th Cir. (ca5) is the Fifth Circuit's court of appeals, whose standard is not encoded",
    "prd": "D.P.R. (prd) is in the First Circuit, whose standard is not encoded",
    "cal": "California Supreme Court (cal) is a state court; the library encodes federal standards only",
    "cit": "Ct. Intl. Trade (cit) is a federal court outside the regional circuits, whose standard is not encoded",
    "nysb": "Bankr. S.D.N.Y. (nysb) is a bankruptcy court in the Second Circuit, but not one of the courts the library applies its law in",
    "nonsense!!": '"nonsense!!" is not a court id CourtListener knows',
}


@pytest.mark.parametrize("court", sorted(REFUSED))
def test_evaluate_refuses_a_court_whose_law_is_not_encoded(court: str) -> None:
    with pytest.raises(CourtNotEncodedError) as error:
        injunction.evaluate(case_in(court))
    assert str(error.value).startswith(REFUSED[court])
    assert "the law of the Ninth, Second and Federal Circuits, and the Supreme Court's own applications" in str(error.value)
    assert error.value.court == court
    assert isinstance(error.value, injunction.InjunctionError) and isinstance(error.value, ValueError)


def test_the_error_names_the_circuit_of_a_known_federal_court() -> None:
    circuits = {court: CourtNotEncodedError(court).circuit for court in ("txsd", "dcd", "ca5", "nysb", "cal", "cit", "nonsense!!")}
    assert circuits == {"txsd": "ca5", "dcd": "cadc", "ca5": "ca5", "nysb": "ca2", "cal": None, "cit": None, "nonsense!!": None}


@pytest.mark.parametrize(
    "call",
    [
        lambda case: injunction.what_if(case, {"irreparable_harm.likelihood": "likely"}),
        lambda case: injunction.sensitivity(case, "merits"),
        lambda case: injunction.compare(injunction.evaluate(case), injunction.evaluate(case)),
        lambda case: injunction.Circuits().rule_for(case),
    ],
    ids=["what_if", "sensitivity", "compare", "rule_for"],
)
def test_every_entry_point_refuses(call: Callable[[Case], object]) -> None:
    with pytest.raises(CourtNotEncodedError, match="Fifth Circuit"):
        call(case_in("txsd"))


def test_the_testing_module_refuses_under_the_default_standard() -> None:
    from injunction import testing

    for check in (testing.check_monotone, testing.check_narrowing, testing.check_claims, testing.check_needs):
        with pytest.raises(CourtNotEncodedError):
            check(injunction.Circuits(), case_in("txsd"))


def test_a_circuit_given_by_name_applies_its_law_to_any_case_as_asked() -> None:
    # Asking for the Ninth Circuit's law by name is a choice, not a default:
    # "what would this Fifth Circuit case look like under Ninth Circuit law?"
    decision = injunction.evaluate(case_in("txsd"), injunction.NinthCircuit())
    assert decision.disposition is injunction.Disposition.UNDETERMINED


def test_the_command_line_refuses_with_the_circuit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = tmp_path / "fifth.json"
    injunction.dump(case_in("cand"), record)
    record.write_text(record.read_text().replace('"cand"', '"txsd"'))
    from injunction._cli import main

    assert main(["evaluate", str(record)]) == 2
    err = capsys.readouterr().err
    assert 'case.court: got "txsd"' in err
    assert "S.D. Tex. (txsd) is in the Fifth Circuit, whose standard is not encoded" in err


@pytest.mark.parametrize(
    ("court", "hint"),
    [
        ("CAND", "cand"),  # case
        ("wawd ", "wawd"),  # a stray space
        ("ca-9", "ca9"),
        ("ca99", "ca9"),  # a court of appeals for a court of appeals
        ("cacdd", "cacd"),  # a district court for a district court
        ("nysdd", "nysd"),
        ("wawa", "wawd"),
        ("dcd", None),  # a real court, in the D.C. Circuit: never "idd"
        ("cal", None),  # a real state court: never "ca9"
        ("txsd", None),
        ("nonsense!!", None),
        ("xq", None),
    ],
)
def test_did_you_mean_only_suggests_a_near_miss_of_the_same_kind(court: str, hint: str | None) -> None:
    assert suggestion(court) == hint
    assert ("did you mean" in explanation(court)) is (hint is not None)


def test_record_text_in_the_court_is_escaped_in_the_message() -> None:
    message = str(CourtNotEncodedError("\x1b]0;owned\x07\u202e"))
    assert "\x1b" not in message and "\x07" not in message and "\u202e" not in message
    assert json.dumps("\x1b]0;owned\x07\u202e") in message


def test_the_table_agrees_with_courts_db_and_28_usc_41() -> None:
    # Every court in the table is a CourtListener court of the circuit it says.
    db = _courts_db()
    for court, circuit in CIRCUIT_OF.items():
        if court == "scotus":
            continue
        assert court in db, court
        assert (court if court in CIRCUIT_NAMES else _CIRCUIT_OF_PLACE[db[court]["location"]]) == circuit, court


def test_every_current_federal_district_court_has_a_circuit() -> None:
    db = _courts_db()
    current = [
        c for c in db.values()
        if c["system"] == "federal" and c["name"].startswith(("District Court", "United States District Court"))
        and not any(d.get("end") for d in c.get("dates", [])[-1:]) and c["id"] != "usdistct"
    ]  # fmt: skip
    assert len(current) >= 90  # 94 judicial districts
    missing = {c["id"]: c["location"] for c in current if c["location"] not in _CIRCUIT_OF_PLACE}
    assert missing == {}
    for c in current:
        assert CourtNotEncodedError(c["id"]).circuit == _CIRCUIT_OF_PLACE[c["location"]] or c["id"] in COURTS


def test_refusal_needs_no_court_of_the_table_to_change() -> None:
    # Cases in the table are decided, and the error is not raised for them.
    for court in COURTS:
        injunction.evaluate(attrs.evolve(case_in("cand"), case=Caption(name="A v. B", court=court)))


def test_every_circuit_in_the_court_table_has_a_standard_in_the_registry() -> None:
    """The court table picks a circuit and the registry its standard: the
    two name the same circuits, in the same order (how the library names
    them: "the Ninth and Second Circuits")."""
    assert list(dict.fromkeys(CIRCUIT_OF.values())) == list(REGISTRY)


def test_circuits_holds_one_standard_per_registered_circuit() -> None:
    """`Circuits` is built from the registry: each circuit's default standard
    unless given another, by its court of appeals' id."""
    favors = NinthCircuit(public_interest_threshold=PublicInterest.FAVORS)
    circuits = injunction.Circuits(ca9=favors)
    assert list(circuits.standards) == list(REGISTRY)
    assert circuits["ca9"] is favors and circuits["ca2"] == SecondCircuit()
    assert circuits == injunction.Circuits(ca9=favors, ca2=SecondCircuit())
    assert eval(repr(circuits), vars(injunction)) == circuits
    assert circuits.standard_for(case_in("nysd")) == SecondCircuit()
    assert circuits.standard_for(case_in("wawd")) is favors


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ca5": NinthCircuit()}, "unexpected keyword argument 'ca5'; the circuits are ca9, ca2"),
        ({"ca9": "NinthCircuit"}, "Circuits(ca9=...) needs a standard"),
    ],
)
def test_circuits_refuses_a_circuit_it_does_not_know_and_a_standard_that_is_not_one(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        injunction.Circuits(**kwargs)


@pytest.mark.parametrize("circuit", list(REGISTRY))
def test_every_registered_circuit_holds_every_property(circuit: str) -> None:
    """A circuit added to the registry is property-checked by the suite with
    no test of its own (each circuit's own tests also check it exhaustively)."""
    from injunction.testing import verify

    standard = REGISTRY[circuit].standard()
    if circuit == "scotus":  # its default refuses a stay (no record states the probability of certiorari)
        standard = injunction.SupremeCourt(certiorari_granted=True)
    results = verify(standard, examples=25)
    assert [r.property for r in results if not r.held] == []


def test_a_record_may_name_the_circuit_whose_law_governs() -> None:
    """Record format 2's ``case.governing_law`` overrides the forum's circuit
    (a claim decided under another circuit's law); a circuit whose law is
    not encoded is refused, never replaced by the forum's."""
    forum = case_in("cand")
    second = attrs.evolve(forum, case=attrs.evolve(forum.case, governing_law="ca2"))
    assert injunction.Circuits().standard_for(second) == SecondCircuit()
    assert injunction.Circuits().standard_for(forum) == NinthCircuit()
    patent = attrs.evolve(forum, case=attrs.evolve(forum.case, governing_law="cafc"))
    assert injunction.Circuits().standard_for(patent) == injunction.FederalCircuit()
    fifth = attrs.evolve(forum, case=attrs.evolve(forum.case, governing_law="ca5"))
    with pytest.raises(CourtNotEncodedError, match="Fifth Circuit"):
        injunction.evaluate(fifth)

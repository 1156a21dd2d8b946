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
from injunction.standards.courts import CIRCUIT_NAMES, CIRCUIT_OF, COURTS, _CIRCUIT_OF_PLACE, _courts_db, encoded, explanation, suggestion


def case_in(court: str) -> Case:
    """A case a legal-tech app might build in Python, in *court*."""
    return Case(
        case=Caption(name="Acme Co. v. Widget Inc.", court=court),
        motion=Motion(kind=MotionKind.PRELIMINARY_INJUNCTION, relief=Relief.PROHIBITORY, movant="Acme Co.", opponent="Widget Inc."),
        claims=(Claim(name="Lanham Act § 43(a)", merits=Merits.LIKELY),),
    )


# court id -> what the refusal must say: courts that stay refused whatever
# circuits are encoded (a federal court outside the circuits, a state court,
# an id CourtListener does not know).
REFUSED = {
    "armfor": "C.A.A.F. (armfor) is a federal court outside the regional circuits, whose standard is not encoded",
    "cal": "California Supreme Court (cal) is a state court; the library encodes federal standards only",
    "nonsense!!": '"nonsense!!" is not a court id CourtListener knows',
}


@pytest.mark.parametrize("court", sorted(REFUSED))
def test_evaluate_refuses_a_court_whose_law_is_not_encoded(court: str) -> None:
    with pytest.raises(CourtNotEncodedError) as error:
        injunction.evaluate(case_in(court))
    assert str(error.value).startswith(REFUSED[court])
    assert f"the law of {encoded()}" in str(error.value)
    assert error.value.court == court
    assert isinstance(error.value, injunction.InjunctionError) and isinstance(error.value, ValueError)


def test_a_court_of_a_circuit_whose_law_is_not_encoded_is_refused_naming_the_circuit(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a registry of the Ninth Circuit alone (as a user's own build might
    have), a Sixth Circuit court is refused, naming its circuit."""
    from injunction.standards import courts

    monkeypatch.setattr(courts, "REGISTRY", {"ca9": REGISTRY["ca9"]})
    courts._table.cache_clear()
    try:
        assert courts.refusal("ohsd") == "S.D. Ohio (ohsd) is in the Sixth Circuit, whose standard is not encoded"
        assert courts.refusal("ca6") == "6th Cir. (ca6) is the Sixth Circuit's court of appeals, whose standard is not encoded"
        assert CourtNotEncodedError("ohsd").circuit == "ca6"
        assert "ohsd" not in courts.COURTS and "cand" in courts.COURTS
    finally:
        courts._table.cache_clear()


def test_the_error_names_the_circuit_of_a_known_federal_court() -> None:
    circuits = {court: CourtNotEncodedError(court).circuit for court in ("ohsd", "dcd", "nysb", "cal", "armfor", "nonsense!!")}
    assert circuits == {"ohsd": "ca6", "dcd": "cadc", "nysb": "ca2", "cal": None, "armfor": None, "nonsense!!": None}


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
    with pytest.raises(CourtNotEncodedError, match="a state court"):
        call(case_in("cal"))


def test_the_testing_module_refuses_under_the_default_standard() -> None:
    from injunction import testing

    for check in (testing.check_monotone, testing.check_narrowing, testing.check_claims, testing.check_needs):
        with pytest.raises(CourtNotEncodedError):
            check(injunction.Circuits(), case_in("cal"))


def test_a_circuit_given_by_name_applies_its_law_to_any_case_as_asked() -> None:
    # Asking for the Ninth Circuit's law by name is a choice, not a default:
    # "what would this state-court case look like under Ninth Circuit law?"
    decision = injunction.evaluate(case_in("cal"), injunction.NinthCircuit())
    assert decision.disposition is injunction.Disposition.UNDETERMINED


def test_the_command_line_refuses_with_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = tmp_path / "state.json"
    injunction.dump(case_in("cand"), record)
    record.write_text(record.read_text().replace('"cand"', '"cal"'))
    from injunction._cli import main

    assert main(["evaluate", str(record)]) == 2
    err = capsys.readouterr().err
    assert 'case.court: got "cal"' in err
    assert REFUSED["cal"] in err


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
        ("ohsd", None),
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


@pytest.mark.parametrize(
    ("court", "circuit"),
    [("nysb", "ca2"), ("canb", "ca9"), ("bap9", "ca9"), ("gud", "ca9"), ("nmid", "ca9"), ("akd", "ca9"), ("vtb", "ca2")],
)
def test_every_federal_court_of_an_encoded_circuit_is_in_the_table(court: str, circuit: str) -> None:
    """District, bankruptcy and territorial courts alike, from courts-db: each
    applies its circuit's law (a bankruptcy court's motion for interim relief
    is decided as a district court's)."""
    assert CIRCUIT_OF[court] == circuit
    assert injunction.evaluate(attrs.evolve(case_in("cand"), case=Caption(name="A v. B", court=court))).disposition


def test_importing_the_library_does_not_read_courts_db() -> None:
    """The table is read on first use, not at import."""
    import subprocess
    import sys

    code = "import injunction, sys; injunction.evaluate; print('courts_db' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_the_table_agrees_with_courts_db_and_28_usc_41() -> None:
    # Every court in the table is a CourtListener court of the circuit it says.
    db = _courts_db()
    for court, circuit in CIRCUIT_OF.items():
        if court == "scotus":
            continue
        assert court in db, court
        if court in ("uscfc", "cit"):  # reviewed by the Federal Circuit, 28 U.S.C. § 1295(a)(3), (5)
            assert circuit == "cafc"
            continue
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
    them: "the Ninth, Second, Fourth and Fifth Circuits")."""
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
        ({"ca99": NinthCircuit()}, f"unexpected keyword argument 'ca99'; the circuits are {', '.join(REGISTRY)}"),
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
    (a claim decided under another circuit's law)."""
    forum = case_in("cand")
    second = attrs.evolve(forum, case=attrs.evolve(forum.case, governing_law="ca2"))
    assert injunction.Circuits().standard_for(second) == SecondCircuit()
    assert injunction.Circuits().standard_for(forum) == NinthCircuit()
    patent = attrs.evolve(forum, case=attrs.evolve(forum.case, governing_law="cafc"))
    assert injunction.Circuits().standard_for(patent) == injunction.FederalCircuit()
    fifth = attrs.evolve(forum, case=attrs.evolve(forum.case, governing_law="ca5"))
    assert injunction.evaluate(fifth).circuit == "ca5"  # a governing law outside the registry: tests/test_format2.py

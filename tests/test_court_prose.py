"""The court style read as a clerk reads it (issue 17, items 2 and 3): checked pins, a stay never called
prohibitory or mandatory relief, the heightened standard first for mandatory relief, and an appellate
decision that reads as one."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import attrs
import pytest

import injunction
from injunction.standards.courts import CIRCUIT_OF
from injunction import AppealFrom, Balance, Case, Disposition, Harm, Merits, MotionKind, PublicInterest, Relief
from injunction._cli import main
from injunction._render.appeal import ruling
from injunction._render.document import STYLES
from injunction._render.formats import Format
from injunction.authorities import ANDERSON_1114, PARK_VILLAGE_1160

from .conftest import CASES, ROOT
from .helpers import make_case

PARLER = ROOT / "injunction" / "examples" / "parler.toml"
CORPUS = [*CASES, PARLER]


def _court(case: Case, format: Format = "text") -> str:
    return injunction.render(injunction.evaluate(case), format, "court")


def _appeal(case: Case, appeal_from: AppealFrom | None) -> Case:
    return attrs.evolve(case, case=attrs.evolve(case.case, appeal_from=appeal_from))


# -- checked pins -------------------------------------------------------------------


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_no_corpus_analysis_prints_an_unverified_pin(path: Path) -> None:
    """Every pin a court-style analysis of the corpus prints is verified, or the rule cites the case without a
    page as the library's reading (issue 17 item 2: 48 "(pin unverified)" over the corpus before, 0 after);
    a slip page says it is one."""
    text = _court(injunction.load(path))
    assert "(pin unverified)" not in text
    assert text.count("slip op.") == text.count("reporter page not seen")


def test_a_constitutional_claim_cites_melendres_without_a_page() -> None:
    """Melendres's page 1002 was never seen: the presumptions cite the case, no page, and Elrod's plurality
    opinion at 373 (verified) for First Amendment freedoms."""
    text = " ".join(_court(make_case(merits=Merits.LIKELY, constitutional=True, balance=Balance.FAVORS)).split())
    assert "Melendres v. Arpaio, 695 F.3d 990 (9th Cir. 2012)" in text
    assert "1002" not in text
    assert "Elrod v. Burns, 427 U.S. 347, 373 (1976) (plurality opinion)" in text


# -- a stay is not prohibitory or mandatory relief -------------------------------------


@pytest.mark.parametrize("relief", list(Relief))
def test_a_stay_is_never_called_prohibitory_or_mandatory_relief(relief: Relief) -> None:
    """Whatever the record's `motion.relief` holds, a stay's analysis names neither, in any format or style."""
    stay = make_case(kind=MotionKind.STAY_PENDING_APPEAL, relief=relief, merits=Merits.LIKELY, harm=Harm.LIKELY)
    decision = injunction.evaluate(stay)
    title = injunction.report(decision).blocks[0].sentences[1]
    assert "".join(span.text for span in title.spans) == (
        "Motion of Movant Co. for a stay pending appeal against Opponent Inc.: a bench memorandum; the findings "
        "do not settle the motion."
    )
    formats: tuple[Format, ...] = ("text", "markdown", "html")
    for format, style in itertools.product(formats, STYLES):
        text = injunction.render(decision, format, style)
        assert not re.search(r"(prohibitory|mandatory) relief", text), (format, style)


def test_the_corpus_stay_is_not_prohibitory_relief(capsys: pytest.CaptureFixture[str]) -> None:
    """Index Newspapers (a stay, recorded with `relief = "prohibitory"`): the title names a stay, and the
    corpus runner's coverage lists it under stays, not prohibitory relief."""
    path = ROOT / "tests" / "cases" / "ca9" / "2020-index-newspapers-v-us-marshals-service.json"
    text = _court(injunction.load(path))
    assert "for a stay pending appeal against" in " ".join(text.split())
    assert "relief)" not in text.split("\n\n")[0]
    main(["test", "--coverage", str(path)])
    tree = capsys.readouterr().out.split("\n\n")[1]
    assert tree.startswith("stay_pending_appeal [winter, serious_questions]: ca9, stay, private opponent (1 record")


# -- mandatory relief: the heightened standard first -------------------------------------

# Garcia's heightened standard is the Ninth Circuit's; a stay is not mandatory relief.
MANDATORY = [
    p
    for p in CASES
    if (case := injunction.load(p)).motion.relief is Relief.MANDATORY
    and case.motion.kind is not MotionKind.STAY_PENDING_APPEAL
    and CIRCUIT_OF.get(case.case.court) == "ca9"
]


@pytest.mark.parametrize("path", MANDATORY, ids=[p.stem for p in MANDATORY])
def test_a_mandatory_relief_analysis_states_the_heightened_standard_first(path: Path) -> None:
    """Vilsack and Epic's two Fortnite motions: the Standard opens with Garcia's heightened standard, cited
    through the opinions Garcia quotes (Anderson, Stanley, Park Village), and Winter and Cottrell come after."""
    report = injunction.report(injunction.evaluate(injunction.load(path)))
    standard = next(block for block in report.blocks if block.label == "Standard")
    text = "".join(span.text for span in standard.sentences[0].spans)
    assert text.startswith("Mandatory relief, which goes well beyond simply maintaining the status quo, is particularly disfavored")
    assert "the law and facts clearly favor the movant's position" in text
    assert text.index(ANDERSON_1114.cite()) < text.index(PARK_VILLAGE_1160.cite()) < text.index("Winter v. Nat. Res. Def. Council")
    assert text.index("clearly favor") < text.index("Winter's four elements")


def test_prohibitory_relief_does_not_state_the_heightened_standard() -> None:
    text = _court(make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS))
    assert "particularly disfavored" not in text
    assert "Standard. A preliminary injunction is an extraordinary remedy" in text


# -- an appellate decision reads as one ---------------------------------------------------

COTTRELL = ROOT / "tests" / "cases" / "ca9" / "2011-alliance-wild-rockies-v-cottrell.json"
VILSACK = ROOT / "tests" / "cases" / "ca9" / "2011-center-for-food-safety-v-vilsack.json"


def test_cottrell_on_appeal_from_the_denial_is_reversed() -> None:
    """Cottrell reversed the district court's denial: the library grants on the serious-questions path, so
    the denial under appeal is reversed, and the movant is the appellant."""
    text = _court(_appeal(injunction.load(COTTRELL), AppealFrom.DENIAL))
    title = " ".join(text.split("\n\n")[0].split())
    assert title.startswith(
        "Alliance for the Wild Rockies v. Cottrell, 632 F.3d 1127 (9th Cir. 2011) Appeal of Alliance for the Wild "
        "Rockies; Native Ecosystems Council from the district court's denial of a preliminary injunction "
        "(prohibitory relief) against Jane L. Cottrell"
    )
    assert title.endswith(": REVERSED.")
    assert "so the district court's denial of a preliminary injunction is REVERSED." in " ".join(text.split())
    assert "GRANTED" not in text
    report = injunction.report(injunction.evaluate(_appeal(injunction.load(COTTRELL), AppealFrom.DENIAL)))
    assert report.title == "Alliance for the Wild Rockies v. Cottrell: reversed"


def test_a_grant_the_findings_support_is_affirmed_and_one_they_do_not_is_reversed() -> None:
    """The opponent appeals a grant: affirmed where the library grants, reversed where it denies."""
    cottrell = " ".join(_court(_appeal(injunction.load(COTTRELL), AppealFrom.GRANT)).split())
    assert "Appeal of Jane L. Cottrell (Acting Regional Forester); United States Forest Service from the district court's grant" in cottrell
    assert "to Alliance for the Wild Rockies; Native Ecosystems Council: AFFIRMED." in cottrell
    vilsack = " ".join(_court(_appeal(injunction.load(VILSACK), AppealFrom.GRANT)).split())
    assert "so the district court's grant of a preliminary injunction is REVERSED." in vilsack
    assert "has not shown what any path requires" in vilsack


def test_an_open_appeal_is_a_bench_memo_on_whether_to_affirm_or_reverse() -> None:
    case = _appeal(make_case(merits=Merits.LIKELY), AppealFrom.DENIAL)
    text = " ".join(_court(case).split())
    assert (
        ": a bench memorandum; the findings do not settle whether the district court's denial of a preliminary "
        "injunction should be affirmed or reversed."
    ) in text
    assert "AFFIRMED" not in text and "REVERSED" not in text


@pytest.mark.parametrize(
    ("appeal_from", "disposition", "expected"),
    [
        (AppealFrom.DENIAL, Disposition.DENIED, "affirmed"),
        (AppealFrom.DENIAL, Disposition.GRANTED, "reversed"),
        (AppealFrom.GRANT, Disposition.GRANTED, "affirmed"),
        (AppealFrom.GRANT, Disposition.DENIED, "reversed"),
        (AppealFrom.GRANT, Disposition.UNDETERMINED, None),
        (AppealFrom.DENIAL, Disposition.UNDETERMINED, None),
        (None, Disposition.GRANTED, None),
    ],
)
def test_the_appellate_ruling_by_order_and_disposition(
    appeal_from: AppealFrom | None, disposition: Disposition, expected: str | None
) -> None:
    """The mapping `injunction._render.appeal` documents, for every order under appeal and every answer."""
    for kind in (MotionKind.PRELIMINARY_INJUNCTION, MotionKind.TEMPORARY_RESTRAINING_ORDER):
        assert ruling(_appeal(make_case(kind=kind), appeal_from), disposition) == expected


@pytest.mark.parametrize("kind", [MotionKind.STAY_PENDING_APPEAL, MotionKind.INJUNCTION_PENDING_APPEAL])
def test_a_motion_pending_appeal_is_granted_or_denied_not_affirmed(kind: MotionKind) -> None:
    """A stay or an injunction pending appeal is a motion in the appeal: decided as a motion, naming the order
    the appeal is from."""
    case = _appeal(
        make_case(kind=kind, merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.SHARPLY_FAVORS, public=PublicInterest.FAVORS),
        AppealFrom.GRANT,
    )
    decision = injunction.evaluate(case)
    assert decision.disposition is Disposition.GRANTED
    text = " ".join(_court(case).split())
    assert f"Motion of Movant Co. for a {kind.words}" in text
    assert "in the appeal from the district court's order granting relief, against Opponent Inc.: GRANTED." in text
    assert f"Movant Co.'s motion for a {kind.words} is GRANTED" in text
    assert ruling(case, decision.disposition) is None


def test_record_text_in_the_appellate_title_is_escaped() -> None:
    """The appellant is record text: controls in it are shown as escapes, never acted on."""
    case = _appeal(make_case(merits=Merits.LIKELY, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS), AppealFrom.DENIAL)
    case = attrs.evolve(case, motion=attrs.evolve(case.motion, movant="Evil\x1b[2J\u202eCo."))
    for format in ("text", "markdown", "html"):
        text = _court(case, format)
        assert "\x1b" not in text and "\u202e" not in text
        assert "\\x1b" in text

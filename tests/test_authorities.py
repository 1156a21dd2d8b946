"""Every citation the library makes is in the verified registry, or flagged as unverified."""

from __future__ import annotations

import datetime

import itertools
import tomllib

import pytest
from eyecite import get_citations
from eyecite.models import FullCaseCitation, FullLawCitation

import injunction.authorities as a
from injunction import Authority, Challenged, DCCircuit, EighthCircuit, EleventhCircuit, FederalCircuit, FirstCircuit, Merits, MotionKind, NinthCircuit, PublicInterest, Reach, Relief, Rule, SecondCircuit, SeventhCircuit, SixthCircuit, SupremeCourt, TenthCircuit, ThirdCircuit
from injunction._engine.rules import inner
from injunction._render.memo import CITES as MEMO_CITES
from injunction._render.procedure import CITES as PROCEDURE_CITES
from injunction.standards.ninth_circuit import DOCTRINES
from injunction.standards.fourth_circuit import FOURTH_DAYS, FourthCircuit
from injunction.standards.fifth_circuit import FifthCircuit

from .conftest import ROOT

# The shared registry (a copy of ../shared/doctrine/authorities.toml) and the entries this project verified itself.
REGISTRY = [
    entry
    for name in ("authorities.toml", "authorities-project.toml")
    for entry in tomllib.loads((ROOT / "tests" / name).read_text())["authority"]
]
PINS = {(entry["id"], pin["page"], pin["proposition"]): pin for entry in REGISTRY for pin in entry.get("pins", [])}
ENTRIES = {entry["id"]: entry for entry in REGISTRY}
CITED = [value for value in vars(a).values() if isinstance(value, Authority)]


def test_the_registry_is_the_shared_registry_s_copy() -> None:
    """tests/authorities.toml is ../shared/doctrine/authorities.toml, byte for byte: the
    project adds what it verified itself in authorities-project.toml, never here. (It
    had drifted once: the shared registry verified Drakes Bay 1092 and the copy missed it.)"""
    shared = ROOT.parent / "shared" / "doctrine" / "authorities.toml"
    if not shared.exists():
        pytest.skip("../shared is not beside the project (CI always puts it there)")
    assert (ROOT / "tests" / "authorities.toml").read_bytes() == shared.read_bytes(), (
        "copy ../shared/doctrine/authorities.toml to tests/authorities.toml"
    )


def test_verified_pins_are_in_the_registry_word_for_word() -> None:
    """A pin we call verified has the registry's page, proposition, quote and check."""
    for authority in CITED:
        if not authority.is_verified:
            continue
        key = (authority.source.id, authority.pin, authority.proposition)
        assert key in PINS, key
        pin = PINS[key]
        assert (authority.quote, authority.verified) == (pin["quote"], pin["verified"]), key


def test_unverified_pins_say_so() -> None:
    """A pin not in the registry renders as unverified and is not presented as checked."""
    for authority in CITED:
        if authority.is_verified or authority.pin is None:
            continue
        assert authority.cite().endswith("(pin unverified)")
        assert authority.short_cite().endswith("(pin unverified)")
        assert (authority.source.id, authority.pin, authority.proposition) not in PINS


def test_a_citation_without_a_pin_is_the_librarys_reading_and_quotes_nothing() -> None:
    """Where no page is verified and no verified authority says the same, the rule cites the case with no
    page (never a made-up one): the proposition says it is the library's reading, nothing is quoted, and
    there is no page to flag."""
    pinless = [authority for authority in CITED if authority.pin is None]
    assert {x.source.id for x in pinless} >= {"melendres", "stormans", "citigroup", "marlyn", "starbucks"}
    for authority in pinless:
        assert "the library's reading" in authority.proposition, authority
        assert (authority.quote, authority.verified) == ("", None), authority
        assert authority.cite() == authority.source.citation
        assert "unverified" not in authority.cite() + authority.short_cite()


def test_a_slip_page_says_it_is_one() -> None:
    """A published opinion is cited by reporter page; a pin seen only on the slip opinion says so."""
    from injunction.authorities import LEIVA_PEREZ_SLIP_4334

    assert LEIVA_PEREZ_SLIP_4334.cite() == (
        "Leiva-Perez v. Holder, 640 F.3d 962 (9th Cir. 2011) (per curiam) (slip op. at 4334; reporter page not seen)"
    )
    for authority in CITED:
        for cite in (authority.cite(), authority.short_cite()):
            assert ("slip op." in cite) == ("reporter page not seen" in cite), cite


def test_subsequent_history_and_the_kind_of_opinion_are_cited() -> None:
    """Feldman's injunction pending appeal was stayed the next day (the stay's reporter citation is unverified,
    so the docket number stands for it); Elrod's opinion is a plurality's (research17 Q5)."""
    assert a.FELDMAN_367.cite() == (
        "Feldman v. Ariz. Sec'y of State's Office, 843 F.3d 366, 367 (9th Cir. 2016) (en banc) (order), "
        "stayed, Ariz. Sec'y of State's Office v. Feldman, No. 16A460 (U.S. Nov. 5, 2016)"
    )
    assert a.FELDMAN_367.short_cite() == "Feldman, 843 F.3d at 367"
    assert a.ELROD_373.cite() == "Elrod v. Burns, 427 U.S. 347, 373 (1976) (plurality opinion)"
    assert "S. Ct." not in a.FELDMAN_367.cite()


def test_sources_match_the_registry_citation() -> None:
    """Each source cites as the registry does (name, reporter and parenthetical), in its court and year."""
    courts = {"scotus": "U.S.", "ca9": "9th Cir.", "ca2": "2d Cir."}
    for authority in CITED:
        source = authority.source
        if source.id in ENTRIES:
            entry = ENTRIES[source.id]
            assert source.citation == entry["citation"], source.id
            assert source.year == entry["year"], source.id
            assert source.court == courts.get(entry["court"], source.court), source.id


def test_the_withdrawn_cottrell_opinion_is_never_cited() -> None:
    """622 F.3d 1045 was withdrawn; as today's law only 632 F.3d 1127 is cited (a record dated
    between July 28, 2010 and Jan. 24, 2011 cites the version then published, with its later
    history: `Authority.as_of`, tests/test_law_of_the_day.py)."""
    assert all("622 F.3d" not in authority.cite() for authority in CITED)


# -- the registry as a whole: complete, used, and parsed as we claim ---------------

OPTIONS = [
    NinthCircuit(),
    NinthCircuit(public_interest_threshold=PublicInterest.FAVORS),
    NinthCircuit(public_interest_threshold=PublicInterest.NEUTRAL),
    NinthCircuit(serious_questions_path=False),
    NinthCircuit(mandatory_serious_questions=True),
    NinthCircuit(constitutional_presumption=Merits.SERIOUS_QUESTIONS),
    NinthCircuit(constitutional_presumption=None),
    NinthCircuit(likely_success_threshold=True),
]


def _rules() -> list[Rule]:
    """Every rule of every test the standards apply, under every option and doctrine."""
    roots: list[Rule] = []
    for kind, relief, government in itertools.product(MotionKind, Relief, (False, True)):
        for standard, reach in itertools.product(OPTIONS, (None, *Reach)):
            roots += [standard.rule_for_motion(kind, relief, government, doctrine, reach) for doctrine in (*DOCTRINES, None)]
        for second in (SecondCircuit(), SecondCircuit(government_acts_under_statute=False, first_amendment_presumption=False)):
            roots.append(second.rule_for_motion(kind, relief, government))
        for fourth in (FourthCircuit(), FourthCircuit(heightened_mandatory=True, substantial_case_stays=True)):
            roots += [fourth.rule_for_motion(kind, relief, government, day) for day in (None, *FOURTH_DAYS)]
        for fifth in (FifthCircuit(), FifthCircuit(ruiz_substantial_case=False)):
            roots.append(fifth.rule_for_motion(kind, relief, government))
        for eleventh in (EleventhCircuit(), EleventhCircuit(substantial_case_route=True, mandatory_clearly_favors=False)):
            roots.append(eleventh.rule_for_motion(kind, relief, government))
        for first in (FirstCircuit(), FirstCircuit(weigh_equities=False)):
            roots.append(first.rule_for_motion(kind, relief, government))
        for eighth in (EighthCircuit(), EighthCircuit(general_merits=Merits.LIKELY)):
            roots += [eighth.rule_for_motion(kind, relief, government, challenged, all_relief) for challenged in (None, *Challenged) for all_relief in (None, True)]
    for kind, tenth in itertools.product(MotionKind, (TenthCircuit(), TenthCircuit(relaxed_stay_after_dine=True))):
        roots += [tenth._rule(kind, *flags) for flags in itertools.product((False, True), repeat=3)]
        for third in (ThirdCircuit(), ThirdCircuit(mandatory_heightened=False)):
            roots.append(third.rule_for_motion(kind, relief, government))
        for sixth in (SixthCircuit(), SixthCircuit(harm_indispensable=False, constitutional_harm_presumption=True)):
            roots.append(sixth.rule_for_motion(kind, relief, government))
        for earlier in (False, True):  # each circuit's law before and after its change of day
            roots += [seventh.rule_for_motion(kind, relief, government, earlier) for seventh in (SeventhCircuit(), SeventhCircuit(negligible_path_survives=True))]
            roots += [dc.rule_for_motion(kind, relief, government, earlier) for dc in (DCCircuit(), DCCircuit(sliding_scale_survives=False))]
        for day in (None, datetime.date(2001, 1, 1), datetime.date(2010, 1, 1)):
            roots.append(FederalCircuit().rule_for_motion(kind, relief, government, day))
            roots.append(SupremeCourt().rule_for_motion(kind, relief, government, day))
    found: list[Rule] = []
    stack = roots
    while stack:
        rule = stack.pop()
        found.append(rule)
        stack += list(inner(rule))
    return found


RULES = _rules()
# What the rules cite, and the movant's burden the court style's bench memo cites (`_render.memo`).
USED = {authority for rule in RULES for authority in getattr(rule, "authority", ())} | set(MEMO_CITES) | set(PROCEDURE_CITES)


def test_every_requirement_presumption_merger_and_path_has_an_authority() -> None:
    """What states law cites it; an unnamed `|` joining a requirement and its presumption only combines them."""
    for rule in RULES:
        kind = type(rule).__name__
        if kind in ("Requirement", "Presumption", "Merger") or rule.name is not None:
            assert getattr(rule, "authority", ()), rule


def test_every_pin_cited_is_in_the_registry_and_every_entry_is_used() -> None:
    """The rules cite only `injunction.authorities` constants, and each constant is cited by some rule
    (or, for the movant's burden, by the bench memo)."""
    assert USED <= set(CITED)
    unused = [name for name, value in vars(a).items() if isinstance(value, Authority) and value not in USED]
    assert unused == []


SOURCES = sorted({x.source for x in CITED if not x.source.statute}, key=lambda s: s.id)
STATUTES = sorted({x for x in CITED if x.source.statute and " U.S.C. " in x.source.citation}, key=lambda x: x.source.id)
RULES_OF_PROCEDURE = sorted({x for x in CITED if x.source.statute and x.source.citation.startswith("Fed. R. ")}, key=lambda x: x.source.id)


@pytest.mark.parametrize("authority", STATUTES, ids=lambda x: x.source.id)
def test_eyecite_reads_each_statute_as_the_section_we_claim(authority: Authority) -> None:
    """A statute cites as one full law citation whose title, code, section and subsection (the pin) are ours."""
    (found,) = get_citations(authority.cite())
    assert isinstance(found, FullLawCitation), found
    title, code, section = found.groups["title"], found.groups["reporter"], found.groups["section"]
    assert f"{title} {code} § {section}{found.metadata.pin_cite}" == authority.source.citation
    assert found.metadata.pin_cite == authority.pin


def test_a_rule_of_procedure_is_cited_as_a_rule_with_its_subdivision() -> None:
    """Rule 65(b)(1) and 65(c) (issue 17 item 3): cited as rules, the subdivision in the citation (the pin),
    with the rule's text quoted as verified; every statute-like source is a statute or one of these."""
    assert [x.cite() for x in RULES_OF_PROCEDURE] == ["Fed. R. Civ. P. 65(b)(1)", "Fed. R. Civ. P. 65(c)"]
    assert all(x.source.citation.endswith(x.pin or "") and x.is_verified and x.quote for x in RULES_OF_PROCEDURE)
    assert {x for x in CITED if x.source.statute} == set(STATUTES) | set(RULES_OF_PROCEDURE)


@pytest.mark.parametrize("source", SOURCES, ids=[s.id for s in SOURCES])
def test_eyecite_reads_each_citation_as_exactly_the_case_we_claim(source: a.Source) -> None:
    """Free Law Project's citation extractor finds one full case citation, with our volume, reporter and page
    (Starbucks's U.S. Reports page is not yet known: ``602 U.S. ___``)."""
    found = get_citations(source.citation)
    # A later history cited by docket number (Feldman's stay) is not a reporter citation; one cited by
    # reporter (Real Truth's vacatur and its reinstatement in part) adds its own citations after ours.
    later = len(get_citations(source.history)) if source.history else 0
    assert len(found) == 1 + later and isinstance(found[0], FullCaseCitation), found
    volume, reporter, page = source.reporter.split(" ", 1)[0], *source.reporter.split(" ", 1)[1].rsplit(" ", 1)
    groups = found[0].groups
    assert (groups["volume"], groups["reporter"]) == (volume, reporter)
    assert groups["page"] == (None if page == "___" else page)
    assert found[0].metadata.year == source.parenthetical.split("(")[1].split(")")[0].split()[-1]


NUMERIC_PINS = [x for x in CITED if x.pin is not None and x.pin[0].isdigit() and " " not in x.pin]


@pytest.mark.parametrize("authority", NUMERIC_PINS, ids=lambda x: f"{x.source.id}-{x.pin}")
def test_eyecite_reads_each_pin(authority: Authority) -> None:
    """A page pin comes back from the full citation as the pin eyecite reads
    (slip-opinion pages, footnotes and pinless cites have no page pin to read)."""
    found, *later = get_citations(authority.cite().removesuffix(" (pin unverified)"))
    assert isinstance(found, FullCaseCitation)
    assert len(later) == (len(get_citations(authority.source.history)) if authority.source.history else 0)
    assert found.metadata.pin_cite == authority.pin

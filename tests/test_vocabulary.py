"""One vocabulary for findings, and a decision that reads well in a notebook.

Every key a decision hands out (`what_it_takes`, `settles`, `settling_sets`,
`outcomes`, `next_questions`) is a key `what_if` takes, in its mapping and
its keyword form, and applying it gives the disposition the decision
promised. Questions carry what an interview asks and offers. A decision's
repr is one line, its mappings show as dicts, pictures label findings in
words, and the analysis never calls the movant "it".
"""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import injunction
from injunction import Balance, CaseFormatError, Claim, Disposition, Finding, Harm, Merits, PublicInterest
from injunction._engine.case import with_best_merits
from injunction.testing import cases

from .conftest import CASES, ROOT
from .helpers import make_case

PARLER = ROOT / "injunction" / "examples" / "parler.toml"


def promises(decision: injunction.Decision) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Every (where, changes, disposition promised) a decision hands out."""
    for way in ("granted", "denied"):
        for by_claim in (False, True):
            for needed in decision.what_it_takes(way, by_claim=by_claim):
                yield f"what_it_takes({way!r}, by_claim={by_claim})", dict(needed), way
    for factor, entries in decision.settles.items():
        for entry in entries:
            yield "settles", {factor: entry["finding"]}, entry["disposition"]
    for way, sets in decision.settling_sets.items():
        for found in sets:
            yield "settling_sets", dict(found), way
    for key, rows in decision.outcomes.items():
        for row in rows:
            yield "outcomes", {key: row["finding"]}, row["disposition"]
            for way, sets in row.get("settled_by", {}).items():
                for found in sets:
                    yield "outcomes settled_by", {key: row["finding"], **found}, way
    for question in decision.next_questions():
        for answer in question.answers:
            yield "next_questions", {question.key: answer.value}, answer.disposition.value


# -- every key a decision hands out, applied with what_if -----------------------------


def test_what_it_would_have_taken_applies_as_given() -> None:
    """The newcomer's first try: `what_if(case, decision.what_it_takes()[0])` grants."""
    parler = injunction.load(PARLER)
    needed = injunction.evaluate(parler).what_it_takes()[0]
    assert dict(needed)["merits"] == "serious_questions"
    contrast = injunction.what_if(parler, needed)
    assert contrast.after.disposition is Disposition.GRANTED
    assert contrast.after.case.merits == Finding.exact(Merits.SERIOUS_QUESTIONS)


@settings(max_examples=25, deadline=None)
@given(cases(max_claims=2))
def test_every_key_a_decision_hands_out_gives_the_disposition_it_promised(case: injunction.Case) -> None:
    """On generated cases, in the mapping form and the keyword form alike."""
    decision = injunction.evaluate(case)
    for where, changes, promised in promises(decision):
        got = injunction.what_if(case, changes).after.disposition.value
        assert got == promised, f"{where}: {changes} promised {promised}, what_if gave {got}"
        assert injunction.what_if(case, **changes).after.disposition.value == promised


def test_settles_keys_are_factors_and_what_if_takes_them() -> None:
    """`settles` names a factor and writes harm as a table; what_if takes both as given."""
    case = make_case(merits=Merits.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS)
    decision = injunction.evaluate(case)
    entries = decision.settles["irreparable_harm"]
    assert [(dict(e["finding"]), e["disposition"]) for e in entries] == [
        ({"likelihood": "none"}, "denied"),
        ({"likelihood": "possible"}, "denied"),
        ({"likelihood": "likely"}, "granted"),
    ]
    after = injunction.what_if(case, {"irreparable_harm": {"likelihood": "likely"}}).after
    assert after.disposition is Disposition.GRANTED
    assert after.case.irreparable_harm.likelihood == Finding.exact(Harm.LIKELY)


def test_merits_sets_the_best_claim_and_caps_the_others() -> None:
    """`merits = X`: every claim at most X, and the best one exactly X; a bound
    reaching above X ends at X."""
    contract = Claim(name="Contract", merits=Finding(Merits.NONE, Merits.LIKELY))
    tort = Claim(name="Tort", merits=Merits.CLEAR)
    assert [c.merits for c in with_best_merits((contract, tort), Merits.SERIOUS_QUESTIONS)] == [
        Finding.at_most(Merits.SERIOUS_QUESTIONS),
        Finding.exact(Merits.SERIOUS_QUESTIONS),
    ]
    assert [c.merits for c in with_best_merits((contract, tort), Merits.CLEAR)] == [contract.merits, tort.merits]
    raised = injunction.what_if(make_case(claims=(contract, tort)), merits="clear").after.case
    assert raised.claims == (contract, tort)  # already so: nothing changes
    assert [c.merits for c in with_best_merits((contract,), Merits.CLEAR)] == [Finding.exact(Merits.CLEAR)]


def test_merits_names_no_claim_so_it_never_assumes_the_constitutional_one_succeeds() -> None:
    """A constitutional claim at likely raises the presumption of harm; the
    merits factor alone does not say which claim is likely, so it sets the
    other claim. Name the constitutional claim to get the presumption; with
    only constitutional claims, the best one is necessarily constitutional."""
    speech = Claim(name="First Amendment", merits=Merits.SERIOUS_QUESTIONS, constitutional=True)
    contract = Claim(name="Contract", merits=Finding.at_most(Merits.SERIOUS_QUESTIONS))
    case = make_case(claims=(speech, contract), balance=Balance.FAVORS)
    by_merits = injunction.what_if(case, merits="likely")
    assert [(c.key, c.after) for c in by_merits.findings] == [("claims[1].merits", "likely")]
    assert by_merits.after.disposition is Disposition.UNDETERMINED  # harm still unknown
    assert injunction.evaluate(case).outcomes["merits"][2]["disposition"] == "undetermined"  # as promised
    by_claim = injunction.what_if(case, {"claims[0].merits": "likely"})
    assert by_claim.after.disposition is Disposition.GRANTED  # harm and public interest presumed
    alone = make_case(claims=(speech,), balance=Balance.FAVORS)
    assert injunction.what_if(alone, merits="likely").after.disposition is Disposition.GRANTED
    assert injunction.evaluate(alone).outcomes["merits"][2]["disposition"] == "granted"


def test_the_keyword_form_and_the_mapping_form_take_the_same_keys() -> None:
    """A dotted key as a keyword: ``__`` for the dot, or ``**{...}``; a factor
    for its finding; ``claims`` by index or name, in either form."""
    parler = injunction.load(PARLER)
    forms: list[tuple[dict[str, Any], dict[str, Any]]] = [
        ({"irreparable_harm.likelihood": "likely"}, {"irreparable_harm__likelihood": "likely"}),
        ({"irreparable_harm.likelihood": "likely"}, {"irreparable_harm": "likely"}),
        ({"balance_of_hardships.tips": Balance.SHARPLY_FAVORS}, {"balance_of_hardships__tips": "sharply_favors"}),
        ({"claims[1].merits": "likely"}, {"claims": {"Breach of contract (Customer Agreement, 30-day cure period)": "likely"}}),
        ({"claims": {1: "likely"}}, {"claims[1].merits": "likely"}),
        ({"merits": "likely"}, {"merits": Merits.LIKELY}),
        ({"public_interest.weighs": None}, {"public_interest": None}),
    ]
    for mapping, keywords in forms:
        by_mapping = injunction.what_if(parler, mapping).after.case
        assert injunction.what_if(parler, **keywords).after.case == by_mapping
        assert injunction.what_if(parler, keywords).after.case == by_mapping
        assert injunction.what_if(parler, **mapping).after.case == by_mapping
    with pytest.raises(TypeError, match="unknown finding 'harm'; allowed: merits, irreparable_harm"):
        injunction.what_if(parler, {"harm": "likely"})
    with pytest.raises(ValueError, match=r"'irreparable_harm.likelihood' is given twice \(the second time in keywords, as irreparable_harm__likelihood\)"):
        injunction.what_if(parler, {"irreparable_harm.likelihood": "none"}, irreparable_harm__likelihood="likely")
    with pytest.raises(CaseFormatError, match='merits: got "sharply"'):
        injunction.what_if(parler, merits="sharply")


# -- questions an interview can ask -------------------------------------------------


def test_a_question_carries_its_prompt_its_answers_and_what_each_settles() -> None:
    """Claims alone (one serious-questions claim): the balance is asked first,
    in plain words, offering every tip the record admits with its label."""
    case = make_case(merits=Merits.SERIOUS_QUESTIONS)
    question = injunction.evaluate(case).next_questions()[0]
    assert question.key == "balance_of_hardships.tips"
    assert question.prompt == "How does the balance of hardships tip, seen from the movant's side?"
    assert [(a.value, a.label, a.disposition.value) for a in question.answers] == [
        ("sharply_against", "sharply against the movant", "denied"),
        ("against", "against the movant", "denied"),
        ("even", "even", "denied"),
        ("favors", "in the movant's favor", "denied"),
        ("sharply_favors", "sharply in the movant's favor", "undetermined"),
    ]
    assert question.settles == pytest.approx(sum(a.settles for a in question.answers) / len(question.answers))
    assert json.loads(json.dumps(question.to_dict()))["answers"][4] == {
        "value": "sharply_favors",
        "label": "sharply in the movant's favor",
        "disposition": "undetermined",
    }


def test_a_question_offers_only_what_the_record_still_admits() -> None:
    harm = injunction.evaluate(make_case(merits=Merits.LIKELY, harm=Finding.at_least(Harm.POSSIBLE), balance=Balance.FAVORS, public=PublicInterest.FAVORS))
    (question,) = harm.next_questions()
    assert question.prompt == "Is the movant likely to suffer irreparable harm without relief?"
    assert [(a.label, a.disposition) for a in question.answers] == [
        ("possible, not likely", Disposition.DENIED),
        ("likely", Disposition.GRANTED),
    ]


def test_the_interview_example_asks_in_plain_words(capsys: pytest.CaptureFixture[str]) -> None:
    import runpy

    runpy.run_path(str(ROOT / "examples" / "interview.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "How does the balance of hardships tip, seen from the movant's side?" in out
    assert "  - sharply in the movant's favor: still open" in out
    assert "Granted: settled after 2 questions." in out  # the merged weighing reads the balance the court stated
    assert "_" not in out.split("the claims alone")[1]  # no record path, no level as the record spells it


# -- a decision in a notebook ---------------------------------------------------------


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_a_decision_shows_as_one_short_line(path: Any) -> None:
    decision = injunction.evaluate(injunction.load(path))
    shown = repr(decision)
    assert len(shown) < 200 and "\n" not in shown
    assert shown.startswith(f"<Decision {decision.disposition.value.upper()}: ")


def test_a_hostile_or_long_caption_stays_one_printable_line() -> None:
    case = make_case(merits=Merits.LIKELY)
    caption = attrs.evolve(case.case, name="Evil\x1b[2J\nCo. v. " + "Opponent " * 40)
    shown = repr(injunction.evaluate(attrs.evolve(case, case=caption)))
    assert shown.isprintable() and len(shown) < 200
    assert shown.startswith("<Decision UNDETERMINED: Evil\\x1b[2J\\nCo. v. Opponent") and "\u2026 (cand)" in shown
    contrast = injunction.what_if(injunction.load(PARLER), injunction.evaluate(injunction.load(PARLER)).what_it_takes()[0])
    assert repr(contrast) == "<Comparison DENIED -> GRANTED: Parler LLC v. Amazon Web Services, Inc. (wawd), 4 findings changed>"


def test_a_decisions_mappings_show_as_dicts_and_stay_read_only() -> None:
    decision = injunction.evaluate(injunction.load(PARLER))
    assert repr(decision.failed) == (
        "{'winter': ('merits', 'balance_of_hardships', 'public_interest'), "
        "'serious_questions': ('merits', 'balance_of_hardships', 'public_interest')}"
    )
    mappings: list[Any] = [decision.failed, decision.met, decision.settles, decision.settling_sets, decision.outcomes]
    for mapping in [*mappings, decision.outcomes["merits"][0]]:
        assert not repr(mapping).startswith("mappingproxy")
        with pytest.raises(TypeError, match="read-only"):
            mapping["x"] = 1
        with pytest.raises(TypeError, match="read-only"):
            mapping.update({})
    assert decision.failed == dict(decision.failed) and json.loads(json.dumps(decision.failed)) == {
        "winter": ["merits", "balance_of_hardships", "public_interest"],
        "serious_questions": ["merits", "balance_of_hardships", "public_interest"],
    }
    assert pickle.loads(pickle.dumps(decision.failed)) == decision.failed
    assert hash(decision) == hash(injunction.evaluate(injunction.load(PARLER)))  # an immutable value


def test_to_dict_stays_plain_data() -> None:
    """`to_dict()` holds only dicts, lists and scalars: a program may change its copy."""
    open_ = injunction.evaluate(make_case(merits=Merits.SERIOUS_QUESTIONS, balance=Balance.SHARPLY_FAVORS))

    def plain(value: Any) -> bool:
        if isinstance(value, dict):
            return type(value) is dict and all(plain(v) for v in value.values())
        if isinstance(value, list):
            return all(plain(v) for v in value)
        return value is None or isinstance(value, (str, int, float, bool))

    data = open_.to_dict()
    assert data["settles"]["irreparable_harm"][0] == {"finding": {"likelihood": "none"}, "disposition": "denied"}
    assert plain(data)


def test_a_notebook_pretty_prints_a_mapping_as_a_dict() -> None:
    pretty = pytest.importorskip("IPython.lib.pretty")
    decision = injunction.evaluate(injunction.load(PARLER))
    assert pretty.pretty(decision.met) == "{'winter': (), 'serious_questions': ()}"


# -- pictures in words ------------------------------------------------------------------

_INTERNAL = re.compile(r">=|presume |irreparable_harm|balance_of_hardships|public_interest|claims\[|serious_questions|\(any_of\)|\(all_of\)")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_the_diagram_labels_nodes_in_words(path: Any) -> None:
    decision = injunction.evaluate(injunction.load(path))
    for format in ("svg", "dot", "mermaid"):
        drawn = injunction.diagram(decision, format)
        labels = re.findall(r'label="([^"]*)"', drawn) if format == "dot" else [drawn]
        for label in labels:
            assert not _INTERNAL.search(label.replace("\\n", " ")), label


def test_diagram_labels_read_as_findings() -> None:
    mermaid = injunction.diagram(injunction.evaluate(injunction.load(PARLER)), "mermaid")
    for words in (
        "preliminary injunction (any of)",
        "Winter path (all of)",
        "merits at least likely (found: none)",
        "irreparable harm likely (found: unknown)",
        "irreparable harm presumed likely",
        "balance of hardships sharply favors (found: at most even)",
        "public interest presumed in favor of relief",
    ):
        assert words in mermaid


def test_heat_maps_label_their_axes_in_words() -> None:
    parler = injunction.load(PARLER)
    table = injunction.sensitivity(parler, "claims[1].merits", "balance_of_hardships")
    assert table.keys == ("claims[1].merits", "balance_of_hardships.tips")  # data keeps the keys
    assert table.titles == ("Breach of contract (Customer Agreement, 30-day cure period)", "Balance of hardships")
    svg = table.to_svg()
    assert "Breach of contract (Customer Agreement, 30-day cure period) (rows) by Balance of hardships (columns)" in svg
    assert ">sharply favors<" in svg and ">serious questions<" in svg
    assert not _INTERNAL.search(svg) and not _INTERNAL.search(str(table))
    page = injunction.to_html(injunction.evaluate(parler), "complete")
    for figure in re.findall(r'<svg[^>]*class="heat-map".*?</svg>', page, re.S):
        assert not _INTERNAL.search(figure)
    assert ">Merits (the best claim)<" in page


def test_a_table_over_two_claims_varies_both() -> None:
    """Either claim likely grants (harm likely, balance favoring, public interest favoring)."""
    two = (Claim(name="A", merits=Merits.NONE), Claim(name="B", merits=Merits.NONE))
    case = make_case(claims=two, harm=Harm.LIKELY, balance=Balance.FAVORS, public=PublicInterest.FAVORS)
    table = injunction.sensitivity(case, "claims[0].merits", "claims[1].merits")
    assert [[d.value[0] for d in row] for row in table.cells] == [list("ddgg"), list("ddgg"), list("gggg"), list("gggg")]


def test_words_in_a_picture_are_escaped() -> None:
    claim = Claim(name='<script>alert("x")</script>', merits=Merits.LIKELY)
    table = injunction.sensitivity(make_case(claims=(claim,)), "claims[0].merits")
    assert "<script>" not in table.to_svg() and "&lt;script&gt;" in table.to_svg()


# -- the movant is never "it" ---------------------------------------------------------

# The library's own words say "it" only of the motion, the decision, a claim, or in "it is always in the public interest".
_ALLOWED_IT = re.compile(
    r"settle it|of its answers|could change it|\bIt (does not turn|would be)|it would have taken|it is not known whether"
    r"|it is always in the public interest|whether it shows"
    r"|the reasons why it should not be required"  # Rule 65(b)(1)'s words: "it" is the notice
    # A weighing's words (its clear cases, the court's discretion), never the movant's: issue 18's Seventh Circuit.
    r"|weighing only in its clear cases|in its discretion|does not weigh them for it"
)


def _record_text(case: injunction.Case) -> list[str]:
    texts = [case.case.name, case.motion.movant, case.motion.opponent]
    texts += [c.name for c in case.claims] + [c.finding or "" for c in case.claims]
    texts += [case.irreparable_harm.finding or "", case.balance_of_hardships.finding or "", case.public_interest.finding or ""]
    return sorted((t for t in texts if t), key=len, reverse=True)


@pytest.mark.parametrize("path", [*CASES, PARLER], ids=[p.stem for p in [*CASES, PARLER]])
def test_the_analysis_never_calls_the_movant_it(path: Any) -> None:
    """A movant may be a person: the library's words name the movant, never "it"."""
    case = injunction.load(path)
    decision = injunction.evaluate(case)
    record = _record_text(case)
    for style in ("court", "complete"):
        for sentence in injunction.report(decision, style).sentences():
            text = "".join(span.text for span in sentence.spans if span.kind == "plain")
            for own in record:
                text = text.replace(own, "")
            leftover = _ALLOWED_IT.sub("", text)
            assert not re.search(r"\b(it|its|itself)\b", leftover, re.I), text


def test_a_natural_person_is_named_not_it() -> None:
    """A person's motion: the analysis uses the name, and the rule's own words
    say "the movant" (no pronoun: the record does not say who the movant is)."""
    person = make_case(merits=Merits.SERIOUS_QUESTIONS, balance=Balance.EVEN)
    person = attrs.evolve(person, motion=attrs.evolve(person.motion, movant="Jane Roe"))
    complete = " ".join(injunction.to_text(injunction.evaluate(person), "complete").split())
    assert "Jane Roe has not shown that the balance of hardships tips sharply in the movant's favor" in complete
    assert "With no constitutional claim, Jane Roe has not shown" in complete
    assert " its favor" not in complete and "against it" not in complete

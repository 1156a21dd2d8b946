"""The HTML report in a real browser: headless Chromium parses the page, and
the test reads the DOM it built back.

Skipped on a machine without Chromium, except where
``INJUNCTION_REQUIRE_BROWSER`` is set, as ``.ci/run`` sets it: there a
missing browser is a failure, never a silent skip.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import pytest

import injunction
from injunction._render.document import Style

from .browser import chromium, dom
from .conftest import ROOT
from .test_render import _benign, _elements, _hostile_case

if chromium() is None and not os.environ.get("INJUNCTION_REQUIRE_BROWSER"):
    pytest.skip("no chromium on this machine (apt-get install chromium)", allow_module_level=True)


def _browse(tmp_path: Path, case: injunction.Case, name: str, style: Style = "court") -> str:
    page = tmp_path / f"{name}.html"
    page.write_text(injunction.render(injunction.evaluate(case), "html", style), encoding="utf-8")
    return dom(page)


def test_the_parler_report_shows_the_decision_every_authority_and_claim(tmp_path: Path) -> None:
    """What Chromium renders has the disposition, each claim, and (in the
    complete style) every authority of the trace in force on the day of the
    decision, cited in full (a later one, such as Nichino (2022), may be left
    out where one in force supports the rule: the law of the day)."""
    case = injunction.example("parler")
    decision = injunction.evaluate(case)
    court = html.unescape(" ".join(_browse(tmp_path, case, "court").split()))
    assert '<strong class="denied">DENIED</strong>' in court
    for claim in case.claims:
        assert claim.name in court
    assert "<svg" in court
    complete = html.unescape(" ".join(_browse(tmp_path, case, "complete", "complete").split()))
    day = case.case.decided
    assert day is not None
    for authority in {a for node in decision.trace.walk() for a in node.authorities if a.in_force(day)}:
        assert (authority.source.citation if authority.source.statute else authority.source.name) in complete, authority


def test_no_element_of_the_rendered_page_came_from_record_text(tmp_path: Path) -> None:
    """A record full of markup renders, in the browser, to the same elements
    as a record of plain words: the hostile text stayed text."""
    hostile = _elements(_browse(tmp_path, _hostile_case(), "hostile"))
    plain = _elements(_browse(tmp_path, _benign(), "plain"))
    assert hostile.tags == plain.tags
    assert not {"script", "img", "a", "iframe"} & set(hostile.tags)
    assert not [a for a in hostile.attributes if a.startswith("on")]

"""Every citation the library makes is in the verified registry, or flagged as unverified."""

from __future__ import annotations

import tomllib

import injunction.authorities as a
from injunction import Authority

from .conftest import ROOT

REGISTRY = tomllib.loads((ROOT / "tests" / "authorities.toml").read_text())["authority"]
PINS = {(entry["id"], pin["page"], pin["proposition"]): pin for entry in REGISTRY for pin in entry.get("pins", [])}
ENTRIES = {entry["id"]: entry for entry in REGISTRY}
CITED = [value for value in vars(a).values() if isinstance(value, Authority)]


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
        if authority.is_verified:
            continue
        assert authority.cite().endswith("(pin unverified)")
        assert (authority.source.id, authority.pin, authority.proposition) not in PINS


def test_sources_match_the_registry_citation() -> None:
    """Each source cites as the registry does (name, reporter and parenthetical)."""
    for authority in CITED:
        source = authority.source
        if source.id in ENTRIES:
            assert source.citation == ENTRIES[source.id]["citation"], source.id


def test_the_withdrawn_cottrell_opinion_is_never_cited() -> None:
    """622 F.3d 1045 was withdrawn; only 632 F.3d 1127 is cited."""
    assert all("622 F.3d" not in authority.cite() for authority in CITED)

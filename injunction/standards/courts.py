"""The courts whose law the library applies, by CourtListener id, the
circuit whose standard each applies, and why any other court is refused.

A record names its court, and the court picks the standard (`Circuits`).
The table is Free Law Project's courts-db, the table CourtListener's ids
come from, read once on first use: every federal court of appeals and
every federal district, bankruptcy and territorial court, each in the
circuit of the place it sits (28 U.S.C. § 41), and the Court of Federal
Claims and the Court of International Trade in the Federal Circuit, which
hears their appeals (28 U.S.C. § 1295(a)(3), (5)). A court is in `COURTS`
when the standard of its circuit is encoded (`standards.registry`): a
record from any other court is refused, naming the court and, where it is
a federal court, its circuit, rather than silently decided under another
circuit's law; a state court is refused as one.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from .._errors import InjunctionError
from .registry import REGISTRY

__all__ = ["CIRCUIT_NAMES", "CIRCUIT_OF", "COURTS", "CourtNotEncodedError", "check_court", "encoded", "explanation", "ordinals", "refusal", "suggestion"]

CIRCUIT_NAMES = MappingProxyType(
    {
        "ca1": "First Circuit",
        "ca2": "Second Circuit",
        "ca3": "Third Circuit",
        "ca4": "Fourth Circuit",
        "ca5": "Fifth Circuit",
        "ca6": "Sixth Circuit",
        "ca7": "Seventh Circuit",
        "ca8": "Eighth Circuit",
        "ca9": "Ninth Circuit",
        "ca10": "Tenth Circuit",
        "ca11": "Eleventh Circuit",
        "cadc": "D.C. Circuit",
        "cafc": "Federal Circuit",
        "scotus": "Supreme Court",
    }
)
"""Each court of appeals by CourtListener id, named as its circuit (and the Supreme Court, for its own applications)."""

# 28 U.S.C. § 41, the composition of the circuits, by the place a court sits
# as courts-db writes it ("Panama" is the former District of the Canal Zone,
# still listed in the Fifth). The District Court for the Northern Mariana
# Islands, which § 41 does not list, is reviewed by the Ninth Circuit.
_CIRCUIT_OF_PLACE = {
    place: circuit
    for circuit, places in {
        "cadc": ("Washington D.C.", "D.C.", "DC"),
        "ca1": ("Maine", "Massachusetts", "New Hampshire", "Puerto Rico", "Rhode Island"),
        "ca2": ("Connecticut", "New York", "Vermont"),
        "ca3": ("Delaware", "New Jersey", "Pennsylvania", "Virgin Islands"),
        "ca4": ("Maryland", "North Carolina", "South Carolina", "Virginia", "West Virginia"),
        "ca5": ("Panama", "Louisiana", "Mississippi", "Texas"),
        "ca6": ("Kentucky", "Michigan", "Ohio", "Tennessee"),
        "ca7": ("Illinois", "Indiana", "Wisconsin"),
        "ca8": ("Arkansas", "Iowa", "Minnesota", "Missouri", "Nebraska", "North Dakota", "South Dakota"),
        "ca9": (
            "Alaska", "Arizona", "California", "Idaho", "Montana", "Nevada", "Oregon", "Washington",
            "Guam", "Hawaii", "Northern Mariana Islands",
        ),
        "ca10": ("Colorado", "Kansas", "New Mexico", "Oklahoma", "Utah", "Wyoming"),
        "ca11": ("Alabama", "Florida", "Georgia"),
    }.items()
    for place in places
}  # fmt: skip


class Court(NamedTuple):
    """A court outside the table, as courts-db knows it."""

    id: str
    label: str  # how a lawyer names it: "S.D. Tex.", or the full name
    kind: str  # "appeals", "district", "bankruptcy", "federal", "state", "tribal", ...
    circuit: str | None  # for a federal court of appeals, district or bankruptcy court


@functools.cache
def _courts_db() -> dict[str, dict[str, Any]]:
    from courts_db import courts  # 2,800 courts: read only to explain a refusal

    return {court["id"]: court for court in courts}


def _known(court: str) -> Court | None:
    """*court* as courts-db describes it, or None for an id it does not know."""
    data = _courts_db().get(court)
    if data is None:
        return None
    name = " ".join(str(data.get("name", court)).split())
    system = str(data.get("system") or "")
    if court in CIRCUIT_NAMES:
        return Court(court, data.get("citation_string") or name, "appeals", court)
    if system != "federal":
        return Court(court, name, system or "non-federal", None)
    label = data.get("citation_string") or name
    if data.get("type") == "bankruptcy":
        kind = "bankruptcy"
    elif "District Court" in name and "Circuit Court" not in name:
        kind = "district"
    else:
        return Court(court, label, "federal", None)
    return Court(court, label, kind, _CIRCUIT_OF_PLACE.get(str(data.get("location"))))


# Federal courts outside the regional circuits whose appeals go to the Federal
# Circuit: the Court of Federal Claims (28 U.S.C. § 1295(a)(3)) and the Court of
# International Trade (§ 1295(a)(5)).
_FEDERAL_CIRCUIT_COURTS = ("uscfc", "cit")


@functools.cache
def _table() -> Mapping[str, tuple[str, str]]:
    """Court id -> (name, circuit) for every federal court courts-db knows
    whose circuit's standard is encoded, courts of appeals first, in the
    registry's order, then the others by id."""
    found: dict[str, tuple[str, str]] = {}
    for court in REGISTRY:
        if court in _courts_db():
            found[court] = (" ".join(str(_courts_db()[court]["name"]).split()), court)
    others: dict[str, tuple[str, str]] = {}
    for court in _courts_db():
        known = _known(court)
        if known is None or court in found:
            continue
        circuit = "cafc" if court in _FEDERAL_CIRCUIT_COURTS else known.circuit
        if circuit is not None and circuit in REGISTRY and known.kind in ("district", "bankruptcy", "federal"):
            others[court] = (" ".join(str(_courts_db()[court]["name"]).split()), circuit)
    found.update(sorted(others.items()))
    return MappingProxyType(found)


class _Lazy(Mapping[str, str]):
    """A read-only view of one column of the court table, read from courts-db
    when first used (importing the library does not load it)."""

    def __init__(self, column: int) -> None:
        self._column = column

    def __getitem__(self, court: str) -> str:
        return _table()[court][self._column]

    def __iter__(self) -> Iterator[str]:
        return iter(_table())

    def __len__(self) -> int:
        return len(_table())

    def __contains__(self, court: object) -> bool:
        return court in _table()

    def __repr__(self) -> str:
        return f"{{{', '.join(f'{k!r}: {v!r}' for k, v in self.items())}}}"


COURTS: Mapping[str, str] = _Lazy(0)
"""Each court whose law the library applies, by CourtListener id: its name as courts-db gives it."""
CIRCUIT_OF: Mapping[str, str] = _Lazy(1)
"""Each court of `COURTS`, by id: the circuit whose standard it applies."""


def known_federal(court: str) -> bool:
    """Whether *court* is a federal district court (courts-db), whose patent
    claims the Federal Circuit's law governs."""
    known = _known(court)
    return known is not None and known.kind == "district"


def ordinals() -> str:
    """The circuits whose courts are in the table, in words: "Ninth and Second"."""
    names = [CIRCUIT_NAMES[c].removesuffix(" Circuit") for c in REGISTRY if c != "scotus"]
    return " and ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " and " + names[-1]


def encoded() -> str:
    """The circuits whose law the library encodes, in words: "the Ninth and Second Circuits"."""
    own = ", and the Supreme Court's own applications" if "scotus" in REGISTRY else ""
    return f"the {ordinals()} Circuits{own}"


def refusal(court: str) -> str:
    """Why the library will not decide a motion in *court* under that court's
    law: what the court is and, for a federal court, the circuit it is in.

    >>> refusal("armfor")
    'C.A.A.F. (armfor) is a federal court outside the regional circuits, whose standard is not encoded'
    >>> refusal("cal")
    'California Supreme Court (cal) is a state court; the library encodes federal standards only'
    """
    known = _known(court)
    if known is None:
        return f"{json.dumps(court)} is not a court id CourtListener knows"
    named = f"{known.label} ({court})"
    circuit = CIRCUIT_NAMES.get(known.circuit or "")
    if court in _FEDERAL_CIRCUIT_COURTS:
        return f"{named} is reviewed by the Federal Circuit (28 U.S.C. § 1295(a)), whose standard is not encoded"
    if known.kind == "appeals":
        return f"{named} is the {circuit}'s court of appeals, whose standard is not encoded"
    if circuit is not None and known.circuit in REGISTRY:
        return f"{named} is a {known.kind} court in the {circuit}, but not one of the courts the library applies its law in"
    if circuit is not None:
        return f"{named} is in the {circuit}, whose standard is not encoded"
    if known.kind in ("district", "bankruptcy", "federal"):
        return f"{named} is a federal court outside the regional circuits, whose standard is not encoded"
    return f"{named} is a {known.kind} court; the library encodes federal standards only"


_APPEALS = re.compile(r"ca([0-9]+|dc|fc)")


def _appeals(court: str) -> bool:
    """Whether an id has the shape of a court of appeals' (``ca9``, ``cadc``)."""
    return _APPEALS.fullmatch(court) is not None


def suggestion(court: str) -> str | None:
    """A court in the table that *court* is a near miss of, of the same kind
    (a court of appeals for what looks like one, a trial court for the rest);
    None for a real court outside the table, so never ``idd`` for ``dcd``
    or ``ca9`` for ``cal``.

    >>> suggestion("CAND"), suggestion("ca99"), suggestion("cacdd"), suggestion("dcd"), suggestion("cal")
    ('cand', 'ca9', 'cacd', None, None)
    """
    if court in COURTS:
        return None
    plain = re.sub(r"[^a-z0-9]", "", court[:40].lower())
    if plain in COURTS:
        return plain
    if _known(court) is not None or _known(plain) is not None:
        return None
    import difflib

    same = [c for c in COURTS if _appeals(c) == _appeals(plain)]
    close = difflib.get_close_matches(plain, same, n=1, cutoff=0.75)
    return close[0] if close else None


def explanation(court: str) -> str:
    """The refusal, with a did-you-mean where the id is a near miss."""
    near = suggestion(court)
    return refusal(court) + (f"; did you mean {json.dumps(near)}?" if near else "")


class CourtNotEncodedError(InjunctionError, ValueError):
    """A motion in a court whose law the library does not encode: refused,
    never decided under another court's law. *court* is the id as given,
    *circuit* the court's circuit where it is a known federal court.

    >>> import injunction
    >>> injunction.Circuits().rule_for(injunction.Case(
    ...     case=injunction.Caption(name="A v. B", court="armfor"),
    ...     motion=injunction.Motion(kind=injunction.MotionKind.PRELIMINARY_INJUNCTION, relief=injunction.Relief.PROHIBITORY,
    ...         movant="A", opponent="B"),
    ...     claims=(injunction.Claim(name="Lanham Act § 43(a)"),),
    ... ))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    injunction.CourtNotEncodedError: C.A.A.F. (armfor) is a federal court outside the regional circuits, whose standard is not encoded; this library decides motions under the law of the Ninth, ... (injunction.COURTS lists their courts)
    """

    def __init__(self, court: str) -> None:
        self.court = court
        known = _known(court)
        self.circuit = known.circuit if known is not None else None
        super().__init__(
            f"{explanation(court)}; this library decides motions under the law of {encoded()} "
            "(injunction.COURTS lists their courts)"
        )


def check_court(court: str) -> str:
    """The circuit whose law binds *court*, or `CourtNotEncodedError`."""
    circuit = CIRCUIT_OF.get(court)
    if circuit is None:
        raise CourtNotEncodedError(court)
    return circuit


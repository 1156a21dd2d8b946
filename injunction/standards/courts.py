"""The courts whose law the library encodes, by CourtListener id, the
circuit whose standard each applies, and why any other court is refused.

A record names its court, and the court picks the standard (`Circuits`).
Only courts in this table can be evaluated under the court's own law: a
record from any other court is refused, naming the court and, where it is
a federal court, its circuit, rather than silently decided under another
circuit's law. What a court outside the table is (its name, its kind, the
state or territory it sits in) comes from Free Law Project's courts-db,
the table CourtListener's ids come from; which circuit a place belongs to
is 28 U.S.C. § 41.
"""

from __future__ import annotations

import functools
import json
import re
from types import MappingProxyType
from typing import Any, NamedTuple

from .._errors import InjunctionError

__all__ = ["CIRCUIT_NAMES", "CIRCUIT_OF", "COURTS", "CourtNotEncodedError", "check_court", "encoded", "explanation", "known_federal", "ordinals", "refusal", "suggestion"]

# court id -> (name, the circuit whose law binds it). The Supreme Court's own
# applications follow its own standards (`standards.supreme_court`); the Federal
# Circuit's, its own (a patent claim in any district court goes there too:
# `Circuits.standard_for`).
_TABLE = {
    "ca9": ("Court of Appeals for the Ninth Circuit", "ca9"),
    "akd": ("District Court, D. Alaska", "ca9"),
    "azd": ("District Court, D. Arizona", "ca9"),
    "cacd": ("District Court, C.D. California", "ca9"),
    "caed": ("District Court, E.D. California", "ca9"),
    "cand": ("District Court, N.D. California", "ca9"),
    "casd": ("District Court, S.D. California", "ca9"),
    "gud": ("District Court, D. Guam", "ca9"),
    "hid": ("District Court, D. Hawaii", "ca9"),
    "idd": ("District Court, D. Idaho", "ca9"),
    "mtd": ("District Court, D. Montana", "ca9"),
    "nmid": ("District Court, Northern Mariana Islands", "ca9"),
    "nvd": ("District Court, D. Nevada", "ca9"),
    "ord": ("District Court, D. Oregon", "ca9"),
    "waed": ("District Court, E.D. Washington", "ca9"),
    "wawd": ("District Court, W.D. Washington", "ca9"),
    "ca2": ("Court of Appeals for the Second Circuit", "ca2"),
    "ctd": ("District Court, D. Connecticut", "ca2"),
    "nyed": ("District Court, E.D. New York", "ca2"),
    "nynd": ("District Court, N.D. New York", "ca2"),
    "nysd": ("District Court, S.D. New York", "ca2"),
    "nywd": ("District Court, W.D. New York", "ca2"),
    "vtd": ("District Court, D. Vermont", "ca2"),
    "cafc": ("Court of Appeals for the Federal Circuit", "cafc"),
    "scotus": ("Supreme Court of the United States", "scotus"),
}

COURTS = MappingProxyType({court: name for court, (name, _) in _TABLE.items()})
CIRCUIT_OF = MappingProxyType({court: circuit for court, (_, circuit) in _TABLE.items()})

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
"""Each court of appeals by CourtListener id, named as its circuit."""

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


def known_federal(court: str) -> bool:
    """Whether *court* is a federal district court (courts-db), whose patent
    claims the Federal Circuit's law governs."""
    known = _known(court)
    return known is not None and known.kind == "district"


def ordinals() -> str:
    """The circuits whose courts are in the table, in words: "Ninth and Second"."""
    names = [CIRCUIT_NAMES[c].removesuffix(" Circuit") for c in dict.fromkeys(CIRCUIT_OF.values()) if c != "scotus"]
    return " and ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " and " + names[-1]


def encoded() -> str:
    """The circuits whose law the library encodes, in words: "the Ninth and Second Circuits"."""
    own = ", and the Supreme Court's own applications" if "scotus" in CIRCUIT_OF.values() else ""
    return f"the {ordinals()} Circuits{own}"


def refusal(court: str) -> str:
    """Why the library will not decide a motion in *court* under that court's
    law: what the court is and, for a federal court, the circuit it is in.

    >>> refusal("txsd")
    'S.D. Tex. (txsd) is in the Fifth Circuit, whose standard is not encoded'
    >>> refusal("cal")
    'California Supreme Court (cal) is a state court; the library encodes federal standards only'
    """
    known = _known(court)
    if known is None:
        return f"{json.dumps(court)} is not a court id CourtListener knows"
    named = f"{known.label} ({court})"
    circuit = CIRCUIT_NAMES.get(known.circuit or "")
    if known.kind == "appeals":
        return f"{named} is the {circuit}'s court of appeals, whose standard is not encoded"
    if circuit is not None and known.circuit in CIRCUIT_OF.values():
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
    ...     case=injunction.Caption(name="A v. B", court="txsd"),
    ...     motion=injunction.Motion(kind=injunction.MotionKind.PRELIMINARY_INJUNCTION, relief=injunction.Relief.PROHIBITORY,
    ...         movant="A", opponent="B"),
    ...     claims=(injunction.Claim(name="Lanham Act § 43(a)"),),
    ... ))
    Traceback (most recent call last):
    ...
    injunction.CourtNotEncodedError: S.D. Tex. (txsd) is in the Fifth Circuit, whose standard is not encoded; this library decides motions under the law of the Ninth, Second and Federal Circuits, and the Supreme Court's own applications (injunction.COURTS lists their courts)
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


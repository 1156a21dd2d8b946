"""The courts whose law the library encodes, by CourtListener id, and the
circuit whose standard each applies.

A record names its court, and the court picks the standard (`Circuits`).
Only courts in this table can be evaluated: a record from any other court
is refused rather than silently decided under the wrong circuit's law.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["CIRCUIT_OF", "COURTS"]

# court id -> (name, the circuit whose law binds it). The Supreme Court's own
# records are read under the Ninth Circuit's standard, as before (Winter came
# from the Ninth Circuit).
_TABLE = {
    "scotus": ("Supreme Court of the United States", "ca9"),
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
}

COURTS = MappingProxyType({court: name for court, (name, _) in _TABLE.items()})
CIRCUIT_OF = MappingProxyType({court: circuit for court, (_, circuit) in _TABLE.items()})

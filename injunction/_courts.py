"""The courts whose law the library encodes, by CourtListener id.

A record names its court; only a court bound by the Ninth Circuit's law
(the Supreme Court, the Ninth Circuit and the fifteen district courts
within it) can be evaluated, so a record from another circuit is refused
rather than silently decided under the wrong law.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["COURTS"]

COURTS = MappingProxyType(
    {
        "scotus": "Supreme Court of the United States",
        "ca9": "Court of Appeals for the Ninth Circuit",
        "akd": "District Court, D. Alaska",
        "azd": "District Court, D. Arizona",
        "cacd": "District Court, C.D. California",
        "caed": "District Court, E.D. California",
        "cand": "District Court, N.D. California",
        "casd": "District Court, S.D. California",
        "gud": "District Court, D. Guam",
        "hid": "District Court, D. Hawaii",
        "idd": "District Court, D. Idaho",
        "mtd": "District Court, D. Montana",
        "nmid": "District Court, Northern Mariana Islands",
        "nvd": "District Court, D. Nevada",
        "ord": "District Court, D. Oregon",
        "waed": "District Court, E.D. Washington",
        "wawd": "District Court, W.D. Washington",
    }
)

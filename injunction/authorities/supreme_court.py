"""The Supreme Court's authorities on its own stays and injunctions
(`standards.supreme_court`). Research: docs/research/research18-scotus.md.

Turner was read on its U.S. Reports pages (a page-split copy); Hollingsworth, Lux and Roman Catholic Diocese only as
slip opinions, so they are cited without a page, as the library's reading."""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "HOLLINGSWORTH",
    "HOLLINGSWORTH_STAY",
    "LUX",
    "LUX_INDISPUTABLY_CLEAR",
    "ROMAN_CATHOLIC_DIOCESE",
    "ROMAN_CATHOLIC_DIOCESE_WINTER",
    "TURNER",
    "TURNER_1302",
    "TURNER_1303",
]

TURNER = Source(
    "turner",
    "Turner Broad. Sys., Inc. v. FCC",
    "Turner",
    "507 U.S. 1301",
    "(1993) (Rehnquist, C.J., in chambers)",
    decided=datetime.date(1993, 4, 29),
)
HOLLINGSWORTH = Source(
    "hollingsworth", "Hollingsworth v. Perry", "Hollingsworth", "558 U.S. 183", "(2010) (per curiam)", decided=datetime.date(2010, 1, 13)
)
LUX = Source(
    "lux", "Lux v. Rodrigues", "Lux", "561 U.S. 1306", "(2010) (Roberts, C.J., in chambers)", decided=datetime.date(2010, 9, 30)
)
ROMAN_CATHOLIC_DIOCESE = Source(
    "roman_catholic_diocese",
    "Roman Catholic Diocese of Brooklyn v. Cuomo",
    "Roman Catholic Diocese",
    "592 U.S. 14",
    "(2020) (per curiam)",
    decided=datetime.date(2020, 11, 25),
)

TURNER_1303 = TURNER.at(
    "1303",
    "An injunction pending appeal issues only if necessary or appropriate in aid of the Court's jurisdiction and the legal rights at issue are indisputably clear.",
    quote="the legal rights at issue are \"indisputably clear,\"",
    verified="yes",
)
TURNER_1302 = TURNER.at(
    "1302",
    "An injunction, unlike a stay, grants judicial intervention that the lower courts have withheld, and asks more of the applicant.",
    quote="an injunction \"grants judicial intervention that has been withheld by the lower courts.\"",
    verified="yes",
)
LUX_INDISPUTABLY_CLEAR = LUX.at(
    None,
    (
        "An applicant for an injunction pending appeal must show that its right to relief is indisputably clear; "
        "the application was denied. (Cited without a page, as the library's reading: page 1307 was not seen.)"
    ),
)
HOLLINGSWORTH_STAY = HOLLINGSWORTH.at(
    None,
    (
        "A stay pending certiorari needs a reasonable probability that four Justices will consider the issue "
        "sufficiently meritorious to grant certiorari, a fair prospect that a majority will vote to reverse the "
        "judgment below, and a likelihood of irreparable harm from the denial of a stay; in close cases the Court "
        "balances the equities and weighs the relative harms. (Cited without a page, as the library's reading: the "
        "words were seen on the slip opinion, not on page 190 of the U.S. Reports.)"
    ),
)
ROMAN_CATHOLIC_DIOCESE_WINTER = ROMAN_CATHOLIC_DIOCESE.at(
    None,
    (
        "The full Court granted an injunction pending appeal on Winter's factors: claims likely to prevail, "
        "irreparable injury without relief, and no harm to the public interest. (Cited without a page, as the "
        "library's reading: the words were seen on slip page 2, not on a page of the U.S. Reports.)"
    ),
)

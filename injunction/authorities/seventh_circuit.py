"""The Seventh Circuit's authorities (`standards.seventh_circuit`).

Research: docs/research/research18-ca7.md. Stored copies hold only the openings of
these opinions, so most pins are unverified; the threshold rests on Cassell as
Finch v. Treto quotes it. The Seventh Circuit's own order in Illinois
Republican Party, No. 20-2175 (7th Cir. July 3, 2020) (seen whole) states the
same threshold, but an unpublished order has no reporter citation to cite.
"""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "A_AND_F",
    "A_AND_F_STAY",
    "CASSELL",
    "CASSELL_544",
    "GIRL_SCOUTS",
    "GIRL_SCOUTS_SLIDING_SCALE",
    "ILL_REPUBLICAN",
    "ILL_REPUBLICAN_STRONG_SHOWING",
]

GIRL_SCOUTS = Source(
    "girl_scouts_manitou",
    "Girl Scouts of Manitou Council, Inc. v. Girl Scouts of U.S. of Am., Inc.",
    "Girl Scouts",
    "549 F.3d 1079",
    "(7th Cir. 2008)",
    # The order of Sept. 11, 2008 gave no reasons ("with an opinion to follow"); the
    # opinion, with the two phases and the sliding scale, was filed Dec. 15, 2008 (V, slip header).
    decided=datetime.date(2008, 12, 15),
)
A_AND_F = Source(
    "a_and_f",
    "In re A & F Enters., Inc. II",
    "A & F",
    "742 F.3d 763",
    "(7th Cir. 2014)",
    decided=datetime.date(2014, 2, 7),  # slip header (cetient, ecases)
)
ILL_REPUBLICAN = Source(
    "ill_republican_party",
    "Ill. Republican Party v. Pritzker",
    "Ill. Republican Party",
    "973 F.3d 760",
    "(7th Cir. 2020)",
    # The day is the research lead's (Sept. 3, 2020); no stored copy of the opinion's header
    # was reached (a digest of Oct. 26, 2020 names the panel: Wood, Barrett, St. Eve).
    decided=datetime.date(2020, 9, 3),
)
CASSELL = Source(
    "cassell",
    "Cassell v. Snyders",
    "Cassell",
    "990 F.3d 539",
    "(7th Cir. 2021)",
    decided=datetime.date(2021, 3, 8),  # slip header (cetient)
)

GIRL_SCOUTS_SLIDING_SCALE = GIRL_SCOUTS.at(
    None,
    (
        "A threshold phase (some likelihood of success, no adequate remedy at law, irreparable harm), then a "
        "balancing phase on a sliding scale: the more likely the movant is to win, the less the balance of harms "
        "need weigh in its favor. (Cited without a page, as the library's reading of the opinion: page 1086 "
        "was not seen.)"
    ),
)
ILL_REPUBLICAN_STRONG_SHOWING = ILL_REPUBLICAN.at(
    None,
    (
        "After Winter and Nken a 'better than negligible' chance of success is not enough: the movant must make a "
        "strong showing of likely success, though not proof by a preponderance. (Cited without a page, as the "
        "library's reading of the opinion: pages 762-63 were not seen; summaries only.)"
    ),
)
CASSELL_544 = CASSELL.at(
    "544",
    "The threshold: some likelihood of success, inadequate legal remedies, and irreparable harm without relief.",
    quote="traditional legal remedies are inadequate",
    verified=(
        "via quotation in Finch v. Treto, 82 F.4th 572, 578 (7th Cir. 2023), as district opinions quote it "
        "(https://print.casetext.com/case/finch-v-treto-1/how-cited)"
    ),
)
A_AND_F_STAY = A_AND_F.at(
    None,
    (
        "The standard for a stay pending appeal mirrors the preliminary-injunction standard, sliding scale "
        "included. (Cited without a page, as the library's reading: the words were seen without a page; 766 "
        "is reported only second-hand.)"
    ),
)

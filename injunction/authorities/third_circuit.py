"""The Third Circuit's authorities (`standards.third_circuit`).

Research: docs/research/research18-ca3.md. Every stored copy of these
opinions holds only its opening, so the one pin below rests on a star-paged
reproduction (Reilly at 177-78); the words of Reilly's gateways and of
Revel's roadmap were seen quoted, without a page, by practitioners' reports
of the opinions, so those are cited without a page, as the library's reading.
"""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "REILLY",
    "REILLY_177",
    "REILLY_GATEWAYS",
    "REILLY_WEIGHING",
    "REVEL",
    "REVEL_STAY",
    "REVEL_STRONG_MERITS",
    "TRINITY",
    "TRINITY_HEAVY_BURDEN",
]

REILLY = Source(
    "reilly",
    "Reilly v. City of Harrisburg",
    "Reilly",
    "858 F.3d 173",
    "(3d Cir. 2017)",
    decided=datetime.date(2017, 5, 25),  # "Opinion filed: May 25, 2017" (slip, cetient); casetext header
)
REVEL = Source(
    "revel",
    "In re Revel AC, Inc.",
    "Revel",
    "802 F.3d 558",
    "(3d Cir. 2015)",
    decided=datetime.date(2015, 9, 30),  # "(Opinion filed: September 30, 2015)" (ecases copy); stay ordered Feb. 6, 2015
)
TRINITY = Source(
    "trinity",
    "Trinity Indus., Inc. v. Chicago Bridge & Iron Co.",
    "Trinity",
    "735 F.3d 131",
    "(3d Cir. 2013)",
    decided=datetime.date(2013, 8, 20),  # "(Filed: August 20, 2013)" (ecases, elawyers copies)
)

REILLY_177 = REILLY.at(
    "177-78",
    "Winter did not overrule the Third Circuit's balancing of the preliminary-injunction factors.",
    quote="for four reasons we think Winter did not overrule our balancing-of-the-factors standard",
    verified="yes: a star-paged reproduction of the opinion (page 177, break to *178), electionlawblog.org/?p=118915 (Nov. 2020)",
)
REILLY_GATEWAYS = REILLY.at(
    None,
    (
        "Two gateway factors: a chance of success on the merits significantly better than negligible but not "
        "necessarily more likely than not, and irreparable harm more likely than not. (Cited without a page, as the "
        "library's reading of the holding: the words were seen quoted, without a page, in reports of the opinion; "
        "page 179 was not seen.)"
    ),
)
REILLY_WEIGHING = REILLY.at(
    None,
    (
        "Once the gateways are met, the court determines in its sound discretion whether all four factors, taken "
        "together, balance in favor of relief. (Cited without a page, as the library's reading of the holding: "
        "the words were seen quoted without a page; page 179 was not seen.)"
    ),
)
REVEL_STAY = REVEL.at(
    None,
    (
        "A stay pending appeal takes the same gateways (a chance of success significantly better than negligible, "
        "and irreparable harm absent a stay), then a sliding-scale weighing of all four factors. (Cited without a "
        "page, as the library's reading of the opinion: its roadmap was seen quoted without a page; 568-71 not seen.)"
    ),
)
REVEL_STRONG_MERITS = REVEL.at(
    None,
    (
        "Where the applicant is all but sure to win, a stay may issue though the public interest weighs against "
        "a stay, the balance of harms favoring the applicant (as in Revel itself). (Cited without a page, as the "
        "library's reading of the holding, seen only in reports of the opinion.)"
    ),
)
TRINITY_HEAVY_BURDEN = TRINITY.at(
    None,
    (
        "A mandatory preliminary injunction, which alters the status quo, carries a particularly heavy burden on "
        "the merits. (Cited without a page, as the library's reading: the lead's words, at 139; neither the "
        "opinion's page nor a citing opinion was read.)"
    ),
)

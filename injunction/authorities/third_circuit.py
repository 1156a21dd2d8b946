"""The Third Circuit's authorities (`standards.third_circuit`).

Research: /work/briefs/research18-ca3.md. Every stored copy of these
opinions holds only its opening, so the pins below rest on a star-paged
reproduction (Reilly at 177-78) or are flagged unverified; the words of
Reilly's gateways (at 179) and of Revel's roadmap were seen quoted, without
a page, by practitioners' reports of the opinions.
"""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "REILLY",
    "REILLY_177",
    "REILLY_179",
    "REILLY_179_WEIGHING",
    "REVEL",
    "REVEL_STAY",
    "REVEL_STRONG_MERITS",
    "TRINITY",
    "TRINITY_139",
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
REILLY_179 = REILLY.at(
    "179",
    (
        "Two gateway factors: a chance of success on the merits significantly better than negligible but not "
        "necessarily more likely than not, and irreparable harm more likely than not."
    ),
    quote="significantly better than negligible but not necessarily more likely than not",
)
REILLY_179_WEIGHING = REILLY.at(
    "179",
    "Once the gateways are met, the court weighs all four factors in its sound discretion.",
    quote="determines in its sound discretion if all four factors, taken together, balance in favor of granting the requested preliminary relief",
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
        "it, the balance of harms favoring the applicant (as in Revel itself). (Cited without a page, as the "
        "library's reading of the holding, seen only in reports of the opinion.)"
    ),
)
TRINITY_139 = TRINITY.at(
    "139",
    (
        "A mandatory preliminary injunction, which alters the status quo, carries a particularly heavy burden on "
        "the merits (the lead's words; neither the opinion nor a citing one was read)."
    ),
)

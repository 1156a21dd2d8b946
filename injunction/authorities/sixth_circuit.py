"""The Sixth Circuit's authorities (`standards.sixth_circuit`).

Research: docs/research/research18-ca6.md. The four factors and their
balancing are verified through the words of Eastern District of Michigan
orders that quote them with their pins; the rest rests on the openings of
the opinions (no page seen) and is cited without a page or flagged.
"""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "CERTIFIED_RESTORATION",
    "CERTIFIED_RESTORATION_BALANCED",
    "DT_SUMNER",
    "DT_SUMNER_HARM",
    "EAGLE_PICHER",
    "EAGLE_PICHER_859",
    "GRIEPENTROG",
    "GRIEPENTROG_STAY",
    "OBAMA_HUSTED",
    "OBAMA_HUSTED_DETERMINATIVE",
    "SANDISON",
    "SANDISON_1030",
]

SANDISON = Source(
    "sandison",
    "Sandison v. Mich. High Sch. Athletic Ass'n",
    "Sandison",
    "64 F.3d 1026",
    "(6th Cir. 1995)",
    decided=datetime.date(1995, 9, 12),  # vLex header "Decision Date 12 September 1995"
)
EAGLE_PICHER = Source(
    "eagle_picher",
    "In re Eagle-Picher Indus., Inc.",
    "Eagle-Picher",
    "963 F.2d 855",
    "(6th Cir. 1992)",
    decided=datetime.date(1992, 5, 7),  # "Decided May 7, 1992" (casetext copy)
)
CERTIFIED_RESTORATION = Source(
    "certified_restoration",
    "Certified Restoration Dry Cleaning Network, L.L.C. v. Tenke Corp.",
    "Certified Restoration",
    "511 F.3d 535",
    "(6th Cir. 2007)",
    decided=datetime.date(2007, 12, 17),  # "Decided and Filed: December 17, 2007" (casetext copy)
)
DT_SUMNER = Source(
    "dt_sumner",
    "D.T. v. Sumner Cnty. Schs.",
    "D.T.",
    "942 F.3d 324",
    "(6th Cir. 2019)",
    decided=datetime.date(2019, 11, 8),  # vLex header "Decision Date 08 November 2019"
)
OBAMA_HUSTED = Source(
    "obama_husted",
    "Obama for Am. v. Husted",
    "Obama for America",
    "697 F.3d 423",
    "(6th Cir. 2012)",
    decided=datetime.date(2012, 10, 5),  # slip: "Decided and Filed: October 5, 2012"
)
GRIEPENTROG = Source(
    "griepentrog",
    "Mich. Coal. of Radioactive Material Users, Inc. v. Griepentrog",
    "Griepentrog",
    "945 F.2d 150",
    "(6th Cir. 1991)",
    decided=datetime.date(1991, 9, 24),  # "Decided Sept. 24, 1991" (cetient, ecases copies)
)

SANDISON_1030 = SANDISON.at(
    "1030",
    "The four factors for a TRO or preliminary injunction in the Sixth Circuit.",
    quote="whether the movant has shown a strong or substantial likelihood or probability of success on the merits",
    verified="via quotation in Fieger v. Cox, No. 05-CV-73891 (E.D. Mich. Oct. 18, 2005) (print.casetext.com/case/fieger-v-cox-3)",
)
EAGLE_PICHER_859 = EAGLE_PICHER.at(
    "859",
    "The four factors are balanced, not prerequisites: they guide the court's discretion.",
    quote="these factors simply guide the discretion of the court; they are not meant to be rigid and unbending requirements",
    verified="via quotation in Fieger v. Cox, No. 05-CV-73891 (E.D. Mich. Oct. 18, 2005) (print.casetext.com/case/fieger-v-cox-3)",
)
CERTIFIED_RESTORATION_BALANCED = CERTIFIED_RESTORATION.at(
    None,
    (
        "The four preliminary-injunction factors are to be balanced, not prerequisites that must each be met. "
        "(Cited without a page, as the library's reading: the opinion's opening was read, page 542 was not.)"
    ),
)
DT_SUMNER_HARM = DT_SUMNER.at(
    None,
    (
        "Irreparable harm is indispensable: a movant who has not shown an immediate, irreparable injury is denied "
        "whatever the other factors. (Cited without a page, as the library's reading of the holding: the opinion's "
        "opening was read, its pages 326-27 were not.)"
    ),
)
OBAMA_HUSTED_DETERMINATIVE = OBAMA_HUSTED.at(
    None,
    (
        "Where a preliminary injunction is sought on a potential constitutional violation, the likelihood of success "
        "often will be the determinative factor. (Cited without a page, as the library's reading: the words are the "
        "lead's, at 436; the opinion's opening was read, that page was not.)"
    ),
)
GRIEPENTROG_STAY = GRIEPENTROG.at(
    None,
    (
        "A stay pending appeal takes the same four factors, balanced together (the stay there granted). (Cited "
        "without a page, as the library's reading of the opinion: pages 153-54 were not seen.)"
    ),
)

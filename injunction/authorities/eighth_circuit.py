"""The Eighth Circuit's authorities (`standards.eighth_circuit`).

No Eighth Circuit reporter page was seen in a copy of the opinion itself
(the stored copies hold only openings; research18-ca8.md). The pins marked
verified are quoted with that page by district orders of the circuit (Scott
v. Culver, N.D. Iowa 2008; the report and recommendation in Arnzen v.
Palmer, N.D. Iowa 2012, read page by page); the rest are cited without a
page, as the library's reading.
"""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "BRADY_V_NFL",
    "BRADY_STAY",
    "DAKOTA_INDUSTRIES",
    "DAKOTA_INDUSTRIES_440",
    "DATAPHASE",
    "DATAPHASE_113",
    "DATAPHASE_WEIGHED",
    "ROUNDS",
    "ROUNDS_LIKELY",
    "SB_MCLAUGHLIN",
    "SB_MCLAUGHLIN_708",
    "SIERRA_CLUB_CORPS",
    "SIERRA_CLUB_CORPS_989",
    "SIERRA_CLUB_CORPS_993",
    "WATKINS",
    "WATKINS_HARM",
]

_SCOTT_V_CULVER = (
    "via quotation in Scott v. Culver, No. 08-CV-04018-LRR (N.D. Iowa Apr. 30, 2008), "
    "https://e.casetext.com/case/scott-v-culver"
)
_ARNZEN_RR = (
    "via quotation in Arnzen v. Palmer, No. C12-4001-DEO (N.D. Iowa) (report and recommendation), "
    "https://www.yumpu.com/en/document/view/22418460/arnzen-v-palmer-northern-district-of-iowa"
)

DATAPHASE = Source(
    "dataphase",
    "Dataphase Sys., Inc. v. C L Sys., Inc.",
    "Dataphase",
    "640 F.2d 109",
    "(8th Cir. 1981) (en banc)",
    decided=datetime.date(1981, 1, 7),  # the opinion's header (casetext, cetient, vLex)
)
ROUNDS = Source(
    "rounds",
    "Planned Parenthood Minn., N.D., S.D. v. Rounds",
    "Rounds",
    "530 F.3d 724",
    "(8th Cir. 2008) (en banc)",
    decided=datetime.date(2008, 6, 27),  # the opinion's header (casetext); the clerk's summary gives the same day
)
SB_MCLAUGHLIN = Source(
    "sb_mclaughlin", "S.B. McLaughlin & Co. v. Tudor Oaks Condo. Project", "S.B. McLaughlin", "877 F.2d 707", "(8th Cir. 1989)",
    decided=datetime.date(1989, 6, 15),  # header (casetext, Justia)
)
SIERRA_CLUB_CORPS = Source(
    "sierra_club_corps", "Sierra Club v. U.S. Army Corps of Eng'rs", "Sierra Club", "645 F.3d 978", "(8th Cir. 2011)",
    decided=datetime.date(2011, 7, 14),  # header (the court's docket copy on Justia, cetient)
)
DAKOTA_INDUSTRIES = Source(
    "dakota_industries", "Dakota Indus., Inc. v. Ever Best Ltd.", "Dakota Industries", "944 F.2d 438", "(8th Cir. 1991)",
    decided=datetime.date(1991, 9, 12),  # header (casetext, Justia)
)
WATKINS = Source(
    "watkins", "Watkins Inc. v. Lewis", "Watkins", "346 F.3d 841", "(8th Cir. 2003)",
    decided=datetime.date(2003, 10, 21),  # header (vLex, elawyers slip copy)
)
BRADY_V_NFL = Source(
    "brady_v_nfl",
    "Brady v. Nat'l Football League",
    "Brady",
    "640 F.3d 785",
    "(8th Cir. 2011) (per curiam)",
    decided=datetime.date(2011, 5, 16),  # vLex header; docslib copy of the slip opinion ("Filed: May 16, 2011")
)

DATAPHASE_113 = DATAPHASE.at(
    "113",
    "The four Dataphase factors govern preliminary injunctions and temporary restraining orders.",
    quote=(
        "(1) the threat of irreparable harm to the movant; (2) the state of the balance between this harm and the "
        "injury that granting the injunction will inflict on other parties litigant; (3) the probability that movant "
        "will succeed on the merits; and (4) the public interest."
    ),
    verified=_SCOTT_V_CULVER,
)
DATAPHASE_WEIGHED = DATAPHASE.at(
    None,
    (
        "The factors are weighed: no single factor is dispositive; all are considered and balanced. (Cited "
        "without a page, as the library's reading: district courts of the circuit say so, e.g. Scott v. Culver "
        "(N.D. Iowa 2008) quoting Doe v. Miller (S.D. Iowa 2003); the page of Dataphase was not seen.)"
    ),
)
SB_MCLAUGHLIN_708 = SB_MCLAUGHLIN.at(
    "708",
    "Dataphase's standard applies to temporary restraining orders.",
    verified=_SCOTT_V_CULVER.replace("via quotation", "via citation"),
)
SIERRA_CLUB_CORPS_989 = SIERRA_CLUB_CORPS.at(
    "989",
    "The Dataphase factors are consistent with the factors the Supreme Court articulated in Winter.",
    verified=_ARNZEN_RR.replace("via quotation", "via citation") + ", page 3",
)
SIERRA_CLUB_CORPS_993 = SIERRA_CLUB_CORPS.at(
    "993-94",
    (
        "After Winter the preferred wording of the merits showing is a likelihood of success, which differs "
        "somewhat from Dataphase's once familiar 'fair ground for litigation'; what matters is whether the movant "
        "is likely to succeed on at least some of the movant's claims."
    ),
    quote="this “preferred wording” of the standard for success differs somewhat from the “once familiar” formulation in Dataphase",
    verified=_ARNZEN_RR + ", page 4",
)
DAKOTA_INDUSTRIES_440 = DAKOTA_INDUSTRIES.at(
    "440",
    "Where a preliminary injunction would give the movant substantially the relief the movant would obtain after trial, the movant's burden is particularly heavy.",
    quote="heavy",
    verified=_ARNZEN_RR + ", page 12",
)
ROUNDS_LIKELY = ROUNDS.at(
    None,
    (
        "Against a state statute, enacted through democratic processes, the movant must show a likelihood of prevailing on the merits, "
        "not merely a fair chance of success. (Cited without a page, as the library's reading: 732-33 was not "
        "seen; the Eighth Circuit clerk's summary of the opinion says the same.)"
    ),
)
WATKINS_HARM = WATKINS.at(
    None,
    (
        "Failure to show irreparable harm is an independently sufficient ground for denying a preliminary "
        "injunction. (Cited without a page, as the library's reading: 844 was not seen.)"
    ),
)
BRADY_STAY = BRADY_V_NFL.at(
    None,
    (
        "A stay pending appeal turns on the Nken factors (the NFL's motion for a stay of a preliminary injunction "
        "granted). (Cited without a page, as the library's reading: the opinion's page was not seen.)"
    ),
)

"""The First Circuit's authorities (`standards.first_circuit`).

No First Circuit reporter page was seen in a copy of the opinion itself (the
stored copies hold only openings; research18-ca1.md). The pins marked
verified are quoted with that page by short orders of the District of Maine
stored whole; the rest are cited without a page, as the library's reading.
"""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "AFDI_V_MBTA",
    "AFDI_SINE_QUA_NON",
    "BELLOTTI",
    "BELLOTTI_PUBLIC_INTEREST",
    "COMMON_CAUSE_RI",
    "COMMON_CAUSE_RI_STAY",
    "ESSO",
    "ESSO_17",
    "MATOS",
    "MATOS_73",
    "NIEVES_MARQUEZ",
    "NIEVES_MARQUEZ_120",
    "PEOPLES_FEDERAL",
    "PEOPLES_FEDERAL_8",
    "TOGETHER_EMPLOYEES",
    "TOGETHER_EMPLOYEES_7",
]

_MALLINCKRODT = (
    "via quotation in Mallinckrodt LLC v. Littell (D. Me. Dec. 8, 2008) (order denying a TRO), "
    "https://www.anylaw.com/case/mallinckrodt-llc-v-littell/d-maine/12-08-2008/to_hQWYBTlTomsSBFAx_"
)

ESSO = Source("esso", "Esso Standard Oil Co. v. Monroig-Zayas", "Esso", "445 F.3d 13", "(1st Cir. 2006)")  # its day was not found in a stored copy
NIEVES_MARQUEZ = Source(
    "nieves_marquez", "Nieves-Márquez v. Puerto Rico", "Nieves-Márquez", "353 F.3d 108", "(1st Cir. 2003)",
    decided=datetime.date(2003, 12, 24),  # header (cetient slip copy, midpage)
)
MATOS = Source(
    "matos", "Matos ex rel. Matos v. Clinton Sch. Dist.", "Matos", "367 F.3d 68", "(1st Cir. 2004)",
    decided=datetime.date(2004, 5, 11),  # header (cetient slip copy, Justia)
)
PEOPLES_FEDERAL = Source(
    "peoples_federal", "Peoples Fed. Sav. Bank v. People's United Bank", "Peoples Federal", "672 F.3d 1", "(1st Cir. 2012)",
    decided=datetime.date(2012, 2, 10),  # header (CourtListener slip copy, vLex)
)
AFDI_V_MBTA = Source(
    "afdi_v_mbta", "Am. Freedom Def. Initiative v. Mass. Bay Transp. Auth.", "AFDI", "781 F.3d 571", "(1st Cir. 2015)",
    decided=datetime.date(2015, 3, 30),  # header (cetient slip copy, casetext)
)
BELLOTTI = Source(
    "bellotti", "Planned Parenthood League of Mass. v. Bellotti", "Bellotti", "641 F.2d 1006", "(1st Cir. 1981)",
    decided=datetime.date(1981, 2, 9),  # header (casetext: decided Feb. 9, 1981; rehearing denied Apr. 15, 1981)
)
TOGETHER_EMPLOYEES = Source(
    "together_employees",
    "Together Emps. v. Mass Gen. Brigham Inc.",
    "Together Employees",
    "19 F.4th 1",
    "(1st Cir. 2021)",
    decided=datetime.date(2021, 11, 18),  # casetext header
)
COMMON_CAUSE_RI = Source(
    "common_cause_ri",
    "Common Cause R.I. v. Gorbea",
    "Common Cause R.I.",
    "970 F.3d 11",
    "(1st Cir. 2020)",
    decided=datetime.date(2020, 8, 7),  # the opinion's header (casetext, Justia)
)

ESSO_17 = ESSO.at(
    "17-18",
    "The four factors for a preliminary injunction (and, in the District of Maine, for a TRO).",
    quote=(
        "(1) the likelihood of success on the merits; (2) the potential for irreparable harm [to the movant] if the "
        "injunction is denied; (3) the balance of relevant impositions, i.e., the hardship to the non-movant if "
        "enjoined as contrasted with the hardship to the movant if no injunction issues; and, (4) the effect (if any) "
        "of the court's ruling on the public interest."
    ),
    verified=_MALLINCKRODT,
)
NIEVES_MARQUEZ_120 = NIEVES_MARQUEZ.at(
    "120",
    "The movant bears the burden of showing that the four factors weigh in the movant's favor.",
    quote="weigh in its favor",
    verified=_MALLINCKRODT,
)
MATOS_73 = MATOS.at(
    "73",
    "Irreparable harm is a threshold showing: without that showing no preliminary injunctive relief issues.",
    quote="necessary threshold showing for awarding preliminary injunctive relief",
    verified=_MALLINCKRODT,
)
PEOPLES_FEDERAL_8 = PEOPLES_FEDERAL.at(
    "8-9",
    "Injunctive relief is an extraordinary remedy, never awarded as of right.",
    quote="an extraordinary and drastic remedy that is never awarded as of right",
    verified=(
        "via quotation in Man Against Xtinction v. Comm'r of Me. Dep't of Marine Res., No. 1:19-cv-00406-LEW "
        "(D. Me. Nov. 5, 2019), https://print.casetext.com/case/xtinction-v-commr-of-me-dept-of-marine-res"
    ),
)
TOGETHER_EMPLOYEES_7 = TOGETHER_EMPLOYEES.at(
    "7-8",
    "An injunction pending appeal has requirements the movant must meet; the court denied one to appellants who had not met them.",
    quote="they had not met the requirements for an injunction pending appeal",
    verified=(
        "via citation in Together Emps. v. Mass Gen. Brigham Inc., No. 21-1909 (1st Cir. Apr. 27, 2022), "
        "http://www.ecases.us/case/ca1/c8837968/together-employees-v-mass-general-brigham-incorporated"
    ),
)
AFDI_SINE_QUA_NON = AFDI_V_MBTA.at(
    None,
    (
        "Likelihood of success on the merits is the sine qua non of the test for injunctive relief. (Cited "
        "without a page, as the library's reading: a district order, Armstrong v. Jewell (D.R.I. 2015), "
        "says so citing the case without a pin; New Comm Wireless, 287 F.3d 1, 9, was not seen.)"
    ),
)
BELLOTTI_PUBLIC_INTEREST = BELLOTTI.at(
    None,
    (
        "The movant must show that the public interest will not be adversely affected by the injunction: a "
        "neutral public interest suffices. (Cited without a page, as the library's reading: Armstrong v. "
        "Jewell (D.R.I. 2015) states the criterion citing the case without a pin.)"
    ),
)
COMMON_CAUSE_RI_STAY = COMMON_CAUSE_RI.at(
    None,
    (
        "A stay pending appeal in the First Circuit turns on the Nken factors (motion to stay a consent judgment "
        "denied). (Cited without a page, as the library's reading: the opinion's page was not seen.)"
    ),
)

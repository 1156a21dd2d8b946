"""The D.C. Circuit's authorities (`standards.dc_circuit`).

Research: docs/research/research18-cadc.md. Sherley's pins are verified through
two District of Columbia opinions that quote them; the rest are cited without
a page (the library's reading) or flagged.
"""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "CITYFED",
    "CITYFED_HARM",
    "HOLIDAY_TOURS",
    "HOLIDAY_TOURS_STAY",
    "SHERLEY",
    "SHERLEY_392",
    "SHERLEY_393",
    "WIS_GAS",
    "WIS_GAS_CERTAIN_AND_GREAT",
]

SHERLEY = Source(
    "sherley",
    "Sherley v. Sebelius",
    "Sherley",
    "644 F.3d 388",
    "(D.C. Cir. 2011)",
    decided=datetime.date(2011, 4, 29),  # slip header (cetient)
)
CITYFED = Source(
    "cityfed",
    "CityFed Fin. Corp. v. Office of Thrift Supervision",
    "CityFed",
    "58 F.3d 738",
    "(D.C. Cir. 1995)",
    decided=datetime.date(1995, 7, 11),  # header (cetient, elawyers)
)
WIS_GAS = Source(
    "wis_gas",
    "Wis. Gas Co. v. FERC",
    "Wis. Gas",
    "758 F.2d 669",
    "(D.C. Cir. 1985) (per curiam)",
    decided=datetime.date(1985, 3, 29),  # the opinion (the order denying the stays: Dec. 18, 1984), casetext header
)
HOLIDAY_TOURS = Source(
    "holiday_tours",
    "Wash. Metro. Area Transit Comm'n v. Holiday Tours, Inc.",
    "Holiday Tours",
    "559 F.2d 841",
    "(D.C. Cir. 1977)",
    decided=datetime.date(1977, 7, 5),  # header (vLex)
)

SHERLEY_392 = SHERLEY.at(
    "392",
    "The D.C. Circuit has weighed the four factors on a sliding scale.",
    verified=(
        "via citation in ConverDyn v. Moniz, 2014 U.S. Dist. LEXIS 127838, at *21 (D.D.C. Sept. 12, 2014), "
        "reproduced at https://jhany.com/2014/12/01/did-the-sliding-scale-preliminary-injunction-test-survive-winter-circuit-split/"
    ),
)
SHERLEY_393 = SHERLEY.at(
    "393",
    (
        "Whether the sliding scale survives Winter is open: the court read Winter at least to suggest that likely "
        "success is a free-standing requirement, but did not decide it."
    ),
    quote=(
        "we read Winter at least to suggest if not to hold 'that a likelihood of success is an independent, "
        "free-standing requirement for a preliminary injunction.'"
    ),
    verified=(
        "via quotation in Holiday CVS, L.L.C. v. Holder, 839 F. Supp. 2d 145 (D.D.C. 2012), n.8, reproduced at "
        "https://jhany.com/2012/09/02/lingering-doubt-and-circuit-split-concerning-continued-vitality-of-sliding-scale-standard-for-preliminary-injunctive-relief/ ; "
        "also ConverDyn v. Moniz (D.D.C. Sept. 12, 2014), n.2"
    ),
)
CITYFED_HARM = CITYFED.at(
    None,
    (
        "A failure to show irreparable harm is enough to deny a preliminary injunction, whatever the other factors "
        "show. (Cited without a page, as the library's reading of the holding: the opening affirms the denial on "
        "harm alone; page 747 was not seen.)"
    ),
)
WIS_GAS_CERTAIN_AND_GREAT = WIS_GAS.at(
    None,
    (
        "Irreparable injury must be both certain and great, actual and not theoretical. (Cited without a page, as "
        "the library's reading: page 674 was not seen.)"
    ),
)
HOLIDAY_TOURS_STAY = HOLIDAY_TOURS.at(
    None,
    (
        "A stay pending appeal may issue on a serious legal question when the other factors weigh strongly for "
        "it: the stay factors on a sliding scale. (Cited without a page, as the library's reading of the "
        "holding: page 841 was seen, the passage at 843-44 was not.)"
    ),
)

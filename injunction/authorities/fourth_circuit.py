"""The Fourth Circuit's authorities (`standards.fourth_circuit`).

Research: ``docs/research/research18-ca4.md``. The stored copies of the
Fourth Circuit's own opinions hold only their openings, so every pin here is
verified, where it is, through a later opinion that quotes it with the page.
"""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "BLACKWELDER",
    "BLACKWELDER_196",
    "DEWHURST",
    "DEWHURST_290",
    "HILTON",
    "HILTON_778",
    "LONG_V_ROBINSON",
    "LONG_V_ROBINSON_979",
    "MICROSOFT_ANTITRUST",
    "MICROSOFT_ANTITRUST_526",
    "REAL_TRUTH",
    "REAL_TRUTH_347",
    "REAL_TRUTH_347_BLACKWELDER",
]

REAL_TRUTH = Source(
    "real_truth",
    "Real Truth About Obama, Inc. v. FEC",
    "Real Truth",
    "575 F.3d 342",
    "(4th Cir. 2009)",
    decided=datetime.date(2009, 8, 5),  # "Decided: August 5, 2009" (ecases, vlex, casetext headers)
    history="vacated on other grounds, 130 S. Ct. 2371 (2010), adhered to in part, 607 F.3d 355 (4th Cir. 2010)",
)
BLACKWELDER = Source(
    "blackwelder",
    "Blackwelder Furniture Co. of Statesville v. Seilig Mfg. Co.",
    "Blackwelder",
    "550 F.2d 189",
    "(4th Cir. 1977)",
)
DEWHURST = Source("dewhurst", "Dewhurst v. Century Aluminum Co.", "Dewhurst", "649 F.3d 287", "(4th Cir. 2011)")
MICROSOFT_ANTITRUST = Source(
    "microsoft_antitrust", "In re Microsoft Corp. Antitrust Litig.", "In re Microsoft", "333 F.3d 517", "(4th Cir. 2003)"
)
LONG_V_ROBINSON = Source(
    "long_v_robinson",
    "Long v. Robinson",
    "Long",
    "432 F.2d 977",
    "(4th Cir. 1970) (Winter, J., in chambers)",
    decided=datetime.date(1970, 8, 11),  # vlex header: "Decision Date 11 August 1970"
)
HILTON = Source("hilton", "Hilton v. Braunskill", "Hilton", "481 U.S. 770", "(1987)")

REAL_TRUTH_347 = REAL_TRUTH.at(
    "347",
    "A preliminary injunction requires each of Winter's four showings, as the Supreme Court stated them.",
    quote="he is likely to succeed on the merits",
    verified="via quotation in Agbro v. Am. Partners Bank (D. Md. June 21, 2019) (Hazel, J.), elawyers.us copy, citing 575 F.3d at 347",
)
REAL_TRUTH_347_BLACKWELDER = REAL_TRUTH.at(
    "347",
    "After Winter, Blackwelder's balance-of-hardship test is no longer the law of the Fourth Circuit: no serious-questions path.",
    quote="may no longer be applied in granting or denying preliminary injunctions in the Fourth Circuit",
    verified="via quotation in Allstate Ins. Co. v. Warns (D. Md. Feb. 29, 2012), as reproduced on jhany.com",
)
DEWHURST_290 = DEWHURST.at(
    "290",
    "All four requirements must be met; a preliminary injunction issues only on a clear showing of entitlement.",
    quote="extraordinary remedy that may only be awarded upon a clear showing that the plaintiff is entitled to such relief",
    verified="via quotation in Agbro v. Am. Partners Bank (D. Md. June 21, 2019), elawyers.us copy",
)
BLACKWELDER_196 = BLACKWELDER.at(
    "196",
    (
        "Before Real Truth: a 'flexible interplay' of the factors; where the balance of hardship tips decidedly "
        "toward the plaintiff, grave or serious questions on the merits suffice."
    ),
    quote="'flexible interplay' among all the factors considered",
    verified="via quotation in Allstate Ins. Co. v. Warns (D. Md. Feb. 29, 2012), as reproduced on jhany.com",
)
MICROSOFT_ANTITRUST_526 = MICROSOFT_ANTITRUST.at(
    "526",
    "Courts apply a more stringent standard to mandatory preliminary injunctions, which alter the status quo.",
    verified="via citation in O Centro Espirita Beneficiente Uniao do Vegetal v. Ashcroft, 389 F.3d 973, 978-79 (10th Cir. 2004) (en banc), as reproduced on a blog",
)
LONG_V_ROBINSON_979 = LONG_V_ROBINSON.at(
    "979",
    "A stay pending appeal turns on likely success on appeal, irreparable injury, harm to the other parties and the public interest (Virginia Petroleum Jobbers).",
    quote="The legal principles by which an application for a stay of an order of a district court pending appeal is to be judged may be simply stated",
    verified="via quotation in First Amendment Coal. v. Judicial Inquiry & Review Bd. (E.D. Pa. Apr. 2, 1984) (Pollak, J.), findacase copy",
)
HILTON_778 = HILTON.at(
    "778",
    "Where the other stay factors militate strongly in the applicant's favor, a substantial case on the merits may suffice for a stay.",
    quote="substantial case on the merits",
    verified="via quotation in Miller v. Brown, 465 F. Supp. 2d 584 (E.D. Va. 2007), as reproduced on jhany.com",
)

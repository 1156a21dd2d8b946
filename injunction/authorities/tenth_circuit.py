"""The Tenth Circuit's authorities (`standards.tenth_circuit`).

Research: docs/research/research18-ca10.md. Most Tenth Circuit opinions were
seen only in their opening pages; pins rest on later opinions that quote
them, and a pin no opinion was seen quoting is cited without a page."""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "AID_FOR_WOMEN",
    "AID_FOR_WOMEN_1115",
    "DINE",
    "DINE_NO_MODIFIED_TEST",
    "HARMON",
    "HARMON_1146",
    "HOMANS",
    "HOMANS_1243",
    "NORTHERN_NATURAL_GAS",
    "NORTHERN_NATURAL_GAS_1266_DISFAVORED",
    "NORTHERN_NATURAL_GAS_1266_RELAXED",
    "O_CENTRO",
    "O_CENTRO_DISFAVORED",
]

_GARLAND = "via quotation in State of Kansas v. Garland, No. 24-cv-01086-TC-TJJ (D. Kan. July 10, 2024) (casetext print copy)"
_KITCHEN = (
    "via quotation in Kitchen v. Herbert, No. 13-4178 (10th Cir. Dec. 24, 2013) (order denying emergency motion for "
    "stay), slip p. 2 (Scribd and pdfslide copies)"
)
_SCRIBD_2014 = (
    "via quotation in a 2014 district-court order of the Tenth Circuit granting a preliminary injunction (Scribd "
    "document 234913376; its caption is not in the stored excerpt)"
)

HARMON = Source("harmon", "Harmon v. City of Norman", "Harmon", "981 F.3d 1141", "(10th Cir. 2020)")
DINE = Source(
    "dine",
    "Diné Citizens Against Ruining Our Env't v. Jewell",
    "Diné Citizens",
    "839 F.3d 1276",
    "(10th Cir. 2016)",
    decided=datetime.date(2016, 10, 27),  # slip caption ("FILED ... October 27, 2016"), ecases and Justia copies
)
O_CENTRO = Source(
    "o_centro",
    "O Centro Espirita Beneficiente Uniao do Vegetal v. Ashcroft",
    "O Centro",
    "389 F.3d 973",
    "(10th Cir. 2004) (en banc)",
)
NORTHERN_NATURAL_GAS = Source(
    "northern_natural_gas", "N. Nat. Gas Co. v. L.D. Drilling, Inc.", "Northern Natural Gas", "697 F.3d 1259", "(10th Cir. 2012)"
)
HOMANS = Source("homans", "Homans v. City of Albuquerque", "Homans", "264 F.3d 1240", "(10th Cir. 2001)")
AID_FOR_WOMEN = Source("aid_for_women", "Aid for Women v. Foulston", "Aid for Women", "441 F.3d 1101", "(10th Cir. 2006)")

HARMON_1146 = HARMON.at(
    "1146",
    (
        "The four preliminary-injunction factors in the Tenth Circuit: a substantial likelihood of success, "
        "irreparable harm, a threatened injury that outweighs the harm to the opponent, and an injunction not "
        "adverse to the public interest."
    ),
    quote="the injunction, if issued, is not adverse to the public interest",
    verified=_GARLAND,
)
DINE_NO_MODIFIED_TEST = DINE.at(
    None,
    (
        "After Winter, the circuit's modified test (serious questions going to the merits where the other "
        "three factors tip strongly) is impermissible: likely success is always required. (Cited without a "
        "page, as the library's reading of the holding: page 1282 was not seen.)"
    ),
)
NORTHERN_NATURAL_GAS_1266_RELAXED = NORTHERN_NATURAL_GAS.at(
    "1266",
    "Before Diné, where the three latter factors weighed in the movant's favor, the probability-of-success factor was relaxed.",
    quote="where the three latter factors weigh in favor of the movant, the probability of success factor is relaxed",
    verified=_SCRIBD_2014,
)
NORTHERN_NATURAL_GAS_1266_DISFAVORED = NORTHERN_NATURAL_GAS.at(
    "1266",
    (
        "A disfavored injunction (one that alters the status quo, is mandatory, or gives all the relief a trial "
        "would) requires a strong showing on the likelihood of success and on the balance of harms."
    ),
    quote="strong showing",
    verified=_SCRIBD_2014 + " (paraphrase citing this page and Flood v. ClearOne, 618 F.3d 1110, 1117 n.1)",
)
O_CENTRO_DISFAVORED = O_CENTRO.at(
    None,
    (
        "Three kinds of preliminary injunction are disfavored (altering the status quo, mandatory, all the relief "
        "a trial would give) and need a strong showing on the merits and the balance; the modified test does not "
        "reach them (aff'd, 546 U.S. 418 (2006)). (Cited without a page, as the library's reading: pages 975-76 were not seen.)"
    ),
)
HOMANS_1243 = HOMANS.at(
    "1243",
    (
        "A stay pending appeal turns on the likelihood of success on appeal, the threat of irreparable harm, the "
        "absence of harm to opposing parties, and any risk of harm to the public interest (10th Cir. R. 8.1)."
    ),
    quote="(1) the likelihood of success on appeal; (2) the threat of irreparable harm if the stay is not granted; (3) the absence of harm to opposing parties if the stay is granted; and (4) any risk of harm to the public interest",
    verified=_KITCHEN,
)
AID_FOR_WOMEN_1115 = AID_FOR_WOMEN.at(
    "1115",
    "Where there is harm on both sides of the stay question, the likelihood-of-success-on-appeal standard is not relaxed.",
    verified="via citation in Evans v. Utah, No. 14-4060 (10th Cir. July 11, 2014) (order), slip p. 2 (Scribd copy) (paraphrase citing this page)",
)

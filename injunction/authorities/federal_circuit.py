"""The Federal Circuit's authorities on preliminary relief in patent cases
(`standards.federal_circuit`). Research: docs/research/research18-cafc.md.

The stored copies of these opinions are slip opinions and the openings of
reporter copies, so most pages could not be seen: a rule cites such a case
without a page, as the library's reading of it, rather than print a page
nobody checked. Apple II's page 1374 is quoted with that page by the court's
own later opinion in Apple IV (as a treatise reproduces it)."""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "AMAZON",
    "AMAZON_SUBSTANTIAL_QUESTION",
    "APPLE_I",
    "APPLE_II",
    "APPLE_II_1374",
    "APPLE_I_CAUSAL_NEXUS",
    "BOSCH",
    "BOSCH_NO_PRESUMPTION",
    "EBAY",
    "EBAY_FOUR_FACTORS",
    "HYBRITECH",
    "HYBRITECH_GOVERNING_LAW",
    "PURDUE_PHARMA",
    "PURDUE_PHARMA_PRESUMPTION",
    "TITAN_TIRE",
    "TITAN_TIRE_MORE_LIKELY",
]

AMAZON = Source(
    "amazon",
    "Amazon.com, Inc. v. Barnesandnoble.com, Inc.",
    "Amazon.com",
    "239 F.3d 1343",
    "(Fed. Cir. 2001)",
    decided=datetime.date(2001, 2, 14),
)
TITAN_TIRE = Source(
    "titan_tire", "Titan Tire Corp. v. Case New Holland, Inc.", "Titan Tire", "566 F.3d 1372", "(Fed. Cir. 2009)", decided=datetime.date(2009, 6, 3)
)
PURDUE_PHARMA = Source(
    "purdue_pharma",
    "Purdue Pharma L.P. v. Boehringer Ingelheim GmbH",
    "Purdue Pharma",
    "237 F.3d 1359",
    "(Fed. Cir. 2001)",
    decided=datetime.date(2001, 2, 1),  # "DECIDED: February 1, 2001" (openjurist, cetient)
)
HYBRITECH = Source(
    "hybritech", "Hybritech Inc. v. Abbott Labs.", "Hybritech", "849 F.2d 1446", "(Fed. Cir. 1988)", decided=datetime.date(1988, 6, 17)
)
EBAY = Source("ebay", "eBay Inc. v. MercExchange, L.L.C.", "eBay", "547 U.S. 388", "(2006)", decided=datetime.date(2006, 5, 15))
BOSCH = Source(
    "bosch", "Robert Bosch LLC v. Pylon Mfg. Corp.", "Bosch", "659 F.3d 1142", "(Fed. Cir. 2011)", decided=datetime.date(2011, 10, 13)
)
APPLE_I = Source(
    "apple_i", "Apple, Inc. v. Samsung Elecs. Co.", "Apple I", "678 F.3d 1314", "(Fed. Cir. 2012)", decided=datetime.date(2012, 5, 14)
)
APPLE_II = Source(
    "apple_ii", "Apple Inc. v. Samsung Elecs. Co.", "Apple II", "695 F.3d 1370", "(Fed. Cir. 2012)", decided=datetime.date(2012, 10, 11)
)

AMAZON_SUBSTANTIAL_QUESTION = AMAZON.at(
    None,
    (
        "If the accused infringer raises a substantial question concerning either infringement or validity, that "
        "is, asserts a defense the patentee cannot prove lacks substantial merit, the preliminary injunction should "
        "not issue. (Cited without a page, as the library's reading: the words were seen in case briefs and in a "
        "later opinion as a practice guide quotes it, not on page 1350-51 of the reporter.)"
    ),
)
TITAN_TIRE_MORE_LIKELY = TITAN_TIRE.at(
    None,
    (
        "Likely success on a patent claim is likely infringement and likely survival of the validity challenges: "
        "the court weighs the evidence and asks whether the patentee has shown that it will more likely than not "
        "prevail over the challenge; a substantial question is one the patentee has not so answered. (Cited "
        "without a page, as the library's reading: pages 1376-79 were not seen.)"
    ),
)
PURDUE_PHARMA_PRESUMPTION = PURDUE_PHARMA.at(
    None,
    (
        "Before eBay, a patentee who clearly showed both validity and infringement was entitled to a rebuttable "
        "presumption of irreparable harm. (Cited without a page, as the library's reading: page 1363 was not seen.)"
    ),
)
HYBRITECH_GOVERNING_LAW = HYBRITECH.at(
    None,
    (
        "Federal Circuit law governs a preliminary injunction on a patent claim, whatever the district court; the "
        "regional circuit's law governs the rest. (Cited without a page, as the library's reading: footnote 12 at "
        "1451 was not seen.)"
    ),
)
EBAY_FOUR_FACTORS = EBAY.at(
    None,
    (
        "The traditional four-factor test of equity applies to patent disputes no less than to other cases: no "
        "general rule that an injunction follows infringement. (Cited without a page, as the library's reading.)"
    ),
)
BOSCH_NO_PRESUMPTION = BOSCH.at(
    None,
    (
        "eBay jettisoned the presumption of irreparable harm as it applies to determining the appropriateness of "
        "injunctive relief. (Cited without a page, as the library's reading: the words were seen in extracts of the "
        "slip opinion, not on page 1149 of the reporter.)"
    ),
)
APPLE_I_CAUSAL_NEXUS = APPLE_I.at(
    None,
    (
        "To show irreparable harm the patentee must show that the infringement caused the harm: a causal nexus "
        "between the harm and the infringement. (Cited without a page, as the library's reading: page 1324 was not "
        "seen.)"
    ),
)
APPLE_II_1374 = APPLE_II.at(
    "1374",
    "The patentee must show that a causal nexus relates the alleged harm to the alleged infringement.",
    quote="causal nexus relates the alleged harm to the alleged infringement",
    verified=(
        "via quotation in Apple Inc. v. Samsung Elecs. Co., 809 F.3d 633, 639 (Fed. Cir. 2015), as reproduced at "
        "patentdamagesbook.com/permanent-injunction/causal-nexus.html (research18-cafc.md)"
    ),
)

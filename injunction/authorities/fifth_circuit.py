"""The Fifth Circuit's authorities (`standards.fifth_circuit`).

Research: ``docs/research/research18-ca5.md``. Slip pages of the Fifth
Circuit's own 2023 opinions in All. for Hippocratic Med. v. FDA were seen on
Wikisource page transcriptions; older pins are verified through later
opinions that quote them with the page.
"""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "ALLIED_MKTG",
    "ALLIED_MKTG_809",
    "BYRNE",
    "BYRNE_1133",
    "CANAL_AUTHORITY",
    "CANAL_AUTHORITY_572",
    "MARTINEZ_V_MATHEWS",
    "MARTINEZ_V_MATHEWS_1243",
    "MS_POWER_LIGHT",
    "MS_POWER_LIGHT_621",
    "RUIZ",
    "RUIZ_SUBSTANTIAL_CASE",
    "TX_DEMOCRATIC_PARTY",
    "TX_DEMOCRATIC_PARTY_412",
]

CANAL_AUTHORITY = Source(
    "canal_authority", "Canal Auth. of Fla. v. Callaway", "Canal Authority", "489 F.2d 567", "(5th Cir. 1974)"
)
MS_POWER_LIGHT = Source(
    "ms_power_light", "Miss. Power & Light Co. v. United Gas Pipe Line Co.", "Miss. Power & Light", "760 F.2d 618", "(5th Cir. 1985)"
)
ALLIED_MKTG = Source("allied_mktg", "Allied Mktg. Grp., Inc. v. CDL Mktg., Inc.", "Allied Mktg.", "878 F.2d 806", "(5th Cir. 1989)")
BYRNE = Source("byrne", "Byrne v. Roemer", "Byrne", "847 F.2d 1130", "(5th Cir. 1988)")
MARTINEZ_V_MATHEWS = Source("martinez_v_mathews", "Martinez v. Mathews", "Martinez", "544 F.2d 1233", "(5th Cir. 1976)")
RUIZ = Source("ruiz", "Ruiz v. Estelle", "Ruiz", "650 F.2d 555", "(5th Cir. 1981) (per curiam)")
TX_DEMOCRATIC_PARTY = Source(
    "tx_democratic_party", "Tex. Democratic Party v. Abbott", "Tex. Democratic Party", "961 F.3d 389", "(5th Cir. 2020)"
)

CANAL_AUTHORITY_572 = CANAL_AUTHORITY.at(
    "572",
    "Four prerequisites, each the movant's burden: a substantial likelihood of success, a substantial threat of irreparable injury, threatened injury outweighing the harm to the defendant, and no disservice to the public interest.",
    quote="the movant bears the burden of satisfying the four prerequisites for this extraordinary relief",
    verified="via quotation in Cranford v. Stringer, No. 3:06cv450 (S.D. Miss. Feb. 16, 2007), Doc. 19 (Justia)",
)
MS_POWER_LIGHT_621 = MS_POWER_LIGHT.at(
    "621",
    "The four requirements are not balanced: each must be met; a preliminary injunction is the exception rather than the rule.",
    quote="to be treated as the exception rather than the rule",
    verified="via quotation in Thompson v. LeBlanc, No. 19-566 (M.D. La. Dec. 11, 2020), and Cranford v. Stringer (S.D. Miss. 2007)",
)
ALLIED_MKTG_809 = ALLIED_MKTG.at(
    "809",
    "The movant must clearly carry the burden of persuasion on all four factors.",
    quote="should be granted only if the movant has clearly carried the burden of persuasion with respect to all four factors",
    verified="via quotation in Thompson v. LeBlanc, No. 19-566 (M.D. La. Dec. 11, 2020)",
)
BYRNE_1133 = BYRNE.at(
    "1133",
    "'Substantial' likelihood does not mean certain; at a minimum the movant must present a substantial case on the merits.",
    quote="present a substantial case on the merits",
    verified="via quotation in All. for Hippocratic Med. v. FDA, No. 23-10362, slip op. 37-38 (5th Cir. Aug. 16, 2023) (Wikisource)",
)
MARTINEZ_V_MATHEWS_1243 = MARTINEZ_V_MATHEWS.at(
    "1243",
    "Mandatory preliminary relief is particularly disfavored and issues only where the facts and law clearly favor the movant.",
    quote="particularly disfavored, and should not be issued unless the facts and law clearly favor the moving party",
    verified="via quotation in Stanley v. Univ. of S. Cal., 13 F.3d 1313, 1320 (9th Cir. 1994) (through Anderson, 612 F.2d at 1114), as reproduced on a blog",
)
RUIZ_SUBSTANTIAL_CASE = RUIZ.at(
    None,
    (
        "A stay may issue on a substantial case on the merits when a serious legal question is involved and the "
        "balance of the equities weighs heavily in favor of the stay. (Cited without a page, as the library's reading "
        "of the holding: the words were seen quoted in Reading & Bates Petroleum Co. v. Musslewhite (5th Cir. 1994), "
        "without a pin; page 565 was not seen.)"
    ),
)
TX_DEMOCRATIC_PARTY_412 = TX_DEMOCRATIC_PARTY.at(
    "412",
    "Where the government appeals an injunction, its interests and the public interest merge.",
    verified="via quotation in All. for Hippocratic Med. v. FDA, No. 23-10362, slip op. 53 (5th Cir. Aug. 16, 2023) (Wikisource)",
)

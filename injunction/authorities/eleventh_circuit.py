"""The Eleventh Circuit's authorities (`standards.eleventh_circuit`).

Research: docs/research/research18-ca11.md. The pins are verified through the
Wikisource transcription of Wood v. Raffensperger (N.D. Ga. 2020) and a
stored district order in Swain v. Junior (S.D. Fla. 2020)."""

from __future__ import annotations

from ._model import Source

__all__ = [
    "BLOEDORN",
    "BLOEDORN_1229",
    "DEM_EXEC_COMM_LEE",
    "DEM_EXEC_COMM_LEE_1317",
    "GARCIA_MIR",
    "GARCIA_MIR_SUBSTANTIAL_CASE",
    "MARTINEZ",
    "MARTINEZ_MANDATORY",
    "MCDONALDS",
    "MCDONALDS_1306",
    "SIEGEL",
    "SIEGEL_1175",
    "SIEGEL_1176",
    "WINDSOR",
    "WINDSOR_916",
]

_WOOD = "via quotation in Wood v. Raffensperger, No. 1:20-cv-04651-SDG (N.D. Ga. Nov. 20, 2020), slip op. {} (Wikisource)"

MCDONALDS = Source("mcdonalds", "McDonald's Corp. v. Robertson", "McDonald's", "147 F.3d 1301", "(11th Cir. 1998)")
SIEGEL = Source("siegel", "Siegel v. LePore", "Siegel", "234 F.3d 1163", "(11th Cir. 2000) (en banc)")
BLOEDORN = Source("bloedorn", "Bloedorn v. Grube", "Bloedorn", "631 F.3d 1218", "(11th Cir. 2011)")
WINDSOR = Source("windsor_11th", "Windsor v. United States", "Windsor", "379 F. App'x 912", "(11th Cir. 2010)")
DEM_EXEC_COMM_LEE = Source(
    "dem_exec_comm_lee", "Democratic Exec. Comm. of Fla. v. Lee", "Democratic Exec. Comm.", "915 F.3d 1312", "(11th Cir. 2019)"
)
GARCIA_MIR = Source("garcia_mir", "Garcia-Mir v. Meese", "Garcia-Mir", "781 F.2d 1450", "(11th Cir. 1986)")
MARTINEZ = Source("martinez_mathews", "Martinez v. Mathews", "Martinez", "544 F.2d 1233", "(5th Cir. 1976)")

MCDONALDS_1306 = MCDONALDS.at(
    "1306",
    (
        "The four prerequisites: a substantial likelihood of success, irreparable injury unless the injunction "
        "issues, a threatened injury that outweighs the damage to the opponent, and an injunction not adverse to "
        "the public interest."
    ),
    quote="(1) substantial likelihood of success on the merits; (2) [that] irreparable injury will be suffered unless the injunction issues",
    verified=_WOOD.format(11),
)
SIEGEL_1176 = SIEGEL.at(
    "1176",
    "A preliminary injunction is an extraordinary and drastic remedy: the movant must clearly carry the burden of persuasion on each of the four prerequisites.",
    quote="a preliminary injunction is an extraordinary and drastic remedy not to be granted unless the movant clearly established the burden of persuasion as to each of the four prerequisites",
    verified=_WOOD.format(11),
)
SIEGEL_1175 = SIEGEL.at(
    "1175-76",
    "Irreparable injury is the sine qua non of injunctive relief.",
    quote="A showing of irreparable injury is the sine qua non of injunctive relief.",
    verified=_WOOD.format(37),
)
BLOEDORN_1229 = BLOEDORN.at(
    "1229",
    "Without a substantial likelihood of success the court need not consider the other requirements.",
    quote="If [plaintiff] is unable to show a substantial likelihood of success on the merits, we need not consider the other requirements.",
    verified=_WOOD.format(37),
)
WINDSOR_916 = WINDSOR.at(
    "916-17",
    "The standards for a temporary restraining order and a preliminary injunction are identical.",
    verified=_WOOD.format(11) + " (paraphrase citing these pages)",
)
DEM_EXEC_COMM_LEE_1317 = DEM_EXEC_COMM_LEE.at(
    "1317",
    "A stay pending appeal turns on Nken's four factors, the first a strong showing of likely success.",
    quote="whether the stay applicant has made a strong showing that it is likely to succeed on the merits",
    verified="via quotation in Swain v. Junior, No. 1:20-cv-21457-KMW (S.D. Fla. Apr. 30, 2020) (order denying stay) (casetext print copy)",
)
GARCIA_MIR_SUBSTANTIAL_CASE = GARCIA_MIR.at(
    None,
    (
        "A stay may issue on a substantial case on the merits where the balance of the equities weighs heavily in "
        "favor of a stay. (Cited without a page, as the library's reading: page 1453 and the words were not seen.)"
    ),
)
MARTINEZ_MANDATORY = MARTINEZ.at(
    None,
    (
        "Mandatory preliminary relief is particularly disfavored and issues only where the facts and law clearly "
        "favor the movant (former Fifth Circuit precedent binding in the Eleventh). (Cited without a page, as the "
        "library's reading: page 1243 and the words were not seen.)"
    ),
)

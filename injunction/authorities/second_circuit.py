"""The Second Circuit's authorities (`standards.second_circuit`)."""

from __future__ import annotations

import datetime

from ._model import Source

__all__ = [
    "BRONX_HOUSEHOLD",
    "BRONX_HOUSEHOLD_349",
    "CITIGROUP",
    "CITIGROUP_SERIOUS_QUESTIONS",
    "CLAPPER",
    "CLAPPER_622",
    "FAIVELEY",
    "FAIVELEY_118",
    "NY_PROGRESS",
    "NY_PROGRESS_488",
    "TOM_DOHERTY",
    "TOM_DOHERTY_35",
]

# --- The Second Circuit (a second standard, composed of the same rules) ---------
# Verified through quotations in three stored district orders of that circuit:
# Volokh v. James (S.D.N.Y. 2023), Spencer v. Nigrelli (W.D.N.Y. 2022), and the
# Second Circuit's own opinions in Citigroup and Faiveley (stored copies).

CLAPPER = Source(
    "clapper",
    "ACLU v. Clapper",
    "Clapper",
    "804 F.3d 617",
    "(2d Cir. 2015)",
    decided=datetime.date(2015, 10, 29),  # database header (vLex)
)
CITIGROUP = Source(
    "citigroup",
    "Citigroup Glob. Mkts., Inc. v. VCG Special Opportunities Master Fund Ltd.",
    "Citigroup",
    "598 F.3d 30",
    "(2d Cir. 2010)",
    decided=datetime.date(2010, 3, 10),
)
BRONX_HOUSEHOLD = Source(
    "bronx_household",
    "Bronx Household of Faith v. Bd. of Educ. of City of N.Y.",
    "Bronx Household",
    "331 F.3d 342",
    "(2d Cir. 2003)",
    decided=datetime.date(2003, 6, 6),  # database header (vLex)
)
TOM_DOHERTY = Source(
    "tom_doherty",
    "Tom Doherty Assocs., Inc. v. Saban Ent., Inc.",
    "Tom Doherty",
    "60 F.3d 27",
    "(2d Cir. 1995)",
    decided=datetime.date(1995, 7, 12),  # database header (vLex)
)
FAIVELEY = Source(
    "faiveley",
    "Faiveley Transp. Malmo AB v. Wabtec Corp.",
    "Faiveley",
    "559 F.3d 110",
    "(2d Cir. 2009)",
    decided=datetime.date(2009, 3, 9),
)
NY_PROGRESS = Source(
    "ny_progress",
    "N.Y. Progress & Prot. PAC v. Walsh",
    "N.Y. Progress",
    "733 F.3d 483",
    "(2d Cir. 2013)",
    decided=datetime.date(2013, 10, 24),
)

CLAPPER_622 = CLAPPER.at(
    "622",
    "The four Winter factors govern a preliminary injunction in the Second Circuit.",
    quote="equities tips in the party’s favor, and that an injunction is in the public interest",
    verified="via quotation in Volokh v. James, No. 1:22-cv-10195 (S.D.N.Y. Feb. 14, 2023), slip op. 6 and 20 (Wikisource)",
)
CITIGROUP_SERIOUS_QUESTIONS = CITIGROUP.at(
    None,
    (
        "Sufficiently serious questions going to the merits and a balance of hardships tipping decidedly "
        "toward the movant may stand in for likely success; the standard survives Winter. (Cited without a "
        "page, as the library's reading of the holding: the holding was seen on the slip opinion, pp. 1-2, "
        "and page 35 of 598 F.3d was not seen.)"
    ),
)
BRONX_HOUSEHOLD_349 = BRONX_HOUSEHOLD.at(
    "349",
    (
        "An injunction that would stay government action taken in the public interest under a statutory or "
        "regulatory scheme requires likely success; serious questions do not suffice."
    ),
    quote="must satisfy the more rigorous prong of ‘likelihood of success’",
    verified="via quotation in Spencer v. Nigrelli, No. 6:22-cv-06486 (W.D.N.Y. Dec. 29, 2022), slip op. 8 (Wikisource)",
)
TOM_DOHERTY_35 = TOM_DOHERTY.at(
    "35",
    "An injunction that alters the status quo (mandatory) requires a clear or substantial likelihood of success.",
    quote="a clear or substantial likelihood of success on the merits",
    verified="via citation in Spencer v. Nigrelli, No. 6:22-cv-06486 (W.D.N.Y. Dec. 29, 2022), slip op. 8 (Wikisource)",
)
FAIVELEY_118 = FAIVELEY.at(
    "118",
    "Irreparable harm is the single most important prerequisite for a preliminary injunction.",
    quote="single most important prerequisite for the issuance of a preliminary injunction",
    verified="via quotation in Volokh v. James (S.D.N.Y. 2023), slip op. 6 (Wikisource)",
)
NY_PROGRESS_488 = NY_PROGRESS.at(
    "488",
    "In the First Amendment context likely success on the merits is the dominant, if not the dispositive, factor.",
    quote="the likelihood of success on the merits is the dominant, if not the dispositive, factor",
    verified="via quotation in Volokh v. James (S.D.N.Y. 2023), slip op. 6 (Wikisource)",
)

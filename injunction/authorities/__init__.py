"""Authorities: what the rules cite, at which page, for what, and how we checked it.

A public module: compose your own test from the same citations, e.g.
``Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20)``.

Every pin below that carries a ``verified`` note is in the project's verified
registry (``../shared/doctrine/authorities.toml``, copied to
``tests/authorities.toml``; a test keeps the two in step). A pin we could not
check has ``verified=None`` and renders with "(pin unverified)": the rule
that cites it is still the better reading, but a reader is told not to rely
on the page. An authority cited with no pin (``pin=None``) claims no page:
it names the case as the library's reading of it, its proposition says so,
and it carries no flag. A published opinion is cited by its reporter page;
a pin that is only a slip-opinion page says so ("slip op. at 4334; reporter
page not seen").
"""

from __future__ import annotations

import datetime

from ._model import Authority, Cited, Citing, Source, Version, bluebook_date

for _model_class in (Authority, Cited, Citing, Source, Version):
    _model_class.__module__ = __name__  # their public home: injunction.authorities.Authority

__all__ = [
    "AM_TRUCKING",
    "AM_TRUCKING_1057",
    "ANDERSON",
    "ANDERSON_1114",
    "Authority",
    "BAIRD",
    "BARAHONA_GOMEZ",
    "BARAHONA_GOMEZ_SECURITY",
    "BENDA",
    "BENDA_314",
    "CASA",
    "CASA_SCOPE",
    "CHALK",
    "CHALK_704",
    "COTTRELL",
    "COTTRELL_1135",
    "COTTRELL_1135_ALL_FOUR",
    "Cited",
    "Citing",
    "DRAKES_BAY",
    "DRAKES_BAY_1092",
    "ELEVEURS",
    "ELEVEURS_944",
    "ELROD",
    "ELROD_373",
    "FELDMAN",
    "FELDMAN_367",
    "GARCIA",
    "GARCIA_SLIP_14",
    "LANHAM_1116A_PRESUMPTION",
    "LANHAM_ACT",
    "LEIVA_PEREZ",
    "LEIVA_PEREZ_964",
    "LEIVA_PEREZ_970",
    "LEIVA_PEREZ_SLIP_4334",
    "MARLYN",
    "MARLYN_878",
    "MARLYN_SERIOUS_DAMAGE",
    "MELENDRES",
    "MELENDRES_HARM",
    "MELENDRES_PUBLIC",
    "NICHINO",
    "NICHINO_SLIP_2",
    "NKEN",
    "NKEN_434",
    "NKEN_434_POSSIBLE",
    "NKEN_435",
    "PARK_VILLAGE",
    "PARK_VILLAGE_1160",
    "RULE_65B1",
    "RULE_65B1_WITHOUT_NOTICE",
    "RULE_65C",
    "RULE_65C_SECURITY",
    "STANLEY",
    "STANLEY_1320",
    "STARBUCKS",
    "STARBUCKS_NO_PIN",
    "STORMANS",
    "STORMANS_NEUTRAL",
    "STUHLBARG",
    "STUHLBARG_839",
    "Source",
    "Version",
    "WINTER",
    "WINTER_20",
    "WINTER_22_CLEAR_SHOWING",
    "WINTER_22_HARM",
    "WINTER_24_BALANCE",
    "bluebook_date",
]


# --- Sources ---------------------------------------------------------------
# Each `decided` is the day of the cited version, from research17-out.md Q1:
# the opinion's own header or slip caption, unless a comment says it is a
# database header or only corroborated.

WINTER = Source(
    "winter", "Winter v. Nat. Res. Def. Council, Inc.", "Winter", "555 U.S. 7", "(2008)", decided=datetime.date(2008, 11, 12)
)
COTTRELL = Source(
    "cottrell",
    "All. for the Wild Rockies v. Cottrell",
    "Cottrell",
    "632 F.3d 1127",
    "(9th Cir. 2011)",
    # Jan. 25, 2011: corroborated only (2011 U.S. App. LEXIS 1473; the Ecology Law Quarterly's
    # "Update, January 25, 2011"), not seen on the opinion. The earlier versions' days are V (header).
    decided=datetime.date(2011, 1, 25),
    earlier=(
        Version("613 F.3d 960", "(9th Cir. 2010)", datetime.date(2010, 7, 28), "amended"),
        Version("622 F.3d 1045", "(9th Cir. 2010)", datetime.date(2010, 9, 22), "withdrawn and replaced"),
    ),
)
ELEVEURS = Source(
    "eleveurs",
    "Ass'n des Eleveurs de Canards et d'Oies du Quebec v. Harris",
    "Eleveurs",
    "729 F.3d 937",
    "(9th Cir. 2013)",
    decided=datetime.date(2013, 8, 30),
)
GARCIA = Source(
    "garcia", "Garcia v. Google, Inc.", "Garcia", "786 F.3d 733", "(9th Cir. 2015) (en banc)", decided=datetime.date(2015, 5, 18)
)
STUHLBARG = Source(
    "stuhlbarg",
    "Stuhlbarg Int'l Sales Co. v. John D. Brush & Co.",
    "Stuhlbarg",
    "240 F.3d 832",
    "(9th Cir. 2001)",
    decided=datetime.date(2001, 2, 13),
)
FELDMAN = Source(
    "feldman",
    "Feldman v. Ariz. Sec'y of State's Office",
    "Feldman",
    "843 F.3d 366",
    "(9th Cir. 2016) (en banc) (order)",
    # The Supreme Court's stay (research17 Q5); its reporter citation is unverified, so it is not printed.
    history="stayed, Ariz. Sec'y of State's Office v. Feldman, No. 16A460 (U.S. Nov. 5, 2016)",
    decided=datetime.date(2016, 11, 4),
)
STORMANS = Source(
    "stormans", "Stormans, Inc. v. Selecky", "Stormans", "586 F.3d 1109", "(9th Cir. 2009)", decided=datetime.date(2009, 10, 28)
)
MARLYN = Source(
    "marlyn",
    "Marlyn Nutraceuticals, Inc. v. Mucos Pharma GmbH & Co.",
    "Marlyn",
    "571 F.3d 873",
    "(9th Cir. 2009)",
    decided=datetime.date(2009, 7, 2),
)
STANLEY = Source(
    "stanley",
    "Stanley v. Univ. of S. Cal.",
    "Stanley",
    "13 F.3d 1313",
    "(9th Cir. 1994)",
    decided=datetime.date(1994, 1, 6),  # database header (vLex)
)
PARK_VILLAGE = Source(
    "park_village",
    "Park Vill. Apartment Tenants Ass'n v. Mortimer Howard Tr.",
    "Park Village",
    "636 F.3d 1150",
    "(9th Cir. 2011)",
    decided=datetime.date(2011, 2, 25),
)
ANDERSON = Source(
    "anderson",
    "Anderson v. United States",
    "Anderson",
    "612 F.2d 1112",
    "(9th Cir. 1979)",
    decided=datetime.date(1979, 11, 28),  # database header (vLex)
)
NKEN = Source("nken", "Nken v. Holder", "Nken", "556 U.S. 418", "(2009)", decided=datetime.date(2009, 4, 22))
LEIVA_PEREZ = Source(
    "leiva_perez",
    "Leiva-Perez v. Holder",
    "Leiva-Perez",
    "640 F.3d 962",
    "(9th Cir. 2011) (per curiam)",
    decided=datetime.date(2011, 4, 1),
)
DRAKES_BAY = Source(
    "drakes_bay",
    "Drakes Bay Oyster Co. v. Jewell",
    "Drakes Bay",
    "747 F.3d 1073",
    "(9th Cir. 2014)",
    # The amended opinion. The original, 729 F.3d 967, was filed Sept. 3, 2013; whether it already
    # held the merger at 1092 is unverified, so it is not an earlier version to cite.
    decided=datetime.date(2014, 1, 14),
)
ELROD = Source(
    "elrod",
    "Elrod v. Burns",
    "Elrod",
    "427 U.S. 347",
    "(1976) (plurality opinion)",
    decided=datetime.date(1976, 6, 28),  # the syllabus; one source says June 25
)
MELENDRES = Source(
    "melendres", "Melendres v. Arpaio", "Melendres", "695 F.3d 990", "(9th Cir. 2012)", decided=datetime.date(2012, 9, 25)
)
BAIRD = Source(
    "baird",
    "Baird v. Bonta",
    "Baird",
    "81 F.4th 1036",
    "(9th Cir. 2023)",
    decided=datetime.date(2023, 9, 7),  # corroborated only: the day in Justia's address (registry source S21)
)
AM_TRUCKING = Source(
    "am_trucking",
    "Am. Trucking Ass'ns, Inc. v. City of Los Angeles",
    "Am. Trucking",
    "559 F.3d 1046",
    "(9th Cir. 2009)",
    decided=datetime.date(2009, 3, 20),
)
CHALK = Source(
    "chalk",
    "Chalk v. U.S. Dist. Ct. Cent. Dist. of Cal.",
    "Chalk",
    "840 F.2d 701",
    "(9th Cir. 1988)",
    decided=datetime.date(1988, 2, 26),  # database header (vLex)
)
BENDA = Source(
    "benda",
    "Benda v. Grand Lodge of Int'l Ass'n of Machinists & Aerospace Workers",
    "Benda",
    "584 F.2d 308",
    "(9th Cir. 1978)",
)  # the day not checked (research17 Q3): 1978 by the reporter, so in force from 1979 on
STARBUCKS = Source(
    "starbucks",
    "Starbucks Corp. v. McKinney",
    "Starbucks",
    "602 U.S. ___",
    "(2024) (No. 23-367)",
    decided=datetime.date(2024, 6, 13),
)
LANHAM_ACT = Source(
    "lanham_1116a",
    "Lanham Act § 34(a), as amended by the Trademark Modernization Act of 2020",
    "15 U.S.C. § 1116(a)",
    "15 U.S.C. § 1116(a)",
    "(2020)",
    statute=True,
    decided=datetime.date(2020, 12, 27),  # enactment (Consolidated Appropriations Act, 2021): secondary sources only, UNVERIFIED
)
# --- Procedure: Rule 65 and the scope of relief (issue 17 item 3; research17-proc-out.md) --------------
# The Federal Rules of Civil Procedure are cited as rules (`statute=True`): the rule's current text, as
# restyled in 2007 (the day the restyled rules took effect, Dec. 1, 2007, is from memory: UNVERIFIED). The
# text below was read in Casetext's copy of the rule, "current through P.L. 118-82" (2024), and in
# uscode.elaws.us's "latest version". The requirements of (b)(1) are older than the restyling: the
# pre-2007 rule 65(b) stated both, in other words, and a district court applied it on Mar. 14, 2006
# (Franklin v. Allstate Corp., No. C-06-1909 MMC (N.D. Cal.), ECF No. 7), so they are law from at least
# that day (`since`, a lower bound: when each took effect, 1938 or 1966, was not verified).

RULE_65B1 = Source(
    "frcp_65b1",
    "Fed. R. Civ. P. 65(b)(1)",
    "Fed. R. Civ. P. 65(b)(1)",
    "Fed. R. Civ. P. 65(b)(1)",
    "(2007)",
    statute=True,
    decided=datetime.date(2007, 12, 1),  # the 2007 restyling took effect: UNVERIFIED (from memory)
)
RULE_65C = Source(
    "frcp_65c",
    "Fed. R. Civ. P. 65(c)",
    "Fed. R. Civ. P. 65(c)",
    "Fed. R. Civ. P. 65(c)",
    "(2007)",
    statute=True,
    decided=datetime.date(2007, 12, 1),  # as RULE_65B1
)
BARAHONA_GOMEZ = Source(
    "barahona_gomez",
    "Barahona-Gomez v. Reno",
    "Barahona-Gomez",
    "167 F.3d 1228",
    "(9th Cir. 1999)",
    decided=datetime.date(1999, 2, 11),  # Casetext header "Filed February 11, 1999" (V, header)
)
CASA = Source(
    "casa",
    "Trump v. CASA, Inc.",
    "CASA",
    "606 U.S. ___",
    "(2025)",
    # June 27, 2025: CQ Press, Just Security, Cumberland Trial Journal, Wikipedia (corroborated; the
    # opinion's own header not seen). 606 U.S. 831 is given only by secondary sources: not printed.
    decided=datetime.date(2025, 6, 27),
)
NICHINO = Source(
    "nichino",
    "Nichino Am., Inc. v. Valent U.S.A. LLC",
    "Nichino",
    "44 F.4th 180",
    "(3d Cir. 2022)",
    decided=datetime.date(2022, 8, 12),  # No. 21-1850, the slip opinion's date (research16-out.md Q1)
)


# --- Pins: the basic standard (doctrine file 01) ----------------------------

WINTER_20 = WINTER.at(
    "20",
    "The four requirements of a preliminary injunction.",
    quote=(
        "likely to succeed on the merits, that he is likely to suffer irreparable harm in the absence of "
        "preliminary relief, that the balance of equities tips in his favor, and that an injunction is in "
        "the public interest"
    ),
    verified="via quotation in hiQ v. LinkedIn slip op. (9th Cir. 2019) [S3] and IMC Inv. Grp. (N.D. Cal. 2016) [S7]",
)
WINTER_22_CLEAR_SHOWING = WINTER.at(
    "22",
    "A preliminary injunction issues only on a clear showing of entitlement.",
    quote="an extraordinary remedy that may only be awarded upon a clear showing that the plaintiff is entitled to such relief",
    verified=(
        "via quotation in Gorup v. Riggio (N.D. Cal. 2016) [S8] and IMC Inv. Grp. [S7]; also All. for Hippocratic "
        "Med. v. FDA (5th Cir. Aug. 16, 2023), slip p. 12, quoting Barber v. Bryant quoting Winter at 22 ('clear "
        "showing') [S29]"
    ),
)  # the movant's burden: cited by the bench memo that closes an open analysis (`_render.memo`), not by a rule
WINTER_22_HARM = WINTER.at(
    "22",
    "Irreparable harm must be likely, not merely possible.",
    quote="demonstrate that irreparable injury is likely in the absence of an injunction",
    verified="via quotation in a D.D.C. opinion reproduced on a scraped page [S16]; low confidence",
)
WINTER_24_BALANCE = WINTER.at(
    "24",
    "The court must weigh the competing claims of injury on each side.",
    quote=(
        "must balance the competing claims of injury and must consider the effect on each party of the "
        "granting or withholding of the requested relief"
    ),
    verified="via quotation in IMC Inv. Grp. [S7]",
)
COTTRELL_1135 = COTTRELL.at(
    "1135",
    "If the balance tips sharply, serious questions on the merits suffice.",
    quote="serious questions going to the merits",
    verified=(
        "via quotation in hiQ [S3]; also cited at 1135 (paraphrase) in Ams. for Prosperity Found. v. Harris, "
        "809 F.3d 536 (9th Cir. 2015), as excerpted on alexi.com [S32]"
    ),
    # The original opinion, 613 F.3d 960 (July 28, 2010), already held that the serious-questions
    # path survives Winter (research17 Q2: V in substance, from the opinion's text as a blog reproduced it).
    since=datetime.date(2010, 7, 28),
)
COTTRELL_1135_ALL_FOUR = COTTRELL.at(
    "1135",
    "All four Winter elements must be shown on the serious-questions path too.",
    quote="plaintiff [must] make a showing on all four prongs",
    verified=(
        "via quotation in A Woman's Friend Pregnancy Res. Clinic v. Becerra, No. 15-17517 "
        "(9th Cir. Aug. 28, 2018) (order) [S27]"
    ),
    # "a showing on all four prongs": words the order of Sept. 22, 2010 (622 F.3d 1045) added
    # (research17 Q2: V, the order's text under its "Filed: Sep. 22, 2010" header).
    since=datetime.date(2010, 9, 22),
)
ELEVEURS_944 = ELEVEURS.at(
    "944",
    "Without likely success on the merits the court need not consider the other Winter elements.",
    quote="need not consider the remaining three [Winter elements]",
    verified="via quotation in Garcia slip op. 14 [S1]",
)
GARCIA_SLIP_14 = GARCIA.at(
    "slip op. 14",
    (
        "Likely success is the most important Winter factor and a threshold inquiry. (F.3d page not seen; "
        "probably 740: the four-factor sentence just before it on the same slip page is cited at 740, see "
        "the pin for page 740 below.)"
    ),
    quote="The first factor under Winter is the most important—likely success on the merits.",
    verified="yes",
)
STARBUCKS_NO_PIN = STARBUCKS.at(
    None,
    (
        "The traditional four-factor test governs NLRB requests for injunctions under NLRA § 10(j); a "
        "possible limit on the Ninth Circuit's serious-questions path (doctrine file 09, option a). (Cited "
        "without a page, as the library's reading of the holding, seen in the syllabus: the U.S. Reports page "
        "is not yet known, and 144 S. Ct. at 1576 was not seen.)"
    ),
)

# --- Pins: procedure (issue 17 item 3) ---------------------------------------------

RULE_65B1_WITHOUT_NOTICE = RULE_65B1.at(
    "(b)(1)",
    (
        "A temporary restraining order may issue without notice only on specific facts in an affidavit or a "
        "verified complaint clearly showing immediate and irreparable injury before the adverse party can be "
        "heard in opposition, and on the movant's attorney's written certification of the efforts made to give "
        "notice and why it should not be required."
    ),
    quote=(
        "The court may issue a temporary restraining order without written or oral notice to the adverse party "
        "or its attorney only if: (A) specific facts in an affidavit or a verified complaint clearly show that "
        "immediate and irreparable injury, loss, or damage will result to the movant before the adverse party "
        "can be heard in opposition; and (B) the movant's attorney certifies in writing any efforts made to give "
        "notice and the reasons why it should not be required."
    ),
    verified="yes",
    since=datetime.date(2006, 3, 14),  # a lower bound: the earliest day seen applied (above)
)
RULE_65C_SECURITY = RULE_65C.at(
    "(c)",
    (
        "A preliminary injunction or temporary restraining order issues only if the movant gives security in an "
        "amount the court considers proper; the United States, its officers and agencies give none."
    ),
    quote=(
        "The court may issue a preliminary injunction or a temporary restraining order only if the movant gives "
        "security in an amount that the court considers proper to pay the costs and damages sustained by any "
        "party found to have been wrongfully enjoined or restrained. The United States, its officers, and its "
        "agencies are not required to give security."
    ),
    verified="yes",
)
BARAHONA_GOMEZ_SECURITY = BARAHONA_GOMEZ.at(
    None,
    (
        "The district court has discretion to determine the amount and appropriateness of Rule 65(c) security. "
        "(Cited without a page, as the library's reading of the holding, which a later order (Rackwise, Inc. v. "
        "Archbold) summarizes in these words; the page was not seen, nor Jorgensen v. Cassiday, 320 F.3d 906, 919 "
        "(9th Cir. 2003), the usual authority.)"
    ),
)
CASA_SCOPE = CASA.at(
    None,
    (
        "Universal injunctions, which bar enforcement of a law or policy against anyone, likely exceed the "
        "equitable authority Congress has granted to federal courts; relief may reach non-parties only as "
        "needed to give the plaintiffs complete relief. (Cited without a page, as the library's reading of "
        "the opinion's opening, seen in a reproduction of the opinion; no page or S. Ct. citation was seen.)"
    ),
)

# --- Doctrine by date ----------------------------------------------------------

CHALK_704 = CHALK.at(
    "704",
    (
        "Before Winter: probable success and a possibility of irreparable injury, or serious questions and "
        "a balance of hardships tipping sharply, the outer reaches of a single continuum."
    ),
    quote=(
        "a probability of success on the merits and a possibility of irreparable injury, or (2) serious "
        "questions going to the merits and the balance of hardships tipping sharply in his favor"
    ),
)

# Before Winter the serious-questions alternative did not dispense with irreparable harm.
# Save Strawberry Canyon v. Dep't of Energy, No. C 08-03494 WHA, ECF No. 116, p. 1 (N.D. Cal.
# Apr. 22, 2009), paraphrases it ("in cases of obvious irreparable injury") and quotes only the
# words below; research17 Q3. Caribbean Marine, 844 F.2d 668, 674 (9th Cir. 1988), the better
# authority, stays unprinted until page 674 is seen.
BENDA_314 = BENDA.at(
    "314-15",
    "Before Winter, the serious-questions alternative applied in cases of irreparable injury; it did not dispense with harm.",
    quote="serious questions going to the merits were raised",
    verified=(
        "via citation in Save Strawberry Canyon v. Dep't of Energy, No. C 08-03494 WHA, ECF No. 116, p. 1 "
        "(N.D. Cal. Apr. 22, 2009) (paraphrase: 'in cases of obvious irreparable injury') [research17 N7]"
    ),
)

# --- TROs and injunctions pending appeal (doctrine file 02) ------------------

STUHLBARG_839 = STUHLBARG.at(
    "839 n.7",
    "The TRO standard is substantially identical to the preliminary-injunction standard.",
    quote="substantially identical",
    verified=(
        "via quotation in Goods (E.D. Cal. 2019) [S4], Iredia-Ortega (E.D. Cal. 2017) [S10] and Smith v. "
        "Nev. Dep't of Corr. (D. Nev. 2022) [S31] (which adds 'overruled on other grounds by Winter')"
    ),
)
FELDMAN_367 = FELDMAN.at(
    "367",
    "The standard for an injunction pending appeal is similar to the preliminary-injunction standard.",
    quote=(
        "The standard for evaluating an injunction pending appeal is similar to that employed by district "
        "courts in deciding whether to grant a preliminary injunction."
    ),
    verified=(
        "via quotation in Ctr. for Biological Diversity v. BLM, No. 3:23-cv-00061-SLG (D. Alaska Apr. 5, 2023) "
        "(order), http://ecases.us/case/akd/c9620538/center-for-biological-diversity-v-bureau-of-land-management "
        "(research17 Q4); one district order"
    ),
)

# --- Public interest (doctrine file 08) -------------------------------------

STORMANS_NEUTRAL = STORMANS.at(
    None,
    (
        "The public-interest inquiry primarily addresses impact on non-parties; where the injunction's reach "
        "is limited to the parties, the public interest is at most a neutral factor. (Cited without a page, "
        "as the library's reading: the words were not seen at 1138-39 or elsewhere, and no verified "
        "authority says the same.)"
    ),
)

# --- Mandatory relief (doctrine file 03) ------------------------------------

ANDERSON_1114 = ANDERSON.at(
    "1114",
    "Mandatory preliminary relief only if facts and law clearly favor the movant (quoting Martinez v. Mathews, 5th Cir.).",
    quote="unless the facts and law clearly favor the moving party",
    verified="via quotation in Stanley, 13 F.3d 1313, as reproduced on a blog [S13]",
)
MARLYN_878 = MARLYN.at(
    "878-79",
    "A mandatory injunction orders a responsible party to take action.",
    quote="orders a responsible party to 'take action.'",
    verified=(
        "via quotation in district order [S6] quoting Garcia (en banc) quoting Marlyn at 879; Washington v. FDA "
        "cites 878 for the same words, so both pages are given until the page is seen (research17 Q4)"
    ),
)
MARLYN_SERIOUS_DAMAGE = MARLYN.at(
    None,
    (
        "Mandatory injunctions are not granted unless extreme or very serious damage will result. (Cited without "
        "a page and without quoting, as the library's reading: the words were not seen on a page of the opinion; "
        "the heightened standard itself rests on Stanley, Park Village and Anderson.)"
    ),
)
STANLEY_1320 = STANLEY.at(
    "1320",
    "Mandatory relief goes beyond preserving the status quo and is particularly disfavored.",
    quote="goes well beyond simply maintaining the status quo pendente lite [and] is particularly disfavored",
    verified="via quotation in district order [S6] quoting Garcia (en banc)",
)
PARK_VILLAGE_1160 = PARK_VILLAGE.at(
    "1160",
    "Mandatory injunctions should not issue in doubtful cases.",
    quote="mandatory injunctions should not issue in 'doubtful cases.'",
    verified="via quotation in district order [S6] quoting Garcia (en banc)",
)

# --- Government opponent (doctrine file 04) ---------------------------------

NKEN_435 = NKEN.at(
    "435",
    "Harm to the opposing party and the public interest merge when the Government is the opposing party.",
    quote="merge when the Government is the opposing party",
    verified=(
        "via quotation in All. for Hippocratic Med. v. FDA, No. 2:22-cv-00223-Z, Doc. 137 (N.D. Tex. Apr. "
        "7, 2023), p. 63 [S30]; single district-court source (its later history not checked)"
    ),
)
LEIVA_PEREZ_SLIP_4334 = LEIVA_PEREZ.at(
    "slip op. 4334",
    "Stays: the third and fourth factors merge where the government is the opposing party (citing Nken, 129 S. Ct. at 1762).",
    quote="they merge where, as is the case here, the government is the opposing party",
    verified="yes",
)
DRAKES_BAY_1092 = DRAKES_BAY.at(
    "1092",
    "When the government is a party, the balance of the equities and the public interest merge.",
    quote=(
        "When the government is a party to a case in which a preliminary injunction is sought, the balance of "
        "the equities and public interest factors merge."
    ),
    verified=(
        "via quotation (paraphrase with pin) in Washington v. FDA, No. 1:23-cv-3026-TOR, ECF No. 80, slip p. 24 "
        "(E.D. Wash. Apr. 7, 2023), "
        "https://en.wikisource.org/wiki/Page:Washington_v._U.S._Food_and_Drug_Administration_(E.D._Wash._2023).pdf/24 ; "
        "one district order, which then weighs the merged factors together"
    ),
)

# --- Stays pending appeal (doctrine file 05) --------------------------------

NKEN_434 = NKEN.at(
    "434",
    "The four traditional stay factors: strong showing of likely success; irreparable injury to the applicant; substantial injury to other parties; the public interest.",
    quote="whether the stay applicant has made a strong showing that he is likely to succeed on the merits",
    verified=(
        "via quotation in Chafin v. Chafin, No. 11-1347 (U.S. Feb. 19, 2013), as reproduced on "
        "joshblackman.com [S28]; the 5th Cir. order [S29] (slip pp. 36-37) quotes factors 2-4 with this pin"
    ),
)
NKEN_434_POSSIBLE = NKEN.at(
    "434",
    "A mere possibility of irreparable injury does not satisfy the second stay factor.",
    quote="possib[le]",
    verified=(
        "via quotation in All. for Hippocratic Med. v. FDA (5th Cir. Apr. 12, 2023), slip p. 9 ('a strong "
        "not merely possib[le] showing. Ibid.') [S29] (paraphrase around a one-word quotation)"
    ),
)
LEIVA_PEREZ_964 = LEIVA_PEREZ.at(
    "964-66",
    (
        "The stay test is essentially the sliding scale Cottrell describes for preliminary injunctions, and "
        "the general balancing approach remains in place after Nken."
    ),
    quote="remains in place",
    verified=(
        "via quotation in Disney Enters., Inc. v. VidAngel Inc., No. CV 16-04109-AB (PLAx), ECF No. 166, p. 2 "
        "(C.D. Cal. Dec. 29, 2016) (order denying stay), https://www.scribd.com/embeds/335323848/content "
        "(research17 Q4; parenthetical paraphrase with the short quotations 'essentially the same' and "
        "'remains in place')"
    ),
)
LEIVA_PEREZ_970 = LEIVA_PEREZ.at(
    "970",
    "Stay via serious questions: less than more-likely-than-not success, plus a balance tipping sharply.",
    quote="showing that success is more likely than not",
    verified="via quotation in East Bay Sanctuary Covenant v. Trump (N.D. Cal. 2018) [S2]",
)

# --- Irreparable harm and constitutional claims (doctrine files 06, 07) -----

AM_TRUCKING_1057 = AM_TRUCKING.at(
    "1057",
    "Monetary harm usually, speculative harm always, fails; all four elements must be met.",
    quote="will not usually support injunctive relief",
    verified="via quotation in district order [S6]; all-four-elements point via citation in hiQ [S3]",
)
ELROD_373 = ELROD.at(
    "373",
    "Loss of First Amendment freedoms, even briefly, is irreparable injury.",
    quote="unquestionably constitutes irreparable injury",
    verified="via quotation in Maxey v. Smith, 823 F. Supp. 1321, 1328 (N.D. Miss. 1993) [S14] (cites 373-74)",
)
# The Trademark Modernization Act of 2020 added the presumption to § 1116(a)
# (research16-out.md Q1). UNVERIFIED, so printed nowhere as settled: the
# Public Law section (Pub. L. No. 116-260, div. Q, tit. II, subtit. B, § 226,
# seen only in a Lexis headnote), the enactment date (Dec. 27, 2020, from
# secondary sources only) and the effective date (secondary sources conflict).
LANHAM_1116A_PRESUMPTION = LANHAM_ACT.at(
    "(a)",
    (
        "Rebuttable presumption of irreparable harm: on a finding of a violation (permanent injunction) or of "
        "likely success (PI or TRO), for violations of a registrant's rights or of § 1125(a), (c) or (d). "
        "Public Law section and effective date UNVERIFIED (research16-out.md Q1)."
    ),
    quote=(
        "A plaintiff seeking any such injunction shall be entitled to a rebuttable presumption of irreparable harm "
        "upon a finding of a violation identified in this subsection in the case of a motion for a permanent "
        "injunction or upon a finding of likelihood of success on the merits for a violation identified in this "
        "subsection in the case of a motion for a preliminary injunction or temporary restraining order."
    ),
    verified="yes",
)
NICHINO_SLIP_2 = NICHINO.at(
    "slip op. 2",
    (
        "The TMA created a rebuttable presumption of irreparable harm; the court explains how district courts "
        "should apply it (denial of PI affirmed after the presumption was rebutted). F.4th page not seen."
    ),
    quote="Along the way, we explain how district courts should apply the rebuttable presumption of irreparable harm created by the TMA.",
    verified="yes",
)
MELENDRES_HARM = MELENDRES.at(
    None,
    (
        "Deprivation of constitutional rights unquestionably constitutes irreparable injury. (Cited without a "
        "page and without quoting, as the library's reading: the words were not seen at 1002; for First "
        "Amendment freedoms Elrod, 427 U.S. at 373, is verified.)"
    ),
)
MELENDRES_PUBLIC = MELENDRES.at(
    None,
    (
        "It is always in the public interest to prevent the violation of a party's constitutional rights. "
        "(Cited without a page and without quoting, as the library's reading: the words were not seen at "
        "1002, and no verified authority says the same.)"
    ),
)


# Each court's own authorities, in a module of their own (a court is one module here too), in the
# order the doctrine page lists them.
from . import (  # noqa: E402
    first_circuit,
    second_circuit,
    third_circuit,
    fourth_circuit,
    fifth_circuit,
    sixth_circuit,
    seventh_circuit,
    eighth_circuit,
    tenth_circuit,
    eleventh_circuit,
    dc_circuit,
    federal_circuit,
    supreme_court,
)
from .first_circuit import *  # noqa: E402, F403
from .second_circuit import *  # noqa: E402, F403
from .third_circuit import *  # noqa: E402, F403
from .fourth_circuit import *  # noqa: E402, F403
from .fifth_circuit import *  # noqa: E402, F403
from .sixth_circuit import *  # noqa: E402, F403
from .seventh_circuit import *  # noqa: E402, F403
from .eighth_circuit import *  # noqa: E402, F403
from .tenth_circuit import *  # noqa: E402, F403
from .eleventh_circuit import *  # noqa: E402, F403
from .dc_circuit import *  # noqa: E402, F403
from .federal_circuit import *  # noqa: E402, F403
from .supreme_court import *  # noqa: E402, F403

for _module in (first_circuit, second_circuit, third_circuit, fourth_circuit, fifth_circuit, sixth_circuit, seventh_circuit, eighth_circuit, tenth_circuit, eleventh_circuit, dc_circuit, federal_circuit, supreme_court):
    __all__ += _module.__all__
__all__.sort()
del _module

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
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple, final

import attrs

__all__ = [
    "AM_TRUCKING",
    "AM_TRUCKING_1057",
    "ANDERSON",
    "ANDERSON_1114",
    "Authority",
    "BAIRD",
    "BENDA",
    "BENDA_314",
    "BRONX_HOUSEHOLD",
    "BRONX_HOUSEHOLD_349",
    "CHALK",
    "CHALK_704",
    "CITIGROUP",
    "CITIGROUP_SERIOUS_QUESTIONS",
    "CLAPPER",
    "CLAPPER_622",
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
    "FAIVELEY",
    "FAIVELEY_118",
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
    "NY_PROGRESS",
    "NY_PROGRESS_488",
    "PARK_VILLAGE",
    "PARK_VILLAGE_1160",
    "STANLEY",
    "STANLEY_1320",
    "STARBUCKS",
    "STARBUCKS_NO_PIN",
    "STORMANS",
    "STORMANS_NEUTRAL",
    "STUHLBARG",
    "STUHLBARG_839",
    "Source",
    "TOM_DOHERTY",
    "TOM_DOHERTY_35",
    "Version",
    "WINTER",
    "WINTER_20",
    "WINTER_22_CLEAR_SHOWING",
    "WINTER_22_HARM",
    "WINTER_24_BALANCE",
    "bluebook_date",
]

_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def bluebook_date(day: datetime.date) -> str:
    """*day* as a citation writes it: ``Sept. 22, 2010``, ``May 18, 2015``."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


@final
@attrs.frozen
class Version:
    """An earlier published version of an opinion that a later one replaced:
    where it was published, when it was filed, and what happened to it next
    (``"amended"``, ``"withdrawn and replaced"``), as subsequent history."""

    reporter: str
    parenthetical: str
    decided: datetime.date
    then: str


@final
@attrs.frozen
class Source:
    """A cited case or statute, without a pin.

    *reporter* is the first-page citation (``"555 U.S. 7"``) and
    *parenthetical* what follows it (``"(2008)"``, ``"(9th Cir. 2015) (en banc)"``).
    *decided* is the day the cited version was decided or filed (None: not
    known to the day; the year of the parenthetical is then all we know), and
    *earlier* the versions it replaced, oldest first, each cited, for a day
    before this one, with its later history (`Authority.as_of`).
    *history* is the subsequent history a full citation carries after it
    (``"stayed, ..."``), if any.
    """

    id: str
    name: str
    short_name: str
    reporter: str
    parenthetical: str
    decided: datetime.date | None = attrs.field(default=None, kw_only=True)
    earlier: tuple[Version, ...] = attrs.field(default=(), kw_only=True)
    history: str = attrs.field(default="", kw_only=True)
    statute: bool = attrs.field(default=False, kw_only=True)
    """A statute: *reporter* is its citation (``15 U.S.C. § 1116(a)``), cited
    as it stands, and *parenthetical* holds the year of the version cited."""

    def at(
        self,
        pin: str | None,
        proposition: str,
        *,
        quote: str = "",
        verified: str | None = None,
        since: datetime.date | None = None,
    ) -> Authority:
        """This source at *pin*, standing for *proposition* (law from *since*, where an earlier version held it)."""
        return Authority(self, pin, proposition, quote=quote, verified=verified, since=since)

    @property
    def citation(self) -> str:
        if self.statute:
            return self.reporter
        return f"{self.name}, {self.reporter} {self.parenthetical}{self._history()}"

    def _history(self) -> str:
        return f", {self.history}" if self.history else ""

    @property
    def year(self) -> int:
        """The year of decision, from the parenthetical."""
        return int(self.parenthetical.split(")")[0].removeprefix("(").split()[-1])

    @property
    def court(self) -> str:
        """The court as the parenthetical names it (``9th Cir.``); ``U.S.`` for the Supreme Court."""
        inside = self.parenthetical.split(")")[0].removeprefix("(").rsplit(" ", 1)
        return inside[0] if len(inside) == 2 else "U.S."

    def decided_by(self, day: datetime.date, since: datetime.date | None = None) -> bool:
        """Whether this opinion (from *since*, where an earlier version already
        held the point) was decided on or before *day*. A source not dated to
        the day counts only from the year after its year."""
        start = since or self.decided
        if start is None:
            return day.year > self.year
        return start <= day

    def version_on(self, day: datetime.date) -> Source:
        """The version of this opinion published on *day*: itself, or an
        earlier version cited with its later history (``613 F.3d 960 (9th
        Cir. 2010), amended, 622 F.3d 1045 (9th Cir. 2010), withdrawn and
        replaced, 632 F.3d 1127 (9th Cir. 2011)``)."""
        if self.decided is None or self.decided <= day:
            return self
        older = [(i, v) for i, v in enumerate(self.earlier) if v.decided <= day]
        if not older:
            return self
        index, version = older[-1]
        successors: list[Version | Source] = [*self.earlier[index + 1 :], self]
        history = "".join(
            f", {v.then}, {nxt.reporter} {nxt.parenthetical}" for v, nxt in zip(self.earlier[index:], successors)
        )
        return Source(
            self.id, self.name, self.short_name, version.reporter, version.parenthetical + history, decided=version.decided
        )

    def is_decision(self, *, name: str = "", citation: str | None = None, decided: datetime.date | None = None) -> bool:
        """Whether a record of that caption, citation and date is this very
        opinion (or one of its versions): its citation names our reporter
        page, or it was decided the same day under a caption that names our
        short name."""
        reporters = [self.reporter, *(v.reporter for v in self.earlier)]
        if citation and any(re.search(rf"(?<![\w.]){re.escape(_plain(r))}(?!\d)", _plain(citation)) for r in reporters):
            return True
        days = {self.decided, *(v.decided for v in self.earlier)} - {None}
        return decided is not None and decided in days and _plain(self.short_name) in _plain(name)


def _plain(text: str) -> str:
    """*text* without accents, case or runs of spaces, for comparing captions and citations."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(folded.casefold().split())


@final
@attrs.frozen
class Authority:
    """A source at one pin, the proposition it stands for, and how it was checked.

    >>> from injunction.authorities import LEIVA_PEREZ_SLIP_4334, STORMANS_NEUTRAL, WINTER_20
    >>> WINTER_20.cite()
    'Winter v. Nat. Res. Def. Council, Inc., 555 U.S. 7, 20 (2008)'
    >>> WINTER_20.short_cite()
    'Winter, 555 U.S. at 20'
    >>> STORMANS_NEUTRAL.cite()  # cited without a page: the library's reading, no flag
    'Stormans, Inc. v. Selecky, 586 F.3d 1109 (9th Cir. 2009)'
    >>> LEIVA_PEREZ_SLIP_4334.short_cite()
    'Leiva-Perez, 640 F.3d 962 (slip op. at 4334; reporter page not seen)'
    """

    source: Source
    pin: str | None
    proposition: str
    quote: str = attrs.field(default="", kw_only=True)
    verified: str | None = attrs.field(default=None, kw_only=True)
    since: datetime.date | None = attrs.field(default=None, kw_only=True)
    """The day the proposition became law in this opinion, where an earlier
    version (`Source.earlier`) already held it; None: from the cited version."""

    @property
    def is_verified(self) -> bool:
        return self.verified is not None

    def in_force(self, day: datetime.date) -> bool:
        """Whether this proposition, from this opinion, was law on *day*."""
        return self.source.decided_by(day, self.since)

    def as_of(self, day: datetime.date) -> Authority | None:
        """This authority as a court could cite it on *day*: itself; the
        version of the opinion then published, with its later history and no
        pin (no pin of an earlier version is verified); or None, if it was
        not yet decided."""
        if not self.in_force(day):
            return None
        version = self.source.version_on(day)
        if version is self.source:
            return self
        return Authority(
            version,
            None,
            self.proposition,
            verified="no pin: the opinion as then published, cited with its later history",
            since=self.since,
        )

    def _flag(self) -> str:
        """" (pin unverified)" for a page we could not check; a citation without a pin claims no page."""
        return "" if self.is_verified or self.pin is None else " (pin unverified)"

    def _slip(self) -> str:
        """A slip-opinion pin, said to be one: the published opinion's page was not seen."""
        return f" (slip op. at {(self.pin or '').removeprefix('slip op.').strip()}; reporter page not seen)"

    def cite(self) -> str:
        """The full citation with its pin, Bluebook style, and the source's subsequent history."""
        s = self.source
        if self.pin is None or s.statute:  # a statute's citation names its subsection (the pin)
            return f"{s.citation}{self._flag()}"
        if self.pin.startswith("slip op."):
            return f"{s.name}, {s.reporter} {s.parenthetical}{self._slip()}{s._history()}{self._flag()}"
        return f"{s.name}, {s.reporter}, {self.pin} {s.parenthetical}{s._history()}{self._flag()}"

    def short_cite(self) -> str:
        """The short form: ``Winter, 555 U.S. at 20``."""
        s = self.source
        volume_and_reporter = s.reporter.rsplit(" ", 1)[0]
        if s.statute:
            return f"{s.short_name}{self._flag()}"
        if self.pin is None:
            return f"{s.short_name}, {s.reporter}{self._flag()}"
        if self.pin.startswith("slip op."):
            return f"{s.short_name}, {s.reporter}{self._slip()}{self._flag()}"
        return f"{s.short_name}, {volume_and_reporter} at {self.pin}{self._flag()}"

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.source.id,
            "citation": self.cite(),
            "pin": self.pin,
            "proposition": self.proposition,
            "quote": self.quote,
            "verified": self.verified,
            "decided": None if (day := self.since or self.source.decided) is None else day.isoformat(),
        }


class Cited(NamedTuple):
    """What a dated record may cite of some authorities: *law*, those in
    force on its day (each as then published); *this_decision*, whether the
    record is itself one of the cited opinions (named, never cited as
    authority for its own rule); and *later*, those decided after it, which
    may appear only as later history."""

    law: tuple[Authority, ...]
    this_decision: bool
    later: tuple[Authority, ...]


@final
@attrs.frozen
class Citing:
    """The record that cites: its day (None: undated, so today's law), caption
    and citation. `sort` divides what a rule cites into what this record may
    cite as law, itself, and later authority: the law of the day, in one
    place for every renderer.

    >>> import datetime
    >>> cited = Citing(datetime.date(2011, 1, 25), "Alliance for the Wild Rockies v. Cottrell",
    ...     "632 F.3d 1127 (9th Cir. 2011)").sort([WINTER_20, COTTRELL_1135, MELENDRES_PUBLIC])
    >>> [x.source.id for x in cited.law], cited.this_decision, [x.source.id for x in cited.later]
    (['winter'], True, ['melendres'])
    """

    decided: datetime.date | None = None
    name: str = ""
    citation: str | None = None

    def sort(self, authorities: Iterable[Authority]) -> Cited:
        law: list[Authority] = []
        later: list[Authority] = []
        this = False
        for authority in authorities:
            if authority.source.is_decision(name=self.name, citation=self.citation, decided=self.decided):
                this = True
                continue
            if self.decided is None:
                law.append(authority)
                continue
            then = authority.as_of(self.decided)
            if then is None:
                later.append(authority)
            else:
                law.append(then)
        return Cited(tuple(law), this, tuple(later))


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

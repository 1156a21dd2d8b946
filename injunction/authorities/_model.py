"""The model of a citation: a source (a case or a statute, with its
dates and versions), an authority (a source at a pin, for a proposition,
with how it was checked), and what a dated record may cite of them
(`Citing`). The authorities themselves are in the package's modules.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple, final

import attrs

__all__ = ["Authority", "Cited", "Citing", "Source", "Version", "bluebook_date"]

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
    >>> from injunction.authorities import COTTRELL_1135, MELENDRES_PUBLIC, WINTER_20
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

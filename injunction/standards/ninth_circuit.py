"""The Ninth Circuit's standards for interim relief, composed from rules.

Read this module beside the opinions it encodes. Each requirement names its
authority and pin; a pin we could not verify renders "(pin unverified)",
and a rule whose page is unverified with no verified substitute cites the
case without a page, as the library's reading (Melendres, Stormans, Marlyn
on "extreme or very serious damage").
Where the law is unsettled the choice is an option of `NinthCircuit`, and
its docstring names the authorities on each side (doctrine file 09).
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, cast, final

import attrs

from .. import authorities as a
from ..authorities import Authority
from .._engine.case import Case, ClaimFilter, Factor, MotionKind, Reach, Relief
from .._engine.rules import AllOf, AnyOf, Merger, Presumption, Requirement, Rule
from .._engine.scales import Balance, Harm, Merits, PublicInterest, Severity
from .lanham import LANHAM_MOTIONS, TMA_ENACTED, with_lanham, without_lanham

__all__ = ["DOCTRINES", "Doctrine", "NinthCircuit", "constitutional_presumptions"]

MERITS = Factor.MERITS
HARM = Factor.IRREPARABLE_HARM
BALANCE = Factor.BALANCE_OF_HARDSHIPS
PUBLIC = Factor.PUBLIC_INTEREST

# --- The elements ----------------------------------------------------------
# Winter, 555 U.S. at 20: the movant "must establish that he is likely to
# succeed on the merits, that he is likely to suffer irreparable harm in the
# absence of preliminary relief, that the balance of equities tips in his
# favor, and that an injunction is in the public interest."

LIKELY_SUCCESS = Requirement(MERITS, at_least=Merits.LIKELY, authority=a.WINTER_20)

# Cottrell, 632 F.3d at 1135: "serious questions going to the merits" suffice
# when the balance of hardships tips sharply toward the movant, so long as
# the movant makes "a showing on all four prongs".
SERIOUS_QUESTIONS = Requirement(MERITS, at_least=Merits.SERIOUS_QUESTIONS, authority=a.COTTRELL_1135)

# Winter, 555 U.S. at 22: the movant must "demonstrate that irreparable
# injury is likely in the absence of an injunction"; possible harm fails.
LIKELY_HARM = Requirement(HARM, at_least=Harm.LIKELY, authority=(a.WINTER_20, a.WINTER_22_HARM, a.AM_TRUCKING_1057))

# Winter, 555 U.S. at 24: courts "must balance the competing claims of injury".
BALANCE_FAVORS = Requirement(BALANCE, at_least=Balance.FAVORS, authority=(a.WINTER_20, a.WINTER_24_BALANCE))
BALANCE_TIPS_SHARPLY = Requirement(BALANCE, at_least=Balance.SHARPLY_FAVORS, authority=a.COTTRELL_1135)

# Public interest: Winter's words ("an injunction is in the public interest")
# ask for `favors`; Stormans, 586 F.3d 1109 (cited without a page: 1138-39 is
# unverified), treats the public interest of an injunction that reaches only
# the parties as at most a neutral factor, so a neutral one suffices there
# (`motion.reach`).
PUBLIC_INTEREST_FAVORS = Requirement(PUBLIC, at_least=PublicInterest.FAVORS, authority=a.WINTER_20)
PUBLIC_INTEREST_NOT_AGAINST = Requirement(PUBLIC, at_least=PublicInterest.NEUTRAL, authority=a.STORMANS_NEUTRAL)
PUBLIC_INTEREST_PARTIES_ONLY = Requirement(
    PUBLIC,
    at_least=PublicInterest.NEUTRAL,
    statement="that the public interest does not weigh against relief that reaches only the parties",
    authority=a.STORMANS_NEUTRAL,
)

# --- Mandatory relief ------------------------------------------------------
# Mandatory relief "goes well beyond simply maintaining the status quo
# pendente lite [and] is particularly disfavored", Stanley, 13 F.3d at 1320:
# denied "unless the facts and law clearly favor the moving party",
# Anderson, 612 F.2d at 1114, and never "in doubtful cases", Park Village,
# 636 F.3d at 1160 (all as Garcia v. Google, 786 F.3d 733 (en banc) quotes
# them). "Extreme or very serious damage": Marlyn, 571 F.3d 873, cited
# without a page or a quotation, as the library's reading (the words were
# not seen on a page of the opinion).

CLEARLY_FAVORS = Requirement(
    MERITS,
    at_least=Merits.CLEAR,
    authority=(a.ANDERSON_1114, a.STANLEY_1320, a.PARK_VILLAGE_1160),
)
VERY_SERIOUS_HARM = Requirement(HARM, at_least=Severity.VERY_SERIOUS, authority=a.MARLYN_SERIOUS_DAMAGE)

# --- The merged weighing ----------------------------------------------------
# When the government opposes, the balance of equities and the public
# interest "merge" (Nken, 556 U.S. at 435; Drakes Bay, 747 F.3d at 1092): one
# factor on the balance scale, weighed against the path's balance threshold.

MERGED = "the balance of hardships and the public interest merge when the government is the opposing party: one weighing"
MERGED_STAY = "the third and fourth factors merge where the government is the opposing party: one weighing"

# --- Stays pending appeal --------------------------------------------------
# Nken, 556 U.S. at 434: (1) a strong showing of likely success, (2)
# irreparable injury absent a stay, (3) substantial injury to the other
# parties, (4) the public interest; a mere "possib[le]" injury fails.
# Leiva-Perez, 640 F.3d 962 (9th Cir. 2011): the general balancing approach
# "remains in place" after Nken and is essentially Cottrell's sliding scale
# (964-66); harm must be probable, and either (a) a strong likelihood of
# success (Nken, 556 U.S. at 434) and a public interest that does not weigh
# heavily against a stay, or (b) "a substantial case on the merits" and a
# balance of hardships tipping sharply toward the applicant (970). Its
# statement of the two routes at 968-70 is unverified, so each route cites
# the verified pages for its parts.

STAY_STRONG_SHOWING = Requirement(
    MERITS,
    at_least=Merits.LIKELY,
    statement="a strong likelihood of success on the merits",
    authority=a.NKEN_434,
)
STAY_SUBSTANTIAL_CASE = Requirement(
    MERITS,
    at_least=Merits.SERIOUS_QUESTIONS,
    statement="a substantial case on the merits (serious legal questions)",
    authority=(a.LEIVA_PEREZ_964, a.LEIVA_PEREZ_970),
)
STAY_HARM = Requirement(
    HARM,
    at_least=Harm.LIKELY,
    statement="that irreparable harm is probable absent a stay",
    authority=a.NKEN_434_POSSIBLE,
)
STAY_PUBLIC_INTEREST = Requirement(
    PUBLIC,
    at_least=PublicInterest.AGAINST,
    statement="that the public interest does not weigh heavily against a stay",
    authority=(a.NKEN_434, a.LEIVA_PEREZ_964),
)
STAY_BALANCE = Requirement(BALANCE, at_least=Balance.SHARPLY_FAVORS, authority=a.LEIVA_PEREZ_970)


def constitutional_presumptions(
    trigger: Merits, claims: ClaimFilter = ClaimFilter.CONSTITUTIONAL
) -> tuple[Presumption, Presumption]:
    """Harm and public interest presumed from a claim of *claims* (every
    constitutional claim, or the First Amendment claims alone) that reaches
    *trigger*.

    Melendres, 695 F.3d 990: deprivation of constitutional rights
    unquestionably constitutes irreparable injury, and it is always in the
    public interest to prevent the violation of a party's constitutional
    rights; cited without a page or a quotation, as the library's reading
    (the words were not seen at 1002, and no verified authority says the
    same for every constitutional claim). Elrod, 427 U.S. at 373 (plurality
    opinion), verified, for First Amendment freedoms.
    """
    if claims not in (ClaimFilter.CONSTITUTIONAL, ClaimFilter.FIRST_AMENDMENT):
        raise ValueError(f"the constitutional presumptions read constitutional or First Amendment claims, not {claims!r}")
    noun = claims.noun
    when = Requirement(
        MERITS,
        at_least=trigger,
        claims=claims,
        statement=(
            f"a likelihood of success on {noun}"
            if trigger >= Merits.LIKELY
            else f"serious questions going to the merits of {noun}"
        ),
        authority=(a.MELENDRES_HARM, a.MELENDRES_PUBLIC),
    )
    harm = Presumption(
        HARM,
        supplies=Harm.LIKELY,
        when=when,
        statement=(
            "the deprivation of constitutional rights unquestionably constitutes irreparable injury"
            if claims is ClaimFilter.CONSTITUTIONAL
            else "the loss of First Amendment freedoms unquestionably constitutes irreparable injury"
        ),
        authority=(a.MELENDRES_HARM, a.ELROD_373) if claims is ClaimFilter.CONSTITUTIONAL else (a.ELROD_373, a.MELENDRES_HARM),
    )
    public = Presumption(
        PUBLIC,
        supplies=PublicInterest.FAVORS,
        when=when,
        statement="it is always in the public interest to prevent the violation of constitutional rights",
        authority=a.MELENDRES_PUBLIC,
    )
    return harm, public


_STANDARD_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: "A preliminary injunction is an extraordinary remedy: the movant must show every element of one path.",
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "The standard for a temporary restraining order is substantially identical to the standard for a preliminary injunction.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "The standard for an injunction pending appeal is similar to the preliminary-injunction standard.",
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal turns on the four Nken factors, applied in this circuit on Leiva-Perez's sliding scale.",
}
# A mandatory-relief analysis states the heightened standard first, before Winter and Cottrell: Garcia's
# words (en banc), cited through the opinions it quotes, whose pins are verified and which were decided
# before it (Garcia itself has no verified page for them).
HEIGHTENED = (
    "Mandatory relief, which goes well beyond simply maintaining the status quo, is particularly disfavored: the "
    "movant must establish that the law and facts clearly favor the movant's position, not simply that the movant "
    "is likely to succeed, and mandatory relief does not issue in doubtful cases."
)
HEIGHTENED_AUTHORITIES = (a.ANDERSON_1114, a.STANLEY_1320, a.PARK_VILLAGE_1160)
_STANDARD_AUTHORITIES = {
    MotionKind.PRELIMINARY_INJUNCTION: (a.WINTER_20, a.COTTRELL_1135_ALL_FOUR),
    MotionKind.TEMPORARY_RESTRAINING_ORDER: (a.STUHLBARG_839,),
    MotionKind.INJUNCTION_PENDING_APPEAL: (a.FELDMAN_367,),
    MotionKind.STAY_PENDING_APPEAL: (a.NKEN_434, a.LEIVA_PEREZ_964),
}


# --- Doctrine by date --------------------------------------------------------


@final
@attrs.frozen(cache_hash=True)
class Doctrine:
    """A period of the Ninth Circuit's law of preliminary relief: its name, the
    day it took effect (None: before anything this library dates), what it
    asks, and its authority."""

    name: str
    since: datetime.date | None
    words: str
    authority: tuple[Authority, ...]


PRE_WINTER = Doctrine(
    "pre_winter",
    None,
    "the circuit's sliding scale: probable success and a possibility of irreparable injury, "
    "or serious questions and a balance of hardships tipping sharply, with at least a possibility of irreparable injury",
    (a.CHALK_704, a.BENDA_314),
)
WINTER_ALONE = Doctrine(
    "winter",
    datetime.date(2008, 11, 12),  # Winter v. NRDC, decided November 12, 2008
    "Winter's four elements, irreparable harm likely and not merely possible; whether the serious-questions "
    "path survived Winter was not yet settled",
    (a.WINTER_20, a.WINTER_22_HARM),
)
COTTRELL_RESTATED = Doctrine(
    "cottrell",
    # Cottrell's original opinion, 613 F.3d 960, filed July 28, 2010 (V, header), already held that the
    # serious-questions path survives Winter (V in substance: the opinion's text as a blog reproduced
    # it; research17 Q2). The amendment of Sept. 22, 2010, 622 F.3d 1045 (V, header and text), added
    # the words "a showing on all four prongs" (`COTTRELL_1135_ALL_FOUR` is law from that day); the
    # opinion cited today, 632 F.3d 1127, replaced it in January 2011 (Jan. 25: corroborated only).
    # The rule did not change between the versions: the original found all four elements.
    datetime.date(2010, 7, 28),
    "Winter's four elements, or Cottrell's serious-questions path",
    (a.WINTER_20, a.COTTRELL_1135),
)
DOCTRINES = (PRE_WINTER, WINTER_ALONE, COTTRELL_RESTATED)
CURRENT = DOCTRINES[-1]


def doctrine_on(day: datetime.date) -> Doctrine:
    """The doctrine in force on *day*."""
    found = PRE_WINTER
    for doctrine in DOCTRINES:
        if doctrine.since is not None and doctrine.since <= day:
            found = doctrine
    return found


# Pre-Winter requirements: Chalk, 840 F.2d at 704 (pin unverified). Neither
# point of the continuum dispensed with irreparable harm: the serious-questions
# alternative applied "in cases of obvious irreparable injury", Save Strawberry
# Canyon (N.D. Cal. 2009) paraphrasing Benda, 584 F.2d at 314-15 (Q;
# research17 Q3), so a possibility of it is the floor on both paths.
PROBABLE_SUCCESS = Requirement(MERITS, at_least=Merits.LIKELY, statement="a probability of success on the merits", authority=a.CHALK_704)
POSSIBLE_HARM = Requirement(
    HARM, at_least=Harm.POSSIBLE, statement="a possibility of irreparable injury", authority=(a.CHALK_704, a.BENDA_314)
)
PRE_WINTER_SERIOUS = Requirement(MERITS, at_least=Merits.SERIOUS_QUESTIONS, authority=a.CHALK_704)
PRE_WINTER_SHARPLY = Requirement(BALANCE, at_least=Balance.SHARPLY_FAVORS, authority=a.CHALK_704)


def _when(law: Doctrine) -> str:
    if law.since is None:
        return f"before {a.bluebook_date(WINTER_ALONE.since)}" if WINTER_ALONE.since else "before"
    return f"since {a.bluebook_date(law.since)}"


def _validate_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and type(value) is not datetime.date:
        raise TypeError(f"{attribute.name} must be a datetime.date or None, got {value!r}")


def _validate_public_interest(instance: object, attribute: attrs.Attribute[Any], value: PublicInterest | None) -> None:
    if value not in (None, PublicInterest.NEUTRAL, PublicInterest.FAVORS):
        raise ValueError(f"{attribute.name} must be None, PublicInterest.NEUTRAL or PublicInterest.FAVORS, got {value!r}")


def _validate_trigger(instance: object, attribute: attrs.Attribute[Any], value: Merits | None) -> None:
    if value not in (None, Merits.SERIOUS_QUESTIONS, Merits.LIKELY):
        raise ValueError(f"{attribute.name} must be Merits.LIKELY, Merits.SERIOUS_QUESTIONS or None, got {value!r}")


def _validate_scope(instance: object, attribute: attrs.Attribute[Any], value: ClaimFilter) -> None:
    if value not in (ClaimFilter.CONSTITUTIONAL, ClaimFilter.FIRST_AMENDMENT) or type(value) is not ClaimFilter:
        raise ValueError(f"{attribute.name} must be ClaimFilter.CONSTITUTIONAL or ClaimFilter.FIRST_AMENDMENT, got {value!r}")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class NinthCircuit:
    """The Ninth Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal, with the unsettled points as options.

    Args:
        public_interest_threshold: the least public interest that suffices,
            where the balance and the public interest are not merged. ``None``
            (default): by the relief's reach. Winter's words, "an injunction
            is in the public interest", 555 U.S. at 20, ask that it favor
            relief, as Parler (W.D. Wash. 2021) applied them; relief that
            reaches only the parties (``motion.reach = "parties"``) may rest
            on a neutral public interest, Stormans, 586 F.3d 1109 (cited
            without a page: 1138-39 is unverified). A record that does not
            say whom the relief reaches gets Winter's words. ``PublicInterest.FAVORS``: Winter's words
            for every motion, for readers of Stormans who take it to describe
            the weight of the factor, not to lower what the movant must show.
            ``PublicInterest.NEUTRAL``: a neutral public interest suffices
            for every motion (this library's default before version 2 of the
            record format).
        serious_questions_path: keep the Cottrell serious-questions path
            (default), 632 F.3d at 1131-35. ``False`` applies Winter alone,
            the reading that Starbucks Corp. v. McKinney (2024) (No. 23-367),
            insisting on the four traditional factors, may require.
        mandatory_serious_questions: let mandatory relief issue on serious
            questions and a sharply tipping balance. Default ``False``: Garcia
            demands more than likely success ("not simply that she is likely
            to succeed"), so serious questions cannot do; no case we verified
            says so outright (doctrine file 03).
        likely_success_threshold: the "threshold" line. ``True``: failing to
            show likely success ends the inquiry, even for a movant who invokes
            serious questions: Eleveurs, 729 F.3d at 944 ("need not consider
            the remaining three [Winter elements]"), and Garcia, slip op. 14
            (likely success "the most important" factor, a "threshold
            inquiry"). ``False`` (default): Cottrell, 632 F.3d at 1132,
            1134-35, lets serious questions stand in for it when the balance
            tips sharply, as hiQ applied it; the threshold cases had nothing
            below "likely" in play (doctrine file 01). For prohibitory relief
            this has the effect of ``serious_questions_path=False``, on other
            authority; stays keep Leiva-Perez's two routes either way.
        by_date: apply the law in force on the record's ``case.decided``
            (default): before Winter (November 12, 2008) the circuit's
            sliding scale with a mere possibility of irreparable injury
            (Chalk, 840 F.2d at 704, pin unverified), a possibility of harm
            required on both of its paths (Benda, 584 F.2d at 314-15); from
            Winter, Winter's elements alone; from Cottrell's original opinion
            (613 F.3d 960, July 28, 2010), Cottrell's serious-questions path.
            Cottrell's amendment (Sept. 22, 2010) added the words "a showing
            on all four prongs", and 632 F.3d 1127 replaced it in January 2011
            (the day, Jan. 25, is corroborated, not seen on the opinion); a
            record between those days cites the version then published, with
            its later history, and no pin (none of 613 or 622 F.3d is seen). A record without a date gets current law, and the
            trace says so. ``False``: current law whatever the date. Stays
            take Nken and Leiva-Perez whatever the date.
        as_of: the law in force on this day for every record, whatever its
            own date (``None``, the default: the record's date decides).
        constitutional_presumption: what a constitutional claim must reach
            before it supplies likely irreparable harm and a public interest
            in relief. ``Merits.LIKELY`` (default): the Baird logic, and
            Melendres, 695 F.3d 990 (cited without a page: 1002 is
            unverified).
            ``Merits.SERIOUS_QUESTIONS``: the looser reading of Associated
            Gen. Contractors, 950 F.2d 1401, 1412 (9th Cir. 1991) (unverified;
            pre-Winter). ``None``: no presumption. Either way a presumption
            is a default: it supplies a finding only where the record
            states none, and a finding the court stated governs.
        constitutional_presumption_scope: which claims raise that
            presumption. ``ClaimFilter.CONSTITUTIONAL`` (default): every
            constitutional claim, by the weight of Ninth Circuit authority:
            Melendres, 695 F.3d at 1002 (Fourth Amendment), Hernandez v.
            Sessions, 872 F.3d 976, 994-95 (9th Cir. 2017) (due process),
            Monterey Mech. Co. v. Wilson, 125 F.3d 702, 715 (9th Cir. 1997)
            (equal protection), all pins unverified (research16-out.md Q2).
            ``ClaimFilter.FIRST_AMENDMENT``: the First Amendment claims
            alone (a record's ``first_amendment = true``), the reading of
            Elrod's own words, "the loss of First Amendment freedoms", 427
            U.S. at 373, and of the First Amendment cases such as Sammartano
            (pin unverified). The Lanham Act presumption (15 U.S.C. §
            1116(a), `LANHAM_HARM`) is a statute's and no option: it applies
            to TROs and preliminary injunctions on a Lanham Act claim, to
            records decided on or after December 27, 2020 (`TMA_ENACTED`,
            unverified from a primary source) under ``by_date``/``as_of``.

    >>> from injunction import MotionKind, NinthCircuit, Relief
    >>> rule = NinthCircuit(constitutional_presumption=None).rule_for_motion(
    ...     MotionKind.PRELIMINARY_INJUNCTION, Relief.MANDATORY, False)
    >>> rule.name, [path.name for path in rule.rules]
    ('preliminary_injunction', ['mandatory'])
    >>> rule.rules[0]
    (merits >= clear & (irreparable_harm >= likely | presume(irreparable_harm >= likely, when=lanham_act merits >= likely)) & irreparable_harm >= very_serious & balance_of_hardships >= favors & public_interest >= favors).named('mandatory')
    """

    public_interest_threshold: PublicInterest | None = attrs.field(default=None, validator=_validate_public_interest)
    serious_questions_path: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    mandatory_serious_questions: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    constitutional_presumption: Merits | None = attrs.field(default=Merits.LIKELY, validator=_validate_trigger)
    constitutional_presumption_scope: ClaimFilter = attrs.field(default=ClaimFilter.CONSTITUTIONAL, validator=_validate_scope)
    likely_success_threshold: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    by_date: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    as_of: datetime.date | None = attrs.field(default=None, validator=_validate_date)

    def doctrine_for(self, case: Case) -> Doctrine | None:
        """The doctrine that governs *case*: by `as_of`, else by the record's
        date; None for a record without a date (current law applies)."""
        if self.as_of is not None:
            return doctrine_on(self.as_of)
        if not self.by_date:
            return CURRENT
        decided = case.case.decided
        return None if decided is None else doctrine_on(decided)

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, as one rule tree (without the
        Lanham Act presumption for a record dated before the TMA)."""
        motion = case.motion
        rule = self.rule_for_motion(
            motion.kind, motion.relief, motion.opponent_is_government, self.doctrine_for(case), motion.reach
        )
        return without_lanham(rule) if self._before_tma(case) else rule

    def _before_tma(self, case: Case) -> bool:
        """Whether the law applied to *case* predates the § 1116(a) presumption
        (`TMA_ENACTED`): by `as_of`, else by the record's date under `by_date`."""
        day = self.as_of if self.as_of is not None else case.case.decided if self.by_date else None
        return day is not None and day < TMA_ENACTED

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(
        self,
        kind: MotionKind,
        relief: Relief,
        opponent_is_government: bool,
        doctrine: Doctrine | None = CURRENT,
        reach: Reach | None = None,
    ) -> Rule:
        """The test for a motion of *kind* seeking *relief*, by who opposes it,
        under *doctrine* (None: current law, for a record without a date),
        for relief of *reach* (None: not stated)."""
        law = CURRENT if doctrine is None else doctrine
        if kind is MotionKind.STAY_PENDING_APPEAL:
            paths = self._stay(opponent_is_government)
        elif relief is Relief.MANDATORY:
            paths = self._mandatory(opponent_is_government, reach)
        elif law is PRE_WINTER:
            paths = self._pre_winter()
        else:
            paths = self._prohibitory(opponent_is_government, reach, serious_questions=law is CURRENT)
        if kind in LANHAM_MOTIONS and law is CURRENT:  # a statute: 15 U.S.C. § 1116(a) (2020); rule_for dates it
            paths = with_lanham(paths, LIKELY_HARM)
        authority = _STANDARD_AUTHORITIES[kind]
        if not any(path.name == "serious_questions" for path in paths):
            # Cottrell's "all four prongs" speaks to its own path; cite it only where that path applies.
            authority = tuple(cited for cited in authority if cited is not a.COTTRELL_1135_ALL_FOUR) or authority
        statement = _STANDARD_WORDS[kind]
        if kind is not MotionKind.STAY_PENDING_APPEAL:
            if doctrine is None:
                statement += f" The record gives no date, so current law applies: {law.words}."
            else:
                since = _when(law)
                statement += f" Law in force at the time ({since}): {law.words}."
                if law is PRE_WINTER:
                    authority = law.authority  # Winter and Cottrell came later
                else:
                    authority += tuple(cited for cited in law.authority if cited not in authority)
            if not self.serious_questions_path and relief is Relief.PROHIBITORY:
                statement += " Winter alone: the serious-questions path is not applied (after Starbucks)."
                authority += (a.STARBUCKS_NO_PIN,)
            if self.likely_success_threshold and law is not PRE_WINTER:
                statement += " Failing likely success ends the inquiry (the threshold line, Eleveurs)."
                authority += (a.ELEVEURS_944, a.GARCIA_SLIP_14)
            if relief is Relief.MANDATORY:
                if not any(path.name == "serious_questions" for path in paths):
                    statement += " The serious-questions path does not reach mandatory relief."
                statement = f"{HEIGHTENED} {statement}"
                authority = HEIGHTENED_AUTHORITIES + tuple(cited for cited in authority if cited not in HEIGHTENED_AUTHORITIES)
        return AnyOf(paths, name=kind.value, statement=statement, authority=authority)

    # -- the pieces ---------------------------------------------------------

    def _presumptions(self) -> tuple[Presumption, Presumption] | None:
        if self.constitutional_presumption is None:
            return None
        return constitutional_presumptions(self.constitutional_presumption, self.constitutional_presumption_scope)

    def _harm(self) -> Rule:
        presumptions = self._presumptions()
        return LIKELY_HARM if presumptions is None else LIKELY_HARM | presumptions[0]

    def _public_interest(self, reach: Reach | None) -> Rule:
        threshold = self.public_interest_threshold
        if threshold is None:
            requirement = PUBLIC_INTEREST_PARTIES_ONLY if reach is Reach.PARTIES else PUBLIC_INTEREST_FAVORS
        else:
            requirement = PUBLIC_INTEREST_FAVORS if threshold is PublicInterest.FAVORS else PUBLIC_INTEREST_NOT_AGAINST
        presumptions = self._presumptions()
        return requirement if presumptions is None else requirement | presumptions[1]

    def _equities(self, balance: Requirement, government: bool, reach: Reach | None) -> tuple[Rule, ...]:
        """The balance of hardships and the public interest: two factors, or,
        when the government opposes, one weighing against the balance's
        threshold (Nken, 556 U.S. at 435; Drakes Bay, 747 F.3d at 1092), a
        constitutional claim's presumed public interest entering it where the
        record states neither."""
        if not government:
            return (balance, self._public_interest(reach))
        presumptions = self._presumptions()
        merged = Merger(
            cast(Balance, balance.at_least),
            statement=MERGED,
            authority=(a.NKEN_435, a.DRAKES_BAY_1092),
            presumption=None if presumptions is None else presumptions[1],
        )
        return (merged,)

    def _pre_winter(self) -> tuple[Rule, ...]:
        """Chalk, 840 F.2d at 704 (pin unverified): two points on one continuum,
        each with at least a possibility of irreparable injury (Benda, 584 F.2d
        at 314-15, Q): serious questions never stood in for harm."""
        probable = AllOf(
            (PROBABLE_SUCCESS, POSSIBLE_HARM),
            name="winter",
            statement="probable success on the merits and a possibility of irreparable injury (before Winter)",
            authority=a.CHALK_704,
        )
        serious = AllOf(
            (PRE_WINTER_SERIOUS, POSSIBLE_HARM, PRE_WINTER_SHARPLY),
            name="serious_questions",
            statement=(
                "serious questions going to the merits and a balance of hardships tipping sharply, with at least "
                "a possibility of irreparable injury (before Winter)"
            ),
            authority=(a.CHALK_704, a.BENDA_314),
        )
        return (probable, serious) if self.serious_questions_path and not self.likely_success_threshold else (probable,)

    def _prohibitory(self, government: bool, reach: Reach | None, *, serious_questions: bool = True) -> tuple[Rule, ...]:
        winter = AllOf(
            (LIKELY_SUCCESS, self._harm(), *self._equities(BALANCE_FAVORS, government, reach)),
            name="winter",
            statement="likely success, likely irreparable harm, a balance of equities in the movant's favor, and the public interest",
            authority=a.WINTER_20,
        )
        if not (self.serious_questions_path and serious_questions) or self.likely_success_threshold:
            return (winter,)
        return (winter, self._serious_questions(government, reach))

    def _serious_questions(self, government: bool, reach: Reach | None) -> Rule:
        return AllOf(
            (SERIOUS_QUESTIONS, self._harm(), *self._equities(BALANCE_TIPS_SHARPLY, government, reach)),
            name="serious_questions",
            statement="serious questions going to the merits and a balance of hardships tipping sharply toward the movant, with likely irreparable harm and the public interest",
            authority=(a.COTTRELL_1135, a.COTTRELL_1135_ALL_FOUR),
        )

    def _mandatory(self, government: bool, reach: Reach | None) -> tuple[Rule, ...]:
        mandatory = AllOf(
            (
                CLEARLY_FAVORS,
                self._harm(),
                VERY_SERIOUS_HARM,
                *self._equities(BALANCE_FAVORS, government, reach),
            ),
            name="mandatory",
            statement="mandatory relief: the law and facts clearly favor the movant and extreme or very serious damage will result; not in doubtful cases",
            authority=(a.STANLEY_1320, a.MARLYN_878),
        )
        if self.mandatory_serious_questions and self.serious_questions_path:
            return (mandatory, self._serious_questions(government, reach))
        return (mandatory,)

    def _stay(self, government: bool) -> tuple[Rule, ...]:
        # Leiva-Perez names only the public interest on route (a) and only the
        # balance on route (b); when the government opposes the stay, each is
        # the merged weighing (slip op. 4334): route (a) fails only where it
        # weighs heavily against the stay. The constitutional presumptions are
        # not applied: they protect a party whose rights are violated, not an
        # applicant whose grounds of appeal are constitutional.
        strong = AllOf(
            (STAY_STRONG_SHOWING, STAY_HARM, _stay_merged(Balance.AGAINST) if government else STAY_PUBLIC_INTEREST),
            name="winter",
            statement="a strong showing of likely success, probable irreparable harm, and a public interest that does not weigh heavily against a stay",
            authority=(a.NKEN_434, a.LEIVA_PEREZ_964),
        )
        substantial = AllOf(
            (STAY_SUBSTANTIAL_CASE, STAY_HARM, _stay_merged(Balance.SHARPLY_FAVORS) if government else STAY_BALANCE),
            name="serious_questions",
            statement="a substantial case on the merits, probable irreparable harm, and a balance of hardships tipping sharply toward the applicant",
            authority=(a.LEIVA_PEREZ_964, a.LEIVA_PEREZ_970),
        )
        return (strong, substantial)


def _stay_merged(threshold: Balance) -> Merger:
    """A stay's third and fourth factors as one weighing when the government
    opposes: Nken, 556 U.S. at 435, applied to stays by Leiva-Perez (slip op. 4334)."""
    return Merger(threshold, statement=MERGED_STAY, authority=(a.NKEN_435, a.LEIVA_PEREZ_SLIP_4334))

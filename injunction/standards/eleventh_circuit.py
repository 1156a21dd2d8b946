"""The Eleventh Circuit's standard for interim relief, composed of the same rules.

Read beside the opinions (research: docs/research/research18-ca11.md):

* Four prerequisites. The movant must show "(1) substantial likelihood of
  success on the merits; (2) [that] irreparable injury will be suffered
  unless the injunction issues; (3) the threatened injury to [him] outweighs
  whatever damage the proposed injunction may cause the opposing party; and
  (4) if issued, the injunction would not be adverse to the public interest"
  (McDonald's, 147 F.3d at 1306), and "a preliminary injunction is an
  extraordinary and drastic remedy not to be granted unless the movant
  clearly established the burden of persuasion as to each of the four
  prerequisites" (Siegel, 234 F.3d at 1176 (en banc)); both as quoted in Wood
  v. Raffensperger (N.D. Ga. 2020). On this library's scales: "substantial
  likelihood of success" is ``likely`` (the circuit's name for the
  likelihood Winter asks; "clearly established the burden of persuasion" is
  the burden of proof on each prerequisite, not a higher merits level);
  irreparable injury is ``likely`` and "the sine qua non of injunctive
  relief" (Siegel at 1175-76); "outweighs" is a balance that ``favors`` the
  movant; "would not be adverse to the public interest" is a public interest
  at least ``neutral``, a lower bar than the Ninth and Second Circuits'
  ``favors``. Without a substantial likelihood of success the court "need
  not consider the other requirements" (Bloedorn, 631 F.3d at 1229): every
  path requires it.
* No serious-questions path: the circuit's words have always been a
  "substantial likelihood" (Canal Authority, 5th Cir. 1974, through Siegel),
  so the standard is not dated, except for the Lanham Act presumption below.
* A TRO takes the same standard: "identical" (Windsor, 379 F. App'x at
  916-17). An injunction pending appeal takes it too (Touchston v. McDermott,
  234 F.3d 1130 (11th Cir. 2000) (en banc), not seen; the library's reading).
* Mandatory relief is "particularly disfavored" and issues only where "the
  facts and law clearly favor the moving party" (Martinez v. Mathews, 544 F.2d
  1233 (5th Cir. 1976), binding former Fifth Circuit law, cited without a page:
  not seen): merits ``clear``. Option *mandatory_clearly_favors*.
* Stays pending appeal: Nken's four factors, "whether the stay applicant has
  made a strong showing that it is likely to succeed on the merits" first
  (Democratic Exec. Comm. v. Lee, 915 F.3d at 1317, quoted in Swain v. Junior,
  S.D. Fla. 2020): ``likely`` merits and harm, a balance at least ``even``
  (the library's reading of "whether the issuance of the stay will
  substantially injure the other parties") and a public interest not against
  the stay. Garcia-Mir v. Meese, 781 F.2d 1450 (11th Cir. 1986) (cited without
  a page) allowed "a substantial case on the merits" where the balance of
  equities weighs heavily toward a stay; whether that survives Nken's "strong
  showing" is unsettled (option *substantial_case_route*, default off: the
  post-Nken orders seen state Nken's factors alone).
* Not encoded, for want of a verified pin: the Nken merger against the
  government, and presumptions of irreparable harm from constitutional claims
  (the circuit has none in general; First Amendment cases follow Elrod). In
  trademark cases the circuit left open after eBay whether harm may be
  presumed (N. Am. Med. Corp. v. Axiom Worldwide, 522 F.3d 1211 (11th Cir.
  2008)); the Lanham Act presumption (15 U.S.C. § 1116(a),
  `standards.lanham`) joins the harm requirement of a TRO or preliminary
  injunction for records dated from the TMA (December 27, 2020, unverified)
  or undated.
"""

from __future__ import annotations

import functools
from typing import final

import attrs

from .. import authorities as a
from .._engine.case import Case, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Requirement, Rule
from .._engine.scales import Balance, Harm, Merits, PublicInterest
from .lanham import LANHAM_MOTIONS, lanham_as_of, with_lanham

__all__ = ["EleventhCircuit"]

MERITS = Factor.MERITS
HARM = Factor.IRREPARABLE_HARM
BALANCE = Factor.BALANCE_OF_HARDSHIPS
PUBLIC = Factor.PUBLIC_INTEREST

SUBSTANTIAL_LIKELIHOOD = Requirement(
    MERITS, at_least=Merits.LIKELY, statement="a substantial likelihood of success on the merits", authority=(a.MCDONALDS_1306, a.BLOEDORN_1229)
)
IRREPARABLE_INJURY = Requirement(
    HARM, at_least=Harm.LIKELY, statement="that irreparable injury will be suffered unless the injunction issues", authority=(a.MCDONALDS_1306, a.SIEGEL_1175)
)
OUTWEIGHS = Requirement(
    BALANCE,
    at_least=Balance.FAVORS,
    statement="that the threatened injury to the movant outweighs whatever damage the proposed injunction may cause the opposing party",
    authority=a.MCDONALDS_1306,
)
NOT_ADVERSE = Requirement(
    PUBLIC, at_least=PublicInterest.NEUTRAL, statement="that, if issued, the injunction would not be adverse to the public interest", authority=a.MCDONALDS_1306
)
CLEARLY_FAVOR = Requirement(
    MERITS, at_least=Merits.CLEAR, statement="that the facts and law clearly favor the moving party", authority=a.MARTINEZ_MANDATORY
)
STAY_STRONG = Requirement(
    MERITS,
    at_least=Merits.LIKELY,
    statement="a strong showing that the stay applicant is likely to succeed on the merits",
    authority=(a.DEM_EXEC_COMM_LEE_1317, a.NKEN_434),
)
STAY_HARM = Requirement(
    HARM, at_least=Harm.LIKELY, statement="that the applicant will be irreparably injured absent a stay", authority=(a.DEM_EXEC_COMM_LEE_1317, a.NKEN_434_POSSIBLE)
)
STAY_OTHERS = Requirement(
    BALANCE,
    at_least=Balance.EVEN,
    statement="that the issuance of the stay will not substantially injure the other parties interested in the proceeding",
    authority=a.DEM_EXEC_COMM_LEE_1317,
)
STAY_PUBLIC = Requirement(
    PUBLIC, at_least=PublicInterest.NEUTRAL, statement="that the public interest does not lie against the stay", authority=a.DEM_EXEC_COMM_LEE_1317
)
SUBSTANTIAL_CASE = Requirement(
    MERITS, at_least=Merits.SERIOUS_QUESTIONS, statement="a substantial case on the merits", authority=a.GARCIA_MIR_SUBSTANTIAL_CASE
)
WEIGHS_HEAVILY = Requirement(
    BALANCE,
    at_least=Balance.SHARPLY_FAVORS,
    statement="a balance of the equities that weighs heavily in favor of granting the stay",
    authority=a.GARCIA_MIR_SUBSTANTIAL_CASE,
)

_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: (
        "A preliminary injunction is an extraordinary and drastic remedy not to be granted unless the movant clearly "
        "establishes the burden of persuasion as to each of the four prerequisites."
    ),
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "The standards for a temporary restraining order and a preliminary injunction are identical.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "An injunction pending appeal takes the four prerequisites of a preliminary injunction.",
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal turns on the four traditional stay factors of Nken.",
}
_AUTHORITIES = {
    MotionKind.PRELIMINARY_INJUNCTION: (a.SIEGEL_1176, a.MCDONALDS_1306),
    MotionKind.TEMPORARY_RESTRAINING_ORDER: (a.WINDSOR_916, a.SIEGEL_1176, a.MCDONALDS_1306),
    MotionKind.INJUNCTION_PENDING_APPEAL: (a.SIEGEL_1176, a.MCDONALDS_1306),
    MotionKind.STAY_PENDING_APPEAL: (a.DEM_EXEC_COMM_LEE_1317, a.NKEN_434),
}


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class EleventhCircuit:
    """The Eleventh Circuit's tests for TROs, preliminary injunctions,
    injunctions and stays pending appeal.

    Args:
        mandatory_clearly_favors: mandatory relief needs facts and law that
            clearly favor the movant (merits ``clear``). Default ``True``:
            Martinez v. Mathews (5th Cir. 1976), binding former Fifth Circuit
            law, cited without a page. ``False``: the four prerequisites
            alone, for a reader who holds that unverified rule aside.
        substantial_case_route: a stay may also issue on "a substantial
            case on the merits" where the balance of equities weighs heavily
            toward it (Garcia-Mir, 781 F.2d 1450, cited without a page).
            Default ``False``: after Nken's "strong showing" (556 U.S. at
            434) the circuit's orders seen (Democratic Exec. Comm. v. Lee,
            2019; Swain v. Junior, 2020; Florida v. United States, 2023)
            state Nken's four factors alone.

    >>> from injunction import EleventhCircuit, MotionKind, Relief
    >>> [p.name for p in EleventhCircuit().rule_for_motion(MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, True).rules]
    ['winter']
    """

    mandatory_clearly_favors: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    substantial_case_route: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, as one rule tree (without the
        Lanham Act presumption for a record dated before the TMA)."""
        motion = case.motion
        rule = self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government)
        return lanham_as_of(rule, case.case.decided)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(self, kind: MotionKind, relief: Relief, opponent_is_government: bool) -> Rule:
        """The test for a motion of *kind* seeking *relief* (who opposes it does not change the test here)."""
        statement = _WORDS[kind]
        authority = _AUTHORITIES[kind]
        if kind is MotionKind.STAY_PENDING_APPEAL:
            paths: tuple[Rule, ...] = (
                AllOf(
                    (STAY_STRONG, STAY_HARM, STAY_OTHERS, STAY_PUBLIC),
                    name="winter",
                    statement="a strong showing of likely success, irreparable injury absent a stay, no substantial injury to the other parties, and a public interest that does not lie against the stay",
                    authority=(a.DEM_EXEC_COMM_LEE_1317, a.NKEN_434),
                ),
            )
            if self.substantial_case_route:
                paths += (
                    AllOf(
                        (SUBSTANTIAL_CASE, STAY_HARM, WEIGHS_HEAVILY, STAY_PUBLIC),
                        name="serious_questions",
                        statement="a substantial case on the merits where the balance of the equities weighs heavily in favor of a stay",
                        authority=a.GARCIA_MIR_SUBSTANTIAL_CASE,
                    ),
                )
                statement += " A substantial case on the merits suffices where the equities weigh heavily toward a stay (Garcia-Mir, an option)."
                authority += (a.GARCIA_MIR_SUBSTANTIAL_CASE,)
        elif relief is Relief.MANDATORY and self.mandatory_clearly_favors:
            paths = (
                AllOf(
                    (CLEARLY_FAVOR, IRREPARABLE_INJURY, OUTWEIGHS, NOT_ADVERSE),
                    name="mandatory",
                    statement="mandatory relief: facts and law that clearly favor the movant, with the other three prerequisites",
                    authority=a.MARTINEZ_MANDATORY,
                ),
            )
            statement = f"Mandatory preliminary relief is particularly disfavored: the facts and law must clearly favor the moving party. {statement}"
            authority = (a.MARTINEZ_MANDATORY, *authority)
        else:
            paths = (
                AllOf(
                    (SUBSTANTIAL_LIKELIHOOD, IRREPARABLE_INJURY, OUTWEIGHS, NOT_ADVERSE),
                    name="winter",
                    statement="a substantial likelihood of success, irreparable injury, a threatened injury that outweighs the damage to the opponent, and an injunction not adverse to the public interest",
                    authority=a.MCDONALDS_1306,
                ),
            )
        if kind in LANHAM_MOTIONS:
            paths = with_lanham(paths, IRREPARABLE_INJURY)
        return AnyOf(paths, name=kind.value, statement=statement, authority=authority)

"""The Second Circuit's standard for interim relief: the same rules, composed
for another circuit, as the proof that the engine is circuit-neutral.

Read beside the opinions (pins verified through the quotations named in
`injunction.authorities`):

* Four factors, as in Winter: ACLU v. Clapper, 804 F.3d at 622.
* "Sufficiently serious questions going to the merits to make them a fair
  ground for litigation and a balance of hardships tipping decidedly" may
  stand in for likely success: Citigroup, 598 F.3d 30 (cited without a
  page, as the library's reading of its holding: page 35 is unverified).
  "Decidedly" is this scale's ``sharply_favors``.
* Not against government action taken in the public interest under a
  statutory or regulatory scheme: then likely success is required, Bronx
  Household, 331 F.3d at 349. A record says only that the government
  opposes; the option *government_acts_under_statute* (default True) reads
  that as such action.
* A mandatory injunction needs "a clear or substantial likelihood of
  success": Tom Doherty, 60 F.3d at 35.
* In the First Amendment context likely success is "the dominant, if not
  the dispositive, factor" (N.Y. Progress, 733 F.3d at 488): a
  constitutional claim likely to succeed supplies likely irreparable harm.
* No merger of the balance and the public interest, and no separate stay
  routes: stays take Nken's factors (556 U.S. at 434) on the strong-showing
  route.
* A statute binds it as every federal court: likely success on a Lanham Act
  claim supplies likely irreparable harm on a TRO or preliminary-injunction
  motion (15 U.S.C. § 1116(a), `standards.lanham`), for records dated from
  the TMA (December 27, 2020, unverified) or undated.
"""

from __future__ import annotations

import functools
from typing import final

import attrs

from .. import authorities as a
from .._engine.case import Case, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Presumption, Requirement, Rule
from .._engine.scales import Balance, Harm, Merits, PublicInterest
from .lanham import LANHAM_MOTIONS, lanham_as_of, with_lanham

__all__ = ["SecondCircuit"]

LIKELY_SUCCESS = Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=a.CLAPPER_622)
SERIOUS_QUESTIONS = Requirement(
    Factor.MERITS,
    at_least=Merits.SERIOUS_QUESTIONS,
    statement="sufficiently serious questions going to the merits to make them a fair ground for litigation",
    authority=a.CITIGROUP_SERIOUS_QUESTIONS,
)
CLEAR_OR_SUBSTANTIAL = Requirement(
    Factor.MERITS,
    at_least=Merits.CLEAR,
    statement="a clear or substantial likelihood of success on the merits",
    authority=a.TOM_DOHERTY_35,
)
LIKELY_HARM = Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=(a.CLAPPER_622, a.FAIVELEY_118))
BALANCE_FAVORS = Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, authority=a.CLAPPER_622)
BALANCE_DECIDEDLY = Requirement(
    Factor.BALANCE_OF_HARDSHIPS,
    at_least=Balance.SHARPLY_FAVORS,
    statement="a balance of hardships tipping decidedly toward the movant",
    authority=a.CITIGROUP_SERIOUS_QUESTIONS,
)
# Clapper, 804 F.3d at 622 (quoted with that pin in Volokh v. James, S.D.N.Y. 2023):
# the movant must show "that an injunction is in the public interest", so the
# public interest must favor relief; a neutral one does not suffice.
PUBLIC_INTEREST = Requirement(Factor.PUBLIC_INTEREST, at_least=PublicInterest.FAVORS, authority=a.CLAPPER_622)
FIRST_AMENDMENT_HARM = Presumption(
    Factor.IRREPARABLE_HARM,
    supplies=Harm.LIKELY,
    when=Requirement(
        Factor.MERITS,
        at_least=Merits.LIKELY,
        constitutional_only=True,
        statement="a likelihood of success on a constitutional claim",
        authority=a.NY_PROGRESS_488,
    ),
    statement="likely success is the dominant, if not the dispositive, factor",
    authority=a.NY_PROGRESS_488,
)

_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: "A preliminary injunction takes the four Winter factors, with serious questions and a decidedly tipping balance as the alternative to likely success.",
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "A temporary restraining order takes the preliminary-injunction standard.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "An injunction pending appeal takes the preliminary-injunction standard.",
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal turns on the four Nken factors.",
}


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class SecondCircuit:
    """The Second Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal.

    Args:
        government_acts_under_statute: read a government opponent as acting
            in the public interest under a statutory or regulatory scheme,
            so that likely success is required and serious questions do not
            suffice (Bronx Household, 331 F.3d at 349). Default True: the
            record format says only that the government opposes. ``False``:
            the serious-questions path stays open against the government.
        first_amendment_presumption: a constitutional claim likely to
            succeed supplies likely irreparable harm (N.Y. Progress, 733 F.3d
            at 488) where the record states no harm finding; a stated finding
            governs. Default True.

    >>> from injunction import MotionKind, Relief, SecondCircuit
    >>> [p.name for p in SecondCircuit().rule_for_motion(MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, True).rules]
    ['winter']
    """

    government_acts_under_statute: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    first_amendment_presumption: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, as one rule tree."""
        motion = case.motion
        rule = self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government)
        return lanham_as_of(rule, case.case.decided)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(self, kind: MotionKind, relief: Relief, opponent_is_government: bool) -> Rule:
        """The test for a motion of *kind* seeking *relief*, by who opposes it."""
        harm: Rule = LIKELY_HARM | FIRST_AMENDMENT_HARM if self.first_amendment_presumption else LIKELY_HARM
        if kind is MotionKind.STAY_PENDING_APPEAL:
            paths: tuple[Rule, ...] = (
                AllOf(
                    (
                        Requirement(Factor.MERITS, at_least=Merits.LIKELY, statement="a strong showing of likely success", authority=a.NKEN_434),
                        Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, authority=a.NKEN_434),
                        PUBLIC_INTEREST,
                    ),
                    name="winter",
                    statement="a strong showing of likely success, likely irreparable harm, and a public interest that does not weigh against a stay",
                    authority=a.NKEN_434,
                ),
            )
        elif relief is Relief.MANDATORY:
            paths = (
                AllOf(
                    (CLEAR_OR_SUBSTANTIAL, harm, BALANCE_FAVORS, PUBLIC_INTEREST),
                    name="mandatory",
                    statement="a clear or substantial likelihood of success, with the other three factors",
                    authority=a.TOM_DOHERTY_35,
                ),
            )
        else:
            winter = AllOf(
                (LIKELY_SUCCESS, harm, BALANCE_FAVORS, PUBLIC_INTEREST),
                name="winter",
                statement="likely success, likely irreparable harm, a balance of equities in the movant's favor, and the public interest",
                authority=a.CLAPPER_622,
            )
            serious = AllOf(
                (SERIOUS_QUESTIONS, harm, BALANCE_DECIDEDLY, PUBLIC_INTEREST),
                name="serious_questions",
                statement="sufficiently serious questions going to the merits and a balance of hardships tipping decidedly toward the movant, with likely irreparable harm and the public interest",
                authority=a.CITIGROUP_SERIOUS_QUESTIONS,
            )
            barred = opponent_is_government and self.government_acts_under_statute
            paths = (winter,) if barred else (winter, serious)
        if kind in LANHAM_MOTIONS:
            paths = with_lanham(paths, LIKELY_HARM)
        statement = _WORDS[kind]
        authority: tuple[a.Authority, ...] = (a.CLAPPER_622,) if kind is not MotionKind.STAY_PENDING_APPEAL else (a.NKEN_434,)
        if opponent_is_government and self.government_acts_under_statute and relief is Relief.PROHIBITORY and kind is not MotionKind.STAY_PENDING_APPEAL:
            statement += " Against government action under a statutory scheme, likely success is required."
            authority += (a.BRONX_HOUSEHOLD_349,)
        return AnyOf(paths, name=kind.value, statement=statement, authority=authority)

"""The Fifth Circuit's standard for interim relief: four prerequisites,
each required, none balanced against another.

Read beside the opinions (research: ``docs/research/research18-ca5.md``):

* The movant must show "(1) a substantial likelihood of success on the
  merits, (2) a substantial threat of irreparable harm, (3) that the threat
  of injury outweighs any harm that an injunction would cause, and (4) that
  the public interest is not disserved by an injunction" (Canal Authority,
  489 F.2d at 572; restated in All. for Hippocratic Med. v. FDA (5th Cir.
  Aug. 16, 2023), slip op. 37). The requirements "are not balanced" (Miss.
  Power & Light, 760 F.2d at 621); the movant must have "clearly carried the
  burden of persuasion with respect to all four factors" (Allied Mktg., 878
  F.2d at 809). There is no serious-questions path for an injunction.
* On this library's scales: "substantial likelihood" is ``likely`` --
  "'substantial' does not mean 'certain'", and the movant must "present a
  substantial case on the merits" (Byrne, 847 F.2d at 1133); "substantial
  threat" of irreparable harm is harm ``likely``; "outweighs" is a balance
  that ``favors``; "not disserved" is a public interest at least
  ``neutral`` (the Fifth Circuit's words ask less than Winter's "in the
  public interest").
* Mandatory relief is "particularly disfavored, and should not be issued
  unless the facts and law clearly favor the moving party" (Martinez, 544
  F.2d at 1243): merits ``clear``.
* Stays pending appeal: Nken's factors (a strong showing of likely success,
  likely irreparable harm, no substantial injury to the others, read as a
  balance at least ``even``, and a public interest at least ``neutral``),
  as the Fifth Circuit applied them in 2023; and, by the option
  *ruiz_substantial_case* (default True), Ruiz's route: "a substantial case
  on the merits when a serious legal question is involved" (``serious_questions``)
  with "the balance of equities weigh[ing] heavily" (``sharply_favors``).
* Where the government opposes, its interests and the public interest merge
  (Tex. Democratic Party, 961 F.3d at 412; Nken, 556 U.S. at 435).
"""

from __future__ import annotations

import functools
from typing import final

import attrs

from .. import authorities as a
from .._engine.case import Case, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Merger, Requirement, Rule
from .._engine.scales import Balance, Harm, Merits, PublicInterest

__all__ = ["FifthCircuit"]

_MERITS, _HARM, _BALANCE, _PUBLIC = Factor.MERITS, Factor.IRREPARABLE_HARM, Factor.BALANCE_OF_HARDSHIPS, Factor.PUBLIC_INTEREST
_FOUR = (a.CANAL_AUTHORITY_572, a.MS_POWER_LIGHT_621)

SUBSTANTIAL_LIKELIHOOD = Requirement(
    _MERITS, at_least=Merits.LIKELY, statement="a substantial likelihood of success on the merits", authority=(a.CANAL_AUTHORITY_572, a.BYRNE_1133)
)
CLEARLY_FAVOR = Requirement(
    _MERITS, at_least=Merits.CLEAR, statement="the facts and law clearly favor the moving party", authority=a.MARTINEZ_V_MATHEWS_1243
)
SUBSTANTIAL_THREAT = Requirement(_HARM, at_least=Harm.LIKELY, statement="a substantial threat of irreparable injury", authority=a.CANAL_AUTHORITY_572)
OUTWEIGHS = Requirement(
    _BALANCE, at_least=Balance.FAVORS, statement="the threatened injury outweighs any harm the injunction may do to the defendant", authority=a.CANAL_AUTHORITY_572
)
NOT_DISSERVED = Requirement(_PUBLIC, at_least=PublicInterest.NEUTRAL, statement="the injunction will not disserve the public interest", authority=a.CANAL_AUTHORITY_572)

_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: "A preliminary injunction is an extraordinary remedy: the movant must clearly carry the burden of persuasion on all four prerequisites, which are not balanced.",
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "A temporary restraining order takes the four prerequisites of a preliminary injunction.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "An injunction pending appeal takes the four prerequisites of a preliminary injunction.",
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal turns on the four Nken factors.",
}
MERGED = "the threatened injury weighed with the public interest, merged where the government opposes"


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class FifthCircuit:
    """The Fifth Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal.

    Args:
        ruiz_substantial_case: a stay may also issue on a substantial case on
            the merits when a serious legal question is involved and the
            balance of the equities weighs heavily in its favor (Ruiz, 650
            F.2d 555, cited without a page; quoted by Reading & Bates (5th
            Cir. 1994); applied beside Nken's factors in United States v.
            Transocean (5th Cir. 2013) (unpublished)). Default True: no
            opinion seen overrules it. ``False``: Nken's strong showing only,
            as the 2023 stay order in All. for Hippocratic Med. applied it.

    >>> from injunction import FifthCircuit, MotionKind, Relief
    >>> [p.name for p in FifthCircuit().rule_for_motion(MotionKind.STAY_PENDING_APPEAL, Relief.PROHIBITORY, False).rules]
    ['winter', 'serious_questions']
    """

    ruiz_substantial_case: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, as one rule tree."""
        motion = case.motion
        return self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(self, kind: MotionKind, relief: Relief, opponent_is_government: bool) -> Rule:
        """The test for a motion of *kind* seeking *relief*, by who opposes it."""
        if kind is MotionKind.STAY_PENDING_APPEAL:
            return self._stay(opponent_is_government)
        equities: tuple[Rule, ...] = (OUTWEIGHS, NOT_DISSERVED)
        if opponent_is_government:
            equities = (Merger(Balance.FAVORS, statement=MERGED, authority=(a.TX_DEMOCRATIC_PARTY_412, a.NKEN_435)),)
        statement = _WORDS[kind]
        authority: tuple[a.Authority, ...] = (*_FOUR, a.ALLIED_MKTG_809)
        if relief is Relief.MANDATORY:
            path = AllOf(
                (CLEARLY_FAVOR, SUBSTANTIAL_THREAT, *equities),
                name="mandatory",
                statement="mandatory relief: the facts and law clearly favor the movant, with the other three prerequisites",
                authority=a.MARTINEZ_V_MATHEWS_1243,
            )
            statement = "Mandatory relief, which goes well beyond simply maintaining the status quo, is particularly disfavored, and should not be issued unless the facts and law clearly favor the moving party. " + statement
            authority = (a.MARTINEZ_V_MATHEWS_1243, *authority)
        else:
            path = AllOf(
                (SUBSTANTIAL_LIKELIHOOD, SUBSTANTIAL_THREAT, *equities),
                name="winter",
                statement="a substantial likelihood of success, a substantial threat of irreparable injury, injury outweighing the harm to the defendant, and no disservice to the public interest",
                authority=a.CANAL_AUTHORITY_572,
            )
        return AnyOf((path,), name=kind.value, statement=statement, authority=authority)

    def _stay(self, government: bool) -> Rule:
        strong = Requirement(_MERITS, at_least=Merits.LIKELY, statement="a strong showing that the applicant is likely to succeed on the merits", authority=a.NKEN_434)
        harm = Requirement(_HARM, at_least=Harm.LIKELY, statement="the applicant will be irreparably injured absent a stay", authority=a.NKEN_434)
        others = Requirement(_BALANCE, at_least=Balance.EVEN, statement="a stay will not substantially injure the other parties", authority=a.NKEN_434)
        public = Requirement(_PUBLIC, at_least=PublicInterest.NEUTRAL, statement="the public interest does not weigh against a stay", authority=a.NKEN_434)

        def equities(threshold: Balance, balance: Requirement) -> tuple[Rule, ...]:
            if government:
                return (Merger(threshold, statement=MERGED, authority=(a.TX_DEMOCRATIC_PARTY_412, a.NKEN_435)),)
            return (balance, public)

        paths: list[Rule] = [AllOf((strong, harm, *equities(Balance.EVEN, others)), name="winter", statement="the four Nken factors", authority=a.NKEN_434)]
        if self.ruiz_substantial_case:
            substantial = Requirement(_MERITS, at_least=Merits.SERIOUS_QUESTIONS, statement="a substantial case on the merits when a serious legal question is involved", authority=a.RUIZ_SUBSTANTIAL_CASE)
            heavily = Requirement(_BALANCE, at_least=Balance.SHARPLY_FAVORS, statement="the balance of the equities weighs heavily in favor of granting the stay", authority=a.RUIZ_SUBSTANTIAL_CASE)
            paths.append(
                AllOf((substantial, harm, *equities(Balance.SHARPLY_FAVORS, heavily)), name="serious_questions", statement="a substantial case on the merits and a balance of equities weighing heavily toward a stay", authority=a.RUIZ_SUBSTANTIAL_CASE)
            )
        return AnyOf(tuple(paths), name=MotionKind.STAY_PENDING_APPEAL.value, statement=_WORDS[MotionKind.STAY_PENDING_APPEAL], authority=a.NKEN_434)

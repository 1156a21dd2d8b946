"""The Sixth Circuit's standard for interim relief: four factors balanced,
irreparable harm indispensable.

Read beside the opinions (research: docs/research/research18-ca6.md):

* **The four factors.** Sandison v. Mich. High Sch. Athletic Ass'n, 64 F.3d
  1026, 1030 (6th Cir. 1995): "(1) whether the movant has shown a strong or
  substantial likelihood or probability of success on the merits; (2) whether
  the movant has shown that he or she would suffer irreparable harm if the
  preliminary relief is not issued; (3) whether the issuance of a preliminary
  injunction will not cause substantial harm to third parties; and (4)
  whether the public interest would be served". On this library's scales a
  "strong or substantial likelihood" is ``likely`` (balanced with the rest,
  not the Second Circuit's heightened "clear or substantial" bar); harm to
  third parties is the balance of hardships; the public interest is itself.
* **Balanced, not prerequisites.** "[T]hese factors simply guide the
  discretion of the court; they are not meant to be rigid and unbending
  requirements" (In re Eagle-Picher Indus., 963 F.2d 855, 859 (6th Cir.
  1992)); "factors to be balanced, not prerequisites" (Certified Restoration,
  511 F.3d 535, cited without a page: 542 was not seen). The library decides the balance (a
  `Weighing`) only in its clear cases, and otherwise says the court weighs:

  - *clearly for relief*: success ``likely``, the balance of hardships
    ``favors`` the movant, the public interest at least ``neutral``: each
    factor on the movant's side or neutral;
  - *clearly against relief*: no likelihood of success at all (``none``):
    nothing is then left to balance, and where the claim is constitutional
    "the likelihood of success on the merits often will be the determinative
    factor" (Obama for America, 697 F.3d 423, cited without a page: the
    words are the lead's, at 436, not read in the opinion); or success
    no better than ``serious_questions`` with both the balance and the public
    interest against the movant.
* **Irreparable harm indispensable.** D.T. v. Sumner Cnty. Schs., 942 F.3d
  324 (6th Cir. 2019): parents who "haven't shown that their injury is
  imminent" were denied; the district court's finding that they "had not yet
  suffered an immediate and irreparable injury" was "reason enough". So
  likely irreparable harm is a gateway before the balance (option
  *harm_indispensable*, default True); with False, harm is one factor in the
  weighing, the older balancing of Eagle-Picher. (D.T. is cited without a
  page: its opening was read, not pages 326-27.)
* **Stays and injunctions pending appeal** take the same four factors,
  balanced (Griepentrog, 945 F.2d 150 (6th Cir. 1991), cited without a page),
  with Nken's likely irreparable injury to the applicant (556 U.S. at 434).
* No heightened standard for mandatory relief and no rule for a government
  opponent was found in the Sixth Circuit's own words; none is encoded. The
  Lanham Act's presumption (15 U.S.C. § 1116(a)) joins the harm gateway of a
  TRO or preliminary injunction, for records dated from the TMA or undated.
"""

from __future__ import annotations

import functools
from typing import final

import attrs

from .. import authorities as a
from .._engine.case import Case, ClaimFilter, Factor, MotionKind, Relief
from .._engine.rules import AllOf, AnyOf, Presumption, Requirement, Rule, Weighing, at_most
from .._engine.scales import Balance, Harm, Merits, PublicInterest
from .lanham import LANHAM_MOTIONS, lanham_as_of, with_lanham

__all__ = ["SixthCircuit"]

HARM_REQUIRED = Requirement(
    Factor.IRREPARABLE_HARM,
    at_least=Harm.LIKELY,
    statement="irreparable harm if the preliminary relief is not issued, which no showing on the other factors replaces",
    authority=(a.DT_SUMNER_HARM, a.SANDISON_1030),
)
STAY_HARM = Requirement(
    Factor.IRREPARABLE_HARM,
    at_least=Harm.LIKELY,
    statement="irreparable injury to the applicant absent a stay",
    authority=(a.NKEN_434, a.GRIEPENTROG_STAY),
)
CONSTITUTIONAL_HARM = Presumption(
    Factor.IRREPARABLE_HARM,
    supplies=Harm.LIKELY,
    when=Requirement(
        Factor.MERITS,
        at_least=Merits.LIKELY,
        claims=ClaimFilter.CONSTITUTIONAL,
        statement="a likelihood of success on a constitutional claim",
        authority=a.OBAMA_HUSTED_DETERMINATIVE,
    ),
    statement="where a constitutional violation is likely, the likelihood of success often will be the determinative factor",
    authority=a.OBAMA_HUSTED_DETERMINATIVE,
)

_BALANCED = (a.EAGLE_PICHER_859, a.CERTIFIED_RESTORATION_BALANCED)


def _weighing(harm_weighed: bool, authority: tuple[a.Authority, ...], statement: str) -> Weighing:
    """The balance of the four factors, decided only in its clear cases; with
    *harm_weighed*, irreparable harm is one of the factors for relief."""
    grant: tuple[Rule, ...] = (
        Requirement(Factor.MERITS, at_least=Merits.LIKELY, statement="a strong or substantial likelihood of success", authority=a.SANDISON_1030),
        *(
            (Requirement(Factor.IRREPARABLE_HARM, at_least=Harm.LIKELY, statement="irreparable harm", authority=a.SANDISON_1030),)
            if harm_weighed
            else ()
        ),
        Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, statement="no substantial harm to others that outweighs the movant's", authority=a.SANDISON_1030),
        Requirement(Factor.PUBLIC_INTEREST, at_least=PublicInterest.NEUTRAL, statement="a public interest that does not weigh against relief", authority=a.SANDISON_1030),
    )
    deny = AnyOf(
        (
            at_most(Factor.MERITS, Merits.NONE, statement="some likelihood of success on the merits", authority=(a.OBAMA_HUSTED_DETERMINATIVE, *_BALANCED)),
            AllOf(
                (
                    at_most(Factor.MERITS, Merits.SERIOUS_QUESTIONS, statement="a likelihood of success", authority=_BALANCED),
                    at_most(Factor.BALANCE_OF_HARDSHIPS, Balance.AGAINST, statement="a balance of harms at least even", authority=_BALANCED),
                    at_most(Factor.PUBLIC_INTEREST, PublicInterest.AGAINST, statement="a public interest at least neutral", authority=_BALANCED),
                )
            ),
        )
    )
    return Weighing(AllOf(grant), deny, statement=statement, authority=authority)


_WORDS = {
    MotionKind.PRELIMINARY_INJUNCTION: "A preliminary injunction turns on four factors the court balances; irreparable harm is indispensable.",
    MotionKind.TEMPORARY_RESTRAINING_ORDER: "A temporary restraining order takes the preliminary-injunction factors.",
    MotionKind.INJUNCTION_PENDING_APPEAL: "An injunction pending appeal takes the same four factors, balanced.",
    MotionKind.STAY_PENDING_APPEAL: "A stay pending appeal takes the same four factors, balanced.",
}


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class SixthCircuit:
    """The Sixth Circuit's tests for TROs, preliminary injunctions, injunctions
    and stays pending appeal: four factors balanced (Sandison; Eagle-Picher),
    irreparable harm indispensable (D.T.).

    Args:
        harm_indispensable: likely irreparable harm is required before the
            balance (D.T. v. Sumner Cnty. Schs., 942 F.3d 324 (6th Cir. 2019)).
            Default True: D.T. is the circuit's latest published word and
            Winter requires likely harm. ``False``: harm is one of the
            balanced factors, as Eagle-Picher (1992) and Certified
            Restoration (2007) phrase the balancing, so a movant without it
            is left to the court's weighing rather than denied.
        constitutional_harm_presumption: a constitutional claim likely to
            succeed supplies likely irreparable harm where the record states
            no harm finding (Obama for America, 697 F.3d 423, cited without
            a page: the likelihood of success "often will be the
            determinative factor"). Default False: "often" is not a rule,
            and the words of a presumption were not read in a Sixth Circuit
            opinion.

    >>> from injunction import MotionKind, Relief, SixthCircuit
    >>> [p.name for p in SixthCircuit().rule_for_motion(MotionKind.PRELIMINARY_INJUNCTION, Relief.PROHIBITORY, False).rules]
    ['balanced']
    """

    harm_indispensable: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    constitutional_harm_presumption: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    def rule_for(self, case: Case) -> Rule:
        """The test that governs *case*'s motion, as one rule tree (without the
        Lanham Act presumption for a record dated before the TMA)."""
        motion = case.motion
        rule = self.rule_for_motion(motion.kind, motion.relief, motion.opponent_is_government)
        return lanham_as_of(rule, case.case.decided)

    @functools.cache  # noqa: B019 - the instance is frozen and hashable; few option sets exist
    def rule_for_motion(self, kind: MotionKind, relief: Relief, opponent_is_government: bool) -> Rule:
        """The test for a motion of *kind* (the Sixth Circuit asks the same
        whatever the relief and whoever opposes it)."""
        del relief, opponent_is_government
        pending = kind in (MotionKind.STAY_PENDING_APPEAL, MotionKind.INJUNCTION_PENDING_APPEAL)
        base_harm = STAY_HARM if pending else HARM_REQUIRED
        harm: Rule = base_harm | CONSTITUTIONAL_HARM if self.constitutional_harm_presumption and not pending else base_harm
        authority = (a.GRIEPENTROG_STAY, a.NKEN_434) if pending else (a.SANDISON_1030, a.EAGLE_PICHER_859)
        weighing = _weighing(
            not self.harm_indispensable,
            authority if pending else _BALANCED,
            "the four factors, balanced: they guide the court's discretion and are not rigid and unbending requirements",
        )
        parts = (weighing,) if not self.harm_indispensable else (harm, weighing)
        path = AllOf(
            parts,
            name="balanced",
            statement=(
                "irreparable harm, then the four factors balanced"
                if self.harm_indispensable
                else "the four factors balanced, irreparable harm among them"
            ),
            authority=authority,
        )
        paths: tuple[Rule, ...] = (path,)
        if kind in LANHAM_MOTIONS and self.harm_indispensable:
            paths = with_lanham(paths, HARM_REQUIRED)
        return AnyOf(paths, name=kind.value, statement=_WORDS[kind], authority=authority)

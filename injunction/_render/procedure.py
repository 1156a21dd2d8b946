"""The procedure that decides motions, in the court style's words (issue 17 item 3).

Three notes, each only where it matters:

* **Without notice.** A TRO sought without notice (``motion.notice =
  false``) states Fed. R. Civ. P. 65(b)(1)'s two requirements, what the
  record says of the first (``irreparable_harm.immediate``), and that the
  record does not address the second: the movant's attorney's written
  certification of the efforts made to give notice and why it should not be
  required is a paper the court checks, not a finding, and no record field
  holds it, so the analysis names it as a requirement the record leaves to
  the court and never lets it decide anything.
* **Security.** A granted TRO or preliminary injunction (not a stay, an
  injunction pending appeal or an appellate ruling) mentions Rule 65(c)
  security and the court's discretion over its amount.
* **Scope.** Relief that reaches beyond the parties (``motion.reach =
  "beyond_parties"``), granted or open (the bench memo), notes *Trump v.
  CASA, Inc.* (June 27, 2025) on the scope of relief: prose, never a rule,
  and only for a record decided on or after that day (or undated).

Every citation goes through the analysis's citer, so the law of the day holds
here too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..authorities import BARAHONA_GOMEZ_SECURITY, CASA_SCOPE, RULE_65B1_WITHOUT_NOTICE, RULE_65C_SECURITY, Authority, Citing
from .._engine.case import Case, Disposition, MotionKind, Reach
from .document import Sentence, Span, _s

__all__ = ["CITES", "ex_parte", "scope", "security", "without_notice"]

CITES = (RULE_65B1_WITHOUT_NOTICE, RULE_65C_SECURITY, BARAHONA_GOMEZ_SECURITY, CASA_SCOPE)
"""What these notes cite (tests/test_authorities.py counts them as cited)."""

Cite = Callable[[Iterable[Authority]], Span]

_INJUNCTIONS = (MotionKind.TEMPORARY_RESTRAINING_ORDER, MotionKind.PRELIMINARY_INJUNCTION)


def ex_parte(case: Case) -> bool:
    """Whether *case* is a TRO sought without notice to the adverse party."""
    return case.motion.kind is MotionKind.TEMPORARY_RESTRAINING_ORDER and case.motion.notice is False


def without_notice(case: Case, cite: Cite) -> list[Sentence]:
    """Rule 65(b)(1)'s two requirements, for a TRO sought without notice, and what the record says of them."""
    if not ex_parte(case):
        return []
    immediate = case.irreparable_harm.immediate
    found = {
        True: "The record finds that immediate and irreparable injury will result before the adverse party can be heard.",
        False: (
            "The record finds that no immediate and irreparable injury will result before the adverse party can be "
            "heard: the rule then bars an order without notice, whatever the findings on the factors below."
        ),
        None: (
            "The record states no finding that immediate and irreparable injury will result before the adverse party "
            "can be heard (irreparable_harm.immediate); without that showing the rule bars an order without notice, "
            "whatever the findings on the factors below."
        ),
    }[immediate]
    return [
        _s(
            "The motion is made without notice to the adverse party. A temporary restraining order may then issue only "
            "if specific facts in an affidavit or a verified complaint clearly show that immediate and irreparable "
            "injury, loss, or damage will result to the movant before the adverse party can be heard in opposition, "
            "and the movant's attorney certifies in writing any efforts made to give notice and the reasons why it "
            "should not be required. ",
            cite([RULE_65B1_WITHOUT_NOTICE]),
            nodes=["0"],
        ),
        _s(found, nodes=["0"]),
        _s(
            "The record does not address the attorney's certification; the court must have the certification before "
            "the order issues, and nothing here assumes one.",
            nodes=["0"],
        ),
    ]


def security(case: Case, disposition: Disposition, appellate: bool, cite: Cite) -> list[Sentence]:
    """Rule 65(c) security, for a granted TRO or preliminary injunction (not on appeal)."""
    if disposition is not Disposition.GRANTED or appellate or case.motion.kind not in _INJUNCTIONS:
        return []
    return [
        _s(
            f"The {case.motion.kind.words} issues only if the movant gives security in an amount that the court "
            "considers proper to pay the costs and damages sustained by any party found to have been wrongfully "
            "enjoined or restrained; the amount, and whether any security is appropriate, are for the court's "
            "discretion, and the record states none. ",
            cite([RULE_65C_SECURITY, BARAHONA_GOMEZ_SECURITY]),
            nodes=["0"],
        )
    ]


def scope(case: Case, disposition: Disposition, memo: bool, cite: Cite) -> list[Sentence]:
    """*Trump v. CASA* on the scope of relief, for relief reaching beyond the parties, granted or open (a
    bench memo), where the record's day is on or after the decision's."""
    if case.motion.reach is not Reach.BEYOND_PARTIES or case.motion.kind is MotionKind.STAY_PENDING_APPEAL:
        return []
    if not (disposition is Disposition.GRANTED or (memo and disposition is Disposition.UNDETERMINED)):
        return []
    caption = case.case
    if not Citing(caption.decided, caption.name, caption.citation).sort([CASA_SCOPE]).law:
        return []  # decided later: not law in force for this record, and not cited as law
    return [
        _s(
            "The relief would reach beyond the parties. The scope of relief is a question apart from the factors: universal "
            "injunctions likely exceed the equitable authority that Congress has granted to federal courts, and "
            "relief may reach non-parties only as far as needed to give the plaintiffs complete relief. ",
            cite([CASA_SCOPE]),
            nodes=["0"],
        )
    ]

"""An appellate decision, read as one (``case.appeal_from``).

A record with ``case.appeal_from`` is a court of appeals' decision: the
order under appeal granted (``grant``) or denied (``denial``) the relief,
and the record's findings are the court's reading of the case. The library
decides the motion on those findings; what the court of appeals does with
the order under appeal follows from whether that disposition agrees with
the order:

==========================  =====================  ====================
order under appeal          the library's answer   the appellate ruling
==========================  =====================  ====================
denial of relief            denied                 affirmed
denial of relief            granted                reversed
grant of relief             granted                affirmed
grant of relief             denied                 reversed
either                      undetermined           none: a bench memo on
                                                   whether to affirm or
                                                   reverse
==========================  =====================  ====================

This holds for an appeal from a ruling on a temporary restraining order or
a preliminary injunction, the rulings a party appeals. A stay pending
appeal and an injunction pending appeal are motions made while the appeal
is pending, decided as motions (granted or denied), not affirmed or
reversed: ``appeal_from`` then says only which order the appeal is from.

Two simplifications a reader should know. A court of appeals reviews such a
ruling for abuse of discretion and often reverses and remands, or vacates a
grant, rather than simply reversing; the library says "reversed" either way
and gives no instructions on remand. And who appeals follows from the
order: the movant from a denial, the opponent from a grant.
"""

from __future__ import annotations

from .._engine.case import AppealFrom, Case, Disposition, MotionKind

__all__ = ["APPEALABLE", "order_words", "ruling"]

# The rulings a party appeals; stays and injunctions pending appeal are motions in the appeal.
APPEALABLE = frozenset({MotionKind.PRELIMINARY_INJUNCTION, MotionKind.TEMPORARY_RESTRAINING_ORDER})


def ruling(case: Case, disposition: Disposition) -> str | None:
    """``"affirmed"`` or ``"reversed"`` for an appeal from a ruling on a TRO
    or preliminary injunction the library decides; None for an open
    decision, a motion pending appeal, or a record that is not an appeal.

    >>> from injunction import example
    >>> import attrs
    >>> parler = example("parler")
    >>> appeal = attrs.evolve(parler, case=attrs.evolve(parler.case, appeal_from=AppealFrom.DENIAL))
    >>> ruling(appeal, Disposition.DENIED), ruling(appeal, Disposition.GRANTED), ruling(appeal, Disposition.UNDETERMINED)
    ('affirmed', 'reversed', None)
    """
    appeal_from = case.case.appeal_from
    if appeal_from is None or case.motion.kind not in APPEALABLE or disposition is Disposition.UNDETERMINED:
        return None
    granted = disposition is Disposition.GRANTED
    return "affirmed" if granted == (appeal_from is AppealFrom.GRANT) else "reversed"


def order_words(case: Case) -> str:
    """The order under appeal in words: ``the district court's denial of a
    preliminary injunction`` (the court of appeals', in the Supreme Court);
    for a motion pending appeal, ``the district court's order denying
    relief``. Empty for a record that is not an appeal."""
    appeal_from = case.case.appeal_from
    if appeal_from is None:
        return ""
    below = "the court of appeals'" if case.case.court == "scotus" else "the district court's"
    if case.motion.kind in APPEALABLE:
        return f"{below} {appeal_from.value} of a {case.motion.kind.words}"
    return f"{below} order {'granting' if appeal_from is AppealFrom.GRANT else 'denying'} relief"

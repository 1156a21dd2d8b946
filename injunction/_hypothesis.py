"""Hypothesis entry point: ``st.from_type`` draws every public model
(``injunction.Case``, ``Caption``, ``Finding[Merits]``, ...) from the
strategies of `injunction.testing`.

Hypothesis calls the hook while it is being imported, possibly from inside
``import injunction.testing``; so the hook only registers a resolver that
imports the strategies when first used, and never fails for want of them.
`injunction.testing` registers too when imported, for where the entry point
does not run (a source checkout on ``sys.path``, ``HYPOTHESIS_NO_PLUGINS``);
registering is done once, so a strategy a user registers afterwards stays theirs.
"""

from __future__ import annotations

from typing import Any

# The public models `st.from_type` resolves, by their name in `injunction`.
MODELS = (
    "Case",
    "Caption",
    "Motion",
    "Claim",
    "IrreparableHarm",
    "BalanceOfHardships",
    "PublicInterestFinding",
    "RemedyAtLaw",
    "Expected",
    "Facts",
    "Finding",
    "Level",
)

_registered = False


def _resolve(thing: Any) -> Any:
    from injunction.testing.strategies import _from_type

    return _from_type(thing)


def register() -> None:
    """Register `_resolve` for every model in `MODELS`, once per process."""
    global _registered
    if _registered:
        return
    from hypothesis import strategies as st

    import injunction

    for name in MODELS:
        st.register_type_strategy(getattr(injunction, name), _resolve)
    _registered = True


def _hypothesis_setup_hook() -> None:
    register()

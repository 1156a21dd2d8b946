"""Hypothesis entry point: ``st.from_type(injunction.Case)`` draws from `injunction.testing.cases()`.

Hypothesis calls the hook while it is being imported, possibly from inside
``import injunction.testing``; so the hook only registers functions that
import the strategies when first used.
"""

from __future__ import annotations

from typing import Any


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    import injunction

    def strategy(name: str) -> Any:
        def resolve(_: type) -> Any:
            from injunction import testing

            return getattr(testing, name)()

        return resolve

    st.register_type_strategy(injunction.Case, strategy("cases"))
    st.register_type_strategy(injunction.Claim, strategy("claims"))
    st.register_type_strategy(injunction.Motion, strategy("motions"))

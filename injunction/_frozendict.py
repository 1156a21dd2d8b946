"""A read-only dict: what a decision's mappings are.

A notebook shows it as the dict it is (``{'winter': ('merits',)}``, where a
`types.MappingProxyType` shows ``mappingproxy({...})``), ``json.dumps`` and
``==`` take it as a dict, and every method that would change it raises
`TypeError`, so a decision stays an immutable value. Hashable when its
values are, like a tuple.
"""

from __future__ import annotations

from typing import Any, NoReturn, TypeVar

__all__ = ["FrozenDict"]

K = TypeVar("K")
V = TypeVar("V")


class FrozenDict(dict[K, V]):
    """A dict that cannot be changed once made."""

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("this mapping is read-only (a decision is an immutable value); change a copy: dict(...)")

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __hash__(self) -> int:  # type: ignore[override]  # dict is unhashable; a frozen one is a value
        return hash(frozenset(self.items()))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))

"""The decision trace: plain, immutable data that the renderers read.

Every rule node evaluates to one `Node`, failed branches included; which
failure to show first is the renderer's choice, never the evaluator's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from ..authorities import Authority
from .case import ClaimFilter, Factor
from .scales import Finding, Level, Truth

__all__ = ["Node"]

FACTOR_ORDER = tuple(Factor)


class Node(NamedTuple):
    """One evaluated rule: its kind, truth value, what it read and why.

    *kind* is one of ``requirement``, ``claim``, ``all_of``, ``any_of``,
    ``not``, ``presumption``, ``merger`` or ``weighing``. A requirement node has the
    *factor* it reads, the *threshold* it asks for and the *finding* it
    found; a merits requirement has one ``claim`` child per claim.

    A named tuple: immutable, compared and hashed by its fields, and the
    cheapest immutable record CPython builds (a trace has one per rule,
    and a batch builds millions). Pass the fields after *value* by keyword;
    their order may change.

    *claims*, on a merits requirement, is the `ClaimFilter` of the claims
    it read (its ``claim`` children are those claims, in the record's
    order); the renderers name the kind of claim from it. `to_dict` leaves
    it out: the statement says it in words.
    """

    kind: str
    value: Truth
    name: str | None = None
    factor: Factor | None = None
    threshold: Level | None = None
    finding: Finding[Any] | None = None
    statement: str = ""
    text: str | None = None
    authorities: tuple[Authority, ...] = ()
    children: tuple[Node, ...] = ()
    claims: ClaimFilter | None = None

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def indexed(self, id: str = "0") -> Iterator[tuple[str, Node]]:
        """Each node of `walk` with its id: its place in the tree, ``"0.1.2"``
        for the third child of the root's second child. The renderers tag
        each sentence with the ids of the nodes it states."""
        yield id, self
        for index, child in enumerate(self.children):
            yield from child.indexed(f"{id}.{index}")

    @property
    def factors(self) -> frozenset[Factor]:
        """The factors this node speaks to (a presumption speaks to the one it supplies)."""
        if self.factor is not None:
            return frozenset((self.factor,))
        return frozenset(f for child in self.children for f in child.factors)

    def factor_values(self) -> dict[Factor, Truth]:
        """The truth of each factor within this node.

        A node about one factor gives its own value; a conjunction splits
        into its parts, a factor met in one part and failed in another
        counting as failed; any other mixed node (a merger: one weighing)
        gives its value to every factor it reads.
        """
        factors = self.factors
        if len(factors) == 1:
            return {next(iter(factors)): self.value}
        if self.kind == "all_of":
            values: dict[Factor, Truth] = {}
            for child in self.children:
                for factor, value in child.factor_values().items():
                    values[factor] = values.get(factor, Truth.TRUE) & value
            return values
        return dict.fromkeys(factors, self.value)

    def to_dict(self) -> dict[str, Any]:
        """The node as JSON-ready data: strings, lists, dicts and None only."""
        data: dict[str, Any] = {"kind": self.kind, "value": self.value.name.lower()}
        if self.name is not None:
            data["name"] = self.name
        if self.factor is not None:
            data["factor"] = self.factor.value
        if self.threshold is not None:
            data["threshold"] = self.threshold.value
        if self.finding is not None:
            data["finding"] = self.finding.to_data()
        if self.statement:
            data["statement"] = self.statement
        if self.text is not None:
            data["text"] = self.text
        if self.authorities:
            data["authorities"] = [a.to_dict() for a in self.authorities]
        if self.children:
            data["children"] = [c.to_dict() for c in self.children]
        return data


def ordered(factors: set[Factor] | frozenset[Factor]) -> tuple[Factor, ...]:
    """*factors* in the order the law discusses them: merits first."""
    return tuple(f for f in FACTOR_ORDER if f in factors)

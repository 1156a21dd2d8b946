"""The close of a court-style analysis the findings leave open: a bench memo.

A court rules only on a motion it can decide. When the findings in the
record do not settle it (an open record, `evaluate`'s default), the court
style ends not with a ruling but with a memorandum in three parts:

* **Established**: what the stated findings establish, path by path (the
  elements met), and the paths they already defeat;
* **Open**: each element the record leaves open, in words, with the
  finding that would settle the motion (`Decision.settles`, else the
  fewest findings that would, `Decision.settling_sets`), and the question
  to ask next (`Decision.next_questions`);
* **Burden**: what the movant's burden implies. The movant must make "a
  clear showing" (Winter, 555 U.S. at 22), so on a closed record what the
  findings do not show is not established: the same case evaluated on a
  closed record (`Decision.on_closed_record`) says how the motion would
  come out, and the findings that would carry the burden are those that
  would grant it (`settling_sets`).

Nothing here is recomputed: every fact is the decision's own. The word
for an open disposition stays with the complete style and the JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from ..authorities import WINTER_22_CLEAR_SHOWING, Authority
from .._engine.case import Disposition, Factor
from .._engine.scales import Truth
from .._engine.trace import Node
from .document import Block, Part, Sentence, Span, _s
from .subjects import DecisionView as Decision
from .words import FACTOR_NOUNS, _axis_words, _capital, _describe_settling, _joined, _or

__all__ = ["CITES", "HEADING", "memo"]

HEADING = "Bench memorandum"
# Winter's words for the movant's burden, as the cited authority quotes them.
CLEAR_SHOWING = "upon a clear showing that the plaintiff is entitled to such relief"
assert CLEAR_SHOWING in WINTER_22_CLEAR_SHOWING.quote
# What the memo cites that no rule does (the authorities test counts these as used).
CITES = (WINTER_22_CLEAR_SHOWING,)



def memo(
    decision: Decision,
    movant: Span,
    *,
    cite: Callable[[Iterable[Authority]], Span],
    node_id: Callable[[Node], str],
    title: Callable[[str], str],
) -> list[Block]:
    """The bench memo closing the court-style analysis of an undetermined
    *decision*: a heading and three labelled paragraphs. *movant* is the
    movant as the analysis names it (record text, escaped by the
    renderers like every span); *cite*, *node_id* and *title* are the
    analysis's own citer, node ids and path titles."""
    if decision.disposition is not Disposition.UNDETERMINED:
        raise ValueError(f"a bench memo is for an undetermined decision, got {decision.disposition.value}")
    writer = _Memo(decision, movant, cite, node_id, title)
    blocks = [Block("heading", (_s(HEADING, nodes=["0"]),))]
    for label, sentences in (("Established", writer.established()), ("Open", writer.open()), ("Burden", writer.burden())):
        blocks.append(Block("paragraph", tuple(s for s in sentences if s.spans), label=label))
    return blocks


def _requirements(path: Node) -> Iterator[Node]:
    """The requirements a path states, not those inside a presumption's
    condition or a weighing's clear cases (a weighing is stated whole)."""
    stack = [path]
    while stack:
        node = stack.pop()
        if node.kind == "requirement":
            yield node
        elif node.kind not in ("presumption", "weighing"):
            stack.extend(reversed(node.children))


class _Memo:
    def __init__(
        self,
        decision: Decision,
        movant: Span,
        cite: Callable[[Iterable[Authority]], Span],
        node_id: Callable[[Node], str],
        title: Callable[[str], str],
    ) -> None:
        self.decision = decision
        self.movant = movant
        self.cite = cite
        self.node_id = node_id
        self.title = title
        self.paths = decision.named_paths()

    def elements(self, name: str, path: Node, factor: Factor, value: Truth) -> list[str]:
        """The requirements on *factor* along a path with that *value*, in words."""
        found = [n.statement for n in _requirements(path) if n.factor is factor and n.value is value]
        return list(dict.fromkeys(found))

    def paths_words(self, names: list[str]) -> str:
        """``the Winter path``, ``the Winter and serious-questions paths``."""
        titles = [self.title(n) for n in names]
        if len(titles) == 1:
            return f"the {titles[0]}"
        for noun in ("path", "route"):
            if all(t.endswith(f" {noun}") for t in titles):
                return "the " + _joined([t.removesuffix(f" {noun}") for t in titles]) + f" {noun}s"
        return "the " + _joined(titles)

    # -- what the findings establish ------------------------------------

    def established(self) -> list[Sentence]:
        decision = self.decision
        sentences: list[Sentence] = []
        # Paths that establish the same elements are named together.
        alike: dict[tuple[str, ...], list[tuple[str, Node]]] = {}
        for name, path in self.paths:
            met = [Factor(f) for f in decision.met.get(name, ())]
            words: list[str] = []
            for factor in met:
                words += self.elements(name, path, factor, Truth.TRUE) or [f"{FACTOR_NOUNS[factor]} (presumed)"]
            alike.setdefault(tuple(dict.fromkeys(words)), []).append((name, path))
        if all(not elements for elements in alike):
            sentences.append(_s("The findings establish no element on any path.", nodes=[self.node_id(p) for _, p in self.paths]))
        else:
            for elements, group in alike.items():
                where = self.paths_words([n for n, _ in group])
                ids = [self.node_id(p) for _, p in group]
                if elements:
                    sentences.append(_s(_capital(f"on {where} the findings establish {_joined(list(elements))}."), nodes=ids))
                else:
                    sentences.append(_s(_capital(f"on {where} the findings establish no element."), nodes=ids))
        for name, path in self.paths:
            failed = [Factor(f) for f in decision.failed.get(name, ())]
            if not failed:
                continue
            lacking = [s for f in failed for s in self.elements(name, path, f, Truth.FALSE)] or [FACTOR_NOUNS[f] for f in failed]
            sentences.append(
                _s(
                    "They defeat " + self.paths_words([name]) + ": ",
                    self.movant,
                    f" has not shown {_joined(list(dict.fromkeys(lacking)), 'or')}.",
                    nodes=[self.node_id(path)],
                )
            )
        return sentences

    # -- what they leave open -------------------------------------------

    def open(self) -> list[Sentence]:
        decision = self.decision
        sentences: list[Sentence] = []
        for factor in Factor:
            where: list[str] = []
            statements: list[str] = []
            ids: list[str] = []
            for name, path in self.paths:
                open_here = [n for n in _requirements(path) if n.factor is factor and n.value is Truth.UNKNOWN]
                if open_here and factor.value not in decision.met.get(name, ()) + decision.failed.get(name, ()):
                    where.append(name)
                    statements += [n.statement for n in open_here]
                    ids += [self.node_id(n) for n in open_here]
            if not where:
                continue
            found = _found(decision, factor)
            words = "no finding in the record" if found == "unknown" else f"found: {found}"
            parts: list[Part] = [
                f"{factor.label} ({words}) leaves open whether ",
                self.movant,
                f" has shown {_joined(list(dict.fromkeys(statements)), 'or')} (on {self.paths_words(where)}).",
            ]
            sentences.append(_s(*parts, nodes=ids))
        weighings = {n.statement: n for _, path in self.paths for n in path.walk() if n.kind == "weighing" and n.value is Truth.UNKNOWN}
        for weighing in weighings.values():
            sentences.append(
                _s(
                    "Weighed together, the factors are for the court"
                    + (f" ({weighing.statement})" if weighing.statement else "")
                    + ": the findings decide the weighing only in the clear cases, and the court weighs the rest in the exercise of discretion. ",
                    self.cite(weighing.authorities),
                    nodes=[self.node_id(weighing)],
                )
            )
        if decision.needs:
            settle = [f"{factor.replace('_', ' ')}: {_describe_settling(entries)}" for factor, entries in decision.settles.items()]
            lead = "A finding on one of them" if len(settle) > 1 else "One finding"
            sentences.append(_s(f"{lead} would settle the motion: " + "; ".join(settle) + ".", nodes=["0"]))
        else:
            sets = decision.settling_sets
            ways = [f"{way} if {_or(sets[way], decision)}" for way in ("granted", "denied") if way in sets]
            if ways:
                sentences.append(_s("No single finding settles the motion; the fewest that would: " + "; ".join(ways) + ".", nodes=["0"]))
        questions = decision.next_questions()
        if questions:
            sentences.append(_s(f"The question to ask next: {_axis_words(questions[0].key, decision)}.", nodes=["0"]))
        return sentences

    # -- what the movant's burden implies --------------------------------

    def burden(self) -> list[Sentence]:
        decision = self.decision
        sentences = [
            _s(
                f"Interim relief issues only \"{CLEAR_SHOWING}\", and ",
                self.movant,
                " bears that burden on every element: what the record does not show is not established. ",
                self.cite([WINTER_22_CLEAR_SHOWING]),
                nodes=["0"],
            )
        ]
        try:
            closed = decision.on_closed_record()
        except ValueError:  # a weighing is the court's; and "not shown", negated, is neither shown nor not shown
            weighs = any(n.kind == "weighing" for n in decision.trace.walk())
            what = "leaves a weighing of the factors to the court, which the burden does not decide" if weighs else "negates a rule (Not), which the burden cannot read"
            sentences.append(_s(f"The standard applied here {what}, so what a closed record would mean is not stated.", nodes=["0"]))
            return sentences
        alike: dict[tuple[str, ...], list[str]] = {}
        for name, _ in self.paths:
            alike.setdefault(closed.failed.get(name, ()), []).append(name)
        fails = [
            f"{self.paths_words(names)} would fail on {_joined([f.replace('_', ' ') for f in failed])}"
            for failed, names in alike.items()
            if failed
        ]
        outcome = f"the motion would be {closed.disposition.value}"
        if closed.disposition is Disposition.GRANTED and closed.test is not None:
            outcome += f" on the {self.title(closed.test)}"
        lead = "Were the hearing over and the record closed as the findings now stand, "
        text = lead + (f"{_joined(fails)} (not shown), and {outcome}." if fails else f"{outcome}.")
        sentences.append(_s(text, nodes=[self.node_id(p) for _, p in self.paths]))
        granting = _least(decision.settling_sets.get("granted", ()), decision)
        if granting:
            sentences.append(_s("To carry the burden, ", self.movant, f" would have to establish: {_or(granting, decision)}.", nodes=["0"]))
        else:
            sentences.append(_s("No finding the record leaves open would carry the burden.", nodes=["0"]))
        return sentences


def _found(decision: Decision, factor: Factor) -> str:
    """The record's finding on *factor*, in words (``unknown`` if it states none)."""
    case = decision.case
    if factor is Factor.MERITS:
        return case.merits.describe()
    if factor is Factor.IRREPARABLE_HARM:
        harm = case.irreparable_harm
        found = harm.likelihood.describe()
        if harm.very_serious is not None:
            found += ", very serious" if harm.very_serious else ", not very serious"
        return found
    if factor is Factor.BALANCE_OF_HARDSHIPS:
        return case.balance_of_hardships.tips.describe()
    return case.public_interest.weighs.describe()


def _least(sets: Iterable[Mapping[str, Any]], decision: Decision) -> list[Mapping[str, Any]]:
    """The settling sets that ask the least: a set is left out where another
    names the same findings, each at a level no higher (likely success and a
    balance in the movant's favor carries the burden, so likely success and
    a balance sharply in its favor need not be said)."""
    axes = {axis.key: axis for axis in decision.axes}

    def rank(key: str, value: Any) -> int:
        return axes[key].read(value).rank

    found = list(sets)

    def asks_more(more: Mapping[str, Any], less: Mapping[str, Any]) -> bool:
        return more != less and more.keys() == less.keys() and all(rank(k, less[k]) <= rank(k, more[k]) for k in more)

    return [s for s in found if not any(asks_more(s, other) for other in found)]

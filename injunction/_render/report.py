"""One producer for every rendering: a decision as a document of sentences.

`report` reads a decision and writes a `Report` (`document`): titled blocks
of `Sentence` values, each tagged with the ids of the trace nodes it states
(`Node.indexed`); a comparison of two decisions it hands to `contrast`. The
renderers (`formats`) only lay the blocks out as text, Markdown or HTML;
they add no words of their own, so every sentence a reader sees can be
traced to the rule that produced it.

Two styles:

* ``court``: what a court writes. The standard, then the factors in the
  order the law takes them, each as issue, rule, application and
  conclusion, stopping once the motion is decided: a later factor that also
  fails is discussed as an alternative holding; one that does not is named
  as not reached. A grant discusses the path that grants. A motion the
  findings leave open is not ruled on: the analysis closes with a bench
  memo (`memo`), and the word for an open disposition is the complete
  style's.
* ``complete``: every factor on every path, whether needed or not, then the
  whole rule tree, one line a node: met, failed or open.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import attrs

from ..authorities import Authority, Citing, bluebook_date
from .._engine.case import AppealFrom, ClaimFilter, Disposition, Factor, MotionKind
from .._engine.scales import Balance, Finding, Merits, Truth
from .._engine.trace import Node, ordered
from .appeal import APPEALABLE, order_words, ruling
from .contrast import contrast
from .document import STYLES, Block, Part, Report, Sentence, Span, Style, _record, _s
from .memo import memo
from .procedure import scope, security, without_notice
from .sentences import node_sentence
from .subjects import ComparisonView as Comparison
from .subjects import DecisionView as Decision
from ..standards.courts import CIRCUIT_NAMES, CIRCUIT_OF
from .words import FACTOR_NOUNS, _axis_words, _capital, _describe_settling, _joined, _or, _range, level_words, path_title

__all__ = ["report"]


class _Citer:
    """Cites each source in full once, then in short form; pins of one source
    that stand together are joined (``Winter, 555 U.S. at 20, 24``).

    The law of the day (`Citing.sort`): for a dated record only what was
    decided by its day is cited as law, as then published; the record's own
    opinion is "this decision", never its own authority; a later authority
    is dropped where one in force supports the rule, and otherwise shown as
    later history, saying so, so that no rule loses its only support unsaid."""

    def __init__(self, citing: Citing = Citing()) -> None:
        self.seen: set[str] = set()
        self.citing = citing

    def __call__(self, authorities: Iterable[Authority]) -> Span:
        law, this_decision, later = self.citing.sort(authorities)
        cites = self._cites(law)
        if this_decision:
            cites.append("this decision")
        if not cites and later:
            day = self.citing.decided
            assert day is not None  # an undated record has nothing later
            cites.append(f"decided later, not law in force on {bluebook_date(day)}: " + "; ".join(self._cites(later)))
        text = "; ".join(cites)
        return Span(text[:1].upper() + text[1:] + "." if cites else "", "cite")

    def _cites(self, authorities: Iterable[Authority]) -> list[str]:
        groups: dict[tuple[str, bool, bool], list[Authority]] = {}
        for authority in authorities:
            slip = (authority.pin or "").startswith("slip op.")
            groups.setdefault((authority.source.id, authority.is_verified, slip), []).append(authority)
        cites = []
        for (key, _, slip), group in groups.items():
            pins = [p.removeprefix("slip op.").strip() for p in dict.fromkeys(a.pin for a in group) if p]
            joined = ("slip op. " if slip else "") + ", ".join(pins)
            first = group[0] if len(pins) <= 1 else attrs.evolve(group[0], pin=joined)
            cites.append(first.short_cite() if key in self.seen else first.cite())
            self.seen.add(key)
        return cites


# What a merged weighing must do to reach each threshold on the balance scale.
_MERGED = {
    Balance.AGAINST: "do not tip sharply against the movant",
    Balance.EVEN: "do not tip against the movant",
    Balance.FAVORS: "tip in the movant's favor",
    Balance.SHARPLY_FAVORS: "tip sharply in the movant's favor",
}



class _Rule(NamedTuple):
    """One distinct requirement (or presumption) of a factor, wherever it recurs."""

    node: Node
    ids: list[str]
    paths: list[str]


class _Group(NamedTuple):
    """The factors a section discusses: one, those a merger joins, or those a
    weighing weighs (*weighings*: its nodes, one per path)."""

    factors: tuple[Factor, ...]
    mergers: list[tuple[str, Node]]
    rules: list[_Rule]
    weighings: tuple[tuple[str, Node], ...] = ()

    @property
    def ids(self) -> list[str]:
        return [i for rule in self.rules for i in rule.ids] + [i for i, _ in (*self.mergers, *self.weighings)]


def _clear(node: Node) -> str:
    """A weighing's clear case in words: ``that the balance of hardships is
    found at most against and ...``."""
    if node.kind == "not" and node.children[0].kind == "requirement":
        child = node.children[0]
        if child.factor is not None and child.threshold is not None and child.threshold.rank > 0:
            below = tuple(type(child.threshold))[child.threshold.rank - 1]
            return f"that the {child.factor.label.lower()} is found at most {level_words(below)}"
    if node.kind in ("all_of", "any_of"):
        return _joined([_clear(c) for c in node.children], "and" if node.kind == "all_of" else "or")
    return node.statement or "the rule holds"


def report(subject: Decision | Comparison, style: Style = "court") -> Report:
    """Write a decision (or a comparison of two) out in *style* (``court`` or ``complete``)."""
    if style not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, got {style!r}")
    if isinstance(subject, Comparison):
        return contrast(subject, style)
    return _Writer(subject, style).write()


class _Writer:
    def __init__(self, decision: Decision, style: Style) -> None:
        self.decision = decision
        self.style = style
        self.case = decision.case
        caption = decision.case.case
        self.cite = _Citer(Citing(caption.decided, caption.name, caption.citation))
        movant = decision.case.motion.movant
        self.movant = _record(movant if len(movant) <= 30 else "the movant")
        self.ids = {id(node): nid for nid, node in decision.trace.indexed()}
        self.paths = decision.named_paths()
        granting = decision.disposition is Disposition.GRANTED and style == "court"
        self.discussed = [(n, p) for n, p in self.paths if not granting or n == decision.test]
        self.blocks: list[Block] = []
        # The court rules only on a motion the findings settle; an open one closes with a bench memo.
        self.memo = style == "court" and decision.disposition is Disposition.UNDETERMINED

    def who(self, start: bool = True) -> Span:
        """The movant as the subject of a sentence, capitalized at its start."""
        return _record(_capital(self.movant.text)) if start else self.movant

    def id(self, node: Node) -> str:
        return self.ids[id(node)]

    def add(self, kind: Any, *sentences: Sentence, label: str | None = None, depth: int = 0, value: Truth | None = None) -> None:
        kept = tuple(s for s in sentences if s.spans)
        if kept:
            self.blocks.append(Block(kind, kept, label=label, depth=depth, value=value))

    def cite_again(self, authorities: Iterable[Authority]) -> Span:
        """A citation the rule already gave: repeated in the complete style only."""
        return self.cite(authorities) if self.style == "complete" else Span("", "cite")

    def title(self, name: str) -> str:
        return path_title(name, self.decision.standard)

    # -- the document --------------------------------------------------

    def write(self) -> Report:
        decision, case, root = self.decision, self.case, self.decision.trace
        caption = case.case.name + (f", {case.case.citation}" if case.case.citation else "")
        self.add("title", _s(_record(caption), nodes=["0"]), self.title_line())
        statement = root.statement.rstrip(".")
        standard = [_s(statement, ". " if statement else "", self.cite(root.authorities), nodes=["0"])]
        if self.style == "complete" or decision.disposition is Disposition.UNDETERMINED:
            for name, path in self.paths:
                standard.append(
                    _s(
                        f"The {self.title(name)}: {path.statement or 'as composed'}. ",
                        self.cite(path.authorities),
                        nodes=[self.id(path)],
                    )
                )
        if decision.circuit is not None:
            standard.append(_s(self.governing_law(decision.circuit), nodes=["0"]))
        standard += without_notice(case, self.cite)
        self.add("paragraph", *standard, label="Standard")

        groups = self.groups()
        not_reached: list[_Group] = []
        covered: set[str] = set()
        settled = False
        number = 0
        for group in groups:
            fails = {name for name, _ in self.paths if set(self.decision.failed.get(name, ())) & {f.value for f in group.factors}}
            if self.style == "court" and settled:
                if not fails:
                    not_reached.append(group)
                    continue
            number += 1
            self.section(number, group, alternative=self.style == "court" and settled)
            covered |= fails
            if decision.disposition is Disposition.DENIED and covered >= {n for n, _ in self.paths}:
                settled = True
        if not_reached:
            words = _joined([FACTOR_NOUNS[f] for g in not_reached for f in g.factors], "or")
            self.add(
                "paragraph",
                _s(
                    f"The analysis does not reach {words}: the motion is {decision.disposition.value} on every path "
                    "whatever the findings on them.",
                    nodes=[i for g in not_reached for i in g.ids],
                ),
            )
        self.conclusion()
        if self.style == "complete":
            self.what_would_change()
            self.tree()
        outcome = "bench memorandum" if self.memo else ruling(case, decision.disposition) or decision.disposition.value
        return Report(f"{case.case.name}: {outcome}", self.style, tuple(self.blocks))

    def governing_law(self, circuit: str) -> str:
        """Whose law the analysis applies, and why: the court's circuit, the law
        the record names as governing, or a circuit's standard given directly."""
        name = CIRCUIT_NAMES.get(circuit, circuit)
        if self.case.case.governing_law == circuit:
            return f"The record states that the law of the {name} governs."
        if CIRCUIT_OF.get(self.case.case.court) == circuit:
            return f"The court sits in the {name}, whose law governs."
        return f"The law of the {name} is applied, as asked."

    def title_line(self) -> Sentence:
        """What is decided, and how: the motion (a stay is neither prohibitory nor mandatory relief), or, for
        an appeal from a ruling on a TRO or preliminary injunction, the appeal and the ruling on it (`appeal`)."""
        decision, case, motion = self.decision, self.case, self.case.motion
        relief = "" if motion.kind is MotionKind.STAY_PENDING_APPEAL else f" ({motion.relief.value} relief)"
        appeal = order_words(case)
        if appeal and motion.kind in APPEALABLE:
            # The movant appeals a denial, the opponent a grant.
            granted = case.case.appeal_from is AppealFrom.GRANT
            lead: list[Part] = ["Appeal of ", _record(motion.opponent if granted else motion.movant), f" from {appeal}{relief}"]
            lead += [" to " if granted else " against ", _record(motion.movant if granted else motion.opponent)]
            undecided = f": a bench memorandum; the findings do not settle whether {appeal} should be affirmed or reversed."
            outcome = ruling(case, decision.disposition) or ""
        else:
            pending = f", in the appeal from {appeal}," if appeal else ""
            lead = ["Motion of ", _record(motion.movant), f" for a {motion.kind.words}{relief}{pending} against ", _record(motion.opponent)]
            undecided = ": a bench memorandum; the findings do not settle the motion."
            outcome = decision.disposition.value
        ending: tuple[Part, ...] = (undecided,) if self.memo else (": ", Span(outcome.upper(), "strong"), ".")
        return _s(*lead, *ending, nodes=["0"])

    def groups(self) -> list[_Group]:
        """The sections, in the law's order; merged factors in one section."""
        rules: dict[Factor, dict[tuple[str, object, str], _Rule]] = {f: {} for f in Factor}
        mergers: dict[str, list[tuple[str, Node]]] = {}
        weighings: dict[str, list[tuple[str, Node]]] = {}

        def visit(node: Node, path: str, merged: bool = False) -> None:
            if node.kind == "weighing":  # its clear cases are not tests: the weighing's section states them
                weighings.setdefault(node.statement, []).append((self.id(node), node))
                return
            # A merger's own requirements are its parts, not tests: the merger states them (`merged`).
            if node.kind in ("requirement", "presumption") and node.factor is not None and not (merged and node.kind == "requirement"):
                key = (node.kind, node.threshold, node.statement)
                entry = rules[node.factor].setdefault(key, _Rule(node, [], []))
                entry.ids.append(self.id(node))
                if path not in entry.paths:
                    entry.paths.append(path)
            if node.kind == "merger":
                mergers.setdefault(node.statement, []).append((self.id(node), node))
            if node.kind != "presumption":
                for child in node.children:
                    visit(child, path, merged or node.kind == "merger")

        for name, path in self.discussed:
            visit(path, name)
        groups: list[_Group] = []
        merged: set[Factor] = set()
        for factor in Factor:
            if factor in merged:
                continue
            for found in mergers.values():
                factors = ordered(found[0][1].factors)
                if factor in factors:
                    merged |= set(factors)
                    group_rules = [r for f in factors for r in rules[f].values()]
                    groups.append(_Group(factors, found, group_rules))
                    break
            else:
                if rules[factor]:
                    groups.append(_Group((factor,), [], list(rules[factor].values())))
        for found in weighings.values():
            groups.append(_Group(ordered(found[0][1].factors), [], [], tuple(found)))
        return groups

    # -- a factor, as issue, rule, application and conclusion ----------

    def section(self, number: int, group: _Group, *, alternative: bool) -> None:
        if group.weighings:
            self.weighing(number, group, alternative=alternative)
            return
        labels = " and ".join(f.label.lower() for f in group.factors)
        heading = f"{number}. {_capital(labels)}" + (" (merged)" if group.mergers else "")
        if alternative:
            heading += ", in the alternative"
        self.add("heading", _s(heading, nodes=group.ids))

        requirements = [r for r in group.rules if r.node.kind == "requirement"]
        wanted = sorted(requirements, key=lambda r: -(r.node.threshold.rank if r.node.threshold else 0))
        if group.mergers:
            issue = _s(
                f"Whether the {labels}, weighed together, favor relief for ",
                self.movant,
                "" if self.movant.text.endswith(".") else ".",
                nodes=group.ids,
            )
        else:
            issue = _s(
                "Whether ",
                self.movant,
                " has shown " + _joined([r.node.statement for r in wanted], "or") + ".",
                nodes=group.ids,
            )
        self.add("paragraph", issue, label="Issue", depth=1)

        rule_sentences = []
        for _, merger in group.mergers[:1]:
            rule_sentences.append(
                _s(_capital(merger.statement) + ". ", self.cite(merger.authorities), nodes=[i for i, _ in group.mergers])
            )
        rule_sentences += self.merged_rules(group)
        for rule in group.rules:
            if self.style == "court" and _cannot_arise(rule.node):
                continue  # a court does not state a presumption no claim of the case could raise
            rule_sentences.append(self.rule_sentence(rule))
        self.add("paragraph", *rule_sentences, label="Rule", depth=1)

        application: list[Sentence] = []
        for factor in group.factors:
            if factor is Factor.MERITS:
                self.claims(group)
            else:
                application.extend(self.finding(factor, group))
        if group.mergers:
            application.append(self.weighed(group))
        self.add("paragraph", *application, label="Application", depth=1)

        conclusion = self.merged_holdings(group, alternative) + self.holdings(group.rules, alternative)
        if self.style == "complete":
            conclusion += self.not_needed(group)
        self.add("paragraph", *conclusion, label="Conclusion", depth=1)

    # -- a court's weighing of the factors (`Weighing`) ------------------

    def weighing(self, number: int, group: _Group, *, alternative: bool) -> None:
        """The factors weighed together: the court's test, its clear cases, the
        findings not discussed above, and whether the findings settle it."""
        ids = [i for i, _ in group.weighings]
        node = group.weighings[0][1]
        grant, deny = node.children
        self.add("heading", _s(f"{number}. The factors weighed together" + (", in the alternative" if alternative else ""), nodes=ids))
        self.add("paragraph", _s("Whether the factors, weighed together, favor relief for ", self.movant, ".", nodes=ids), label="Issue", depth=1)
        rule = _s(_capital(node.statement or "the court weighs the factors") + ". ", self.cite(node.authorities), nodes=ids)
        clear = _s(
            f"The findings decide the weighing only in the clear cases: for relief, {_clear(grant)}; against relief, "
            f"{_clear(deny)}. Otherwise the court weighs the factors in the exercise of discretion.",
            nodes=ids,
        )
        self.add("paragraph", rule, clear, label="Rule", depth=1)
        discussed = {f for g in self.groups() if not g.weighings for f in g.factors}
        application: list[Sentence] = []
        for factor in group.factors:
            if factor in discussed:
                continue
            if factor is Factor.MERITS:
                application.append(_s(f"Merits: found: {self.case.merits.describe()}.", nodes=ids))
            else:
                application.extend(self.finding(factor, group))
        self.add("paragraph", *application, label="Application", depth=1)
        lead = "In the alternative, weighed" if alternative else "Weighed"
        if node.value is Truth.TRUE:
            held = _s(f"{lead} together, the factors favor relief: the findings show {_clear(grant)}.", nodes=ids)
        elif node.value is Truth.FALSE:
            held = _s(f"{lead} together, the factors weigh against relief: the findings show {_clear(deny)}.", nodes=ids)
        else:
            held = _s(
                "The findings fall in neither clear case, so the court weighs the factors in the exercise of discretion; "
                "this analysis does not weigh them for the court.",
                nodes=ids,
            )
        self.add("paragraph", held, label="Conclusion", depth=1)

    # -- a merged weighing (the government opposing) ----------------------

    def _by_threshold(self, group: _Group) -> dict[Any, tuple[list[str], list[Node]]]:
        """The group's mergers by threshold, lowest first: the paths and nodes of each."""
        found: dict[Any, tuple[list[str], list[Node]]] = {}
        for mid, merger in sorted(group.mergers, key=lambda m: m[1].threshold.rank if m[1].threshold else 0):
            names, nodes = found.setdefault(merger.threshold, ([], []))
            names += [n for n, p in self.paths if mid.startswith(self.id(p) + ".") and n not in names]
            nodes.append(merger)
        return found

    def merged_rules(self, group: _Group) -> list[Sentence]:
        """What each path asks of the weighing, and how the record's findings enter it."""
        if not group.mergers:
            return []
        ids = [i for i, _ in group.mergers]
        sentences = []
        for threshold, (names, _) in self._by_threshold(group).items():
            lead = "The movant must show" if len(self.paths) == 1 else f"The {_joined([self.title(n) for n in names])} require{'s' if len(names) == 1 else ''}"
            sentences.append(_s(f"{lead} that the balance of hardships and the public interest, weighed together, {_MERGED.get(threshold, 'reach the threshold')}. ", nodes=ids))
        sentences.append(
            _s(
                "A balance of hardships the record states governs; without one, the public interest stands for the "
                "weighing (favoring relief, at least in the movant's favor; against relief, at most against the "
                "movant), and a neutral public interest says nothing about the weighing. ",
                nodes=ids,
            )
        )
        return sentences

    def weighed(self, group: _Group) -> Sentence:
        """The merged finding, and where it came from."""
        ids = [i for i, _ in group.mergers]
        merger = group.mergers[0][1]
        found = merger.finding
        balance = merger.children[0].finding
        if balance is not None and not balance.is_unknown:
            return _s("Weighed together: the balance of hardships as found governs; the public interest is noted, not weighed again.", nodes=ids)
        if found is not None and not found.is_unknown:
            return _s(
                f"Weighed together: with no finding on the balance of hardships, the public interest stands for the weighing ({found.describe()}); "
                "a finding on the balance, if the court made one, would govern instead.",
                nodes=ids,
            )
        return _s("Weighed together: the record leaves the weighing open.", nodes=ids)

    def merged_holdings(self, group: _Group, alternative: bool) -> list[Sentence]:
        """One sentence on the weighing, lowest threshold first; "let alone" above a failure."""
        if not group.mergers:
            return []
        lead = "In the alternative, " if alternative else ""
        ids = [i for i, _ in group.mergers]
        entries = [(threshold, nodes[0].value) for threshold, (_, nodes) in self._by_threshold(group).items()]
        what = "that the balance of hardships and the public interest, weighed together, "
        if len(entries) > 1 and all(value is Truth.FALSE for _, value in entries):
            first, *higher = [_MERGED.get(t, "reach the threshold") for t, _ in entries]
            return [_s(_capital(lead), self.who(start=not lead), f" has not shown {what}{first}, let alone that they " + ", let alone that they ".join(higher) + ".", nodes=ids)]
        sentences = []
        for threshold, value in entries:
            words = _MERGED.get(threshold, "reach the threshold")
            if value is Truth.TRUE:
                sentences.append(_s(self.who(), f" has shown {what}{words}.", nodes=ids))
            elif value is Truth.FALSE:
                sentences.append(_s(_capital(lead), self.who(start=not lead), f" has not shown {what}{words}.", nodes=ids))
            else:
                sentences.append(_s("Whether ", self.movant, f" has shown {what}{words} is not settled.", nodes=ids))
        return sentences

    def rule_sentence(self, rule: _Rule) -> Sentence:
        node = rule.node
        if node.kind == "presumption":
            condition = node.children[0]
            label = node.factor.label if node.factor else "The factor"
            level = f" ({node.threshold.value.replace('_', ' ')})" if node.threshold else ""
            return _s(
                f"{label} is presumed{level} when the movant shows {condition.statement} and the record states "
                f"no finding on {label.lower()}" + (f": {node.statement}" if node.statement else "") + "; a stated finding governs. ",
                self.cite(node.authorities),
                nodes=rule.ids,
            )
        titles = [self.title(p) for p in rule.paths]
        if len(self.paths) == 1:
            lead = "The movant must show"
        else:
            lead = f"The {_joined(titles)} require{'s' if len(titles) == 1 else ''}"
        return _s(f"{lead} {node.statement}. ", self.cite(node.authorities), nodes=rule.ids)

    def claims(self, group: _Group) -> None:
        """Each claim under the merits: its finding, the record's words, and
        what it shows against each merits threshold."""
        merits_rules = [r for r in group.rules if r.node.kind == "requirement" and r.node.factor is Factor.MERITS]
        thresholds = sorted({r.node.threshold for r in merits_rules if isinstance(r.node.threshold, Merits)})
        statements = {r.node.threshold: r.node.statement for r in merits_rules}
        nodes_of_claim: dict[int, list[str]] = {}
        for rule in merits_rules:
            for occurrence in rule.ids:
                node = self.node(occurrence)
                claims = self.case.claims
                # A requirement of some claims (constitutional, Lanham Act) has a child for each of them alone.
                admitted = node.claims or ClaimFilter.ALL
                indices = [i for i, c in enumerate(claims) if admitted.admits(c)]
                for index, child in zip(indices, node.children):
                    nodes_of_claim.setdefault(index, []).append(self.id(child))
        count = len(self.case.claims)
        merits = self.case.merits
        self.add(
            "paragraph",
            _s(
                f"Found: {merits.describe()} ({'the only claim' if count == 1 else f'the best of {count} claims'}).",
                nodes=[i for r in merits_rules for i in r.ids],
            ),
            label="Application",
            depth=1,
        )
        for index, claim in enumerate(self.case.claims):
            letter = chr(ord("a") + index) if index < 26 else str(index + 1)
            ids = nodes_of_claim.get(index, [])
            if not ids:  # a claim no requirement here reads (not of the kind one reads)
                ids = [i for r in merits_rules for i in r.ids]
            sentences = [
                _s(
                    f"({letter}) ",
                    _record(claim.name),
                    " (constitutional)" if claim.constitutional else "",
                    f": {claim.merits.describe()}.",
                    nodes=ids,
                )
            ]
            if claim.finding:
                sentences.append(_s(_record(claim.finding), nodes=ids))
            support = _claim_support(claim.merits, thresholds, statements)
            # The court style lets the conclusion speak for a claim as good as the best.
            if support and (self.style == "complete" or claim.merits != self.case.merits):
                sentences.append(_s(support, nodes=ids))
            self.add("paragraph", *sentences, depth=2)

    def node(self, nid: str) -> Node:
        node = self.decision.trace
        for part in nid.split(".")[1:]:
            node = node.children[int(part)]
        return node

    def finding(self, factor: Factor, group: _Group) -> list[Sentence]:
        ids = [i for r in group.rules if r.node.factor is factor for i in r.ids] or group.ids
        case = self.case
        if factor is Factor.IRREPARABLE_HARM:
            harm = case.irreparable_harm
            found = harm.likelihood.describe()
            if harm.very_serious is not None:
                found += ", very serious" if harm.very_serious else ", not very serious"
            note = harm.finding
        elif factor is Factor.BALANCE_OF_HARDSHIPS:
            found, note = case.balance_of_hardships.tips.describe(), case.balance_of_hardships.finding
        else:
            found, note = case.public_interest.weighs.describe(), case.public_interest.finding
        prefix = f"{factor.label}: " if len(group.factors) > 1 else ""
        words = "no finding in the record" if found == "unknown" else f"found: {found}"
        sentences = [_s(_capital(f"{prefix}{words}."), nodes=ids)]
        if note:
            sentences.append(_s(_record(note), nodes=ids))
        return sentences

    def holdings(self, rules: list[_Rule], alternative: bool) -> list[Sentence]:
        """One sentence per requirement, lowest threshold first; a failure of the
        lowest is a failure of all ("not even ..., let alone ..."). The court
        style cites in the rule, not again in the conclusion."""
        lead = "In the alternative, " if alternative else ""
        sentences: list[Sentence] = []
        for rule in rules:
            node = rule.node
            if node.kind != "presumption":
                continue
            condition = node.children[0]
            label = node.factor.label if node.factor else "The factor"
            text: list[Part]
            if node.value is Truth.TRUE:
                text = [
                    f"{label} is presumed because ", self.movant, f" has shown {condition.statement} and the record "
                    f"states no finding on {label.lower()}; a finding on {label.lower()}, if the court made one, would govern instead.",
                ]  # fmt: skip
            elif node.value is Truth.UNKNOWN:
                text = [f"{label} would be presumed if ", self.movant, f" showed {condition.statement}."]
            elif condition.value is Truth.TRUE and node.finding is not None and node.threshold is not None and node.finding.reaches(node.threshold) is not Truth.TRUE:
                # Said only where the stated finding falls short of what the presumption would supply.
                text = [
                    f"{label} is not presumed, though ", self.movant, f" has shown {condition.statement}: the record "
                    f"states a finding on {label.lower()} ({node.finding.describe()}), and a stated finding governs.",
                ]  # fmt: skip
            else:
                continue
            sentences.append(_s(*text, nodes=rule.ids))
        groups: dict[type, list[_Rule]] = {}
        for rule in rules:
            if rule.node.kind == "requirement":
                groups.setdefault(type(rule.node.threshold), []).append(rule)
        for group in groups.values():
            group.sort(key=lambda r: r.node.threshold.rank if r.node.threshold is not None else 0)
            values = {r.node.value for r in group}
            ids = [i for r in group for i in r.ids]
            if len(group) > 1 and values == {Truth.FALSE}:
                lowest, *higher = [r.node.statement for r in group]
                sentences.append(
                    _s(
                        _capital(lead),
                        self.who(start=not lead),
                        f" has not shown {lowest}, let alone " + ", let alone ".join(higher) + ". ",
                        self.cite_again(a for r in group for a in r.node.authorities),
                        nodes=ids,
                    )
                )
            elif len(group) > 1 and values == {Truth.TRUE}:
                highest, *lower = [r.node.statement for r in reversed(group)]
                sentences.append(
                    _s(
                        self.who(),
                        f" has shown {highest}, and so " + " and ".join(lower) + ". ",
                        self.cite_again(a for r in reversed(group) for a in r.node.authorities),
                        nodes=ids,
                    )
                )
            else:
                for rule in group:
                    sentences.append(self.holding(rule, lead))
        return sentences

    def holding(self, rule: _Rule, lead: str) -> Sentence:
        node = rule.node
        if node.value is Truth.TRUE:
            parts: list[Part] = [self.who(), f" has shown {node.statement}. "]
        elif node.value is Truth.FALSE:
            parts = [_capital(lead), self.who(start=not lead), f" has not shown {node.statement}. "]
        elif node.finding is not None and node.finding.is_unknown:
            parts = ["With no finding in the record, it is not known whether ", self.movant, f" has shown {node.statement}. "]
        else:
            found = node.finding.describe() if node.finding is not None else "unknown"
            parts = [f"The finding ({found}) does not settle whether ", self.movant, f" has shown {node.statement}. "]
        return _s(*parts, self.cite_again(node.authorities), nodes=rule.ids)

    def not_needed(self, group: _Group) -> list[Sentence]:
        """Say so when a definite decision does not turn on these factors."""
        decision = self.decision
        if decision.disposition is Disposition.UNDETERMINED:
            return []
        for _, path in self.paths:
            values = path.factor_values()
            if any(values.get(f, Truth.UNKNOWN) is not Truth.UNKNOWN for f in group.factors):
                return []
        return [
            _s(
                f"Not needed to decide: the motion is {decision.disposition.value} on every path whatever this finding would be.",
                nodes=group.ids,
            )
        ]

    # -- the conclusion, and the rule tree -----------------------------

    def conclusion(self) -> None:
        decision = self.decision
        if self.memo:
            # The scope of relief, where it matters, before the memo, whose last sections are its own.
            self.add("paragraph", *scope(self.case, decision.disposition, True, self.cite), label="Scope of relief")
            self.blocks += memo(decision, self.movant, cite=self.cite, node_id=self.id, title=self.title)
            return
        # Paths that came out alike are reported together: "The Winter and serious-questions paths fail on ...".
        alike: dict[tuple[Truth, tuple[str, ...]], list[tuple[str, Node]]] = {}
        for name, path in self.discussed:
            alike.setdefault((path.value, decision.failed.get(name, ())), []).append((name, path))
        sentences = []
        for (value, failed), group in alike.items():
            titles = [self.title(name) for name, _ in group]
            subject = f"The {titles[0]}" if len(titles) == 1 else "The " + _joined([t.removesuffix(" path").removesuffix(" route") for t in titles]) + (" routes" if titles[0].endswith("route") else " paths")
            singular = len(titles) == 1
            if value is Truth.TRUE:
                text = f"{subject} {'is' if singular else 'are'} met."
            elif failed:
                text = f"{subject} {'fails' if singular else 'fail'} on {_joined([f.replace('_', ' ') for f in failed])}."
            else:
                text = f"{subject} {'is' if singular else 'are'} not settled."
            sentences.append(_s(text, nodes=[self.id(path) for _, path in group]))
        kind = decision.case.motion.kind.words
        owner: list[Part] = [self.who(), "'s"]
        appellate = ruling(self.case, decision.disposition)
        if appellate is not None:
            order = order_words(self.case)
            if decision.disposition is Disposition.GRANTED:
                assert decision.test is not None
                shown: list[Part] = [self.who(), f" has shown what the {self.title(decision.test)} requires, so "]
            else:
                shown = [self.who(), " has not shown what any path requires, so "]
            sentences.append(_s(*shown, f"{order} is ", Span(appellate.upper(), "strong"), ".", nodes=["0"]))
        elif decision.disposition is Disposition.GRANTED:
            assert decision.test is not None
            # Security and the scope of relief come before the ruling, which ends the analysis.
            sentences += security(self.case, decision.disposition, False, self.cite)
            sentences += scope(self.case, decision.disposition, False, self.cite)
            sentences.append(
                _s(*owner, f" motion for a {kind} is ", Span("GRANTED", "strong"), f" on the {self.title(decision.test)}.", nodes=["0"])
            )
        elif decision.disposition is Disposition.DENIED:
            sentences.append(_s(*owner, f" motion for a {kind} is ", Span("DENIED", "strong"), ".", nodes=["0"]))
        else:
            sentences.append(_s("The findings in the record do not settle the motion.", nodes=["0"]))
            if decision.needs:
                settle = [f"{factor.replace('_', ' ')}: {_describe_settling(entries)}" for factor, entries in decision.settles.items()]
                sentences.append(_s("A finding on one factor would settle it: " + "; ".join(settle) + ".", nodes=["0"]))
            else:
                sets = decision.settling_sets
                ways = [f"{way} if {_or(sets[way], decision)}" for way in ("granted", "denied") if way in sets]
                sentences.append(_s("No single finding settles it; the fewest that would: " + "; ".join(ways) + ".", nodes=["0"]))
            questions = decision.next_questions()
            if questions:
                sentences.append(_s(f"The question to ask next: {_axis_words(questions[0].key, decision)}.", nodes=["0"]))
        self.add("paragraph", *sentences, label="Conclusion")

    def what_would_change(self) -> None:
        """The complete style's account of what would change the outcome."""
        decision = self.decision
        self.add("heading", _s("What would change the outcome", nodes=["0"]))
        if decision.stable:
            stable = [_s("The decision is stable: no finding the record leaves open could change it.", nodes=["0"])]
            if decision.irrelevant:
                words = _joined([_axis_words(k, decision) for k in decision.irrelevant])
                stable.append(_s(f"It does not turn on what is still open: {words}.", nodes=["0"]))
            self.add("paragraph", *stable, depth=1)
        elif decision.rebuttable:
            words = _joined([_axis_words(k, decision) for k in decision.rebuttable])
            self.add(
                "paragraph",
                _s(f"The decision rests on a presumption: the record states no finding on {words}, and a finding "
                   "stated there would govern and could change the outcome (below).", nodes=["0"]),
                depth=1,
            )  # fmt: skip
        else:
            sets = decision.settling_sets
            for way in ("granted", "denied"):
                if way in sets:
                    self.add("paragraph", _s(f"It would be {way} if {_or(sets[way], decision)}.", nodes=["0"]), depth=1)
            ranked = [f"{_axis_words(q.key, decision)} ({q.settles:.0%} of its answers settle it)" for q in decision.next_questions()]
            if ranked:
                self.add("paragraph", _s("Questions, best first: " + "; ".join(ranked) + ".", nodes=["0"]), depth=1)
        for key, rows in decision.outcomes.items():
            runs: list[tuple[str, list[str]]] = []
            for row in rows:
                words = str(row["finding"]).replace("_", " ").lower() + (" (as found)" if row["found"] else "")
                outcome = "open" if row["disposition"] == "undetermined" else row["disposition"]
                if runs and runs[-1][0] == outcome:
                    runs[-1][1].append(words)
                else:
                    runs.append((outcome, [words]))
            text = "; ".join(f"{_range(values)}: {outcome}" for outcome, values in runs)
            self.add(
                "paragraph",
                _s(f"{_capital(_axis_words(key, decision))}, the rest as found: {text}.", nodes=["0"]),
                depth=1,
            )
        target = {"denied": "granted", "granted": "denied"}.get(decision.disposition.value)
        if target is not None:
            needed = decision.what_it_takes(target)
            if needed:
                self.add(
                    "paragraph",
                    _s(f"To be {target}, it would have taken {_or(needed, decision)}.", nodes=["0"]),
                    depth=1,
                )

    def tree(self) -> None:
        """Every node of the trace, one item each, in the tree's order."""
        self.add("heading", _s("The rule tree", nodes=["0"]))
        subject = self.movant.text
        paths = {self.id(path): name for name, path in self.paths}
        verdicts = {Truth.TRUE: "is met", Truth.FALSE: "fails", Truth.UNKNOWN: "is not settled"}
        for nid, node in self.decision.trace.indexed():
            sentence = node_sentence(node, subject)
            if nid in paths and nid != "0":
                sentence = f"The {self.title(paths[nid])} {verdicts[node.value]}."
            parts: list[Part] = [sentence]
            if node.kind == "claim" and node.text:
                parts.append(" ")
                parts.append(_record(node.text))
            if node.authorities:
                parts += [" ", self.cite(node.authorities)]
            self.add("item", _s(*parts, nodes=[nid]), depth=nid.count("."), value=node.value)


def _claim_support(merits: Finding[Merits], thresholds: list[Merits], statements: Mapping[Any, str]) -> str:
    """What one claim shows against each merits threshold the standard uses."""
    shown = [t for t in thresholds if merits.reaches(t) is Truth.TRUE]
    not_shown = [t for t in thresholds if merits.reaches(t) is Truth.FALSE]
    open_ = [t for t in thresholds if merits.reaches(t) is Truth.UNKNOWN]
    parts = []
    # "The claim", never "it": after the record's own words, "it" could be read as the movant.
    if shown:
        parts.append(f"The claim shows {statements[shown[-1]]}")
    if not_shown:
        words = [statements[t] for t in not_shown]
        if shown:
            parts[-1] += f" but not {' or '.join(words)}"
        elif len(words) == 1:
            parts.append(f"The claim does not show {words[0]}")
        else:
            parts.append(f"The claim shows neither {' nor '.join(words)}")
    if open_:
        question = " or ".join(statements[t] for t in open_)
        if parts:
            parts[-1] += f"; whether it shows {question} is not settled"
        else:
            parts.append(f"The record does not settle whether the claim shows {question}")
    return (" ".join(parts) + ".") if parts else ""


def _cannot_arise(node: Node) -> bool:
    """Whether *node* is a presumption whose condition reads claims the case
    does not have (no constitutional claim: the finding it reads is None)."""
    return node.kind == "presumption" and bool(node.children) and node.children[0].kind == "requirement" and node.children[0].finding is None

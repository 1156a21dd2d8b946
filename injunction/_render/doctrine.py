"""The doctrine page: the standard's rules, written out from the rules themselves.

`doctrine_report` walks every test each registered circuit's standard applies
(`standards.registry`: each motion, each kind of relief, with and without a
government opponent), the Ninth Circuit's doctrine by date, the options for
unsettled law and every authority cited, so that a lawyer can review the
encoding without reading Python. ``injunction
doctrine`` prints it; ``docs/doctrine.md`` is a generated copy, kept current
by a test.
"""

from __future__ import annotations

import inspect
import itertools
import types
from collections.abc import Callable

from .. import authorities as a
from .._engine.case import ClaimFilter, MotionKind, Reach, Relief
from .._engine.rules import AllOf, AnyOf, Merger, Not, Presumption, Requirement, Rule, Weighing
from ..authorities import Authority, bluebook_date
from ..standards.courts import CIRCUIT_NAMES, ordinals
from ..standards.lanham import LANHAM_HARM, TMA_ENACTED
from ..standards.ninth_circuit import DOCTRINES
from ..standards.registry import REGISTRY
from .document import Block, Report, Sentence, Span
from .words import path_title

__all__ = ["doctrine_report"]


def _sentence(*parts: str | Span) -> Sentence:
    return Sentence(tuple(p if isinstance(p, Span) else Span(p) for p in parts if p), ())


def _decided(authority: Authority) -> str:
    """When the authority became law: the law of the day a dated record's analysis applies."""
    source = authority.source
    day = f"Decided {bluebook_date(source.decided)}" if source.decided else f"Decided {source.year} (day not checked)"
    earlier = "".join(f"; {v.reporter} filed {bluebook_date(v.decided)}, then {v.then}" for v in source.earlier)
    since = f"; law from {bluebook_date(authority.since)}" if authority.since else ""
    return f"{day}{earlier}{since}."


def _cite(authorities: tuple[Authority, ...]) -> Span:
    return Span("; ".join(dict.fromkeys(x.cite() for x in authorities)) + "." if authorities else "", "cite")


def _words(level: object) -> str:
    return str(getattr(level, "value", level)).replace("_", " ")


def _items(rule: Rule, depth: int, standard: str) -> list[Block]:
    """*rule* and its parts as items, one a rule, nested by depth."""
    if isinstance(rule, Requirement):
        scope = "" if rule.claims is ClaimFilter.ALL else f"the best {rule.claims.noun.removeprefix('a ')}'s "
        text = _sentence(
            f"{scope}{rule.factor.label.lower()} at least {_words(rule.at_least)}: {rule.words}. ", _cite(rule.authority)
        )
        return [Block("item", (text,), depth=depth)]
    if isinstance(rule, Presumption):
        head = _sentence(
            f"Presumed: {rule.factor.label.lower()} at least {_words(rule.supplies)}, "
            f"when the movant shows {getattr(rule.when, 'words', repr(rule.when))} and the record states no finding on that factor"
            + (f": {rule.statement}" if rule.statement else "")
            + "; a stated finding, exact or bounded, governs. ",
            _cite(rule.authority),
        )
        return [Block("item", (head,), depth=depth)]
    if isinstance(rule, Not):
        return [Block("item", (_sentence("Not:"),), depth=depth), *_items(rule.rule, depth + 1, standard)]
    if isinstance(rule, Merger):
        head = _sentence(
            f"Weighed together, the balance of hardships and the public interest at least {_words(rule.at_least)}: "
            f"{rule.statement}. The balance governs where the record states one; else the public interest, read on the "
            "balance scale, a neutral one saying nothing about the weighing. ",
            _cite(rule.authority),
        )
        blocks = [Block("item", (head,), depth=depth)]
        if rule.presumption is not None:
            blocks += _items(rule.presumption, depth + 1, standard)
        return blocks
    if isinstance(rule, Weighing):
        head = _sentence(
            f"Weighed in the court's discretion{': ' + rule.statement if rule.statement else ''}. Decided only in the "
            "clear cases below; otherwise undetermined, the weighing being the court's. ",
            _cite(rule.authority),
        )
        return [
            Block("item", (head,), depth=depth),
            Block("item", (_sentence("Clearly for relief:"),), depth=depth + 1),
            *_items(rule.grant, depth + 2, standard),
            Block("item", (_sentence("Clearly against relief:"),), depth=depth + 1),
            *_items(rule.deny, depth + 2, standard),
        ]
    if isinstance(rule, (AllOf, AnyOf)):
        if rule.name is not None and depth > 0:
            title = path_title(rule.name, standard)
            head = _sentence(f"The {title} ({rule.name}): {rule.statement}. ", _cite(rule.authority))
        else:
            head = _sentence("Any one of:" if isinstance(rule, AnyOf) else "All of:")
        blocks = [Block("item", (head,), depth=depth)]
        for part in rule.rules:
            blocks += _items(part, depth + 1, standard)
        return blocks
    return [Block("item", (_sentence(repr(rule)),), depth=depth)]


def _tests(title: str, rule_for_motion: Callable[..., Rule]) -> list[Block]:
    """Each distinct test a standard applies, by motion, relief and opponent."""
    blocks = [Block("heading", (_sentence(title),))]
    groups: dict[tuple[Rule, Relief, bool, Reach | None], tuple[AnyOf, list[MotionKind]]] = {}
    # A standard that reads whom the relief reaches (`motion.reach`) gets a test for relief to the parties alone.
    reaches: tuple[Reach | None, ...] = (None, Reach.PARTIES) if "reach" in inspect.signature(rule_for_motion).parameters else (None,)
    for kind, relief, government in itertools.product(MotionKind, Relief, (False, True)):
        plain: Rule | None = None
        for reach in reaches:
            rule = rule_for_motion(kind, relief, government, reach=reach) if reach else rule_for_motion(kind, relief, government)
            assert isinstance(rule, AnyOf)  # a standard's tests are alternatives
            if reach is not None and AnyOf(rule.rules) == plain:
                continue  # the reach makes no difference to this test
            plain = AnyOf(rule.rules)
            key = (plain, Relief.PROHIBITORY if kind is MotionKind.STAY_PENDING_APPEAL else relief, government, reach)
            groups.setdefault(key, (rule, []))[1].append(kind)
    for (_, relief, government, reach), (rule, kinds) in groups.items():
        opponent = "the government opposing" if government else "a private opponent"
        motions = " or ".join(dict.fromkeys(k.words for k in kinds))
        stay = kinds[0] is MotionKind.STAY_PENDING_APPEAL
        heading = f"{motions.capitalize()}, {opponent}" if stay else f"{motions.capitalize()}, {relief.value} relief, {opponent}"
        if reach is Reach.PARTIES:
            heading += ", relief reaching only the parties"
        blocks.append(Block("heading", (_sentence(heading),), depth=1))
        blocks.append(Block("paragraph", (_sentence(f"{rule.statement} ", _cite(rule.authority)),)))
        for path in rule.rules:
            blocks += _items(path, 1, kinds[0].value)
    return blocks


def _options(standard: type) -> list[tuple[str, str]]:
    """Each option of a circuit's *standard* with its documentation, from the docstring's Args."""
    doc = inspect.getdoc(standard) or ""
    if "Args:" not in doc:
        return []
    args = doc.split("Args:", 1)[1].split("\n\n", 1)[0]
    found: list[tuple[str, str]] = []
    for line in args.splitlines():
        if line.startswith("    ") and not line.startswith("        ") and ":" in line:
            name, _, rest = line.strip().partition(":")
            found.append((name, rest.strip()))
        elif found:
            found[-1] = (found[-1][0], f"{found[-1][1]} {line.strip()}")
    return [(name, text.replace("``", "")) for name, text in found]


def doctrine_report() -> Report:
    """The doctrine each registered circuit's standard encodes with its default options, as a `Report`."""
    blocks: list[Block] = [
        Block(
            "title",
            (
                _sentence("The doctrine injunction encodes"),
                _sentence(
                    f"Generated from the rules themselves (injunction doctrine): every test the {ordinals()} "
                    "Circuit standards apply, each rule with its authority, pin and quote; the law by date; the options "
                    "for unsettled points with the authorities on each side; and every authority cited. A pin "
                    "marked (pin unverified) is cited as the best authority we have, not as settled; a case cited without "
                    "a page is the library's reading of it, where no page was seen and no verified authority says the same."
                ),
            ),
        )
    ]
    for circuit, entry in REGISTRY.items():
        title = f"The {CIRCUIT_NAMES[circuit]}: the tests, by motion" + (" (current law)" if entry.by_date else "")
        blocks += _tests(title, entry.standard().rule_for_motion)
    blocks.append(Block("heading", (_sentence("The law by date"),)))
    blocks.append(
        Block(
            "paragraph",
            (
                _sentence(
                    "A record's case.decided selects the law in force on that day (by_date, on by default); "
                    "a record without a date gets current law, and its analysis says so. Stays take Nken and "
                    "Leiva-Perez whatever the date."
                ),
            ),
        )
    )
    for doctrine in DOCTRINES:
        since = "from the start" if doctrine.since is None else f"from {doctrine.since.isoformat()}"
        blocks.append(
            Block("item", (_sentence(f"{doctrine.name} ({since}): {doctrine.words}. ", _cite(doctrine.authority)),))
        )
    blocks.append(
        Block(
            "item",
            (
                _sentence(
                    f"lanham_act (from {TMA_ENACTED.isoformat()}, a date not verified from a primary source; every circuit): "
                    "on a temporary restraining order or a preliminary injunction, likely success on a Lanham Act claim "
                    "supplies likely irreparable harm where the record states no harm finding (not on an injunction "
                    "pending appeal, which the statute does not name, nor on a stay). ",
                    _cite(LANHAM_HARM.authority),
                ),
            ),
        )
    )
    for circuit, entry in REGISTRY.items():
        defaults = entry.standard()
        options = _options(type(defaults))
        if options:
            blocks.append(Block("heading", (_sentence(f"Options for unsettled doctrine (the {CIRCUIT_NAMES[circuit]})"),)))
        for name, text in options:
            default = getattr(defaults, name, None)
            shown = _words(default) if default is not None else "None"
            blocks.append(Block("paragraph", (_sentence(text[:1].upper() + text[1:]),), label=f"{name} (default {shown})"))
    for title, authorities in _authorities_by_court():
        blocks.append(Block("heading", (_sentence(title),)))
        for value in authorities:
            check = f"Checked: {value.verified}." if value.verified else "No page cited." if value.pin is None else "Pin unverified."
            quote = f" “{value.quote}”" if value.quote else ""
            blocks.append(
                Block("item", (_sentence(Span(value.cite(), "cite"), f": {value.proposition}{quote} {check} {_decided(value)}"),))
            )
    return Report("The doctrine injunction encodes", "complete", tuple(blocks))


def _authorities_by_court() -> list[tuple[str, list[Authority]]]:
    """Every authority the rules may cite, a heading per module: the
    package's own (the Supreme Court, the statutes and rules, the Ninth
    Circuit), then each court's module (`injunction.authorities.<court>`),
    titled by the first line of its docstring, in the package's order."""
    modules = [
        value
        for value in vars(a).values()
        if isinstance(value, types.ModuleType) and value.__name__.startswith("injunction.authorities.") and hasattr(value, "__all__")
    ]
    grouped: list[tuple[str, list[Authority]]] = []
    seen: set[str] = set()
    for module in modules:
        names = [n for n in module.__all__ if isinstance(getattr(module, n), Authority)]
        seen.update(names)
        title = (module.__doc__ or module.__name__).strip().splitlines()[0].split(" (")[0].rstrip(".")
        grouped.append((title, [getattr(module, n) for n in names]))
    own = [value for name, value in vars(a).items() if isinstance(value, Authority) and name not in seen]
    return [("The authorities of the Supreme Court, the statutes and rules, and the Ninth Circuit", own), *grouped]

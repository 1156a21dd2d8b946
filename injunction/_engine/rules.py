"""Rules: small immutable values that compose into a legal test.

A `Requirement` asks that one finding reach a threshold on its scale;
``&`` (all of), ``|`` (any of) and ``~`` (not) combine rules; a
`Presumption` supplies a finding from other facts (a constitutional claim
likely to succeed supplies likely irreparable harm); a `Merger` weighs two
factors as one (the balance of hardships and the public interest when the
government opposes); a `Weighing` is a court's discretionary weighing of
factors, decided only where its clear cases decide it. Each evaluates, purely, to a trace `Node`
in Kleene's three-valued logic: a rule whose findings are not known is
UNKNOWN, never FALSE.

Users compose these classes and never subclass them: `Rule` is closed to
subclassing, so every rule is one the compiler, the receipts and the
exhaustive checks know. A test of one's own is a composition of these; a
standard of one's own is any object with ``rule_for(case)`` returning one
(the `Standard` protocol).
"""

from __future__ import annotations

import abc
from collections.abc import Iterable
from typing import Any, ClassVar, Self, cast, final

import attrs

from ..authorities import Authority
from .case import Case, ClaimFilter, Factor
from .facts import SCALES, SLOTS, Facts, Slot, slot
from .scales import Balance, Finding, Harm, Level, Merits, PublicInterest, Severity, Truth
from .trace import Node

__all__ = [
    "AllOf",
    "AnyOf",
    "Merger",
    "Not",
    "Presumption",
    "Requirement",
    "Rule",
    "Weighing",
    "at_most",
    "inner",
    "merged_finding",
    "path_name",
    "paths",
    "presumed",
]


def _authorities(value: Authority | tuple[Authority, ...] | list[Authority]) -> tuple[Authority, ...]:
    if isinstance(value, str):
        raise TypeError(f"authority must be an Authority or a tuple of them, got {value!r}")
    items = (value,) if isinstance(value, Authority) else tuple(value)
    for item in items:
        if not isinstance(item, Authority):
            raise TypeError(f"authority must be an Authority or a tuple of them, got {item!r}")
    return items


class Rule(abc.ABC):
    """A legal test, or part of one, that evaluates a case to a trace node.

    Combine rules with ``&``, ``|`` and ``~``. A rule has no truth value of
    its own (it needs findings), so ``bool(rule)``, and with it ``a and b``,
    raises ``TypeError``.
    """

    name: str | None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__module__ != __name__:
            raise TypeError(
                f"{cls.__qualname__} cannot subclass Rule: compose a test from Requirement, AllOf (&), AnyOf (|), "
                "Not (~), Presumption and Merger, and write a standard of your own as any object with a "
                "rule_for(case) method returning such a rule (injunction.Standard)"
            )

    def evaluate(self, case: Case) -> Node:
        """Evaluate the rule on *case*: a pure function, never raising for a losing case."""
        return self._evaluate(case, Facts.of(case))

    @abc.abstractmethod
    def _evaluate(self, case: Case, facts: Facts) -> Node:
        """The trace node for *case*, whose findings are *facts*."""

    @abc.abstractmethod
    def truth(self, facts: Facts) -> Truth:
        """The rule's value on *facts* alone, without building a trace.

        Always ``self.evaluate(case).value`` for a case with those facts;
        the fast path the exhaustive checks and `needs` use.
        """

    def rule_for(self, case: Case) -> Rule:
        """A rule is a standard of its own: it applies to every case as it is."""
        return self

    def named(self, name: str) -> Self:
        """This rule under *name* (``"winter"``), the name the output reports."""
        if not isinstance(name, str) or not name:
            raise ValueError(f"a rule's name must be a non-empty string, got {name!r}")
        renamed: Self = attrs.evolve(cast(Any, self), name=name)
        return renamed

    def __and__(self, other: Rule) -> AllOf:
        _check_rule(other, "&")
        return AllOf(_parts(self, AllOf) + _parts(other, AllOf))

    def __or__(self, other: Rule) -> AnyOf:
        _check_rule(other, "|")
        return AnyOf(_parts(self, AnyOf) + _parts(other, AnyOf))

    def __invert__(self) -> Not:
        return Not(self)

    def __bool__(self) -> bool:
        raise TypeError(
            f"{self!r} needs findings to be true or false; combine rules with & | ~, "
            "and evaluate them with injunction.evaluate(case, rule)"
        )

    def _suffix(self, text: str) -> str:
        return text if self.name is None else f"({text}).named({self.name!r})"


def paths(rule: Rule) -> tuple[Rule, ...]:
    """The alternative tests of *rule*: an `AnyOf`'s rules, or the rule itself."""
    return rule.rules if isinstance(rule, AnyOf) else (rule,)


def path_name(name: str | None, index: int) -> str:
    """A path's name in the output: its own, or ``path_N`` by its place."""
    return name if name is not None else f"path_{index + 1}"


def _parts(rule: Rule, kind: type[AllOf] | type[AnyOf]) -> tuple[Rule, ...]:
    """Flatten same-kind nesting, so ``a & (b & c) == (a & b) & c``; a named or
    cited combination keeps its identity."""
    if isinstance(rule, kind) and rule.name is None and not rule.statement and not rule.authority:
        return rule.rules
    return (rule,)


def _joined(rules: tuple[Rule, ...], operator: str, looser: type[Rule]) -> str:
    """Rules joined by *operator*, an unnamed *looser* combination in parentheses."""
    return operator.join(f"({r!r})" if isinstance(r, looser) and r.name is None else repr(r) for r in rules)


def _check_rule(other: object, operator: str) -> None:
    if not isinstance(other, Rule):
        raise TypeError(f"cannot combine a rule with {other!r} using {operator}: both sides must be rules")


def _must_be_rule(_: object, attribute: attrs.Attribute[Rule], value: object) -> None:
    if not isinstance(value, Rule):
        raise TypeError(f"{attribute.name} must be a rule, got {value!r}")


# What a requirement asks the movant to show, when its author gives no words.
# A movant may be a person or a company: no pronoun stands for it.
_STATEMENTS: dict[Level, str] = {
    Merits.SERIOUS_QUESTIONS: "serious questions going to the merits",
    Merits.LIKELY: "a likelihood of success on the merits",
    Merits.CLEAR: "that the law and facts clearly favor the movant's position",
    Harm.POSSIBLE: "that irreparable harm is possible",
    Harm.LIKELY: "that irreparable harm is likely in the absence of relief",
    Severity.VERY_SERIOUS: "that the harm is extreme or very serious damage",
    Balance.AGAINST: "that the balance of hardships does not tip sharply against the movant",
    Balance.EVEN: "that the balance of hardships does not tip against the movant",
    Balance.FAVORS: "that the balance of hardships tips in the movant's favor",
    Balance.SHARPLY_FAVORS: "that the balance of hardships tips sharply in the movant's favor",
    PublicInterest.AGAINST: "that the public interest does not weigh heavily against relief",
    PublicInterest.NEUTRAL: "that the public interest does not weigh against relief",
    PublicInterest.FAVORS: "that relief is in the public interest",
    PublicInterest.SHARPLY_FAVORS: "that the public interest weighs heavily in favor of relief",
}


def _reaches(finding: Finding[Any], threshold: Level) -> Truth:
    return finding.reaches(threshold)


@final
@attrs.frozen(repr=False, init=False)  # its own __init__ (constitutional_only), so no cache_hash
class Requirement(Rule):
    """The finding on *factor* must be at least *at_least*.

    TRUE when the finding's lower bound reaches the threshold, FALSE when its
    upper bound falls short, UNKNOWN otherwise. A merits requirement reads
    the best claim (one claim suffices) and reports every claim; with
    *claims* (a `ClaimFilter`) it reads only the claims of that kind, and
    is FALSE for a case with none: ``claims=ClaimFilter.LANHAM_ACT``, the
    claims that arise under the Lanham Act. ``constitutional_only=True``
    is the older spelling of ``claims=ClaimFilter.CONSTITUTIONAL`` (and a
    receipt written before *claims* existed reads back through it).

    >>> from injunction.authorities import WINTER_20
    >>> Requirement(Factor.MERITS, at_least=Merits.LIKELY, authority=WINTER_20)
    merits >= likely
    """

    factor: Factor = attrs.field(converter=Factor)
    at_least: Level = attrs.field(kw_only=True)
    authority: tuple[Authority, ...] = attrs.field(kw_only=True, converter=_authorities)
    statement: str = attrs.field(default="", kw_only=True)
    claims: ClaimFilter = attrs.field(default=ClaimFilter.ALL, kw_only=True, converter=ClaimFilter)
    name: str | None = attrs.field(default=None, kw_only=True)

    def __init__(
        self,
        factor: Factor,
        *,
        at_least: Level,
        authority: Authority | tuple[Authority, ...] | list[Authority],
        statement: str = "",
        claims: ClaimFilter = ClaimFilter.ALL,
        name: str | None = None,
        constitutional_only: bool | None = None,
    ) -> None:
        if constitutional_only is not None:
            if type(constitutional_only) is not bool:
                raise TypeError(f"constitutional_only must be True or False, got {constitutional_only!r}")
            if constitutional_only and claims is not ClaimFilter.ALL and claims != ClaimFilter.CONSTITUTIONAL:
                raise ValueError(f"constitutional_only=True reads the constitutional claims, not claims={claims!r}: give one of them")
            if constitutional_only:
                claims = ClaimFilter.CONSTITUTIONAL
        self.__attrs_init__(factor, at_least=at_least, authority=authority, statement=statement, claims=claims, name=name)

    @at_least.validator
    def _check_scale(self, _: attrs.Attribute[Level], value: Level) -> None:
        allowed = SCALES[self.factor]
        if not isinstance(value, allowed):
            names = " or ".join(s.__name__ for s in allowed)
            raise TypeError(f"a requirement on {self.factor.value} needs a {names} threshold, got {value!r}")

    @claims.validator
    def _check_claims(self, _: attrs.Attribute[ClaimFilter], value: ClaimFilter) -> None:
        if value is not ClaimFilter.ALL and self.factor is not Factor.MERITS:
            spelled = "constitutional_only" if value is ClaimFilter.CONSTITUTIONAL else f"claims={value.value!r}"
            raise ValueError(f"{spelled} applies to merits requirements, not {self.factor.value}")

    @property
    def constitutional_only(self) -> bool:
        """Whether the requirement reads the constitutional claims alone (``claims=ClaimFilter.CONSTITUTIONAL``)."""
        return self.claims is ClaimFilter.CONSTITUTIONAL

    @property
    def words(self) -> str:
        """What the movant must show, in words."""
        return self.statement or _STATEMENTS.get(self.at_least) or f"{self.factor.value} at least {self.at_least.value}"

    def truth(self, facts: Facts) -> Truth:
        finding = facts.read(self.factor, type(self.at_least), claims=self.claims)
        return Truth.FALSE if finding is None else finding.reaches(self.at_least)

    def _evaluate(self, case: Case, facts: Facts) -> Node:
        finding = facts.read(self.factor, type(self.at_least), claims=self.claims)
        value = Truth.FALSE if finding is None else finding.reaches(self.at_least)
        children: tuple[Node, ...] = ()
        if self.factor is Factor.MERITS:
            children = tuple(
                Node(
                    "claim",
                    _reaches(claim.merits, self.at_least),
                    name=claim.name,
                    finding=claim.merits,
                    text=claim.finding,
                )
                for claim in case.claims
                if self.claims.admits(claim)
            )
        return Node(
            "requirement",
            value,
            name=self.name,
            factor=self.factor,
            threshold=self.at_least,
            finding=finding,
            statement=self.words,
            authorities=self.authority,
            children=children,
            claims=self.claims if self.factor is Factor.MERITS else None,
        )

    def __repr__(self) -> str:
        prefix = "" if self.claims is ClaimFilter.ALL else f"{self.claims.value} "
        return self._suffix(f"{prefix}{self.factor.value} >= {self.at_least.value}")


def _rules(value: tuple[Rule, ...] | list[Rule]) -> tuple[Rule, ...]:
    rules = tuple(value)
    if len(rules) < 1:
        raise ValueError("a combination needs at least one rule")
    for rule in rules:
        if not isinstance(rule, Rule):
            raise TypeError(f"expected rules, got {rule!r}")
    return rules


@attrs.frozen(repr=False, cache_hash=True)
class _Combination(Rule):
    """Rules combined into one: the shared shape of `AllOf` and `AnyOf`."""

    rules: tuple[Rule, ...] = attrs.field(converter=_rules)
    name: str | None = attrs.field(default=None, kw_only=True)
    statement: str = attrs.field(default="", kw_only=True)
    authority: tuple[Authority, ...] = attrs.field(default=(), kw_only=True, converter=_authorities)

    _kind: ClassVar[str]

    @abc.abstractmethod
    def _combine(self, values: Iterable[Truth]) -> Truth:
        """The combination's value from its parts' values."""

    def truth(self, facts: Facts) -> Truth:
        return self._combine(rule.truth(facts) for rule in self.rules)

    def _evaluate(self, case: Case, facts: Facts) -> Node:
        children = tuple(rule._evaluate(case, facts) for rule in self.rules)
        return Node(
            self._kind,
            self._combine(c.value for c in children),
            name=self.name,
            statement=self.statement,
            authorities=self.authority,
            children=children,
        )


@final
@attrs.frozen(repr=False, cache_hash=True)
class AllOf(_Combination):
    """Every rule must hold (Kleene conjunction); ``a & b`` builds one."""

    _kind = "all_of"

    def _combine(self, values: Iterable[Truth]) -> Truth:
        return Truth.all(values)

    def __repr__(self) -> str:
        return self._suffix(_joined(self.rules, " & ", AnyOf))


@final
@attrs.frozen(repr=False, cache_hash=True)
class AnyOf(_Combination):
    """At least one rule must hold (Kleene disjunction); ``a | b`` builds one."""

    _kind = "any_of"

    def _combine(self, values: Iterable[Truth]) -> Truth:
        return Truth.any(values)

    def __repr__(self) -> str:
        return self._suffix(_joined(self.rules, " | ", AllOf))


@final
@attrs.frozen(repr=False, cache_hash=True)
class Not(Rule):
    """The rule must fail. Rarely law: a negated requirement is not monotone."""

    rule: Rule = attrs.field(validator=_must_be_rule)
    name: str | None = attrs.field(default=None, kw_only=True)

    def truth(self, facts: Facts) -> Truth:
        return ~self.rule.truth(facts)

    def _evaluate(self, case: Case, facts: Facts) -> Node:
        child = self.rule._evaluate(case, facts)
        return Node("not", ~child.value, name=self.name, children=(child,))

    def __repr__(self) -> str:
        return self._suffix(f"~({self.rule!r})")


@final
@attrs.frozen(repr=False, cache_hash=True)
class Presumption(Rule):
    """A default: *factor* is presumed to reach *supplies* when *when* holds
    and the record states no finding on it.

    A presumption yields to a finding: where the record states one on the
    factor, exact or bounded, that finding governs, even when it is lower,
    and the presumption does not arise (FALSE). Where it states none, the
    presumption holds as *when* does. Combine it with the requirement it can
    satisfy, ``requirement | presumption``: the requirement is then met by
    the finding the court stated or, failing any, by the presumption. A
    decision resting on one reports it (`Decision.presumed`) and is not
    `stable`: a stated finding would rebut it.

    >>> from injunction.authorities import MELENDRES_HARM
    >>> Presumption(Factor.IRREPARABLE_HARM, supplies=Harm.LIKELY,
    ...     when=Requirement(Factor.MERITS, at_least=Merits.LIKELY, constitutional_only=True,
    ...                      authority=MELENDRES_HARM),
    ...     authority=MELENDRES_HARM)
    presume(irreparable_harm >= likely, when=constitutional merits >= likely)
    """

    factor: Factor = attrs.field(converter=Factor)
    supplies: Level = attrs.field(kw_only=True)
    when: Rule = attrs.field(kw_only=True, validator=_must_be_rule)
    authority: tuple[Authority, ...] = attrs.field(kw_only=True, converter=_authorities)
    statement: str = attrs.field(default="", kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)

    @supplies.validator
    def _check_scale(self, _: attrs.Attribute[Level], value: Level) -> None:
        if not isinstance(value, SCALES[self.factor]):
            raise TypeError(f"a presumption of {self.factor.value} cannot supply {value!r}")

    def truth(self, facts: Facts) -> Truth:
        if facts.states(self.factor, type(self.supplies)):
            return Truth.FALSE
        return self.when.truth(facts)

    def _evaluate(self, case: Case, facts: Facts) -> Node:
        condition = self.when._evaluate(case, facts)
        return Node(
            "presumption",
            Truth.FALSE if facts.states(self.factor, type(self.supplies)) else condition.value,
            name=self.name,
            factor=self.factor,
            threshold=self.supplies,
            finding=facts.read(self.factor, type(self.supplies)),
            statement=self.statement,
            authorities=self.authority,
            children=(condition,),
        )

    def __repr__(self) -> str:
        return self._suffix(f"presume({self.factor.value} >= {self.supplies.value}, when={self.when!r})")


def _public_presumption(_: object, attribute: attrs.Attribute[Presumption | None], value: object) -> None:
    if value is not None and not (isinstance(value, Presumption) and value.factor is Factor.PUBLIC_INTEREST):
        raise TypeError(f"{attribute.name} must be a presumption of the public interest or None, got {value!r}")


# What each level of the public interest says of the merged weighing, as a
# bound on the balance scale: sharply against or for, exactly that; against,
# at most against; favors, at least favors; neutral, nothing. Each bound rises
# with the level, so a better public interest never lowers the weighing.
_MERGED_LO = (Balance.SHARPLY_AGAINST, Balance.SHARPLY_AGAINST, Balance.SHARPLY_AGAINST, Balance.FAVORS, Balance.SHARPLY_FAVORS)
_MERGED_HI = (Balance.SHARPLY_AGAINST, Balance.AGAINST, Balance.SHARPLY_FAVORS, Balance.SHARPLY_FAVORS, Balance.SHARPLY_FAVORS)


def merged_finding(
    balance: Finding[Balance],
    public: Finding[PublicInterest],
    presumed: bool = False,
    supplies: PublicInterest = PublicInterest.FAVORS,
) -> Finding[Balance]:
    """The one finding a merged weighing reads, on the balance scale (`Merger`).

    The balance where the record states one. Else the public interest, each
    level read as what it says of the weighing: sharply against (or for) as
    exactly that, against as at most against, favors as at least favors,
    neutral as nothing (a neutral public interest says nothing about how
    the weighing comes out); where the record states no public interest
    either, the level a presumption supplies when *presumed* (at least
    *supplies*), read the same way.
    """
    if not balance.is_unknown:
        return balance
    if public.is_unknown and presumed:
        public = Finding(supplies, PublicInterest.highest())
    return Finding(_MERGED_LO[public.lo._rank], _MERGED_HI[public.hi._rank])


@final
@attrs.frozen(repr=False, cache_hash=True)
class Merger(Rule):
    """The balance of hardships and the public interest weighed as one
    factor, which must reach *at_least* on the balance scale.

    When the government opposes relief the last two factors "merge" (Nken
    v. Holder, 556 U.S. 418, 435 (2009)): one weighing against the path's
    threshold, not two tests. The merged finding (`merged_finding`) is the
    balance where the record states one, exact or bounded (the public
    interest is then quoted, not weighed again); else the public interest
    read on the balance scale (favors as at least favors; a neutral one
    says nothing about the weighing); else what *presumption* (of the
    public interest) supplies.

    A merged finding read from the public interest or a presumption is a
    default that a stated balance would defeat: a decision resting on it
    reports the balance as presumed (`presumed`) and is not stable. A merger
    must cite the authority that merges the factors.

    >>> from injunction.authorities import NKEN_435
    >>> Merger(Balance.FAVORS, authority=NKEN_435)
    merge(balance_of_hardships, public_interest >= favors)
    """

    at_least: Balance = attrs.field(validator=attrs.validators.instance_of(Balance))
    authority: tuple[Authority, ...] = attrs.field(kw_only=True, converter=_authorities)
    statement: str = attrs.field(default="", kw_only=True)
    presumption: Presumption | None = attrs.field(default=None, kw_only=True, validator=_public_presumption)
    name: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not self.authority:
            raise ValueError("a merger needs the authority that merges the factors")

    @property
    def balance(self) -> Requirement:
        """The balance of hardships as the record states it, against the threshold."""
        return Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=self.at_least, authority=self.authority)

    @property
    def public(self) -> Requirement:
        """The public interest read on the balance scale, against the threshold."""
        return Requirement(
            Factor.PUBLIC_INTEREST, at_least=tuple(PublicInterest)[self.at_least._rank], authority=self.authority
        )

    @property
    def parts(self) -> tuple[Rule, ...]:
        """What the weighing reads: the balance, the public interest, and the presumption."""
        return (self.balance, self.public) + (() if self.presumption is None else (self.presumption,))

    def finding(self, facts: Facts) -> Finding[Balance]:
        """The merged finding at *facts* (`merged_finding`)."""
        presumption = self.presumption
        presumed = presumption is not None and presumption.truth(facts) is Truth.TRUE
        supplies = PublicInterest.FAVORS if presumption is None else cast(PublicInterest, presumption.supplies)
        return merged_finding(facts.balance, facts.public_interest, presumed, supplies)

    def truth(self, facts: Facts) -> Truth:
        return self.finding(facts).reaches(self.at_least)

    def _evaluate(self, case: Case, facts: Facts) -> Node:
        found = self.finding(facts)
        return Node(
            "merger",
            found.reaches(self.at_least),
            name=self.name,
            threshold=self.at_least,
            finding=found,
            statement=self.statement,
            authorities=self.authority,
            children=tuple(part._evaluate(case, facts) for part in self.parts),
        )

    def __repr__(self) -> str:
        text = f"merge(balance_of_hardships, public_interest >= {self.at_least.value}"
        if self.presumption is not None:
            text += f", {self.presumption!r}"
        return self._suffix(text + ")")


def at_most(factor: Factor, level: Level, *, authority: Authority | tuple[Authority, ...] | list[Authority], statement: str = "") -> Not:
    """The finding on *factor* is at most *level*: the negation of the
    requirement one level up, the shape a `Weighing`'s *deny* is built of
    (so that raising a finding never hurts the movant).

    >>> from injunction.authorities import WINTER_20
    >>> at_most(Factor.BALANCE_OF_HARDSHIPS, Balance.AGAINST, authority=WINTER_20)
    ~(balance_of_hardships >= even)
    """
    scale = tuple(type(level))
    if level._rank + 1 >= len(scale):
        raise ValueError(f"{factor.value} at most {level.value} always holds: {level.value} is the top of its scale")
    return Not(Requirement(factor, at_least=scale[level._rank + 1], authority=authority, statement=statement))


@final
@attrs.frozen(repr=False, cache_hash=True)
class Weighing(Rule):
    """Factors a court weighs in its discretion, decided only where the law's
    clear cases decide them: TRUE where *grant* holds (the factors, weighed
    together, clearly favor relief), FALSE where *deny* holds (they clearly
    weigh against it), UNKNOWN otherwise.

    An UNKNOWN weighing whose findings are all stated is not a missing
    finding but the court's own judgment: the analysis says so and names the
    authority, and no finding is asked for that would settle it. The library
    never guesses a weighing. *grant* is built of at-least requirements and
    *deny* of `at_most` ones, so a better finding never hurts the movant;
    the two must never hold together (`injunction check --exhaustive`
    proves both on every fact pattern). A weighing must cite the authority
    that weighs.

    >>> from injunction.authorities import WINTER_20
    >>> Weighing(Requirement(Factor.BALANCE_OF_HARDSHIPS, at_least=Balance.FAVORS, authority=WINTER_20),
    ...          at_most(Factor.BALANCE_OF_HARDSHIPS, Balance.AGAINST, authority=WINTER_20), authority=WINTER_20)
    weigh(grant=balance_of_hardships >= favors, deny=~(balance_of_hardships >= even))
    """

    grant: Rule = attrs.field(validator=_must_be_rule)
    deny: Rule = attrs.field(validator=_must_be_rule)
    authority: tuple[Authority, ...] = attrs.field(kw_only=True, converter=_authorities)
    statement: str = attrs.field(default="", kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not self.authority:
            raise ValueError("a weighing needs the authority that weighs the factors")

    def truth(self, facts: Facts) -> Truth:
        if self.grant.truth(facts) is Truth.TRUE:
            return Truth.TRUE
        return Truth.FALSE if self.deny.truth(facts) is Truth.TRUE else Truth.UNKNOWN

    def overlaps(self, facts: Facts) -> bool:
        """Whether both clear cases hold at *facts*: a drafting error the
        property checks report (`injunction.testing.check_weighing`)."""
        return self.grant.truth(facts) is Truth.TRUE and self.deny.truth(facts) is Truth.TRUE

    def _evaluate(self, case: Case, facts: Facts) -> Node:
        grant, deny = self.grant._evaluate(case, facts), self.deny._evaluate(case, facts)
        value = Truth.TRUE if grant.value is Truth.TRUE else Truth.FALSE if deny.value is Truth.TRUE else Truth.UNKNOWN
        return Node(
            "weighing",
            value,
            name=self.name,
            statement=self.statement,
            authorities=self.authority,
            children=(grant, deny),
        )

    def __repr__(self) -> str:
        return self._suffix(f"weigh(grant={self.grant!r}, deny={self.deny!r})")


def inner(rule: Rule) -> tuple[Rule, ...]:
    """The rules directly inside *rule*: a combination's rules, a merger's
    parts, a weighing's clear cases, a negated rule, a presumption's
    condition (none for a requirement)."""
    if isinstance(rule, (AllOf, AnyOf)):
        return rule.rules
    if isinstance(rule, Merger):
        return rule.parts
    if isinstance(rule, Weighing):
        return (rule.grant, rule.deny)
    if isinstance(rule, Not):
        return (rule.rule,)
    if isinstance(rule, Presumption):
        return (rule.when,)
    return ()


def presumed(rule: Rule, facts: Facts) -> frozenset[Slot]:
    """The findings *rule* reads at *facts* from a default, not the record:
    each a presumption supplies (it holds where the record states none), and
    the balance a merger reads from the public interest or a presumption.
    A stated finding would defeat each (`Decision.presumed`)."""
    found: set[Slot] = set()
    stack = [rule]
    while stack:
        part = stack.pop()
        if isinstance(part, Presumption):
            if part.truth(facts) is Truth.TRUE:
                found.add(SLOTS[slot(part.factor, type(part.supplies))])
            stack.append(part.when)
        elif isinstance(part, Merger):
            if facts.balance.is_unknown and not part.finding(facts).is_unknown:
                found.add(SLOTS[slot(Factor.BALANCE_OF_HARDSHIPS, Balance)])
                if part.presumption is not None and facts.public_interest.is_unknown:
                    stack.append(part.presumption)
        elif isinstance(part, Not):
            stack.append(part.rule)
        elif isinstance(part, (AllOf, AnyOf)):
            stack.extend(part.rules)
        elif isinstance(part, Weighing):
            stack.extend((part.grant, part.deny))
    return frozenset(found)

"""JSON Schemas (draft 2020-12) for the case record and the evaluation output.

Both are built from the same tables the loader and `Decision.to_dict` use
(the scales, the courts, the motion kinds), so they cannot drift from the
code; the test suite checks with ``jsonschema`` that schema and loader
accept exactly the same records. Two checks no schema can make stay with
the loader: duplicate keys and non-finite numbers are refused while
parsing, before there is a document to validate. ``decided`` is a
``"format": "date"``; validate with a format checker to enforce it. The
patterns mean the same under ECMAScript, with or without the u flag, and
Python's re (see `_TEXT`).
"""

from __future__ import annotations

import copy
import functools
from typing import Any, Literal

from .._text import INVISIBLE
from .._engine.case import AppealFrom, Challenged, Disposition, Factor, MotionKind, Reach, Relief, Statute
from ..standards.courts import COURTS, encoded
from ..standards.registry import REGISTRY
from .keys import _BALANCE, _EXPECTED, _PUBLIC, _REMEDY, KEYS, LEVELS, MAX_STRING, PUBLIC_V1, TESTS, Words
from .._engine.scales import Balance, Harm, Merits, PublicInterest

__all__ = ["schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_BASE = "https://injunction.invalid/schema/v1"


def schema(name: Literal["record", "decision"] = "record") -> dict[str, Any]:
    """The JSON Schema for a case record (``"record"``) or for the JSON that
    ``injunction evaluate --json`` prints (``"decision"``).

    >>> schema()["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(schema("decision")["required"])
    ['case', 'circuit', 'closed', 'disposition', 'failed', 'irrelevant', 'met', 'motion', 'needs', 'outcomes', 'presumed', 'receipt', 'settles', 'settling_sets', 'stable', 'standard', 'test', 'trace']
    """
    if name == "record":
        return copy.deepcopy(_record_schema())
    if name == "decision":
        return copy.deepcopy(_decision_schema())
    raise ValueError(f"schema name must be 'record' or 'decision', got {name!r}")


# Every pattern is written for each engine a schema user may have, with the
# same meaning in all: ECMAScript with the u flag (ajv's default;
# check-jsonschema's default, through regress) and without it (ajv with
# unicodeRegExp: false, check-jsonschema --regex-variant nonunicode), and
# Python's re (jsonschema). So a pattern holds no raw surrogate (a UTF-8
# engine cannot read one), only \uXXXX escapes, and no class whose meaning
# differs between engines (\s and \S do). tests/test_schema.py compiles each
# under every engine it can reach.
#
# Text is any character but a lone surrogate: a JSON text can spell one
# (\ud800), and the loader refuses it as not text. Without the u flag a
# string is UTF-16 code units, and a character outside the BMP a pair of
# them: the second alternative reads the pair. With the u flag or in Python
# the pair is one character, which the first alternative reads, and a lone
# surrogate is matched by neither.
_TEXT = r"(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*"
# A name (a required string) must hold a character that is not invisible
# (`_text.INVISIBLE`: white space and the default-ignorable code points), as
# the loader's `_text.blank` reads it: a lookahead refuses text made of
# nothing else. Invisible characters past the BMP (tags, shorthand and
# musical format controls) are one character to Python and to ECMAScript
# with the u flag, and a surrogate pair without it; no class means the same
# in both, so each such range is written twice. For UTF-16 code units, as
# pairs (`_pairs`), which never match in the other engines (a pair is one
# character there). For code points, as a raw character bounding a class
# from above: "past the BMP, not at or below the character before the
# range, at or below its last" (`_beyond_bmp`). Without the u flag the
# classes still compile (a raw character is two code units, and the range
# ends at the first, below \uffff) and the first test never matches.
_BMP = 0x10000


def _u(code: int) -> str:
    return f"\\u{code:04x}"


def _pairs(low: int, high: int) -> list[str]:
    """The surrogate pairs of the characters *low* to *high* (past the BMP), as alternatives."""
    def units(code: int) -> tuple[int, int]:
        return 0xD800 + ((code - _BMP) >> 10), 0xDC00 + ((code - _BMP) & 0x3FF)

    def trail(first: int, last: int) -> str:
        return _u(first) if first == last else f"[{_u(first)}-{_u(last)}]"

    (lead_low, trail_low), (lead_high, trail_high) = units(low), units(high)
    if lead_low == lead_high:
        return [_u(lead_low) + trail(trail_low, trail_high)]
    alternatives = [_u(lead_low) + trail(trail_low, 0xDFFF)] if trail_low > 0xDC00 else []
    first, last = lead_low + (trail_low > 0xDC00), lead_high - (trail_high < 0xDFFF)
    if first <= last:
        alternatives.append(trail(first, last) + trail(0xDC00, 0xDFFF))
    if trail_high < 0xDFFF:
        alternatives.append(_u(lead_high) + trail(0xDC00, trail_high))
    return alternatives


def _beyond_bmp(low: int, high: int) -> str:
    """The code points *low* to *high* (past the BMP) as one character, by raw characters bounding classes."""
    return f"(?=[^\\u0000-\\uffff])(?![\\u0000-{chr(low - 1)}])[\\u0000-{chr(high)}]"


def _invisible() -> str:
    """One `INVISIBLE` character, the same to every engine (see above)."""
    bmp = "".join(_u(low) if low == high else f"{_u(low)}-{_u(high)}" for low, high in INVISIBLE if high < _BMP)
    beyond = [(low, high) for low, high in INVISIBLE if high >= _BMP]
    assert all(low >= _BMP for low, _ in beyond), "no range of INVISIBLE straddles the BMP's end"
    alternatives = [f"[{bmp}]"] + [pair for low, high in beyond for pair in _pairs(low, high)]
    return "|".join(alternatives + [_beyond_bmp(low, high) for low, high in beyond])


def _string(*, required: bool = False) -> dict[str, Any]:
    # A required string must not be invisible characters alone (the negative lookahead).
    pattern = f"^(?!(?:{_invisible()})*$){_TEXT}$" if required else f"^{_TEXT}$"
    return {"type": "string", "maxLength": MAX_STRING, "pattern": pattern}


def _object(keys: dict[str, bool], properties: dict[str, Any], **extra: Any) -> dict[str, Any]:
    assert set(keys) == set(properties), "the schema names exactly the loader's keys"
    return {
        "type": "object",
        "properties": properties,
        "required": [key for key, required in keys.items() if required],
        "additionalProperties": False,
        **extra,
    }


def _finding(words: Words[Any], description: str) -> dict[str, Any]:
    """A finding as *words* write it (`keys.Words`): a word, or a bound of two in order."""
    levels = list(words.levels)
    inverted = [
        {"properties": {"at_least": {"const": lo}, "at_most": {"const": hi}}, "required": ["at_least", "at_most"]}
        for index, lo in enumerate(levels)
        for hi in levels[:index]
    ]
    bound: dict[str, Any] = {
        "type": "object",
        "properties": {"at_least": {"enum": levels}, "at_most": {"enum": levels}},
        "additionalProperties": False,
        "minProperties": 1,
        "not": {"anyOf": inverted},
    }
    return {"description": description, "oneOf": [{"enum": levels}, bound]}


def _record_properties(version: int) -> dict[str, Any]:
    """The properties of a record of *version* (1 or 2), for `_object` over `KEYS[version]`."""
    keys = KEYS[version]
    public = "#/$defs/public_interest_v1" if version == 1 else "#/$defs/public_interest"
    caption = {
        "name": _string(required=True),
        "court": {"enum": list(COURTS), "description": f"CourtListener id of a court whose law the library encodes ({encoded()})."},
        # maxLength: Python's $ also matches before a final newline.
        "decided": {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "maxLength": 10},
        "citation": _string(),
        "docket": _string(),
        "source": _string(),
    }
    motion = {
        "kind": {"enum": [k.value for k in MotionKind]},
        "relief": {"enum": [r.value for r in Relief]},
        "movant": _string(required=True),
        "opponent": _string(required=True),
        "opponent_is_government": {"type": "boolean"},
    }
    claim = {
        "name": _string(required=True),
        "merits": {"$ref": "#/$defs/merits"},
        "constitutional": {"type": "boolean"},
        "finding": _string(),
    }
    harm = {"likelihood": {"$ref": "#/$defs/harm"}, "very_serious": {"type": "boolean"}, "finding": _string()}
    claim_extra: dict[str, Any] = {}
    if version >= 2:
        caption["appeal_from"] = {"enum": [a.value for a in AppealFrom], "description": "The order under appeal granted or denied the relief."}
        caption["governing_law"] = {
            "enum": [c for c in REGISTRY if c != "scotus"],
            "description": "The court of appeals whose law governs, when it is not the forum's circuit.",
        }
        motion["reach"] = {"enum": [r.value for r in Reach], "description": "Whom the relief would reach."}
        motion["challenged"] = {"enum": [c.value for c in Challenged], "description": "What the relief would stop."}
        motion["alters_status_quo"] = {"type": "boolean"}
        motion["all_relief"] = {"type": "boolean"}
        motion["notice"] = {"type": "boolean", "description": "false for an ex parte TRO (Fed. R. Civ. P. 65(b)(1))."}
        claim["arises_under"] = {"enum": [s.value for s in Statute], "description": "The federal statute the claim arises under."}
        claim["first_amendment"] = {"type": "boolean"}
        harm["causal_nexus"] = {"type": "boolean"}
        harm["immediate"] = {
            "type": "boolean",
            "description": "Immediate and irreparable injury before the adverse party can be heard (Fed. R. Civ. P. 65(b)(1)(A)).",
        }
        # A First Amendment claim is constitutional; a claim under one of the statutes is not.
        claim_extra = {
            "allOf": [
                {
                    "if": {"properties": {"first_amendment": {"const": True}}, "required": ["first_amendment"]},
                    "then": {"properties": {"constitutional": {"const": True}}, "required": ["constitutional"]},
                },
                {
                    "if": {"required": ["arises_under"]},
                    "then": {"not": {"properties": {"constitutional": {"const": True}}, "required": ["constitutional"]}},
                },
            ]
        }
    properties = {
        "version": {"const": version, "description": "The record format's version."},
        "case": _object(keys["case"], caption),
        "motion": _object(keys["motion"], motion),
        "claims": {"type": "array", "minItems": 1, "items": _object(keys["claim"], claim, **claim_extra)},
        "irreparable_harm": _object(keys["harm"], harm),
        "balance_of_hardships": _object(_BALANCE, {"tips": {"$ref": "#/$defs/balance"}, "finding": _string()}),
        "public_interest": _object(_PUBLIC, {"weighs": {"$ref": public}, "finding": _string()}),
        "expected": _object(
            _EXPECTED,
            {
                "disposition": {"enum": [Disposition.GRANTED.value, Disposition.DENIED.value]},
                "determinable": {"type": "boolean"},
                "test": {"enum": list(TESTS)},
                "grounds": {"type": "array", "items": {"enum": [f.value for f in Factor]}},
                "notes": _string(),
            },
        ),
    }
    if version >= 2:
        properties["remedy_at_law"] = _object(_REMEDY, {"adequate": {"type": "boolean"}, "finding": _string()})
    return _object(keys["top"], {key: properties[key] for key in keys["top"]}, title=f"injunction case record, version {version}")


@functools.cache
def _record_schema() -> dict[str, Any]:
    defs = {
        "merits": _finding(LEVELS[Merits], "Likelihood of success: a level, or a bound {at_least, at_most}."),
        "harm": _finding(LEVELS[Harm], "Likelihood of irreparable harm to the movant."),
        "balance": _finding(LEVELS[Balance], "How the balance of hardships tips, from the movant's side."),
        "public_interest": _finding(LEVELS[PublicInterest], "Where the public interest lies, for the relief sought (five levels)."),
        # Version 1's three levels, read as sets of version 2's (docs/record-format.md).
        "public_interest_v1": _finding(
            PUBLIC_V1,
            "Version 1: where the public interest lies, on three levels (against = at most against, favors = at least favors).",
        ),
        "record_v1": _record_properties(1),
        "record_v2": _record_properties(2),
    }
    return {
        "$schema": _DIALECT,
        "$id": f"{_BASE}/record.json",
        "title": "injunction case record, version 1 or 2",
        "description": "A record of version 1 (the format as first agreed) or 2 (the current one, which `injunction upgrade` writes).",
        "type": "object",
        "required": ["version"],
        "if": {"properties": {"version": {"const": 1}}},
        "then": {"$ref": "#/$defs/record_v1"},
        "else": {"$ref": "#/$defs/record_v2"},
        "$defs": defs,
    }


@functools.cache
def _decision_schema() -> dict[str, Any]:
    factor = {"enum": [f.value for f in Factor]}
    factors = {"type": "array", "items": factor}
    level = {"type": "string"}
    finding = {
        "oneOf": [
            {"type": "null"},
            level,
            {
                "type": "object",
                "properties": {"at_least": level, "at_most": level},
                "additionalProperties": False,
                "minProperties": 1,
            },
        ]
    }
    authority = {
        "type": "object",
        "properties": {
            "source": {"type": "string"},
            "citation": {"type": "string"},
            "pin": {"type": ["string", "null"]},
            "proposition": {"type": "string"},
            "quote": {"type": "string"},
            "verified": {"type": ["string", "null"]},
            "decided": {"type": ["string", "null"], "description": "The ISO day the proposition became law in this opinion, null if not known to the day."},
        },
        "required": ["source", "citation", "pin", "proposition", "quote", "verified"],
        "additionalProperties": False,
    }
    node = {
        "type": "object",
        "properties": {
            "kind": {"enum": ["requirement", "claim", "all_of", "any_of", "not", "presumption", "merger", "weighing"]},
            "value": {"enum": ["true", "false", "unknown"]},
            "name": {"type": "string"},
            "factor": factor,
            "threshold": level,
            "finding": finding,
            "statement": {"type": "string"},
            "text": {"type": "string"},
            "authorities": {"type": "array", "items": {"$ref": "#/$defs/authority"}},
            "children": {"type": "array", "items": {"$ref": "#/$defs/node"}},
        },
        "required": ["kind", "value"],
        "additionalProperties": False,
    }
    settling = {
        "type": "object",
        "properties": {
            "finding": {
                "oneOf": [
                    level,
                    {
                        "type": "object",
                        "properties": {"likelihood": level, "very_serious": {"type": "boolean"}},
                        "required": ["likelihood"],
                        "additionalProperties": False,
                    },
                ]
            },
            "disposition": {"enum": [Disposition.GRANTED.value, Disposition.DENIED.value]},
        },
        "required": ["finding", "disposition"],
        "additionalProperties": False,
    }
    per_path = {"type": "object", "additionalProperties": factors}
    # A set of findings, by record path ("balance_of_hardships.tips"; "merits" is the best claim's).
    finding_set = {
        "type": "object",
        "additionalProperties": {"type": ["string", "boolean"]},
        "minProperties": 1,
    }
    sets_by_way = {
        "type": "object",
        "properties": {way: {"type": "array", "items": finding_set} for way in ("granted", "denied")},
        "additionalProperties": False,
    }
    outcome = {
        "type": "object",
        "properties": {
            "finding": {"type": ["string", "boolean"]},
            "disposition": {"enum": [d.value for d in Disposition]},
            "found": {"type": "boolean"},
            "settled_by": sets_by_way,
        },
        "required": ["finding", "disposition", "found"],
        "additionalProperties": False,
    }
    return {
        "$schema": _DIALECT,
        "$id": f"{_BASE}/decision.json",
        "title": "injunction decision (injunction evaluate --json), version 1",
        "type": "object",
        "properties": {
            "case": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "court": {"type": "string"}, "citation": {"type": ["string", "null"]}},
                "required": ["name", "court", "citation"],
                "additionalProperties": False,
            },
            "motion": {
                "type": "object",
                "properties": {
                    "kind": {"enum": [k.value for k in MotionKind]},
                    "relief": {"enum": [r.value for r in Relief]},
                    "movant": {"type": "string"},
                    "opponent": {"type": "string"},
                    "opponent_is_government": {"type": "boolean"},
                },
                "required": ["kind", "relief", "movant", "opponent", "opponent_is_government"],
                "additionalProperties": False,
            },
            "standard": {"type": ["string", "null"]},
            "circuit": {
                "type": ["string", "null"],
                "description": "The circuit whose law was applied (its court of appeals' CourtListener id); null for a standard of one's own.",
            },
            "disposition": {"enum": [d.value for d in Disposition]},
            "test": {"type": ["string", "null"]},
            "failed": per_path,
            "met": per_path,
            "needs": factors,
            "settles": {"type": "object", "additionalProperties": {"type": "array", "items": {"$ref": "#/$defs/settling"}}},
            "stable": {"type": "boolean"},
            "closed": {"type": "boolean", "description": "Whether the record was closed: what it does not show is not established."},
            "presumed": {
                "type": "array",
                "items": {"type": "string"},
                "description": "Findings (record paths) a presumption supplies because the record states none; a stated finding would govern.",
            },
            "irrelevant": {"type": "array", "items": {"type": "string"}},
            "settling_sets": sets_by_way,
            "outcomes": {"type": "object", "additionalProperties": {"type": "array", "items": outcome}},
            "trace": {"$ref": "#/$defs/node"},
            "receipt": {"$ref": "#/$defs/receipt"},
        },
        "required": [
            "case", "motion", "standard", "circuit", "disposition", "test", "failed", "met", "needs", "settles",
            "stable", "closed", "presumed", "irrelevant", "settling_sets", "outcomes", "trace", "receipt",
        ],
        "additionalProperties": False,
        "$defs": {"node": node, "authority": authority, "settling": settling, **_receipt_defs()},
    }


def _receipt_defs() -> dict[str, Any]:
    """The receipt, its standard and its record (the record schema, whose own
    definitions join the decision's), from the tables `_receipt` reads and writes by."""
    from .receipt import LAW_BY, OPTIONS, RECORD_FORMAT, qualified_name
    from .._version import VERSION

    record = {"$ref": "#/$defs/record_v2"}  # what this version writes
    standards: list[dict[str, Any]] = []
    for cls, options in OPTIONS.items():
        properties = {key: {"$ref": "#/$defs/standard"} if option is None else dict(option.schema) for key, option in options.items()}
        standards.append(
            {
                "type": "object",
                "properties": {
                    "class": {"const": qualified_name(cls)},
                    "options": {"type": "object", "properties": properties, "required": list(options), "additionalProperties": False},
                },
                "required": ["class", "options"],
                "additionalProperties": False,
            }
        )
    standards.append(
        {
            "description": "A rule composed of the library's classes, as its canonical tree (every class and field named).",
            "type": "object",
            "properties": {"class": {"type": "string"}, "rule": {"type": "object"}},
            "required": ["class", "rule"],
            "additionalProperties": False,
        }
    )
    standards.append(
        {
            "description": "A standard of the user's own: recorded by class and repr only, so it cannot be rebuilt.",
            "type": "object",
            "properties": {
                "class": {"type": "string"},
                "repr": {"type": "string"},
                "recorded": {"const": False},
                "reason": {"type": "string"},
            },
            "required": ["class", "repr", "recorded", "reason"],
            "additionalProperties": False,
        }
    )
    day = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "maxLength": 10}
    receipt = {
        "description": "What the decision needs to be rendered and checked again alone (Decision.from_dict, injunction render).",
        "type": "object",
        "properties": {
            "closed": {"const": True, "description": "Present only for a decision on a closed record (evaluate(..., closed=True))."},
            "library": {"const": "injunction"},
            "version": {"type": "string", "description": f"The library's version that wrote it (this one: {VERSION})."},
            "record_format": {"const": RECORD_FORMAT},
            "standard": {"$ref": "#/$defs/standard"},
            "law": {
                "type": "object",
                "properties": {"date": {"anyOf": [{"const": "current law"}, day]}, "by": {"enum": list(LAW_BY)}},
                "required": ["date", "by"],
                "additionalProperties": False,
            },
            "fingerprint": {
                "description": "sha256 of the canonical form of the rule tree that decided it, with every authority; null if it cannot be written down.",
                "anyOf": [{"type": "null"}, {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$", "maxLength": 71}],
            },
            "record": {"$ref": "#/$defs/record"},
        },
        "required": ["library", "version", "record_format", "standard", "law", "fingerprint", "record"],
        "additionalProperties": False,
    }
    return {"receipt": receipt, "standard": {"oneOf": standards}, "record": record, **_record_schema()["$defs"]}

"""Writing a case back as a record (format version 2), in JSON or TOML.

`to_record` gives the dict a JSON record parses to, with absent findings
and fields not stated left out; `dumps` its text; `dump` a file. What is
written reads back, by `load` or `loads`, to an equal case. Every case is
written as version 2 (a case read from a version 1 record too: its public
interest then reads as the bound it stands for, ``against`` as
``{at_most = "against"}``), so that what is written means what was read.
"""

from __future__ import annotations

import enum
import json
import os
from typing import Any

from .._engine.case import Case
from .._files import atomic_write
from .._text import json_text
from .keys import FORMATS, VERSION, Format

__all__ = ["dump", "dumps", "to_record"]


def to_record(case: Case) -> dict[str, Any]:
    """*case* as a record (the dict a JSON record parses to); absent findings are left out.

    >>> import injunction
    >>> record = to_record(injunction.example("parler"))
    >>> record["claims"][0]["merits"], record["balance_of_hardships"]["tips"]
    ('none', {'at_most': 'even'})
    """
    caption = case.case
    motion = case.motion
    record: dict[str, Any] = {
        "version": VERSION,
        "case": _present(
            name=caption.name,
            court=caption.court,
            decided=None if caption.decided is None else caption.decided.isoformat(),
            citation=caption.citation,
            docket=caption.docket,
            source=caption.source,
            appeal_from=_word(caption.appeal_from),
            governing_law=caption.governing_law,
        ),
        "motion": _present(
            kind=motion.kind.value,
            relief=motion.relief.value,
            movant=motion.movant,
            opponent=motion.opponent,
            opponent_is_government=motion.opponent_is_government,
            reach=_word(motion.reach),
            challenged=_word(motion.challenged),
            alters_status_quo=motion.alters_status_quo,
            all_relief=motion.all_relief,
            notice=motion.notice,
        ),
        "claims": [
            _present(
                name=claim.name,
                merits=claim.merits.to_data(),
                constitutional=claim.constitutional or None,
                arises_under=_word(claim.arises_under),
                first_amendment=claim.first_amendment,
                finding=claim.finding,
            )
            for claim in case.claims
        ],
    }
    harm = case.irreparable_harm
    sections = {
        "irreparable_harm": _present(
            likelihood=harm.likelihood.to_data(),
            very_serious=harm.very_serious,
            causal_nexus=harm.causal_nexus,
            immediate=harm.immediate,
            finding=harm.finding,
        ),
        "balance_of_hardships": _present(
            tips=case.balance_of_hardships.tips.to_data(), finding=case.balance_of_hardships.finding
        ),
        "public_interest": _present(
            weighs=case.public_interest.weighs.to_data(), finding=case.public_interest.finding
        ),
        "remedy_at_law": _present(adequate=case.remedy_at_law.adequate, finding=case.remedy_at_law.finding),
    }
    record.update({key: value for key, value in sections.items() if value})
    if case.expected is not None:
        expected = case.expected
        record["expected"] = _present(
            disposition=expected.disposition.value,
            determinable=None if expected.determinable else False,
            test=expected.test,
            grounds=[g.value for g in expected.grounds] or None,
            notes=expected.notes,
        )
    return record


def _word(value: enum.Enum | None) -> str | None:
    return None if value is None else str(value.value)


def _present(**values: Any) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def dumps(case: Case, *, format: Format = "json") -> str:
    """*case* as the text of a record in *format*; `loads` reads it back to an equal case.

    TOML is written by ``tomli_w``, the writer paired with the standard
    library's ``tomllib``; ``decided`` is written as a string in both
    formats (a TOML date, which `loads` also reads, would reach a schema
    validator as something other than a string).

    >>> import injunction
    >>> case = injunction.example("parler")
    >>> injunction.loads(dumps(case, format="toml"), format="toml") == case
    True
    """
    record = to_record(case)
    if format == "json":
        # Controls and bidi characters as \u escapes; a lone surrogate is not text, and the
        # loader refuses its escape, so it is refused here (`dump` says so before writing).
        _text_only(json.dumps(record, ensure_ascii=False))
        return json_text(record, indent=2) + "\n"
    if format == "toml":
        import tomli_w

        return tomli_w.dumps(record, multiline_strings=False)
    raise ValueError(f"format must be 'json' or 'toml', got {format!r}")


def dump(case: Case, path: str | os.PathLike[str], *, format: Format | None = None) -> None:
    """Write *case* to *path* as a record; the format comes from the suffix unless given.

    The record is written whole or not at all (a temporary file beside
    *path*, then renamed over it); a case holding what is not text (a lone
    surrogate) raises `ValueError` before *path* is touched."""
    target = os.fspath(path)
    if format is None:
        suffix = os.path.splitext(os.fspath(target))[1].lower().lstrip(".")
        if suffix not in FORMATS:
            raise ValueError(f"cannot tell the format from {target!r}: use a .json or .toml file, or format=")
        format = "json" if suffix == "json" else "toml"
    try:  # the whole text first: a case that cannot be written leaves the target as it was
        text = dumps(case, format=format)
        _text_only(text)
    except ValueError as error:
        raise ValueError(f"cannot write {target}: {error} (nothing was written)") from None
    atomic_write(target, text)


def _text_only(text: str) -> None:
    """Refuse *text* holding a lone surrogate, which is not text (UTF-8 cannot hold it)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(f"the case holds {text[error.start:error.end]!r}, an unpaired surrogate, which is not text") from None

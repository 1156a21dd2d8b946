"""Upgrading a record to the current format (version 2).

`upgrade` reads a record of any version with every check `loads` makes and
gives its text as version 2, in the same format: a version 1 record is
written again from the case it describes (its meaning kept, its public
interest as the bound it stands for; TOML comments and layout are not
kept), a version 2 record is given back exactly as it was.
Writing the file is `_files.atomic_write`'s (a temporary file in the same
folder, renamed over the target only once it is complete).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from .keys import MAX_BYTES, VERSION, Format
from .parse import _decode, _parse_json, _parse_toml, _too_big
from .problems import CaseFormatError
from .read import loads
from .write import dumps

__all__ = ["Upgraded", "upgrade"]


class Upgraded(NamedTuple):
    """A record's text in the current format, and the version it was written in."""

    text: str
    version: int

    @property
    def changed(self) -> bool:
        """Whether the record was of an earlier version (and *text* is new)."""
        return self.version != VERSION


def upgrade(data: str | bytes, *, format: Format, source: str = "<string>", max_bytes: int = MAX_BYTES) -> Upgraded:
    """The record *data* as version 2 text in *format*; `CaseFormatError` for
    a record that is not valid in its own version.

    >>> old = '''version = 1
    ... case = { name = "A v. B", court = "cand" }
    ... motion = { kind = "preliminary_injunction", relief = "prohibitory", movant = "A", opponent = "B" }
    ... claims = [ { name = "Breach of contract" } ]
    ... public_interest = { weighs = "against" }  # a comment, not kept
    ... '''
    >>> upgraded = upgrade(old, format="toml")
    >>> upgraded.changed, upgraded.text.splitlines()[0]
    (True, 'version = 2')
    >>> import tomllib
    >>> tomllib.loads(upgraded.text)["public_interest"], "comment" in upgraded.text
    ({'weighs': {'at_most': 'against'}}, False)
    >>> upgrade(upgraded.text, format="toml") == (upgraded.text, 2)
    True
    """
    if isinstance(data, (bytes, bytearray)):
        if len(data) > max_bytes:
            raise CaseFormatError(source, [_too_big(max_bytes)])
        data = _decode(bytes(data), source)
    case = loads(data, format=format, source=source, max_bytes=max_bytes)  # every check, every problem
    text = data.removeprefix("\ufeff")
    parsed: Any = _parse_json(text, source) if format == "json" else _parse_toml(text, source)
    version = int(parsed["version"])  # a valid record's: 1 or 2 (JSON's 1.0 is 1)
    if version == VERSION:
        return Upgraded(text, version)
    return Upgraded(dumps(case, format=format), version)

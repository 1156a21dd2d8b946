"""The example records that ship inside the package (``injunction/examples``).

Each is a case record (record format version 1, TOML) named by its file's
stem: ``parler`` is ``examples/parler.toml``. They are package data, so an
installed wheel reaches them with no clone of the repository:
``injunction example parler`` prints one, `example` loads one.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from .._engine.case import Case
from ..standards.courts import COURTS
from .._errors import InjunctionError
from .problems import _did_you_mean, quoted, show
from .read import loads

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["UnknownExampleError", "describe", "example", "example_text", "names"]

_SUFFIX = ".toml"


class UnknownExampleError(InjunctionError, LookupError):
    """No packaged example has this name; the message lists those that do."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.allowed = names()
        hint = _did_you_mean(name, self.allowed)
        message = f"no example named {show(name)}; allowed: {quoted(self.allowed)}"
        super().__init__(f"{message}; {hint}" if hint else message)


def _folder() -> Traversable:
    return resources.files("injunction").joinpath("examples")


def names() -> tuple[str, ...]:
    """The names of the packaged examples, in alphabetical order."""
    return tuple(
        sorted(entry.name.removesuffix(_SUFFIX) for entry in _folder().iterdir() if entry.name.endswith(_SUFFIX))
    )


def example_text(name: str) -> str:
    """The record *name* exactly as it ships (TOML text); `UnknownExampleError` for any other name."""
    if name not in names():
        raise UnknownExampleError(name)
    return _folder().joinpath(name + _SUFFIX).read_text(encoding="utf-8")


def example(name: str) -> Case:
    """The packaged example record *name* as a `Case`, ready to evaluate.

    The examples ship inside the package, so this works from an installed
    wheel in any directory; ``injunction example`` lists them and
    ``injunction example NAME`` prints the record. *Parler LLC v. Amazon Web
    Services, Inc.* (W.D. Wash. 2021) is ``parler``:

    >>> import injunction
    >>> case = injunction.example("parler")
    >>> case.case.name, case.case.court
    ('Parler LLC v. Amazon Web Services, Inc.', 'wawd')
    >>> injunction.evaluate(case).disposition
    <Disposition.DENIED: 'denied'>

    Any other name raises `LookupError` (an `InjunctionError`) naming those
    that exist:

    >>> try:
    ...     injunction.example("parlor")
    ... except LookupError as error:
    ...     print(error)
    no example named "parlor"; allowed: "parler"; did you mean "parler"?
    """
    return loads(example_text(name), format="toml", source=f"example {name}")


def describe(name: str) -> str:
    """One line on the example *name*: its caption, court and year, and the motion's outcome."""
    case = example(name)
    caption = case.case
    year = f", {caption.decided.year}" if caption.decided is not None else ""
    what = f"{case.motion.kind.value.replace('_', ' ')}"
    if case.expected is not None:
        what += f" {case.expected.disposition.value}"
    return f"{caption.name} ({COURTS[caption.court]}{year}): {what}"

"""The base of the errors this library raises on purpose, below every other module."""

from __future__ import annotations

__all__ = ["InjunctionError"]


class InjunctionError(Exception):
    """The base of every error this library raises on purpose."""

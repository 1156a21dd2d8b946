"""The library's version, as a constant: reading it from the installed
metadata (``importlib.metadata``) costs 50 ms, and every decision's receipt
names it. A test keeps it equal to ``pyproject.toml``'s."""

VERSION = "0.1.0"

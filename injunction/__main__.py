"""``python -m injunction``: the command line."""

from ._cli import run

run()

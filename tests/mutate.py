"""Mutation testing of the rule modules: does a change to a rule fail a test?

A rule change that no test notices is a legal error waiting to happen. This
makes each small change a wrong rule would be, one at a time, runs the tests
against it, and reports the changes no test failed ("survivors"):

- **level**: a threshold one level up or down (``at_least=Merits.LIKELY`` to
  ``Merits.SERIOUS_QUESTIONS`` or ``Merits.CLEAR``);
- **swap**: ``AllOf`` for ``AnyOf`` and back, ``&`` for ``|`` and back;
- **drop**: one requirement left out of an ``AllOf``/``AnyOf`` or an ``a & b``;
- **flag**: ``True`` for ``False`` and back, in a keyword argument;
- **compare**: ``<`` for ``<=``, ``>`` for ``>=``, ``==`` for ``!=``, ``is``
  for ``is not``, ``in`` for ``not in``, and back; ``not x`` for ``x``.

Not in CI (it takes minutes). Run from the repository's root::

    python -m tests.mutate                       # every rule module, the default tests
    python -m tests.mutate --list                # the mutants, without running them
    python -m tests.mutate injunction/_engine/rules.py --jobs 2

Each mutant is written into a copy of the repository (the working tree is
never touched) and the tests run there with ``-x``, stopping at the first
failure: a mutant is killed when a test fails, survives when all pass, and
counts as killed too when the mutated module cannot even be imported or the
run times out (a mutant that hangs is noticed).
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "injunction" / "standards").glob("*.py")) + [
    "injunction/_engine/rules.py"
]
# The tests of rules and standards, the fastest first (-x stops at the first failure).
TESTS = [
    "tests/test_rules.py",
    "tests/test_api.py",
    "tests/test_cases.py",
    "tests/test_courts.py",
    "tests/test_ninth_circuit.py",
    "tests/test_properties.py",
    "tests/test_second_circuit.py",
]
SCALES = {
    "Merits": ["NONE", "SERIOUS_QUESTIONS", "LIKELY", "CLEAR"],
    "Harm": ["NONE", "POSSIBLE", "LIKELY"],
    "Balance": ["SHARPLY_AGAINST", "AGAINST", "EVEN", "FAVORS", "SHARPLY_FAVORS"],
    "PublicInterest": ["AGAINST", "NEUTRAL", "FAVORS"],
}
_COMPARE = {
    ast.Lt: "<=", ast.LtE: "<", ast.Gt: ">=", ast.GtE: ">", ast.Eq: "!=", ast.NotEq: "==",
    ast.Is: "is not", ast.IsNot: "is", ast.In: "not in", ast.NotIn: "in",
}  # fmt: skip


# attrs' options (how a class is built, not what a rule says) are left alone.
_ATTRS_OPTIONS = frozenset({"kw_only", "cache_hash", "repr", "eq", "order", "hash", "init", "slots", "frozen"})


class Mutant(NamedTuple):
    """One change: in *module*, the text from *start* to *end* (offsets) becomes *text*."""

    module: str
    kind: str
    line: int
    start: int
    end: int
    text: str
    was: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: {self.kind}: {self.was!r} -> {self.text!r}"


def _offsets(source: str) -> list[int]:
    starts, total = [0], 0
    for line in source.splitlines(keepends=True):
        total += len(line)
        starts.append(total)
    return starts


def _annotations(node: ast.AST) -> list[ast.expr]:
    if isinstance(node, ast.arg | ast.AnnAssign):
        return [node.annotation] if node.annotation is not None else []
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return [node.returns] if node.returns is not None else []
    return []


def mutants(module: str) -> Iterator[Mutant]:
    """Every mutant of *module*, in the order of its source."""
    source = (ROOT / module).read_text(encoding="utf-8")
    lines = _offsets(source)

    # `ast.AST` declares no positions; every node mutated here is an expression,
    # a statement, an argument or a keyword, and each of those carries them.
    def span(node: ast.AST) -> tuple[int, int]:
        start = lines[node.lineno - 1] + node.col_offset  # type: ignore[attr-defined]  # positions: see above
        end = lines[node.end_lineno - 1] + node.end_col_offset  # type: ignore[attr-defined]  # positions: see above
        return start, end

    def make(kind: str, node: ast.AST, text: str, at: tuple[int, int] | None = None) -> Mutant:
        start, end = at or span(node)
        return Mutant(module, kind, node.lineno, start, end, text, source[start:end])  # type: ignore[attr-defined]  # positions: see above

    tree = ast.parse(source)
    docstrings = {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef))
                  and n.body and isinstance(n.body[0], ast.Expr)}  # fmt: skip
    # Annotations are never evaluated (``from __future__ import annotations``):
    # a change there changes nothing, so none is made.
    annotations = {id(sub) for n in ast.walk(tree) for a in _annotations(n) for sub in ast.walk(a)}
    found: list[Mutant] = []
    for node in ast.walk(tree):
        if id(node) in docstrings or id(node) in annotations:
            continue
        if isinstance(node, ast.keyword) and node.arg is not None:
            value = node.value
            if isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name) and value.value.id in SCALES:
                levels = SCALES[value.value.id]
                if value.attr in levels:
                    at = levels.index(value.attr)
                    for other in (at - 1, at + 1):
                        if 0 <= other < len(levels):
                            found.append(make("level", value, f"{value.value.id}.{levels[other]}"))
            if isinstance(value, ast.Constant) and isinstance(value.value, bool) and node.arg not in _ATTRS_OPTIONS:
                found.append(make("flag", value, str(not value.value)))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("AllOf", "AnyOf"):
            found.append(make("swap", node.func, "AnyOf" if node.func.id == "AllOf" else "AllOf"))
            # The rules are the first argument, a tuple: AllOf((a, b, *c), name=...).
            parts = node.args[0].elts if node.args and isinstance(node.args[0], ast.Tuple) else []
            if len(parts) >= 2:
                for index in range(len(parts)):
                    kept = "".join(f"{ast.get_source_segment(source, p)}, " for i, p in enumerate(parts) if i != index)
                    found.append(make("drop", node.args[0], f"({kept.rstrip()})"))
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr)):
            left, right = ast.get_source_segment(source, node.left), ast.get_source_segment(source, node.right)
            if left is None or right is None:
                continue
            flipped = "|" if isinstance(node.op, ast.BitAnd) else "&"
            found.append(make("swap", node, f"{left} {flipped} {right}"))
            if isinstance(node.op, ast.BitAnd):
                found.append(make("drop", node, f"({left})"))
                found.append(make("drop", node, f"({right})"))
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _COMPARE:
            left, right = ast.get_source_segment(source, node.left), ast.get_source_segment(source, node.comparators[0])
            if left is not None and right is not None:
                found.append(make("compare", node, f"{left} {_COMPARE[type(node.ops[0])]} {right}"))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            operand = ast.get_source_segment(source, node.operand)
            if operand is not None:
                found.append(make("compare", node, f"({operand})"))
    yield from sorted(found, key=lambda m: (m.start, m.kind, m.text))


def _copy() -> Path:
    """A copy of the repository's code and tests to mutate."""
    folder = Path(tempfile.mkdtemp(prefix="mutate-"))
    for name in ("injunction", "tests", "examples"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__", ".hypothesis"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, folder / name)
    return folder


def run(mutant: Mutant, tests: Sequence[str], folders: list[Path], timeout: float) -> bool:
    """Whether a test kills *mutant* (run in a copy of the repository of its own)."""
    folder = folders.pop()
    target = folder / mutant.module
    original = target.read_text(encoding="utf-8")
    try:
        target.write_text(original[: mutant.start] + mutant.text + original[mutant.end :], encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(folder), "HYPOTHESIS_PROFILE": "ci", "PYTHONDONTWRITEBYTECODE": "1"}
        command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "--no-header", "-o", "addopts=", *tests]
        try:
            result = subprocess.run(command, cwd=folder, env=env, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return True
        return result.returncode != 0
    finally:
        target.write_text(original, encoding="utf-8")
        folders.append(folder)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.mutate", description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", default=MODULES, help="the modules to mutate (default: the rule modules)")
    parser.add_argument("--tests", nargs="+", default=TESTS, help="the test files to run against each mutant")
    parser.add_argument("--jobs", type=int, default=2, help="mutants run at once (default: 2)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a run counts as a hang (killed)")
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    args = parser.parse_args(argv)
    every = [m for module in args.modules for m in mutants(module)]
    if args.list:
        print("\n".join(map(str, every)))
        print(f"{len(every)} mutants")
        return 0
    folders = [_copy() for _ in range(args.jobs)]
    survivors = []
    try:
        with ThreadPoolExecutor(args.jobs) as pool:
            results = pool.map(lambda m: run(m, args.tests, folders, args.timeout), every)
            for done, (mutant, killed) in enumerate(zip(every, results), 1):
                if not killed:
                    survivors.append(mutant)
                    print(f"survived: {mutant}", flush=True)
                print(f"{done} of {len(every)} run, {len(survivors)} survived", end="\r", file=sys.stderr, flush=True)
    finally:
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
    print(file=sys.stderr)
    print(f"{len(every) - len(survivors)} of {len(every)} mutants killed ({(len(every) - len(survivors)) / max(len(every), 1):.0%})")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())

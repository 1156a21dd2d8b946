"""Batch evaluation: many records, one JSON line each, in constant memory.

Records stream from the paths given (a directory is read recursively for
``.json`` and ``.toml`` files, in name order); each becomes one line, a bad
record an error line, and the batch never stops for one. Only the summary
counts are kept, so memory stays flat however many records there are.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

from ._decision import Decision, Standard, evaluate
from ._records.problems import CaseFormatError, Problem
from ._records.read import load
from ._text import json_text

__all__ = ["Summary", "line", "records", "run"]

_SUFFIXES = (".json", ".toml")


def records(paths: Iterable[str]) -> Iterator[str]:
    """Every record file under *paths*, in order: a file as given, a directory
    walked in name order for ``.json`` and ``.toml`` files."""
    for name in paths:
        if os.path.isdir(name):
            yield from _walk(name)
        else:
            yield name


def _walk(directory: str) -> Iterator[str]:
    with os.scandir(directory) as entries:
        ordered = sorted(entries, key=lambda e: e.name)
    for entry in ordered:
        if entry.is_dir():
            yield from _walk(entry.path)
        elif entry.name.endswith(_SUFFIXES):
            yield entry.path


def line(path: str, standard: Standard, max_bytes: int, *, trace: bool = False) -> dict[str, Any]:
    """One record's line: its decision (the fast fields, or ``to_dict()`` with
    *trace*), or an ``error`` object listing every problem."""
    try:
        case = load(path, max_bytes=max_bytes)
    except CaseFormatError as error:
        return {"file": path, "error": {"problems": [_problem(p) for p in error.problems], "message": str(error)}}
    except OSError as error:
        return {"file": path, "error": {"problems": [], "message": f"{path}: cannot read: {error.strerror or error}"}}
    decision = evaluate(case, standard)
    if trace:
        return {"file": path, **decision.to_dict()}
    return {"file": path, **_fast(decision)}


def _problem(problem: Problem) -> dict[str, Any]:
    """The problem's `to_dict` (*allowed* as data), with its value as JSON holds it where it can."""
    data = problem.to_dict()
    if problem.has_value and isinstance(problem.value, (str, int, float, bool, type(None))):
        data["value"] = problem.value  # else `show`'s words, bounded however deep the value nests
    return data


def _fast(decision: Decision) -> dict[str, Any]:
    caption = decision.case.case
    motion = decision.case.motion
    return {
        "case": {"name": caption.name, "court": caption.court, "citation": caption.citation},
        "motion": {"kind": motion.kind.value, "relief": motion.relief.value},
        "disposition": decision.disposition.value,
        "test": decision.test,
        "failed": {path: list(factors) for path, factors in decision.failed.items()},
        "met": {path: list(factors) for path, factors in decision.met.items()},
        "needs": list(decision.needs),
    }


class Summary:
    """Counts of a batch: dispositions by court, by test, by failed factor."""

    def __init__(self) -> None:
        self.records = 0
        self.bad = 0
        self.dispositions: Counter[str] = Counter()
        self.by_court: Counter[tuple[str, str]] = Counter()
        self.by_test: Counter[str] = Counter()
        self.by_failed: Counter[str] = Counter()

    def add(self, entry: dict[str, Any]) -> None:
        self.records += 1
        if "error" in entry:
            self.bad += 1
            return
        disposition = entry["disposition"]
        self.dispositions[disposition] += 1
        self.by_court[(entry["case"]["court"], disposition)] += 1
        if entry["test"] is not None:
            self.by_test[entry["test"]] += 1
        for factor in sorted({f for factors in entry["failed"].values() for f in factors}):
            self.by_failed[factor] += 1

    def table(self) -> str:
        """The counts as a plain-text table."""
        ways = ("granted", "denied", "undetermined")
        lines = [f"{self.records:,} records: {self.records - self.bad:,} evaluated, {self.bad:,} could not be read"]
        lines.append("")
        lines.append(f"{'court':<10}" + "".join(f"{w:>14}" for w in ways) + f"{'total':>10}")
        for court in sorted({c for c, _ in self.by_court}):
            counts = [self.by_court[(court, w)] for w in ways]
            lines.append(f"{court:<10}" + "".join(f"{n:>14,}" for n in counts) + f"{sum(counts):>10,}")
        counts = [self.dispositions[w] for w in ways]
        lines.append(f"{'all':<10}" + "".join(f"{n:>14,}" for n in counts) + f"{sum(counts):>10,}")
        lines.append("")
        lines.append("granted by test: " + (", ".join(f"{t} {n:,}" for t, n in sorted(self.by_test.items())) or "none"))
        lines.append(
            "failed on some path, by factor: "
            + (", ".join(f"{f} {n:,}" for f, n in self.by_failed.most_common()) or "none")
        )
        return "\n".join(lines) + "\n"


def _progress(total: int | None, stream: TextIO) -> Callable[[], None] | None:
    """A progress bar on standard error for a long batch at a terminal (tqdm, if installed)."""
    if total is None or total < 1000:
        return None
    try:
        from tqdm import tqdm  # type: ignore[import-untyped,import-not-found,unused-ignore]  # the optional "progress" extra
    except ImportError:
        return None
    bar = tqdm(total=total, unit="record", file=stream, mininterval=0.5)
    return lambda: bar.update(1)


def _work(task: tuple[str, Standard, int, bool]) -> dict[str, Any]:
    path, standard, max_bytes, trace = task
    return line(path, standard, max_bytes, trace=trace)


def run(
    paths: Sequence[str],
    standard: Standard,
    *,
    max_bytes: int,
    jsonl: bool,
    trace: bool = False,
    jobs: int = 1,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> Summary:
    """Evaluate every record under *paths*, writing a JSON line each when
    *jsonl*; return the summary. With *jobs* > 1, records are read and
    decided in that many processes, the lines still in order."""
    summary = Summary()
    out = sys.stdout if out is None else out
    stream = sys.stderr if err is None else err
    # The file names stream too; only a progress bar needs their count first.
    total = sum(1 for _ in records(paths)) if stream.isatty() else None
    tick = _progress(total, stream)
    tasks = ((path, standard, max_bytes, trace) for path in records(paths))
    if jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn").Pool(jobs) as pool:
            # A window at a time: Pool.imap would otherwise queue every task at once.
            while window := list(itertools.islice(tasks, 4096)):
                _drain(pool.imap(_work, window, chunksize=64), summary, jsonl, out, tick)
    else:
        _drain(map(_work, tasks), summary, jsonl, out, tick)
    return summary


def _drain(
    entries: Iterable[dict[str, Any]], summary: Summary, jsonl: bool, out: TextIO, tick: Callable[[], None] | None
) -> None:
    for entry in entries:
        summary.add(entry)
        if jsonl:
            out.write(json_text(entry) + "\n")  # no raw control, bidi control or lone surrogate
        if tick is not None:
            tick()

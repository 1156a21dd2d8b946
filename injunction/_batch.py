"""Batch evaluation: many records, one JSON line each, in constant memory.

Records stream from the paths given (a directory is read recursively for
``.json`` and ``.toml`` files, in name order); each becomes one line, a bad
record an error line, and the batch never stops for one. Only the summary
counts are kept, so memory stays flat however many records there are.
"""

from __future__ import annotations

import itertools
import math
import sys
from collections import Counter
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Sequence
from typing import IO, Any, TextIO

from ._decision import Decision, Standard, evaluate
from ._errors import InjunctionError
from ._files import Found, Sink, walk
from ._records.problems import CaseFormatError, Problem
from ._records.read import load
from ._text import json_text

__all__ = ["BatchIncomplete", "Summary", "line", "records", "run"]

_SUFFIXES = (".json", ".toml")


def records(paths: Iterable[str], *, skip: Collection[str] = ()) -> Iterator[Found]:
    """Every record file under *paths*, in order: a file as given, a directory
    walked in name order for ``.json`` and ``.toml`` files, each real
    directory once, never a file *skip* names (the output being written).
    What cannot be walked (an unreadable directory, a FIFO) comes with its
    problem (`_files.walk`)."""
    return walk(list(paths), _SUFFIXES, skip=skip)


def line(path: str, standard: Standard, max_bytes: int, *, trace: bool = False, closed: bool = False) -> dict[str, Any]:
    """One record's line: its decision (the fast fields, or ``to_dict()`` with
    *trace*; on a *closed* record if asked), or an ``error`` object listing every problem."""
    try:
        case = load(path, max_bytes=max_bytes)
        decision = evaluate(case, standard, closed=closed)
    except CaseFormatError as error:
        return {"file": path, "error": {"problems": [_problem(p) for p in error.problems], "message": str(error)}}
    except InjunctionError as error:  # a record the standard refuses
        return _error(path, str(error))
    except OSError as error:
        return _error(path, f"cannot read: {error.strerror or error}")
    if trace:
        return {"file": path, **decision.to_dict()}
    return {"file": path, **_fast(decision)}


def _error(path: str, message: str) -> dict[str, Any]:
    return {"file": path, "error": {"problems": [{"path": "", "message": message}], "message": f"{path}: {message}"}}


def _problem(problem: Problem) -> dict[str, Any]:
    """The problem's `to_dict` (*allowed* as data), with its value as JSON holds it where it can."""
    data = problem.to_dict()
    value = problem.value
    if problem.has_value and isinstance(value, (str, int, float, bool, type(None))):
        if not (isinstance(value, float) and not math.isfinite(value)):  # JSON has no NaN or Infinity
            data["value"] = value  # else `show`'s words, bounded however deep the value nests
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


def _work(task: tuple[Found, Standard, int, bool, bool]) -> dict[str, Any]:
    found, standard, max_bytes, trace, closed = task
    if found.problem is not None:
        return _error(found.path, found.problem)
    return line(found.path, standard, max_bytes, trace=trace, closed=closed)


class BatchIncomplete(Exception):
    """A batch that could not finish: a worker process died. *done* records were written."""

    def __init__(self, message: str, done: int) -> None:
        super().__init__(message)
        self.done = done


def run(
    paths: Sequence[str],
    standard: Standard,
    *,
    max_bytes: int,
    jsonl: bool,
    trace: bool = False,
    jobs: int = 1,
    out: IO[str] | None = None,
    err: TextIO | None = None,
    skip: Collection[str] = (),
    closed: bool = False,
) -> Summary:
    """Evaluate every record under *paths*, writing a JSON line each when
    *jsonl*; return the summary. With *jobs* > 1, records are read and
    decided in that many processes, the lines still in order. A file
    *skip* names (the output) is never read as a record; *closed* decides
    each on a closed record.

    A line is written whole or not at all: if writing fails (a full disk),
    a regular file is cut back to its last complete line and the `OSError`
    propagates. A worker process that dies (killed) raises `BatchIncomplete`;
    an interrupt stops the workers at once and propagates."""
    summary = Summary()
    sink = Sink(sys.stdout if out is None else out)
    stream = sys.stderr if err is None else err
    # The file names stream too; only a progress bar needs their count first.
    total = sum(1 for _ in records(paths, skip=skip)) if stream.isatty() else None
    tick = _progress(total, stream)
    tasks = ((found, standard, max_bytes, trace, closed) for found in records(paths, skip=skip))
    entries = _pooled(tasks, jobs, summary) if jobs > 1 else map(_work, tasks)
    try:
        _drain(entries, summary, jsonl, sink, tick)
        sink.commit()
    except OSError:
        sink.abandon()
        raise
    finally:
        if isinstance(entries, Generator):
            entries.close()  # stops the workers now, whatever stopped the batch (a closed pipe, an interrupt)
    return summary


def _pooled(tasks: Iterator[tuple[Found, Standard, int, bool, bool]], jobs: int, summary: Summary) -> Iterator[dict[str, Any]]:
    """The entries of *tasks*, in order, decided in *jobs* processes.

    The workers ignore interrupts (the parent handles them) and are killed
    the moment anything stops the batch (an interrupt, a closed pipe, an
    error); a worker that dies raises `BatchIncomplete`."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_ignore_interrupts)
    try:
        # A window at a time: map would otherwise queue every task at once.
        while window := list(itertools.islice(tasks, 4096)):
            yield from executor.map(_work, window, chunksize=64)
    except BrokenProcessPool:
        _stop(executor)
        raise BatchIncomplete("a worker process died (killed, or out of memory)", summary.records) from None
    except BaseException:
        _stop(executor)
        raise
    executor.shutdown(wait=True)


def _ignore_interrupts() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


_STOPPED: list[Any] = []  # the pools `_stop` killed in this process


def pool_stopped() -> bool:
    """Whether this process stopped a pool of workers by killing them. Its
    threads may then never end (a worker killed while writing a result leaves
    the pool's reader waiting for the rest), so the process must end without
    waiting for them (`injunction._cli.run`)."""
    return bool(_STOPPED)


def _stop(executor: Any) -> None:
    """Kill *executor*'s workers and let it go, without waiting for their work.

    The queue of tasks is told not to be waited for at exit: with no worker
    left to read it, its feeder thread may block on a full pipe for ever, and
    the interpreter would wait for that thread as it shut down (the hang
    under load that an interrupt or a closed pipe during ``--jobs`` found)."""
    workers = list((getattr(executor, "_processes", None) or {}).values())
    _STOPPED.append(executor)
    tasks = getattr(executor, "_call_queue", None)
    if tasks is not None:
        tasks.cancel_join_thread()
    for process in workers:
        process.kill()
    executor.shutdown(wait=False, cancel_futures=True)
    for process in workers:
        process.join(5)


def _drain(
    entries: Iterable[dict[str, Any]], summary: Summary, jsonl: bool, out: Sink, tick: Callable[[], None] | None
) -> None:
    for entry in entries:
        summary.add(entry)
        if jsonl:
            out.write(json_text(entry) + "\n")  # no raw control, bidi control or lone surrogate
            if summary.records % 1024 == 0:
                out.commit()
        if tick is not None:
            tick()

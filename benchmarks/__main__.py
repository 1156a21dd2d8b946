"""``python -m benchmarks [--quick]``: every figure a ratio to a baseline timed
in the same run on the same inputs. See benchmarks/README.md for the figures."""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
import tomllib
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import injunction
from injunction import Case, NinthCircuit, testing
from injunction.testing.space import _build

from . import baseline

ROOT = Path(__file__).resolve().parent.parent


def _per_call(function: Callable[[], object], inner: int, repeat: int) -> float:
    """Seconds per call: the fastest of *repeat* runs of *inner* calls."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in range(inner):
            function()
        best = min(best, (time.perf_counter() - start) / inner)
    return best


def _over(items: Sequence[Any], function: Callable[[Any], object], repeat: int) -> float:
    """Seconds per item for *function* over every item, the fastest of *repeat* passes."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for item in items:
            function(item)
        best = min(best, (time.perf_counter() - start) / len(items))
    return best


def _row(name: str, ours: float, base: float, target: float | None) -> None:
    ratio = ours / base
    verdict = "" if target is None else ("  target <= %gx: %s" % (target, "met" if ratio <= target else "MISSED"))
    print(f"  {name:<34} {ours * 1e6:9.2f} us  baseline {base * 1e6:8.2f} us  ratio {ratio:6.2f}x{verdict}")


def _inputs(count: int) -> list[Case]:
    """The corpus records and a deterministic slice of the exhaustive space, mixed."""
    corpus = [injunction.load(p) for p in sorted((ROOT / "tests" / "cases").rglob("*.json"))]
    space = testing.all_cases()
    motions, claim_lists, findings = space.motions(), space.claim_lists(), list(space.findings())
    rng = random.Random(2021)
    grid = [
        _build(rng.choice(motions), rng.choice(claim_lists), *rng.choice(findings))  # noqa: SLF001
        for _ in range(count)
    ]
    return corpus + grid


def evaluation(cases: list[Case], repeat: int) -> None:
    print("evaluate() against the hand-written baseline (benchmarks/baseline.py)")
    standard = NinthCircuit(by_date=False)  # current law, as the baseline encodes it
    plain = [baseline.from_record(injunction.to_record(c)) for c in cases]
    for case, tuples in zip(cases, plain):  # the baseline must agree on every input it is timed on
        decision = injunction.evaluate(case, standard)
        assert baseline.decide(tuples) == (decision.disposition.value, decision.test), case
    base = _over(plain, baseline.decide, repeat)
    disposition = _over(cases, lambda c: injunction.evaluate(c, standard).disposition, repeat)
    trace = _over(cases, lambda c: injunction.evaluate(c, standard).trace, repeat)
    text = _over(cases[:300], lambda c: str(injunction.evaluate(c, standard)), max(1, repeat // 2))
    corpus = len(list((ROOT / "tests" / "cases").rglob("*.json")))
    print(f"  {len(cases):,} cases ({corpus} corpus records and a slice of all_cases()), all agreeing")
    _row("disposition, test, failed, met", disposition, base, 3)
    _row("with the full trace", trace, base, 15)
    _row("with the court-style text", text, base, None)


def loading(repeat: int) -> None:
    print("loading a record against json.loads / tomllib.loads plus the baseline's construction")
    paths = sorted((ROOT / "tests" / "cases").rglob("*.json"))
    json_texts = [p.read_text() for p in paths]
    toml_texts = [injunction.dumps(injunction.load(p), format="toml") for p in paths]
    json_base = _over(json_texts, baseline.load, repeat * 20)
    json_ours = _over(json_texts, lambda t: injunction.loads(t, format="json"), repeat * 20)
    toml_base = _over(toml_texts, lambda t: baseline.from_record(tomllib.loads(t)), repeat * 10)
    toml_ours = _over(toml_texts, lambda t: injunction.loads(t, format="toml"), repeat * 10)
    _row("JSON record", json_ours, json_base, 3)
    _row("TOML record", toml_ours, toml_base, 3)


def cold_start(runs: int) -> None:
    print(f"CLI cold start against python -c 'import attrs' (median of {runs}, bytecode cached)")
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    executable = shutil.which("injunction", path=str(Path(sys.executable).parent)) or "injunction"
    ours = [executable, "evaluate", str(ROOT / "injunction" / "examples" / "parler.toml")]
    base = [sys.executable, "-c", "import attrs"]

    def median(command: list[str]) -> float:
        subprocess.run(command, env=env, capture_output=True, check=True)  # write the bytecode caches
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, env=env, capture_output=True, check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    _row("injunction evaluate (Parler)", median(ours), median(base), 2)


def space(limit: int) -> None:
    print("the exhaustive space: evaluations per second, and memory per Decision")
    standard = NinthCircuit(by_date=False)  # current law, as the baseline encodes it
    cases = []
    for index, case in enumerate(testing.all_cases()):
        if index >= limit:
            break
        cases.append(case)
    start = time.perf_counter()
    for case in cases:
        injunction.evaluate(case, standard)
    elapsed = time.perf_counter() - start
    print(f"  evaluate(): {len(cases) / elapsed:,.0f} cases per second over the first {len(cases):,} of all_cases()")
    start = time.perf_counter()
    results = testing.verify(standard, exhaustive=True, examples=10)
    elapsed = time.perf_counter() - start
    patterns = next(r.checked for r in results if r.property == "monotone")
    print(f"  verify(exhaustive=True): {elapsed:.1f} s for {len(testing.all_cases()):,} cases ({patterns:,} fact patterns)")
    for label, keep_trace in (("without its trace", False), ("with its trace", True)):
        sample = cases[:2000]
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.take_snapshot()
        kept = []
        for case in sample:
            decision = injunction.evaluate(case, standard)
            if keep_trace:
                decision.trace  # noqa: B018 - build it
            kept.append(decision)
        after = tracemalloc.take_snapshot()
        tracemalloc.stop()
        size = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
        print(f"  memory per Decision {label}: {size / len(kept):,.0f} bytes (tracemalloc, {len(kept):,} kept)")


def batch(count: int) -> None:
    print(f"batch: injunction evaluate DIR --jsonl over {count:,} records (generated), memory and processes")
    import tempfile

    rng = random.Random(7)
    cases = _inputs(500)
    with tempfile.TemporaryDirectory() as folder:
        texts = [injunction.dumps(c, format="json") for c in cases]
        for index in range(count):
            sub = Path(folder) / f"{index // 1000:03d}"
            if index % 1000 == 0:
                sub.mkdir()
            (sub / f"{index:06d}.json").write_text(rng.choice(texts))
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        executable = shutil.which("injunction", path=str(Path(sys.executable).parent)) or "injunction"
        # Peak memory (max RSS of the command and its workers): flat if the first thousand and all records agree.
        for label, limit, jobs in (("first thousand", str(Path(folder) / "000"), 1), ("all", folder, 1), ("all", folder, 2)):
            code = (
                "import resource, subprocess, sys, time; start = time.perf_counter(); "
                f"subprocess.run([{executable!r}, 'evaluate', {limit!r}, '--jsonl', '--jobs', '{jobs}'], "
                "stdout=subprocess.DEVNULL, check=True); "
                "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
            )
            done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
            seconds, rss = done.stdout.split()
            records = min(1000, count) if label == "first thousand" else count
            print(
                f"  {records:>7,} records, --jobs {jobs}: {float(seconds):6.1f} s, {records / float(seconds):8,.0f} records/s, "
                f"peak memory {int(rss) / 1024:6.1f} MiB"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer inputs and repeats (a smoke run)")
    args = parser.parse_args(argv)
    print(f"injunction benchmarks on {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} cores")
    repeat = 2 if args.quick else 5
    evaluation(_inputs(200 if args.quick else 2000), repeat)
    loading(1 if args.quick else 3)
    cold_start(3 if args.quick else 15)
    space(2_000 if args.quick else 50_000)
    batch(5_000 if args.quick else 100_000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

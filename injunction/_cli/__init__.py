"""The ``injunction`` command line: `main(argv) -> int` runs one command.

The parser (each command, its options and their help) is `parser`'s; this
module reads records, applies the standard the options ask for and writes
the result. Exit status: 0 done, 1 a check disagreed, 2 bad input.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import attrs

from .._decision import evaluate
from .._files import Sink, atomic_file, atomic_write, output_problem, read_stream
from .._engine.case import Case, ClaimFilter
from .._engine.scales import PublicInterest
from .._records.problems import CaseFormatError, Problem
from .._records.read import load, loads, sniff_format
from .._records.write import dump
from .._text import printable
from ..standards.circuits import Circuits
from ..standards.ninth_circuit import NinthCircuit
from .parser import _COMMANDS, _TRIGGERS, _parser

__all__ = ["main", "run"]


def _standard(args: argparse.Namespace) -> Circuits:
    """The standard the doctrine flags (`_add_doctrine_options`) ask for."""
    ninth = NinthCircuit(
        public_interest_threshold=None if args.public_interest_threshold == "by-reach" else PublicInterest(args.public_interest_threshold),
        serious_questions_path=not args.no_serious_questions_path,
        mandatory_serious_questions=args.mandatory_serious_questions,
        constitutional_presumption=_TRIGGERS[args.constitutional_presumption],
        constitutional_presumption_scope=ClaimFilter(args.constitutional_presumption_scope),
        likely_success_threshold=args.likely_success_threshold,
        by_date=not args.current_law,
        as_of=args.as_of,
    )
    return Circuits(ca9=ninth)


def _write(text: str, output: str | None, command: str) -> int:
    """Write *text* to *output* whole (`_files.atomic_write`), or to standard
    output, flushed and checked (a failed write propagates, `main` reports it)."""
    text = text if text.endswith("\n") else text + "\n"
    if output is None:
        sink = Sink(sys.stdout)
        try:
            sink.write(text)
            sink.commit()
        except OSError:
            sink.abandon()
            raise
        return 0
    if (problem := output_problem(output)) is not None:
        print(f"injunction {command}: cannot write {problem}", file=sys.stderr)
        return 2
    try:
        atomic_write(output, text)
    except OSError as error:
        print(printable(f"injunction {command}: cannot write {output}: {error.strerror or error}"), file=sys.stderr)
        return 2
    return 0


_STDIN = "<stdin>"


def _load(name: str, max_bytes: int, input_format: str | None) -> Case:
    """The record in the file *name*, or for ``-`` the one on standard input
    (``<stdin>`` in its problems), capped at *max_bytes* either way."""
    if name != "-":
        return load(name, max_bytes=max_bytes)
    if sys.stdin is None:
        raise CaseFormatError(_STDIN, [Problem("", "there is no standard input to read")])
    stream: Any = getattr(sys.stdin, "buffer", sys.stdin)
    data = read_stream(stream, max_bytes)
    fmt = sniff_format(data) if input_format is None else input_format
    try:
        return loads(data, format="json" if fmt == "json" else "toml", source=_STDIN, max_bytes=max_bytes)
    except CaseFormatError as error:
        if input_format is not None or not any(p.message.startswith("invalid TOML") for p in error.problems):
            raise
        hint = 'read as TOML, since it does not start with "{"; give --input-format json or toml to say which'
        raise CaseFormatError(_STDIN, [attrs.evolve(p, hint=p.hint or hint) for p in error.problems]) from None


def _stdin_misused(args: argparse.Namespace) -> str | None:
    """Why the records named cannot be read as given, if they cannot."""
    if args.files.count("-") > 1:
        return "- (standard input) can be read only once"
    if args.input_format is not None and "-" not in args.files:
        return "--input-format is the format of standard input (-); files are read by their suffix (.json or .toml)"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status.

    Whatever the output meets, the end is clean: a closed pipe (``| head -1``)
    ends quietly with 141, as a Unix tool killed by SIGPIPE; an interrupt
    stops at once with 130; standard output is flushed and checked before
    0 is returned, and a failed write (a full disk) is an error, 2. Text
    that cannot be encoded (a lone surrogate) is printed as an escape."""
    argv = sys.argv[1:] if argv is None else list(argv)
    errors = _escape_unencodable(sys.stdout)
    try:
        try:
            status = _main(argv)
        except SystemExit:  # argparse: --help and --version, or a usage error
            sys.stdout.flush()
            raise
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        _silence_stdout()
        return 128 + 13  # SIGPIPE
    except KeyboardInterrupt:
        print("injunction: interrupted", file=sys.stderr)
        return 128 + 2  # SIGINT
    except OSError as error:  # writing standard output failed
        _silence_stdout()
        where = "standard output" if error.filename is None else error.filename
        print(f"injunction: cannot write {where}: {error.strerror or error}", file=sys.stderr)
        return 2
    finally:
        if errors is not None:
            _escape_unencodable(sys.stdout, errors)


def run() -> NoReturn:
    """The process's entry point (the ``injunction`` script, ``python -m
    injunction``): `main`, then exit with its status. A batch that had to kill
    its worker processes (an interrupt, a closed pipe, a dead worker) exits at
    once once its output is flushed, without waiting for the pool's threads,
    which a worker killed mid-write can leave waiting for ever."""
    status = main()
    batch = sys.modules.get("injunction._batch")
    if batch is not None and batch.pool_stopped():
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(status)
    sys.exit(status)


def _escape_unencodable(stream: Any, errors: str = "backslashreplace") -> str | None:
    """Set *stream*'s error handler (text it cannot encode is escaped); the one it had."""
    reconfigure = getattr(stream, "reconfigure", None)
    before = getattr(stream, "errors", None)
    if reconfigure is None or not isinstance(before, str) or before == errors:
        return None
    try:
        reconfigure(errors=errors)
    except (OSError, ValueError):
        return None
    return before


def _silence_stdout() -> None:
    """After standard output failed: send what is left to /dev/null, so that
    the interpreter's last flush does not fail again with a traceback."""
    try:
        fd = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
    except (AttributeError, OSError, ValueError):
        return
    os.dup2(devnull, fd)
    os.close(devnull)


def _main(argv: list[str]) -> int:
    args = _parser(argv[0] if argv and argv[0] in _COMMANDS else None).parse_args(argv)
    if args.command == "schema":
        from .._records.schema import schema

        return _write(json.dumps(schema(args.name), indent=2), None, "schema")
    if args.command == "example":
        return _example(args.name)
    if args.command == "upgrade":
        from .upgrade import run_upgrade

        return run_upgrade(args)
    if args.command in ("validate", "evaluate") and (misuse := _stdin_misused(args)):
        print(f"injunction {args.command}: {misuse}", file=sys.stderr)
        return 2
    if args.command == "validate":
        return _validate(args.files, args.max_bytes, args.input_format)
    if args.command == "check":
        return _check(args.standard, args.exhaustive, args.examples, args.output)
    if args.command == "diff":
        return _diff(args)
    if args.command == "circuits":
        return _circuits(args)
    if args.command == "render":
        return _render_stored(args)
    if args.command == "doctrine":
        from .._render.doctrine import doctrine_report
        from .._render.formats import to_html, to_markdown, to_text

        page = doctrine_report()
        text = {"markdown": to_markdown, "text": to_text}[args.format](page) if args.format != "html" else to_html(page)
        return _write(text, args.output, "doctrine")
    standard = _standard(args)
    if args.command == "test":
        return _test(args, standard)
    if args.jsonl or args.summary or len(args.files) > 1 or os.path.isdir(args.files[0]):
        return _batch(args, standard)
    try:
        case = _load(args.files[0], args.max_bytes, args.input_format)
    except CaseFormatError as error:
        print(error, file=sys.stderr)
        return 2
    from .._render.formats import render

    decision = evaluate(case, standard, closed=args.closed_record)
    return _write(render(decision, "json" if args.json else args.format, args.style), args.output, "evaluate")


def _batch(args: argparse.Namespace, standard: Circuits) -> int:
    from .._batch import BatchIncomplete, run

    if not (args.jsonl or args.summary):
        print(
            "injunction evaluate: several records or a directory need --jsonl (a line each) or --summary (a table)",
            file=sys.stderr,
        )
        return 2
    if args.trace and not args.jsonl:
        print("injunction evaluate: --trace goes with --jsonl", file=sys.stderr)
        return 2
    if "-" in args.files:
        print("injunction evaluate: - (standard input) is one record; evaluate it alone, not in a batch", file=sys.stderr)
        return 2
    if args.output is not None and (problem := _output_misused(args.output, args.files)):
        print(f"injunction evaluate: {problem}", file=sys.stderr)
        return 2
    try:
        with contextlib.ExitStack() as stack:
            out = sys.stdout if args.output is None else stack.enter_context(atomic_file(args.output))
            summary = run(
                args.files, standard, max_bytes=args.max_bytes, jsonl=args.jsonl, trace=args.trace, jobs=args.jobs,
                out=out, skip=() if args.output is None else (args.output,), closed=args.closed_record,
            )
    except BatchIncomplete as error:
        kept = "nothing was written to " + args.output if args.output else f"the output stops after {error.done:,} records"
        print(f"injunction evaluate: the batch is incomplete: {error}; {kept}", file=sys.stderr)
        return 2
    except OSError as error:
        if args.output is None:
            raise  # standard output: main reports it
        print(f"injunction evaluate: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 2
    if args.summary:
        (sys.stderr if args.jsonl else sys.stdout).write(summary.table())
    return 2 if summary.bad else 0


def _output_misused(output: str, inputs: Sequence[str]) -> str | None:
    """Why a batch cannot write *output*, if it cannot: not a file to write, or one of *inputs*."""
    if (problem := output_problem(output)) is not None:
        return f"cannot write {problem}"
    if os.path.exists(output) and any(os.path.exists(i) and os.path.samefile(output, i) for i in inputs):
        return f"-o {output} is one of the records to read; write the output elsewhere"
    return None


def _diff(args: argparse.Namespace) -> int:
    from .._compare import compare
    from .._render.formats import render

    decisions = []
    for name in (args.before, args.after):
        try:
            decisions.append(evaluate(load(name, max_bytes=args.max_bytes)))
        except CaseFormatError as error:
            print(error, file=sys.stderr)
            return 2
    comparison = compare(*decisions)
    status = _write(render(comparison, args.format, args.style), args.output, "diff")
    return status or (1 if comparison.moved else 0)


def _circuits(args: argparse.Namespace) -> int:
    from .._render.formats import to_html, to_markdown, to_text
    from .._split import across_circuits
    from .._text import json_text

    try:
        case = _load(args.file, args.max_bytes, args.input_format)
    except CaseFormatError as error:
        print(error, file=sys.stderr)
        return 2
    split = across_circuits(case)
    if args.format == "json":
        text = json_text(split.to_dict(), indent=2)
    else:
        text = {"text": to_text, "markdown": to_markdown}[args.format](split.report()) if args.format != "html" else to_html(split.report())
    return _write(text, args.output, "circuits")


def _example(name: str | None) -> int:
    from .._records.examples import UnknownExampleError, describe, example_text, names

    if name is None:
        listed = names()
        width = max(map(len, listed), default=0)
        return _write("".join(f"{each:<{width}}  {describe(each)}\n" for each in listed), None, "example")
    try:
        text = example_text(name)
    except UnknownExampleError as error:
        print(f"injunction example: {error}", file=sys.stderr)
        return 2
    return _write(text, None, "example")


def _test(args: argparse.Namespace, standard: Circuits) -> int:
    from .._corpus import run

    tally, _ = run(
        args.files, standard, max_bytes=args.max_bytes, jsonl=args.jsonl, coverage=args.coverage,
        verbose=args.verbose, out=sys.stdout,
    )
    if not (tally.tested or tally.errors):
        found = "no record has an expected section" if tally.skipped else "no .json or .toml records were found"
        print(f"injunction test: nothing to test: {found}", file=sys.stderr)
        return 2
    return 2 if tally.errors else 1 if tally.disagrees else 0


def _render_stored(args: argparse.Namespace) -> int:
    import warnings

    from .._records.receipt import OutcomeChangedWarning, read_decision
    from .._render.formats import render

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", OutcomeChangedWarning)
        try:
            decision = read_decision(args.file, lambda case, standard, closed: evaluate(case, standard, closed=closed), max_bytes=args.max_bytes)
        except CaseFormatError as error:
            print(error, file=sys.stderr)
            return 2
    changed = [w for w in caught if issubclass(w.category, OutcomeChangedWarning)]
    for warning in caught:
        if warning not in changed:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    for warning in changed:
        print(printable(f"injunction render: {warning.message}"), file=sys.stderr)
    status = _write(render(decision, args.format, args.style), args.output, "render")
    return status or (1 if changed else 0)


def _validate(files: Sequence[str], max_bytes: int, input_format: str | None = None) -> int:
    invalid = 0
    sink = Sink(sys.stdout)  # each record's lines whole, or (a full disk) not at all
    try:
        for name in files:
            try:
                _load(name, max_bytes, input_format)
            except CaseFormatError as error:
                invalid += 1
                sink.write(f"{error}\n")
            else:
                sink.write(f"{_STDIN if name == '-' else printable(name)}: valid\n")
            sink.commit()
        count = len(files)
        noun = "record" if count == 1 else "records"
        sink.write(f"{count} {noun} checked: {count - invalid} valid, {invalid} invalid\n")
        sink.commit()
    except OSError:
        sink.abandon()
        raise
    return 2 if invalid else 0


def _load_standard(spec: str | None) -> Any:
    """The object *spec* names, ``module:attr`` or ``path/to/file.py:attr``; a class is instantiated."""
    if spec is None:
        return NinthCircuit()
    module_name, _, attribute = spec.rpartition(":")
    if not module_name or not attribute:
        raise ValueError(f"--standard must look like module:attr, got {spec!r} (or path/to/file.py:attr)")
    import importlib

    target: Any
    if module_name.endswith(".py") or os.sep in module_name or "/" in module_name:
        target = _module_from_file(module_name)
    else:
        # A user's module beside them comes first, before any installed module of the same
        # name (other packages ship a top-level `tests`).
        cwd = os.getcwd()
        sys.path[:] = [cwd] + [p for p in sys.path if p not in (cwd, "")]
        try:
            target = importlib.import_module(module_name)
        except ImportError as error:
            raise ValueError(f"cannot import {module_name!r}: {error}") from None
    for part in attribute.split("."):
        try:
            target = getattr(target, part)
        except AttributeError:
            raise ValueError(f"{module_name!r} has no attribute {attribute!r}") from None
    if isinstance(target, type) and callable(getattr(target, "rule_for", None)):
        try:
            target = target()
        except TypeError as error:
            raise ValueError(f"cannot make a standard from the class {spec}: {error}") from None
    if not callable(getattr(target, "rule_for", None)):
        raise ValueError(f"{spec} is {target!r}, which is not a standard: it needs a rule_for(case) method")
    return target


def _module_from_file(path: str) -> Any:
    """The module in the Python file *path*, run under a name of its own."""
    import importlib.util

    if not os.path.isfile(path):
        raise ValueError(f"cannot load {path!r}: no such file")
    name = "_injunction_standard_" + "".join(c if c.isalnum() else "_" for c in os.path.splitext(os.path.basename(path))[0])
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ValueError(f"cannot load {path!r}: not a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # attrs and dataclasses look their module up by name
    try:
        spec.loader.exec_module(module)
    except Exception as error:  # noqa: BLE001 - any failure in the user's file is theirs to see
        del sys.modules[name]
        raise ValueError(f"cannot load {path!r}: {type(error).__name__}: {error}") from None
    return module


def _check(spec: str | None, exhaustive: bool, examples: int, output: str) -> int:
    try:
        from .. import testing
    except ImportError:
        print("injunction check needs Hypothesis: pip install 'injunction[hypothesis]'", file=sys.stderr)
        return 2
    try:
        standard = _load_standard(spec)
    except ValueError as error:
        print(f"injunction check: {error}", file=sys.stderr)
        return 2
    if examples < 1:
        print(f"injunction check: --examples needs at least 1, got {examples}", file=sys.stderr)
        return 2
    how = "every case of injunction.testing.all_cases()" if exhaustive else f"{examples} examples per property"
    print(f"Checking {spec or 'injunction:NinthCircuit'} over {how}")
    try:
        results = testing.verify(standard, exhaustive=exhaustive, examples=examples)
    except (testing.InvalidArgument, ValueError) as error:  # ValueError: a rule not well formed (two paths of a name)
        print(f"injunction check: {error}", file=sys.stderr)
        return 2
    broken = 0
    for result in results:
        if result.held:
            note = f" ({result.note})" if result.note else ""
            print(f"  {result.property:<11} held    {result.checked:,} checked{note}")
            continue
        broken += 1
        assert result.violation is not None
        os.makedirs(output, exist_ok=True)
        path = os.path.join(output, f"counterexample-{result.property}.json")
        dump(result.violation.case, path)
        print(f"  {result.property:<11} BROKEN  {printable(result.violation.detail)}")
        print(f"  {'':<11}         counterexample: {path} (injunction evaluate {path})")
    print(f"{len(results) - broken} properties held, {broken} broken")
    return 1 if broken else 0


"""The ``injunction`` command line."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

import attrs

from ._decision import evaluate
from .standards.circuits import Circuits
from .standards.courts import encoded, ordinals
from .standards.ninth_circuit import NinthCircuit
from ._engine.case import Case
from ._records.keys import MAX_BYTES
from ._records.problems import CaseFormatError, Problem
from ._records.read import load, loads, sniff_format
from ._records.write import dump
from ._engine.scales import Merits, PublicInterest

# The choices of --format and --style (`_render.formats.FORMATS`, `_render.document.STYLES`; a
# test keeps them equal), here so that `--help` needs neither module.
FORMATS = ("text", "markdown", "html", "json")
STYLES = ("court", "complete")

__all__ = ["main"]

_TRIGGERS = {"likely": Merits.LIKELY, "serious_questions": Merits.SERIOUS_QUESTIONS, "off": None}


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _at_least_one(unit: str, units: str) -> Callable[[str], int]:
    """An argparse type: a whole number of *units*, at least one."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number of {units}, got {text!r}") from None
        if value < 1:
            raise argparse.ArgumentTypeError(f"expected at least 1 {unit}, got {value}")
        return value

    return parse


_jobs = _at_least_one("process", "processes")
_max_bytes = _at_least_one("byte", "bytes")


class _Version(argparse.Action):
    """``--version``: print ``injunction X.Y.Z`` from the package's metadata,
    read only when asked (importlib.metadata costs milliseconds of every start)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from . import __version__

        sys.stdout.write(f"injunction {__version__}\n")
        parser.exit()


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, given the terminal's width (as
    ``shutil.get_terminal_size`` reads it), so that building a parser need
    not import shutil: 2.5 ms of every start."""

    def __init__(self, prog: str) -> None:
        try:
            columns = int(os.environ["COLUMNS"])
        except (KeyError, ValueError):
            try:
                columns = os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else 80
            except (AttributeError, ValueError, OSError):
                columns = 80
        super().__init__(prog, width=(columns if columns > 0 else 80) - 2)


# The subcommands of a parser, to add one to.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with *only*, that command's alone (the
    others cost a few milliseconds of start-up to build, and a command that
    runs needs only its own)."""
    parser = argparse.ArgumentParser(
        prog="injunction",
        formatter_class=_Formatter,
        description="Evaluate motions for interim relief (TROs, preliminary injunctions, "
        f"injunctions and stays pending appeal) under the standards of {encoded()}.",
        epilog="Run 'injunction COMMAND --help' for a command's options. "
        "Start with: injunction example parler | injunction evaluate -",
    )
    parser.add_argument("--version", action=_Version, help="print the version (injunction X.Y.Z) and exit")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, add in _COMMANDS.items():
        if only is None or name == only:
            add(commands)
    return parser


def _evaluate_command(commands: Commands) -> None:
    ev = commands.add_parser(
        "evaluate",
        formatter_class=_Formatter,
        help="decide a case record and print the reasoned analysis",
        description="Decide the motion in a case record (JSON or TOML, record format version 1) and print "
        "a reasoned analysis citing its authorities, or the decision as JSON.",
        epilog="Exit status: 0 evaluated (whatever the disposition); 2 the record could not be read "
        "(every problem on standard error) or OUT could not be written; in a batch, 2 at the end if any "
        "record could not be read. Examples: injunction example parler > parler.toml && injunction evaluate "
        "parler.toml; injunction example parler | injunction evaluate - --format html -o parler.html",
    )
    ev.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="a case record (.json or .toml), or - to read one from standard input; with --jsonl or --summary, "
        "any number of records and directories (read recursively for .json and .toml files)",
    )
    ev.add_argument("--json", action="store_true", help="the same as --format json")
    _add_output_options(ev)
    batch = ev.add_argument_group("batches (several records, or directories)")
    batch.add_argument(
        "--jsonl",
        action="store_true",
        help="one JSON line per record, in order: the file, disposition, test, failed, met and needs, "
        "or an error object for a record that cannot be read (the batch goes on)",
    )
    batch.add_argument("--trace", action="store_true", help="with --jsonl, each line the full decision (as --format json)")
    batch.add_argument(
        "--summary",
        action="store_true",
        help="a table of dispositions by court, by test and by failed factor (on standard error with --jsonl)",
    )
    batch.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="decide in N processes (default: 1)")
    _add_max_bytes(ev)
    _add_input_format(ev)
    _add_doctrine_options(ev)


def _add_doctrine_options(parser: argparse.ArgumentParser) -> None:
    """The doctrine flags of `evaluate` and `test`; `_standard` reads them."""
    options = parser.add_argument_group("unsettled doctrine (see injunction.NinthCircuit)")
    options.add_argument(
        "--public-interest-threshold",
        choices=["neutral", "favors"],
        default="neutral",
        help="least public interest that suffices (default: neutral, Stormans; favors: Winter's words)",
    )
    options.add_argument(
        "--no-serious-questions-path",
        action="store_true",
        help="apply Winter alone, without the Cottrell serious-questions path",
    )
    options.add_argument(
        "--mandatory-serious-questions",
        action="store_true",
        help="let mandatory relief issue on serious questions and a sharply tipping balance",
    )
    options.add_argument(
        "--likely-success-threshold",
        action="store_true",
        help="the threshold line: without likely success the motion fails, serious questions or not (Eleveurs)",
    )
    options.add_argument(
        "--as-of",
        type=_date,
        metavar="YYYY-MM-DD",
        help="apply the law in force on this day to every record (default: the record's own case.decided)",
    )
    options.add_argument(
        "--current-law",
        action="store_true",
        help="apply current law whatever the record's date (default: the law in force on case.decided)",
    )
    options.add_argument(
        "--constitutional-presumption",
        choices=list(_TRIGGERS),
        default="likely",
        help="merits a constitutional claim needs before harm and public interest are presumed (default: likely)",
    )


def _standard(args: argparse.Namespace) -> Circuits:
    """The standard the doctrine flags (`_add_doctrine_options`) ask for."""
    ninth = NinthCircuit(
        public_interest_threshold=PublicInterest(args.public_interest_threshold),
        serious_questions_path=not args.no_serious_questions_path,
        mandatory_serious_questions=args.mandatory_serious_questions,
        constitutional_presumption=_TRIGGERS[args.constitutional_presumption],
        likely_success_threshold=args.likely_success_threshold,
        by_date=not args.current_law,
        as_of=args.as_of,
    )
    return Circuits(ca9=ninth)


def _diff_command(commands: Commands) -> None:
    di = commands.add_parser(
        "diff",
        formatter_class=_Formatter,
        help="contrast the decisions on two case records",
        description="Decide two case records (say a record and a changed copy) and show which findings "
        "differ, which rule nodes changed value, and how that moved each path and the disposition.",
        epilog="Exit status: 0 the disposition is the same; 1 it moved; 2 a record could not be read. "
        "Example: injunction example parler > parler.toml, change a finding in a copy, then "
        "injunction diff parler.toml changed.toml --format html -o diff.html",
    )
    di.add_argument("before", metavar="A", help="the first case record (.json or .toml)")
    di.add_argument("after", metavar="B", help="the second case record")
    _add_output_options(di)
    _add_max_bytes(di)


def _validate_command(commands: Commands) -> None:
    va = commands.add_parser(
        "validate",
        formatter_class=_Formatter,
        help="check case records without evaluating them",
        description="Check each case record against the record format (version 1; 'injunction schema record' prints "
        "its JSON Schema) and report every "
        "problem, for pipelines that accept records from users.",
        epilog="Exit status: 0 every record is valid; 2 any is not. The last line is a summary. "
        "Example: injunction example parler | injunction validate -",
    )
    va.add_argument(
        "files", metavar="FILE", nargs="+", help="case records: .json or .toml files, or - for one on standard input"
    )
    _add_max_bytes(va)
    _add_input_format(va)


def _example_command(commands: Commands) -> None:
    ex = commands.add_parser(
        "example",
        formatter_class=_Formatter,
        help="list the example records that ship with the library, or print one",
        description="Without NAME, list the example case records that ship inside the package: "
        "each name, caption, court, year and outcome. With NAME, print that record (TOML, record format "
        "version 1) exactly as it ships, to save, edit and evaluate.",
        epilog="Exit status: 0 printed; 2 no example has that name. Examples: injunction example parler > "
        "parler.toml && injunction evaluate parler.toml; injunction example parler | injunction evaluate -",
    )
    ex.add_argument("name", metavar="NAME", nargs="?", help="the example to print (default: list them)")


def _test_command(commands: Commands) -> None:
    te = commands.add_parser(
        "test",
        formatter_class=_Formatter,
        help="run decided records (those with an expected section) against the library",
        description="Decide every record that says what the court decided (an expected section) and report "
        "each one the library does not reproduce: the file, what the court did, what the library says and why "
        "(the factors that decide each path). A record is reproduced when the library gives the court's "
        "disposition and, for a grant, its test; on a record marked determinable: false, when the library "
        "answers undetermined and a finding it needs settles it the court's way; and, either way, when no "
        "factor the court held against the movant (grounds) is met on any path. The last line sums up: "
        "N of M reproduced, records without an expected section skipped, records that could not be read.",
        epilog="Exit status: 0 every record tested is reproduced; 1 one or more disagree; 2 a record could not "
        "be read (whatever the others did), or nothing was found to test. Examples: injunction test my-cases/; "
        "injunction test my-cases/ --jsonl > results.jsonl; injunction test my-cases/ --coverage",
    )
    te.add_argument(
        "files",
        metavar="PATH",
        nargs="+",
        help="case records (.json or .toml) and directories (read recursively for .json and .toml files)",
    )
    te.add_argument(
        "--jsonl",
        action="store_true",
        help='for CI: one JSON object per record ({"type": "record", "file", "status": reproduced, disagrees, '
        'skipped or error, "expected", "actual", "why"}), a "coverage" object per rule tree with --coverage, '
        'and a last "summary" object; ASCII, every string JSON-escaped',
    )
    te.add_argument(
        "--coverage",
        action="store_true",
        help="for each rule tree the tested records (reproduced or not) reach, how many meet, fail or leave "
        "open each of its nodes (a node named by its path from the root: tests, requirements such as "
        "'merits >= likely', presumptions; records whose rules have the same nodes share a tree); a node is "
        "exercised both ways when at least one record meets it and one fails it, and the figure is N of M "
        "nodes exercised both ways, M counting every node of every tree reached",
    )
    te.add_argument("-v", "--verbose", action="store_true", help="a line for every record, reproduced and skipped too")
    _add_max_bytes(te)
    _add_doctrine_options(te)


def _check_command(commands: Commands) -> None:
    ck = commands.add_parser(
        "check",
        formatter_class=_Formatter,
        help="check a standard's rules for consistency (needs the hypothesis extra)",
        description="Check that a standard is monotone, never flips a definite answer when a finding "
        "is narrowed, ignores the order of claims, orders its thresholds, reports sound needs, round-trips "
        "its records, and can meet and fail every path and requirement. A broken property writes its "
        "counterexample as a case record you can load and evaluate.",
        epilog="Exit status: 0 every property held; 1 a property broke; 2 the standard could not be loaded. "
        "Example: injunction check --standard mypackage.tests:STRICT_WINTER --exhaustive",
    )
    ck.add_argument(
        "--standard",
        metavar="MODULE:ATTR",
        help="the standard to check: a Rule, or an object with rule_for(case) (a class is instantiated); "
        "default: injunction:NinthCircuit",
    )
    mode = ck.add_mutually_exclusive_group()
    mode.add_argument("--exhaustive", action="store_true", help="check every case of injunction.testing.all_cases()")
    mode.add_argument("--examples", type=int, default=100, metavar="N", help="Hypothesis examples per property (default: 100)")
    ck.add_argument("--output", default=".", metavar="DIR", help="where to write counterexamples (default: .)")


def _doctrine_command(commands: Commands) -> None:
    do = commands.add_parser(
        "doctrine",
        formatter_class=_Formatter,
        help="print the doctrine the standard encodes, generated from its rules",
        description=f"Write out every test the {ordinals()} Circuit standards apply, each rule with its authority, "
        "pin and quote; the law by date; the options for unsettled doctrine with the authorities on each "
        "side; and every authority cited, so that a lawyer can review the encoding without reading Python.",
        epilog="docs/doctrine.md is this page in Markdown: injunction doctrine --format markdown -o docs/doctrine.md",
    )
    do.add_argument("--format", choices=("markdown", "html", "text"), default="markdown", help="markdown (default), html or text")
    do.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")


def _schema_command(commands: Commands) -> None:
    sc = commands.add_parser(
        "schema",
        formatter_class=_Formatter,
        help="print a JSON Schema (draft 2020-12)",
        description="Print the JSON Schema of a case record or of the output of 'evaluate --json'.",
    )
    sc.add_argument("name", choices=["record", "decision"], help="which schema to print")


def _render_command(commands: Commands) -> None:
    rn = commands.add_parser(
        "render",
        formatter_class=_Formatter,
        help="render a stored decision again, from its receipt alone",
        description="Read a decision that 'injunction evaluate --json' wrote, decide its receipt's record "
        "again under the receipt's standard and options, check it against what was stored, and print it: "
        "no other file is needed. A decision written by another version of the library, or under other "
        "rules, is decided again by this version under the recorded options, and a line on standard error "
        "says if its outcome changed.",
        epilog="Exit status: 0 rendered; 1 rendered, but the outcome is not the stored one (the line on "
        "standard error says what moved); 2 the decision could not be read, its receipt contradicts it, or "
        "OUT could not be written. Example: injunction example parler | injunction evaluate - --json -o "
        "parler.json; injunction render parler.json --format html -o parler.html",
    )
    rn.add_argument("file", metavar="DECISION", help="a stored decision: the JSON that 'evaluate --json' writes")
    _add_output_options(rn)
    _add_max_bytes(rn)


_COMMANDS: dict[str, Callable[[Commands], None]] = {
    "evaluate": _evaluate_command,
    "diff": _diff_command,
    "validate": _validate_command,
    "test": _test_command,
    "check": _check_command,
    "doctrine": _doctrine_command,
    "schema": _schema_command,
    "example": _example_command,
    "render": _render_command,
}


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (default), markdown, html (a standalone page, with diagrams) or json",
    )
    parser.add_argument(
        "--style",
        choices=STYLES,
        default="court",
        help="court (default): what a court would write, stopping once the motion is decided, "
        "alternative holdings flagged; complete: every factor on every path, what would change the "
        "outcome, and the whole rule tree",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")


def _write(text: str, output: str | None, command: str) -> int:
    text = text if text.endswith("\n") else text + "\n"
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        with open(output, "w", encoding="utf-8") as file:
            file.write(text)
    except OSError as error:
        print(f"injunction {command}: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return 2
    return 0


def _add_max_bytes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-bytes",
        type=_max_bytes,
        default=MAX_BYTES,
        metavar="N",
        help=f"refuse a record (a file or standard input) larger than N bytes (default: {MAX_BYTES:,})",
    )


def _add_input_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--input-format",
        choices=("json", "toml"),
        metavar="{json,toml}",
        help="the format of the record read from standard input (-); by default it is detected: JSON if "
        "its first character (after white space) is {, which no TOML document starts with, else TOML. "
        "Files are read by their suffix",
    )


_STDIN = "<stdin>"


def _load(name: str, max_bytes: int, input_format: str | None) -> Case:
    """The record in the file *name*, or for ``-`` the one on standard input
    (``<stdin>`` in its problems), capped at *max_bytes* either way."""
    if name != "-":
        return load(name, max_bytes=max_bytes)
    if sys.stdin is None:
        raise CaseFormatError(_STDIN, [Problem("", "there is no standard input to read")])
    data = getattr(sys.stdin, "buffer", sys.stdin).read(max_bytes + 1)
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
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parser(argv[0] if argv and argv[0] in _COMMANDS else None).parse_args(argv)
    if args.command == "schema":
        from ._records.schema import schema

        print(json.dumps(schema(args.name), indent=2))
        return 0
    if args.command == "example":
        return _example(args.name)
    if args.command in ("validate", "evaluate") and (misuse := _stdin_misused(args)):
        print(f"injunction {args.command}: {misuse}", file=sys.stderr)
        return 2
    if args.command == "validate":
        return _validate(args.files, args.max_bytes, args.input_format)
    if args.command == "check":
        return _check(args.standard, args.exhaustive, args.examples, args.output)
    if args.command == "diff":
        return _diff(args)
    if args.command == "render":
        return _render_stored(args)
    if args.command == "doctrine":
        from ._render.doctrine import doctrine_report
        from ._render.formats import to_html, to_markdown, to_text

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
    from ._render.formats import render

    decision = evaluate(case, standard)
    return _write(render(decision, "json" if args.json else args.format, args.style), args.output, "evaluate")


def _batch(args: argparse.Namespace, standard: Circuits) -> int:
    from ._batch import run

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
    out = sys.stdout if args.output is None else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        summary = run(
            args.files, standard, max_bytes=args.max_bytes, jsonl=args.jsonl, trace=args.trace, jobs=args.jobs, out=out
        )
    finally:
        if out is not sys.stdout:
            out.close()
    if args.summary:
        (sys.stderr if args.jsonl else sys.stdout).write(summary.table())
    return 2 if summary.bad else 0


def _diff(args: argparse.Namespace) -> int:
    from ._compare import compare
    from ._render.formats import render

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


def _example(name: str | None) -> int:
    from ._records.examples import UnknownExampleError, describe, example_text, names

    if name is None:
        listed = names()
        width = max(map(len, listed), default=0)
        sys.stdout.write("".join(f"{each:<{width}}  {describe(each)}\n" for each in listed))
        return 0
    try:
        sys.stdout.write(example_text(name))
    except UnknownExampleError as error:
        print(f"injunction example: {error}", file=sys.stderr)
        return 2
    return 0


def _test(args: argparse.Namespace, standard: Circuits) -> int:
    from ._corpus import run

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

    from ._records.receipt import OutcomeChangedWarning, read_decision
    from ._render.formats import render

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", OutcomeChangedWarning)
        try:
            decision = read_decision(args.file, evaluate, max_bytes=args.max_bytes)
        except CaseFormatError as error:
            print(error, file=sys.stderr)
            return 2
    changed = [w for w in caught if issubclass(w.category, OutcomeChangedWarning)]
    for warning in caught:
        if warning not in changed:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    for warning in changed:
        print(f"injunction render: {warning.message}", file=sys.stderr)
    status = _write(render(decision, args.format, args.style), args.output, "render")
    return status or (1 if changed else 0)


def _validate(files: Sequence[str], max_bytes: int, input_format: str | None = None) -> int:
    invalid = 0
    for name in files:
        try:
            _load(name, max_bytes, input_format)
        except CaseFormatError as error:
            invalid += 1
            print(error)
        else:
            print(f"{_STDIN if name == '-' else name}: valid")
    count = len(files)
    noun = "record" if count == 1 else "records"
    print(f"{count} {noun} checked: {count - invalid} valid, {invalid} invalid")
    return 2 if invalid else 0


def _load_standard(spec: str | None) -> Any:
    """The object *spec* (``module:attr``) names; a class is instantiated."""
    if spec is None:
        return NinthCircuit()
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise ValueError(f"--standard must look like module:attr, got {spec!r}")
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())  # a user's module beside them
    import importlib

    try:
        target: Any = importlib.import_module(module_name)
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


def _check(spec: str | None, exhaustive: bool, examples: int, output: str) -> int:
    try:
        from . import testing
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
    except testing.InvalidArgument as error:
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
        print(f"  {result.property:<11} BROKEN  {result.violation.detail}")
        print(f"  {'':<11}         counterexample: {path} (injunction evaluate {path})")
    print(f"{len(results) - broken} properties held, {broken} broken")
    return 1 if broken else 0

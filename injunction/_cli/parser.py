"""The ``injunction`` command line's parser: each command, its options and their help.

Building a parser costs start-up time, so `_parser` builds only the command
that runs; `main` (in this package's ``__init__``) runs it.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TypeAlias, cast

from .._engine.scales import Merits
from .._records.keys import MAX_BYTES
from ..standards.courts import encoded, ordinals

# The choices of --format and --style (`_render.formats.FORMATS`, `_render.document.STYLES`; a
# test keeps them equal), here so that `--help` needs neither module.
FORMATS = ("text", "markdown", "html", "json")
STYLES = ("court", "complete")

__all__ = ["FORMATS", "STYLES", "Commands", "_COMMANDS", "_TRIGGERS", "_parser"]


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
        from .. import __version__

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


class _Parser(argparse.ArgumentParser):
    """argparse's parser, except that a failure to print help (a full disk,
    a closed pipe) is raised for `main` to report, not ignored."""

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            stream = file or sys.stderr
            stream.write(message)
            stream.flush()

    def error(self, message: str) -> NoReturn:
        """argparse's usage error (exit 2), saying why two options of a
        mutually exclusive group cannot go together (`_CONFLICTS`)."""
        found = re.fullmatch(r"argument (\S+): not allowed with argument (\S+)", message)
        why = _CONFLICTS.get(frozenset(found.groups())) if found else None
        super().error(f"{message}: {why}" if why else message)


# Why options in a mutually exclusive group contradict each other (argparse says only that they do).
_CONFLICTS = {
    frozenset({"--as-of", "--current-law"}): "each says which day's law applies (--as-of a given day's, "
    "--current-law today's), so give one",
}


# The subcommands of a parser, to add one to.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with *only*, that command's alone (the
    others cost a few milliseconds of start-up to build, and a command that
    runs needs only its own)."""
    parser = _Parser(
        prog="injunction",
        formatter_class=_Formatter,
        description="Evaluate motions for interim relief (TROs, preliminary injunctions, "
        f"injunctions and stays pending appeal) under the standards of {encoded()}.",
        epilog="Run 'injunction COMMAND --help' for a command's options. "
        "Start with: injunction example parler | injunction evaluate -",
    )
    parser.add_argument("--version", action=_Version, help="print the version (injunction X.Y.Z) and exit")
    # Each command's parser a `_Parser` too (its --help checked), typed as the base class.
    commands = cast(Commands, parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser))
    for name, add in _COMMANDS.items():
        if only is None or name == only:
            add(commands)
    return parser


def _evaluate_command(commands: Commands) -> None:
    ev = commands.add_parser(
        "evaluate",
        formatter_class=_Formatter,
        help="decide a case record and print the reasoned analysis",
        description="Decide the motion in a case record (JSON or TOML, record format version 2 or 1) and print "
        "a reasoned analysis citing its authorities, or the decision as JSON.",
        epilog="Exit status: 0 evaluated (whatever the disposition); 2 the record could not be read "
        "(every problem on standard error) or OUT could not be written; in a batch, 2 at the end if any "
        "record could not be read (each has its error line; the batch goes on), or at once if a worker process "
        "died; 130 interrupted; 141 the reader of standard output went away (| head). Examples: injunction example parler > parler.toml && injunction evaluate "
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
    ev.add_argument(
        "--closed-record",
        action="store_true",
        help="the hearing is over: the movant bears the burden of a clear showing on every element (Winter, "
        "555 U.S. at 22), so what the record does not show is not established and the motion is granted or "
        "denied, never undetermined (default: open, where a missing finding is unknown)",
    )
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
        choices=["by-reach", "neutral", "favors"],
        default="by-reach",
        help="least public interest that suffices where it is not merged with the balance (default: by-reach, "
        "Winter's words, favors, but neutral for relief that reaches only the parties, Stormans; favors or "
        "neutral: that level for every motion)",
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
    # Each names the law's day (a given day, today): together they contradict, and argparse refuses the pair (`_CONFLICTS`).
    law = options.add_mutually_exclusive_group()
    law.add_argument(
        "--as-of",
        type=_date,
        metavar="YYYY-MM-DD",
        help="apply the law in force on this day to every record (default: the record's own case.decided; "
        "not with --current-law)",
    )
    law.add_argument(
        "--current-law",
        action="store_true",
        help="apply current law whatever the record's date (default: the law in force on case.decided; "
        "not with --as-of, which names the day)",
    )
    options.add_argument(
        "--constitutional-presumption",
        choices=list(_TRIGGERS),
        default="likely",
        help="merits a constitutional claim needs before harm and public interest are presumed (default: likely)",
    )
    options.add_argument(
        "--constitutional-presumption-scope",
        choices=["constitutional", "first_amendment"],
        default="constitutional",
        help="which claims raise that presumption: every constitutional claim (default), or First Amendment claims only",
    )


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


def _circuits_command(commands: Commands) -> None:
    ci = commands.add_parser(
        "circuits",
        formatter_class=_Formatter,
        help="decide one case record under every circuit's standard",
        description="Decide the findings of one case record under the standard of every circuit whose law the "
        "library encodes (the law of the record's date, where it is dated), as if the motion had been brought "
        "there: a row per court with its disposition, the test that grants and the factors that fail, and for "
        "each circuit that parts from the forum's, the doctrinal difference that causes it, with its authorities.",
        epilog="Exit status: 0 the record was decided; 2 it could not be read. "
        "Example: injunction example parler > parler.toml && injunction circuits parler.toml --format html -o split.html",
    )
    ci.add_argument("file", metavar="FILE", help="the case record (.json or .toml), or - for standard input")
    ci.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (default), markdown, html (a standalone page with the table) or json",
    )
    ci.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")
    _add_max_bytes(ci)
    _add_input_format(ci)


def _validate_command(commands: Commands) -> None:
    va = commands.add_parser(
        "validate",
        formatter_class=_Formatter,
        help="check case records without evaluating them",
        description="Check each case record against the record format (version 2 or 1; 'injunction schema record' prints "
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
        "its records, never lets a weighing's two clear cases hold together, and can meet and fail every path and "
        "requirement. A broken property writes its "
        "counterexample as a case record you can load and evaluate.",
        epilog="Exit status: 0 every property held; 1 a property broke; 2 the standard could not be loaded. "
        "Example: injunction check --standard mypackage.tests:STRICT_WINTER --exhaustive",
    )
    ck.add_argument(
        "--standard",
        metavar="MODULE:ATTR",
        help="the standard to check: a Rule, or an object with rule_for(case) (a class is instantiated), "
        "named by module (mypackage.rules:STRICT, the current directory first on the import path) or by "
        "file (tests/broken_standards.py:NON_MONOTONE); default: injunction:NinthCircuit",
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
    do.add_argument("-o", "--output", metavar="OUT", help=_OUTPUT_HELP)


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


def _upgrade_command(commands: Commands) -> None:
    up = commands.add_parser(
        "upgrade",
        formatter_class=_Formatter,
        help="rewrite version 1 case records as version 2",
        description="Write each case record of version 1 as version 2, in its own format (JSON or TOML), with "
        "the same meaning: a version 1 public interest becomes the bound it stands for on version 2's five "
        "levels ('against' becomes {at_most = 'against'}). Every record is checked first; a record that is "
        "not valid is refused and nothing is written. A version 2 record is left as it is (a line on "
        "standard error says so). The record is written again from what it means: TOML comments, key "
        "order and layout are not kept.",
        epilog="Exit status: 0 written (or already version 2); 2 a record could not be read, or an output could "
        "not be written. A file is never half written: each is written to a temporary file in its folder, "
        "then renamed over the old one. Examples: injunction upgrade old.toml (to standard output); "
        "injunction upgrade old.toml -o new.toml; injunction upgrade --in-place cases/*.json",
    )
    up.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="a case record (.json or .toml), or - for one on standard input; several need --in-place",
    )
    where = up.add_mutually_exclusive_group()
    where.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write the one record to OUT (in the record's format) instead of standard output; OUT may be "
        "the record itself; a symbolic link as OUT is refused",
    )
    where.add_argument(
        "--in-place",
        action="store_true",
        help="rewrite each FILE (any number) in place, keeping its permissions; a symbolic link's target is "
        "rewritten and the link kept",
    )
    _add_max_bytes(up)
    _add_input_format(up)


_COMMANDS: dict[str, Callable[[Commands], None]] = {
    "evaluate": _evaluate_command,
    "diff": _diff_command,
    "circuits": _circuits_command,
    "validate": _validate_command,
    "test": _test_command,
    "check": _check_command,
    "doctrine": _doctrine_command,
    "schema": _schema_command,
    "example": _example_command,
    "render": _render_command,
    "upgrade": _upgrade_command,
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
    parser.add_argument("-o", "--output", metavar="OUT", help=_OUTPUT_HELP)


_OUTPUT_HELP = (
    "write to OUT instead of standard output, whole or not at all (a temporary file beside OUT, renamed over it "
    "once complete: a failure leaves OUT as it was); OUT may not be a symbolic link (refused, not followed: name "
    "the file itself) or a directory"
)


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


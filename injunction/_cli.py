"""The ``injunction`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from ._decision import evaluate
from ._ninth_circuit import NinthCircuit
from ._records import MAX_BYTES, CaseFormatError, load
from ._render import to_json, to_text
from ._scales import Merits, PublicInterest
from ._schema import schema

__all__ = ["main"]

_TRIGGERS = {"likely": Merits.LIKELY, "serious_questions": Merits.SERIOUS_QUESTIONS, "off": None}


def _max_bytes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of bytes, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 byte, got {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="injunction",
        description="Evaluate motions for interim relief (TROs, preliminary injunctions, "
        "injunctions and stays pending appeal) under the Ninth Circuit's standards.",
        epilog="Run 'injunction COMMAND --help' for a command's options.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ev = commands.add_parser(
        "evaluate",
        help="decide a case record and print the reasoned analysis",
        description="Decide the motion in a case record (JSON or TOML, spec version 1) and print "
        "a reasoned analysis citing its authorities, or the decision as JSON.",
        epilog="Exit status: 0 evaluated (whatever the disposition); 2 the record could not be read, "
        "with every problem on standard error. Example: injunction evaluate examples/parler_v_aws.toml",
    )
    ev.add_argument("file", metavar="FILE", help="a case record: a .json or .toml file")
    ev.add_argument("--json", action="store_true", help="print the decision as JSON (Decision.to_dict())")
    _add_max_bytes(ev)
    options = ev.add_argument_group("unsettled doctrine (see injunction.NinthCircuit)")
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
        "--constitutional-presumption",
        choices=list(_TRIGGERS),
        default="likely",
        help="merits a constitutional claim needs before harm and public interest are presumed (default: likely)",
    )

    va = commands.add_parser(
        "validate",
        help="check case records without evaluating them",
        description="Check each case record against the format (spec version 1) and report every "
        "problem, for pipelines that accept records from users.",
        epilog="Exit status: 0 every record is valid; 2 any is not. The last line is a summary.",
    )
    va.add_argument("files", metavar="FILE", nargs="+", help="case records: .json or .toml files")
    _add_max_bytes(va)

    sc = commands.add_parser(
        "schema",
        help="print a JSON Schema (draft 2020-12)",
        description="Print the JSON Schema of a case record or of the output of 'evaluate --json'.",
    )
    sc.add_argument("name", choices=["record", "decision"], help="which schema to print")
    return parser


def _add_max_bytes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-bytes",
        type=_max_bytes,
        default=MAX_BYTES,
        metavar="N",
        help=f"refuse a file larger than N bytes (default: {MAX_BYTES:,})",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "schema":
        print(json.dumps(schema(args.name), indent=2))
        return 0
    if args.command == "validate":
        return _validate(args.files, args.max_bytes)
    standard = NinthCircuit(
        public_interest_threshold=PublicInterest(args.public_interest_threshold),
        serious_questions_path=not args.no_serious_questions_path,
        mandatory_serious_questions=args.mandatory_serious_questions,
        constitutional_presumption=_TRIGGERS[args.constitutional_presumption],
    )
    try:
        case = load(args.file, max_bytes=args.max_bytes)
    except CaseFormatError as error:
        print(error, file=sys.stderr)
        return 2
    decision = evaluate(case, standard)
    print(to_json(decision) if args.json else to_text(decision), end="\n" if args.json else "")
    return 0


def _validate(files: Sequence[str], max_bytes: int) -> int:
    invalid = 0
    for name in files:
        try:
            load(name, max_bytes=max_bytes)
        except CaseFormatError as error:
            invalid += 1
            print(error)
        else:
            print(f"{name}: valid")
    count = len(files)
    noun = "record" if count == 1 else "records"
    print(f"{count} {noun} checked: {count - invalid} valid, {invalid} invalid")
    return 2 if invalid else 0

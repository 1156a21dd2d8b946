"""The ``injunction`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._decision import evaluate
from ._ninth_circuit import NinthCircuit
from ._records import InjunctionError, load
from ._render import to_json, to_text
from ._scales import Merits, PublicInterest

__all__ = ["main"]

_TRIGGERS = {"likely": Merits.LIKELY, "serious_questions": Merits.SERIOUS_QUESTIONS, "off": None}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="injunction",
        description="Evaluate motions for interim relief (TROs, preliminary injunctions, "
        "injunctions and stays pending appeal) under the Ninth Circuit's standards.",
        epilog="Exit status: 0 evaluated, 2 a record could not be read (problems on standard error).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ev = commands.add_parser(
        "evaluate",
        help="decide a case record and print the reasoned analysis",
        description="Decide the motion in a case record (JSON or TOML, spec version 1) and print "
        "a reasoned analysis citing its authorities, or the decision as JSON.",
        epilog="Example: injunction evaluate examples/parler_v_aws.toml",
    )
    ev.add_argument("file", metavar="FILE", help="a case record: a .json or .toml file")
    ev.add_argument("--json", action="store_true", help="print the decision as JSON (Decision.to_dict())")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    standard = NinthCircuit(
        public_interest_threshold=PublicInterest(args.public_interest_threshold),
        serious_questions_path=not args.no_serious_questions_path,
        mandatory_serious_questions=args.mandatory_serious_questions,
        constitutional_presumption=_TRIGGERS[args.constitutional_presumption],
    )
    try:
        case = load(args.file)
    except InjunctionError as error:
        print(error, file=sys.stderr)
        return 2
    decision = evaluate(case, standard)
    print(to_json(decision) if args.json else to_text(decision), end="\n" if args.json else "")
    return 0

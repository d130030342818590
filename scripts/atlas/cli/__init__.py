"""Command line: `python -m atlas check | render | new | schemas | headers | stale | links | ...`.

One module per command; each adds its sub-command to the parser and runs the same code as the
MkDocs hook. argparse lives only here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..load import DataError
from . import audit, check, epoch, headers, links, new, render, schemas, stale, synth

COMMANDS = (check, render, new, schemas, headers, stale, links, epoch, audit, synth)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per task."""
    parser = argparse.ArgumentParser(prog="python -m atlas", description=__doc__)
    parser.add_argument(
        "--data", type=Path, default=Path("data"), help="the data folder (default: data)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.add_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; data problems are printed one per line and give exit status 1."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except FileExistsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

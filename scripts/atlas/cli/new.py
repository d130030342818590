"""`python -m atlas new KIND NAME`: a data file for a new entry, ready to fill in."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from ..editor.scaffold import ScaffoldError, create_entry, kind_of, kind_words


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit status."""
    try:
        path = create_entry(args.data, kind_of(args.kind), args.name, args.id, args.checked)
    except ScaffoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"created {path}")
    print("next: fill in the fields marked Required, then run `python -m atlas check`")
    return 0


def add_command(commands: Any) -> None:
    """Register `python -m atlas new KIND NAME [--id ID]`."""
    command = commands.add_parser(
        "new", help="create a data file for a new entry, ready to fill in"
    )
    command.add_argument("kind", help=f"what to add: {', '.join(kind_words())}")
    command.add_argument("name", help='its name or title, e.g. "Zhipu AI"')
    command.add_argument("--id", help="the id to use instead of one made from the name")
    command.add_argument(
        "--checked",
        type=date.fromisoformat,
        default=None,
        help="the date for last_checked (default: today)",
    )
    command.set_defaults(run=run)

"""`python -m atlas stale`: list the entries whose facts were last checked too long ago."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ..graph import load_graph
from ..graph.freshness import STALE_AFTER_DAYS, stale_entries
from ..source_date import build_date


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit status."""
    dataset = load_graph(args.data).dataset
    today = args.as_of or build_date() or date.today()
    stale = stale_entries(dataset, today, args.days)
    for item in stale:
        origin = dataset.origins[(item.entity.kind, item.entity.id)]
        print(f"{origin.path}: last checked {item.checked.isoformat()} ({item.days} days ago)")
    print(
        f"{len(stale)} of {len(dataset)} entries were last checked more than {args.days} days "
        f"before {today.isoformat()}"
    )
    return 0


def add_command(commands: Any) -> None:
    """Register `python -m atlas stale [--days N] [--as-of DATE]`."""
    command = commands.add_parser(
        "stale", help="list entries whose facts were last checked too long ago"
    )
    command.add_argument(
        "--days",
        type=int,
        default=STALE_AFTER_DAYS,
        help=f"how old a check may be (default: {STALE_AFTER_DAYS})",
    )
    command.add_argument(
        "--as-of",
        type=date.fromisoformat,
        default=None,
        help="judge as of this date (default: SOURCE_DATE_EPOCH's day, else today)",
    )
    command.set_defaults(run=run)

"""`python -m atlas epoch`: compare the model cards with Epoch AI's model data.

Lists every difference in release date or size between a card and the Epoch row its
`identifiers.epoch` names, as explained (the card shows it) or unexplained, then the cards that
look like an Epoch row but name none, then the counts. Exit status 1 when a difference is
unexplained. The rules are in `atlas.graph.crosscheck`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..graph.crosscheck import crosscheck
from ..graph.epoch import EPOCH_TABLE, EpochTableError, read_epoch
from ..load import load_dataset


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit status."""
    table: Path = args.table or args.data.parent / EPOCH_TABLE
    try:
        epoch = read_epoch(table)
    except (OSError, EpochTableError) as error:
        print(f"error: {error}")
        return 2
    report = crosscheck(load_dataset(args.data), epoch)
    shown = (
        ("unexplained", "explained", "agree", "not compared")
        if args.all
        else (
            "unexplained",
            "explained",
        )
    )
    for status in shown:
        for finding in report.of(status):
            print(finding)
    for warning in report.warnings:
        print(f"{warning.path}:{warning.line}: {warning.field}: warning: {warning.message}")
    print(report.summary())
    return 1 if report.count("unexplained") else 0


def add_command(commands: Any) -> None:
    """Register `python -m atlas epoch [--table CSV] [--all]`."""
    command = commands.add_parser(
        "epoch", help="compare the model cards' dates and sizes with Epoch AI's model data"
    )
    command.add_argument(
        "--table",
        type=Path,
        default=None,
        help=f"Epoch's table (default: {EPOCH_TABLE} beside the data folder)",
    )
    command.add_argument(
        "--all", action="store_true", help="also list agreements and facts not compared"
    )
    command.set_defaults(run=run)

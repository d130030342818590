"""`python -m atlas check`: validate, check and link every data file without building."""

from __future__ import annotations

import argparse
from typing import Any

from ..graph import load_graph


def run(args: argparse.Namespace) -> int:
    """Print how many entries of each kind passed; problems raise `DataError`."""
    dataset = load_graph(args.data).dataset
    counts = ", ".join(f"{len(dataset.of(kind))} {kind}" for kind in dataset.entities)
    print(f"check passed: {len(dataset)} entries ({counts})")
    return 0


def add_command(commands: Any) -> None:
    """Register `python -m atlas check`."""
    command = commands.add_parser("check", help="validate every data file without building")
    command.set_defaults(run=run)

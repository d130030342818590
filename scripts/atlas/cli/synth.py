"""`python -m atlas synth N --out DIR`: write a synthetic data set, for benchmarks only."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..bench.synth import generate, write


def run(args: argparse.Namespace) -> int:
    """Write an invented data set of N entities into a new or empty folder."""
    if args.out.exists() and any(args.out.iterdir()):
        print(f"error: {args.out} is not empty", file=sys.stderr)
        return 2
    files = generate(args.n, args.seed)
    write(files, args.out)
    print(f"wrote {len(files)} files to {args.out}")
    return 0


def add_command(commands: Any) -> None:
    """Register `python -m atlas synth N --out DIR [--seed S]`."""
    command = commands.add_parser("synth", help="write a synthetic data set (for benchmarks)")
    command.add_argument("n", type=int, help="number of entities")
    command.add_argument("--out", type=Path, required=True, help="a new data folder")
    command.add_argument("--seed", type=int, default=7)
    command.set_defaults(run=run)

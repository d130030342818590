"""`python -m atlas headers [--check] [FILE ...]`: the editor schema line atop each data file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..editor.headers import data_files, fix_headers, header_line, missing_headers


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit status."""
    paths = [path for path in args.files if path.suffix == ".yaml"] or data_files(args.data)
    if args.check:
        missing = missing_headers(paths)
        for path in missing:
            print(f"{path}:1: first line must be: {header_line(path.parent.name)}")
        if missing:
            print("run `python -m atlas headers` to add it")
        return 1 if missing else 0
    for path in fix_headers(paths):
        print(f"added the editor schema line to {path}")
    return 0


def add_command(commands: Any) -> None:
    """Register `python -m atlas headers [--check] [FILE ...]`."""
    command = commands.add_parser(
        "headers", help="add the editor schema line to data files that lack it"
    )
    command.add_argument(
        "files", nargs="*", type=Path, help="data files to fix (default: all under --data)"
    )
    command.add_argument(
        "--check", action="store_true", help="only list files without it; exit 1 if any"
    )
    command.set_defaults(run=run)

"""The first line of every data file: a comment that points editors at its kind's JSON Schema.

`python -m atlas headers` adds or corrects it in every data file (or in the files it is given),
so a new file only needs that one command before it is committed.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .jsonschema import SCHEMA_DIR, schema_file
from .schema import KINDS

MARKER = "# yaml-language-server:"


def header_line(kind: str) -> str:
    """`# yaml-language-server: $schema=../../schemas/<kind>.schema.json` for data/<kind>/."""
    return f"{MARKER} $schema=../../{SCHEMA_DIR}/{schema_file(kind)}"


def with_header(text: str, kind: str) -> str:
    """The text with the right header as its first line (an old or wrong one is replaced)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    body = text.removeprefix("\ufeff")
    first, separator, rest = body.partition("\n")
    if first.rstrip("\r").startswith(MARKER):
        body = rest if separator else ""
    return header_line(kind) + newline + body


def data_files(data_dir: Path) -> list[Path]:
    """Every `data/<kind>/*.yaml` file, sorted."""
    return sorted(path for kind in KINDS for path in (data_dir / kind).glob("*.yaml"))


def missing_headers(paths: Iterable[Path]) -> list[Path]:
    """The data files whose first line is not their kind's header."""
    return [
        path
        for path in paths
        if path.parent.name in KINDS
        and path.read_text(encoding="utf-8-sig").partition("\n")[0].rstrip("\r")
        != header_line(path.parent.name)
    ]


def fix_headers(paths: Iterable[Path]) -> list[Path]:
    """Add or correct the header of each data file that needs it; returns the files changed."""
    changed = missing_headers(paths)
    for path in changed:
        text = path.read_bytes().decode("utf-8")
        path.write_bytes(with_header(text, path.parent.name).encode("utf-8"))
    return changed


def _run(args: argparse.Namespace) -> int:
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
    command.set_defaults(run=_run)

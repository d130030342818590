"""`python -m atlas schemas [--check]`: regenerate the JSON Schemas in schemas/ from the models."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..editor.jsonschema import SCHEMA_DIR, render_schemas, stale_schemas
from ..render.output import sync_pages


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit status."""
    folder: Path = args.out or args.data.parent / SCHEMA_DIR
    if args.check:
        stale = stale_schemas(folder)
        for name in stale:
            print(f"{folder / name}: out of date with the models", flush=True)
        if stale:
            print("run `python -m atlas schemas` to regenerate them")
            return 1
        print(f"schemas are up to date ({folder})")
        return 0
    written, removed = sync_pages(render_schemas(), folder)
    print(f"schemas: {written} written, {removed} removed, in {folder}")
    return 0


def add_command(commands: Any) -> None:
    """Register `python -m atlas schemas [--check]`."""
    command = commands.add_parser(
        "schemas", help="regenerate the JSON Schemas in schemas/ from the models"
    )
    command.add_argument(
        "--out", type=Path, default=None, help="the folder to write (default: schemas/)"
    )
    command.add_argument(
        "--check", action="store_true", help="only report stale schemas; exit 1 if any"
    )
    command.set_defaults(run=run)

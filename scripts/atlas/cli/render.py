"""`python -m atlas render --out DIR`: write the generated pages and files to a new folder."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ..graph import load_graph
from ..render.output import write_tree
from ..render.site import read_schemas, render_site
from ..source_date import build_date


def run(args: argparse.Namespace) -> int:
    """Render every page and file of the data in `--data` into the new folder `--out`."""
    site_url = os.environ.get("ATLAS_SITE_URL") or None
    try:
        today = build_date()
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    schemas = read_schemas(args.data.resolve().parent / "schemas")
    pages = render_site(load_graph(args.data), site_url, schemas, today=today)
    write_tree(pages, args.out)
    print(f"wrote {len(pages)} files to {args.out}")
    return 0


def add_command(commands: Any) -> None:
    """Register `python -m atlas render --out DIR`."""
    command = commands.add_parser("render", help="write the generated Markdown to a new folder")
    command.add_argument("--out", type=Path, required=True, help="a folder that does not exist yet")
    command.set_defaults(run=run)

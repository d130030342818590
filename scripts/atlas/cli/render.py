"""`python -m atlas render --out DIR`: write the generated pages and files to a new folder.

With `--project`, DIR is a whole site project that any engine reading `mkdocs.yml` can build
without the MkDocs hook (Zensical, or MkDocs itself): the project's `mkdocs.yml` with its hooks
removed, `docs/` holding the hand-written and the generated pages, and `overrides/`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..graph import load_graph
from ..render.output import write_tree
from ..render.site import read_schemas, render_site
from ..source_date import build_date

MKDOCS_ONLY = ("hooks", "watch", "edit_uri")
"""Top-level settings of mkdocs.yml that only the hook's build uses: an entry's edit link opens
its YAML file only through the hook, so the project has none."""
OWN_SEARCH = re.compile(r"^(\s+atlas_search:\s*).*$", re.MULTILINE)
"""The search setting: without the hook nothing writes Pagefind's index, so a project built by
another engine uses that engine's own search (Material's, which Zensical also provides)."""
NO_EDIT_LINKS = '\n# Generated pages have no source file here to edit.\nedit_uri: ""\n'


def run(args: argparse.Namespace) -> int:
    """Render every page and file of the data in `--data` into the new folder `--out`."""
    site_url = os.environ.get("ATLAS_SITE_URL") or None
    try:
        today = build_date()
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    root = args.data.resolve().parent
    pages = render_site(
        load_graph(args.data), site_url, read_schemas(root / "schemas"), today=today
    )
    if args.project:
        write_project(pages, root, args.out)
        print(f"wrote a site project with {len(pages)} generated files to {args.out}")
    else:
        write_tree(pages, args.out)
        print(f"wrote {len(pages)} files to {args.out}")
    return 0


def write_project(pages: Mapping[str, str], root: Path, out: Path) -> None:
    """Write `out` as a site project: config without hooks, docs/ with every page, overrides/.

    Raises:
        FileExistsError: when `out` exists, or a hand-written page would hide a generated one.
    """
    hidden = sorted(path for path in pages if (root / "docs" / path).exists())
    if hidden:
        raise FileExistsError(f"docs/{hidden[0]} would hide a generated page; rename or remove it")
    config = without_settings((root / "mkdocs.yml").read_text(encoding="utf-8"), MKDOCS_ONLY)
    config = OWN_SEARCH.sub(r"\1material  # Pagefind's index is built by the hook", config)
    config += NO_EDIT_LINKS
    write_tree({"mkdocs.yml": config, **{f"docs/{p}": text for p, text in pages.items()}}, out)
    shutil.copytree(root / "docs", out / "docs", dirs_exist_ok=True)
    shutil.copytree(root / "overrides", out / "overrides")


def without_settings(config: str, names: tuple[str, ...]) -> str:
    """The text of a YAML config without the given top-level settings (and their comments).

    Why text and not YAML: mkdocs.yml uses tags (`!ENV`) that must reach the engine as written.
    """
    kept: list[str] = []
    skipping = False
    for line in config.splitlines(keepends=True):
        top_level = re.match(r"[A-Za-z_][\w-]*:", line)
        if top_level:
            skipping = line.split(":", 1)[0] in names
        if not skipping:
            kept.append(line)
    return "".join(kept)


def add_command(commands: Any) -> None:
    """Register `python -m atlas render --out DIR [--project]`."""
    command = commands.add_parser("render", help="write the generated Markdown to a new folder")
    command.add_argument("--out", type=Path, required=True, help="a folder that does not exist yet")
    command.add_argument(
        "--project",
        action="store_true",
        help="write a whole site project (mkdocs.yml without hooks, docs/, overrides/) for any "
        "engine, such as Zensical",
    )
    command.set_defaults(run=run)

"""Command line: `python -m atlas check | render`. Runs the same code as the MkDocs hook."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import freshness, headers, jsonschema, linkcheck, scaffold
from .errors import DataError
from .key_facts import key_facts
from .load import load_dataset
from .output import write_tree
from .publish import read_schemas, render_site
from .schema import Money


def _check(args: argparse.Namespace) -> int:
    dataset = load_dataset(args.data)
    counts = ", ".join(f"{len(dataset.of(kind))} {kind}" for kind in dataset.entities)
    print(f"check passed: {len(dataset)} entries ({counts})")
    facts = key_facts(dataset)
    if facts:
        unquoted = [fact for fact in facts if not fact.quoted]
        share = (len(facts) - len(unquoted)) / len(facts)
        print(
            f"key facts quoting their source: {len(facts) - len(unquoted)} of {len(facts)} "
            f"({share:.0%}); list the others with 'check --unquoted'"
        )
        if args.unquoted:
            for fact in unquoted:
                origin = dataset.origins[(fact.entity.kind, fact.entity.id)]
                problem = origin.problem(fact.path, "carries no quote")
                value = fact.value
                if isinstance(value, Money):
                    value = f"{value.currency} {value.amount or value.wording}"
                print(f"{problem.path}:{problem.line}: {problem.field}: {value}")
    return 0


def _render(args: argparse.Namespace) -> int:
    site_url = os.environ.get("ATLAS_SITE_URL") or None
    try:
        today = freshness.build_date()
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    schemas = read_schemas(args.data.resolve().parent / "schemas")
    pages = render_site(load_dataset(args.data), site_url, schemas, today=today)
    write_tree(pages, args.out)
    print(f"wrote {len(pages)} files to {args.out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per task."""
    parser = argparse.ArgumentParser(prog="python -m atlas", description=__doc__)
    parser.add_argument(
        "--data", type=Path, default=Path("data"), help="the data folder (default: data)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate every data file without building")
    check.add_argument(
        "--unquoted",
        action="store_true",
        help="list the key facts (amounts, valuations, release and policy dates) without a quote",
    )
    check.set_defaults(run=_check)
    render = commands.add_parser("render", help="write the generated Markdown to a new folder")
    render.add_argument("--out", type=Path, required=True, help="a folder that does not exist yet")
    render.set_defaults(run=_render)
    for module in (scaffold, jsonschema, headers, freshness, linkcheck):
        module.add_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; data problems are printed one per line and give exit status 1."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except FileExistsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

"""`python -m atlas check [--unquoted]`: validate, check and link every data file, no build."""

from __future__ import annotations

import argparse
from typing import Any

from ..graph import load_graph
from ..graph.key_facts import key_facts
from ..load import Dataset
from ..schema import Money, Source


def run(args: argparse.Namespace) -> int:
    """Print how many entries of each kind passed; problems raise `DataError`."""
    dataset = load_graph(args.data).dataset
    counts = ", ".join(f"{len(dataset.of(kind))} {kind}" for kind in dataset.entities)
    print(f"check passed: {len(dataset)} entries ({counts})")
    _report_quotes(dataset, args.unquoted)
    _report_copies(dataset)
    return 0


def _report_copies(dataset: Dataset) -> None:
    """How many sources were read on a copy; how many of the copies were not compared.

    A copy not compared with the publisher's text may reword it, so its quotes may not be the
    publisher's exact words.
    """
    copies = [source.read_at for source in dataset if isinstance(source, Source) and source.read_at]
    if copies:
        unchecked = sum(copy.compared is False for copy in copies)
        print(
            f"sources read on a copy: {len(copies)}; "
            f"marked as not compared with the publisher's text: {unchecked}"
        )


def _report_quotes(dataset: Dataset, list_them: bool) -> None:
    """How many key facts quote their source; with `list_them`, where the others are."""
    facts = key_facts(dataset)
    if not facts:
        return
    unquoted = [fact for fact in facts if not fact.quoted]
    share = (len(facts) - len(unquoted)) / len(facts)
    print(
        f"key facts quoting their source: {len(facts) - len(unquoted)} of {len(facts)} "
        f"({share:.0%}); list the others with 'check --unquoted'"
    )
    if list_them:
        for fact in unquoted:
            origin = dataset.origins[(fact.entity.kind, fact.entity.id)]
            problem = origin.problem(fact.path, "carries no quote")
            value = fact.value
            if isinstance(value, Money):
                value = f"{value.currency} {value.amount or value.wording}"
            print(f"{problem.path}:{problem.line}: {problem.field}: {value}")


def add_command(commands: Any) -> None:
    """Register `python -m atlas check [--unquoted]`."""
    command = commands.add_parser("check", help="validate every data file without building")
    command.add_argument(
        "--unquoted",
        action="store_true",
        help="list the key facts (amounts, valuations, release and policy dates) without a quote",
    )
    command.set_defaults(run=run)

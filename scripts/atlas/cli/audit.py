"""`python -m atlas audit --sample 40 --seed N`: a random sample of facts as a checklist.

Each item gives the fact's place in its file, its value, and each citation with the source's
publisher, date, address, the copy read and the quote, for a person to read against the source.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from ..graph import load_graph
from ..graph.audit import AuditFact, draw
from ..load.dataset import Dataset
from ..schema import Money, Source


def _text(value: Any) -> str:
    """A value as one line of plain text."""
    if isinstance(value, Money):
        amount = f"{value.amount:,f}" if value.amount is not None else value.wording
        qualifier = "" if value.qualifier == "exact" else f" ({value.qualifier})"
        return f"{value.currency} {amount}{qualifier}"
    if isinstance(value, BaseModel):
        return _text(
            {
                name: getattr(value, name)
                for name, info in type(value).model_fields.items()
                if name != "sources" and getattr(value, name) != info.default
            }
        )
    if isinstance(value, dict):
        return "; ".join(f"{key}: {_text(item)}" for key, item in value.items())
    if isinstance(value, tuple | list):
        return ", ".join(_text(item) for item in value)
    if isinstance(value, Decimal):
        return f"{value:,f}"
    return " ".join(str(value).split())


def _qualifiers(qualifiers: dict[str, Any]) -> str:
    """'as of 2025-11; self-reported; note: …', as the page qualifies the value."""
    words = {
        "as_of": lambda value: f"as of {value}",
        "claim": lambda value: "self-reported",
        "confidence": lambda value: f"{value} confidence",
        "note": lambda value: f"note: {_text(value)}",
    }
    return "; ".join(words[name](value) for name, value in qualifiers.items())


def _item(number: int, fact: AuditFact, dataset: Dataset) -> list[str]:
    origin = dataset.origins[(fact.entity.kind, fact.entity.id)]
    where = origin.problem(fact.path, "")
    lines = [f"- [ ] **{number}.** `{where.path}:{where.line}` {where.field}: {_text(fact.value)}"]
    if fact.qualifiers:
        lines.append(f"    - shown with it: {_qualifiers(fact.qualifiers)}")
    for citation in fact.citations:
        source = dataset.get("sources", citation.id)
        assert isinstance(source, Source)
        dated = f", {source.published}" if source.published else ""
        address = source.url or "(no publisher address: see the copy)"
        described = f"{source.publisher}{dated}, “{source.title}” ({source.type})"
        lines.append(f"    - source `{source.id}`: {described}")
        lines.append(f"      address: {address}")
        if source.read_at:
            lines.append(f"      read at (a copy): {source.read_at.url}")
        if citation.quote:
            lines.append(f"      quote: “{citation.quote}”")
            if citation.gloss:
                lines.append(f"      gloss: {citation.gloss}")
    return lines


def checklist(dataset: Dataset, size: int, seed: int) -> str:
    """The sample as a Markdown checklist, headed by how it was drawn."""
    facts, total = draw(dataset, size, seed)
    lines = [
        f"# Audit sample: {len(facts)} of {total} facts, seed {seed}",
        "",
        "Read each fact against its source (the address, or the copy read). Mark it right, wrong "
        "(the source says otherwise) or unsupported (the source does not say it), and fix what "
        "is wrong in the data.",
        "",
    ]
    for number, fact in enumerate(facts, 1):
        lines.extend(_item(number, fact, dataset))
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit status."""
    print(checklist(load_graph(args.data).dataset, args.sample, args.seed), end="")
    return 0


def add_command(commands: Any) -> None:
    """Register `python -m atlas audit --sample N --seed N`."""
    command = commands.add_parser(
        "audit", help="print a random sample of facts with their sources, as a checklist"
    )
    command.add_argument("--sample", type=int, default=40, help="how many facts (default: 40)")
    command.add_argument("--seed", type=int, required=True, help="the random seed to draw with")
    command.set_defaults(run=run)

"""A random sample of the atlas's facts, drawn so that anyone can repeat the audit.

The same data and seed give the same sample. A fact is a sourced value (`{value, sources}`) or a
record that cites its own sources (a funding round, a person, an event, a provision), with the
citations that support it: its own, else the entry's.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from ..load.dataset import Dataset
from ..schema import Entity, Source, Sourced
from ..schema.common import Citation, Disputed, borrowed
from ..schema.refs import FieldPath, iter_instances


@dataclass(frozen=True)
class AuditFact:
    """One checkable statement and the citations that support it."""

    entity: Entity
    path: FieldPath
    value: Any
    citations: tuple[Citation, ...]
    qualifiers: dict[str, Any] = field(default_factory=dict)
    """What the page shows with a sourced value, and is checked with it: its note, as-of date,
    whether it is self-reported, and low confidence."""


QUALIFIERS = ("note", "as_of", "claim", "confidence")
"""The fields of a sourced value that qualify it on the page (see `schema.Sourced`)."""


def _own_fields(record: BaseModel) -> dict[str, Any]:
    """A record's own statements: its set fields but its sources and its nested facts."""
    return {
        name: value
        for name, info in type(record).model_fields.items()
        if name != "sources"
        and (value := getattr(record, name)) != info.default
        and not isinstance(value, Sourced | Disputed)
    }


def facts_of(entity: Entity) -> Iterator[AuditFact]:
    """The checkable facts of one entry, in the order of its file."""
    for path, record in iter_instances(entity, BaseModel):
        if not path or isinstance(record, Citation) or "sources" not in type(record).model_fields:
            continue
        citations = record.sources or borrowed(entity.sources)  # type: ignore[attr-defined]
        if isinstance(record, Sourced):
            shown = {name: value for name in QUALIFIERS if (value := getattr(record, name))}
            yield AuditFact(entity, path, record.value, citations, shown)
        elif (value := _own_fields(record)) != {}:  # a record whose statements are all facts
            yield AuditFact(entity, path, value, citations)


def audit_facts(dataset: Dataset) -> list[AuditFact]:
    """Every checkable fact of every entry (sources are what facts are checked against)."""
    return [
        fact for entity in dataset if not isinstance(entity, Source) for fact in facts_of(entity)
    ]


def draw(dataset: Dataset, size: int, seed: int) -> tuple[list[AuditFact], int]:
    """`size` facts drawn with `seed`, in file order; and how many facts there were."""
    facts = audit_facts(dataset)
    chosen = sorted(random.Random(seed).sample(range(len(facts)), min(size, len(facts))))
    return [facts[index] for index in chosen], len(facts)

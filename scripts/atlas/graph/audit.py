"""A random sample of the atlas's facts, drawn so that anyone can repeat the audit.

The same data and seed give the same sample. A fact is a sourced value (`{value, sources}`) or a
record that cites its own sources (a funding round, a person, an event, a provision), with the
citations that support it: its own, else the entry's.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ..load.dataset import Dataset
from ..schema import Entity, Source, Sourced
from ..schema.common import Citation, Disputed
from ..schema.refs import FieldPath, iter_instances


@dataclass(frozen=True)
class AuditFact:
    """One checkable statement and the citations that support it."""

    entity: Entity
    path: FieldPath
    value: Any
    citations: tuple[Citation, ...]


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
        citations = record.sources or entity.sources  # type: ignore[attr-defined]
        value = record.value if isinstance(record, Sourced) else _own_fields(record)
        if value != {}:  # a record whose statements are all facts of their own
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

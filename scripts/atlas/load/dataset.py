"""The validated data: every entity by kind and id, and where in which file each one came from."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType

from ..schema import Entity, Ref, iter_refs
from ..schema.refs import FieldPath
from .errors import Problem, format_path
from .yamlio import Document

EntityKey = tuple[str, str]
"""(kind, id), e.g. ('organizations', 'zhipu-ai')."""


@dataclass(frozen=True)
class Origin:
    """Where an entity came from: its repo-relative path and parsed document (for line numbers)."""

    path: str
    document: Document

    def line_of(self, field: FieldPath) -> int:
        """The line of a field path in the file."""
        return self.document.line_of(field)

    def problem(self, field: FieldPath, message: str) -> Problem:
        """A problem located at `field` of the validated entity, reported as written in the file.

        A plain value in the file (`founded: 2019`) is `founded.value` once validated, and a
        bare source id (`sources: [scmp-2023]`) is `sources.0.id`; the step that the file does
        not have is dropped.
        """
        written: FieldPath = ()
        for part in field:
            if part in ("value", "id") and written and not self.document.has((*written, part)):
                continue
            written = (*written, part)
        return Problem(self.path, self.line_of(written), format_path(written), message)


@dataclass(frozen=True)
class Dataset:
    """Every validated entity, by kind then id, each sorted by id."""

    entities: Mapping[str, Mapping[str, Entity]]
    origins: Mapping[EntityKey, Origin]

    def of(self, kind: str) -> Mapping[str, Entity]:
        """The entities of one kind, sorted by id."""
        return self.entities.get(kind, MappingProxyType({}))

    def get(self, kind: str, entity_id: str) -> Entity:
        """One entity; raises KeyError for an unknown id (references are resolved at load)."""
        return self.entities[kind][entity_id]

    @cached_property
    def references(self) -> Mapping[EntityKey, tuple[tuple[FieldPath, Ref, str], ...]]:
        """`(field path, ref, id)` of every reference in each entity, found once.

        Why: loading, several checks and the graph all need them; walking every entity's fields
        once instead of four times is a tenth of a large load.
        """
        return {(entity.kind, entity.id): tuple(iter_refs(entity)) for entity in self}

    def __iter__(self) -> Iterator[Entity]:
        for kind in self.entities:
            yield from self.entities[kind].values()

    def __len__(self) -> int:
        return sum(len(entities) for entities in self.entities.values())

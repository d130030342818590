"""Links the dataset into a graph: every reference seen from both ends, and one timeline."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..load.dataset import Dataset, EntityKey
from ..schema import Entity, Event
from ..schema.common import Citation, borrowed
from ..schema.refs import FieldPath


@dataclass(frozen=True)
class Backlink:
    """`entity` refers to the target at `path` (e.g. ('funding_rounds', 2, 'investors', 0))."""

    entity: Entity
    path: FieldPath

    @property
    def field(self) -> str:
        """The top-level field holding the reference."""
        return str(self.path[0])

    @property
    def record(self) -> Any:
        """The nested record holding the reference, e.g. the funding round or a policy's chip."""
        node: Any = self.entity
        for step in self.path[:-1]:
            node = node[step] if isinstance(step, int) else getattr(node, step)
        return node


@dataclass(frozen=True)
class TimelineEntry:
    """An event with the entity it belongs to and the sources that support it."""

    event: Event
    entity: Entity
    sources: tuple[Citation, ...]

    @property
    def sort_key(self) -> tuple[str, str, str, str]:
        """Chronological, then stable by kind, id and text."""
        return (self.event.date, self.entity.kind, self.entity.id, self.event.text)


class Graph:
    """The dataset plus reverse relations, computed once per build."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        backlinks: dict[EntityKey, list[Backlink]] = defaultdict(list)
        for entity in dataset:
            for path, ref, target in dataset.references[(entity.kind, entity.id)]:
                backlinks[(ref.kind, target)].append(Backlink(entity, path))
        self._backlinks = {
            key: sorted(links, key=lambda link: (link.entity.kind, link.entity.id, link.path))
            for key, links in backlinks.items()
        }

    def referrers(self, entity: Entity, *fields: str, kind: str | None = None) -> list[Backlink]:
        """Backlinks into `entity`, optionally only from the given top-level fields or kind."""
        links = self._backlinks.get((entity.kind, entity.id), [])
        return [
            link
            for link in links
            if (not fields or link.field in fields) and (kind is None or link.entity.kind == kind)
        ]

    def referring_entities(
        self, entity: Entity, *fields: str, kind: str | None = None
    ) -> list[Entity]:
        """The distinct entities that refer to `entity`, sorted by kind and id."""
        seen: dict[EntityKey, Entity] = {}
        for link in self.referrers(entity, *fields, kind=kind):
            seen.setdefault((link.entity.kind, link.entity.id), link.entity)
        return [seen[key] for key in sorted(seen)]

    def dated_referrers(
        self, entity: Entity, *fields: str, kind: str | None = None
    ) -> list[tuple[str | None, Backlink]]:
        """Backlinks into `entity` with their dates, oldest first (undated ones last).

        A backlink's date is its record's own `date` if it has one, else the earliest date among
        the referring entity's own dated fields (for a policy: when it was announced, signed,
        published...), else the earliest of its other events.
        """
        dated = []
        for link in self.referrers(entity, *fields, kind=kind):
            date = getattr(link.record, "date", None)
            if date is None:
                date = _start_date(link.entity)
            dated.append((date, link))
        return sorted(
            dated,
            key=lambda item: (
                item[0] is None,
                item[0] or "",
                item[1].entity.kind,
                item[1].entity.id,
            ),
        )

    def resolve(self, kind: str, ids: Iterable[str]) -> list[Entity]:
        """Entities for a list of ids of one kind, in the given order."""
        return [self.dataset.get(kind, entity_id) for entity_id in ids]

    def effective_sources(self, entity: Entity, own: Iterable[Citation]) -> tuple[Citation, ...]:
        """A fact's own sources, or else the entry's top-level ones, lent without their quotes."""
        return tuple(own) or borrowed(entity.sources)

    @cached_property
    def timeline(self) -> list[TimelineEntry]:
        """Every dated event of every entity, oldest first."""
        entries = [
            TimelineEntry(event, entity, self.effective_sources(entity, event.sources))
            for entity in self.dataset
            for event in entity.dated_events()
        ]
        return sorted(entries, key=lambda entry: entry.sort_key)

    @cached_property
    def _timeline_by_entity(self) -> dict[EntityKey, list[TimelineEntry]]:
        by_entity: dict[EntityKey, list[TimelineEntry]] = defaultdict(list)
        for entry in self.timeline:
            by_entity[(entry.entity.kind, entry.entity.id)].append(entry)
        return by_entity

    def events_of(self, entity: Entity) -> list[TimelineEntry]:
        """The timeline entries of one entity, oldest first."""
        return self._timeline_by_entity.get((entity.kind, entity.id), [])


def _start_date(entity: Entity) -> str | None:
    """The earliest date of an entity's own dated fields, else of its extra events."""
    extra = set(entity.events)
    own = [event.date for event in entity.dated_events() if event not in extra]
    dates = own or [event.date for event in entity.events]
    return min(dates, default=None)

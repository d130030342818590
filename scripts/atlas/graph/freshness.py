"""How fresh each entry's facts are: the date they are judged against, the stale ones, the notice.

The reference date is never the clock at build time, so one commit builds one site: it is the
day of `SOURCE_DATE_EPOCH` when that is set (see `atlas.source_date`), and otherwise the newest
`last_checked` in the data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..load.dataset import Dataset
from ..schema import Entity

STALE_AFTER_DAYS = 365
"""Facts last checked longer ago than this are flagged on their page and in the report."""


def checked_on(entity: Entity) -> date | None:
    """The day the entry's facts were last checked, if it records one."""
    value = getattr(entity, "last_checked", None)
    return date.fromisoformat(value) if value else None


def newest_check(dataset: Dataset) -> date | None:
    """The most recent `last_checked` in the data."""
    return max(filter(None, map(checked_on, dataset)), default=None)


def reference_date(dataset: Dataset, pinned: date | None = None) -> date | None:
    """The day facts are judged against: `pinned` if given, else the newest check in the data."""
    return pinned or newest_check(dataset)


@dataclass(frozen=True)
class Staleness:
    """An entry whose facts were last checked more than the threshold before the reference."""

    entity: Entity
    checked: date
    days: int


def stale_entries(dataset: Dataset, today: date, days: int = STALE_AFTER_DAYS) -> list[Staleness]:
    """Entries checked more than `days` before `today`, oldest first."""
    found = []
    for entity in dataset:
        checked = checked_on(entity)
        if checked is not None and (today - checked).days > days:
            found.append(Staleness(entity, checked, (today - checked).days))
    return sorted(found, key=lambda item: (item.checked, item.entity.kind, item.entity.id))


RECENT_LIMIT = 50
"""How many entries the recent-changes page and the atlas-wide feed list."""


@dataclass(frozen=True)
class Change:
    """An entry and the day its facts were last added to, corrected or checked."""

    entity: Entity
    checked: date


def recent_changes(entities: Iterable[Entity], limit: int = RECENT_LIMIT) -> list[Change]:
    """The most recently checked entries (sources excepted), newest first, then by kind and id."""
    changes = [
        Change(entity, checked)
        for entity in entities
        if entity.kind != "sources" and (checked := checked_on(entity)) is not None
    ]
    changes.sort(key=lambda c: (-c.checked.toordinal(), c.entity.kind, c.entity.id))
    return changes[:limit]

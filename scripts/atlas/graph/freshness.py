"""How fresh each entry's facts are: the date they are judged against, the stale ones, the notice.

The reference date is never the clock at build time, so one commit builds one site: it is the
day of `SOURCE_DATE_EPOCH` when that is set (see `atlas.source_date`), and otherwise the newest
`last_checked` in the data.
"""

from __future__ import annotations

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


def notice(entity: Entity, today: date | None, days: int = STALE_AFTER_DAYS) -> str:
    """A Markdown warning for a page whose facts are stale, or an empty string."""
    checked = checked_on(entity)
    if today is None or checked is None or (today - checked).days <= days:
        return ""
    return (
        '!!! warning "These facts may be out of date"\n\n'
        f"    They were last checked against their sources on {checked.isoformat()}, "
        f"{(today - checked).days} days before this edition of the atlas ({today.isoformat()}). "
        "If you can check them again, please update this entry.\n"
    )


def with_notice(markdown: str, entity: Entity, today: date | None) -> str:
    """The page with the stale notice, if any, placed right under its first heading."""
    text = notice(entity, today)
    if not text:
        return markdown
    head, separator, rest = markdown.partition("\n# ")
    if not separator:
        return markdown
    title, _, body = rest.partition("\n")
    return f"{head}\n# {title}\n\n{text}{body}"

"""How fresh each entry's facts are: the date they are judged against, the stale ones, the notice.

The reference date is never the clock at build time, so one commit builds one site: it is the
day of `SOURCE_DATE_EPOCH` when that is set (the deploy sets it to the commit's time), and
otherwise the newest `last_checked` in the data.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from .dataset import Dataset
from .load import load_dataset
from .schema import Entity

STALE_AFTER_DAYS = 365
"""Facts last checked longer ago than this are flagged on their page and in the report."""


def checked_on(entity: Entity) -> date | None:
    """The day the entry's facts were last checked, if it records one."""
    value = getattr(entity, "last_checked", None)
    return date.fromisoformat(value) if value else None


def build_date(environ: Mapping[str, str] | None = None) -> date | None:
    """The day given by `SOURCE_DATE_EPOCH` (seconds since 1970, UTC), or None when unset.

    Raises:
        ValueError: when the variable is set but is not a whole number of seconds.
    """
    raw = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise ValueError(f"SOURCE_DATE_EPOCH must be a Unix time in seconds (got {raw!r})")
    return datetime.fromtimestamp(int(raw), tz=UTC).date()


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


def _run(args: argparse.Namespace) -> int:
    dataset = load_dataset(args.data)
    today = args.as_of or build_date() or date.today()
    stale = stale_entries(dataset, today, args.days)
    for item in stale:
        origin = dataset.origins[(item.entity.kind, item.entity.id)]
        print(f"{origin.path}: last checked {item.checked.isoformat()} ({item.days} days ago)")
    print(
        f"{len(stale)} of {len(dataset)} entries were last checked more than {args.days} days "
        f"before {today.isoformat()}"
    )
    return 0


def add_command(commands: Any) -> None:
    """Register `python -m atlas stale [--days N] [--as-of DATE]`."""
    command = commands.add_parser(
        "stale", help="list entries whose facts were last checked too long ago"
    )
    command.add_argument(
        "--days",
        type=int,
        default=STALE_AFTER_DAYS,
        help=f"how old a check may be (default: {STALE_AFTER_DAYS})",
    )
    command.add_argument(
        "--as-of",
        type=date.fromisoformat,
        default=None,
        help="judge as of this date (default: SOURCE_DATE_EPOCH's day, else today)",
    )
    command.set_defaults(run=_run)

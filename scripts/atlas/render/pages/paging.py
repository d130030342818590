"""Splits a long list into pages of bounded length: by a key (a year, a letter), then in parts.

Why: a page that lists the whole dataset grows with it; at 10,000 entities the timeline and the
indexes would be megabytes, too much for a phone. Every list a page shows whole is cut here into
pages of at most `LIMIT` rows, so no page grows with the data, and each item still has exactly
one page, which `Parts.where` finds for links that should land on it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

LIMIT = 150
"""The most rows of a table with citations (a timeline's) on one page: about 200 KB of HTML."""
LIST_LIMIT = 500
"""The most rows of an index's table (a link and a few words a row) on one page."""


@dataclass(frozen=True)
class Part(Generic[T]):
    """One page of a split list: a group (a year, a letter), or one part of a long group."""

    key: str
    """The group's key, also its file name ('2023', 'a')."""
    label: str
    """The group's name for readers ('2023', 'A')."""
    number: int
    count: int
    """How many parts the group has (1 when it fits on one page)."""
    items: Sequence[T]

    @property
    def slug(self) -> str:
        """The file name of this part: '2023' for the first, '2023-2' for the second."""
        return self.key if self.number == 1 else f"{self.key}-{self.number}"

    @property
    def title(self) -> str:
        """'2023', or '2023, part 2 of 3'."""
        if self.count == 1:
            return self.label
        return f"{self.label}, part {self.number} of {self.count}"


class Parts(Generic[T]):
    """A list split into groups by a key, each group cut into parts of at most `limit` items."""

    def __init__(
        self,
        items: Iterable[T],
        key: Callable[[T], tuple[str, str]],
        limit: int = LIMIT,
    ) -> None:
        """Split `items`, kept in their order within each group; groups in order of first use.

        Args:
            items: what to split.
            key: an item's group as (file name, name for readers), e.g. ('a', 'A').
            limit: the most items on one page.
        """
        groups: dict[tuple[str, str], list[T]] = {}
        for item in items:
            groups.setdefault(key(item), []).append(item)
        self.parts: list[Part[T]] = []
        for (slug, label), members in groups.items():
            count = max(1, math.ceil(len(members) / limit))
            size = math.ceil(len(members) / count)
            for number in range(count):
                chunk = members[number * size : (number + 1) * size]
                self.parts.append(Part(slug, label, number + 1, count, chunk))

    def __iter__(self) -> Iterator[Part[T]]:
        return iter(self.parts)

    def __len__(self) -> int:
        return len(self.parts)

    def __getitem__(self, index: int) -> Part[T]:
        return self.parts[index]

    def where(self, identity: Callable[[T], Hashable]) -> dict[Hashable, Part[T]]:
        """Each item's part, by `identity(item)`: where a link to that item should land."""
        return {identity(item): part for part in self.parts for item in part.items}

    def groups(self) -> list[tuple[str, list[Part[T]]]]:
        """The parts of each group, by the group's name for readers."""
        grouped: dict[str, list[Part[T]]] = {}
        for part in self.parts:
            grouped.setdefault(part.label, []).append(part)
        return list(grouped.items())


def letter(name: str) -> tuple[str, str]:
    """The group of a name in an A-to-Z index: ('a', 'A'), or ('0-9', '0–9') for the rest."""
    first = name.strip()[:1].lower()
    if "a" <= first <= "z":
        return first, first.upper()
    return "0-9", "0–9 and others"


def year(date: str) -> tuple[str, str]:
    """The group of a date ('2023-05-01') in a split by year; undated items go last."""
    return (date[:4], date[:4]) if date[:4].isdigit() else ("undated", "Undated")


def part_links(parts: Sequence[Part[T]], url: Callable[[Part[T]], str]) -> str:
    """'[2023](…)', or '2023: [part 1](…), [part 2](…)' when the group has several parts."""
    if len(parts) == 1:
        return f"[{parts[0].label}]({url(parts[0])})"
    links = ", ".join(f"[part {part.number}]({url(part)})" for part in parts)
    return f"{parts[0].label}: {links}"


def fits(items: Sequence[object], limit: int = LIMIT) -> bool:
    """Whether a list fits on one page."""
    return len(items) <= limit

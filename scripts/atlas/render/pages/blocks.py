"""The view models every generated page is made of: sections of tables, lists and text.

A view holds exactly what its page shows, as Markdown that is already escaped; the one template,
`page.md.j2`, only lays it out. Building a page's view is the job of its family's module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from ..front import Front


@dataclass(frozen=True)
class Table:
    """A Markdown table; each cell is escaped Markdown without pipes or line breaks."""

    header: tuple[str, ...]
    rows: Sequence[Sequence[str]]
    kind: ClassVar[str] = "table"


@dataclass(frozen=True)
class Items:
    """A list, one Markdown line per item; `marker` starts each line."""

    lines: Sequence[str]
    marker: str = "- "
    kind: ClassVar[str] = "items"


@dataclass(frozen=True)
class Text:
    """A paragraph, or a raw HTML block such as a figure."""

    text: str
    kind: ClassVar[str] = "text"


Block = Table | Items | Text


@dataclass(frozen=True)
class Heading:
    """A section's heading with its anchor and attributes: '## People {: #people }'."""

    text: str
    kind: ClassVar[str] = "heading"


@dataclass(frozen=True)
class Section:
    """A heading with its anchor (and attributes), then blocks."""

    title: str
    anchor: str
    blocks: tuple[Block, ...]
    level: int = 2


@dataclass(frozen=True)
class Infobox:
    """The box of key facts beside an entry's summary; rows without a value are left out."""

    caption: str
    rows: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, caption: str, rows: Sequence[tuple[str, object]]) -> Infobox:
        """An infobox of the rows that have a value."""
        return cls(caption, tuple((label, str(value)) for label, value in rows if value))


@dataclass
class Page:
    """Everything one generated page shows, top to bottom."""

    front: Front
    heading: str
    lead: str = ""
    notice: str = ""
    infobox: Infobox | None = None
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    @property
    def body(self) -> list[Block | Heading]:
        """Everything after the infobox: the blocks, then each section's heading and blocks."""
        body: list[Block | Heading] = list(self.blocks)
        for section in self.sections:
            heading = f"{'#' * section.level} {section.title} {{: #{section.anchor} }}"
            body.append(Heading(heading))
            body += section.blocks
        return body


def section(title: str, anchor: str, *blocks: Block | None, level: int = 2) -> Section | None:
    """A section of the blocks given, or None when all of them are empty."""
    kept = tuple(block for block in blocks if block is not None and _shows(block))
    return Section(title, anchor, kept, level) if kept else None


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> Table | None:
    """A table, or None without rows."""
    return Table(tuple(header), rows) if rows else None


def items(lines: Sequence[str]) -> Items | None:
    """A list, or None without items."""
    return Items(lines) if lines else None


def text(markdown: str) -> Text | None:
    """A paragraph, or None when empty."""
    return Text(markdown) if markdown else None


def _shows(block: Block) -> bool:
    if isinstance(block, Table):
        return bool(block.rows)
    if isinstance(block, Items):
        return bool(block.lines)
    return bool(block.text)

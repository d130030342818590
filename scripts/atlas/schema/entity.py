"""The base every kind of entity shares, and the dated events it adds to the timeline."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints

from .common import Base, FullDate, Id, PartialDate, SourceList, Text

Tag = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=40)]


class Event(Base):
    """Something that happened on a date, shown on the timeline and on the entity's page."""

    date: PartialDate
    text: Text = Field(description="What happened, in one short neutral sentence.")
    sources: SourceList = ()


class Entity(Base):
    """Fields every entry has. Subclasses set `kind` (the folder under data/ and the URL prefix)."""

    kind: ClassVar[str]
    label: ClassVar[str]
    """Singular noun for one entity of this kind, as readers see it ('organization')."""
    plural: ClassVar[str]
    """The section's name, as in the navigation ('Organizations')."""
    blurb: ClassVar[str]
    """What the section holds, in a few words, for the home page."""

    id: Id = Field(description="The file name without .yaml; also the page URL. Never change it.")
    summary: Text | None = Field(
        default=None,
        description="Two or three neutral sentences. Attribute claims ('the company says...').",
    )
    sources: SourceList = Field(
        default=(),
        description="Sources covering every fact in this file that does not list its own.",
    )
    last_checked: FullDate = Field(
        description="When someone last checked this file's facts against their sources."
    )
    tags: tuple[Tag, ...] = Field(default=(), description="Topics such as 'open-weights'.")
    events: tuple[Event, ...] = Field(
        default=(), description="Other dated facts for the timeline (e.g. a listing or a rename)."
    )

    @property
    def display_name(self) -> str:
        """The name readers see in headings and links."""
        raise NotImplementedError

    def dated_events(self) -> Iterator[Event]:
        """Every dated fact of this entity, for the timeline. Subclasses add their own."""
        yield from self.events

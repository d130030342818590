"""A document the atlas has read and cites."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from .common import Base, FullDate, PartialDate, ShortText, Text, Url
from .entity import Entity

SourceKind = Literal[
    "news",
    "analysis",
    "primary-document",
    "filing",
    "paper",
    "repository",
    "documentation",
    "dataset",
    "reference",
]


class Original(Base):
    """The outlet that first published a text the atlas read as a copy."""

    publisher: ShortText = Field(description="The original outlet, e.g. Bloomberg, Reuters.")
    title: ShortText | None = Field(default=None, description="The original headline, if known.")
    url: Url | None = Field(default=None, description="Where the original is published.")


class Source(Entity):
    """A document cited by facts: an article, a filing, a regulation, a repository."""

    kind: ClassVar[str] = "sources"
    label: ClassVar[str] = "source"
    plural: ClassVar[str] = "Sources"
    blurb: ClassVar[str] = "every document cited"

    title: ShortText = Field(description="The document's title as published.")
    publisher: ShortText = Field(description="Who published the copy that was read.")
    author: ShortText | None = Field(default=None, description="The author(s) as credited.")
    published: PartialDate | None = Field(default=None, description="Publication date, if shown.")
    url: Url = Field(description="Where the document was read.")
    accessed: FullDate | None = Field(default=None, description="When it was read.")
    type: SourceKind = Field(description="What kind of document this is.")
    original: Original | None = Field(
        default=None, description="For a republished text: the outlet that first published it."
    )
    language: Literal["en", "zh"] = Field(default="en", description="The document's language.")
    note: Text | None = Field(
        default=None, description="What a reader should know about it, e.g. a machine translation."
    )
    last_checked: FullDate | None = Field(
        default=None, description="When the URL was last checked."
    )

    @property
    def display_name(self) -> str:
        """Sources are named by their title."""
        return self.title

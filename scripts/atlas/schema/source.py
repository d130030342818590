"""A document the atlas has read and cites."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, model_validator

from .common import Base, FullDate, PartialDate, ShortText, Text, Url
from .entity import Entity
from .standards import LanguageTag

SourceType = Literal[
    "official",
    "filing",
    "organization",
    "news",
    "analysis",
    "secondary",
    "dataset",
]
"""How close a source is to the facts it supports, closest first:
official: a government's or regulator's own document or register (Federal Register, gov.cn);
filing: what an organization filed with a regulator or an exchange (SEC EDGAR, HKEXnews);
organization: the organization speaking for itself (its site, announcement, model card,
repository or technical report); news: an established news organization's own reporting;
analysis: a law firm's, research institute's or scholar's analysis; secondary: a report that
relays others (aggregators, encyclopedias, blogs, unattributed reposts); dataset: a curated
reference dataset such as Epoch AI's."""

SECONDARY_TYPES = frozenset({"secondary"})
"""Types that cannot carry a key fact alone: the page marks such a fact as weakly sourced."""


class Copy(Base):
    """A copy of the document that the atlas read, kept apart from the publisher's address."""

    url: Url = Field(description="Where the copy was read.")
    publisher: ShortText | None = Field(
        default=None, description="Who hosts the copy, e.g. Yahoo Finance for a Reuters story."
    )
    note: Text | None = Field(
        default=None, description="What the copy is, e.g. 'licensed reprint', 'archived copy'."
    )
    compared: bool | None = Field(
        default=None,
        description="Whether the copy's wording was compared with the publisher's own text or a "
        "licensed reprint. false: quotes were taken from a copy that may reword the publisher "
        "(a mirror, a repost), and the page says so beside the citation.",
    )


class Source(Entity):
    """A document cited by facts: an article, a filing, a regulation, a repository."""

    kind: ClassVar[str] = "sources"
    label: ClassVar[str] = "source"
    plural: ClassVar[str] = "Sources"
    blurb: ClassVar[str] = "every document cited"

    title: ShortText = Field(description="The document's title as its publisher gives it.")
    publisher: ShortText = Field(
        description="Who published the document: the outlet, agency, company or government body "
        "(Reuters for a Reuters story, whoever else reprinted it)."
    )
    author: ShortText | None = Field(default=None, description="The author(s) as credited.")
    published: PartialDate | None = Field(default=None, description="Publication date, if shown.")
    url: Url | None = Field(
        default=None,
        description="The publisher's own page, or the official register (Federal Register, "
        "gov.cn, HKEXnews, SEC EDGAR, arXiv). Never a mirror, copy or content farm. Leave it out "
        "only when the publisher's page cannot be found; then read_at must name the copy read.",
    )
    read_at: Copy | None = Field(
        default=None,
        description="The copy actually read, when it is not the page at url (a licensed reprint, "
        "an archive); shown as a copy, never as the address.",
    )
    accessed: FullDate | None = Field(default=None, description="When it was read.")
    type: SourceType = Field(description="How close the source is to the facts it supports.")
    language: LanguageTag = "en"
    note: Text | None = Field(
        default=None, description="What a reader should know about it, e.g. a machine translation."
    )
    last_checked: FullDate | None = Field(
        default=None, description="When the address was last checked."
    )

    @model_validator(mode="after")
    def _has_an_address(self) -> Source:
        if self.url is None and self.read_at is None:
            raise ValueError("source_needs_address")
        return self

    @property
    def display_name(self) -> str:
        """Sources are named by their title."""
        return self.title

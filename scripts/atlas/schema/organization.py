"""Organizations: AI developers, investors, universities, government bodies, chipmakers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from .common import (
    Base,
    Fact,
    FormerName,
    Money,
    Name,
    OrganizationRef,
    OrganizationTreeRef,
    PartialDate,
    ShortText,
    SourceList,
    Text,
    Url,
    fact_values,
)
from .entity import Entity, Event
from .standards import CountryCode

OrganizationType = Literal[
    "ai-developer",
    "venture-capital",
    "private-equity",
    "corporate-investor",
    "state-fund",
    "university",
    "research-lab",
    "government",
    "regulator",
    "chipmaker",
    "technology-company",
    "hedge-fund",
]


class Person(Base):
    """Someone who leads or founded the organization, with the role the sources give."""

    name: Name = Field(description="The person's name in English and Chinese.")
    role: ShortText = Field(description="The role as the source states it, e.g. 'chief executive'.")
    since: PartialDate | None = Field(default=None, description="When they took the role.")
    until: PartialDate | None = Field(default=None, description="When they left the role.")
    founder: bool = Field(
        default=False, description="True if the sources call this person a founder."
    )
    note: Text | None = Field(default=None, description="A short qualification, e.g. a conflict.")
    sources: SourceList = ()


class FundingRound(Base):
    """Money raised in one round, with its investors. Investors' pages list it from this record."""

    date: PartialDate = Field(
        description="When the round was announced or closed, as precise as known."
    )
    name: ShortText | None = Field(
        default=None, description="The round's label in the sources, e.g. 'Series B'."
    )
    amount: Fact[Money] | None = Field(
        default=None, description="How much was raised in this round."
    )
    investors: tuple[OrganizationRef, ...] = Field(
        default=(), description="Organization ids of the investors named by the sources."
    )
    lead_investors: tuple[OrganizationRef, ...] = Field(
        default=(), description="Investors the sources say led the round (also list them above)."
    )
    valuation: Fact[Money] | None = Field(
        default=None, description="Valuation reported for this round."
    )
    note: Text | None = Field(default=None, description="A short qualification shown with it.")
    sources: SourceList = ()


class Valuation(Base):
    """A valuation reported outside a funding round, with its date."""

    date: PartialDate
    amount: Money = Field(description="The valuation, in the currency the source used.")
    basis: ShortText | None = Field(default=None, description="e.g. 'post-money', 'per Qichacha'.")
    note: Text | None = Field(default=None, description="A short qualification shown with it.")
    sources: SourceList = ()


class Product(Base):
    """A product, platform or service the organization runs."""

    name: Name = Field(description="The product's name in English and Chinese.")
    description: Text | None = Field(default=None, description="What it is, in a sentence.")
    sources: SourceList = ()


class KeyFact(Base):
    """A sourced fact that has no field of its own (revenue, customers, market share)."""

    label: ShortText = Field(description="What the fact is about, e.g. 'Revenue 2024'.")
    value: Text = Field(description="The fact as the source states it.")
    as_of: PartialDate | None = Field(default=None, description="When the value was true.")
    claim: bool = Field(default=False, description="True when only the organization says so.")
    sources: SourceList = ()


class Organization(Entity):
    """An AI lab, investor, university, government body or company."""

    kind: ClassVar[str] = "organizations"
    label: ClassVar[str] = "organization"
    plural: ClassVar[str] = "Organizations"
    blurb: ClassVar[str] = "AI developers, investors, universities, government bodies"

    name: Name = Field(description="The current name in English and Chinese.")
    short_name: ShortText | None = Field(default=None, description="A shorter name used in tables.")
    legal_names: tuple[Fact[ShortText], ...] = Field(
        default=(), description="Registered legal names, each with its sources."
    )
    former_names: tuple[FormerName, ...] = Field(
        default=(), description="Names used before, with dates (e.g. Sequoia Capital China)."
    )
    brands: tuple[Fact[ShortText], ...] = Field(
        default=(), description="Other names the organization trades under (e.g. Z.ai)."
    )
    types: tuple[OrganizationType, ...] = Field(
        min_length=1, description="What kind of organization."
    )
    country: CountryCode
    headquarters: Fact[ShortText] | None = Field(default=None, description="City (and region).")
    founded: Fact[PartialDate] | None = Field(default=None, description="When it was founded.")
    spun_out_of: Fact[OrganizationTreeRef] | None = Field(
        default=None, description="The organization it came out of, e.g. a university lab."
    )
    parent: Fact[OrganizationTreeRef] | None = Field(
        default=None, description="The organization that owns or controls it."
    )
    managed_by: Fact[OrganizationTreeRef] | None = Field(
        default=None, description="For a fund: the firm that manages it."
    )
    people: tuple[Person, ...] = Field(default=(), description="Founders and leaders.")
    funding_rounds: tuple[FundingRound, ...] = Field(
        default=(), description="Rounds in date order."
    )
    valuations: tuple[Valuation, ...] = Field(default=(), description="Reported valuations.")
    products: tuple[Product, ...] = Field(default=(), description="Products and platforms.")
    key_facts: tuple[KeyFact, ...] = Field(default=(), description="Other sourced facts.")
    website: Url | None = Field(default=None, description="The official website.")

    @property
    def display_name(self) -> str:
        """The English name."""
        return self.name.en

    def dated_events(self) -> Iterator[Event]:
        """Founding, renames and funding rounds, then the file's own events."""
        for founded in fact_values(self.founded):
            yield Event(date=founded.value, text=f"{self.name.en} founded", sources=founded.sources)
        for former in self.former_names:
            if former.until:
                yield Event(
                    date=former.until,
                    text=f"{former.name.en} renamed {self.name.en}",
                    sources=former.sources,
                )
        for funding in self.funding_rounds:
            label = funding.name or "Funding round"
            yield Event(date=funding.date, text=f"{self.name.en}: {label}", sources=funding.sources)
        yield from super().dated_events()

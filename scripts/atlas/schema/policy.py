"""Policies: laws, rules, executive orders and lists that shape the AI industry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from .common import (
    Base,
    Fact,
    HardwareRef,
    Name,
    OrganizationRef,
    PartialDate,
    PolicyChainRef,
    ShortText,
    SourceList,
    Text,
    Url,
    fact_values,
)
from .entity import Entity, Event
from .standards import CountryCode

Instrument = Literal[
    "law",
    "executive-order",
    "regulation",
    "interim-final-rule",
    "final-rule",
    "proposed-rule",
    "entity-list-rule",
    "guidance",
    "notice",
    "rule-package",
    "notification",
    "decision",
]

PolicyStatus = Literal[
    "proposed",
    "in-force",
    "amended",
    "superseded",
    "rescinded",
    "revoked",
    "expired",
]

DATE_LABELS: dict[str, str] = {
    "announced": "Announced",
    "signed": "Signed",
    "adopted": "Adopted",
    "published": "Published",
    "effective": "Effective",
    "compliance": "Compliance required",
    "ended": "Rescinded or revoked",
}


class PolicyDates(Base):
    """The dates in a policy's life, each as precise as its source."""

    announced: Fact[PartialDate] | None = Field(default=None, description="When it was announced.")
    signed: Fact[PartialDate] | None = Field(default=None, description="When it was signed.")
    adopted: Fact[PartialDate] | None = Field(
        default=None, description="When the issuing body adopted it."
    )
    published: Fact[PartialDate] | None = Field(
        default=None, description="Publication in the official journal (e.g. the Federal Register)."
    )
    effective: Fact[PartialDate] | None = Field(
        default=None, description="When it took (or takes) effect."
    )
    compliance: Fact[PartialDate] | None = Field(
        default=None, description="When compliance became (or was to become) mandatory."
    )
    ended: Fact[PartialDate] | None = Field(
        default=None, description="When it was rescinded, revoked or expired."
    )


class Affected(Base):
    """An organization the policy names or applies to, and how."""

    organization: OrganizationRef
    how: ShortText = Field(description="e.g. 'added to the Entity List', 'licence required'.")
    sources: SourceList = ()


HardwareEffectKind = Literal["licence-required", "restricts", "guidance", "releases"]
"""licence-required: exports need a licence; restricts: barred or presumed denied;
guidance: named in official guidance; releases: sales allowed again (e.g. licences granted)."""


class HardwareEffect(Base):
    """A chip the policy names and what the policy does to it; the chip's page lists it."""

    hardware: HardwareRef = Field(description="The hardware id (data/hardware/<id>.yaml).")
    effect: HardwareEffectKind = Field(
        description="licence-required, restricts, guidance or releases."
    )
    date: PartialDate | None = Field(
        default=None, description="When it took effect for this chip, if not the policy's date."
    )
    note: Text | None = Field(
        default=None,
        description="A short qualification, e.g. 'licence needed to export it to China'.",
    )
    sources: SourceList = ()


class Provision(Base):
    """One thing the policy does, in a sentence."""

    text: Text = Field(description="One thing the policy does, in a neutral sentence.")
    article: ShortText | None = Field(default=None, description="Article or section, if known.")
    sources: SourceList = ()


class Coverage(Base):
    """What the policy covers."""

    technologies: tuple[ShortText, ...] = Field(
        default=(), description="Technologies it covers, e.g. 'advanced computing chips'."
    )
    products: tuple[ShortText, ...] = Field(default=(), description="Named products, e.g. chips.")
    sectors: tuple[ShortText, ...] = Field(default=(), description="Sectors it covers.")
    countries: tuple[ShortText, ...] = Field(default=(), description="Countries it targets.")
    sources: SourceList = ()


class Policy(Entity):
    """A policy summary: what it does, who and what it covers, its dates, status and relations."""

    kind: ClassVar[str] = "policies"
    label: ClassVar[str] = "policy"
    plural: ClassVar[str] = "Policies"
    blurb: ClassVar[str] = "laws, rules and executive orders"

    title: Name = Field(description="The official title (English; Chinese for Chinese rules).")
    short_title: ShortText | None = Field(default=None, description="A short name for tables.")
    jurisdiction: CountryCode
    issuers: tuple[OrganizationRef, ...] = Field(min_length=1, description="Issuing bodies.")
    instrument: Instrument = Field(description="What kind of legal instrument it is.")
    citation: Fact[ShortText] | None = Field(
        default=None, description="Official citation, e.g. '87 FR 62186' or 'EO 14105'."
    )
    dates: PolicyDates = Field(
        default=PolicyDates(), description="The dates in its life, each as precise as its source."
    )
    status: Fact[PolicyStatus] = Field(description="Where it stands now.")
    amends: tuple[PolicyChainRef, ...] = Field(default=(), description="Policies this one amends.")
    supersedes: tuple[PolicyChainRef, ...] = Field(
        default=(), description="Policies this one replaces."
    )
    implements: tuple[PolicyChainRef, ...] = Field(
        default=(), description="Policies this one carries out (a rule implementing an order)."
    )
    rescinds: tuple[PolicyChainRef, ...] = Field(default=(), description="Policies this one ends.")
    purpose: Fact[Text] | None = Field(
        default=None, description="What it is for, as its text or its issuer states it."
    )
    provisions: tuple[Provision, ...] = Field(
        default=(), description="What it does, one provision per item."
    )
    covers: Coverage = Field(
        default=Coverage(), description="Technologies, products, sectors and countries it covers."
    )
    affects: tuple[Affected, ...] = Field(
        default=(), description="Organizations it names or applies to, and how."
    )
    hardware: tuple[HardwareEffect, ...] = Field(
        default=(), description="Chips the policy names, each with its effect."
    )
    official_text: Url | None = Field(default=None, description="Link to the official text.")

    @property
    def display_name(self) -> str:
        """The short title if there is one, else the full English title."""
        return self.short_title or self.title.en

    def dated_events(self) -> Iterator[Event]:
        """Each dated step in the policy's life, then the file's own events."""
        for field, label in DATE_LABELS.items():
            for value in fact_values(getattr(self.dates, field)):
                yield Event(
                    date=value.value,
                    text=f"{self.display_name}: {label.lower()}",
                    sources=value.sources,
                )
        yield from super().dated_events()

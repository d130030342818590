"""Hardware: the chips that export controls name, and the variants made to fit under them."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, ClassVar

from pydantic import Field

from .common import (
    Base,
    Fact,
    HardwareLineageRef,
    Name,
    OrganizationRef,
    PartialDate,
    ShortText,
    SourceList,
    Text,
    fact_values,
)
from .entity import Entity, Event
from .standards import CountryCode

Transistors = Annotated[Decimal, Field(gt=0, le=Decimal("1e15"), allow_inf_nan=False)]


class CutDown(Base):
    """The chip a variant is derived from, and what was reduced to make it."""

    hardware: HardwareLineageRef = Field(description="The hardware id of the full chip.")
    changes: Text | None = Field(
        default=None,
        description="What was reduced, as the sources say (e.g. 'interconnect cut to 400 GB/s').",
    )
    sources: SourceList = ()


class Spec(Base):
    """A specification with no field of its own (e.g. die size, FP8 throughput)."""

    name: ShortText = Field(description="What is measured, e.g. 'Die size'.")
    value: Fact[ShortText] = Field(description="The value with its unit, as the source gives it.")


class Hardware(Entity):
    """A chip (or other hardware) with its maker, dates, specifications and variants.

    The rules that restrict or release it are not stored here: each policy lists the hardware
    it names, and the chip's page shows those policies.
    """

    kind: ClassVar[str] = "hardware"
    label: ClassVar[str] = "chip"
    plural: ClassVar[str] = "Hardware"
    blurb: ClassVar[str] = "chips named in export controls, and their variants"

    name: Name = Field(description="The product name, e.g. 'Nvidia H100'.")
    makers: tuple[OrganizationRef, ...] = Field(
        min_length=1, description="Organization ids of the designers (first = main maker)."
    )
    manufacturer: Fact[OrganizationRef] | None = Field(
        default=None, description="The foundry that makes it, when the sources name one."
    )
    description: Fact[Text] | None = Field(default=None, description="What the chip is.")
    announced: Fact[PartialDate] | None = Field(
        default=None, description="When it was announced or first shown."
    )
    released: Fact[PartialDate] | None = Field(
        default=None, description="When it shipped or went into production."
    )
    market: Fact[CountryCode] | None = Field(
        default=None, description="The country a variant was made for (CN for China versions)."
    )
    variant_of: CutDown | None = Field(
        default=None, description="For a cut-down variant: the chip it reduces, and how."
    )
    architecture: Fact[ShortText] | None = Field(default=None, description="e.g. 'Hopper'.")
    process: Fact[ShortText] | None = Field(
        default=None, description="The manufacturing process, e.g. 'TSMC 7 nm'."
    )
    transistors: Fact[Transistors] | None = Field(
        default=None, description="Transistor count, as a plain number (54 billion = 54000000000)."
    )
    memory: Fact[ShortText] | None = Field(default=None, description="e.g. '80 GB HBM3'.")
    memory_bandwidth: Fact[ShortText] | None = Field(default=None, description="e.g. '3 TB/s'.")
    interconnect: Fact[ShortText] | None = Field(
        default=None, description="Chip-to-chip bandwidth, which early export controls measured."
    )
    specs: tuple[Spec, ...] = Field(default=(), description="Other specifications.")

    @property
    def display_name(self) -> str:
        """The product name."""
        return self.name.en

    def dated_events(self) -> Iterator[Event]:
        """Announcement and release, then the file's own events."""
        for field, verb in (("announced", "announced"), ("released", "released")):
            for fact in fact_values(getattr(self, field)):
                yield Event(date=fact.value, text=f"{self.name.en} {verb}", sources=fact.sources)
        yield from super().dated_events()

"""AI models, described in the order of a Hugging Face model card."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .common import (
    Base,
    Fact,
    ModelLineageRef,
    Name,
    OrganizationRef,
    PartialDate,
    ShortText,
    SourceList,
    Text,
    fact_values,
)
from .entity import Entity, Event

WeightsAvailability = Literal["open", "open-restricted", "research-only", "api", "closed"]
"""open: downloadable, use broadly allowed; open-restricted: downloadable under conditions
(registration, non-commercial); research-only; api: only as a service; closed: not offered."""

Count = Annotated[Decimal, Field(gt=0, le=Decimal("1e16"), allow_inf_nan=False)]


class Parameters(Base):
    """Parameter count; mixture-of-experts models also give the parameters active per token."""

    total: Count = Field(
        description="Total parameters, as a plain number (6.2 billion = 6200000000)."
    )
    active: Count | None = Field(default=None, description="Active parameters per token (MoE).")


class HardwareNeed(Base):
    """What it takes to run or fine-tune the model, as the developer states it."""

    task: Literal["inference", "fine-tuning", "training"] = "inference"
    precision: ShortText | None = Field(default=None, description="e.g. FP16, INT8, INT4.")
    requirement: Fact[ShortText] = Field(description="e.g. '6 GB of GPU memory'.")


class Evaluation(Base):
    """A benchmark result. Results the developer reports about itself are marked as claims."""

    benchmark: ShortText
    result: Text
    claim: bool = Field(
        default=True, description="True when the developer reports it (the default)."
    )
    sources: SourceList = ()


class Variant(Base):
    """A released variant of the model (base, chat, long-context, quantized)."""

    name: ShortText
    description: Text | None = None
    context_length: int | None = Field(default=None, gt=0, le=100_000_000)
    sources: SourceList = ()


class AIModel(Entity):
    """A model card: details, uses, hardware, training, evaluation, limitations."""

    kind: ClassVar[str] = "models"
    label: ClassVar[str] = "model"

    name: Name
    developers: tuple[OrganizationRef, ...] = Field(
        min_length=1, description="Organization ids of the developers (first = main developer)."
    )
    released: Fact[PartialDate] | None = Field(default=None, description="First public release.")
    description: Fact[Text] | None = Field(default=None, description="What the model is.")
    parameters: Fact[Parameters] | None = None
    architecture: Fact[ShortText] | None = Field(default=None, description="e.g. 'dense', 'MoE'.")
    languages: Fact[ShortText] | None = Field(
        default=None, description="e.g. 'Chinese and English'."
    )
    context_length: Fact[int] | None = Field(default=None, description="Tokens.")
    weights: WeightsAvailability | None = Field(
        default=None, description="How the weights are offered."
    )
    weights_license: Fact[ShortText] | None = Field(
        default=None, description="The licence for the weights (kept apart from the code licence)."
    )
    code_license: Fact[ShortText] | None = Field(
        default=None, description="The licence of the code repository."
    )
    intended_use: Fact[Text] | None = None
    hardware: tuple[HardwareNeed, ...] = Field(default=(), description="Requirements to run it.")
    training_data: Fact[Text] | None = None
    training_tokens: Fact[Count] | None = None
    training_hardware: Fact[Text] | None = None
    evaluations: tuple[Evaluation, ...] = ()
    limitations: tuple[Fact[Text], ...] = ()
    variants: tuple[Variant, ...] = ()
    paper: Fact[ShortText] | None = Field(default=None, description="e.g. 'arXiv:2210.02414'.")
    based_on: tuple[ModelLineageRef, ...] = Field(
        default=(), description="Models this one was built from (fine-tuned or distilled)."
    )
    previous_version: ModelLineageRef | None = Field(
        default=None, description="The model this one succeeds; its page then lists this one."
    )

    @property
    def display_name(self) -> str:
        """The model's name."""
        return self.name.en

    def dated_events(self) -> Iterator[Event]:
        """The release, then the file's own events."""
        for released in fact_values(self.released):
            yield Event(
                date=released.value, text=f"{self.name.en} released", sources=released.sources
            )
        yield from super().dated_events()

"""AI models, described in the order of a Hugging Face model card."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, ClassVar, Literal

from pydantic import Field, StringConstraints

from .common import (
    Base,
    Fact,
    HardwareRef,
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
from .licenses import LicenseExpression

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

    task: Literal["inference", "fine-tuning", "training"] = Field(
        default="inference", description="What the requirement is for."
    )
    precision: ShortText | None = Field(default=None, description="e.g. FP16, INT8, INT4.")
    requirement: Fact[ShortText] = Field(description="e.g. '6 GB of GPU memory'.")
    chip: HardwareRef | None = Field(
        default=None, description="The hardware id of a chip the requirement names, if any."
    )


class Evaluation(Base):
    """A benchmark result. Results the developer reports about itself are marked as claims."""

    benchmark: ShortText = Field(description="The benchmark's name, e.g. 'MMLU'.")
    result: Text = Field(description="The result as reported, with its setting (e.g. '5-shot').")
    claim: bool = Field(
        default=True, description="True when the developer reports it (the default)."
    )
    sources: SourceList = ()


class Variant(Base):
    """A released variant of the model (base, chat, long-context, quantized)."""

    name: ShortText = Field(description="The variant's name as released.")
    description: Text | None = Field(default=None, description="How it differs from the model.")
    parameters: Parameters | None = Field(
        default=None,
        description="Its parameter count (total, and active per token for MoE), from its "
        "configuration or model card.",
    )
    context_length: int | None = Field(
        default=None, gt=0, le=100_000_000, description="Its context window in tokens."
    )
    sources: SourceList = ()


RepositoryId = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*$", max_length=200),
]
"""A repository as `owner/name`, e.g. 'deepseek-ai/DeepSeek-R1'."""

ArxivId = Annotated[str, StringConstraints(pattern=r"^\d{4}\.\d{4,5}$")]
"""A new-style arXiv identifier without version, e.g. '2501.12948'."""


class Identifiers(Base):
    """Where other datasets know the model; each checked on the page it names."""

    huggingface: tuple[RepositoryId, ...] = Field(
        default=(), description="Hugging Face model repositories ('owner/name') of its weights."
    )
    arxiv: tuple[ArxivId, ...] = Field(
        default=(), description="arXiv ids of its technical report or paper, e.g. '2501.12948'."
    )
    github: tuple[RepositoryId, ...] = Field(
        default=(), description="GitHub repositories ('owner/name') of its code or model card."
    )
    epoch: ShortText | None = Field(
        default=None, description="The model's name in Epoch AI's 'Data on AI Models', exactly."
    )


class AIModel(Entity):
    """A model card: details, uses, hardware, training, evaluation, limitations."""

    kind: ClassVar[str] = "models"
    label: ClassVar[str] = "model"
    plural: ClassVar[str] = "Models"
    blurb: ClassVar[str] = "model cards"

    name: Name = Field(description="The model's name (and its Chinese name, if it has one).")
    developers: tuple[OrganizationRef, ...] = Field(
        min_length=1, description="Organization ids of the developers (first = main developer)."
    )
    released: Fact[PartialDate] | None = Field(default=None, description="First public release.")
    description: Fact[Text] | None = Field(default=None, description="What the model is.")
    parameters: Fact[Parameters] | None = Field(
        default=None, description="Parameter count: total, and active per token for MoE models."
    )
    architecture: Fact[ShortText] | None = Field(default=None, description="e.g. 'dense', 'MoE'.")
    languages: Fact[ShortText] | None = Field(
        default=None, description="e.g. 'Chinese and English'."
    )
    context_length: Fact[int] | None = Field(default=None, description="Tokens.")
    weights: WeightsAvailability | None = Field(
        default=None, description="How the weights are offered."
    )
    weights_license: Fact[LicenseExpression] | None = Field(
        default=None,
        description="The licence of the weights, as an SPDX id or LicenseRef- id (kept apart from "
        "the code licence); conditions and exceptions go in its note.",
    )
    code_license: Fact[LicenseExpression] | None = Field(
        default=None, description="The licence of the code repository, as an SPDX id."
    )
    intended_use: Fact[Text] | None = Field(
        default=None, description="What the developer says the model is for."
    )
    hardware: tuple[HardwareNeed, ...] = Field(default=(), description="Requirements to run it.")
    training_data: Fact[Text] | None = Field(
        default=None, description="What it was trained on, as the sources describe it."
    )
    training_tokens: Fact[Count] | None = Field(
        default=None, description="Training tokens, as a plain number (1 trillion = 1000000000000)."
    )
    training_hardware: Fact[Text] | None = Field(
        default=None, description="The chips or cluster it was trained on."
    )
    trained_on: tuple[HardwareRef, ...] = Field(
        default=(), description="Hardware ids of the chips the sources say it was trained on."
    )
    evaluations: tuple[Evaluation, ...] = Field(
        default=(), description="Benchmark results; the developer's own are marked as claims."
    )
    limitations: tuple[Fact[Text], ...] = Field(
        default=(), description="Known limitations, each with its sources."
    )
    variants: tuple[Variant, ...] = Field(
        default=(), description="Released variants: base, chat, quantized, long-context."
    )
    paper: Fact[ShortText] | None = Field(default=None, description="e.g. 'arXiv:2210.02414'.")
    identifiers: Identifiers | None = Field(
        default=None,
        description="Its ids in other datasets: Hugging Face, arXiv, GitHub, Epoch AI.",
    )
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

"""Building blocks shared by every kind of entity: ids, dates, money, names, sourced facts."""

from __future__ import annotations

import calendar
import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Generic, Literal, TypeVar
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    model_validator,
)

from .characters import forbidden_character
from .refs import DateMarker, Ref
from .standards import CurrencyCode

T = TypeVar("T")

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
MAX_TEXT = 4000
"""Longest text a single field may hold (characters); summaries are meant to be short."""


class Base(BaseModel):
    """Strict, immutable model: unknown fields are errors and strings are stripped."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        validate_default=False,
    )


def _reject_control_chars(text: str) -> str:
    found = forbidden_character(text)
    if found is not None:
        raise ValueError(f"control_characters:{found}")
    return text


Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_TEXT),
    AfterValidator(_reject_control_chars),
]
"""Free text shown on the site; Markdown and HTML in it are shown literally, never interpreted."""

ShortText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=300),
    AfterValidator(_reject_control_chars),
]

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
"""A stable kebab-case slug; the file name, the URL and every reference use it."""

SourceRef = Annotated[Id, Ref("sources")]
OrganizationRef = Annotated[Id, Ref("organizations")]
ModelRef = Annotated[Id, Ref("models")]
PolicyRef = Annotated[Id, Ref("policies")]
HardwareRef = Annotated[Id, Ref("hardware")]
HardwareLineageRef = Annotated[Id, Ref("hardware", acyclic=True)]
ModelLineageRef = Annotated[Id, Ref("models", acyclic=True)]
PolicyChainRef = Annotated[Id, Ref("policies", acyclic=True)]
OrganizationTreeRef = Annotated[Id, Ref("organizations", acyclic=True)]

MAX_QUOTE = 300
"""Longest quote a citation may carry (characters): a sentence or two, never a passage."""

Quote = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_QUOTE),
    AfterValidator(_reject_control_chars),
]


class Citation(Base):
    """A source cited for a fact and, where the atlas has them, the source's own words."""

    id: SourceRef = Field(description="The source's id (its file name in data/sources/).")
    quote: Quote | None = Field(
        default=None,
        description="The source's exact words that support the fact, copied from the text read "
        "(at most 300 characters, in the source's language). Never paraphrased or rebuilt.",
    )
    gloss: Text | None = Field(
        default=None, description="An English translation of the quote, when it is not English."
    )


def borrowed(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """An entry's citations as lent to a fact that cites none of its own.

    The same sources, once each, without their quotes: a quote supports what it was written for
    (the entry's Chinese name, say), not every fact that borrows the list.
    """
    return tuple({citation.id: Citation(id=citation.id) for citation in citations}.values())


def _citation_form(value: Any) -> Any:
    """A bare id is the short form of a citation without a quote."""
    return {"id": value} if isinstance(value, str) else value


CitationItem = Annotated[
    Citation, BeforeValidator(_citation_form, json_schema_input_type=SourceRef | Citation)
]

SourceList = Annotated[
    tuple[CitationItem, ...],
    Field(
        description="The sources that support this fact: source ids, or {id, quote, gloss} to "
        "carry the source's own words."
    ),
]


def _check_url(url: str) -> str:
    if not re.fullmatch(r"https?://[^\s<>\"'`]*", url):
        raise ValueError("url_scheme")
    _reject_control_chars(url)
    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port  # .port raises for a port that is not a number
    except ValueError:
        host = None
    if not host or not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", host):
        raise ValueError("url_host")
    return url


Url = Annotated[
    str,
    Field(
        max_length=2000,
        description="A web address starting with https:// (or http://).",
        json_schema_extra={"pattern": r"^https?://\S+$"},
    ),
    AfterValidator(_check_url),
]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _coerce_partial_date(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _check_partial_date(text: str) -> str:
    match = _PARTIAL_DATE.match(text)
    if not match:
        raise ValueError("partial_date_format")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    if year < 1800:
        raise ValueError("partial_date_year")
    if month is not None and not 1 <= month <= 12:
        raise ValueError("partial_date_month")
    if (
        day is not None
        and month is not None
        and not 1 <= day <= calendar.monthrange(year, month)[1]
    ):
        raise ValueError("partial_date_day")
    return text


PartialDate = Annotated[
    str,
    BeforeValidator(_coerce_partial_date, json_schema_input_type=str | int),
    AfterValidator(_check_partial_date),
    DateMarker(),
    Field(
        description="A date as precise as the source: 2019, 2023-10 or 2023-10-17.",
        json_schema_extra={"pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
    ),
]
"""A date kept exactly as precise as its source, rendered as written; ISO strings sort correctly."""


def _check_full_date(text: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", _check_partial_date(text)):
        raise ValueError("full_date_format")
    return text


FullDate = Annotated[
    str,
    BeforeValidator(_coerce_partial_date, json_schema_input_type=str),
    AfterValidator(_check_full_date),
    Field(
        description="A full date, YYYY-MM-DD.",
        json_schema_extra={"pattern": r"^\d{4}-\d{2}-\d{2}$"},
    ),
]

MAX_AMOUNT = Decimal("1e16")
Amount = Annotated[
    Decimal,
    Field(gt=0, le=MAX_AMOUNT, allow_inf_nan=False, description="A positive amount, in units."),
]


class UsdEquivalent(Base):
    """A conversion to US dollars, as the cited source gives it."""

    amount: Amount = Field(description="The amount in US dollars, as stated by the source.")
    rate: Decimal | None = Field(
        default=None,
        gt=0,
        le=100000,
        allow_inf_nan=False,
        description="Units of the original currency per US$1, when the source states it "
        "(e.g. 7.23 for '$1 = 7.23 yuan'). Leave it out when the source only prints the converted "
        "amount: the page then shows the rate that conversion implies.",
    )
    sources: SourceList = Field(
        min_length=1, description="The source that made or states the conversion."
    )


class Money(Base):
    """An amount of money in the currency the source used."""

    amount: Amount | None = Field(
        default=None, description="The amount in units of `currency` (2.5 billion = 2500000000)."
    )
    currency: CurrencyCode
    qualifier: Literal["exact", "about", "more-than", "up-to"] = Field(
        default="exact", description="How precise the source is: 'about', 'more-than', 'up-to'."
    )
    wording: ShortText | None = Field(
        default=None,
        description="The source's words when it has no figure: 'hundreds of millions of yuan'.",
    )
    usd: UsdEquivalent | None = Field(
        default=None, description="The US-dollar equivalent given by a source, with its rate."
    )

    @model_validator(mode="after")
    def _amount_or_wording(self) -> Money:
        if self.amount is None and self.wording is None:
            raise ValueError("money_needs_amount")
        return self


class Name(Base):
    """A name in English and, where it has one, Chinese."""

    en: ShortText = Field(description="The name in English (or the Latin-script name in use).")
    zh: ShortText | None = Field(
        default=None, description="The name in Chinese characters, if the entity has one."
    )


class FormerName(Base):
    """A name the entity used before, and when."""

    name: Name = Field(description="The former name in English and Chinese.")
    until: PartialDate | None = Field(default=None, description="When the name stopped being used.")
    since: PartialDate | None = Field(default=None, description="When the name started being used.")
    note: Text | None = Field(default=None, description="A short note on the change.")
    sources: SourceList = ()


Confidence = Literal["high", "medium", "low"]


class Sourced(Base, Generic[T]):
    """One value with its own citation."""

    value: T
    sources: SourceList = ()
    claim: bool = Field(
        default=False,
        description="True when only the developer or company itself says so (shown as its claim).",
    )
    confidence: Confidence | None = Field(
        default=None, description="Set to 'low' to mark a fact that rests on a weak source."
    )
    note: Text | None = Field(
        default=None, description="A short qualification shown with the value."
    )
    as_of: PartialDate | None = Field(default=None, description="When the value was true.")


class Disputed(Base, Generic[T]):
    """Sources disagree: each value is shown with its sources, and a note says how to read them."""

    disputed: tuple[Sourced[T], ...] = Field(
        min_length=2, description="Each conflicting value with the sources that give it."
    )
    note: Text = Field(description="How the atlas reads the disagreement.")


def _fact_form(value: Any) -> str:
    """Which form a fact takes; called on raw data when validating, on models when dumping."""
    if isinstance(value, Disputed) or (isinstance(value, dict) and "disputed" in value):
        return "disputed"
    return "sourced"


def _wrap_plain(value: Any) -> Any:
    if isinstance(value, dict) and ("value" in value or "disputed" in value):
        return value
    return {"value": value}


class _FactFactory:
    """`Fact[T]`: a plain value, `{value, sources, ...}`, or `{disputed: [...], note}`.

    Plain values are wrapped so templates only ever see `Sourced` or `Disputed`.
    """

    def __getitem__(self, item: Any) -> Any:
        return Annotated[
            Annotated[Sourced[item], Tag("sourced")] | Annotated[Disputed[item], Tag("disputed")],
            Discriminator(_fact_form),
            BeforeValidator(
                _wrap_plain,
                json_schema_input_type=item | Sourced[item] | Disputed[item],
            ),
        ]


Fact = _FactFactory()

WRAPPER_TAGS = frozenset({"sourced", "disputed"})
"""Union tags pydantic puts in error locations; they are not YAML keys."""


def fact_values(fact: Sourced[Any] | Disputed[Any] | None) -> tuple[Sourced[Any], ...]:
    """Every alternative of a fact, as `Sourced` values (none when the fact is absent)."""
    if fact is None:
        return ()
    if isinstance(fact, Disputed):
        return fact.disputed
    return (fact,)

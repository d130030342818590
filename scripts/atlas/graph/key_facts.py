"""The facts a reader most often cites, and whether their citations carry the source's words.

Key facts are every funding amount and valuation, every model release date and every date in a
policy's life. Each should carry a quote: the sentence of the source that gives the figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..load.dataset import Dataset
from ..schema import AIModel, Entity, Organization, Policy, fact_values
from ..schema.common import Citation, borrowed
from ..schema.policy import DATE_LABELS
from ..schema.refs import FieldPath


@dataclass(frozen=True)
class KeyFact:
    """One value of a key fact and the citations that support it."""

    entity: Entity
    path: FieldPath
    value: Any
    citations: tuple[Citation, ...]
    """Its own citations, else those of the record holding it, else the entry's (lent without
    their quotes, which give something else)."""

    @property
    def quoted(self) -> bool:
        """True when a citation carries the source's words."""
        return any(citation.quote for citation in self.citations)


def _values(
    entity: Entity, path: FieldPath, fact: Any, *fallbacks: tuple[Citation, ...]
) -> Iterator[KeyFact]:
    for index, option in enumerate(fact_values(fact)):
        citations = (
            option.sources or next((c for c in fallbacks if c), ()) or borrowed(entity.sources)
        )
        where = (*path, "disputed", index) if len(fact_values(fact)) > 1 else path
        yield KeyFact(entity, where, option.value, citations)


def key_facts_of(entity: Entity) -> Iterator[KeyFact]:
    """The key facts of one entry, in the order of its file."""
    if isinstance(entity, Organization):
        for index, funding in enumerate(entity.funding_rounds):
            for field in ("amount", "valuation"):
                path = ("funding_rounds", index, field)
                yield from _values(entity, path, getattr(funding, field), funding.sources)
        for index, valuation in enumerate(entity.valuations):
            citations = valuation.sources or borrowed(entity.sources)
            yield KeyFact(entity, ("valuations", index, "amount"), valuation.amount, citations)
    elif isinstance(entity, AIModel):
        yield from _values(entity, ("released",), entity.released)
    elif isinstance(entity, Policy):
        for field in DATE_LABELS:
            yield from _values(entity, ("dates", field), getattr(entity.dates, field))


def key_facts(dataset: Dataset) -> list[KeyFact]:
    """Every key fact in the dataset, by kind, id and place in the file."""
    return [fact for entity in dataset for fact in key_facts_of(entity)]

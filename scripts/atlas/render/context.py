"""What one page needs while its view is built: links relative to it, and numbered citations.

Citations are numbered in order of first use on the page; `references` lists them for the
page's References section, so the view builds it after the body.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import lru_cache, singledispatch
from typing import Any

from ..graph import Graph
from ..schema import Disputed, Entity, Money, Source, Sourced, fact_values
from ..schema.common import Citation, Name
from ..schema.model import Parameters
from ..schema.source import SECONDARY_TYPES
from . import numbers
from .markdown import attribute, escape, escaped, note
from .urls import relative_link

Labels = dict[str, str]


class PageContext:
    """Links and citations for the page at the docs-relative `path`."""

    def __init__(self, path: str, graph: Graph) -> None:
        self.path = path
        self.graph = graph
        self._numbers: dict[str, int] = {}
        self._quotes: dict[str, dict[Citation, None]] = {}
        self._folder = tuple(path.split("/")[:-1])

    def url(self, target: str) -> str:
        """A link from this page to a docs-relative Markdown path."""
        return relative_link(target, self._folder)

    def href(self, entity: Entity) -> str:
        """The relative link to an entity's page."""
        return self.url(f"{entity.kind}/{entity.id}.md")

    def link(self, entity: Entity) -> str:
        """`[Name](../kind/id.md)`."""
        return f"[{escaped(entity.display_name)}]({self.href(entity)})"

    def link_id(self, kind: str, entity_id: str) -> str:
        """`[Name](../kind/id.md)` for the entity of `kind` with that id."""
        return self.link(self.graph.dataset.get(kind, entity_id))

    def links(self, ids: Iterable[str], kind: str) -> str:
        """Comma-separated links to entities of one kind."""
        return ", ".join(self.link_id(kind, entity_id) for entity_id in ids)

    def entity_links(self, entities: Iterable[Entity]) -> str:
        """Comma-separated links to entities."""
        return ", ".join(self.link(entity) for entity in entities)

    def name(self, name: Name) -> str:
        """'Zhipu AI (智谱)' with the Chinese part marked as Chinese."""
        text = escape(name.en)
        return f"{text} ({escape(name.zh)})" if name.zh else text

    def cite(self, citations: Iterable[Citation]) -> str:
        """Numbered citation links, e.g. `<sup>[1][2]</sup>`, linking to the References list.

        A citation's quote is kept for the References list and shown in the mark's tooltip.
        """
        marks = []
        for citation in citations:
            number = self._numbers.setdefault(citation.id, len(self._numbers) + 1)
            source = self.graph.dataset.get("sources", citation.id)
            assert isinstance(source, Source)
            tooltip = _mark_label(source.publisher, source.title, citation.quote)
            if citation.quote:
                self._quotes.setdefault(citation.id, {}).setdefault(citation, None)
            # The mark reads "[4]"; screen readers say its name, "Source 4", and the title.
            marks.append(
                f'[[{number}]](#ref-{number}){{: title="Source {number}: {tooltip}" '
                f'aria-label="Source {number}" }}'
            )
        return f"<sup>{''.join(marks)}</sup>" if marks else ""

    def cite_for(self, entity: Entity, sources: Iterable[Citation]) -> str:
        """Citations for a fact: its own sources, or the entry's top-level ones."""
        return self.cite(self.graph.effective_sources(entity, sources))

    def references(self) -> list[tuple[int, Source, list[Citation]]]:
        """The sources cited so far on this page, by number, with the quotes cited from each."""
        ordered = sorted(self._numbers.items(), key=lambda item: item[1])
        return [
            (number, self.graph.dataset.get("sources", key), list(self._quotes.get(key, ())))  # type: ignore[misc]
            for key, number in ordered
        ]

    def weakly_sourced(self, citations: Iterable[Citation]) -> bool:
        """True when every source of a fact is a secondary report."""
        sources = self.graph.dataset.of("sources")
        kinds = {sources[c.id].type for c in citations}  # type: ignore[attr-defined]
        return bool(kinds) and kinds <= SECONDARY_TYPES

    def value(
        self,
        value: Any,
        unit: str = "",
        kind: str | None = None,
        labels: Labels | None = None,
        cited: tuple[Citation, ...] = (),
        show: Callable[[Any], str] | None = None,
    ) -> str:
        """One value as Markdown: a label, an entity link, money, a count or text.

        `show` makes the Markdown of a value itself, for values that need more than text (a
        licence's name linked to its text).
        """
        if show is not None:
            return show(value)
        if labels is not None and value in labels:
            return escape(labels[value])
        if kind is not None:
            return self.link_id(kind, value)
        return format_value(value, self, unit, cited)

    def fact(
        self,
        entity: Entity,
        fact: Sourced[Any] | Disputed[Any] | None,
        unit: str = "",
        kind: str | None = None,
        labels: Labels | None = None,
        show: Callable[[Any], str] | None = None,
    ) -> str:
        """A fact with its citations, marking claims, low confidence and disagreements."""
        if fact is None:
            return ""
        if isinstance(fact, Disputed):
            parts = [
                self._sourced(entity, option, unit, kind, labels, show) for option in fact.disputed
            ]
            return f"Sources differ: {'; '.join(parts)}. *{escape(fact.note)}*"
        return self._sourced(entity, fact, unit, kind, labels, show)

    def _sourced(
        self,
        entity: Entity,
        fact: Sourced[Any],
        unit: str,
        kind: str | None,
        labels: Labels | None,
        show: Callable[[Any], str] | None = None,
    ) -> str:
        sources = self.graph.effective_sources(entity, fact.sources)
        text = self.value(fact.value, unit, kind, labels, sources, show) + self.cite(sources)
        if self.weakly_sourced(sources):
            text += " *(weakly sourced)*"
        return text + qualifiers(fact)

    def facts(
        self, entity: Entity, facts: Iterable[Sourced[Any] | Disputed[Any]], kind: str | None = None
    ) -> str:
        """Several facts, separated by semicolons."""
        return "; ".join(self.fact(entity, fact, kind=kind) for fact in facts)


def first(fact: Sourced[Any] | Disputed[Any] | None) -> Any:
    """The first (or only) value of a fact, for sorting and tables."""
    values = fact_values(fact)
    return values[0].value if values else None


def qualifiers(fact: Any) -> str:
    """The marks after a value: as-of date, self-reported claim, low confidence, note."""
    text = ""
    if getattr(fact, "as_of", None):
        text += f" (as of {fact.as_of})"
    if getattr(fact, "claim", False):
        text += " *(self-reported)*"
    if getattr(fact, "confidence", None) == "low":
        text += " *(low confidence)*"
    if getattr(fact, "note", None):
        text += note(escape(fact.note))
    return text


@singledispatch
def format_value(value: Any, page: PageContext, unit: str, cited: tuple[Citation, ...]) -> str:
    """A value as escaped Markdown, by its type; plain values are text."""
    return escape(str(value)) + (f" {unit}" if unit else "")


@format_value.register
def _money(value: Money, page: PageContext, unit: str, cited: tuple[Citation, ...]) -> str:
    text = escape(numbers.money(value)) if value.amount is None else numbers.money(value)
    conversion = numbers.usd(value)
    if conversion:
        ids = {citation.id for citation in cited}
        extra = [  # a source cited for the amount already is cited again only to quote it
            c
            for c in value.usd.sources  # type: ignore[union-attr]
            if c.id not in ids or (c.quote and c not in cited)
        ]
        text += f" ({conversion}{page.cite(extra)})"
    return text


@format_value.register
def _parameters(
    value: Parameters, page: PageContext, unit: str, cited: tuple[Citation, ...]
) -> str:
    text = f"{numbers.number(value.total)} total"
    if value.active is not None:
        text += f", {numbers.number(value.active)} active per token"
    return text


@format_value.register(int)
@format_value.register(Decimal)
def _count(value: int | Decimal, page: PageContext, unit: str, cited: tuple[Citation, ...]) -> str:
    return f"{numbers.number(value)}{' ' + unit if unit else ''}"


@format_value.register
def _flag(value: bool, page: PageContext, unit: str, cited: tuple[Citation, ...]) -> str:
    return escape(str(value)) + (f" {unit}" if unit else "")


@lru_cache(maxsize=1 << 16)
def _mark_label(publisher: str, title: str, quote: str | None) -> str:
    """A citation's tooltip text after its number, made safe once however many pages cite it."""
    label = attribute(f"{publisher}, {title}")
    return f"{label}. Quote: {attribute(quote)}" if quote else label

"""Renders the linked dataset to Markdown with Jinja2 templates. Pure: data in, {path: text} out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

import jinja2

from ..graph import freshness
from ..graph.graph import Graph
from ..load.gcpause import paused_gc
from ..schema import KINDS, Disputed, Entity, Money, Source, Sourced, fact_values
from ..schema.common import Name
from ..schema.labels import LABELS, label
from ..schema.model import Parameters
from ..schema.policy import DATE_LABELS
from . import feeds as changes
from . import markdown as formatting
from .pages.more import reader_pages
from .reader import Reader, Site

SITE_NAME = "AI Ecosystem Atlas"


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("atlas.render", "templates"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        # Compiled templates are kept between builds, as Python keeps .pyc files: compiling
        # them was a twentieth of the generator's time for 1,000 entities. Entries are keyed by
        # the template's path and checked against its source, so an edit is always seen.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
    )
    env.filters.update(
        text=formatting.escape,
        cell=formatting.cell,
        number=formatting.number,
        plain=formatting.plain,
        json=lambda value: json.dumps(value, ensure_ascii=False),
    )
    env.globals["date_labels"] = DATE_LABELS
    env.globals["labels"] = LABELS
    env.filters["label"] = lambda code, vocabulary: label(vocabulary, code)
    return env


class PageContext:
    """What a template needs on one page: links relative to the page, and numbered citations.

    Citations are numbered in order of first use on the page; `references` lists them for the
    page's References section, so it must be rendered after the body.
    """

    def __init__(self, path: str, graph: Graph) -> None:
        self.path = path
        self.graph = graph
        self._numbers: dict[str, int] = {}
        self._folder = tuple(path.split("/")[:-1])

    def url(self, target: str) -> str:
        """A link from this page to a docs-relative Markdown path."""
        return _relative(target, self._folder)

    def href(self, entity: Entity) -> str:
        """The relative link to an entity's page."""
        return self.url(f"{entity.kind}/{entity.id}.md")

    def link(self, entity: Entity | str, kind: str | None = None) -> str:
        """`[Name](../kind/id.md)` for an entity, or for an id of `kind`."""
        if isinstance(entity, str):
            assert kind is not None
            entity = self.graph.dataset.get(kind, entity)
        return f"[{_escaped(entity.display_name)}]({self.href(entity)})"

    def links(self, ids: Iterable[str], kind: str) -> str:
        """Comma-separated links to entities of one kind."""
        return ", ".join(self.link(entity_id, kind) for entity_id in ids)

    def name(self, name: Name) -> str:
        """'Zhipu AI (智谱)' with the Chinese part marked as Chinese."""
        text = formatting.escape(name.en)
        return f"{text} ({formatting.escape(name.zh)})" if name.zh else text

    def cite(self, sources: Iterable[str]) -> str:
        """Numbered citation links, e.g. `<sup>[1][2]</sup>`, linking to the References list."""
        marks = []
        for source_id in sources:
            number = self._numbers.setdefault(source_id, len(self._numbers) + 1)
            source = self.graph.dataset.get("sources", source_id)
            assert isinstance(source, Source)
            label = f"Source {number}: {_source_label(source.publisher, source.title)}"
            # The mark reads "[4]"; screen readers say its name, "Source 4", and the title.
            marks.append(
                f'[[{number}]](#ref-{number}){{: title="{label}" aria-label="Source {number}" }}'
            )
        return f"<sup>{''.join(marks)}</sup>" if marks else ""

    def cite_for(self, entity: Entity, sources: Iterable[str]) -> str:
        """Citations for a fact: its own sources, or the entry's top-level ones."""
        return self.cite(self.graph.effective_sources(entity, sources))

    def references(self) -> list[tuple[int, Source]]:
        """The sources cited so far on this page, by number."""
        return [
            (number, self.graph.dataset.get("sources", source_id))  # type: ignore[misc]
            for source_id, number in sorted(self._numbers.items(), key=lambda item: item[1])
        ]

    def value(
        self,
        value: Any,
        unit: str = "",
        kind: str | None = None,
        labels: dict[str, str] | None = None,
        cited: tuple[str, ...] = (),
    ) -> str:
        """One value as Markdown: an entity link, money, a parameter count, a number or text."""
        if labels is not None and value in labels:
            return formatting.escape(labels[value])
        if kind is not None:
            return self.link(value, kind)
        if isinstance(value, Money):
            text = formatting.money(value)
            conversion = formatting.usd(value)
            if conversion:
                extra = [s for s in value.usd.sources if s not in cited]  # type: ignore[union-attr]
                text += f" ({conversion}{self.cite(extra)})"
            return text
        if isinstance(value, Parameters):
            text = f"{formatting.number(value.total)} total"
            if value.active is not None:
                text += f", {formatting.number(value.active)} active per token"
            return text
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            return f"{formatting.number(value)}{' ' + unit if unit else ''}"
        return formatting.escape(str(value)) + (f" {unit}" if unit else "")

    def fact(
        self,
        entity: Entity,
        fact: Sourced[Any] | Disputed[Any] | None,
        unit: str = "",
        kind: str | None = None,
        labels: dict[str, str] | None = None,
    ) -> str:
        """A fact with its citations, marking claims, low confidence and disagreements."""
        if fact is None:
            return ""
        if isinstance(fact, Disputed):
            parts = [self._sourced(entity, option, unit, kind, labels) for option in fact.disputed]
            return f"Sources differ: {'; '.join(parts)}. *{formatting.escape(fact.note)}*"
        return self._sourced(entity, fact, unit, kind, labels)

    def _sourced(
        self,
        entity: Entity,
        fact: Sourced[Any],
        unit: str,
        kind: str | None,
        labels: dict[str, str] | None,
    ) -> str:
        sources = self.graph.effective_sources(entity, fact.sources)
        text = self.value(fact.value, unit, kind, labels, sources) + self.cite(sources)
        return text + self.qualifiers(fact)

    def qualifiers(self, fact: Any) -> str:
        """The marks after a value: as-of date, self-reported claim, low confidence, note."""
        text = ""
        if getattr(fact, "as_of", None):
            text += f" (as of {fact.as_of})"
        if getattr(fact, "claim", False):
            text += " *(self-reported)*"
        if getattr(fact, "confidence", None) == "low":
            text += " *(low confidence)*"
        if getattr(fact, "note", None):
            text += f" — {formatting.escape(fact.note)}"
        return text

    def facts(
        self, entity: Entity, facts: Iterable[Sourced[Any] | Disputed[Any]], kind: str | None = None
    ) -> str:
        """Several facts, separated by semicolons."""
        return "; ".join(self.fact(entity, fact, kind=kind) for fact in facts)

    def first(self, fact: Sourced[Any] | Disputed[Any] | None) -> Any:
        """The first (or only) value of a fact, for sorting and tables."""
        values = fact_values(fact)
        return values[0].value if values else None


def _relative(target: str, folder: tuple[str, ...]) -> str:
    """`posixpath.relpath(target, folder)` for normalized docs paths, without its I/O.

    Why: relpath calls abspath (and so getcwd) twice; pages hold hundreds of thousands of links.
    """
    parts = target.split("/")
    common = 0
    while common < len(folder) and common < len(parts) - 1 and folder[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(folder) - common) + parts[common:])


_escaped = lru_cache(maxsize=1 << 16)(formatting.escape)
"""Entity names are linked from many pages; each is escaped once."""

_ATTRIBUTE_UNSAFE = str.maketrans(
    {"[": "(", "]": ")", "{": "(", "}": ")", **dict.fromkeys('"`*_\\<>|~^#', None)}
)


def _attribute(text: str) -> str:
    """Text safe inside a double-quoted attr_list value (a tooltip).

    Why: Markdown's inline patterns run over the attribute text before attr_list reads it, so
    anything that could form a link or emphasis is replaced or dropped.
    """
    return " ".join(text.translate(_ATTRIBUTE_UNSAFE).split())


@lru_cache(maxsize=1 << 16)
def _source_label(publisher: str, title: str) -> str:
    """A source's tooltip text, made safe once however many pages cite it."""
    return _attribute(f"{publisher}, {title}")


def _render(template: str | jinja2.Template, path: str, site: Site, **context: Any) -> str:
    if isinstance(template, str):
        template = _environment().get_template(template)
    page = PageContext(path, site.graph)
    return template.render(
        page=page,
        graph=site.graph,
        reader=Reader(page, site),
        kinds=KINDS,
        site_name=SITE_NAME,
        **context,
    )


@paused_gc()
def render_pages(
    graph: Graph,
    *,
    today: date | None = None,
    site_url: str | None = None,
    assets: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Every generated file, as a docs-relative path mapped to its text, sorted by path.

    Args:
        graph: the linked data.
        today: the day facts are judged stale against (default: the newest check in the data;
            see `freshness`).
        site_url: the published address, for citations, metadata and absolute links in feeds.
        assets: the files published beside the pages (see export.py), for the downloads page.
    """
    dataset = graph.dataset
    site = Site(graph, site_url, assets or {})
    reference = freshness.reference_date(dataset, today)
    pages: dict[str, str] = {}
    for kind in KINDS:
        entities = list(dataset.of(kind).values())
        template = _environment().get_template(f"{kind}.md.j2")  # checked for edits once a build
        for entity in entities:
            path = f"{kind}/{entity.id}.md"
            page = _render(template, path, site, entity=entity)
            pages[path] = freshness.with_notice(page, entity, reference)
        pages[f"{kind}/index.md"] = _render(
            f"{kind}_index.md.j2", f"{kind}/index.md", site, entities=entities
        )
    pages["timeline.md"] = _render("timeline.md.j2", "timeline.md", site)
    pages["changes.md"] = _render(
        "changes.md.j2", "changes.md", site, changes=changes.recent_changes(dataset)
    )
    pages["index.md"] = _render("home.md.j2", "index.md", site)
    pages.update(changes.render_feeds(graph, site_url))
    pages.update(reader_pages(site, _render))
    return dict(sorted(pages.items()))

"""What every entry's page shares: lead line, stale notice, connections, timeline, references.

Also the "Cite this page" section that every page ends with, and `Site`, what every page of one
build may show besides its own data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from ...graph import Graph, TimelineEntry
from ...graph.freshness import STALE_AFTER_DAYS, checked_on
from ...graph.relations import Relations
from ...graph.tags import Tag, tags_of
from ...schema import Entity, Organization, Source
from ...schema.labels import label
from ..citation import citation, data_date
from ..context import PageContext
from ..environment import render_fragment
from ..front import kind_label
from ..markdown import cell, escape
from ..svg import maps
from .blocks import Items, Page, Section, Table, Text, section
from .paging import Part, Parts, year


@dataclass(frozen=True)
class Site:
    """What every page of one build may show besides its own data."""

    graph: Graph
    relations: Relations
    site_url: str | None
    today: date | None
    """The day facts are judged stale against (None: never stale)."""

    @cached_property
    def data_date(self) -> str | None:
        """The newest check of the whole dataset, which the pages about the whole atlas cite."""
        return data_date(self.graph.dataset)

    @cached_property
    def timeline_parts(self) -> Parts[TimelineEntry]:
        """The atlas's events by year, each year in parts of a bounded length."""
        return Parts(self.graph.timeline, lambda entry: year(entry.event.date))

    @cached_property
    def _timeline_page_of(self) -> dict[object, Part[TimelineEntry]]:
        return self.timeline_parts.where(id)

    def timeline_page_of(self, entry: TimelineEntry) -> str:
        """The docs-relative path of the timeline page that lists an event."""
        return f"timeline/{self._timeline_page_of[id(entry)].slug}.md"


EntryBuilder = Callable[[Site, PageContext, Entity], Page]
"""Builds the view of one entry's page (one per kind, in `pages.ENTRY_PAGES`)."""

PageList = list[tuple[str, Callable[..., Page], tuple[Any, ...]]]
"""Pages to render, as (path, builder, the builder's arguments after the site and the page)."""


def tag_link(page: PageContext, tag: Tag) -> str:
    """A Markdown link to a tag's page."""
    return f"[{escape(tag.name)}]({page.url(tag.path)})"


def lead(page: PageContext, entity: Entity) -> str:
    """The line under the title: the kind of entry, its tags, and what else it was called."""
    parts = [f"**{kind_label(entity)}**"]
    if isinstance(entity, Source):
        parts.append(escape(entity.publisher))
        if entity.published:
            parts.append(entity.published)
    else:
        parts += [tag_link(page, tag) for tag in tags_of(entity, page.graph.dataset)]
    if isinstance(entity, Organization) and entity.former_names:
        former = ", ".join(escape(f.name.en) for f in entity.former_names)
        parts.append(f"formerly {former}")
    return " · ".join(parts) + "\n{: .atlas-lead }"


def notice(entity: Entity, today: date | None, days: int = STALE_AFTER_DAYS) -> str:
    """A Markdown warning for a page whose facts are stale, or an empty string."""
    checked = checked_on(entity)
    if today is None or checked is None or (today - checked).days <= days:
        return ""
    return (
        '!!! warning "These facts may be out of date"\n\n'
        f"    They were last checked against their sources on {checked.isoformat()}, "
        f"{(today - checked).days} days before this edition of the atlas ({today.isoformat()}). "
        "If you can check them again, please update this entry.\n"
    )


def connections(site: Site, page: PageContext, entity: Entity) -> Section | None:
    """The relationship map of an entry and the same links as a list, or nothing."""
    hood = site.relations.neighbourhood(entity)
    if hood.empty:
        return None
    lines = [
        f"{group.label}: " + page.entity_links(group.entities)
        for group in (*hood.upstream, *hood.downstream)
    ]
    figure = maps.neighbourhood_figure(page.path, hood)
    return section("Connections", "connections data-search-exclude", Text(figure), Items(lines))


def timeline(site: Site, page: PageContext, entries: Sequence[TimelineEntry]) -> Section | None:
    """The table of an entry's dated events, oldest first, each with its sources.

    Each date links to the atlas's timeline page that lists the event among that year's others.
    """
    rows = [
        (
            f"[{entry.event.date}]({page.url(site.timeline_page_of(entry))})",
            cell(escape(entry.event.text) + page.cite(entry.sources)),
        )
        for entry in entries
    ]
    return section("Timeline", "timeline", Table(("Date", "Event"), rows))


def references(page: PageContext, checked: str | None = None, feed: str = "") -> Section:
    """The numbered list of the sources cited so far; built after the rest of the page.

    With `checked` (an entry's `last_checked`), a line says when its facts were checked and
    links the entry's own feed.
    """
    lines = []
    for number, source, quotes in page.references():
        lines.append(
            f'{number}. <span id="ref-{number}"></span>{page.link(source)}. {_about(source)}'
        )
        language = f' lang="{source.language}"' if source.language != "en" else ""
        for cited in quotes:
            gloss = f" ({escape(cited.gloss)})" if cited.gloss else ""
            quote = escape(cited.quote or "")
            lines.append(f'    - <q class="atlas-quote"{language}>{quote}</q>{gloss}')
    blocks: list[Text] = [Text("\n".join(lines))] if lines else []
    if checked:
        blocks.append(
            Text(
                '<p class="atlas-checked" markdown="span">Facts on this page were last checked '
                f"against their sources on {checked}. [Follow changes to this entry]"
                f'({page.url(feed)}){{: type="application/atom+xml" }} (Atom feed).</p>'
            )
        )
    return Section("References", "references data-search-exclude", tuple(blocks))


def _about(source: Source) -> str:
    """'Publisher, 2023-10 (news report). <url>', and the copy read, if any."""
    published = f", {source.published}" if source.published else ""
    text = f"{escape(source.publisher)}{published} ({label('source_type', source.type)})."
    if source.url:
        text += f" <{source.url}>"
    if source.read_at:
        at = f" at {escape(source.read_at.publisher)}" if source.read_at.publisher else ""
        text += f" Read as a copy{at}: <{source.read_at.url}>"
        if source.read_at.compared is False:
            text += " (its wording was not compared with the publisher's)"
    return text


def cite(
    site: Site, page: PageContext, title: str, what: str, entities: Sequence[Entity] | None = None
) -> Section:
    """The "Cite this page" section; its date is the newest check of the data it shows.

    An entry's own page also links to the entry's data as JSON.
    """
    date = data_date(entities) if entities is not None else site.data_date
    cited = citation(title, what, date, page.path, site.site_url)
    text = str(render_fragment("cite.html.j2", cite=cited))
    if entities is not None and len(entities) == 1:
        entity = entities[0]
        if page.path == f"{entity.kind}/{entity.id}.md":
            text += (
                f"\n\nThis entry's data: [{entity.id}.json]({entity.id}.json) "
                "(the whole dataset is on the [downloads page]"
                f"({page.url('downloads.md')}))."
            )
    return Section("Cite this page", "cite data-search-exclude", (Text(text),))


def entry_tail(
    site: Site, page: PageContext, entity: Entity, title: str, what: str
) -> list[Section | None]:
    """The sections that close every entry's page but a source's."""
    feed = f"{entity.kind}/{entity.id}/feed.xml"
    return [
        connections(site, page, entity),
        timeline(site, page, site.graph.events_of(entity)),
        references(page, entity.last_checked, feed),
        cite(site, page, title, what, [entity]),
    ]

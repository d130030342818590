"""What readers get around the facts on every generated page, for the templates (as `reader`).

The kind of entry and its tags under the title, the relationship map, the funding chart, the
"cite this page" block, and the front-matter metadata (tags for search, JSON-LD, Open Graph).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..graph.areas import area_of
from ..graph.graph import Graph, TimelineEntry
from ..graph.relations import Relation, Relations
from ..graph.tags import GROUPS, Tag, countries_of, tag_index, tags_of
from ..schema import KINDS, Entity, Organization, Policy, Source
from ..schema.labels import label
from . import markdown as formatting
from . import metadata
from .comparison import ComparisonBlocks
from .svg import charts, maps

if TYPE_CHECKING:
    from .context import PageContext

SOURCE_KIND = "sources"
SEARCH_BOOST = {"sources": 0.5}
"""Search ranks sources below the entries that cite them (other pages keep the default of 1)."""


_HTML_SENSITIVE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def _front_json(value: Any) -> str:
    """A front-matter value as JSON (valid YAML) with `< > &` as escapes, so no markup survives.

    YAML reads the escapes back as the characters; the theme escapes them again on output.
    """
    return json.dumps(value, ensure_ascii=False, sort_keys=True).translate(_HTML_SENSITIVE)


def entity_kinds() -> tuple[str, ...]:
    """Kinds that are entries (everything but sources), in registration order."""
    return tuple(kind for kind in KINDS if kind != SOURCE_KIND)


class Site:
    """Per-build facts the reader blocks share: relations, tags, the site's address."""

    def __init__(
        self, graph: Graph, site_url: str | None = None, assets: Mapping[str, str] | None = None
    ) -> None:
        self.graph = graph
        self.site_url = site_url or None
        self.assets = dict(assets or {})

    @cached_property
    def relations(self) -> Relations:
        """Every relation between entries."""
        return Relations(self.graph)

    @cached_property
    def tags(self) -> dict[Tag, list[Entity]]:
        """Every tag in use, with its entries."""
        return tag_index(self.graph.dataset, entity_kinds())

    def kind_label(self, entity: Entity) -> str:
        """'Organization', 'Model', 'Policy', 'Source'."""
        return entity.label[:1].upper() + entity.label[1:]

    def lanes(self, entries: list[TimelineEntry]) -> list[tuple[str, list[TimelineEntry]]]:
        """Timeline entries split by country (China and the United States first)."""
        by_country: dict[str, list[TimelineEntry]] = {}
        for entry in entries:
            countries = countries_of(entry.entity, self.graph.dataset) or ("",)
            by_country.setdefault(countries[0], []).append(entry)
        order = sorted(by_country, key=lambda code: (code not in ("CN", "US"), code == "", code))
        return [(label("country", code) if code else "Other", by_country[code]) for code in order]


class Reader(ComparisonBlocks):
    """The reader blocks for one page."""

    def __init__(self, page: PageContext, site: Site) -> None:
        self.page = page
        self.site = site

    def front(self, entity: Entity | None = None, title: str = "", description: str = "") -> str:
        """Extra front-matter lines: search tags and boost, JSON-LD and Open Graph type.

        The search tags are the entry's kind, its Chinese name and its tags: search results show
        them, and a Chinese query matches the name even where the site's search splits it into
        characters other pages also use (it matches tags before titles and text).
        """
        address = metadata.absolute_url(self.site.site_url, self.page.path)
        lines = []
        if entity is not None:
            names = [self.site.kind_label(entity)]
            chinese = getattr(getattr(entity, "name", None), "zh", None)
            if chinese:
                names.append(chinese)
            if entity.kind != SOURCE_KIND:
                names += [tag.name for tag in tags_of(entity, self.site.graph.dataset)]
            lines.append(f"tags: {_front_json(names)}")
            if entity.kind in SEARCH_BOOST:
                lines.append(f"search: {_front_json({'boost': SEARCH_BOOST[entity.kind]})}")
            ld = metadata.jsonld(entity, self.site.graph, address)
            og_type = "article"
        else:
            ld = metadata.collection_jsonld(title, description, address)
            og_type = "website"
        data: dict[str, Any] = {"jsonld": ld, "og_type": og_type}
        return "\n".join([f"atlas: {_front_json(data)}", *lines])

    def countries(self, entity: Entity) -> str:
        """The entity's countries in words ('China'), for index tables."""
        codes = countries_of(entity, self.site.graph.dataset)
        return ", ".join(label("country", code) for code in codes)

    def area(self, policy: Policy) -> str:
        """The policy's area in words ('Export controls')."""
        return area_of(policy, self.site.graph.dataset.of("policies")).name

    def tag_link(self, tag: Tag) -> str:
        """A Markdown link to a tag's page."""
        return f"[{formatting.escape(tag.name)}]({self.page.url(tag.path)})"

    def lead(self, entity: Entity) -> str:
        """The line under the title: the kind of entry, its tags, and what else it was called."""
        parts = [f"**{self.site.kind_label(entity)}**"]
        if isinstance(entity, Source):
            parts.append(formatting.escape(entity.publisher))
        else:
            parts += [self.tag_link(tag) for tag in tags_of(entity, self.site.graph.dataset)]
        if isinstance(entity, Organization) and entity.former_names:
            former = ", ".join(formatting.escape(f.name.en) for f in entity.former_names)
            parts.append(f"formerly {former}")
        return " · ".join(parts) + "\n{: .atlas-lead }"

    def connections(self, entity: Entity) -> str:
        """The relationship map of an entry and the same links as a list, or nothing."""
        hood = self.site.relations.neighbourhood(entity)
        if hood.empty:
            return ""
        figure = maps.neighbourhood_figure(self.page.path, hood)
        items = [
            f"- {group.label}: " + ", ".join(self.page.link(member) for member in group.entities)
            for group in (*hood.upstream, *hood.downstream)
        ]
        return (
            "## Connections {: #connections data-search-exclude }\n\n"
            + figure
            + "\n\n"
            + "\n".join(items)
            + "\n"
        )

    def funding_chart(self, organization: Organization) -> str:
        """The funding chart, or nothing when no round has a figure."""
        return charts.funding_figure(organization)

    def timeline_chart(self, entries: list[TimelineEntry], where: str) -> str:
        """The timeline chart of `entries`, one lane per country."""
        return charts.timeline_figure(self.page.path, self.site.lanes(entries), where)

    def cite(self, title: str, what: str, entities: list[Entity] | None = None) -> str:
        """The "Cite this page" section; its date is the newest check of the data it shows.

        An entry's own page also links to the entry's data as JSON.
        """
        date = metadata.data_date(entities if entities is not None else self.site.graph.dataset)
        cite = metadata.citation(title, what, date, self.page.path, self.site.site_url)
        data = ""
        if entities is not None and len(entities) == 1:
            entity = entities[0]
            if self.page.path == f"{entity.kind}/{entity.id}.md":
                data = (
                    f"\n\nThis entry's data: [{entity.id}.json]({entity.id}.json) "
                    "(the whole dataset is on the [downloads page]"
                    f"({self.page.url('downloads.md')}))."
                )
        return (
            "## Cite this page {: #cite data-search-exclude }\n\n"
            + metadata.citation_html(cite)
            + data
            + "\n"
        )

    def tag_groups(self, tags: Mapping[Tag, list[Entity]]) -> list[tuple[str, str]]:
        """(group, heading) of the tag groups in use, in display order."""
        used = {tag.group for tag in tags}
        return [(group, name) for group, name in GROUPS.items() if group in used]

    def tag_group_name(self, tag: Tag) -> str:
        """The name of a tag's group ('Country')."""
        return GROUPS[tag.group]

    def graph_map(self, relations: list[Relation]) -> str:
        """The map of every link."""
        return maps.graph_figure(self.page.path, relations)

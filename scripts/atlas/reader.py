"""What readers get around the facts on every generated page, for the templates (as `reader`).

The kind of entry and its tags under the title, the relationship map, the funding chart, the
"cite this page" block, and the front-matter metadata (tags for search, JSON-LD, Open Graph).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from . import charts, formatting, maps, metadata
from .areas import area_of
from .compare import SIDES, Lab
from .labels import label
from .link import Graph, TimelineEntry
from .relations import Relation, Relations
from .schema import KINDS, AIModel, Entity, Organization, Policy, Source, fact_values
from .schema.organization import FundingRound
from .schema.policy import DATE_LABELS
from .tags import GROUPS, Tag, countries_of, tag_index, tags_of

if TYPE_CHECKING:
    from .render import PageContext

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


class Reader:
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

    def kind_plural(self, kind: str) -> str:
        """A kind's section name ('Hardware'), from its class when it names one."""
        return str(getattr(KINDS[kind], "plural", kind.replace("-", " ").capitalize()))

    def side_names(self) -> str:
        """Header cells naming the two sides of the comparison."""
        return " | ".join(name for _, name in SIDES)

    def side_rule(self) -> str:
        """The header rule cells for the two sides."""
        return " | ".join("---" for _ in SIDES)

    def side_cells(self, values: Mapping[str, object]) -> str:
        """One table cell per side."""
        return " | ".join(str(values[code]) for code, _ in SIDES)

    def side_events(self, by_side: Mapping[str, list[TimelineEntry]]) -> str:
        """One cell per side listing its events of a date, each with its entry and sources."""
        cells = []
        for code, _ in SIDES:
            events = [
                f"{formatting.escape(entry.event.text)}{self.page.cite(entry.sources)} "
                f"({self.page.link(entry.entity)})"
                for entry in by_side[code]
            ]
            cells.append(formatting.cell("<br>".join(events)))
        return " | ".join(cells)

    def side_entries(
        self, timeline: list[tuple[str, Mapping[str, list[TimelineEntry]]]]
    ) -> list[TimelineEntry]:
        """The events of a side-by-side timeline, oldest first, for the chart."""
        entries = [
            entry for _, by_side in timeline for events in by_side.values() for entry in events
        ]
        return sorted(entries, key=lambda entry: entry.sort_key)

    def round_summary(self, organization: Organization, funding: FundingRound | None) -> str:
        """'2023-10-20, Series B: 2.5 billion yuan' for a lab's latest round, with citations."""
        if funding is None:
            return ""
        text = f"{funding.date}, {formatting.escape(funding.name or 'funding round')}"
        options = fact_values(funding.amount)
        amounts = list(dict.fromkeys(formatting.money(option.value) for option in options))
        if amounts:
            text += ": " + " or ".join(formatting.escape(amount) for amount in amounts)
            if len(amounts) > 1:
                text += " (sources differ)"
        sources = [s for option in options for s in option.sources] or list(funding.sources)
        return text + self.page.cite_for(organization, dict.fromkeys(sources))

    def open_weights(self, lab: Lab) -> str:
        """'yes (1 of 2 models)', 'no (0 of 3 models)', or '' when it has no model here."""
        if not lab.models:
            return ""
        answer = "yes" if lab.open_models else "no"
        noun = "model" if len(lab.models) == 1 else "models"
        return f"{answer} ({len(lab.open_models)} of {len(lab.models)} {noun})"

    def policy_date(self, policy: Policy) -> str:
        """The first date in a policy's life the atlas records ('signed 2023-08-09')."""
        for field, name in DATE_LABELS.items():
            values = fact_values(getattr(policy.dates, field))
            if values:
                return f"{name.lower()} {values[0].value}"
        return ""

    def model_headers(self, models: list[AIModel]) -> str:
        """Header cells linking to each model."""
        return " | ".join(formatting.cell(self.page.link(model)) for model in models)

    def rule(self, columns: int) -> str:
        """Header rule cells for `columns` columns."""
        return " | ".join("---" for _ in range(columns))

    def size(self, size: int) -> str:
        """A file size in words: '1.2 MB', '34 KB', '900 bytes'."""
        if size >= 1_000_000:
            return f"{size / 1_000_000:.1f} MB"
        if size >= 1000:
            return f"{size / 1000:.0f} KB"
        return f"{size} bytes"

    def download_description(self, name: str) -> str:
        """What a download holds, from its name."""
        known = {
            "atlas.json": "every entry of every kind, with all its facts and their sources",
            "funding-rounds.csv": "every funding round: date, amount and currency, the "
            "sourced US-dollar equivalent, investors",
            "relations.csv": "every link between entries (who invested in, developed, issued "
            "or names whom)",
        }
        if name in known:
            return known[name]
        kind = name.removesuffix(".csv")
        if kind in KINDS:
            return f"{self.kind_plural(kind).lower()}: one row per entry, one column per field"
        return ""

    def model_rows(self, models: list[AIModel]) -> list[tuple[str, list[str]]]:
        """Model-card fields as rows with one cell per model; rows empty for all are left out."""
        page = self.page

        def facts(model: AIModel, name: str, unit: str = "") -> str:
            return str(page.fact(model, getattr(model, name), unit))

        def hardware(model: AIModel) -> str:
            lines = []
            for need in model.hardware:
                precision = f" ({formatting.escape(need.precision)})" if need.precision else ""
                lines.append(f"{need.task}{precision}: {page.fact(model, need.requirement)}")
            return "<br>".join(lines)

        def lineage(model: AIModel, ids: tuple[str, ...]) -> str:
            return str(page.links(ids, "models")) if ids else ""

        fields: list[tuple[str, Any]] = [
            ("Developer", lambda m: page.links(m.developers, "organizations")),
            ("Country", self.countries),
            ("Released", lambda m: facts(m, "released")),
            ("Parameters", lambda m: facts(m, "parameters")),
            ("Architecture", lambda m: facts(m, "architecture")),
            ("Context length", lambda m: facts(m, "context_length", "tokens")),
            ("Languages", lambda m: facts(m, "languages")),
            ("Weights", lambda m: label("weights", m.weights) if m.weights else ""),
            ("Weights licence", lambda m: facts(m, "weights_license")),
            ("Code licence", lambda m: facts(m, "code_license")),
            ("Training data", lambda m: facts(m, "training_data")),
            ("Training tokens", lambda m: facts(m, "training_tokens")),
            ("Hardware to run it", hardware),
            (
                "Previous version",
                lambda m: lineage(m, (m.previous_version,) if m.previous_version else ()),
            ),
            ("Based on", lambda m: lineage(m, m.based_on)),
            ("Paper", lambda m: facts(m, "paper")),
        ]
        rows = []
        for name, cell in fields:
            cells = [formatting.cell(str(cell(model))) for model in models]
            if any(cells):
                rows.append((name, cells))
        return rows

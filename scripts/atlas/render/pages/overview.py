"""The pages about the whole atlas: home, timeline, recent changes and the relationship map."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...graph import TimelineEntry
from ...graph.freshness import recent_changes
from ...graph.tags import countries_of
from ...schema import KINDS
from ...schema.labels import label
from ..context import PageContext
from ..front import collection_front
from ..markdown import cell, escape
from ..svg import charts, maps
from .blocks import Items, Page, Section, Table, Text
from .entry import Site, cite, references
from .indexes import SITE_NAME, filtered_table

HOME_DESCRIPTION = (
    "A citation-first reference to the AI industry: who builds the models, who funds them, and "
    "which policies shape them, starting with the US and Chinese AI ecosystems."
)
HOME_INTRO = (
    "A citation-first reference to the AI industry: who builds the models, who funds them, and "
    "which policies shape them. It starts with the split between the US and Chinese AI "
    "ecosystems. Every fact on an entry's page links to the source it comes from.",
    "Start with the explainer [Two AI ecosystems](explainers/two-ai-ecosystems.md), or browse:",
)
HOME_EXPLORE = (
    "Explore the connections: [the United States and China side by side](compare/us-china.md), "
    "[models compared field by field](compare/models.md), [the relationship map](map.md) of "
    "investors, companies, models and policies, and [tags](tags/index.md) by country, sector and "
    "technology. The whole dataset is [free to download](downloads.md) as JSON and CSV."
)
FEED_LINK = '[Atom feed](feed.xml){: type="application/atom+xml" }'
LATEST = 8
"""How many of the latest events the home page lists."""


def home_page(site: Site, page: PageContext) -> Page:
    """The home page: what the atlas is, what it holds, and the latest events."""
    dataset = site.graph.dataset
    timeline = site.graph.timeline
    front = collection_front(page, SITE_NAME, HOME_DESCRIPTION, site.site_url, feed=True)
    # The home page is a tab of its own, so its left sidebar would be empty: Material hides it.
    front = replace(front, extra=(*front.extra, 'hide: ["navigation"]'))
    rows = [
        (f"[{cls.plural}]({kind}/index.md): {cls.blurb}", str(len(dataset.of(kind))))
        for kind, cls in KINDS.items()
        if kind != "sources"
    ]
    rows.append(
        ("[Sources](sources/index.md): every document cited", str(len(dataset.of("sources"))))
    )
    rows.append(("[Timeline](timeline.md): every dated event", str(len(timeline))))
    latest = [
        f"{entry.event.date}: {escape(entry.event.text)}{page.cite(entry.sources)} "
        f"({page.link(entry.entity)})"
        for entry in reversed(timeline[-LATEST:])
    ]
    changes = (
        "What the atlas added or checked lately is on [Recent changes](changes.md), also as an "
        f"{FEED_LINK}."
    )
    view = Page(front, SITE_NAME)
    view.blocks = [
        *(Text(text) for text in HOME_INTRO),
        Table(("Section", "Entries"), rows),
        Text(HOME_EXPLORE),
    ]
    view.sections = [
        Section("Latest events", "latest", (Items(latest), Text(changes))),
        references(page),
        cite(site, page, SITE_NAME, "home page"),
    ]
    return view


def lanes(site: Site, entries: Sequence[TimelineEntry]) -> list[tuple[str, list[TimelineEntry]]]:
    """Timeline entries split by country (China and the United States first)."""
    by_country: dict[str, list[TimelineEntry]] = {}
    for entry in entries:
        codes = countries_of(entry.entity, site.graph.dataset) or ("",)
        by_country.setdefault(codes[0], []).append(entry)
    order = sorted(by_country, key=lambda code: (code not in ("CN", "US"), code == "", code))
    return [(label("country", code) if code else "Other", by_country[code]) for code in order]


def timeline_page(site: Site, page: PageContext) -> Page:
    """Every dated event of the atlas, charted and listed."""
    description = (
        f"Every dated event in the {SITE_NAME}: foundings, funding rounds, model releases, "
        "policies and renames."
    )
    entries = site.graph.timeline
    chart = charts.timeline_figure(page.path, lanes(site, entries), "the table below")
    rows = [
        (
            entry.event.date,
            cell(escape(entry.event.text) + page.cite(entry.sources)),
            cell(page.link(entry.entity)),
            entry.entity.label,
        )
        for entry in entries
    ]
    events = filtered_table(
        "Entry kind,Date:year", Table(("Date", "Event", "Entry", "Entry kind"), rows)
    )
    view = Page(collection_front(page, "Timeline", description, site.site_url), "Timeline")
    view.blocks.append(
        Text(
            "Every dated event recorded in the atlas, oldest first. Dates are as precise as their "
            "sources: a year, a month or a day."
        )
    )
    view.sections = [
        Section("Chart", "chart data-search-exclude", (Text(chart),) if chart else ()),
        Section("Events", "events", tuple(events)),
        references(page),
        cite(site, page, "Timeline", "timeline of events"),
    ]
    return view


def changes_page(site: Site, page: PageContext) -> Page:
    """The entries most recently checked, newest first."""
    description = (
        "The entries most recently added, corrected or checked against their sources in the "
        f"{SITE_NAME}."
    )
    changes = recent_changes(site.graph.dataset)
    front = collection_front(page, "Recent changes", description, site.site_url, feed=True)
    view = Page(front, "Recent changes")
    view.blocks = [
        Text(
            "The entries most recently added, corrected or checked against their sources, newest "
            "first. Each date is the day someone last checked that entry's facts; entries older "
            "than a year are marked as possibly out of date on their pages."
        ),
        Text(
            "Follow every change with the [Atom feed of the whole atlas](feed.xml)"
            '{: type="application/atom+xml" }, or one entry with the feed linked at the foot of '
            "its page."
        ),
    ]
    if changes:
        rows = [
            (change.checked.isoformat(), cell(page.link(change.entity)), change.entity.label)
            for change in changes
        ]
        view.blocks.append(Table(("Checked", "Entry", "Kind"), rows))
    else:
        view.blocks.append(Text("No entry records when it was last checked yet."))
    view.sections = [cite(site, page, "Recent changes", "list of recent changes")]
    return view


def map_page(site: Site, page: PageContext) -> Page:
    """Every link between entries: one map, and a table of them all."""
    relations = site.relations.all
    description = (
        f"How the investors, companies, models and policies in the {SITE_NAME} are linked, in "
        "one map."
    )
    rows = [
        (
            cell(page.link(relation.upstream)),
            relation.upstream.label,
            relation.labels[2],
            cell(page.link(relation.downstream)),
            relation.downstream.label,
        )
        for relation in relations
    ]
    header = ("From", "From kind", "Relation", "To", "To kind")
    view = Page(
        collection_front(page, "Relationship map", description, site.site_url), "Relationship map"
    )
    view.blocks.append(
        Text(
            "Every link recorded in the atlas: who invested in whom, who developed which model, "
            "who issued which policy and whom each policy names. Arrows run from investors, "
            "developers and issuers towards what they fund, build or regulate. Each entry's own "
            "page has a smaller map of its neighbours."
        )
    )
    view.sections = [
        Section("Map", "map data-search-exclude", (Text(maps.graph_figure(page.path, relations)),)),
        Section(
            "Every link",
            "links data-search-exclude",
            tuple(filtered_table("From kind,Relation,To kind", Table(header, rows))),
        ),
        cite(site, page, "Relationship map", "relationship map"),
    ]
    return view

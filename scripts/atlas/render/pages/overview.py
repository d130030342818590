"""The pages about the whole atlas: home, recent changes and the relationship map."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ...graph.freshness import recent_changes
from ...graph.relations import Relation
from ...schema import KINDS, Entity
from ..context import PageContext
from ..downloads import DOWNLOADS
from ..front import collection_front
from ..markdown import cell, escape
from ..svg import maps
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


MAP_ENTRIES = 150
"""The most entries the whole-atlas map draws: the most linked part when there are more."""


def most_linked(relations: Sequence[Relation], count: int = MAP_ENTRIES) -> list[Relation]:
    """The links among the `count` entries of the most linked part (all of them when fewer).

    The part grows from the entry with the most links, always adding the most linked entry
    next to it, so the map is one connected piece around the atlas's hubs (a new piece starts
    only when that one has no neighbour left). Ties go to the kind and id: the same data always
    draws the same map.
    """
    degree: Counter[tuple[str, str]] = Counter()
    neighbours: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for relation in relations:
        up, down = _key(relation.upstream), _key(relation.downstream)
        degree[up] += 1
        degree[down] += 1
        neighbours.setdefault(up, set()).add(down)
        neighbours.setdefault(down, set()).add(up)
    if len(degree) <= count:
        return list(relations)
    ranked = sorted(degree, key=lambda key: (-degree[key], key))
    kept: set[tuple[str, str]] = set()
    frontier: list[tuple[int, tuple[str, str]]] = []
    while len(kept) < count:
        if not frontier:
            start = next(key for key in ranked if key not in kept)
            heapq.heappush(frontier, (-degree[start], start))
        _, key = heapq.heappop(frontier)
        if key in kept:
            continue
        kept.add(key)
        for other in neighbours[key] - kept:
            heapq.heappush(frontier, (-degree[other], other))
    return [r for r in relations if _key(r.upstream) in kept and _key(r.downstream) in kept]


def _key(entity: Entity) -> tuple[str, str]:
    return (entity.kind, entity.id)


def map_page(site: Site, page: PageContext) -> Page:
    """The map of the most linked entries, the links it draws, and the whole graph to download."""
    relations = site.relations.all
    drawn = most_linked(relations)
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
        for relation in drawn
    ]
    header = ("From", "From kind", "Relation", "To", "To kind")
    download = f"[relations.csv]({page.url(DOWNLOADS + '/relations.csv')})"
    if len(drawn) == len(relations):
        scope = "Every link recorded in the atlas"
        table_title = "Every link"
    else:
        scope = (
            f"The most linked part of the atlas, {MAP_ENTRIES} entries grown from the one with "
            f"the most links, and the {len(drawn)} links between them, of {len(relations)} "
            "links in all"
        )
        table_title = "The links drawn"
    view = Page(
        collection_front(page, "Relationship map", description, site.site_url), "Relationship map"
    )
    view.blocks += [
        Text(
            f"{scope}: who invested in whom, who developed which model, who issued which policy "
            "and whom each policy names. Arrows run from investors, developers and issuers "
            "towards what they fund, build or regulate. Each entry's own page has a smaller map "
            "of all its neighbours."
        ),
        Text(
            f"The whole graph, every link between entries, is one file to download: {download} "
            f"(one row per link; more on the [downloads page]({page.url('downloads.md')}))."
        ),
    ]
    view.sections = [
        Section("Map", "map data-search-exclude", (Text(maps.graph_figure(page.path, drawn)),)),
        Section(
            table_title,
            "links data-search-exclude",
            tuple(filtered_table("From kind,Relation,To kind", Table(header, rows))),
        ),
        cite(site, page, "Relationship map", "relationship map"),
    ]
    return view

"""The timeline: an index of years, and one page per year (in parts when a year is long).

Every dated event is on exactly one year page; `year_page_of` names it, so an entry's own
timeline links each of its events to the page that lists it among the atlas's other events.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...graph import TimelineEntry
from ...graph.tags import countries_of
from ...schema.labels import label
from ..context import PageContext
from ..front import collection_front
from ..markdown import cell, escape
from ..svg import charts
from .blocks import Page, Section, Table, Text
from .entry import PageList, Site, cite, references
from .indexes import SITE_NAME, filtered_table
from .paging import Part, Parts, part_links

TIMELINE = "timeline.md"
FOLDER = "timeline"


def lanes(site: Site, entries: Sequence[TimelineEntry]) -> list[tuple[str, list[TimelineEntry]]]:
    """Timeline entries split by country (China and the United States first)."""
    by_country: dict[str, list[TimelineEntry]] = {}
    for entry in entries:
        codes = countries_of(entry.entity, site.graph.dataset) or ("",)
        by_country.setdefault(codes[0], []).append(entry)
    order = sorted(by_country, key=lambda code: (code not in ("CN", "US"), code == "", code))
    return [(label("country", code) if code else "Other", by_country[code]) for code in order]


def part_path(part: Part[TimelineEntry]) -> str:
    """The docs-relative path of a year's page ('timeline/2023.md', 'timeline/2023-2.md')."""
    return f"{FOLDER}/{part.slug}.md"


def timeline_pages(site: Site) -> PageList:
    """The timeline's index and its year pages, as (path, builder, arguments)."""
    parts = site.timeline_parts
    pages: PageList = [(TIMELINE, timeline_page, ())]
    pages += [(part_path(part), year_page, (part,)) for part in parts]
    return pages


def timeline_page(site: Site, page: PageContext) -> Page:
    """The years of the atlas's events, each with how many and a link to its page."""
    description = (
        f"Every dated event in the {SITE_NAME}, year by year: foundings, funding rounds, model "
        "releases, policies and renames."
    )
    parts: Parts[TimelineEntry] = site.timeline_parts
    names = [name for name, _ in lanes(site, site.graph.timeline)]
    rows = []
    for _, year_parts in reversed(parts.groups()):
        entries = [entry for part in year_parts for entry in part.items]
        by_lane = dict((name, len(members)) for name, members in lanes(site, entries))
        link = part_links(year_parts, lambda part: page.url(part_path(part)))
        rows.append((cell(link), str(len(entries)), *(str(by_lane.get(n, 0)) for n in names)))
    view = Page(collection_front(page, "Timeline", description, site.site_url), "Timeline")
    view.blocks.append(
        Text(
            f"Every dated event recorded in the atlas ({len(site.graph.timeline)} in all), one "
            "page per year, newest year first. Each year's page charts and lists its events, "
            "oldest first, with their sources; a year with many events is split into parts. "
            "Dates are as precise as their sources: a year, a month or a day."
        )
    )
    view.sections = [
        Section("Years", "years", (Table(("Year", "Events", *names), rows),)),
        cite(site, page, "Timeline", "timeline of events"),
    ]
    return view


def year_page(site: Site, page: PageContext, part: Part[TimelineEntry]) -> Page:
    """One year's events (or one part of them), charted and listed."""
    title = f"Timeline: {part.title}"
    description = f"The dated events of {part.title} in the {SITE_NAME}."
    entries = part.items
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
    events = filtered_table("Entry kind", Table(("Date", "Event", "Entry", "Entry kind"), rows))
    view = Page(collection_front(page, title, description, site.site_url), escape(title))
    view.blocks += [Text(_neighbours(site, page, part))]
    view.sections = [
        Section("Chart", "chart data-search-exclude", (Text(chart),) if chart else ()),
        Section("Events", "events", tuple(events)),
        references(page),
        cite(site, page, title, "timeline of events"),
    ]
    return view


def _neighbours(site: Site, page: PageContext, part: Part[TimelineEntry]) -> str:
    """'[All years](…) · earlier: [2022](…) · later: [2024](…)'."""
    parts = list(site.timeline_parts)
    at = parts.index(part)
    links = [f"[All years]({page.url(TIMELINE)})"]
    if at > 0:
        links.append(
            f"earlier: [{escape(parts[at - 1].title)}]({page.url(part_path(parts[at - 1]))})"
        )
    if at + 1 < len(parts):
        links.append(
            f"later: [{escape(parts[at + 1].title)}]({page.url(part_path(parts[at + 1]))})"
        )
    return f"{len(part.items)} events of {part.title}, oldest first. " + " · ".join(links)

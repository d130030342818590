"""One module per family of generated pages; `render_pages` builds every page's view and prints it.

An entry's page comes from its kind's builder in `ENTRY_PAGES`; a new kind adds a builder there
(and its index to `indexes.INDEXES`). Every view is printed by the one template `page.md.j2`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from ...graph import Graph
from ...graph.freshness import reference_date
from ...graph.relations import Relations
from ...graph.tags import tag_index
from ...load.gcpause import paused_gc
from ...schema import KINDS
from .. import feeds
from ..context import PageContext
from ..environment import fresh_templates, template
from ..output import Files
from .blocks import Page
from .compare import us_china_pages
from .data import data_page
from .entry import EntryBuilder, PageList, Site
from .hardware import hardware_page
from .indexes import index_pages
from .model import model_page
from .models_compare import models_pages
from .organization import organization_page
from .overview import changes_page, home_page, map_page
from .policy import policy_page
from .source import source_page
from .tags import tag_pages, tags_index_page
from .timeline import timeline_pages

ENTRY_PAGES: dict[str, EntryBuilder] = {
    "sources": source_page,  # type: ignore[dict-item]
    "organizations": organization_page,  # type: ignore[dict-item]
    "models": model_page,  # type: ignore[dict-item]
    "policies": policy_page,  # type: ignore[dict-item]
    "hardware": hardware_page,  # type: ignore[dict-item]
}
"""The builder of each kind's entry pages."""

SITE_PAGES: dict[str, Callable[[Site, PageContext], Page]] = {
    "index.md": home_page,
    "changes.md": changes_page,
    "map.md": map_page,
}
"""Pages about the whole atlas, by path."""

SITE_FAMILIES: tuple[Callable[[Site], PageList], ...] = (
    timeline_pages,
    us_china_pages,
    models_pages,
)
"""Pages about the whole atlas that come as a summary and the pages it links to, each bounded."""


@paused_gc()
def render_pages(
    graph: Graph,
    *,
    today: date | None = None,
    site_url: str | None = None,
    assets: Mapping[str, str] | None = None,
) -> Files:
    """Every generated page and feed, as a docs-relative path mapped to its text, sorted by path.

    Args:
        graph: the linked data.
        today: the day facts are judged stale against (default: the newest check in the data;
            see `graph.freshness`).
        site_url: the published address, for citations, metadata and absolute links in feeds.
        assets: the files published beside the pages (see `downloads`), for the downloads page.
    """
    site = Site(graph, Relations(graph), site_url or None, reference_date(graph.dataset, today))
    fresh_templates()
    page_template = template("page.md.j2")

    def render(path: str, build: Callable[..., Page], *args: Any) -> None:
        page = PageContext(path, graph)
        pages[path] = page_template.render(page=build(site, page, *args))

    pages = Files()

    def render_all(listed: PageList) -> None:
        for path, build, args in listed:
            render(path, build, *args)

    # The pages about the whole atlas are the largest; made first, while little is held.
    for path, build in SITE_PAGES.items():
        render(path, build)
    for family in SITE_FAMILIES:
        render_all(family(site))
    for kind in KINDS:
        for entity in graph.dataset.of(kind).values():
            render(f"{kind}/{entity.id}.md", ENTRY_PAGES[kind], entity)
        render_all(index_pages(site, kind))
    tags = tag_index(graph.dataset, tuple(kind for kind in KINDS if kind != "sources"))
    render("tags/index.md", tags_index_page, tags)
    for tag, members in tags.items():
        render_all(tag_pages(tag, members))
    render("downloads.md", data_page, assets or {})
    return pages.merged(feeds.render_feeds(graph, site.site_url))

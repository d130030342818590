"""The tags index and one page per tag, listing its entries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...graph.tags import GROUPS, Tag
from ...schema import Entity
from ..context import PageContext
from ..front import collection_front
from ..markdown import cell, escape
from .blocks import Page, Section, Table, Text, items
from .entry import Site, cite, tag_link
from .indexes import SITE_NAME, countries, filtered_table

TAGS_INTRO = (
    "Tags group entries by country, sector, technology and topic. They are derived from the data: "
    "an organization's country and type, a model's developers and weights, a policy's "
    "jurisdiction, area and what it covers."
)


def tags_index_page(site: Site, page: PageContext, tags: Mapping[Tag, list[Entity]]) -> Page:
    """Every tag in use, by group, with how many entries have it."""
    description = f"Every tag in the {SITE_NAME}: entries by country, sector, technology and topic."
    view = Page(collection_front(page, "Tags", description, site.site_url), "Tags")
    view.blocks.append(Text(TAGS_INTRO))
    for group, name in GROUPS.items():
        lines = [
            f"{tag_link(page, tag)} ({len(members)})"
            for tag, members in tags.items()
            if tag.group == group
        ]
        if lines:
            view.sections.append(Section(name, group, (items(lines),)))  # type: ignore[arg-type]
    view.sections.append(cite(site, page, "Tags", "index of tags"))
    return view


def tag_page(site: Site, page: PageContext, tag: Tag, members: Sequence[Entity]) -> Page:
    """One tag's entries."""
    description = f"Entries of the {SITE_NAME} tagged {tag.name}."
    count = f"{len(members)} {'entry' if len(members) == 1 else 'entries'}"
    view = Page(
        collection_front(page, tag.name, description, site.site_url, ("Tag", tag.name)),
        escape(tag.name),
        f"**Tag** · {GROUPS[tag.group]} · {count} · [all tags](index.md)\n{{: .atlas-lead }}",
    )
    rows = [(cell(page.link(entity)), entity.label, countries(site, entity)) for entity in members]
    view.blocks += filtered_table("Kind,Country:list", Table(("Entry", "Kind", "Country"), rows))
    view.sections = [cite(site, page, tag.name, "tag page", list(members))]
    return view

"""The tags index and one page per tag, listing its entries (by letter when they are many)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...graph.tags import GROUPS, Tag
from ...schema import Entity
from ..context import PageContext
from ..front import collection_front
from ..markdown import cell, escape
from .blocks import Page, Section, Table, Text, items
from .entry import PageList, Site, cite, tag_link
from .indexes import SITE_NAME, by_letter, countries, filtered_table, letter_links, letter_path
from .paging import LIST_LIMIT, Part, fits

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


def tag_pages(tag: Tag, members: Sequence[Entity]) -> PageList:
    """A tag's page and, when it has too many entries for one page, its pages by letter."""
    pages: PageList = [(tag.path, tag_page, (tag, members))]
    if not fits(members, LIST_LIMIT):
        folder = tag.path.removesuffix(".md")
        for part in by_letter(members):
            pages.append((letter_path(folder, part), tag_letter_page, (tag, part)))
    return pages


def _rows(site: Site, page: PageContext, members: Sequence[Entity]) -> list[tuple[str, ...]]:
    return [(cell(page.link(entity)), entity.label, countries(site, entity)) for entity in members]


def tag_page(site: Site, page: PageContext, tag: Tag, members: Sequence[Entity]) -> Page:
    """One tag's entries, or the letters they start with when they are many."""
    description = f"Entries of the {SITE_NAME} tagged {tag.name}."
    count = f"{len(members)} {'entry' if len(members) == 1 else 'entries'}"
    view = Page(
        collection_front(page, tag.name, description, site.site_url, ("Tag", tag.name)),
        escape(tag.name),
        f"**Tag** · {GROUPS[tag.group]} · {count} · [all tags](index.md)\n{{: .atlas-lead }}",
    )
    if fits(members, LIST_LIMIT):
        table = Table(("Entry", "Kind", "Country"), _rows(site, page, members))
        view.blocks += filtered_table("Kind,Country:list", table)
    else:
        view.blocks += [
            Text("The entries by the first letter of their name:"),
            letter_links(page, tag.path.removesuffix(".md"), by_letter(members)),
        ]
    view.sections = [cite(site, page, tag.name, "tag page", list(members))]
    return view


def tag_letter_page(site: Site, page: PageContext, tag: Tag, part: Part[Entity]) -> Page:
    """A tag's entries whose names start with one letter (or one part of them)."""
    title = f"{tag.name}: {part.title}"
    description = f"Entries of the {SITE_NAME} tagged {tag.name}, {part.title}."
    view = Page(
        collection_front(page, title, description, site.site_url),
        escape(title),
        f"**Tag** · {GROUPS[tag.group]} · [all of {escape(tag.name)}]({page.url(tag.path)}) · "
        f"[all tags]({page.url('tags/index.md')})\n{{: .atlas-lead }}",
    )
    table = Table(("Entry", "Kind", "Country"), _rows(site, page, part.items))
    view.blocks += filtered_table("Kind,Country:list", table)
    view.sections = [cite(site, page, title, "tag page", list(part.items))]
    return view

"""The index of each kind: a sortable, filterable table of every entry.

The site's script sorts and filters the table; it reads fine without it. An index too long for
one page lists the letters its entries' names start with, and each letter has a page of its own
(in parts when long), with the same sortable, filterable table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ...graph.areas import area_of
from ...graph.tags import countries_of
from ...schema import Entity
from ...schema.labels import label
from ...schema.standards import language_name
from ..context import PageContext, first
from ..front import collection_front
from ..markdown import cell, escape
from ..numbers import number
from ..svg.sizes import size_points, sizes_figure
from .blocks import Block, Page, Table, Text
from .entry import PageList, Site, cite
from .paging import LIST_LIMIT, Part, Parts, fits, letter, part_links

SITE_NAME = "AI Ecosystem Atlas"

Row = Callable[[Site, PageContext, Entity], Sequence[str]]
Figure = Callable[[Site, PageContext], str]


@dataclass(frozen=True)
class Index:
    """How one kind's index reads: its title, words, filters and columns."""

    title: str
    description: str
    intro: tuple[str, ...]
    filters: str
    header: tuple[str, ...]
    row: Row
    what: str
    figure: Figure | None = None
    """A drawing shown above the table, made from the same entries."""


def countries(site: Site, entity: Entity) -> str:
    """The entity's countries in words ('China'), for index tables."""
    return ", ".join(label("country", code) for code in countries_of(entity, site.graph.dataset))


def _organization(site: Site, page: PageContext, org: Entity) -> Sequence[str]:
    return (
        cell(page.link(org)),
        cell(escape(org.name.zh or "")),  # type: ignore[attr-defined]
        ", ".join(label("organization_type", kind) for kind in org.types),  # type: ignore[attr-defined]
        label("country", org.country),  # type: ignore[attr-defined]
        str(first(org.founded) or ""),  # type: ignore[attr-defined]
    )


def sortable(text: str, key: object) -> str:
    """A table cell that the site's script sorts by `key` (a number or an ISO date), not its text.

    Why: '671 billion total, 37 billion active' and '131,072' sort as numbers only if the script
    is told the number; a key kept beside the text needs no parsing of what readers see.
    """
    if key is None or key == "":
        return text
    value = format(key, "f") if isinstance(key, Decimal) else str(key)
    return f'<span data-sort="{value}">{text}</span>'


def _model(site: Site, page: PageContext, model: Entity) -> Sequence[str]:
    parameters = first(model.parameters)  # type: ignore[attr-defined]
    context = first(model.context_length)  # type: ignore[attr-defined]
    released = str(first(model.released) or "")  # type: ignore[attr-defined]
    weights = model.weights  # type: ignore[attr-defined]
    return (
        cell(page.link(model)),
        cell(page.links(model.developers, "organizations")),  # type: ignore[attr-defined]
        countries(site, model),
        sortable(released, released),
        sortable(cell(page.value(parameters)), parameters.total) if parameters else "",
        sortable(f"{number(context)}", context) if context else "",
        label("weights", weights) if weights else "",
    )


def _policy(site: Site, page: PageContext, policy: Entity) -> Sequence[str]:
    policies = site.graph.dataset.of("policies")
    return (
        cell(page.link(policy)),
        label("country", policy.jurisdiction),  # type: ignore[attr-defined]
        area_of(policy, policies).name,  # type: ignore[arg-type]
        cell(page.links(policy.issuers, "organizations")),  # type: ignore[attr-defined]
        label("instrument", policy.instrument),  # type: ignore[attr-defined]
        str(label("status", first(policy.status))),  # type: ignore[attr-defined]
        str(first(policy.dates.effective) or ""),  # type: ignore[attr-defined]
    )


def _chip(site: Site, page: PageContext, chip: Entity) -> Sequence[str]:
    market = first(chip.market)  # type: ignore[attr-defined]
    variant = chip.variant_of  # type: ignore[attr-defined]
    rules = site.graph.referring_entities(chip, "hardware", kind="policies")
    return (
        cell(page.link(chip)),
        cell(page.links(chip.makers, "organizations")),  # type: ignore[attr-defined]
        str(first(chip.announced) or ""),  # type: ignore[attr-defined]
        label("country", market) if market else "",
        cell(page.link_id("hardware", variant.hardware)) if variant else "",
        str(len(rules)),
    )


def _source(site: Site, page: PageContext, source: Entity) -> Sequence[str]:
    return (
        cell(page.link(source)),
        cell(escape(source.publisher)),  # type: ignore[attr-defined]
        source.published or "",  # type: ignore[attr-defined]
        label("source_type", source.type),  # type: ignore[attr-defined]
        language_name(source.language),  # type: ignore[attr-defined]
        str(len(site.graph.referring_entities(source))),
    )


def _sizes_chart(site: Site, page: PageContext) -> str:
    return str(sizes_figure(page.path, size_points(site.graph)))


INDEXES: dict[str, Index] = {
    "organizations": Index(
        "Organizations",
        f"AI developers, investors, universities and government bodies in the {SITE_NAME}.",
        (),
        "Type:list,Country,Founded:year",
        ("Organization", "Chinese name", "Type", "Country", "Founded"),
        _organization,
        "index of organizations",
    ),
    "models": Index(
        "Models",
        f"AI models in the {SITE_NAME}, with developers, release dates and weights availability.",
        (
            "Compare any two models field by field on the "
            "[model comparison](../compare/models.md) page.",
        ),
        "Country:list,Developer:list,Weights,Released:year",
        ("Model", "Developer", "Country", "Released", "Parameters", "Context (tokens)", "Weights"),
        _model,
        "index of models",
        _sizes_chart,
    ),
    "policies": Index(
        "Policies",
        f"Laws, rules and executive orders that shape the AI industry, in the {SITE_NAME}.",
        (),
        "Jurisdiction,Area,Instrument,Status,Effective:year",
        ("Policy", "Jurisdiction", "Area", "Issued by", "Instrument", "Status", "Effective"),
        _policy,
        "index of policies",
    ),
    "hardware": Index(
        "Hardware",
        "Chips named in export controls, their China-specific variants and the rules that "
        f"restrict or release them, in the {SITE_NAME}.",
        (
            "The chips at the centre of export controls. Each chip's page lists every rule that "
            "names it, in date order.",
        ),
        "Made by:list,Made for,Announced:year",
        ("Chip", "Made by", "Announced", "Made for", "Cut down from", "Rules"),
        _chip,
        "index of chips",
    ),
    "sources": Index(
        "Sources",
        f"Every document the {SITE_NAME} cites, with what cites it.",
        (
            "Every fact in the atlas cites one or more of these documents. Each source's page "
            "lists the entries that cite it.",
        ),
        "Type,Language,Published:year",
        ("Source", "Publisher", "Published", "Type", "Language", "Cited by"),
        _source,
        "list of sources",
    ),
}
"""Each kind's index; a new kind adds its entry here."""


def filtered_table(filters: str, table: Table) -> list[Block]:
    """A table the site's script can sort and filter by the named columns."""
    opening = f'<div class="atlas-table" data-atlas-filters="{filters}" markdown="1">'
    return [Text(opening), table, Text("</div>")]


def by_letter(entities: Sequence[Entity]) -> Parts[Entity]:
    """Entries by the first letter of their name (A to Z, then the rest), in bounded parts."""
    ordered = sorted(entities, key=lambda entity: letter(entity.display_name)[0])
    return Parts(ordered, lambda entity: letter(entity.display_name), LIST_LIMIT)


def letter_path(folder: str, part: Part[Entity]) -> str:
    """The docs-relative path of one letter's page: 'organizations/a-z/b.md'."""
    return f"{folder}/a-z/{part.slug}.md"


def letter_links(page: PageContext, folder: str, parts: Parts[Entity]) -> Text:
    """'A (12) · B (3) · …': each letter, how many entries, and a link to its page(s)."""
    links = []
    for _, group in parts.groups():
        count = sum(len(part.items) for part in group)
        links.append(
            f"{part_links(group, lambda part: page.url(letter_path(folder, part)))} ({count})"
        )
    return Text(" · ".join(links))


def index_pages(site: Site, kind: str) -> PageList:
    """A kind's index and, when it is too long for one page, its pages by letter."""
    entities = list(site.graph.dataset.of(kind).values())
    pages: PageList = [(f"{kind}/index.md", index_page, (kind,))]
    if not fits(entities, LIST_LIMIT):
        for part in by_letter(entities):
            pages.append((letter_path(kind, part), index_letter_page, (kind, part)))
    return pages


def index_page(site: Site, page: PageContext, kind: str) -> Page:
    """The view of one kind's index page: the table of every entry, or the letters' links."""
    index = INDEXES[kind]
    entities = list(site.graph.dataset.of(kind).values())
    front = collection_front(page, index.title, index.description, site.site_url)
    view = Page(front, index.title)
    view.blocks += [Text(text) for text in index.intro]
    if index.figure is not None and (drawing := index.figure(site, page)):
        # The table below holds the same facts as words: search indexes those, not the drawing.
        view.blocks.append(Text(f"<div data-search-exclude>\n{drawing}\n</div>"))
    if fits(entities, LIST_LIMIT):
        rows = [index.row(site, page, entity) for entity in entities]
        view.blocks += filtered_table(index.filters, Table(index.header, rows))
    else:
        view.blocks += [
            Text(
                f"All {len(entities)} entries by the first letter of their name; each letter's "
                "page has a table to sort and filter."
            ),
            letter_links(page, kind, by_letter(entities)),
        ]
    view.sections = [cite(site, page, index.title, index.what, entities)]
    return view


def index_letter_page(site: Site, page: PageContext, kind: str, part: Part[Entity]) -> Page:
    """The entries of one kind whose names start with one letter (or one part of them)."""
    index = INDEXES[kind]
    title = f"{index.title}: {part.title}"
    front = collection_front(page, title, index.description, site.site_url)
    view = Page(front, escape(title))
    view.blocks.append(
        Text(
            f"{len(part.items)} entries whose names start with {part.label}. "
            f"[All letters]({page.url(f'{kind}/index.md')})."
        )
    )
    rows = [index.row(site, page, entity) for entity in part.items]
    view.blocks += filtered_table(index.filters, Table(index.header, rows))
    view.sections = [cite(site, page, title, index.what, list(part.items))]
    return view

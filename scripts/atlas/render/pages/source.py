"""A source's page: what the document is, where it was read, and every entry that cites it."""

from __future__ import annotations

from ...schema import Source
from ...schema.labels import label
from ...schema.source import Copy
from ...schema.standards import language_name
from ..context import PageContext
from ..front import entry_front
from ..markdown import escape
from .blocks import Infobox, Items, Page, Section, Text
from .entry import Site, cite, lead, notice


def _compared(read_at: Copy | None) -> str:
    """Whether the copy's wording was checked against the publisher's; empty if not stated."""
    if read_at is None or read_at.compared is None:
        return ""
    return "yes" if read_at.compared else "no: quotes may not be the publisher's exact words"


def source_page(site: Site, page: PageContext, source: Source) -> Page:
    """The view of a source's page."""
    read_at = source.read_at
    description = f"Source: {source.title} ({source.publisher})"
    copy_at = f"{escape(read_at.publisher)}: " if read_at and read_at.publisher else ""
    view = Page(
        entry_front(page, source, site.site_url, source.title, description, "source"),
        escape(source.title),
        lead(page, source),
        notice(source, site.today),
        Infobox.of(
            "Source",
            [
                ("Publisher", escape(source.publisher)),
                ("Author", escape(source.author or "")),
                ("Published", source.published or ""),
                ("Type", label("source_type", source.type)),
                ("Language", language_name(source.language)),
                ("Address", f"<{source.url}>" if source.url else "not found; see the copy read"),
                ("Read as a copy at", copy_at + (f"<{read_at.url}>" if read_at else "")),
                ("Copy", escape(read_at.note) if read_at and read_at.note else ""),
                ("Copy compared with the publisher's text", _compared(read_at)),
                ("Accessed", source.accessed or ""),
            ],
            searchable=False,
        ),
    )
    if source.note:
        view.blocks.append(Text(escape(source.note)))
    citing = [
        f"{page.link(citer)} ({citer.label})" for citer in site.graph.referring_entities(source)
    ]
    view.sections = [
        Section("Cited by", "cited-by data-search-exclude", (Items(citing),) if citing else ()),
        cite(site, page, source.title, "source record", [source]),
    ]
    return view

"""A source's page: what the document is, where it was read, and every entry that cites it."""

from __future__ import annotations

from ...schema import Source
from ...schema.labels import label
from ..context import PageContext
from ..front import entry_front
from ..markdown import escape
from .blocks import Infobox, Items, Page, Section, Text
from .entry import Site, cite, lead, notice

LANGUAGES = {"en": "English", "zh": "Chinese"}


def source_page(site: Site, page: PageContext, source: Source) -> Page:
    """The view of a source's page."""
    original = source.original
    description = f"Source: {source.title} ({source.publisher})"
    view = Page(
        entry_front(page, source, site.site_url, source.title, description, "source"),
        escape(source.title),
        lead(page, source),
        notice(source, site.today),
        Infobox.of(
            "Source",
            [
                ("Publisher", escape(source.publisher)),
                ("Originally published by", escape(original.publisher) if original else ""),
                ("Author", escape(source.author or "")),
                ("Published", source.published or ""),
                ("Type", label("source_type", source.type)),
                ("Language", LANGUAGES[source.language]),
                ("Read at", f"<{source.url}>"),
                ("Original", f"<{original.url}>" if original and original.url else ""),
                ("Accessed", source.accessed or ""),
            ],
        ),
    )
    if source.note:
        view.blocks.append(Text(escape(source.note)))
    citing = [
        f"{page.link(citer)} ({citer.label})" for citer in site.graph.referring_entities(source)
    ]
    view.sections = [
        Section("Cited by", "cited-by", (Items(citing),) if citing else ()),
        cite(site, page, source.title, "source record", [source]),
    ]
    return view

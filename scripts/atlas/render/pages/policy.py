"""A policy summary: infobox with its dates, what it does and covers, whom it names, and more.

Also the chips and organizations it names, and the policies it amends or is amended by.
"""

from __future__ import annotations

from ...schema import Policy
from ...schema.labels import LABELS, label
from ...schema.policy import DATE_LABELS
from ..context import PageContext
from ..front import entry_front
from ..markdown import cell, escape
from .blocks import Infobox, Items, Page, Section, Text, items, section, table
from .entry import Site, entry_tail, lead, notice

RELATED = (
    ("amends", "Amends", "Amended by"),
    ("supersedes", "Supersedes", "Superseded by"),
    ("implements", "Implements", "Implemented by"),
    ("rescinds", "Rescinds", "Rescinded by"),
)
"""Fields linking a policy to others: (field, how this one relates, how the others relate)."""


def policy_page(site: Site, page: PageContext, policy: Policy) -> Page:
    """The view of a policy's page."""
    title = escape(policy.display_name)
    description = policy.summary or f"{policy.title.en}: policy summary in the AI Ecosystem Atlas"
    view = Page(
        entry_front(page, policy, site.site_url, policy.title.en, description, "policy"),
        title,
        lead(page, policy),
        notice(policy, site.today),
        _infobox(page, policy, title),
    )
    if policy.summary:
        view.blocks.append(Text(escape(policy.summary) + page.cite(policy.sources)))
    sections = [
        _what_it_does(page, policy),
        _covers(page, policy),
        _chips(page, policy),
        _affects(page, policy),
        _related(site, page, policy),
        *entry_tail(site, page, policy, policy.display_name, "policy summary"),
    ]
    view.sections = [one for one in sections if one is not None]
    return view


def _infobox(page: PageContext, policy: Policy, title: str) -> Infobox:
    dates = [
        (name, page.fact(policy, getattr(policy.dates, field)))
        for field, name in DATE_LABELS.items()
    ]
    official = f"<{policy.official_text}>" if policy.official_text else ""
    return Infobox.of(
        title,
        [
            ("Official title", page.name(policy.title)),
            ("Jurisdiction", label("country", policy.jurisdiction)),
            ("Issued by", page.links(policy.issuers, "organizations")),
            ("Instrument", label("instrument", policy.instrument)),
            ("Citation", page.fact(policy, policy.citation)),
            ("Status", page.fact(policy, policy.status, labels=LABELS["status"])),
            *dates,
            ("Official text", official),
        ],
    )


def _what_it_does(page: PageContext, policy: Policy) -> Section:
    blocks: list[Text | Items] = []
    if policy.purpose:
        blocks.append(Text(page.fact(policy, policy.purpose)))
    lines = []
    for provision in policy.provisions:
        article = f"**{escape(provision.article)}**: " if provision.article else ""
        lines.append(article + escape(provision.text) + page.cite_for(policy, provision.sources))
    if lines:
        blocks.append(Items(lines))
    if not blocks:
        blocks.append(
            Text("The sources the atlas has read do not describe its provisions in detail.")
        )
    return Section("What it does", "what-it-does", tuple(blocks))


def _covers(page: PageContext, policy: Policy) -> Section | None:
    covers = policy.covers
    lines = [
        f"{name}: {'; '.join(escape(value) for value in values)}"
        + page.cite_for(policy, covers.sources)
        for name, values in (
            ("Technologies", covers.technologies),
            ("Products", covers.products),
            ("Sectors", covers.sectors),
            ("Countries", covers.countries),
        )
        if values
    ]
    return section("What it covers", "covers", items(lines))


def _chips(page: PageContext, policy: Policy) -> Section | None:
    rows = []
    for item in policy.hardware:
        effect = label("hardware_effect", item.effect) + (
            f" (from {item.date})" if item.date else ""
        )
        details = escape(item.note or "") + page.cite_for(policy, item.sources)
        rows.append((cell(page.link_id("hardware", item.hardware)), effect, cell(details)))
    return section("Chips it names", "hardware", table(("Chip", "Effect", "Details"), rows))


def _affects(page: PageContext, policy: Policy) -> Section | None:
    rows = [
        (
            cell(page.link_id("organizations", affected.organization)),
            cell(escape(affected.how) + page.cite_for(policy, affected.sources)),
        )
        for affected in policy.affects
    ]
    return section("Who it names", "affects", table(("Organization", "How it applies"), rows))


def _related(site: Site, page: PageContext, policy: Policy) -> Section | None:
    lines = [
        f"{name}: {page.links(getattr(policy, field), 'policies')}"
        for field, name, _ in RELATED
        if getattr(policy, field)
    ]
    for field, _, reverse in RELATED:
        others = site.graph.referring_entities(policy, field, kind="policies")
        if others:
            lines.append(f"{reverse}: {page.entity_links(others)}")
    return section("Related policies", "related", items(lines))

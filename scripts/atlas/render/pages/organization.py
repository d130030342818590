"""An organization's profile: infobox, people, funding, models, chips, investments, policies."""

from __future__ import annotations

from ...schema import Organization
from ...schema.labels import label
from ...schema.standards import country_name
from ..context import PageContext, first, qualifiers
from ..front import entry_front
from ..markdown import cell, escape, note
from ..svg import charts
from .blocks import Infobox, Page, Section, Table, Text, items, section, table, text
from .entry import Site, entry_tail, lead, notice

RELATED_AS = {"parent": "part of", "spun_out_of": "spun out of", "managed_by": "managed by"}


def organization_page(site: Site, page: PageContext, org: Organization) -> Page:
    """The view of an organization's page."""
    description = org.summary or f"{org.name.en}: organization profile in the AI Ecosystem Atlas"
    view = Page(
        entry_front(page, org, site.site_url, org.name.en, description, "organization"),
        page.name(org.name),
        lead(page, org),
        notice(org, site.today),
        _infobox(page, org),
    )
    if org.summary:
        view.blocks.append(Text(escape(org.summary) + page.cite(org.sources)))
    sections = [
        _former_names(page, org),
        _people(page, org),
        _funding(page, org),
        _valuations(page, org),
        _models(site, page, org),
        _chips(site, page, org),
        _investments(site, page, org),
        _named_by(site, page, org),
        _issued(site, page, org),
        _related(site, page, org),
        _products(page, org),
        _key_facts(page, org),
        *entry_tail(site, page, org, org.name.en, "organization profile"),
    ]
    view.sections = [one for one in sections if one is not None]
    return view


def _country(org: Organization) -> str:
    """The country's name from CLDR; with its Chinese name when the page shows a Chinese name."""
    english = country_name(org.country)
    return f"{english} ({country_name(org.country, 'zh')})" if org.name.zh else english


def _infobox(page: PageContext, org: Organization) -> Infobox:
    return Infobox.of(
        page.name(org.name),
        [
            ("Type", ", ".join(label("organization_type", kind) for kind in org.types)),
            ("Country", escape(_country(org))),
            ("Headquarters", page.fact(org, org.headquarters)),
            ("Founded", page.fact(org, org.founded)),
            ("Spun out of", page.fact(org, org.spun_out_of, kind="organizations")),
            ("Part of", page.fact(org, org.parent, kind="organizations")),
            ("Managed by", page.fact(org, org.managed_by, kind="organizations")),
            ("Legal names", page.facts(org, org.legal_names)),
            ("Also known as", page.facts(org, org.brands)),
            ("Website", f"<{org.website}>" if org.website else ""),
        ],
    )


def _former_names(page: PageContext, org: Organization) -> Section | None:
    rows = []
    for former in org.former_names:
        used = (former.since or "") + (f" until {former.until}" if former.until else "")
        name = cell(page.name(former.name)) + cell(page.cite_for(org, former.sources))
        rows.append((name, used, cell(escape(former.note or ""))))
    return section("Former names", "former-names", table(("Name", "Used", "Note"), rows))


def _people(page: PageContext, org: Organization) -> Section | None:
    rows = []
    for person in org.people:
        role = escape(person.role)
        if person.founder and "founder" not in person.role.lower():
            role += " (founder)"
        role += page.cite_for(org, person.sources) + qualifiers(person)
        rows.append(
            (cell(page.name(person.name)), cell(role), person.since or "", person.until or "")
        )
    return section("People", "people", table(("Name", "Role", "Since", "Until"), rows))


def _funding(page: PageContext, org: Organization) -> Section | None:
    rows = []
    for funding in org.funding_rounds:
        name = escape(funding.name or "") + page.cite_for(org, funding.sources)
        if funding.note:
            name += note(escape(funding.note))
        investors = page.links(funding.investors, "organizations")
        if funding.lead_investors:
            investors += f" (led by {page.links(funding.lead_investors, 'organizations')})"
        amount = page.fact(org, funding.amount)
        valuation = page.fact(org, funding.valuation)
        rows.append((funding.date, cell(name), cell(amount), cell(investors), cell(valuation)))
    header = ("Date", "Round", "Amount", "Investors", "Valuation")
    chart = charts.funding_figure(org) if rows else ""
    return section("Funding", "funding", table(header, rows), text(chart))


def _valuations(page: PageContext, org: Organization) -> Section | None:
    rows = []
    for valuation in org.valuations:
        amount = page.value(valuation.amount) + page.cite_for(org, valuation.sources)
        basis = escape(valuation.basis or "") + (
            f" {escape(valuation.note)}" if valuation.note else ""
        )
        rows.append((valuation.date, cell(amount), cell(basis)))
    return section("Valuations", "valuations", table(("Date", "Valuation", "Basis"), rows))


def _models(site: Site, page: PageContext, org: Organization) -> Section | None:
    rows = [
        (
            cell(page.link(model)),
            str(first(model.released) or ""),  # type: ignore[attr-defined]
            label("weights", model.weights) if model.weights else "",  # type: ignore[attr-defined]
        )
        for model in site.graph.referring_entities(org, "developers", kind="models")
    ]
    return section("Models", "models", table(("Model", "Released", "Weights"), rows))


def _chips(site: Site, page: PageContext, org: Organization) -> Section | None:
    rows = [
        (
            cell(page.link(chip)),
            "designer" if org.id in chip.makers else "manufacturer",  # type: ignore[attr-defined]
            str(first(chip.announced) or ""),  # type: ignore[attr-defined]
        )
        for chip in site.graph.referring_entities(org, "makers", "manufacturer", kind="hardware")
    ]
    return section("Chips", "chips", table(("Chip", "Role", "Announced"), rows))


def _investments(site: Site, page: PageContext, org: Organization) -> Section | None:
    rows = []
    for link in site.graph.referrers(org, "funding_rounds", kind="organizations"):
        if link.path[2] != "investors":
            continue
        company = link.entity
        funding = company.funding_rounds[link.path[1]]  # type: ignore[attr-defined]
        name = escape(funding.name or "") + page.cite_for(company, funding.sources)
        amount = page.fact(company, funding.amount)
        rows.append((cell(page.link(company)), funding.date, cell(name), cell(amount)))
    intro = (
        f"Funding rounds in which {escape(org.name.en)} took part, as recorded on each "
        "company's page."
    )
    found = table(("Company", "Date", "Round", "Amount"), rows)
    return section("Investments", "investments", Text(intro), found) if found else None


def _named_by(site: Site, page: PageContext, org: Organization) -> Section | None:
    rows = [
        (
            cell(page.link(policy)),
            cell(escape(affected.how) + page.cite_for(policy, affected.sources)),
        )
        for policy in site.graph.referring_entities(org, "affects", kind="policies")
        for affected in policy.affects  # type: ignore[attr-defined]
        if affected.organization == org.id
    ]
    header = ("Policy", "How it applies")
    return section("Policies that name it", "policies", Table(header, rows))


def _issued(site: Site, page: PageContext, org: Organization) -> Section | None:
    lines = [
        f"{page.link(policy)} ({label('instrument', policy.instrument)})"  # type: ignore[attr-defined]
        for policy in site.graph.referring_entities(org, "issuers", kind="policies")
    ]
    return section("Policies issued", "issued", items(lines))


def _related(site: Site, page: PageContext, org: Organization) -> Section | None:
    children = site.graph.referrers(org, *RELATED_AS, kind="organizations")
    lines = [
        f"{page.link(link.entity)}: {RELATED_AS[link.field]} {escape(org.name.en)}"
        for link in children
    ]
    return section("Related organizations", "related", items(lines))


def _products(page: PageContext, org: Organization) -> Section | None:
    lines = []
    for product in org.products:
        line = f"**{page.name(product.name)}**"
        if product.description:
            line += f": {escape(product.description)}"
        lines.append(line + page.cite_for(org, product.sources))
    return section("Products", "products", items(lines))


def _key_facts(page: PageContext, org: Organization) -> Section | None:
    rows = [
        (
            cell(escape(item.label)),
            cell(escape(item.value) + page.cite_for(org, item.sources) + qualifiers(item)),
        )
        for item in org.key_facts
    ]
    return section("Other facts", "facts", table(("Fact", "Value"), rows))

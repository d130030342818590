"""A chip's page: infobox, specifications, its cut-down variants, the rules that name it, models."""

from __future__ import annotations

from ...schema import Hardware
from ...schema.labels import LABELS, label
from ..context import PageContext, first
from ..front import entry_front
from ..markdown import cell, escape
from .blocks import Infobox, Page, Section, Table, Text, items, section, table
from .entry import Site, entry_tail, lead, notice

SPECIFICATIONS = (
    ("Architecture", "architecture"),
    ("Process", "process"),
    ("Transistors", "transistors"),
    ("Memory", "memory"),
    ("Memory bandwidth", "memory_bandwidth"),
    ("Chip-to-chip interconnect", "interconnect"),
)
"""The typed specifications a chip may give: (row name, field)."""


def hardware_page(site: Site, page: PageContext, chip: Hardware) -> Page:
    """The view of a chip's page."""
    rules = site.graph.dated_referrers(chip, "hardware", kind="policies")
    description = chip.summary or f"{chip.name.en}: chip page in the AI Ecosystem Atlas"
    variant_of = page.link_id("hardware", chip.variant_of.hardware) if chip.variant_of else ""
    view = Page(
        entry_front(page, chip, site.site_url, chip.name.en, description, "hardware"),
        page.name(chip.name),
        lead(page, chip),
        notice(chip, site.today),
        Infobox.of(
            page.name(chip.name),
            [
                ("Made by", page.links(chip.makers, "organizations")),
                ("Manufactured by", page.fact(chip, chip.manufacturer, kind="organizations")),
                ("Announced", page.fact(chip, chip.announced)),
                ("Released", page.fact(chip, chip.released)),
                ("Made for", page.fact(chip, chip.market, labels=LABELS["country"])),
                ("Cut down from", variant_of),
                ("Rules naming it", len(rules) if rules else ""),
            ],
        ),
    )
    if chip.summary:
        view.blocks.append(Text(escape(chip.summary) + page.cite(chip.sources)))
    sections = [
        _details(page, chip),
        _cut_down(page, chip),
        _variants(site, page, chip),
        _rules(page, rules),
        _models(site, page, chip),
        *entry_tail(site, page, chip, chip.name.en, "chip page"),
    ]
    view.sections = [one for one in sections if one is not None]
    return view


def _details(page: PageContext, chip: Hardware) -> Section:
    blocks: list[Text | Table] = []
    if chip.description:
        blocks.append(Text(page.fact(chip, chip.description)))
    rows = [
        (name, cell(page.fact(chip, getattr(chip, field))))
        for name, field in SPECIFICATIONS
        if getattr(chip, field)
    ]
    rows += [(cell(escape(spec.name)), cell(page.fact(chip, spec.value))) for spec in chip.specs]
    if rows:
        blocks.append(Table(("Specification", "Value"), rows))
    elif not chip.description:
        blocks.append(Text("The sources the atlas has read do not describe its specifications."))
    return Section("What it is", "details", tuple(blocks))


def _cut_down(page: PageContext, chip: Hardware) -> Section | None:
    variant = chip.variant_of
    if variant is None:
        return None
    market = first(chip.market)
    text = (
        f"{escape(chip.name.en)} is a reduced version of "
        f"{page.link_id('hardware', variant.hardware)}"
        + (f", made for {label('country', market)}" if chip.market else "")
        + "."
        + (f" {escape(variant.changes)}" if variant.changes else "")
        + page.cite_for(chip, variant.sources)
    )
    return Section("A cut-down version", "cut-down-from", (Text(text),))


def _variants(site: Site, page: PageContext, chip: Hardware) -> Section | None:
    rows = []
    for variant in site.graph.referring_entities(chip, "variant_of", kind="hardware"):
        market = first(variant.market)  # type: ignore[attr-defined]
        cut = variant.variant_of  # type: ignore[attr-defined]
        reduced = escape(cut.changes or "") + page.cite_for(variant, cut.sources)
        made_for = label("country", market) if variant.market else ""  # type: ignore[attr-defined]
        rows.append((cell(page.link(variant)), made_for, cell(reduced)))
    header = ("Variant", "Made for", "What was reduced")
    return section("Cut-down variants", "variants", table(header, rows))


def _rules(page: PageContext, rules: list) -> Section:
    if not rules:
        return Section(
            "Rules that restrict or release it",
            "rules",
            (Text("No rule recorded in the atlas names this chip."),),
        )
    rows = []
    for date, link in rules:
        effect = link.record
        details = escape(effect.note or "") + page.cite_for(link.entity, effect.sources)
        rows.append(
            (
                date or "",
                cell(page.link(link.entity)),
                label("hardware_effect", effect.effect),
                cell(details),
            )
        )
    intro = Text("Each rule lists the chips it names; this table gathers them in date order.")
    table_ = Table(("Date", "Rule", "Effect", "Details"), rows)
    return Section("Rules that restrict or release it", "rules", (intro, table_))


def _models(site: Site, page: PageContext, chip: Hardware) -> Section | None:
    trained = site.graph.referring_entities(chip, "trained_on", kind="models")
    runs = site.graph.referring_entities(chip, "hardware", kind="models")
    lines = []
    if trained:
        lines.append(f"Trained on it: {page.entity_links(trained)}")
    if runs:
        lines.append(f"Named in the hardware needs of: {page.entity_links(runs)}")
    return section("Models", "models", items(lines))

"""The comparison pages: the United States and China side by side, and models field by field."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ...graph import TimelineEntry
from ...graph.compare import SIDES, Lab, by_country, counts, first_date, labs, policies_by_area
from ...graph.compare import timeline as side_timeline
from ...schema import KINDS, AIModel, Organization, Policy, fact_values
from ...schema.labels import label
from ...schema.organization import FundingRound
from ...schema.policy import DATE_LABELS
from ..context import PageContext, first
from ..front import collection_front
from ..markdown import cell, escape
from ..numbers import money
from ..svg import charts
from .blocks import Page, Section, Table, Text
from .entry import Site, cite, references
from .indexes import SITE_NAME, countries
from .overview import lanes

US_CHINA_TITLE = "The United States and China, side by side"
COMPARED_KINDS = ("organizations", "models", "policies")
"""Kinds the US-and-China page compares in their own sections; others are listed by country."""


def kind_plural(kind: str) -> str:
    """A kind's section name ('Hardware'), from its class when it names one."""
    return str(getattr(KINDS[kind], "plural", kind.replace("-", " ").capitalize()))


def _sides_table(first_column: str, rows: Sequence[tuple[str, Mapping[str, object]]]) -> Table:
    header = (first_column, *(name for _, name in SIDES))
    return Table(
        header, [(name, *(str(values[code]) for code, _ in SIDES)) for name, values in rows]
    )


def round_summary(
    page: PageContext, organization: Organization, funding: FundingRound | None
) -> str:
    """'2023-10-20, Series B: 2.5 billion yuan' for a lab's latest round, with citations."""
    if funding is None:
        return ""
    text = f"{funding.date}, {escape(funding.name or 'funding round')}"
    options = fact_values(funding.amount)
    amounts = list(dict.fromkeys(_money_markdown(option.value) for option in options))
    if amounts:
        text += ": " + " or ".join(escape(amount) for amount in amounts)
        if len(amounts) > 1:
            text += " (sources differ)"
    sources = [s for option in options for s in option.sources] or list(funding.sources)
    return text + page.cite_for(organization, dict.fromkeys(sources))


def _money_markdown(value: Any) -> str:
    plain = money(value)
    return escape(plain) if value.amount is None else plain


def open_weights(lab: Lab) -> str:
    """'yes (1 of 2 models)', 'no (0 of 3 models)', or '' when it has no model here."""
    if not lab.models:
        return ""
    answer = "yes" if lab.open_models else "no"
    noun = "model" if len(lab.models) == 1 else "models"
    return f"{answer} ({len(lab.open_models)} of {len(lab.models)} {noun})"


def policy_date(policy: Policy) -> str:
    """The first date in a policy's life the atlas records ('signed 2023-08-09')."""
    for field, name in DATE_LABELS.items():
        values = fact_values(getattr(policy.dates, field))
        if values:
            return f"{name.lower()} {values[0].value}"
    return ""


def _labs(page: PageContext, site: Site) -> list[Section]:
    sections = []
    for code, name in SIDES:
        rows = []
        for lab in labs(site.graph, code):
            latest = lab.latest_model
            model = f"{page.link(latest)} ({first(latest.released)})" if latest else ""
            summary = round_summary(page, lab.organization, lab.latest_round)
            rows.append(
                (
                    cell(page.link(lab.organization)),
                    lab.founded,
                    cell(summary),
                    model,
                    open_weights(lab),
                )
            )
        header = ("Lab", "Founded", "Latest funding round", "Latest model", "Open weights")
        body = (
            Table(header, rows) if rows else Text(f"The atlas has no AI developer from {name} yet.")
        )
        sections.append(Section(name, f"labs-{code.lower()}", (body,), level=3))
    return sections


def _columns(by_side: Mapping[str, Sequence[Any]], line: Callable[[Any], str]) -> Text:
    """Each side's entries as a list in a column of its own."""
    parts = ['<div class="atlas-sides" markdown="1">']
    for code, name in SIDES:
        lines = [f"- {line(item)}" for item in by_side[code]] or ["- None in the atlas yet."]
        heading = f'<div class="atlas-side" markdown="1">\n\n**{name}**\n\n'
        parts.append(heading + "\n".join(lines) + "\n\n</div>")
    parts.append("</div>")
    return Text("\n".join(parts))


def _policy_line(page: PageContext, policy: Policy) -> str:
    date = policy_date(policy)
    status = label("status", first(policy.status))
    return (
        f"{page.link(policy)}: {label('instrument', policy.instrument)}"
        + (f", {date}" if date else "")
        + f"; {status}"
    )


def _side_events(page: PageContext, by_side: Mapping[str, list[TimelineEntry]]) -> list[str]:
    """One cell per side listing its events of a date, each with its entry and sources."""
    return [
        cell(
            "<br>".join(
                f"{escape(entry.event.text)}{page.cite(entry.sources)} ({page.link(entry.entity)})"
                for entry in by_side[code]
            )
        )
        for code, _ in SIDES
    ]


US_CHINA_WORDS = ("Comparison", "United States and China", "Funding", "融资", "中美")
"""Search words for the comparison: its kind, and the subjects it answers, in both languages."""


def us_china_page(site: Site, page: PageContext) -> Page:
    """The US and Chinese ecosystems side by side: counts, labs, policies, other kinds, events."""
    graph = site.graph
    description = (
        f"The US and Chinese AI ecosystems side by side in the {SITE_NAME}: labs, funding, "
        "models, policies and a shared timeline."
    )
    entity_kinds = tuple(kind for kind in KINDS if kind != "sources")
    front = collection_front(page, US_CHINA_TITLE, description, site.site_url, US_CHINA_WORDS)
    view = Page(front, US_CHINA_TITLE)
    view.blocks.append(
        Text(
            "Like is compared with like: AI labs with AI labs, export controls with export "
            "controls, and each side's rules for AI with the other's. Everything here is drawn "
            "from the entries of the atlas, so the comparison grows as entries are added; each "
            "entry's page has the sources."
        )
    )
    sections = [
        Section("In numbers", "numbers", (_sides_table("Entries", counts(graph, entity_kinds)),)),
        Section(
            "AI labs",
            "labs",
            (
                Text(
                    "Each side's AI developers: when they were founded, the funding the atlas "
                    "records, their latest model and whether any of their models has "
                    "downloadable weights."
                ),
            ),
        ),
        *_labs(page, site),
        Section(
            "Policies by area",
            "policies",
            (
                Text(
                    "Export controls beside export controls, investment rules beside investment "
                    "rules, and each side's rules for AI services beside the other's."
                ),
            ),
        ),
    ]
    for area, by_side in policies_by_area(graph):
        line = lambda policy: _policy_line(page, policy)  # noqa: E731
        sections.append(Section(area.name, f"area-{area.id}", (_columns(by_side, line),), level=3))
    for kind in entity_kinds:
        if kind not in COMPARED_KINDS:
            column = _columns(by_country(graph, kind), page.link)
            sections.append(Section(kind_plural(kind), kind, (column,)))
    sections.append(_timeline(site, page))
    view.sections = [
        *sections,
        references(page),
        cite(site, page, US_CHINA_TITLE, "comparison page"),
    ]
    return view


def _timeline(site: Site, page: PageContext) -> Section:
    timeline = side_timeline(site.graph)
    entries = sorted(
        (entry for _, by_side in timeline for events in by_side.values() for entry in events),
        key=lambda entry: entry.sort_key,
    )
    chart = charts.timeline_figure(page.path, lanes(site, entries), "the table below")
    rows = [(date, *_side_events(page, by_side)) for date, by_side in timeline]
    header = ("Date", *(name for _, name in SIDES))
    blocks = [Text("Both sides' events, newest first."), Text(chart), Table(header, rows)]
    return Section(
        "Timeline",
        "timeline",
        tuple(block for block in blocks if not isinstance(block, Text) or block.text),
    )


def models_page(site: Site, page: PageContext) -> Page:
    """Every model's card fields, one column per model, oldest first."""
    models: list[AIModel] = sorted(
        site.graph.dataset.of("models").values(),  # type: ignore[arg-type]
        key=lambda model: (first_date(model.released), model.id),  # type: ignore[attr-defined]
    )
    description = (
        f"AI models in the {SITE_NAME} compared field by field: developer, release, parameters, "
        "context, weights, licences, training and hardware."
    )
    view = Page(
        collection_front(page, "Models compared", description, site.site_url), "Models compared"
    )
    header = ("Field", *(cell(page.link(model)) for model in models))
    view.blocks = [
        Text(
            "The model-card fields of every model in the atlas, one column per model, oldest "
            "first. Pick two models to see them side by side (with JavaScript on, the page offers "
            "a choice; without it, the table shows them all)."
        ),
        Text('<div class="atlas-model-compare" markdown="1">'),
        Table(header, model_rows(site, page, models)),
        Text("</div>"),
    ]
    view.sections = [
        references(page),
        cite(site, page, "Models compared", "model comparison", models),
    ]
    return view


def model_rows(site: Site, page: PageContext, models: Sequence[AIModel]) -> list[tuple[str, ...]]:
    """Model-card fields as rows with one cell per model; rows empty for all are left out."""

    def fact(name: str, unit: str = "") -> Callable[[AIModel], str]:
        return lambda model: page.fact(model, getattr(model, name), unit)

    def hardware(model: AIModel) -> str:
        lines = []
        for need in model.hardware:
            precision = f" ({escape(need.precision)})" if need.precision else ""
            lines.append(f"{need.task}{precision}: {page.fact(model, need.requirement)}")
        return "<br>".join(lines)

    def previous(model: AIModel) -> str:
        return page.link_id("models", model.previous_version) if model.previous_version else ""

    fields: list[tuple[str, Callable[[AIModel], str]]] = [
        ("Developer", lambda m: page.links(m.developers, "organizations")),
        ("Country", lambda m: countries(site, m)),
        ("Released", fact("released")),
        ("Parameters", fact("parameters")),
        ("Architecture", fact("architecture")),
        ("Context length", fact("context_length", "tokens")),
        ("Languages", fact("languages")),
        ("Weights", lambda m: label("weights", m.weights) if m.weights else ""),
        ("Weights licence", fact("weights_license")),
        ("Code licence", fact("code_license")),
        ("Training data", fact("training_data")),
        ("Training tokens", fact("training_tokens")),
        ("Hardware to run it", hardware),
        ("Previous version", previous),
        ("Based on", lambda m: page.links(m.based_on, "models")),
        ("Paper", fact("paper")),
    ]
    rows = []
    for name, value in fields:
        cells = [cell(value(model)) for model in models]
        if any(cells):
            rows.append((name, *cells))
    return rows

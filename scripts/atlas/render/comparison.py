"""Markdown for the comparison and download pages, for the templates (through `reader`).

The US-and-China columns, the labs' funding and models, the model comparison's rows, and the
files on the downloads page; the facts come from compare.py and export.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..graph.compare import SIDES, Lab
from ..graph.graph import TimelineEntry
from ..schema import KINDS, AIModel, Organization, Policy, fact_values
from ..schema.labels import label
from ..schema.organization import FundingRound
from ..schema.policy import DATE_LABELS
from . import markdown as formatting

if TYPE_CHECKING:
    from .context import PageContext
    from .reader import Site

DOWNLOAD_DESCRIPTIONS = {
    "atlas.json": "every entry of every kind, with all its facts and their sources",
    "funding-rounds.csv": "every funding round: date, amount and currency, the sourced "
    "US-dollar equivalent, investors",
    "relations.csv": "every link between entries (who invested in, developed, issued or names "
    "whom)",
}


class ComparisonBlocks:
    """Table cells for the comparison and download pages; mixed into `reader.Reader`."""

    page: PageContext
    site: Site

    def countries(self, entity: Any) -> str:
        """The entity's countries in words; `reader.Reader` provides it."""
        raise NotImplementedError

    def kind_plural(self, kind: str) -> str:
        """A kind's section name ('Hardware'), from its class when it names one."""
        return str(getattr(KINDS[kind], "plural", kind.replace("-", " ").capitalize()))

    def side_names(self) -> str:
        """Header cells naming the two sides of the comparison."""
        return " | ".join(name for _, name in SIDES)

    def side_rule(self) -> str:
        """The header rule cells for the two sides."""
        return " | ".join("---" for _ in SIDES)

    def side_cells(self, values: Mapping[str, object]) -> str:
        """One table cell per side."""
        return " | ".join(str(values[code]) for code, _ in SIDES)

    def side_events(self, by_side: Mapping[str, list[TimelineEntry]]) -> str:
        """One cell per side listing its events of a date, each with its entry and sources."""
        cells = []
        for code, _ in SIDES:
            events = [
                f"{formatting.escape(entry.event.text)}{self.page.cite(entry.sources)} "
                f"({self.page.link(entry.entity)})"
                for entry in by_side[code]
            ]
            cells.append(formatting.cell("<br>".join(events)))
        return " | ".join(cells)

    def side_entries(
        self, timeline: list[tuple[str, Mapping[str, list[TimelineEntry]]]]
    ) -> list[TimelineEntry]:
        """The events of a side-by-side timeline, oldest first, for the chart."""
        entries = [
            entry for _, by_side in timeline for events in by_side.values() for entry in events
        ]
        return sorted(entries, key=lambda entry: entry.sort_key)

    def round_summary(self, organization: Organization, funding: FundingRound | None) -> str:
        """'2023-10-20, Series B: 2.5 billion yuan' for a lab's latest round, with citations."""
        if funding is None:
            return ""
        text = f"{funding.date}, {formatting.escape(funding.name or 'funding round')}"
        options = fact_values(funding.amount)
        amounts = list(dict.fromkeys(formatting.money(option.value) for option in options))
        if amounts:
            text += ": " + " or ".join(formatting.escape(amount) for amount in amounts)
            if len(amounts) > 1:
                text += " (sources differ)"
        sources = [s for option in options for s in option.sources] or list(funding.sources)
        return text + self.page.cite_for(organization, dict.fromkeys(sources))

    def open_weights(self, lab: Lab) -> str:
        """'yes (1 of 2 models)', 'no (0 of 3 models)', or '' when it has no model here."""
        if not lab.models:
            return ""
        answer = "yes" if lab.open_models else "no"
        noun = "model" if len(lab.models) == 1 else "models"
        return f"{answer} ({len(lab.open_models)} of {len(lab.models)} {noun})"

    def policy_date(self, policy: Policy) -> str:
        """The first date in a policy's life the atlas records ('signed 2023-08-09')."""
        for field, name in DATE_LABELS.items():
            values = fact_values(getattr(policy.dates, field))
            if values:
                return f"{name.lower()} {values[0].value}"
        return ""

    def model_headers(self, models: list[AIModel]) -> str:
        """Header cells linking to each model."""
        return " | ".join(formatting.cell(self.page.link(model)) for model in models)

    def rule(self, columns: int) -> str:
        """Header rule cells for `columns` columns."""
        return " | ".join("---" for _ in range(columns))

    def size(self, size: int) -> str:
        """A file size in words: '1.2 MB', '34 KB', '900 bytes'."""
        if size >= 1_000_000:
            return f"{size / 1_000_000:.1f} MB"
        if size >= 1000:
            return f"{size / 1000:.0f} KB"
        return f"{size} bytes"

    def download_description(self, name: str) -> str:
        """What a download holds, from its name."""
        if name in DOWNLOAD_DESCRIPTIONS:
            return DOWNLOAD_DESCRIPTIONS[name]
        kind = name.removesuffix(".csv")
        if kind in KINDS:
            return f"{self.kind_plural(kind).lower()}: one row per entry, one column per field"
        return ""

    def model_rows(self, models: list[AIModel]) -> list[tuple[str, list[str]]]:
        """Model-card fields as rows with one cell per model; rows empty for all are left out."""
        page = self.page

        def facts(model: AIModel, name: str, unit: str = "") -> str:
            return str(page.fact(model, getattr(model, name), unit))

        def hardware(model: AIModel) -> str:
            lines = []
            for need in model.hardware:
                precision = f" ({formatting.escape(need.precision)})" if need.precision else ""
                lines.append(f"{need.task}{precision}: {page.fact(model, need.requirement)}")
            return "<br>".join(lines)

        def lineage(model: AIModel, ids: tuple[str, ...]) -> str:
            return str(page.links(ids, "models")) if ids else ""

        fields: list[tuple[str, Any]] = [
            ("Developer", lambda m: page.links(m.developers, "organizations")),
            ("Country", self.countries),
            ("Released", lambda m: facts(m, "released")),
            ("Parameters", lambda m: facts(m, "parameters")),
            ("Architecture", lambda m: facts(m, "architecture")),
            ("Context length", lambda m: facts(m, "context_length", "tokens")),
            ("Languages", lambda m: facts(m, "languages")),
            ("Weights", lambda m: label("weights", m.weights) if m.weights else ""),
            ("Weights licence", lambda m: facts(m, "weights_license")),
            ("Code licence", lambda m: facts(m, "code_license")),
            ("Training data", lambda m: facts(m, "training_data")),
            ("Training tokens", lambda m: facts(m, "training_tokens")),
            ("Hardware to run it", hardware),
            (
                "Previous version",
                lambda m: lineage(m, (m.previous_version,) if m.previous_version else ()),
            ),
            ("Based on", lambda m: lineage(m, m.based_on)),
            ("Paper", lambda m: facts(m, "paper")),
        ]
        rows = []
        for name, cell in fields:
            cells = [formatting.cell(str(cell(model))) for model in models]
            if any(cells):
                rows.append((name, cells))
        return rows

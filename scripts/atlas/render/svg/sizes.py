"""A chart drawn at build time as inline SVG: open-weight model sizes over time, US beside China.

Each model whose weights can be downloaded and whose card gives a release date and a size is a
dot: across, its release date; up, its total parameters on a log scale, one panel per country
with the same axes. A mixture-of-experts model also has a hollow dot at its active parameters,
joined to the first. The models index lists the same figures with their sources.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from markupsafe import Markup

from ...graph.graph import Graph
from ...graph.tags import countries_of
from ...schema import AIModel, fact_values
from ...schema.labels import label
from ...schema.standards import country_name
from .. import numbers
from ..urls import href
from . import drawing as svg

DOWNLOADABLE = frozenset({"open", "open-restricted", "research-only"})
"""Weights anyone (or any researcher) can download: what the chart calls open-weight."""
COUNTRIES = tuple((code, country_name(code)) for code in ("US", "CN"))
"""The two panels, US first; their names are CLDR's (through babel)."""
WIDTH = 720
PANEL_GAP = 24
AXIS_LABEL = 44
TOP = 24
PLOT_HEIGHT = 240
BOTTOM = 22
DOT = 4
SHOWN = 150
"""The most models a panel draws: the latest, so the chart stays small however many there are."""


@dataclass(frozen=True)
class SizePoint:
    """One model on the chart: where it is drawn, and what its tooltip says."""

    model: AIModel
    country: str
    released: str
    total: Decimal
    active: Decimal | None


def size_points(graph: Graph) -> list[SizePoint]:
    """Open-weight models of the US and China with a release date and a size, oldest first.

    Where sources differ, the first value the card gives is drawn (the card shows them all).
    """
    points = []
    for model in graph.dataset.of("models").values():
        if not isinstance(model, AIModel) or model.weights not in DOWNLOADABLE:
            continue
        released = fact_values(model.released)
        size = fact_values(model.parameters)
        if not released or not size:
            continue
        countries = countries_of(model, graph.dataset)
        for code, _ in COUNTRIES:
            if code in countries:
                value = size[0].value
                points.append(SizePoint(model, code, released[0].value, value.total, value.active))
    return sorted(points, key=lambda point: (point.released, point.model.id, point.country))


@dataclass(frozen=True)
class _Axes:
    """The shared scales: years across, powers of ten up."""

    first_year: int
    last_year: int
    low: int
    high: int
    panel: float

    def x(self, panel_left: float, day: str) -> float:
        span = self.last_year + 1 - self.first_year
        return panel_left + (_year_fraction(day) - self.first_year) / span * self.panel

    def y(self, count: Decimal) -> float:
        share = (math.log10(count) - self.low) / (self.high - self.low)
        return TOP + PLOT_HEIGHT * (1 - share)


def _year_fraction(day: str) -> float:
    """A partial date as a fractional year: a year is drawn mid-year, a month mid-month."""
    parts = [int(part) for part in day.split("-")]
    if len(parts) == 1:
        return parts[0] + 0.5
    return parts[0] + (parts[1] - 1) / 12 + ((parts[2] if len(parts) > 2 else 15) - 1) / 365


def sizes_figure(page_path: str, points: Sequence[SizePoint]) -> Markup:
    """The two panels, or nothing when no open-weight model of either country has a size.

    Each panel draws the latest `SHOWN` of its country's models; the summary says how many more.
    """
    if not points:
        return Markup("")
    everything = points
    points = [
        point
        for code, _ in COUNTRIES
        for point in [point for point in points if point.country == code][-SHOWN:]
    ]
    counts = [p.total for p in points] + [p.active for p in points if p.active]
    axes = _Axes(
        first_year=min(int(p.released[:4]) for p in points),
        last_year=max(int(p.released[:4]) for p in points),
        low=math.floor(math.log10(min(counts))),
        high=max(math.ceil(math.log10(max(counts))), math.floor(math.log10(min(counts))) + 1),
        panel=(WIDTH - AXIS_LABEL - PANEL_GAP) / 2,
    )
    parts = _scale(axes)
    for index, (code, name) in enumerate(COUNTRIES):
        left = AXIS_LABEL + index * (axes.panel + PANEL_GAP)
        mine = [point for point in points if point.country == code]
        parts += _panel(page_path, axes, left, f"{name} ({len(mine)})", mine)
    summary = _summary(points)
    if len(points) < len(everything):
        summary += f" The latest {SHOWN} of each country are drawn, of {len(everything)} in all."
    return svg.figure(WIDTH, TOP + PLOT_HEIGHT + BOTTOM, summary, parts, _CAPTION, "atlas-chart")


_CAPTION = (
    "Total parameters of open-weight models (weights one can download) by release date, on a "
    "log scale, the United States beside China. A hollow dot joined to a filled one marks the "
    "parameters a mixture-of-experts model activates per token. Each dot links to its model card; "
    "the index gives every model's figures with their sources."
)


def _summary(points: Sequence[SizePoint]) -> str:
    """The chart in words, for screen readers: per country, how many models and their range."""
    parts = []
    for code, name in COUNTRIES:
        mine = [point for point in points if point.country == code]
        if not mine:
            parts.append(f"{name}: none")
            continue
        largest = max(mine, key=lambda point: point.total)
        parts.append(
            f"{name}: {len(mine)} model{'s' if len(mine) > 1 else ''} from {mine[0].released} "
            f"to {mine[-1].released}, the "
            f"largest {largest.model.display_name} with {numbers.number(largest.total)} parameters"
        )
    return f"Chart of open-weight model sizes over time. {'; '.join(parts)}."


def _scale(axes: _Axes) -> list[Markup]:
    """A grid line and label for each power of ten, across both panels."""
    parts = []
    for power in range(axes.low, axes.high + 1):
        y = axes.y(Decimal(10) ** power)
        parts.append(
            svg.element("line", x1=AXIS_LABEL, y1=y, x2=WIDTH, y2=y, class_="atlas-chart__grid")
        )
        parts.append(
            svg.element(
                "text",
                _power_label(power),
                x=AXIS_LABEL - 6,
                y=y + 4,
                class_="atlas-chart__tick",
                text_anchor="end",
            )
        )
    return parts


def _power_label(power: int) -> str:
    """'1B', '10B', '100B', '1T' for a power of ten."""
    for step, letter in ((12, "T"), (9, "B"), (6, "M"), (3, "K")):
        if power >= step:
            return f"{10 ** (power - step)}{letter}"
    return str(10**power)


def _panel(
    page_path: str, axes: _Axes, left: float, heading: str, points: Sequence[SizePoint]
) -> list[Markup]:
    """One country's heading, a line where each year starts, the year's name, and the dots."""
    parts = [svg.element("text", heading, x=left, y=12, class_="atlas-chart__heading")]
    bottom = TOP + PLOT_HEIGHT
    for year in range(axes.first_year, axes.last_year + 2):
        x = axes.x(left, f"{year}-01-01")
        parts.append(svg.element("line", x1=x, y1=TOP, x2=x, y2=bottom, class_="atlas-chart__grid"))
    for year in range(axes.first_year, axes.last_year + 1):
        x = axes.x(left, str(year))
        parts.append(
            svg.element(
                "text",
                f"'{year % 100:02d}",
                x=x,
                y=bottom + 16,
                class_="atlas-chart__tick",
                text_anchor="middle",
            )
        )
    parts.append(
        svg.element(
            "line", x1=left, y1=bottom, x2=left + axes.panel, y2=bottom, class_="atlas-chart__lane"
        )
    )
    for point in points:
        parts.append(_dot(page_path, axes, left, point))
    return parts


def _dot(page_path: str, axes: _Axes, left: float, point: SizePoint) -> Markup:
    """A model's dot (and its active-parameter dot), linked to its card, with a tooltip."""
    x = axes.x(left, point.released)
    size = f"{numbers.number(point.total)} parameters"
    if point.active:
        size += f", {numbers.number(point.active)} active per token"
    weights = label("weights", point.model.weights) if point.model.weights else ""
    tooltip = f"{point.model.display_name}: {size}; released {point.released}; {weights}"
    shapes = [svg.element("title", tooltip)]
    if point.active:
        low = axes.y(point.active)
        shapes.append(
            svg.element(
                "line", x1=x, y1=axes.y(point.total), x2=x, y2=low, class_="atlas-size__stem"
            )
        )
        shapes.append(
            svg.element(
                "circle",
                cx=x,
                cy=low,
                r=DOT - 1,
                class_=f"atlas-size atlas-size--{point.country.lower()} atlas-size--active",
            )
        )
    shapes.append(
        svg.element(
            "circle",
            cx=x,
            cy=axes.y(point.total),
            r=DOT,
            class_=f"atlas-size atlas-size--{point.country.lower()}",
        )
    )
    target = href(page_path, f"models/{point.model.id}.md")
    return svg.element("a", *shapes, href=target, tabindex="-1")

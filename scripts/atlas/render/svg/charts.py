"""Charts drawn at build time as inline SVG: a company's funding rounds, and events over time.

Amounts stay in the currency the sources give; a chart has one panel per currency, so bars are
only ever compared with bars in the same currency. Each chart repeats facts that a table on the
same page lists with their sources, and says so in its caption.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from markupsafe import Markup

from ...graph.graph import TimelineEntry
from ...schema import Money, Organization, fact_values
from .. import numbers
from ..urls import href
from . import drawing as svg

WIDTH = 720
LABEL_WIDTH = 210
BAR_WIDTH = 220
ROW = 26
BAR_HEIGHT = 14


@dataclass(frozen=True)
class _Bar:
    date: str
    label: str
    low: Decimal
    high: Decimal
    text: str


def _range(values: Sequence[Decimal]) -> str:
    """'2.5 billion', or '340–342 million' when the values differ."""
    low, high = numbers.number(min(values)), numbers.number(max(values))
    if low == high:
        return low
    low_figure, _, low_word = low.partition(" ")
    high_figure, _, high_word = high.partition(" ")
    if low_word == high_word:
        return f"{low_figure}–{high_figure}" + (f" {high_word}" if high_word else "")
    return f"{low}–{high}"


def _bars(organization: Organization) -> dict[str, list[_Bar]]:
    """Rounds with a figure, by currency, oldest first (a disputed figure becomes a range)."""
    panels: dict[str, list[_Bar]] = {}
    for funding in organization.funding_rounds:
        options = [option.value for option in fact_values(funding.amount)]
        amounts: list[Money] = [money for money in options if money.amount is not None]
        currencies = {money.currency for money in amounts}
        if len(currencies) != 1:
            continue
        currency = currencies.pop()
        values = [money.amount for money in amounts if money.amount is not None]
        text = numbers.figure(amounts[0])  # the panel's heading names the currency
        if min(values) != max(values):
            text = f"{_range(values)} (sources differ)"
        usd = [money.usd.amount for money in amounts if money.usd is not None]
        if usd and currency != "USD":
            text += f", about {_range(usd)} {numbers.currency_name('USD')}"
        name = funding.name or "Funding round"
        panels.setdefault(currency, []).append(
            _Bar(funding.date, name, min(values), max(values), text)
        )
    return {currency: sorted(bars, key=lambda bar: bar.date) for currency, bars in panels.items()}


def funding_figure(organization: Organization) -> Markup:
    """Horizontal bars, one per round with a figure; empty when no round has a figure."""
    panels = _bars(organization)
    if not panels:
        return Markup("")
    parts: list[Markup] = []
    y = 4.0
    for currency in sorted(panels):
        y = _panel(parts, currency, panels[currency], y)
    rounds = sum(len(bars) for bars in panels.values())
    label = (
        f"Bar chart of {organization.display_name}'s funding: {rounds} rounds with a reported "
        "amount. The funding table gives the same figures with their sources."
    )
    caption = (
        "Funding rounds with a reported amount, oldest first, in the currency of the sources "
        "(bars compare rounds in the same currency only; a lighter bar end marks figures on "
        "which sources differ). The table above gives the same figures with their sources."
    )
    return svg.figure(WIDTH, y, label, parts, caption, "atlas-chart")


def _panel(parts: list[Markup], currency: str, bars: Sequence[_Bar], y: float) -> float:
    """Draw one currency's bars below `y` into `parts`; returns where the next panel starts."""
    heading = f"Amounts in {numbers.currency_name(currency)} ({currency})"
    parts.append(svg.element("text", heading, x=0, y=y + 12, class_="atlas-chart__heading"))
    y += 22
    scale = max(bar.high for bar in bars)
    for bar in bars:
        low = float(bar.low / scale) * BAR_WIDTH
        high = float(bar.high / scale) * BAR_WIDTH
        label = svg.fit(f"{bar.date} · {bar.label}", LABEL_WIDTH - 10)
        parts.append(svg.element("text", label, x=0, y=y + 11))
        parts.append(
            svg.element(
                "rect",
                x=LABEL_WIDTH,
                y=y,
                width=max(low, 1),
                height=BAR_HEIGHT,
                class_="atlas-chart__bar",
            )
        )
        if high > low:
            parts.append(
                svg.element(
                    "rect",
                    x=LABEL_WIDTH + low,
                    y=y,
                    width=high - low,
                    height=BAR_HEIGHT,
                    class_="atlas-chart__bar atlas-chart__bar--range",
                )
            )
        text_x = LABEL_WIDTH + max(high, 1) + 6
        value = svg.fit(bar.text, WIDTH - text_x)
        parts.append(svg.element("text", value, x=text_x, y=y + 11, class_="atlas-chart__value"))
        y += ROW
    return y + 8


LANE = 40
STEP = 9
AXIS = 22
LANE_LABEL = 110
DOT = 5
YEARS_SHOWN = 12
"""The timeline chart shows at most this many years up to the latest event."""


def _position(date: str) -> float:
    """A partial date as a fractional year: a year is drawn mid-year, a month mid-month."""
    parts = [int(part) for part in date.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return year + 0.5
    month = parts[1]
    day = parts[2] if len(parts) > 2 else 15
    return year + (month - 1) / 12 + (day - 1) / 365


def _stack(xs: Sequence[float]) -> list[int]:
    """A row for each dot, the lowest that keeps it clear of the dots already placed.

    Why bisection: the dots placed so far are kept sorted by x, so only the few near a new dot
    are compared with it; comparing every pair took seconds for a timeline of 10,000 entities.
    """
    rows: list[int] = []
    placed_x: list[float] = []
    placed_row: list[int] = []
    for x in xs:
        start = bisect_left(placed_x, x - DOT * 3)
        end = bisect_right(placed_x, x + DOT * 3)
        taken = {
            row
            for other, row in zip(placed_x[start:end], placed_row[start:end], strict=True)
            if abs(other - x) < DOT * 2
        }
        row = next(row for row in range(len(taken) + 1) if row not in taken)
        at = bisect_right(placed_x, x)
        placed_x.insert(at, x)
        placed_row.insert(at, row)
        rows.append(row)
    return rows


@dataclass(frozen=True)
class _Lane:
    name: str
    entries: list[TimelineEntry]
    rows: list[int]
    height: float


@dataclass(frozen=True)
class _Axis:
    """The years shown, and where a date falls on the plot."""

    first: int
    last: int

    @property
    def span(self) -> int:
        return self.last + 1 - self.first

    @property
    def plot(self) -> float:
        return WIDTH - LANE_LABEL - 10

    def x_of(self, date: str) -> float:
        return LANE_LABEL + (_position(date) - self.first) / self.span * self.plot


def timeline_figure(
    page_path: str, lanes: Sequence[tuple[str, Sequence[TimelineEntry]]], what: str
) -> Markup:
    """Dots on a time axis, one lane per group (e.g. per country); each dot links to its entry.

    Dots that would overlap stack upwards; a lane is as tall as its highest stack. A legend
    names the colour of each kind of entry.

    Args:
        page_path: the docs-relative path of the page the chart goes on (for links).
        lanes: (lane name, entries) pairs, drawn top to bottom.
        what: where the page lists the same events, for the caption (e.g. "the table below").
    """
    entries = [entry for _, lane in lanes for entry in lane]
    if not entries:
        return Markup("")
    last = max(int(entry.event.date[:4]) for entry in entries)
    axis = _Axis(
        max(min(int(entry.event.date[:4]) for entry in entries), last - YEARS_SHOWN + 1), last
    )
    shown = [_lane(axis, name, lane) for name, lane in lanes]
    parts = _years(axis, AXIS + sum(lane.height for lane in shown))
    top = float(AXIS)
    for lane in shown:
        parts += _lane_parts(page_path, axis, lane, top)
        top += lane.height
    parts += _legend(entries, top)
    hidden = len(entries) - sum(len(lane.entries) for lane in shown)
    where = what[0].upper() + what[1:]
    label = (
        f"Timeline chart of {len(entries) - hidden} events from {axis.first} to {last}, by "
        f"{', '.join(name for name, _ in lanes)}. {where} lists every event."
    )
    caption = (
        f"Events from {axis.first} to {last}, coloured by the kind of entry; each dot links to "
        f"its entry (hollow dots: only the year or month is known). {where} lists every event "
        "with its sources" + (f", including {hidden} before {axis.first}." if hidden else ".")
    )
    return svg.figure(WIDTH, top + 26, label, parts, caption, "atlas-chart")


def _lane(axis: _Axis, name: str, entries: Sequence[TimelineEntry]) -> _Lane:
    visible = [entry for entry in entries if int(entry.event.date[:4]) >= axis.first]
    rows = _stack([axis.x_of(entry.event.date) for entry in visible])
    height = max(LANE, 14 + (max(rows, default=0) + 1) * STEP)
    return _Lane(name, visible, rows, height)


def _years(axis: _Axis, bottom: float) -> list[Markup]:
    """A grid line per year, and the year's number above it."""
    parts = []
    for year in range(axis.first, axis.last + 2):
        x = LANE_LABEL + (year - axis.first) / axis.span * axis.plot
        parts.append(
            svg.element("line", x1=x, y1=AXIS - 4, x2=x, y2=bottom, class_="atlas-chart__grid")
        )
        if year <= axis.last:
            parts.append(
                svg.element(
                    "text",
                    str(year),
                    x=x + axis.plot / axis.span / 2,
                    y=AXIS - 8,
                    class_="atlas-chart__tick",
                    text_anchor="middle",
                )
            )
    return parts


def _lane_parts(page_path: str, axis: _Axis, lane: _Lane, top: float) -> list[Markup]:
    """A lane's name, its base line and its dots, each dot a link to its entry."""
    bottom = top + lane.height
    parts = [
        svg.element("text", svg.fit(lane.name, LANE_LABEL - 8), x=0, y=top + lane.height / 2 + 4),
        svg.element(
            "line", x1=LANE_LABEL, y1=bottom, x2=WIDTH, y2=bottom, class_="atlas-chart__lane"
        ),
    ]
    for entry, row in zip(lane.entries, lane.rows, strict=True):
        precision = {1: "year", 2: "month", 3: "day"}[len(entry.event.date.split("-"))]
        dot = svg.element(
            "circle",
            svg.element("title", f"{entry.event.date}: {entry.event.text}"),
            cx=axis.x_of(entry.event.date),
            cy=bottom - 8 - row * STEP,
            r=DOT - 1 if precision == "day" else DOT,
            class_=f"atlas-dot atlas-dot--{entry.entity.kind} atlas-dot--{precision}",
        )
        target = href(page_path, f"{entry.entity.kind}/{entry.entity.id}.md")
        parts.append(svg.element("a", dot, href=target, tabindex="-1"))
    return parts


def _legend(entries: Sequence[TimelineEntry], top: float) -> list[Markup]:
    """A dot and the name of each kind of entry on the chart."""
    kind_names = {entry.entity.kind: entry.entity.label for entry in entries}
    parts = []
    legend_x = LANE_LABEL
    for kind in sorted(kind_names):
        name = kind_names[kind]
        parts.append(
            svg.element(
                "circle",
                cx=legend_x + DOT,
                cy=top + 14,
                r=DOT - 1,
                class_=f"atlas-dot atlas-dot--{kind} atlas-dot--day",
            )
        )
        parts.append(svg.element("text", name, x=legend_x + 3 * DOT, y=top + 18))
        legend_x += 3 * DOT + svg.text_width(name) + 18
    return parts

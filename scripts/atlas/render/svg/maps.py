"""Relationship maps drawn at build time as inline SVG: one entity's neighbours, or the whole graph.

Each drawing is a `<figure>` of plain HTML (Markdown leaves it alone); its nodes link to the
entities' pages. The drawing is hidden from screen readers behind a short label, because the
page lists the same facts as text with real links right after it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup

from ...graph.relations import Neighbourhood, Relation
from ...load.dataset import EntityKey
from ...schema import Entity
from ..urls import href
from . import drawing as svg

NODE_WIDTH = 200
NODE_HEIGHT = 24
ROW = 30
HEADING = 20
COLUMN_GAP = 60
PAD = 6
MAX_PER_GROUP = 10
"""Neighbours drawn per group; the rest are counted in a '+ N more' line (the text lists all)."""


@dataclass(frozen=True)
class _Box:
    entity: Entity | None
    label: str
    x: float
    y: float
    width: float = NODE_WIDTH
    centre: bool = False

    @property
    def left(self) -> tuple[float, float]:
        return (self.x, self.y + NODE_HEIGHT / 2)

    @property
    def right(self) -> tuple[float, float]:
        return (self.x + self.width, self.y + NODE_HEIGHT / 2)


def _node(page_path: str, box: _Box) -> Markup:
    """A linked, labelled box; its class names the entity's kind (the stylesheet colours it)."""
    if box.entity is None:
        return svg.element(
            "text",
            box.label,
            x=box.x + 8,
            y=box.y + NODE_HEIGHT / 2 + 4,
            class_="atlas-map__more",
        )
    entity = box.entity
    classes = f"atlas-node atlas-node--{entity.kind}" + (
        " atlas-node--centre" if box.centre else ""
    )
    shape = _shape(box.x, box.y, box.width)
    label = svg.element(
        "text",
        svg.fit(box.label, box.width - 16),
        x=box.x + 8,
        y=box.y + NODE_HEIGHT / 2 + 4,
    )
    tooltip = svg.element("title", f"{box.label} ({entity.label})")
    group = svg.element("g", tooltip, shape, label, class_=classes)
    target = href(page_path, f"{entity.kind}/{entity.id}.md")
    return svg.element("a", group, href=target, tabindex="-1")


@lru_cache(maxsize=1 << 12)
def _shape(x: float, y: float, width: float) -> Markup:
    """A node's box; boxes sit at the same few places on every entry's map."""
    return svg.element(
        "rect", x=x, y=y, width=width, height=NODE_HEIGHT, rx=4, class_="atlas-node__box"
    )


def _edge(start: tuple[float, float], end: tuple[float, float], marker: str) -> Markup:
    (x1, y1), (x2, y2) = start, end
    bend = max(abs(x2 - x1) / 2, 20)
    path = (
        f"M{svg.number(x1)} {svg.number(y1)} C{svg.number(x1 + bend)} {svg.number(y1)} "
        f"{svg.number(x2 - bend)} {svg.number(y2)} {svg.number(x2)} {svg.number(y2)}"
    )
    return svg.element("path", d=path, class_="atlas-map__edge", marker_end=f"url(#{marker})")


def _marker(marker: str) -> Markup:
    arrow = svg.element("path", d="M0 0 L8 4 L0 8 z", class_="atlas-map__arrow")
    return svg.element(
        "defs",
        svg.element(
            "marker",
            arrow,
            id=marker,
            viewBox="0 0 8 8",
            refX=8,
            refY=4,
            markerWidth=7,
            markerHeight=7,
            orient="auto",
        ),
    )


def _column(
    groups: Sequence[tuple[str, Sequence[Entity]]], x: float
) -> tuple[list[str], list[_Box], float]:
    """Group headings and boxes stacked from the top; returns (headings, boxes, height)."""
    headings: list[str] = []
    boxes: list[_Box] = []
    y = PAD
    for label, entities in groups:
        headings.append(svg.element("text", label, x=x, y=y + 13, class_="atlas-map__group"))
        y += HEADING
        shown = entities if len(entities) <= MAX_PER_GROUP else entities[: MAX_PER_GROUP - 1]
        for entity in shown:
            boxes.append(_Box(entity, entity.display_name, x, y))
            y += ROW
        if len(shown) < len(entities):
            boxes.append(_Box(None, f"+ {len(entities) - len(shown)} more (listed below)", x, y))
            y += ROW
        y += PAD
    return headings, boxes, y


def neighbourhood_figure(page_path: str, hood: Neighbourhood) -> Markup:
    """The entity in the middle, what flows into it on the left, what flows out on the right."""
    centre = hood.centre
    columns = 1 + bool(hood.upstream) + bool(hood.downstream)
    width = columns * NODE_WIDTH + (columns - 1) * COLUMN_GAP
    centre_x = (NODE_WIDTH + COLUMN_GAP) if hood.upstream else 0
    left = _column([(g.label, g.entities) for g in hood.upstream], 0)
    right = _column(
        [(g.label, g.entities) for g in hood.downstream], centre_x + NODE_WIDTH + COLUMN_GAP
    )
    height = max(left[2], right[2], NODE_HEIGHT + 2 * PAD + HEADING)
    middle = _Box(centre, centre.display_name, centre_x, height / 2 - NODE_HEIGHT / 2, centre=True)
    marker = "atlas-arrow"
    parts = [_marker(marker)]
    for box in left[1]:
        if box.entity is not None:
            parts.append(_edge(box.right, middle.left, marker))
    for box in right[1]:
        if box.entity is not None:
            parts.append(_edge(middle.right, box.left, marker))
    parts += left[0] + right[0]
    parts += [_node(page_path, box) for box in [*left[1], middle, *right[1]]]
    upstream = sum(len(g.entities) for g in hood.upstream)
    downstream = sum(len(g.entities) for g in hood.downstream)
    label = (
        f"Map of {centre.display_name}'s connections: {upstream} linked upstream, "
        f"{downstream} downstream. The list after the map gives them all with links."
    )
    caption = (
        f"{centre.display_name} and what it is linked to: on the left what flows into it, "
        "on the right what flows out of it. Each box links to its page."
    )
    return svg.figure(width, height, label, parts, caption, "atlas-map")


COLUMNS = ("Issuers", "Policies", "Investors and owners", "Companies and labs", "Models and chips")
"""The columns of the whole map, left to right, in the direction money and rules flow."""

ENDPOINT_KINDS = frozenset({"models", "hardware"})
"""Kinds that are made by others and make nothing here: the right-hand column."""


def _column_of(entity: Entity, ups: set[str], downs: set[str]) -> int:
    """The map column of an entry, from its kind and the kinds it is linked to.

    Args:
        entity: the entry.
        ups: kinds of the entries that flow into it.
        downs: kinds of the entries it flows into.
    """
    if entity.kind == "policies":
        return 1
    if entity.kind != "organizations":
        return 4
    if downs & ENDPOINT_KINDS:
        return 3
    if "policies" in downs:
        return 0
    if downs == {"organizations"} and not ups - {"organizations"}:
        return 2
    return 3


def _order(columns: list[list[EntityKey]], relations: Sequence[Relation]) -> None:
    """Reorder each column by the mean position of its neighbours (fewer crossing lines)."""
    neighbours: dict[EntityKey, list[EntityKey]] = defaultdict(list)
    for relation in relations:
        neighbours[_key(relation.upstream)].append(_key(relation.downstream))
        neighbours[_key(relation.downstream)].append(_key(relation.upstream))
    for _ in range(4):
        position = {key: index for column in columns for index, key in enumerate(column)}
        for column in columns:
            weights = {}
            for index, key in enumerate(column):
                linked = [position[n] for n in neighbours[key] if n in position]
                weights[key] = (sum(linked) / len(linked) if linked else index, index)
            column.sort(key=lambda key: weights[key])


def _side_edge(start: tuple[float, float], end: tuple[float, float], marker: str) -> Markup:
    """A link between two boxes of one column, as an arc to the right of the column."""
    (x1, y1), (x2, y2) = start, end
    reach = 30 + min(abs(y2 - y1) / 8, 60)
    path = (
        f"M{svg.number(x1)} {svg.number(y1)} C{svg.number(x1 + reach)} {svg.number(y1)} "
        f"{svg.number(x2 + reach)} {svg.number(y2)} {svg.number(x2 + 4)} {svg.number(y2)}"
    )
    return svg.element("path", d=path, class_="atlas-map__edge", marker_end=f"url(#{marker})")


def graph_figure(page_path: str, relations: Sequence[Relation]) -> Markup:
    """The entries of `relations` in five columns, from issuers and investors on the left to models.

    Links inside a column (a model and its successor, a rule and the rule it amends) are arcs
    on the column's right.
    """
    entities: dict[EntityKey, Entity] = {}
    ups: dict[EntityKey, set[str]] = defaultdict(set)
    downs: dict[EntityKey, set[str]] = defaultdict(set)
    for relation in relations:
        up, down = _key(relation.upstream), _key(relation.downstream)
        entities[up], entities[down] = relation.upstream, relation.downstream
        downs[up].add(relation.downstream.kind)
        ups[down].add(relation.upstream.kind)
    column_of = {key: _column_of(entities[key], ups[key], downs[key]) for key in sorted(entities)}
    columns: list[list[EntityKey]] = [[] for _ in COLUMNS]
    for key, index in column_of.items():
        columns[index].append(key)
    _order(columns, relations)
    used = [index for index, column in enumerate(columns) if column]
    boxes: dict[EntityKey, _Box] = {}
    headings = []
    for position, index in enumerate(used):
        x = position * (NODE_WIDTH + COLUMN_GAP + 20)
        headings.append(
            svg.element("text", COLUMNS[index], x=x, y=PAD + 13, class_="atlas-map__group")
        )
        for row, key in enumerate(columns[index]):
            entity = entities[key]
            boxes[key] = _Box(entity, entity.display_name, x, PAD + HEADING + row * ROW)
    width = len(used) * NODE_WIDTH + max(len(used) - 1, 0) * (COLUMN_GAP + 20) + 60
    height = 2 * PAD + HEADING + max((len(column) for column in columns), default=0) * ROW
    marker = "atlas-arrow"
    parts = [_marker(marker)]
    for relation in relations:
        start, end = boxes[_key(relation.upstream)], boxes[_key(relation.downstream)]
        if start.x == end.x:
            parts.append(_side_edge(start.right, end.right, marker))
        elif start.x < end.x:
            parts.append(_edge(start.right, end.left, marker))
        else:
            parts.append(_edge(start.left, end.right, marker))
    parts += headings
    parts += [_node(page_path, boxes[key]) for key in sorted(boxes)]
    label = (
        f"Map of {len(entities)} linked entries and the {len(relations)} links between them. "
        "The table after the map lists every link drawn."
    )
    caption = (
        "Linked entries, from issuers and investors on the left to models and chips on the "
        "right; arrows run from investors, developers and issuers towards what they fund, build "
        "or regulate. Scroll to see all of it; each box links to its page."
    )
    return svg.figure(width, height, label, parts, caption, "atlas-map atlas-map--wide")


def _key(entity: Entity) -> EntityKey:
    return (entity.kind, entity.id)

"""Relationship maps drawn at build time as inline SVG: one entity's neighbours, or the whole graph.

Each drawing is a `<figure>` of plain HTML (Markdown leaves it alone); its nodes link to the
entities' pages. The drawing is hidden from screen readers behind a short label, because the
page lists the same facts as text with real links right after it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from . import svg
from .dataset import EntityKey
from .relations import Neighbourhood, Relation
from .schema import Entity
from .urls import href

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


def _node(page_path: str, box: _Box) -> str:
    """A linked, labelled box; its class names the entity's kind (the stylesheet colours it)."""
    if box.entity is None:
        return svg.element(
            "text",
            svg.escape(box.label),
            x=box.x + 8,
            y=box.y + NODE_HEIGHT / 2 + 4,
            class_="atlas-map__more",
        )
    entity = box.entity
    classes = f"atlas-node atlas-node--{entity.kind}" + (
        " atlas-node--centre" if box.centre else ""
    )
    shape = svg.element(
        "rect",
        x=box.x,
        y=box.y,
        width=box.width,
        height=NODE_HEIGHT,
        rx=4,
        class_="atlas-node__box",
    )
    label = svg.element(
        "text",
        svg.escape(svg.fit(box.label, box.width - 16)),
        x=box.x + 8,
        y=box.y + NODE_HEIGHT / 2 + 4,
    )
    tooltip = svg.element("title", svg.escape(f"{box.label} ({entity.label})"))
    group = svg.element("g", tooltip + shape + label, class_=classes)
    target = href(page_path, f"{entity.kind}/{entity.id}.md")
    return svg.element("a", group, href=target, tabindex="-1")


def _edge(start: tuple[float, float], end: tuple[float, float], marker: str) -> str:
    (x1, y1), (x2, y2) = start, end
    bend = max(abs(x2 - x1) / 2, 20)
    path = (
        f"M{svg.number(x1)} {svg.number(y1)} C{svg.number(x1 + bend)} {svg.number(y1)} "
        f"{svg.number(x2 - bend)} {svg.number(y2)} {svg.number(x2)} {svg.number(y2)}"
    )
    return svg.element("path", d=path, class_="atlas-map__edge", marker_end=f"url(#{marker})")


def _marker(marker: str) -> str:
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
        headings.append(
            svg.element("text", svg.escape(label), x=x, y=y + 13, class_="atlas-map__group")
        )
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


def neighbourhood_figure(page_path: str, hood: Neighbourhood) -> str:
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
    return svg.figure(width, height, label, "".join(parts), caption, "atlas-map")


def _layers(nodes: list[Entity], relations: Sequence[Relation]) -> dict[EntityKey, int]:
    """Longest-path layering; loops are cut where found.

    Entities nothing flows into are then moved next to what they flow into, so an investor
    stands beside the company it funds rather than at the far left.
    """
    ups: dict[EntityKey, list[EntityKey]] = defaultdict(list)
    for relation in relations:
        ups[_key(relation.downstream)].append(_key(relation.upstream))
    layer: dict[EntityKey, int] = {}
    visiting: set[EntityKey] = set()

    def depth(key: EntityKey) -> int:
        if key in layer:
            return layer[key]
        visiting.add(key)
        result = 0
        for up in sorted(ups[key]):
            if up not in visiting:
                result = max(result, depth(up) + 1)
        visiting.discard(key)
        layer[key] = result
        return result

    for node in nodes:
        depth(_key(node))
    downs: dict[EntityKey, list[EntityKey]] = defaultdict(list)
    for relation in relations:
        downs[_key(relation.upstream)].append(_key(relation.downstream))
    for key in sorted(layer):
        if not ups[key] and downs[key]:
            layer[key] = max(0, min(layer[down] for down in downs[key]) - 1)
    return layer


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


def graph_figure(page_path: str, relations: Sequence[Relation]) -> str:
    """Every linked entity, in columns from upstream (left) to downstream (right)."""
    entities: dict[EntityKey, Entity] = {}
    for relation in relations:
        entities[_key(relation.upstream)] = relation.upstream
        entities[_key(relation.downstream)] = relation.downstream
    nodes = [entities[key] for key in sorted(entities)]
    layer = _layers(nodes, relations)
    columns: list[list[EntityKey]] = [[] for _ in range(max(layer.values(), default=-1) + 1)]
    for key in sorted(layer):
        columns[layer[key]].append(key)
    _order(columns, relations)
    boxes: dict[EntityKey, _Box] = {}
    for index, column in enumerate(columns):
        for row, key in enumerate(column):
            entity = entities[key]
            x = index * (NODE_WIDTH + COLUMN_GAP)
            boxes[key] = _Box(entity, entity.display_name, x, PAD + row * ROW)
    width = len(columns) * NODE_WIDTH + max(len(columns) - 1, 0) * COLUMN_GAP
    height = 2 * PAD + max((len(column) for column in columns), default=0) * ROW
    marker = "atlas-arrow"
    parts = [_marker(marker)]
    for relation in relations:
        parts.append(
            _edge(
                boxes[_key(relation.upstream)].right,
                boxes[_key(relation.downstream)].left,
                marker,
            )
        )
    parts += [_node(page_path, boxes[key]) for key in sorted(boxes)]
    label = (
        f"Map of all {len(nodes)} linked entries and the {len(relations)} links between them. "
        "The table after the map lists every link."
    )
    caption = (
        "Every organization, model and policy that is linked to another, with arrows from "
        "investors, developers and issuers towards what they fund, build or regulate."
    )
    return svg.figure(width, height, label, "".join(parts), caption, "atlas-map")


def _key(entity: Entity) -> EntityKey:
    return (entity.kind, entity.id)

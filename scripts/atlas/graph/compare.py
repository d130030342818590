"""What the comparison pages put side by side, computed from the data so they grow with it.

The US-and-China page compares like with like: labs with labs (founded, funding, latest model,
open weights), policies by area (export controls beside export controls, investment rules
beside service rules), every other kind by country, and one timeline with both sides.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..schema import AIModel, Entity, Organization, Policy, fact_values
from ..schema.organization import FundingRound
from ..schema.standards import country_name
from .areas import AREAS, OTHER, Area, area_of
from .graph import Graph, TimelineEntry
from .tags import countries_of

SIDES: tuple[tuple[str, str], ...] = tuple((code, country_name(code)) for code in ("US", "CN"))
"""(country code, name) of the two sides, in column order; the names are CLDR's (babel)."""

OPEN_WEIGHTS = frozenset({"open", "open-restricted"})
LAB_TYPE = "ai-developer"
INVESTOR_TYPES = frozenset(
    {"venture-capital", "private-equity", "corporate-investor", "state-fund"}
)


def first_date(fact: object) -> str:
    """The first value of a date fact as written, or an empty string."""
    values = fact_values(fact)  # type: ignore[arg-type]
    return str(values[0].value) if values else ""


@dataclass(frozen=True)
class Lab:
    """An AI developer with what the atlas records of its funding and models."""

    organization: Organization
    models: tuple[AIModel, ...]
    rounds: tuple[FundingRound, ...]

    @property
    def founded(self) -> str:
        """The founding date as written ('' when unknown)."""
        return first_date(self.organization.founded)

    @property
    def latest_model(self) -> AIModel | None:
        """The most recently released model the atlas records."""
        dated = [model for model in self.models if first_date(model.released)]
        return max(dated, key=lambda model: (first_date(model.released), model.id), default=None)

    @property
    def open_models(self) -> tuple[AIModel, ...]:
        """Its models whose weights can be downloaded (possibly under conditions)."""
        return tuple(model for model in self.models if model.weights in OPEN_WEIGHTS)

    @property
    def latest_round(self) -> FundingRound | None:
        """The most recent funding round."""
        return max(self.rounds, key=lambda funding: funding.date, default=None)


def labs(graph: Graph, country: str) -> list[Lab]:
    """The AI developers of one country, by name."""
    found = []
    for entity in graph.dataset.of("organizations").values():
        assert isinstance(entity, Organization)
        if entity.country != country or LAB_TYPE not in entity.types:
            continue
        models = tuple(
            model
            for model in graph.referring_entities(entity, "developers", kind="models")
            if isinstance(model, AIModel)
        )
        found.append(Lab(entity, models, entity.funding_rounds))
    return sorted(found, key=lambda lab: (lab.organization.name.en.lower(), lab.organization.id))


def policies_by_area(graph: Graph) -> list[tuple[Area, dict[str, list[Policy]]]]:
    """Policies of each side grouped by area; areas with no policy on either side are left out."""
    grouped: dict[str, dict[str, list[Policy]]] = defaultdict(lambda: defaultdict(list))
    for entity in graph.dataset.of("policies").values():
        assert isinstance(entity, Policy)
        grouped[area_of(entity, graph.dataset.of("policies")).id][entity.jurisdiction].append(
            entity
        )
    result = []
    for area in (*AREAS, OTHER):
        sides = {code: grouped[area.id].get(code, []) for code, _ in SIDES}
        if any(sides.values()):
            result.append((area, sides))
    return result


def by_country(graph: Graph, kind: str) -> dict[str, list[Entity]]:
    """The entries of a kind on each side (an entry of both countries appears on both)."""
    sides: dict[str, list[Entity]] = {code: [] for code, _ in SIDES}
    for entity in graph.dataset.of(kind).values():
        for code in countries_of(entity, graph.dataset):
            if code in sides:
                sides[code].append(entity)
    return sides


def counts(graph: Graph, kinds: tuple[str, ...]) -> list[tuple[str, dict[str, int]]]:
    """Rows of (what is counted, {country: count}) for the summary table."""
    organizations = by_country(graph, "organizations")

    def of_types(types: frozenset[str]) -> dict[str, int]:
        return {
            code: sum(1 for org in orgs if set(getattr(org, "types", ())) & types)
            for code, orgs in organizations.items()
        }

    rows = [
        ("Organizations", {code: len(orgs) for code, orgs in organizations.items()}),
        ("AI developers", of_types(frozenset({LAB_TYPE}))),
        ("Investors", of_types(INVESTOR_TYPES)),
        (
            "Funding rounds recorded",
            {
                code: sum(len(getattr(org, "funding_rounds", ())) for org in orgs)
                for code, orgs in organizations.items()
            },
        ),
    ]
    models = by_country(graph, "models")
    rows.append(("Models", {code: len(items) for code, items in models.items()}))
    rows.append(
        (
            "Models with open weights",
            {
                code: sum(1 for m in items if getattr(m, "weights", None) in OPEN_WEIGHTS)
                for code, items in models.items()
            },
        )
    )
    policies = by_country(graph, "policies")
    rows.append(("Policies", {code: len(items) for code, items in policies.items()}))
    for kind in kinds:
        if kind in ("organizations", "models", "policies"):
            continue
        sides = by_country(graph, kind)
        cls = type(next(iter(graph.dataset.of(kind).values()), None))
        name = getattr(cls, "plural", kind.replace("-", " ").capitalize())
        rows.append((name, {code: len(items) for code, items in sides.items()}))
    return rows


def timeline(graph: Graph) -> list[tuple[str, dict[str, list[TimelineEntry]]]]:
    """Events of both sides by date, newest first, each date with each side's events."""
    rows: dict[str, dict[str, list[TimelineEntry]]] = {}
    sides = {code for code, _ in SIDES}
    for entry in graph.timeline:
        countries = [c for c in countries_of(entry.entity, graph.dataset) if c in sides]
        if not countries:
            continue
        row = rows.setdefault(entry.event.date, {code: [] for code, _ in SIDES})
        row[countries[0]].append(entry)
    return sorted(rows.items(), reverse=True)

"""Tags derived from the data (country, sector, technology, topic) and the country of any entity.

Tags are not typed in by hand where the data already says it: an organization's country and
types, a model's developers' countries and weights availability, a policy's jurisdiction, area
and covered sectors and technologies. An entry's own `tags` are added as topics.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..load.dataset import Dataset
from ..schema import Entity, Organization, Policy
from ..schema.labels import label
from ..schema.slug import slugify
from .areas import area_of

GROUPS = {
    "country": "Country",
    "sector": "Sector",
    "technology": "Technology",
    "topic": "Topic",
}
"""Tag groups in the order the tags page shows them."""

WEIGHTS_TAGS = {
    "open": "open weights",
    "open-restricted": "open weights",
    "research-only": "research-only weights",
    "api": "API only",
    "closed": "closed weights",
}


@dataclass(frozen=True)
class Tag:
    """A tag: its group, its page's slug and the name readers see."""

    group: str
    slug: str
    name: str

    @property
    def path(self) -> str:
        """The docs-relative path of the tag's page."""
        return f"tags/{self.slug}.md"


def tag_slug(name: str) -> str:
    """'United States' -> 'united-states'; names without Latin letters get a stable hash slug."""
    return slugify(name) or "tag-" + hashlib.sha1(name.encode()).hexdigest()[:8]


def countries_of(entity: Entity, dataset: Dataset) -> tuple[str, ...]:
    """ISO codes of the entity's country: its own, its jurisdiction, or its makers' countries.

    For kinds without a country of their own (models, chips) the first field that refers to
    organizations decides: a model's developers, a chip's makers.
    """
    own = getattr(entity, "country", None) or getattr(entity, "jurisdiction", None)
    if isinstance(own, str):
        return (own,)
    field: str | None = None
    countries: list[str] = []
    for path, ref, target in dataset.references[(entity.kind, entity.id)]:
        if ref.kind != "organizations":
            continue
        if field is None:
            field = str(path[0])
        if path[0] != field:
            break
        country = getattr(dataset.get("organizations", target), "country", None)
        if isinstance(country, str) and country not in countries:
            countries.append(country)
    return tuple(countries)


@lru_cache(maxsize=1 << 12)
def _tag(group: str, name: str) -> Tag:
    # Few tags, met on every page that shows them: each is slugified once.
    return Tag(group, tag_slug(name), name)


def tags_of(entity: Entity, dataset: Dataset) -> tuple[Tag, ...]:
    """The entity's tags, country first, without repeats."""
    tags = [_tag("country", label("country", code)) for code in countries_of(entity, dataset)]
    if isinstance(entity, Organization):
        tags += [_tag("sector", label("organization_type", kind)) for kind in entity.types]
    weights = getattr(entity, "weights", None)
    if isinstance(weights, str) and weights in WEIGHTS_TAGS:
        tags.append(_tag("technology", WEIGHTS_TAGS[weights]))
    if isinstance(entity, Policy):
        area = area_of(entity, dataset.of("policies"))
        if area.id != "other":
            tags.append(_tag("topic", area.name))
        tags += [_tag("sector", sector) for sector in entity.covers.sectors]
        tags += [_tag("technology", tech) for tech in entity.covers.technologies]
    tags += [_tag("topic", tag.replace("-", " ")) for tag in entity.tags]
    unique: dict[str, Tag] = {}
    for tag in tags:
        unique.setdefault(tag.slug, tag)
    return tuple(unique.values())


def tag_index(dataset: Dataset, kinds: tuple[str, ...]) -> dict[Tag, list[Entity]]:
    """Every tag in use by entities of `kinds`, with its entities; tags sorted by group and name.

    Two tags with the same slug share one page, named as the first one met.
    """
    by_slug: dict[str, Tag] = {}
    members: dict[str, list[Entity]] = defaultdict(list)
    for kind in kinds:
        for entity in dataset.of(kind).values():
            for tag in tags_of(entity, dataset):
                by_slug.setdefault(tag.slug, tag)
                members[tag.slug].append(entity)
    order = list(GROUPS)
    ordered = sorted(
        by_slug.values(), key=lambda tag: (order.index(tag.group), tag.name.lower(), tag.slug)
    )
    return {tag: members[tag.slug] for tag in ordered}

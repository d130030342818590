"""Front matter: what the theme reads of a generated page (title, description, JSON-LD, search).

Everything the overrides need is here, so any engine that reads front matter (MkDocs, Zensical)
publishes a page the same way without the MkDocs hook.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..graph.tags import tags_of
from ..schema import Entity
from ..schema.common import Sourced
from . import jsonld
from .context import PageContext
from .markdown import front_json, plain
from .names import names_of

SEARCH_BOOST = {"organizations": 8, "hardware": 6, "policies": 3, "models": 3, "sources": 0.1}
"""Material's search multiplies a page's score by its boost: organizations, whose names are asked
for most (and are part of their chips' and models' names), above chips, chips above policies
and models (a rule is often named after a chip), and sources, which mention everything, far
below the entries that cite them. Hand-written explainers have 4 (in their front matter)."""
PAST_POLICY_BOOST = 2
"""A draft, or a policy replaced or revoked, ranks below the rule in force that shares its words."""
PAST_STATUSES = frozenset({"proposed", "superseded", "revoked"})


@dataclass(frozen=True)
class Front:
    """The front matter of one page, as YAML lines."""

    title: str
    description: str
    kind: str | None = None
    extra: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        """The block between the `---` lines, without them."""
        lines = [f"title: {_json(plain(self.title))}"]
        lines.append(f"description: {_json(plain(self.description))}")
        if self.kind:
            lines.append(f"atlas_kind: {_json(self.kind)}")
        return "\n".join([*lines, *self.extra])


def kind_label(entity: Entity) -> str:
    """'Organization', 'Model', 'Policy', 'Source'."""
    return entity.label[:1].upper() + entity.label[1:]


def entry_front(
    page: PageContext, entity: Entity, site_url: str | None, title: str, description: str, kind: str
) -> Front:
    """An entry's front matter: search tags, names and boost, JSON-LD, Open Graph type.

    The search tags are the entry's kind, its countries and every name it goes by (names.py).
    Material's search matches tags before titles and text, so the thing named ranks first, and
    a Chinese query matches a whole name even where the search splits it into characters other
    pages also use; its results show the first two, the kind and the country. Topics are left
    to the tag pages and explainers, whose search words they are, so a topic word finds those.
    `atlas_names` and `atlas_country` carry the same for Pagefind (overrides/main.html).
    """
    tags = () if entity.kind == "sources" else tags_of(entity, page.graph.dataset)
    countries = [tag.name for tag in tags if tag.group == "country"]
    names = list(names_of(entity))
    words = [kind_label(entity), *countries, *names]
    ld = jsonld.describe(entity, page.graph, jsonld.absolute_url(site_url, page.path))
    lines = [
        _atlas({"jsonld": ld, "og_type": "article"}),
        f"tags: {front_json(list(dict.fromkeys(words)))}",
    ]
    if names:
        lines.append(f"atlas_names: {front_json(names)}")
    if countries:
        lines.append(f"atlas_country: {front_json(', '.join(countries))}")
    boost = search_boost(entity)
    if boost == PAST_POLICY_BOOST:
        lines.append("atlas_past: true")
    lines.append(f"search: {front_json({'boost': boost})}")
    return Front(title, description, kind, tuple(lines))


def search_boost(entity: Entity) -> float:
    """The entry's boost in Material's search (SEARCH_BOOST)."""
    status = getattr(entity, "status", None)
    if isinstance(status, Sourced) and status.value in PAST_STATUSES:
        return PAST_POLICY_BOOST
    return SEARCH_BOOST.get(entity.kind, 1)


def collection_front(
    page: PageContext,
    title: str,
    description: str,
    site_url: str | None,
    words: tuple[str, ...] = (),
    **atlas: Any,
) -> Front:
    """The front matter of an index, comparison or tag page.

    `words` are its search words (its kind first), in the `tags` Material's search matches
    first and Pagefind indexes (overrides/main.html); `atlas` adds keys to the `atlas` mapping the
    overrides read (e.g. `feed` on the pages that announce the site's Atom feed).
    """
    address = jsonld.absolute_url(site_url, page.path)
    data = {"jsonld": jsonld.collection(title, description, address), "og_type": "website"}
    extra = [_atlas({**data, **atlas})]
    if words:
        extra.append(f"tags: {front_json(list(words))}")
    return Front(title, description, extra=tuple(extra))


def _json(text: str) -> str:
    """A YAML string: JSON, so quotes and backslashes need no thought (the text is HTML-escaped)."""
    return json.dumps(text, ensure_ascii=False)


def _atlas(data: dict[str, Any]) -> str:
    return f"atlas: {front_json(data)}"

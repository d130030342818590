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
from . import jsonld
from .context import PageContext
from .markdown import front_json, plain

SEARCH_BOOST = {"sources": 0.5, "organizations": 2}
"""Search ranks organizations, whose names are asked for most, above pages that mention them, and
sources below the entries that cite them (other pages keep the default of 1)."""


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
    """An entry's front matter: search tags and boost, JSON-LD, Open Graph type.

    The search tags are the entry's kind, its Chinese name and its tags: search results show
    them, and a Chinese query matches the name even where the site's search splits it into
    characters other pages also use (it matches tags before titles and text).
    """
    names = [kind_label(entity)]
    chinese = getattr(getattr(entity, "name", None), "zh", None)
    if chinese:
        names.append(chinese)
    if entity.kind != "sources":
        names += [tag.name for tag in tags_of(entity, page.graph.dataset)]
    ld = jsonld.describe(entity, page.graph, jsonld.absolute_url(site_url, page.path))
    lines = [_atlas({"jsonld": ld, "og_type": "article"}), f"tags: {front_json(names)}"]
    if entity.kind in SEARCH_BOOST:
        lines.append(f"search: {front_json({'boost': SEARCH_BOOST[entity.kind]})}")
    return Front(title, description, kind, tuple(lines))


def collection_front(
    page: PageContext, title: str, description: str, site_url: str | None, **atlas: Any
) -> Front:
    """The front matter of an index, comparison or tag page.

    `atlas` adds keys to the `atlas` mapping the overrides read (e.g. `feed` on the pages that
    announce the site's Atom feed).
    """
    address = jsonld.absolute_url(site_url, page.path)
    data = {"jsonld": jsonld.collection(title, description, address), "og_type": "website"}
    return Front(title, description, extra=(_atlas({**data, **atlas}),))


def _json(text: str) -> str:
    """A YAML string: JSON, so quotes and backslashes need no thought (the text is HTML-escaped)."""
    return json.dumps(text, ensure_ascii=False)


def _atlas(data: dict[str, Any]) -> str:
    return f"atlas: {front_json(data)}"

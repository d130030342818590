"""What changed: the recent-changes list and Atom feeds, dated by the data's own `last_checked`.

Why the data's dates and not git history: the site must build the same from a tarball, a
shallow clone or a temporary copy, and a contributor who edits an entry sets `last_checked`
to the day they checked it (CONTRIBUTING.md asks for that), so it dates the change.
Sources are not listed: they change when the entries citing them do.
"""

from __future__ import annotations

import posixpath
import uuid
from dataclasses import dataclass
from functools import lru_cache

from ..graph.freshness import Change, recent_changes
from ..graph.graph import Graph
from ..schema import Entity
from .output import Files

FEED = "feed.xml"
SITE_NAME = "AI Ecosystem Atlas"
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:ai-ecosystem-atlas")
"""Entry ids are UUIDs derived from what they describe, so they never change between builds."""


def feed_path(entity: Entity) -> str:
    """Where an entry's own feed is published: next to its page, `<kind>/<id>/feed.xml`."""
    return f"{entity.kind}/{entity.id}/{FEED}"


def _page_url(entity: Entity) -> str:
    return f"{entity.kind}/{entity.id}/"


def _timestamp(partial: str) -> str:
    """An RFC 3339 time for a date as precise as its source (2023-10 -> 2023-10-01)."""
    year, month, day = ([*partial.split("-"), "01", "01"])[:3]
    return f"{year}-{month}-{day}T00:00:00Z"


@lru_cache(maxsize=1 << 12)
def _relpath(path: str, start: str) -> str:
    """`posixpath.relpath`, once for each pair: an entry's feed links to its page several times."""
    return posixpath.relpath(path, start)


@dataclass(frozen=True)
class _Entry:
    key: str
    title: str
    updated: str
    link: str
    summary: str


class _FeedWriter:
    """Builds Atom documents whose links are absolute when the site's address is known."""

    def __init__(self, site_url: str | None) -> None:
        self.site_url = site_url.rstrip("/") + "/" if site_url else None

    def url(self, target: str, feed: str) -> str:
        """A link to a site path ('organizations/x/#timeline') from the feed at `feed`."""
        if self.site_url:
            return self.site_url + target
        path, _, fragment = target.partition("#")
        relative = _relpath(path or ".", posixpath.dirname(feed) or ".")
        if path.endswith("/"):
            relative = "./" if relative == "." else relative + "/"
        return relative + (f"#{fragment}" if fragment else "")

    def feed(self, path: str, title: str, page: str, entries: list[_Entry]) -> str:
        updated = max((entry.updated for entry in entries), default="1970-01-01T00:00:00Z")
        lines = [
            '<?xml version="1.0" encoding="utf-8"?>',
            '<feed xmlns="http://www.w3.org/2005/Atom">',
            _element("id", f"urn:uuid:{uuid.uuid5(_NAMESPACE, path)}"),
            _element("title", title),
            _element("updated", updated),
            _link("self", self.url(path, path)),
            _link("alternate", self.url(page, path)),
            "  <author>",
            _element("name", f"{SITE_NAME} contributors", "    "),
            "  </author>",
        ]
        for entry in entries:
            lines += [
                "  <entry>",
                _element("id", f"urn:uuid:{uuid.uuid5(_NAMESPACE, entry.key)}", "    "),
                _element("title", entry.title, "    "),
                _element("updated", entry.updated, "    "),
                _link("alternate", self.url(entry.link, path), "    "),
                _element("summary", entry.summary, "    "),
                "  </entry>",
            ]
        lines.append("</feed>\n")
        return "\n".join(lines)


_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\r": "&#13;",
        "\n": "&#10;",
        "\t": "&#09;",
    }
)
"""What ElementTree escapes in text and in attribute values.

Why not ElementTree: a feed is a fixed shape of a few elements, and building and indenting a tree
for each of 10,000 entries took a tenth of a large atlas's render; these write the same bytes.
"""


def _element(tag: str, text: str, indent: str = "  ") -> str:
    """`<tag>text</tag>` on its own line, or `<tag />` when there is no text."""
    if not text:
        return f"{indent}<{tag} />"
    return f"{indent}<{tag}>{text.translate(_TEXT)}</{tag}>"


def _link(rel: str, href: str, indent: str = "  ") -> str:
    return f'{indent}<link rel="{rel}" href="{href.translate(_ATTRIBUTE)}" />'


def _change_entry(change: Change) -> _Entry:
    entity = change.entity
    checked = change.checked.isoformat()
    return _Entry(
        key=f"{entity.kind}/{entity.id}@{checked}",
        title=f"{entity.display_name} ({entity.label}): checked {checked}",
        updated=_timestamp(checked),
        link=_page_url(entity),
        summary=entity.summary or f"The facts on this {entity.label}'s page were checked.",
    )


def _event_title(entity: Entity, text: str) -> str:
    """The event's text, led by the entry's name when the text does not name it."""
    return text if entity.display_name in text else f"{entity.display_name}: {text}"


def render_feeds(graph: Graph, site_url: str | None = None) -> Files:
    """The atlas-wide feed of recent changes and one feed per entry (its checks and events)."""
    writer = _FeedWriter(site_url)
    entities = [entity for entity in graph.dataset if entity.kind != "sources"]
    recent = [_change_entry(change) for change in recent_changes(entities)]
    feeds = Files({FEED: writer.feed(FEED, f"{SITE_NAME}: recent changes", "changes/", recent)})
    for entity in entities:
        entries = [_change_entry(change) for change in recent_changes([entity])]
        for item in reversed(graph.events_of(entity)):
            event = item.event
            entries.append(
                _Entry(
                    key=f"{entity.kind}/{entity.id}#{event.date}:{event.text}",
                    title=_event_title(entity, event.text),
                    updated=_timestamp(event.date),
                    link=_page_url(entity) + "#timeline",
                    summary=f"{event.date}: {event.text}",
                )
            )
        path = feed_path(entity)
        title = f"{SITE_NAME}: {entity.display_name}"
        feeds[path] = writer.feed(path, title, _page_url(entity), entries)
    return feeds.by_path()

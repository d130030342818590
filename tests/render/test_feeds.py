"""Recent changes and Atom feeds, dated by the data's own last_checked; same data, same bytes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from atlas.graph.graph import Graph
from atlas.load.loader import load_dataset
from atlas.render.feeds import feed_path, recent_changes, render_feeds
from atlas.render.pages import render_pages
from conftest import recheck

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T00:00:00Z$")


@pytest.fixture
def dataset(aged_data):
    return load_dataset(aged_data)


def test_recent_changes_newest_first_without_sources(dataset):
    """Entries are listed newest check first, then by kind and id; sources are left out."""
    listed = [
        (change.checked.isoformat(), change.entity.kind, change.entity.id)
        for change in recent_changes(dataset)
    ]
    assert listed == [
        ("2026-11-29", "hardware", "acme-chip"),
        ("2026-11-29", "hardware", "acme-chip-lite"),
        ("2026-11-29", "models", "acme-2"),
        ("2026-11-29", "organizations", "acme-ai"),
        ("2026-11-29", "organizations", "ministry"),
        ("2026-11-29", "policies", "chip-rule"),
        ("2025-11-29", "organizations", "bright-capital"),
        ("2024-06-01", "models", "acme-1"),
    ]
    assert len(recent_changes(dataset, limit=3)) == 3


def test_changes_page_lists_entries_and_links_the_feed(dataset):
    """The recent-changes page has one row per entry and links the atlas-wide feed."""
    page = render_pages(Graph(dataset))["changes.md"]
    assert "[Atom feed of the whole atlas](feed.xml)" in page
    rows = [line for line in page.splitlines() if re.match(r"^\| \d{4}-", line)]
    assert rows[0] == "| 2026-11-29 | [Acme X1](hardware/acme-chip.md) | chip |"
    assert rows[-1] == "| 2024-06-01 | [Acme-1](models/acme-1.md) | model |"


def parse(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n')
    root = ET.fromstring(text)
    assert root.tag == f"{ATOM}feed"
    return root


def entries(root: ET.Element) -> list[ET.Element]:
    return root.findall(f"{ATOM}entry")


def test_every_feed_is_valid_atom(dataset):
    """Each feed has id, title, updated, self and alternate links and an author; each entry has
    a unique urn:uuid id, a title, an RFC 3339 time, a link and a summary."""
    feeds = render_feeds(Graph(dataset))
    assert "feed.xml" in feeds
    assert feed_path(dataset.get("organizations", "acme-ai")) in feeds
    assert not any(path.startswith("sources/") for path in feeds)
    seen: set[str] = set()
    for path, text in feeds.items():
        root = parse(text)
        for tag in ("id", "title", "updated", "author/{http://www.w3.org/2005/Atom}name"):
            assert root.findtext(f"{ATOM}{tag}"), (path, tag)
        assert {link.get("rel") for link in root.findall(f"{ATOM}link")} == {"self", "alternate"}
        for entry in entries(root):
            entry_id = entry.findtext(f"{ATOM}id")
            assert entry_id.startswith("urn:uuid:")
            assert RFC3339.match(entry.findtext(f"{ATOM}updated"))
            assert entry.findtext(f"{ATOM}title")
            assert entry.findtext(f"{ATOM}summary")
            assert entry.find(f"{ATOM}link").get("href")
            seen.add(f"{path} {entry_id}")
        updated = [entry.findtext(f"{ATOM}updated") for entry in entries(root)]
        assert root.findtext(f"{ATOM}updated") == max(updated)
    assert len(seen) == sum(len(entries(parse(text))) for text in feeds.values())


def test_entity_feed_has_its_check_and_its_events(dataset):
    """Following an entry gives its latest check and every dated event, newest first."""
    root = parse(render_feeds(Graph(dataset))["organizations/acme-ai/feed.xml"])
    titles = [entry.findtext(f"{ATOM}title") for entry in entries(root)]
    assert titles == [
        "Acme AI (organization): checked 2026-11-29",
        "Acme AI: Series A",
        "Acme AI founded",
    ]
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries(root)]
    assert links == ["./", "./#timeline", "./#timeline"]
    assert root.findtext(f"{ATOM}title") == "AI Ecosystem Atlas: Acme AI"


def test_links_are_absolute_when_the_site_address_is_known(dataset):
    """With the published address, every link in a feed is absolute."""
    feeds = render_feeds(Graph(dataset), "https://atlas.example.org/")
    root = parse(feeds["feed.xml"])
    self_link = root.find(f"{ATOM}link[@rel='self']").get("href")
    assert self_link == "https://atlas.example.org/feed.xml"
    first = entries(root)[0].find(f"{ATOM}link").get("href")
    assert first == "https://atlas.example.org/hardware/acme-chip/"
    relative = parse(render_feeds(Graph(dataset))["feed.xml"])
    assert entries(relative)[0].find(f"{ATOM}link").get("href") == "hardware/acme-chip/"


def test_ids_are_stable_and_change_with_a_new_check(dataset, aged_data):
    """The same data gives byte-identical feeds; a new check date gives a new entry id."""
    first = render_feeds(Graph(dataset))
    assert first == render_feeds(Graph(load_dataset(aged_data)))
    recheck(aged_data, "organizations/acme-ai.yaml", "2026-11-28")
    second = render_feeds(Graph(load_dataset(aged_data)))
    old_ids = {
        e.findtext(f"{ATOM}id") for e in entries(parse(first["organizations/acme-ai/feed.xml"]))
    }
    new_ids = {
        e.findtext(f"{ATOM}id") for e in entries(parse(second["organizations/acme-ai/feed.xml"]))
    }
    assert len(old_ids - new_ids) == 1
    assert len(new_ids - old_ids) == 1


def test_data_text_is_escaped_in_feeds(write_data):
    """Markup in names and summaries is text in the feed, never markup."""
    data = write_data(
        {
            "sources/s.yaml": "id: s\ntitle: T\npublisher: P\ntype: news\nurl: https://news.example.org/a\n",
            "organizations/a.yaml": "id: a\nname: {en: '<b>A</b> & co'}\ntypes: [ai-developer]\n"
            "country: CN\nsummary: '<script>x</script>'\nsources: [s]\nlast_checked: 2026-11-29\n",
        }
    )
    text = render_feeds(Graph(load_dataset(data)))["feed.xml"]
    assert "<script>" not in text
    assert "<b>" not in text
    entry = entries(parse(text))[0]
    assert entry.findtext(f"{ATOM}title") == "<b>A</b> & co (organization): checked 2026-11-29"
    assert entry.findtext(f"{ATOM}summary") == "<script>x</script>"


def test_feed_text_and_links_are_escaped_as_xml():
    """Markup characters in titles, summaries and addresses reach a reader as written."""
    from atlas.render.feeds import _Entry, _FeedWriter

    tricky = 'R&D <lab> "quoted"\tand\nmore'
    entry = _Entry("k", tricky, "2026-01-01T00:00:00Z", 'a/?x=1&y="2"', tricky)
    text = _FeedWriter("https://atlas.example.org/").feed("feed.xml", tricky, "changes/", [entry])
    root = parse(text)
    assert root.findtext(f"{ATOM}title") == tricky
    assert entries(root)[0].findtext(f"{ATOM}summary") == tricky
    assert entries(root)[0].find(f"{ATOM}link").get("href") == (
        'https://atlas.example.org/a/?x=1&y="2"'
    )

"""Pages that stay light at any size (issue 19), on the benchmark's synthetic data.

Rendered (not built) at 1,500 and 3,000 entities: the largest generated page must not grow
when the data doubles, and splitting the whole-dataset pages must lose nothing. The built real
site is held to the bound itself in tests/render/test_site.py.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from pathlib import Path

import pytest

from atlas.bench import synth
from atlas.bench.sizes import largest_markdown
from atlas.graph import Graph, load_graph
from atlas.render.pages import render_pages

pytestmark = pytest.mark.slow

SMALL, LARGE = 1_500, 3_000
MARKDOWN_BOUND = 250_000
"""Bytes of the largest page's Markdown; its HTML is the same plus links' markup and the theme."""


def _render(tmp_path: Path, n: int) -> tuple[Graph, dict[str, str]]:
    data = tmp_path / f"n{n}" / "data"
    synth.write(synth.generate(n), data)
    graph = load_graph(data)
    return graph, render_pages(graph)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[int, tuple[Graph, dict[str, str]]]:
    """The synthetic data at both sizes, loaded and rendered."""
    folder = tmp_path_factory.mktemp("bounded")
    return {n: _render(folder, n) for n in (SMALL, LARGE)}


def test_largest_page_does_not_grow_with_the_data(rendered):
    """Twice the entities, and the largest page stays within a quarter of its size (a page
    listing the whole dataset would double) and under a fixed bound."""
    small = largest_markdown(rendered[SMALL][1])
    large = largest_markdown(rendered[LARGE][1])
    assert large.html_bytes <= 1.25 * small.html_bytes, (small, large)
    assert large.html_bytes <= MARKDOWN_BOUND, large


def _pages(pages: Mapping[str, str], pattern: str) -> dict[str, str]:
    return {path: text for path, text in pages.items() if re.fullmatch(pattern, path)}


def test_every_event_is_on_one_page_of_the_timeline(rendered):
    """The year pages list every event once; the timeline's index links every year page."""
    graph, pages = rendered[LARGE]
    years = _pages(pages, r"timeline/[0-9a-z-]+\.md")
    assert any("-" in path for path in years), "some year is long enough to be split"
    rows = [
        line
        for text in years.values()
        for line in text.split("## Events", 1)[1].splitlines()
        if re.match(r"\| \d{4}(-\d\d){0,2} \| ", line)
    ]
    assert len(rows) == len(graph.timeline)
    for path in years:
        assert f"]({path})" in pages["timeline.md"]
        assert "## Events {: #events }" in years[path]  # searchable, as the one page was


def test_an_entry_links_each_event_to_the_timeline_page_listing_it(rendered):
    """'2019-03' in an entry's timeline opens the year page (or part) that has that event."""
    graph, pages = rendered[LARGE]
    checked = 0
    for entity in list(graph.dataset.of("organizations").values())[:200]:
        text = pages[f"organizations/{entity.id}.md"].split("## Timeline", 1)[1]
        for date, target, event in re.findall(
            r"^\| \[([0-9-]+)\]\(\.\./(timeline/[0-9a-z-]+\.md)\) \| (.*?)<sup>", text, re.M
        ):
            assert f"| {date} | {event}<sup>" in pages[target], (entity.id, date, target)
            checked += 1
    assert checked > 200


def _linked(pages: Mapping[str, str], kind: str) -> set[str]:
    """Ids of the entries of `kind` that the pages link to (links resolved from each page)."""
    found = set()
    for path, text in pages.items():
        for target in re.findall(r"\]\(([^)#\s]+\.md)\)", text):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            folder, _, name = resolved.rpartition("/")
            if folder == kind:
                found.add(name.removesuffix(".md"))
    return found


def test_every_entry_is_reachable_from_its_index(rendered):
    """A long index links its letters' pages, which together link every entry of the kind."""
    graph, pages = rendered[LARGE]
    for kind in ("organizations", "models", "sources", "policies"):
        index = pages[f"{kind}/index.md"]
        letters = _pages(pages, rf"{kind}/a-z/[0-9a-z-]+\.md")
        if letters:
            assert all(f"](a-z/{Path(path).name})" in index for path in letters), kind
        linked = _linked({**letters, f"{kind}/index.md": index}, kind)
        assert linked >= set(graph.dataset.of(kind)), kind


def test_comparisons_lead_to_every_model_and_lab(rendered):
    """The models' year pages have a column for every model; the labs' pages list every lab."""
    graph, pages = rendered[LARGE]
    years = _pages(pages, r"compare/models/[0-9a-z-]+\.md")
    assert all(
        f"]({path.removeprefix('compare/')})" in pages["compare/models.md"] for path in years
    )
    assert _linked(years, "models") >= set(graph.dataset.of("models"))
    labs = _pages(pages, r"compare/us-china/labs-(us|cn)(-\d+)?\.md")
    developers = {
        org.id
        for org in graph.dataset.of("organizations").values()
        if "ai-developer" in org.types and org.country in ("US", "CN")
    }
    assert developers
    assert _linked(labs, "organizations") >= developers

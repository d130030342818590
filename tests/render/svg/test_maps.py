"""Relationship maps: every neighbour is drawn as a link to its page, in the direction of flow."""

import re

from atlas.graph.graph import Graph
from atlas.graph.relations import Relations
from atlas.load.loader import load_dataset
from atlas.render.svg.maps import MAX_PER_GROUP, graph_figure, neighbourhood_figure


def setup(data):
    relations = Relations(Graph(load_dataset(data)))
    return relations, relations.graph.dataset


def node_x(html, href):
    match = re.search(
        rf'<a href="{re.escape(href)}"[^>]*><g[^>]*><title>[^<]*</title><rect x="(\d+)', html
    )
    assert match, href
    return int(match.group(1))


def test_neighbourhood_links_every_neighbour_from_the_page(minimal_data):
    """Each box links to its entry with a URL relative to the page the map is on."""
    relations, dataset = setup(minimal_data)
    html = neighbourhood_figure(
        "organizations/acme-ai.md", relations.neighbourhood(dataset.get("organizations", "acme-ai"))
    )
    for href in ("../bright-capital/", "../../policies/chip-rule/", "../../models/acme-1/", "./"):
        assert f'<a href="{href}" tabindex="-1">' in html
    assert (
        node_x(html, "../bright-capital/")
        < node_x(html, "./")
        < node_x(html, "../../models/acme-1/")
    )
    assert 'class="atlas-node atlas-node--organizations atlas-node--centre"' in html
    assert "Investors" in html
    assert "Named by policies" in html


def test_big_groups_are_cut_and_counted(write_data):
    """A group with more neighbours than fit shows the first ones and '+ N more'."""
    investors = [f"fund-{n:02d}" for n in range(MAX_PER_GROUP + 3)]
    files = {
        "sources/s.yaml": "id: s\ntitle: T\npublisher: P\ntype: news\nurl: https://e.org/a\n",
        "organizations/a.yaml": "id: a\nname: {en: A}\ntypes: [ai-developer]\ncountry: CN\n"
        f"funding_rounds:\n  - date: 2024\n    investors: [{', '.join(investors)}]\n"
        "sources: [s]\nlast_checked: 2026-11-29\n",
    }
    for fund in investors:
        files[f"organizations/{fund}.yaml"] = (
            f"id: {fund}\nname: {{en: {fund}}}\ntypes: [venture-capital]\ncountry: CN\n"
            "sources: [s]\nlast_checked: 2026-11-29\n"
        )
    relations, dataset = setup(write_data(files))
    html = neighbourhood_figure(
        "organizations/a.md", relations.neighbourhood(dataset.get("organizations", "a"))
    )
    assert html.count('href="../fund-') == MAX_PER_GROUP - 1
    assert "+ 4 more (listed below)" in html


def test_whole_graph_draws_each_linked_entry_once_left_to_right(minimal_data):
    """Every linked entry is one box, in columns: issuers, policies, investors, companies, models."""
    relations, _ = setup(minimal_data)
    html = graph_figure("map.md", relations.all)
    linked = {(e.kind, e.id) for r in relations.all for e in (r.upstream, r.downstream)}
    assert html.count("<a href=") == len(linked)
    columns = [
        "../organizations/ministry/",
        "../policies/chip-rule/",
        "../organizations/bright-capital/",
        "../organizations/acme-ai/",
        "../models/acme-1/",
    ]
    xs = [node_x(html, href) for href in columns]
    assert xs == sorted(xs)
    assert len(set(xs)) == len(xs)
    assert node_x(html, "../models/acme-2/") == node_x(html, "../models/acme-1/")
    assert node_x(html, "../hardware/acme-chip/") == node_x(html, "../models/acme-1/")
    assert html.count('class="atlas-map__edge"') == len(relations.all)
    for heading in ("Issuers", "Policies", "Investors and owners", "Companies and labs"):
        assert f">{heading}</text>" in html


def test_maps_are_deterministic(minimal_data):
    """The same data draws the same map, byte for byte."""
    first, _ = setup(minimal_data)
    second, _ = setup(minimal_data)
    assert graph_figure("map.md", first.all) == graph_figure("map.md", second.all)

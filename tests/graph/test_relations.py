"""Relations: every reference between entries, once, from upstream to downstream, without sources."""

from atlas.graph.graph import Graph
from atlas.graph.relations import Relations
from atlas.load.loader import load_dataset


def relations_of(data):
    return Relations(Graph(load_dataset(data)))


def triples(relations):
    return {(r.upstream.id, r.field, r.downstream.id) for r in relations.all}


def test_references_become_relations_in_the_direction_of_flow(minimal_data):
    """Investor -> company, developer -> model, issuer -> policy, policy -> what it names."""
    assert triples(relations_of(minimal_data)) == {
        ("bright-capital", "investors", "acme-ai"),
        ("acme-ai", "developers", "acme-1"),
        ("acme-ai", "developers", "acme-2"),
        ("acme-1", "previous_version", "acme-2"),
        ("ministry", "issuers", "chip-rule"),
        ("chip-rule", "affects", "acme-ai"),
        ("acme-ai", "makers", "acme-chip"),
        ("acme-ai", "makers", "acme-chip-lite"),
        ("acme-chip", "variant_of.hardware", "acme-chip-lite"),
        ("chip-rule", "hardware.hardware", "acme-chip"),
        ("chip-rule", "hardware.hardware", "acme-chip-lite"),
    }


def test_lead_investors_are_not_counted_twice(write_data):
    """A lead investor is also an investor: the relation appears once."""
    data = write_data(
        {
            "sources/s.yaml": "id: s\ntitle: T\npublisher: P\ntype: news\nurl: https://e.org/a\n",
            "organizations/a.yaml": "id: a\nname: {en: A}\ntypes: [ai-developer]\ncountry: CN\n"
            "funding_rounds:\n  - date: 2024\n    investors: [b]\n    lead_investors: [b]\n"
            "sources: [s]\nlast_checked: 2026-11-29\n",
            "organizations/b.yaml": "id: b\nname: {en: B}\ntypes: [venture-capital]\ncountry: CN\n"
            "sources: [s]\nlast_checked: 2026-11-29\n",
        }
    )
    assert triples(relations_of(data)) == {("b", "investors", "a")}


def test_neighbourhood_groups_both_directions(minimal_data):
    """A company sees its investors and the policy naming it upstream, its models downstream."""
    relations = relations_of(minimal_data)
    acme = relations.graph.dataset.get("organizations", "acme-ai")
    hood = relations.neighbourhood(acme)
    upstream = {group.label: [e.id for e in group.entities] for group in hood.upstream}
    downstream = {group.label: [e.id for e in group.entities] for group in hood.downstream}
    assert upstream == {"Investors": ["bright-capital"], "Named by policies": ["chip-rule"]}
    assert downstream == {
        "Models": ["acme-1", "acme-2"],
        "Chips made": ["acme-chip", "acme-chip-lite"],
    }
    chip = relations.graph.dataset.get("hardware", "acme-chip-lite")
    chip_upstream = {
        g.label: [e.id for e in g.entities] for g in relations.neighbourhood(chip).upstream
    }
    assert chip_upstream == {
        "Made by": ["acme-ai"],
        "Rules naming it": ["chip-rule"],
        "Cut down from": ["acme-chip"],
    }
    investor = relations.graph.dataset.get("organizations", "bright-capital")
    assert [g.label for g in relations.neighbourhood(investor).downstream] == ["Invested in"]


def test_every_reference_is_a_neighbour_both_ways(minimal_data):
    """For each relation, each end lists the other among its neighbours."""
    relations = relations_of(minimal_data)
    for relation in relations.all:
        up = relations.neighbourhood(relation.upstream)
        down = relations.neighbourhood(relation.downstream)
        assert relation.downstream in [e for g in up.downstream for e in g.entities]
        assert relation.upstream in [e for g in down.upstream for e in g.entities]


def test_sources_are_not_relations(minimal_data):
    """Citations are not links between entries, and source pages get no map."""
    relations = relations_of(minimal_data)
    assert all(
        r.upstream.kind != "sources" and r.downstream.kind != "sources" for r in relations.all
    )
    source = relations.graph.dataset.get("sources", "acme-report")
    assert relations.neighbourhood(source).empty

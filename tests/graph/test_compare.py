"""The US-and-China comparison puts like beside like, from whatever entries the data holds."""

from atlas.graph.compare import by_country, counts, labs, policies_by_area, timeline
from atlas.graph.graph import Graph
from atlas.load.loader import load_dataset


def test_labs_with_their_models_and_funding(minimal_data):
    """A lab lists its models, its latest model and round, and which models have open weights."""
    graph = Graph(load_dataset(minimal_data))
    (lab,) = labs(graph, "CN")
    assert lab.organization.id == "acme-ai"
    assert lab.founded == "2019"
    assert [m.id for m in lab.models] == ["acme-1", "acme-2"]
    assert lab.latest_model.id == "acme-2"
    assert [m.id for m in lab.open_models] == ["acme-1"]
    assert lab.latest_round.name == "Series A"
    assert labs(graph, "US") == []


def test_policies_are_grouped_by_area_for_each_side(minimal_data):
    """Each area with a policy on either side is listed with both sides."""
    graph = Graph(load_dataset(minimal_data))
    areas = policies_by_area(graph)
    assert [
        (area.id, {code: [p.id for p in ps] for code, ps in sides.items()}) for area, sides in areas
    ] == [("other", {"US": ["chip-rule"], "CN": []})]


def test_counts_and_kinds_by_country(minimal_data):
    """The numbers table counts each side; models count for their developer's country."""
    graph = Graph(load_dataset(minimal_data))
    table = dict(counts(graph, ("organizations", "models", "policies")))
    assert table["Organizations"] == {"US": 1, "CN": 2}
    assert table["AI developers"] == {"US": 0, "CN": 1}
    assert table["Investors"] == {"US": 0, "CN": 1}
    assert table["Models"] == {"US": 0, "CN": 2}
    assert table["Models with open weights"] == {"US": 0, "CN": 1}
    assert table["Policies"] == {"US": 1, "CN": 0}
    assert [e.id for e in by_country(graph, "models")["CN"]] == ["acme-1", "acme-2"]


def test_timeline_interleaves_both_sides_newest_first(minimal_data):
    """One row per date, each side's events in its own column, newest date first."""
    graph = Graph(load_dataset(minimal_data))
    rows = timeline(graph)
    dates = [date for date, _ in rows]
    assert dates == sorted(dates, reverse=True)
    by_date = dict(rows)
    assert [e.entity.id for e in by_date["2024-01-05"]["US"]] == ["chip-rule"]
    assert [e.entity.id for e in by_date["2024-03"]["CN"]] == ["acme-ai"]

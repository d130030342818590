"""Charts: funding bars in their own currency with sourced USD, and a linked timeline."""

import re

from atlas.graph.graph import Graph
from atlas.load.loader import load_dataset
from atlas.render.svg.charts import funding_figure, timeline_figure

SOURCE = "sources/s.yaml", "id: s\ntitle: T\npublisher: P\ntype: news\nurl: https://e.org/a\n"


def company(write_data, rounds: str):
    data = write_data(
        {
            SOURCE[0]: SOURCE[1],
            "organizations/a.yaml": "id: a\nname: {en: A}\ntypes: [ai-developer]\ncountry: CN\n"
            f"funding_rounds:\n{rounds}sources: [s]\nlast_checked: 2026-11-29\n",
        }
    )
    return load_dataset(data).get("organizations", "a")


def test_one_panel_per_currency_oldest_first(write_data):
    """Bars are only compared within a currency; USD equivalents show where a source gives one."""
    org = company(
        write_data,
        "  - {date: 2024-05, name: B, amount: {amount: 300000000, currency: USD}}\n"
        "  - date: 2023-01\n    name: A\n    amount:\n      amount: 1000000000\n      currency: CNY\n"
        "      usd: {amount: 140000000, sources: [s]}\n"
        "  - {date: 2025, name: C, amount: {amount: 600000000, currency: USD}}\n",
    )
    html = funding_figure(org)
    assert "Amounts in Chinese yuan (CNY)" in html
    assert "Amounts in US dollars (USD)" in html
    assert "1 billion, about 140 million US dollars" in html
    widths = [
        float(w)
        for w in re.findall(r'class="atlas-chart__bar" |width="([\d.]+)" height="14"', html)
        if w
    ]
    assert widths == [220, 110, 220]
    assert html.index("2024-05 · B") < html.index("2025 · C")


def test_disputed_amounts_show_as_a_range(write_data):
    """When sources give different figures the bar ends in a lighter range and says so."""
    org = company(
        write_data,
        "  - date: 2024\n    amount:\n      disputed:\n"
        "        - {value: {amount: 100000000, currency: USD}, sources: [s]}\n"
        "        - {value: {amount: 120000000, currency: USD}, sources: [s]}\n"
        "      note: differ\n",
    )
    html = funding_figure(org)
    assert "atlas-chart__bar--range" in html
    assert "100–120 million (sources differ)" in html


def test_no_figure_no_chart(write_data):
    """A company whose rounds have no amount gets no chart."""
    org = company(write_data, "  - {date: 2024, amount: {wording: undisclosed, currency: USD}}\n")
    assert funding_figure(org) == ""


def test_timeline_links_each_event_and_names_its_lanes(minimal_data):
    """Each dot links to its entry; each lane is named; the caption points to the table."""
    graph = Graph(load_dataset(minimal_data))
    html = timeline_figure("timeline.md", [("All", graph.timeline)], "the table below")
    assert html.count("<a href=") == len(graph.timeline)
    assert 'href="../organizations/acme-ai/"' in html
    assert ">All</text>" in html
    assert "The table below lists every event with its sources." in html


def test_timeline_shows_recent_years_and_counts_the_rest(write_data):
    """Events long before the others are left to the table, and the caption says how many."""
    data = write_data(
        {
            SOURCE[0]: SOURCE[1],
            "organizations/old.yaml": "id: old\nname: {en: Old}\ntypes: [university]\ncountry: CN\n"
            "founded: 1911\nsources: [s]\nlast_checked: 2026-11-29\n",
            "organizations/new.yaml": "id: new\nname: {en: New}\ntypes: [ai-developer]\ncountry: CN\n"
            "founded: 2024-03-02\nsources: [s]\nlast_checked: 2026-11-29\n",
        }
    )
    graph = Graph(load_dataset(data))
    html = timeline_figure("timeline.md", [("China", graph.timeline)], "the table below")
    assert html.count("<a href=") == 1
    assert "including 1 before 2013" in html


def test_timeline_stacks_close_events_and_names_kinds(minimal_data):
    """Events too close to share a spot stack instead of overlapping; a legend names each kind."""
    graph = Graph(load_dataset(minimal_data))
    html = timeline_figure("timeline.md", [("All", graph.timeline)], "the table below")
    spots = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', html)
    linked = spots[: len(graph.timeline)]
    assert len(set(linked)) == len(linked)
    for label in (">organization</text>", ">model</text>", ">policy</text>"):
        assert label in html

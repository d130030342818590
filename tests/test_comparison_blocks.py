"""Cells of the comparison and download pages: compact, cited, and empty only when unknown."""

import pytest

from atlas.graph.compare import labs
from atlas.graph.graph import Graph
from atlas.load.loader import load_dataset
from atlas.render.context import PageContext
from atlas.render.reader import Reader, Site


def reader_for(data, path="compare/us-china.md"):
    graph = Graph(load_dataset(data))
    return Reader(PageContext(path, graph), Site(graph)), graph


def test_latest_round_is_compact_and_cited(minimal_data):
    """A lab's latest round: date, name and amount with citations, without the long notes."""
    reader, graph = reader_for(minimal_data)
    acme = graph.dataset.get("organizations", "acme-ai")
    text = reader.round_summary(acme, acme.funding_rounds[-1])
    assert text.startswith("2024-03, Series A: 100 million yuan<sup>[[1]](#ref-1)")
    assert reader.round_summary(acme, None) == ""


def test_disputed_amounts_are_both_shown(write_data):
    """When sources give two amounts, both are shown and marked as differing."""
    data = write_data(
        {
            "sources/s.yaml": "id: s\ntitle: T\npublisher: P\ntype: news\nurl: https://e.org/a\n",
            "sources/t.yaml": "id: t\ntitle: U\npublisher: Q\ntype: news\nurl: https://e.org/b\n",
            "organizations/a.yaml": "id: a\nname: {en: A}\ntypes: [ai-developer]\ncountry: US\n"
            "funding_rounds:\n  - date: 2024\n    amount:\n      disputed:\n"
            "        - {value: {amount: 6000000000, currency: USD}, sources: [s]}\n"
            "        - {value: {amount: 5000000000, currency: USD}, sources: [t]}\n"
            "      note: differ\nsources: [s, t]\nlast_checked: 2026-11-29\n",
        }
    )
    reader, graph = reader_for(data)
    org = graph.dataset.get("organizations", "a")
    text = reader.round_summary(org, org.funding_rounds[0])
    assert "US$6 billion or US$5 billion (sources differ)" in text
    assert "[[1]](#ref-1)" in text
    assert "[[2]](#ref-2)" in text


def test_open_weights_counts_the_labs_models(minimal_data):
    """'yes (1 of 2 models)' when some of a lab's models have downloadable weights."""
    reader, graph = reader_for(minimal_data)
    (lab,) = labs(graph, "CN")
    assert reader.open_weights(lab) == "yes (1 of 2 models)"


def test_policy_date_is_its_first_recorded_step(minimal_data):
    """A policy is dated by the first step the atlas records (here: when it was signed)."""
    reader, graph = reader_for(minimal_data)
    assert reader.policy_date(graph.dataset.get("policies", "chip-rule")) == "signed 2024-01-05"


def test_side_cells_follow_the_column_order(minimal_data):
    """Cells list the United States first, then China, like the header."""
    reader, _ = reader_for(minimal_data)
    assert reader.side_names() == "United States | China"
    assert reader.side_cells({"CN": 2, "US": 1}) == "1 | 2"


def test_model_rows_leave_out_fields_no_model_has(minimal_data):
    """A row appears only if at least one model has that field."""
    reader, graph = reader_for(minimal_data, "compare/models.md")
    models = [graph.dataset.get("models", "acme-1"), graph.dataset.get("models", "acme-2")]
    rows = dict(reader.model_rows(models))
    assert rows["Weights"] == ["open weights", ""]
    assert rows["Previous version"] == ["", "[Acme-1](../models/acme-1.md)"]
    assert "Architecture" not in rows


@pytest.mark.parametrize(
    ("size", "words"), [(900, "900 bytes"), (34_400, "34 KB"), (1_250_000, "1.2 MB")]
)
def test_sizes_in_words(minimal_data, size, words):
    """File sizes read as bytes, KB or MB."""
    reader, _ = reader_for(minimal_data, "downloads.md")
    assert reader.size(size) == words


def test_download_descriptions(minimal_data):
    """Known files and each kind's CSV say what they hold."""
    reader, _ = reader_for(minimal_data, "downloads.md")
    assert reader.download_description("hardware.csv").startswith("hardware: one row per entry")
    assert "funding round" in reader.download_description("funding-rounds.csv")
    assert reader.download_description("unknown.txt") == ""

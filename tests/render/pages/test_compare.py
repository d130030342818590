"""Cells of the comparison and download pages: compact, cited, and empty only when unknown."""

import pytest

from atlas.graph import load_graph
from atlas.graph.compare import labs
from atlas.graph.relations import Relations
from atlas.render.context import PageContext
from atlas.render.pages.compare import open_weights, policy_date, round_summary
from atlas.render.pages.data import Download
from atlas.render.pages.entry import Site
from atlas.render.pages.models_compare import model_rows


def page_for(data, path="compare/us-china.md"):
    graph = load_graph(data)
    return PageContext(path, graph), graph


def test_latest_round_is_compact_and_cited(minimal_data):
    """A lab's latest round: date, name and amount with citations, without the long notes."""
    page, graph = page_for(minimal_data)
    acme = graph.dataset.get("organizations", "acme-ai")
    text = round_summary(page, acme, acme.funding_rounds[-1])
    assert text.startswith("2024-03, Series A: 100 million Chinese yuan<sup>[[1]](#ref-1)")
    assert round_summary(page, acme, None) == ""


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
    page, graph = page_for(data)
    org = graph.dataset.get("organizations", "a")
    text = round_summary(page, org, org.funding_rounds[0])
    assert "6 billion US dollars or 5 billion US dollars (sources differ)" in text
    assert "[[1]](#ref-1)" in text
    assert "[[2]](#ref-2)" in text


def test_open_weights_counts_the_labs_models(minimal_data):
    """'yes (1 of 2 models)' when some of a lab's models have downloadable weights."""
    _, graph = page_for(minimal_data)
    (lab,) = labs(graph, "CN")
    assert open_weights(lab) == "yes (1 of 2 models)"


def test_policy_date_is_its_first_recorded_step(minimal_data):
    """A policy is dated by the first step the atlas records (here: when it was signed)."""
    _, graph = page_for(minimal_data)
    assert policy_date(graph.dataset.get("policies", "chip-rule")) == "signed 2024-01-05"


def test_model_rows_leave_out_fields_no_model_has(minimal_data):
    """A row appears only if at least one model has that field."""
    page, graph = page_for(minimal_data, "compare/models.md")
    site = Site(graph, Relations(graph), None, None)
    models = [graph.dataset.get("models", "acme-1"), graph.dataset.get("models", "acme-2")]
    rows = {row[0]: list(row[1:]) for row in model_rows(site, page, models)}
    assert rows["Weights"] == ["open weights", ""]
    assert rows["Previous version"] == ["", "[Acme-1](../models/acme-1.md)"]
    assert "Architecture" not in rows


@pytest.mark.parametrize(
    ("size", "words"), [(900, "900 Bytes"), (34_400, "34.4 kB"), (1_250_000, "1.2 MB")]
)
def test_sizes_in_words(size, words):
    """File sizes read as Jinja's filesizeformat writes them (decimal units)."""
    assert Download("downloads/x.csv", "x.csv", size, None).size_text == words


def test_download_descriptions():
    """Known files and each kind's CSV say what they hold."""

    def described(name: str) -> str:
        return Download(f"downloads/{name}", name, 1, None).description

    assert described("hardware.csv").startswith("hardware: one row per entry")
    assert "funding round" in described("funding-rounds.csv")
    assert described("unknown.txt") == ""

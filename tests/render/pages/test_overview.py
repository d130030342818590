"""The reader's extra pages: tags, the relationship map, the comparisons and the downloads."""

from atlas.graph import load_graph
from atlas.graph.relations import Relations
from atlas.render.pages.overview import most_linked
from atlas.render.site import render_site


def test_tag_pages_list_their_entries(minimal_data):
    """A tag's page lists every entry with that tag; the tags page links every tag."""
    pages = render_site(load_graph(minimal_data))
    china = pages["tags/china.md"]
    for link in (
        "../organizations/acme-ai.md",
        "../organizations/bright-capital.md",
        "../models/acme-1.md",
    ):
        assert f"]({link})" in china
    assert "../policies/chip-rule.md" not in china
    assert "- [China](china.md) (6)" in pages["tags/index.md"]


def test_map_page_lists_every_link(minimal_data):
    """The whole map has a table with one row per link between entries."""
    page = render_site(load_graph(minimal_data))["map.md"]
    assert (
        "| [Bright Capital](organizations/bright-capital.md) | organization | invested in "
        "| [Acme AI](organizations/acme-ai.md) | organization |"
    ) in page
    links = page.split("## Every link", 1)[1]
    assert len([line for line in links.splitlines() if line.startswith("| [")]) == 11


def test_us_china_page_compares_like_with_like(minimal_data):
    """Labs of each side, policies by area for both sides, and a table of counts."""
    page = render_site(load_graph(minimal_data))["compare/us-china.md"]
    assert "| Entries | United States | China |" in page
    assert "| Organizations | 1 | 2 |" in page
    assert "### China {: #labs-cn }" in page
    assert "| [Acme AI](../organizations/acme-ai.md) | 2019 |" in page
    assert "The atlas has no AI developer from United States yet." in page
    assert "| [Other policies](us-china/area-other.md) | 1 | 0 |" in page
    assert "[All 1 lab of China](us-china/labs-cn.md), by name." in page
    assert "| [2024](us-china/2024.md) | 2 | 2 |" in page


def test_us_china_pages_list_what_the_summary_counts(minimal_data):
    """Each area, side's labs and year the summary links to has a page listing them."""
    pages = render_site(load_graph(minimal_data))
    area = pages["compare/us-china/area-other.md"]
    assert "- [Rule on chips](../../policies/chip-rule.md): final rule, signed 2024-01-05" in area
    assert (
        "| [Acme AI](../../organizations/acme-ai.md) | 2019 |"
        in pages["compare/us-china/labs-cn.md"]
    )
    year = pages["compare/us-china/2024.md"]
    assert year.count("](../../policies/chip-rule.md)") >= 1
    assert "[the United States and China, side by side](../us-china.md)" in year


def test_model_comparison_has_a_page_per_year_and_a_column_per_model(minimal_data):
    """The summary links each year; a year's page has a column per model, a row per field."""
    pages = render_site(load_graph(minimal_data))
    assert "| [2024](models/2024.md) | 1 | 0 |" in pages["compare/models.md"]
    assert "| [2023](models/2023.md) | 1 | 1 |" in pages["compare/models.md"]
    first, second = pages["compare/models/2023.md"], pages["compare/models/2024.md"]
    assert "| Field | [Acme-1](../../models/acme-1.md) |" in first
    assert "| Weights | open weights |" in first
    assert "| Previous version | [Acme-1](../../models/acme-1.md) |" in second
    assert "| Architecture |" not in first + second


def test_downloads_page_lists_the_files_with_sizes(minimal_data):
    """The downloads page links each data file with its size, and each published schema."""
    files = render_site(load_graph(minimal_data), schemas={"model.schema.json": '{"a": 1}\n'})
    page = files["downloads.md"]
    size = len(files["downloads/atlas.json"].encode())
    assert (
        f"| [atlas.json](downloads/atlas.json) | every entry of every kind, with all its facts and their sources | {size / 1000:.1f} kB |  |"
        in page
    )
    assert "| [organizations.csv](downloads/organizations.csv) |" in page
    assert "- [model.schema.json](downloads/schemas/model.schema.json) (9 Bytes)" in page


def test_downloads_page_says_when_there_is_no_schema(minimal_data):
    """Without committed schema files the page says they are not part of the build."""
    page = render_site(load_graph(minimal_data))["downloads.md"]
    assert "The JSON Schema files of the data are not part of this build." in page


def test_map_of_a_large_atlas_draws_its_most_linked_part(minimal_data):
    """Past the limit the map grows one connected part from the most linked entry."""
    relations = Relations(load_graph(minimal_data)).all
    assert most_linked(relations, 100) == relations
    drawn = most_linked(relations, 3)
    keys = {r.upstream.id for r in drawn} | {r.downstream.id for r in drawn}
    assert len(keys) == 3
    assert "acme-ai" in keys  # the entry with the most links
    assert all(r in relations for r in drawn)
    assert drawn == most_linked(relations, 3)

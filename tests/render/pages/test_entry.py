"""Reader blocks on every generated page: kind and tags, map, citation and machine metadata."""

import re

import yaml

from atlas.graph import load_graph
from atlas.render.pages import render_pages


def front_matter(page: str) -> dict:
    assert page.startswith("---\n")
    return yaml.safe_load(page.split("---\n", 2)[1])


def test_every_generated_page_has_metadata_and_a_citation(minimal_data):
    """Each page's front matter is valid YAML with JSON-LD, and each page ends with 'Cite this page'."""
    pages = render_pages(load_graph(minimal_data))
    for path, page in pages.items():
        if not path.endswith(".md"):
            continue
        meta = front_matter(page)
        assert meta["atlas"]["jsonld"]["@context"] == "https://schema.org", path
        assert meta["atlas"]["og_type"] in ("article", "website"), path
        assert "## Cite this page {: #cite data-search-exclude }" in page, path


def test_entry_pages_carry_their_kind_country_and_names_for_search(minimal_data):
    """Search shows an entry's kind and country (its first search tags) and matches every name it
    goes by; sources carry only their kind, and count far less."""
    pages = render_pages(load_graph(minimal_data))
    acme = front_matter(pages["organizations/acme-ai.md"])
    assert acme["tags"] == ["Organization", "China", "Acme AI", "艾克米"]
    assert acme["atlas_names"] == ["Acme AI", "艾克米"]
    assert acme["atlas_country"] == "China"
    assert acme["search"] == {"boost": 8}
    bright = front_matter(pages["organizations/bright-capital.md"])
    assert "Dim Capital" in bright["atlas_names"], "a former name is a name to search by"
    assert front_matter(pages["models/acme-1.md"])["tags"][:2] == ["Model", "China"]
    source = front_matter(pages["sources/acme-report.md"])
    assert source["tags"] == ["Source"]
    assert source["search"] == {"boost": 0.1}
    assert "atlas_names" not in source
    body = pages["organizations/bright-capital.md"].split("---\n", 2)[2]
    lead = body.split("\n\n")[1]
    assert lead == (
        "**Organization** · [China](../tags/china.md) · [venture capital](../tags/venture-capital.md)"
        " · formerly Dim Capital\n{: .atlas-lead }"
    )


def test_markup_in_data_never_reaches_the_front_matter_as_markup(write_data):
    """Names with markup are escaped in the JSON-LD written to the front matter."""
    data = write_data(
        {
            "sources/s.yaml": "id: s\ntitle: T\npublisher: P\ntype: news\nurl: https://e.org/a\n",
            "organizations/a.yaml": "id: a\nname: {en: '</script><b>x</b>'}\ntypes: [ai-developer]\n"
            "country: CN\nsources: [s]\nlast_checked: 2026-11-29\n",
        }
    )
    page = render_pages(load_graph(data))["organizations/a.md"]
    head = page.split("---\n", 2)[1]
    assert "<" not in head
    assert front_matter(page)["atlas"]["jsonld"]["name"] == "</script><b>x</b>"


def test_connections_list_every_neighbour_as_a_link(minimal_data):
    """Under the map, each neighbour is a Markdown link (the map's text alternative)."""
    page = render_pages(load_graph(minimal_data))["organizations/acme-ai.md"]
    section = page.split("## Connections", 1)[1].split("\n## ", 1)[0]
    assert "- Investors: [Bright Capital](bright-capital.md)" in section
    assert "- Named by policies: [Rule on chips](../policies/chip-rule.md)" in section
    assert "- Models: [Acme-1](../models/acme-1.md), [Acme-2](../models/acme-2.md)" in section
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="atlas-map"' in section


def test_entry_pages_link_their_json(minimal_data):
    """An entry's page links to its own data file next to it."""
    page = render_pages(load_graph(minimal_data))["models/acme-1.md"]
    assert "[acme-1.json](acme-1.json)" in page


def test_citation_uses_the_site_address_when_given(minimal_data):
    """With a site address, citations and JSON-LD name the page's full URL."""
    pages = render_pages(load_graph(minimal_data), site_url="https://atlas.example/")
    page = pages["organizations/acme-ai.md"]
    assert "data as of 2026-11-29. https://atlas.example/organizations/acme-ai/</p>" in page
    assert front_matter(page)["atlas"]["jsonld"]["mainEntityOfPage"] == (
        "https://atlas.example/organizations/acme-ai/"
    )
    assert not re.search(r"site_url</code> is not set", page)

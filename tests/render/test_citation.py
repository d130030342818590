"""Citing a page: the date of its data, and the citation as text, BibTeX and an escaped block."""

from atlas.load.loader import load_dataset
from atlas.render.citation import Citation, citation, data_date
from atlas.render.environment import render_fragment
from atlas.render.jsonld import absolute_url


def cite_html(cite: Citation) -> str:
    return str(render_fragment("cite.html.j2", cite=cite))


def test_data_date_is_the_newest_check(minimal_data):
    """The date a page cites comes from the data (newest check), never from the clock."""
    dataset = load_dataset(minimal_data)
    assert data_date(dataset) == "2026-11-29"
    assert data_date([]) is None


def test_citation_with_a_site_address():
    """With an address, the citation gives the full URL of the page and the data's date."""
    cite = citation(
        "Zhipu AI",
        "organization profile",
        "2026-11-29",
        "organizations/zhipu-ai.md",
        "https://atlas.example/",
    )
    assert cite.text == (
        'AI Ecosystem Atlas contributors. "Zhipu AI." AI Ecosystem Atlas, organization profile, '
        "data as of 2026-11-29. https://atlas.example/organizations/zhipu-ai/"
    )
    assert "url = {https://atlas.example/organizations/zhipu-ai/}" in cite.bibtex
    assert "year = {2026}" in cite.bibtex
    assert "site_url" not in cite_html(cite)


def test_citation_without_a_site_address_says_so():
    """Without an address the citation gives the path and explains why."""
    cite = citation("A & B", "tag page", None, "tags/china.md", None)
    assert cite.text.endswith("AI Ecosystem Atlas, tag page. /tags/china/")
    html = cite_html(cite)
    assert "<code>site_url</code> is not set" in html
    assert "A &amp; B" in html
    assert absolute_url(None, "index.md") is None


def test_chinese_in_a_citation_is_marked():
    """A Chinese title in the citation and its BibTeX is marked lang="zh"."""
    html = cite_html(citation("模型弃用 (Model deprecations)", "source record", None, "x.md", None))
    assert '&quot;<span lang="zh">模型弃用</span> (Model deprecations).&quot;' in html
    assert "<script>" not in cite_html(citation("<script>", "x", None, "x.md", None))
    assert 'title = {<span lang="zh">模型弃用</span> (Model deprecations)}' in html
    assert absolute_url("https://a.example/sub", "index.md") == "https://a.example/sub/"

import re

import pytest

from atlas.graph import load_graph
from atlas.graph.graph import Graph
from atlas.load.loader import load_dataset
from atlas.render.context import PageContext
from atlas.render.pages import render_pages
from atlas.schema.common import Citation


def test_every_entity_and_index_gets_a_page(minimal_data):
    """Every entity, index, timeline, recent changes, feeds, home and the reader's pages."""
    pages = render_pages(load_graph(minimal_data))
    assert sorted(pages) == [
        "changes.md",
        "compare/models.md",
        "compare/models/2023.md",
        "compare/models/2024.md",
        "compare/us-china.md",
        "compare/us-china/2019.md",
        "compare/us-china/2023.md",
        "compare/us-china/2024.md",
        "compare/us-china/area-other.md",
        "compare/us-china/labs-cn.md",
        "downloads.md",
        "feed.xml",
        "hardware/acme-chip-lite.md",
        "hardware/acme-chip-lite/feed.xml",
        "hardware/acme-chip.md",
        "hardware/acme-chip/feed.xml",
        "hardware/index.md",
        "index.md",
        "map.md",
        "models/acme-1.md",
        "models/acme-1/feed.xml",
        "models/acme-2.md",
        "models/acme-2/feed.xml",
        "models/index.md",
        "organizations/acme-ai.md",
        "organizations/acme-ai/feed.xml",
        "organizations/bright-capital.md",
        "organizations/bright-capital/feed.xml",
        "organizations/index.md",
        "organizations/ministry.md",
        "organizations/ministry/feed.xml",
        "policies/chip-rule.md",
        "policies/chip-rule/feed.xml",
        "policies/index.md",
        "sources/acme-report.md",
        "sources/index.md",
        "sources/rule-text.md",
        "tags/ai-developer.md",
        "tags/china.md",
        "tags/government.md",
        "tags/index.md",
        "tags/open-weights.md",
        "tags/united-states.md",
        "tags/venture-capital.md",
        "timeline.md",
        "timeline/2019.md",
        "timeline/2023.md",
        "timeline/2024.md",
    ]


def test_rendering_is_deterministic(minimal_data):
    """The same data must render to identical pages."""
    dataset = load_dataset(minimal_data)
    assert render_pages(Graph(dataset)) == render_pages(load_graph(minimal_data))


def test_relations_are_shown_from_both_sides(minimal_data):
    """An investor lists the round it joined; a model lists its successor; a company its policy."""
    pages = render_pages(load_graph(minimal_data))
    assert (
        "| [Acme AI](acme-ai.md) | 2024-03 | Series A" in pages["organizations/bright-capital.md"]
    )
    assert "| Succeeded by | [Acme-2](acme-2.md) |" in pages["models/acme-1.md"]
    assert (
        "| [Rule on chips](../policies/chip-rule.md) | added to a list"
        in pages["organizations/acme-ai.md"]
    )
    assert (
        "- [Acme AI](../organizations/acme-ai.md) (organization)" in pages["sources/acme-report.md"]
    )


def test_citations_are_numbered_per_page_and_listed(minimal_data):
    """Each page numbers its sources from 1 in order of use and lists them under References."""
    page = render_pages(load_graph(minimal_data))["policies/chip-rule.md"]
    numbers = re.findall(r"\[\[(\d+)\]\]\(#ref-(\d+)\)", page)
    assert numbers
    assert all(a == b for a, b in numbers)
    assert '1. <span id="ref-1"></span>[The rule](../sources/rule-text.md)' in page


def test_citation_marks_have_a_spoken_name(minimal_data):
    """A mark reads "[1]" on screen; its accessible name is "Source 1", its title the source."""
    graph = Graph(load_dataset(minimal_data))
    marks = PageContext("policies/chip-rule.md", graph).cite(
        [Citation(id="rule-text"), Citation(id="acme-report")]
    )
    assert marks.startswith('<sup>[[1]](#ref-1){: title="Source 1: ')
    assert 'aria-label="Source 1" }' in marks
    assert 'aria-label="Source 2" }</sup>' in marks


def test_quotes_show_in_the_tooltip_and_under_their_source(minimal_data):
    """A quote is in its mark's tooltip, made safe, and listed once under its source's reference."""
    graph = Graph(load_dataset(minimal_data))
    page = PageContext("policies/chip-rule.md", graph)
    quoted = Citation(id="rule-text", quote='The rule "takes effect" on [1 February] 2024.')
    marks = page.cite([quoted]) + page.cite([quoted, Citation(id="acme-report")])
    assert (
        'title="Source 1: Ministry of Examples, The rule. '
        'Quote: The rule takes effect on (1 February) 2024."'
    ) in marks
    assert [(number, source.id, quotes) for number, source, quotes in page.references()] == [
        (1, "rule-text", [quoted]),
        (2, "acme-report", []),
    ]


def test_a_fact_resting_only_on_secondary_reports_is_marked(write_data):
    """A key fact whose every source is a secondary report reads 'weakly sourced'; one news source lifts it."""
    data = write_data(
        {
            "sources/wiki.yaml": "id: wiki\ntitle: An encyclopedia entry\npublisher: Example Wiki\n"
            "type: secondary\nurl: https://wiki.example.org/acme\n",
            "sources/daily.yaml": "id: daily\ntitle: Acme raises money\npublisher: Example Daily\n"
            "type: news\nurl: https://news.example.org/acme\n",
            "organizations/acme.yaml": "id: acme\nname: {en: Acme}\ntypes: [ai-developer]\n"
            "country: US\nfounded: {value: 2019, sources: [wiki]}\n"
            "headquarters: {value: Springfield, sources: [wiki, daily]}\n"
            "sources: [daily]\nlast_checked: 2026-11-29\n",
        }
    )
    graph = Graph(load_dataset(data))
    acme = graph.dataset.get("organizations", "acme")
    page = PageContext("organizations/acme.md", graph)
    assert page.fact(acme, acme.founded).endswith("</sup> *(weakly sourced)*")
    assert "weakly sourced" not in page.fact(acme, acme.headquarters)


def test_a_copy_not_compared_with_the_publisher_is_said_so(write_data):
    """A source read on a copy whose wording was not checked says so beside the citation and on
    its own page; a compared copy does not carry the warning."""
    copy = "read_at: {{url: https://mirror.example.org/a, publisher: A mirror, compared: {}}}\n"
    data = write_data(
        {
            "sources/wire.yaml": "id: wire\ntitle: Acme raises money\npublisher: Example Wire\n"
            "type: news\n" + copy.format("false"),
            "sources/reprint.yaml": "id: reprint\ntitle: Acme's backers\npublisher: Example Wire\n"
            "type: news\n" + copy.format("true"),
            "organizations/acme.yaml": "id: acme\nname: {en: Acme}\ntypes: [ai-developer]\n"
            "country: US\nfounded: {value: 2019, sources: [wire]}\n"
            "headquarters: {value: Springfield, sources: [reprint]}\n"
            "sources: [wire]\nlast_checked: 2026-11-29\n",
        }
    )
    pages = render_pages(load_graph(data))
    references = pages["organizations/acme.md"].split("## References", 1)[1]
    lines = [line for line in references.splitlines() if "Read as a copy" in line]
    wire, reprint = (
        next(line for line in lines if f"[{title}]" in line)
        for title in ("Acme raises money", "Acme's backers")
    )
    assert wire.endswith("(its wording was not compared with the publisher's)")
    assert "not compared" not in reprint
    row = '<th scope="row">Copy compared with the publisher\'s text</th><td markdown="span">'
    assert (
        row + "no: quotes may not be the publisher's exact words</td>" in pages["sources/wire.md"]
    )
    assert row + "yes</td>" in pages["sources/reprint.md"]


def test_links_are_relative_to_the_page(minimal_data):
    """Links work from pages at any depth."""
    graph = Graph(load_dataset(minimal_data))
    org = graph.dataset.get("organizations", "acme-ai")
    assert PageContext("timeline.md", graph).link(org) == "[Acme AI](organizations/acme-ai.md)"
    assert (
        PageContext("models/acme-1.md", graph).link(org) == "[Acme AI](../organizations/acme-ai.md)"
    )


def test_hostile_text_is_escaped(write_data):
    """Markup in data must be shown, not executed, on every page that shows it."""
    data = write_data(
        {
            "sources/s1.yaml": "id: s1\ntitle: '<img src=x onerror=alert(1)>'\npublisher: '[x](javascript:alert(1))'\n"
            "type: news\nurl: https://news.example.org/a\n",
            "organizations/a.yaml": "id: a\nname: {en: '<script>alert(1)</script>'}\ntypes: [ai-developer]\n"
            "country: CN\nsummary: '{{ 7*7 }} {% if x %} **b** <b>x</b>'\nsources: [s1]\nlast_checked: 2026-11-29\n",
        }
    )
    pages = render_pages(load_graph(data))
    text = "\n".join(pages.values())
    assert "<script>" not in text
    assert "<img" not in text
    assert "<b>" not in text
    bodies = "\n".join(
        page.split("\n---\n", 1)[1] for path, page in pages.items() if path.endswith(".md")
    )
    assert "](javascript:" not in bodies
    assert "&#123;&#123; 7*7 &#125;&#125;" not in text
    assert "&#123;&#123; 7&#42;7 &#125;&#125;" in text


@pytest.mark.golden_test("goldens/render/*.yml")
def test_render_golden(golden, write_data):
    """Rendered Markdown for small data sets must match the reviewed goldens."""
    pages = render_pages(load_graph(write_data(golden["input"])))
    assert {path: pages[path] for path in golden["output"]} == golden.out["output"]

"""Every reader, whatever they read with: axe-core finds no serious or critical problem on each
kind of page in both palettes, a keyboard alone reaches and works everything, and a screen
reader hears citations and tables with names.

axe-core is the npm package pinned in package-lock.json (`npm ci` installs it); it is read from
node_modules and injected into each page, so no test loads anything from another host. The full
results are kept in test-artifacts/axe/ for the record.
"""

from __future__ import annotations

import itertools
import json
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import ARTIFACTS, ROOT
from .test_reading import search

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
FAILING = ("serious", "critical")
"""Impacts that fail a test; moderate and minor ones are recorded in the artifacts."""

PAGES = {
    "home": "",
    "organizations-index": "organizations/",
    "organization": "organizations/zhipu-ai/",
    "model": "models/glm-4-5/",
    "policy": "policies/bis-2023-10-17-advanced-computing-rules/",
    "source": "sources/scmp-zhipu-342m/",
    "hardware": "hardware/nvidia-h20/",
    "compare-us-china": "compare/us-china/",
    "compare-models": "compare/models/",
    "timeline": "timeline/",
    "timeline-year": "timeline/2024/",
    "compare-us-china-year": "compare/us-china/2024/",
    "compare-models-year": "compare/models/2024/",
    "sources-letter": "sources/a-z/s/",
    "map": "map/",
    "explainer": "explainers/two-ai-ecosystems/",
}


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """The pinned axe-core script (installed by `npm ci`)."""
    if AXE.is_file():
        return AXE
    message = f"axe-core is not installed at {AXE} (run: npm ci)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message}; in CI it must be installed", pytrace=False)
    pytest.skip(message)


def run_axe(page: Page, axe_script: Path, name: str) -> list[dict]:
    """Run axe-core on the page as it is now; keep all results, return the failing ones."""
    page.add_script_tag(path=str(axe_script))
    results = page.evaluate(
        """async () => {
          const result = await axe.run(document, {resultTypes: ["violations"]});
          return result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary})),
          }));
        }"""
    )
    folder = ARTIFACTS / "axe"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(
        json.dumps(results, indent=1, ensure_ascii=False, sort_keys=True), encoding="utf-8"
    )
    return [violation for violation in results if violation["impact"] in FAILING]


def _report(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['impact']} {violation['id']}: {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {node['target']}: {' '.join(node['summary'].split())[:300]}")
    return "\n".join(lines)


@pytest.fixture(params=["light", "dark"])
def palette_page(request: pytest.FixtureRequest) -> tuple[str, Page]:
    """The same test in the light palette and the dark one (chosen by the system preference)."""
    view = request.getfixturevalue("page" if request.param == "light" else "dark_page")
    return request.param, view


def _check_palette(view: Page, palette: str) -> None:
    expected = "slate" if palette == "dark" else "default"
    expect(view.locator("body")).to_have_attribute("data-md-color-scheme", expected)


@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_accessibility_problems(palette_page, base_url: str, axe_script, name: str):
    """axe-core reports no serious or critical violation on each kind of page."""
    palette, view = palette_page
    view.goto(base_url + PAGES[name])
    _check_palette(view, palette)
    failing = run_axe(view, axe_script, f"{palette}-{name}")
    assert failing == [], _report(failing)


def test_no_serious_accessibility_problems_with_search_results_open(
    palette_page, base_url: str, axe_script
):
    """The search dialog, open with results in Chinese and English, passes axe-core too."""
    palette, view = palette_page
    search(view, base_url, "智谱 Zhipu")
    _check_palette(view, palette)
    expect(view.locator(".md-search")).to_have_attribute("aria-label", "Search")
    failing = run_axe(view, axe_script, f"{palette}-search-results")
    assert failing == [], _report(failing)


def test_no_serious_accessibility_problems_on_a_phone(page: Page, base_url: str, axe_script):
    """At phone width the layout changes (drawer navigation, stacked infobox); axe-core agrees."""
    page.set_viewport_size({"width": 375, "height": 812})
    for name in ("organization", "organizations-index", "compare-us-china"):
        page.goto(base_url + PAGES[name])
        failing = run_axe(page, axe_script, f"phone-{name}")
        assert failing == [], f"{name}:\n{_report(failing)}"


_FOCUSED = """() => {
  const e = document.activeElement;
  const box = e.getBoundingClientRect();
  const shown = e.matches(".md-option") ? e.nextElementSibling || e : e;
  const style = getComputedStyle(shown);
  return {
    tag: e.tagName.toLowerCase(), classes: String(e.className), href: e.getAttribute("href"),
    text: (e.innerText || e.getAttribute("aria-label") || e.title || "").trim(),
    inArticle: !!e.closest("article"), width: box.width + shown.getBoundingClientRect().width,
    outline: style.outlineStyle !== "none",
  };
}"""


def test_keyboard_alone_reaches_header_search_and_content(page: Page, base_url: str):
    """Tab goes, in order, to the skip link, the site's name, the palette switch, search, every
    navigation tab and then the page's own links, each with a visible focus outline."""
    page.goto(base_url + "organizations/zhipu-ai/")
    stops = []
    for _ in range(60):
        page.keyboard.press("Tab")
        stop = page.evaluate(_FOCUSED)
        stops.append(stop)
        if stop["inArticle"] and stop["tag"] == "a" and stop["href"].startswith("../"):
            break
    texts = [stop["text"] for stop in stops]
    assert texts[0] == "Skip to content"
    assert texts[1] == "AI Ecosystem Atlas"
    assert any("md-search__input" in stop["classes"] for stop in stops[:5])
    tabs = [stop["text"] for stop in stops if "md-tabs__link" in stop["classes"]]
    assert tabs[:5] == ["Home", "Organizations", "Models", "Policies and chips", "Explore"]
    assert tabs[-1] == "About"
    assert stops[-1]["inArticle"], "Tab never reached a link in the page's content"
    for stop in stops:
        assert stop["width"] > 0, f"focus went to something not shown: {stop}"
        assert stop["outline"], f"no focus outline on {stop}"


def test_skip_link_moves_the_keyboard_to_the_content(page: Page, base_url: str):
    """The first Tab and Enter skip the header: the next Tab lands in the page's content."""
    page.goto(base_url + "organizations/zhipu-ai/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate(_FOCUSED)["inArticle"]


_UNMARKED_CHINESE = """root => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const holder = node.parentElement.closest("[lang]");
    if (/[\u3400-\u9fff]/.test(node.data) && !holder.lang.startsWith("zh")) found.push(node.data);
  }
  return found;
}"""


def test_chinese_in_search_results_is_marked(page: Page, base_url: str):
    """Search results mark their Chinese names and text lang="zh", as the pages do."""
    search(page, base_url, "智谱")
    results = page.locator(".md-search-result__list")
    expect(results.locator('[lang="zh"]').first).to_be_visible()
    assert results.evaluate(_UNMARKED_CHINESE) == []


def test_search_by_keyboard(page: Page, base_url: str):
    """ "/" opens search; typing, the down arrow and Enter open the first result."""
    page.goto(base_url + "models/")
    expect(page.locator(".md-search-result__meta")).to_have_count(1)
    page.keyboard.press("/")
    expect(page.locator("input.md-search__input")).to_be_focused()
    expect(page.locator(".md-search-result__meta")).not_to_have_text(re.compile("Initializing"))
    page.keyboard.type("Zhipu")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    # Results come as the query is typed: wait for those of the whole word before moving to them.
    first = page.locator(".md-search-result__link").first
    expect(first).to_have_attribute("href", re.compile(r"organizations/zhipu-ai/(\?h=zhipu)?$"))
    page.keyboard.press("ArrowDown")
    expect(page.locator(".md-search-result__link:focus")).to_have_count(1)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/organizations/zhipu-ai/"))


def test_sort_and_filter_an_index_table_by_keyboard(page: Page, base_url: str):
    """The index table's filter box and sort buttons work from the keyboard; a sort button is
    named by its column alone (the arrow drawn beside it is not read out)."""
    page.goto(base_url + "organizations/")
    table = page.locator(".atlas-table table")
    page.locator(".atlas-table__search").focus()
    page.keyboard.type("Zhipu")
    expect(table.locator("tbody tr:visible")).to_have_count(1)
    page.keyboard.press("Control+a")
    page.keyboard.press("Backspace")
    button = table.locator("thead button").first
    expect(button).to_have_accessible_name("Organization")
    button.focus()
    page.keyboard.press("Enter")
    expect(table.locator("thead th").first).to_have_attribute("aria-sort", "ascending")


def test_citations_have_spoken_names_and_lead_to_the_reference(page: Page, base_url: str):
    """Each citation mark is a link named "Source N" whose target lists source N."""
    page.goto(base_url + "organizations/zhipu-ai/")
    marks = page.locator('article sup a[href^="#ref-"]')
    assert marks.count() > 20
    for index in range(marks.count()):
        mark = marks.nth(index)
        number = mark.get_attribute("href").removeprefix("#ref-")
        expect(mark).to_have_accessible_name(f"Source {number}")
        expect(mark).to_have_text(f"[{number}]")
    first = page.get_by_role("link", name="Source 1", exact=True).first
    first.click()
    expect(page.locator("#references ~ ol > li").first).to_contain_text("Edge")


def test_infobox_is_a_table_with_row_headers(page: Page, base_url: str):
    """The infobox is a table with a caption; every row starts with a header cell."""
    page.goto(base_url + "organizations/zhipu-ai/")
    infobox = page.get_by_role("table", name=re.compile("Zhipu AI"))
    expect(infobox).to_have_class(re.compile("atlas-infobox"))
    rows = infobox.locator("tr")
    assert rows.count() >= 5
    expect(infobox.locator('tr > th[scope="row"]')).to_have_count(rows.count())
    expect(page.get_by_role("rowheader", name="Founded")).to_be_visible()


def test_figures_are_skipped_by_screen_readers_and_say_where_the_facts_are(
    page: Page, base_url: str
):
    """Maps and charts are hidden from assistive technology and their boxes are out of the tab
    order; the caption tells a screen reader that the list or table next to it has the facts."""
    page.goto(base_url + "organizations/zhipu-ai/")
    figures = page.locator("figure.atlas-figure")
    assert figures.count() >= 2
    for index in range(figures.count()):
        figure = figures.nth(index)
        expect(figure.locator("svg")).to_have_attribute("aria-hidden", "true")
        expect(figure.locator("svg a:not([tabindex='-1'])")).to_have_count(0)
        expect(figure.locator("figcaption .atlas-sr-only")).to_have_count(1)
    caption = page.locator("#connections ~ figure figcaption").first
    expect(caption).to_contain_text("list after the map")
    connections = page.locator("#connections ~ ul").first
    expect(connections.get_by_role("link", name="HongShan", exact=True)).to_be_visible()


def test_headings_go_in_order_on_every_page(built_site: Path):
    """Every page has one h1 and never skips a heading level on the way down."""
    heading = re.compile(r"<h([1-6])[\s>]")
    problems = {}
    for path in sorted(built_site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        start, end = html.find("<article"), html.find("</article>")
        if start < 0:
            continue
        levels = [int(level) for level in heading.findall(html[start:end])]
        skips = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
        if levels.count(1) != 1 or skips or (levels and levels[0] != 1):
            problems[str(path.relative_to(built_site))] = levels
    assert problems == {}


def test_the_page_language_is_english_and_chinese_is_marked(page: Page, base_url: str):
    """The document is English; Chinese names in the title, infobox and tables are zh."""
    page.goto(base_url + "organizations/zhipu-ai/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator('h1 [lang="zh"]')).to_have_text("智谱")
    expect(page.locator('.atlas-infobox caption [lang="zh"]')).to_have_text("智谱")
    expect(page.locator('#people ~ div table [lang="zh"]').first).to_have_text("唐杰")

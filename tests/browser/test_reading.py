"""A reader on the real site in Chromium: search in two languages, follow links, sort, read maps.

Every test also fails if a request leaves localhost or the console shows an error (see
conftest.py).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def search(page: Page, base_url: str, query: str) -> None:
    """Type a query into Material's search box once its index has loaded."""
    page.goto(base_url)
    box = page.locator("input.md-search__input")
    box.click()
    expect(page.locator(".md-search-result__meta")).not_to_have_text(re.compile("Initializing"))
    box.fill(query)
    box.press("End")
    expect(page.locator(".md-search-result__item").first).to_be_visible()


def first_result(page: Page):  # type: ignore[no-untyped-def]
    return page.locator(".md-search-result__item > a").first


@pytest.mark.parametrize("query", ["智谱", "Zhipu"])
def test_search_finds_zhipu_and_opens_its_profile(page: Page, base_url: str, query: str):
    """Searching "智谱" or "Zhipu" lists Zhipu AI first, as an organization, and opens it."""
    search(page, base_url, query)
    result = first_result(page)
    expect(result).to_have_attribute("href", re.compile(r"/organizations/zhipu-ai/"))
    expect(result.locator(".md-tag").first).to_have_text("Organization")
    result.click()
    expect(page).to_have_url(re.compile(r"/organizations/zhipu-ai/"))
    expect(page.locator("h1")).to_contain_text("Zhipu AI")
    expect(page.locator("h1")).to_contain_text("智谱")


def result_hrefs(page: Page, first: int) -> list[str]:
    """The addresses of the first pages listed (not their sections)."""
    links = page.locator(".md-search-result__item > a:first-child")
    return [links.nth(i).get_attribute("href") or "" for i in range(min(first, links.count()))]


@pytest.mark.parametrize(
    ("query", "page_url"),
    [
        ("清华", "/organizations/tsinghua-university/"),
        ("Tsinghua", "/organizations/tsinghua-university/"),
        ("唐杰", "/organizations/zhipu-ai/"),
        ("唐杰", "/organizations/tsinghua-keg/"),
        ("Tang Jie", "/organizations/zhipu-ai/"),
        ("Tang Jie", "/organizations/tsinghua-keg/"),
        ("Sequoia Capital China", "/organizations/hongshan/"),
    ],
)
def test_search_finds_chinese_names_people_and_former_names(
    page: Page, base_url: str, query: str, page_url: str
):
    """Chinese and English names, a person's and a former name lead to the right entries.

    The entry is among the first three pages listed (a person appears on several entries).
    """
    search(page, base_url, query)
    assert any(page_url in href for href in result_hrefs(page, 3)), result_hrefs(page, 10)


def test_a_former_name_finds_the_current_entry_first(page: Page, base_url: str):
    """ "Sequoia Capital China" lists HongShan, its name since 2023, first."""
    search(page, base_url, "Sequoia Capital China")
    expect(first_result(page)).to_have_attribute("href", re.compile("/organizations/hongshan/"))


def test_follow_an_investor_link_and_back(page: Page, base_url: str):
    """From Zhipu AI's funding table to HongShan, which lists Zhipu AI, and back again."""
    page.goto(base_url + "organizations/zhipu-ai/")
    page.locator("#funding ~ div table a", has_text="HongShan").first.click()
    expect(page).to_have_url(re.compile(r"/organizations/hongshan/$"))
    expect(page.locator("h1")).to_contain_text("HongShan")
    expect(page.locator("article")).to_contain_text("formerly Sequoia Capital China")
    expect(page.locator("#investments ~ div table a", has_text="Zhipu AI")).to_be_visible()
    page.go_back()
    expect(page).to_have_url(re.compile(r"/organizations/zhipu-ai/$"))
    expect(page.locator("h1")).to_contain_text("Zhipu AI")


def column(page: Page, table, index: int) -> list[str]:  # type: ignore[no-untyped-def]
    rows = table.locator("tbody tr:not([hidden])")
    return [rows.nth(i).locator("td").nth(index).inner_text() for i in range(rows.count())]


def test_sort_and_filter_the_organizations_table(page: Page, base_url: str):
    """Clicking a header sorts by it, clicking again reverses; a filter keeps matching rows."""
    page.goto(base_url + "organizations/")
    table = page.locator(".atlas-table table")
    founded = table.locator("th", has_text="Founded")
    founded.locator("button").click()
    expect(founded).to_have_attribute("aria-sort", "ascending")
    years = [text for text in column(page, table, 4) if text]
    assert years == sorted(years)
    assert len(years) >= 3
    assert column(page, table, 4)[-1] == "" or all(column(page, table, 4))
    founded.locator("button").click()
    expect(founded).to_have_attribute("aria-sort", "descending")
    years = [text for text in column(page, table, 4) if text]
    assert years == sorted(years, reverse=True)

    total = table.locator("tbody tr").count()
    page.get_by_label("Country").select_option("United States")
    shown = table.locator("tbody tr:not([hidden])")
    expect(page.locator(".atlas-table__status")).to_contain_text(f"of {total} rows")
    assert 0 < shown.count() < total
    assert set(column(page, table, 3)) == {"United States"}


def test_relationship_map_links_to_neighbours(page: Page, base_url: str):
    """Zhipu AI's map draws its models, and clicking one opens the model card."""
    page.goto(base_url + "organizations/zhipu-ai/")
    drawing = page.locator("#connections ~ figure svg.atlas-map")
    expect(drawing).to_be_visible()
    expect(page.locator("#connections ~ figure figcaption")).to_contain_text("connections")
    drawing.locator("a[href$='models/chatglm-6b/']").click()
    expect(page).to_have_url(re.compile(r"/models/chatglm-6b/$"))
    expect(page.locator("#connections ~ ul a", has_text="Zhipu AI")).to_be_visible()


def test_whole_graph_page_opens_an_entry(page: Page, base_url: str):
    """The relationship map of everything links each box to its entry."""
    page.goto(base_url + "map/")
    drawing = page.locator("svg.atlas-map")
    expect(drawing).to_be_visible()
    assert drawing.locator("a").count() >= 10
    drawing.locator("a[href$='organizations/hongshan/']").click()
    expect(page).to_have_url(re.compile(r"/organizations/hongshan/$"))


def test_pages_across_the_site_load_only_from_localhost(page: Page, base_url: str, watch):
    """Every kind of page loads completely without a request to any other host."""
    for url in (
        "",
        "organizations/zhipu-ai/",
        "models/glm-130b/",
        "policies/bis-2023-10-17-advanced-computing-rules/",
        "sources/scmp-zhipu-342m/",
        "compare/us-china/",
        "compare/models/",
        "map/",
        "timeline/",
        "timeline/2024/",
        "compare/us-china/2024/",
        "compare/us-china/labs-cn/",
        "compare/models/2024/",
        "tags/",
        "tags/china/",
        "downloads/",
    ):
        page.goto(base_url + url)
        expect(page.locator("h1")).to_be_visible()
    assert watch.requests, "the pages made requests"
    assert watch.external == []
    assert watch.errors == []


@pytest.mark.parametrize(("name", "url"), [("home", ""), ("zhipu-ai", "organizations/zhipu-ai/")])
def test_screenshots_in_light_and_dark(
    page: Page, dark_page: Page, base_url: str, artifacts, name: str, url: str
):
    """Screenshots of the home page and a profile in both palettes are kept as test artifacts."""
    for scheme, view in (("light", page), ("dark", dark_page)):
        view.goto(base_url + url)
        expected = "slate" if scheme == "dark" else "default"
        expect(view.locator("body")).to_have_attribute("data-md-color-scheme", expected)
        path = artifacts / f"{name}-{scheme}.png"
        view.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000


def test_model_comparison_shows_two_chosen_models(page: Page, base_url: str):
    """From the comparison's years, a year's page shows the two models named in its address,
    and a picker changes them."""
    page.goto(base_url + "compare/models/")
    page.locator("article table a").first.click()  # the newest year (or its first part)
    expect(page.locator("h1")).to_contain_text("Models compared: ")
    links = page.locator(".atlas-model-compare thead th a")
    hrefs = links.evaluate_all("links => links.map(link => link.getAttribute('href'))")
    ids = [href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs]
    names = links.all_inner_texts()
    assert len(ids) >= 3
    page.goto(page.url.split("?")[0] + f"?models={ids[1]},{ids[0]}")
    headers = page.locator(".atlas-model-compare thead th:not([hidden])")
    expect(headers).to_have_count(3)
    expect(headers.nth(1)).to_contain_text(names[0])
    expect(headers.nth(2)).to_contain_text(names[1])
    picker = page.get_by_label("compared with")
    picker.select_option(ids[2])
    expect(page).to_have_url(re.compile(rf"models=[a-z0-9-]+(%2C|,){ids[2]}"))
    expect(headers).to_have_count(3)
    expect(page.locator(".atlas-model-compare thead")).to_contain_text(names[2])
    page.get_by_label("show all models").check()
    assert headers.count() == len(ids) + 1


def test_timeline_years_lead_to_every_event_and_back(page: Page, base_url: str):
    """The timeline lists years; a year's page lists its events, and an entry's dated event
    links to the year's page that lists it."""
    page.goto(base_url + "timeline/")
    years = page.locator("article table a")
    assert years.count() >= 5
    page.goto(base_url + "organizations/zhipu-ai/")
    event = page.locator("#timeline ~ * table").first.locator("tbody tr").first
    date = event.locator("td").first.inner_text()
    text = event.locator("td").nth(1).inner_text().split("[")[0].strip()
    event.locator("a").first.click()
    expect(page).to_have_url(re.compile(rf"/timeline/{date[:4]}(-\d+)?/$"))
    expect(page.locator("#events ~ .atlas-table")).to_contain_text(text)
    expect(page.locator("svg.atlas-chart")).to_be_visible()


def test_filter_models_by_weights(page: Page, base_url: str):
    """The models index filters by weights availability, and says how many rows it shows."""
    page.goto(base_url + "models/")
    table = page.locator(".atlas-table table")
    total = table.locator("tbody tr").count()
    page.get_by_label("Weights").select_option("open weights")
    expect(page.locator(".atlas-table__status")).to_contain_text(f"of {total} rows")
    headers = [text.strip() for text in table.locator("thead th").all_inner_texts()]
    weights = column(page, table, headers.index("Weights"))
    assert weights
    assert set(weights) == {"open weights"}


def test_sort_the_models_by_size_date_and_context(page: Page, base_url: str):
    """Size and context sort as numbers (6 billion before 34 billion before 1 trillion), dates as
    dates; models without the value stay last; the sizes chart is drawn above the table."""
    page.goto(base_url + "models/")
    expect(page.locator("figure svg.atlas-chart circle.atlas-size").first).to_be_attached()
    table = page.locator(".atlas-table table")
    headers = [text.strip() for text in table.locator("thead th").all_inner_texts()]
    for name in ("Parameters", "Context (tokens)", "Released"):
        index = headers.index(name)
        button = table.locator("th", has_text=name).locator("button")
        button.click()
        keys = table.locator("tbody tr").evaluate_all(
            f"rows => rows.map(r => (r.cells[{index}].querySelector('[data-sort]') || {{}})"
            ".dataset?.sort ?? null)"
        )
        given = [key for key in keys if key is not None]
        assert len(given) >= 3, name
        assert keys[: len(given)] == given, f"{name}: rows without a value must come last"
        ordered = [float(k) for k in given] if name != "Released" else given
        assert ordered == sorted(ordered), name


def test_a_model_card_names_and_links_its_licences(page: Page, base_url: str):
    """Llama 3.1's card names its weights licence and links the text; the condition reads beside
    it; DeepSeek-R1's MIT licence links its SPDX page; a Chinese lab's country shows in both
    languages, from the library."""
    page.goto(f"{base_url}models/llama-3-1/")
    row = page.locator("table.atlas-infobox tr", has_text="Weights licence")
    link = row.get_by_role("link", name="Llama 3.1 Community License Agreement")
    expect(link).to_have_attribute(
        "href", re.compile(r"^https://github\.com/meta-llama/llama-models/blob/[0-9a-f]{40}/")
    )
    expect(row).to_contain_text("700 million monthly active users")
    page.goto(f"{base_url}models/deepseek-r1/")
    row = page.locator("table.atlas-infobox tr", has_text="Code licence")
    expect(row.get_by_role("link", name="MIT License")).to_have_attribute(
        "href", "https://spdx.org/licenses/MIT.html"
    )
    page.goto(f"{base_url}organizations/zhipu-ai/")
    row = page.locator("table.atlas-infobox tr", has_text="Country")
    expect(row).to_contain_text("China (中国)")

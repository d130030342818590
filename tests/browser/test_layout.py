"""The atlas on a phone and on paper.

At 375 pixels wide (a small phone) pages never scroll sideways: wide tables scroll inside their
own box. Printed, a profile keeps its content, every column of its tables and the address of
every source, and drops navigation and search. Screenshots and the PDF are kept in
test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}

PHONE_PAGES = {
    "organization": "organizations/zhipu-ai/",
    "organization-long-funding": "organizations/openai/",
    "explainer": "explainers/us-chip-export-controls/",
    "model": "models/glm-4-5/",
    "policy": "policies/bis-2023-10-17-advanced-computing-rules/",
    "hardware": "hardware/nvidia-h20/",
    "source": "sources/scmp-zhipu-342m/",
    "organizations-index": "organizations/",
    "models-index": "models/",
    "compare-us-china": "compare/us-china/",
    "compare-models": "compare/models/",
    "timeline": "timeline/",
    "timeline-year": "timeline/2024/",
    "compare-models-year": "compare/models/2024/",
}

_OVERFLOW = """() => {
  const page = document.documentElement;
  const wide = [...document.querySelectorAll("article *")].filter(e => {
    const box = e.getBoundingClientRect();
    return box.width > 0 && box.right > page.clientWidth + 1 && !e.closest(
      ".md-typeset__scrollwrap, .atlas-scroll, .atlas-figure, pre");
  });
  return {
    pageWidth: page.scrollWidth, viewport: page.clientWidth,
    wide: wide.slice(0, 5).map(e => e.tagName + "." + e.className + ": " +
      (e.textContent || "").trim().slice(0, 40)),
  };
}"""


@pytest.mark.parametrize("name", list(PHONE_PAGES))
def test_pages_fit_a_phone(page: Page, base_url: str, artifacts, name: str):
    """At 375 px the page does not scroll sideways and nothing but a table's or a drawing's own
    scrolling box is wider than the screen; a full-page screenshot is kept."""
    page.set_viewport_size(PHONE)
    page.goto(base_url + PHONE_PAGES[name])
    expect(page.locator("h1")).to_be_visible()
    result = page.evaluate(_OVERFLOW)
    assert result["pageWidth"] <= result["viewport"], result
    assert result["wide"] == [], result
    body_size = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('article p')).fontSize)"
    )
    assert body_size >= 14, "body text is too small to read on a phone"
    path = artifacts / f"phone-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000


ENTRY_PAGES = (
    "organization",
    "organization-long-funding",
    "model",
    "policy",
    "hardware",
    "source",
    "explainer",
)

_SIDEWAYS = """() => [...document.querySelectorAll('article .md-typeset__scrollwrap')]
  .filter(box => !box.closest('.atlas-table') && box.scrollWidth > box.clientWidth + 1)
  .map(box => (box.querySelector('th') || box).textContent.trim().slice(0, 40))"""


@pytest.mark.parametrize("name", ENTRY_PAGES)
def test_an_entrys_tables_fit_a_phone_without_scrolling_sideways(page: Page, base_url: str, name):
    """At 375 px an entry's own tables (people, funding, provisions...) show every column: none
    scrolls sideways inside its box, and a long note folds into a toggle under its value."""
    page.set_viewport_size(PHONE)
    page.goto(base_url + PHONE_PAGES[name])
    expect(page.locator("h1")).to_be_visible()
    assert page.evaluate(_SIDEWAYS) == []


def test_a_long_note_opens_under_its_value(page: Page, base_url: str):
    """On OpenAI's profile the notes of funding rounds are closed toggles that open on a tap."""
    page.set_viewport_size(PHONE)
    page.goto(base_url + "organizations/openai/")
    note = page.locator("#funding ~ .md-typeset__scrollwrap details.atlas-note").first
    expect(note).not_to_have_attribute("open", "")
    note.locator("summary").click()
    expect(note).to_have_attribute("open", "")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_header_has_at_most_seven_tabs_and_home_no_empty_sidebar(page: Page, base_url: str):
    """Seven top-level tabs at most; the home page, a tab of its own, hides the left sidebar."""
    page.goto(base_url)
    assert 1 < page.locator(".md-tabs__item").count() <= 7
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    page.goto(base_url + "organizations/")
    expect(page.locator(".md-tabs__item--active")).to_have_text("Organizations")


def test_a_wide_index_table_scrolls_inside_its_box(page: Page, base_url: str):
    """On a phone the organizations table is wider than the screen and scrolls by itself."""
    page.set_viewport_size(PHONE)
    page.goto(base_url + "organizations/")
    box = page.locator(".atlas-table .md-typeset__scrollwrap").first
    sizes = box.evaluate(
        "e => ({scroll: e.scrollWidth, client: e.clientWidth, overflow: getComputedStyle(e).overflowX})"
    )
    assert sizes["scroll"] > sizes["client"], sizes
    assert sizes["overflow"] == "auto"
    box.evaluate("e => e.scrollBy(200, 0)")
    assert box.evaluate("e => e.scrollLeft") > 0
    assert page.evaluate("window.scrollX") == 0


def test_infobox_does_not_squeeze_the_first_table_on_a_wide_screen(page: Page, base_url: str):
    """On a wide screen the floated infobox sits beside the summary; the sections after it,
    with their tables, start below it at the full width of the text."""
    page.set_viewport_size({"width": 1440, "height": 900})
    page.goto(base_url + "organizations/zhipu-ai/")
    infobox = page.locator("table.atlas-infobox").bounding_box()
    article = page.locator("article").bounding_box()
    people = page.locator("#people ~ .md-typeset__scrollwrap").first.bounding_box()
    assert infobox
    assert article
    assert people
    assert people["y"] >= infobox["y"] + infobox["height"]
    assert people["width"] > 0.9 * article["width"]


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    """The PDF's text, with the font's ligatures (ﬁ, ﬂ) read back as their letters."""
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return unicodedata.normalize("NFKC", text)


def test_print_the_zhipu_profile(page: Page, base_url: str):
    """Printed to PDF, the profile keeps its title, infobox, tables and the full address of
    every source, and drops the header, tabs, search and the table of contents."""
    page.goto(base_url + "organizations/zhipu-ai/")
    addresses = page.locator("#references ~ ol a[href^='http']").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    assert len(addresses) > 20
    page.emulate_media(media="print")
    tables = page.evaluate(
        """() => [...document.querySelectorAll("article table")].map(t => ({
            right: t.getBoundingClientRect().right,
            limit: document.querySelector("article").getBoundingClientRect().right,
            rowBreak: getComputedStyle(t.querySelector("tr")).breakInside,
        }))"""
    )
    for table in tables:
        assert table["right"] <= table["limit"] + 1, "a printed table is cut off at the side"
        assert table["rowBreak"] == "avoid", "printed table rows may be split across pages"
    folder = ARTIFACTS / "print"
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / "zhipu-ai.pdf"
    page.pdf(path=str(pdf), format="A4", margin={"top": "15mm", "bottom": "15mm"})
    text = _pdf_text(pdf)
    assert "Zhipu AI (智谱)" in text
    for words in ("Headquarters", "Funding", "Series B", "References", "HongShan", "唐杰"):
        assert words in text, words
    for chrome in ("Skip to content", "Search", "Table of contents", "Methodology", "Filter"):
        assert chrome not in text, f"{chrome!r} is printed"
    flat = re.sub(r"\s+", "", text)
    missing = [address for address in addresses if re.sub(r"\s+", "", address) not in flat]
    assert missing == [], "sources printed without their address"

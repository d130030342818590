"""Light pages: what a first view of an entity page fetches stays within the budget stated on the
Accessibility page (docs/accessibility.md), with the search index counted on its own.

A first view is a fresh browser with an empty cache, opening the heaviest page of each kind of
entity and waiting until the network is quiet. The local server sends files uncompressed, so the
bytes counted are the most a reader can be sent; the figures, and what gzip would make of them,
are written to test-artifacts/page-weight.json.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Request

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser

PAGE_BUDGET = 600_000
"""Bytes of HTML, CSS, JavaScript, images and fonts on a first view of an entity page."""
SEARCH_INDEX_BUDGET = 1_500_000
"""Bytes of the search index, fetched in the background after the page is shown."""

KINDS = ("organizations", "models", "policies", "hardware", "sources")


def heaviest_page(site: Path, kind: str) -> str:
    """The address of the entity page of `kind` with the most HTML."""
    pages = [path for path in (site / kind).glob("*/index.html")]
    heaviest = max(pages, key=lambda path: (path.stat().st_size, path.parent.name))
    return f"{kind}/{heaviest.parent.name}/"


def group(request: Request) -> str:
    """What a fetched file counts as: the search index, or a part of the page by its type."""
    path = urlsplit(request.url).path
    if path.startswith("/pagefind/") or (path.startswith("/search/") and not path.endswith(".js")):
        return "search index"
    if request.resource_type == "document":
        return "html"
    if request.resource_type == "stylesheet" or path.endswith(".css"):
        return "css"
    if request.resource_type == "script" or path.endswith(".js"):
        return "javascript"
    if request.resource_type == "font":
        return "fonts"
    return "images"


def first_view(page: Page, url: str) -> dict[str, dict[str, int]]:
    """Bytes (headers and body) and gzip-compressed bodies fetched by a first view, by group."""
    finished: list[Request] = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url, wait_until="networkidle")
    page.locator("input.md-search__input").click()  # in case search loads its index on use
    page.wait_for_load_state("networkidle")
    totals: dict[str, dict[str, int]] = {}
    for request in finished:
        response = request.response()
        assert response is not None, request.url
        assert response.ok, request.url
        body = response.body()
        entry = totals.setdefault(group(request), {"bytes": 0, "gzip": 0, "files": 0})
        entry["bytes"] += request.sizes()["responseHeadersSize"] + len(body)
        entry["gzip"] += len(gzip.compress(body, mtime=0))
        entry["files"] += 1
    return totals


@pytest.mark.parametrize("kind", KINDS)
def test_entity_pages_stay_within_the_budget(page: Page, base_url: str, built_site, kind: str):
    """The heaviest page of each kind, first view: page within PAGE_BUDGET, search index within
    SEARCH_INDEX_BUDGET."""
    url = heaviest_page(built_site, kind)
    totals = first_view(page, base_url + url)
    weight = sum(entry["bytes"] for name, entry in totals.items() if name != "search index")
    index = totals.get("search index", {"bytes": 0})["bytes"]
    report = ARTIFACTS / "page-weight.json"
    ARTIFACTS.mkdir(exist_ok=True)
    figures = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
    figures[url] = {"page bytes": weight, "search index bytes": index, "by group": totals}
    report.write_text(json.dumps(figures, indent=1, sort_keys=True), encoding="utf-8")
    assert totals["html"]["files"] == 1
    assert index > 0, "the search index was not fetched"
    assert weight <= PAGE_BUDGET, f"{url}: {weight} bytes, budget {PAGE_BUDGET}: {totals}"
    assert index <= SEARCH_INDEX_BUDGET, f"search index: {index} bytes"

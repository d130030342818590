"""Search relevance: does the page a reader names come first? Measured in headless Chromium.

A relevance set is a YAML list of cases `{query, page, rank}`: the page (a site path such as
`organizations/zhipu-ai/`) must come first (`rank: 1`) or among the first three pages listed
(`rank: 3`). Each query is typed into the built site's search box, whichever engine runs it
(Material's search or Pagefind: both list pages as `.md-search-result__item`), and the pages
listed are read in order. The figures are top-1 and top-3 (the share of queries whose page is
first, or in the first three) and the mean reciprocal rank (1/rank, 0 when not listed).

`python -m atlas.bench.relevance SITE [CASES]` prints the figures and every case that missed.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

from .search import CHROMIUM, _serving

DEFAULT_CASES = Path("tests/browser/search_relevance.yaml")
LISTED = """() => [...document.querySelectorAll('.md-search-result__list > li > a:first-child')]
  .map(a => a.href).filter(href => !href.endsWith('#'))"""
META = """() => (document.querySelector('.md-search-result__meta') || {}).textContent || ''"""
STILL_FOR = 0.45
"""Seconds the list must stay unchanged before it counts as the answer (engines debounce)."""


@dataclass(frozen=True)
class Case:
    """One query and the page that must answer it."""

    query: str
    page: str
    rank: int
    why: str = ""


@dataclass(frozen=True)
class Outcome:
    """Where a case's page came in the list (None: not among the pages listed)."""

    case: Case
    rank: int | None
    listed: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """Whether the page came within the rank the case requires."""
        return self.rank is not None and self.rank <= self.case.rank


@dataclass(frozen=True)
class Figures:
    """Top-1, top-3 (shares of queries) and mean reciprocal rank over a set."""

    queries: int
    top1: float
    top3: float
    mrr: float
    missed: int


def load_cases(path: Path) -> list[Case]:
    """The cases of a relevance file.

    Raises:
        ValueError: for an entry without a query, a page, or a rank of 1 or 3.
    """
    cases = []
    for number, entry in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), 1):
        if not isinstance(entry, dict) or not entry.get("query") or not entry.get("page"):
            raise ValueError(f"{path}: entry {number}: needs a query and a page (got {entry!r})")
        if entry.get("rank") not in (1, 3):
            raise ValueError(f"{path}: entry {number}: rank must be 1 or 3 (got {entry!r})")
        cases.append(Case(str(entry["query"]), entry["page"], entry["rank"], entry.get("why", "")))
    return cases


def figures(outcomes: Sequence[Outcome]) -> Figures:
    """The set's figures."""
    count = len(outcomes) or 1
    ranks = [outcome.rank for outcome in outcomes]
    return Figures(
        queries=len(outcomes),
        top1=sum(rank == 1 for rank in ranks) / count,
        top3=sum(rank is not None and rank <= 3 for rank in ranks) / count,
        mrr=sum(1 / rank for rank in ranks if rank) / count,
        missed=sum(not outcome.passed for outcome in outcomes),
    )


def listed_pages(page: Any, base: str, query: str, timeout: float = 30.0) -> tuple[str, ...]:
    """The site paths of the pages the search box lists for `query`, in order.

    `page` is a Playwright page showing the site with the search box open and ready. The box is
    emptied first (both engines then clear the list), so an old list is never read as new.
    """
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press("End")
    _wait(lambda: not page.evaluate(LISTED), timeout)
    box.fill(query)
    box.press("End")
    seen: list[str] = []
    still = time.monotonic()
    deadline = still + timeout
    while time.monotonic() < deadline:
        now = page.evaluate(LISTED)
        if now != seen:
            seen, still = now, time.monotonic()
        elif time.monotonic() - still >= STILL_FOR and (seen or _answered_none(page)):
            break
        time.sleep(0.05)
    return tuple(_site_path(base, href) for href in seen)


def open_search(page: Any, base: str) -> None:
    """Open the home page and its search box, and wait until the engine is ready."""
    page.goto(base, wait_until="load")
    page.locator("input.md-search__input").click()
    _wait(lambda: "Initializ" not in page.evaluate(META), 120.0)


def outcome(case: Case, listed: Sequence[str]) -> Outcome:
    """Where the case's page came among the pages listed."""
    rank = next((i for i, path in enumerate(listed, 1) if path == case.page), None)
    return Outcome(case, rank, tuple(listed))


def run_cases(page: Any, base: str, cases: Iterable[Case]) -> list[Outcome]:
    """Every case's outcome, typed one after the other into one open search box."""
    open_search(page, base)
    return [outcome(case, listed_pages(page, base, case.query)) for case in cases]


def _answered_none(page: Any) -> bool:
    text = page.evaluate(META)
    return bool(text) and "No matching" in text


def _wait(condition: Any, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the search box did not answer in time")
        time.sleep(0.05)


def _site_path(base: str, href: str) -> str:
    path = urllib.parse.unquote(urllib.parse.urlsplit(href).path)
    root = urllib.parse.urlsplit(base).path
    return path[len(root) :] if path.startswith(root) else path


def report(outcomes: Sequence[Outcome]) -> str:
    """The figures and each case that missed its rank, as text."""
    result = figures(outcomes)
    lines = [
        f"queries {result.queries}  top-1 {result.top1:.1%}  top-3 {result.top3:.1%}  "
        f"MRR {result.mrr:.3f}  missed {result.missed}"
    ]
    for one in outcomes:
        if not one.passed:
            got = one.rank or "-"
            lines.append(
                f"  miss  {one.case.query!r} -> {one.case.page} (wanted {one.case.rank}, got {got};"
                f" first: {', '.join(one.listed[:3]) or 'nothing'})"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m atlas.bench.relevance SITE [CASES] [--json]`."""
    from playwright.sync_api import sync_playwright

    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    args = [arg for arg in args if arg != "--json"]
    site = Path(args[0])
    cases = load_cases(Path(args[1]) if len(args) > 1 else DEFAULT_CASES)
    with _serving(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
            outcomes = run_cases(page, base, cases)
        finally:
            browser.close()
    if as_json:
        print(json.dumps([asdict(one) for one in outcomes], ensure_ascii=False))
    else:
        print(report(outcomes))


if __name__ == "__main__":
    main()

"""The relevance set (search_relevance.yaml) typed into the built site's search box.

Every query must bring its page within its rank: first, or among the first three pages listed.
The site is built as configured, so this measures the default engine; the figures (top-1, top-3,
mean reciprocal rank) are kept in test-artifacts/search-relevance.txt.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from atlas.bench.relevance import DEFAULT_CASES, figures, load_cases, report, run_cases

from .conftest import ARTIFACTS, ROOT

pytestmark = pytest.mark.browser


def test_every_query_finds_its_page_within_its_rank(page: Page, base_url: str):
    """Names in English and Chinese, aliases, policy numbers, chips, models, partial names and
    topic words: none misses its rank, and the figures are written down."""
    outcomes = run_cases(page, base_url, load_cases(ROOT / DEFAULT_CASES))
    text = report(outcomes)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "search-relevance.txt").write_text(text + "\n", encoding="utf-8")
    result = figures(outcomes)
    assert result.missed == 0, text
    assert result.top3 == 1.0

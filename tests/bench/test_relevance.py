"""The relevance runner's arithmetic and its reading of a relevance set."""

from __future__ import annotations

import pytest

from atlas.bench.relevance import DEFAULT_CASES, Case, figures, load_cases, outcome, report
from atlas.load import load_dataset
from conftest import ROOT


def test_the_relevance_set_in_the_repository_is_large_and_bilingual():
    """At least 80 queries, Chinese among them, each with a page and a rank of 1 or 3."""
    cases = load_cases(ROOT / DEFAULT_CASES)
    assert len(cases) >= 80
    assert sum(any("\u4e00" <= ch <= "\u9fff" for ch in case.query) for case in cases) >= 30
    assert all(case.page.endswith("/") and not case.page.startswith("/") for case in cases)


def test_a_case_without_a_rank_of_one_or_three_is_refused(tmp_path):
    path = tmp_path / "cases.yaml"
    path.write_text("- {query: OpenAI, page: organizations/openai/, rank: 2}\n", "utf-8")
    with pytest.raises(ValueError, match=r"cases.yaml: entry 1: rank must be 1 or 3"):
        load_cases(path)


def test_figures_are_top1_top3_and_mean_reciprocal_rank():
    first = Case("a", "x/", 1)
    third = Case("b", "x/", 3)
    missing = Case("c", "x/", 3)
    outcomes = [
        outcome(first, ["x/", "y/"]),
        outcome(third, ["y/", "z/", "x/"]),
        outcome(missing, ["y/", "z/", "w/", "v/"]),
    ]
    result = figures(outcomes)
    assert (result.queries, result.top1, result.top3, result.missed) == (3, 1 / 3, 2 / 3, 1)
    assert result.mrr == pytest.approx((1 + 1 / 3) / 3)
    text = report(outcomes)
    assert "miss  'c' -> x/ (wanted 3, got -; first: y/, z/, w/)" in text
    assert "'a'" not in text


def test_the_set_asks_for_every_chinese_name_of_a_chinese_organization():
    """Every organization with a Chinese name in data/ is asked for by that name: a new one
    needs a query in the set."""
    cases = {case.query: case for case in load_cases(ROOT / DEFAULT_CASES)}
    dataset = load_dataset(ROOT / "data")
    missing = [
        f"{org.name.zh} ({org.id})"
        for org in dataset.of("organizations").values()
        if org.name.zh
        and not (org.name.zh in cases and cases[org.name.zh].page == f"organizations/{org.id}/")
    ]
    assert missing == [], "add these to tests/browser/search_relevance.yaml"

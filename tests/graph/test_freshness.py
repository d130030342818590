"""Freshness: the reference date is pinned, never the build's clock; stale pages say so."""

from __future__ import annotations

from datetime import date

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from atlas.cli import main
from atlas.graph import Graph, load_graph
from atlas.graph.freshness import (
    newest_check,
    reference_date,
    stale_entries,
)
from atlas.load.loader import load_dataset
from atlas.render.pages import render_pages
from atlas.render.pages.entry import notice
from atlas.source_date import build_date
from conftest import copy_site_project

NOTICE = '!!! warning "These facts may be out of date"'


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, None),
        ({"SOURCE_DATE_EPOCH": ""}, None),
        ({"SOURCE_DATE_EPOCH": "0"}, date(1970, 1, 1)),
        ({"SOURCE_DATE_EPOCH": "1767225599"}, date(2025, 12, 31)),
        ({"SOURCE_DATE_EPOCH": "1767225600"}, date(2026, 1, 1)),
    ],
)
def test_build_date_comes_from_source_date_epoch(environ, expected):
    """SOURCE_DATE_EPOCH (seconds, UTC) pins the day; unset means no pinned day."""
    assert build_date(environ) == expected


def test_build_date_rejects_garbage():
    """A SOURCE_DATE_EPOCH that is not whole seconds is an error, not a silent fallback."""
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH must be a Unix time in seconds"):
        build_date({"SOURCE_DATE_EPOCH": "yesterday"})


def test_reference_date_is_pinned_or_the_newest_check(aged_data):
    """Without a pinned day, pages are judged against the newest check in the data."""
    dataset = load_dataset(aged_data)
    assert newest_check(dataset) == date(2026, 11, 29)
    assert reference_date(dataset) == date(2026, 11, 29)
    assert reference_date(dataset, date(2030, 1, 1)) == date(2030, 1, 1)


def test_stale_entries_oldest_first_and_threshold_exclusive(aged_data):
    """Entries checked more than `days` before the reference are stale, oldest first."""
    dataset = load_dataset(aged_data)
    stale = stale_entries(dataset, date(2026, 11, 29), days=365)
    assert [(item.entity.id, item.days) for item in stale] == [("acme-1", 911)]
    stale = stale_entries(dataset, date(2026, 11, 30), days=365)
    assert [(item.entity.id, item.days) for item in stale] == [
        ("acme-1", 912),
        ("bright-capital", 366),
    ]


def test_notice_goes_under_the_title_of_stale_pages_only(aged_data):
    """Only the stale page carries the notice, right below its heading."""
    dataset = load_dataset(aged_data)
    pages = render_pages(Graph(dataset))
    assert [path for path, text in pages.items() if NOTICE in text] == ["models/acme-1.md"]
    lines = pages["models/acme-1.md"].splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("# "))
    assert lines[heading + 1 : heading + 4] == [
        "",
        NOTICE,
        "",
    ]
    assert lines[heading + 4] == (
        "    They were last checked against their sources on 2024-06-01, 911 days before this "
        "edition of the atlas (2026-11-29). If you can check them again, please update this entry."
    )


def test_pinned_day_decides_and_output_is_deterministic(aged_data):
    """The same data and pinned day give the same pages; a later day flags more pages."""
    dataset = load_dataset(aged_data)
    later = render_pages(Graph(dataset), today=date(2027, 6, 1))
    assert later == render_pages(load_graph(aged_data), today=date(2027, 6, 1))
    flagged = sorted(path for path, text in later.items() if NOTICE in text)
    assert "organizations/bright-capital.md" in flagged
    assert "models/acme-1.md" in flagged
    assert "organizations/acme-ai.md" not in flagged


def test_notice_only_for_stale_facts(minimal_data):
    """An entry checked more than a year before the pinned day gets the notice; no day, none."""
    entity = load_dataset(minimal_data).get("models", "acme-1")
    assert notice(entity, date(2030, 1, 1)).startswith(NOTICE)
    assert notice(entity, date(2027, 1, 1)) == ""
    assert notice(entity, None) == ""


def test_stale_command_reports_oldest_first(aged_data, capsys):
    """`stale` lists each stale file with its check date and ends with a count."""
    args = ["--data", str(aged_data), "stale", "--as-of", "2026-11-30"]
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines() == [
        "data/models/acme-1.yaml: last checked 2024-06-01 (912 days ago)",
        "data/organizations/bright-capital.yaml: last checked 2025-11-29 (366 days ago)",
        "2 of 10 entries were last checked more than 365 days before 2026-11-30",
    ]
    assert main([*args, "--days", "800"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "1 of 10 entries were last checked more than 800 days before 2026-11-30"
    )


def test_stale_command_uses_source_date_epoch(aged_data, capsys, monkeypatch):
    """Without --as-of, the report judges against SOURCE_DATE_EPOCH's day when it is set."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert main(["--data", str(aged_data), "stale"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "1 of 10 entries were last checked more than 365 days before 2026-01-01"
    )


@pytest.mark.slow
def test_build_with_source_date_epoch_shows_the_notice(tmp_path, monkeypatch):
    """`mkdocs build` judges pages against SOURCE_DATE_EPOCH, as the deploy sets it."""
    config_file = copy_site_project(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "4102444800")  # 2100-01-01
    build(load_config(config_file=str(config_file), site_dir=str(tmp_path / "site"), strict=True))
    html = (tmp_path / "site" / "organizations" / "zhipu-ai" / "index.html").read_text("utf-8")
    assert "These facts may be out of date" in html
    assert "days before this edition of the atlas (2100-01-01)" in html

"""Shared fixtures: the repository root, small data sets written to temporary folders, and a built site."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

WriteData = Callable[[Mapping[str, str]], Path]


@pytest.fixture
def write_data(tmp_path: Path) -> WriteData:
    """Write `{"organizations/acme.yaml": "...yaml..."}` under tmp_path/data and return the folder."""

    def write(files: Mapping[str, str]) -> Path:
        data = tmp_path / "data"
        for relative, text in files.items():
            path = data / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return data

    return write


@pytest.fixture
def minimal_data(tmp_path: Path) -> Path:
    """A copy of the small valid data set in tests/fixtures/minimal."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "minimal" / "data", target)
    return target


def recheck(data: Path, relative: str, day: str) -> None:
    """Set the last_checked date of one file in a copy of the minimal data."""
    path = data / relative
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("last_checked: 2026-11-29", f"last_checked: {day}"), "utf-8")


@pytest.fixture
def aged_data(minimal_data: Path) -> Path:
    """The minimal data with model acme-1 checked on 2024-06-01 and bright-capital on 2025-11-29."""
    recheck(minimal_data, "models/acme-1.yaml", "2024-06-01")
    recheck(minimal_data, "organizations/bright-capital.yaml", "2025-11-29")
    return minimal_data


def copy_site_project(target: Path, data: Path | None = None) -> Path:
    """Copy what `mkdocs build` needs into `target`; returns the path of the copied mkdocs.yml."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in ("docs", "overrides", "scripts"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    shutil.copytree(data or ROOT / "data", target / "data")
    if (ROOT / "schemas").is_dir():
        shutil.copytree(ROOT / "schemas", target / "schemas")
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target / "mkdocs.yml"


SLOW_FIXTURES = frozenset({"site", "pagefind_site"})
"""Fixtures that build a whole site: a test that uses one is marked `slow`."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that builds a site, browser tests included, as `slow`."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & SLOW_FIXTURES or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)

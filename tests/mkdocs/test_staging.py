"""A build that fails at any point leaves the previous site/ exactly as it was.

MkDocs cleans the site folder before writing, and its strict mode aborts only after every page
is written; the hook builds into a staging folder beside site/ and swaps it in on success.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from atlas.mkdocs.staging import replace_site, stage
from conftest import FIXTURES
from sitecheck import make_project, mkdocs_build

pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path) -> Path:
    """A small project whose site/ holds a previous build."""
    make_project(tmp_path, FIXTURES / "minimal" / "data")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "previous.html").write_text("previous site", encoding="utf-8")
    return tmp_path


def leftovers(project: Path) -> list[str]:
    return sorted(path.name for path in project.iterdir() if path.name.startswith(".site"))


def test_replace_site_swaps_the_whole_folder(tmp_path):
    """The staged folder replaces the site folder; nothing else is left beside it."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.html").write_text("old", encoding="utf-8")
    staging = stage(site)
    (staging / "new.html").write_text("new", encoding="utf-8")
    replace_site(staging, site)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["site"]
    assert [path.name for path in site.iterdir()] == ["new.html"]


def test_successful_build_replaces_the_site(project):
    """A build that succeeds replaces site/ entirely and leaves no staging folder."""
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert not (project / "site" / "previous.html").exists()
    assert (project / "site" / "organizations" / "acme-ai" / "index.html").is_file()
    assert leftovers(project) == []


def test_strict_abort_after_pages_are_written_keeps_the_site(project):
    """A warning aborts a strict build after every page is written; site/ is not touched."""
    (project / "docs" / "about.md").write_text("[gone](missing.md)\n", encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 1
    assert "Aborted with 1 warnings in strict mode!" in result.stdout + result.stderr
    assert [path.name for path in (project / "site").iterdir()] == ["previous.html"]
    assert leftovers(project) == []


def test_error_during_the_build_keeps_the_site(project):
    """An error after the data is validated (here a page that hides a generated one) keeps site/."""
    (project / "docs" / "timeline.md").write_text("# Mine\n", encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 1
    assert "docs/timeline.md would hide a generated page" in result.stderr
    assert [path.name for path in (project / "site").iterdir()] == ["previous.html"]
    assert leftovers(project) == []


def test_serve_and_dirty_builds_write_in_place(project):
    """`mkdocs build --dirty` keeps what is in site/ and adds to it, as MkDocs documents."""
    result = mkdocs_build(project, "--dirty")
    assert "previous.html" in [path.name for path in (project / "site").iterdir()]
    assert leftovers(project) == []
    assert result.returncode in (0, 1)  # a dirty build warns, which strict mode counts

"""The search backend chosen by configuration: Material's built-in search or Pagefind."""

from __future__ import annotations

import os

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from atlas.bench import search
from atlas.mkdocs import search as search_backend
from conftest import ROOT, copy_site_project


def _config(**extra):
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    config.extra.update(extra)
    return config


def test_pagefind_is_the_default(monkeypatch):
    """Without ATLAS_SEARCH the real site searches with Pagefind, Material's search turned off."""
    monkeypatch.delenv("ATLAS_SEARCH", raising=False)
    config = _config()
    assert search_backend.configure(config) == "pagefind"
    assert not config.plugins["material/search"].config.enabled


def test_material_search_keeps_working_by_configuration(monkeypatch):
    """ATLAS_SEARCH=material brings back the theme's own search."""
    monkeypatch.setenv("ATLAS_SEARCH", "material")
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    assert search_backend.configure(config) == "material"
    assert config.plugins["material/search"].config.enabled


def test_unknown_backend_is_rejected():
    """A misspelt backend stops the build with the choices."""
    with pytest.raises(PluginError, match="material or pagefind"):
        search_backend.backend(_config(atlas_search="lunr"))


def test_pagefind_turns_material_search_off():
    """With Pagefind, Material's plugin neither indexes nor shows its search box."""
    config = _config(atlas_search="pagefind")
    assert search_backend.configure(config) == "pagefind"
    assert not config.plugins["material/search"].config.enabled


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory):
    """The real data built with ATLAS_SEARCH=pagefind."""
    project = tmp_path_factory.mktemp("pagefind")
    config_file = copy_site_project(project)
    previous = os.environ.get("ATLAS_SEARCH")
    os.environ["ATLAS_SEARCH"] = "pagefind"
    try:
        config = load_config(config_file=str(config_file), site_dir=str(project / "site"))
    finally:
        if previous is None:
            del os.environ["ATLAS_SEARCH"]
        else:
            os.environ["ATLAS_SEARCH"] = previous
    build(config)
    return project / "site"


def test_pagefind_build_writes_its_index_and_no_lunr_index(pagefind_site):
    """The (strict) build gets Pagefind's bundle instead of Material's search_index.json."""
    assert (pagefind_site / "pagefind" / "pagefind.js").is_file()
    assert list((pagefind_site / "pagefind").glob("pagefind.*.pf_meta"))
    assert not (pagefind_site / "search" / "search_index.json").exists()


def test_pagefind_indexes_entity_pages_not_listings(pagefind_site):
    """Entity and hand-written pages are indexed with their names, kind and country; the long
    generated listings are not, tag pages only by their title and words."""
    entity = (pagefind_site / "organizations" / "zhipu-ai" / "index.html").read_text("utf-8")
    listing = (pagefind_site / "organizations" / "index.html").read_text("utf-8")
    about = (pagefind_site / "about" / "index.html").read_text("utf-8")
    assert "data-pagefind-body" in entity
    assert "data-pagefind-body" in about
    assert "data-pagefind-body" not in listing
    assert '<span data-pagefind-meta="organization">Zhipu AI · 智谱 · Z.ai' in entity
    assert '<span data-pagefind-meta="kind">Organization<' in entity
    assert '<span data-pagefind-meta="country">China<' in entity
    tag = (pagefind_site / "tags" / "export-controls" / "index.html").read_text("utf-8")
    assert "<div data-pagefind-body hidden>" in tag
    assert 'data-atlas-search="../../pagefind/"' in entity
    assert "atlas-search.js" in entity
    assert 'data-md-component="search"' not in entity
    assert '<div class="md-search" role="dialog" aria-label="Search"' in entity


@pytest.mark.browser
@pytest.mark.skipif(
    not search.available() and not os.environ.get("CI"), reason="needs Debian's chromium"
)
def test_pagefind_search_finds_english_and_chinese_names(pagefind_site):
    """Typing a name into the header's search box lists the organization, in either script."""
    found = search.first_search(pagefind_site, ["Zhipu", "智谱"])
    assert [payload.results for payload in found] >= [1, 1]
    assert all(payload.transfer_bytes < 300_000 for payload in found)

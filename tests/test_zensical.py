"""The output of `python -m atlas render --project` builds with Zensical as with MkDocs.

Zensical runs no MkDocs hooks, so the generated pages carry in their front matter all that the
project's overrides read (which is only page.meta, page.title, page.url and config).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from atlas.cli import main
from conftest import copy_site_project

pytestmark = pytest.mark.slow

ZENSICAL = Path(sys.executable).with_name("zensical")
ENGINES = {
    "zensical": [str(ZENSICAL), "build", "--clean"],
    "mkdocs": [sys.executable, "-m", "mkdocs", "build"],
}


@pytest.fixture(scope="module")
def project(tmp_path_factory, minimal_data_folder) -> Path:
    """The minimal data rendered as a site project."""
    base = tmp_path_factory.mktemp("zensical")
    copy_site_project(base / "repo", minimal_data_folder)
    out = base / "project"
    assert (
        main(["--data", str(base / "repo" / "data"), "render", "--out", str(out), "--project"]) == 0
    )
    # The explainers link to entries of the real data, which the fixture does not have.
    config = out / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("strict: true", "strict: false"), "utf-8")
    return out


@pytest.fixture(scope="module")
def minimal_data_folder() -> Path:
    return Path(__file__).resolve().parent / "fixtures" / "minimal" / "data"


@pytest.fixture(scope="module", params=sorted(ENGINES))
def built(request, project) -> Path:
    """The project built by each engine."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "true", "ATLAS_SITE_URL": "https://atlas.example/"}
    result = subprocess.run(
        ENGINES[request.param], cwd=project, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_project_has_no_hooks(project):
    """The project's config is mkdocs.yml without the settings only the MkDocs hook uses."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "hooks:" not in config
    assert "watch:" not in config
    assert 'edit_uri: ""' in config
    assert "theme:" in config
    assert (project / "docs" / "organizations" / "acme-ai.md").is_file()
    assert (project / "docs" / "about.md").is_file()
    assert (project / "overrides" / "main.html").is_file()


def test_entry_keeps_infobox_map_citations_and_jsonld(built):
    """An entry's page has its infobox, relationship map, numbered citations and JSON-LD."""
    html = (built / "organizations" / "acme-ai" / "index.html").read_text(encoding="utf-8")
    assert '<table class="atlas-infobox">' in html
    assert re.search(r'<svg[^>]+class="atlas-map"', html)
    assert 'href="#ref-1"' in html
    assert 'id="ref-1"' in html
    (ld,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(ld)["@type"] == "Organization"
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:url" content="https://atlas.example/organizations/acme-ai/">' in html


def test_home_announces_the_feed(built):
    """The home page and recent changes link the Atom feed; entry pages do not."""
    feed = re.compile(r'<link rel="alternate" type="application/atom\+xml"[^>]*feed\.xml')
    assert feed.search((built / "index.html").read_text(encoding="utf-8"))
    assert feed.search((built / "changes" / "index.html").read_text(encoding="utf-8"))
    assert not feed.search(
        (built / "organizations" / "acme-ai" / "index.html").read_text(encoding="utf-8")
    )

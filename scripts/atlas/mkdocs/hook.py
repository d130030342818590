"""MkDocs glue: validate the data before the site folder is touched, then add the generated pages.

The generator itself knows nothing of MkDocs; `python -m atlas render --out DIR` writes the same
pages for any other engine.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from ..graph import load_graph
from ..load import DataError
from ..render.output import sync_pages
from ..render.site import read_schemas, render_site
from ..schema import KINDS
from ..source_date import build_date, pin_source_date
from . import search as search_backend
from .preview import allow_dirty_builds
from .staging import discard, replace_site, stage, strict_build_will_abort

PAGES_DIR = Path(".atlas") / "pages"
"""Where generated Markdown is kept between builds (git-ignored), relative to mkdocs.yml."""

_log = logging.getLogger("mkdocs.hooks.atlas")
_pages: dict[str, str] = {}
_staged: list[tuple[MkDocsConfig, Path, Path]] = []
"""While a staged build runs: its config, the real site folder and the folder built into."""
_stage_builds = True
_serving = False
"""`mkdocs serve` keeps generated pages as files in PAGES_DIR, so `--dirty` rebuilds only those
an edit changed; a build keeps them in memory and writes nothing outside the site."""


def on_startup(command: str, dirty: bool, **_: Any) -> None:
    """`mkdocs serve` and dirty builds write in place; every other build is staged.

    `mkdocs serve --dirty` (what `make serve` runs) rebuilds only the pages an edit changed.
    """
    global _stage_builds, _serving
    _stage_builds = command != "serve" and not dirty
    _serving = command == "serve"
    if _serving and dirty:
        allow_dirty_builds()


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_config(config: MkDocsConfig, **_: Any) -> MkDocsConfig:
    """Load and validate every data file; a problem stops the build before `site/` is cleaned."""
    root = _root(config)
    pin_source_date(root)
    search_backend.configure(config)
    if not config.repo_url:
        config.edit_uri = None  # edit links need a repository; ATLAS_REPO_URL provides it
    try:
        graph = load_graph(root / "data", root)
    except DataError as error:
        raise PluginError(f"the data has problems:\n{error.report()}") from None
    try:
        today = build_date()
    except ValueError as error:
        raise PluginError(str(error)) from None
    _pages.clear()
    _pages.update(render_site(graph, config.site_url, read_schemas(root / "schemas"), today=today))
    if _serving:
        sync_pages(_pages, root / PAGES_DIR)
    _staged.clear()
    if _stage_builds:
        staging = stage(Path(config.site_dir))
        site = Path(config.site_dir)
        _staged.append((config, site, staging))
        config.site_dir = str(staging)
        _log.info("Building into %s; %s is replaced only if the build succeeds", staging.name, site)
    return config


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    """Add the generated pages and files; an entry's edit link opens its YAML file."""
    pages_dir = str(_root(config) / PAGES_DIR)
    for path, text in _pages.items():
        if files.get_file_from_path(path) is not None:
            raise PluginError(f"docs/{path} would hide a generated page; rename or remove it")
        if _serving:
            file = File(path, pages_dir, config.site_dir, config.use_directory_urls)
        else:
            file = File.generated(config, path, content=text)
        kind, _, name = path.partition("/")
        if config.edit_uri and kind in KINDS and name.endswith(".md") and name != "index.md":
            file.edit_uri = f"../data/{kind}/{Path(name).stem}.yaml"
        else:
            file.edit_uri = None
        files.append(file)
    return files


@event_priority(-100)
def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    """Index the site for Pagefind if configured, then put the new site in place.

    Nothing is put in place when strict mode is about to abort the build.
    """
    if search_backend.backend(config) == "pagefind" and not (_staged and strict_build_will_abort()):
        search_backend.index_site(Path(config.site_dir))  # the staging folder, while staged
    if _staged:
        _, site, staging = _staged.pop()
        config.site_dir = str(site)
        if strict_build_will_abort():
            discard(staging)
        else:
            replace_site(staging, site)


def on_build_error(error: Exception, **_: Any) -> None:
    """A failed build leaves the previous site as it was."""
    if _staged:
        config, site, staging = _staged.pop()
        config.site_dir = str(site)
        discard(staging)

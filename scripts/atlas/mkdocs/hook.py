"""MkDocs glue: validate the data before the site folder is touched, then add the generated pages.

The generator itself knows nothing of MkDocs; `python -m atlas render --out DIR` writes the same
pages for any other engine. MkDocs calls hooks as module functions, so the build's state lives
in one `AtlasHook` and the functions MkDocs finds are its bound methods.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
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
"""Where `mkdocs serve` keeps generated Markdown between builds (git-ignored), beside mkdocs.yml."""

_log = logging.getLogger("mkdocs.hooks.atlas")


@dataclass
class _Staged:
    """A staged build: its config, the real site folder and the folder built into."""

    config: MkDocsConfig
    site: Path
    staging: Path


class AtlasHook:
    """The state of one `mkdocs build` or `mkdocs serve` process, and the hooks that use it.

    `mkdocs serve` keeps generated pages as files in PAGES_DIR, so `--dirty` rebuilds only those
    an edit changed; a build keeps them in memory and writes nothing outside the site.
    """

    def __init__(self) -> None:
        self.pages: Mapping[str, str] = {}
        self.staged: _Staged | None = None
        self.stage_builds = True
        self.serving = False

    def on_startup(self, command: str, dirty: bool, **_: Any) -> None:
        """`mkdocs serve` and dirty builds write in place; every other build is staged.

        `mkdocs serve --dirty` (what `make serve` runs) rebuilds only the pages an edit changed.
        """
        self.stage_builds = command != "serve" and not dirty
        self.serving = command == "serve"
        if self.serving and dirty:
            allow_dirty_builds()

    def on_config(self, config: MkDocsConfig, **_: Any) -> MkDocsConfig:
        """Load and check every data file; a problem stops the build before `site/` is cleaned."""
        root = _root(config)
        pin_source_date(root)
        search_backend.configure(config)
        if not config.repo_url:
            config.edit_uri = None  # edit links need a repository; ATLAS_REPO_URL provides it
        try:
            graph = load_graph(root / "data", root)
            today = build_date()
        except DataError as error:
            raise PluginError(f"the data has problems:\n{error.report()}") from None
        except ValueError as error:
            raise PluginError(str(error)) from None
        schemas = read_schemas(root / "schemas")
        self.pages = render_site(graph, config.site_url, schemas, today=today)
        if self.serving:
            sync_pages(self.pages, root / PAGES_DIR)
        self.staged = None
        if self.stage_builds:
            site = Path(config.site_dir)
            self.staged = _Staged(config, site, stage(site))
            config.site_dir = str(self.staged.staging)
            _log.info(
                "Building into %s; %s is replaced only if the build succeeds",
                self.staged.staging.name,
                site,
            )
        return config

    def on_files(self, files: Files, config: MkDocsConfig, **_: Any) -> Files:
        """Add the generated pages and files; an entry's edit link opens its YAML file."""
        pages_dir = str(_root(config) / PAGES_DIR)
        for path, text in self.pages.items():
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"docs/{path} would hide a generated page; rename or remove it")
            if self.serving:
                file = File(path, pages_dir, config.site_dir, config.use_directory_urls)
            else:
                file = File.generated(config, path, content=text)
            kind, _, name = path.partition("/")
            entry = (
                kind in KINDS and name.endswith(".md") and name != "index.md" and "/" not in name
            )
            if config.edit_uri and entry:
                file.edit_uri = f"../data/{kind}/{Path(name).stem}.yaml"
            else:
                file.edit_uri = None
            files.append(file)
        return files

    def on_post_build(self, config: MkDocsConfig, **_: Any) -> None:
        """Index the site for Pagefind if configured, then put the new site in place.

        Nothing is put in place when strict mode is about to abort the build.
        """
        aborting = self.staged is not None and strict_build_will_abort()
        if search_backend.backend(config) == "pagefind" and not aborting:
            search_backend.index_site(Path(config.site_dir))  # the staging folder, while staged
        staged, self.staged = self.staged, None
        if staged is not None:
            config.site_dir = str(staged.site)
            if strict_build_will_abort():
                discard(staged.staging)
            else:
                replace_site(staged.staging, staged.site)

    def on_build_error(self, error: Exception, **_: Any) -> None:
        """A failed build leaves the previous site as it was."""
        staged, self.staged = self.staged, None
        if staged is not None:
            staged.config.site_dir = str(staged.site)
            discard(staged.staging)


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


hook = AtlasHook()
on_startup = hook.on_startup
on_config = hook.on_config
on_files = hook.on_files
on_build_error = hook.on_build_error


@event_priority(-100)
def on_post_build(config: MkDocsConfig, **kwargs: Any) -> None:
    """`AtlasHook.on_post_build`, after every other plugin's (Pagefind indexes the whole site)."""
    hook.on_post_build(config, **kwargs)

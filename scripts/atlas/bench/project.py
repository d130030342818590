"""Sets up the two sites the benchmark builds: the atlas from YAML, and plain MkDocs.

Both use the project's own mkdocs.yml, docs/ and overrides/. The plain site gets the generated
Markdown as ordinary files in docs/ and a configuration without the hook, so it is the same site
built the way any MkDocs project is built: the baseline the generator is measured against.
Hand-written pages that link to real entries (which a synthetic data set does not have) get a
one-line stand-in in both, so both builds stay strict.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import yaml_load

from ..schema import KINDS
from . import ROOT

GENERATOR_ONLY = ("hooks", "watch")
"""Settings of mkdocs.yml that belong to the generator, left out of the plain baseline."""

_ENTRY_LINK = re.compile(
    r"\]\((?:\.\./|\./)*(?:" + "|".join(map(re.escape, KINDS)) + r")/(?!index\.md)[^)]*\.md"
)
_IGNORE = shutil.ignore_patterns("__pycache__", "*.egg-info")
STAND_IN = (
    "# Left out\n\nThis page links to real entries, which a synthetic data set does not have.\n"
)


def _copy_docs(target: Path) -> None:
    """Copy docs/ and overrides/, standing in for pages that link to real entries."""
    shutil.copytree(ROOT / "overrides", target / "overrides", ignore=_IGNORE)
    shutil.copytree(ROOT / "docs", target / "docs", ignore=_IGNORE)
    for page in sorted((target / "docs").rglob("*.md")):
        if _ENTRY_LINK.search(page.read_text(encoding="utf-8")):
            page.write_text(STAND_IN, encoding="utf-8")


def plain_config() -> dict[str, Any]:
    """The project's configuration, environment tags resolved, without the generator's settings."""
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as stream:
        config: dict[str, Any] = yaml_load(stream)
    for key in GENERATOR_ONLY:
        config.pop(key, None)
    if not config.get("repo_url"):
        config["edit_uri"] = None  # as the hook does: edit links need a repository
    # Without the hook nothing builds Pagefind's index: the baseline keeps Material's search.
    config.setdefault("extra", {})["atlas_search"] = "material"
    return config


def _write_config(target: Path, config: dict[str, Any]) -> Path:
    path = target / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def make_atlas_project(target: Path, data_files: Mapping[str, str]) -> Path:
    """A copy of the project with `data_files` as its data/; returns its mkdocs.yml."""
    _copy_docs(target)
    shutil.copytree(ROOT / "scripts", target / "scripts", ignore=_IGNORE)
    if (ROOT / "schemas").is_dir():
        shutil.copytree(ROOT / "schemas", target / "schemas")
    for relative, text in data_files.items():
        path = target / "data" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")  # environment settings still apply
    return target / "mkdocs.yml"


def make_plain_project(target: Path, pages: Mapping[str, str]) -> Path:
    """The same site as plain MkDocs: generated pages in docs/, no hook; returns its mkdocs.yml."""
    _copy_docs(target)
    for relative, text in pages.items():
        path = target / "docs" / relative
        if path.exists():
            raise FileExistsError(f"docs/{relative} would be overwritten by a generated page")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return _write_config(target, plain_config())

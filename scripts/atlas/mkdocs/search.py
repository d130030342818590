"""Chooses the site's search by configuration: Pagefind (the default), or Material's own search.

Material's search sends a reader the whole index before the first result (about 0.4 MB
compressed per 1,000 entities, 3.5 MB at 10,000). Pagefind splits its index into chunks and a
reader downloads only those a query needs (under 300 KB at 10,000 entities), and it ranks the
relevance set as well, so it is the default. Set `extra.atlas_search` in mkdocs.yml (or the
environment variable ATLAS_SEARCH) to `material` for the theme's search.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

CONFIG_KEY = "atlas_search"
BACKENDS = ("material", "pagefind")
DEFAULT = "pagefind"
MATERIAL_SEARCH = "material/search"

PAGEFIND_COMMAND = (sys.executable, "-m", "pagefind_bin_extended")
PAGEFIND_OPTIONS = ("--force-language", "zh", "--exclude-selectors", ".headerlink", "--quiet")
"""Pagefind segments Chinese words only in its extended build and in a Chinese index; the one
index holds the English text too, matched word for word (Pagefind has no Chinese stemmer)."""


def backend(config: MkDocsConfig) -> str:
    """The configured backend.

    Raises:
        PluginError: for a name that is not a backend.
    """
    name = config.extra.get(CONFIG_KEY) or DEFAULT
    if name not in BACKENDS:
        choices = " or ".join(BACKENDS)
        raise PluginError(f"extra.{CONFIG_KEY} must be {choices} (got {name!r})")
    return str(name)


def configure(config: MkDocsConfig) -> str:
    """Apply the backend to the configuration: Pagefind turns Material's search plugin off."""
    name = backend(config)
    if name == "pagefind" and MATERIAL_SEARCH in config.plugins:
        config.plugins[MATERIAL_SEARCH].config.enabled = False
    return name


def index_site(site_dir: Path) -> None:
    """Write Pagefind's index into `site_dir`/pagefind.

    Raises:
        PluginError: when Pagefind is missing or fails, with its output.
    """
    command = [*PAGEFIND_COMMAND, "--site", str(site_dir), *PAGEFIND_OPTIONS]
    try:
        subprocess.run(command, check=True, capture_output=True, text=True)
    except FileNotFoundError:
        raise PluginError("Pagefind is not installed (pip install pagefind-bin-extended)") from None
    except subprocess.CalledProcessError as error:
        output = (error.stdout + error.stderr).strip()
        raise PluginError(f"Pagefind failed to index the site:\n{output}") from None

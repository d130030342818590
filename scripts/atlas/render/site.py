"""Everything the site publishes from the data: the Markdown pages and the files to download.

Pure: data in, `{docs-relative path: text}` out. The MkDocs hook and the CLI both call it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from ..graph import Graph
from ..load.gcpause import paused_gc
from ..schema import KINDS
from .downloads import render_assets
from .output import Files
from .pages import render_pages


@paused_gc()
def render_site(
    graph: Graph,
    site_url: str | None = None,
    schemas: Mapping[str, str] | None = None,
    *,
    today: date | None = None,
) -> Files:
    """Every generated page and file, sorted by path (held as UTF-8: see `output.Files`).

    Args:
        graph: the linked data.
        site_url: the site's public address, for citations and metadata (None if unknown).
        schemas: the committed JSON Schema files (`schemas/*.json`) by name, to publish.
        today: the day facts are judged stale against (see `freshness`).
    """
    assets = render_assets(graph, KINDS, schemas or {})
    files = render_pages(graph, today=today, site_url=site_url, assets=assets)
    return files.merged(assets)


def read_schemas(folder: Path) -> dict[str, str]:
    """The committed JSON Schema files (`schemas/*.json`) by name; none if the folder is absent."""
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.json"))}

"""The pages beyond one per entry: tags, the relationship map, comparisons and downloads."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...graph import compare
from ..downloads import DOWNLOADS
from ..reader import Site, entity_kinds

Render = Callable[..., str]
"""render.py's `_render(template, path, site, **context)`."""


def _downloads(site: Site) -> list[dict[str, Any]]:
    """The downloadable files with their size, and their row count for CSV files."""
    files = []
    for path, text in sorted(site.assets.items()):
        if not path.startswith(DOWNLOADS + "/"):
            continue
        name = path[len(DOWNLOADS) + 1 :]
        size = len(text.encode("utf-8"))
        rows = text.count("\n") - 1 if name.endswith(".csv") else None
        files.append({"path": path, "name": name, "size": size, "rows": rows})
    return files


def reader_pages(site: Site, render: Render) -> dict[str, str]:
    """Every page this module adds, by docs-relative path."""
    graph = site.graph
    pages = {"tags/index.md": render("tags_index.md.j2", "tags/index.md", site, tags=site.tags)}
    for tag, members in site.tags.items():
        pages[tag.path] = render("tag.md.j2", tag.path, site, tag=tag, members=members)
    pages["map.md"] = render("map.md.j2", "map.md", site, relations=site.relations.all)
    pages["compare/us-china.md"] = render(
        "compare_us_china.md.j2",
        "compare/us-china.md",
        site,
        sides=compare.SIDES,
        labs={code: compare.labs(graph, code) for code, _ in compare.SIDES},
        areas=compare.policies_by_area(graph),
        counts=compare.counts(graph, entity_kinds()),
        other_kinds=[k for k in entity_kinds() if k not in ("organizations", "models", "policies")],
        by_country=lambda kind: compare.by_country(graph, kind),
        timeline=compare.timeline(graph),
    )
    models = sorted(
        graph.dataset.of("models").values(),
        key=lambda model: (compare._first_date(model.released), model.id),  # type: ignore[attr-defined]
    )
    pages["compare/models.md"] = render(
        "compare_models.md.j2", "compare/models.md", site, models=models
    )
    pages["downloads.md"] = render("downloads.md.j2", "downloads.md", site, files=_downloads(site))
    return pages

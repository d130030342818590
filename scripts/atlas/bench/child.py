"""Run in a child process by the benchmark: load, validate, link and render one data set.

It renders every page and download, as the MkDocs hook does, and prints the timings as JSON;
its peak memory is the whole process's, as a build would see it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from ..graph import load_graph
from ..render.output import encoded
from ..render.site import read_schemas, render_site
from ..source_date import build_date
from .measure import peak_memory_mb


def main() -> None:
    """`python -m atlas.bench.child DATA_DIR`: what the hook does before MkDocs builds."""
    data = Path(sys.argv[1])
    start = time.perf_counter()
    graph = load_graph(data)
    loaded = time.perf_counter()
    pages = render_site(graph, None, read_schemas(data.parent / "schemas"), today=build_date())
    rendered = time.perf_counter()
    print(
        json.dumps(
            {
                "entities": len(graph.dataset),
                "load": loaded - start,
                "render": rendered - loaded,
                "pages": sum(path.endswith(".md") for path in pages),
                "files": len(pages),
                "peak_mb": peak_memory_mb(),
                "markdown_bytes": sum(len(encoded(pages, path)) for path in pages),
            }
        )
    )


if __name__ == "__main__":
    main()

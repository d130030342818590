"""Run inside a child process by the benchmark: load, validate, link and render one data set.

Prints the timings as JSON; the parent reads the child's peak memory from the operating system,
so the figure is the whole process, as a build would see it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from ..load import load_dataset
from ..render import render_pages


def main() -> None:
    """`python -m atlas.bench.child DATA_DIR`."""
    data = Path(sys.argv[1])
    start = time.perf_counter()
    dataset = load_dataset(data)
    loaded = time.perf_counter()
    pages = render_pages(dataset)
    rendered = time.perf_counter()
    print(
        json.dumps(
            {
                "entities": len(dataset),
                "load": loaded - start,
                "render": rendered - loaded,
                "pages": len(pages),
                "markdown_bytes": sum(len(text.encode("utf-8")) for text in pages.values()),
            }
        )
    )


if __name__ == "__main__":
    main()

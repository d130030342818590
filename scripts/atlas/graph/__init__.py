"""Stage 3 of the pipeline: the validated dataset linked into a graph, and the checks across files.

`link` runs the data-quality checks and returns the `Graph`: every reference seen from both
ends, the relations between entries, their tags and one timeline.
"""

from __future__ import annotations

from pathlib import Path

from ..load import DataError, Dataset, load_dataset
from ..load.gcpause import paused_gc
from .checks import run_checks
from .graph import Backlink, Graph, TimelineEntry


@paused_gc()  # see gcpause: the collector would scan the whole loaded dataset again and again
def link(dataset: Dataset) -> Graph:
    """Check the dataset as a whole and link it.

    Raises:
        DataError: with every problem the checks across files find.
    """
    problems = run_checks(dataset)
    if problems:
        raise DataError(problems)
    return Graph(dataset)


def load_graph(data_dir: Path, root: Path | None = None) -> Graph:
    """Load, validate, check and link every data file under `data_dir` (see `load_dataset`).

    Raises:
        DataError: with every problem in every file.
    """
    return link(load_dataset(data_dir, root))


__all__ = ["Backlink", "Graph", "TimelineEntry", "link", "load_graph"]
